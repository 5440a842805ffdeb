"""The query commands: who-can-see, trace, touches, impact, path, compare, findings.

Each reads the built graph, calls one function of :mod:`kg.query` and renders
its answer: ``--format json`` gives the whole answer, ``csv`` one row per
line of the table with ids beside labels, ``table`` the labels that fit.
"""
from __future__ import annotations

import click

from kg.cli import options
from kg.cli.output import WIDE, render, terminal_width


def _label(proj, key) -> str:
    if key is None:
        return "参加自治体共通"
    return proj.entities[key]["label"] if key in proj.entities else key


def _en(proj, key) -> str:
    return (proj.entities.get(key) or {}).get("label_en") or ""


def _category(proj, key) -> str:
    return proj.categories[key]["label"] if key in proj.categories else key


def _evidence(steps) -> dict | None:
    """The quote a row shows: of the first step with evidence, its speaker's label and
    sentence joined (see :func:`kg.query.access.first_quote`)."""
    from kg.query.access import first_quote

    return next((first_quote(step["evidence"]) for step in steps if step.get("evidence")), None)


def _reaching(route) -> dict | None:
    """The evidence a table shows for a route: that of the last hop, the one that
    reaches the party (for a route of no hops, the fact saying the data is held)."""
    steps = _route_steps(route)
    return _evidence(list(reversed(steps)) if route["hops"] else steps)


def _route_quotes(route) -> list[str]:
    """Every hop's evidence, ``000 l.32: quote``, for CSV and JSON rows."""
    return [f"{_ref(ev)}: {ev['quote']}" for step in _route_steps(route)
            for ev in step.get("evidence", [])]


def _count(items, one: str, many: str | None = None) -> str:
    """``1 party``, ``2 parties``.

    >>> _count([1, 2], "party", "parties")
    '2 parties'
    """
    return f"{len(items)} {one if len(items) == 1 else many or one + 's'}"


def _ref(ev) -> str:
    """``000 l.32``: the minutes' number and the line, for a table cell; a draft's
    quote (not yet reviewed) is marked ``005 l.9 （草案）`` (a space before the mark, where a
    narrow column may wrap)."""
    if not ev:
        return ""
    lines = f"{ev['line']}–{ev['last_line']}" if ev.get("last_line") else f"{ev['line']}"
    return f"{ev['source'].split('_', 1)[0]} l.{lines}" + (" （草案）" if ev.get("draft") else "")


def _where(ev) -> str:
    return f"{ev['source']}:{ev['line']}" if ev else ""


def _minutes_footer(proj, rows) -> str:
    """Say which minutes the ``ref`` cells point at."""
    used = sorted({r["evidence"].split(":", 1)[0] for r in rows if r.get("evidence")})
    parts = []
    for file in used:
        source = proj.sources.get(file)
        if source:
            parts.append(f"{file.split('_', 1)[0]} = {_label(proj, source['municipality'])} "
                         f"{source['date']}")
    drafts = "; （草案）: a draft's quote, not yet reviewed" \
        if any(r.get("ref", "").endswith("（草案）") for r in rows) else ""
    return "minutes: " + "; ".join(parts) + drafts if parts else ""


def _footer(*parts) -> str:
    return "\n".join(p for p in parts if p)


def _route_steps(route) -> list[dict]:
    return route["hops"] or route.get("holds") or []


@click.command("who-can-see")
@click.argument("category")
@options.municipality
@options.as_of
@options.status
@options.build
@options.output_format
@options.verbose
def who_can_see_cmd(category, municipality, as_of, statuses, build_dir, fmt, verbose):
    """Every party that can see data of CATEGORY: whose data, how, by which route.

    One row per party and municipality, with its most direct route; exclusions
    follow, with their context. --format json gives every route, hop by hop,
    each with its status, date and quotes."""
    from kg.query.access import route_text, who_can_see

    proj = options.projection(build_dir, municipality)
    answer = who_can_see(proj, category, municipality, as_of,
                         options.check_statuses(proj, statuses))
    rows = []
    for entry in answer["parties"] + answer["systems"] + answer["subjects"]:
        for muni in entry["municipalities"]:
            routes = [r for r in entry["routes"] if r["municipality"] == muni]
            first = routes[0]
            ev = _reaching(first)
            rows.append({"access": first["access"], "party": entry["label"],
                         "party_en": entry["label_en"], "party_id": entry["id"],
                         "type": entry["type"], "municipality": _label(proj, muni),
                         "municipality_id": muni, "route": route_text(first),
                         "route_facts": [h["fact"] for h in first["hops"]],
                         "status": first["status"], "basis": first["basis"],
                         "routes": len(routes), "excluded": "yes" if entry["exclusions"] else "",
                         "ref": _ref(ev), "evidence": _where(ev),
                         "quote": ev["quote"] if ev else "", "route_quotes": _route_quotes(first)})
    for row in answer["excluded"]:
        ev = _evidence([row])
        rows.append({"access": "excluded", "party": row["label"],
                     "party_en": row["label_en"],
                     "party_id": row["id"], "type": row["type"],
                     "municipality": _label(proj, row["municipality"]),
                     "municipality_id": row["municipality"],
                     "route": row["context"] or row["purpose"] or
                     (_label(proj, row["system"]) if row["system"] else ""),
                     "route_facts": [row["fact"]], "status": "", "basis": row["basis"],
                     "routes": len(row["granted_routes"]),
                     "excluded": "also reached" if row["granted_routes"] else "",
                     "ref": _ref(ev), "evidence": _where(ev), "quote": ev["quote"] if ev else ""})
    cat = answer["category"]
    whose = f"{_label(proj, answer['scope']['municipality'])}: " if municipality else ""
    footer = _footer(f"{whose}{cat['label']} ({cat['label_en']}, {cat['sensitivity']}): "
                     f"{_count(answer['parties'], 'party', 'parties')}, "
                     f"{_count(answer['systems'], 'system')}, "
                     f"{_count(answer['subjects'], 'data subject')}, "
                     f"{_count(answer['excluded'], 'exclusion')}", _minutes_footer(proj, rows))
    columns = ["access", "party", "municipality", "route", "status", "ref"]
    if municipality:  # one municipality: the footer says whose
        columns.remove("municipality")
    options.emit(render(answer, fmt, rows=rows, columns=columns,
                        wide=["party_en", "basis", "excluded"],
                        verbose=["quote", "basis", "routes"], show_verbose=verbose,
                        footer=footer))


@click.command("trace")
@click.argument("category")
@click.option("--from", "start", default=None, metavar="NAME", callback=options.not_blank,
              help="Start at this party or system.")
@options.municipality
@options.as_of
@options.status
@options.build
@options.output_format
@options.verbose
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
            ev = _evidence([h])
            channel = proj.terms["channels"].get(h.get("channel") or "", {}).get("label", "")
            rows.append({"path": number, "municipality": _label(proj, path["municipality"]),
                         "municipality_id": path["municipality"], "hop": step,
                         "from": h["from_label"], "from_id": h["from"],
                         "to": h["to_label"] + ("（草案）" if h.get("draft") else ""),  # a draft hop
                         "to_id": h["to"], "fact": h["fact"], "channel": channel,
                         "status": h["status"],
                         "stops": "; ".join(_category(proj, c) for c in stop["removes"])
                         if stop else "",
                         "ref": _ref(ev), "evidence": _where(ev),
                         "quote": ev["quote"] if ev else ""})
    footer = _footer(f"{len(answer['paths'])} paths over {answer['flows']} flows",
                     _minutes_footer(proj, rows))
    options.emit(render(answer, fmt, rows=rows,
                        columns=["path", "municipality", "hop", "from", "to", "channel",
                                 "status", "stops", "ref"],
                        verbose=["quote"], show_verbose=verbose, footer=footer))


@click.command("touches")
@click.argument("party")
@options.municipality
@options.as_of
@options.status
@options.build
@options.output_format
@options.verbose
def touches_cmd(party, municipality, as_of, statuses, build_dir, fmt, verbose):
    """What PARTY (or a system) handles: categories, flows in and out, systems,
    entrustments, whose data (with -m, of that municipality's data only)."""
    from kg.query.explore import ROLES, touches

    proj = options.projection(build_dir, municipality)
    answer = touches(proj, party, as_of, options.check_statuses(proj, statuses), municipality)
    rows = []
    for role in ROLES:
        for h in answer[role]:
            ev = _evidence([h])
            muni = h["municipality"]  # None: stated for every participant
            # a row resting on a draft fact (kg extract) is marked, as a draft hop is
            rows.append({"role": role, "fact": h["fact"], "type": h["type"] or h["kind"],
                         "from": _label(proj, h["from"]) if h.get("from") else "",
                         "from_id": h.get("from"),
                         "to": (h.get("to_label") or "") + ("（草案）" if h.get("draft") else ""),
                         "to_id": h.get("to"),
                         "categories": [_category(proj, c) for c in h.get("categories") or []],
                         "category_ids": h.get("categories") or [],
                         "municipality": _label(proj, muni), "status": h.get("status") or "",
                         "ref": _ref(ev), "evidence": _where(ev),
                         "quote": ev["quote"] if ev else ""})
    held = "; ".join(f"{_label(proj, m)}: {', '.join(_category(proj, c) for c in cats)}"
                     for m, cats in answer["held"].items())
    footer = _footer(f"{answer['party']['label']}: categories its facts name "
                     f"{', '.join(_category(proj, c) for c in answer['categories']) or 'none'}; "
                     f"whose data: {', '.join(_label(proj, m) for m in answer['municipalities']) or 'none'}",
                     f"holds or can see: {held or 'nothing'}", _minutes_footer(proj, rows))
    options.emit(render(answer, fmt, rows=rows,
                        columns=["role", "type", "from", "to", "categories", "municipality",
                                 "ref"],
                        verbose=["status", "quote"], show_verbose=verbose, footer=footer))


@click.command("impact")
@click.argument("target")
@click.option("--mode", type=click.Choice(["leak", "outage"]), default="outage",
              show_default=True,
              help="leak: whose data and which categories are exposed if TARGET is "
                   "compromised; outage: who loses a flow or service if TARGET stops.")
@options.municipality
@options.as_of
@options.status
@options.build
@options.output_format
@options.verbose
def impact_cmd(target, mode, municipality, as_of, statuses, build_dir, fmt, verbose):
    """What follows if TARGET (a party or system) leaks or stops, per municipality."""
    from kg.query.access import route_text, statuses_of
    from kg.query.impact import impact

    proj = options.projection(build_dir, municipality)
    answer = impact(proj, target, mode, municipality, as_of,
                    options.check_statuses(proj, statuses))
    rows = []
    for r in answer["affected"]:
        route = r["routes"][0] if r["routes"] else None
        ev = _reaching(route) if route else None
        rows.append({"distance": r["distance"], "party": r["party"]["label"],
                     "party_en": r["party"]["label_en"], "party_id": r["party"]["id"],
                     "type": r["party"]["type"], "municipality": _label(proj, r["municipality"]),
                     "municipality_id": r["municipality"], "dependency": r["dependency"],
                     "categories": [_category(proj, c) for c in r["categories"]],
                     "category_ids": r["categories"],
                     "route": route_text(route) if route else "",
                     "status": statuses_of(r["routes"]),  # (its categories are all routes')
                     "items": [proj.facts[i]["title"] for i in r["items"]],
                     "ref": _ref(ev), "evidence": _where(ev), "quote": ev["quote"] if ev else ""})
    s = answer["summary"]
    footer = _footer(f"{answer['subject']['label']} ({mode}): "
                     f"{_count(range(s['parties']), 'party', 'parties')} in "
                     f"{_count(s['municipalities'], 'municipality', 'municipalities')}, "
                     f"{_count(s['agenda_items'], 'agenda item')}", _minutes_footer(proj, rows))
    options.emit(render(answer, fmt, rows=rows,
                        columns=["distance", "party", "municipality", "dependency",
                                 "categories", "status", "ref"],
                        wide=["route"], verbose=["route", "items", "quote"],
                        show_verbose=verbose, footer=footer))


@click.command("path")
@click.argument("a")
@click.argument("b")
@click.option("--max-hops", default=5, show_default=True, type=click.IntRange(min=1, max=20),
              help="Longest route to look for.")
@options.municipality
@options.as_of
@options.status
@options.build
@options.output_format
@options.verbose
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
            ev = _evidence([h])
            rows.append({"route": n, "municipality": _label(proj, r["municipality"]),
                         "municipality_id": r["municipality"], "hop": i,
                         "from": h["from_label"], "from_id": h["from"],
                         "to": h["to_label"] + ("（草案）" if h.get("draft") else ""),  # a draft hop
                         "to_id": h["to"], "fact": h["fact"], "role": h["role"],
                         "status": h["status"], "ref": _ref(ev), "evidence": _where(ev),
                         "quote": ev["quote"] if ev else ""})
    parallel = sum(r["parallel"] for r in answer["routes"])
    footer = _footer(_count(answer["routes"], "route")
                     + (f" (and {parallel} more over the same parties, each resting on other facts)"
                        if parallel else ""), _minutes_footer(proj, rows))
    options.emit(render(answer, fmt, rows=rows,
                        columns=["route", "municipality", "hop", "from", "to", "role", "ref"],
                        verbose=["status", "quote"], show_verbose=verbose, footer=footer))


@click.command("compare")
@click.argument("municipalities", nargs=-1, required=True)
@options.as_of
@options.build
@options.output_format
def compare_cmd(municipalities, as_of, build_dir, fmt):
    """MUNICIPALITIES side by side: shared bodies, vendors, systems, channels, counts."""
    from kg.query.explore import compare

    proj = options.projection(build_dir)
    answer = compare(proj, list(municipalities), as_of=as_of)

    def names(keys, table=proj.entities):
        return [table[k]["label"] if k in table else k for k in keys]

    rows = []
    for r in answer["municipalities"]:
        rows.append({"municipality": r["municipality"]["label"],
                     "municipality_id": r["municipality"]["id"],
                     "public_bodies": names(r["public_bodies"]), "vendors": names(r["vendors"]),
                     "systems": names(r["systems"]),
                     "channels": names(r["channels"], proj.terms["channels"]),
                     "agenda_items": r["agenda_items"], "flows": r["flows"],
                     "outsourcing": r["outsourcing"], "re_entrustments": r["re_entrustments"],
                     "physical_media_flows": r["physical_media_flows"]})
    tables = {"categories": proj.categories, "channels": proj.terms["channels"]}
    footer = "shared: " + "; ".join(
        f"{k}: {', '.join(names(v, tables.get(k, proj.entities))) or '-'}"
        for k, v in answer["shared"].items())
    options.emit(render(answer, fmt, rows=rows,
                        columns=["municipality", "public_bodies", "vendors", "systems",
                                 "flows", "outsourcing", "physical_media_flows"],
                        wide=["channels", "agenda_items", "re_entrustments"], footer=footer))


@click.command("findings")
@options.municipality
@options.as_of
@click.option("--severity", type=click.Choice(["high", "medium", "low"]), default=None,
              help="Only findings at least this severe.")
@click.option("--rule", default=None, metavar="RULE", callback=options.not_blank,
              help="Only this rule (its id, e.g. R1-physical-media).")
@options.build
@options.output_format
@options.verbose
def findings_cmd(municipality, as_of, severity, rule, build_dir, fmt, verbose):
    """Audit findings from the rules in data/rules.yaml, each with its evidence."""
    from kg.query.findings import findings

    proj = options.projection(build_dir)
    rules = {r["id"] for r in proj.data.get("rules") or []}
    if rule and rule not in rules:
        raise click.BadParameter(f"{rule!r} is not a rule; choose from {', '.join(sorted(rules))}",
                                 param_hint="'--rule'")
    answer = findings(proj, municipality, severity, rule, as_of=as_of)
    rows = []
    for f in answer:
        ev = _evidence([f])
        rows.append({"rule": f["rule"], "severity": f["severity"], "title": f["title"],
                     "title_en": f["title_en"],
                     "subject": " → ".join(str(v) for k, v in f["subject"].items()
                                           if k in ("label", "from", "to", "title", "topic") and v),
                     "detail": f["detail"],
                     "municipalities": [_label(proj, m) for m in f["municipalities"]],
                     "municipality_ids": f["municipalities"], "facts": f["facts"],
                     "ref": _ref(ev), "evidence": _where(ev), "quote": ev["quote"] if ev else ""})
    legend = ""
    if fmt == "table" and not verbose and terminal_width() < WIDE and rows:
        # a narrow column folds R4-my-number-outside-roles over four lines: the code
        # in the cell, the rule's name once below
        named = dict.fromkeys(r["rule"] for r in rows)
        legend = "rules: " + "; ".join(f"{n.split('-', 1)[0]} = {n}" for n in named)
        for r in rows:
            r["rule"] = r["rule"].split("-", 1)[0]
    footer = _footer(f"{len(answer)} findings", legend, _minutes_footer(proj, rows))
    options.emit(render({"findings": answer}, fmt, rows=rows,
                        # (one municipality asked for: the column says nothing the footer
                        # does not, and its header takes the subject's room)
                        columns=["rule", "severity", "detail", "subject"]
                        + ([] if municipality else ["municipalities"]) + ["ref"],
                        wide=["title"], verbose=["title", "quote"],
                        show_verbose=verbose, footer=footer))


COMMANDS = [who_can_see_cmd, trace_cmd, touches_cmd, impact_cmd, path_cmd, compare_cmd,
            findings_cmd]
