"""Who can see a data category, and where it flows.

:func:`who_can_see` answers "who can see data of category C?" with every party,
how it can see the data (``direct``, ``via-system``, ``entrusted``,
``transitive``, ``incidental``), the routes that grant it and, for each step,
the evidence. Parties the minutes explicitly exclude are listed apart, never as
parties. :func:`trace` lists the flow paths of C and where a transformation
stops it.

Example::

    >>> answer = who_can_see(proj, "個人番号")               # doctest: +SKIP
    >>> answer["parties"][0]["access"]                     # doctest: +SKIP
    'direct'
"""
from __future__ import annotations

from collections import defaultdict

from kg.graph.projection import Projection
from kg.query.resolve import resolve_category, resolve_entity, resolve_municipality
from kg.query.scope import Scope, ancestors, category_closure, category_info

ACCESS_ORDER = ["direct", "via-system", "entrusted", "transitive", "incidental"]
SYSTEM_ROLES = ("hosts", "operates", "maintains")
ENTRUSTING = ("entrusts", "re-entrusts")


def party_info(proj: Projection, key: str) -> dict:
    """Return the plain description of an entity used in answers."""
    ent = proj.entities[key]
    return {"id": key, "label": ent["label"], "label_en": ent["label_en"],
            "aliases": ent["aliases"], "type": ent["type"]}


def evidence_of(proj: Projection, fact: dict) -> list[dict]:
    """Return a fact's evidence as ``{"source", "line", "quote", "date"}`` dicts."""
    return [{"source": e["source"], "line": e["line"], "quote": e["quote"],
             "date": fact["date"]} for e in fact["evidence"]]


def hop(proj: Projection, fact: dict) -> dict:
    """Return one step of a route: a flow, relationship or access fact, with evidence."""
    step = {"fact": fact["id"], "kind": fact["kind"], "type": fact["type"],
            "date": fact["date"], "municipality": fact["municipality"], "item": fact["item"]}
    if fact["kind"] == "flow":
        step.update({"from": fact["from"], "to": fact["to"], "via": fact["via"],
                     "categories": fact["categories"], "channel": fact["channel"],
                     "frequency": fact["frequency"], "status": fact["status"],
                     "transformation": fact["transformation"]})
    elif fact["kind"] == "relation":
        step.update({"from": fact["subject"], "to": fact["object"], "system": fact["system"],
                     "categories": fact["categories"], "permission": fact["permission"],
                     "mode": fact["mode"], "status": fact["status"], "work": fact["work"]})
    elif fact["kind"] == "access":
        step.update({"to": fact["party"], "categories": fact["categories"]})
    for end in ("from", "to"):
        if step.get(end):
            step[f"{end}_label"] = proj.entities[step[end]]["label"]
    step["evidence"] = evidence_of(proj, fact)
    return step


class _Answer:
    """Collects routes per party while the rules below run."""

    def __init__(self, proj: Projection):
        self.proj = proj
        self.routes: dict[str, list[dict]] = defaultdict(list)
        self.seen: set[tuple] = set()

    def grant(self, party: str, access: str, facts: list[dict]) -> None:
        key = (party, access, tuple(f["id"] for f in facts))
        if key in self.seen:
            return
        self.seen.add(key)
        self.routes[party].append({"access": access,
                                   "hops": [hop(self.proj, f) for f in facts]})


def _removes(flow: dict, wanted: set[str]) -> bool:
    transformation = flow.get("transformation")
    return bool(transformation and wanted & set(transformation["removes"]))


def who_can_see(proj: Projection, category: str, municipality: str | None = None,
                as_of=None, statuses=None) -> dict:
    """Return every party that can see data of ``category`` and how.

    ``category`` and ``municipality`` may be any id, label or alias. Returns
    ``{"category", "scope", "parties": [...], "systems": [...], "excluded": [...]}``;
    each party has ``label``, ``label_en``, ``aliases``, ``type``, ``access``
    (the most direct kind), ``access_kinds``, ``municipalities`` and ``routes``.
    """
    cat = resolve_category(proj, category)
    muni = _municipality(proj, municipality)
    scope = Scope(muni, as_of, frozenset(statuses) if statuses else None)
    wanted = category_closure(proj, cat)
    answer = _Answer(proj)
    systems = _systems(proj)

    flows = scope.facts(proj, "flow")
    relations = scope.facts(proj, "relation")
    carrying = [f for f in flows if wanted & set(f["categories"])]

    # direct: both ends of a flow that carries C; a system end or a via system holds it.
    holding: dict[str, list[dict]] = defaultdict(list)  # system -> facts putting C there
    for flow in carrying:
        for end in (flow["from"], flow["to"], flow["via"]):
            if end is None:
                continue
            if end in systems:
                holding[end].append(flow)
            else:
                answer.grant(end, "direct", [flow])
    for rel in relations:
        if wanted & set(rel["categories"]):
            if rel["type"] in ENTRUSTING or rel["type"] == "uses":
                if rel["subject"] not in systems:
                    answer.grant(rel["subject"], "direct", [rel])
            for end in (rel["object"], rel["system"]):
                if end in systems:
                    holding[end].append(rel)

    # via-system: whoever hosts, operates or maintains a system that holds C.
    for rel in relations:
        if rel["type"] in SYSTEM_ROLES and rel["object"] in holding:
            for source in holding[rel["object"]][:3]:
                answer.grant(rel["subject"], "via-system", [source, rel])

    # entrusted: contractors of work on C, or on a system holding C; then their
    # subcontractors, unless re-entrustment is forbidden.
    entrusted: dict[str, list[dict]] = {}
    for rel in relations:
        if rel["type"] == "entrusts" and (wanted & set(rel["categories"])
                                          or rel["system"] in holding):
            entrusted.setdefault(rel["object"], [rel])
    changed = True
    while changed:
        changed = False
        for rel in relations:
            if (rel["type"] == "re-entrusts" and rel["subject"] in entrusted
                    and rel["permission"] != "forbidden" and rel["object"] not in entrusted
                    and (not rel["categories"] or wanted & set(rel["categories"]))):
                entrusted[rel["object"]] = entrusted[rel["subject"]] + [rel]
                changed = True
    for party, chain in entrusted.items():
        answer.grant(party, "entrusted", chain)

    # transitive: onward flows from a holder that carry a broader category of C
    # (but not the bare root), unless a transformation removed C on the way.
    broader = {a for a in ancestors(proj, cat) if proj.categories[a]["broader"]}
    carrying_ids = {f["id"] for f in carrying}
    onward_from: dict[str, list[dict]] = defaultdict(list)
    for flow in flows:
        if broader & set(flow["categories"]) and flow["id"] not in carrying_ids:
            onward_from[flow["from"]].append(flow)
    frontier = [(f["to"], [f]) for f in carrying if not _removes(f, wanted)]
    for system, facts in holding.items():
        kept = [f for f in facts if f["kind"] != "flow" or not _removes(f, wanted)]
        if kept:  # a system where a transformation removed C passes nothing on
            frontier.append((system, kept[:1]))
    visited = {node for node, _ in frontier}
    while frontier:
        node, path = frontier.pop(0)
        for flow in onward_from.get(node, ()):
            if flow["to"] in visited or len(path) > 8:
                continue
            visited.add(flow["to"])
            route = path + [flow]
            if flow["to"] not in systems:
                answer.grant(flow["to"], "transitive", route)
            if not _removes(flow, wanted):
                frontier.append((flow["to"], route))

    # incidental exposure and explicit exclusions.
    excluded_match = wanted | ancestors(proj, cat)
    exclusions: dict[str, list[dict]] = defaultdict(list)
    for acc in scope.facts(proj, "access"):
        if acc["type"] == "incidental" and wanted & set(acc["categories"]):
            answer.grant(acc["party"], "incidental", [acc])
        elif acc["type"] == "excluded" and excluded_match & set(acc["categories"]):
            exclusions[acc["party"]].append(acc)

    parties, system_rows = [], []
    for key, routes in answer.routes.items():
        if key in exclusions:
            continue
        row = _row(proj, key, routes)
        (system_rows if key in systems else parties).append(row)
    for key, routes in holding.items():
        if key not in answer.routes:
            system_rows.append(_row(proj, key, [{"access": "direct",
                                                 "hops": [hop(proj, f) for f in routes]}]))
    excluded = []
    for key, facts in sorted(exclusions.items()):
        row = {**party_info(proj, key),
               "municipalities": sorted({f["municipality"] for f in facts}),
               "evidence": [e for f in facts for e in evidence_of(proj, f)],
               "facts": [f["id"] for f in facts],
               # Routes the exclusion overrides are shown, never silently dropped.
               "overridden_routes": answer.routes.get(key, [])}
        excluded.append(row)
    order = {kind: i for i, kind in enumerate(ACCESS_ORDER)}
    parties.sort(key=lambda r: (order[r["access"]], r["type"], r["id"]))
    system_rows.sort(key=lambda r: r["id"])
    return {"category": category_info(proj, cat),
            "scope": {"municipality": muni, "as_of": as_of.isoformat() if as_of else None,
                      "statuses": sorted(statuses) if statuses else None,
                      "categories": sorted(wanted)},
            "parties": parties, "systems": system_rows, "excluded": excluded}


def _systems(proj: Projection) -> set[str]:
    return {k for k, e in proj.entities.items() if e["type"] == "system"}


def _municipality(proj: Projection, municipality: str | None) -> str | None:
    return None if municipality is None else resolve_municipality(proj, municipality)


def _row(proj: Projection, key: str, routes: list[dict]) -> dict:
    order = {kind: i for i, kind in enumerate(ACCESS_ORDER)}
    kinds = sorted({r["access"] for r in routes}, key=order.get)
    routes = sorted(routes, key=lambda r: (order[r["access"]], len(r["hops"])))
    municipalities = sorted({h["municipality"] for r in routes for h in r["hops"]})
    return {**party_info(proj, key), "access": kinds[0], "access_kinds": kinds,
            "municipalities": municipalities, "routes": routes}


def trace(proj: Projection, category: str, start: str | None = None,
          municipality: str | None = None, as_of=None, max_paths: int = 500) -> dict:
    """Return the flow paths of ``category``: each hop with channel, frequency,
    status and evidence, and where a transformation stops it.

    Paths start at ``start`` (a party or system name) or else at every node
    that sends C without receiving it. Returns ``{"category", "paths": [...]}``;
    each path is ``{"hops": [...], "stopped_by": {...} | None}``.
    """
    cat = resolve_category(proj, category)
    origin = resolve_entity(proj, start) if start else None
    scope = Scope(_municipality(proj, municipality), as_of)
    wanted = category_closure(proj, cat)
    carrying = [f for f in scope.facts(proj, "flow") if wanted & set(f["categories"])]
    out_of: dict[str, list[dict]] = defaultdict(list)
    for flow in carrying:
        out_of[flow["from"]].append(flow)
    if origin:
        starts = [origin]
    else:
        receivers = {f["to"] for f in carrying}
        starts = sorted({f["from"] for f in carrying} - receivers) or sorted(out_of)
    paths: list[dict] = []

    def walk(node: str, path: list[dict]) -> None:
        if len(paths) >= max_paths:
            return
        last = path[-1] if path else None
        if last and _removes(last, wanted):
            paths.append({"hops": [hop(proj, f) for f in path],
                          "stopped_by": {"fact": last["id"], "at": last["to"],
                                         **last["transformation"]}})
            return
        nexts = [f for f in out_of.get(node, []) if f not in path
                 and f["to"] not in {p["from"] for p in path}]
        if not nexts:
            if path:
                paths.append({"hops": [hop(proj, f) for f in path], "stopped_by": None})
            return
        for flow in nexts:
            walk(flow["to"], path + [flow])

    for node in starts:
        walk(node, [])
    return {"category": category_info(proj, cat),
            "start": party_info(proj, origin) if origin else None,
            "scope": {"municipality": scope.municipality,
                      "as_of": as_of.isoformat() if as_of else None},
            "flows": len(carrying), "paths": paths, "truncated": len(paths) >= max_paths}
