"""The ``kg`` command line. Each command parses options, calls one library
function and hands its plain data to :func:`kg.output.render`.

Errors from the library (:class:`~kg.errors.KGError`) are printed one line
per problem on standard error, with a non-zero exit code and no traceback.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click


from kg.errors import KGError
from kg.cli.output import FORMATS, MARKDOWN, render


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            for line in exc.lines():
                click.echo(f"error: {line}" if not _has_location(line) else line, err=True)
            ctx.exit(exc.exit_code)


def _has_location(line: str) -> bool:
    head = line.split(": ", 1)[0]
    return ":" in head and head.rsplit(":", 1)[1].isdigit()


data_option = click.option(
    "--data", "data_dir", type=click.Path(path_type=Path, file_okay=False),
    default=None, help="Curated data folder (default: the bundled data, or $KG_DATA).")
format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
    help="Output format.")


def emit(text: str) -> None:
    sys.stdout.write(text)


@click.group(cls=_Group)
@click.version_option(package_name="kg-pdflow")
def main():
    """Evidence-grounded knowledge graph of Japanese municipal personal-data flows."""


@main.command("build")
@data_option
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Output folder (default: ./build or $KG_BUILD).")
@click.option("--no-shacl", is_flag=True, help="Skip the SHACL check (faster; validate does it).")
def build_cmd(data_dir, out_dir, no_shacl):
    """Check the data and write build/kg.ttl and build/kg.jsonld."""
    from kg.graph.build import build
    from kg.graph.store import write_outputs

    graph, ds = build(data_dir, shacl=not no_shacl)
    written = write_outputs(graph, out_dir, ds.rules)
    click.echo(f"built {len(graph)} triples: " + ", ".join(str(p) for p in written))


@main.command("validate")
@data_option
def validate_cmd(data_dir):
    """Check YAML, references, every evidence quote and the SHACL shapes."""
    from kg.graph.build import build

    graph, ds = build(data_dir)
    click.echo(f"ok: {len(ds.sources)} sources, {len(ds.entities)} entities, "
               f"{len(graph)} triples; every quote found, every shape satisfied and "
               f"every DPV and W3C term defined")


@main.command("stats")
@data_option
@click.option("--format", "fmt", type=click.Choice(FORMATS + (MARKDOWN,)), default="table",
              show_default=True, help="Output format (markdown: the table in data/README.md).")
def stats_cmd(data_dir, fmt):
    """Summarise the graph: per-source counts, entities, triples."""
    from kg.graph.compile import compile_dataset
    from kg.graph.stats import stats

    from kg.graph.build import load_checked

    summary = stats(compile_dataset(load_checked(data_dir)))
    footer = (f"entities: {summary['entities']}  categories: {summary['categories']}  "
              f"evidence: {summary['evidence']}  triples: {summary['triples']}")
    emit(render(summary, fmt, rows=summary["sources"], footer=footer))


@main.command("docs")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Output folder (default: docs/ in the build folder, ./build/docs).")
def docs_cmd(out_dir):
    """Write the ontology as a readable page: ontology.html, with its SHACL shapes."""
    from kg.graph.docs import write_docs

    click.echo(f"wrote {write_docs(out_dir)}")


# --- queries: each reads the built graph (build/), never the YAML ------------

build_option = click.option(
    "--build", "build_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
    help="Folder of the built graph (default: ./build or $KG_BUILD).")
municipality_option = click.option(
    "--municipality", "-m", default=None, help="Only facts of this municipality (name or id).")
as_of_option = click.option(
    "--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
    help="Only facts stated at meetings on or before this date (YYYY-MM-DD).")


def _projection(build_dir):
    from kg.graph.store import load_projection

    return load_projection(build_dir)


def _date(value):
    return value.date() if value is not None else None


def _first_evidence(routes_or_facts) -> str:
    for item in routes_or_facts:
        for step in item.get("hops") or item.get("holds") or [item]:
            for ev in step.get("evidence", []):
                return f"{ev['source']}:{ev['line']}"
    return ""


def _label(proj, key) -> str:
    return proj.entities[key]["label"] if key in proj.entities else (key or "")


@main.command("who-can-see")
@click.argument("category")
@municipality_option
@as_of_option
@click.option("--status", "statuses", multiple=True,
              help="Only flows and relations of this status (current, planned ...); repeatable.")
@build_option
@format_option
def who_can_see_cmd(category, municipality, as_of, statuses, build_dir, fmt):
    """Every party that can see data of CATEGORY: whose data, how, and by which route."""
    from kg.query.access import route_text, who_can_see

    proj = _projection(build_dir)
    answer = who_can_see(proj, category, municipality, _date(as_of), statuses or None)
    rows = []
    for entry in answer["parties"] + answer["systems"] + answer["subjects"]:
        for muni in entry["municipalities"]:
            routes = [r for r in entry["routes"] if r["municipality"] == muni]
            first = routes[0]
            rows.append({"access": first["access"], "party": entry["label"],
                         "type": entry["type"], "municipality": _label(proj, muni),
                         "route": route_text(first), "status": first["status"],
                         "basis": first["basis"], "routes": len(routes),
                         "excluded": "yes" if entry["exclusions"] else "",
                         "evidence": _first_evidence([first])})
    rows += [{"access": "excluded", "party": r["label"], "type": r["type"],
              "municipality": _label(proj, r["municipality"]),
              "route": r["context"] or _label(proj, r["system"]), "status": "",
              "basis": r["basis"], "routes": len(r["granted_routes"]),
              "excluded": "also reached" if r["granted_routes"] else "",
              "evidence": _first_evidence([{"evidence": r["evidence"]}])}
             for r in answer["excluded"]]
    cat = answer["category"]
    footer = (f"{cat['label']} ({cat['label_en']}, {cat['sensitivity']}): "
              f"{len(answer['parties'])} parties, {len(answer['systems'])} systems, "
              f"{len(answer['subjects'])} data subjects, {len(answer['excluded'])} exclusions")
    emit(render(answer, fmt, rows=rows, footer=footer))


@main.command("trace")
@click.argument("category")
@click.option("--from", "start", default=None, help="Start at this party or system.")
@municipality_option
@as_of_option
@build_option
@format_option
def trace_cmd(category, start, municipality, as_of, build_dir, fmt):
    """The flow paths of CATEGORY, hop by hop, and where a transformation stops it."""
    from kg.query.trace import trace

    proj = _projection(build_dir)
    answer = trace(proj, category, start, municipality, _date(as_of))
    rows = []
    for number, path in enumerate(answer["paths"], start=1):
        for step, h in enumerate(path["hops"], start=1):
            stop = path["stopped_by"] if step == len(path["hops"]) else None
            rows.append({"path": number, "municipality": _label(proj, path["municipality"]),
                         "hop": step, "from": h["from_label"], "to": h["to_label"],
                         "channel": h.get("channel"), "status": h["status"],
                         "stops": ", ".join(stop["removes"]) if stop else "",
                         "evidence": _first_evidence([h])})
    emit(render(answer, fmt, rows=rows,
                footer=f"{len(answer['paths'])} paths over {answer['flows']} flows"))


@main.command("search")
@click.argument("text")
@build_option
@format_option
def search_cmd(text, build_dir, fmt):
    """Parties, systems and categories whose label, English label or alias matches TEXT."""
    from kg.query.resolve import search

    results = search(_projection(build_dir), text)
    emit(render({"query": text, "results": results}, fmt, rows=results))


@main.command("touches")
@click.argument("party")
@as_of_option
@build_option
@format_option
def touches_cmd(party, as_of, build_dir, fmt):
    """What PARTY handles: categories, flows in and out, systems, entrustments."""
    from kg.query.explore import ROLES, touches

    proj = _projection(build_dir)
    answer = touches(proj, party, _date(as_of))
    rows = [{"role": role, "fact": h["fact"], "type": h["type"] or h["kind"],
             "from": h.get("from_label"), "to": h.get("to_label"),
             "categories": h.get("categories"), "channel": h.get("channel"),
             "municipality": _label(proj, h["municipality"] or h["document_municipality"]),
             "evidence": _first_evidence([h])}
            for role in ROLES for h in answer[role]]
    footer = (f"{answer['party']['label']}: categories {', '.join(answer['categories'])}; "
              f"municipalities {', '.join(answer['municipalities'])}")
    emit(render(answer, fmt, rows=rows, footer=footer))


@main.command("impact")
@click.argument("target")
@click.option("--mode", type=click.Choice(["leak", "outage"]), default="outage",
              show_default=True,
              help="leak: whose data is exposed if TARGET is compromised; "
                   "outage: who loses a flow or service if TARGET stops.")
@municipality_option
@as_of_option
@build_option
@format_option
def impact_cmd(target, mode, municipality, as_of, build_dir, fmt):
    """What follows if TARGET (a party or system) leaks or stops, per municipality."""
    from kg.query.access import route_text
    from kg.query.impact import impact

    proj = _projection(build_dir)
    answer = impact(proj, target, mode, municipality, _date(as_of))
    rows = [{"distance": r["distance"], "party": r["party"]["label"], "type": r["party"]["type"],
             "municipality": _label(proj, r["municipality"]), "dependency": r["dependency"],
             "categories": [_category(proj, c) for c in r["categories"]],
             "route": route_text(r["routes"][0]) if r["routes"] else "",
             "evidence": _first_evidence(r["routes"])}
            for r in answer["affected"]]
    s = answer["summary"]
    footer = (f"{answer['subject']['label']} ({mode}): {s['parties']} parties in "
              f"{len(s['municipalities'])} municipalities, {len(s['agenda_items'])} agenda items")
    emit(render(answer, fmt, rows=rows, footer=footer))


def _category(proj, key) -> str:
    return proj.categories[key]["label"] if key in proj.categories else key


@main.command("path")
@click.argument("a")
@click.argument("b")
@click.option("--max-hops", default=5, show_default=True, type=click.IntRange(min=1),
              help="Longest route to look for.")
@municipality_option
@build_option
@format_option
def path_cmd(a, b, max_hops, municipality, build_dir, fmt):
    """The routes by which data can move from party A to party B."""
    from kg.query.explore import paths_between

    answer = paths_between(_projection(build_dir), a, b, max_hops, municipality=municipality)
    rows = [{"route": n, "municipality": r["municipality"], "hop": i, "from": h["from_label"],
             "to": h["to_label"], "fact": h["fact"], "role": h["role"],
             "evidence": _first_evidence([h])}
            for n, r in enumerate(answer["routes"], start=1)
            for i, h in enumerate(r["hops"], start=1)]
    emit(render(answer, fmt, rows=rows, footer=f"{len(answer['routes'])} routes"))


@main.command("compare")
@click.argument("municipalities", nargs=-1, required=True)
@build_option
@format_option
def compare_cmd(municipalities, build_dir, fmt):
    """MUNICIPALITIES side by side: shared bodies, vendors, systems, channels, counts."""
    from kg.query.explore import compare

    answer = compare(_projection(build_dir), list(municipalities))
    rows = [{"municipality": r["municipality"]["label"],
             **{k: v for k, v in r.items() if k not in ("municipality", "evidence")}}
            for r in answer["municipalities"]]
    footer = "shared: " + "; ".join(f"{k}: {', '.join(v) or '-'}"
                                    for k, v in answer["shared"].items())
    emit(render(answer, fmt, rows=rows, footer=footer))


@main.command("findings")
@municipality_option
@click.option("--severity", type=click.Choice(["high", "medium", "low"]), default=None,
              help="Only findings at least this severe.")
@click.option("--rule", default=None, help="Only this rule id.")
@build_option
@format_option
def findings_cmd(municipality, severity, rule, build_dir, fmt):
    """Audit findings from the rules in data/rules.yaml, each with its evidence."""
    from kg.query.findings import findings

    answer = findings(_projection(build_dir), municipality, severity, rule)
    rows = [{"rule": f["rule"], "severity": f["severity"], "title": f["title"],
             "subject": " → ".join(str(v) for k, v in f["subject"].items()
                                   if k in ("label", "from", "to", "title", "topic") and v),
             "detail": f["detail"], "municipalities": f["municipalities"],
             "evidence": _first_evidence([{"evidence": f["evidence"]}])} for f in answer]
    emit(render({"findings": answer}, fmt, rows=rows, footer=f"{len(answer)} findings"))


@main.command("sparql")
@click.argument("query", required=False)
@click.option("--file", "query_file", type=click.File("r", encoding="utf-8"), default=None,
              help="Read the query from this file.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable (a literal, or an IRI written <...>); repeatable.")
@build_option
@format_option
def sparql_cmd(query, query_file, binds, build_dir, fmt):
    """Run a read-only SPARQL QUERY (SELECT/ASK/CONSTRUCT/DESCRIBE) on the built graph."""
    from kg.errors import QueryError
    from kg.query.sparql import parse_bindings, run

    if (query is None) == (query_file is None):
        raise QueryError("give a query or --file, not both or neither")
    text = query if query is not None else query_file.read()
    from kg.graph.store import load_rdf

    answer = run(load_rdf(build_dir), text, parse_bindings(list(binds)))
    if answer["type"] == "ask":
        rows = [{"boolean": answer["boolean"]}]
    else:
        rows = answer["rows"]
    emit(render(answer, fmt, rows=rows, columns=answer.get("vars") or ["boolean"]))


# The diagram command lives beside its renderer (kg/cli_viz.py); added here so that
# `kg --help` lists it with the others.
from kg.cli.viz import viz_cmd  # noqa: E402

main.add_command(viz_cmd)

if __name__ == "__main__":  # pragma: no cover
    main()
