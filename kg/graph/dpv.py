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
            system = fact.system if fact.type in ("entrusts", "re-entrusts") else fact.object
            if fact.controller == models.PARTICIPANTS:
                # Stated for every participant: each controller whose data the system holds.
                scope = index.holders(system) if system else []
            else:
                scope = [fact.controller or home]
            processor = getattr(fact, PROCESSING[fact.type])
            for controller in scope:
                if processor == controller or ds.entities[processor].municipality == controller \
                        and ds.entities[processor].type == "department":
                    continue  # the municipality running its own system processes for itself
                cats = set(fact.categories)
                if not cats and system:
                    cats = index.held(controller, system)
                if not cats and fact.type == "re-entrusts":
                    cats = index.entrusted_with(controller, fact.subject)
                if cats:
                    _context(compiler, fact, controller, processor,
                             _contains(ds.categories, cats), system)


def _context(compiler, fact, controller: str, processor: str, cats: set[str],
             system: str | None) -> None:
    ds, g = compiler.ds, compiler.g

    node = ID[f"processing/{fact.id}/{controller}"]
    g.add((node, RDF.type, DPV.PersonalDataHandling))
    g.add((node, DPV.hasDataController, entity_iri(controller)))
    g.add((entity_iri(controller), RDF.type, DPV.DataController))
    g.add((node, DPV.hasDataProcessor, entity_iri(processor)))
    role = DPV.DataSubProcessor if fact.type == "re-entrusts" else DPV.DataProcessor
    g.add((entity_iri(processor), RDF.type, role))
    for key in sorted(cats):
        g.add((node, DPV.hasPersonalData, category_iri(key)))
        cat = ds.categories[key]
        # A DPV term that is the same, close to, or broader than ours is true of the data.
        if cat.dpv and cat.dpv_match in ("exact", "close", "broad"):
            g.add((node, DPV.hasPersonalData, external_iri(cat.dpv)))
    if system:
        g.add((node, DPV.isImplementedUsingTechnology, entity_iri(system)))
    g.add((node, DPV.hasActivityStatus, STATUS.get(fact.status, DPV.ActivityOngoing)))
    g.add((node, PROV.wasDerivedFrom, fact_iri(fact.id)))
    for n, quote in enumerate(fact.evidence, start=1):
        evidence = URIRef(f"{fact_iri(fact.id)}-evidence-{n}")
        g.add((node, PROV.wasDerivedFrom, evidence))
        g.add((evidence, PROV.value, Literal(quote.quote)))
