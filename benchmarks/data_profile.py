"""Profile: the bundled data beside synthetic data, per municipality, with the ratio.

Synthetic data stands for real data in the benchmarks only if it is as dense:
this prints, per municipality, facts of each kind, evidence per fact,
categories per flow, entities and compiled triples for the bundled data and
for N synthetic municipalities (default 10), the ratio synthetic / bundled of
each figure, and how long generating took.

    python benchmarks/data_profile.py                    # 10 municipalities
    python benchmarks/data_profile.py --sizes 10 100     # several sizes
    python benchmarks/data_profile.py --sizes 1741 --no-triples   # skip compiling

Synthetic data is written to a temporary folder, never into data/.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rows(bundled: dict, synthetic: dict[int, dict]) -> list[dict]:
    """Return one row per figure: the bundled value, then each size's value and ratio.

    >>> rows({"flows": 2.0}, {10: {"flows": 3.0}})   # doctest: +SKIP
    [{'figure': 'flows', 'bundled': 2.0, 'synthetic-10': 3.0, 'ratio-10': 1.5}]
    """
    from kg.graph.profile import FIGURES, ratios

    out = []
    for figure in ("municipalities", "documents", *FIGURES):
        row = {"figure": figure, "bundled": _round(bundled[figure])}
        for size, figures in synthetic.items():
            row[f"synthetic-{size}"] = _round(figures[figure])
            if figure in FIGURES:
                row[f"ratio-{size}"] = _round(ratios(bundled, figures)[figure], 3)
        out.append(row)
    return out


def _round(value, digits: int = 2):
    return round(value, digits) if isinstance(value, float) else value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10])
    parser.add_argument("--no-triples", action="store_true",
                        help="do not compile (triples left out; the slow step at scale)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg import paths
    from kg.cli.output import format_rows
    from kg.graph.profile import profile
    from kg.graph.synthetic import write_dataset

    triples = not args.no_triples
    bundled = profile(paths.data_dir(), triples=triples)
    synthetic, timings = {}, []
    with tempfile.TemporaryDirectory(prefix="kg-profile-") as tmp:
        for size in args.sizes:
            start = time.perf_counter()
            data = write_dataset(Path(tmp) / f"syn-{size}", size)
            generated = time.perf_counter() - start
            start = time.perf_counter()
            synthetic[size] = profile(data, triples=triples)
            timings.append({"municipalities": size, "generate_s": round(generated, 2),
                            "load_check_compile_s": round(time.perf_counter() - start, 1)})
            print(f"synthetic-{size}: generated in {generated:.2f} s", file=sys.stderr, flush=True)
    table = rows(bundled, synthetic)
    if args.json:
        print(json.dumps({"profile": table, "timings": timings}, indent=2, ensure_ascii=False))
    else:
        print(format_rows(table, "table"))
        print(format_rows(timings, "table"))


if __name__ == "__main__":
    main()
