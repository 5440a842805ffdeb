"""A PDF page's ruled tables, one row to a line with its cells apart by tabs.

A PDF's text layer gives a table cell by cell, each cell's wrapped lines as lines of
their own (藍ヶ浦県北部児童 / 相談所 / 児童及び保護者の氏名、生年月日、住 / …), so the
rows a reader sees are lost. Where the page draws the table's rules (as Word, Excel and
a browser's print do), the cells are the boxes between them: the characters inside a
box are its text, and a row's boxes side by side are its line, as an HTML table is
read (提供先<TAB>提供項目<TAB>提供方法<TAB>頻度). The rest of the page is the text layer
as it is. A page without rules, or whose table's characters are not one stretch of the
text layer, is left as it is.

Example::

    >>> page_text(page)                                             # doctest: +SKIP
    '…次の表のとおり\\n提供先\\t提供項目\\t提供方法\\t頻度\\n藍ヶ浦県北部児童相談所\\t…'
"""
from __future__ import annotations

from kg.extract.pdflabels import label_gaps

#: A rule is a path thinner than this (points).
_THIN = 2.5
#: Rules meet within this (points).
_NEAR = 2.5


def page_text(page) -> str:
    """Return the text of a pypdfium2 page, its ruled tables one row to a line."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        chars = [textpage.get_text_range(i, 1) for i in range(count)]
        gaps = label_gaps(textpage, chars)  # (子育て支援課長子育て支援課長でございます: a label's column)
        whole = _text(textpage, 0, count, gaps, end=False)
        rows = _rows(page)
        if not rows or not count:
            return whole
        boxes = [textpage.get_charbox(i, loose=True) for i in range(count)]
        out, done = [], 0
        for table in _tables(rows):
            cells = [[[i for i in range(count) if chars[i].strip() and _inside(boxes[i], cell)]
                      for cell in row] for row in table]
            inside = sorted(i for row in cells for cell in row for i in cell)
            if not inside or inside[0] < done:
                continue
            # the table's characters must be one stretch of the text layer (else the page
            # is drawn in another order, and its text is kept as the layer gives it)
            stretch = [i for i in range(inside[0], inside[-1] + 1) if chars[i].strip()]
            if stretch != inside:
                continue
            lines = ["\t".join(_cell_text(chars, cell) for cell in row) for row in cells]
            lines = [line for line in lines if line.strip()]
            # (one row is a table's too when three or more cells hold text: the rest of a
            # table the page before began)
            if len(lines) < 2 and not (lines and sum(1 for c in cells[0] if c) >= 3):
                continue
            out.append(_text(textpage, done, inside[0], gaps))
            out.append("\n".join(lines) + "\n")
            done = inside[-1] + 1
            while done < count and chars[done] in ("\r", "\n"):
                done += 1
        if not out:
            return whole
        out.append(_text(textpage, done, count, gaps))
        return "".join(out)
    finally:
        textpage.close()


def _text(textpage, start: int, stop: int, gaps: set[int] = frozenset(), end: bool = True) -> str:
    """The text layer from character ``start`` up to ``stop``, ending a line (unless not
    ``end``), a space before each character of ``gaps``."""
    if stop <= start:
        return ""
    text = textpage.get_text_range(start, stop - start)
    inside = sorted(i - start for i in gaps if start <= i < stop)
    if inside and len(text) == stop - start:
        text = "".join(text[a:b] + (" " if b < len(text) else "")
                       for a, b in zip([0, *inside], [*inside, len(text)]))
    return text if not end or not text or text.endswith(("\n", "\r")) else text + "\n"


def _cell_text(chars: list[str], cell: list[int]) -> str:
    """A cell's characters in the layer's order, its wrapped lines joined (a space only
    between two Latin words)."""
    out = ""
    for i in cell:
        ch = chars[i]
        if out and out[-1].isascii() and out[-1].isalnum() and ch.isascii() and ch.isalnum() \
                and i - 1 not in cell:
            out += " "
        out += ch
    return out.strip()


def _inside(box, cell) -> bool:
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    left, bottom, right, top = cell
    return left <= cx <= right and bottom <= cy <= top


def _rules(page) -> tuple[list, list]:
    """The page's horizontal rules ``(y, x0, x1)`` and vertical ones ``(x, y0, y1)``."""
    import pypdfium2.raw as raw

    across, down = [], []
    for obj in page.get_objects(max_depth=3):
        if obj.type not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_SHADING):
            continue
        x0, y0, x1, y1 = obj.get_bounds()
        if y1 - y0 <= _THIN and x1 - x0 > _THIN:
            across.append(((y0 + y1) / 2, x0, x1))
        elif x1 - x0 <= _THIN and y1 - y0 > _THIN:
            down.append(((x0 + x1) / 2, y0, y1))
        elif obj.type == raw.FPDF_PAGEOBJ_PATH and _stroked_box(obj):
            # (a cell drawn as a stroked rectangle, as fpdf2 and some report writers draw
            # them: its four sides are rules)
            across += [(y0, x0, x1), (y1, x0, x1)]
            down += [(x0, y0, y1), (x1, y0, y1)]
    return across, down


def _stroked_box(obj) -> bool:
    """True when a path object is one stroked four-sided figure (move, then three or four
    straight lines), which a cell's box is; curves and shapes of more sides are not."""
    import ctypes

    import pypdfium2.raw as raw

    count = raw.FPDFPath_CountSegments(obj.raw)
    if count not in (4, 5):
        return False
    kinds = [raw.FPDFPathSegment_GetType(raw.FPDFPath_GetPathSegment(obj.raw, i)) for i in range(count)]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(stroke.value) and kinds[0] == raw.FPDF_SEGMENT_MOVETO \
        and all(k == raw.FPDF_SEGMENT_LINETO for k in kinds[1:])


def _rows(page) -> list[list[tuple]]:
    """The ruled rows of the page from top to bottom, each a list of cell boxes
    ``(left, bottom, right, top)`` from left to right: the bands between two horizontal
    rules that two or more vertical rules cross, cut where they cross."""
    across, down = _rules(page)
    if len(across) < 3 or len(down) < 3:
        return []
    heights = sorted({round(y, 1) for y, _, _ in across}, reverse=True)
    merged: list[float] = []
    for y in heights:
        if not merged or merged[-1] - y > _NEAR:
            merged.append(y)
    rows = []
    for top, bottom in zip(merged, merged[1:]):
        if top - bottom < 6:
            continue  # (a double rule, or a rule's two edges)
        xs = sorted({round(x, 1) for x, y0, y1 in down
                     if y0 <= bottom + _NEAR and y1 >= top - _NEAR})
        edges: list[float] = []
        for x in xs:
            if not edges or x - edges[-1] > _NEAR:
                edges.append(x)
        if len(edges) < 3:
            continue  # (a box around a paragraph, or one column: no table row)
        # the band's rules must run along it above and below (not a gap between two tables)
        if not any(abs(y - top) <= _NEAR and x0 <= edges[0] + _NEAR and x1 >= edges[1] - _NEAR
                   for y, x0, x1 in across):
            continue
        rows.append([(left, bottom, right, top) for left, right in zip(edges, edges[1:])])
    return rows


def _tables(rows: list[list[tuple]]) -> list[list[list[tuple]]]:
    """The rows grouped into tables: a row joins the table above it when it touches it."""
    tables: list[list[list[tuple]]] = []
    for row in rows:
        if tables and abs(tables[-1][-1][0][1] - row[0][3]) <= _NEAR:
            tables[-1].append(row)
        else:
            tables.append([row])
    return tables
