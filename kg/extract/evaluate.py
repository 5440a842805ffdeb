"""Leave-one-out evaluation of the extractor against the curated seeds.

For each curated minutes file, the extractor reads it with a lexicon that
leaves out what only that document taught (its own entities and categories),
and its proposal is compared with the document's curated facts:

* **entities**: parties and systems the facts name, with the municipality and
  council of the source's registry entry (people in a role and data subjects
  left out). A proposed entity is right when it is the same entity
  (id, or label or alias under :func:`~kg.data.names.name_key`, or one name
  containing the other when both have four characters or more and both are
  systems or both parties: 地域包括支援センター is not 地域包括支援センター
  ネットワークシステム); an unnamed party is right when it is the one curated
  unnamed party (of the same role) it points to: of those with evidence, or
  an agenda item's heading, on a line where the proposal names it, the one
  whose name shares most with the proposal's own word (…委託の事業者 is the
  インターンシップ受入事業者, not the 受託者 on the same lines), with some name in
  common or, for an item's 受託者, a curated contractor (a data subject is right
  when a curated one is on such a line).
* **categories**: those the curated flows, relations and access facts carry;
  a new category is right when its name is a curated category's label or alias.
* **flows** (from, to, category): a proposed flow is right when a curated flow
  has the same ends — a municipality and its own departments count as one end,
  and so do its own systems where the other end lies outside the municipality
  (the minutes say 市で管理しているデータを…集約システムに提供する where the curated
  flow names the city's sending terminal); a flow via a system counts as its
  hops (from → system → to) — and shares
  a category (or one is a narrower or contained category of the other; any
  category, known or new, is narrower than the root ``personal-information``).
  Of the right flows, how many have the curated status (planned, current …) is
  counted too (a curated flow with no status is current).
* **relations** (type, subject, object) of the kinds the extractor proposes
  (entrusts, re-entrusts, hosts, operates, maintains): the same type and ends
  as a curated relationship, ends matched as for flows (no target: measured).
* **My Number**: the document involves My Number when a curated flow,
  relation or incidental access carries 個人番号, 特定個人情報 or the card.

Example::

    >>> report = evaluate()                                          # doctest: +SKIP
    >>> report["overall"]["entities"]["recall"] >= 0.8               # doctest: +SKIP
    True
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from kg import paths
from kg.data.check import check_dataset
from kg.data.evidence import locate
from kg.data.load import load_dataset
from kg.data.names import name_key
from kg.extract.lexicon import Lexicon, my_number_categories
from kg.extract.pipeline import analyse

#: Entity types scored: parties and systems (the people the data is about are not names).
SCORED = {"municipality", "prefecture", "department", "council", "public-body", "company",
          "association", "unnamed-party", "system"}
_ROOT = "personal-information"
#: The relationships the extractor proposes, and so the ones scored.
RELATIONS = ("entrusts", "re-entrusts", "hosts", "operates", "maintains")
#: A name contained in the other's name matches when both have at least this many characters.
PARTIAL = 4


def _keys(label: str, aliases=()) -> set[str]:
    out = set()
    for name in [label, *aliases]:
        key = name_key(name)
        out.add(key)
        for cut in ("(", "（"):
            if cut in name:
                out.add(name_key(name.split(cut)[0]))
    return {k for k in out if k}


#: Words every unnamed party's label may hold: sharing one says nothing of which it is.
_ROLE_WORDS = ("再委託先", "受託者", "事業者", "委託先", "名称不明", "システム", "業務委託")


def _shared_run(a: str, b: str) -> int:
    """Return the length of the longest run of characters two labels share outside
    brackets and role words (居宅介護支援 of 居宅介護支援事業所 and 居宅介護支援事業者)."""
    bare = [re.sub(r"[（(][^）)]*[）)]", "", x) for x in (a, b)]
    for word in _ROLE_WORDS:
        bare = [x.replace(word, "|") for x in bare]
    best = 0
    for i in range(len(bare[0])):
        for j in range(i + best + 1, len(bare[0]) + 1):
            if "|" in bare[0][i:j] or bare[0][i:j] not in bare[1]:
                break
            best = j - i
    return best


def _own_word(label: str) -> str:
    """Return the word an extracted unnamed party is named by, after the agenda item's
    title its label starts with (…委託の居宅介護支援事業者（名称不明） -> 居宅介護支援事業者)."""
    return re.sub(r"[（(][^）)]*[）)]$", "", label).rsplit("の", 1)[-1]


class _Gold:
    """The curated facts of one source, as the evaluation compares them."""

    def __init__(self, ds, source: str):
        self.ds = ds
        files = [ff for ff in ds.fact_files if ff.source == source]
        self.flows = [f for ff in files for f in ff.flows]
        relations = [r for ff in files for r in ff.relations]
        self.relations = [r for r in relations if r.type in RELATIONS]
        access = [a for ff in files for a in ff.access]
        self.lines: dict[str, set[int]] = {}
        named: set[str] = {e.id for ff in files for e in ff.entities}
        item_lines = {i.id: {q._location.line for q in i.evidence if q._location}
                      for ff in files for i in ff.agenda_items}
        for fact, ends in ([(f, (f.source, f.target, f.via)) for f in self.flows]
                           + [(r, (r.subject, r.object, r.system)) for r in relations]
                           + [(a, (a.party, a.system, a.source)) for a in access]):
            for end in ends:
                if end:
                    named.add(end)
                    # where the minutes name it: its facts' quotes and their item's heading
                    self.lines.setdefault(end, set()).update(
                        q._location.line for q in fact.evidence if q._location)
                    self.lines[end] |= item_lines.get(fact.item, set())
        for ff in files:
            for item in ff.agenda_items:
                if item.department:
                    named.add(item.department)
        # the registry entry of the source names its municipality and council too
        entry = ds.sources[source].entry
        named |= {entry.municipality, entry.meeting.council}
        self.entities = {k for k in named if k in ds.entities and ds.entities[k].type in SCORED}
        self.categories = {c for fact in self.flows + relations for c in fact.categories} | {
            c for a in access for c in a.categories}
        mine = my_number_categories(ds.categories)
        self.my_number = any(set(self.expand(fact.categories)) & mine
                             for fact in self.flows + relations
                             + [a for a in access if a.type == "incidental"])

    def expand(self, cats) -> set[str]:
        out = set(cats)
        for cat in cats:
            c = self.ds.categories.get(cat)
            if c:
                out.update(c.contains)
        return out

    def closure(self, cat: str) -> set[str]:
        seen, stack = set(), [cat]
        while stack:
            cur = stack.pop()
            if cur in seen:
                continue
            seen.add(cur)
            c = self.ds.categories.get(cur)
            if c:
                stack.extend(c.broader)
                stack.extend(c.contains)
        return seen - {_ROOT} | ({cat} if cat == _ROOT else set())

    # -- matching ------------------------------------------------------------

    def entity_matches(self, proposed: dict, gold_id: str) -> bool:
        ent = self.ds.entities[gold_id]
        if proposed.get("id") == gold_id:
            return True
        placed = bool(set(proposed.get("lines", [])) & self.lines.get(gold_id, set()))
        if ent.type == "unnamed-party" and proposed.get("type") in SCORED - {"unnamed-party", "system"} \
                and name_key(proposed["label"]) == name_key(ent.label.split("（")[0]):
            # 地域包括支援センター for 地域包括支援センター（5か所、名称不明）: the minutes name a
            # group of bodies by a common noun, which the extractor reads as one name
            return True
        if proposed.get("type") == "unnamed-party" and proposed.get("role") == "other" \
                and ent.type in SCORED - {"unnamed-party", "system"} \
                and name_key(proposed["label"].split("（")[0]) in _keys(ent.label, ent.aliases):
            # 医療機関（名称不明） for 医療機関 (hospitals and clinics, curated as one party): the
            # same common noun, read as a group
            return True
        if proposed.get("type") == "unnamed-party" or ent.type == "unnamed-party":
            return (proposed.get("type") == ent.type == "unnamed-party"
                    and ((proposed.get("role") == "subcontractor") == (ent.role == "subcontractor"))
                    and placed and self._closest(proposed) == gold_id)
        if proposed.get("type") == ent.type == "data-subject" and placed:
            return True  # 本人 for 住民票の本人（又は本人と同一世帯の者）, on a line that names them
        mine, theirs = _keys(proposed["label"]), _keys(ent.label, ent.aliases)
        if proposed.get("type") and (proposed["type"] == "system") != (ent.type == "system"):
            # a party's name inside a system's (地域包括支援センター, 地域包括支援センター
            # ネットワークシステム) names another thing
            return False
        # a partial name counts, as in NER scoring: コンピュータ端末 for 情報連携用のコンピュータ端末
        return bool(mine & theirs) or any(len(a) >= PARTIAL and len(b) >= PARTIAL and (a in b or b in a)
                                          for a in mine for b in theirs)

    def _closest(self, proposed: dict) -> str | None:
        """Return the curated unnamed party a proposed one names: of those of its role on
        its lines, the one whose label shares most with its own, then the one on most of
        its lines (a contractor said on twenty lines is one party, not each unnamed party
        those lines name)."""
        lines = set(proposed.get("lines", []))
        sub = proposed.get("role") == "subcontractor"
        best, score = None, None
        for gold_id in sorted(self.lines):
            ent = self.ds.entities.get(gold_id)
            if ent is None or ent.type != "unnamed-party" or (ent.role == "subcontractor") != sub:
                continue
            shared = len(lines & self.lines[gold_id])
            own = _own_word(proposed["label"])
            rank = (_shared_run(own, ent.label),
                    # (…委託の事業者 is the インターンシップ受入事業者, not the 受託者)
                    re.sub(r"[（(][^）)]*[）)]$", "", ent.label).endswith(own),
                    _shared_run(proposed["label"], ent.label) >= 3, shared)
            # (and some name in common: 学校 on the lines of an item's 受託会社 is not it;
            # an item's 受託者 is whatever contractor the curated facts name on its lines)
            worded = rank[0] >= 2 or rank[1] or rank[2] or (
                _own_word(proposed["label"]) in _ROLE_WORDS and ent.role == "contractor")
            if shared and worded and (score is None or rank > score):
                best, score = gold_id, rank
        return best

    def category_matches(self, proposed: dict, gold: str) -> bool:
        if proposed.get("id"):
            return proposed["id"] == gold or proposed["id"] in self.closure(gold) \
                or gold in self.closure(proposed["id"])
        cat = self.ds.categories.get(gold)
        return cat is not None and bool(_keys(proposed["label"]) & _keys(cat.label, cat.aliases))

    def end_matches(self, proposed: dict, gold_id: str | None, municipality: str | None,
                    boundary: bool = False) -> bool:
        """True when ``proposed`` names the flow end ``gold_id``: the same entity, or both
        the municipality's own side (the municipality or its departments; at the
        ``boundary``, where the other end lies outside the municipality, its own systems too)."""
        if gold_id is None:
            return False
        if self.entity_matches(proposed, gold_id):
            return True
        side = {"municipality", "department", "system"} if boundary else {"municipality", "department"}
        ent = self.ds.entities[gold_id]
        return ent.type in side and (gold_id == municipality or ent.municipality == municipality) \
            and proposed.get("type") in side and self._own(proposed, municipality)

    def _own(self, proposed: dict, municipality: str | None) -> bool:
        """True when a proposed end is the municipality's: linked to it or to one of its
        entities, or a new department (its name says no more)."""
        pid = proposed.get("id")
        if pid is None:
            return proposed.get("type") in ("municipality", "department")
        return pid == municipality or (pid in self.ds.entities
                                       and self.ds.entities[pid].municipality == municipality)

    def flow_matches(self, proposed: dict, flow, municipality, categories: dict,
                     data: bool = True) -> bool:
        """True when ``proposed`` has the ends of the curated ``flow`` and (unless ``data``
        is false) shares a category with it."""
        frm, to = proposed["_from"], proposed["_to"]
        if not any(self.end_matches(frm, a, municipality, self.outside(b, municipality))
                   and self.end_matches(to, b, municipality, self.outside(a, municipality))
                   for a, b in hops(flow)):
            return False
        # any category, known or new, is some personal information: narrower than the
        # root a curated flow names when the minutes do not say which data moves
        return not data or any(g == _ROOT or self.category_matches(categories[c], g)
                               for c in proposed["categories"] if c in categories
                               for g in flow.categories)

    def outside(self, end: str, municipality: str | None) -> bool:
        """True when the entity ``end`` lies outside the municipality (a flow to it leaves)."""
        ent = self.ds.entities.get(end)
        return ent is not None and end != municipality and ent.municipality != municipality

    def relation_matches(self, proposed: dict, rel, municipality) -> bool:
        return proposed["type"] == rel.type \
            and self.end_matches(proposed["_subject"], rel.subject, municipality) \
            and self.end_matches(proposed["_object"], rel.object, municipality)


def hops(flow) -> list[tuple[str, str]]:
    """Return the ends a curated flow counts as: its own, and via a system its two hops."""
    out = [(flow.source, flow.target)]
    if flow.via:
        out += [(flow.source, flow.via), (flow.via, flow.target)]
    return out


def _score(right: int, proposed: int, found: int, gold: int) -> dict:
    precision = right / proposed if proposed else (1.0 if not gold else 0.0)
    recall = found / gold if gold else 1.0
    return {"precision": round(precision, 3), "recall": round(recall, 3),
            "proposed": proposed, "right": right, "gold": gold, "found": found}


def scored_flows(proposal: dict) -> list[dict]:
    """Return the proposal's flows with their ends as entity entries (``_from``, ``_to``)
    placed on the flow's line too, as the matching reads them."""
    by_key = {e["key"]: e for e in proposal["entities"]}
    flows = []
    for flow in proposal["flows"]:
        frm = dict(by_key.get(flow["from_key"]) or {"label": flow["from"], "type": None})
        to = dict(by_key.get(flow["to_key"]) or {"label": flow["to"], "type": None})
        # an unnamed party is placed by the lines that name it, the flow's among them
        frm["lines"] = [*frm.get("lines", []), flow["line"]]
        to["lines"] = [*to.get("lines", []), flow["line"]]
        flows.append({**flow, "_from": frm, "_to": to})
    return flows


def evaluate_source(ds, source: str, parse: bool = True) -> dict:
    """Return the figures for one source file, read with a leave-one-out lexicon."""
    lex = Lexicon.from_dataset(ds, exclude_source=source)
    doc = ds.sources[source]
    started = time.perf_counter()
    proposal = analyse(doc.text, lex, parse=parse)
    seconds = time.perf_counter() - started
    gold = _Gold(ds, source)
    municipality = doc.entry.municipality
    ents = [e for e in proposal["entities"] if e["type"] in SCORED]
    right_e = sum(1 for e in ents if any(gold.entity_matches(e, g) for g in gold.entities))
    found_e = sum(1 for g in gold.entities if any(gold.entity_matches(e, g) for e in ents))
    cats = proposal["categories"]
    right_c = sum(1 for c in cats if any(gold.category_matches(c, g) for g in gold.categories))
    found_c = sum(1 for g in gold.categories if any(gold.category_matches(c, g) for c in cats))
    by_key = {e["key"]: e for e in proposal["entities"]}
    by_cat = {c["key"]: c for c in cats}
    flows = scored_flows(proposal)
    right_f = sum(1 for f in flows if any(gold.flow_matches(f, g, municipality, by_cat)
                                          for g in gold.flows))
    found_f = sum(1 for g in gold.flows if any(gold.flow_matches(f, g, municipality, by_cat)
                                               for f in flows))
    # whether a right flow's status (planned, current …) is the curated one's
    matched = [(f, next((g for g in gold.flows if gold.flow_matches(f, g, municipality, by_cat)), None))
               for f in flows]
    statuses = [(getattr(g, "status", None) or "current") == f["status"] for f, g in matched if g is not None]
    # (the curated flows the minutes state, not those a reader inferred: basis stated)
    stated = [g for g in gold.flows if getattr(g, "basis", "stated") == "stated"]
    found_s = sum(1 for g in stated if any(gold.flow_matches(f, g, municipality, by_cat)
                                           for f in flows))
    rels = []
    for rel in proposal["relations"]:
        ends = {}
        for end in ("subject", "object"):
            ends[end] = dict(by_key.get(rel[f"{end}_key"]) or {"label": rel[end], "type": None})
            ends[end]["lines"] = [*ends[end].get("lines", []), rel["line"]]
        rels.append({**rel, "_subject": ends["subject"], "_object": ends["object"]})
    right_r = sum(1 for r in rels if any(gold.relation_matches(r, g, municipality) for g in gold.relations))
    found_r = sum(1 for g in gold.relations if any(gold.relation_matches(r, g, municipality) for r in rels))
    quotes = [(q["line"], q["quote"]) for section in ("entities", "flows", "relations", "access",
                                                     "agenda_items", "categories")
              for q in proposal[section]] + [(q["line"], q["quote"]) for q in proposal["my_number_evidence"]] \
        + [(q["line"], q["quote"]) for section in ("flows", "relations", "access")
           for row in proposal[section] for q in row.get("wrapped", ())] \
        + [(q["line"], q["quote"]) for section in ("flows", "relations", "access", "agenda_items")
           for row in proposal[section] for also in row.get("also", ())
           for q in [also, *also.get("wrapped", ())]]
    verbatim = sum(1 for line, quote in quotes if quote and locate(doc.text, quote, line))
    return {"source": source, "seconds": round(seconds, 2), "characters": len(doc.text),
            "entities": _score(right_e, len(ents), found_e, len(gold.entities)),
            "categories": _score(right_c, len(cats), found_c, len(gold.categories)),
            "flows": _score(right_f, len(flows), found_f, len(gold.flows)),
            "flows_stated": {"gold": len(stated), "found": found_s},
            "flow_status": {"right": len(statuses), "agree": sum(statuses)},
            "relations": _score(right_r, len(rels), found_r, len(gold.relations)),
            "my_number": {"gold": gold.my_number, "proposed": proposal["my_number_involved"],
                          "right": gold.my_number == proposal["my_number_involved"]},
            "quotes": {"total": len(quotes), "verbatim": verbatim}}


def evaluate(data_dir: Path | None = None, parse: bool = True) -> dict:
    """Return per-source and overall figures of the leave-one-out evaluation."""
    ds = load_dataset(Path(data_dir) if data_dir else paths.data_dir())
    check_dataset(ds)  # locates every curated quote: gold lines for unnamed parties
    rows = [evaluate_source(ds, source, parse) for source in sorted(ds.sources)
            if any(ff.source == source for ff in ds.fact_files)]
    overall = {}
    for key in ("entities", "categories", "flows", "relations"):
        total = {k: sum(r[key][k] for r in rows) for k in ("right", "proposed", "found", "gold")}
        overall[key] = _score(total["right"], total["proposed"], total["found"], total["gold"])
    found = sum(r["flows_stated"]["found"] for r in rows)
    gold = sum(r["flows_stated"]["gold"] for r in rows)
    overall["flows_stated"] = {"gold": gold, "found": found,
                               "recall": round(found / gold, 3) if gold else 1.0}
    overall["flow_status"] = {k: sum(r["flow_status"][k] for r in rows) for k in ("right", "agree")}
    overall["my_number_accuracy"] = round(sum(r["my_number"]["right"] for r in rows) / len(rows), 3) \
        if rows else 0.0
    overall["quotes"] = {k: sum(r["quotes"][k] for r in rows) for k in ("total", "verbatim")}
    return {"sources": rows, "overall": overall}
