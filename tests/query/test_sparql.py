"""Read-only SPARQL (kg.query.sparql) on the built Oxigraph store: what is allowed,
what is refused before it runs, bindings as values, and the limits that stop a
query that would hurt (time, memory, rows)."""
from __future__ import annotations

import time

import pytest

from kg import paths
from kg.errors import QueryError
from kg.graph.store import store_path
from kg.query.sparql import cell, check, compact, example, examples, parse_bindings, run
from query_fixtures import FLOWS, flows_build, flows_proj  # noqa: F401

JLIS = "https://w3id.org/jp-pdflow/id/entity/jlis"
# This quote stands in 800_ko_2019.txt (evidence of 800-concern-2).
NASTY = '検索欄に "} ; DROP ALL ; # と入力した場合の扱いを確認したい。'


@pytest.fixture(scope="module")
def store(flows_build):
    return store_path(flows_build)


def _values(result, var):
    return [row[var]["value"] for row in result["rows"]]


def test_select(store, flows_proj):
    result = run(store, "SELECT (COUNT(?f) AS ?n) WHERE { ?f a kg:DataFlow }")
    assert result["type"] == "select" and result["vars"] == ["n"]
    assert _values(result, "n") == [str(len(flows_proj.of_kind("flow")))]
    assert result["rows"][0]["n"]["datatype"].endswith("#integer")
    assert result["truncated"] is False


def test_select_rows_by_variable(store):
    result = run(store, "SELECT ?to WHERE { entity:jlis ^kg:from/kg:to ?to } ORDER BY ?to")
    assert [v.rsplit("/", 1)[1] for v in _values(result, "to")] == [
        "jlis-backup", "soumusho", "stats-center"]
    assert result["rows"][0]["to"]["type"] == "uri"


def test_ask(store):
    assert run(store, f"ASK {{ <{JLIS}> a kg:PublicBody }}") == {"type": "ask", "boolean": True}
    assert run(store, f"ASK {{ <{JLIS}> a kg:Company }}")["boolean"] is False


def test_construct_and_describe(store):
    result = run(store, f"CONSTRUCT {{ <{JLIS}> rdfs:label ?l }} WHERE {{ <{JLIS}> rdfs:label ?l }}")
    assert result["type"] == "construct" and result["vars"] == ["subject", "predicate", "object"]
    assert {r["object"]["value"] for r in result["rows"]} == {
        "地方公共団体情報システム機構", "Japan Agency for Local Authority Information Systems"}
    assert {r["object"].get("xml:lang") for r in result["rows"]} == {"ja", "en"}
    assert run(store, f"DESCRIBE <{JLIS}>")["rows"]


# --- refused before anything runs ----------------------------------------------------


@pytest.mark.parametrize("query", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "insert { ?s <urn:b> 1 } where { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "LOAD <http://example.org/data.ttl>",
    "PREFIX ex: <urn:x#> WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_updates_are_refused(store, query):
    with pytest.raises(QueryError, match="read-only"):
        run(store, query)
    assert run(store, "ASK { ?s a kg:DataFlow }")["boolean"] is True


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { service silent <http://example.org/s> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } } } }",
])
def test_service_is_refused(store, query):
    with pytest.raises(QueryError, match="SERVICE"):
        run(store, query)


@pytest.mark.parametrize("query", [
    "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
    "ASK FROM NAMED <http://example.org/g> { ?s ?p ?o }",
])
def test_from_is_refused(store, query):
    with pytest.raises(QueryError, match="FROM"):
        run(store, query)


@pytest.mark.parametrize("query", [
    'SELECT ?s WHERE { ?s rdfs:label "SERVICE INSERT FROM" }',          # words in a string
    "SELECT ?s WHERE { ?s a <http://example.org/SERVICE/insert> }",      # ... in an IRI
    "SELECT ?delete WHERE { ?delete a kg:DataFlow } # INSERT DATA",      # a variable, a comment
])
def test_keywords_inside_strings_iris_and_comments_are_harmless(store, query):
    assert check(query) == "select"
    run(store, query)


def test_syntax_errors_say_where(store):
    with pytest.raises(QueryError) as info:
        run(store, "SELECT ?s WHERE {\n  ?s ?p \n")
    message = str(info.value)
    assert message.startswith("syntax error at line ") and "column" in message
    assert "\n" not in message


def test_not_a_query(store):
    with pytest.raises(QueryError, match="not a SPARQL query"):
        run(store, "PREFIX ex: <urn:x#>")


# --- bindings are values ---------------------------------------------------------------


def test_parse_bindings():
    got = parse_bindings(["label=甲市", f"?e=<{JLIS}>", "q=a=b"])
    assert got == {"label": ("literal", "甲市"), "e": ("uri", JLIS), "q": ("literal", "a=b")}
    for bad in (["no-equals-sign"], ["=value"], ["a b=1"]):
        with pytest.raises(QueryError, match="name=value"):
            parse_bindings(bad)


def test_a_bound_value_with_quotes_and_drop_is_one_literal(store):
    query = "SELECT ?e WHERE { ?e kg:quote ?q }"
    # The whole string matches the one quote that holds it: it was compared as a value,
    # never spliced into the query text.
    rows = run(store, query, parse_bindings([f"q={NASTY}"]))["rows"]
    assert len(rows) == 1
    assert rows[0]["e"]["value"].startswith("https://w3id.org/jp-pdflow/id/fact/800-concern-2")
    assert run(store, query, parse_bindings(['q="} ; DROP ALL ; #']))["rows"] == []
    assert run(store, "ASK { ?s a kg:DataFlow }")["boolean"] is True
    assert NASTY in (FLOWS / "sources" / "800_ko_2019.txt").read_text(encoding="utf-8")


def test_a_bound_iri(store):
    query = "SELECT ?to WHERE { ?f kg:from ?from ; kg:to ?to }"
    assert len(run(store, query, parse_bindings([f"from=<{JLIS}>"]))["rows"]) == 3


# --- limits ------------------------------------------------------------------------------

CROSS_2 = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
CROSS_3 = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SORTED_3 = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"


@pytest.mark.parametrize("query", [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER (STR(?c) = STR(?f) + STR(?i)) }"])
def test_a_query_that_never_ends_is_stopped_at_its_timeout(store, query):
    start = time.monotonic()
    with pytest.raises(QueryError, match=r"query stopped after 1\.5 s"):
        run(store, query, timeout=1.5)
    assert time.monotonic() - start < 5
    assert run(store, "ASK { ?s ?p ?o }")["boolean"] is True  # and the next one runs


def test_a_query_that_needs_too_much_memory_is_stopped(store):
    with pytest.raises(QueryError, match="more than 200 MB"):
        run(store, SORTED_3, timeout=60, max_memory=200)


def test_the_memory_limit_counts_only_what_the_query_adds(store):
    # A caller that is itself large (a test session, a notebook) forks a child that
    # shares its pages; those must not count against the query's allowance.
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # touch every page so it is resident
    # A count over a cross product streams: it takes a while in little memory.
    answer = run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }",
                 max_memory=128)
    assert int(answer["rows"][0]["n"]["value"]) > 0
    del ballast


@pytest.mark.parametrize("query", [CROSS_2, CROSS_3])
def test_rows_past_the_cap_are_not_returned(store, query):
    start = time.monotonic()
    result = run(store, query, max_rows=100)
    assert len(result["rows"]) == 100 and result["truncated"] is True
    assert time.monotonic() - start < 5


# --- showing results, examples ----------------------------------------------------------


def test_compact_names_and_labels():
    assert compact("https://w3id.org/jp-pdflow/ontology#DataFlow") == "kg:DataFlow"
    assert compact(JLIS) == "entity:jlis"
    assert compact(JLIS, {JLIS: "地方公共団体情報システム機構"}) == "地方公共団体情報システム機構"
    assert compact("https://w3id.org/dpv/pd#OfficialID") == "pd:OfficialID"
    assert compact("http://example.org/other") == "http://example.org/other"
    assert cell({"type": "literal", "value": "甲市", "xml:lang": "ja"}) == "甲市"
    assert cell(None) == ""


def test_examples_are_listed_with_titles():
    found = examples()
    assert len(found) >= 5
    for ex in found:
        assert ex["title"] and ex["title_en"] and check(ex["text"])
    assert example(found[0]["name"]) == found[0]
    with pytest.raises(QueryError, match="the examples are"):
        example("no-such-example")


def test_every_example_runs_on_the_bundled_build(real_build):
    for ex in examples():
        result = run(store_path(real_build), ex["text"])
        assert result.get("rows") or result.get("boolean"), ex["name"]


def test_examples_live_with_the_ontology():
    assert (paths.ontology_dir() / "queries").is_dir()


def test_bound_values_reach_filters_and_subqueries(store):
    query = "SELECT ?e WHERE { ?e rdfs:label ?l FILTER (STR(?l) = ?name) }"
    rows = run(store, query, parse_bindings(["name=甲市"]))["rows"]
    assert [r["e"]["value"].rsplit("/", 1)[1] for r in rows] == ["ko-city"]
    construct = "CONSTRUCT { ?e a ?t } WHERE { ?e a ?t ; rdfs:label ?l FILTER (STR(?l) = ?n) }"
    assert run(store, construct, parse_bindings(["n=甲市"]))["rows"]
    with pytest.raises(QueryError, match="cannot bind values: the query has no WHERE pattern"):
        run(store, "CONSTRUCT { ?s ?p ?o } WHERE", parse_bindings(["n=x"]))


def test_the_sparql_page_shows_every_example_as_it_is():
    page = (paths.ontology_dir().parent / "docs" / "sparql.md")
    if not page.is_file():  # installed from a wheel: the docs are not shipped
        pytest.skip("docs/ not installed")
    text = page.read_text(encoding="utf-8")
    for ex in examples():
        body = "\n".join(line for line in ex["text"].splitlines()
                         if not line.startswith("# title")).strip()
        assert f"--example {ex['name']}" in text and body in text, ex["name"]


def test_an_answer_sent_just_before_the_query_process_ends_is_read(store, monkeypatch):
    # (a benchmark run failed once: the child sent its answer and ended between the parent's
    # poll and its look at whether the child still ran, and that read as a crash)
    import multiprocessing

    import kg.query.sparql as sparql

    real_pipe = multiprocessing.Pipe

    class Late:
        """The parent's end of the pipe, whose first wait sees nothing while the child
        answers and ends."""

        def __init__(self, conn):
            self.conn, self.first = conn, True

        def poll(self, timeout=0.0):
            if self.first and timeout:
                self.first = False
                time.sleep(2)
                return False
            return self.conn.poll(timeout)

        def __getattr__(self, name):
            return getattr(self.conn, name)

    def pipe(duplex=True):
        reader, writer = real_pipe(duplex=duplex)
        return Late(reader), writer

    monkeypatch.setattr(sparql.multiprocessing, "Pipe", pipe)
    assert run(store, "ASK { ?s a kg:DataFlow }") == {"type": "ask", "boolean": True}
