"""The plain-data projection of the RDF graph that queries run on.

A :class:`Projection` holds dicts of entities, categories, vocabulary terms,
meetings and facts keyed by their local ids; the graph algorithms in
:mod:`kg.query.explore` build NetworkX graphs over it. :mod:`kg.graph.project` makes one
from the RDF graph; ``kg build`` saves it as JSON (a core file and one piece per
document, see :mod:`kg.graph.store`) so that queries start fast without importing
rdflib, and never read the YAML.

Example::

    >>> proj = Projection({"version": 1, "entities": {}, "categories": {}, "terms": {},
    ...                    "meetings": {}, "sources": {}, "facts": {}})
    >>> proj.ordered_facts
    []
"""
from __future__ import annotations

import contextlib
import gc
from functools import cached_property

import orjson

from kg.errors import KGError

FORMAT_VERSION = 3


class Projection:
    """The graph as plain dicts keyed by local ids.

    ``entities``, ``categories``, ``meetings``, ``sources``, ``facts`` map local
    ids to dicts; ``terms[vocabulary][id]`` holds channels, outcomes etc.

    A built projection (:func:`kg.graph.store.load_projection`) reads its facts
    from the build's per-document pieces on first use (``pieces`` maps each piece
    file to the municipalities whose data or minutes it holds); :meth:`focus`
    reads only one municipality's instead, for a question about its data alone.
    """

    def __init__(self, data: dict, pieces: dict | None = None):
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise KGError("the built graph is from another version of kg; run `kg build`")
        self.data = data
        self.entities: dict = data["entities"]
        self.categories: dict = data["categories"]
        self.terms: dict = data["terms"]
        self.meetings: dict = data["meetings"]
        self.sources: dict = data["sources"]
        self._pieces = pieces
        #: the municipality whose facts alone were read (see focus), or None
        self.focused: str | None = None
        self._memo: dict = {}

    @property
    def facts(self) -> dict:
        """Every fact by id (read from the pieces on first use)."""
        if "facts" not in self.data:
            self._read(list(self._pieces or ()))
        return self.data["facts"]

    def focus(self, municipality: str) -> "Projection":
        """Read only the facts about ``municipality``'s data or stated in its minutes
        (with what the minutes state for every participant); return self.

        Answers about that municipality's data alone are the same as on the whole
        projection (tested); anything else must not be asked of it. Does nothing
        when the facts were read already.
        """
        if "facts" not in self.data and self._pieces is not None:
            self._read([p for p, m in self._pieces.items() if municipality in m])
            self.focused = municipality
        return self

    def _read(self, files) -> None:
        facts = dict(self.data.get("shared_facts") or {})
        for path in files:
            with open(path, "rb") as handle:
                for line in handle:
                    if line.startswith(b"facts\t"):
                        inner = line[6:].rstrip(b"\n")
                        if inner:
                            facts.update(orjson.loads(b"{" + inner + b"}"))
        self.data["facts"] = facts
        gc.freeze()  # read-only from now on: keep the collector from walking it

    @cached_property
    def ordered_facts(self) -> list[dict]:
        """The facts sorted by id, computed once: queries filter this list many times."""
        return [fact for _, fact in sorted(self.facts.items())]

    def memo(self, key: str, compute):
        """Return ``compute()``, computed once per projection under ``key``.

        Queries keep their indexes here (facts per controller, the category
        closure), so a server answering many queries builds each once.
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @staticmethod
    @contextlib.contextmanager
    def answering():
        """Pause the cyclic garbage collector while an answer is built.

        An answer is a tree of fresh dicts and lists without cycles; at national
        scale it holds hundreds of thousands of them, and collections triggered
        while it grows only walk it again and again (a third of who-can-see's
        time at 1,741 municipalities). Reference counting still frees everything.
        """
        enabled = gc.isenabled()
        gc.disable()
        try:
            yield
        finally:
            if enabled:
                gc.enable()

    def of_kind(self, kind: str) -> list[dict]:
        """Return the facts of one kind (flow, relation, access, safeguard, concern, item)."""
        return [f for f in self.facts.values() if f["kind"] == kind]

    def to_json(self) -> bytes:
        # YAML-read rule parameters keep their line-aware str subclass as keys.
        return orjson.dumps(self.data, option=orjson.OPT_NON_STR_KEYS)
