"""Benchmark of ``kg extract``: documents per minute, peak memory, per-seed timing.

Reads the five bundled minutes with the extractor (registry of the bundled
data, models loaded once, GiNZA's parse on candidate sentences) and prints,
per seed, its size and the seconds the extraction took; then the throughput in
documents of seed size (16,000 characters) per minute and the peak memory of
the process. The first document pays for loading the models; that time is
reported on its own.

    python benchmarks/bench_extract.py            # a table
    python benchmarks/bench_extract.py --json     # the figures as JSON
    python benchmarks/bench_extract.py --rounds 3 # each seed three times

Targets (issue 11): at least 20 documents of seed size a minute on 2 CPUs,
peak memory under 1.5 GB.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED_CHARS = 16_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1, help="times each seed is read")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()

    from kg import paths
    from kg.data.load import load_dataset
    from kg.extract import nlp
    from kg.extract.lexicon import Lexicon
    from kg.extract.pipeline import analyse

    started = time.perf_counter()
    ds = load_dataset(paths.data_dir())
    lex = Lexicon.from_dataset(ds)
    lexicon_s = time.perf_counter() - started
    started = time.perf_counter()
    nlp.sudachi()
    nlp.ginza()
    models_s = time.perf_counter() - started

    rows = []
    for source in sorted(ds.sources):
        text = ds.sources[source].text
        times = []
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            proposal = analyse(text, lex, source=source)
            times.append(time.perf_counter() - t0)
        rows.append({"source": source, "characters": len(text), "seconds": round(min(times), 3),
                     "flows": len(proposal["flows"]), "entities": len(proposal["entities"])})
    chars = sum(r["characters"] for r in rows)
    seconds = sum(r["seconds"] for r in rows)
    summary = {
        "documents": len(rows), "characters": chars, "seconds": round(seconds, 2),
        "documents_per_minute": round(len(rows) / seconds * 60, 1),
        "seed_size_documents_per_minute": round(chars / SEED_CHARS / seconds * 60, 1),
        "models_load_s": round(models_s, 2), "lexicon_s": round(lexicon_s, 2),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps({"seeds": rows, "summary": summary}, ensure_ascii=False, indent=2))
        return 0
    print(f"{'source':<28}{'chars':>8}{'seconds':>9}{'flows':>7}{'entities':>10}")
    for r in rows:
        print(f"{r['source']:<28}{r['characters']:>8}{r['seconds']:>9.2f}{r['flows']:>7}{r['entities']:>10}")
    print(f"models loaded once in {summary['models_load_s']} s (lexicon {summary['lexicon_s']} s)")
    print(f"{summary['documents_per_minute']} documents/min as they are; "
          f"{summary['seed_size_documents_per_minute']} documents of {SEED_CHARS:,} characters/min; "
          f"peak memory {summary['peak_memory_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
