"""The Python API: one object whose methods are the queries.

    >>> import kg
    >>> graph = kg.open()                                   # doctest: +SKIP
    >>> [p["label"] for p in graph.who_can_see("個人番号", municipality="杉並区")["parties"]]  # doctest: +SKIP
    ['区民課', '杉並区', '地方公共団体情報システム機構', ...]

:func:`open` finds the build the same way the ``kg`` command does (``$KG_BUILD``,
else the checkout's ``build/``, else ``kg-pdflow/build`` in the user's cache
folder) and, when there is none yet, builds the bundled data there first, so it
works from any folder and from an installed wheel. Every method returns the
same plain data as the command's ``--format json``.
"""
from __future__ import annotations

from pathlib import Path

from kg import paths
from kg.errors import BuildMissing


class KnowledgeGraph:
    """A built graph, ready to be asked. Make one with :func:`kg.open`."""

    def __init__(self, build: Path):
        from kg.graph.store import load_projection

        self.build = Path(build)
        self.projection = load_projection(self.build)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.build} ({len(self.projection.facts)} facts)>"

    def who_can_see(self, category: str, municipality: str | None = None, as_of=None,
                    statuses=None) -> dict:
        """Who can see ``category`` (of ``municipality``'s residents), how, by which route."""
        from kg.query.access import who_can_see

        return who_can_see(self.projection, category, municipality, as_of, statuses)

    def trace(self, category: str, start: str | None = None, municipality: str | None = None,
              as_of=None, statuses=None) -> dict:
        """The flow paths of ``category``, hop by hop, per municipality."""
        from kg.query.trace import trace

        return trace(self.projection, category, start, municipality, as_of, statuses)

    def impact(self, target: str, mode: str = "outage", municipality: str | None = None,
               as_of=None, statuses=None) -> dict:
        """What follows if ``target`` leaks (``mode="leak"``) or stops (``"outage"``)."""
        from kg.query.impact import impact

        return impact(self.projection, target, mode, municipality, as_of, statuses)

    def touches(self, party: str, as_of=None, statuses=None) -> dict:
        """What ``party`` handles: categories, flows in and out, systems, entrustments."""
        from kg.query.explore import touches

        return touches(self.projection, party, as_of, statuses)

    def path(self, a: str, b: str, max_hops: int = 5, municipality: str | None = None) -> dict:
        """The routes by which data moves from ``a`` to ``b``."""
        from kg.query.explore import paths_between

        return paths_between(self.projection, a, b, max_hops, municipality=municipality)

    def compare(self, *municipalities: str) -> dict:
        """Municipalities side by side."""
        from kg.query.explore import compare

        return compare(self.projection, list(municipalities))

    def findings(self, municipality: str | None = None, severity: str | None = None,
                 rule: str | None = None) -> list[dict]:
        """Audit findings of the rules in the build."""
        from kg.query.findings import findings

        return findings(self.projection, municipality, severity, rule)

    def search(self, text: str) -> list[dict]:
        """Parties, systems, categories and agenda items whose names match ``text``."""
        from kg.query.resolve import search

        return search(self.projection, text)

    def list(self, kind: str, municipality: str | None = None) -> dict:
        """What the graph knows of one kind: categories, systems, parties, municipalities, items."""
        from kg.query.browse import listing

        return listing(self.projection, kind, municipality)

    def show(self, name: str, municipality: str | None = None) -> dict:
        """Everything known about one party, system, category or agenda item (the one of
        ``municipality`` where several share the name)."""
        from kg.query.browse import show

        return show(self.projection, name, municipality)

    def sparql(self, query: str, **bindings: str) -> dict:
        """Run a read-only SPARQL query; keyword arguments are bound as literals
        (write ``<...>`` for an IRI)."""
        from kg.graph.store import store_path
        from kg.query.sparql import parse_bindings, run

        pairs = [f"{name}={value}" for name, value in bindings.items()]
        return run(store_path(self.build), query, parse_bindings(pairs))


def open(build: str | Path | None = None) -> KnowledgeGraph:  # noqa: A001 (like io.open)
    """Return the built graph in ``build`` (default: see the module docstring).

    When no ``build`` is given and the default folder holds no build, the
    bundled data is built there first (it takes a few seconds).
    """
    if build is not None:
        return KnowledgeGraph(Path(build))
    folder = paths.build_dir()
    try:
        return KnowledgeGraph(folder)
    except BuildMissing:
        from kg.graph.pipeline import build_folder

        build_folder(out_dir=folder, shacl=False)
        return KnowledgeGraph(folder)
