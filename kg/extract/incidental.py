"""Who may see data in the course of its work (incidental access: 保守作業の際に…閲覧する
ことがございます), read from a sentence of seeing that is not a denial.

The party is the staff's company or work (ヤマトソフトの作業員は…; 保守担当者は…: the
maintainer, else the item's contractor), the topic the sentence or the one before opens
with, or whom the question before asked about; the data is what the sentence names, what
the party may see only (…閲覧できるのは氏名及び住所のみ), or what the question asked.

Example::

    >>> incidental_party(state, sentence, frame, item, [])         # doctest: +SKIP
    (Mention(… '株式会社A' …), ['tax-info'])
"""
from __future__ import annotations

import re

from kg.extract import questions, seeing, whom
from kg.extract.bodies import by_work
from kg.extract.objects import unspecified

#: The city's own side and the people the data is about: no party's access.
OWN = questions.OWN
#: Staff named by their work (保守担当者は, 運用の作業員が).
WORKER = re.compile(r"(?P<work>保守|運用|運営)の?(?:担当者|作業員|作業者|要員|員)(?:は|が|も)")
#: A paper as where data is written (通知書には, 名簿には).
CONTAINER = re.compile(r"([一-龥ァ-ヶー]{0,4}(?:書|票|通知|名簿|リスト|帳票|用紙|資料))"
                       r"(?:[（(][^（()）。、]{1,16}[）)])?には")  # (…税額通知（特別徴収義務者用）には: nc71 W1)
#: A paper listed before another (認定調査依頼書及び認定調査票には).
_PAPER_BEFORE = re.compile(r"([一-龥ァ-ヶー]{1,10}(?:書|票|通知|名簿|リスト|帳票|用紙|資料))(?:及び|並びに|、|・|と|や)$")


def papers(text: str, container) -> list[str]:
    """The papers a :data:`CONTAINER` match names, with those listed before it, in order.

    >>> papers("認定調査依頼書及び認定調査票には", CONTAINER.search("認定調査依頼書及び認定調査票には"))
    ['認定調査依頼書', '認定調査票']
    """
    found, start = [container.group(1)], container.start(1)
    while (before := _PAPER_BEFORE.search(text, 0, start)) is not None:
        found.insert(0, before.group(1))
        start = before.start(1)
    return found


def incidental_party(state, sentence, frame, item, data: list):
    """Return ``(party, data)`` of the incidental access a sentence of seeing states (the
    party None when it names no one), or None when it grants none: a department's own
    staff, an inspection, a party connected to do its work."""
    # (駿河計算センターは…保守を行っており、保守作業の際に課税情報を閲覧することが
    # ございます: the topic the sentence opens with)
    # (つばさメールサービスは、…触れません。ただし、…を目にすることはあり得ます: the topic
    # of the sentence before on its line)
    # (ヤマトソフトの作業員は、市が許可した場合に限り、…閲覧することがある: whose staff)
    named = next((m for m in frame.slots.get("subject", []) if m.type not in OWN
                  and whom.staff_after(state, sentence.text, m.end, acting=True)), None) \
        or whom.named_party(frame)
    party = whom.work_receiver(state, sentence, frame.start, named) or named \
        or whom.staff_of(state, sentence, frame) \
        or whom.topic(state, sentence, frame.start) \
        or (None if CONTAINER.search(sentence.text, 0, frame.start) else whom.topic_before(state, sentence))
    # (杉浦委員　保守の作業員は…見られるのですか。／…障害対応の際に…閲覧する場合が
    # ございます: the workers the question named)
    worker = (WORKER.search(sentence.text, 0, frame.start) or WORKER.search(questions.asked(state, sentence))) \
        if party is None else None
    if worker is not None and item is not None:
        # 保守担当者は、障害対応の場合に限り…閲覧することがございます: the maintainer's
        # staff (the item's contractor when no one is said to maintain)
        party = by_work(state, item, worker.group("work")) or whom.item_contractor(state, item, sentence.index)
    if party is None:  # (株式会社Aの保守担当者は…見ることがあるのか。…保守担当者が…閲覧する
        party = questions.access(state, sentence)[0]  # ことがございます: of whom it asked)
    if party is not None and party.type == "department":
        return None
    if seeing.inspects(state, sentence, frame, party) or seeing.connected(state, sentence, frame, party):
        return None
    if not data:  # 受託者が閲覧できるのは氏名及び住所のみ: what it may see follows
        data = seeing.only_seen(state, sentence, frame)
    if not data:  # 委員：保守作業でレセプトを見ることはあるのか。課長：…データを閲覧する場合が
        data = questions.data(state, sentence)
    if not data and party is not None:  # (…通知書の内容を見ることになりますね。／はい)
        asked, asked_data = questions.access(state, sentence)
        data = asked_data if asked is party else data
    if not data and seeing.persons_information(state, sentence, frame):
        data = [unspecified(state, sentence)]  # 同社の作業員が受給者の情報を閲覧することがある
    return party, data
