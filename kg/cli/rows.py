"""How query answers become table rows: labels for ids, the quote a row rests on and
its reference (``000 l.32``), counts and footers naming the minutes the rows cite, and
the columns a table leaves to its footer.

Example::

    >>> count_of([1], "party", "parties")
    '1 party'
"""
from __future__ import annotations

def label_of(proj, key) -> str:
    if key is None:
        return "参加自治体共通"
    return proj.entities[key]["label"] if key in proj.entities else key


def category_label(proj, key) -> str:
    return proj.categories[key]["label"] if key in proj.categories else key


def evidence_of(steps) -> dict | None:
    """The quote a row shows: of the first step with evidence, its speaker's label and
    sentence joined (see :func:`kg.query.access.first_quote`)."""
    from kg.query.access import first_quote

    return next((first_quote(step["evidence"]) for step in steps if step.get("evidence")), None)


def reaching(route) -> dict | None:
    """The evidence a table shows for a route: that of the last hop, the one that
    reaches the party (for a route of no hops, the fact saying the data is held)."""
    steps = _route_steps(route)
    return evidence_of(list(reversed(steps)) if route["hops"] else steps)


def route_quotes(route) -> list[str]:
    """Every hop's evidence, ``000 l.32: quote``, for CSV and JSON rows."""
    return [f"{ref_of(ev)}: {ev['quote']}" for step in _route_steps(route)
            for ev in step.get("evidence", [])]


def count_of(items, one: str, many: str | None = None) -> str:
    """``1 party``, ``2 parties``.

    >>> count_of([1, 2], "party", "parties")
    '2 parties'
    """
    return f"{len(items)} {one if len(items) == 1 else many or one + 's'}"


def ref_of(ev) -> str:
    """``000 l.32``: the minutes' number and the line, for a table cell; a draft's
    quote (not yet reviewed) is marked ``005 l.9 （草案）`` (a space before the mark, where a
    narrow column may wrap)."""
    if not ev:
        return ""
    lines = f"{ev['line']}–{ev['last_line']}" if ev.get("last_line") else f"{ev['line']}"
    return f"{ev['source'].split('_', 1)[0]} l.{lines}" + (" （草案）" if ev.get("draft") else "")


def where_of(ev) -> str:
    return f"{ev['source']}:{ev['line']}" if ev else ""


def minutes_footer(proj, rows) -> str:
    """Say which minutes the ``ref`` cells point at."""
    used = sorted({r["evidence"].split(":", 1)[0] for r in rows if r.get("evidence")})
    parts = []
    for file in used:
        source = proj.sources.get(file)
        if source:
            parts.append(f"{file.split('_', 1)[0]} = {label_of(proj, source['municipality'])} "
                         f"{source['date']}")
    drafts = "; （草案）: a draft's quote, not yet reviewed" \
        if any(r.get("ref", "").endswith("（草案）") for r in rows) else ""
    return "minutes: " + "; ".join(parts) + drafts if parts else ""


def conditions_of(hops) -> str:
    """The cases the minutes limit a route's hops to, in their words (``""`` when none).

    >>> conditions_of([{"condition": "本人の同意を得た方に限り"}, {"condition": None}])
    '本人の同意を得た方に限り'
    """
    return "; ".join(dict.fromkeys(h["condition"] for h in hops if h.get("condition")))


def conditions_footer(rows, fmt: str, verbose: bool) -> str:
    """Mark ``‡`` in a table's status cell each row whose route holds only in a case the
    minutes state, and return the footer line that names the cases (``""`` when none,
    and in CSV, JSON or ``-v``, where the ``condition`` column says it)."""
    conditional = [r for r in rows if r.get("condition")]
    if not conditional or fmt != "table" or verbose:
        return ""
    for row in conditional:
        row["status"] += "‡"
    said = "; ".join(dict.fromkeys(r["condition"] for r in conditional))
    return f"‡ only in the case the minutes state: {said} (see -v)"


def footer_of(*parts) -> str:
    return "\n".join(p for p in parts if p)


def _route_steps(route) -> list[dict]:
    return route["hops"] or route.get("holds") or []


def one_municipality(columns: list[str], municipality: str | None, rows=()) -> list[str]:
    """``columns`` without the municipality's when one was asked for (-m), or when every
    row is of the same one: the command line or :func:`whose_rows` in the footer says
    whose (CSV and JSON keep it)."""
    drop = municipality or _only_municipality(rows)
    return [c for c in columns if not (drop and c == "municipality")]


def rows_footer(proj, rows, municipality: str | None) -> str:
    """The footer's last lines under a table of facts: whose every row is, when the table
    leaves that column out (:func:`whose_rows`), and the minutes its refs name."""
    return footer_of(whose_rows(rows, municipality), minutes_footer(proj, rows))


def whose_rows(rows, municipality: str | None) -> str:
    """The footer's line naming the one municipality every row is of, when none was asked
    for (the table then leaves its column out), else ``""``.

    >>> whose_rows([{"municipality": "千鳥町"}, {"municipality": "千鳥町"}], None)
    'municipality: 千鳥町 (every row)'
    """
    only = None if municipality else _only_municipality(rows)
    return f"municipality: {only} (every row)" if only else ""


def _only_municipality(rows) -> str | None:
    names = {r.get("municipality") for r in rows}
    return next(iter(names)) if len(names) == 1 and None not in names and "" not in names else None


def ends_columns(rows: list[dict], fmt: str, name: str) -> list[str]:
    """The columns a table shows for each row's two ends: ``from`` and ``to``; below
    :data:`kg.cli.output.WIDE` columns one cell ``name`` (A → B), set on each row, so that
    a narrow table reads it as one line (CSV and JSON keep the two keys).

    >>> rows = [{"from": "甲市", "to": "乙社"}]
    >>> ends_columns(rows, "csv", "flow"), rows[0].get("flow")
    (['from', 'to'], None)
    """
    from kg.cli.output import WIDE, terminal_width

    if fmt != "table" or terminal_width() >= WIDE:
        return ["from", "to"]
    for row in rows:
        row[name] = " → ".join(v for v in (row["from"], row["to"]) if v)
    return [name]
