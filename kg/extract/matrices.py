"""Data a recipient × item table marks: which of the listed data each recipient gets.

Minutes on a roster often show what goes to whom as a matrix, the data down the side
and the recipients across the top, a mark where one gets the other::

    提供する項目　　自主防災組織　民生委員・児童委員　社会福祉協議会
    氏名　　　　　　○　　　　　　○　　　　　　　　　○
    要介護度　　　　－　　　　　　○　　　　　　　　　○

The header's first cell is a data column's (``table_headers: data`` in
``data/extract/patterns.yaml``), each other cell names one recipient, and each row
under it names data in its first cell and has only marks in the others. A column's
rows marked ○ are data that the flow the item's prose states to that recipient
carries: the flow gains them, with the header and the rows as further quotes. The
table says what, the prose whether and when; a column whose recipient no flow of the
item reaches is a hand-over the table states, from the item's department, its status
settled as a provision table's row is. A row marked － for a recipient while another
recipient's column marks it says that recipient does not get that data: an exclusion.
Only a flow whose data the prose names as a whole (the roster, personal information)
gains the table's: a flow that names its own (氏名と住所のみ) says all it carries.

Example::

    >>> matrix_data(state, text)                                   # doctest: +SKIP
    >>> state.flows[0]["categories"]                               # doctest: +SKIP
    ['evacuation-support-roster', 'name', 'care-level']
"""
from __future__ import annotations

import re

from kg.extract import exclusions
from kg.extract.table_cells import CELL_GAP, cell_mentions, cell_sentences
from kg.extract.tables import runs_before
from kg.extract.titles import item_flow

#: An opening bracket not yet closed before a point (…（PMH: inside the brackets).
_BRACKETED = re.compile(r"[（(][^）)]*$")
#: A mark that the recipient gets the row's data, and one that it does not.
_YES = frozenset("○◯〇●✓✔")
_NO = frozenset("－-‐―—×✕")


def matrix_data(state, text: str) -> None:
    """Add to the flows of each recipient × item table's item the data its marks give."""
    lines = text.split("\n")
    number = 0
    while number < len(lines):
        number += 1
        columns = _columns(state, number, lines[number - 1])
        if columns is None:
            continue
        header, rows = number, []
        while number < len(lines):
            raw = lines[number]
            if not raw.strip():
                number += 1  # (an HTML table as text: a blank line between rows)
                continue
            marks = _marks(raw, len(columns))
            if marks is None:
                break
            number += 1
            rows.append((number, raw, marks))
        if rows:
            _apply(state, lines, header, columns, rows)


def _cells(raw: str) -> list[str]:
    cells = [c.strip() for c in CELL_GAP.split(raw.strip())]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _cell_mentions(state, number: int, raw: str) -> list[tuple[object, list]] | None:
    """Each cell of line ``number`` as a sentence of its own (its quotes point into the
    saved text) with its mentions; None when the split reads the cells otherwise."""
    sents = cell_sentences(number, raw)
    if len(sents) != len(_cells(raw)):
        return None
    return [(sentence, cell_mentions(state, sentence)) for sentence in sents]


def _columns(state, number: int, raw: str) -> list[tuple[object, object]] | None:
    """The recipients of a matrix's header row, one ``(mention, cell sentence)`` a
    column after the first, or None when the line is no such header."""
    cells = _cells(raw)
    words = state.pats.get("table_headers", {}).get("data", ())
    if len(cells) < 3 or not any(cells[0].startswith(w) for w in words):
        return None
    read = _cell_mentions(state, number, raw)
    if read is None:
        return None
    columns = []
    for sentence, found in read[1:]:
        parties = [m for m in found if m.kind == "entity" and m.type not in ("data-subject", "system")]
        # (デジタル庁（PMH）: what the brackets add names the recipient's system, not another one)
        parties = [m for m in parties if not _BRACKETED.search(sentence.text, 0, m.start)] or parties
        if len(parties) != 1:
            return None  # (every column names one recipient, or it is no such table)
        columns.append((parties[0], sentence))
    return columns


def _marks(raw: str, width: int) -> list[bool | None] | None:
    """The marks of a row (True ○, False －, None blank) after its first cell, or None
    when the line is no row of a matrix ``width`` recipients wide."""
    cells = _cells(raw)
    if len(cells) < 2 or len(cells) > width + 1 or not cells[0]:
        return None
    marks = []
    for cell in cells[1:] + [""] * (width + 1 - len(cells)):
        if cell and cell in _YES:
            marks.append(True)
        elif cell and cell in _NO:
            marks.append(False)
        elif not cell:
            marks.append(None)
        else:
            return None
    return marks if any(marks) else None


def _apply(state, lines: list[str], header: int, columns, rows) -> None:
    header_raw = lines[header - 1]
    index = next((s.index for s in state.sents if any(p.line == header for p in s.pieces)), None)
    item = state.item_of.get(index) if index is not None else None
    if item is None:
        return
    given: list[tuple[list[str], list[dict]]] = [([], []) for _ in columns]
    withheld: list[list[tuple[int, str, list[str]]]] = [[] for _ in columns]
    for number, raw, marks in rows:
        read = _cell_mentions(state, number, raw)
        if read is None:
            continue
        sentence, found = read[0]
        cats = state.category_keys([m for m in found if m.kind == "category"], sentence)
        if not cats:
            continue
        for column, mark in enumerate(marks):
            if mark:
                given[column][0].extend(c for c in cats if c not in given[column][0])
                given[column][1].append({"line": number, "quote": raw.strip()})
            elif mark is False:
                withheld[column].append((number, raw.strip(), cats))
    head = {"line": header, "quote": header_raw.strip()}
    for (party, cell), (cats, quotes), kept in zip(columns, given, withheld):
        if party.type == "unnamed-party":
            state.name_unnamed(party, item)  # (自主防災組織: the group the prose names so too)
        key = state.key(party)
        # (a flow that names its data, 氏名と住所のみ, says all it carries: only one of the
        # roster or personal information as a whole is what the table details)
        flows = [f for f in state.flows if f.get("item") == item.key and f.get("to_key") == key
                 and _whole(state, f["categories"])]
        # (the table of the ordinary hand-over: not the flows only a case allows, unless
        # those are all there are)
        flows = [f for f in flows if not f.get("condition")] or flows
        for flow in flows:
            flow["categories"] = list(flow["categories"]) + [c for c in cats if c not in flow["categories"]]
            # (the header and the rows one further statement: the note on its first line)
            flow.setdefault("also", []).append({**head, "wrapped": quotes})
        giver = item.department or state.municipality_mention()
        handed = _hand_over(state, item, key)
        if not flows and cats and giver is not None and not handed:
            # (a column the prose gives no hand-over: the table states it, from the item's
            # side, and when it runs is the item's to say, as for a provision table's row)
            state.entity_for(party, header, cell.quote(party.start, party.end)[1])
            item_flow(state, item, "表", giver, party, list(cats), header, head["quote"], basis="stated",
                      confidence=0.6, also=[{**head, "wrapped": quotes}], _index=index, _from=giver,
                      _to=party, _said=True, _settled=runs_before(state, lines, header))
            flows = [state.flows[-1]]
        if not flows and not handed:
            continue
        for number, quote, data in kept:
            exclusions.append(state, {"item": item.key, "line": number, "quote": quote, "verb": "表"},
                              "excluded", party, data, None, item.title, 0.6)


def _hand_over(state, item, key: str) -> bool:
    """True when a flow or relation of ``item`` already reaches the party ``key`` some
    other way (its own data named: 氏名と住所のみ; an entrustment's work)."""
    return any(f.get("item") == item.key and f.get("to_key") == key for f in state.flows)


def _whole(state, categories: list[str]) -> bool:
    """True when ``categories`` name data only as a whole: a document such as a roster,
    or personal information."""
    return all(key == "personal-information" or getattr(state.lex.categories.get(key), "kind", None) == "document"
               for key in categories)
