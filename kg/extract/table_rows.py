"""How the rows of a table drawn between bars hang together (``|a|b|``, ``│a│b│``).

A cell too long for its column wraps onto the next line, the row's first cells left
empty there::

    |株式会社A|ポータルの運営、ワンストップ|氏名、住所、寄附額、      |管理画面|
    |         |特例申請の受付              |返礼品、個人番号（…に限る）|        |

The second line is no row of its own: the data its cell names adds to the flows of the
row above, with the line as a further quote (:func:`wrapped_data`). And a row whose own
cell says it is a re-entrustment (返礼品の発送（再委託）) is handed on by the contractor of
the row above it, not by the item's department (:func:`re_entrusted_row`).

Example::

    >>> bar_cells("|株式会社A|委託|")                                # doctest: +SKIP
    ['株式会社A', '委託']
"""
from __future__ import annotations

import re
import unicodedata

from kg.extract import permissions, relations
from kg.extract.table_cells import CELL_GAP, cell_mentions, cell_sentences

#: The bars a table drawn in text stands between (a pipe, full-width, box-drawing).
_BARS = "|\uff5c\u2502\u2503"
_BAR = re.compile(f"[{_BARS}]")
#: A cell that marks its row as a re-entrustment (返礼品の発送（再委託）, 再委託).
_RE_ENTRUSTED = re.compile(r"(?:.*\(再委託先?\).*|再委託先?)")


def bar_cells(raw: str) -> list[str] | None:
    """Return the cells of a row drawn between bars, the outer bars dropped and each cell
    stripped, empty cells kept in place; None for a line not so drawn."""
    line = raw.strip(" \u3000\t")
    if len(line) < 2 or line[0] not in _BARS or line[-1] not in _BARS:
        return None
    return [cell.strip(" \u3000\t") for cell in _BAR.split(line[1:-1])]


def is_wrapped(cells: list[str] | None, above: list[str] | None, roles: dict[int, str]) -> bool:
    """True when ``cells`` (a bar row) go on the row ``above`` them: as many cells, the
    party's cell empty and some other filled (a cell wrapped onto the next line)."""
    if cells is None or above is None or len(cells) != len(above):
        return False
    party = [c for c, role in roles.items() if role in ("recipient", "subcontractor")]
    return bool(party) and all(c < len(cells) and not cells[c] for c in party) and any(cells)


def wrapped_data(state, number: int, raw: str, cells: list[str], roles: dict[int, str], flows: list[dict]) -> None:
    """Add to ``flows`` (those of the row above) the data that line ``number``'s data cell
    names, the line as a further quote of each."""
    column = next((c for c, role in roles.items() if role == "data"), None)
    if column is None or column >= len(cells) or not cells[column] or not flows:
        return
    # (the data cell alone, the others blanked, so that each offset still points into the line)
    spans = _cell_spans(raw)
    if len(spans) != len(cells):
        return
    start, end = spans[column]
    alone = "".join(ch if start <= i < end or ch == "\n" else " " for i, ch in enumerate(raw))
    cell = next(iter(cell_sentences(number, alone, CELL_GAP)), None)
    if cell is None:
        return
    data = [m for m in cell_mentions(state, cell) if m.kind == "category"
            and not relations.negated(cell.text, m.end + 2, state.pats)]
    if not data:
        return
    keys = state.category_keys(data, cell)
    for flow in flows:
        flow["categories"] = flow["categories"] + [k for k in keys if k not in flow["categories"]]
        flow.setdefault("wrapped", []).append({"line": number, "quote": raw.strip()})


def _cell_spans(raw: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell between the outer bars of ``raw``."""
    bars = [m.start() for m in _BAR.finditer(raw)]
    return [(a + 1, b) for a, b in zip(bars, bars[1:])]


def is_re_entrusted(cells: list[str], roles: dict[int, str]) -> bool:
    """True when a cell outside the party's marks the row a re-entrustment (（再委託）)."""
    return any(_RE_ENTRUSTED.fullmatch(unicodedata.normalize("NFKC", c)) for column, c in enumerate(cells)
               if roles.get(column) not in ("recipient", "subcontractor") and c)


def re_entrusted_row(state, flows: list[dict], contractor: dict | None) -> None:
    """Give ``flows`` (a row marked 再委託) from the recipient of the flow ``contractor`` (the
    row above), and append its re-entrustment of each recipient; nothing without one."""
    if contractor is None:
        return
    frm = contractor["_to"]
    for flow in flows:
        if state.key(flow["_to"]) == state.key(frm):
            continue
        flow.update({"from": state.label_of(frm), "from_key": state.key(frm), "from_id": frm.id, "_from": frm,
                     "_giver_default": False})
        base = {"item": flow["item"], "line": flow["line"], "quote": flow["quote"], "verb": "再委託"}
        permissions.re_entrusts(state, base, frm, flow["_to"], None, 0.7)
        state.relations[-1].update(_settled=flow.get("_settled", False), _table=True)
