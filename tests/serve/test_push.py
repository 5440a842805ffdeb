"""`kg push` into a real Oxigraph server: after a push the server answers the same
SPARQL queries with the same rows as `kg sparql`, a second push replaces rather
than appends, named graphs work, and every failure is one line with exit 1."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pyoxigraph
import pytest

from conftest import assert_clean_exit, kg
from serve_fixtures import free_port, stop_process
from kg.query import sparql as engine

FLOWS_PER_MUNICIPALITY = """
SELECT ?municipality (COUNT(DISTINCT ?flow) AS ?flows) WHERE {
  ?flow a kg:DataFlow ; kg:controller ?municipality .
} GROUP BY ?municipality"""
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
QUERIES = [("flows-per-municipality", FLOWS_PER_MUNICIPALITY)] + [
    (e["name"], e["text"]) for e in engine.examples()]
# Characters that must be escaped in the URL: Japanese, "?", "&", "=".
NAMED = "https://example.org/グラフ/kg?edition=1&scope=all"


def _oxigraph_command() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the `oxigraph` server command is missing: pip install -e '.[test]'")
    return found


class Oxigraph:
    """`oxigraph serve` on a free loopback port, with its data in ``folder``."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [_oxigraph_command(), "serve", "--location", str(folder),
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve ended: {self.process.stderr.read()}")
            try:
                if httpx.get(self.url + "/query", params={"query": "ASK {}"},
                             timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("oxigraph serve did not answer within 30 s")

    def select(self, query: str) -> list[dict]:
        """Rows of a SELECT on the server, with the prefixes `kg sparql` declares."""
        declared = "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in engine.prefixes().items())
        response = httpx.post(self.url + "/query", data={"query": declared + query},
                              headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert response.status_code == 200, response.text
        return response.json()["results"]["bindings"]

    def count(self, graph: str | None = None) -> int:
        query = (f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {pyoxigraph.NamedNode(graph)} "
                 "{ ?s ?p ?o } }" if graph else COUNT)
        return int(self.select(query)[0]["n"]["value"])

    def version(self) -> tuple[int, ...]:
        """The server's version, from its Server header (``Oxigraph/0.5.13``)."""
        header = httpx.get(self.url + "/query", params={"query": "ASK {}"}).headers["server"]
        return tuple(int(part) for part in header.split("/")[1].split(".")[:3])

    def stop(self) -> None:
        stop_process(self.process)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    server = Oxigraph(tmp_path_factory.mktemp("oxigraph") / "data")
    yield server
    server.stop()


def push(*args):
    """`kg push ... --format json` -> its answer; fails the test if the push fails."""
    result = kg("push", *args, "--format", "json")
    assert_clean_exit(result, 0)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def pushed(oxigraph, real_build):
    return push(oxigraph.url + "/store", "--build", real_build)


def local_rows(build: Path, query: str) -> list[dict]:
    result = kg("sparql", query, "--build", build, "--format", "json", "--max-rows", 1_000_000)
    assert_clean_exit(result, 0)
    answer = json.loads(result.stdout)
    assert not answer["truncated"]
    return answer["rows"]


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def as_multiset(rows: list[dict]) -> Counter:
    """Rows as comparable values: every term's kind, value, language and datatype.

    Blank nodes are renamed by any store they are loaded into, so they compare as
    one placeholder; plain strings may or may not carry xsd:string.
    """
    def term(t: dict) -> tuple:
        if t["type"] == "bnode":
            return ("bnode",)
        datatype = t.get("datatype")
        return (t["type"], t["value"], t.get("xml:lang"),
                None if datatype == XSD_STRING else datatype)

    return Counter(frozenset((var, term(t)) for var, t in row.items()) for row in rows)


def test_push_reports_what_it_sent(pushed, oxigraph, real_build):
    local = int(local_rows(real_build, COUNT)[0]["n"]["value"])
    assert pushed["triples"] == local == oxigraph.count()
    assert pushed["status"] in (201, 204) and pushed["graph"] is None
    assert pushed["bytes"] > pushed["triples"] * 20  # N-Triples: a full line per triple
    assert pushed["url"] == oxigraph.url + "/store"


def test_the_ontology_is_pushed_too(pushed, oxigraph):
    # Class labels come from the ontology: queries that show them need it on the server.
    rows = oxigraph.select("SELECT ?l WHERE { kg:DataFlow rdfs:label ?l }")
    assert rows, "the ontology's labels are missing on the server"


@pytest.mark.parametrize("name, query", QUERIES, ids=[q[0] for q in QUERIES])
def test_the_server_answers_as_kg_sparql_does(pushed, oxigraph, real_build, name, query):
    local = local_rows(real_build, query)
    assert local, f"{name} has no rows on the bundled data: the comparison would prove nothing"
    assert as_multiset(oxigraph.select(query)) == as_multiset(local)


STALE = '<https://example.org/stale> <https://example.org/p> "left over from before" .\n'


def add_stale_triple(server: Oxigraph, graph: str | None = None) -> None:
    """Add one triple the build does not have (POST appends) to the server's graph."""
    target = {"graph": graph} if graph else {"default": ""}
    response = httpx.post(server.url + "/store", params=target, content=STALE.encode(),
                          headers={"Content-Type": "application/n-triples"})
    assert response.status_code in (200, 201, 204), response.text


def has_stale_triple(server: Oxigraph, graph: str | None = None) -> bool:
    pattern = "<https://example.org/stale> ?p ?o"
    if graph:
        pattern = f"GRAPH {pyoxigraph.NamedNode(graph)} {{ {pattern} }}"
    return bool(server.select(f"SELECT ?o WHERE {{ {pattern} }}"))


def test_a_push_replaces_what_the_graph_held(pushed, oxigraph, real_build):
    add_stale_triple(oxigraph)
    assert oxigraph.count() == pushed["triples"] + 1 and has_stale_triple(oxigraph)
    again = push(oxigraph.url + "/store", "--build", real_build)
    assert again["status"] in (200, 204)  # the default graph existed: replaced, not created
    assert not has_stale_triple(oxigraph)
    assert oxigraph.count() == pushed["triples"] == again["triples"]  # not doubled either


def test_readers_see_the_old_graph_or_the_new_never_part(pushed, oxigraph, real_build):
    if oxigraph.version() < (0, 5, 10):
        pytest.skip("Oxigraph before 0.5.10 empties the graph in a transaction of its own "
                    "(oxigraph#1895): readers may see it empty during a push")
    seen, done = [], threading.Event()

    def poll():
        while not done.is_set():
            seen.append(oxigraph.count())

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        for _ in range(3):
            push(oxigraph.url + "/store", "--build", real_build)
    finally:
        done.set()
        reader.join()
    assert len(seen) > 10, "the reader did not overlap the pushes"
    assert set(seen) == {pushed["triples"]}


def test_push_to_a_named_graph_then_query_it(pushed, oxigraph, real_build):
    named = push(oxigraph.url + "/store", "--graph", NAMED, "--build", real_build)
    assert named["graph"] == NAMED and named["status"] == 201
    assert oxigraph.count(NAMED) == named["triples"] == pushed["triples"]
    assert oxigraph.count() == pushed["triples"]  # the default graph is untouched
    graphs = {r["g"]["value"] for r in oxigraph.select("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")}
    assert NAMED in graphs
    iri = str(pyoxigraph.NamedNode(NAMED))
    from_named = FLOWS_PER_MUNICIPALITY.replace("WHERE", f"FROM {iri} WHERE", 1)
    assert as_multiset(oxigraph.select(from_named)) == as_multiset(
        local_rows(real_build, FLOWS_PER_MUNICIPALITY))
    add_stale_triple(oxigraph, NAMED)
    again = push(oxigraph.url + "/store", "--graph", NAMED, "--build", real_build)
    assert again["status"] == 204 and not has_stale_triple(oxigraph, NAMED)
    assert oxigraph.count(NAMED) == named["triples"]


def _fails(*args, env: dict | None = None):
    """Run `kg push`; it must fail with exit 1 and exactly one line on stderr."""
    result = kg("push", *args) if env is None else _with_env(env, *args)
    assert_clean_exit(result, 1)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert result.stdout == ""
    return lines[0]


def _with_env(env, *args):
    from click.testing import CliRunner

    from kg.cli import main

    return CliRunner(env=env).invoke(main, ["push", *map(str, args)], catch_exceptions=True)


@pytest.mark.parametrize("url, graph, fragment", [
    ("ftp://example.org/store", None, "is not an http:// or https:// URL"),
    ("file:///tmp/store", None, "is not an http:// or https:// URL"),
    ("localhost:7878/store", None, "is not an http:// or https:// URL"),
    ("http://kg:secret@127.0.0.1:7878/store", None, "not in the URL"),
    ("http://127.0.0.1:7878/store?graph=urn:x", None, "give the graph with --graph"),
    ("http://127.0.0.1:7878/store", "graph1", "is not an absolute IRI"),
    ("http://127.0.0.1:7878/store", "https://example.org/a graph", "is not an absolute IRI"),
    ("http://127.0.0.1:7878/store", "<https://example.org/g>", "is not an absolute IRI"),
])
def test_bad_urls_and_graphs_are_refused_before_any_work(tmp_path, url, graph, fragment):
    # no build at all: the URL and the graph are checked first
    args = [url, "--build", tmp_path] + (["--graph", graph] if graph else [])
    line = _fails(*args)
    assert fragment in line
    assert "secret" not in line


def test_no_build(oxigraph, tmp_path):
    assert "no built graph" in _fails(oxigraph.url + "/store", "--build", tmp_path / "none")


def test_connection_refused(real_build):
    port = free_port()  # nothing listens there
    line = _fails(f"http://127.0.0.1:{port}/store", "--build", real_build)
    assert f"cannot connect to 127.0.0.1:{port} (connection refused)" in line


def test_wrong_path_is_a_404(oxigraph, real_build):
    line = _fails(oxigraph.url + "/nothing-here", "--build", real_build)
    assert "404" in line and "no Graph Store endpoint at this path" in line


def test_user_without_password_variable(real_build):
    line = _fails("http://127.0.0.1:1/store", "--user", "kg", "--build", real_build,
                  env={"KG_PUSH_PASSWORD": None})
    assert "set $KG_PUSH_PASSWORD" in line


def test_help_names_the_password_variable_and_the_default_timeout():
    from kg.serve.push import TIMEOUT

    result = kg("push", "-h")
    assert_clean_exit(result, 0)
    text = " ".join(result.stdout.split())
    assert "$KG_PUSH_PASSWORD" in text and f"[default: {TIMEOUT:g}]" in text
