"""Pages that a PDF converter wrote as HTML: each printed line an absolutely placed
``<div>`` (pdftohtml's ``<div style="position:absolute;top:164px;left:95px">``).

Read as HTML, every such line is a paragraph of its own, so a sentence wrapped at the
page's edge is cut in two (…委託先へ提供するデー / タからは個人番号を削除いたします), a
speaker's label stands apart from the speech beside it, and a table's wrapped cell
becomes a line of its own (nc75 U1). Read here as the PDF it was: the divs of a page
that share a top are one line, left to right; a speaker's label and the speech beside
it are one space apart, a table's cells a tab; a cell wrapped onto the next line goes
back into its cell. The lines then wrap into sentences as a PDF's text does.

Example::

    >>> positioned_text('<div id="page1-div"><div style="position:absolute;top:10px;'
    ...                 'left:95px">○会長</div><div style="position:absolute;top:10px;'
    ...                 'left:163px">開会します。</div></div>' * 10)[:10]  # doctest: +SKIP
    '○会長 開会します。'
"""
from __future__ import annotations

import html
import re

#: One placed line: its top, its left and its markup.
_PLACED = re.compile(r"<div\b[^>]*\bstyle\s*=\s*[\"'][^\"']*position\s*:\s*absolute\s*;\s*top\s*:\s*(\d+(?:\.\d+)?)px\s*;"
                     r"\s*left\s*:\s*(\d+(?:\.\d+)?)px[^\"']*[\"'][^>]*>(.*?)</div>", re.IGNORECASE | re.DOTALL)
#: Where a page of the converted PDF begins (pdftohtml: <div id="page3-div" …>).
_PAGE = re.compile(r"<div\b[^>]*\bid\s*=\s*[\"']page\d+-div[\"']", re.IGNORECASE)
#: A page is read so when it has at least this many placed lines.
_LEAST = 20
#: Tops within this many pixels are one printed line.
_SAME_TOP = 3.0
#: The placed lines hold at least this share of the page's visible characters.
_MOST_OF = 0.8
#: Markup, scripts and styles: what a page shows none of.
_MARKUP = re.compile(r"<(script|style|title)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
#: A speaker's mark: the label it opens is one space from the speech beside it.
_MARK = re.compile(r"^[○◯〇◎◇◆●]")


def positioned_text(source: str) -> str | None:
    """Return the text of a page of placed lines (a PDF converted to HTML), a printed
    line to a line; None when the page is not one."""
    placed = _PLACED.findall(source)
    if len(placed) < _LEAST:
        return None
    # (a page whose menu is placed and whose minutes are not: read as any page)
    visible = len(re.sub(r"\s", "", html.unescape(_MARKUP.sub("", source))))
    if sum(len(re.sub(r"\s", "", _text(inner))) for _, _, inner in placed) < _MOST_OF * visible:
        return None
    starts = [m.start() for m in _PAGE.finditer(source)] or [0]
    lines: list[str] = []
    for begin, end in zip(starts, [*starts[1:], len(source)]):
        lines.extend(_page_lines(_PLACED.findall(source, begin, end)))
    return "\n".join(lines)


def _page_lines(placed: list[tuple[str, str, str]]) -> list[str]:
    """The lines of one page: its placed pieces grouped by top, each line left to right;
    a table's cell wrapped onto the next line joined back to its cell."""
    pieces = sorted((float(top), float(left), _text(inner)) for top, left, inner in placed)
    rows: list[list[tuple[float, str]]] = []
    last_top = None
    for top, left, text in pieces:
        if not text:
            continue
        if last_top is not None and top - last_top <= _SAME_TOP:
            rows[-1].append((left, text))
        else:
            rows.append([(left, text)])
            last_top = top
    out: list[list[tuple[float, str]]] = []
    for row in rows:
        row.sort()
        above = out[-1] if out else None
        # (案件名 / 託について: a row's cell wrapped under itself, the other cells empty)
        if above and len(above) >= 3 and all(any(abs(left - x) <= _SAME_TOP for x, _ in above[1:]) for left, _ in row):
            cells = dict(above)
            for left, text in row:
                key = next(x for x in cells if abs(left - x) <= _SAME_TOP)
                cells[key] += text
            out[-1] = sorted(cells.items())
            continue
        out.append(row)
    return [_join(row) for row in out]


def _join(row: list[tuple[float, str]]) -> str:
    """One printed line: a speaker's label and the speech one space apart, a table's
    cells a tab apart."""
    texts = [text for _, text in row]
    if len(texts) == 2 and _MARK.match(texts[0]):
        return " ".join(texts)
    return "\t".join(texts)


def _text(inner: str) -> str:
    """A placed piece's text: its tags gone, its entities read."""
    return html.unescape(re.sub(r"<[^>]*>", "", inner)).replace("\xa0", " ").strip()
