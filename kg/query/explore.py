"""Questions about one party or system, and about municipalities side by side.

* :func:`touches` — what a party handles: categories, flows in and out,
  systems it hosts or maintains, entrustments, whose data.
* :func:`paths_between` — the routes by which data can move from one party to another.
* :func:`compare` — municipalities side by side, shared products counted as one.

Example::

    >>> touches(proj, "J-LIS")["municipalities"]               # doctest: +SKIP
    ['higashimurayama', 'suginami']
"""
from __future__ import annotations

from collections import defaultdict

from kg.errors import BadQuestion
from kg.graph.projection import Projection
from kg.query.access import STATUS_ORDER, evidence_of, fact_step, party_info, route_dict
from kg.query.resolve import resolve_entity, resolve_municipality
from kg.query.controllers import controller_facts, controllers
from kg.query.routes import Movement, Route, is_endpoint
from kg.query.scope import Scope

#: Where each role of a fact puts the party it names, in :func:`touches`.
ROLES = ("flows_in", "flows_out", "flows_via", "systems", "entrusted_by", "entrusts",
         "re_entrustments", "re_entrust_ban", "contracts", "access")


def _role(fact: dict, key: str) -> str | None:
    kind, ftype = fact["kind"], fact["type"]
    if kind == "flow":
        return ("flows_in" if fact["to"] == key else "flows_out" if fact["from"] == key
                else "flows_via" if fact["via"] == key else None)
    if kind == "access":
        return "access" if key in (fact["party"], fact.get("from"), fact["system"]) else None
    if kind != "relation" or key not in (fact["subject"], fact["object"], fact["system"]):
        return None
    if ftype == "entrusts":
        return ("entrusted_by" if fact["object"] == key else "entrusts"
                if fact["subject"] == key else "systems")
    if ftype == "re-entrusts":
        # (本業務の再委託は契約により禁止: a ban, shown apart from a re-entrustment made)
        return "re_entrust_ban" if fact.get("permission") == "forbidden" else "re_entrustments"
    if ftype in ("contracts-with", "connects-to"):
        return "contracts"
    return "systems"


def touches(proj: Projection, party: str, as_of=None, statuses=None,
            municipality: str | None = None) -> dict:
    """Return what ``party`` handles, with evidence for every fact listed.

    Returns ``{"party", "categories", "municipalities", "agenda_items", "held",
    <role>: [steps]}`` with the roles of :data:`ROLES`; ``categories`` are those
    the listed facts name, ``municipalities`` the controllers whose data they
    concern, and ``held`` ``{municipality: categories}`` of what the party holds or
    can see of each one's data along the routes of who-can-see. A step whose fact
    is a draft (``kg extract``, built with ``--include-drafts``) has ``"draft": True``.
    With ``municipality`` only that municipality's data counts: the facts about it (or
    stated for every participant) and what the party holds of it.

    >>> touches(proj, "J-LIS", municipality="杉並区")["held"]   # doctest: +SKIP
    {'suginami': ['my-number', ...]}
    """
    muni = resolve_municipality(proj, municipality) if municipality else None
    key = resolve_entity(proj, party, muni)
    scope = Scope(as_of=as_of, statuses=frozenset(statuses) if statuses else None)
    out = {"party": party_info(proj, key), **{role: [] for role in ROLES}}
    categories, municipalities, items = set(), set(), set()
    for fact in scope.facts(proj):
        role = _role(fact, key) if fact["kind"] in ("flow", "relation", "access") else None
        if role is None:
            continue
        whose = fact.get("controller") or fact["municipality"]
        if muni is not None and whose not in (muni, None):
            continue
        out[role].append(fact_step(proj, fact))
        if not (fact["kind"] == "access" and fact["type"] == "excluded"):
            categories.update(fact.get("categories", []))
        municipalities.add(whose)
        if fact["item"]:
            items.add(fact["item"])
    # What it holds or can see of each municipality's data along the routes
    # who-can-see follows (a contractor of a system holds what the system holds,
    # though no fact of its own names a category).
    from kg.query.impact import holdings

    held = {}
    for whose in [muni] if muni is not None else controllers(proj):
        cats = holdings(proj, Movement.build(proj, whose, None, scope).reachable()).get(key)
        if cats:
            held[whose] = sorted(cats)
    out.update(categories=sorted(categories), municipalities=sorted(municipalities),
               agenda_items=sorted(items), held=held)
    return out


def paths_between(proj: Projection, a: str, b: str, max_hops: int = 5, limit: int = 50,
                  municipality: str | None = None, as_of=None, statuses=None, back: bool = True) -> dict:
    """Return the routes by which a municipality's data can move from ``a`` to ``b``.

    Routes follow hops in the direction the data moves (flows, systems to the
    parties that run them, principals to contractors), per controller, only
    where that controller's data goes, and never pass through an endpoint. Each
    route names its municipality. Routes through the same parties by other facts
    (two flows between the same pair) are one route, whose ``parallel`` says how
    many other ways of stating it were left out. A municipality as an end stands
    for itself and its departments (its data leaves from the department that holds
    it), and a route from it is of its own data.

    Where no route goes from ``a`` to ``b``, ``reverse_routes`` counts those from ``b`` to
    ``a`` (with ``back``, as a caller asks; never asked again of the reverse); where none
    goes either way, ``leaves_to`` and ``reaches_from`` name the parties one hop from ``a``
    and one hop before ``b`` (at most four each), where the route breaks.

    >>> paths_between(proj, "杉並区", "警察")["routes"][0]["hops"][0]["from"]  # doctest: +SKIP
    'suginami-kumin-ka'
    """
    if max_hops < 1:
        raise BadQuestion(f"--max-hops must be at least 1, not {max_hops}")
    munis = [resolve_municipality(proj, municipality)] if municipality else controllers(proj)
    within = munis[0] if municipality else None  # names narrow to that municipality's
    start, end = resolve_entity(proj, a, within), resolve_entity(proj, b, within)
    if start == end:
        raise BadQuestion(f"{a!r} and {b!r} name the same party; give two different ones")
    starts, ends = _own_side(proj, start), _own_side(proj, end)
    if set(starts) & set(ends):
        raise BadQuestion(f"{a!r} and {b!r} are the same municipality's; give a party outside it")
    # (nc67 U9: the city's data may leave from a system of its own, 校務支援システム →
    # 学習eポータル → 文部科学省, with no department named as its giver: where none leaves
    # from the city or its departments, routes from its own systems are looked for)
    systems = sorted(k for k, e in proj.entities.items() if e["type"] == "system"
                     and e.get("municipality") == start and k != end) \
        if proj.entities[start]["type"] == "municipality" else []
    if proj.entities[start]["type"] == "municipality" and municipality is None:
        munis = [start]  # from a municipality: its own data
    scope = Scope(as_of=as_of, statuses=frozenset(statuses) if statuses else None)
    routes: list[dict] = []
    # (each controller's movement is built once, for both searches)
    moves = {muni: Movement.build(proj, muni, scope=scope).reachable() for muni in munis}
    for muni in munis:
        routes += _routes(proj, moves[muni], muni, starts, ends, max_hops, limit - len(routes))
    if not routes and systems:
        for muni in munis:
            routes += _routes(proj, moves[muni], muni, systems, ends, max_hops, limit - len(routes))
    routes.sort(key=lambda r: (len(r["hops"]), r["municipality"]))
    out = {"from": party_info(proj, start), "to": party_info(proj, end), "routes": routes}
    town = proj.entities[start].get("municipality") if proj.entities[start]["type"] == "department" else None
    if not routes and town in proj.entities and town not in ends:
        # (nc64 U2: a table row says 千草ヶ丘町 → A, which department gave it not said: the
        # department has no route, its municipality has; the answer says so, and how many)
        found = paths_between(proj, town, end, max_hops, limit, municipality, as_of, statuses, back=False)["routes"]
        out["municipality_routes"] = {**party_info(proj, town), "routes": len(found)} if found else None
    if not routes and back and not out.get("municipality_routes"):
        # (nc65 U2: none from A to B, and some from B to A: a flat "0 routes" reads as "nothing
        # moves between them"; the answer says how many go the other way)
        found = paths_between(proj, end, start, max_hops, limit, municipality, as_of, statuses, back=False)["routes"]
        out["reverse_routes"] = len(found)
    if not routes and not out.get("reverse_routes") and not out.get("municipality_routes"):
        # (nc69 U10: "0 routes" left the reader to find where it breaks: what leaves ``a``,
        # and what reaches ``b``, in the data looked at)
        out["leaves_to"] = _next_to(proj, moves, starts + systems, forward=True)
        out["reaches_from"] = _next_to(proj, moves, ends, forward=False)
    return out


def _next_to(proj: Projection, moves: dict, keys: list[str], forward: bool, most: int = 4) -> list[str]:
    """Return the labels of the parties one hop on from ``keys`` (``forward``), or one
    hop before them, in the movements ``moves``, at most ``most``."""
    keys = set(keys)
    found = {hop.dst if forward else hop.src for mv in moves.values()
             for src, hops in mv.out.items() for hop in hops
             if (src in keys if forward else hop.dst in keys)} - keys
    return sorted(proj.entities[k]["label"] for k in found if k in proj.entities)[:most]


def _routes(proj: Projection, mv, muni: str, starts: list, ends: list, max_hops: int,
            limit: int) -> list[dict]:
    """Return the routes of ``muni``'s data, whose movement is ``mv``, from any of ``starts``
    to any of ``ends`` (see :func:`paths_between`), at most ``limit``."""
    routes: list[dict] = []
    # (a route goes on only along a hop that carries some of what it brought: see
    # Movement.carries_on)
    stack = [(Route(s), None) for s in reversed(starts)]
    # (the controller's own department hands on the data a flow brought it, as in trace:
    # 広域連合 → KDB → 保険年金課 → 健康推進課 carries the health data on, nc58 W9; the
    # city itself, or a department reached with no data named, is never a conduit)
    own = set(mv.origins()) - {muni}
    shown: dict[tuple, dict] = {}
    while stack and len(routes) < limit:
        route, carried = stack.pop()
        if route.end in ends and route.hops:
            same = shown.get(route.nodes())
            if same is not None:
                same["parallel"] += 1
                # (the paper hand-over that ended, and the line that runs now, between the
                # same parties: the route shown is the one most settled, nc63 U1)
                other = route_dict(proj, mv, route)
                rank = lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else len(STATUS_ORDER)  # noqa: E731
                if rank(other["status"]) < rank(same["status"]):
                    same.update({**other, "parallel": same["parallel"]})
                continue
            shown[route.nodes()] = found = {**route_dict(proj, mv, route), "parallel": 0}
            routes.append(found)
            continue
        if len(route.hops) >= max_hops or (route.hops and is_endpoint(proj, route.end)
                                           and not (route.end in own and carried)):
            continue
        for hop in reversed(mv.out.get(route.end, ())):
            if hop.dst not in route.nodes() and mv.carries_on(hop, carried):
                stack.append((route.extend(hop), mv.passes(hop, carried)))
    return routes


def _own_side(proj: Projection, key: str) -> list[str]:
    """Return ``key``, and when it is a municipality its departments too."""
    if proj.entities[key]["type"] != "municipality":
        return [key]
    return [key] + sorted(k for k, e in proj.entities.items()
                          if e["type"] == "department" and e.get("municipality") == key)


def product(proj: Projection, key: str) -> str:
    """Return the shared product of a system instance, or ``key`` itself."""
    return proj.entities[key].get("instance_of") or key


def compare(proj: Projection, municipalities: list[str], as_of=None) -> dict:
    """Return municipalities side by side, and what they share.

    Per municipality (as controller of the data): national bodies, vendors,
    systems (instances counted as their shared product), channels, categories,
    and counts of flows, outsourcing, re-entrustment (a forbidden one counted apart:
    a ban, no party), physical-media flows and agenda items; ``evidence`` maps each body, vendor and system to the quotes
    of the first fact that names it.
    """
    keys = [resolve_municipality(proj, m) for m in municipalities]
    if len(set(keys)) < len(keys):
        raise BadQuestion("the same municipality is named twice")
    rows = []
    for key in keys:
        facts = controller_facts(proj, key, Scope(as_of=as_of))
        named: dict[str, set] = defaultdict(set)
        counts: dict[str, int] = defaultdict(int)
        proof: dict[str, list[dict]] = {}
        counts["item"] = sum(1 for f in Scope(key, as_of).facts(proj, "item"))
        for fact in facts:
            if fact.get("controller") != key:
                continue  # facts stated for every participant describe the shared service
            if fact["kind"] == "relation" and fact.get("permission") == "forbidden":
                # (本業務の再委託は契約により禁止: a ban, no re-entrustment and no party)
                counts["forbidden"] += 1
                continue
            counts[fact["kind"]] += 1
            ends = [fact.get(k) for k in ("from", "to", "via", "subject", "object", "system",
                                          "party")]
            for end in filter(None, ends):
                kind = proj.entities[end]["type"]
                name = {"public-body": "public_bodies", "company": "vendors",
                        "system": "systems", "unnamed-party": "unnamed_parties"}.get(kind)
                if name:
                    shown = product(proj, end) if kind == "system" else end
                    named[name].add(shown)
                    proof.setdefault(shown, evidence_of(proj, fact))
            if not (fact["kind"] == "access" and fact["type"] == "excluded"):
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
                     "forbidden_re_entrustments": counts["forbidden"],
                     "physical_media_flows": counts["physical_media_flows"],
                     "evidence": {k: v for k, v in sorted(proof.items())
                                  if proj.entities[k]["type"] in ("public-body", "company",
                                                                  "system")}})
    shared = {}
    for name in ("public_bodies", "vendors", "systems", "channels", "categories"):
        sets = [set(r[name]) for r in rows]
        shared[name] = sorted(set.intersection(*sets)) if sets else []
    return {"municipalities": rows, "shared": shared}
