"""What an official withdraws (先ほどの課税係長の答弁は取り消させていただきたい。…区は
原則として警察に課税情報を回答していない。): the hand-overs the withdrawn answer, or the
question it answered, proposed go, where the words after the withdrawal deny them to that
party. The exclusion those words state is read as any denial is.

Example::

    >>> withdrawn_answers(state)                                  # doctest: +SKIP
    >>> [f for f in state.flows if f["to"] == "葛原警察署"]        # doctest: +SKIP
    []
"""
from __future__ import annotations

import re

from kg.extract.denial import negated

#: A withdrawal of what was said (答弁は取り消させていただきたい, 先ほどの発言を撤回いたします).
_WITHDRAWN = re.compile(r"(?:答弁|答え|回答|発言|説明)(?:は|を)[^。]{0,6}?(?:取り消|取消し|撤回)")
#: How many sentences before the withdrawal the answer and its question may stand.
REACH = 6


def withdrawn_answers(state) -> None:
    """Drop the flows proposed in the few sentences before a withdrawal (in the same item)
    whose recipient the withdrawal's sentence, or the two after it, says gets none of
    their data (nc72 W5: 課税情報が警察に渡ることはあるのか。／…回答することもある。／
    …答弁は取り消させていただきたい。…警察に課税情報を回答していない)."""
    for sentence in state.sents:
        if not _WITHDRAWN.search(sentence.text):
            continue
        item = state.item_of.get(sentence.index)
        kept_from: dict[str, set] = {}
        for index in range(sentence.index, min(len(state.sents), sentence.index + 3)):
            if state.item_of.get(index) is not item:
                break
            text, found = state.sents[index].text, state.mentions.get(index, [])
            data = set(state.category_keys([m for m in found if m.kind == "category"
                                            and negated(text, m.end + 2, state.pats)], state.sents[index]))
            for m in found:
                if m.kind == "entity" and negated(text, m.end, state.pats):
                    kept_from.setdefault(state.key(m), set()).update(data)
        state.flows[:] = [f for f in state.flows if not (
            f.get("_index") is not None and sentence.index - REACH <= f["_index"] < sentence.index
            and state.item_of.get(f["_index"]) is item and f["to_key"] in kept_from
            and (not kept_from[f["to_key"]] or set(f["categories"]) <= kept_from[f["to_key"]]))]
