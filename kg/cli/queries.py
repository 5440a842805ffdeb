"""The query commands: who-can-see, touches, impact, compare, findings (trace and path in
:mod:`kg.cli.routes`).

Each reads the built graph, calls one function of :mod:`kg.query` and renders
its answer: ``--format json`` gives the whole answer, ``csv`` one row per
line of the table with ids beside labels, ``table`` the labels that fit.
"""
from __future__ import annotations

import click

from kg.cli import options
from kg.cli.output import WIDE, render, terminal_width
from kg.cli.rows import (category_label, conditions_footer, conditions_of, count_of, evidence_of,
                         footer_of, label_of, minutes_footer, one_municipality, reaching, ref_of,
                         route_quotes, rows_footer, where_of)


@click.command("who-can-see")
@click.argument("category")
@options.answer
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
            ev = reaching(first)
            # (a hop whose item the council did not approve, 継続審議: not yet, whatever it plans;
            # a holding only when no approved item says it too, as the quote shown may)
            holds = first.get("holds", ())
            held = next((h["unapproved"] for h in first["hops"] if h.get("unapproved")), "") or (
                holds[0]["unapproved"] if holds and all(h.get("unapproved") for h in holds) else "")
            rows.append({"access": first["access"], "party": entry["label"],
                         "party_en": entry["label_en"], "party_id": entry["id"],
                         "type": entry["type"], "municipality": label_of(proj, muni),
                         "municipality_id": muni, "route": route_text(first),
                         "route_facts": [h["fact"] for h in first["hops"]],
                         "status": first["status"], "basis": first["basis"],
                         "condition": conditions_of(first["hops"]), "routes": len(routes),
                         "excluded": "yes" if entry["exclusions"] else "",
                         "not_approved": held,
                         "ref": ref_of(ev), "evidence": where_of(ev),
                         "quote": ev["quote"] if ev else "", "route_quotes": route_quotes(first)})
    for row in answer["excluded"]:
        ev = evidence_of([row])
        item = row.get("item")
        context = context_of(proj, row, item)
        # (個人情報 asked, 病歴 excluded: which data the exclusion is of, when not the asked)
        what = "; ".join(category_label(proj, c) for c in row["categories"]) \
            if row["categories"] != [answer["category"]["id"]] else ""
        rows.append({"access": "excluded", "party": row["label"],
                     "party_en": row["label_en"],
                     "party_id": row["id"], "type": row["type"],
                     "municipality": label_of(proj, row["municipality"]),
                     "municipality_id": row["municipality"],
                     "route": f"{what} ({context})" if what and context else what or context,
                     "excluded_categories": row["categories"],
                     "item": item["title"] if item else "",
                     "route_facts": [row["fact"]], "status": "", "basis": row["basis"],
                     "routes": len(row["granted_routes"]),
                     "excluded": "also reached" if row["granted_routes"] else "", "not_approved": "",
                     "ref": ref_of(ev), "evidence": where_of(ev), "quote": ev["quote"] if ev else ""})
    clashes = [r for r in rows if r["excluded"]]
    held = [r for r in rows if r.get("not_approved")]
    # (reached and kept out shows at 80 columns too; -v says it in words)
    if fmt == "table" and not verbose:
        for row in clashes:
            row["access"] += "*"
        for row in held:
            row["status"] += "†"
    if fmt == "table" and terminal_width() < WIDE:
        # (an exclusion has no route: its data and context, shown beneath its row under their
        # own name; a wide table keeps them in the route column, CSV under its key)
        for row in rows:
            if row["access"].startswith("excluded"):
                row["context"], row["route"] = row["route"], ""
    cat = answer["category"]
    whose = f"{label_of(proj, answer['scope']['municipality'])}: " if municipality else ""
    footer = footer_of(f"{whose}{cat['label']} ({cat['label_en']}, {cat['sensitivity']}): "
                        f"{count_of(answer['parties'], 'party', 'parties')}, "
                        f"{count_of(answer['systems'], 'system')}, "
                        f"{count_of(answer['subjects'], 'data subject')}, "
                        f"{count_of(answer['excluded'], 'exclusion')}", rows_footer(proj, rows, municipality))
    if clashes and fmt == "table" and not verbose:
        footer += ("\n* reached and also excluded: an exclusion is of its own context and "
                   "takes no route away (see -v, kg findings)")
    if held and fmt == "table" and not verbose:
        said = "、".join(sorted({r["not_approved"] for r in held}))
        footer += f"\n† the route rests on an item not approved at its meeting ({said}; see -v)"
    footer = footer_of(footer, conditions_footer(rows, fmt, verbose))
    options.emit(render(answer, fmt, rows=rows,
                        columns=one_municipality(["access", "party", "municipality", "route", "context",
                                                   "status", "ref"], municipality, rows),
                        wide=["party_en", "basis", "excluded"],
                        verbose=["quote", "basis", "routes", "item", "not_approved", "condition"],
                        show_verbose=verbose,
                        footer=footer))


def context_of(proj, fact: dict, item: dict | None) -> str:
    """What an exclusion is about: its context, else its purpose, else the system it names,
    else the item it is stated under (諮問第14号: a draft keeps no copy of the title), an
    item's title in it named by the item, or ''."""
    context = fact.get("context") or fact.get("purpose") or (label_of(proj, fact["system"]) if fact.get("system") else "")
    if not context and item:
        return item["name"]
    if item and item["title"] in context:
        # (…（国民健康保険被保険者資格情報の…への提供及び…の委託）: six lines at 80
        # columns; 諮問第14号 names the item, its title stays in the item column)
        context = context.replace(item["title"], item["name"])
    return context


@click.command("touches")
@click.argument("party")
@options.answer
def touches_cmd(party, municipality, as_of, statuses, build_dir, fmt, verbose):
    """What PARTY (or a system) handles: categories, flows in and out, systems,
    entrustments, whose data (with -m, of that municipality's data only)."""
    from kg.query.explore import ROLES, touches
    from kg.query.resolve import item_ref

    proj = options.projection(build_dir, municipality)
    answer = touches(proj, party, as_of, options.check_statuses(proj, statuses), municipality)
    rows = []
    for role in ROLES:
        for h in answer[role]:
            ev = evidence_of([h])
            muni = h["municipality"]  # None: stated for every participant
            # a row resting on a draft fact (kg extract) is marked, as a draft hop is
            # (nc58 U1: whether a re-entrustment may be done is part of what it says)
            kind = (h["type"] or h["kind"]) + (f" ({h['permission']})" if h.get("permission") else "")
            rows.append({"role": role, "fact": h["fact"], "type": kind,
                         "from": label_of(proj, h["from"]) if h.get("from") else "",
                         "from_id": h.get("from"),
                         "to": (h.get("to_label") or "") + ("（草案）" if h.get("draft") else ""),
                         "to_id": h.get("to"),
                         "categories": [category_label(proj, c) for c in h.get("categories") or []],
                         "category_ids": h.get("categories") or [],
                         # (nc69 U9: an exclusion is about a context; without it `excluded
                         # 学習履歴` read against "holds or can see: 学習履歴" as a contradiction)
                         "context": context_of(proj, h, item_ref(proj, h.get("item"))) if h["kind"] == "access" else "",
                         "municipality": label_of(proj, muni), "status": h.get("status") or "",
                         "ref": ref_of(ev), "evidence": where_of(ev),
                         "quote": ev["quote"] if ev else ""})
    held = "; ".join(f"{label_of(proj, m)}: {', '.join(category_label(proj, c) for c in cats)}"
                     for m, cats in answer["held"].items())
    footer = footer_of(f"{answer['party']['label']}: categories its facts name "
                        f"{', '.join(category_label(proj, c) for c in answer['categories']) or 'none'}; "
                        f"whose data: {', '.join(label_of(proj, m) for m in answer['municipalities']) or 'none'}",
                        f"holds or can see: {held or 'nothing'}", rows_footer(proj, rows, municipality))
    # (the role is the type and the ends said another way: a table says it from 140
    # columns on, CSV and JSON always; one municipality asked for is the footer's)
    columns = one_municipality(["type", "from", "to", "categories", "context", "municipality", "ref"],
                                municipality, rows)
    options.emit(render(answer, fmt, rows=rows, columns=columns, wide=["role"],
                        verbose=["status", "quote"], show_verbose=verbose, footer=footer))


@click.command("impact")
@click.argument("target")
@click.option("--mode", type=click.Choice(["leak", "outage"]), default="outage",
              show_default=True,
              help="leak: whose data and which categories are exposed if TARGET is "
                   "compromised; outage: who loses a flow or service if TARGET stops.")
@options.answer
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
        ev = reaching(route) if route else None
        rows.append({"distance": r["distance"], "party": r["party"]["label"],
                     "party_en": r["party"]["label_en"], "party_id": r["party"]["id"],
                     "type": r["party"]["type"], "municipality": label_of(proj, r["municipality"]),
                     "municipality_id": r["municipality"], "dependency": r["dependency"],
                     "categories": [category_label(proj, c) for c in r["categories"]],
                     "category_ids": r["categories"],
                     "route": route_text(route) if route else "",
                     "status": statuses_of(r["routes"]),  # (its categories are all routes')
                     "items": [proj.facts[i]["title"] for i in r["items"]],
                     "ref": ref_of(ev), "evidence": where_of(ev), "quote": ev["quote"] if ev else ""})
    s = answer["summary"]
    footer = footer_of(f"{answer['subject']['label']} ({mode}): "
                        f"{count_of(range(s['parties']), 'party', 'parties')} in "
                        f"{count_of(s['municipalities'], 'municipality', 'municipalities')}, "
                        f"{count_of(s['agenda_items'], 'agenda item')}",
                        rows_footer(proj, rows, municipality))
    options.emit(render(answer, fmt, rows=rows,
                        columns=one_municipality(["distance", "party", "municipality", "dependency",
                                                   "categories", "status", "ref"], municipality, rows),
                        wide=["route"], verbose=["route", "items", "quote"],
                        show_verbose=verbose, footer=footer))


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
                     "forbidden_re_entrustments": r["forbidden_re_entrustments"],
                     "physical_media_flows": r["physical_media_flows"]})
    tables = {"categories": proj.categories, "channels": proj.terms["channels"]}
    footer = "shared: " + "; ".join(
        f"{k}: {', '.join(names(v, tables.get(k, proj.entities))) or '-'}"
        for k, v in answer["shared"].items())
    if fmt == "table":
        # (one column per municipality, one row per thing compared: side by side, the way
        # a reader compares, and narrow enough for 80 columns; CSV keeps a row each)
        labels = [r["municipality"] for r in rows]
        rows = [{"compared": what, **{r["municipality"]: r[key] for r in rows}}
                for key, what in _COMPARED]
        options.emit(render(answer, fmt, rows=rows, columns=["compared", *labels], footer=footer,
                            stack=False))
        return
    options.emit(render(answer, fmt, rows=rows,
                        columns=["municipality", "public_bodies", "vendors", "systems",
                                 "flows", "outsourcing", "physical_media_flows"],
                        wide=["channels", "agenda_items", "re_entrustments"], footer=footer))


#: The rows of ``kg compare``'s table: field, and what the row says.
_COMPARED = [("public_bodies", "public bodies"), ("vendors", "vendors"), ("systems", "systems"),
             ("channels", "channels"), ("agenda_items", "agenda items"), ("flows", "flows"),
             ("outsourcing", "outsourcing"), ("re_entrustments", "re-entrustments"),
             ("forbidden_re_entrustments", "re-entrust bans"),
             ("physical_media_flows", "flows on media")]


@click.command("findings")
@options.municipality
@options.as_of
@click.option("--severity", type=click.Choice(["high", "medium", "low"]), default=None,
              help="Only findings at least this severe.")
@click.option("--rule", default=None, metavar="RULE", callback=options.not_blank,
              help="Only this rule (its id, R1-physical-media, or the short one the table shows, R1).")
@options.build
@options.output_format
@options.verbose
def findings_cmd(municipality, as_of, severity, rule, build_dir, fmt, verbose):
    """Audit findings from the rules in data/rules.yaml, each with its evidence."""
    from kg.query.findings import findings

    proj = options.projection(build_dir)
    rules = {r["id"] for r in proj.data.get("rules") or []}
    # (nc67 U1: the table shows a rule by its short id, R6; that id names it too)
    short = {r.split("-", 1)[0]: r for r in rules}
    rule = short.get(rule, rule) if rule else rule
    if rule and rule not in rules:
        raise click.BadParameter(f"{rule!r} is not a rule; choose from {', '.join(sorted(rules))}",
                                 param_hint="'--rule'")
    answer = findings(proj, municipality, severity, rule, as_of=as_of)
    rows = []
    for f in answer:
        ev = evidence_of([f])
        rows.append({"rule": f["rule"], "severity": f["severity"], "title": f["title"],
                     "title_en": f["title_en"],
                     "subject": " → ".join(str(v) for k, v in f["subject"].items()
                                           if k in ("label", "from", "to", "title", "topic") and v),
                     "detail": f["detail"],
                     "municipalities": [label_of(proj, m) for m in f["municipalities"]],
                     "municipality_ids": f["municipalities"], "facts": f["facts"],
                     "ref": ref_of(ev), "evidence": where_of(ev), "quote": ev["quote"] if ev else ""})
    legend = ""
    if fmt == "table" and not verbose and terminal_width() < WIDE and rows:
        # a narrow column folds R4-my-number-outside-roles over four lines: the code
        # in the cell, the rule's name once below
        named = dict.fromkeys(r["rule"] for r in rows)
        legend = "rules: " + "; ".join(f"{n.split('-', 1)[0]} = {n}" for n in named)
        for r in rows:
            r["rule"] = r["rule"].split("-", 1)[0]
    footer = footer_of(f"{len(answer)} findings", legend, minutes_footer(proj, rows))
    options.emit(render({"findings": answer}, fmt, rows=rows,
                        # (one municipality asked for: the column says nothing the footer
                        # does not, and its header takes the subject's room)
                        columns=["rule", "severity", "detail", "subject"]
                        + ([] if municipality else ["municipalities"]) + ["ref"],
                        wide=["title"], verbose=["title", "quote"],
                        show_verbose=verbose, footer=footer))


COMMANDS = [who_can_see_cmd, touches_cmd, impact_cmd, compare_cmd, findings_cmd]
