"""Benchmark of ``kg viz``: generation time and time to a stable layout in Chromium.

Run from the repository root::

    .venv/bin/python benchmarks/bench_viz.py             # bundled graph + 5,000-node synthetic
    .venv/bin/python benchmarks/bench_viz.py --sweep     # also: physics time by graph size

For each graph it prints the node and edge counts, the time to compute the
diagram (``visualize.diagram``), to write the page, the page size, and the
time from opening the page to a layout that holds still: physics settled and
stopped, or, above ``visualize.LARGE_GRAPH`` nodes, the first drawing of the
precomputed layout. ``--sweep`` forces physics on synthetic graphs of growing
size: the numbers behind the threshold.

The synthetic graph comes from ``kg.synthetic.generate`` (benchmark-only data,
ids ``syn-*``); Chromium is Debian's ``/usr/bin/chromium`` driven by
Playwright, with every non-file request blocked.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import visualize  # noqa: E402
from kg.graph.projection import Projection  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def bundled(build_dir: Path | None) -> Projection:
    """Return the bundled graph: from ``build_dir`` if given, else built from data/."""
    from kg.graph.store import load_projection

    if build_dir:
        return load_projection(build_dir)
    from kg.graph.build import build_graph
    from kg.graph.project import project

    return project(build_graph(shacl=False))


def synthetic(nodes: int, seed: int = 0) -> Projection:
    """Return a synthetic Projection with at least ``nodes`` entities (benchmark-only data)."""
    from kg.graph.synthetic import generate

    small, larger = generate(4, seed), generate(8, seed)
    per = (len(larger.entities) - len(small.entities)) / 4
    shared = len(small.entities) - 4 * per
    municipalities = max(1, int((nodes - shared) / per + 0.999))
    return generate(municipalities, seed)


def open_in_chromium(browser, path: Path) -> dict:
    """Open ``path``; return seconds to a stable layout (wall clock and in-page) and counts."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    start = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-layout=stable]", state="attached", timeout=600_000)
    wall = time.perf_counter() - start
    inside = page.evaluate("[kgDiagram.stableAt, kgDiagram.nodes.length, kgDiagram.edges.length]")
    page.close()
    return {"wall": wall, "in_page": inside[0] / 1000, "nodes": inside[1], "edges": inside[2],
            "blocked": blocked, "errors": errors}


def measure(browser, name: str, proj: Projection, out: Path, **kwargs) -> None:
    start = time.perf_counter()
    d = visualize.diagram(proj, **kwargs)
    generated = time.perf_counter() - start
    start = time.perf_counter()
    path = visualize.write_html(d, out / f"{name}.html")
    written = time.perf_counter() - start
    line = (f"{name:<28} {len(d['nodes']):>6} nodes {len(d['edges']):>6} edges  "
            f"layout={d['layout']['mode']:<11} diagram {generated:6.2f} s  "
            f"page {written:5.2f} s  {path.stat().st_size / 1e6:5.1f} MB")
    if browser is None:
        print(line + "  (no chromium)")
        return
    result = open_in_chromium(browser, path)
    line += f"  stable {result['wall']:6.2f} s (in page {result['in_page']:6.2f} s)"
    if result["blocked"] or result["errors"]:
        line += f"  BLOCKED {result['blocked'][:3]} ERRORS {result['errors'][:3]}"
    print(line, flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", type=Path, default=None,
                        help="use this built graph as the bundled one (default: build data/)")
    parser.add_argument("--nodes", type=int, default=5000, help="size of the synthetic graph")
    parser.add_argument("--sweep", action="store_true",
                        help="also time physics on synthetic graphs of growing size")
    parser.add_argument("--keep", type=Path, default=None, help="keep the pages in this folder")
    args = parser.parse_args(argv)

    out = args.keep or Path(tempfile.mkdtemp(prefix="bench-viz-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"large-graph threshold: {visualize.LARGE_GRAPH} nodes; pages in {out}")
    playwright = browser = None
    if Path(CHROMIUM).exists():
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    try:
        proj = bundled(args.build)
        measure(browser, "bundled-whole", proj, out)
        measure(browser, "bundled-who-can-see", proj, out, who_can_see="個人番号")
        start = time.perf_counter()
        syn = synthetic(args.nodes)
        print(f"(synthetic graph of {len(syn.entities)} entities generated in "
              f"{time.perf_counter() - start:.1f} s)")
        measure(browser, f"synthetic-{args.nodes}", syn, out)
        if args.sweep:
            for size in (150, 300, 600, 1000):
                small = synthetic(size)
                measure(browser, f"physics-{size}", small, out, large_threshold=10**9)
            measure(browser, f"physics-off-{args.nodes}", syn, out, large_threshold=0)
    finally:
        if browser:
            browser.close()
            playwright.stop()
        if args.keep is None:
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
