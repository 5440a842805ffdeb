"""kg.compile: the RDF graph of the mini fixture, compared with hand-written Turtle."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic, graph_diff
from rdflib.namespace import RDF, RDFS, SKOS

from conftest import MINI
from kg.graph.build import load_checked
from kg.graph.compile import compile_dataset
from kg.namespace import ID, KG

XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")

PREFIXES = """\
@base <https://w3id.org/jp-pdflow/id/> .
@prefix kg: <https://w3id.org/jp-pdflow/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dpv: <https://w3id.org/dpv#> .
"""


@pytest.fixture(scope="module")
def mini_graph() -> Graph:
    return compile_dataset(load_checked(MINI))


@pytest.fixture(scope="module")
def mini_text() -> str:
    return (MINI / "sources" / "900_minutes.txt").read_text("utf-8")


def _where(text: str, quote: str) -> tuple[int, int, int]:
    offset = text.index(quote)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1), offset


def _describe(graph: Graph, *nodes: URIRef) -> Graph:
    """The triples whose subject is one of ``nodes``."""
    out = Graph()
    for node in nodes:
        for p, o in graph.predicate_objects(node):
            out.add((node, p, o))
    return out


def _assert_isomorphic(actual: Graph, expected: Graph) -> None:
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        raise AssertionError("graphs differ\nonly in compiled:\n"
                             + "\n".join(sorted(" ".join(x.n3() for x in t) for t in only_actual))
                             + "\nonly in expected:\n"
                             + "\n".join(sorted(" ".join(x.n3() for x in t) for t in only_expected)))


def test_flow_and_its_evidence_match_hand_written_turtle(mini_graph, mini_text):
    quote = "健診結果票をＵＳＢメモリに保存して受託者へ渡す。"
    line, column, offset = _where(mini_text, quote)
    expected = Graph().parse(data=PREFIXES + f"""
<fact/900-flow-1> a kg:DataFlow ;
    kg:statedAt <meeting/testcity-2020-1> ;
    kg:statedOn "2020-07-01"^^xsd:date ;
    kg:source <source/900_minutes.txt> ;
    kg:municipality <entity/testcity> ;
    kg:agendaItem <fact/900-item-1> ;
    kg:controller <entity/testcity> ;
    kg:basis kg:Stated ;
    kg:evidence <fact/900-flow-1-evidence-1> ;
    kg:from <entity/testcity-kenko-ka> ;
    kg:to <entity/900-contractor> ;
    dpv:hasRecipient <entity/900-contractor> ;
    kg:carries <category/checkup-result-form> , <category/name> , <category/health> ;
    kg:channel <term/channels/usb> ;
    kg:frequency "委託期間中"@ja ;
    kg:status <term/statuses/current> ;
    kg:purpose "健診結果の入力"@ja .
<fact/900-flow-1-evidence-1> a kg:Evidence ;
    kg:quote "{quote}" ;
    kg:source <source/900_minutes.txt> ;
    kg:line {line} ;
    kg:column {column} ;
    kg:offset {offset} .
""", format="turtle")
    flow = ID["fact/900-flow-1"]
    actual = _describe(mini_graph, flow, ID["fact/900-flow-1-evidence-1"])
    _assert_isomorphic(actual, expected)
    assert line == 5


def test_re_entrustment_with_permission(mini_graph):
    rel = ID["fact/900-rel-1"]
    actual = _describe(mini_graph, rel)
    assert len(list(actual.objects(rel, KG.evidence))) == 1
    actual.remove((rel, KG.evidence, None))
    expected = Graph().parse(data=PREFIXES + """
<fact/900-rel-1> a kg:ReEntrustment ;
    kg:statedAt <meeting/testcity-2020-1> ;
    kg:statedOn "2020-07-01"^^xsd:date ;
    kg:source <source/900_minutes.txt> ;
    kg:municipality <entity/testcity> ;
    kg:agendaItem <fact/900-item-1> ;
    kg:controller <entity/testcity> ;
    kg:basis kg:Stated ;
    kg:subject <entity/900-contractor> ;
    kg:object <entity/900-subcontractor> ;
    kg:work "入力作業の一部"@ja ;
    kg:carries <category/checkup-result-form> ;
    kg:permission kg:RequiresApproval ;
    kg:status <term/statuses/current> .
""", format="turtle")
    _assert_isomorphic(actual, expected)
    # the direct shortcut beside the qualified node
    assert (ID["entity/900-contractor"], KG.reEntrusts, ID["entity/900-subcontractor"]) in mini_graph


def test_exclusion_and_safeguard(mini_graph):
    acc = ID["fact/900-access-1"]
    assert (acc, RDF.type, KG.Exclusion) in mini_graph
    assert (acc, RDF.type, KG.IncidentalAccess) not in mini_graph
    assert set(mini_graph.objects(acc, KG.party)) == {ID["entity/900-contractor"]}
    # An exclusion names what is not obtained, and never asserts dpv:hasPersonalData.
    assert set(mini_graph.objects(acc, KG.excludes)) == {ID["category/my-number"]}
    assert set(mini_graph.objects(acc, KG.carries)) == set()
    sg = ID["fact/900-sg-1"]
    assert (sg, RDF.type, KG.Safeguard) in mini_graph
    assert set(mini_graph.objects(sg, KG.protects)) == {ID["fact/900-flow-1"]}
    assert set(mini_graph.objects(sg, KG.safeguardKind)) == {ID["term/safeguard_kinds/encryption"]}
    evidence = mini_graph.value(sg, KG.evidence)
    assert mini_graph.value(evidence, KG.note) == Literal("the department's answer on media handling", lang="ja")


def test_concern_answer_and_later_correction(mini_graph):
    concern = ID["fact/900-concern-1"]
    first, second = URIRef(f"{concern}-answer-1"), URIRef(f"{concern}-answer-2")
    assert set(mini_graph.objects(concern, KG.answer)) == {first, second}
    assert (first, RDF.type, KG.Answer) in mini_graph
    assert (second, RDF.type, KG.Correction) in mini_graph
    assert mini_graph.value(first, KG.stands) == Literal(False)
    assert mini_graph.value(second, KG.stands) == Literal(True)
    assert (first, KG.supersededBy, second) in mini_graph
    assert (second, KG.supersededBy, None) not in mini_graph
    assert mini_graph.value(first, KG.answeredBy) == Literal("説明員")
    # the correction's quote was pinned to line 11
    evidence = mini_graph.value(second, KG.evidence)
    assert mini_graph.value(evidence, KG.line) == Literal(11)


def test_agenda_items_of_both_documents(mini_graph):
    item = ID["fact/900-item-1"]
    assert (item, RDF.type, KG.Consultation) in mini_graph
    assert mini_graph.value(item, KG.meeting) == ID["meeting/testcity-2020-1"]
    assert mini_graph.value(item, KG.itemNumber) == Literal("1")
    assert set(mini_graph.objects(item, KG.itemKind)) == {
        ID["term/item_kinds/outsourcing"], ID["term/item_kinds/re-entrustment"]}
    assert mini_graph.value(item, KG.outcome) == ID["term/outcomes/approved"]
    assert len(set(mini_graph.objects(item, KG.evidence))) == 2
    report = ID["fact/901-item-1"]
    assert (report, RDF.type, KG.Report) in mini_graph
    assert mini_graph.value(report, KG.statedOn) == Literal("2020-10-05", datatype=XSD_DATE)
    assert mini_graph.value(report, KG.meeting) == ID["meeting/testcity-2020-2"]


def test_entities_categories_meetings_and_sources(mini_graph):
    g = mini_graph
    contractor = ID["entity/900-contractor"]
    assert {(contractor, RDF.type, KG.UnnamedParty), (contractor, RDF.type, KG.UnnamedContractor)} <= set(g)
    assert (ID["entity/900-subcontractor"], RDF.type, KG.UnnamedSubcontractor) in g
    assert g.value(ID["entity/testcity-kenko-ka"], KG.municipality) == ID["entity/testcity"]
    assert set(g.objects(ID["entity/testcity"], RDFS.label)) == {Literal("試験市", lang="ja"),
                                                                 Literal("Test City", lang="en")}
    form = ID["category/checkup-result-form"]
    assert (form, RDF.type, KG.DocumentType) in g
    assert set(g.objects(form, KG.contains)) == {ID["category/name"], ID["category/health"]}
    my_number = ID["category/my-number"]
    assert (my_number, RDF.type, KG.DataCategory) in g
    assert g.value(my_number, KG.sensitivity) == KG.SpecificPersonalInformation
    assert g.value(my_number, SKOS.broader) == ID["category/specific-personal-information"]
    assert (my_number, SKOS.altLabel, Literal("マイナンバー", lang="ja")) in g
    meeting = ID["meeting/testcity-2020-1"]
    assert g.value(meeting, KG.date) == Literal("2020-07-01", datatype=XSD_DATE)
    assert g.value(meeting, KG.council) == ID["entity/testcity-council"]
    source = ID["source/900_minutes.txt"]
    assert g.value(source, KG.records) == meeting
    assert g.value(source, KG.fileName) == Literal("900_minutes.txt")


def test_every_evidence_node_points_at_its_quote(mini_graph):
    texts = {f.name: f.read_text("utf-8") for f in (MINI / "sources").glob("*.txt")}
    nodes = list(mini_graph.subjects(RDF.type, KG.Evidence))
    assert len(nodes) == 11
    for node in nodes:
        quote = str(mini_graph.value(node, KG.quote))
        text = texts[str(mini_graph.value(node, KG.source)).rsplit("/", 1)[-1]]
        offset = mini_graph.value(node, KG.offset).toPython()
        assert text[offset:offset + len(quote)] == quote
        assert mini_graph.value(node, KG.line).toPython() == text.count("\n", 0, offset) + 1


def test_every_fact_carries_evidence_and_a_date(mini_graph):
    facts = [s for cls in (KG.DataFlow, KG.ReEntrustment, KG.Exclusion, KG.Safeguard,
                           KG.Concern, KG.Consultation, KG.Report)
             for s in mini_graph.subjects(RDF.type, cls)]
    assert len(facts) == 7
    for fact in facts:
        assert (fact, KG.evidence, None) in mini_graph
        assert mini_graph.value(fact, KG.statedOn).datatype == XSD_DATE


def test_compiling_twice_gives_isomorphic_graphs():
    first = compile_dataset(load_checked(MINI))
    second = compile_dataset(load_checked(MINI))
    assert len(first) == len(second) > 0
    assert isomorphic(first, second)


def test_compiling_is_independent_of_file_order(mini_dir):
    # Renaming the fact files changes the order they are read in, not the graph.
    (mini_dir / "facts" / "900.yaml").rename(mini_dir / "facts" / "z900.yaml")
    assert isomorphic(compile_dataset(load_checked(mini_dir)), compile_dataset(load_checked(MINI)))


def test_an_incidental_access_has_its_status_and_an_exclusion_none(mini_graph, mini_dir):
    # an exclusion of the mini fixture: no status; the same fact made incidental and
    # planned: its status in the graph and in the projection (a contractor whose work
    # starts later sees the data then, not now)
    from kg.graph.project import project
    from kg.namespace import fact_iri, term_iri

    node = fact_iri("900-access-1")
    assert (node, KG.status, None) not in mini_graph
    facts = mini_dir / "facts" / "900.yaml"
    text = facts.read_text(encoding="utf-8").replace(
        "    type: excluded\n    party: 900-contractor\n",
        "    type: incidental\n    party: 900-contractor\n    status: planned\n")
    facts.write_text(text, encoding="utf-8")
    graph = compile_dataset(load_checked(mini_dir))
    assert set(graph.objects(node, KG.status)) == {term_iri("statuses", "planned")}
    projected = project(graph)
    facts = projected.facts if hasattr(projected, "facts") else projected["facts"]
    assert facts["900-access-1"]["status"] == "planned"
