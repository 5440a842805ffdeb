"""What can be asked about: lists of what the graph knows, and one thing shown whole.

* :func:`listing` — categories (a tree, with how many facts of each
  municipality carry each), systems, parties, municipalities, agenda items.
* :func:`show` — one entity, category or agenda item with everything known
  about it and the evidence of each fact.

Example::

    >>> [r["label"] for r in listing(proj, "municipalities")["rows"]]   # doctest: +SKIP
    ['川口市', '志木市', '杉並区', '東村山市']
"""
from __future__ import annotations

from collections import Counter, defaultdict

from kg.errors import LookupFailed
from kg.graph.projection import Projection
from kg.query.access import fact_step, party_info
from kg.query.explore import ROLES, touches
from kg.query.resolve import item_name, item_ref, resolve_any, resolve_municipality
from kg.query.scope import Scope, category_info, narrower

KINDS = ("categories", "systems", "parties", "municipalities", "items")


def _controller(fact: dict) -> str:
    return fact.get("controller") or fact["municipality"]


def listing(proj: Projection, kind: str, municipality: str | None = None, as_of=None) -> dict:
    """Return ``{"kind", "scope", "rows"}``: one row per thing of ``kind`` (see :data:`KINDS`)."""
    if kind not in KINDS:
        raise LookupFailed(f"cannot list {kind!r}; choose one of {', '.join(KINDS)}")
    muni = resolve_municipality(proj, municipality) if municipality else None
    scope = Scope(muni, as_of)
    facts = _about(scope.facts(proj), muni) if muni else scope.facts(proj)
    rows = {"categories": _categories, "systems": _systems, "parties": _parties,
            "municipalities": _municipalities, "items": _items}[kind](proj, facts)
    return {"kind": kind, "scope": {"municipality": muni,
                                    "as_of": as_of.isoformat() if as_of else None},
            "rows": rows}


_NAMES = ("from", "to", "via", "subject", "object", "system", "party")


def _about(facts: list[dict], muni: str) -> list[dict]:
    """The facts of ``muni``'s listing: its own, and the general ones (stated for every
    participant, controller None) that its minutes state or that touch what its own facts
    name. A system's host stated in another city's minutes is not this town's party
    unless this town's data goes there."""
    own = [f for f in facts if f["municipality"] == muni or f.get("controller") == muni]
    named = {f[k] for f in own for k in _NAMES if f.get(k)}
    return own + [f for f in facts if f not in own and f.get("controller", muni) is None
                  and named & {f[k] for k in _NAMES if f.get(k)}]


def _categories(proj: Projection, facts: list[dict]) -> list[dict]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for fact in facts:
        if fact["kind"] in ("flow", "relation") or fact["kind"] == "access" \
                and fact["type"] == "incidental":
            for key in fact.get("categories") or ():
                counts[key][_controller(fact)] += 1
    below = narrower(proj)
    roots = sorted(k for k, c in proj.categories.items() if not c["broader"])
    rows, seen = [], set()

    def walk(key: str, depth: int, path: str) -> None:
        info = category_info(proj, key)
        by_muni = counts.get(key, Counter())
        rows.append({"id": key, "depth": depth, "tree": "　" * depth + info["label"],
                     "label": info["label"], "label_en": info["label_en"],
                     "kind": info["kind"], "sensitivity": info["sensitivity"],
                     "broader": proj.categories[key]["broader"], "path": path,
                     "narrower": sorted(below.get(key, ())),
                     "contains": proj.categories[key]["contains"],
                     "facts": sum(by_muni.values()),
                     "municipalities": {m: by_muni[m] for m in sorted(by_muni)},
                     "by_municipality": "; ".join(f"{proj.entities[m]['label']} {n}"
                                                  for m, n in sorted(by_muni.items()))})
        if key in seen:  # a category under two broader ones: its children once
            return
        seen.add(key)
        for child in sorted(below.get(key, ())):
            walk(child, depth + 1, f"{path} > {proj.categories[child]['label']}")

    for root in roots:
        walk(root, 0, proj.categories[root]["label"])
    return rows


def _uses(proj: Projection, facts: list[dict]) -> dict[str, set[str]]:
    """Which municipalities' facts name each entity."""
    out: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        for key in _NAMES:
            if fact.get(key):
                out[fact[key]].add(_controller(fact))
    return out


def _systems(proj: Projection, facts: list[dict]) -> list[dict]:
    uses = _uses(proj, facts)
    run_by: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact["kind"] == "relation" and fact["type"] in ("hosts", "operates", "maintains",
                                                            "provides"):
            run_by[fact["object"]].add(fact["subject"])
    rows = []
    for key, ent in sorted(proj.entities.items()):
        # a product is listed where one of its instances is (this town's, when scoped)
        if ent["type"] != "system" or not (uses.get(key) or set(_instances(proj, key)) & set(uses)):
            continue
        product = ent.get("instance_of")
        rows.append({**party_info(proj, key), "instance_of": product,
                     "product": proj.entities[product]["label"] if product else "",
                     "instances": [proj.entities[i]["label"] for i in _instances(proj, key)],
                     "run_by": sorted(proj.entities[p]["label"] for p in run_by.get(key, ())),
                     "municipalities": sorted(proj.entities[m]["label"]
                                              for m in uses.get(key, ()))})
    return rows


def _instances(proj: Projection, key: str) -> list[str]:
    return sorted(k for k, e in proj.entities.items() if e.get("instance_of") == key)


def _parties(proj: Projection, facts: list[dict]) -> list[dict]:
    uses = _uses(proj, facts)
    rows = []
    for key, ent in sorted(proj.entities.items(), key=lambda kv: (kv[1]["type"], kv[0])):
        if ent["type"] == "system" or key not in uses:
            continue
        home = ent.get("municipality")
        rows.append({**party_info(proj, key),
                     "home": proj.entities[home]["label"] if home else "",
                     "municipalities": sorted(proj.entities[m]["label"] for m in uses[key]),
                     "facts": sum(1 for f in facts if key in (
                         f.get("from"), f.get("to"), f.get("via"), f.get("subject"),
                         f.get("object"), f.get("party")))})
    return rows


def _municipalities(proj: Projection, facts: list[dict]) -> list[dict]:
    rows = []
    for key, ent in sorted(proj.entities.items()):
        if ent["type"] != "municipality":
            continue
        mine = [f for f in facts if _controller(f) == key]
        sources = [s for s in proj.sources.values() if s["municipality"] == key]
        if not mine and not sources:
            continue
        kinds = Counter(f["kind"] for f in mine)
        pref = ent.get("prefecture")
        rows.append({**party_info(proj, key),
                     "prefecture": proj.entities[pref]["label"] if pref else "",
                     "documents": len(sources),
                     "meetings": sorted(s["date"] for s in sources),
                     "agenda_items": sum(1 for f in facts
                                         if f["kind"] == "item" and f["municipality"] == key),
                     "flows": kinds["flow"], "relations": kinds["relation"],
                     "access": kinds["access"]})
    return rows


def _items(proj: Projection, facts: list[dict]) -> list[dict]:
    rows = []
    for fact in facts:
        if fact["kind"] != "item":
            continue
        meeting = proj.meetings.get(fact["meeting"], {})
        dept = fact.get("department")
        # (nc67 U10: the number alone, 3, did not say 報告(3) from 諮問第3号)
        name = item_name(fact["type"], fact["number"], fact.get("listed"), fact.get("numbered_as")) \
            if fact["number"] else ""
        rows.append({"id": fact["id"], "number": fact["number"], "name": name, "type": fact["type"],
                     "title": fact["title"],
                     "municipality": proj.entities[fact["municipality"]]["label"],
                     "date": meeting.get("date") or fact["date"],
                     "department": proj.entities[dept]["label"] if dept else "",
                     "outcome": proj.terms["outcomes"].get(fact["outcome"], {}).get("label"),
                     "source": fact["source"]})
    rows.sort(key=lambda r: (r["municipality"], r["date"], r["id"]))
    return rows


def show(proj: Projection, name: str, municipality: str | None = None) -> dict:
    """Return everything known about one entity, category or agenda item.

    ``{"kind": "entity"|"category"|"item", "subject": {...}, "scope": {"municipality"}, ...}``
    with the facts that name it, each with its evidence (source, line, quote, date).
    ``municipality`` picks the one of that municipality where the name is shared
    (保険年金課, 諮問第1号) and keeps the facts about its data only.

    >>> show(proj, "保険年金課", municipality="志木市")["subject"]["id"]   # doctest: +SKIP
    'shiki-hoken-nenkin-ka'
    """
    muni = resolve_municipality(proj, municipality) if municipality else None
    kind, key = resolve_any(proj, name, muni)
    if kind == "entity":
        answer = _show_entity(proj, key, muni)
    elif kind == "category":
        answer = _show_category(proj, key, muni)
    else:
        answer = _show_item(proj, key)
    return {**answer, "scope": {"municipality": muni}}


def _show_entity(proj: Projection, key: str, municipality: str | None = None) -> dict:
    ent = proj.entities[key]
    facts = touches(proj, key, municipality=municipality)
    related = {}
    for field in ("municipality", "prefecture", "part_of", "member_of", "instance_of"):
        if ent.get(field):
            related[field] = party_info(proj, ent[field])
    related["instances"] = [party_info(proj, i) for i in _instances(proj, key)]
    return {"kind": "entity", "subject": {**party_info(proj, key), "role": ent.get("role"),
                                          "description": ent.get("description")},
            "related": related, "categories": facts["categories"],
            "municipalities": facts["municipalities"], "agenda_items": facts["agenda_items"],
            "facts": {role: facts[role] for role in ROLES}}


def _show_category(proj: Projection, key: str, municipality: str | None = None) -> dict:
    from kg.query.scope import ancestors, category_closure

    cat = proj.categories[key]
    wanted = category_closure(proj, key)
    facts = [fact_step(proj, f) for f in proj.ordered_facts
             if f["kind"] in ("flow", "relation", "access")
             and wanted & set(f.get("categories") or ())
             and municipality in (None, _controller(f))]
    return {"kind": "category", "subject": category_info(proj, key),
            "broader": [category_info(proj, k) for k in sorted(ancestors(proj, key))],
            "narrower": [category_info(proj, k) for k in sorted(narrower(proj).get(key, ()))],
            "contains": [category_info(proj, k) for k in cat["contains"]],
            "counted_with": sorted(wanted - {key}), "facts": facts}


def _show_item(proj: Projection, key: str) -> dict:
    item = proj.facts[key]
    # (諮問第5号 whose sections (1)…(3) are its parts: their facts are its facts too)
    parts = [f["id"] for f in proj.ordered_facts if f["kind"] == "item" and f.get("part_of") == key]
    keys = {key, *parts}
    facts = [fact_step(proj, f) for f in proj.ordered_facts
             if f.get("item") in keys and f["kind"] in ("flow", "relation", "access")]
    others = [f for f in proj.ordered_facts if f.get("item") in keys
              and f["kind"] in ("safeguard", "concern")]
    return {"kind": "item", "subject": {**{k: item[k] for k in (
                "id", "number", "type", "title", "municipality", "meeting", "date",
                "department", "outcome", "conditions", "kinds", "votes")},
                # (議案第7号, 諮問(1): as the minutes call it, for a reader to find it there)
                "name": item_ref(proj, key)["name"],
                "part_of": item_ref(proj, item.get("part_of")),
                "parts": [item_ref(proj, p) for p in parts]},
            "evidence": fact_step(proj, item)["evidence"] if item.get("evidence") else [],
            "facts": facts,
            "safeguards": [f for f in others if f["kind"] == "safeguard"],
            "concerns": [f for f in others if f["kind"] == "concern"]}
