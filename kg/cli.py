"""The ``kg`` command line. Each command parses options, calls one library
function and hands its plain data to :func:`kg.output.render`.

Errors from the library (:class:`~kg.errors.KGError`) are printed one line
per problem on standard error, with a non-zero exit code and no traceback.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import build as pipeline
from . import paths
from .errors import KGError
from .output import FORMATS, render


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
    graph = pipeline.build_graph(data_dir, shacl=not no_shacl)
    written = pipeline.write_outputs(graph, out_dir)
    click.echo(f"built {len(graph)} triples: " + ", ".join(str(p) for p in written))


@main.command("validate")
@data_option
def validate_cmd(data_dir):
    """Check YAML, references, every evidence quote and the SHACL shapes."""
    ds = pipeline.load_checked(data_dir)
    from .compile import compile_dataset

    graph = compile_dataset(ds)
    problems = pipeline.shacl_problems(graph)
    if problems:
        from .errors import DataError

        raise DataError(problems)
    click.echo(f"ok: {len(ds.sources)} sources, {len(ds.entities)} entities, "
               f"{len(graph)} triples; every quote found and every shape satisfied")


@main.command("stats")
@data_option
@format_option
def stats_cmd(data_dir, fmt):
    """Summarise the graph: per-source counts, entities, triples."""
    from .compile import compile_dataset
    from .stats import stats

    summary = stats(compile_dataset(pipeline.load_checked(data_dir)))
    footer = (f"entities: {summary['entities']}  categories: {summary['categories']}  "
              f"evidence: {summary['evidence']}  triples: {summary['triples']}")
    emit(render(summary, fmt, rows=summary["sources"], footer=footer))


if __name__ == "__main__":  # pragma: no cover
    main()
