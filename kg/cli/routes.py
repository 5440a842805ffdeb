"""The route commands: trace (where a category's data goes, hop by hop) and path (the
routes from one party to another).

Each reads the built graph, calls one function of :mod:`kg.query` and renders its
answer as :mod:`kg.cli.queries` does: a row per hop, with its status and quote.
"""
from __future__ import annotations

import click

from kg.cli import options
from kg.cli.output import render
from kg.cli.rows import (category_label, conditions_footer, conditions_of, count_of, ends_columns,
                         evidence_of, footer_of, label_of, one_municipality, ref_of, rows_footer,
                         where_of)


@click.command("trace")
@click.argument("category")
@click.option("--from", "start", default=None, metavar="NAME", callback=options.not_blank,
              help="Start at this party or system.")
@options.answer
def trace_cmd(category, start, municipality, as_of, statuses, build_dir, fmt, verbose):
    """The flow paths of CATEGORY, per municipality, hop by hop, and where a
    transformation stops it."""
    from kg.query.trace import trace

    proj = options.projection(build_dir, municipality)
    answer = trace(proj, category, start, municipality, as_of,
                   options.check_statuses(proj, statuses))
    rows = []
    for number, path in enumerate(answer["paths"], start=1):
        for step, h in enumerate(path["hops"], start=1):
            stop = path["stopped_by"] if step == len(path["hops"]) else None
            ev = evidence_of([h])
            channel = proj.terms["channels"].get(h.get("channel") or "", {}).get("label", "")
            rows.append({"path": number, "municipality": label_of(proj, path["municipality"]),
                         "municipality_id": path["municipality"], "hop": step,
                         "from": h["from_label"], "from_id": h["from"],
                         "to": h["to_label"] + ("（草案）" if h.get("draft") else ""),  # a draft hop
                         "to_id": h["to"], "fact": h["fact"], "channel": channel,
                         "status": h["status"], "condition": conditions_of([h]),
                         "stops": "; ".join(category_label(proj, c) for c in stop["removes"])
                         if stop else "",
                         "ref": ref_of(ev), "evidence": where_of(ev),
                         "quote": ev["quote"] if ev else ""})
    footer = footer_of(f"{len(answer['paths'])} paths over {answer['flows']} flows",
                        rows_footer(proj, rows, municipality), conditions_footer(rows, fmt, verbose))
    # (a hop reads as one line beneath its row, 住民保険課 → 岩菅県…連合会, not as a from
    # line and a to line)
    ends = ends_columns(rows, fmt, "flow")
    options.emit(render(answer, fmt, rows=rows,
                        columns=one_municipality(["path", "municipality", "hop", *ends,
                                                   "channel", "status", "stops", "ref"], municipality, rows),
                        verbose=["condition", "quote"], show_verbose=verbose, footer=footer))


@click.command("path")
@click.argument("a")
@click.argument("b")
@click.option("--max-hops", default=5, show_default=True, type=click.IntRange(min=1, max=20),
              help="Longest route to look for.")
@options.answer
def path_cmd(a, b, max_hops, municipality, as_of, statuses, build_dir, fmt, verbose):
    """The routes by which data can move from party A to party B, per municipality.

    A municipality as A or B stands for itself and its departments (杉並区 警察
    follows 杉並区's data from the department that holds it)."""
    from kg.query.explore import paths_between

    proj = options.projection(build_dir, municipality)
    answer = paths_between(proj, a, b, max_hops, municipality=municipality, as_of=as_of,
                           statuses=options.check_statuses(proj, statuses))
    rows = []
    for n, r in enumerate(answer["routes"], start=1):
        for i, h in enumerate(r["hops"], start=1):
            ev = evidence_of([h])
            rows.append({"route": n, "municipality": label_of(proj, r["municipality"]),
                         "municipality_id": r["municipality"], "hop": i,
                         "from": h["from_label"], "from_id": h["from"],
                         "to": h["to_label"] + ("（草案）" if h.get("draft") else ""),  # a draft hop
                         "to_id": h["to"], "fact": h["fact"], "role": h["role"],
                         "status": h["status"], "condition": conditions_of([h]),
                         "ref": ref_of(ev), "evidence": where_of(ev),
                         # (what the hop carries, nc57 U8: a route must carry what reached it)
                         "data": "; ".join(category_label(proj, c) for c in h.get("categories") or ()),
                         "quote": ev["quote"] if ev else ""})
    parallel = sum(r["parallel"] for r in answer["routes"])
    footer = footer_of(count_of(answer["routes"], "route")
                     + (f" (and {parallel} more over the same parties, each resting on other facts)"
                        if parallel else ""), rows_footer(proj, rows, municipality),
                       conditions_footer(rows, fmt, verbose))
    town = answer.get("municipality_routes")
    if town:  # (the department's municipality has routes the minutes do not give the department)
        footer = footer_of(footer, f"{answer['from']['label']} itself has none; its municipality has "
                                   f"{count_of(range(town['routes']), 'route')} (the minutes do not say which "
                                   f"department gives): kg path {town['label']} {answer['to']['label']}")
    if answer.get("reverse_routes"):  # (none this way, some the other: say so, with the command)
        footer = footer_of(footer, f"none from {answer['from']['label']} to {answer['to']['label']}; "
                                   f"{count_of(range(answer['reverse_routes']), 'route')} "
                                   f"{'goes' if answer['reverse_routes'] == 1 else 'go'} the other way: "
                                   f"kg path {answer['to']['label']} {answer['from']['label']}")
    if "leaves_to" in answer:  # (where the route breaks: what leaves A, what reaches B)
        footer = footer_of(footer, _breaks(answer))
    options.emit(render(answer, fmt, rows=rows,
                        columns=one_municipality(["route", "municipality", "hop", "from", "to",
                                                   "role", "status", "ref"], municipality, rows),
                        verbose=["data", "condition", "quote"], show_verbose=verbose, footer=footer))


def _breaks(answer: dict) -> str:
    """Where a route from A to B breaks, in words: whom A's data goes to, whom B's comes from."""
    a, b = answer["from"]["label"], answer["to"]["label"]
    leaves = f"{a} hands data on to {'、'.join(answer['leaves_to'])}" if answer["leaves_to"] \
        else f"nothing leaves {a}"
    reaches = f"{b} gets data from {'、'.join(answer['reaches_from'])}" if answer["reaches_from"] \
        else f"nothing reaches {b}"
    return f"none either way: {leaves}; {reaches}"


COMMANDS = [trace_cmd, path_cmd]
