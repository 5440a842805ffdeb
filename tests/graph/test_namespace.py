"""kg.namespace: the closed KG namespace and ontology/kg.ttl define the same terms."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from conftest import MINI
from kg import paths
from kg.graph.build import load_checked
from kg.graph.compile import compile_dataset
from kg.namespace import BASE, ID, KG, PREFIXES, bind_prefixes

PREFIX = str(KG)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(paths.ontology_dir() / "kg.ttl", format="turtle")


def _kg_terms(graph: Graph, positions=("s", "p", "o")) -> set[str]:
    names = set()
    for s, p, o in graph:
        for node, pos in ((s, "s"), (p, "p"), (o, "o")):
            if pos in positions and isinstance(node, URIRef) and str(node).startswith(PREFIX):
                names.add(str(node)[len(PREFIX):])
    return names


def _defined(ontology: Graph) -> set[str]:
    """Terms kg.ttl defines: every kg: subject that has an rdf:type."""
    return {str(s)[len(PREFIX):] for s in ontology.subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(PREFIX)}


def test_namespace_base():
    assert PREFIX == BASE + "ontology#"
    assert str(ID) == BASE + "id/"


def test_every_kg_term_is_defined_in_the_ontology(ontology):
    missing = sorted(set(dir(KG)) - _defined(ontology))
    assert missing == []


def test_every_ontology_term_is_in_the_kg_namespace(ontology):
    extra = sorted(_defined(ontology) - set(dir(KG)))
    assert extra == []


def test_ontology_mentions_no_undefined_kg_term(ontology):
    assert sorted(_kg_terms(ontology) - _defined(ontology)) == []


def test_shapes_use_only_defined_terms(ontology):
    shapes = Graph().parse(paths.ontology_dir() / "shapes.ttl", format="turtle")
    assert sorted(_kg_terms(shapes) - _defined(ontology)) == []


def test_compiled_graph_uses_only_defined_terms(ontology):
    graph = compile_dataset(load_checked(MINI))
    used = _kg_terms(graph)
    assert used, "the compiled graph uses kg: terms"
    assert sorted(used - _defined(ontology)) == []


def test_namespace_is_closed():
    assert KG.DataFlow == URIRef(PREFIX + "DataFlow")
    assert KG["from"] == URIRef(PREFIX + "from")
    with pytest.raises(AttributeError):
        KG.Dataflow  # noqa: B018 - a typo must fail at once
    with pytest.raises(KeyError):
        KG["dataFlow"]


def test_bind_prefixes():
    graph = bind_prefixes(Graph())
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    for prefix, namespace in PREFIXES.items():
        assert bound.get(prefix) == str(namespace)
