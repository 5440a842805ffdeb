"""The case the minutes limit a hand-over to, in their words: a flow's ``condition``
(平常時は、本人の同意を得た方に限り…提供いたします; …照会があった場合に限り、…提供しております;
災害時には、…提供することができます).

The words are the clause's own, from its start up to the limit (``flow_conditions`` in
``data/extract/patterns.yaml``); a time said just before (平常時は) joins them. Only the
last case before the verb counts, so a case said for one hand-over does not carry to
the next one of the same sentence.

Example::

    >>> condition_of(state, sentence, frame)                     # doctest: +SKIP
    '平常時は、本人の同意を得た方に限り'
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.speakers import spoken
from kg.extract.status import turn_at

#: Opening marks of a numbered point before the clause ((1)　, ・).
_MARKS = "（()）0123456789０１２３４５６７８９・　 "


@lru_cache(maxsize=8)
def _patterns(limits: str, times: str) -> tuple[re.Pattern, re.Pattern]:
    return re.compile(limits), re.compile(times)


def condition_of(state, sentence, frame) -> str | None:
    """Return the case the clause before ``frame``'s verb limits it to, as the sentence
    says it (``本人の同意を得た方に限り``, ``災害時には``), or None."""
    said = state.pats.get("flow_conditions") or {}
    if not said:
        return None
    limits, times = _patterns(said["limits"], said["times"])
    text = sentence.text
    begin = len(text) - len(spoken(state, sentence))
    turn = turn_at(state, text)  # (…郵送しておりましたが、…からは: the verb's own part)
    if turn is not None and frame.start >= turn:
        begin = max(begin, turn)
    titles = tuple(state.pats.get("titles", ()))
    # where a clause may open: the sentence's start, after a comma, and after a speaker's
    # label the sentence kept (防災安全課長大規模災害時には: its space lost to the PDF)
    opens = [at for at in range(begin, frame.start) if at == begin or text[at - 1] in "、。 　"
             or at <= 16 and text.endswith(titles, 0, at) and not text.endswith(titles, 0, at + 1)]
    found = [m for at in opens for pattern in (limits, times)
             for m in [pattern.match(text, at, frame.start)] if m is not None]
    if not found:
        return None
    last = max(found, key=lambda m: m.end())
    if "。" in text[last.end():frame.start]:
        return None
    start = last.start()
    before = next((m for m in found if m.end() < start and text[m.end():start] in ("、", "")), None)
    if before is not None:  # (平常時は、本人の同意を得た方に限り: the time and the case)
        start = before.start()
    words = text[start:last.end()].lstrip(_MARKS).rstrip("、")
    return words if len(words) >= 2 else None


#: A sentence's opening that points to the cases other than one said before (それ以外の
#: ケースの情報は, その他の場合は).
_OTHER_CASES = re.compile(r"[→\s　]*(?:それ|これ)(?:以外|外)の(?:ケース|場合|事案)")
#: The end of a case's words that limits to it (…場合に限り, …場合のみ).
_LIMIT_END = re.compile(r"(?:に限り|に限って|に限る|のみ)$")


def other_cases(state, sentence, party_key: str) -> tuple[list[str], str | None]:
    """Return the data and the context of a denial of the cases other than the one a flow
    of the two sentences before limits a hand-over to the same party (警察には、児童の生命
    に危険がある場合に限り、ケース記録を提供している。／それ以外のケースの情報は、警察には
    提供していない: ケース記録, in 児童の生命に危険がある場合以外), or ``([], None)``."""
    if not _OTHER_CASES.match(spoken(state, sentence)):
        return [], None
    flow = next((f for f in reversed(state.flows) if f["to_key"] == party_key and f.get("condition")
                 and 0 < sentence.index - f.get("_index", -9) <= 2), None)
    if flow is None:
        return [], None
    case = _LIMIT_END.sub("", flow["condition"].split("、")[-1])
    return list(flow["categories"]), f"{case}以外"


#: A sentence that limits the hand-over just said (提供は、…同意をいただいた患者さんに限ります),
#: after its speaker's name where the text runs it on (成瀬事務局長 提供は、…).
_LIMITED_NEXT = re.compile(r"^(?:[^、。「」]{1,12}?(?:長|委員|主査|主任|担当))?(?:この|本件の|当該|上記の)?"
                           r"(?:提供|情報提供|送付|送信|登録)(?:の対象)?は、?"
                           r"(?P<case>[^。]{4,60}?(?:方|者|人|患者さん|患者|場合|とき))に限(?:ります|られます|る|定します)")


def limited_next(state) -> None:
    """Give the flows of the sentence just before (of the same item, with no case of their
    own) the case a sentence that speaks of the hand-over limits it to (…サーバーに提供した
    いと考えております。提供は、…同意をいただいた患者さんに限ります: nc68 W1), in its words
    up to the limit, with that sentence as a further quote."""
    for sentence in state.sents:
        said = spoken(state, sentence)
        match = _LIMITED_NEXT.match(said)
        if match is None or sentence.index == 0:
            continue
        item = state.item_of.get(sentence.index)
        flows = [f for f in state.flows if f.get("_index") == sentence.index - 1 and not f.get("condition")
                 and item is not None and f.get("item") == item.key]
        offset = len(sentence.text) - len(said)
        line, quote = sentence.quote(offset, offset + match.end())
        for flow in flows:
            flow["condition"] = said[match.start("case"):match.end()]  # (in its words)
            flow.setdefault("also", []).append({"line": line, "quote": quote})
