"""What a query looks at: the facts in scope and the categories that count.

A :class:`Scope` filters facts by municipality, by the date of the meeting that
stated them (``as_of``) and by flow status. :func:`category_closure` says which
categories count as "data of category C": C itself, everything narrower, and
every document or category that contains one of those.

Example::

    >>> sorted(category_closure(proj, "my-number"))        # doctest: +SKIP
    ['my-number', 'my-number-card', 'specific-personal-information']
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.graph.projection import Projection


@dataclass(frozen=True)
class Scope:
    """Which facts a query considers; every field None means all facts.

    ``municipality`` is whose data (the controller), ``as_of`` the latest meeting
    date, ``statuses`` the statuses of flows and relationships kept.
    """

    municipality: str | None = None
    as_of: dt.date | None = None
    statuses: frozenset[str] | None = None

    def admits(self, fact: dict) -> bool:
        """Return True when ``fact`` lies in this scope.

        A fact about data is in a municipality's scope when that municipality is
        its controller (or it is stated for every participant); other facts
        (agenda items, safeguards, concerns) when that municipality's minutes state them.
        """
        if self.municipality:
            if "controller" in fact:
                if fact["controller"] not in (None, self.municipality):
                    return False
            elif fact["municipality"] != self.municipality:
                return False
        if self.as_of and fact["date"] > self.as_of.isoformat():
            return False
        if self.statuses and fact.get("status") and fact["status"] not in self.statuses:
            return False
        return True

    def facts(self, proj: Projection, kind: str | None = None) -> list[dict]:
        """Return the facts in scope, optionally of one kind, in a stable order."""
        return [f for f in proj.ordered_facts
                if (kind is None or f["kind"] == kind) and self.admits(f)]


def narrower(proj: Projection) -> dict[str, set[str]]:
    """Return ``{category: its direct narrower categories}``."""
    out: dict[str, set[str]] = {key: set() for key in proj.categories}
    for key, cat in proj.categories.items():
        for parent in cat["broader"]:
            out.setdefault(parent, set()).add(key)
    return out


def category_closure(proj: Projection, category: str) -> set[str]:
    """Return every category whose data is (or contains) data of ``category``."""
    below = narrower(proj)
    result: set[str] = set()
    todo = [category]
    while todo:
        current = todo.pop()
        if current in result:
            continue
        result.add(current)
        todo.extend(below.get(current, ()))
        # A document (or grouping) that contains this category carries it too.
        todo.extend(k for k, c in proj.categories.items() if current in c["contains"])
    return result


def ancestors(proj: Projection, category: str) -> set[str]:
    """Return the strictly broader categories of ``category`` (transitively)."""
    result: set[str] = set()
    todo = list(proj.categories.get(category, {}).get("broader", []))
    while todo:
        current = todo.pop()
        if current not in result:
            result.add(current)
            todo.extend(proj.categories.get(current, {}).get("broader", []))
    return result


def sensitivity(proj: Projection, category: str) -> str:
    """Return the category's sensitivity, inherited from the nearest broader one.

    The strongest wins where several ancestors set one: specific, then
    special-care, then ordinary. A document takes the strongest of what it contains.
    """
    order = ["specific", "special-care", "ordinary"]
    found = []
    for key in {category} | ancestors(proj, category):
        level = proj.categories.get(key, {}).get("sensitivity")
        if level:
            found.append(level)
    for key in proj.categories.get(category, {}).get("contains", []):
        if key != category:
            found.append(sensitivity(proj, key))
    return min(found, key=order.index) if found else "ordinary"


def category_info(proj: Projection, category: str) -> dict:
    """Return the plain description of a category used in query answers."""
    cat = proj.categories[category]
    return {"id": category, "label": cat["label"], "label_en": cat["label_en"],
            "aliases": cat["aliases"], "kind": cat["kind"],
            "sensitivity": sensitivity(proj, category)}
