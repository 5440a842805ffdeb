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
    named, scoped = origin, munis[0] if municipality else None
    if origin is not None and proj.entities[origin]["type"] == "municipality":
        # (--from 霞ヶ丘市: its data from wherever it starts, its systems and departments; nc57 U7)
        munis, origin, scoped = [origin], None, origin
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
        walk = _Walk(proj, mv, muni, out, paths, max_paths)
        for node in starts:
            walk.run(node)
        # The controller's own department hands on what it holds, and so does a party a fact
        # says sends the data; a flow of it that no route reaching it continues is a path of
        # its own, from there.
        for node in sorted(set(walk.cut) - set(starts)):
            walk.run(node, only=walk.cut[node] - walk.continued.get(node, set()))
    return {"category": category_info(proj, cat),
            "start": party_info(proj, named) if named else None,
            "scope": {"municipality": scoped,
                      "as_of": as_of.isoformat() if as_of else None},
            "flows": len(flow_ids), "paths": paths, "truncated": len(paths) >= max_paths}


class _Walk:
    """Depth-first paths of one controller's hops; a route goes on from a node only
    along a hop that carries some of the data the route brought there."""

    def __init__(self, proj, mv, muni, out, paths, max_paths):
        self.proj, self.mv, self.muni, self.out = proj, mv, muni, out
        self.paths, self.max_paths = paths, max_paths
        self.origins = set(mv.origins())
        self.cut: dict[str, set[str]] = {}        # origin -> hop facts a route stopped short of
        self.continued: dict[str, set[str]] = {}  # origin -> hop facts a route went on along

    def run(self, node: str, only: set[str] | None = None) -> None:
        hops = [h for h in self.out.get(node, ()) if only is None or h.fact in only]
        for hop in hops:
            self._step(hop.dst, [hop], self.mv.passes(hop, None))

    def _step(self, node, route, carried) -> None:
        if len(self.paths) >= self.max_paths:
            return
        last = route[-1]
        if last.stops:
            fact = self.proj.facts[last.fact]
            self.paths.append(_path(self.proj, self.muni, route, stopped_by={
                "fact": last.fact, "at": last.dst, **fact["transformation"]}))
            return
        origin = node in self.origins
        if is_endpoint(self.proj, node) and not origin:
            self.paths.append(_path(self.proj, self.muni, route, endpoint=True))
            return
        visited = {h.src for h in route} | {node}
        went = False
        # (a party a fact says sends the data holds what it sends, as the department does:
        # マイナポータル, reached with the card, sends 個人番号 on, nc68 U1; never past a hop
        # that takes the data out)
        holder = origin or node in self.mv.asserted and not self.mv.transformed(route)
        for hop in self.out.get(node, ()):
            if hop.dst in visited:
                continue
            if not self.mv.carries_on(hop, carried):
                # what arrived here is not what this hop carries (names in, "personal
                # information" out): the minutes do not say the route goes on
                if holder:
                    self.cut.setdefault(node, set()).add(hop.fact)
                continue
            if holder:
                self.continued.setdefault(node, set()).add(hop.fact)
            went = True
            self._step(hop.dst, route + [hop], self.mv.passes(hop, carried))
        if not went:
            self.paths.append(_path(self.proj, self.muni, route, endpoint=origin))


def _path(proj, muni, route, stopped_by=None, endpoint=False) -> dict:
    return {"municipality": muni, "hops": [hop_step(proj, h, muni) for h in route],
            "stopped_by": stopped_by, "ends_at_endpoint": endpoint}
