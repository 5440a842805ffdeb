"""The server load test (benchmarks/load_serve.py) still runs: 2 clients for 2 s.
Its figures are printed, not asserted, except that nothing failed."""
import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "load_serve.py"


def test_load_test_runs_briefly(real_build):
    result = subprocess.run([sys.executable, str(SCRIPT), "--build", str(real_build),
                             "--clients", "2", "--seconds", "2", "--json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    kinds = {row["kind"]: row for row in report["kinds"]}
    assert set(kinds) == {"who-can-see cached", "who-can-see uncached", "sparql repeated",
                          "sparql new", "all"}
    for row in kinds.values():
        assert row["requests"] > 0 and row["errors"] == 0
        assert 0 < row["p50_ms"] <= row["p95_ms"] <= row["p99_ms"] <= row["max_ms"]
    assert kinds["all"]["requests"] == sum(kinds[k]["requests"] for k in kinds if k != "all")
    assert report["rss"]["ready"]["server_mb"] > 0 and report["rss"]["end"]["server_mb"] > 0
    assert report["rss"]["ready"]["query_processes_mb"] > 0  # the SPARQL workers were found
    assert report["server"] == "stopped on SIGINT (exit code 0)"
