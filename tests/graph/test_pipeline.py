"""kg.graph.pipeline: the build by document, incremental, gives the graph of a full build.

Every comparison is against the in-memory reference (load, check, compile the
whole dataset at once) or against a fresh full build of the same data, with
rdflib's isomorphism test.
"""
from __future__ import annotations

import shutil

import orjson
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import edit
from kg import paths
from kg.errors import DataError
from kg.graph import pipeline
from kg.graph.assemble import ONTOLOGY_GRAPH
from kg.graph.build import load_checked
from kg.graph.compile import compile_dataset
from kg.graph.project import project
from kg.graph.store import load_projection


def _data_graph(build) -> Graph:
    store = ox.Store.read_only(str(build / "store"))
    text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Graph().parse(data=text, format="nt")


def _ontology_graph(build) -> Graph:
    store = ox.Store.read_only(str(build / "store"))
    text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    return Graph().parse(data=text, format="nt")


def _reference(data) -> tuple[Graph, dict]:
    ds = load_checked(data)
    graph = compile_dataset(ds)
    proj = project(graph).data
    proj["rules"] = ds.rules
    return graph, orjson.loads(orjson.dumps(proj, option=orjson.OPT_NON_STR_KEYS))


_PARTS = ("version", "entities", "categories", "terms", "meetings", "sources", "facts", "rules")


def _projection(build) -> dict:
    """The built projection with every fact read, as plain JSON data."""
    proj = load_projection(build)
    proj.facts  # noqa: B018 - read the pieces
    data = {key: proj.data[key] for key in _PARTS}
    return orjson.loads(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS))


def _same_as_full_build(data, build, tmp_path, report=None) -> None:
    """The incremental ``build`` (reported as ``report``) holds what a full build of
    ``data`` holds, and reports the same number of triples."""
    full = tmp_path / "full-build"
    shutil.rmtree(full, ignore_errors=True)
    full_report = pipeline.build_folder(data, full, full=True, exports=True)
    if report is not None:
        assert report["triples"] == full_report["triples"] == len(_data_graph(full))
    assert isomorphic(_data_graph(build), _data_graph(full))
    assert _projection(build) == _projection(full)
    if (build / "kg.ttl").exists():
        assert isomorphic(Graph().parse(build / "kg.ttl"), Graph().parse(full / "kg.ttl"))


@pytest.fixture
def data(tmp_path):
    return shutil.copytree(paths.data_dir(), tmp_path / "data")


@pytest.fixture
def built(data, tmp_path):
    out = tmp_path / "build"
    report = pipeline.build_folder(data, out, exports=True)
    return out, report


def test_a_full_build_holds_the_reference_graph_and_projection(data, built):
    out, report = built
    graph, proj = _reference(data)
    assert report["mode"] == "full" and report["documents"] == report["rebuilt"] == 5
    assert report["triples"] == len(graph)
    assert isomorphic(_data_graph(out), graph)
    assert _projection(out) == proj
    # the exports are the data without the ontology
    assert isomorphic(Graph().parse(out / "kg.ttl"), graph)
    assert isomorphic(Graph().parse(out / "kg.jsonld", format="json-ld"), graph)


def test_the_ontology_is_a_named_graph_of_its_own(built):
    out, _ = built
    ontology = Graph().parse(paths.ontology_dir() / "kg.ttl")
    assert isomorphic(_ontology_graph(out), ontology)
    data = _data_graph(out)
    # disjoint, so a query over their union counts each triple once
    assert not [t for t in ontology if t in data]


def test_an_unchanged_build_compiles_nothing(data, built, tmp_path):
    out, _ = built
    before = _projection(out)
    report = pipeline.build_folder(data, out)
    assert report["mode"] == "incremental" and report["rebuilt"] == 0
    assert _projection(out) == before


def test_one_changed_document_is_the_only_one_compiled(data, built, tmp_path):
    out, _ = built
    edit(data / "facts" / "004.yaml", "    frequency: 個別相談・指導の都度\n",
         "    frequency: 相談の都度\n")
    report = pipeline.build_folder(data, out, exports=True)
    assert report["mode"] == "incremental" and report["rebuilt"] == 1
    assert "相談の都度" in (out / "kg.ttl").read_text("utf-8")
    fact = _projection(out)["facts"]["004-flow-1"]
    assert fact["frequency"] == "相談の都度"
    _same_as_full_build(data, out, tmp_path, report)


def test_what_another_document_puts_in_a_shared_system_reaches_its_host(data, built, tmp_path):
    # J-LIS hosts the certificate centre for every participant (000-rel-3, stated in
    # Higashimurayama's minutes); what data that means for Suginami comes from
    # Suginami's flows (001-a). Change one: only Suginami's document is compiled, and
    # the participants' processing contexts (rebuilt from the summaries) follow.
    out, _ = built
    context = ("https://w3id.org/jp-pdflow/id/processing/hosts/jlis/konbini-issuance-system/"
               "suginami")
    name = "https://w3id.org/jp-pdflow/id/category/income-tax"

    def data_of_context():
        store = ox.Store.read_only(str(out / "store"))
        return {q.object.value for q in store.quads_for_pattern(
            ox.NamedNode(context), ox.NamedNode("https://w3id.org/dpv#hasPersonalData"), None)}

    assert data_of_context() and name not in data_of_context()
    edit(data / "facts" / "001-a.yaml",
         "    via: konbini-kiosk\n    categories: [juminhyo, inkan-toroku]\n",
         "    via: konbini-kiosk\n    categories: [juminhyo, inkan-toroku, income-tax]\n")
    report = pipeline.build_folder(data, out)
    assert report["rebuilt"] == 1
    assert name in data_of_context()
    _same_as_full_build(data, out, tmp_path, report)


def test_a_changed_shared_entity_recompiles_the_documents_that_name_it(data, built, tmp_path):
    out, _ = built
    shared = data / "entities" / "shared.yaml"
    edit(shared, "label_en: convenience-store certificate issuance system (J-LIS)",
         "label_en: certificate issuance centre system (J-LIS)")
    report = pipeline.build_folder(data, out)
    assert 1 <= report["rebuilt"] < report["documents"]
    _same_as_full_build(data, out, tmp_path, report)


def test_a_removed_document_leaves_the_graph(data, built, tmp_path):
    out, _ = built
    (data / "facts" / "002.yaml").unlink()
    report = pipeline.build_folder(data, out)
    assert report["documents"] == 4
    assert not [k for k in _projection(out)["facts"] if k.startswith("002-")]
    _same_as_full_build(data, out, tmp_path, report)


def test_a_failed_build_keeps_the_last_one(data, built):
    out, _ = built
    before = {p: p.read_bytes() for p in out.glob("kg.*")}
    edit(data / "facts" / "004.yaml", "    frequency: 個別相談・指導の都度\n",
         "    frequency: 相談の都度\n")
    edit(data / "facts" / "004.yaml", "    channel: in-person\n    frequency: 相談の都度\n",
         "    channel: no-such-channel\n    frequency: 相談の都度\n")
    with pytest.raises(DataError) as info:
        pipeline.build_folder(data, out)
    assert any("unknown channel 'no-such-channel'" in p.message for p in info.value.problems)
    assert {p: p.read_bytes() for p in out.glob("kg.*")} == before


def test_worker_processes_give_the_same_build(data, built, tmp_path, monkeypatch):
    out, _ = built
    monkeypatch.setattr(pipeline, "_PARALLEL", 2)  # five documents: use the workers
    other = tmp_path / "parallel"
    report = pipeline.build_folder(data, other, jobs=2)
    assert report["rebuilt"] == 5
    assert isomorphic(_data_graph(other), _data_graph(out))
    assert _projection(other) == _projection(out)


def test_full_ignores_the_cache_and_old_cache_files_are_pruned(data, built):
    out, _ = built
    units = out / "cache" / "units"
    before = set(units.iterdir())
    edit(data / "facts" / "004.yaml", "    frequency: 個別相談・指導の都度\n",
         "    frequency: 相談の都度\n")
    pipeline.build_folder(data, out)
    after = set(units.iterdir())
    assert len(after) == len(before) and after != before  # 004's files replaced, not added
    report = pipeline.build_folder(data, out, full=True)
    assert report["mode"] == "full" and report["rebuilt"] == 5


def test_a_build_without_exports_removes_the_old_ones(data, built):
    out, _ = built
    assert (out / "kg.ttl").exists() and (out / "kg.jsonld").exists()
    pipeline.build_folder(data, out)
    # exports of an older graph must not stay beside the new one
    assert not (out / "kg.ttl").exists() and not (out / "kg.jsonld").exists()
