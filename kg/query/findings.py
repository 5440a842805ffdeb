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

from kg.errors import KGError
from kg.graph.projection import Projection
from kg.query.access import evidence_of, hop, party_info, who_can_see
from kg.query.scope import Scope, sensitivity

SEVERITIES = ["high", "medium", "low"]


def _sensitive(proj: Projection, categories, levels) -> list[str]:
    return [c for c in categories if sensitivity(proj, c) in levels]


def _finding(rule: dict, subject: dict, detail: str, facts: list[dict], proj) -> dict:
    return {"rule": rule["id"], "severity": rule["severity"], "title": rule["title"],
            "title_en": rule["title_en"], "subject": subject, "detail": detail,
            "municipalities": sorted({f["municipality"] for f in facts}),
            "facts": [f["id"] for f in facts],
            "evidence": [e for f in facts for e in evidence_of(proj, f)]}


def _subject(proj: Projection, fact: dict) -> dict:
    step = hop(proj, fact)
    return {"fact": fact["id"], "kind": fact["kind"], "from": step.get("from_label"),
            "to": step.get("to_label")}


def _physical_media(proj, rule, scope):
    levels = set(rule["params"].get("sensitivities", []))
    for flow in scope.facts(proj, "flow"):
        channel = proj.terms["channels"].get(flow["channel"] or "", {})
        hot = _sensitive(proj, flow["categories"], levels)
        if channel.get("physical") and hot:
            yield _finding(rule, _subject(proj, flow),
                           f"{', '.join(hot)} on {flow['channel']}", [flow], proj)


def _re_entrustment(proj, rule, scope):
    allowed = set(rule["params"].get("permissions", []))
    for rel in scope.facts(proj, "relation"):
        if rel["type"] == "re-entrusts" and rel["permission"] in allowed:
            yield _finding(rule, _subject(proj, rel), f"permission: {rel['permission']}", [rel], proj)


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
    answer = who_can_see(proj, p["category"], scope.municipality, scope.as_of)
    for party in answer["parties"]:
        if any(w in (party["label"] or "") for w in p.get("exempt_label_words", [])):
            continue
        outside = party["id"] in p.get("outside_parties", []) or (
            party["type"] in p.get("outside_types", []) and "entrusted" not in party["access_kinds"])
        if outside:
            facts = [proj.facts[h["fact"]] for r in party["routes"] for h in r["hops"]]
            yield _finding(rule, {"party": party["id"], "label": party["label"]},
                           f"access: {', '.join(party['access_kinds'])}",
                           list({f["id"]: f for f in facts}.values()), proj)


def _unanswered(proj, rule, scope):
    for concern in scope.facts(proj, "concern"):
        if not concern["answers"]:
            yield _finding(rule, {"fact": concern["id"], "kind": "concern",
                                  "topic": concern["topic"]}, "no answer recorded", [concern], proj)


def _concentration(proj, rule, scope):
    p = rule["params"]
    types = set(p.get("types", []))
    seen: dict[str, dict[str, dict]] = defaultdict(dict)
    for fact in scope.facts(proj):
        for key in ("from", "to", "via", "subject", "object", "system", "party"):
            end = fact.get(key)
            if end and proj.entities[end]["type"] in types:
                seen[end].setdefault(fact["municipality"], fact)
    for key, per_muni in sorted(seen.items()):
        if len(per_muni) >= p.get("min_municipalities", 2):
            yield _finding(rule, party_info(proj, key),
                           f"{len(per_muni)} municipalities depend on it",
                           list(per_muni.values()), proj)


def _remote_maintenance(proj, rule, scope):
    levels = set(rule["params"].get("sensitivities", []))
    holds = defaultdict(list)
    for fact in scope.facts(proj):
        hot = _sensitive(proj, fact.get("categories", []), levels)
        if hot:
            for key in ("from", "to", "via", "object", "system"):
                if fact.get(key):
                    holds[fact[key]].append(fact)
    for rel in scope.facts(proj, "relation"):
        if rel["type"] == "maintains" and rel["mode"] == "remote" and holds.get(rel["object"]):
            yield _finding(rule, _subject(proj, rel), "remote maintenance of a system holding "
                           "sensitive data", [rel, holds[rel["object"]][0]], proj)


CHECKS = {"physical-media": _physical_media, "re-entrustment": _re_entrustment,
          "cloud-standard-terms": _cloud_standard_terms,
          "my-number-outside-roles": _my_number_outside, "unanswered-concern": _unanswered,
          "concentration": _concentration, "remote-maintenance": _remote_maintenance}


def findings(proj: Projection, municipality: str | None = None, severity: str | None = None,
             rule: str | None = None) -> list[dict]:
    """Return the findings of every rule in the build, most severe first."""
    from kg.query.resolve import resolve_municipality

    rules = proj.data.get("rules")
    if rules is None:
        raise KGError("the built graph carries no audit rules; run `kg build`")
    scope = Scope(resolve_municipality(proj, municipality) if municipality else None)
    out = []
    for r in rules:
        if rule and r["id"] != rule:
            continue
        out.extend(CHECKS[r["check"]](proj, r, scope))
    if severity:
        out = [f for f in out if SEVERITIES.index(f["severity"]) <= SEVERITIES.index(severity)]
    out.sort(key=lambda f: (SEVERITIES.index(f["severity"]), f["rule"], str(f["subject"])))
    return out
