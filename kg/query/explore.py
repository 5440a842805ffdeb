"""Questions about one party or system, and about municipalities side by side.

* :func:`touches` — what a party handles: categories, flows in and out,
  systems it hosts or maintains, entrustments, municipalities it serves.
* :func:`impact` — what depends on a party or system, by degree (1, 2, 3+).
* :func:`paths_between` — the routes between two parties.
* :func:`compare` — municipalities side by side.

Example::

    >>> impact(proj, "J-LIS")["by_degree"]["1"]["municipalities"]   # doctest: +SKIP
    ['higashimurayama', 'suginami']
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.graph.projection import Projection
from kg.query.access import evidence_of, hop, party_info
from kg.query.resolve import resolve_entity, resolve_municipality
from kg.query.scope import Scope

#: For each relationship type, who depends on whom: "subject" means the subject
#: relies on the object (a principal on its contractor), "object" the reverse
#: (a system on whoever hosts it), "both" either way (connections).
DEPENDS = {"entrusts": "subject", "re-entrusts": "subject", "uses": "subject",
           "contracts-with": "subject", "hosts": "object", "operates": "object",
           "maintains": "object", "provides": "object", "connects-to": "both"}


def touches(proj: Projection, party: str, as_of=None) -> dict:
    """Return what ``party`` handles, with evidence for every fact listed."""
    key = resolve_entity(proj, party)
    scope = Scope(as_of=as_of)
    out = {"party": party_info(proj, key), "categories": set(), "flows_in": [], "flows_out": [],
           "flows_via": [], "systems": [], "entrusted_by": [], "entrusts": [],
           "re_entrustments": [], "access": [], "municipalities": set(), "agenda_items": set()}
    for fact in scope.facts(proj):
        role = None
        if fact["kind"] == "flow":
            if fact["to"] == key:
                role = "flows_in"
            elif fact["from"] == key:
                role = "flows_out"
            elif fact["via"] == key:
                role = "flows_via"
        elif fact["kind"] == "relation":
            if fact["type"] in ("hosts", "operates", "maintains", "uses", "provides") and (
                    key in (fact["subject"], fact["object"])):
                role = "systems"
            elif fact["type"] == "entrusts" and fact["object"] == key:
                role = "entrusted_by"
            elif fact["type"] == "entrusts" and fact["subject"] == key:
                role = "entrusts"
            elif fact["type"] == "re-entrusts" and key in (fact["subject"], fact["object"]):
                role = "re_entrustments"
            elif key in (fact["subject"], fact["object"], fact["system"]):
                role = "systems"
        elif fact["kind"] == "access" and fact["party"] == key:
            role = "access"
        if role is None:
            continue
        out[role].append(hop(proj, fact))
        out["categories"].update(fact.get("categories", []))
        out["municipalities"].add(fact["municipality"])
        if fact["item"]:
            out["agenda_items"].add(fact["item"])
    for name in ("categories", "municipalities", "agenda_items"):
        out[name] = sorted(out[name])
    return out


def dependency_graph(proj: Projection, scope: Scope | None = None) -> nx.MultiDiGraph:
    """Return a graph with an edge A -> B (key = fact id) when A depends on B."""
    scope = scope or Scope()
    deps = nx.MultiDiGraph()
    deps.add_nodes_from(proj.entities)
    for fact in scope.facts(proj):
        if fact["kind"] == "flow":
            for a, b in ((fact["from"], fact["to"]), (fact["to"], fact["from"])):
                deps.add_edge(a, b, key=fact["id"])
            if fact["via"]:
                deps.add_edge(fact["from"], fact["via"], key=fact["id"])
                deps.add_edge(fact["to"], fact["via"], key=fact["id"])
        elif fact["kind"] == "relation":
            direction = DEPENDS[fact["type"]]
            s, o = fact["subject"], fact["object"]
            if direction in ("subject", "both"):
                deps.add_edge(s, o, key=fact["id"])
            if direction in ("object", "both"):
                deps.add_edge(o, s, key=fact["id"])
    return deps


def impact(proj: Projection, target: str, as_of=None) -> dict:
    """Return everything that depends on ``target`` (a party or system), by degree.

    Degree 1 depends on it directly, degree 2 through one other party or
    system, ``3+`` further away. Each degree lists parties, systems,
    municipalities, departments, agenda items and the facts that link them.
    """
    key = resolve_entity(proj, target)
    deps = dependency_graph(proj, Scope(as_of=as_of))
    distance = nx.single_source_shortest_path_length(deps.reverse(copy=False), key)
    degrees: dict[str, dict] = {}
    for node, dist in sorted(distance.items(), key=lambda kv: (kv[1], kv[0])):
        if dist == 0:
            continue
        label = str(dist) if dist < 3 else "3+"
        bucket = degrees.setdefault(label, {"parties": [], "systems": [], "municipalities": set(),
                                            "departments": [], "agenda_items": set(), "facts": [],
                                            "seen": set()})
        ent = proj.entities[node]
        kind = {"system": "systems", "department": "departments"}.get(ent["type"], "parties")
        # The facts by which this node depends on something one step closer to the target.
        links = [k for _, nxt, k in deps.out_edges(node, keys=True)
                 if distance.get(nxt) == dist - 1]
        bucket[kind].append({**party_info(proj, node), "via": sorted(set(links))})
        for fact_id in links:
            if fact_id in bucket["seen"]:
                continue  # a fact linking several nodes is listed once per degree
            bucket["seen"].add(fact_id)
            fact = proj.facts[fact_id]
            bucket["municipalities"].add(fact["municipality"])
            if fact["item"]:
                bucket["agenda_items"].add(fact["item"])
            bucket["facts"].append({"fact": fact_id, "kind": fact["kind"], "type": fact["type"],
                                    "evidence": evidence_of(proj, fact)})
        if ent["type"] == "municipality":
            bucket["municipalities"].add(node)
    for bucket in degrees.values():
        del bucket["seen"]
        bucket["municipalities"] = sorted(bucket["municipalities"])
        bucket["agenda_items"] = sorted(bucket["agenda_items"])
    summary = {d: {k: len(v) for k, v in b.items()} for d, b in degrees.items()}
    return {"subject": party_info(proj, key), "summary": summary, "by_degree": degrees}


def paths_between(proj: Projection, a: str, b: str, max_hops: int = 5, limit: int = 50) -> dict:
    """Return the routes (chains of flows and relationships) between two parties.

    Hops may run either way; each hop says whether it is followed ``forward``
    (as stated, from -> to) or ``backward``.
    """
    start, end = resolve_entity(proj, a), resolve_entity(proj, b)
    undirected = nx.MultiGraph()
    for fact in proj.facts.values():
        ends = {"flow": ("from", "to"), "relation": ("subject", "object")}.get(fact["kind"])
        if ends:
            undirected.add_edge(fact[ends[0]], fact[ends[1]], key=fact["id"])
    routes, seen = [], set()
    if start in undirected and end in undirected:
        # A multigraph yields a node path once per parallel edge: keep each path
        # once, and list every fact that links each step.
        for nodes in nx.all_simple_paths(undirected, start, end, cutoff=max_hops):
            if tuple(nodes) in seen:
                continue
            seen.add(tuple(nodes))
            steps = []
            for u, v in zip(nodes, nodes[1:]):
                fact_ids = sorted(undirected[u][v])
                step = hop(proj, proj.facts[fact_ids[0]])
                step["direction"] = "forward" if step.get("from") == u else "backward"
                step["also"] = fact_ids[1:]
                steps.append(step)
            routes.append({"nodes": nodes, "hops": steps})
            if len(routes) >= limit:
                break
    routes.sort(key=lambda r: (len(r["hops"]), r["nodes"]))
    return {"from": party_info(proj, start), "to": party_info(proj, end), "routes": routes}


def compare(proj: Projection, municipalities: list[str]) -> dict:
    """Return municipalities side by side, and what they share.

    Per municipality: national bodies, vendors and systems it deals with,
    channels, categories handled, and counts of flows, outsourcing,
    re-entrustment, physical-media flows and agenda items; ``evidence`` maps
    each body, vendor and system to the quotes of the first fact that names it.
    """
    keys = [resolve_municipality(proj, m) for m in municipalities]
    rows = []
    for key in keys:
        facts = Scope(municipality=key).facts(proj)
        named = defaultdict(set)
        counts = defaultdict(int)
        proof: dict[str, list[dict]] = {}  # entity -> evidence of the first fact naming it
        for fact in facts:
            counts[fact["kind"]] += 1
            ends = [fact.get(k) for k in ("from", "to", "via", "subject", "object", "system", "party")]
            for end in filter(None, ends):
                proof.setdefault(end, evidence_of(proj, fact))
                kind = proj.entities[end]["type"]
                named[{"public-body": "public_bodies", "company": "vendors", "system": "systems",
                       "unnamed-party": "unnamed_parties"}.get(kind, "other")].add(end)
            named["categories"].update(fact.get("categories", []))
            if fact["kind"] == "flow" and fact["channel"]:
                named["channels"].add(fact["channel"])
                if proj.terms["channels"][fact["channel"]]["physical"]:
                    counts["physical_media_flows"] += 1
            if fact["kind"] == "relation":
                counts[fact["type"]] += 1
        rows.append({"municipality": party_info(proj, key),
                     **{k: sorted(named[k]) for k in ("public_bodies", "vendors", "systems",
                                                      "unnamed_parties", "channels", "categories")},
                     "agenda_items": counts["item"], "flows": counts["flow"],
                     "outsourcing": counts["entrusts"], "re_entrustments": counts["re-entrusts"],
                     "physical_media_flows": counts["physical_media_flows"],
                     "evidence": {k: v for k, v in sorted(proof.items())
                                  if proj.entities[k]["type"] in ("public-body", "company", "system")}})
    shared = {}
    for name in ("public_bodies", "vendors", "systems", "channels", "categories"):
        sets = [set(r[name]) for r in rows]
        shared[name] = sorted(set.intersection(*sets)) if sets else []
    return {"municipalities": rows, "shared": shared}
