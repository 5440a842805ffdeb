"""kg.build: the pipeline (load, check, compile, SHACL) and what `kg build` writes."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from conftest import MINI, assert_clean_exit, edit
from kg.graph import build
from kg.errors import DataError
from kg.namespace import ID, KG


@pytest.fixture(scope="module")
def mini_graph() -> Graph:
    return build.build_graph(MINI, shacl=False)


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


def test_load_checked_raises_every_check_problem(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    channel: usb", "    channel: usbb")
    with pytest.raises(DataError) as info:
        build.load_checked(mini_dir)
    assert len(info.value.problems) == 1
    assert "unknown channel 'usbb'" in info.value.problems[0].message


def test_build_graph_twice_is_isomorphic():
    first = build.build_graph(MINI)
    second = build.build_graph(MINI)
    assert len(first) > 0
    assert isomorphic(first, second)


def test_build_graph_without_shacl_is_the_same_graph(mini_graph):
    assert isomorphic(build.build_graph(MINI, shacl=True), mini_graph)


# --- SHACL ---------------------------------------------------------------------


def test_mini_graph_satisfies_the_shapes(mini_graph):
    assert build.shacl_problems(mini_graph) == []


def test_flow_without_evidence_is_a_shacl_problem(mini_graph):
    graph = _copy(mini_graph)
    flow = ID["fact/900-flow-1"]
    evidence = list(graph.objects(flow, KG.evidence))
    assert evidence
    graph.remove((flow, KG.evidence, None))
    for node in evidence:
        graph.remove((node, None, None))
    problems = build.shacl_problems(graph)
    assert problems, "removing a flow's evidence must violate the shapes"
    assert any("900-flow-1" in p.message and "kg:evidence" in p.message for p in problems), problems
    assert all("900-flow-1" in p.message for p in problems), problems


def test_flow_without_source_endpoint_is_a_shacl_problem(mini_graph):
    graph = _copy(mini_graph)
    graph.remove((ID["fact/900-flow-1"], KG["from"], None))
    problems = build.shacl_problems(graph)
    assert any("900-flow-1" in p.message and "kg:from" in p.message for p in problems), problems


def test_evidence_without_line_is_a_shacl_problem(mini_graph):
    graph = _copy(mini_graph)
    node = ID["fact/900-rel-1-evidence-1"]
    assert (node, RDF.type, KG.Evidence) in graph
    graph.remove((node, KG.line, None))
    problems = build.shacl_problems(graph)
    assert any("900-rel-1-evidence-1" in p.message and "kg:line" in p.message for p in problems), problems


def test_build_graph_raises_on_shacl_problems(monkeypatch, mini_graph):
    broken = _copy(mini_graph)
    broken.remove((ID["fact/900-concern-1"], KG.statedOn, None))
    monkeypatch.setattr(build, "compile_dataset", lambda ds: broken)
    with pytest.raises(DataError) as info:
        build.build_graph(MINI)
    assert any("900-concern-1" in p.message and "kg:statedOn" in p.message
               for p in info.value.problems)
    # with --no-shacl the same graph goes through
    assert build.build_graph(MINI, shacl=False) is broken


# --- what `kg build` writes ----------------------------------------------------------


@pytest.fixture
def built(cli, tmp_path):
    out = tmp_path / "out"
    result = cli("build", "--data", MINI, "--out", out, "--exports")
    assert_clean_exit(result, 0)
    return out


def test_build_writes_turtle_and_json_ld(built):
    assert (built / "kg.ttl").is_file()
    assert (built / "kg.jsonld").is_file()
    assert not [p for p in built.iterdir() if p.name.startswith(".")], "temporary files left behind"


def test_written_turtle_parses_back_isomorphic(built, mini_graph):
    assert isomorphic(Graph().parse(built / "kg.ttl", format="turtle"), mini_graph)


def test_written_json_ld_parses_back_isomorphic(built, mini_graph):
    json.loads((built / "kg.jsonld").read_text("utf-8"))  # valid JSON
    assert isomorphic(Graph().parse(built / "kg.jsonld", format="json-ld"), mini_graph)


def test_written_files_keep_japanese_readable(built):
    assert "試験市" in (built / "kg.ttl").read_text("utf-8")
    assert "試験市" in (built / "kg.jsonld").read_text("utf-8")


def test_rebuilding_gives_the_same_graph(cli, built):
    before = Graph().parse(built / "kg.ttl", format="turtle")
    assert_clean_exit(cli("build", "--data", MINI, "--out", built, "--exports"), 0)
    assert isomorphic(before, Graph().parse(built / "kg.ttl", format="turtle"))


def test_default_output_folder_is_kg_build(cli, tmp_path, monkeypatch):
    target = tmp_path / "from-env"
    monkeypatch.setenv("KG_BUILD", str(target))
    assert_clean_exit(cli("build", "--data", MINI), 0)
    assert (target / "projection" / "core.json").is_file() and (target / "store").is_dir()
