"""The Python API (kg.open) from any folder: a fresh build folder is built on first use."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import kg

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "python.md"


def test_open_from_another_folder_builds_and_answers(tmp_path):
    env = {**os.environ, "KG_BUILD": str(tmp_path / "fresh-build")}
    env.pop("KG_DATA", None)
    code = ("import json, kg; g = kg.open(); "
            "a = g.who_can_see('個人番号', municipality='杉並区'); "
            "print(json.dumps([p['id'] for p in a['parties']]))")
    out = subprocess.run([sys.executable, "-c", code], cwd="/tmp", env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "jlis" in json.loads(out.stdout)
    assert (tmp_path / "fresh-build" / "projection" / "core.json").is_file()


def test_open_an_existing_build(real_build):
    graph = kg.open(real_build)
    assert graph.search("J-LIS")[0]["id"] == "jlis"
    assert graph.impact("J-LIS", mode="outage")["affected"]
    assert graph.sparql("ASK { ?f a kg:DataFlow }")["boolean"] is True
    rows = graph.sparql("SELECT ?e WHERE { ?e rdfs:label ?l FILTER (STR(?l) = ?n) }",
                        n="杉並区")["rows"]
    assert [r["e"]["value"].rsplit("/", 1)[1] for r in rows] == ["suginami"]
    assert graph.list("municipalities")["rows"]
    assert graph.show("個人番号")["kind"] == "category"


def test_the_notebook_in_the_docs_runs(tmp_path):
    blocks, inside = [], False
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if line.strip() == "```python":
            inside, blocks = True, blocks + [[]]
        elif line.strip() == "```" and inside:
            inside = False
        elif inside:
            blocks[-1].append(line)
    assert len(blocks) >= 3
    env = {**os.environ, "KG_BUILD": str(tmp_path / "build")}
    script = "\n".join("\n".join(block) for block in blocks)
    out = subprocess.run([sys.executable, "-c", script], cwd="/tmp", env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
