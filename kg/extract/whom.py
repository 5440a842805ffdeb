"""Whom an access statement speaks of: the party a denied or viewing verb names, or the
one the sentence, the clause before it or the agenda item gives it (a topic said first,
the subject of a clause that only describes the data, the item's contractor, each party
the item's flows reach, who runs a system whose staff are named).

Example::

    >>> whom.topic(state, sentence, frame.start).text                    # doctest: +SKIP
    '株式会社北陸データセンター'
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise

from kg.extract import questions
from kg.extract.bodies import by_work
from kg.extract.flows import DESCRIBED
from kg.extract.segment import COLON_LABEL
from kg.extract.speakers import spoken
from kg.extract.titles import unnamed_contractor


#: Parties whose access is no exclusion: the municipality, a system, the person it is about
#: (a department may be excluded: 保育課の職員は…課税情報を閲覧できない).
OWN = questions.OWN


def named_party(frame, text: str = ""):
    """Who a denied or viewing verb speaks of: for a flow, who would receive (支払基金では、
    個人番号は…医療機関には提供されない: 医療機関), else its subject; with the sentence's
    ``text``, not the subject of a relative clause (事業所は、連合会が保有する受給者台帳の
    情報を閲覧することはできません: 事業所, nc69 W9)."""
    names = ("recipient", "subject") if frame is not None and frame.kind == "flow" else ("subject", "recipient")
    for name in names:
        found = [m for m in (frame.slots.get(name, ()) if frame is not None else ())
                 if not (name == "subject" and text and _RELATIVE_SUBJECT.match(text, m.end))]
        if found:
            return found[-1]
    return None


#: After a party, that it is the subject of a clause describing a noun (連合会が保有する台帳).
_RELATIVE_SUBJECT = re.compile(r"が[^、。をにはがで]{1,8}?(?:する|している|した|される|されている)"
                               r"(?=[一-龥ァ-ヶA-Za-z])")


def seen_from(state, sentence, frame):
    """Who a verb of seeing speaks of when the sentence says from where the data is seen
    (他の自治体からは見ることができません: the other municipalities), else None. A system
    seen from is a place, not a party (住基システムからは閲覧できない), and the city's own
    side reports (保険年金課から、…個人番号は用いないとの回答: who answered, not who sees)."""
    if frame is None or frame.kind != "access" or frame.verb not in state.pats.get("incidental_verbs", ()):
        return None
    own = state.pats.get("anaphora", {}).get("municipality", ())  # (本町からは: the town itself)
    return next((m for m in reversed(frame.slots.get("provider", ())) if m.kind == "entity"
                 and m.type not in ("system", "data-subject", "department")
                 and not (m.id and m.id == state.ctx.municipality) and m.text not in own
                 and sentence.text.startswith("から", m.end)), None)


def operator(state, item, party):
    """Return the party the item says does the work an unnamed one is called by
    (クラウド事業者, 保守業者: the one company said to operate or maintain the item's
    system; コールセンターの担当者 after …コールセンター業務を…株式会社Bに再委託: B),
    else ``party``."""
    if party is None or item is None or party.type == "company":
        return party
    entrusted = {r["object_key"] for r in state.relations if r["item"] == item.key
                 and r["type"] in ("entrusts", "re-entrusts") and f"{party.text}業務を" in r["quote"]}
    if len(entrusted) == 1:
        key = entrusted.pop()
        return next((m for found in state.mentions.values() for m in found
                     if m.kind == "entity" and state.key(m) == key), party)
    if party.type != "unnamed-party":
        return party
    return by_work(state, item, normalise(party.text)) or party


def owner_before(state, sentence, system):
    """Return the body a sentence names as the system's owner right before it (県立図書館の
    相互貸借システム: 県立図書館), or None: its system, kept from data, keeps that body out
    (nc68 W18: not the item's contractor); the city's own side owns nothing kept out."""
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.end + 1 == system.start and sentence.text[m.end] == "の"
                 and m.type in ("public-body", "prefecture", "company", "association", "municipality")
                 and not (m.id and m.id == state.ctx.municipality)
                 and m.text not in state.pats.get("anaphora", {}).get("municipality", ())), None)


def provider_of(state, key: str):
    """Return the one party the minutes say provides the system ``key`` (株式会社Aが提供する
    学習支援クラウドサービス: A), as named where it says so, or None."""
    found = {r["subject_key"]: r for r in state.relations if r["type"] == "provides" and r["object_key"] == key}
    if len(found) != 1:
        return None
    want = next(iter(found))
    return next((m for found in state.mentions.values() for m in found
                 if m.kind == "entity" and state.key(m) == want), None)


#: The item's service as a clause's topic (本サービスでは, 当該サービスにおいては; a system a
#: company provides, このシステムでも: nc68 M5).
_SERVICE = re.compile(r"(?:本|当該|同|この)(?:サービス|システム)(?:では|でも|において|で|には|は)")


def service_provider(state, item, before: str):
    """Return who provides the item's one service when ``before`` (the clause up to the
    verb) speaks of it as 本サービス (本サービスでは個人番号を一切取り扱わず), or None."""
    if item is None or not _SERVICE.search(before):
        return None
    provided = {r["object_key"]: r["line"] for r in state.relations if r["type"] == "provides" and r["item"] == item.key}
    if len(provided) > 1:
        # (…が提供する学習支援クラウドサービス「…」（以下「本サービス」といいます。）, then
        # 現在は株式会社Bが提供するドリル教材サービス: the one the name was given to)
        named = {s.line for s in state.sents if "「本サービス」" in s.text}
        provided = {k: line for k, line in provided.items() if line in named}
    return provider_of(state, next(iter(provided))) if len(provided) == 1 else None


def item_contractor(state, item, index: int | None = None):
    """The party a denial of an entrustment item speaks of when it names none (個人番号は
    使用いたしません, said of the work): the contractor the item names (before sentence
    ``index``), else its unnamed one."""
    if item is None:
        return None
    if item.contractor is not None:  # named, whatever the item's kind (…の導入: 保守を委託)
        named_before = index is None or item.contractor.sentence < index
        return item.contractor if named_before else None
    # (an item that names its contractors, several: no unnamed one the denial could be of)
    return unnamed_contractor(state, item) if "outsourcing" in item.kinds and not item.contractors else None


def item_recipients(state, item, index: int, ours: bool = False, tables: bool = True) -> list:
    """The parties outside the municipality (not systems) that the item's flows stated
    before sentence ``index`` give data to, and those its provision table lists (read
    first: 提供にあたり個人番号は用いない。…別表 提供先等), each once; with ``ours``, only
    those the municipality's own side gives to (not a contractor's printer); without
    ``tables``, a table's rows count only when stated before the sentence."""
    if item is None:
        return []
    out, seen = [], set()
    for flow in state.flows:
        to = flow.get("_to")
        if (flow.get("_index", -1) < index or tables and flow["verb"] == "表") \
                and state.item_of.get(flow.get("_index")) is item \
                and to is not None and to.type not in OWN + ("department",) \
                and not (ours and getattr(flow.get("_from"), "type", None) not in OWN + ("department",)) \
                and state.key(to) not in seen:
            seen.add(state.key(to))
            out.append(to)
    # (the heading's 警察 is the 琴葉県小夜坂警察署 the section names: one party)
    labels = [normalise(state.label_of(m)) for m in out]
    return [m for m, label in zip(out, labels)
            if not any(len(label) >= 2 and label != other and label in other for other in labels)]


#: Parties a sentence's topic may be that a denial later in it speaks of.
_OUTSIDE = ("company", "association", "public-body", "unnamed-party", "prefecture")


def topic(state, sentence, end: int, dative: bool = False):
    """The outside party the sentence opens with as its topic (株式会社Aはサーバの稼働状況を
    監視するだけであり、…データを閲覧することはできません; with ``dative``, …には too), when no
    other party comes between it and the verb at ``end``, or None."""
    begin = len(sentence.text) - len(spoken(state, sentence))
    begin += len(sentence.text[begin:]) - len(sentence.text[begin:].lstrip("・"))  # (・a bullet)
    label = COLON_LABEL.match(sentence.text, begin)  # (事務局(住民課長): when not read as a speaker)
    begin = label.end() if label else begin
    asked = [m for q in state.pats.get("reported_questions", ()) for m in
             re.finditer(re.escape(q) + r"(?:があり|が出され|がなされ)[、,](?:[^、。]{1,20}?(?:から|より)[、,])?",
                         sentence.text[:end])]
    if asked:  # 委員から、…かとの質問があり、企画情報課長から、ミナトクラウドサービスは…: the answer
        begin = max(m.end() for m in asked)
    lead = _LEAD.match(sentence.text, begin)  # (現在、駿河計算センターは…)
    begin = lead.end() if lead else begin
    named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
             and begin <= m.start < end]
    first = named[0] if named else None
    if first is None or first.start != begin or first.type not in _OUTSIDE \
            or not sentence.text.startswith(("は", "には") if dative else "は", first.end):
        return None
    # (systems and the people the data is about come between: …新システムの運用及び保守を
    # 行いますので、…利用者の氏名…を閲覧することがございます)
    return first if all(m.type in ("system", "data-subject") for m in named[1:]) else None


def business_of_work(state, sentence, end: int):
    """The unnamed business the sentence opens with, called by its work (ハードウェア保守の
    事業者についても、…個人情報を閲覧することはできない: that maintainer, not the item's
    contractor), when no party comes between it and the verb at ``end``, or None."""
    begin = len(sentence.text) - len(spoken(state, sentence))
    named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
             and begin <= m.start < end and m.type not in ("system", "data-subject")]
    first = named[0] if named else None
    if first is None or first.type != "unnamed-party" or len(named) > 1 \
            or not normalise(first.text).endswith(tuple(state.pats.get("business_words", ()))) \
            or not re.fullmatch(r"[^、。]{2,12}の", sentence.text[begin:first.start]) \
            or not re.match(r"(?:については|についても|は|も)、", sentence.text[first.end:]):
        return None
    return first


#: A word of time or sequence before the topic: 現在、なお、また、.
_LEAD = re.compile(r"(?:現在|現状|なお|また|今後|従来|当面|さらに)[、,]\s*")


def sharer(sentence, previous, frame, asked: tuple = ()):
    """The party of the clause before that the frame's denial speaks of too: the one of a
    clause joined by a comma (再委託先には氏名のみを渡し、個人番号は渡さない), the subject of
    one that only describes the data the verb takes (社員は、…年金機構へ提供するデータを
    閲覧することもできません: the staff may not see it), none of one that names a thing in
    it (商店街振興組合が設置しているカメラの映像を実施機関が受け取ることはない: the
    cameras' owner is not who would receive). Not across a reported question (``asked``:
    …が見ることができるのかとの質問があり、…から、…閲覧することはできない)."""
    if previous is None or any(q in sentence.text[previous.end:frame.start] for q in asked):
        return None
    described = DESCRIBED.match(sentence.text, previous.end)
    if described is not None and described.end() == frame.start:
        return (previous.slots.get("subject") or [None])[-1]
    return named_party(previous) if "、" in sentence.text[previous.end:frame.start] else None


def denied_too(state, sentence, frame):
    """The party the sentence just before kept some data from, when this denial adds more
    with も and names no party (…傷病名は健康推進課には提供しない。個人番号も渡さない。),
    else None."""
    if frame.slots.get("recipient") or frame.slots.get("subject") or not any(
            m.kind == "category" and sentence.text.startswith("も", m.end) and m.end <= frame.start
            for m in state.mentions.get(sentence.index, [])):
        return None
    keys = {a["party_key"] for a in state.access if a["type"] == "excluded" and a.get("_sentence") == sentence.index - 1}
    return next((m for m in state.mentions.get(sentence.index - 1, []) if m.kind == "entity"
                 and state.key(m) in keys), None) if len(keys) == 1 else None


def system_denied(frame):
    """The system a denial keeps the party out of (…システムを閲覧できない, …システムには
    アクセスできない), or None."""
    return next((m for name in ("object", "recipient", "of") for m in frame.slots.get(name, [])
                 if m.type == "system"), None)


#: After a system, that what the denial names is what it holds (資料配信システムのサーバに
#: 保存された審査資料を閲覧できない).
_HELD_IN = re.compile(r"(?:の[^、。をがは]{0,6})?(?:に|で)(?:保存|格納|蓄積|登録|保管)(?:され|して)(?:た|ている|いる)"
                      r"[^、。をがはに]{0,12}(?:を|は|に)$")


def stored_in(state, sentence, frame):
    """The system whose data a denial names by where it is kept (…システムのサーバに保存
    された審査資料を閲覧できない: all it holds), or None."""
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.type == "system" and m.end < frame.start
                 and _HELD_IN.match(sentence.text[:frame.start], m.end)), None)


def sent_before(state, sentence, frame):
    """The recipient of the flow with the same verb in this or the sentence before, of
    the same item, that a passive denial of its data speaks of (…データベースに…送信して
    おります。氏名や住所は送信されず), or None."""
    item = state.item_of.get(sentence.index)
    return next((f["_to"] for f in reversed(state.flows) if f.get("_index") is not None
                 and 0 <= sentence.index - f["_index"] <= 1 and f["verb"] == frame.verb
                 and state.item_of.get(f["_index"]) is item and f.get("_to") is not None), None)


def staff_after(state, text: str, end: int, acting: bool = False) -> bool:
    """True when a body's name ending at ``end`` is followed by its people (の社員, の
    サポート担当者; with ``acting``, as who acts: …が, …は, …も), the words of
    ``patterns.yaml`` (``staff_words``)."""
    words = "|".join(map(re.escape, state.pats.get("staff_words", ())))
    if not words:
        return False
    tail = r"(?:が|は|も)" if acting else ""
    return re.match(rf"の[^、。はがをに]{{0,8}}?(?:{words}){tail}", text[end:]) is not None


def staff_of(state, sentence, frame):
    """The outside body whose people the verb's subject is (同社のサポート担当者が…閲覧する
    ことがあります: 同社), or None."""
    return next((m for m in reversed(frame.slots.get("of", [])) if m.type in _OUTSIDE
                 and staff_after(state, sentence.text, m.end, acting=True)), None)


def topic_before(state, sentence):
    """The outside party the sentence before, on the same line, opens with as its topic
    (株式会社Aは、…消去し、…提出いたします。その後は…取り扱うことはございません: 株式会社A),
    when this sentence names no party, or None."""
    # (・保守事業者は通常、…閲覧できない。／・ただし、障害対応の場合に限り、…閲覧する可能性が
    # ある。: an exception to the line before speaks of its topic; nc76 W8)
    but = re.match(r"[・\s\u3000]*(?:ただし|但し)、", spoken(state, sentence)) is not None
    if sentence.index == 0 or state.sents[sentence.index - 1].line != sentence.line and not (
            but and state.sents[sentence.index - 1].pieces[-1].line + 1 == sentence.line):
        return None
    if any(m.kind == "entity" and m.type in _OUTSIDE for m in state.mentions.get(sentence.index, [])):
        return None
    before = state.sents[sentence.index - 1]
    # (・むくなしキッズには個人番号は提供しない。所得の額も提供しない。: the one the sentence
    # before keeps data from; nc76 W6)
    return topic(state, before, len(before.text), dative=True)


def user_before(state, sentence, verbs):
    """The department the sentence before, in the same item, says uses data (建設課が利用
    する項目は、…でございます。税額は利用いたしません: 建設課), when this one names no
    party, or None: a bare denial of use is then of that department's use."""
    if sentence.index == 0 or state.item_of.get(sentence.index - 1) is not state.item_of.get(sentence.index):
        return None
    if any(m.kind == "entity" and m.type != "system" for m in state.mentions.get(sentence.index, [])):
        return None
    before = state.sents[sentence.index - 1]
    return next((m for m in state.mentions.get(before.index, []) if m.kind == "entity"
                 and m.type == "department" and before.text.startswith(
                     tuple(f"が{v}" for v in verbs), m.end)), None)


#: The item's hand-over (本件の提供において…個人番号は利用しない): of whom it goes to,
#: not of a contractor.
OF_HANDOVER = re.compile(r"(?:本件|今回|この|当該|本)の?(?:外部)?(?:提供|送付|結合|連携)"
                         r"(?:において|に当たって|にあたって|に際して|では|には|の際)")
#: A hand-over named by its recipient (連合会への送信には, 県への提供に当たっては,
#: 市民税課への照会にも, 警察への回答に).
_HANDED_TO = re.compile(r"への(?:送信|送付|提供|報告|提出|照会|回答|データ|情報)")


def sent_to(state, sentence, frame, anyone: bool = False):
    """The party outside the municipality (with ``anyone``, any party) a hand-over the
    sentence names before ``frame`` goes to (連合会への送信には…含めておりません: 連合会),
    or None."""
    return next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                 and m.end <= frame.start and (anyone or m.type not in (*OWN, "department"))
                 and _HANDED_TO.match(sentence.text, m.end)), None)


def short_named(state, before: str) -> str | None:
    """Return the last three characters of a body's short form that a clause gives data to
    (連合会には, 国保連へ: 連合会, 国保連), or None."""
    words = [*state.pats.get("short_forms", ()), *state.pats.get("prefecture_forms", {})]
    found = [w for w in words if re.search(rf"{re.escape(w)}(?:に|へ)", before)]
    return max(found, key=len)[-3:] if found else None


#: In the clause of a verb of seeing, the work it happens in (保守作業の際に).
_DURING = re.compile(r"(保守|点検|運用|監視)(?:作業)?の際")


def work_receiver(state, sentence, start: int, named=None):
    """Return the party the sentence gives a work to before ``start`` when the clause
    there says the seeing happens in that work (同社は、…の保守を、…Bに再委託するが、保守作業
    の際に、…データに触れることがある: B, not the topic 同社), else None; None too when the
    verb's own subject ``named`` is said after that clause (…の際に、A社の職員が…)."""
    clause = sentence.text[:start].rsplit("、", 2)
    during = _DURING.search("、".join(clause[-2:]))
    if during is None:
        return None
    if named is not None and named.start > sentence.text.rfind(during.group(0), 0, start):
        return None
    work = during.group(1)
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.end < start and work + "を" in sentence.text[:m.start]
                 and re.match(r"に(?:再)?委託", sentence.text[m.end:])), None)



def row_recipient(state, sentence, frame):
    """The recipient of the provision table's row a denial stands in (県立図書館<TAB>資料名
    （利用者の氏名は提供しない）<TAB>…: of 県立図書館, not of the item's contractor): the row
    flow's, else the body its first cell names; None outside a row."""
    raw = sentence.pieces[0].raw if len(sentence.pieces) == 1 else ""
    if "\t" not in raw.strip():
        return None
    line = sentence.pieces[0].line
    row = sentence.index  # (each cell is a sentence of its own: back to the row's first)
    while row > 0 and state.sents[row - 1].pieces and state.sents[row - 1].pieces[-1].line == line:
        row -= 1
    first = normalise(raw.strip().split("\t")[0])
    return next((f["_to"] for f in state.flows if f["verb"] == "表" and f["line"] == line
                 and f.get("_to") is not None), None) or next(
        (m for m in state.mentions.get(row, []) if m.kind == "entity" and normalise(m.text) in first
         and m.type not in ("system", "data-subject", "department", "municipality")), None)
