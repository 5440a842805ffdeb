"""Which facts concern a controller's data, per scope.

A controller (a municipality) owns the facts about its residents' data; the
statements made for every participant of a shared service (``J-LIS hosts the
certificate system``) concern every controller too. :func:`controller_facts`
gives one controller's facts, citing its own minutes when they make such a
statement and the earliest statement otherwise; :func:`canonical_scope` makes
every date between two meetings one scope, so caches do not grow with dates.

Example::

    >>> controllers(proj)[:2]                                         # doctest: +SKIP
    ['higashimurayama', 'kawaguchi']
    >>> [f["id"] for f in controller_facts(proj, "kawaguchi")][:2]    # doctest: +SKIP
    ['002-flow-1', '002-flow-2']
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections import defaultdict

from kg.graph.projection import Projection
from kg.query.scope import Scope


def fact_index(proj: Projection) -> dict:
    """Facts of each controller, computed once per projection.

    Returns ``{"by_controller": {m: [facts]}, "participants": [facts],
    "departments": {m: {dept ids}}, "controllers": [m ...]}``.
    """
    def compute():
        by_controller: dict[str, list[dict]] = defaultdict(list)
        participants: list[dict] = []
        for fact in proj.ordered_facts:
            if fact["kind"] not in ("flow", "relation", "access"):
                continue
            if fact.get("controller"):
                by_controller[fact["controller"]].append(fact)
            else:
                participants.append(fact)
        departments: dict[str, set[str]] = defaultdict(set)
        for key, ent in proj.entities.items():
            if ent["type"] == "department" and ent.get("municipality"):
                departments[ent["municipality"]].add(key)
        return {"by_controller": dict(by_controller), "participants": participants,
                "departments": dict(departments), "controllers": sorted(by_controller)}
    return proj.memo("controllers.index", compute)


def controllers(proj: Projection) -> list[str]:
    """Return the municipalities that are the controller of at least one fact."""
    return fact_index(proj)["controllers"]


def controller_facts(proj: Projection, controller: str, scope: Scope | None = None) -> list[dict]:
    """Return the flow, relation and access facts that concern ``controller``'s data.

    What the minutes state for every participant of a shared service (``J-LIS hosts
    the certificate system``) is often stated by many municipalities' minutes alike:
    of each such statement, ``controller`` gets the ones its own minutes make, else
    the earliest, so that answers cite its own minutes when they can and a national
    graph does not give every municipality every other municipality's statement.
    """
    shared = []
    for earliest, by_municipality in _participant_groups(proj, scope or Scope()):
        shared += by_municipality.get(controller) or [earliest]
    # own first: Movement.holding_facts stops at the shared ones
    return own_facts(proj, controller, scope) + shared


def own_facts(proj: Projection, controller: str, scope: Scope | None = None) -> list[dict]:
    """Return the facts about ``controller``'s data that its controller is named in."""
    own = fact_index(proj)["by_controller"].get(controller, [])
    if scope is not None and scope != Scope():
        own = [f for f in own if scope.admits(f)]
    return own


def participant_statements(proj: Projection, scope: Scope) -> dict:
    """Return the statements made for every participant, in ``scope``, as
    ``{"earliest": [fact per statement], "stated_by": {municipality: [(statement
    number, [its facts])]}}``: :func:`controller_facts` takes a municipality's own
    facts of a statement where ``stated_by`` has them, else the earliest."""
    def compute():
        stated_by: dict[str, list] = defaultdict(list)
        earliest = []
        for number, (first, by_municipality) in enumerate(_participant_groups(proj, scope)):
            earliest.append(first)
            for municipality, facts in by_municipality.items():
                stated_by[municipality].append((number, facts))
        return {"earliest": earliest, "stated_by": dict(stated_by)}
    cache = proj.memo("controllers.participant_statements", dict)
    key = canonical_scope(proj, scope)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _participant_groups(proj: Projection, scope: Scope) -> list:
    """Return, per distinct statement made for every participant, ``(earliest fact,
    {municipality of the minutes: [facts]})``, for the facts in ``scope``."""
    def compute():
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for fact in fact_index(proj)["participants"]:
            if scope.admits(fact):
                groups[_statement(fact)].append(fact)
        out = []
        for facts in groups.values():
            by_municipality: dict[str, list[dict]] = defaultdict(list)
            for fact in facts:
                by_municipality[fact["municipality"]].append(fact)
            out.append((min(facts, key=lambda f: (f["date"], f["id"])), dict(by_municipality)))
        return out
    cache = proj.memo("controllers.participant_groups", dict)
    key = canonical_scope(proj, scope)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _statement(fact: dict) -> tuple:
    """What a fact says, without who said it or when."""
    return (fact["kind"], fact.get("type"), fact.get("from"), fact.get("to"), fact.get("via"),
            fact.get("subject"), fact.get("object"), fact.get("system"), fact.get("party"),
            tuple(fact.get("categories") or ()), fact.get("status"))


def canonical_scope(proj: Projection, scope: Scope) -> Scope:
    """Return ``scope`` with ``as_of`` moved back to the last date any fact was stated
    on (or None after the last): every date between two meetings gives the same
    answer, and a server caches one answer for them, not one per date asked."""
    if scope.as_of is None:
        return scope
    dates = proj.memo("controllers.dates", lambda: sorted({f["date"] for f in proj.facts.values()
                                                      if f.get("date")}))
    index = bisect.bisect_right(dates, scope.as_of.isoformat())
    if index == len(dates):
        as_of = None
    else:
        as_of = dt.date.fromisoformat(dates[index - 1]) if index else dt.date.min
    return dataclasses.replace(scope, as_of=as_of)
