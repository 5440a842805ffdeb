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
