"""``kg viz``: draw a view of the graph as one self-contained, offline HTML page.

The page is written to ``--out`` (default ``diagram.html`` in the build
folder); standard output gets the diagram's plain data in the chosen format:
``json`` the whole diagram, ``table``/``csv`` a count of nodes per type and
edges per style.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import options
from kg.cli.output import render


@click.command("viz")
@options.municipality
@click.option("--category", default=None, metavar="NAME", callback=options.not_blank,
              help="Only flows and parties that handle this data category (and narrower ones).")
@click.option("--party", default=None, metavar="NAME", callback=options.not_blank,
              help="The neighbourhood of this party or system: what it receives, hosts, "
                   "maintains, re-entrusts.")
@click.option("--who-can-see", "who_can_see", default=None, metavar="CATEGORY",
              callback=options.not_blank,
              help="The answer of `kg who-can-see CATEGORY`: its routes, hop by hop.")
@click.option("--impact", "impact", default=None, metavar="TARGET", callback=options.not_blank,
              help="The answer of `kg impact TARGET`: who is affected, and by which route.")
@click.option("--mode", type=click.Choice(["leak", "outage"]), default="outage",
              show_default=True, help="With --impact: leak or outage.")
@options.as_of
@options.build
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="HTML file to write (default: diagram.html in the build folder).")
@options.mkdir
@click.option("--layout-threshold", "threshold", type=click.IntRange(min=0), default=None,
              help="Views with more nodes than this get a precomputed layout and no "
                   "physics (default: 500, visualize.LARGE_GRAPH).")
@options.output_format
def viz_cmd(municipality, category, party, who_can_see, impact, mode, as_of, build_dir, out,
            mkdir, threshold, fmt):
    """Write an interactive data-flow diagram (HTML, works offline); views combine."""
    from visualize.view import default_page, summary_rows, view_diagram, write_page

    target = options.out_file(out, mkdir) if out else default_page(build_dir)
    diagram = view_diagram(build_dir, municipality=municipality, category=category,
                           party=party, who_can_see=who_can_see, impact=impact, mode=mode,
                           as_of=as_of, large_threshold=threshold)
    path = write_page(diagram, target)
    note = (f"wrote {path}: {len(diagram['nodes'])} nodes, {len(diagram['edges'])} edges "
            f"({diagram['layout']['mode']} layout)")
    sys.stdout.write(render(diagram, fmt, rows=summary_rows(diagram), footer=note))
    if fmt != "table":
        click.echo(note, err=True)


COMMANDS = [viz_cmd]
