"""Which agenda item a row of a provisions table belongs to, where the section it stands
in is not its own: a cell that names the item's number (第５号 in a 別紙 委託先一覧 after
the last item), or a recipient that one item's title names (別表１ after the last part of
a written opinion: the row to 長野県中央児童相談所 is the part …との外部結合's).

Example::

    >>> numbered_item(state, ["第５号", "株式会社A", "氏名"])         # doctest: +SKIP
"""
from __future__ import annotations

import re
import unicodedata


def numbered_item(state, cells: list[str]):
    """The consulted item a row's cell names by its number (第５号, 諮問第５号 of a 別紙
    委託先一覧 after the last item: the row is that item's, not the last one's; nc69 W17),
    else None."""
    said = next((m for c in cells if (m := _ITEM_CELL.fullmatch(unicodedata.normalize("NFKC", c)))), None)
    if said is None:
        return None
    return next((i for i in {id(i): i for i in state.item_of.values() if i is not None}.values()
                 if i.type == "consultation" and i.number == said.group(1)), None)


def titled_item(state, to, item):
    """The one item whose title names the row's recipient ``to`` when the row's own item's
    does not (別表１ after the last part: 長野県中央児童相談所 is the part …と長野県中央児童
    相談所の…との外部結合's; nc73 W14), else None."""
    if item is None or to.text in item.title:
        return None
    named = {id(i): i for i in state.item_of.values() if i is not None and to.text in i.title}
    return next(iter(named.values())) if len(named) == 1 else None


#: A cell that is an item's number (第５号, 諮問第５号, 5号).
_ITEM_CELL = re.compile(r"(?:諮問)?第?([0-9]{1,3})号")
