"""Hand-overs the prose states without a recipient, and the table rows they give to.

Minutes often say who gives which data, and name the recipient only in the item's
table (税務課は、…地方税関係情報を…中間サーバーを通じて、照会に応じて随時提供しております,
then the row 他の地方公共団体及び行政機関 / 地方税関係情報（所得額、課税額） / 中間サーバー).
The sentence is no flow alone (whoever asks is not named there); the row names no giver
and takes the item's department. :func:`note` keeps such a sentence's giver, data and
the system it goes through; :func:`give_rows` makes that department the row's giver when
it is the only one said of the row's data, and the system its way when the row names none.

Example::

    >>> note(state, sentence, frame)            # doctest: +SKIP
    >>> give_rows(state)                        # doctest: +SKIP
    >>> state.flows[-1]["from"]                 # doctest: +SKIP
    '税務課'
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract.relations import last


#: After a provision's verb, that the speaker receives it (…の提供を、月１回、…を通じて受けている).
_RECEIVED = re.compile(r"を[^。]{0,24}?受け(?:て|る|た|ます|ており|ている)")


def note(state, sentence, frame) -> None:
    """Keep, in ``state.unaddressed``, the giver, data and system of a provision frame that
    found no recipient, when its giver is one of the municipality's departments."""
    giver = last(frame.slots, "subject") or last(frame.slots, "provider")
    if frame.kind != "flow" or frame.negated or giver is None or giver.type != "department" \
            or not frame.slots.get("categories"):
        return
    if _RECEIVED.match(sentence.text, frame.end):
        return  # (学校教育課からは、…の提供を、月１回、…受けている: given to the speaker, nc73 W14)
    via = last(frame.slots, "via")
    state.unaddressed.append({
        "index": sentence.index, "giver": giver, "line": sentence.quote(giver.start, giver.end),
        # (the keys the data would have, not yet proposed: a row may never take them)
        "categories": [m.id or f"new:{normalise(m.text)}" for m in frame.slots["categories"]],
        "via": via if via is not None and via.type == "system" else None})


def give_rows(state) -> None:
    """Give each provision table row whose giver is only the item's department the
    department that a sentence of the same item says gives the row's data (one only)."""
    def near(cats) -> set[str]:
        return (set(cats) | {a for c in cats for a in state.lex.category_ancestors(c)}) - {"personal-information"}

    for row in [f for f in state.flows if f.get("_giver_default")]:
        item = row["item"]
        said = [u for u in state.unaddressed if item is not None
                and getattr(state.item_of.get(u["index"]), "key", None) == item
                and set(u["categories"]) & near(row["categories"])]
        givers = {state.key(u["giver"]) for u in said}
        if len(givers) != 1:
            continue  # none said, or two departments of that data: no guess
        one = said[0]
        if state.key(one["giver"]) != row["from_key"] and state.key(one["giver"]) != row["to_key"]:
            state.entity_for(one["giver"], *one["line"])
            row.update({"from": state.label_of(one["giver"]), "from_key": state.key(one["giver"]),
                        "from_id": one["giver"].id, "_from": one["giver"]})
        # (the sentence that says so is the row's evidence too)
        line, quote = state.sents[one["index"]].quote()
        if {"line": line, "quote": quote} not in row.setdefault("also", []):
            row["also"].append({"line": line, "quote": quote})
        via = next((u["via"] for u in said if u["via"] is not None), None)
        if via is not None and not row.get("via") and state.key(via) != row["to_key"]:
            state.entity_for(via, *state.sents[one["index"]].quote(via.start, via.end))
            row.update({"via": state.label_of(via), "via_key": state.key(via)})
