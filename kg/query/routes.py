"""How one controller's data moves: hops in the direction of the data, and routes.

Every answer about access or impact is built from the same hops (see
``docs/semantics.md``): a flow A → B (A → S → B through a system S), a system
S → whoever hosts, operates, maintains or uses it, a principal → its
contractor, a contractor → its subcontractor, a source → a party that may see
the data by accident. Hops are built per controller, from the facts of that
controller and the facts stated for every participant (see
:mod:`kg.query.controllers`), so one municipality's data never travels along
another's facts.

:class:`Movement` holds the hops of one controller for one set of categories
and finds routes by breadth-first search from where the data is held.

Example::

    >>> mv = Movement.build(proj, "higashimurayama", wanted={"my-number"})  # doctest: +SKIP
    >>> mv.reach()["kokuho-rengokai-tokyo"][0].facts()                    # doctest: +SKIP
    ['000-flow-11', '000-flow-12', '000-rel-16']
"""
from __future__ import annotations

from collections import defaultdict

from kg.data.kinds import ENDPOINT_TYPES
from kg.graph.projection import Projection
from kg.query.controllers import (canonical_scope, controller_facts, fact_index, own_facts,
                                  participant_statements)
from kg.query.hops import (Candidate, Hop, Route, admit, candidates_of, closure, contents,
                           fact_cats, shared_hops)
from kg.query.scope import Scope

#: Access kinds, most direct first.
ACCESS_ORDER = ["controller", "direct", "via-system", "entrusted", "transitive", "incidental"]
#: The access kind a route ending in a hop of this role gives.
ROLE_ACCESS = {"system": "via-system", "entrusts": "entrusted", "re-entrusts": "entrusted",
               "incidental": "incidental"}


def fact_categories(fact: dict) -> set[str]:
    return set(fact.get("categories") or ())


def is_endpoint(proj: Projection, node: str) -> bool:
    """True for parties that receive data but never pass it on in an answer."""
    return proj.entities[node]["type"] in ENDPOINT_TYPES


def _exclusions(facts: dict[str, dict]) -> list[dict]:
    return [f for f in facts.values() if f["kind"] == "access" and f["type"] == "excluded"]


class Movement:
    """The hops of one controller's data of the ``wanted`` categories.

    ``wanted`` None means any category (used by impact, which asks about every
    category at once). The hops every fact can give are computed once per
    controller and scope; a query only keeps those that carry what it asks about.
    """

    def __init__(self, proj: Projection, controller: str, facts: list[dict] | dict[str, dict],
                 wanted: set[str] | None = None, candidates: list[Candidate] | None = None,
                 exclusions: list[dict] | None = None):
        self.proj = proj
        self.controller = controller
        self.wanted = wanted
        #: the facts by id (shared, read-only, between movements of one controller)
        self.facts = facts if isinstance(facts, dict) else {f["id"]: f for f in facts}
        #: the exclusions among them, whatever categories they name
        self.exclusions = exclusions if exclusions is not None else _exclusions(self.facts)
        self.out: dict[str, list[Hop]] = defaultdict(list)
        self.asserted: dict[str, list[str]] = defaultdict(list)  # node -> facts saying it sends
        self._holding: dict[str, list[str]] | None = None
        self._entrusted: set[str] | None = None  # who the controller entrusts (zero-hop routes)
        #: the nodes the data reaches, once :meth:`reachable` has kept only its hops
        self.reached: set[str] | None = None
        self._origins: list[str] | None = None
        self._denied: dict[tuple, frozenset] = {}  # (party, item) -> categories denied
        #: Answers built from this movement keep each hop's description here, once.
        self.steps: dict[Hop, dict] = {}
        if candidates is None:
            candidates = candidates_of(proj, list(self.facts.values()))
        for c in candidates:
            hop = admit(c, wanted)
            if hop is None:
                continue
            self.out[hop.src].append(hop)
            if c.asserts:
                self.asserted[c.asserts].append(hop.fact)

    @classmethod
    def build(cls, proj: Projection, controller: str, wanted: set[str] | None = None,
              scope: Scope | None = None) -> "Movement":
        cache = proj.memo("routes.candidates", dict)
        scope_key = canonical_scope(proj, scope or Scope())
        key = (controller, scope_key)
        if key not in cache:
            facts = controller_facts(proj, controller, scope)
            by_id = {f["id"]: f for f in facts}
            stated = participant_statements(proj, scope_key)["stated_by"].get(controller, [])
            cache[key] = (by_id, candidates_of(proj, own_facts(proj, controller, scope)),
                          [(n, c) for n, found in stated
                           for c in candidates_of(proj, found)],
                          _exclusions(by_id))
        facts, candidates, stated, exclusions = cache[key]
        movement = cls(proj, controller, facts, wanted, candidates, exclusions)
        movement._add_shared(shared_hops(proj, scope_key, wanted), stated)
        if wanted is not None and exclusions:
            movement._drop_denied()
        return movement

    def denied(self, hop: Hop) -> frozenset:
        """Return the categories a relationship that names no data may not pass to ``hop.dst``.

        Such a relationship (an entrustment of a system, a re-entrustment, a
        maintainer) passes on whatever its start holds: an inference, not a
        statement about each category. Where the same agenda item says the party
        does not get some data (再委託先は個人番号を取り扱わない) and names no
        narrower context than the item itself (no system, purpose or source),
        the inference yields for that data: it is a wrong "yes" otherwise. An
        access that a fact states category by category is never taken back.
        """
        fact = self.proj.facts[hop.fact]
        if fact["kind"] != "relation" or fact_cats(self.proj, fact) \
                or hop.role not in ("system", "entrusts", "re-entrusts"):
            return frozenset()
        cache = self._denied
        key = (hop.dst, fact.get("item"))
        if key not in cache:
            item = self.proj.facts.get(fact.get("item") or "", {})
            out: set[str] = set()
            for ex in self.exclusions:
                if ex["party"] == hop.dst and ex.get("item") == fact.get("item") \
                        and not (ex.get("system") or ex.get("purpose") or ex.get("from")) \
                        and ex.get("context") in (None, item.get("title")):
                    # (a denied document takes what it contains with it: 健診結果票, 本人確認情報)
                    out.update(*(closure(self.proj, c) for c in contents(self.proj, ex["categories"])))
            cache[key] = frozenset(out)
        return cache[key]

    def _drop_denied(self) -> None:
        """Drop the hops by which a relationship that names no data would pass on only
        data the minutes say the party does not get (see :meth:`denied`)."""
        for src, hops in list(self.out.items()):
            kept = [h for h in hops if not self.wanted <= self.denied(h)]
            if len(kept) != len(hops):
                self.out[src] = kept

    def _add_shared(self, shared: dict, stated: list) -> None:
        """Add the hops of the statements made for every participant: ``shared``
        (:func:`~kg.query.hops.shared_hops`) has those of each statement's earliest fact, worked
        out once for every controller; where this controller's own minutes make the
        statement (``stated``: (statement number, candidate)), its facts replace
        the earliest. Hops stay in the order :func:`controller_facts` gives."""
        own = {src: hops for src, hops in self.out.items()}
        for src, hops in shared["plain"].items():
            self.out[src] = own[src] + hops if src in own else list(hops)
        if not stated:
            return
        mine: dict[str, list] = defaultdict(list)
        for number, c in stated:
            hop = admit(c, self.wanted)
            if hop is not None:
                mine[hop.src].append((number, hop))
        replaced = {number for number, _ in stated}
        affected = set(mine).union(*(shared["sources"].get(n, ()) for n in replaced))
        for src in affected:
            merged = [p for p in shared["numbered"].get(src, ()) if p[0] not in replaced]
            merged = sorted(merged + mine.get(src, []), key=lambda p: p[0])  # stable
            self.out[src] = own.get(src, []) + [hop for _, hop in merged]
            if not self.out[src]:
                del self.out[src]

    def carries(self, fact: dict) -> bool:
        cats = fact_cats(self.proj, fact)
        return bool(cats) and (self.wanted is None or not self.wanted.isdisjoint(cats))

    # -- routes --------------------------------------------------------------

    def reachable(self) -> "Movement":
        """Keep only the hops the controller's data can take; return self.

        Data starts where the controller holds it (its origins: every category) and
        at the parties its own facts say send it (those facts' categories), and
        moves hop by hop: a flow passes the categories it carries of what its
        sender holds (less what a transformation removes), a relationship passes
        what the system or principal holds (of its categories, when it names
        any); endpoints pass nothing on. A hop that passes nothing is dropped.

        A statement made for every participant of a shared system never brings a
        controller's data anywhere by itself: without this, a question about
        everything a party holds or runs would read another region's data into it.
        """
        proj, everything = self.proj, None
        starts: dict[str, set | None] = {node: everything for node in self.origins()}
        for node, facts in self.asserted.items():
            if node not in starts:
                cats = set().union(*(fact_cats(proj, proj.facts[f]) for f in facts))
                starts[node] = cats
        held: dict[str, set | None] = dict(starts)
        todo = list(starts)
        while todo:
            node = todo.pop()
            if is_endpoint(proj, node) and node not in starts:
                continue
            for hop in self.out.get(node, ()):
                passed = self.passes(hop, held[node])
                if passed is not None and not passed:
                    continue
                before = held.get(hop.dst, set())
                after = None if before is None or passed is None else before | passed
                if hop.dst not in held or after != before:
                    held[hop.dst] = after
                    todo.append(hop.dst)
        kept = defaultdict(list)
        for src, hops in self.out.items():
            if src not in held or (is_endpoint(proj, src) and src not in starts):
                continue
            for hop in hops:
                passed = self.passes(hop, held[src])
                if passed is None or passed:
                    kept[src].append(hop)
        self.out = kept
        self.reached = set(held)
        return self

    def passes(self, hop: Hop, cats: set | None) -> set | None:
        """Return the categories ``hop`` passes on of ``cats`` held at its start
        (None: every category)."""
        fact = self.proj.facts[hop.fact]
        stated = fact_cats(self.proj, fact)
        if stated:
            if cats is None:
                passed = set(stated)
            else:
                passed = {c for c in stated if c in self.expanded(cats)}
        elif hop.role in ("system", "entrusts", "re-entrusts"):
            passed = None if cats is None else set(cats) - self.denied(hop)
        else:
            passed = set()
        if passed and hop.stops:
            passed -= set((fact.get("transformation") or {}).get("removes") or ())
        return passed

    def expanded(self, cats: set) -> frozenset:
        """The categories whose data is data of ``cats`` (closures joined), once per set."""
        key = frozenset(cats)
        cache = self.proj.memo("routes.expanded", dict)
        if key not in cache:
            cache[key] = frozenset().union(*(closure(self.proj, c) for c in key))
        return cache[key]

    def origins(self) -> list[str]:
        """Where the controller's data is held before any hop: the municipality and its departments."""
        if self._origins is None:
            departments = fact_index(self.proj)["departments"].get(self.controller, set())
            self._origins = [self.controller] + sorted(departments)
        return self._origins

    def reach(self, max_routes: int = 5) -> dict[str, list[Route]]:
        """Return, for every node the data reaches, its routes (shortest first).

        A breadth-first search from the origins; then from each party that a
        fact of this controller says sends the data but that no route reaches
        (its zero-hop route says: held here, as that fact states), or that routes
        reach only with other data than its stated hand-overs carry on (then its
        routes keep the hops that reached it). Endpoints and hops past a
        transformation are reached but not expanded.
        """
        # a state is a node, whether the route goes on from it, and what the route
        # brought there: a route goes on only along a hop that carries some of it
        best: dict[tuple, Route] = {}
        carried: dict[tuple, set | None] = {}
        order: list[tuple] = []

        def search(starts: list[str], fresh: bool = False) -> None:
            frontier = []
            for node in starts:
                state = (node, True, None)
                if fresh and state not in best or not any((node, live) == s[:2] for s in best
                                                          for live in (True, False)):
                    best[state], carried[state] = Route(node), None
                    order.append(state)
                    frontier.append(state)
            while frontier:
                nxt = []
                for state in frontier:
                    node = state[0]
                    for hop in self.out.get(node, ()):
                        if hop.dst in best[state].nodes() or not self._joins(best[state], hop) \
                                or not self.carries_on(hop, carried[state]):
                            continue
                        live = not hop.stops and not is_endpoint(self.proj, hop.dst)
                        passed = self.passes(hop, carried[state])
                        target = (hop.dst, live, None if passed is None else frozenset(passed))
                        if target in best:
                            continue
                        best[target], carried[target] = best[state].extend(hop), passed
                        order.append(target)
                        if live:
                            nxt.append(target)
                frontier = nxt

        search(self.origins())
        restarted = set()
        for node in sorted(self.asserted):
            reached = [s for s in best if s[0] == node]
            if not reached:
                search([node])
            elif not any(self._sends_on(node, carried[s]) or self.transformed(best[s].hops) for s in reached):
                # reached only with data none of its stated hand-overs carries on (申請者 →
                # マイナポータル of the card, then マイナポータル → 申請管理システム of 個人番号):
                # it holds what those facts say it sends, so a route starts there too (nc68 U1)
                search([node], fresh=True)
                restarted.add(node)
        routes: dict[str, list[Route]] = defaultdict(list)
        for state in order:
            if state[0] in restarted and not best[state].hops:
                continue  # (its own routes say how the data came; the restart is for onward)
            if all(r.hops != best[state].hops for r in routes[state[0]]):
                routes[state[0]].append(best[state])
        # Other routes: one more per hop into a node from a live state reached otherwise.
        for state in order:
            if not state[1]:
                continue
            base = best[state]
            for hop in self.out.get(state[0], ()):
                if len(routes[hop.dst]) >= max_routes or hop.dst in base.nodes() \
                        or not self._joins(base, hop) or not self.carries_on(hop, carried[state]):
                    continue
                route = base.extend(hop)
                if all(r.hops != route.hops for r in routes[hop.dst]):
                    routes[hop.dst].append(route)
        for node in routes:
            routes[node].sort(key=lambda r: (len(r.facts()), len(r.hops)))
        return dict(routes)

    def transformed(self, hops) -> bool:
        """True when one of ``hops`` takes data out on the way (a number replaced by another
        ID): what it no longer carries stays out, whatever a later fact names."""
        return any((self.proj.facts[h.fact].get("transformation") or {}).get("removes") for h in hops)

    def _sends_on(self, node: str, carried: set | None) -> bool:
        """True when what a route brought to ``node`` goes on along a hop a fact of this
        controller says ``node`` sends (None: anything does)."""
        said = set(self.asserted.get(node, ()))
        return carried is None or any(self.carries_on(hop, carried) for hop in self.out.get(node, ())
                                      if hop.fact in said)

    def carries_on(self, hop: Hop, carried: set | None) -> bool:
        """True when ``hop`` moves some of ``carried``, what a route brought to its start
        (None: anything), before any transformation it makes: 氏名 reported to a
        department does not go on in its flow of "personal information"."""
        stated = fact_cats(self.proj, self.proj.facts[hop.fact])
        return carried is None or not stated or bool(stated & self.expanded(carried))

    def _joins(self, route: Route, hop: Hop) -> bool:
        """False when ``hop`` ended before a hop of ``route`` starts: data that moves only
        later (planned, possible) never went where a contract or flow ended already went
        (入力する予定 into a system, then its maintainer whose contract has ended)."""
        gone = ("ended", "replaced")
        if self.proj.facts[hop.fact].get("status") not in gone:
            return True
        return not any(self.proj.facts[h.fact].get("status") in ("planned", "possible")
                       for h in route.hops)

    def access_kind(self, route: Route) -> str:
        """Return the kind of access a route gives its end (see ``ACCESS_ORDER``)."""
        if not route.hops:
            if route.start in self.origins():
                return "controller"
            # a contractor the minutes show handing the data back (…入力データを市に納品
            # する) holds it for the controller: entrusted, as its entrustment says
            if self._entrusted is None:
                self._entrusted = {f.get("object") for f in self.facts.values()
                                   if f["kind"] == "relation" and f["type"] in ("entrusts", "re-entrusts")
                                   and f.get("controller") == self.controller}
            return "entrusted" if route.start in self._entrusted else "direct"
        last = route.hops[-1].role
        if last in ROLE_ACCESS:
            return ROLE_ACCESS[last]
        return "direct" if len(route.facts()) == 1 else "transitive"

    def holding_facts(self, node: str) -> list[str]:
        """Return the facts that name ``node`` as an end and carry the data (for zero-hop routes)."""
        if self._holding is None:
            self._holding = defaultdict(list)
            for fact in self.facts.values():
                if fact.get("controller") is None:
                    # Facts for every participant come after the controller's own (see
                    # controller_facts) and never say who holds its data.
                    break
                if fact["kind"] == "access" and fact["type"] == "excluded":
                    continue
                if fact["controller"] != self.controller or not self.carries(fact):
                    continue
                ends = {fact.get("from"), fact.get("to"), fact.get("via"), fact.get("subject"),
                        fact.get("object"), fact.get("party")}
                for end in ends - {None}:
                    self._holding[end].append(fact["id"])
        return sorted(self._holding.get(node, ()))
