"""Counts that summarise the graph, per source document and overall.

Example::

    >>> summary = stats(graph)                        # doctest: +SKIP
    >>> summary["sources"][0]["file"], summary["sources"][0]["agenda_items"]  # doctest: +SKIP
    ('000_670b8370b20d9432.txt', 3)
"""
from __future__ import annotations

from collections import Counter

from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from kg.graph.compile import ENTITY_CLASS, RELATION
from kg.namespace import KG

#: Fact classes counted per source, and the key each is reported under.
COUNTED = {
    "agenda_items": (KG.Consultation, KG.Report, KG.OtherItem),
    "flows": (KG.DataFlow,),
    "relations": tuple(cls for cls, _ in RELATION.values()),
    "access": (KG.IncidentalAccess, KG.Exclusion),
    "safeguards": (KG.Safeguard,),
    "concerns": (KG.Concern,),
}
PARTY_CLASSES = tuple(ENTITY_CLASS.values())
ENDPOINTS = (KG["from"], KG.to, KG.via, KG.subject, KG.object, KG.party, KG.system)


def _label(graph: Graph, node, lang: str = "ja") -> str:
    for label in graph.objects(node, RDFS.label):
        if getattr(label, "language", None) == lang:
            return str(label)
    return str(graph.value(node, RDFS.label) or node)


def stats(graph: Graph) -> dict:
    """Return ``{"sources": [...], "entities": N, "triples": N, ...}`` for ``graph``.

    Each source row: file, municipality, date, agenda_items, flows, relations,
    access, safeguards, concerns, parties (distinct parties and systems its
    facts name) and evidence (quotes located in it).
    """
    rows = []
    for doc in sorted(graph.subjects(RDF.type, KG.SourceDocument), key=str):
        meeting = graph.value(doc, KG.records)
        municipality = graph.value(doc, KG.municipality)
        row = {
            "file": str(graph.value(doc, KG.fileName)),
            "municipality": _label(graph, municipality),
            "date": str(graph.value(meeting, KG.date)),
            **{key: 0 for key in COUNTED},
            "parties": 0,
            "evidence": sum(1 for _ in graph.subjects(KG.source, doc)
                            if (_, RDF.type, KG.Evidence) in graph),
        }
        parties = set()
        for fact in graph.subjects(KG.source, doc):
            types = set(graph.objects(fact, RDF.type))
            for key, classes in COUNTED.items():
                if types.intersection(classes):
                    row[key] += 1
            for prop in ENDPOINTS:
                parties.update(graph.objects(fact, prop))
        row["parties"] = len(parties)
        rows.append(row)
    entities = {s for cls in PARTY_CLASSES for s in graph.subjects(RDF.type, cls)}
    by_type = Counter(
        next((c.split("#")[-1] for c in PARTY_CLASSES if (e, RDF.type, c) in graph), "?")
        for e in entities)
    return {
        "sources": rows,
        "entities": len(entities),
        "entity_types": dict(sorted(by_type.items())),
        "categories": sum(1 for _ in graph.subjects(RDF.type, KG.DataCategory))
        + sum(1 for _ in graph.subjects(RDF.type, KG.DocumentType)),
        "evidence": sum(1 for _ in graph.subjects(RDF.type, KG.Evidence)),
        "triples": len(graph),
    }
