"""Turn a proposal into a draft fact file in the project's own YAML, and write it out.

The draft is a fact file with ``draft: true``: ``kg validate`` checks it like
curated data (every quote carries its ``line``), ``kg build`` leaves it out
unless ``--include-drafts``. Facts get ids derived from their content, and a
proposal that a reviewed (non-draft) fact of the same source already states
— same kind, same ends, same categories — is not proposed again.

Example::

    >>> files = draft_files(proposal, lex, doc)                  # doctest: +SKIP
    >>> sorted(files)                                            # doctest: +SKIP
    ['facts/005-draft.yaml', 'sources/005_1f0c….txt']
"""
from __future__ import annotations

import hashlib

from kg.data.evidence import normalise
from kg.data.names import name_key
from kg.data.review import INFERRED_NOTE
from kg.extract.contexts import own_context
from kg.extract.draft_yaml import ALSO_NOTE, MY_NUMBER, MY_NUMBER_PART, UNUSED, cleaned, strings_of
from kg.extract.lexicon import Lexicon, my_number_categories
from kg.extract.reviewed import owned
from kg.extract.source_entry import source_entry

#: The types of a named party or system that a draft lists when no fact uses it.
_NAMED = ("company", "association", "public-body", "system")


#: A body named by its region's kind alone (県国民健康保険団体連合会, 県保健所): which one
#: depends on the town, so the draft entity is the town's, not one for every town.


def _short(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


class _Writer:
    def __init__(self, proposal: dict, lex: Lexicon, file: str, number: str, registered: bool,
                 reviewed: set, shared: dict | None = None):
        self.p, self.lex, self.file, self.number = proposal, lex, file, number
        #: (type, name key) -> id of what other drafts define (the batch's, the data folder's)
        self.shared = {k: v for k, v in (shared or {}).items() if not v.startswith(f"{number}-")}
        self.registered, self.reviewed = registered, reviewed
        self.taken: set[str] = {k[1] for k in reviewed if k[0] == "id"}
        self.ids: dict[str, str] = {}
        self.entities: list[dict] = []
        self.categories: list[dict] = []
        self.cat_ids: dict[str, str] = {}
        self.municipality = proposal.get("municipality_id")
        # (VRSは国(デジタル庁)が運用: a system a national body or an association runs is
        # theirs, not one the town keeps; nc65 W11)
        types = {e["key"]: e["type"] for e in proposal["entities"]}
        self.run_by_others = {r["object_key"] for r in proposal.get("relations", ())
                              if r["type"] in ("operates", "hosts")
                              and types.get(r.get("subject_key")) in ("public-body", "association")}

    def entity_id(self, key: str | None) -> str | None:
        if key is None:
            return None
        if key in self.ids:
            return self.ids[key]
        entry = next((e for e in self.p["entities"] if e["key"] == key), None)
        if entry is None and key.startswith("prefecture:"):
            # (…を鳴砂県に提供: the prefecture the head names, an entity the draft makes
            # anyway for its town, is a flow's end too; nc66 W15)
            self.ids[key] = self._prefecture(key.split(":", 1)[1])
            return self.ids[key]
        if entry is not None and entry.get("id") and self.lex.instances(entry["id"]):
            # kintone is run as one tenant per customer: this municipality's own instance
            self.ids[key] = self._instance(entry)
            return self.ids[key]
        if entry is None or entry.get("id"):
            self.ids[key] = entry["id"] if entry else None
            return self.ids[key]
        same = next((e["id"] for e in self.entities if name_key(e["label"]) == name_key(entry["label"])), None)
        if same is not None:  # 北海道電子計算センター after 株式会社北海道電子計算センター: one body
            self.ids[key] = same
            return same
        # (全国サーバ, which J-LIS runs: no town's, so the batch's one entity; nc72 audit)
        same = self.shared.get((entry["type"], name_key(entry["label"]), None) if key in self.run_by_others
                               else self.scoped(entry["type"], entry["label"]))
        if same is not None:  # a town's second minutes in one batch: the first draft's town
            self.ids[key] = same
            return same
        new = f"{self.number}-{entry['type']}-{_short(entry['label'])}"
        self.ids[key] = new
        if new in self.taken:
            # the reviewed file of this document keeps it (under the label the reviewer
            # gave it): used by its id, never defined twice
            return new
        ent = {"id": new, "type": entry["type"], "label": entry["label"],
               "label_en": f"{entry['label']} (draft: add the English label)"}
        if entry["type"] == "unnamed-party":
            ent["role"] = entry.get("role") or "contractor"
        if entry.get("municipality_key"):  # (a joint council's item's town: 柚木村住民福祉課)
            ent["municipality"] = self.entity_id(entry["municipality_key"])
        elif self._owned(entry["type"], entry["label"]) and key not in self.run_by_others:
            ent["municipality"] = self.entity_id(entry.get("town_key")) or self.municipality
        prefecture = self.p.get("prefecture") or ""
        if "municipality" not in ent and prefecture and entry["type"] in ("public-body", "association") \
                and entry["label"].startswith(prefecture) and len(entry["label"]) > len(prefecture):
            # 蒼波県国民健康保険団体連合会: the prefecture's body, as the registry's are
            ent["municipality"] = self._prefecture(prefecture)
        if not hasattr(self, "_labels"):  # (the registry's labels, read once per draft)
            self._labels = {name_key(e.label) for e in self.lex.entities.values()}
        taken = self._labels | {name_key(e["label"]) for e in self.entities}
        aliases = [a for a in entry.get("aliases", ()) if name_key(a) not in taken]
        if aliases and ("municipality" in ent or key in self.run_by_others):
            # the short names the minutes use (連合会), so a query finds it by them too; only
            # for a body of a place, so no other place's minutes link them (or a system a
            # national body runs: VRS is one, whoever's minutes name it)
            ent["aliases"] = aliases
        if entry["type"] == "municipality" and self.p.get("prefecture"):
            # 所沢市 of minutes that name 埼玉県: its prefecture, made a draft entity too
            # when the registry has none (札幌市 in 北海道)
            ent["prefecture"] = self._prefecture(self.p["prefecture"])
        ent["description"] = f"草案: {entry['line']}行目で初出" if entry["line"] else \
            "草案: 会議録に名前がなく、--municipality で指定"
        self.entities.append(ent)
        return new

    def controller(self, row: dict) -> dict:
        """``{"controller": id}`` for a fact of another town's data than the draft's (a joint
        council's item, :mod:`kg.extract.joint`), else ``{}``."""
        town = self.entity_id(row.get("controller_key"))
        return {"controller": town} if town and town != self.municipality else {}

    def scoped(self, kind: str, label: str) -> tuple:
        """The key of ``shared`` for an entity: one the municipality owns (:meth:`_owned`)
        is its own (two towns' 市民課 are two), the others are one."""
        return kind, name_key(label), self.municipality if self._owned(kind, label) else None

    def _owned(self, kind: str, label: str) -> bool:
        """True when an entity is the municipality's: a department, a system, an unnamed
        party, a body of no place named (県, 国民健康保険団体連合会), or one a common noun
        names (金融機関: the banks of this town's residents, not a body two towns share)."""
        # (国民健康保険団体連合会 of one town's draft is not the one another prefecture's
        # town names so)
        return bool(self.municipality) and owned(
            kind, label, lambda name: self.lex.common_noun(name) or self.lex.unplaced_body(name))

    def _prefecture(self, label: str) -> str:
        """Return the id of the prefecture ``label``: the registry's, else a draft entity's
        (made once)."""
        known = next((t.id for t in self.lex.lookup(label) if t.kind == "entity" and t.type == "prefecture"), None)
        if known is not None:
            return known
        new = self.shared.get(self.scoped("prefecture", label)) or f"{self.number}-prefecture-{_short(label)}"
        if new.startswith(f"{self.number}-") and new not in {e["id"] for e in self.entities}:
            self.entities.append({"id": new, "type": "prefecture", "label": label,
                                  "label_en": f"{label} (draft: add the English label)",
                                  "description": "草案: 会議録から読んだ都道府県"})
        return new

    def _instance(self, entry: dict) -> str:
        """Return the id of the instance of a shared product these minutes use, made new:
        the municipality's own (kintone, one tenant per customer), or, where the product
        runs one instance per prefecture (国保情報集約システム（東京都国保連）), the
        prefecture's, labelled after the registry's instances."""
        product = self.lex.entities[entry["id"]]
        label, owner_id = self._prefecture_instance(product)
        owner = self.p.get("municipality") or "名称不明の自治体"
        if label is None:
            label, owner_id = f"{product.label}（{owner}）", self.municipality
        new = f"{self.number}-system-{_short(product.id + label)}"
        if new not in {e["id"] for e in self.entities}:
            self.entities.append({
                "id": new, "type": "system", "instance_of": product.id, "label": label,
                "label_en": f"{product.label_en} ({label}; draft: check)",
                **({"municipality": owner_id} if owner_id else {}),
                "description": f"草案: {entry['line']}行目の{product.label}を{label}とした"})
        return new

    def _prefecture_instance(self, product) -> tuple[str | None, str | None]:
        """The label (and prefecture id) of this prefecture's instance of a product whose
        registry instances belong to prefectures, or ``(None, None)``."""
        prefecture = self.p.get("prefecture")
        for inst in self.lex.instances(product.id):
            owner = self.lex.entities.get(inst.municipality or "")
            if prefecture and owner is not None and owner.type == "prefecture" and owner.label in inst.label:
                ident = next((t.id for t in self.lex.lookup(prefecture)
                              if t.kind == "entity" and t.type == "prefecture"), None)
                return inst.label.replace(owner.label, prefecture), ident
        return None, None

    def category_ids(self, keys: list[str]) -> list[str]:
        out = []
        for key in keys:
            entry = next((c for c in self.p["categories"] if c["key"] == key), None)
            if entry is None:
                continue
            if entry.get("id"):
                out.append(entry["id"])
                continue
            if key not in self.cat_ids and ("category", name_key(entry["label"]), None) in self.shared:
                self.cat_ids[key] = self.shared[("category", name_key(entry["label"]), None)]
            if key not in self.cat_ids:
                new = f"{self.number}-draft-{_short(entry['label'])}"
                self.cat_ids[key] = new
                if new in self.taken:  # reviewed already (see entity_id)
                    out.append(new)
                    continue
                self.categories.append({"id": new, "label": entry["label"],
                                        "label_en": f"{entry['label']} (draft: new category)",
                                        "broader": [self.lex.category_under(entry["label"])]})
            out.append(self.cat_ids[key])
        return list(dict.fromkeys(out))

    def unwritten(self, kind: str, row: dict, what: str) -> None:
        """Record a proposal the draft cannot hold (an end the proposal does not list):
        it is shown with a warning, never dropped silently."""
        self.p.setdefault("unwritten", []).append({"kind": kind, "what": what, "line": row["line"]})

    def rejected(self, kind: str, row: dict, *ends: str | None) -> bool:
        """True when a reviewer turned this proposal down: its quote on its line, and its
        ``ends`` where the rejection names them (a sentence that proposed others too)."""
        key = ("rejected", kind, row["line"], normalise(row["quote"]))
        return key in self.reviewed or (all(ends) and (*key, *ends) in self.reviewed)

    def evidence(self, row: dict) -> list[dict]:
        # the sentence's lines in order where PDF wrapping spread it, then what restates it
        said = sorted([{"quote": row["quote"], "line": row["line"]},
                       *({"quote": q["quote"], "line": q["line"]} for q in row.get("wrapped", ()))],
                      key=lambda q: q["line"])
        # (another sentence on the same fact, its wrapped lines with it: said to be one)
        return said + [{"quote": q["quote"], "line": q["line"], **({"note": ALSO_NOTE} if n == 0 else {})}
                       for also in row.get("also", ())
                       for n, q in enumerate(sorted([also, *also.get("wrapped", ())], key=lambda q: q["line"]))]

    def fact_id(self, kind: str, *parts) -> str:
        """An id from the fact's content, clear of the ids the data folder uses already
        (a reviewed file keeps the ids of the draft it was)."""
        base = f"{self.number}-draft-{kind}-{_short('|'.join(str(p) for p in parts))}"
        ident, n = base, 1
        while ident in self.taken:
            n += 1
            ident = f"{base}-{n}"
        self.taken.add(ident)
        return ident


def fact_file(proposal: dict, lex: Lexicon, file: str, number: str, registered: bool,
              reviewed: set | None = None, shared: dict | None = None) -> tuple[dict, list[dict]]:
    """Return the draft fact file (a dict ready for YAML) and its new categories.

    ``shared`` maps the keys of :func:`kg.extract.reviewed.defined` to the
    id another draft defines: this one uses that id rather than define the entity again."""
    w = _Writer(proposal, lex, file, number, registered, reviewed or set(), shared)
    if w.municipality is None and proposal.get("municipality"):
        key = next((e["key"] for e in proposal["entities"] if e["type"] == "municipality"
                    and e["label"] == proposal["municipality"]), None)
        if key is None:  # given with --municipality, named nowhere in the text
            key = f"municipality:{proposal['municipality']}"
            proposal["entities"].append({"key": key, "label": proposal["municipality"],
                                         "type": "municipality", "id": None, "role": None, "new": True,
                                         "line": 0, "quote": "", "lines": [], "mentions": 0})
        w.municipality = w.entity_id(key)
    doc: dict = {"source": file, "draft": True}
    items, item_ids, titles = [], {}, {}
    for n, item in enumerate(proposal["agenda_items"], start=1):
        if ("item", item["title"], None, None) in w.reviewed or w.rejected("agenda_item", item):
            item["_reviewed"] = True
            continue
        ident = f"{number}-draft-item-{n}"
        while ident in w.taken:
            ident += "b"
        w.taken.add(ident)
        item_ids[item["key"]] = ident
        titles[item["key"]] = item["title"]
        dept = w.entity_id(item["department_key"]) if item.get("department_key") else None
        # (an item the minutes number not at all is numbered by its place here, as listed)
        items.append({"id": ident, "type": item["type"], "number": item["number"] or str(n),
                      **({"listed": True} if item.get("listed") or not item["number"] else {}),
                      **({"numbered_as": item["numbered_as"]} if item.get("numbered_as") else {}),
                      "title": item["title"], "kinds": item["kinds"],
                      "department": dept if dept and _type(lex, w, dept) == "department" else None,
                      "outcome": item["outcome"], **({"conditions": item["conditions"]} if item.get("conditions") else {}),
                      "confidence": 0.7,
                      # (a part of another item, 諮問第5号 (written before it): its facts are its too)
                      **({"part_of": item_ids[item["part_of"]]} if item.get("part_of") in item_ids else {}),
                      "evidence": w.evidence(item)})
    flows, relations, access = [], [], []
    for row in proposal["flows"]:
        src, dst = w.entity_id(row["from_key"]), w.entity_id(row["to_key"])
        cats = w.category_ids(row["categories"]) or ["personal-information"]
        if not w.rejected("flow", row, src, dst) and not (src and dst):
            w.unwritten("flow", row, f"{row['from']} → {row['to']}")
        if w.rejected("flow", row, src, dst) or not src or not dst \
                or ("flow", src, dst, frozenset(cats)) in w.reviewed:
            row["_reviewed"] = bool(src and dst) or w.rejected("flow", row)
            continue
        via = w.entity_id(row.get("via_key")) if row.get("via_key") else None
        flow = {"id": w.fact_id("flow", src, dst, row["line"], row["verb"]),
                "item": item_ids.get(row["item"]), "source": src, "target": dst,
                "via": via if via and _type(lex, w, via) == "system" and via not in (src, dst) else None,
                "categories": cats, "channel": row["channel"], "frequency": row["frequency"],
                "status": row["status"], "basis": row["basis"], **w.controller(row),
                "confidence": row["confidence"], "evidence": w.evidence(row)}
        if row.get("condition"):  # (…同意を得た方に限り: only then)
            flow["condition"] = row["condition"]
        if row["basis"] == "inferred":
            flow["note"] = INFERRED_NOTE
        flows.append(flow)
    for row in proposal["relations"]:
        subj, obj = w.entity_id(row["subject_key"]), w.entity_id(row["object_key"])
        cats = w.category_ids(row["categories"])
        if not w.rejected("relation", row, subj, obj) and not (subj and obj):
            w.unwritten("relation", row, f"{row['subject']} → {row['object']}")
        if w.rejected("relation", row, subj, obj) or not subj or not obj \
                or (row["type"], subj, obj, frozenset(cats)) in w.reviewed:
            row["_reviewed"] = bool(subj and obj) or w.rejected("relation", row)
            continue
        relations.append({"id": w.fact_id("rel", row["type"], subj, obj, row["line"]),
                          "item": item_ids.get(row["item"]), "type": row["type"],
                          "subject": subj, "object": obj, "categories": cats,
                          "permission": row["permission"], "status": row.get("status", "current"),
                          **({"work": row["work"]} if row.get("work") else {}), **w.controller(row),
                          "confidence": row["confidence"],
                          "evidence": w.evidence(row)})
    for row in proposal["access"]:
        party = w.entity_id(row["party_key"])
        cats = w.category_ids(row["categories"]) or ["personal-information"]
        if not w.rejected("access", row, party) and not party:
            w.unwritten("access", row, row["party"])
        if w.rejected("access", row, party) or not party \
                or (row["type"], party, None, frozenset(cats)) in w.reviewed:
            row["_reviewed"] = bool(party) or w.rejected("access", row)
            continue
        system = w.entity_id(row["system_key"]) if row.get("system_key") else None
        access.append({"id": w.fact_id("access", party, row["line"]), "item": item_ids.get(row["item"]),
                       "type": row["type"], "party": party, "categories": cats,
                       "system": system if system and _type(lex, w, system) == "system" else None,
                       "context": own_context(row["context"], titles.get(row["item"])),
                       **w.controller(row), "confidence": row["confidence"],
                       # (current needs no word: a planned one says when it starts)
                       **({"status": row["status"]} if row.get("status") not in (None, "current") else {}),
                       "evidence": w.evidence(row)})
    if not registered:
        doc["source_entry"] = source_entry(proposal, w, file, number)
    doc.update({"agenda_items": items, "flows": _unique_ids(flows),
                "relations": _unique_ids(relations), "access": _unique_ids(access)})
    # only what the written proposals name: the ends of proposals left out as reviewed
    # are the reviewed file's to define, or the reviewer's to have dropped
    used, kept = strings_of(doc), None
    while kept != (kept := [e for e in w.entities if e["id"] in used]):
        used |= strings_of(kept)  # (a department's town, the town's prefecture)
    doc["entities"] = kept
    categories = [c for c in w.categories if c["id"] in used]
    # (nc63 U2: a body or system the minutes name that no fact takes is listed in a comment,
    # so the reviewer sees it was found, and can add the fact the tool missed)
    # (nc65 U1: a registry's body or system too, 情報提供ネットワークシステム, 警察)
    named = {}
    for e in proposal["entities"]:
        if e["type"] in _NAMED and e.get("line") and (e.get("id") or w.ids.get(e["key"])) not in used:
            named.setdefault(e["label"], e)
    out = cleaned(doc)
    if named:
        out[UNUSED] = [{"type": e["type"], "label": e["label"], "line": e["line"]} for e in named.values()]
    # (nc65 U1: the minutes speak of My Number and no written flow carries it: say where;
    # nc71 U6: or lines that speak of it that no flow carrying it quotes, when others do)
    mine = my_number_categories(lex.categories)
    carrying = [f for f in doc["flows"] if set(f.get("categories", ())) & mine]
    quoted = {e["line"] for f in carrying for e in f.get("evidence", ())}
    said = {q["line"] for q in proposal.get("my_number_evidence", ()) if not q.get("negated") and not q.get("question")}
    if proposal.get("my_number_involved") and (not carrying or said - quoted):
        out[MY_NUMBER] = sorted(said - quoted) if carrying else sorted(said)
        out[MY_NUMBER_PART] = bool(carrying)
    return out, categories


def _type(lex: Lexicon, w: _Writer, ident: str) -> str | None:
    if ident in lex.entities:
        return lex.entities[ident].type
    return next((e["type"] for e in w.entities if e["id"] == ident), None)


def _unique_ids(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        if row["id"] not in seen:
            seen.add(row["id"])
            out.append(row)
    return out
