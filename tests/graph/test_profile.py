"""The profile of a data folder (kg.graph.profile), and synthetic data that matches the
bundled data's profile within ±25 % on every figure."""
from __future__ import annotations

import pytest

from conftest import MINI, expected_counts, fact_files_by_source, raw_yaml
from kg.graph.build import load_checked
from kg.graph.compile import compile_dataset
from kg.graph.profile import FACT_KINDS, FIGURES, profile, ratios
from kg.graph.synthetic import write_dataset


def test_profile_counts_what_the_files_hold():
    """Counted again here from the raw YAML, independently of kg.load."""
    figures = profile(MINI)
    sources = raw_yaml(MINI / "sources.yaml")["sources"]
    municipalities = {s["municipality"] for s in sources}
    docs = [doc for group in fact_files_by_source(MINI).values() for doc in group]
    counts = expected_counts(docs)
    assert figures["municipalities"] == len(municipalities)
    assert figures["documents"] == len(sources)
    for kind in FACT_KINDS:
        assert figures[kind] == pytest.approx(counts[kind] / len(municipalities))
    facts = sum(counts[kind] for kind in FACT_KINDS)
    assert figures["evidence_per_fact"] == pytest.approx(counts["evidence"] / facts)
    flows = [f for doc in docs for f in doc.get("flows") or []]
    assert figures["categories_per_flow"] == pytest.approx(
        sum(len(f["categories"]) for f in flows) / len(flows))
    entities = len(raw_yaml(MINI / "entities" / "shared.yaml")["entities"]) + \
        sum(len(doc.get("entities") or []) for doc in docs)
    assert figures["entities"] == pytest.approx(entities / len(municipalities))
    ds = load_checked(MINI)
    assert figures["triples"] == pytest.approx(len(compile_dataset(ds)) / len(municipalities))
    assert profile(MINI, triples=False)["triples"] is None


def test_ratios():
    assert ratios({"flows": 10.0, "triples": 0.0}, {"flows": 12.5, "triples": 3.0}) == \
        {"flows": 1.25, "triples": None}


@pytest.mark.parametrize("municipalities", [10])
def test_synthetic_data_matches_the_bundled_profile(tmp_path, real_data, municipalities):
    """Ten municipalities over the 47 prefectures, as the benchmark generates them."""
    bundled = profile(real_data)
    synthetic = profile(write_dataset(tmp_path / "data", municipalities))
    assert synthetic["municipalities"] == municipalities
    for figure, ratio in ratios(bundled, synthetic).items():
        assert 0.75 <= ratio <= 1.25, (figure, bundled[figure], synthetic[figure])
    assert set(ratios(bundled, synthetic)) == set(FIGURES)
