"""What an inquiry sends to the party it asks: the items it names (照会する項目は、氏名、生年
月日及び住所であり) and the data on its letter (氏名及び基礎年金番号を記載した文書で…照会).

An inquiry is read as asked of a party that answers with data (市区町村に対し、所得情報を照会
し: the 市区町村 give 所得情報). What the inquiry itself carries goes the other way: from
the municipality to the party asked.

Example::

    >>> on_letter("被保護者の氏名及び基礎年金番号を記載した文書で照会", mentions)  # doctest: +SKIP
    True
"""
from __future__ import annotations

import re

from kg.extract.objects import ELABORATION

#: After a data name, that it is written on the inquiry's letter (…及び基礎年金番号を記載した
#: 文書で).
_WRITTEN_ON = re.compile(r"[^、。をにがは]{0,16}?(?:等)?を(?:記載|記入)した(?:文書|書面|照会書|照会票|照会文書|用紙)")
#: The end of an inquiry's list of items (…住所であり、…は).
_LIST_END = re.compile(r"(?:であり|です|でございます|である|となります)")


def on_letter(text: str, categories: list) -> bool:
    """True when the last data an inquiry names is written on the letter it sends."""
    return bool(categories) and _WRITTEN_ON.match(text, categories[-1].end) is not None


def items_sent(state, sentence, frame) -> tuple | None:
    """Return ``(giver, asked, data mentions, the inquiry's flow)`` when the sentence lists what an inquiry of
    the item sends (照会する項目は、…氏名、生年月日及び住所であり): from the side that asked
    to the party the item's last inquiry asks; else None."""
    if frame.verb not in state.pats.get("inquiries", ()) or not ELABORATION.match(sentence.text, frame.end):
        return None
    end = _LIST_END.search(sentence.text, frame.end)
    items = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
             and frame.end < m.start and (end is None or m.end <= end.start())]
    item = state.item_of.get(sentence.index)
    asked = next((f for f in reversed(state.flows) if f.get("verb") in state.pats.get("inquiries", ())
                  and f.get("_received") and f["item"] == (item.key if item else None)
                  and f.get("_index", sentence.index) <= sentence.index), None)
    if not items or asked is None:
        return None
    return asked["_to"], asked["_from"], items, asked
