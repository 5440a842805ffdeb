"""The graph as W3C DPV sees it: roles in context, not by class.

For every fact that makes a party process a municipality's data (an
entrustment, a re-entrustment, hosting, operating or maintaining a system),
:func:`add_processing` adds one processing context per controller, DPV's own
pattern::

    id:processing/000-rel-14/higashimurayama a dpv:PersonalDataHandling ;
        dpv:hasDataController id:entity/higashimurayama ;
        dpv:hasDataProcessor id:entity/kokuho-rengokai-tokyo ;
        dpv:hasPersonalData id:category/my-number , pd:OfficialID ;
        dpv:isImplementedUsingTechnology id:entity/kokuho-shuyaku-tokyo ;
        dpv:hasActivityStatus dpv:ActivityProposed ;
        prov:wasDerivedFrom id:fact/000-rel-14-evidence-1 .

so that a plain DPV query lists every processor and sub-processor of a
municipality's processing, named or not, with the quotes behind it
(``prov:wasDerivedFrom`` the evidence, whose ``prov:value`` is the quote). A
processor is typed ``dpv:DataProcessor`` (``dpv:DataSubProcessor`` when a
re-entrustment makes it one) because a fact says so; a municipality
``dpv:DataController`` because it is the controller of such a context.

Which data a context covers comes from the facts: the categories an
entrustment names; or, for work on a system, what that controller's flows
carry into, out of or through the system; or, for a re-entrustment that names
neither, what the contractor was entrusted with. Categories include what they
contain (特定個人情報 contains 個人番号) and their DPV matches.
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef
from kg.namespace import PROV, RDF

from kg.data import models
from kg.data.load import Dataset
from kg.namespace import DPV, ID, category_iri, entity_iri, external_iri, fact_iri

PROCESSING = {"entrusts": "object", "re-entrusts": "object", "hosts": "subject",
              "operates": "subject", "maintains": "subject"}
#: DPV activity status of each of our statuses.
STATUS = {"current": DPV.ActivityOngoing, "planned": DPV.ActivityProposed,
          "possible": DPV.ActivityProposed, "replaced": DPV.ActivityHalted,
          "ended": DPV.ActivityCompleted}


def _contains(categories: dict, keys) -> set[str]:
    """Return ``keys`` and every category they contain, transitively."""
    out, todo = set(), list(keys)
    while todo:
        key = todo.pop()
        if key in out or key not in categories:
            continue
        out.add(key)
        todo.extend(categories[key].contains)
    return out


def processing_records(ff: models.FactFile, home: str) -> list[list]:
    """Return what the processing contexts of *other* documents need from ``ff``
    (plain lists, so a build can keep them per document): for each flow
    ``["flow", controller, [from, to, via], categories]`` and for each relationship
    ``[type, controller, [object], categories]``; ``home`` is the document's municipality.
    """
    out = []
    for fact in ff.flows:
        out.append(["flow", fact.controller or home, [fact.source, fact.target, fact.via],
                    list(fact.categories)])
    for fact in ff.relations:
        out.append([fact.type, fact.controller or home, [fact.object], list(fact.categories)])
    return out


class ProcessingIndex:
    """What every controller's flows put in each system, what each contractor was
    entrusted with, and which municipalities are controllers: the parts of the whole
    graph that one document's processing contexts depend on.

    ``consulted`` records each lookup (key and answer) so that a build can tell
    when a document's contexts must be compiled again.
    """

    def __init__(self, records, entity_type):
        self.in_system: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.entrusted: dict[tuple[str, str], set[str]] = defaultdict(set)
        controllers = set()
        for kind, controller, ends, cats in records:
            if controller != models.PARTICIPANTS:
                controllers.add(controller)
            if kind == "flow":
                for end in ends:
                    if end and entity_type(end) == "system":
                        self.in_system[(controller, end)].update(cats)
            elif kind == "entrusts":
                self.entrusted[(controller, ends[0])].update(cats)
        self.controllers = sorted(controllers)
        self.consulted: list | None = None

    def _note(self, key, value):
        if self.consulted is not None:
            self.consulted.append([key, value])
        return value

    def held(self, controller: str, system: str) -> set[str]:
        cats = sorted(self.in_system.get((controller, system), ()))
        return set(self._note(["held", controller, system], cats))

    def entrusted_with(self, controller: str, contractor: str) -> set[str]:
        cats = sorted(self.entrusted.get((controller, contractor), ()))
        return set(self._note(["entrusted", controller, contractor], cats))

    def holders(self, system: str) -> list[str]:
        found = [m for m in self.controllers if self.in_system.get((m, system))]
        return self._note(["holders", system], found)


def dataset_participants(ds: Dataset) -> list[list]:
    """Return the :func:`participant_records` of a whole dataset, each with its
    document's municipality and meeting date appended."""
    out = []
    for ff in ds.fact_files:
        entry = ds.sources[ff.source].entry
        date = entry.meeting.date.isoformat() if entry.meeting.date else None
        out += [record + [entry.municipality, date] for record in participant_records(ff)]
    return out


def dataset_processing(ds: Dataset) -> ProcessingIndex:
    """Return the :class:`ProcessingIndex` of a whole dataset."""
    records = []
    for ff in ds.fact_files:
        records.extend(processing_records(ff, ds.sources[ff.source].entry.municipality))
    return ProcessingIndex(records, lambda key: ds.entities[key].type)


def add_processing(compiler, fact_files, index: ProcessingIndex) -> None:
    """Add the DPV processing contexts of the facts in ``fact_files`` to ``compiler.g``."""
    ds: Dataset = compiler.ds
    for ff in fact_files:
        home = ds.sources[ff.source].entry.municipality
        for fact in ff.relations:
            if fact.type not in PROCESSING:
                continue
            if fact.type == "re-entrusts" and fact.permission == "forbidden":
                continue
            if fact.controller == models.PARTICIPANTS:
                # Stated for every participant: the contexts are the participants unit's
                # (compile_participants), which cites these quotes.
                _quotes(compiler.g, fact_iri(fact.id), fact.evidence)
                continue
            system = fact.system if fact.type in ("entrusts", "re-entrusts") else fact.object
            processor = getattr(fact, PROCESSING[fact.type])
            controller = fact.controller or home
            if _own(ds, processor, controller):
                continue
            cats = set(fact.categories)
            if not cats and system:
                cats = index.held(controller, system)
            if not cats and fact.type == "re-entrusts":
                cats = index.entrusted_with(controller, fact.subject)
            if cats:
                node = ID[f"processing/{fact.id}/{controller}"]
                _context(compiler, node, fact.type, controller, processor,
                         _contains(ds.categories, cats), system, [fact.status],
                         [(fact.id, len(fact.evidence))])
                _quotes(compiler.g, fact_iri(fact.id), fact.evidence)


def _own(ds: Dataset, processor: str, controller: str) -> bool:
    """Whether ``processor`` is ``controller`` itself or one of its departments (a
    municipality running its own system processes for itself)."""
    ent = ds.entities[processor]
    return processor == controller or ent.municipality == controller and ent.type == "department"


def _quotes(g, fact_node, evidence) -> None:
    for n, quote in enumerate(evidence, start=1):
        g.add((URIRef(f"{fact_node}-evidence-{n}"), PROV.value, Literal(quote.quote)))


def participant_records(ff: models.FactFile) -> list[list]:
    """Return the processing facts of ``ff`` stated for every participant, as plain
    lists ``[id, type, processor, system, status, categories, quotes, subject]``."""
    out = []
    for fact in ff.relations:
        if fact.controller != models.PARTICIPANTS or fact.type not in PROCESSING:
            continue
        if fact.type == "re-entrusts" and fact.permission == "forbidden":
            continue
        system = fact.system if fact.type in ("entrusts", "re-entrusts") else fact.object
        out.append([fact.id, fact.type, getattr(fact, PROCESSING[fact.type]), system,
                    fact.status, sorted(fact.categories), len(fact.evidence), fact.subject])
    return out


def compile_participants(compiler, records, index: ProcessingIndex) -> None:
    """Add one processing context per participant for what the minutes state for every
    participant of a shared system (``J-LIS hosts the certificate system``).

    ``records`` are :func:`participant_records` with the stating document's
    municipality and date appended. Many documents state the same processing; a
    controller's context cites the statements of its own minutes when there are
    any, else the earliest statement (so the graph grows with the participants, not
    with participants times statements).
    """
    ds = compiler.ds
    groups: dict[tuple, list] = defaultdict(list)
    for record in records:
        key, kind, processor, system = record[:4]
        groups[(kind, processor, system)].append(record)
    for (kind, processor, system), group in sorted(groups.items(), key=lambda i: str(i[0])):
        for controller in index.holders(system) if system else []:
            if _own(ds, processor, controller):
                continue
            chosen = [r for r in group if r[8] == controller] or \
                [min(group, key=lambda r: (r[9] or "", r[0]))]
            cats = {c for r in chosen for c in r[5]}
            if not cats and system:
                cats = index.held(controller, system)
            if not cats and kind == "re-entrusts":
                cats = index.entrusted_with(controller, chosen[0][7])
            if cats:
                node = ID[f"processing/{kind}/{processor}/{system}/{controller}"]
                _context(compiler, node, kind, controller, processor,
                         _contains(ds.categories, cats), system,
                         [r[4] for r in chosen], [(r[0], r[6]) for r in chosen])


def _context(compiler, node, kind: str, controller: str, processor: str, cats: set[str],
             system: str | None, statuses, sources) -> None:
    """Add the processing context ``node``; ``sources`` are ``(fact id, quotes)``."""
    ds, g = compiler.ds, compiler.g
    g.add((node, RDF.type, DPV.PersonalDataHandling))
    g.add((node, DPV.hasDataController, entity_iri(controller)))
    g.add((entity_iri(controller), RDF.type, DPV.DataController))
    g.add((node, DPV.hasDataProcessor, entity_iri(processor)))
    role = DPV.DataSubProcessor if kind == "re-entrusts" else DPV.DataProcessor
    g.add((entity_iri(processor), RDF.type, role))
    for key in sorted(cats):
        g.add((node, DPV.hasPersonalData, category_iri(key)))
        cat = ds.categories[key]
        # A DPV term that is the same, close to, or broader than ours is true of the data.
        if cat.dpv and cat.dpv_match in ("exact", "close", "broad"):
            g.add((node, DPV.hasPersonalData, external_iri(cat.dpv)))
    if system:
        g.add((node, DPV.isImplementedUsingTechnology, entity_iri(system)))
    for status in statuses:
        g.add((node, DPV.hasActivityStatus, STATUS.get(status, DPV.ActivityOngoing)))
    for fact_id, quotes in sources:
        g.add((node, PROV.wasDerivedFrom, fact_iri(fact_id)))
        for n in range(1, quotes + 1):
            g.add((node, PROV.wasDerivedFrom, URIRef(f"{fact_iri(fact_id)}-evidence-{n}")))
