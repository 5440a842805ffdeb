"""What every document of a build needs to know about the others.

A national build has thousands of minutes documents. Checking or compiling one
of them needs the registries (entities, categories, meetings) and a little
about the other documents: the entities and meetings they define, their fact
ids, and what their flows put in shared systems (for DPV processing
contexts). :func:`summarise` takes that from one fact file as plain data, which
a build keeps per file (by content hash) instead of reading every file again;
:class:`Index` joins the shared registries and every summary.

Example::

    >>> index = Index(registry, [summarise(ff, "facts/000.yaml") for ff in files])  # doctest: +SKIP
    >>> index.ds.entities["jlis"].type                                              # doctest: +SKIP
    'public-body'
"""
from __future__ import annotations

import hashlib

import orjson
from rdflib import URIRef

from kg.data import models
from kg.data.check import FACT_SECTIONS, KnownFact
from kg.data.load import Dataset
from kg.errors import Problem
from kg.graph.compile import ENTITY_CLASS, ITEM_CLASS, RELATION, UNNAMED_CLASS, VOCAB_CLASS
from kg.graph.dpv import ProcessingIndex, participant_records, processing_records
from kg.namespace import ID, KG, entity_iri


_ENTITY = str(entity_iri(""))
_ID = str(ID)


def _dump(model) -> dict:
    out = model.model_dump(mode="json")
    out["_where"] = [model._file, model._line, model._field_lines]
    return out


def _restore(cls, data: dict):
    data = dict(data)
    file, line, field_lines = data.pop("_where")
    if cls is models.Entity and data.keys() == _ENTITY_FIELDS:
        # An entity was validated when its file was read, holds only text, and its
        # summary has every field: rebuild it as pydantic's model_construct would,
        # without its overhead (70,000 of them at national scale).
        model = object.__new__(cls)
        object.__setattr__(model, "__dict__", data)
        object.__setattr__(model, "__pydantic_fields_set__", set(data))
        object.__setattr__(model, "__pydantic_extra__", None)
        object.__setattr__(model, "__pydantic_private__",
                           {"_line": line, "_file": file, "_field_lines": dict(field_lines)})
        return model
    model = cls.model_validate(data)
    model._file, model._line, model._field_lines = file, line, dict(field_lines)
    return model


_ENTITY_FIELDS = models.Entity.model_fields.keys()


def summarise(ff: models.FactFile) -> dict:
    """Return what other documents need of the fact file ``ff``, as plain data:
    its source, the entities and meetings it defines, each fact's id, section,
    class and ``file:line``, and its processing records (controller ``None`` =
    the document's municipality, resolved when the index is built)."""
    facts = []
    for section in FACT_SECTIONS:
        for obj in getattr(ff, section):
            facts.append([obj.id, section, getattr(obj, "type", None), obj.where])
    return {"source": ff.source, "file": ff._file, "draft": ff.draft,
            "source_entry": _dump(ff.source_entry) if ff.source_entry is not None else None,
            "entities": [_dump(e) for e in ff.entities],
            "meetings": [_dump(m) for m in ff.meetings],
            "facts": facts, "records": processing_records(ff, None),
            "participants": participant_records(ff)}


def draft_source(summary: dict):
    """Return what :func:`kg.data.load.register_draft_source` needs of a summarised
    draft fact file (its ``source_entry``, restored), or None."""
    from types import SimpleNamespace

    if summary.get("source_entry") is None:
        return None
    return SimpleNamespace(source=summary["source"], _file=summary["file"],
                           source_entry=_restore(models.Source, summary["source_entry"]))


def fact_class(section: str, kind: str | None) -> URIRef:
    """Return the class a compiled fact of ``section`` (and ``type``) has."""
    if section == "flows":
        return KG.DataFlow
    if section == "relations":
        return RELATION[kind][0]
    if section == "access":
        return KG.IncidentalAccess if kind == "incidental" else KG.Exclusion
    if section == "agenda_items":
        return ITEM_CLASS[kind]
    return KG.Safeguard if section == "safeguards" else KG.Concern


class Index:
    """The shared registries of a build joined with every fact file's summary.

    ``ds`` is a :class:`~kg.data.load.Dataset` with every entity and meeting
    (from the registries and the summaries) but no fact files; ``known`` every
    fact as a :class:`~kg.data.check.KnownFact`; ``processing`` the
    :class:`~kg.graph.dpv.ProcessingIndex` of all documents; :meth:`types_of` the
    classes of every node a document may point at (for SHACL); ``problems``
    duplicate entity and meeting ids across files.
    """

    def __init__(self, registry: Dataset, summaries: list[dict]):
        self.ds = registry
        #: What the registries define themselves (the summaries add to ``ds``).
        self.registry_entities = list(registry.entities.values())
        self.registry_meetings = list(registry.meetings.values())
        self.problems: list[Problem] = []
        self.known: dict[str, KnownFact] = {}
        self.files_of: dict[str, list[str]] = {}  # source -> its fact files, in order
        records = []
        #: what the minutes state for every participant (see kg.graph.dpv.compile_participants)
        self.participants: list[list] = []
        for summary in summaries:
            self.files_of.setdefault(summary["source"], []).append(summary["file"])
            for data in summary["entities"]:
                self._add(registry.entities, _restore(models.Entity, data), "entity")
            for data in summary["meetings"]:
                self._add(registry.meetings, _restore(models.Meeting, data), "meeting")
            for key, section, kind, where in summary["facts"]:
                # duplicates are reported by the check of the later document
                if key not in self.known:
                    self.known[key] = KnownFact(key, section, where, summary["source"],
                                                fact_class(section, kind))
            doc = registry.sources.get(summary["source"])
            home = doc.entry.municipality if doc else None
            date = doc.entry.meeting.date.isoformat() if doc and doc.entry.meeting.date else None
            self.participants += [r + [home, date] for r in summary["participants"]]
            records += [[kind, controller or home, ends, cats]
                        for kind, controller, ends, cats in summary["records"]]
        #: every document's processing records (what the participants unit reads)
        self.records = records
        entities = registry.entities
        self.processing = ProcessingIndex(
            records, lambda key: entities[key].type if key in entities else None)
        self.instances: dict[str, list[str]] = {}
        for ent in entities.values():
            if ent.instance_of:
                self.instances.setdefault(ent.instance_of, []).append(ent.id)
        self._digests: dict[str, str] = {}
        self._terms = {name: {t.id for t in getattr(registry.vocabulary, name)}
                       for name in VOCAB_CLASS} if registry.vocabulary else {}

    def entity_digest(self) -> bytes:
        """Return a digest of every entity's id, type and municipality: what the
        processing of shared systems reads of entities besides the records."""
        rows = sorted((key, ent.type, ent.municipality) for key, ent in self.ds.entities.items())
        return hashlib.sha256(orjson.dumps(rows)).digest()

    def _add(self, table: dict, obj, what: str) -> None:
        if obj.id in table:
            self.problems.append(Problem(obj._file, obj._line, f"duplicate {what} id '{obj.id}' "
                                                               f"(first defined at {table[obj.id].where})"))
        else:
            table[obj.id] = obj

    def types_of(self, node) -> list:
        """Return the classes the compiled graph gives ``node`` (an IRI of ours),
        from the registries and summaries: what a document's SHACL check asks of
        the nodes it points at."""
        text = str(node)
        kind, _, ref = text[len(_ID):].partition("/") if text.startswith(_ID) else ("", "", "")
        ds = self.ds
        if kind == "entity" and ref in ds.entities:
            ent = ds.entities[ref]
            classes = [ENTITY_CLASS[ent.type]]
            if ent.type == "unnamed-party" and ent.role in UNNAMED_CLASS:
                classes.append(UNNAMED_CLASS[ent.role])
            return classes
        if kind == "category" and ref in ds.categories:
            return [KG.DocumentType if ds.categories[ref].kind == "document" else KG.DataCategory]
        if kind == "meeting" and ref in ds.meetings:
            return [KG.Meeting]
        if kind == "source" and ref in ds.sources:
            return [KG.SourceDocument]
        if kind == "fact" and ref in self.known:
            return [self.known[ref].cls]
        if kind == "term":
            name, _, key = ref.partition("/")
            if name in VOCAB_CLASS and key in self._terms.get(name, ()):
                return [VOCAB_CLASS[name]]
        return []

    def outside(self, node) -> dict:
        """Return ``{predicate: [values]}`` of what a document's SHACL check may ask
        about a node another file describes: its classes, labels and product."""
        from rdflib import Literal
        from kg.namespace import RDF, RDFS

        props: dict = {}
        classes = self.types_of(node)
        if classes:
            props[RDF.type] = classes
        text = str(node)
        if text.startswith(_ENTITY) and text[len(_ENTITY):] in self.ds.entities:
            ent = self.ds.entities[text[len(_ENTITY):]]
            props[RDFS.label] = [Literal(ent.label, lang="ja"), Literal(ent.label_en, lang="en")]
            if ent.instance_of:
                props[KG.instanceOf] = [entity_iri(ent.instance_of)]
        return props

    def digest(self, key: str) -> str:
        """Return a digest of what the build knows of ``key`` (``entity:jlis``,
        ``category:...``, ``meeting:...``, ``fact:...``, ``source:...``); a
        document that refers to it is compiled again when it changes."""
        if key not in self._digests:
            kind, _, ref = key.partition(":")
            ds = self.ds
            if kind == "entity" and ref in ds.entities:
                value = [ds.entities[ref].model_dump(mode="json"), self.instances.get(ref, [])]
            elif kind == "category" and ref in ds.categories:
                value = ds.categories[ref].model_dump(mode="json")
            elif kind == "meeting" and ref in ds.meetings:
                value = ds.meetings[ref].model_dump(mode="json")
            elif kind == "source" and ref in ds.sources:
                value = ds.sources[ref].entry.model_dump(mode="json")
            elif kind == "fact" and ref in self.known:
                value = [self.known[ref].kind, str(self.known[ref].cls)]
            else:
                value = None
            self._digests[key] = hashlib.sha256(orjson.dumps(value)).hexdigest()[:16]
        return self._digests[key]
