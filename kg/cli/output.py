"""The one formatter every command hands its plain data to.

``json`` prints the data as it is; ``table`` and ``csv`` print rows (a list
of flat dicts) that the command picks out of the data. Lists in a cell are
joined with ``; ``, mappings are written as compact JSON.

Example::

    >>> print(format_rows([{"a": 1, "b": ["x", "y"]}], "csv").strip())
    a,b
    1,x; y
"""
from __future__ import annotations

import csv
import io
import json

import orjson
import unicodedata

FORMATS = ("table", "json", "csv")
#: Markdown tables, for documents such as data/README.md (not offered by every command).
MARKDOWN = "markdown"


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


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _width(text: str) -> int:
    """Display width: East Asian wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_rows(rows: list[dict], fmt: str, columns: list[str] | None = None) -> str:
    """Return ``rows`` as an aligned text table, CSV or a Markdown table."""
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
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values):
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out) + "\n"


def render(data, fmt: str, rows: list[dict] | None = None, columns: list[str] | None = None,
           footer: str | None = None) -> str:
    """Return ``data`` in ``fmt``: JSON of the whole, or a table/CSV of ``rows``."""
    if fmt == "json":
        return to_json(data) + "\n"
    text = format_rows(rows if rows is not None else data, fmt, columns)
    if footer and fmt == "table":
        text += footer.rstrip("\n") + "\n"
    return text
