"""Who a denial that names no party is of, read from around it: the department a hand-over
just said gives data to (…まちづくり課に提供する情報は…。税額は提供しません), or no one the
extractor should name: a recipient named by a word it did not read as a party
(県学習データ連携基盤への提供は…、氏名は提供いたしません) and the municipality's own people
as the clause's topic (教員は…のみを閲覧でき、担当外の…は閲覧できません).

Example::

    >>> own_people_topic(state, sentence, 40)                          # doctest: +SKIP
    True
"""
from __future__ import annotations

import re

from kg.extract.bodies import runner


def own_people_topic(state, sentence, end: int) -> bool:
    """True when a clause before ``end`` opens with the municipality's own people or the
    people its data is about as its topic (…が、教員は…のみを閲覧でき、担当外の…は閲覧でき
    ません; …に限っており、会計年度任用職員には…権限を付与しておりません; 窓口で受付を行う
    会計年度任用職員につきましては), and no party is named after it."""
    people = "|".join(map(re.escape, state.pats.get("own_people", ()))) or "$^"
    staff = "|".join(map(re.escape, state.pats.get("own_staff", ()))) or "$^"
    found = state.mentions.get(sentence.index, [])
    # (学校の教職員は: a school's, said of the school; the town's staff by their post,
    # whatever words of their work come first)
    for topic in re.finditer(rf"(?:^|、)(?:(?:{people})は|[^、。]{{0,24}}?(?:{staff})(?:につきましては|については|には|は))",
                             sentence.text[:end]):
        # (受託者の担当職員は: the contractor's staff; こども家庭課の…職員: the town's own)
        if any(m.kind == "entity" and m.type not in _OWN_SIDE and topic.start() <= m.start < topic.end() for m in found):
            continue
        if not any(m.kind == "entity" and m.type not in ("data-subject", "system") and topic.end() <= m.start < end
                   for m in found):
            return True
    return False


#: Parties on the municipality's own side, who may name its staff (こども家庭課の会計年度任用職員).
_OWN_SIDE = ("department", "municipality", "data-subject", "system")


def unread_recipient(state, sentence, end: int) -> bool:
    """True when the clause before ``end`` names the hand-over's recipient by a name the
    extractor did not read as a party (県学習データ連携基盤への提供は): the denial is of that
    recipient, not of the item's contractor."""
    to = _HANDOVER_TO.search(sentence.text, 0, end)
    return to is not None and not any(m.kind == "entity" and m.end == to.end(1)
                                      for m in state.mentions.get(sentence.index, []))


#: A hand-over named by its recipient as the clause's topic (…連携基盤への提供は).
_HANDOVER_TO = re.compile(r"([^\s、。はがをにでと「」]{2,24})」?への(?:提供|送付|送信)(?:は|について|につきましては)")


def department_given(state, sentence, frame):
    """The department the item's hand-over with ``frame``'s verb, said in one of the two
    sentences before, gives data to (税務課からまちづくり課に提供する情報は、…でございます。
    …固定資産の評価額や税額は提供しません: まちづくり課, nc68 M12), or None; an outside
    recipient is the item's, read with the others (see :func:`item_recipients`)."""
    item = state.item_of.get(sentence.index)
    before = [f for f in state.flows if f.get("verb") == frame.verb and f.get("_index") is not None
              and 0 < sentence.index - f["_index"] <= 2 and state.item_of.get(f["_index"]) is item]
    to = before[-1].get("_to") if before and len({f["to_key"] for f in before}) == 1 else None
    return to if to is not None and to.type == "department" else None


#: Before a denial, that the hand-over ran until now (…提供しておりましたが、…現在は).
_RAN_UNTIL_NOW = re.compile(r"(?:ておりました|ていました|していた|しておった)が、[^。]*?(?:現在は|現在、|今は|以降は)[^、。]*$")


def no_longer(text: str, start: int) -> bool:
    """True when the denial at ``start`` says a hand-over the sentence says ran no longer
    runs (日本郵便…とも見守り協定を結び、名簿を提供しておりましたが、…終了しており、現在は
    名簿を提供しておりません): it ended for the party named before, and keeps no one else
    of the item from the data (nc70 W8)."""
    return _RAN_UNTIL_NOW.search(text, 0, start) is not None


#: A hand-over's other side named by a word of its own (相手方に送信されず, 照会先には).
_COUNTERPART = re.compile(r"(?:相手方|相手先|照会先|照会の相手)(?:に|へ|には|へは)")


def counterpart(state, sentence, end: int) -> list | None:
    """The parties the item's inquiries, said up to ``sentence``, go to or come from, when
    the clause before ``end`` names the denial's party as the other side (情報提供ネットワーク
    システムによる照会では、個人番号そのものは相手方に送信されず: 前住所地の市町村, not the
    item's contractor; nc71 W4); ``[]`` when it names the other side and no inquiry says
    who; None when it does not name it."""
    if not _COUNTERPART.search(sentence.text, 0, end):
        return None
    item = state.item_of.get(sentence.index)
    own = ("municipality", "department", "system", "data-subject")
    found = {}
    for f in state.flows:
        if f.get("verb") != "照会" or f.get("_index") is None or f["_index"] > sentence.index \
                or state.item_of.get(f["_index"]) is not item:
            continue
        for end_ in (f.get("_from"), f.get("_to")):
            if end_ is not None and end_.type not in own:
                found.setdefault(state.key(end_), end_)
    return list(found.values())


#: After a party, the data a clause says goes to it or is exchanged with it, where a
#: denial says what that data holds (国保連合会に送付する情報にも、日本年金機構とやり取りする
#: 情報にも、個人番号は含まれておりません; 中間サーバーに登録される副本には…含まれず).
_HELD_FOR = re.compile(r"(?:に|へ|と)(?:[^、。にへとをがは]{1,10}?を)?(?:送付|送信|提供|報告|提出|回答|登録|やり取り|やりとり|交換|連携|照会)"
                       r"(?:する|される|している|されている|した|された|いたす)(?:情報|データ|ファイル|書類|帳票|項目|副本)(?:には|にも|に)")


def held_for(state, sentence, end: int) -> list[tuple]:
    """``(party, system)`` for each party outside the municipality a clause before ``end``
    names as getting the data a containment denial speaks of (…国保連合会に送付する情報にも、
    日本年金機構とやり取りする情報にも、個人番号は含まれておりません: both, system None; nc71
    M6), in order; for a system, the one the minutes say runs it, kept from the data in that
    system only (中間サーバーに登録される副本には個人番号は含まれず: J-LIS, in 中間サーバー, not
    in its 全国サーバ; nc72 W2), none when they say no one runs it."""
    own = ("municipality", "department", "data-subject")
    item = state.item_of.get(sentence.index)
    found = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity" and m.end <= end
             and m.type not in own and _HELD_FOR.match(sentence.text, m.end)]
    pairs = [(runner(state, item, m), m) if m.type == "system" else (m, None) for m in found]
    return [(party, system) for party, system in pairs if party is not None]


#: After a party, that it asked what the sentence says was answered (警察からの照会が２件あり、
#: …回答しております).
_ASKED_BY = re.compile(r"からの?(?:[^、。をにがは]{0,12}?照会|問合せ|問い合わせ)")


def written_before(state, sentence) -> list | None:
    """The parties outside the municipality a bare denial of writing (個人番号は記載して
    おりません) is of when the sentence before (in the same item) says what went to whom:
    the ends of its flows, else the one who asked what it answered (警察からの照会が２件あり、
    いずれも住民票の写しを紙で回答しております: 警察, nc72 W4; not every party the item hands
    data to). None when that sentence says neither."""
    before = sentence.index - 1
    if before < 0 or state.item_of.get(before) is not state.item_of.get(sentence.index):
        return None
    own = ("municipality", "department", "system", "data-subject")
    found = {}
    for f in state.flows:
        if f.get("_index") == before and f.get("_to") is not None and f["_to"].type not in own:
            found.setdefault(state.key(f["_to"]), f["_to"])
    asked = [m for m in state.mentions.get(before, []) if m.kind == "entity" and m.type not in own
             and _ASKED_BY.match(state.sents[before].text, m.end) and "回答" in state.sents[before].text[m.end:]]
    return list(found.values()) or asked[:1] or None


def own_staff(state, before: str) -> bool:
    """True when the clause before a denied verb opens with the municipality's own staff as
    its subject (会計年度任用職員は…)."""
    clause = re.split("[、。]", before)[-1] if not before.endswith("、") else before
    return any(re.search(re.escape(w) + r"(?:は|が|も|には)", before[-len(clause) - 40:])
               for w in state.pats.get("own_staff", ()))
