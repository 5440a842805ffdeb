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

from kg.cli.cells import NARROW as _NARROW, SLIVER as _SLIVER
from kg.cli.cells import cell_len as _cell_len, console as _console, fold as _fold, plan as _plan
from kg.cli.kinsoku import kinsoku, word_breaks

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
                width: int | None = None, stack: bool = True) -> str:
    """Return ``rows`` as a table fitting ``width``, CSV or a Markdown table. A table too
    wide for ``width`` shows its wide columns beneath each row (unless not ``stack``:
    columns meant side by side, such as the municipalities compared)."""
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
                  width or terminal_width(), stack)


def _table(columns: list[str], cells: list[list[str]], width: int, stack: bool = True) -> str:
    # A table that would fold a wide cell to a sliver (a route five kanji a line, 285
    # lines for 21 paths) moves wide columns beneath each row instead, one indented line
    # each (route: …): of the layouts that read as a table, the one of fewest lines.
    below: list[int] = []
    kept = list(range(len(columns)))
    drawn: list[tuple[str, int]] = []  # (a layout, how many columns it shows beneath)
    while True:
        plan = _plan([columns[i] for i in kept], [[row[i] for i in kept] for row in cells], width)
        # (the whole table, folded as it must be, is one of the layouts too: a short one
        # can be read in fewer lines than its columns beneath)
        if plan[0] != "fold" or not below and plan[1] or len(kept) <= 2 and not drawn:
            drawn.append((_stacked(columns, cells, width, kept, sorted(below), *plan) if below
                          else _draw(columns, cells, width, plan[1], tight=plan[0] == "tight"),
                          len(below)))
        if plan[0] == "whole" or len(kept) <= 2 or len(below) >= _BELOW or not stack:
            break
        # Only a wide column goes (a ref, a status, a short name stays in its row), and
        # not one of the first two, which name the row (the party a row is about): the
        # one longest on average (a route, a list of categories).
        wide = [i for i in kept[2:]
                if max(_cell_len(line) for row in cells for line in row[i].split("\n")) > _NARROW
                or plan[1] is None]  # (any, when not even the headers would stay whole)
        if not wide and plan[0] in ("fit", "fold"):
            # (a row's name still folds: a narrow column a few rows fill may go beneath
            # too, the one that costs fewest lines there, a context, not the refs; the
            # layout of fewest lines wins, as ever)
            spare = [i for i in kept[2:] if max(_cell_len(row[i]) for row in cells) > _SLIVER]
            if spare:
                below.append(cheapest := min(spare, key=lambda i: (sum(_cell_len(row[i]) for row in cells), i)))
                kept.remove(cheapest)
                continue
        if not wide:
            break
        widest = max(wide, key=lambda i: (sum(_cell_len(row[i]) for row in cells), -i))
        kept.remove(widest)
        below.append(widest)
    if not drawn:
        return _draw(columns, cells, width, None)
    # (of as few lines, the table as it is, else the one with fewer cells folded in the
    # table: the one with more beneath)
    return min(drawn, key=lambda d: (d[0].count("\n"), d[1] > 0, -d[1]))[0]


_BELOW = 3  # columns at most beneath a row


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
    folding = _console(width)
    for row in cells:
        # (folded here, not by the table, so that no line starts with a closing mark)
        table.add_row(*(("\n".join(_fold(cell, widths[i], folding)) if widths else cell)
                        for i, cell in enumerate(row)))
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False,
                      markup=False, emoji=False, legacy_windows=False, soft_wrap=False)
    console.print(table)
    lines = [line.rstrip() for line in console.file.getvalue().splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _stacked(columns: list[str], cells: list[list[str]], width: int, kept: list[int],
             below: list[int], kind: str, widths: list[int] | None) -> str:
    """Return a table of the ``kept`` columns, each row followed by its ``below``
    columns, one indented ``name: value`` line each (wrapped), for a terminal too
    narrow for them all.

    >>> print(_stacked(["a", "b", "c"], [["x", "y", "z"]], 40, [0, 1], [2], "whole", None), end="")
    a   b
    ─────
    x   y
        c: z
    """
    heads = [columns[i] for i in kept]
    rows = [[row[i] for i in kept] for row in cells]
    natural = [max([_cell_len(h)] + [_cell_len(line) for row in rows for line in row[j].split("\n")])
               for j, h in enumerate(heads)]
    gap = 2 if kind == "tight" else 3
    if widths is None:
        room = max(len(kept), width - gap * (len(kept) - 1))
        widths = natural if sum(natural) <= room else \
            [max(1, room * n // sum(natural)) for n in natural]
    out = [_line([[h] for h in heads], widths, gap),
           "─" * min(width, sum(widths) + gap * (len(widths) - 1))]
    console = _console(width)  # (one for the table: a console a cell is slow)
    for row, full in zip(rows, cells):
        out += _line([_fold(cell, w, console) for cell, w in zip(row, widths)], widths, gap).split("\n")
        for i in below:
            # (a route that is the party itself says nothing its row does not)
            if full[i] and full[i] not in row:
                room = max(20, width - 6)
                # (a name is broken where its words meet: …キオスク端末 / （コンビニ設置）)
                first, *rest = word_breaks(_break(f"{columns[i]}: {full[i]}", room), lambda t: _break(t, room))
                out += ["    " + first] + ["      " + line for line in rest]
    return "\n".join(line.rstrip() for line in out) + "\n"


def _break(text: str, width: int) -> list[str]:
    """Return ``text`` in lines at most ``width`` cells wide, broken between any two
    kanji or kana (Japanese has no spaces to break at), Latin words kept whole, and no
    line begun with closing punctuation.

    >>> _break("route: 国民健康保険課 → 国保情報集約システム", 20)
    ['route: 国民健康保険', '課 → 国保情報集約シ', 'ステム']
    """
    lines, line, breaks = [], "", [0]  # breaks: where line may be broken
    for ch in text:
        if line and _cell_len(line + ch) > width:
            # (not before 、 or ）: the character before it goes along)
            ok = [b for b in breaks if 0 < b < len(line) or b == len(line) and ch not in _CLOSING]
            cut = len(line) if ch == " " or not ok else ok[-1]
            lines.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
            breaks = [0]
            if not line and ch == " ":
                continue
        line += ch
        if ch == " " or not ch.isascii() and ch not in _OPENING:
            breaks.append(len(line))  # a break after a space or a wide character…
        if not ch.isascii() and len(line) > 1 and line[-2].isascii() and line[-2] != " ":
            breaks.append(len(line) - 1)  # …or before a wide character after a Latin word
        breaks = sorted(set(b for b in breaks if b < len(line) or ch not in _OPENING))
    return lines + [line.rstrip()] if line.strip() else lines


_OPENING = "（「『【〔(["
_CLOSING = "、。，．）」』】〕・,.)];:"


def _line(cells: list[list[str]], widths: list[int], gap: int) -> str:
    """The lines of one row: each cell's lines padded to its width, ``gap`` spaces between."""
    height = max(len(lines) for lines in cells)
    return "\n".join((" " * gap).join(
        (lines[k] if k < len(lines) else "") + " " * (w - _cell_len(lines[k] if k < len(lines) else ""))
        for lines, w in zip(cells, widths)).rstrip() for k in range(height))


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
    def fold(part: str) -> list[str]:
        return [line.plain.rstrip() for line in Text(part).wrap(console, max(1, width), overflow="fold")]
    return "\n".join(line for part in text.split("\n") for line in kinsoku(fold(part), fold)) + "\n"


def render(data, fmt: str, rows: list[dict] | None = None, columns: list[str] | None = None,
           footer: str | None = None, *, wide: list[str] | None = None,
           verbose: list[str] | None = None, show_verbose: bool = False,
           stack: bool = True) -> str:
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
        text = format_rows(rows, "table", shown, width, stack)
    if footer:
        text += _wrap(footer.rstrip("\n"), width)
    return text
