"""The bundled data, end to end: every quote stands in its source, the stats add up.

These tests hold however much data the curators have added so far; they fail
when the data is broken (a quote that is not verbatim, a count that does not
match the fact files, a missing source ...).
"""
from __future__ import annotations

import json

import pytest
from rdflib.namespace import RDF

from conftest import _bundled_data_dir, all_quotes, assert_clean_exit, expected_counts, fact_files_by_source, raw_yaml
from kg.data.check import check_dataset
from kg.graph.compile import compile_dataset
from kg.data.load import load_dataset
from kg.namespace import KG

FACT_FILES = sorted(p.name for p in (_bundled_data_dir() / "facts").glob("*.yaml"))
SOURCE_REQUIRED_KEYS = {"file", "municipality", "date", "agenda_items", "flows", "relations",
                        "access", "safeguards", "concerns", "evidence"}


@pytest.fixture(scope="module")
def checked(real_data):
    """The loaded dataset and its check problems (quotes located as a side effect)."""
    ds = load_dataset(real_data)
    return ds, check_dataset(ds)


@pytest.fixture(scope="module")
def dataset(checked):
    ds, problems = checked
    assert [str(p) for p in problems] == []
    return ds


@pytest.fixture(scope="module")
def graph(dataset):
    return compile_dataset(dataset)


@pytest.fixture(scope="module")
def stats_json(real_data):
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["stats", "--data", str(real_data), "--format", "json"])
    assert result.stderr == ""
    assert_clean_exit(result, 0)
    return json.loads(result.stdout)


_quotes = all_quotes


def test_the_bundled_data_checks_clean(checked):
    _, problems = checked
    assert [str(p) for p in problems] == []


def test_every_source_file_is_registered_and_exists(real_data):
    registry = [entry["file"] for entry in raw_yaml(real_data / "sources.yaml")["sources"]]
    on_disk = sorted(p.name for p in (real_data / "sources").glob("*.txt"))
    assert sorted(registry) == on_disk
    assert len(registry) == 5


def test_fact_files_exist():
    assert FACT_FILES, "data/facts holds at least one fact file"


@pytest.mark.parametrize("name", FACT_FILES)
def test_every_quote_stands_verbatim_in_its_source(dataset, real_data, name):
    [ff] = [f for f in dataset.fact_files if f._file.endswith(f"facts/{name}")]
    text = (real_data / "sources" / ff.source).read_text(encoding="utf-8")
    quotes = list(_quotes(ff))
    assert quotes, f"{name} has no evidence"
    for quote in quotes:
        loc = quote._location
        where = f"{quote.where}: {quote.quote!r}"
        assert loc is not None, where
        assert text[loc.offset:loc.offset + len(quote.quote)] == quote.quote, where
        assert loc.line == text.count("\n", 0, loc.offset) + 1, where
        assert loc.column == loc.offset - (text.rfind("\n", 0, loc.offset) + 1), where
        assert "\n" not in quote.quote, where
        if quote.line is not None:
            assert loc.line == quote.line, where


@pytest.mark.parametrize("name", FACT_FILES)
def test_every_fact_has_evidence(real_data, name):
    doc = raw_yaml(real_data / "facts" / name)
    for section in ("agenda_items", "flows", "relations", "access", "safeguards", "concerns"):
        for fact in doc.get(section) or []:
            assert fact.get("evidence"), f"{name}: {fact.get('id')} has no evidence"
            for answer in fact.get("answers") or []:
                assert answer.get("evidence"), f"{name}: an answer of {fact['id']} has no evidence"


@pytest.mark.parametrize("name", FACT_FILES)
def test_fact_ids_start_with_the_document_number(real_data, name):
    doc = raw_yaml(real_data / "facts" / name)
    number = doc["source"][:3]
    for section in ("agenda_items", "flows", "relations", "access", "safeguards", "concerns"):
        for fact in doc.get(section) or []:
            assert fact["id"].startswith(number), f"{name}: {fact['id']}"


def test_every_evidence_node_in_the_graph_points_at_its_quote(graph, real_data):
    texts = {p.name: p.read_text("utf-8") for p in (real_data / "sources").glob("*.txt")}
    nodes = list(graph.subjects(RDF.type, KG.Evidence))
    assert nodes
    for node in nodes:
        quote = str(graph.value(node, KG.quote))
        text = texts[str(graph.value(node, KG.source)).rsplit("/", 1)[-1]]
        offset = graph.value(node, KG.offset).toPython()
        assert text[offset:offset + len(quote)] == quote, node
        assert graph.value(node, KG.line).toPython() == text.count("\n", 0, offset) + 1, node


# --- kg stats --format json on the bundled data ------------------------------------


def test_stats_json_shape(stats_json, real_data):
    assert isinstance(stats_json["entities"], int) and stats_json["entities"] > 0
    assert isinstance(stats_json["triples"], int) and stats_json["triples"] > 0
    registry = raw_yaml(real_data / "sources.yaml")["sources"]
    assert len(stats_json["sources"]) == len(registry) == 5
    for row in stats_json["sources"]:
        assert SOURCE_REQUIRED_KEYS <= set(row), row
        for key in SOURCE_REQUIRED_KEYS - {"file", "municipality", "date"}:
            assert isinstance(row[key], int) and row[key] >= 0, (row["file"], key)


def test_stats_sources_match_the_registry(stats_json, real_data):
    registry = {e["file"]: e for e in raw_yaml(real_data / "sources.yaml")["sources"]}
    labels = {e["id"]: e["label"] for e in raw_yaml(real_data / "entities" / "shared.yaml")["entities"]}
    assert sorted(row["file"] for row in stats_json["sources"]) == sorted(registry)
    for row in stats_json["sources"]:
        entry = registry[row["file"]]
        assert row["date"] == entry["meeting"]["date"].isoformat()
        assert row["municipality"] == labels[entry["municipality"]]


def test_stats_counts_match_the_fact_files(stats_json, real_data):
    by_source = fact_files_by_source(real_data)
    for row in stats_json["sources"]:
        expected = expected_counts(by_source.get(row["file"], []))
        assert {k: row[k] for k in expected} == expected, row["file"]


@pytest.mark.parametrize("prefix", ["002_", "004_"])
def test_curated_sources_report_their_agenda_items(stats_json, real_data, prefix):
    [row] = [r for r in stats_json["sources"] if r["file"].startswith(prefix)]
    docs = fact_files_by_source(real_data).get(row["file"], [])
    defined = sum(len(doc.get("agenda_items") or []) for doc in docs)
    assert row["agenda_items"] == defined
    assert row["agenda_items"] >= 1
    assert row["evidence"] >= row["agenda_items"]


def test_stats_totals(stats_json, dataset, graph):
    assert stats_json["entities"] == len(dataset.entities)
    assert stats_json["triples"] == len(graph)
    assert stats_json["evidence"] == sum(r["evidence"] for r in stats_json["sources"])
