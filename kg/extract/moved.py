"""What a move into another system carries, said apart from the move: a list after it
(移行するデータは、…), a sentence on what a system holds (住民記録システムで取り扱う情報は、…),
a data name moved too (個人番号も移行の対象となる); given to the moves the item states. And
who hosts a system moved onto a party's platform (…株式会社Aが提供するクラウドサービスに移行).

Example::

    >>> held_data(state)                                          # doctest: +SKIP
    >>> [f["categories"] for f in state.flows]                    # doctest: +SKIP
    [['name', 'address', 'my-number']]
"""
from __future__ import annotations

import re

from kg.extract import holdings, objects
from kg.extract.relations import clause_denied
from kg.extract.speakers import is_question


#: A data name said to be moved too (個人番号も移行の対象となる, …も提供の対象に含まれる).
_ALSO_MOVED = re.compile(r"も(?P<verb>移行|提供|送付|送信|引渡し|引き渡し|連携)の対象(?:と|に|で)")


def also_moved(state) -> None:
    """Add to the flows of an item the data a later sentence says they move too (移行データは
    …引き渡す。… 住民記録システムには個人番号が記録されており、個人番号も移行の対象となる):
    each earlier flow of the item whose sentence names that move gets it, with the
    sentence as a second quote. A question or a denial adds nothing."""
    for sentence in state.sents:
        found = _ALSO_MOVED.search(sentence.text)
        item = state.item_of.get(sentence.index)
        if found is None or item is None or is_question(sentence.text, state.pats) \
                or clause_denied(sentence.text, found.end(), state.pats):
            continue
        start = max(sentence.text.rfind("、", 0, found.start()), sentence.text.rfind("。", 0, found.start()), -1)
        named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                 and start < m.start and m.end <= found.start()]
        verb = found.group("verb").replace("引き渡し", "引渡").replace("引渡し", "引渡")
        flows = [f for f in state.flows if f.get("_index") is not None and f["_index"] < sentence.index
                 and state.item_of.get(f["_index"]) is item
                 and verb in state.sents[f["_index"]].text.replace("引き渡", "引渡")]
        if not named or not flows:
            continue
        # (住民記録システムには個人番号が記録されており、…: of that system's move, not the others')
        holders = {state.key(m) for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                   and m.type == "system" and sentence.text.startswith("には", m.end)}
        line, quote = sentence.quote()
        for flow in flows:
            if holders and getattr(flow.get("_from"), "type", None) == "system" and flow["from_key"] not in holders:
                continue
            held = [k for k in flow["categories"] if k != "personal-information"]
            flow["categories"] = held + [k for k in state.category_keys(named, sentence) if k not in held]
            flow.setdefault("also", []).append({"line": line, "quote": quote})


#: A sentence opening the list of what a move carries (移行するデータは、…; 移行の対象となる
#: 情報には、…).
_MOVED_LIST = re.compile(r"(?:移行|移設|移管)(?:する|される|の対象となる|対象となる|対象の)(?:個人)?"
                         r"(?:データ|情報|項目)(?:は|には)、?")
#: How many sentences on such a list may stand from the move it speaks of.
MOVED_AFTER = 4


def moved_list(state, sentence, frame, to) -> tuple[list[str], object | None]:
    """The data a later sentence of the item lists for a move to ``to`` that names none
    (…標準準拠システムへ移行する予定である。… 移行するデータは、…氏名、住所…である), and
    that sentence; ``([], None)`` when none does, or when the move is of several systems
    (両システムを…移行: the list is of them all, not of each)."""
    item = state.item_of.get(sentence.index)
    if item is None or frame.verb not in state.pats.get("moving_verbs", ()):
        return [], None
    systems = {state.key(m) for m in state.mentions.get(sentence.index, [])
               if m.kind == "entity" and m.type == "system" and m.start < frame.start}
    if len(systems - {state.key(to)}) > 1:
        return [], None  # (see moved_together)
    return _list_after(state, sentence.index, item)


def _list_after(state, at: int, item) -> tuple[list[str], object | None]:
    """The data a sentence of ``item`` after sentence ``at`` lists as moved (移行するデータは、
    …), and that sentence; ``([], None)`` when none does."""
    for index in range(at + 1, at + MOVED_AFTER + 1):
        if state.item_of.get(index) is not item:
            break
        later = state.sents[index]
        opening = _MOVED_LIST.search(later.text)
        if opening is None or is_question(later.text, state.pats):
            continue
        end = _LIST_END.search(later.text, opening.end())
        named = [m for m in state.mentions.get(index, []) if m.kind == "category"
                 and opening.end() <= m.start and (end is None or m.end <= end.start())
                 and not clause_denied(later.text, m.end, state.pats)
                 and not objects.heads_a_list(later, m, state.mentions.get(index, []))]
        return state.category_keys(named, later), later
    return [], None


def moved_together(state) -> None:
    """Give the moves of several systems to one place, when no sentence says what each
    holds, the data a later sentence lists as moved (両システムを…ガバメントクラウドへ移行する
    予定です。…移行の対象となる情報は、…氏名、…個人番号、…課税情報…でございます): all of
    it goes there, said of them together; that sentence joins their quotes."""
    root = "personal-information"
    for index in {f["_index"] for f in state.flows if f.get("_index") is not None}:
        moved = [f for f in state.flows if f.get("_index") == index and f["categories"] == [root]
                 and f["verb"] in state.pats.get("moving_verbs", ())
                 and getattr(f.get("_from"), "type", None) == "system"]
        item = state.item_of.get(index)
        if len(moved) < 2 or item is None or len({f["to_key"] for f in moved}) != 1:
            continue
        cats, later = _list_after(state, index, item)
        if not cats:
            continue
        line, quote = later.quote()
        each = _by_topic(state, later, moved)
        for flow in moved:
            flow["categories"] = list(each.get(flow["from_key"]) or cats)
            flow.setdefault("also", []).append({"line": line, "quote": quote})


#: A topic the list of moved data is parted by (住民記録については…、税務については…).
_TOPIC = re.compile(r"(?P<topic>[^、。は]{2,12}?)" + objects.TOPIC_AFTER)
#: What a system's name ends with beyond its topic (住民記録システム: 住民記録).
_SYSTEM_END = re.compile(r"(?:システム|基盤|サーバー?)$")


def _by_topic(state, later, flows) -> dict[str, list[str]]:
    """The data a list of moved data gives each system when it is parted by topics that
    begin the systems' names (住民記録システム及び税務システムを…移行し、… 移行するデータは、
    住民記録については氏名…及び個人番号、税務については課税情報…である): the keys of the
    flows' giving systems to the data of their part; empty unless every system has a part."""
    # (each part from after its topic to the next topic: 住民記録 itself is no data)
    parts = [(m.start("topic"), m.end(), m.group("topic")) for m in _TOPIC.finditer(later.text)]
    if len(parts) < 2:
        return {}
    named = [m for m in state.mentions.get(later.index, []) if m.kind == "category"]
    out = {}
    for flow in flows:
        own = _SYSTEM_END.sub("", state.label_of(flow["_from"]))
        at = [i for i, (_, _, topic) in enumerate(parts) if own and (own.endswith(topic) or topic.endswith(own))]
        if len(at) != 1:
            return {}
        start = parts[at[0]][1]
        stop = parts[at[0] + 1][0] if at[0] + 1 < len(parts) else len(later.text)
        data = state.category_keys([m for m in named if start <= m.start < stop
                                    and not clause_denied(later.text, m.end, state.pats)], later)
        if not data:
            return {}
        out[flow["from_key"]] = data
    return out


def lists_a_move(state, sentence, flow) -> bool:
    """True when ``sentence`` lists what a move carries (移行するデータは、…) and ``flow``, the
    item's flow before it, is a move: the list is that move's data (:func:`moved_list`,
    :func:`moved_together`), no flow of its own."""
    return flow.get("verb") in state.pats.get("moving_verbs", ()) and _MOVED_LIST.search(sentence.text) is not None


#: After a system's name, that what follows is the data it holds (住民記録システムで取り扱う
#: 情報は、…), and the end of that list (…個人番号などであり、).
_HELD_BY = re.compile(r"(?:で|において)(?:取り扱う|扱う|管理する|保有する|保有している|記録する)(?:個人)?(?:情報|データ|項目)は、")
_LIST_END = re.compile(r"(?:など|等)?(?:であり|であって|です|でございます|となります|。)")
#: Another system's data said as the first one's and more (税務システムでは、これに加えて…).
_AND_MORE = re.compile(r"(?:では|においては)、?これに加えて")


def held_data(state) -> None:
    """Give a system's move that names no data the data a sentence of its item says the
    system holds (住民記録システムと…税務システムを…へ移行する。…住民記録システムで取り扱う情報
    は、…個人番号などであり、税務システムでは、これに加えて所得…を取り扱います), with that
    sentence as a second quote."""
    for sentence in state.sents:
        item = state.item_of.get(sentence.index)
        if item is None or is_question(sentence.text, state.pats):
            continue
        held, before = {}, []
        for mention in state.mentions.get(sentence.index, []):
            if mention.kind != "entity" or mention.type != "system":
                continue
            opening = _HELD_BY.match(sentence.text, mention.end) or _AND_MORE.match(sentence.text, mention.end)
            if opening is None:
                continue
            end = _LIST_END.search(sentence.text, opening.end())
            named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                     and opening.end() <= m.start and (end is None or m.end <= end.start())]
            keys = state.category_keys(named, sentence)
            more = before if opening.re is _AND_MORE else []
            held[state.key(mention)] = [*more, *(k for k in keys if k not in more)]
            before = held[state.key(mention)]
        if not held:
            continue
        line, quote = sentence.quote()
        for flow in state.flows:
            data = held.get(flow["from_key"])
            if data and flow["categories"] == ["personal-information"] and flow.get("_index") is not None \
                    and state.item_of.get(flow["_index"]) is item:
                flow["categories"] = list(data)
                flow.setdefault("also", []).append({"line": line, "quote": quote})


#: Between a party and the verb of a move, the party's platform the system moves onto
#: (株式会社Aが提供するクラウドサービスに, 同社のクラウド上に, …クラウドサービス「Aクラウド」に).
_ONTO = re.compile(r"(?:が(?:提供|運営|管理|運用)する|の)[^、。をにがは]{0,12}?(?:クラウドサービス|クラウド|データセンター|"
                   r"サーバー|サーバ|基盤|環境)(?:「[^」]{1,30}」)?(?:上)?(?:に|へ)")


def migrated_facts(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append that a party hosts a system the sentence moves onto the party's platform
    (…システムを、株式会社Aが提供するクラウドサービスに移行いたします)."""
    if frame.verb not in state.pats.get("moving_verbs", ()):
        return
    before = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity" and m.end <= frame.start]
    system = next((m for m in reversed(before) if m.type == "system"
                   and sentence.text.startswith("を", m.end)), None) \
        or holdings.topic_system(state, sentence, frame) \
        or holdings.topic_before(state, sentence)  # …管理システムは、…が提供するクラウドサービスに移行
    place = next((m for m in reversed(before) if m.type in ("company", "public-body", "association")
                  and _ONTO.match(sentence.text, m.end) and _ONTO.match(sentence.text, m.end).end() >= frame.start - 2), None)
    if place is not None and system is not None:
        holdings.append(state, base, "hosts", place, system, confidence, sentence, frame.start)
