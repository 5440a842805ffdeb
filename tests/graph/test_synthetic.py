"""Synthetic benchmark data (kg.graph.synthetic): the curated documents replicated as
fictitious municipalities, valid under every check, shared bodies kept shared.

Expectations are computed from the bundled data, never written down here: a synthetic
municipality copies the documents of the bundled one its minutes file names
(``syn_0001_000.txt`` copies ``000_....txt``).
"""
from __future__ import annotations

import hashlib
import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import raw_yaml
from kg import paths
from kg.graph.build import build, load_checked
from kg.graph.compile import compile_dataset
from kg.graph.project import project
from kg.graph.synthetic import MARKER, generate, write_dataset
from kg.query.access import who_can_see

SYNTHETIC_FILE = re.compile(r"^syn_(?P<n>\d+)_(?P<doc>[^_.]+)\.txt$")


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _bundled_source(real_data: Path, synthetic_file: str) -> str:
    """The bundled minutes file a synthetic one copies."""
    doc = SYNTHETIC_FILE.match(synthetic_file)["doc"]
    (match,) = [p.name for p in (real_data / "sources").glob(f"{doc}_*.txt")]
    return match


@pytest.fixture(scope="module")
def bundled(real_data):
    return {"proj": project(compile_dataset(load_checked(real_data)))}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, real_data):
    """Four municipalities in two prefectures (the bundled data's own shape), built
    with every check, SHACL included."""
    before = _snapshot(real_data)
    out = write_dataset(tmp_path_factory.mktemp("syn") / "data", 4, prefectures=2)
    after = _snapshot(real_data)
    graph, ds = build(out, shacl=True)
    return {"out": out, "ds": ds, "proj": project(graph), "graph": graph,
            "real_before": before, "real_after": after}


def _templates(proj, bundled_proj, real_data) -> dict[str, str]:
    """Synthetic municipality -> the bundled municipality whose documents it copies."""
    return {s["municipality"]: bundled_proj.sources[_bundled_source(real_data, f)]["municipality"]
            for f, s in proj.sources.items()}


def test_four_municipalities_pass_every_check(synthetic, bundled, real_data):
    proj = synthetic["proj"]
    templates = _templates(proj, bundled["proj"], real_data)
    assert sorted(templates) == ["syn-m0001", "syn-m0002", "syn-m0003", "syn-m0004"]
    # Each bundled municipality is copied once, with all its documents.
    assert sorted(templates.values()) == sorted({s["municipality"]
                                                 for s in bundled["proj"].sources.values()})
    assert len(proj.sources) == len(bundled["proj"].sources)
    assert len(synthetic["graph"]) > 0


def test_facts_and_quotes_are_copied_line_for_line(synthetic, bundled):
    """Every bundled fact has its copy in each clone of its municipality, quoting the
    same lines of the copied minutes."""
    proj, real = synthetic["proj"], bundled["proj"]
    copies = 0
    for key, fact in proj.facts.items():
        original = real.facts[re.sub(r"^syn-m\d+-", "", key)]
        assert fact["kind"] == original["kind"]
        assert [e["line"] for e in fact["evidence"]] == [e["line"] for e in original["evidence"]]
        copies += 1
    assert copies == len(real.facts)


def test_minutes_say_they_are_synthetic_and_name_no_real_municipality(synthetic, bundled,
                                                                      real_data):
    proj = synthetic["proj"]
    real = bundled["proj"]
    for file, source in proj.sources.items():
        original = real.sources[_bundled_source(real_data, file)]
        template = real.entities[original["municipality"]]
        prefecture = real.entities[template["prefecture"]]
        text = (synthetic["out"] / "sources" / file).read_text(encoding="utf-8")
        original_text = (real_data / "sources" / original["file"]).read_text(encoding="utf-8")
        assert "合成データ" in text.splitlines()[0]
        assert len(text.splitlines()) == len(original_text.splitlines())
        for name in (template["label"], prefecture["label"]):
            assert name not in text
        if template["label"] in original_text:
            assert proj.entities[source["municipality"]]["label"] in text


def test_ids_are_synthetic_except_shared_bodies(synthetic, bundled):
    proj, real = synthetic["proj"], bundled["proj"]
    assert all(re.match(r"syn-m\d{4}-", key) for key in proj.facts)
    assert all(re.match(r"syn-m\d{4}-", key) for key in proj.meetings)
    kept = {key for key in proj.entities if not key.startswith("syn-")}
    assert kept and kept <= set(real.entities)
    for key in kept:  # reused as they are: same body, same label, placed nowhere local
        assert proj.entities[key]["label"] == real.entities[key]["label"]
        assert proj.entities[key]["municipality"] is None
    # Departments, councils and municipalities are never reused.
    assert not any(real.entities[k]["type"] in ("municipality", "department", "council",
                                                "prefecture") for k in kept)


def test_taxonomy_is_reused_not_multiplied(synthetic, bundled):
    assert set(synthetic["proj"].categories) == set(bundled["proj"].categories)
    assert synthetic["proj"].terms == bundled["proj"].terms


def _users(proj) -> dict[str, set[str]]:
    """Entity -> the municipalities whose documents' facts name it."""
    out = defaultdict(set)
    for fact in proj.facts.values():
        for key in ("from", "to", "via", "subject", "object", "system", "party"):
            if fact.get(key):
                out[fact[key]].add(fact["municipality"])
    return out


def test_shared_bodies_are_defined_once_and_used_by_several(tmp_path, real_data, bundled):
    """Eight municipalities (two copies of each): every body the bundled data shares
    between municipalities, and every named company, is one entity used by each copy."""
    out = write_dataset(tmp_path / "data", 8)
    real = bundled["proj"]
    real_users = _users(real)
    defined = defaultdict(int)
    for path in [out / "entities" / "shared.yaml", *sorted((out / "facts").glob("*.yaml"))]:
        for ent in raw_yaml(path).get("entities") or []:
            defined[ent["id"]] += 1
    facts = [f for p in sorted((out / "facts").glob("*.yaml")) for f in _facts(raw_yaml(p))]
    users = defaultdict(set)
    for muni, fact in facts:
        for key in ("source", "target", "via", "subject", "object", "system", "party"):
            users[fact.get(key)].add(muni)
    shared = {k for k, e in real.entities.items() if e["municipality"] is None and
              (len(real_users[k]) > 1 or e["type"] == "company") and real_users[k]}
    assert {"jlis"} <= shared  # the national body the bundled minutes of three cities name
    for key in shared:
        assert defined[key] == 1, key
        assert len(users[key]) == 2 * len(real_users[key]), key
    assert all(count == 1 for count in defined.values())


def _facts(fact_file: dict):
    muni = SYNTHETIC_FILE.match(fact_file["source"])["n"]
    for section in ("flows", "relations", "access"):
        for fact in fact_file.get(section) or []:
            yield muni, fact


def test_each_municipality_uses_its_own_prefectures_instances(synthetic, bundled, real_data):
    """A product run per prefecture is the synthetic prefecture's instance, one per
    prefecture, shared by its municipalities and run by its own federation."""
    proj, real = synthetic["proj"], bundled["proj"]
    prefectures = {k for k, e in proj.entities.items() if e["type"] == "prefecture"}
    assert len(prefectures) == 2 and all(k.startswith("syn-p") for k in prefectures)
    real_prefectures = {k for k, e in real.entities.items() if e["type"] == "prefecture"}
    regional = {k for k, e in proj.entities.items() if e["municipality"] in prefectures}
    instances = {k for k in regional if proj.entities[k]["instance_of"]}
    # The products the bundled data runs per prefecture are run per synthetic prefecture.
    real_products = {e["instance_of"] for e in real.entities.values()
                     if e["instance_of"] and e["municipality"] in real_prefectures}
    assert {proj.entities[k]["instance_of"] for k in instances} == real_products
    # One per prefecture: the two bundled prefectures' instances of a product merge
    # into one (a prefecture may run two, a current and a next one, as 東京都 does).
    real_per, per = defaultdict(int), defaultdict(int)
    for e in real.entities.values():
        if e["instance_of"] and e["municipality"] in real_prefectures:
            real_per[(e["instance_of"], e["municipality"])] += 1
    for key in instances:
        per[(proj.entities[key]["instance_of"], proj.entities[key]["municipality"])] += 1
    most = {product: max(n for (p, _), n in real_per.items() if p == product)
            for product, _ in real_per}
    assert all(n <= most[product] for (product, _), n in per.items())
    users = defaultdict(set)
    for fact in proj.facts.values():
        home = proj.entities[fact["municipality"]]["prefecture"]
        for key in ("from", "to", "via", "subject", "object", "system", "party"):
            end = fact.get(key)
            if end in regional:
                assert proj.entities[end]["municipality"] == home, (fact["id"], end)
                users[end].add(fact["municipality"])
            if end in instances and fact["kind"] == "relation" and \
                    fact["type"] in ("hosts", "operates"):
                assert proj.entities[fact["subject"]]["municipality"] == home
    shuyaku = [k for k in instances if users[k] and len(users[k]) > 1]
    assert shuyaku, "no instance is shared by the municipalities of its prefecture"
    assert not any(k in proj.entities for k in real.entities
                   if real.entities[k]["municipality"] in real_prefectures)


def test_who_can_see_follows_each_municipalitys_own_facts(synthetic, bundled, real_data):
    """Each copy sees what its template sees, through its own facts: a party serving
    several municipalities sees each one's data only through that one's minutes (a
    fact stated for every participant may come from another's)."""
    proj, real = synthetic["proj"], bundled["proj"]
    answer, real_answer = who_can_see(proj, "個人番号"), who_can_see(real, "個人番号")
    templates = _templates(proj, real, real_data)
    per, real_per = defaultdict(set), defaultdict(set)
    for party in real_answer["parties"]:
        for route in party["routes"]:
            real_per[route["municipality"]].add(party["id"])
    checked = 0
    for party in answer["parties"]:
        for route in party["routes"]:
            muni = route["municipality"]
            per[muni].add(party["id"])
            for step in _steps(route):
                fact = proj.facts[step["fact"]]
                sources = {e["source"] for e in step["evidence"]}
                if fact["controller"] is not None:
                    assert fact["controller"] == muni
                    assert {proj.sources[s]["municipality"] for s in sources} == {muni}
                    checked += 1
    assert checked
    for muni, template in templates.items():
        assert len(per[muni]) == len(real_per[template]), muni
    several = [p for p in answer["parties"] if len(p["municipalities"]) > 1]
    assert several, "no party sees the data of several municipalities"


def _steps(node):
    if isinstance(node, dict):
        if "fact" in node and "evidence" in node:
            yield node
        for value in node.values():
            yield from _steps(value)
    elif isinstance(node, list):
        for item in node:
            yield from _steps(item)


def test_the_real_data_folder_is_untouched(synthetic, real_data):
    assert synthetic["real_after"] == synthetic["real_before"]
    out = synthetic["out"].resolve()
    assert real_data.resolve() not in (out, *out.parents)


def test_same_seed_same_data_other_seed_other_templates(tmp_path):
    a = _snapshot(write_dataset(tmp_path / "a", 2, seed=7))
    b = _snapshot(write_dataset(tmp_path / "b", 2, seed=7))
    c = _snapshot(write_dataset(tmp_path / "c", 2, seed=8))
    assert a == b
    assert sorted(f for f in a if f.startswith("sources/")) != \
        sorted(f for f in c if f.startswith("sources/"))


def test_generate_returns_the_projection():
    proj = generate(2)
    assert sorted({s["municipality"] for s in proj.sources.values()}) == ["syn-m0001", "syn-m0002"]


def test_replaces_only_a_folder_it_wrote(tmp_path):
    out = write_dataset(tmp_path / "data", 1)
    (out / "stale.txt").write_text("left from an earlier run")
    assert write_dataset(out, 1) == out and not (out / "stale.txt").exists()
    other = tmp_path / "other"
    other.mkdir()
    (other / "keep.txt").write_text("not synthetic")
    with pytest.raises(Exception, match="holds no synthetic data"):
        write_dataset(other, 1)
    assert (other / "keep.txt").read_text() == "not synthetic"
    assert (out / MARKER).is_file()


def test_refuses_to_write_into_the_data_folder(tmp_path, monkeypatch, real_data):
    # A copy stands in for the bundled data, so the real folder is never at risk.
    copy = tmp_path / "data"
    shutil.copytree(real_data, copy)
    monkeypatch.setenv("KG_DATA", str(copy))
    assert paths.data_dir() == copy
    before = _snapshot(copy)
    (copy / MARKER).write_text("even a marker does not make the source data replaceable")
    try:
        with pytest.raises(Exception, match="synthetic data is made from"):
            write_dataset(copy, 3)
        with pytest.raises(Exception, match="synthetic data is made from"):
            write_dataset(tmp_path, 3)
    finally:
        (copy / MARKER).unlink()
        after = _snapshot(copy) if copy.is_dir() else {}
    assert after == before
