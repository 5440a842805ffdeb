"""The plain-data projection of the RDF graph that queries run on.

A :class:`Projection` holds dicts of entities, categories, vocabulary terms,
meetings and facts keyed by their local ids; the graph algorithms in
:mod:`kg.explore` build NetworkX graphs over it. :mod:`kg.project` makes one from the
RDF graph; ``kg build`` saves it as JSON so that queries start fast without
importing rdflib, and never read the YAML (see :mod:`kg.store`).

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

FORMAT_VERSION = 2


class Projection:
    """The graph as plain dicts keyed by local ids.

    ``entities``, ``categories``, ``meetings``, ``sources``, ``facts`` map local
    ids to dicts; ``terms[vocabulary][id]`` holds channels, outcomes etc.
    """

    def __init__(self, data: dict):
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise KGError("the built graph is from another version of kg; run `kg build`")
        self.data = data
        self.entities: dict = data["entities"]
        self.categories: dict = data["categories"]
        self.terms: dict = data["terms"]
        self.meetings: dict = data["meetings"]
        self.sources: dict = data["sources"]
        self.facts: dict = data["facts"]
        self._memo: dict = {}

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
