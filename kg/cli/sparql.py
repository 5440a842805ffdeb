"""``kg sparql``: read-only SPARQL on the built graph, with limits and examples."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli import options
from kg.cli.output import render
from kg.errors import QueryError
from kg.query import sparql as engine


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise QueryError(f"{path}: not UTF-8 text; save the query as UTF-8") from None


def _labels(build_dir) -> dict[str, str]:
    """Labels of our own IRIs (entities, categories, agenda items), for table cells."""
    from kg.namespace import category_iri, entity_iri, fact_iri

    try:
        proj = options.projection(build_dir)
    except Exception:  # no projection: prefixed names will do
        return {}
    labels = {str(entity_iri(k)): e["label"] for k, e in proj.entities.items()}
    labels.update({str(category_iri(k)): c["label"] for k, c in proj.categories.items()})
    labels.update({str(fact_iri(k)): f["title"] for k, f in proj.facts.items() if f.get("title")})
    return labels


def query_limits(command):
    """The limits every SPARQL query runs under (``kg sparql``, ``kg serve``):
    --timeout, --max-rows and --max-memory."""
    for option in reversed([
        click.option("--timeout", type=click.FloatRange(min=0.1, max=600),
                     default=engine.TIMEOUT, show_default=True,
                     help="Stop a query after this many seconds."),
        click.option("--max-rows", type=click.IntRange(min=1), default=engine.MAX_ROWS,
                     show_default=True, help="Return at most this many rows per query."),
        click.option("--max-memory", type=click.IntRange(min=64), default=engine.MAX_MEMORY,
                     show_default=True, help="Stop a query that needs more memory (MB)."),
    ]):
        command = option(command)
    return command


@click.command("sparql")
@click.argument("query", required=False)
@click.option("--file", "query_file", type=click.Path(path_type=Path, dir_okay=False,
                                                      exists=True), default=None,
              help="Read the query from this file (UTF-8).")
@click.option("--example", "example_name", default=None, metavar="NAME",
              help="Run one of the example queries (see --examples).")
@click.option("--examples", "list_examples", is_flag=True,
              help="List the example queries and stop.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable (a literal, or an IRI written <...>); repeatable.")
@query_limits
@options.build
@options.output_format
def sparql_cmd(query, query_file, example_name, list_examples, binds, timeout, max_rows,
               max_memory, build_dir, fmt):
    """Run a read-only SPARQL QUERY (SELECT, ASK, CONSTRUCT, DESCRIBE) on the built graph.

    The prefixes kg:, entity:, category:, fact:, dpv:, pd:, prov:, skos:, org:,
    rdfs:, rdf:, owl:, xsd:, dcterms: are declared. Tables show labels and
    prefixed names; json and csv keep full IRIs."""
    if list_examples:
        rows = [{"name": e["name"], "title": e["title"], "title_en": e["title_en"]}
                for e in engine.examples()]
        options.emit(render({"examples": engine.examples()}, fmt, rows=rows,
                            columns=["name", "title"], wide=["title_en"],
                            footer="run one with: kg sparql --example NAME"))
        return
    given = [x for x in (query, query_file, example_name) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give one query: as text, with --file or with --example")
    if example_name:
        text = engine.example(example_name)["text"]
    elif query_file:
        text = _read(query_file)
    else:
        text = query
    from kg.graph.store import store_path

    try:
        bindings = engine.parse_bindings(list(binds))
    except QueryError as exc:  # a malformed option value: a usage error (exit 2)
        raise click.BadParameter(str(exc), param_hint="'--bind'") from None
    engine.check(text)  # refuse updates and SERVICE before looking for the build
    answer = engine.run(store_path(build_dir), text, bindings, timeout=timeout,
                        max_rows=max_rows, max_memory=max_memory)
    if answer["type"] == "ask":
        options.emit(render(answer, fmt, rows=[{"boolean": answer["boolean"]}]))
        return
    if fmt == "table":
        labels = _labels(build_dir)
        rows = [{v: engine.cell(row.get(v), labels) for v in answer["vars"]}
                for row in answer["rows"]]
    else:
        rows = [{v: (row[v]["value"] if v in row else "") for v in answer["vars"]}
                for row in answer["rows"]]
    footer = f"{len(rows)} rows"
    if answer["truncated"]:
        footer += f" (stopped at --max-rows {max_rows}; add LIMIT or raise --max-rows)"
        click.echo(f"warning: more than {max_rows} rows; showing the first {max_rows}",
                   err=True)
    options.emit(render(answer, fmt, rows=rows, columns=answer["vars"] or ["boolean"],
                        footer=footer))


COMMANDS = [sparql_cmd]
