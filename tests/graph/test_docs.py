"""kg docs: the ontology as a readable page (pyLODE), with every SHACL shape beside the
classes it targets; written atomically, and without a warning."""
from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib import namespace as rns  # not its names: pytest's collection would touch XSD's

from conftest import assert_clean_exit
from kg import paths

ROOT = Path(__file__).resolve().parents[2]
KG = "https://w3id.org/jp-pdflow/ontology#"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("docs")
    from click.testing import CliRunner
    from kg.cli import main

    result = CliRunner().invoke(main, ["docs", "--out", str(out)])
    assert_clean_exit(result, 0)
    path = out / "ontology.html"
    assert result.output.strip() == f"wrote {path}"
    assert sorted(p.name for p in out.iterdir()) == ["ontology.html"]  # no temp file left
    return path.read_text(encoding="utf-8")


def _ontology():
    return Graph().parse(paths.ontology_dir() / "kg.ttl")


def _labels(graph, node) -> dict:
    return {o.language: str(o) for o in graph.objects(node, rns.RDFS.label)}


def _block(page: str, anchor: str) -> str:
    """The HTML of the entity block with id ``anchor`` (up to the next block)."""
    start = page.index(f'id="{anchor}"')
    ends = [i for i in (page.find('<div class="property entity', start + 1),
                        page.find('<div class="section"', start + 1),
                        page.find('<div id="namespaces">', start + 1)) if i > 0]
    return html.unescape(page[start:min(ends)])


def test_every_class_is_on_the_page_with_its_japanese_and_english_label(page):
    graph = _ontology()
    classes = [c for c in graph.subjects(rns.RDF.type, rns.OWL.Class) if str(c).startswith(KG)]
    assert len(classes) > 40
    for cls in classes:
        labels = _labels(graph, cls)
        assert set(labels) == {"ja", "en"}, cls
        block = _block(page, str(cls)[len(KG):])
        heading = re.search(r"<h3>(.*?)<sup", block, re.S).group(1)
        assert labels["ja"] in heading and labels["en"] in heading, (cls, heading)
        assert f"<code>{cls}</code>" in block


def test_every_property_is_on_the_page(page):
    graph = _ontology()
    props = {p for kind in (rns.OWL.ObjectProperty, rns.OWL.DatatypeProperty, rns.OWL.AnnotationProperty)
             for p in graph.subjects(rns.RDF.type, kind) if str(p).startswith(KG)}
    assert len(props) > 50
    for prop in props:
        assert f"<code>{prop}</code>" in page, prop


def test_every_shape_is_listed_next_to_its_target_classes(page):
    ontology, shapes = _ontology(), Graph().parse(paths.ontology_dir() / "shapes.ttl")
    named = [s for s in shapes.subjects(rns.RDF.type, rns.SH.NodeShape) if isinstance(s, URIRef)]
    assert len(named) > 15
    section = page[page.index('id="shapes"'):page.index('<div id="namespaces">')]
    by_class = html.unescape(section[:section.index('<div class="property entity')])
    for shape in named:
        local = str(shape).rsplit("#", 1)[1]
        block = _block(page, f"shape-{local}")
        targets = list(shapes.objects(shape, rns.SH.targetClass))
        if not targets:
            assert "none of its own" in block and "sh:node" in block, local
        start = block.index("<th>Targets</th>")
        targets_row = block[start:block.index("<th>", start + 1)]
        for cls in targets:
            name = f"kg:{str(cls)[len(KG):]}"
            labels = _labels(ontology, cls)
            assert name in targets_row and labels["ja"] in targets_row and labels["en"] in targets_row, \
                (local, name)
            row = re.search(rf"<tr><td>[^\n]*?<code>{name}</code></td><td>(.*?)</td></tr>", by_class)
            assert row and f"ks:{local}" in row.group(1), (local, name)
        assert shapes.value(shape, rns.SH.property) is None or "<th>Constraints</th>" in block
    assert 'href="#shapes"' in page  # in the table of contents


def test_constraints_read_as_words(page):
    flow = _block(page, "shape-FlowShape")
    assert "kg:from</code>: exactly one, each conforming to" in flow
    assert "kg:channel</code>: at most one, each an instance of" in flow
    evidence = _block(page, "shape-EvidenceShape")
    assert "at least 2 characters long" in evidence and "≥ 1" in evidence
    endpoint = _block(page, "shape-EndpointShape")
    assert "an instance of exactly one of" in endpoint
    labelled = _block(page, "shape-LabelledShape")
    assert "in language ja or en" in labelled and "at most one per language" in labelled
    assert "<script" not in page[page.index('id="shapes"'):].split('<div id="toc"')[0]


def test_stable_anchors_from_the_iri(page):
    assert 'id="DataFlow"' in page and 'href="#DataFlow"' in page
    assert 'href="#(' not in page


def test_generating_emits_no_warning(tmp_path):
    from kg.graph.docs import write_docs

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = write_docs(tmp_path / "docs")
    assert [str(w.message) for w in caught] == []
    assert path.stat().st_size > 50_000


def test_kg_docs_in_a_fresh_process_prints_nothing_on_stderr(tmp_path):
    """-W error turns any warning (pyLODE's import included) into a failure; pyLODE
    also configures logging at import, which must not reach standard error."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-W", "error", "-m", "kg", "docs", "--out", str(out)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == f"wrote {out / 'ontology.html'}"
    # Written again over the old page: replaced whole.
    again = subprocess.run([sys.executable, "-W", "error", "-m", "kg", "docs", "--out", str(out)],
                           cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and again.stderr == ""
    assert sorted(p.name for p in out.iterdir()) == ["ontology.html"]


def test_default_folder_is_docs_in_the_build_folder(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_BUILD", str(tmp_path / "b"))
    result = cli("docs")
    assert_clean_exit(result, 0)
    assert (tmp_path / "b" / "docs" / "ontology.html").is_file()


def test_without_pylode_the_command_says_what_to_install(cli, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pylode", None)  # import pylode raises ImportError
    result = cli("docs", "--out", tmp_path)
    assert_clean_exit(result, 1)
    assert "kg docs needs pyLODE: pip install 'kg-pdflow[docs]'" in result.stderr
    assert not (tmp_path / "ontology.html").exists()
