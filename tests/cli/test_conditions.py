"""A flow's ``condition`` (the case the minutes limit it to): validated, compiled to
``kg:condition``, checked by SHACL, and shown beside the route by who-can-see, trace and
path (``‡`` and a footer in a table, a column with ``-v``, a key in JSON), on a copy of
the mini fixture whose check-up hand-over is made conditional."""
from __future__ import annotations

import json

import pytest
from rdflib import Literal, URIRef

from conftest import assert_clean_exit, edit, kg, line_of
from kg.graph import build as graph_build
from kg.namespace import KG

CASE = "受診者本人の同意を得た場合に限り"
FLOW = URIRef("https://w3id.org/jp-pdflow/id/fact/900-flow-1")


def _conditional(data_dir, condition=CASE):
    return edit(data_dir / "facts" / "900.yaml", "    purpose: 健診結果の入力\n",
                f"    purpose: 健診結果の入力\n    condition: {condition}\n")


@pytest.fixture
def built(mini_dir, tmp_path):
    _conditional(mini_dir)
    out = tmp_path / "build"
    result = kg("build", "--data", mini_dir, "--out", out)  # (SHACL on)
    assert_clean_exit(result, 0)
    return out


def test_the_condition_is_compiled_as_kg_condition_and_passes_shacl(mini_dir):
    _conditional(mini_dir)
    graph = graph_build.build_graph(mini_dir, shacl=True)
    assert list(graph.objects(FLOW, KG.condition)) == [Literal(CASE, lang="ja")]


def test_a_one_letter_condition_is_refused_at_its_line(mini_dir):
    path = _conditional(mini_dir, condition="x")
    result = kg("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    assert f"900.yaml:{line_of(path, 'condition: x')}" in result.stderr


def test_who_can_see_marks_a_conditional_route_and_names_the_case(built, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    result = kg("who-can-see", "健診結果票", "-m", "試験市", "--build", built)
    assert_clean_exit(result, 0)
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.startswith(("controller", "direct"))}
    assert "current‡" in rows["direct"] and "‡" not in rows["controller"]
    assert f"‡ only in the case the minutes state: {CASE} (see -v)" in result.stdout
    verbose = kg("who-can-see", "健診結果票", "-m", "試験市", "-v", "--build", built)
    assert CASE in verbose.stdout and "‡" not in verbose.stdout
    answer = json.loads(kg("who-can-see", "健診結果票", "--format", "json", "--build", built).stdout)
    hops = [h for p in answer["parties"] for r in p["routes"] for h in r["hops"] if h["fact"] == "900-flow-1"]
    assert hops and {h["condition"] for h in hops} == {CASE}


def test_trace_and_path_mark_the_conditional_hop(built, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    traced = kg("trace", "健診結果票", "--build", built)
    assert_clean_exit(traced, 0)
    assert "current‡" in traced.stdout and CASE in traced.stdout
    path = kg("path", "健康課", "住民健診データ入力業務受託者（名称不明）", "--format", "csv", "--build", built)
    assert_clean_exit(path, 0)
    assert CASE in path.stdout and "‡" not in path.stdout  # (CSV: a column, no mark)


def test_an_unconditional_route_has_no_mark(mini_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    out = tmp_path / "plain"
    assert_clean_exit(kg("build", "--data", mini_dir, "--out", out), 0)
    result = kg("who-can-see", "健診結果票", "-m", "試験市", "--build", out)
    assert_clean_exit(result, 0)
    assert "‡" not in result.stdout
