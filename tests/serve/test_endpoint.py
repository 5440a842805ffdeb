"""The SPARQL 1.1 Protocol endpoint, used by standard clients unchanged; bad requests
get clear HTTP errors and leave the server serving."""
from __future__ import annotations

import csv
import io
import json

import httpx

from serve_fixtures import server, xss_server  # noqa: F401
import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

JLIS = "https://w3id.org/jp-pdflow/id/entity/jlis"
LABELS = f"SELECT ?l WHERE {{ <{JLIS}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"


def labels_of(rows):
    return sorted(r["l"]["value"] for r in rows)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json(server, method):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setMethod(method)
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert labels_of(rows) == ["Japan Agency for Local Authority Information Systems (J-LIS)",
                               "地方公共団体情報システム機構"]


def test_sparqlwrapper_xml_csv_ask_construct(server):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(LABELS)
    client.setReturnFormat(XML)
    xml = client.query().convert()
    assert len(xml.getElementsByTagName("result")) == 2
    client.setReturnFormat(CSV)
    rows = list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))
    assert rows[0] == ["l"] and len(rows) == 3
    client.setQuery(f"ASK {{ <{JLIS}> a <https://w3id.org/jp-pdflow/ontology#PublicBody> }}")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(f"CONSTRUCT {{ <{JLIS}> ?p ?o }} WHERE {{ <{JLIS}> ?p ?o }}")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) > 5


def test_rdflib_sparqlstore_reads_it(server):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(server.url + "/sparql", returnFormat="json"))
    rows = list(graph.query(LABELS))
    assert sorted(str(r[0]) for r in rows)[1] == "地方公共団体情報システム機構"


@pytest.mark.parametrize("accept, start", [
    ("text/csv", "l\r\n"), ("text/tab-separated-values", "?l\n"),
    ("application/sparql-results+xml", "<?xml"), ("application/sparql-results+json", "{")])
def test_content_negotiation(server, accept, start):
    response = httpx.get(server.url + "/sparql", params={"query": LABELS},
                         headers={"Accept": accept})
    assert response.status_code == 200 and response.text.startswith(start)
    assert response.headers["content-type"].startswith(accept)


def test_prefixes_are_declared_and_queries_may_be_posted_directly(server):
    response = httpx.post(server.url + "/sparql",
                          content="SELECT (COUNT(?f) AS ?n) WHERE { ?f a kg:DataFlow }",
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 200
    assert int(response.json()["results"]["bindings"][0]["n"]["value"]) > 100


BAD = [
    ("GET", {"query": "SELECT ?s WHERE { ?s ?p"}, None, 400, "syntax error at line 1"),
    ("GET", {"update": "DROP ALL"}, None, 403, "read-only"),
    ("POST", None, ("application/sparql-update", "DROP ALL"), 403, "read-only"),
    ("GET", {"query": "DELETE WHERE { ?s ?p ?o }"}, None, 403, "read-only"),
    ("GET", {"query": "SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }"}, None,
     403, "SERVICE"),
    ("GET", {"query": "LOAD <http://example.org/x.ttl>"}, None, 403, "read-only"),
    ("GET", {"query": LABELS, "default-graph-uri": "http://example.org/g"}, None, 400, "dataset"),
    ("GET", {}, None, 400, "no query"),
    ("POST", None, ("text/plain", LABELS), 415, "application/sparql-query"),
    ("GET", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"}, None,
     503, "query stopped after 3 s"),
]


@pytest.mark.parametrize("method, params, body, status, fragment", BAD,
                         ids=[f"{b[3]}-{b[4][:20]}" for b in BAD])
def test_bad_requests_get_clear_errors_and_the_server_keeps_serving(server, method, params, body,
                                                                    status, fragment):
    if method == "GET":
        response = httpx.get(server.url + "/sparql", params=params, timeout=30)
    else:
        response = httpx.post(server.url + "/sparql", content=body[1].encode(),
                              headers={"Content-Type": body[0]}, timeout=30)
    assert response.status_code == status, response.text
    assert fragment in response.text
    assert server.alive()
    assert httpx.get(server.url + "/sparql", params={"query": LABELS}).status_code == 200


def test_a_ten_megabyte_query_is_refused_unread(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 10_000_000
    response = httpx.post(server.url + "/sparql", content=big.encode(),
                          headers={"Content-Type": "application/sparql-query"}, timeout=60)
    assert response.status_code == 413 and "larger than" in response.text
    assert server.alive()


def test_rows_past_the_cap_are_cut_and_said(server):
    response = httpx.get(server.url + "/sparql",
                         params={"query": "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }"}, timeout=30)
    assert response.status_code == 200
    assert len(response.json()["results"]["bindings"]) == 5000
    assert "add LIMIT" in response.headers["x-result-truncated"]


def test_an_unacceptable_format_is_406(server):
    response = httpx.get(server.url + "/sparql", params={"query": LABELS},
                         headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_every_response_has_the_security_headers(server):
    for path in ("/", "/sparql?query=ASK%7B%7D", "/api", "/entity/jlis", "/nowhere"):
        headers = httpx.get(server.url + path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert json.dumps(headers.get("server")) == "null"  # no server banner


# Starlette's test client warns that it will move to another HTTP library.
@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")
def test_an_answer_is_kept_for_the_same_query_and_failures_are_not(real_build):
    # In-process, so that the query processes can be swapped for ones that fail:
    # a query asked before is still answered (from the answers kept), a new one
    # gets the failure, and the failure is not kept for later.
    from starlette.testclient import TestClient

    from kg.errors import QueryError
    from kg.serve.app import create_app

    class Failing:
        def run(self, text, **limits):
            raise QueryError("the server is busy: no query process was free within 1 s")

    app = create_app(real_build)
    with TestClient(app) as client:
        asked = client.get("/sparql", params={"query": LABELS},
                           headers={"Accept": "application/sparql-results+json"})
        assert asked.status_code == 200
        working, app.state.pool = app.state.pool, Failing()
        again = client.get("/sparql", params={"query": LABELS},
                           headers={"Accept": "application/sparql-results+json"})
        assert again.status_code == 200 and again.json() == asked.json()
        new = "ASK { ?s ?p ?o }"
        assert client.get("/sparql", params={"query": new}).status_code == 503
        app.state.pool = working
        assert client.get("/sparql", params={"query": new}).status_code == 200
