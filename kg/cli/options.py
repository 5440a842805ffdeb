"""The one vocabulary of options every command shares, and their checks.

``-m/--municipality``, ``--as-of``, ``--status``, ``--build``, ``--format`` and
``-v/--verbose`` mean the same on every command that takes them; each value is
checked against what exists before anything runs: a malformed value or one
outside its allowed set is a usage error (exit 2), a name the graph does not
know is bad input (exit 1).

Example::

    >>> parse_date(None, None, "2020-11-09")
    datetime.date(2020, 11, 9)
"""
from __future__ import annotations

import codecs
import datetime as dt
import os
import sys
from pathlib import Path

import click

from kg.cli.output import FORMATS
from kg.errors import KGError

EXIT_CODES = """\b
Exit codes:
  0  the answer was printed
  1  bad input or data: a name the graph does not know, a malformed data file,
     a quote not found, a missing build, a refused or failed query, a file
     that cannot be read or written
  2  usage: an unknown option, a missing argument, a malformed value or one
     outside its allowed set"""


def parse_date(ctx, param, value):
    """Click callback: ``YYYY-MM-DD`` -> a date (None stays None)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD "
                                 f"(e.g. 2020-11-09)") from None


def parse_encoding(ctx, param, value):
    """Click callback: a text encoding Python knows (cp932, euc_jp); None stays None."""
    if value is None:
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}; try utf-8, cp932 (Shift_JIS) "
                                 f"or euc_jp") from None
    return value


def _path_or_none(value):
    return Path(value) if value else None


municipality = click.option(
    "--municipality", "-m", default=None, metavar="NAME",
    help="Whose data: a municipality's name, English name or id.")
as_of = click.option(
    "--as-of", "as_of", default=None, metavar="YYYY-MM-DD", callback=parse_date,
    help="Only facts stated at meetings on or before this date.")
status = click.option(
    "--status", "statuses", multiple=True, metavar="STATUS",
    help="Only flows and relationships of this status (current, planned, possible, "
         "replaced, ended); repeatable.")
build = click.option(
    "--build", "build_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Folder of the built graph (default: $KG_BUILD, else the checkout's build/).")
output_format = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
    help="table (fits the terminal, labels), json (everything, ids included) or csv.")
verbose = click.option(
    "--verbose", "-v", is_flag=True, help="Tables: add the detail a narrow table leaves out "
                                          "(full routes, quotes, ids).")


def answer(command):
    """The options of a command that answers from the graph: ``-m``, ``--as-of``,
    ``--status``, ``--build``, ``--format`` and ``-v``, in that order (the function gets
    ``municipality, as_of, statuses, build_dir, fmt, verbose``)."""
    for option in (verbose, output_format, build, status, as_of, municipality):
        command = option(command)
    return command


def projection(build_dir, municipality: str | None = None):
    """Return the built projection (BuildMissing when there is none).

    With ``municipality`` (a name), for a question about that municipality's data
    alone: only its facts are read (a national build holds thousands of
    municipalities; the answer is the same, see Projection.focus).
    """
    from kg.graph.store import load_projection

    proj = load_projection(build_dir)
    if municipality:
        from kg.query.resolve import resolve_municipality

        proj.focus(resolve_municipality(proj, municipality))
    return proj


def check_statuses(proj, statuses) -> list[str] | None:
    """Return ``statuses`` when each is a status of the vocabulary; else a usage error."""
    if not statuses:
        return None
    known = list(proj.terms.get("statuses", {}))
    for value in statuses:
        if value not in known:
            raise click.BadParameter(f"{value!r} is not a status; choose from "
                                     f"{', '.join(known)}", param_hint="'--status'")
    return list(statuses)


def not_blank(ctx, param, value):
    """Click callback: refuse an empty name (``--party ''``)."""
    if value is not None and not str(value).strip():
        raise click.BadParameter("give a name, not an empty string")
    return value


def out_file(path: Path, mkdir: bool) -> Path:
    """Check that ``path`` may be written: its folder exists (or ``mkdir`` asks to create
    it) and, if it exists, it is a file the user can write. Returns the path."""
    path = Path(path)
    if path.is_dir():
        raise KGError(f"{path}: is a folder; give a file name")
    folder = path.parent
    if not folder.exists():
        if not mkdir:
            raise KGError(f"{folder}: no such folder (add --mkdir to create it)")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KGError(f"{folder}: cannot create the folder ({exc.strerror})") from None
    if path.exists() and not os.access(path, os.W_OK):
        raise KGError(f"{path}: not writable; refusing to replace it")
    if not os.access(folder, os.W_OK):
        raise KGError(f"{folder}: cannot write in this folder")
    return path


mkdir = click.option("--mkdir", is_flag=True,
                     help="Create the output file's folder when it does not exist.")


def emit(text: str) -> None:
    sys.stdout.write(text)
