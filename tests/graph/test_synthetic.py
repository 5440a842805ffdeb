"""Synthetic benchmark data (kg.synthetic): valid, clearly synthetic, never in the real data."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from kg import paths
from kg.graph.build import load_checked
from kg.graph.compile import compile_dataset
from kg.graph.project import project
from kg.query.access import who_can_see
from kg.graph.synthetic import generate, write_dataset


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, real_data):
    before = _snapshot(real_data)
    out = write_dataset(tmp_path_factory.mktemp("syn") / "data", 3)
    after = _snapshot(real_data)
    ds = load_checked(out)
    return {"out": out, "ds": ds, "proj": project(compile_dataset(ds)),
            "real_before": before, "real_after": after}


def test_writes_a_valid_data_folder_of_three_municipalities(synthetic):
    proj = synthetic["proj"]
    munis = sorted(k for k, e in proj.entities.items() if e["type"] == "municipality")
    assert munis == ["syn-muni-0", "syn-muni-1", "syn-muni-2"]
    assert len(synthetic["ds"].sources) == 3
    assert proj.of_kind("flow") and proj.of_kind("relation")


def test_every_id_is_synthetic(synthetic):
    proj = synthetic["proj"]
    assert all(key.startswith("syn-") for key in proj.entities)
    assert all(key.startswith("syn-") for key in proj.facts)
    assert all(m.startswith("syn-") for m in proj.meetings)


def test_every_minutes_file_says_it_is_synthetic(synthetic):
    sources = sorted((synthetic["out"] / "sources").glob("*.txt"))
    assert len(sources) == 3
    for path in sources:
        assert "合成データ" in path.read_text(encoding="utf-8").splitlines()[0]


def test_the_real_data_folder_is_untouched(synthetic, real_data):
    assert synthetic["real_after"] == synthetic["real_before"]
    out = synthetic["out"].resolve()
    assert real_data.resolve() not in (out, *out.parents)
    assert not any(name.startswith("syn") for name in synthetic["real_after"])


def test_queries_work_on_synthetic_data(synthetic):
    answer = who_can_see(synthetic["proj"], "個人番号")
    assert answer["parties"]
    assert all(p["id"].startswith("syn-") for p in answer["parties"])


def test_same_seed_same_data(tmp_path):
    a = _snapshot(write_dataset(tmp_path / "a", 2, seed=7))
    b = _snapshot(write_dataset(tmp_path / "b", 2, seed=7))
    assert a == b


def test_generate(real_data):
    proj = generate(2)
    assert sum(e["type"] == "municipality" for e in proj.entities.values()) == 2


def test_refuses_to_write_into_the_data_folder(tmp_path, monkeypatch, real_data):
    # A copy stands in for the bundled data, so the real folder is never at risk.
    copy = tmp_path / "data"
    shutil.copytree(real_data, copy)
    monkeypatch.setenv("KG_DATA", str(copy))
    assert paths.data_dir() == copy
    before = _snapshot(copy)
    try:
        with pytest.raises(Exception):
            write_dataset(copy, 3)
    finally:
        after = _snapshot(copy) if copy.is_dir() else {}
    assert after == before
