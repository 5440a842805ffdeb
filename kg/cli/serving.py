"""``kg serve`` and ``kg push``: the built graph for a team, and for the SPARQL
stores organisations already run."""
from __future__ import annotations

import click

from kg.cli import options
from kg.query import sparql as engine


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default answers this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.1, max=600), default=engine.TIMEOUT,
              show_default=True, help="Stop a SPARQL query after this many seconds.")
@click.option("--max-rows", type=click.IntRange(min=1), default=engine.MAX_ROWS,
              show_default=True, help="Return at most this many rows per query.")
@click.option("--max-memory", type=click.IntRange(min=64), default=engine.MAX_MEMORY,
              show_default=True, help="Stop a query that needs more memory (MB).")
@click.option("--workers", type=click.IntRange(1, 32), default=2, show_default=True,
              help="Processes that answer SPARQL queries side by side.")
@options.build
def serve_cmd(host, port, timeout, max_rows, max_memory, workers, build_dir):
    """Serve the built graph, read-only: a SPARQL 1.1 endpoint at /sparql, a JSON
    API at /api, and pages (search, entities with their quotes, who can see,
    impact, diagrams, SPARQL with examples) at /."""
    import uvicorn

    from kg.serve import Config, create_app

    app = create_app(build_dir, Config(timeout=timeout, max_rows=max_rows,
                                       max_memory=max_memory, workers=workers))
    click.echo(f"serving on http://{host}:{port}/ (SPARQL at /sparql); Ctrl-C stops", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


COMMANDS = [serve_cmd]
