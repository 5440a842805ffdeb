"""kg.graph.shacl: the build's SHACL Core checker agrees with pySHACL, the reference.

One copy of the bundled graph is broken in many places, each breaking a
different kind of constraint on a different node; both engines must report
exactly the same (focus node, path) pairs, and every break must be among them.
"""
from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.errors import KGError
from kg.graph.build import load_checked, shacl_problems, shacl_violations
from kg.graph.compile import compile_dataset
from kg.graph.shacl import Shapes
from kg.namespace import ID, KG


@pytest.fixture(scope="module")
def bundled_graph() -> Graph:
    return compile_dataset(load_checked())


def _first(graph, cls, having=None):
    nodes = sorted(graph.subjects(RDF.type, cls))
    if having is not None:
        nodes = [n for n in nodes if graph.value(n, having) is not None]
    assert nodes, f"the bundled graph has no {cls} to break"
    return nodes[0]


def _breaks(graph: Graph) -> dict:
    """Break ``graph`` in place; return {description: (focus, path or None)}."""
    from rdflib.namespace import XSD  # not at module level: pytest would probe it for fixtures

    flows = sorted(graph.subjects(RDF.type, KG.DataFlow))
    evidence = sorted(graph.subjects(RDF.type, KG.Evidence))
    out = {}

    def drop(node, prop, what, path):
        assert graph.value(node, prop) is not None, what
        graph.remove((node, prop, None))
        out[what] = (node, path)

    drop(flows[0], KG.evidence, "fact without evidence (minCount)", "kg:evidence")
    drop(flows[1], KG["from"], "flow without a source (minCount)", "kg:from")
    graph.add((flows[2], KG.statedAt, ID["meeting/no-such-meeting"]))
    out["two meetings, one unknown (maxCount, class)"] = (flows[2], "kg:statedAt")
    graph.set((flows[3], KG.statedOn, Literal("2020-05-01")))
    out["date as a plain string (datatype)"] = (flows[3], "kg:statedOn")
    graph.add((flows[4], KG.forAllParticipants, Literal(True)))
    out["controller and every participant (xone)"] = (flows[4], None)
    graph.set((flows[5], KG.carries, ID["entity/jlis"]))
    out["carries a party, not a category (node/or)"] = (flows[5], "kg:carries")
    graph.set((flows[6], KG.to, BNode()))
    out["flow to an untyped node (node/xone)"] = (flows[6], "kg:to")
    graph.set((evidence[0], KG.quote, Literal("x")))
    out["one-character quote (minLength)"] = (evidence[0], "kg:quote")
    graph.set((evidence[1], KG.line, Literal(0)))
    out["line 0 (minInclusive)"] = (evidence[1], "kg:line")
    graph.set((evidence[2], KG.offset, Literal("12", datatype=XSD.string)))
    out["offset as text (datatype)"] = (evidence[2], "kg:offset")
    jlis = ID["entity/jlis"]
    graph.add((jlis, RDFS.label, Literal("J-LIS", lang="fr")))
    out["label in French (languageIn)"] = (jlis, "rdfs:label")
    city = _first(graph, KG.Municipality)
    graph.add((city, RDFS.label, Literal("別名", lang="ja")))
    out["two Japanese labels (uniqueLang)"] = (city, "rdfs:label")
    instance = _first(graph, KG.System, having=KG.instanceOf)
    other = _first(graph, KG.System, having=None)
    product = graph.value(instance, KG.instanceOf)
    graph.add((product, KG.instanceOf, other))
    out["an instance of an instance (sequence path)"] = (instance, "kg:instanceOf / kg:instanceOf")
    participants = _first(graph, KG.Hosting, having=KG.forAllParticipants)
    graph.set((participants, KG.forAllParticipants, Literal(False)))
    out["every participant: false (hasValue)"] = (participants, None)
    meeting = _first(graph, KG.Meeting, having=KG.date)
    graph.remove((meeting, KG.date, None))
    graph.remove((meeting, KG.fiscalYear, None))
    out["meeting without date or year (or of property shapes)"] = (meeting, None)
    exclusion = _first(graph, KG.Exclusion)
    graph.add((exclusion, KG.carries, ID["category/my-number"]))
    out["exclusion that carries data (maxCount 0)"] = (exclusion, "kg:carries")
    item = _first(graph, KG.Consultation)
    graph.set((item, KG.outcome, KG.Allowed))
    out["outcome that is a permission (class via the ontology)"] = (item, "kg:outcome")
    return out


@pytest.fixture(scope="module")
def broken(bundled_graph):
    graph = Graph()
    for triple in bundled_graph:
        graph.add(triple)
    graph.namespace_manager = bundled_graph.namespace_manager
    breaks = _breaks(graph)
    return graph, breaks


def _pairs(violations) -> set:
    return {(v.focus, v.path) for v in violations}


def test_the_bundled_graph_satisfies_the_shapes_in_both_engines(bundled_graph):
    assert shacl_violations(bundled_graph) == []
    assert shacl_violations(bundled_graph, engine="pyshacl") == []


def test_both_engines_find_exactly_the_same_breaks(broken):
    graph, breaks = broken
    ours = _pairs(shacl_violations(graph))
    reference = _pairs(shacl_violations(graph, engine="pyshacl"))
    assert ours == reference
    missing = {what: pair for what, pair in breaks.items() if pair not in ours}
    assert not missing, missing


def test_problems_name_the_yaml_line_of_the_broken_fact(broken):
    graph, breaks = broken
    ds = load_checked()
    problems = shacl_problems(graph, ds)
    focus, path = breaks["fact without evidence (minCount)"]
    [problem] = [p for p in problems if focus.n3(graph.namespace_manager) in p.message
                 and path in p.message]
    assert problem.file.endswith(".yaml") and problem.line > 0
    assert problem.message.startswith("shape violated: ")


def test_a_shapes_file_using_an_unsupported_constraint_is_refused(tmp_path):
    path = tmp_path / "shapes.ttl"
    path.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                    "@prefix ex: <http://example.org/> .\n"
                    "ex:S a sh:NodeShape ; sh:targetClass ex:C ;\n"
                    "  sh:property [ sh:path ex:p ; sh:pattern \"^a\" ] .\n", encoding="utf-8")
    with pytest.raises(KGError, match="sh:pattern is not supported"):
        Shapes(Graph().parse(path))


def test_unknown_engine_is_an_error(bundled_graph):
    with pytest.raises(ValueError, match="unknown SHACL engine"):
        shacl_violations(bundled_graph, engine="fast")
