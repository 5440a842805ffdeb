"""Where a data category flows, hop by hop, per controller.

:func:`trace` follows the flows of one municipality's data of category C from
where they start, and says where a transformation stops the category or an
endpoint (a municipality, department or data subject) ends the path.

Example::

    >>> answer = trace(proj, "個人番号", municipality="川口市")     # doctest: +SKIP
    >>> answer["paths"][0]["stopped_by"]["removes"]                # doctest: +SKIP
    ['my-number']
"""
from __future__ import annotations

from kg.graph.projection import Projection
from kg.query.access import hop_step, party_info
from kg.query.resolve import resolve_category, resolve_entity, resolve_municipality
from kg.query.controllers import controllers
from kg.query.routes import Movement, is_endpoint
from kg.query.scope import Scope, category_closure, category_info

FLOW_ROLES = ("flow", "via-in", "via-out")


def trace(proj: Projection, category: str, start: str | None = None,
          municipality: str | None = None, as_of=None, statuses=None,
          max_paths: int = 500) -> dict:
    """Return the flow paths of ``category``: each hop with channel, frequency,
    status and evidence, and where a transformation stops it.

    Paths start at ``start`` (a party or system name) or else at every node
    that sends the category without receiving it. Returns ``{"category",
    "start", "scope", "flows", "paths", "truncated"}``; each path is
    ``{"municipality", "hops", "stopped_by", "ends_at_endpoint"}``.
    """
    with proj.answering():
        return _trace(proj, category=category, start=start, municipality=municipality,
                      as_of=as_of, statuses=statuses, max_paths=max_paths)


def _trace(proj: Projection, category: str, start: str | None = None,
          municipality: str | None = None, as_of=None, statuses=None,
          max_paths: int = 500) -> dict:
    cat = resolve_category(proj, category)
    munis = [resolve_municipality(proj, municipality)] if municipality else controllers(proj)
    origin = resolve_entity(proj, start, munis[0] if municipality else None) if start else None
    scope = Scope(as_of=as_of, statuses=frozenset(statuses) if statuses else None)
    wanted = category_closure(proj, cat)
    paths: list[dict] = []
    flow_ids: set[str] = set()
    for muni in munis:
        mv = Movement.build(proj, muni, wanted, scope)
        out = {node: [h for h in hops if h.role in FLOW_ROLES] for node, hops in mv.out.items()}
        flow_ids.update(h.fact for hops in out.values() for h in hops)
        if origin:
            starts = [origin] if out.get(origin) else []
        else:
            # Where this controller's own facts put the data; a fact stated for every
            # participant starts nothing on its own.
            receivers = {h.dst for hops in out.values() for h in hops}
            senders = sorted(n for n, hops in out.items() if hops
                             and (n in mv.asserted or n in mv.origins()))
            starts = [n for n in senders if n not in receivers] or senders
        origins = set(mv.origins())  # the controller's own departments pass its data on
        for node in starts:
            _walk(proj, muni, out, origins, node, [], paths, max_paths)
    return {"category": category_info(proj, cat),
            "start": party_info(proj, origin) if origin else None,
            "scope": {"municipality": munis[0] if municipality else None,
                      "as_of": as_of.isoformat() if as_of else None},
            "flows": len(flow_ids), "paths": paths, "truncated": len(paths) >= max_paths}


def _walk(proj, muni, out, origins, node, route, paths, max_paths) -> None:
    if len(paths) >= max_paths:
        return
    last = route[-1] if route else None
    if last is not None and last.stops:
        fact = proj.facts[last.fact]
        paths.append(_path(proj, muni, route, stopped_by={
            "fact": last.fact, "at": last.dst, **fact["transformation"]}))
        return
    if last is not None and is_endpoint(proj, node) and node not in origins:
        paths.append(_path(proj, muni, route, endpoint=True))
        return
    visited = {h.src for h in route} | {node}
    nexts = [h for h in out.get(node, ()) if h.dst not in visited]
    if not nexts:
        if route:
            paths.append(_path(proj, muni, route))
        return
    for hop in nexts:
        _walk(proj, muni, out, origins, hop.dst, route + [hop], paths, max_paths)


def _path(proj, muni, route, stopped_by=None, endpoint=False) -> dict:
    return {"municipality": muni, "hops": [hop_step(proj, h, muni) for h in route],
            "stopped_by": stopped_by, "ends_at_endpoint": endpoint}
