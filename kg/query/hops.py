"""The hops each fact can give, and which of them a question keeps.

A hop is one step of data movement, in the direction the data moves, and a
route a chain of hops (:class:`Route`; see
:mod:`kg.query.routes`). What hops a fact can give depends on the fact alone,
so they are worked out once per fact (:func:`candidates_of`); a question about some
categories keeps those that carry them (:func:`admit`). The hops of statements
made for every participant are kept once per question for all controllers
(:func:`shared_hops`).

Example::

    >>> [c.hop for c in candidates_of(proj, [proj.facts["000-flow-1"]])]  # doctest: +SKIP
    [Hop(src='higashimurayama-shimin-ka', dst='jlis', fact='000-flow-1', role='flow', stops=False)]
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.graph.projection import Projection
from kg.query.controllers import participant_statements
from kg.query.scope import Scope, category_closure

#: Relationships by which a party reaches the data a system holds.
SYSTEM_ROLES = ("hosts", "operates", "maintains", "uses")


@dataclass(frozen=True)
class Hop:
    """One hop of data movement: ``src`` → ``dst``, stated by ``fact``.

    ``role`` is ``flow`` (or ``via-in``/``via-out`` for the two halves of a flow
    through a system), ``system``, ``entrusts``, ``re-entrusts`` or
    ``incidental``; ``stops`` is True when a transformation on this hop removes
    the category asked about, so nothing after it carries that category.
    """

    src: str
    dst: str
    fact: str
    role: str
    stops: bool = False


@dataclass(frozen=True)
class Candidate:
    """A hop a fact may give, and what decides whether it does for a set of categories."""

    hop: Hop
    cats: frozenset
    mode: str                 # "carries": the fact must carry a wanted category;
                              # "scoped": no categories, or a wanted one
    removes: frozenset = frozenset()   # a transformation on this hop removes these
    asserts: str | None = None         # the node this fact says holds the data


def candidates_of(proj: Projection, facts: list[dict]) -> list[Candidate]:
    """Return every hop the facts of one controller can give, whatever is asked.

    A fact's hops depend on the fact alone (its own controller, or none for a
    statement about every participant), so they are worked out once per fact and
    shared by every controller the fact concerns: a national graph states the
    same shared facts for every municipality.
    """
    cache = proj.memo("hops.fact_candidates", dict)
    out: list[Candidate] = []
    for fact in facts:
        found = cache.get(fact["id"])
        if found is None:
            found = cache[fact["id"]] = _fact_candidates(proj, fact)
        out += found
    return out


def _fact_candidates(proj: Projection, fact: dict) -> list[Candidate]:
    """Return the hops one fact can give (see :func:`candidates_of`)."""
    out = []
    kind, ftype, fid = fact["kind"], fact["type"], fact["id"]
    cats = fact_cats(proj, fact)
    controller = fact.get("controller")
    own = controller is not None
    if kind == "flow":
        removes = frozenset((fact.get("transformation") or {}).get("removes") or ())
        asserts = fact["from"] if own else None
        if fact["via"]:
            out.append(Candidate(Hop(fact["from"], fact["via"], fid, "via-in"), cats,
                                  "carries", asserts=asserts))
            out.append(Candidate(Hop(fact["via"], fact["to"], fid, "via-out"), cats,
                                  "carries", removes))
        else:
            out.append(Candidate(Hop(fact["from"], fact["to"], fid, "flow"), cats, "carries",
                                  removes, asserts))
    elif kind == "relation" and ftype == "entrusts":
        # Work on named data comes from the principal; work on a system, from it.
        if cats:
            out.append(Candidate(Hop(fact["subject"], fact["object"], fid, "entrusts"),
                                  cats, "scoped"))
        if fact["system"]:
            out.append(Candidate(Hop(fact["system"], fact["object"], fid, "entrusts"),
                                  cats, "scoped"))
    elif kind == "relation" and ftype in SYSTEM_ROLES:
        if proj.entities[fact["object"]]["type"] == "system":
            out.append(Candidate(Hop(fact["object"], fact["subject"], fid, "system"), cats,
                                  "scoped"))
    elif kind == "relation" and ftype == "re-entrusts" and fact["permission"] != "forbidden":
        out.append(Candidate(Hop(fact["subject"], fact["object"], fid, "re-entrusts"), cats,
                              "scoped"))
        if fact["system"]:
            out.append(Candidate(Hop(fact["system"], fact["object"], fid, "re-entrusts"),
                                  cats, "scoped"))
    elif kind == "access" and ftype == "incidental":
        src = fact.get("from") or controller
        if src:  # a fact for every participant needs a stated source
            asserts = src if own and fact.get("from") else None  # the data is met there
            out.append(Candidate(Hop(src, fact["party"], fid, "incidental"), cats, "carries",
                                  asserts=asserts))
    return out


def fact_cats(proj: Projection, fact: dict) -> frozenset:
    """Return the categories ``fact`` carries, as a frozenset made once per fact."""
    cache = proj.memo("hops.fact_cats", dict)
    found = cache.get(fact["id"])
    if found is None:
        found = cache[fact["id"]] = frozenset(fact.get("categories") or ())
    return found


def admit(c: Candidate, wanted: set[str] | None) -> Hop | None:
    """Return the hop candidate ``c`` gives for the ``wanted`` categories, or None."""
    hit = wanted is None or not wanted.isdisjoint(c.cats)
    if not (c.cats and hit if c.mode == "carries" else not c.cats or hit):
        return None
    if c.removes and (wanted is None or not wanted.isdisjoint(c.removes)):
        return Hop(c.hop.src, c.hop.dst, c.hop.fact, c.hop.role, True)
    return c.hop


def shared_hops(proj: Projection, scope: Scope, wanted: set[str] | None) -> dict:
    """Return the hops, for ``wanted``, of the earliest fact of every statement made
    for every participant (``scope`` canonical), once for all controllers:
    ``{"plain": {src: [hops]}, "numbered": {src: [(statement number, hop)]},
    "sources": {statement number: {src}}}``."""
    cache = proj.memo("hops.shared_hops", dict)
    key = (scope, frozenset(wanted) if wanted is not None else None)
    if key not in cache:
        numbered: dict[str, list] = defaultdict(list)
        sources: dict[int, set] = defaultdict(set)
        earliest = participant_statements(proj, scope)["earliest"]
        for number, fact in enumerate(earliest):
            for c in candidates_of(proj, [fact]):
                hop = admit(c, wanted)
                if hop is not None:
                    numbered[hop.src].append((number, hop))
                    sources[number].add(hop.src)
        cache[key] = {"plain": {src: [hop for _, hop in pairs] for src, pairs in numbered.items()},
                      "numbered": dict(numbered), "sources": dict(sources)}
    return cache[key]


def contents(proj: Projection, categories) -> set[str]:
    """Return ``categories`` and every category they contain, at any depth (本人確認情報:
    氏名, 住所, …, 個人番号).

    >>> contents(proj, ["checkup-result-form"])                    # doctest: +SKIP
    {'checkup-result-form', 'name', 'health'}
    """
    out, todo = set(), list(categories)
    while todo:
        current = todo.pop()
        if current not in out:
            out.add(current)
            todo.extend(proj.categories.get(current, {}).get("contains", ()))
    return out


def closure(proj: Projection, category: str) -> set[str]:
    """:func:`~kg.query.scope.category_closure`, made once per category."""
    cache = proj.memo("hops.closures", dict)
    if category not in cache:
        cache[category] = category_closure(proj, category)
    return cache[category]


class Route:
    """A directed chain of hops from where the data is held to ``end``.

    Routes are built by extending shorter ones, so each keeps its nodes and
    distinct facts as tuples instead of recomputing them.
    """

    __slots__ = ("start", "hops", "_nodes", "_facts")

    def __init__(self, start: str, hops: tuple[Hop, ...] = (), _nodes=None, _facts=None):
        self.start = start
        self.hops = hops
        self._nodes = _nodes if _nodes is not None else (start,) + tuple(h.dst for h in hops)
        self._facts = _facts if _facts is not None else tuple(dict.fromkeys(h.fact for h in hops))

    def __eq__(self, other) -> bool:
        return isinstance(other, Route) and (self.start, self.hops) == (other.start, other.hops)

    def __hash__(self) -> int:
        return hash((self.start, self.hops))

    def __repr__(self) -> str:
        return f"Route({self.start!r}, {self.hops!r})"

    @property
    def end(self) -> str:
        return self._nodes[-1]

    def facts(self) -> list[str]:
        """Return the distinct facts of the route, in order."""
        return list(self._facts)

    def nodes(self) -> tuple[str, ...]:
        return self._nodes

    def extend(self, hop: Hop) -> "Route":
        facts = self._facts if self._facts and self._facts[-1] == hop.fact else \
            self._facts + (hop.fact,)
        return Route(self.start, self.hops + (hop,), self._nodes + (hop.dst,), facts)
