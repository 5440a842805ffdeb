"""``kg viz``: draw a view of the graph as one self-contained, offline HTML page.

Registered by :mod:`kg.cli`. The page is written to ``--out`` (default
``build/diagram.html``); standard output gets the diagram's plain data in the
chosen format: ``json`` the whole diagram, ``table``/``csv`` a count of nodes
per type and edges per style.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.output import FORMATS, render


@click.command("viz")
@click.option("--municipality", "-m", default=None,
              help="Only facts of this municipality (name or id).")
@click.option("--category", default=None,
              help="Only flows and parties that handle this data category (and narrower ones).")
@click.option("--party", default=None,
              help="The neighbourhood of this party or system: what it receives, hosts, "
                   "maintains, re-entrusts.")
@click.option("--who-can-see", "who_can_see", default=None,
              help="The answer of `kg who-can-see CATEGORY`, its routes highlighted.")
@click.option("--impact", "impact", default=None,
              help="The answer of `kg impact TARGET`: who is affected, and by which route.")
@click.option("--mode", type=click.Choice(["leak", "outage"]), default="outage",
              show_default=True, help="With --impact: leak or outage.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only facts stated at meetings on or before this date (YYYY-MM-DD).")
@click.option("--build", "build_dir", type=click.Path(path_type=Path, file_okay=False),
              default=None, help="Folder of the built graph (default: ./build or $KG_BUILD).")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="HTML file to write (default: diagram.html in the build folder).")
@click.option("--layout-threshold", "threshold", type=click.IntRange(min=0), default=None,
              help="Views with more nodes than this get a precomputed layout and no "
                   "physics (default: 500, visualize.LARGE_GRAPH).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format of the printed summary or data.")
def viz_cmd(municipality, category, party, who_can_see, impact, mode, as_of, build_dir, out,
            threshold, fmt):
    """Write an interactive data-flow diagram (HTML, works offline); views combine."""
    from visualize.view import default_page, summary_rows, view_diagram, write_page

    diagram = view_diagram(build_dir, municipality=municipality, category=category,
                           party=party, who_can_see=who_can_see, impact=impact, mode=mode,
                           as_of=as_of.date() if as_of else None, large_threshold=threshold)
    path = write_page(diagram, out or default_page(build_dir))
    note = (f"wrote {path}: {len(diagram['nodes'])} nodes, {len(diagram['edges'])} edges "
            f"({diagram['layout']['mode']} layout)")
    sys.stdout.write(render(diagram, fmt, rows=summary_rows(diagram), footer=note))
    if fmt != "table":
        click.echo(note, err=True)
