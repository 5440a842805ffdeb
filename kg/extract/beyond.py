"""目的外利用: data one department holds for its own purpose, used by another.

「市民税課が賦課の目的で保有している住民税の課税情報を、福祉総務課が目的外に利用する」
states a flow from the holder (the party that holds or manages the data) to the user
(the party that uses it beyond that purpose), of the data the sentence names; in an
item titled 「…の目的外利用について」 the sentence need not say 目的外 again, nor where
one of the municipality's departments uses what another holds.

Example::

    >>> purpose_beyond(state, sentence, frame, base, 0.8)          # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.extract.flows import append_flow as _append

#: …が…保有している, …が管理する: the party holds the data named after it.
_HOLDS = re.compile(r"が[^、。をに]{0,12}?(?:保有|管理|所管|保管)")
_OURS = ("department", "municipality")
_PARTIES = ("department", "municipality", "public-body", "company", "association", "unnamed-party")


def purpose_beyond(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append the flow from the holder to the user of a use beyond purpose (see the
    module); nothing when the sentence does not name both, or names no data."""
    item = state.item_of.get(sentence.index)
    # (…を子育て支援課が利用いたします in an item titled 「…の目的外利用について」 says it too)
    beyond = "目的外" in sentence.text or (item is not None and "purpose-beyond" in item.kinds)
    if frame.kind != "access" or frame.negated or not frame.slots.get("categories"):
        return
    parties = [m for m in frame.slots.get("subject", []) if m.type in _PARTIES]
    if len(parties) < 2:
        return
    user = parties[-1]
    holders = [m for m in parties[:-1] if _HOLDS.match(sentence.text, m.end) and state.key(m) != state.key(user)]
    # (介護保険課が保有する要介護度の情報を、危機管理課が…利用します: one department's data
    # used by another is that use, said 目的外 or not)
    holders = [h for h in holders if beyond or h.type in _OURS and user.type in _OURS and user.start > h.end]
    for holder, after in zip(holders, [*holders[1:], None]):
        # (Aが保有する…の情報及びBが保有する…の情報を: each gives what is named after it)
        own = [m for m in frame.slots["categories"] if m.start > holder.end
               and (after is None or m.start < after.start)] if len(holders) > 1 else None
        if own == []:
            continue
        _append(state, sentence, frame, {**base, "verb": "目的外利用"}, confidence, holder, user, False,
                state.category_keys(own, sentence) if own else None)
