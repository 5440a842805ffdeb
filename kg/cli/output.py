"""The one formatter every command hands its plain data to.

``json`` prints the data as it is, every field and id included; ``csv`` prints
rows (flat dicts the command picks out of the data), every key a column;
``table`` prints the columns a person reads, labels not ids, drawn by rich to
fit the terminal (``$COLUMNS`` or the real width; 80 when unknown), long
cells wrapped. Lists in a cell are joined with ``; ``, mappings written as
compact JSON.

Example::

    >>> print(format_rows([{"a": 1, "b": ["x", "y"]}], "csv").strip())
    a,b
    1,x; y
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil

import orjson

FORMATS = ("table", "json", "csv")
#: Markdown tables, for documents such as data/README.md (not offered by every command).
MARKDOWN = "markdown"
#: From this width on, tables also show the English labels (``wide`` columns).
WIDE = 140


def to_json(data) -> str:
    """Return ``data`` as indented JSON, keeping Japanese text readable.

    orjson writes a national-scale answer (20 MB) in a tenth of the time the
    standard library's indenting encoder takes.

    >>> print(to_json({"a": ["甲", 1]}))
    {
      "a": [
        "甲",
        1
      ]
    }
    """
    return orjson.dumps(data, default=str,
                        option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode("utf-8")


def terminal_width() -> int:
    """Return the width tables fit: ``$COLUMNS``, else the terminal's, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
        if columns > 0:
            return columns
    except ValueError:
        pass
    return shutil.get_terminal_size((80, 24)).columns


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def format_rows(rows: list[dict], fmt: str, columns: list[str] | None = None,
                width: int | None = None) -> str:
    """Return ``rows`` as a table fitting ``width``, CSV or a Markdown table."""
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    if not columns:
        return "" if fmt == "csv" else "(no results)\n"
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    if fmt == MARKDOWN:
        escape = lambda v: v.replace("|", "\\|")  # noqa: E731
        out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        out += ["| " + " | ".join(escape(v) for v in r) + " |" for r in cells]
        return "\n".join(out) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(cells)
        return buffer.getvalue()
    if not rows:
        return "(no results)\n"
    # a column no row fills takes room a narrow terminal needs (stops, via): left out
    keep = [i for i in range(len(columns)) if any(row[i] for row in cells)] or list(range(len(columns)))
    return _table([columns[i] for i in keep], [[row[i] for i in keep] for row in cells],
                  width or terminal_width())


def _table(columns: list[str], cells: list[list[str]], width: int) -> str:
    # Column widths are given when the table does not fit as it is: each column gets what
    # keeps its header and its short Latin words whole (not municipalit / y, possibl / e),
    # the rest of the width shared by what the columns lack; rich folds cells within. A
    # terminal too narrow even for that is left to rich (headers fold too).
    from rich.cells import cell_len

    gaps = 3 * (len(columns) - 1)  # a column's padding either side and the rule between
    natural = [max([cell_len(c)] + [cell_len(line) for row in cells for line in row[i].split("\n")])
               for i, c in enumerate(columns)]
    least = [max([cell_len(c)] + [cell_len(word) for row in cells for word in row[i].split(" ")
                                   if word.isascii() and len(word) <= 24 or cell_len(word) <= 10])
             for i, c in enumerate(columns)]
    room = width - gaps
    if sum(natural) > room and sum(natural) <= width - 2 * (len(columns) - 1):
        # one space fewer between columns keeps every cell whole (a file name such as
        # a_kozuegaoka_2025-10.txt, not a_kozuegaoka_2025-10. / txt)
        return _draw(columns, cells, width, None, tight=True)
    # (a long name with no space in it keeps five kanji a line where there is room for
    # that: not 株式 / 会社 / ソラ, two a line beside a roomy column)
    floor = [max(m, min(n, _SLIVER + 2)) for m, n in zip(least, natural)]
    least = floor if sum(floor) <= room else least
    widths = None
    if sum(natural) > room >= sum(least):
        # a narrow column (a ref such as 005 l.17–18 （草案）, a status) keeps its width
        # when the wide ones can still have what they least need
        def share(base: list[int]) -> list[int]:
            spare, lack = room - sum(base), [n - m for n, m in zip(natural, base)]
            return [m + spare * k // max(1, sum(lack)) for m, k in zip(base, lack)]

        base = [n if n <= _NARROW else m for n, m in zip(natural, least)]
        widths = share(base) if sum(base) <= room else None
        # (…but not when that leaves a wide one a sliver: 株式会 / 社ひば / りデー …)
        if widths is None or any(n > _NARROW and w < _SLIVER for n, w in zip(natural, widths)):
            widths = share(least)
    return _draw(columns, cells, width, widths)


#: Columns at most this wide are not folded to make room for the wide ones, unless a
#: wide one would then be narrower than this.
_NARROW = 20
_SLIVER = 8  # cells: four kanji a line


def _draw(columns: list[str], cells: list[list[str]], width: int, widths: list[int] | None,
          tight: bool = False) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                  padding=(0, 1, 0, 0) if tight else (0, 1),
                  expand=False)
    for i, column in enumerate(columns):
        table.add_column(column, overflow="fold", width=widths[i] if widths else None)
    for row in cells:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False,
                      markup=False, emoji=False, legacy_windows=False, soft_wrap=False)
    console.print(table)
    lines = [line.rstrip() for line in console.file.getvalue().splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _entries(rows: list[dict], columns: list[str], detail: list[str], width: int) -> str:
    """Return ``rows`` as entries: the ``columns`` on one line (wrapped), then each
    ``detail`` as ``key: value`` indented below, a blank line between entries.

    >>> print(_entries([{"a": "x", "b": "y", "q": "z"}], ["a", "b"], ["q"], 80), end="")
    (each entry: a · b; then q)
    <BLANKLINE>
    x · y
        q: z
    """
    out = [_wrap(f"(each entry: {' · '.join(columns)}; then {', '.join(detail)})", width)]
    for row in rows:
        out.append("\n" + _wrap(" · ".join(v for v in (_cell(row.get(c)) for c in columns) if v), width))
        for key in detail:
            value = _cell(row.get(key))
            if value:
                out.append("".join("    " + line + "\n" for line in
                                   _wrap(f"{key}: {value}", max(20, width - 4)).splitlines()))
    return "".join(out)


def _wrap(text: str, width: int) -> str:
    from rich.console import Console
    from rich.text import Text

    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False,
                      markup=False, emoji=False)
    console.print(Text(text), overflow="fold")
    return "\n".join(line.rstrip() for line in console.file.getvalue().splitlines()) + "\n"


def render(data, fmt: str, rows: list[dict] | None = None, columns: list[str] | None = None,
           footer: str | None = None, *, wide: list[str] | None = None,
           verbose: list[str] | None = None, show_verbose: bool = False) -> str:
    """Return ``data`` in ``fmt``: JSON of the whole, CSV of every key of ``rows``, or a
    table of ``columns`` (``wide`` added from :data:`WIDE` columns on, ``verbose``
    with ``--verbose``) that fits the terminal, then ``footer``.
    """
    if fmt == "json":
        return to_json(data) + "\n"
    rows = rows if rows is not None else data
    if fmt in ("csv", MARKDOWN):
        return format_rows(rows, fmt)
    width = terminal_width()
    shown = list(columns or dict.fromkeys(k for row in rows for k in row))
    if wide and width >= WIDE:
        shown += [c for c in wide if c not in shown]
    if verbose and show_verbose and width < WIDE and rows:
        # a narrow terminal has no room for quotes in a column (5 characters a line):
        # one entry per row, its detail on the lines below it, the wide columns among it
        # (the English label, whether an exclusion also names the party)
        detail = [c for c in dict.fromkeys([*verbose, *(wide or ())]) if c not in shown]
        text = _entries(rows, shown, detail, width) + "\n"
    else:
        if verbose and show_verbose:
            shown += [c for c in verbose if c not in shown]
        text = format_rows(rows, "table", shown, width)
    if footer:
        text += _wrap(footer.rstrip("\n"), width)
    return text
