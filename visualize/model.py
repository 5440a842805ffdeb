"""The diagram's plain data: which nodes and edges a view shows, and why.

:func:`diagram` picks the facts of a view (flows, relationships, incidental
access and exclusions) from a :class:`kg.graph.Projection` and returns plain
dicts: one node per party, system or data category, one edge per fact (two
for a flow that passes through a ``via`` system, one per category for an
access fact). Every edge keeps its fact id and evidence, so the page can show
the quote behind it.

Views combine: each option narrows the facts. The ``who_can_see`` and
``impact`` views draw exactly their query's answer: one edge per hop of each
route, in the direction the data moves and labelled with whose data it is.

Example::

    >>> d = diagram(proj, municipality="杉並区", category="個人番号")   # doctest: +SKIP
    >>> d["edges"][0]["evidence"][0]["quote"]                         # doctest: +SKIP
    'マイナンバーカードと暗証番号で交付をしております。'
"""
from __future__ import annotations

from kg.errors import LookupFailed
from kg.graph.projection import Projection
from kg.query.access import who_can_see as query_who_can_see
from kg.query.impact import impact as query_impact
from kg.query.resolve import resolve_category, resolve_entity, resolve_municipality
from kg.query.scope import Scope, category_closure, sensitivity

from .layout import positions
from .styles import (ACCESS_LABELS, LARGE_GRAPH, PERMISSION_LABELS, RELATION_LABELS,
                     edge_styles, legend)

CATEGORY_PREFIX = "category:"
SYSTEM_ROLES = ("hosts", "operates", "maintains")


def category_node_id(category: str) -> str:
    """Return the node id of a data category (kept apart from entity ids).

    >>> category_node_id("my-number")
    'category:my-number'
    """
    return CATEGORY_PREFIX + category


def diagram(proj: Projection, municipality: str | None = None, category: str | None = None,
            party: str | None = None, who_can_see: str | None = None,
            as_of=None, large_threshold: int = LARGE_GRAPH, impact: str | None = None,
            mode: str = "outage") -> dict:
    """Return a view's diagram: ``{"view", "nodes", "edges", "legend", "filters", "layout"}``.

    Names may be any id, label or alias (LookupFailed if none matches).
    With no option the whole graph is drawn. Example::

        >>> d = diagram(proj, party="J-LIS")                 # doctest: +SKIP
        >>> {e["kind"] for e in d["edges"]}                  # doctest: +SKIP
        {'flow', 'relation'}
    """
    muni = resolve_municipality(proj, municipality) if municipality else None
    cat = resolve_category(proj, category) if category else None
    focus = resolve_entity(proj, party, muni) if party else None
    wcs = resolve_category(proj, who_can_see) if who_can_see else None
    target = resolve_entity(proj, impact, muni) if impact else None
    if wcs and target:
        raise LookupFailed("draw either --who-can-see or --impact, not both")
    builder = _Builder(proj)
    builder.municipality = muni

    facts = [f for f in Scope(muni, as_of).facts(proj)
             if f["kind"] in ("flow", "relation", "access")]
    wanted: set[str] | None = None
    if cat:
        wanted = category_closure(proj, cat)
        facts = _handling(facts, wanted)
    if focus:
        facts = _neighbourhood(facts, focus)
    answer = None
    if wcs or target:
        # The view is the answer: its routes, hop by hop, narrowed by the other options.
        allowed = {f["id"] for f in facts}
        if wcs:
            answer = query_who_can_see(proj, wcs, muni, as_of)
            rows = answer["parties"] + answer["systems"] + answer["subjects"]
            wanted = set(answer["scope"]["categories"]) if wanted is None else (
                wanted & set(answer["scope"]["categories"]))
        else:
            answer = query_impact(proj, target, mode, muni, as_of)
            rows = [{"id": r["party"]["id"], "routes": r["routes"]} for r in answer["affected"]]
        for row in rows:
            for route in row["routes"]:
                if focus and focus not in {route["start"]} | {h["to"] for h in route["hops"]}:
                    continue
                if not route["hops"] and not focus:
                    builder.add_entity(row["id"], municipality=route["municipality"])
                if all(h["fact"] in allowed for h in route["hops"]):
                    for hop in route["hops"]:
                        builder.add_hop(hop)
        if wcs:
            for row in answer["excluded"]:
                if row["fact"] in allowed:
                    builder.add_fact(proj.facts[row["fact"]], wanted)
    else:
        for fact in facts:
            builder.add_fact(fact, wanted)

    if muni:
        builder.add_entity(muni, focus=True)
        if not (cat or focus or wcs):
            for key, ent in proj.entities.items():
                if ent.get("municipality") == muni:
                    builder.add_entity(key)
    if focus:
        builder.add_entity(focus, focus=True)
    for key in filter(None, (cat, wcs)):
        builder.add_category(key, focus=True)
    if target:
        builder.add_entity(target, focus=True)
    if not (muni or cat or focus or wcs or target):
        for key in proj.entities:
            builder.add_entity(key)
    if answer and wcs:
        _annotate(builder, answer)
    elif answer:
        _annotate_impact(builder, answer)

    nodes = sorted(builder.nodes.values(), key=lambda n: (n["type"], n["id"]))
    edges = sorted(builder.edges, key=lambda e: e["id"])
    large = len(nodes) > large_threshold
    if large:
        for node, (x, y) in zip(nodes, positions(nodes, edges)):
            node["x"], node["y"] = x, y
    view = {"municipality": muni, "category": cat, "party": focus, "who_can_see": wcs,
            "impact": target, "mode": mode if target else None,
            "as_of": as_of.isoformat() if as_of else None,
            "title": _title(proj, muni, cat, focus, wcs, target, mode)}
    return {"view": view, "nodes": nodes, "edges": edges, "legend": legend(nodes, edges),
            "filters": _filters(proj, nodes, edges),
            "layout": {"mode": "precomputed" if large else "physics",
                       "threshold": large_threshold}}


def _handling(facts: list[dict], wanted: set[str]) -> list[dict]:
    """Facts that carry a category in ``wanted``, and who hosts, runs or maintains
    a system those facts reach."""
    carrying = [f for f in facts if wanted & set(f.get("categories") or [])]
    reached = set()
    for fact in carrying:
        reached.update(filter(None, (fact.get("from"), fact.get("to"), fact.get("via"),
                                     fact.get("object"), fact.get("system"))))
    ids = {f["id"] for f in carrying}
    extra = [f for f in facts if f["kind"] == "relation" and f["id"] not in ids
             and (f["type"] in SYSTEM_ROLES and f["object"] in reached
                  or f["type"] == "entrusts" and f.get("system") in reached)]
    return carrying + extra


def _ends(fact: dict) -> set[str]:
    keys = ("from", "to", "via", "subject", "object", "party", "system")
    return {fact[k] for k in keys if fact.get(k)}


def _neighbourhood(facts: list[dict], focus: str) -> list[dict]:
    """Facts touching ``focus``, plus the flows in and out of systems it hosts,
    operates or maintains (what it can see through them)."""
    direct = [f for f in facts if focus in _ends(f)]
    systems = {f["object"] for f in direct if f["kind"] == "relation"
               and f["type"] in SYSTEM_ROLES and f["subject"] == focus}
    ids = {f["id"] for f in direct}
    extra = [f for f in facts if f["id"] not in ids and f["kind"] == "flow"
             and systems & {f["from"], f["to"], f["via"]}]
    return direct + extra


def _annotate(builder: "_Builder", answer: dict) -> None:
    """Mark parties with how they can see the category, whose data, and their routes."""
    for row in answer["parties"] + answer["systems"] + answer["subjects"]:
        node = builder.nodes.get(row["id"])
        if node is None:
            continue
        node["access"] = row["access"]
        node["access_kinds"] = row["access_kinds"]
        node["data_of"] = row["municipalities"]
        node["routes"] = [[h["fact"] for h in route["hops"]] for route in row["routes"]]
        if row["exclusions"]:
            node["exclusions"] = row["exclusions"]
    for row in answer["excluded"]:
        node = builder.nodes.get(row["id"])
        if node is not None and "access" not in node:
            node["access"] = "excluded"
            node["access_kinds"] = ["excluded"]
            node["routes"] = [[row["fact"]]]


def _annotate_impact(builder: "_Builder", answer: dict) -> None:
    """Mark each affected party with how it is affected and how far from the target."""
    for row in answer["affected"]:
        node = builder.nodes.get(row["party"]["id"])
        if node is None:
            continue
        node.setdefault("data_of", [])
        node["data_of"] = sorted(set(node["data_of"]) | {row["municipality"]})
        if "distance" not in node or row["distance"] < node["distance"]:
            node["distance"], node["dependency"] = row["distance"], row["dependency"]


class _Builder:
    """Collects nodes and edges; each entity or category becomes one node."""

    def __init__(self, proj: Projection):
        self.proj = proj
        self.nodes: dict[str, dict] = {}
        self.edges: list[dict] = []
        self.highlight: set[str] = set()
        self.hop_ids: set[str] = set()
        self.municipality: str | None = None
        self._sensitivity: dict[str, str] = {}

    def sensitivity(self, category: str) -> str:
        if category not in self._sensitivity:
            self._sensitivity[category] = sensitivity(self.proj, category)
        return self._sensitivity[category]

    def add_entity(self, key: str, focus: bool = False, municipality: str | None = None) -> bool:
        ent = self.proj.entities.get(key)
        if ent is None:
            return False
        node = self.nodes.get(key)
        if node is None:
            home = ent.get("municipality") or (key if ent["type"] == "municipality" else None)
            node = self.nodes[key] = {
                "id": key, "type": ent["type"], "label": ent["label"] or key,
                "label_en": ent.get("label_en"), "aliases": ent.get("aliases", []),
                "role": ent.get("role"), "description": ent.get("description"),
                "municipality": home, "municipalities": [home] if home else [],
                "focus": False}
        node["focus"] = node["focus"] or focus
        if municipality and municipality not in node["municipalities"]:
            node["municipalities"] = sorted(node["municipalities"] + [municipality])
        return True

    def add_category(self, key: str, focus: bool = False, municipality: str | None = None) -> bool:
        cat = self.proj.categories.get(key)
        if cat is None:
            return False
        node_id = category_node_id(key)
        node = self.nodes.get(node_id)
        if node is None:
            node = self.nodes[node_id] = {
                "id": node_id, "type": "category", "category": key,
                "label": cat["label"] or key, "label_en": cat.get("label_en"),
                "aliases": cat.get("aliases", []), "kind": cat["kind"],
                "sensitivity": self.sensitivity(key), "municipality": None,
                "municipalities": [], "focus": False}
        node["focus"] = node["focus"] or focus
        if municipality and municipality not in node["municipalities"]:
            node["municipalities"] = sorted(node["municipalities"] + [municipality])
        return True

    def _labels(self, categories: list[str]) -> list[str]:
        cats = self.proj.categories
        return [cats[c]["label"] if c in cats else c for c in categories]

    def _edge(self, fact: dict, edge_id: str, source: str, target: str, **extra) -> None:
        # Whose data: the hop's or fact's controller; a fact stated for every participant
        # belongs to the municipality of the view, if any.
        participants = "controller" in fact and fact["controller"] is None
        muni = (extra.pop("municipality", None) or fact.get("controller")
                or (self.municipality if participants else None) or fact["municipality"])
        for end in (source, target):
            if end.startswith(CATEGORY_PREFIX):
                ok = self.add_category(end[len(CATEGORY_PREFIX):], municipality=muni)
            else:
                ok = self.add_entity(end, municipality=muni)
            if not ok:
                return
        categories = extra.pop("categories", fact.get("categories") or [])
        edge = {
            "id": edge_id, "fact": fact["id"], "kind": fact["kind"], "type": fact["type"],
            "from": source, "to": target, "label": "", "categories": categories,
            "category_labels": self._labels(categories),
            "specific": any(self.sensitivity(c) == "specific" for c in categories
                            if c in self.proj.categories),
            "status": fact.get("status"), "municipality": muni, "date": fact["date"],
            "item": fact.get("item"), "item_title": self._item_title(fact.get("item")),
            "note": fact.get("note"),
            "evidence": [{"source": e["source"], "line": e["line"], "quote": e["quote"],
                          "date": fact["date"]} for e in fact["evidence"]],
            "highlight": fact["id"] in self.highlight, "participants": participants, **extra}
        if fact.get("draft"):  # kg extract's proposal, built with --include-drafts
            edge.update(draft=True, label=("草案 " + edge["label"]).strip())
        if edge.get("system"):  # (named on the card even when the view leaves its node out)
            edge["system_label"] = (self.proj.entities.get(edge["system"]) or {}).get("label")
        edge["style"] = edge_styles(edge)
        self.edges.append(edge)

    def _item_title(self, item: str | None) -> str | None:
        fact = self.proj.facts.get(item) if item else None
        return fact.get("title") if fact else None

    def add_hop(self, hop: dict) -> None:
        """Add one hop of an answer's route: from -> to as the data moves, whose data it is."""
        fact = self.proj.facts[hop["fact"]]
        if fact["kind"] == "flow":
            label = self._channel(fact) or ""
        elif fact["kind"] == "access":
            label = ACCESS_LABELS.get(fact["type"], fact["type"])
        else:
            label = RELATION_LABELS.get(fact["type"], fact["type"])
        edge_id = f"{fact['id']}:{hop['from']}>{hop['to']}@{hop['municipality']}"
        if edge_id in self.hop_ids:
            return
        self.hop_ids.add(edge_id)
        self.highlight.add(fact["id"])
        self._edge(fact, edge_id, hop["from"], hop["to"], label=label, role=hop["role"],
                   channel=fact.get("channel"), channel_label=self._channel(fact),
                   municipality=hop["municipality"], basis=hop.get("basis"))

    def add_fact(self, fact: dict, wanted: set[str] | None) -> None:
        """Add the edge(s) of one flow, relation or access fact."""
        if fact["kind"] == "flow":
            self._flow(fact)
        elif fact["kind"] == "relation":
            label = RELATION_LABELS.get(fact["type"], fact["type"])
            if fact.get("permission"):
                label += f"（{PERMISSION_LABELS.get(fact['permission'], fact['permission'])}）"
            if fact.get("mode") == "remote":
                label += "（リモート）"
            self._edge(fact, fact["id"], fact["subject"], fact["object"], label=label,
                       work=fact.get("work"), system=fact.get("system"),
                       permission=fact.get("permission"), mode=fact.get("mode"),
                       channel=fact.get("channel"), channel_label=self._channel(fact))
        elif fact["kind"] == "access":
            categories = fact.get("categories") or []
            shown = [c for c in categories if wanted is None or c in wanted] or categories
            for cat in shown:
                self._edge(fact, f"{fact['id']}@{cat}", category_node_id(cat), fact["party"],
                           label=ACCESS_LABELS.get(fact["type"], fact["type"]),
                           categories=[cat], system=fact.get("system"),
                           all_categories=categories)

    def _channel(self, fact: dict) -> str | None:
        channel = fact.get("channel")
        term = self.proj.terms.get("channels", {}).get(channel) if channel else None
        return term["label"] if term else channel

    def _flow(self, fact: dict) -> None:
        channel = self._channel(fact)
        extra = {"label": channel or "", "channel": fact.get("channel"), "channel_label": channel,
                 "frequency": fact.get("frequency"), "purpose": fact.get("purpose"),
                 "condition": fact.get("condition"),
                 "via": fact.get("via"), "replaced_by": fact.get("replaced_by"),
                 "transformation": fact.get("transformation")}
        if fact.get("via"):
            self._edge(fact, f"{fact['id']}#1", fact["from"], fact["via"], segment=1, **extra)
            self._edge(fact, f"{fact['id']}#2", fact["via"], fact["to"], segment=2, **extra)
        else:
            self._edge(fact, fact["id"], fact["from"], fact["to"], segment=None, **extra)


def _filters(proj: Projection, nodes: list[dict], edges: list[dict]) -> dict:
    """The choices of the page's filter boxes: municipalities, node types, categories
    (each category with the ids that count as it)."""
    munis = sorted({m for n in nodes for m in n["municipalities"]}
                   | {e["municipality"] for e in edges if e["municipality"]})
    present = sorted({c for e in edges for c in e["categories"]})
    categories = []
    for key in sorted(set(present) | _broader(proj, present)):
        cat = proj.categories.get(key)
        if cat is None:
            continue
        closure = sorted(category_closure(proj, key) & set(present))
        if closure:
            categories.append({"id": key, "label": cat["label"], "label_en": cat.get("label_en"),
                               "closure": closure})
    labels = {k: (proj.entities.get(k) or {}).get("label") or k for k in munis}
    return {"municipalities": [{"id": m, "label": labels[m]} for m in munis],
            "types": sorted({n["type"] for n in nodes}),
            "categories": categories}


def _broader(proj: Projection, keys: list[str]) -> set[str]:
    out: set[str] = set()
    todo = list(keys)
    while todo:
        key = todo.pop()
        for parent in proj.categories.get(key, {}).get("broader", []):
            if parent not in out:
                out.add(parent)
                todo.append(parent)
    return out


def _title(proj: Projection, muni, cat, focus, wcs, target=None, mode=None) -> str:
    parts = []
    if muni:
        parts.append(proj.entities[muni]["label"])
    if cat:
        parts.append(f"データ項目: {proj.categories[cat]['label']}")
    if focus:
        parts.append(f"関係者: {proj.entities[focus]['label']}")
    if wcs:
        parts.append(f"誰が見られるか: {proj.categories[wcs]['label']}")
    if target:
        what = "漏えい時の影響" if mode == "leak" else "停止時の影響"
        parts.append(f"{what}: {proj.entities[target]['label']}")
    return "個人情報の流れ — " + (" / ".join(parts) if parts else "全体")
