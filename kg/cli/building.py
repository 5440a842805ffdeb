"""``kg build``, ``validate``, ``stats``, ``docs`` and ``export``: making the graph
and writing it out. Build and validate read the curated data (``--data``);
everything else reads the built graph (``--build``)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import options
from kg.cli.output import FORMATS, MARKDOWN, render

data_option = click.option(
    "--data", "data_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
    help="Curated data folder (default: the bundled data, or $KG_DATA).")


@click.command("build")
@data_option
@options.build
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              default=None, hidden=True, help="Old name of --build.")
@click.option("--no-shacl", is_flag=True, help="Skip the SHACL check (faster; validate does it).")
@click.option("--full", is_flag=True,
              help="Do every document again instead of only those that changed.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: one per CPU).")
@click.option("--exports", is_flag=True,
              help="Also write kg.ttl and kg.jsonld (kg export writes any format later).")
@click.option("--include-drafts", is_flag=True,
              help="Build draft facts (kg extract) too; answers mark them （草案）.")
@options.verbose
def build_cmd(data_dir, build_dir, out_dir, no_shacl, full, jobs, exports, include_drafts,
              verbose):
    """Check the data and write the built graph: the Oxigraph store that SPARQL reads
    and the projection the other queries read (with --exports, Turtle and JSON-LD
    too). Draft facts are left out unless asked.

    Only the documents that changed since the last build (or that refer to
    something that changed) are checked and compiled again; the result is the
    same as a full build.
    """
    from kg.graph.pipeline import build_folder

    report = build_folder(data_dir, build_dir or out_dir, shacl=not no_shacl, jobs=jobs,
                          full=full, exports=exports, include_drafts=include_drafts)
    click.echo(f"built {report['triples']} triples from {report['documents']} documents "
               f"({report['rebuilt']} compiled, {report['mode']} store) in "
               f"{report['total_seconds']:.1f} s: " + ", ".join(report["written"]))
    if report.get("drafts_left_out"):
        n = report["drafts_left_out"]
        click.echo(f"left out {n} draft fact file{'s' if n > 1 else ''} (kg extract); "
                   f"--include-drafts builds {'them' if n > 1 else 'it'}, marked （草案）")
    if report.get("drafts_built"):
        n = report["drafts_built"]
        click.echo(f"built {n} draft fact file{'s' if n > 1 else ''} (kg extract) too: answers mark "
                   f"what rests on {'them' if n > 1 else 'it'} （草案）")
    if verbose:
        click.echo("seconds: " + ", ".join(f"{k} {v}" for k, v in report["seconds"].items()))


@click.command("validate")
@data_option
@click.option("--pyshacl", "reference", is_flag=True,
              help="Check the shapes with pySHACL, the reference engine (slower), "
                   "instead of kg's own SHACL Core checker.")
def validate_cmd(data_dir, reference):
    """Check YAML, references, every evidence quote, agenda completeness, the SHACL
    shapes and every DPV and W3C term, drafts included; write nothing."""
    from kg.graph.build import build

    graph, ds = build(data_dir, engine="pyshacl" if reference else "kg", include_drafts=True)
    click.echo(f"ok: {len(ds.sources)} sources, {len(ds.entities)} entities, "
               f"{len(graph)} triples; every quote found, every shape satisfied and "
               f"every DPV and W3C term defined")
    drafts = sum(1 for facts in ds.fact_files if facts.draft)
    if drafts:
        # (valid is not reviewed: a draft still says draft: true until someone accepts it)
        click.echo(f"{drafts} draft fact file{'s' if drafts > 1 else ''} still under review "
                   f"(draft: true): answers leave {'them' if drafts > 1 else 'it'} out unless "
                   f"built with --include-drafts")


@click.command("stats")
@data_option
@click.option("--format", "fmt", type=click.Choice(FORMATS + (MARKDOWN,)), default="table",
              show_default=True, help="Output format (markdown: the table in data/README.md).")
@click.option("--include-drafts", is_flag=True,
              help="Count draft facts (kg extract) too, as kg build --include-drafts builds them.")
def stats_cmd(data_dir, fmt, include_drafts):
    """Summarise the data: per-source counts, entities, triples (drafts left out unless
    asked)."""
    from kg.graph.build import load_checked
    from kg.graph.compile import compile_dataset
    from kg.graph.stats import stats

    ds = load_checked(data_dir, include_drafts)
    summary = stats(compile_dataset(ds))
    footer = (f"entities: {summary['entities']}  categories: {summary['categories']}  "
              f"evidence: {summary['evidence']}  triples: {summary['triples']}")
    if ds.drafts_left_out:  # (kg build --include-drafts built them: say why they are not here)
        footer += (f"\n{ds.drafts_left_out} draft fact file{'s' if ds.drafts_left_out > 1 else ''} left out; "
                   f"--include-drafts counts them")
    rows = summary["sources"]
    if fmt == "table":  # the minutes by number; the file names stay in json and csv
        rows = [{"minutes": r["file"].split("_", 1)[0], **r} for r in rows]
    options.emit(render(summary, fmt, rows=rows,
                        columns=["minutes", "municipality", "date", "flows", "relations",
                                 "access", "evidence"],
                        wide=["agenda_items", "safeguards", "concerns", "parties", "file"],
                        footer=footer))


@click.command("docs")
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Output folder (default: docs/ in the build folder).")
def docs_cmd(out_dir):
    """Write the ontology as a readable page: ontology.html, with its SHACL shapes."""
    from kg.graph.docs import write_docs

    click.echo(f"wrote {write_docs(out_dir)}")


#: What `kg export` writes (kg.graph.export.FORMATS; not imported here, to start fast).
EXPORT_FORMATS = ("graphml", "csv", "turtle", "jsonld", "ntriples", "nquads")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="graphml (Gephi, Cytoscape), csv (one table of flows), or the RDF graph as "
                   "turtle, jsonld, ntriples or nquads.")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="File to write (default: standard output).")
@options.mkdir
@options.build
def export_cmd(fmt, out, mkdir, build_dir):
    """Write the built graph for other tools: GraphML, a CSV of flows, or RDF."""
    from kg.graph.export import export
    from kg.graph.store import write_atomic

    data = export(build_dir, fmt)
    if out is None:
        sys.stdout.buffer.write(data)
        return
    write_atomic(options.out_file(out, mkdir), data)
    click.echo(f"wrote {out} ({len(data):,} bytes)", err=True)


@click.command("accept")
@click.argument("draft")
@data_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format.")
def accept_cmd(draft, data_dir, fmt):
    """Accept the reviewed draft DRAFT of the data folder (its number, 005, or
    facts/005-draft.yaml): move its source_entry into sources.yaml, delete draft: true,
    drop -draft from its file names and ids, and check the folder again. Refuses, and
    changes nothing, while the data has a problem or the draft still holds a placeholder
    (an English label, a draft's note): one line each, with its file and line."""
    from kg import paths
    from kg.data.accept import accept

    done = accept(data_dir or paths.data_dir(), draft)
    rows = [{"step": "facts", "now": done["facts"], "was": done["facts"].replace(".yaml", "-draft.yaml")}]
    if done["categories"]:
        rows.append({"step": "categories", "now": done["categories"],
                     "was": done["categories"].replace(".yaml", "-draft.yaml")})
    if done["source"]:
        rows.append({"step": "sources.yaml", "now": f"lists {done['source']}", "was": "source_entry"})
    rows.append({"step": "ids", "now": f"{done['ids']} renamed", "was": "…-draft-…"})
    options.emit(render(done, fmt, rows=rows, columns=["step", "was", "now"],
                        footer="accepted, and the data folder checks; kg build answers with it"))


COMMANDS = [build_cmd, validate_cmd, stats_cmd, docs_cmd, export_cmd, accept_cmd]
