"""The flow of an agenda item said a sentence or two before: what a sentence that lists
the data (提供する情報は、…) or restates a hand-over speaks of.

Example::

    >>> item_flow(state, 12)["to"]                                  # doctest: +SKIP
    '県中央児童相談所'
"""
from __future__ import annotations

#: How many sentences back a flow said still stands for the one a list speaks of.
CARRY = 2


def item_flow(state, index: int, verb: str | None = None) -> dict | None:
    """Return the last flow with stated ends in the same item within :data:`CARRY`
    sentences before ``index`` (not one given back, unless ``verb`` gives back too:
    …専用回線で町に返送する。送信するデータは、… lists what the town sends), or None."""
    item = state.item_of.get(index)
    if item is None:
        return None
    found = [f for f in reversed(state.flows) if f.get("_index") is not None
             and 0 < index - f["_index"] <= 2 * CARRY
             # (the flow just before, whoever gave: …提供する。提供する特定個人情報は、…)
             and (f["_said"] or f["_index"] == index - 1 or told_whom(state, f))
             and f["item"] == item.key]
    near = [f for f in found if index - f["_index"] <= CARRY]
    if verb is None or verb.startswith("返") or not near \
            or not str(near[0].get("verb", "")).startswith("返"):  # (返送, 返却, 返還: giving back)
        return near[0] if near else None
    # a list of what is sent after a flow given back: the last flow the other way, a little
    # further back too
    return next((f for f in found if not str(f.get("verb", "")).startswith("返")), None)


def told_whom(state, flow) -> bool:
    """True when the sentence of ``flow`` names its recipient (…の危機管理課にも名簿を提供する
    こととしたい): a flow said, though its giver is the item's department."""
    return any(m is flow["_to"] for m in state.mentions.get(flow["_index"], []))
