"""``kg serve`` and ``kg push``: the built graph for a team, and for the SPARQL
stores organisations already run."""
from __future__ import annotations

import os

import click

from kg.cli import options
from kg.cli.output import render
from kg.cli.sparql import query_limits
from kg.errors import KGError


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default answers this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@query_limits
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


#: The environment variable ``kg push`` reads the password from (never an argument).
PASSWORD_VARIABLE = "KG_PUSH_PASSWORD"


@click.command("push")
@click.argument("url")
@click.option("--graph", default=None, metavar="IRI",
              help="Replace this named graph (an absolute IRI). Default: the server's "
                   "default graph.")
@click.option("--user", default=None, metavar="NAME",
              help="Sign in as NAME (HTTP Basic or Digest, as the server asks); the password "
                   f"is read from ${PASSWORD_VARIABLE}.")
# The default is kg.serve.push.TIMEOUT, read when the command runs: importing kg.serve
# here would load the web server's modules for every kg command.
@click.option("--timeout", type=click.FloatRange(min=1, max=86400), default=None,
              metavar="SECONDS", help="Wait this long for the server at any one step "
                                      "(connecting, sending, its answer).  [default: 600]")
@options.build
@options.output_format
def push_cmd(url, graph, user, timeout, build_dir, fmt):
    """Load the built graph into the SPARQL server at URL, replacing one graph.

    URL is the server's SPARQL 1.1 Graph Store endpoint: Oxigraph
    http://HOST:7878/store, Fuseki http://HOST:3030/DATASET/data, Virtuoso
    http://HOST:8890/sparql-graph-crud-auth (with --graph and --user). The graph
    and the ontology go in one PUT, which replaces what the graph held before;
    see docs/push.md."""
    from kg.serve.push import TIMEOUT, push

    password = None
    if user is not None:
        password = os.environ.get(PASSWORD_VARIABLE)
        if password is None:
            raise KGError(f"set ${PASSWORD_VARIABLE} to the password of {user!r} (it is never "
                          "read from the command line)")
    result = push(url, graph, build_dir=build_dir, user=user, password=password,
                  timeout=timeout or TIMEOUT)
    row = {**result, "graph": result["graph"] or "(default graph)"}
    footer = (f"replaced {row['graph']} at {result['url']} with {result['triples']:,} triples "
              f"(HTTP {result['status']})")
    options.emit(render(result, fmt, rows=[row],
                        columns=["url", "graph", "triples", "bytes", "seconds", "status"],
                        footer=footer))


COMMANDS = [serve_cmd, push_cmd]
