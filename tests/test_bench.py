"""The benchmark script still runs and prints its figures (figures are not asserted)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_benchmark_runs_on_bundled_and_small_synthetic_data():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench.py"),
                             "--sizes", "3", "--json"], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout[result.stdout.index("[\n"):])
    assert [r["data"] for r in rows] == ["bundled", "synthetic-3"]
    for row in rows:
        assert row["triples"] > 0 and row["parties"] > 0
        assert row["build_s"] > 0 and row["query_ms"] > 0 and row["command_s"] > 0
        assert row["build_peak_mb"] > 0 and row["store_mb"] > 0 and row["sparql_s"] > 0
        assert row["one_load_ms"] > 0 and row["one_query_ms"] > 0 and row["one_command_s"] > 0
        # one municipality's data is seen by some of the parties that see anyone's
        assert 0 < row["one_parties"] <= row["parties"]
        # one document changed: it alone (and what depends on it) is compiled again
        assert 1 <= row["rebuilt"] < row["documents"] or row["documents"] == 1


def test_no_benchmark_script_hides_a_standard_module():
    # a script's folder comes first on sys.path: benchmarks/profile.py once hid the
    # standard profile module, and spaCy's import of cProfile broke bench_extract.py
    scripts = {p.stem for p in (ROOT / "benchmarks").glob("*.py")}
    assert not scripts & set(sys.stdlib_module_names)


@pytest.mark.slow
def test_extract_benchmark_runs_and_reports_throughput():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_extract.py"), "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)["summary"]
    assert summary["documents"] == 5
    assert summary["documents_per_minute"] > 0 and summary["peak_memory_mb"] > 0
