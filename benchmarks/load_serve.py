"""Load test of ``kg serve``: concurrent clients on loopback for a bounded time.

Starts ``kg serve`` on a build as a child process, waits until it answers, then
runs ``--clients`` threads for ``--seconds``, each looping over four kinds of
request (one after the other, so each kind gets a quarter):

* ``who-can-see cached``: the JSON API over 16 (category, municipality) pairs
  asked once before the clock starts, so the server answers from its cache;
* ``who-can-see uncached``: the JSON API over every (category, municipality)
  pair of the build in turn: more pairs than the server's answer cache holds
  (256; the bundled build has 770), so every answer is computed. With
  ``--distinct-as-of`` each request also carries an ``as_of`` date no request
  used before (all after the last meeting, so the answer is the full one);
* ``sparql repeated``: a typical SELECT on ``/sparql`` (flows carrying a
  category, with their quotes, LIMIT 100), over every category in turn: after the
  first round the server answers from the answers it keeps;
* ``sparql new``: the same queries, each made new by a comment naming the request,
  so that every one is evaluated by the store.

Prints requests, errors, p50/p95/p99/max latency and throughput per kind, and
the server's resident memory (VmRSS of the server and of its query processes)
when it is ready, at its peak during the run and at the end. Stops the server
with Ctrl-C's signal and reports how it ended. Not part of the test suite.

    python benchmarks/load_serve.py                       # 8 clients, 60 s, the checkout's build
    python benchmarks/load_serve.py --build /tmp/b --clients 2 --seconds 5 --json
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

KINDS = ("who-can-see cached", "who-can-see uncached", "sparql repeated", "sparql new")
TARGET_P95_MS = 200.0
SPARQL = """SELECT ?flow ?from ?to ?quote WHERE {{
  VALUES ?category {{ {category} }}
  ?flow a kg:DataFlow ; kg:carries ?carried ; kg:from ?from ; kg:to ?to ;
        kg:evidence/kg:quote ?quote .
  ?carried (skos:broader|kg:contains)* ?category .
}} LIMIT 100"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def requests_of(build: Path, distinct_as_of: bool = False) -> dict[str, object]:
    """Return, per kind, a function giving the next path to ask (thread-safe)."""
    import pyoxigraph

    from kg.graph.store import load_projection
    from kg.namespace import category_iri
    from kg.query.controllers import controllers

    proj = load_projection(build)
    municipalities = [None, *controllers(proj)]
    pairs = [(c, m) for c in sorted(proj.categories) for m in municipalities]
    cached = pairs[:: max(1, len(pairs) // 16)][:16]
    last = max(dt.date.fromisoformat(m["date"]) for m in proj.meetings.values() if m.get("date"))
    counters = {kind: itertools.count() for kind in KINDS}  # next() is atomic in CPython

    def who(pair, as_of=None) -> str:
        params = {"category": pair[0], **({"municipality": pair[1]} if pair[1] else {}),
                  **({"as_of": as_of.isoformat()} if as_of else {})}
        return "/api/who-can-see?" + urlencode(params)

    def uncached() -> str:
        n = next(counters["who-can-see uncached"])
        return who(pairs[n % len(pairs)], last + dt.timedelta(days=1 + n) if distinct_as_of
                   else None)

    # the category as an IRI term serialised by Oxigraph, never spliced in raw
    queries = [SPARQL.format(category=pyoxigraph.NamedNode(str(category_iri(c))))
               for c in sorted(proj.categories)]
    return {
        "who-can-see cached": lambda: who(cached[next(counters["who-can-see cached"])
                                                 % len(cached)]),
        "who-can-see uncached": uncached,
        "sparql repeated": lambda: "/sparql?" + urlencode(
            {"query": queries[next(counters["sparql repeated"]) % len(queries)]}),
        "sparql new": lambda: _new_query(queries, next(counters["sparql new"])),
        "_warm": [who(pair) for pair in cached],
    }


def _new_query(queries: list[str], n: int) -> str:
    """The ``n``-th query, made unlike any asked before by a comment (never kept)."""
    return "/sparql?" + urlencode({"query": f"# request {n}\n{queries[n % len(queries)]}"})


def children(pid: int) -> list[int]:
    """The process ids whose parent is ``pid`` (the server's query processes)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def memory(pid: int) -> dict[str, float]:
    from kg.query.sparql import rss_mb

    return {"server_mb": round(rss_mb(pid), 1),
            "query_processes_mb": round(sum(rss_mb(c) for c in children(pid)), 1)}


def start_server(build: Path, port: int, workers: int | None) -> subprocess.Popen:
    command = [sys.executable, "-m", "kg", "serve", "--port", str(port), "--build", str(build)]
    if workers:
        command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"kg serve ended: {server.stderr.read().strip()}")
        try:
            if get(port, "/api")[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    sys.exit("kg serve did not answer within 60 s")


def stop_server(server: subprocess.Popen) -> str:
    """Stop as Ctrl-C does (uvicorn then closes the query processes); say how it ended."""
    server.send_signal(signal.SIGINT)
    try:
        code = server.wait(20)
        return f"stopped on SIGINT (exit code {code})"
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
        return "did not stop within 20 s of SIGINT: killed"


def get(port: int, path: str, connection: http.client.HTTPConnection | None = None):
    conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Accept": "application/json"})
        response = conn.getresponse()
        response.read()
        return response.status, conn
    finally:
        if connection is None:
            conn.close()


def client(port: int, ask: dict, until: float, results: dict, offset: int) -> None:
    """One client: a kept-alive connection, the kinds in turn, until the deadline."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for turn in itertools.count(offset):
        kind = KINDS[turn % len(KINDS)]
        path = ask[kind]()
        started = time.perf_counter()
        try:
            status, _ = get(port, path, conn)
            ok = status == 200
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        finished = time.perf_counter()
        if finished > until:
            break  # a request that ends after the deadline is not counted
        results[kind]["ms"].append((finished - started) * 1000)
        results[kind]["errors"] += 0 if ok else 1
    conn.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def summarise(results: dict, seconds: float) -> list[dict]:
    rows = []
    everything = {"ms": [v for r in results.values() for v in r["ms"]],
                  "errors": sum(r["errors"] for r in results.values())}
    for kind, data in [*results.items(), ("all", everything)]:
        ms = data["ms"]
        rows.append({"kind": kind, "requests": len(ms), "errors": data["errors"],
                     "p50_ms": round(percentile(ms, 0.50), 1),
                     "p95_ms": round(percentile(ms, 0.95), 1),
                     "p99_ms": round(percentile(ms, 0.99), 1),
                     "max_ms": round(max(ms, default=0.0), 1),
                     "per_s": round(len(ms) / seconds, 1)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", type=Path, default=None,
                        help="build folder (default: $KG_BUILD, else the checkout's build/)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--workers", type=int, default=None,
                        help="the server's SPARQL processes (default: kg serve's)")
    parser.add_argument("--distinct-as-of", action="store_true",
                        help="uncached who-can-see: a new as_of date on every request")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not 1 <= args.clients <= 256 or not 0 < args.seconds <= 3600:
        parser.error("--clients between 1 and 256, --seconds between 0 and 3600")
    from kg import paths

    build = (args.build or paths.build_dir()).resolve()
    ask = requests_of(build, args.distinct_as_of)
    port = args.port or free_port()
    server = start_server(build, port, args.workers)
    try:
        for path in ask["_warm"]:  # fill the answer cache for the cached kind
            get(port, path)
        rss = {"ready": memory(server.pid)}
        results = {kind: {"ms": [], "errors": 0} for kind in KINDS}
        until = time.perf_counter() + args.seconds
        threads = [threading.Thread(target=client, args=(port, ask, until, results, i))
                   for i in range(args.clients)]
        peak = dict(rss["ready"])
        for thread in threads:
            thread.start()
        while any(t.is_alive() for t in threads):
            now = memory(server.pid)
            peak = {k: max(peak[k], now[k]) for k in peak}
            time.sleep(0.5)
        for thread in threads:
            thread.join()
        rss["peak"], rss["end"] = peak, memory(server.pid)
    finally:
        ended = stop_server(server)
    rows = summarise(results, args.seconds)
    report = {"build": str(build), "clients": args.clients, "seconds": args.seconds,
              "distinct_as_of": args.distinct_as_of, "kinds": rows, "rss": rss, "server": ended}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"kg serve on {build}: {args.clients} clients for {args.seconds:g} s on loopback")
    columns = list(rows[0])
    print("  ".join(f"{c:>20}" if c == "kind" else f"{c:>8}" for c in columns))
    for row in rows:
        print("  ".join(f"{row[c]:>20}" if c == "kind" else f"{row[c]:>8}" for c in columns))
    for moment, figures in rss.items():
        print(f"RSS {moment:>5}: server {figures['server_mb']} MB, query processes "
              f"{figures['query_processes_mb']} MB")
    worst = max(r["p95_ms"] for r in rows)
    print(f"p95 target {TARGET_P95_MS:g} ms: {'met' if worst < TARGET_P95_MS else 'NOT met'} "
          f"(worst p95 {worst} ms); errors: {rows[-1]['errors']}; server {ended}")


if __name__ == "__main__":
    main()
