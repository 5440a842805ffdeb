"""Audit findings computed by rules kept as data (``data/rules.yaml``).

A rule names one of the checks below and the parameters it runs with; ``kg
build`` copies the rules into the built graph, so findings read the build
only. Each finding has the rule id, severity, title, subject and evidence.

Example::

    >>> [f["rule"] for f in findings(proj)][:1]          # doctest: +SKIP
    ['R1-physical-media']
"""
from __future__ import annotations

from collections import defaultdict

from kg.errors import KGError, LookupFailed
from kg.graph.projection import Projection
from kg.query.access import evidence_of, fact_step, party_info, who_can_see
from kg.query.explore import product
from kg.query.resolve import item_ref, resolve_municipality
from kg.query.controllers import controller_facts, controllers
from kg.query.routes import Movement
from kg.query.scope import Scope, category_closure, sensitivity

SEVERITIES = ["high", "medium", "low"]


def _sensitive(proj: Projection, categories, levels) -> list[str]:
    return [c for c in categories if sensitivity(proj, c) in levels]


def _finding(rule: dict, subject: dict, detail: str, facts: list[dict], proj,
             municipalities=None) -> dict:
    if municipalities is None:
        municipalities = {f.get("controller") or f["municipality"] for f in facts}
    return {"rule": rule["id"], "severity": rule["severity"], "title": rule["title"],
            "title_en": rule["title_en"], "subject": subject, "detail": detail,
            "municipalities": sorted(m for m in municipalities if m),
            "facts": [f["id"] for f in facts],
            "evidence": [e for f in facts for e in evidence_of(proj, f)]}


def _subject(proj: Projection, fact: dict) -> dict:
    step = fact_step(proj, fact)
    return {"fact": fact["id"], "kind": fact["kind"], "from": step.get("from_label"),
            "to": step.get("to_label")}


def _physical_media(proj, rule, scope):
    levels = set(rule["params"].get("sensitivities", []))
    exempt = set(rule["params"].get("exempt_party_types", []))
    for flow in scope.facts(proj, "flow"):
        channel = proj.terms["channels"].get(flow["channel"] or "", {})
        hot = _sensitive(proj, flow["categories"], levels)
        if {proj.entities[flow["from"]]["type"], proj.entities[flow["to"]]["type"]} & exempt:
            continue  # e.g. a certificate mailed to the person it is about
        if channel.get("physical") and hot:
            labels = "、".join(proj.categories[c]["label"] for c in hot)
            yield _finding(rule, _subject(proj, flow), f"{labels} on {channel['label']}",
                           [flow], proj)


def _re_entrustment(proj, rule, scope):
    allowed = set(rule["params"].get("permissions", []))
    for rel in scope.facts(proj, "relation"):
        if rel["type"] == "re-entrusts" and (rel["permission"] or "unstated") in allowed:
            said = {"allowed": "allowed", "requires-approval": "allowed with approval",
                    None: "(permission not stated)"}.get(rel["permission"], rel["permission"])
            yield _finding(rule, _subject(proj, rel), f"re-entrustment {said}", [rel], proj)


def _cloud_standard_terms(proj, rule, scope):
    p = rule["params"]
    levels = set(p.get("sensitivities", []))
    by_item = defaultdict(list)
    for fact in scope.facts(proj):
        if fact["item"]:
            by_item[fact["item"]].append(fact)
    for item_id, facts in sorted(by_item.items()):
        item = proj.facts.get(item_id, {})
        texts = [e["quote"] for f in facts + [item] for e in f.get("evidence", [])]
        texts += [e["quote"] for f in facts for a in f.get("answers", []) for e in a["evidence"]]
        cloud = "cloud" in item.get("kinds", []) or any(
            w.lower() in t.lower() for t in texts for w in p.get("cloud_words", []))
        terms = [f for f in facts + [item] if any(
            w in e["quote"] for e in f.get("evidence", []) for w in p.get("terms_words", []))]
        hot = [f for f in facts if _sensitive(proj, f.get("categories", []), levels)]
        if cloud and terms and hot:
            yield _finding(rule, {"fact": item_id, "kind": "item", "title": item.get("title")},
                           "sensitive data, cloud service, standard terms", hot[:3] + terms[:3], proj)


def _my_number_outside(proj, rule, scope):
    p = rule["params"]
    inside = set(p.get("inside_access", []))
    running = _running_for(proj, p.get("inside_work", ()))
    # (an entrusted party the data reaches by a flow of its own, not through the
    # entrustment: 受託者の入力センターへ…原本を引き渡します, the relation naming no data)
    entrusted = _entrusted(proj) if "entrusted" in inside else set()
    answer = who_can_see(proj, p["category"], scope.municipality, scope.as_of)
    for party in answer["parties"]:
        for muni in party["municipalities"]:
            routes = [r for r in party["routes"] if r["municipality"] == muni]
            kinds = {r["access"] for r in routes}
            outside = party["id"] in p.get("outside_parties", []) or (
                party["type"] in p.get("outside_types", []) and not kinds & inside
                and (muni, party["id"]) not in running | entrusted)
            if outside:
                # a route with no hop rests on the facts that put the data there
                facts = [proj.facts[f] for r in routes
                         for f in [h["fact"] for h in r["hops"]]
                         + [h["fact"] for h in r.get("holds") or ()]]
                yield _finding(rule, {"party": party["id"], "label": party["label"]},
                               f"access: {', '.join(sorted(kinds))}",
                               list({f["id"]: f for f in facts}.values()), proj, {muni})


def _running_for(proj, works) -> set[tuple[str, str]]:
    """Return the (municipality, party) pairs where the municipality entrusts the party
    and the party does one of ``works`` on a system of the municipality (…の運用保守は株式
    会社Aに委託している): it handles that system's data for the municipality, whatever
    route the data takes to it. Ended or replaced relations count for nothing."""
    return {(f["controller"], f["subject"]) for f in _live(proj) if f["type"] in works} & _entrusted(proj)


def _live(proj) -> list[dict]:
    """The relations that still hold (ended or replaced ones count for nothing)."""
    return [f for f in proj.of_kind("relation") if f.get("status") not in ("ended", "replaced")]


def _entrusted(proj) -> set[tuple[str, str]]:
    """Return the (municipality, party) pairs of the live entrustments."""
    return {(f["controller"], f["object"]) for f in _live(proj) if f["type"] == "entrusts"}


def _unanswered(proj, rule, scope):
    kinds = set(rule["params"].get("kinds", ["question"]))
    for concern in scope.facts(proj, "concern"):
        if not concern["answers"] and concern.get("concern_kind", "question") in kinds:
            yield _finding(rule, {"fact": concern["id"], "kind": "concern",
                                  "topic": concern["topic"]}, "no answer recorded", [concern], proj)


def _concentration(proj, rule, scope):
    p = rule["params"]
    types = set(p.get("types", []))
    seen: dict[str, dict[str, dict]] = defaultdict(dict)
    documented = {s["municipality"] for s in proj.sources.values()}
    for fact in scope.facts(proj):
        muni = fact.get("controller")
        if fact["kind"] not in ("flow", "relation", "access") or muni not in documented:
            continue
        if fact["kind"] == "access" and fact["type"] == "excluded":
            continue
        for key in ("from", "to", "via", "subject", "object", "system", "party"):
            end = fact.get(key)
            if end and proj.entities[end]["type"] in types:
                # Instances of one product count together: the same vendor's product.
                seen[product(proj, end)].setdefault(muni, fact)
    for key, per_muni in sorted(seen.items()):
        if len(per_muni) >= p.get("min_municipalities", 2):
            yield _finding(rule, party_info(proj, key),
                           f"{len(per_muni)} municipalities depend on it",
                           list(per_muni.values()), proj)


def _remote_maintenance(proj, rule, scope):
    levels = set(rule["params"].get("sensitivities", []))
    holds = defaultdict(list)
    for fact in scope.facts(proj):
        # (an exclusion says the data is kept out of its system, not that it is there)
        hot = [] if fact.get("type") == "excluded" else _sensitive(proj, fact.get("categories", []), levels)
        if hot:
            for key in ("from", "to", "via", "object", "system"):
                if fact.get(key):
                    holds[fact[key]].append(fact)
    for rel in scope.facts(proj, "relation"):
        if rel["type"] == "maintains" and rel["mode"] == "remote" and holds.get(rel["object"]):
            yield _finding(rule, _subject(proj, rel), "remote maintenance of a system holding "
                           "sensitive data", [rel, holds[rel["object"]][0]], proj)


def _exclusion_meets_access(proj, rule, scope):
    """An exclusion and a route to the same party, for the same controller and data."""
    munis = [scope.municipality] if scope.municipality else controllers(proj)
    for muni in munis:
        for fact in controller_facts(proj, muni, scope):
            if fact["kind"] != "access" or fact["type"] != "excluded":
                continue
            wanted = set().union(*(category_closure(proj, c) for c in fact["categories"]))
            mv = Movement.build(proj, muni, wanted, Scope(as_of=scope.as_of))
            # (a system's exclusion looks at a few routes for one through it; else one will do)
            routes = mv.reach(max_routes=3 if fact.get("system") else 1).get(fact["party"], [])
            routes = [r for r in routes if r.hops or mv.holding_facts(fact["party"])]
            # (kept out of a system: only a route through it meets the exclusion)
            routes = [r for r in routes if not fact.get("system") or fact["system"] in r.nodes()]
            if not routes:
                continue
            route = routes[0]
            granting = [proj.facts[f] for f in (route.facts()
                                                or mv.holding_facts(fact["party"]))]
            # (a drafted exclusion names its item, not a copy of the item's title)
            item = item_ref(proj, fact.get("item"))
            context = fact.get("context") or fact.get("purpose") or (
                fact["system"] and proj.entities[fact["system"]]["label"]) or (item and item["name"]) \
                or "no context stated"
            # (a clash over My Number ranks high, whatever the rule's own severity)
            raised = any(sensitivity(proj, c) in rule["params"].get("high_for", ()) for c in fact["categories"])
            yield _finding({**rule, "severity": "high"} if raised else rule, {"party": fact["party"],
                                  "label": proj.entities[fact["party"]]["label"],
                                  "fact": fact["id"]},
                           f"excluded ({context}), yet reached: {_route_labels(proj, route)}",
                           [fact] + granting, proj, {muni})


def _route_labels(proj: Projection, route) -> str:
    """``A → B → C`` in labels; a route of no hops: the party holds the data itself."""
    if not route.hops:
        return "its own facts say it handles the data"
    return " → ".join(proj.entities[n]["label"] for n in route.nodes())


CHECKS = {"physical-media": _physical_media, "re-entrustment": _re_entrustment,
          "cloud-standard-terms": _cloud_standard_terms,
          "my-number-outside-roles": _my_number_outside, "unanswered-concern": _unanswered,
          "concentration": _concentration, "remote-maintenance": _remote_maintenance,
          "exclusion-meets-access": _exclusion_meets_access}


def findings(proj: Projection, municipality: str | None = None, severity: str | None = None,
             rule: str | None = None, as_of=None) -> list[dict]:
    """Return the findings of every rule in the build, most severe first.

    ``municipality`` keeps the facts whose data is that municipality's.
    """
    rules = proj.data.get("rules")
    if rules is None:
        raise KGError("the built graph carries no audit rules; run `kg build`")
    if rule and rule not in {r["id"] for r in rules}:
        known = ", ".join(r["id"] for r in rules)
        raise LookupFailed(f"no rule {rule!r}; the rules are: {known}")
    if severity and severity not in SEVERITIES:
        raise LookupFailed(f"unknown severity {severity!r}; choose one of {', '.join(SEVERITIES)}")
    scope = Scope(resolve_municipality(proj, municipality) if municipality else None, as_of)
    out = []
    for r in rules:
        if rule and r["id"] != rule:
            continue
        out.extend(CHECKS[r["check"]](proj, r, scope))
    if severity:
        out = [f for f in out if SEVERITIES.index(f["severity"]) <= SEVERITIES.index(severity)]
    out.sort(key=lambda f: (SEVERITIES.index(f["severity"]), f["rule"], str(f["subject"])))
    return out
