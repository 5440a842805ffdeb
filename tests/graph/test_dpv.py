"""The DPV view of the graph (kg.graph.dpv): roles come from the facts, in context."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF

from kg import paths
from kg.graph.store import load_rdf, store_path
from kg.namespace import DPV, ID, KG
from kg.query.sparql import run
from query_fixtures import source_line

PD_OFFICIAL_ID = URIRef("https://w3id.org/dpv/pd#OfficialID")


@pytest.fixture(scope="module")
def real_graph(real_build) -> Graph:
    return load_rdf(real_build)


def _entity(key: str) -> URIRef:
    return ID[f"entity/{key}"]


def test_dpv_query_lists_processors_and_sub_processors_with_quotes(real_build, real_data):
    query = (paths.ontology_dir() / "queries" / "dpv-processors.rq").read_text(encoding="utf-8")
    rows = [{k: v["value"] for k, v in row.items()}
            for row in run(store_path(real_build), query)["rows"]]
    found = {(r["processor"].rsplit("/", 1)[1], r["role"].rsplit("#", 1)[1]) for r in rows}
    assert found == {
        ("jlis", "DataProcessor"),                       # hosts the certificate centre
        ("konbini-operators", "DataProcessor"),          # host the kiosks
        ("000-hitachi-systems", "DataProcessor"),        # builds the certificate server
        ("kokuho-rengokai-tokyo", "DataProcessor"),      # entrusted with the NHI upload
        ("000-kokuho-shuyaku-subcontractor", "DataSubProcessor"),   # unnamed, re-entrusted
    }
    sources = {s.name for s in (real_data / "sources").iterdir()}
    for row in rows:  # every quote stands in the minutes of 東村山市
        assert any(row["quote"] in (real_data / "sources" / s).read_text(encoding="utf-8")
                   for s in sources if s.startswith("000_"))


def test_no_municipality_processes_its_own_data(real_graph):
    for ctx in real_graph.subjects(RDF.type, DPV.PersonalDataHandling):
        controller = real_graph.value(ctx, DPV.hasDataController)
        for processor in real_graph.objects(ctx, DPV.hasDataProcessor):
            assert processor != controller
            assert real_graph.value(processor, KG.municipality) != controller or \
                (processor, RDF.type, KG.Department) not in real_graph


def test_every_context_says_whose_data_what_data_and_why(real_graph):
    contexts = list(real_graph.subjects(RDF.type, DPV.PersonalDataHandling))
    assert len(contexts) > 20
    for ctx in contexts:
        assert (ctx, DPV.hasDataController, None) in real_graph
        assert (ctx, DPV.hasDataProcessor, None) in real_graph
        assert (ctx, DPV.hasPersonalData, None) in real_graph
        derived = list(real_graph.objects(ctx, PROV.wasDerivedFrom))
        assert any((d, PROV.value, None) in real_graph for d in derived), ctx


def test_roles_are_not_fixed_by_class(real_graph):
    ontology = Graph().parse(paths.ontology_dir() / "kg.ttl")
    from rdflib.namespace import RDFS
    for cls in (DPV.DataController, DPV.DataProcessor, DPV.DataSubProcessor):
        assert (None, RDFS.subClassOf, cls) not in ontology
    # the city that runs no processing for others is a controller only
    assert (_entity("higashimurayama"), RDF.type, DPV.DataProcessor) not in real_graph


def test_exclusions_assert_no_personal_data(real_graph):
    from kg.namespace import KG as K
    for exclusion in real_graph.subjects(RDF.type, K.Exclusion):
        assert (exclusion, K.carries, None) not in real_graph
        assert (exclusion, DPV.hasPersonalData, None) not in real_graph
        assert (exclusion, K.excludes, None) in real_graph


def test_flows_to_parties_have_recipients_and_flows_to_systems_do_not(real_graph):
    for flow in real_graph.subjects(RDF.type, KG.DataFlow):
        target = real_graph.value(flow, KG.to)
        is_system = (target, RDF.type, KG.System) in real_graph
        assert ((flow, DPV.hasRecipient, target) in real_graph) is not is_system
