"""Read-only SPARQL (kg.sparql): what is allowed, what is refused, and bindings as literals."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.query.sparql import parse_bindings, run
from query_fixtures import FLOWS, flows_build, flows_graph, flows_proj  # noqa: F401

JLIS = "https://w3id.org/jp-pdflow/id/entity/jlis"
# This quote stands in 800_ko_2019.txt (evidence of 800-concern-2).
NASTY = '検索欄に "} ; DROP ALL ; # と入力した場合の扱いを確認したい。'


def test_select(flows_graph, flows_proj):
    result = run(flows_graph, "SELECT (COUNT(?f) AS ?n) WHERE { ?f a kg:DataFlow }")
    assert result["type"] == "select" and result["vars"] == ["n"]
    assert result["rows"] == [{"n": str(len(flows_proj.of_kind("flow")))}]
    assert result["rows"] == [{"n": "18"}]


def test_select_rows_by_variable(flows_graph):
    result = run(flows_graph, f"SELECT ?to WHERE {{ ?f kg:from <{JLIS}> ; kg:to ?to }} ORDER BY ?to")
    assert [r["to"].rsplit("/", 1)[1] for r in result["rows"]] == ["jlis-backup", "soumusho",
                                                                  "stats-center"]


def test_ask(flows_graph):
    assert run(flows_graph, f"ASK {{ <{JLIS}> a kg:PublicBody }}") == {"type": "ask",
                                                                       "boolean": True}
    assert run(flows_graph, f"ASK {{ <{JLIS}> a kg:Company }}")["boolean"] is False


def test_construct(flows_graph):
    result = run(flows_graph, f"""
        CONSTRUCT {{ ?s rdfs:label ?l }} WHERE {{ ?s rdfs:label ?l . FILTER(?s = <{JLIS}>) }}""")
    assert result["type"] == "construct"
    assert result["vars"] == ["subject", "predicate", "object"]
    assert {r["object"] for r in result["rows"]} == {
        "地方公共団体情報システム機構", "Japan Agency for Local Authority Information Systems"}
    assert {r["subject"] for r in result["rows"]} == {JLIS}


def test_describe(flows_graph):
    result = run(flows_graph, f"DESCRIBE <{JLIS}>")
    assert result["type"] == "describe" and result["rows"]


@pytest.mark.parametrize("query", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "INSERT { ?s <urn:b> 1 } WHERE { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR DEFAULT",
    "LOAD <http://example.org/data.ttl>",
])
def test_updates_are_refused(flows_graph, query):
    size = len(flows_graph)
    with pytest.raises(QueryError):
        run(flows_graph, query)
    assert len(flows_graph) == size


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://example.org/s> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } } } }",
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/s> { ?s ?p ?o } } }",
])
def test_service_is_refused(flows_graph, query):
    with pytest.raises(QueryError, match="SERVICE"):
        run(flows_graph, query)


@pytest.mark.parametrize("query", [
    "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "ASK FROM <http://example.org/g> { ?s ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } FROM <http://example.org/g> WHERE { ?s ?p ?o }",
])
def test_from_is_refused(flows_graph, query):
    with pytest.raises(QueryError, match="FROM"):
        run(flows_graph, query)


def test_syntax_error_is_a_query_error(flows_graph):
    with pytest.raises(QueryError) as info:
        run(flows_graph, "SELECT ?s WHERE { ?s ?p }")
    assert "\n" not in str(info.value)


# --- bindings ----------------------------------------------------------------------------


def test_parse_bindings():
    got = parse_bindings(["label=甲市", f"?e=<{JLIS}>", "q=a=b"])
    assert got == {"label": Literal("甲市"), "e": URIRef(JLIS), "q": Literal("a=b")}
    with pytest.raises(QueryError):
        parse_bindings(["no-equals-sign"])
    with pytest.raises(QueryError):
        parse_bindings(["=value"])


def test_a_bound_value_with_quotes_and_drop_is_one_literal(flows_graph):
    size = len(flows_graph)
    query = "SELECT ?e WHERE { ?e kg:quote ?q }"
    # The whole string matches the one quote that holds it: it was compared as a value,
    # never spliced into the query text.
    rows = run(flows_graph, query, parse_bindings([f"q={NASTY}"]))["rows"]
    assert len(rows) == 1
    assert rows[0]["e"].startswith("https://w3id.org/jp-pdflow/id/fact/800-concern-2")
    # A prefix of it matches nothing, and nothing was dropped.
    assert run(flows_graph, query, parse_bindings(['q="} ; DROP ALL ; #']))["rows"] == []
    assert len(flows_graph) == size
    assert NASTY in (FLOWS / "sources" / "800_ko_2019.txt").read_text(encoding="utf-8")


def test_a_bound_iri(flows_graph):
    query = "SELECT ?to WHERE { ?f kg:from ?from ; kg:to ?to }"
    rows = run(flows_graph, query, parse_bindings([f"from=<{JLIS}>"]))["rows"]
    assert len(rows) == 3
