"""Benchmark: build, incremental rebuild, store size, peak memory and query latency.

Prints one row per data set: the bundled data, then synthetic data for 10,
100 and 1,741 municipalities (every municipality of Japan) made by
``kg.graph.synthetic`` at the bundled data's density. Synthetic data is written
to a temporary folder, never into data/.

    python benchmarks/bench.py                 # all sizes
    python benchmarks/bench.py --sizes 10 100  # a subset

Every figure comes from a fresh process, as a user would run it:

* ``build_s``, ``build_peak_mb``: ``kg build`` from nothing (SHACL included), and
  the largest memory its process and its workers held together (sampled);
* ``rebuild_s``, ``rebuilt``: ``kg build`` again after one document changed;
* ``store_mb``: the Oxigraph store on disk;
* ``first_query_ms`` / ``query_ms``: ``who_can_see`` in a Python process that
  has loaded the build (the first also builds the indexes; then the median of five),
  ``load_s`` the loading;
* ``command_s``: the whole ``kg who-can-see 個人番号 --format json`` command,
  ``sparql_s`` the whole ``kg sparql`` command for a simple SELECT (medians of three);
* ``one_load_ms``, ``one_query_ms``, ``one_command_s``: the same question about one
  municipality's data (``-m``, the controller of the most facts), which reads only
  its pieces of the projection: loading them and then answering, in a fresh Python
  process (medians of five), and as a whole command (median of three).

The table shows one column per data set; ``--json`` prints every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")
CATEGORY = "個人番号"
SPARQL = "SELECT ?flow ?to WHERE { ?flow a kg:DataFlow ; kg:to ?to } LIMIT 20"

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

# One municipality's data, as `kg who-can-see C -m M` asks it: only its pieces are read.
_QUERY_ONE = """
import statistics, sys, time
from pathlib import Path
from kg.graph.store import load_projection
from kg.query.access import who_can_see
from kg.query.resolve import resolve_municipality
loads, times = [], []
for _ in range(5):
    t = time.perf_counter()
    proj = load_projection(Path(sys.argv[1]))
    proj.focus(resolve_municipality(proj, sys.argv[3]))
    loads.append(time.perf_counter() - t)
    t = time.perf_counter()
    answer = who_can_see(proj, sys.argv[2], sys.argv[3])
    times.append(time.perf_counter() - t)
print(statistics.median(loads), statistics.median(times), len(answer["parties"]))
"""

# The municipality asked about: the controller of the most facts (its label).
_BUSIEST_MUNICIPALITY = """
import collections, sys
from pathlib import Path
from kg.graph.store import load_projection
proj = load_projection(Path(sys.argv[1]))
counts = collections.Counter(f["controller"] for f in proj.facts.values() if f.get("controller"))
print(proj.entities[min(counts, key=lambda m: (-counts[m], m))]["label"])
"""


def _tree_rss_kb(pid: int) -> int:
    """Return the resident memory of ``pid`` and all its descendants, in KiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo.extend(children.get(current, []))
    return total


def _run_sampled(args: list[str]) -> tuple[float, int, str]:
    """Run ``args``; return seconds, the peak memory of its process tree (KiB), stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{err}")
    return seconds, peak[0], out


def _python(code: str, *args: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout.split()
    return [float(v) for v in out]


def _median_command(args: list[str]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _change_one_document(data: Path) -> Path:
    """Change the note of the first fact that has a plain one-line note; return the file."""
    pattern = re.compile(r"^(    note: )([^>|\"'\n].*)$", re.MULTILINE)
    for path in sorted((data / "facts").glob("*.yaml")):
        text = path.read_text("utf-8")
        if pattern.search(text):
            path.write_text(pattern.sub(r"\1(edited) \2", text, count=1), "utf-8")
            return path
    raise SystemExit(f"no fact with a one-line note in {data}: cannot change a document")


def _du_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def measure(name: str, data: Path, work: Path) -> dict:
    build = work / f"build-{name}"
    seconds, peak, out = _run_sampled([KG, "build", "--data", str(data), "--build", str(build)])
    triples, documents = re.search(r"built (\d+) triples from (\d+) documents", out).groups()
    _change_one_document(data)
    rebuild, rebuild_peak, out = _run_sampled([KG, "build", "--data", str(data),
                                               "--build", str(build)])
    rebuilt = re.search(r"\((\d+) compiled", out).group(1)
    loaded, first, query, parties, query_rss = _python(_QUERY, str(build), CATEGORY)
    one = subprocess.run([sys.executable, "-c", _BUSIEST_MUNICIPALITY, str(build)], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout.strip()
    one_load, one_s, one_parties = _python(_QUERY_ONE, str(build), CATEGORY, one)
    return {"data": name, "documents": int(documents), "triples": int(triples),
            "build_s": round(seconds, 1), "build_peak_mb": round(peak / 1024),
            "rebuild_s": round(rebuild, 2), "rebuilt": int(rebuilt),
            "rebuild_peak_mb": round(rebuild_peak / 1024),
            "store_mb": round(_du_mb(build / "store"), 1),
            "load_s": round(loaded, 3), "first_query_ms": round(first * 1000, 1),
            "query_ms": round(query * 1000, 1), "query_peak_mb": round(query_rss / 1024),
            "command_s": round(_median_command([KG, "who-can-see", CATEGORY, "--build",
                                                str(build), "--format", "json"]), 3),
            "one_load_ms": round(one_load * 1000, 1), "one_query_ms": round(one_s * 1000, 1),
            "one_command_s": round(_median_command([KG, "who-can-see", CATEGORY, "-m", one,
                                                    "--build", str(build), "--format",
                                                    "json"]), 3),
            "sparql_s": round(_median_command([KG, "sparql", SPARQL, "--build", str(build),
                                               "--format", "json"]), 3),
            "parties": int(parties), "one_parties": int(one_parties)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1741])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import shutil

    from kg import paths
    from kg.graph.synthetic import write_dataset

    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        bundled = shutil.copytree(paths.data_dir(), work / "bundled")  # it gets one change
        rows.append(measure("bundled", bundled, work))
        print(_table(rows[-1:]), flush=True)
        for size in args.sizes:
            start = time.perf_counter()
            data = write_dataset(work / f"syn-{size}", size)
            generated = time.perf_counter() - start
            row = measure(f"synthetic-{size}", data, work)
            row["generate_s"] = round(generated, 1)
            rows.append(row)
            print(_table(rows[-1:]), flush=True)
            shutil.rmtree(work / f"build-synthetic-{size}", ignore_errors=True)
    print(json.dumps(rows, indent=2) if args.json else _table(rows))


def _table(rows: list[dict]) -> str:
    """One line per figure, one column per data set: narrow enough for a terminal."""
    names = list(dict.fromkeys(key for row in rows for key in row if key != "data"))
    width = max(len(name) for name in names) + 2
    lines = ["".ljust(width) + "".join(str(row["data"]).rjust(14) for row in rows)]
    for name in names:
        lines.append(name.ljust(width) + "".join(str(row.get(name, "")).rjust(14)
                                                for row in rows))
    return "\n".join(lines)


if __name__ == "__main__":
    main()
