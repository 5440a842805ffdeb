"""Turn a checked :class:`~kg.load.Dataset` into an RDF graph.

Every fact becomes an n-ary node carrying its agenda item, the meeting that
stated it (and that meeting's date), the municipality, and one ``kg:Evidence``
node per quote with the quote, line, column and character offset in its
source document.

Example::

    >>> graph = compile_dataset(ds)                       # doctest: +SKIP
    >>> (ID["entity/jlis"], RDF.type, KG.PublicBody) in graph   # doctest: +SKIP
    True
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from kg.data import models
from kg.data.load import Dataset
from kg.graph.triples import Triples
from kg.graph.dpv import (ProcessingIndex, add_processing, compile_participants,
                         dataset_participants, dataset_processing)
from kg.namespace import (DCTERMS, DPV, KG, RDF, RDFS, SKOS, XSD, category_iri, entity_iri,
                          external_iri, fact_iri, meeting_iri, source_iri, term_iri)

ENTITY_CLASS = {
    "municipality": KG.Municipality, "prefecture": KG.Prefecture, "department": KG.Department,
    "council": KG.Council, "public-body": KG.PublicBody, "company": KG.Company,
    "association": KG.Association, "unnamed-party": KG.UnnamedParty,
    "person-role": KG.PersonRole, "data-subject": KG.DataSubject, "system": KG.System,
}
UNNAMED_CLASS = {"contractor": KG.UnnamedContractor, "subcontractor": KG.UnnamedSubcontractor}
ITEM_CLASS = {"consultation": KG.Consultation, "report": KG.Report, "other": KG.OtherItem}
RELATION = {  # type -> (class of the qualified node, direct shortcut property)
    "entrusts": (KG.Entrustment, KG.entrusts), "re-entrusts": (KG.ReEntrustment, KG.reEntrusts),
    "hosts": (KG.Hosting, KG.hosts), "operates": (KG.Operation, KG.operates),
    "maintains": (KG.Maintenance, KG.maintains), "uses": (KG.Usage, KG.uses),
    "contracts-with": (KG.ContractRelation, KG.contractsWith),
    "connects-to": (KG.Connection, KG.connectsTo), "provides": (KG.Provision, KG.provides),
}
SENSITIVITY = {"specific": KG.SpecificPersonalInformation,
               "special-care": KG.SpecialCarePersonalInformation,
               "ordinary": KG.OrdinaryPersonalInformation}
PERMISSION = {"allowed": KG.Allowed, "requires-approval": KG.RequiresApproval,
              "forbidden": KG.Forbidden}
MODE = {"remote": KG.Remote, "on-site": KG.OnSite}
BASIS = {"stated": KG.Stated, "inferred": KG.Inferred}
CONCERN_KIND = {"question": KG.Question, "opinion": KG.Opinion, "request": KG.Request}
#: SKOS mapping property for each ``dpv_match`` value.
MATCH = {"exact": SKOS.exactMatch, "close": SKOS.closeMatch, "broad": SKOS.broadMatch,
         "narrow": SKOS.narrowMatch, "related": SKOS.relatedMatch}
VOCAB_CLASS = {"channels": KG.Channel, "item_kinds": KG.ItemKind, "outcomes": KG.Outcome,
               "safeguard_kinds": KG.SafeguardKind, "statuses": KG.Status}


@lru_cache(maxsize=1 << 14)
def _value(value, datatype=None) -> Literal:
    """Return the literal of a number, truth value or date, made once: a document has
    thousands of lines, offsets and dates, and rdflib's Literal is slow to make."""
    return Literal(value, datatype=datatype)


class _Compiler:
    def __init__(self, ds: Dataset):
        self.ds = ds
        self.g = Triples()  # rdflib's Graph spends most of a compile adding triples

    def add(self, s, p, o) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def text(self, s, p, value, lang=None) -> None:
        if value:
            self.g.add((s, p, Literal(value, lang=lang)))

    def labels(self, node, obj) -> None:
        self.text(node, RDFS.label, obj.label, "ja")
        self.text(node, SKOS.prefLabel, obj.label, "ja")
        self.text(node, RDFS.label, obj.label_en, "en")
        self.text(node, SKOS.prefLabel, obj.label_en, "en")
        for alias in obj.aliases:
            self.text(node, SKOS.altLabel, alias, "ja")

    # -- registries --------------------------------------------------------

    def vocabulary(self) -> None:
        for name, cls in VOCAB_CLASS.items():
            for term in getattr(self.ds.vocabulary, name):
                node = term_iri(name, term.id)
                self.add(node, RDF.type, cls)
                self.labels(node, term)
                if name == "channels":
                    self.add(node, KG.physicalMedium, _value(term.physical))
                if name == "outcomes" and term.approving is not None:
                    self.add(node, KG.approving, _value(term.approving))
                if term.dpv:
                    self.add(node, MATCH[term.dpv_match], external_iri(term.dpv))

    def categories(self, categories) -> None:
        for cat in categories:
            node = category_iri(cat.id)
            self.add(node, RDF.type, KG.DocumentType if cat.kind == "document" else KG.DataCategory)
            self.add(node, SKOS.inScheme, KG.categoryScheme)
            self.labels(node, cat)
            for ref in cat.broader:
                self.add(node, SKOS.broader, category_iri(ref))
            for ref in cat.contains:
                self.add(node, KG.contains, category_iri(ref))
            if cat.sensitivity:
                self.add(node, KG.sensitivity, SENSITIVITY[cat.sensitivity])
            if cat.dpv:
                self.add(node, MATCH[cat.dpv_match], external_iri(cat.dpv))

    def entities(self, entities) -> None:
        for ent in entities:
            node = entity_iri(ent.id)
            self.add(node, RDF.type, ENTITY_CLASS[ent.type])
            if ent.type == "unnamed-party" and ent.role in UNNAMED_CLASS:
                self.add(node, RDF.type, UNNAMED_CLASS[ent.role])
            self.labels(node, ent)
            for field, prop in (("municipality", KG.municipality), ("prefecture", KG.inPrefecture),
                                ("part_of", KG.partOf), ("member_of", KG.memberOf),
                                ("instance_of", KG.instanceOf)):
                if getattr(ent, field):
                    self.add(node, prop, entity_iri(getattr(ent, field)))
            self.text(node, KG.role, ent.role)
            self.text(node, KG.description, ent.description, "ja")

    def meetings(self, meetings) -> None:
        for meeting in meetings:
            node = meeting_iri(meeting.id)
            self.add(node, RDF.type, KG.Meeting)
            self.text(node, RDFS.label, meeting.label, "ja")
            self.text(node, RDFS.label, meeting.label_en, "en")
            self.add(node, KG.council, entity_iri(meeting.council))
            if meeting.date:
                self.add(node, KG.date, _value(meeting.date, XSD.date))
            if meeting.date_end:
                self.add(node, KG.dateEnd, _value(meeting.date_end, XSD.date))
            if meeting.fiscal_year:
                self.add(node, KG.fiscalYear, _value(meeting.fiscal_year))
            if meeting.written:
                self.add(node, KG.writtenSession, _value(True))

    def sources(self) -> None:
        for doc in self.ds.sources.values():
            node = source_iri(doc.file)
            self.add(node, RDF.type, KG.SourceDocument)
            self.text(node, KG.fileName, doc.file)
            self.text(node, DCTERMS.title, doc.entry.title, "ja")
            self.add(node, KG.records, meeting_iri(doc.entry.meeting.id))
            self.add(node, KG.municipality, entity_iri(doc.entry.municipality))

    # -- facts -------------------------------------------------------------

    def evidence(self, owner: URIRef, quotes: list[models.Quote], doc) -> None:
        for n, quote in enumerate(quotes, start=1):
            node = URIRef(f"{owner}-evidence-{n}")
            loc = quote._location
            self.add(owner, KG.evidence, node)
            self.add(node, RDF.type, KG.Evidence)
            self.text(node, KG.quote, quote.quote)
            self.add(node, KG.source, source_iri(doc.file))
            self.add(node, KG.line, _value(loc.line))
            self.add(node, KG.column, _value(loc.column))
            self.add(node, KG.offset, _value(loc.offset))
            self.text(node, KG.note, quote.note, "ja")

    def fact(self, obj, cls, doc) -> URIRef:
        """Add what every fact shares and return its node."""
        node = fact_iri(obj.id)
        meeting = doc.entry.meeting
        self.add(node, RDF.type, cls)
        self.add(node, KG.statedAt, meeting_iri(meeting.id))
        self.add(node, KG.statedOn, _value(meeting.date, XSD.date))
        self.add(node, KG.source, source_iri(doc.file))
        self.add(node, KG.municipality, entity_iri(doc.entry.municipality))
        if getattr(obj, "item", None):
            self.add(node, KG.agendaItem, fact_iri(obj.item))
        if isinstance(obj, models.DataFact):
            if obj.controller == models.PARTICIPANTS:
                self.add(node, KG.forAllParticipants, _value(True))
            else:
                self.add(node, KG.controller, entity_iri(obj.controller or doc.entry.municipality))
            self.add(node, KG.basis, BASIS[obj.basis])
        self.text(node, KG.note, getattr(obj, "note", None), "ja")
        if self.draft:  # proposed by kg extract, not reviewed: answers mark it
            self.add(node, KG.draft, _value(True))
        if getattr(obj, "confidence", None) is not None:
            self.add(node, KG.confidence, _value(obj.confidence))
        self.evidence(node, obj.evidence, doc)
        return node

    draft = False

    def facts(self, fact_files) -> None:
        for ff in fact_files:
            doc = self.ds.sources[ff.source]
            self.draft = ff.draft
            for item in ff.agenda_items:
                self.agenda_item(item, doc)
            for flow in ff.flows:
                self.flow(flow, doc)
            for rel in ff.relations:
                self.relation(rel, doc)
            for acc in ff.access:
                node = self.fact(acc, KG.IncidentalAccess if acc.type == "incidental"
                                 else KG.Exclusion, doc)
                self.add(node, KG.party, entity_iri(acc.party))
                self.add(node, KG.system, acc.system and entity_iri(acc.system))
                self.add(node, KG.obtainedFrom, acc.source and entity_iri(acc.source))
                self.text(node, KG.purpose, acc.purpose, "ja")
                self.text(node, KG.context, acc.context, "ja")
                if acc.type == "incidental":  # (an exclusion has no status)
                    self.add(node, KG.status, term_iri("statuses", acc.status or "current"))
                # An exclusion says data is NOT obtained: it must not assert dpv:hasPersonalData.
                prop = KG.carries if acc.type == "incidental" else KG.excludes
                for ref in acc.categories:
                    self.add(node, prop, category_iri(ref))
            for sg in ff.safeguards:
                node = self.fact(sg, KG.Safeguard, doc)
                self.add(node, KG.safeguardKind, term_iri("safeguard_kinds", sg.kind))
                self.text(node, KG.description, sg.description, "ja")
                for ref in sg.applies_to:
                    target = entity_iri(ref) if ref in self.ds.entities else fact_iri(ref)
                    self.add(node, KG.protects, target)
            for concern in ff.concerns:
                self.concern(concern, doc)

    def agenda_item(self, item: models.AgendaItem, doc) -> None:
        node = self.fact(item, ITEM_CLASS[item.type], doc)
        self.add(node, KG.meeting, meeting_iri(item.meeting or doc.entry.meeting.id))
        self.text(node, KG.itemNumber, item.number)
        if item.listed:
            self.add(node, KG.listPosition, _value(True))
        self.text(node, KG.numberedAs, item.numbered_as)
        self.text(node, RDFS.label, item.title, "ja")
        for kind in item.kinds:
            self.add(node, KG.itemKind, term_iri("item_kinds", kind))
        self.add(node, KG.outcome, term_iri("outcomes", item.outcome))
        self.add(node, KG.department, item.department and entity_iri(item.department))
        self.add(node, KG.itemPartOf, item.part_of and fact_iri(item.part_of))
        self.text(node, KG.conditions, item.conditions, "ja")
        for n, vote in enumerate(item.votes, start=1):
            vnode = URIRef(f"{node}-vote-{n}")
            self.add(node, KG.vote, vnode)
            self.add(vnode, RDF.type, KG.Vote)
            self.text(vnode, KG.voter, vote.member)
            self.text(vnode, KG.voteValue, vote.vote)
            self.evidence(vnode, vote.evidence, doc)

    def flow(self, flow: models.Flow, doc) -> None:
        node = self.fact(flow, KG.DataFlow, doc)
        self.add(node, KG["from"], entity_iri(flow.source))
        self.add(node, KG.to, entity_iri(flow.target))
        if self.ds.entities[flow.target].type != "system":  # a system is no recipient
            self.add(node, DPV.hasRecipient, entity_iri(flow.target))
        self.add(node, KG.via, flow.via and entity_iri(flow.via))
        for ref in flow.categories:
            self.add(node, KG.carries, category_iri(ref))
        self.add(node, KG.channel, flow.channel and term_iri("channels", flow.channel))
        self.text(node, KG.frequency, flow.frequency, "ja")
        self.add(node, KG.status, term_iri("statuses", flow.status))
        self.add(node, KG.replacedBy, flow.replaced_by and fact_iri(flow.replaced_by))
        self.text(node, KG.purpose, flow.purpose, "ja")
        self.text(node, KG.condition, flow.condition, "ja")
        if flow.transformation:
            tnode = URIRef(f"{node}-transformation")
            self.add(node, KG.transformation, tnode)
            self.add(tnode, RDF.type, KG.Transformation)
            for ref in flow.transformation.removes:
                self.add(tnode, KG.removes, category_iri(ref))
            for ref in flow.transformation.adds:
                self.add(tnode, KG.adds, category_iri(ref))
            self.text(tnode, KG.description, flow.transformation.description, "ja")

    def relation(self, rel: models.Relation, doc) -> None:
        cls, shortcut = RELATION[rel.type]
        node = self.fact(rel, cls, doc)
        subject, obj = entity_iri(rel.subject), entity_iri(rel.object)
        self.add(node, KG.subject, subject)
        self.add(node, KG.object, obj)
        self.add(subject, shortcut, obj)
        self.text(node, KG.work, rel.work, "ja")
        for ref in rel.categories:
            self.add(node, KG.carries, category_iri(ref))
        self.add(node, KG.system, rel.system and entity_iri(rel.system))
        self.add(node, KG.permission, rel.permission and PERMISSION[rel.permission])
        self.add(node, KG.maintenanceMode, rel.mode and MODE[rel.mode])
        self.add(node, KG.channel, rel.channel and term_iri("channels", rel.channel))
        self.add(node, KG.status, term_iri("statuses", rel.status))

    def concern(self, concern: models.Concern, doc) -> None:
        node = self.fact(concern, KG.Concern, doc)
        self.add(node, KG.concernKind, CONCERN_KIND[concern.kind])
        self.text(node, KG.raisedBy, concern.by)
        self.text(node, KG.topic, concern.topic, "ja")
        answers = []
        for n, answer in enumerate(concern.answers, start=1):
            anode = URIRef(f"{node}-answer-{n}")
            answers.append((anode, answer))
            self.add(node, KG.answer, anode)
            self.add(anode, RDF.type, KG.Correction if answer.correction else KG.Answer)
            self.text(anode, KG.answeredBy, answer.by)
            self.add(anode, KG.stands, _value(answer.stands))
            self.add(anode, KG.statedOn, _value(doc.entry.meeting.date, XSD.date))
            self.evidence(anode, answer.evidence, doc)
        # A correction overrides the answers before it that no longer stand.
        for index, (anode, answer) in enumerate(answers):
            if answer.correction:
                for earlier, old in answers[:index]:
                    if not old.stands:
                        self.add(earlier, KG.supersededBy, anode)


def _registry_parts(ds: Dataset):
    """Return the entities and meetings of ``ds`` that no fact file defines."""
    local_entities = {e.id for ff in ds.fact_files for e in ff.entities}
    local_meetings = {m.id for ff in ds.fact_files for m in ff.meetings}
    return ([e for e in ds.entities.values() if e.id not in local_entities],
            [m for m in ds.meetings.values() if m.id not in local_meetings])


def compile_registry(ds: Dataset, entities=None, meetings=None) -> Triples:
    """Return the graph of the shared registries of ``ds``: vocabulary, categories,
    the entities and meetings no fact file defines (or ``entities`` and
    ``meetings`` when given), and the minutes documents."""
    compiler = _Compiler(ds)
    if entities is None or meetings is None:
        entities, meetings = _registry_parts(ds)
    compiler.vocabulary()
    compiler.categories(ds.categories.values())
    compiler.entities(entities)
    compiler.meetings(meetings)
    compiler.sources()
    return compiler.g


def compile_document(ds: Dataset, fact_files, processing: ProcessingIndex) -> Triples:
    """Return the graph of one minutes document: its fact files (``fact_files``,
    all citing one source) with the entities and meetings they define, and the
    DPV processing contexts of their facts (which read ``processing``)."""
    compiler = _Compiler(ds)
    compiler.entities([e for ff in fact_files for e in ff.entities])
    compiler.meetings([m for ff in fact_files for m in ff.meetings])
    compiler.facts(fact_files)
    add_processing(compiler, fact_files, processing)
    return compiler.g


def compile_shared_processing(ds: Dataset, records, processing: ProcessingIndex) -> Triples:
    """Return the DPV processing contexts of what the minutes state for every
    participant of a shared system (see :func:`kg.graph.dpv.compile_participants`)."""
    compiler = _Compiler(ds)
    compile_participants(compiler, records, processing)
    return compiler.g


def documents(ds: Dataset) -> dict[str, list]:
    """Return the fact files of ``ds`` grouped by the source they cite, in order."""
    out: dict[str, list] = {}
    for ff in ds.fact_files:
        out.setdefault(ff.source, []).append(ff)
    return out


def compile_dataset(ds: Dataset) -> Graph:
    """Return the RDF graph of a checked dataset (run :func:`kg.check.check_dataset` first):
    the union of :func:`compile_registry` and :func:`compile_document` of each source."""
    graph = compile_registry(ds)
    processing = dataset_processing(ds)
    for fact_files in documents(ds).values():
        graph += compile_document(ds, fact_files, processing)
    graph += compile_shared_processing(ds, dataset_participants(ds), processing)
    return graph.to_graph()
