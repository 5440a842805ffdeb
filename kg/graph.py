"""The plain-data projection of the RDF graph that queries run on.

A :class:`Projection` holds dicts of entities, categories, vocabulary terms,
meetings and facts keyed by their local ids, and offers a
``networkx.MultiDiGraph`` whose nodes are entities and whose edges are flows
and relationships (edge key = fact id). :mod:`kg.project` makes one from the
RDF graph; ``kg build`` saves it as JSON so that queries start fast without
importing rdflib, and never read the YAML (see :mod:`kg.store`).

Example::

    >>> proj = Projection({"version": 1, "entities": {}, "categories": {}, "terms": {},
    ...                    "meetings": {}, "sources": {}, "facts": {}})
    >>> proj.g.number_of_nodes()
    0
"""
from __future__ import annotations

import json
from functools import cached_property

from .errors import KGError

FORMAT_VERSION = 1


class Projection:
    """The graph as plain dicts plus a NetworkX MultiDiGraph over entities.

    ``entities``, ``categories``, ``meetings``, ``sources``, ``facts`` map local
    ids to dicts; ``terms[vocabulary][id]`` holds channels, outcomes etc.
    """

    def __init__(self, data: dict):
        if data.get("version") != FORMAT_VERSION:
            raise KGError("the built graph is from another version of kg; run `kg build`")
        self.data = data
        self.entities: dict = data["entities"]
        self.categories: dict = data["categories"]
        self.terms: dict = data["terms"]
        self.meetings: dict = data["meetings"]
        self.sources: dict = data["sources"]
        self.facts: dict = data["facts"]

    @cached_property
    def g(self):
        """Entities as nodes; flows (from -> to) and relationships (subject -> object) as edges."""
        import networkx as nx  # imported on first use: most queries never need it

        graph = nx.MultiDiGraph()
        for key, ent in self.entities.items():
            graph.add_node(key, **{"type": ent["type"], "label": ent["label"]})
        for fact in self.facts.values():
            if fact["kind"] == "flow":
                graph.add_edge(fact["from"], fact["to"], key=fact["id"], kind="flow")
            elif fact["kind"] == "relation":
                graph.add_edge(fact["subject"], fact["object"], key=fact["id"], kind=fact["type"])
        return graph

    def of_kind(self, kind: str) -> list[dict]:
        """Return the facts of one kind (flow, relation, access, safeguard, concern, item)."""
        return [f for f in self.facts.values() if f["kind"] == kind]

    def to_json(self) -> bytes:
        return json.dumps(self.data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
