"""What follows if a party or system leaks or stops, per controller.

Two questions, two modes (see ``docs/semantics.md``):

* ``leak`` — if X is compromised, whose data and which categories are exposed:
  what X holds (distance 0, with the routes by which it holds it) and where X
  sent data on (each downstream party with the categories it got from X).
* ``outage`` — if X stops, who loses a flow or a service they depend on:
  senders and receivers of X's flows, users and principals of X, systems X
  hosts or operates, contract and connection partners, and downstream whoever
  stops receiving data because of it.

Both follow the hops of :mod:`kg.query.routes` per controller, in the direction
the data moves, and never through a municipality, department or data subject.

Example::

    >>> answer = impact(proj, "J-LIS", mode="outage")          # doctest: +SKIP
    >>> {r["party"]["id"] for r in answer["affected"]}          # doctest: +SKIP
    {'konbini-operators', ...}
"""
from __future__ import annotations

from collections import defaultdict, deque

from kg.errors import BadQuestion
from kg.graph.projection import Projection
from kg.query.access import hop_step, least_settled, party_info, route_dict, settled_first
from kg.query.resolve import resolve_entity, resolve_municipality
from kg.query.controllers import controllers
from kg.query.hops import Hop
from kg.query.routes import Movement, Route, fact_categories, is_endpoint
from kg.query.scope import Scope, category_closure

MODES = ("leak", "outage")
#: Hops along which data is copied on to someone else (a leak follows these); a party
#: that comes across it by accident (a forgotten certificate) holds a copy too.
COPYING = ("flow", "via-in", "via-out", "entrusts", "re-entrusts", "incidental")


def instances_of(proj: Projection, key: str) -> list[str]:
    """Return the instances of a shared product, or ``[key]`` for anything else."""
    found = sorted(k for k, e in proj.entities.items() if e.get("instance_of") == key)
    return found or [key]


def impact(proj: Projection, target: str, mode: str = "outage", municipality: str | None = None,
           as_of=None, statuses=None) -> dict:
    """Return ``{"subject", "mode", "instances", "affected", "summary"}``.

    Each affected row: ``party``, ``municipality`` (whose data), ``categories``,
    ``distance`` (facts between the target and the party), ``dependency`` (how it
    is affected), ``items`` (agenda items of the facts involved) and ``route``.
    """
    with proj.answering():
        return _impact(proj, target=target, mode=mode, municipality=municipality, as_of=as_of,
                       statuses=statuses)


def _impact(proj: Projection, target: str, mode: str = "outage", municipality: str | None = None,
           as_of=None, statuses=None) -> dict:
    if mode not in MODES:
        raise BadQuestion(f"unknown impact mode {mode!r}; choose one of {', '.join(MODES)}")
    munis = [resolve_municipality(proj, municipality)] if municipality else controllers(proj)
    key = resolve_entity(proj, target, munis[0] if municipality else None)
    targets = instances_of(proj, key)
    scope = Scope(as_of=as_of, statuses=frozenset(statuses) if statuses else None)
    affected: list[dict] = []
    for muni in munis:
        mv = Movement.build(proj, muni, None, scope).reachable()
        for node in targets:
            rows = _leak(proj, mv, node) if mode == "leak" else _outage(proj, mv, node)
            for row in rows:
                row["through"] = node if node != key else None
            affected.extend(rows)
    affected.sort(key=lambda r: (r["distance"], r["municipality"], r["party"]["type"],
                                 r["party"]["id"]))
    return {"subject": party_info(proj, key), "mode": mode,
            "instances": targets if targets != [key] else [],
            "scope": {"municipality": munis[0] if municipality else None,
                      "as_of": as_of.isoformat() if as_of else None},
            "affected": affected, "summary": _summary(proj, affected)}


# -- leak ------------------------------------------------------------------


def holdings(proj: Projection, mv: Movement) -> dict[str, set[str]]:
    """Return ``{node: categories of this controller's data it holds}``.

    A node holds what flows to, from or through it, what the systems it
    hosts, operates, maintains or uses hold, what it is entrusted with, and what
    it may see by accident. What a transformation removes is held by the target
    but not passed on from there; endpoints pass nothing on.
    """
    held: dict[str, set[str]] = defaultdict(set)
    passable: dict[str, set[str]] = defaultdict(set)
    pass_through: list[tuple[Hop, set[str] | None]] = []
    for hops in mv.out.values():
        for hop in hops:
            fact = proj.facts[hop.fact]
            cats = fact_categories(fact)
            if hop.role in ("flow", "via-in", "via-out", "incidental") or (
                    hop.role == "entrusts" and cats):
                removed = set((fact.get("transformation") or {}).get("removes") or ())
                held[hop.dst] |= cats
                passable[hop.dst] |= cats - removed if hop.role != "via-in" else cats
                if hop.role != "incidental":
                    held[hop.src] |= cats
                    passable[hop.src] |= cats
            else:  # system access, entrustment through a system, re-entrustment
                pass_through.append((hop, cats or None))
    changed = True
    while changed:
        changed = False
        for hop, cats in pass_through:
            if is_endpoint(proj, hop.src) and hop.src not in mv.origins():
                continue
            # a relationship naming no data passes what its start holds, less what the
            # same item says the party does not get (Movement.denied)
            got = passable[hop.src] - mv.denied(hop) if cats is None else passable[hop.src] & cats
            if not got <= held[hop.dst] or not got <= passable[hop.dst]:
                held[hop.dst] |= got
                passable[hop.dst] |= got
                changed = True
    return {k: v for k, v in held.items() if v}


def _leak(proj: Projection, mv: Movement, target: str) -> list[dict]:
    held = holdings(proj, mv).get(target, set())
    if not held:
        return []
    rows = []
    # Distance 0: what the target holds, and the routes by which it holds it.
    holder = Movement(proj, mv.controller, list(mv.facts.values()), held)
    shown = []
    for route in holder.reach(max_routes=3).get(target, []):
        holds = None if route.hops else holder.holding_facts(target)
        if route.hops or holds:  # a zero-hop route needs a fact saying the data is there
            shown.append({**route_dict(proj, holder, route, holds), "direction": "holding"})
    rows.append(_row(proj, mv, target, held, 0, "holds", shown))
    # Downstream: where the target sent it on (copies, not access to the target).
    seen = {target}
    frontier = [(Route(target), held)]
    distance = 0
    while frontier:
        distance += 1
        nxt = []
        for route, cats in frontier:
            for hop in mv.out.get(route.end, ()):
                if hop.dst in seen:
                    continue
                if hop.role == "system" and route.end == target \
                        and proj.entities[target]["type"] == "system":
                    # whoever hosts the system stores its data; whoever runs or uses it reads it
                    seen.add(hop.dst)
                    how = "stored-by" if proj.facts[hop.fact]["type"] == "hosts" else "accessed-by"
                    rows.append(_row(proj, mv, hop.dst, cats, len(route.extend(hop).facts()),
                                     how, [_route(proj, mv, route.extend(hop))]))
                    continue
                if hop.role not in COPYING:
                    continue
                sent = _sent(proj, hop, cats) - mv.denied(hop)
                if not sent:
                    continue
                seen.add(hop.dst)
                longer = route.extend(hop)
                rows.append(_row(proj, mv, hop.dst, sent, len(longer.facts()), "received-from",
                                 [_route(proj, mv, longer)]))
                if not is_endpoint(proj, hop.dst) and not hop.stops:
                    nxt.append((longer, sent))
        frontier = nxt
    return rows


def _sent(proj: Projection, hop: Hop, cats: set[str]) -> set[str]:
    """Return the categories of ``cats`` that ``hop`` passes on."""
    fact = proj.facts[hop.fact]
    stated = fact_categories(fact)
    if not stated:
        return set(cats)
    closure = set().union(*(category_closure(proj, c) for c in cats)) if cats else set()
    return {c for c in stated if c in closure or c in cats}


# -- outage ----------------------------------------------------------------


def _outage(proj: Projection, mv: Movement, target: str) -> list[dict]:
    """Who loses a flow or a service if ``target`` stops (see the module docstring).

    A breadth-first search over three states: ``stopped`` (the target, and the
    systems a stopped party hosts or operates), ``starved`` (a conduit that no
    longer receives some categories) and ``impaired`` (a system that lost a
    partner it sends to or connects with). Downstream routes start at the
    target; upstream routes (senders, principals) end at it; a party that
    depends on an impaired system gets a route ``through`` that system, which
    has a row of its own.
    """
    into: dict[str, list[Hop]] = defaultdict(list)
    for hops in mv.out.values():
        for hop in hops:
            into[hop.dst].append(hop)
    # A relationship stated for every participant matters to this controller only
    # between parties its data reaches (the other region's instance does not stop
    # for it).
    relations = [f for f in mv.facts.values() if f["kind"] == "relation" and (
        mv.reached is None or f.get("controller") == mv.controller
        or {f["subject"], f["object"]} <= mv.reached)]
    rows: dict[str, dict] = {}
    queue: deque = deque([(target, Route(target), "stopped", None, 0)])
    seen_states = {(target, "stopped")}

    def affect(node, cats, route, dependency, state=None, direction="downstream", base=0):
        distance = base + len(route.facts())
        if node != target and node not in rows:
            rows[node] = _row(proj, mv, node, cats, distance, dependency,
                              [_route(proj, mv, route, direction)])
        if state and (node, state) not in seen_states and not (
                state != "stopped" and is_endpoint(proj, node)):
            seen_states.add((node, state))
            if direction == "downstream":
                queue.append((node, route, state, cats or None, base))
            else:  # what depends on it is reached through it, a row of its own
                queue.append((node, Route(node), state, cats or None, distance))

    while queue:
        node, route, state, lost, base = queue.popleft()
        direction = "downstream" if route.start == target else "through"
        on_route = set(route.nodes())
        for fact in relations if state == "stopped" else ():
            subject, obj = fact["subject"], fact["object"]
            if fact["type"] in ("contracts-with", "connects-to") and node in (subject, obj):
                other = obj if subject == node else subject
                if other in on_route:
                    continue
                kind = proj.entities[other]["type"]
                affect(other, fact_categories(fact),
                       route.extend(Hop(node, other, fact["id"], fact["type"])),
                       "contract" if fact["type"] == "contracts-with" else "connection",
                       "impaired" if kind == "system" else None, direction, base)
            elif fact["type"] == "maintains" and subject == node and obj not in on_route:
                affect(obj, fact_categories(fact),
                       route.extend(Hop(node, obj, fact["id"], fact["type"])), "loses-maintainer",
                       direction=direction, base=base)
            elif fact["type"] in ("hosts", "operates") and subject == node and obj not in on_route:
                # The relationship read as stated: the stopped party hosts (operates) it.
                affect(obj, fact_categories(fact),
                       route.extend(Hop(node, obj, fact["id"], fact["type"])),
                       "system-stops", "stopped", direction, base)
        for hop in mv.out.get(node, ()):
            if hop.role == "incidental" or hop.dst in on_route:
                continue
            cats = fact_categories(proj.facts[hop.fact])
            if state == "impaired" and hop.role not in ("system", "entrusts", "re-entrusts"):
                continue
            if state == "starved" and lost and cats and not _overlaps(proj, lost, cats):
                continue
            dependency = {"system": "loses-system", "entrusts": "loses-work",
                          "re-entrusts": "loses-work"}.get(hop.role, "receives-from")
            next_state = None if state == "impaired" else "starved"
            affect(hop.dst, cats, route.extend(hop), dependency, next_state, direction, base)
        if state != "stopped":
            continue
        for hop in into.get(node, ()):
            if hop.role in ("incidental", "system") or hop.src in on_route:
                continue  # a system does not stop because one of its users does
            if hop.role in ("entrusts", "re-entrusts") and \
                    proj.entities[hop.src]["type"] == "system":
                continue  # the contractor's access to a system, not a principal
            fact = proj.facts[hop.fact]
            dependency = {"entrusts": "loses-contractor",
                          "re-entrusts": "loses-subcontractor"}.get(hop.role, "sends-to")
            chain = Route(hop.src, (hop,) + _reverse(route))
            if hop.role == "via-out":  # the flow's sender, through the system, loses it too
                sender = Route(fact["from"], (Hop(fact["from"], hop.src, hop.fact, "via-in"),)
                               + chain.hops)
                affect(fact["from"], fact_categories(fact), sender, dependency,
                       direction="upstream", base=base)
            kind = proj.entities[hop.src]["type"]
            affect(hop.src, fact_categories(fact), chain, dependency,
                   "impaired" if kind == "system" else None, "upstream", base)
    return list(rows.values())


def _reverse(route: Route) -> tuple[Hop, ...]:
    """The hops of a route from the target, read back towards it (for upstream chains)."""
    return tuple(Hop(h.dst, h.src, h.fact, h.role) for h in reversed(route.hops))


def _overlaps(proj: Projection, a: set[str], b: set[str]) -> bool:
    for c in a:
        if b & category_closure(proj, c):
            return True
    return any(a & category_closure(proj, c) for c in b)


# -- rows ------------------------------------------------------------------


def _route(proj: Projection, mv: Movement, route: Route, direction: str = "downstream") -> dict:
    hops = [hop_step(proj, h, mv.controller) for h in route.hops]
    return {"municipality": mv.controller, "direction": direction,
            "start": route.start,
            "start_label": proj.entities[route.start]["label"], "end": route.end, "hops": hops,
            "status": least_settled([h.get("status") for h in hops if h.get("status")]),
            "basis": "inferred" if any(h["basis"] == "inferred" for h in hops) else "stated"}


def _row(proj, mv, node, cats, distance, dependency, routes) -> dict:
    items = sorted({proj.facts[h["fact"]]["item"] for r in routes for h in r["hops"]
                    if proj.facts[h["fact"]]["item"]}
                   | {h["item"] for r in routes for h in r.get("holds", []) if h["item"]})
    return {"party": party_info(proj, node), "municipality": mv.controller,
            "categories": sorted(cats), "distance": distance, "dependency": dependency,
            "items": items, "routes": sorted(routes, key=settled_first)}


def _summary(proj: Projection, affected: list[dict]) -> dict:
    items = sorted({i for r in affected for i in r["items"]})
    return {"municipalities": sorted({r["municipality"] for r in affected}),
            "parties": len({r["party"]["id"] for r in affected}),
            "departments": sorted({r["party"]["id"] for r in affected
                                   if r["party"]["type"] == "department"}),
            "categories": sorted({c for r in affected for c in r["categories"]}),
            "agenda_items": [{"id": i, "title": proj.facts[i].get("title")} for i in items]}
