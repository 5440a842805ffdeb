"""Who can see a data category: per controller, with real routes and exclusions.

:func:`who_can_see` answers "who can see municipality M's data of category C,
how, and by which route?" for one municipality or for every one. Each party is
listed with the municipalities whose data it can see and, per municipality, its
routes: directed chains of hops in the direction the data moves, each hop with
its fact, status, date, basis and quotes (see ``docs/semantics.md``).

Exclusions are listed apart with their context. They never remove a route:
where a party is both excluded and reached, both are shown.

Example::

    >>> answer = who_can_see(proj, "個人番号", municipality="東村山市")   # doctest: +SKIP
    >>> [p["label"] for p in answer["parties"]][:2]                     # doctest: +SKIP
    ['東村山市', '保険年金課']
"""
from __future__ import annotations

import re

from kg.graph.projection import Projection
from kg.query.resolve import item_ref, resolve_category, resolve_municipality
from kg.query.controllers import controllers
from kg.query.routes import ACCESS_ORDER, Movement, Route
from kg.query.scope import Scope, ancestors, category_closure, category_info

#: Statuses from most to least settled; a route is as unsettled as its least settled hop.
STATUS_ORDER = ["current", "planned", "possible", "replaced", "ended"]


def party_info(proj: Projection, key: str) -> dict:
    """Return the plain description of an entity used in answers.

    >>> from kg.graph.projection import Projection, FORMAT_VERSION
    >>> p = Projection({"version": FORMAT_VERSION, "entities": {"x": {"label": "甲",
    ...     "label_en": "A", "aliases": [], "type": "company"}}, "categories": {},
    ...     "terms": {}, "meetings": {}, "sources": {}, "facts": {}})
    >>> party_info(p, "x")["label"]
    '甲'
    """
    ent = proj.entities[key]
    info = {"id": key, "label": ent["label"], "label_en": ent["label_en"],
            "aliases": ent["aliases"], "type": ent["type"]}
    if ent.get("instance_of"):
        info["instance_of"] = ent["instance_of"]
    return info


def evidence_of(proj: Projection, fact: dict) -> list[dict]:
    """Return a fact's evidence as ``{"source", "line", "quote", "date"}`` dicts, with
    ``"draft": True`` on a draft's (``kg extract``, built with ``--include-drafts``) so
    that every answer citing it can say the quote is not yet reviewed."""
    draft = {"draft": True} if fact.get("draft") else {}
    return [{"source": e["source"], "line": e["line"], "quote": e["quote"],
             "date": fact["date"], **draft} for e in fact["evidence"]]


def first_quote(evidence: list[dict]) -> dict | None:
    """Return a fact's first quote as answers show it: joined with the quotes that follow
    it on its line and the lines right after it in the same minutes (a speaker's label on
    its line, then what they said: ``（保険年金課長）`` and ``…閲覧することはできません。``),
    ``last_line`` the last of them when it is another; None when there is no evidence.

    >>> first_quote([{"source": "a", "line": 30, "quote": "（課長）"},
    ...              {"source": "a", "line": 31, "quote": "見られません。"}])["quote"]
    '（課長） 見られません。'
    """
    if not evidence:
        return None
    # (a question the evidence opens with is shown only when nothing else is quoted: the
    # answer is what the fact rests on, not …残っているのではないか。)
    start = next((i for i, ev in enumerate(evidence) if not _ASKED.search(ev["quote"])), 0)
    evidence = evidence[start:]
    run = [evidence[0]]
    for ev in evidence[1:]:
        # (同社は、…を取り扱います。 then これらのデータには個人番号が含まれます。 on the same
        # line: the second says which data, so it goes with the first)
        if ev["source"] != run[-1]["source"] or ev["line"] not in (run[-1]["line"], run[-1]["line"] + 1):
            break
        if ev["quote"] not in (e["quote"] for e in run):
            run.append(ev)
    if len(run) == 1:
        return evidence[0]
    last = {"last_line": run[-1]["line"]} if run[-1]["line"] != run[0]["line"] else {}
    return {**run[0], "quote": " ".join(ev["quote"] for ev in run), **last}


#: The end of a quote that asks (…あるのか。, …ないか。, …ですか？).
_ASKED = re.compile(r"(?:か|かね|でしょうか)[。？?]?\s*$|[？?]\s*$")


def fact_step(proj: Projection, fact: dict) -> dict:
    """Return one fact as answers show it: its ends as stated, its data, its evidence.

    Computed once per fact and projection (answers share it): never change it.
    """
    steps = proj.memo("access.steps", dict)
    if fact["id"] not in steps:
        steps[fact["id"]] = _fact_step(proj, fact)
    return steps[fact["id"]]


def _fact_step(proj: Projection, fact: dict) -> dict:
    step = {"fact": fact["id"], "kind": fact["kind"], "type": fact["type"],
            "date": fact["date"], "municipality": fact.get("controller"),
            "document_municipality": fact["municipality"], "item": fact["item"],
            "basis": fact.get("basis", "stated"), "status": fact.get("status")}
    if fact.get("draft"):  # kg extract's proposal, built with --include-drafts
        step["draft"] = True
    item = proj.facts.get(fact["item"]) if fact.get("item") else None
    outcome = proj.terms.get("outcomes", {}).get(item.get("outcome")) if item else None
    if outcome is not None and outcome.get("approving") is False:
        step["unapproved"] = outcome["label"]  # (継続審議: not approved at that meeting)
    if fact["kind"] == "flow":
        step.update({"from": fact["from"], "to": fact["to"], "via": fact["via"],
                     "categories": fact["categories"], "channel": fact["channel"],
                     "frequency": fact["frequency"], "condition": fact.get("condition"),
                     "transformation": fact["transformation"]})
    elif fact["kind"] == "relation":
        step.update({"from": fact["subject"], "to": fact["object"], "system": fact["system"],
                     "categories": fact["categories"], "permission": fact["permission"],
                     "mode": fact["mode"], "work": fact["work"]})
    elif fact["kind"] == "access":
        step.update({"from": fact.get("from"), "to": fact["party"], "system": fact["system"],
                     "categories": fact["categories"], "context": fact.get("context"),
                     "purpose": fact.get("purpose")})
    for end in ("from", "to"):
        if step.get(end):
            step[f"{end}_label"] = proj.entities[step[end]]["label"]
    step["evidence"] = evidence_of(proj, fact)
    return step


def hop_step(proj: Projection, hop, controller: str) -> dict:
    """Return one hop of a route: the fact's description, oriented the way the data moves."""
    step = dict(fact_step(proj, proj.facts[hop.fact]))
    step.update({"role": hop.role, "from": hop.src, "to": hop.dst,
                 "from_label": proj.entities[hop.src]["label"],
                 "to_label": proj.entities[hop.dst]["label"],
                 "municipality": controller, "stops": hop.stops})
    return step


def settled_first(route: dict) -> tuple:
    """A sort key that puts the most settled of a party's routes first: current before
    planned before possible, stated before inferred, then the shorter (an auditor reads
    the first as how the party sees the data).

    >>> settled_first({"status": "planned", "basis": "stated", "hops": [1]})
    (1, False, 1)
    """
    status = route.get("status") or "current"
    return (STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER),
            route.get("basis") == "inferred", len(route.get("hops", ())))


def statuses_of(routes: list[dict]) -> str:
    """Every status a party's routes have, most settled first (``current; planned``): a row
    that lists the data of all its routes says that some of it is only planned.

    >>> statuses_of([{"status": "planned"}, {"status": "current"}, {"status": "planned"}])
    'current; planned'
    """
    found = {r.get("status") or "current" for r in routes}
    return "; ".join(sorted(found, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 99))


def least_settled(statuses) -> str:
    """Return the least settled of ``statuses`` (``current`` when there is none).

    >>> least_settled(["current", "planned"])
    'planned'
    """
    found = [s for s in statuses if s in STATUS_ORDER]
    return max(found, key=STATUS_ORDER.index) if found else "current"


def through(route: dict, system: str) -> bool:
    """True when the route (:func:`route_dict`) starts at or passes through ``system``.

    >>> through({"start": "a", "hops": [{"from": "a", "to": "s"}]}, "s")
    True
    """
    return route["start"] == system or any(system in (h.get("from"), h.get("to")) for h in route["hops"])


def route_dict(proj: Projection, mv: Movement, route: Route, holds: list[str] | None = None
               ) -> dict:
    """Return a route as plain data: ``municipality``, ``access``, ``start``, ``end``,
    ``hops``, ``holds`` (zero-hop routes: the facts saying the data is held there),
    ``status``, ``basis`` and ``dates``."""
    steps = mv.steps  # routes of one movement share their hops' descriptions
    hops = []
    for h in route.hops:
        step = steps.get(h)
        if step is None:
            step = steps[h] = hop_step(proj, h, mv.controller)
        hops.append(step)
    facts = [proj.facts[f] for f in (route.facts() or holds or ())]
    statuses = [f["status"] for f in facts if f.get("status")]
    # A route that starts where the controller's own facts say the data is sent from
    # (not where it is held from the start) is only as settled as those facts: a
    # system that will hold My Number under a planned flow does not hold it now.
    held_by = list(dict.fromkeys(mv.asserted.get(route.start, ()))) \
        if route.hops and route.start not in mv.origins() else []
    if held_by:
        statuses.append(min((proj.facts[f].get("status") or "current" for f in held_by),
                            key=STATUS_ORDER.index))
    if route.hops:
        status = least_settled(statuses)
    else:  # held: as settled as the most settled fact that says so
        status = min(statuses, key=STATUS_ORDER.index) if statuses else "current"
    # as stated as the facts it rests on, those saying the data is at its start too
    resting = facts + [proj.facts[f] for f in held_by]
    out = {"municipality": mv.controller, "access": mv.access_kind(route),
           "start": route.start, "start_label": proj.entities[route.start]["label"],
           "end": route.end, "hops": hops, "status": status,
           "basis": "inferred" if any(f.get("basis") == "inferred" for f in resting)
           else "stated",
           "dates": sorted({f["date"] for f in facts})}
    if any(f.get("draft") for f in facts):
        out["draft"] = True
    if not route.hops:  # (the most settled first: the one a table quotes)
        out["holds"] = sorted((fact_step(proj, proj.facts[f]) for f in holds or []),
                              key=lambda step: settled_first({**step, "hops": ()}))
    if held_by:
        out["start_held_by"] = held_by  # the facts saying the data is at the start
    return out


def _exclusion(proj: Projection, fact: dict, controller: str) -> dict:
    return {**party_info(proj, fact["party"]), "municipality": controller, "fact": fact["id"],
            "categories": fact["categories"], "system": fact["system"],
            "from": fact.get("from"), "context": fact.get("context"),
            "item": item_ref(proj, fact.get("item")),
            "purpose": fact.get("purpose"), "basis": fact.get("basis", "stated"),
            "date": fact["date"], "evidence": evidence_of(proj, fact),
            **({"draft": True} if fact.get("draft") else {})}


def who_can_see(proj: Projection, category: str, municipality: str | None = None,
                as_of=None, statuses=None, max_routes: int = 3) -> dict:
    """Return every party that can see data of ``category``, whose data, and how.

    ``category`` and ``municipality`` may be any id, label or alias. Returns
    ``{"category", "scope", "parties", "systems", "subjects", "excluded"}``:
    ``parties`` and ``systems`` hold one entry per party or system with
    ``access`` (the most direct kind), ``access_kinds``, ``municipalities`` and
    ``routes`` (each with its ``municipality``); ``subjects`` the people the data
    is about who receive it; ``excluded`` one entry per exclusion with its
    context and the routes by which the same party is nevertheless reached.
    """
    with proj.answering():
        return _who_can_see(proj, category=category, municipality=municipality, as_of=as_of,
                            statuses=statuses, max_routes=max_routes)


def _who_can_see(proj: Projection, category: str, municipality: str | None = None,
                as_of=None, statuses=None, max_routes: int = 3) -> dict:
    cat = resolve_category(proj, category)
    munis = [resolve_municipality(proj, municipality)] if municipality else controllers(proj)
    scope = Scope(as_of=as_of, statuses=frozenset(statuses) if statuses else None)
    wanted = category_closure(proj, cat)
    excluded_match = wanted | ancestors(proj, cat)
    tables: dict[str, dict[str, dict]] = {"parties": {}, "systems": {}, "subjects": {}}
    excluded = []
    for muni in munis:
        mv = Movement.build(proj, muni, wanted, scope)
        reached: dict[str, list[dict]] = {}
        for node, routes in mv.reach(max_routes).items():
            rows = []
            for route in routes:
                if not route.hops and proj.entities[node]["type"] == "data-subject":
                    continue  # (the applicant who gives its own data is no one it reaches: nc68 U6)
                holds = None if route.hops else mv.holding_facts(node)
                if route.hops or holds:
                    rows.append(route_dict(proj, mv, route, holds))
            if not rows:
                continue
            reached[node] = rows
            kind = proj.entities[node]["type"]
            table = tables["systems" if kind == "system" else "subjects"
                           if kind == "data-subject" else "parties"]
            if node not in table:
                table[node] = {**party_info(proj, node), "municipalities": [], "routes": [],
                               "exclusions": []}
            table[node]["municipalities"].append(muni)
            table[node]["routes"].extend(rows)
        for fact in mv.exclusions:
            # (kept out of a system, of all its data: of this data only where it is there)
            broad = not wanted & set(fact["categories"])
            if excluded_match & set(fact["categories"]) and not (
                    broad and fact.get("system") and fact["system"] not in reached):
                row = _exclusion(proj, fact, muni)
                # (kept out of a system: reached another way is another context, no clash)
                row["granted_routes"] = [r for r in reached.get(fact["party"], [])
                                         if not fact.get("system") or through(r, fact["system"])]
                excluded.append(row)
                for table in tables.values():
                    if fact["party"] in table and muni in table[fact["party"]]["municipalities"]:
                        table[fact["party"]]["exclusions"].append(fact["id"])
    order = {kind: i for i, kind in enumerate(ACCESS_ORDER)}
    out = {}
    for name, table in tables.items():
        rows = []
        for entry in table.values():
            kinds = sorted({r["access"] for r in entry["routes"]}, key=order.get)
            entry["routes"].sort(key=lambda r: (r["municipality"], order[r["access"]], *settled_first(r)))
            entry.update(access=kinds[0], access_kinds=kinds,
                         municipalities=sorted(set(entry["municipalities"])))
            rows.append(entry)
        rows.sort(key=lambda e: (order[e["access"]], e["type"], e["id"]))
        out[name] = rows
    excluded.sort(key=lambda e: (e["municipality"], e["id"], e["fact"]))
    return {"category": category_info(proj, cat),
            "scope": {"municipality": munis[0] if municipality else None,
                      "as_of": as_of.isoformat() if as_of else None,
                      "statuses": sorted(statuses) if statuses else None,
                      "categories": sorted(wanted)},
            **out, "excluded": excluded}


def route_text(route: dict) -> str:
    """Return a route as ``A → B → C`` (labels), for tables.

    >>> route_text({"start_label": "甲", "hops": [{"to_label": "乙"}, {"to_label": "丙"}]})
    '甲 → 乙 → 丙'
    """
    return " → ".join([route["start_label"]] + [h["to_label"] + ("（草案）" if h.get("draft") else "")
                                                for h in route["hops"]])
