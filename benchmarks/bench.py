"""Benchmark: build time, peak memory and who-can-see latency.

Prints one row per data set: the bundled data, then synthetic data for 10,
100 and 1,741 municipalities (every municipality of Japan). Synthetic data is
written to a temporary folder, never into data/.

    python benchmarks/bench.py                 # all sizes
    python benchmarks/bench.py --sizes 10 100  # a subset

Each measurement runs in a fresh process so that peak memory is its own.
``first_query_ms`` is the first who-can-see in a fresh process (it also builds
the projection's indexes); ``query_ms`` the median of the next five;
``command_s`` the whole ``kg who-can-see ... --format json`` command.
Build of synthetic data skips SHACL (``--no-shacl``), as noted in the output.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")
CATEGORY = "個人番号"

_BUILD = """
import resource, sys, time
from pathlib import Path
from kg.graph.build import build
from kg.graph.store import write_outputs
start = time.perf_counter()
graph, ds = build(Path(sys.argv[1]), shacl=sys.argv[3] == "shacl")
write_outputs(graph, Path(sys.argv[2]), ds.rules)
print(time.perf_counter() - start, len(graph), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

_QUERY = """
import resource, statistics, sys, time
from pathlib import Path
from kg.graph.store import load_projection
from kg.query.access import who_can_see
start = time.perf_counter()
proj = load_projection(Path(sys.argv[1]))
loaded = time.perf_counter() - start
times = []
for _ in range(6):
    t = time.perf_counter()
    answer = who_can_see(proj, sys.argv[2])
    times.append(time.perf_counter() - t)
    parties = len(answer["parties"])
    del answer
# The first query also builds the projection's indexes; the others reuse them.
print(loaded, times[0], statistics.median(times[1:]), parties,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _python(code: str, *args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout.split()
    return [float(v) for v in out]


def _command(build: Path) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([KG, "who-can-see", CATEGORY, "--build", str(build), "--format", "json"],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(name: str, data: Path, work: Path, shacl: bool) -> dict:
    build = work / f"build-{name}"
    seconds, triples, build_rss = _python(_BUILD, str(data), str(build),
                                          "shacl" if shacl else "no-shacl")
    loaded, first, query, parties, query_rss = _python(_QUERY, str(build), CATEGORY)
    return {"data": name, "triples": int(triples), "shacl": shacl,
            "build_s": round(seconds, 2), "build_peak_mb": round(build_rss / 1024),
            "load_s": round(loaded, 3), "first_query_ms": round(first * 1000, 1),
            "query_ms": round(query * 1000, 1),
            "query_peak_mb": round(query_rss / 1024), "command_s": round(_command(build), 3),
            "parties": int(parties)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1741])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg import paths
    from kg.cli.output import format_rows
    from kg.graph.synthetic import write_dataset

    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        rows.append(measure("bundled", paths.data_dir(), work, shacl=True))
        print(format_rows(rows[-1:], "table"), flush=True)
        for size in args.sizes:
            start = time.perf_counter()
            data = write_dataset(work / f"syn-{size}", size)
            generated = time.perf_counter() - start
            row = measure(f"synthetic-{size}", data, work, shacl=False)
            row["generate_s"] = round(generated, 1)
            rows.append(row)
            print(format_rows(rows[-1:], "table"), flush=True)
    print(json.dumps(rows, indent=2) if args.json else format_rows(rows, "table"))


if __name__ == "__main__":
    main()
