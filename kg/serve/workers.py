"""A pool of query processes for the server: each holds the store open, each query
has a deadline and a memory ceiling, and a process that overruns is replaced.

Queries run in separate processes because Oxigraph cannot be interrupted once it
has started: stopping a runaway query means stopping its process. Workers are
started with ``spawn`` (never forked from the threaded server).

Example::

    >>> pool = QueryPool(Path("build/store"), size=2)        # doctest: +SKIP
    >>> pool.run("ASK { ?s ?p ?o }", timeout=5, max_rows=10, max_memory=512)  # doctest: +SKIP
    {'boolean': True}
    >>> pool.close()                                          # doctest: +SKIP
"""
from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from pathlib import Path

from kg.errors import QueryError


def _serve(store_path: str, conn) -> None:
    """The worker's loop: open the store read-only, answer queries until told to stop."""
    import pyoxigraph

    from kg.query.sparql import outcome

    store = pyoxigraph.Store.read_only(store_path)
    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        text, max_rows = message
        conn.send(outcome(store, text, max_rows))


class _Worker:
    def __init__(self, context, store: Path):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(str(store), child), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(60) or self.conn.recv()[0] != "ready":
            self.kill()
            raise QueryError("a query process could not open the store")

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """``size`` worker processes answering read-only queries on the store at ``store``."""

    def __init__(self, store: Path, size: int = 2):
        self.store = Path(store)
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.lock = threading.Lock()
        self.closed = False
        for _ in range(size):
            self.idle.put(_Worker(self.context, self.store))

    def run(self, text: str, *, timeout: float, max_rows: int, max_memory: int) -> dict:
        """Return the answer of a checked, bound query; raise QueryError when it fails,
        overruns ``timeout`` seconds or ``max_memory`` MB (its process is then replaced)."""
        from kg.query.sparql import rss_mb

        started = time.monotonic()
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryError(f"the server is busy: no query process was free within "
                             f"{timeout:g} s") from None
        healthy = False
        try:
            worker.conn.send((text, max_rows))
            while not worker.conn.poll(0.01):
                if not worker.process.is_alive():
                    raise QueryError("the query stopped unexpectedly (its process ended)")
                if time.monotonic() - started > timeout:
                    raise QueryError(f"query stopped after {timeout:g} s: narrow it (LIMIT, "
                                     f"fewer joins)")
                if rss_mb(worker.process.pid) > max_memory:
                    raise QueryError(f"query stopped: it needed more than {max_memory} MB; "
                                     f"narrow it")
            status, payload = worker.conn.recv()
            healthy = True
        finally:
            self._give_back(worker, healthy)
        if status == "error":
            raise QueryError(payload)
        return payload

    def _give_back(self, worker: _Worker, healthy: bool) -> None:
        if healthy and not self.closed:
            self.idle.put(worker)
            return
        worker.kill()
        if not self.closed:  # replace a process that overran
            self.idle.put(_Worker(self.context, self.store))

    def close(self) -> None:
        """Stop every worker."""
        self.closed = True
        while True:
            try:
                worker = self.idle.get_nowait()
            except queue.Empty:
                return
            try:
                worker.conn.send(None)
            except OSError:
                pass
            worker.kill()
