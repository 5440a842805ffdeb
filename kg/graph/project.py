"""Project a compiled RDF graph onto plain data (a :class:`~kg.graph.Projection`).

:func:`project` reads the graph once and returns dicts keyed by local ids:
entities, categories, vocabulary terms, meetings, sources and facts, each fact
with its evidence (source file, line, character offset, quote).

Example::

    >>> proj = project(graph)                         # doctest: +SKIP
    >>> proj.entities["jlis"]["label"]                # doctest: +SKIP
    '地方公共団体情報システム機構'
"""
from __future__ import annotations

import re

from kg.namespace import RDF, RDFS, SKOS

from kg.graph.compile import (BASIS, CONCERN_KIND, ENTITY_CLASS, ITEM_CLASS, MODE, PERMISSION,
                              RELATION, SENSITIVITY, VOCAB_CLASS)
from kg.graph.projection import FORMAT_VERSION, Projection
from kg.namespace import ID, KG

# The reverse of the tables kg.compile writes with, so the two cannot drift apart.
_ENTITY_TYPE = {cls: key for key, cls in ENTITY_CLASS.items()}
_FACT_CLASS = {
    KG.DataFlow: ("flow", None), KG.Safeguard: ("safeguard", None), KG.Concern: ("concern", None),
    KG.IncidentalAccess: ("access", "incidental"), KG.Exclusion: ("access", "excluded"),
    **{cls: ("relation", key) for key, (cls, _) in RELATION.items()},
    **{cls: ("item", key) for key, cls in ITEM_CLASS.items()},
}
_VOCAB = {cls: key for key, cls in VOCAB_CLASS.items()}
_SENSITIVITY = {node: key for key, node in SENSITIVITY.items()}
_PERMISSION = {node: key for key, node in PERMISSION.items()}
_MODE = {node: key for key, node in MODE.items()}
_BASIS = {node: key for key, node in BASIS.items()}
#: The place of a quote in its fact's list (…-evidence-2).
_RANK = re.compile(r"-evidence-([0-9]+)$")
_CONCERN_KIND = {node: key for key, node in CONCERN_KIND.items()}
_ROOT = str(ID)


def local(node) -> str | None:
    """Return the local id of one of our IRIs: ``id:entity/jlis`` -> ``jlis``."""
    if node is None:
        return None
    text = str(node)
    if not text.startswith(_ROOT):
        return text
    rest = text[len(_ROOT):]
    kind, _, key = rest.partition("/")
    if kind == "term":
        return key.partition("/")[2]
    return key


class _Reader:
    def __init__(self, graph):
        self.g = graph

    def labels(self, node) -> dict:
        out = {"label": None, "label_en": None, "aliases": []}
        for label in self.g.objects(node, RDFS.label):
            key = "label_en" if getattr(label, "language", None) == "en" else "label"
            out[key] = str(label)
        out["aliases"] = sorted(str(a) for a in self.g.objects(node, SKOS.altLabel))
        return out

    def one(self, node, prop):
        value = self.g.value(node, prop)
        return None if value is None else value.toPython() if hasattr(value, "toPython") else value

    def text(self, node, prop):
        value = self.g.value(node, prop)
        return None if value is None else str(value)

    def ids(self, node, prop) -> list[str]:
        return sorted(local(o) for o in self.g.objects(node, prop))

    def evidence(self, node) -> list[dict]:
        """The fact's quotes in the order the fact lists them (its ``…-evidence-N`` nodes):
        the first is the sentence it rests on, the others support it (a status said in
        another sentence, the list of its data)."""
        out = []
        for ev in self.g.objects(node, KG.evidence):
            rank = _RANK.search(str(ev))
            out.append((int(rank.group(1)) if rank else 0, {
                "source": local(self.g.value(ev, KG.source)),
                "line": int(self.g.value(ev, KG.line)),
                "offset": int(self.g.value(ev, KG.offset)),
                "quote": str(self.g.value(ev, KG.quote))}))
        return [e for _, e in sorted(out, key=lambda r: (r[0], r[1]["source"], r[1]["offset"]))]


def project(graph) -> "Projection":
    """Return the plain-data projection of a compiled graph."""
    r = _Reader(graph)
    g = graph
    data: dict = {"version": FORMAT_VERSION, "entities": {}, "categories": {}, "terms": {},
                  "meetings": {}, "sources": {}, "facts": {}}
    for cls, kind in _ENTITY_TYPE.items():
        for node in g.subjects(RDF.type, cls):
            ent = {"id": local(node), "type": kind, **r.labels(node),
                   "municipality": local(g.value(node, KG.municipality)),
                   "prefecture": local(g.value(node, KG.inPrefecture)),
                   "part_of": local(g.value(node, KG.partOf)),
                   "member_of": local(g.value(node, KG.memberOf)),
                   "instance_of": local(g.value(node, KG.instanceOf)),
                   "role": r.text(node, KG.role), "description": r.text(node, KG.description)}
            data["entities"][ent["id"]] = ent
    for cls in (KG.DataCategory, KG.DocumentType):
        for node in g.subjects(RDF.type, cls):
            cat = {"id": local(node), "kind": "document" if cls == KG.DocumentType else "category",
                   **r.labels(node), "broader": r.ids(node, SKOS.broader),
                   "contains": r.ids(node, KG.contains),
                   "sensitivity": _SENSITIVITY.get(g.value(node, KG.sensitivity))}
            data["categories"][cat["id"]] = cat
    for cls, name in _VOCAB.items():
        table = data["terms"].setdefault(name, {})
        for node in g.subjects(RDF.type, cls):
            table[local(node)] = {"id": local(node), **r.labels(node),
                                  "physical": bool(r.one(node, KG.physicalMedium)),
                                  "approving": r.one(node, KG.approving)}
    for node in g.subjects(RDF.type, KG.Meeting):
        date = g.value(node, KG.date)
        data["meetings"][local(node)] = {
            "id": local(node), **r.labels(node), "council": local(g.value(node, KG.council)),
            "date": str(date) if date is not None else None,
            "fiscal_year": r.one(node, KG.fiscalYear)}
    for node in g.subjects(RDF.type, KG.SourceDocument):
        meeting = g.value(node, KG.records)
        data["sources"][local(node)] = {
            "file": local(node), "municipality": local(g.value(node, KG.municipality)),
            "meeting": local(meeting), "date": str(g.value(meeting, KG.date)),
            "title": r.text(node, KG.fileName)}
    for cls, (kind, sub) in _FACT_CLASS.items():
        for node in g.subjects(RDF.type, cls):
            data["facts"][local(node)] = _fact(r, node, kind, sub)
    return Projection(data)


def _fact(r: _Reader, node, kind: str, sub: str | None) -> dict:
    g = r.g
    fact = {"id": local(node), "kind": kind, "type": sub,
            "municipality": local(g.value(node, KG.municipality)),
            "source": local(g.value(node, KG.source)),
            "date": str(g.value(node, KG.statedOn)),
            "item": local(g.value(node, KG.agendaItem)),
            "note": r.text(node, KG.note), "evidence": r.evidence(node)}
    if g.value(node, KG.draft) is not None:  # kg extract's proposal, not reviewed
        fact["draft"] = True
        fact["confidence"] = r.one(node, KG.confidence)
    if kind in ("flow", "relation", "access"):
        # None = every participating municipality (controller: participants).
        fact["controller"] = local(g.value(node, KG.controller))
        fact["basis"] = _BASIS.get(g.value(node, KG.basis), "stated")
    if kind == "flow":
        transformation = g.value(node, KG.transformation)
        fact.update({
            "from": local(g.value(node, KG["from"])), "to": local(g.value(node, KG.to)),
            "via": local(g.value(node, KG.via)), "categories": r.ids(node, KG.carries),
            "channel": local(g.value(node, KG.channel)), "frequency": r.text(node, KG.frequency),
            "status": local(g.value(node, KG.status)),
            "replaced_by": local(g.value(node, KG.replacedBy)),
            "purpose": r.text(node, KG.purpose), "condition": r.text(node, KG.condition),
            "transformation": None if transformation is None else {
                "removes": r.ids(transformation, KG.removes),
                "adds": r.ids(transformation, KG.adds),
                "description": r.text(transformation, KG.description)}})
    elif kind == "relation":
        fact.update({
            "subject": local(g.value(node, KG.subject)), "object": local(g.value(node, KG.object)),
            "work": r.text(node, KG.work), "categories": r.ids(node, KG.carries),
            "system": local(g.value(node, KG.system)),
            "permission": _PERMISSION.get(g.value(node, KG.permission)),
            "mode": _MODE.get(g.value(node, KG.maintenanceMode)),
            "channel": local(g.value(node, KG.channel)),
            "status": local(g.value(node, KG.status))})
    elif kind == "access":
        fact.update({"party": local(g.value(node, KG.party)),
                     "system": local(g.value(node, KG.system)),
                     "from": local(g.value(node, KG.obtainedFrom)),
                     "purpose": r.text(node, KG.purpose), "context": r.text(node, KG.context),
                     "categories": r.ids(node, KG.carries if sub == "incidental" else KG.excludes),
                     "status": local(g.value(node, KG.status))})
    elif kind == "safeguard":
        fact.update({"safeguard_kind": local(g.value(node, KG.safeguardKind)),
                     "description": r.text(node, KG.description),
                     "protects": r.ids(node, KG.protects)})
    elif kind == "concern":
        answers = []
        for answer in g.objects(node, KG.answer):
            answers.append({"id": local(answer),
                            "by": r.text(answer, KG.answeredBy),
                            "correction": (answer, RDF.type, KG.Correction) in g,
                            "stands": bool(r.one(answer, KG.stands)),
                            "evidence": r.evidence(answer)})
        fact.update({"concern_kind": _CONCERN_KIND.get(g.value(node, KG.concernKind), "question"),
                     "by": r.text(node, KG.raisedBy), "topic": r.text(node, KG.topic),
                     "answers": sorted(answers, key=lambda a: a["id"])})
    elif kind == "item":
        votes = []
        for vote in g.objects(node, KG.vote):
            votes.append({"member": r.text(vote, KG.voter), "vote": r.text(vote, KG.voteValue),
                          "evidence": r.evidence(vote)})
        fact.update({
            "number": r.text(node, KG.itemNumber), "title": r.labels(node)["label"],
            "listed": bool(r.one(node, KG.listPosition)),
            "numbered_as": r.text(node, KG.numberedAs),
            "meeting": local(g.value(node, KG.meeting)), "kinds": r.ids(node, KG.itemKind),
            "outcome": local(g.value(node, KG.outcome)),
            "department": local(g.value(node, KG.department)),
            "conditions": r.text(node, KG.conditions),
            "part_of": local(g.value(node, KG.itemPartOf)),
            "votes": sorted(votes, key=lambda v: (v["vote"] or "", v["member"] or "",
                                                  [e["offset"] for e in v["evidence"]]))})
    return fact


