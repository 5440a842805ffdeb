"""Knowing what can be asked: ``kg search``, ``kg list`` and ``kg show``."""
from __future__ import annotations

import click

from kg.cli import options
from kg.cli.output import render
from kg.cli.rows import (category_label, count_of, ends_columns, evidence_of, label_of, one_municipality,
                         ref_of, rows_footer, where_of)
from kg.query.browse import KINDS


@click.command("search")
@click.argument("text")
@options.build
@options.output_format
def search_cmd(text, build_dir, fmt):
    """Parties, systems, data categories and agenda items whose name matches TEXT
    (label, English label or alias; full-width, spaced letters and 株式会社 are ignored)."""
    from kg.query.resolve import search

    proj = options.projection(build_dir)
    results = search(proj, text)
    # (児童相談所 of which town: the municipality a party or item belongs to)
    rows = [{"label": r["label"], "label_en": r["label_en"] or "", "kind": r["kind"],
             "municipality": label_of(proj, r["municipality"]) if r["municipality"] else "",
             "match": r["match"], "aliases": r["aliases"], "id": r["id"]} for r in results]
    options.emit(render({"query": text, "results": results}, fmt, rows=rows,
                        columns=["label", "kind", "municipality", "match"], wide=["label_en", "aliases"],
                        footer=f"{len(rows)} matches"))


LIST_COLUMNS = {
    "categories": (["tree", "sensitivity", "facts", "by_municipality"], ["label_en", "kind"]),
    "systems": (["label", "product", "run_by", "municipalities"], ["label_en", "instances"]),
    "parties": (["label", "type", "home", "municipalities"], ["label_en", "facts"]),
    "municipalities": (["label", "prefecture", "documents", "agenda_items", "flows",
                        "relations"], ["label_en", "meetings", "access"]),
    "items": (["municipality", "date", "name", "title", "outcome"], ["department", "type"]),
}


@click.command("list")
@click.argument("kind", type=click.Choice(KINDS))
@options.municipality
@options.as_of
@options.build
@options.output_format
def list_cmd(kind, municipality, as_of, build_dir, fmt):
    """What the graph knows, one KIND at a time: the category tree (with how many
    facts of each municipality carry each), systems, parties, municipalities,
    agenda items."""
    from kg.query.browse import listing

    answer = listing(options.projection(build_dir), kind, municipality, as_of)
    columns, wide = LIST_COLUMNS[kind]
    footer = f"{len(answer['rows'])} {kind}"
    if kind == "items" and municipality and answer["rows"]:
        # (a column that says the same on every row: the footer says it once)
        columns = one_municipality(columns, municipality)
        footer += f"; municipality: {answer['rows'][0]['municipality']} (every row)"
    options.emit(render(answer, fmt, rows=answer["rows"], columns=columns, wide=wide, footer=footer))


@click.command("show")
@click.argument("name")
@click.option("--municipality", "-m", default=None, metavar="NAME",
              help="The one of this municipality, where several share the name (保険年金課, "
                   "諮問第1号), and only the facts about its data.")
@options.build
@options.output_format
@options.verbose
def show_cmd(name, municipality, build_dir, fmt, verbose):
    """Everything known about NAME — a party, system, data category or agenda item
    (諮問第52号 or its title) — and the evidence of each fact."""
    from kg.query.browse import show

    proj = options.projection(build_dir)
    answer = show(proj, name, municipality)
    steps = answer["facts"] if answer["kind"] != "entity" else [
        dict(h, role=role) for role, hs in answer["facts"].items() for h in hs]
    rows = []
    for h in steps:
        ev = evidence_of([h])
        # An access fact says what a party may see by accident or may NOT obtain:
        # its type is its role, so an exclusion never reads as access.
        # (and a relation its type: entrusts, re-entrusts, not just "relation")
        role = h["type"] if h["kind"] == "access" or h["kind"] == "relation" and not h.get("role") and h["type"] \
            else h.get("role") or h["kind"]
        rows.append({"role": role, "type": h["type"] or h["kind"],
                     "from": label_of(proj, h["from"]) if h.get("from") else "",
                     # a draft hop (kg extract, built with --include-drafts), as other tables
                     "to": (h.get("to_label") or "") + ("（草案）" if h.get("draft") else ""),
                     "categories": [category_label(proj, c) for c in h.get("categories") or []],
                     "municipality": label_of(proj, h.get("municipality"))
                     if h["kind"] in ("flow", "relation", "access")
                     else label_of(proj, h["document_municipality"]),
                     "status": h.get("status") or "", "fact": h["fact"], "ref": ref_of(ev),
                     "evidence": where_of(ev), "quote": ev["quote"] if ev else ""})
    subject = answer["subject"]
    title = subject.get("label") or subject.get("title")
    if answer["kind"] == "item" and subject.get("name") not in (None, title):
        title = f"{subject['name']} {title}"  # (議案第7号 …: the minutes' name first)
    english = subject.get("label_en") or ""
    # (a draft's placeholder, 株式会社… (draft: add the English label), says nothing: its type)
    english = f"{subject.get('type') or answer['kind']}, draft" if "(draft:" in english \
        else english or subject.get("type") or answer["kind"]
    head = f"{title} ({english})"
    if answer["kind"] == "category":
        head += (f": {subject['sensitivity']}; broader: "
                 f"{', '.join(c['label'] for c in answer['broader']) or '-'}; narrower: "
                 f"{', '.join(c['label'] for c in answer['narrower']) or '-'}")
    elif answer["kind"] == "entity":
        head += (f"; categories: {', '.join(category_label(proj, c) for c in answer['categories']) or 'none'}"
                 f"; whose data: "
                 f"{', '.join(label_of(proj, m) for m in answer['municipalities']) or 'none'}")
    elif answer["kind"] == "item":
        # (an auditor must see at once whether the council approved what the rows say:
        # 継続審議 leaves each planned flow unapproved)
        head += (f"; {subject.get('date') or '?'}; outcome: "
                 f"{(subject.get('outcome') or 'not recorded').replace('-', ' ')}")
        # (諮問第5号 and its sections: the facts of each part are the whole's)
        if subject.get("part_of"):
            head += f"; part of {subject['part_of']['name']}"
        if subject.get("parts"):
            head += f"; parts: {', '.join(p['name'] for p in subject['parts'])}"
    muni = answer["scope"]["municipality"]
    ends = ends_columns(rows, fmt, "ends")  # (each fact's ends in one cell, A → B, as trace's hops)
    options.emit(render(answer, fmt, rows=rows,
                        columns=one_municipality(["role", *ends, "categories", "municipality", "ref"],
                                                 muni, rows),
                        verbose=["status", "quote"], show_verbose=verbose,
                        footer="\n".join(p for p in (head, count_of(rows, "fact"),
                                                     rows_footer(proj, rows, muni)) if p)))


COMMANDS = [search_cmd, list_cmd, show_cmd]
