"""Check a loaded Dataset for consistency and evidence.

:func:`check_dataset` returns every problem: references to unknown entities,
categories or vocabulary terms (with a did-you-mean), duplicate fact ids,
items that point at another document, and quotes that do not stand in their
source. It also records each found quote's location on the quote itself.

Example::

    >>> check_dataset(load_dataset(paths.data_dir()))   # doctest: +SKIP
    []
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from kg.data import models
from kg.data.agenda import agenda_numbers
from kg.data.review import unfinished
from kg.errors import Problem
from kg.data.evidence import closest_passage, locate, normalise
from kg.data.load import Dataset

PARTY_TYPES = models.PARTY_TYPES
#: Relationships that hold data in a system: they must name the instance, not the product.
HOLDING_RELATIONS = {"hosts", "operates", "maintains", "uses"}


@dataclass
class KnownFact:
    """A fact of another document, as a check of one document needs to see it."""

    id: str
    kind: str  # a FACT_SECTIONS key: agenda_items, flows ...
    where: str  # file:line
    source: str  # the minutes it cites
    cls: object = None  # its class in the graph, when a build knows it


#: The sections of a fact file, each a list of facts of one kind.
FACT_SECTIONS = ("agenda_items", "flows", "relations", "access", "safeguards", "concerns")
_SECTION_OF = {models.AgendaItem: "agenda_items", models.Flow: "flows",
               models.Relation: "relations", models.Access: "access",
               models.Safeguard: "safeguards", models.Concern: "concerns"}


def _section(obj) -> str | None:
    return obj.kind if isinstance(obj, KnownFact) else _SECTION_OF.get(type(obj))


class _Checker:
    def __init__(self, ds: Dataset, known: dict[str, KnownFact] | None = None):
        self.ds = ds
        self.problems: list[Problem] = []
        self.facts: dict[str, tuple[object, str]] = {}  # id -> (model, source file)
        #: Facts of other documents (a build checking one document at a time).
        self.known = known or {}
        #: Systems that are run as separate instances (each instance holds its own data).
        self.products = {e.instance_of for e in ds.entities.values() if e.instance_of}
        vocab = ds.vocabulary
        self.terms = {name: {t.id for t in getattr(vocab, name)} for name in
                      ("channels", "item_kinds", "outcomes", "safeguard_kinds", "statuses")}

    def add(self, obj, message: str, field: str | None = None) -> None:
        line = obj.line_of(field) if field else obj._line
        self.problems.append(Problem(obj._file, line, message))

    # -- lookups -----------------------------------------------------------

    def entity(self, obj, ref, field, types=None) -> None:
        if ref is None:
            return
        ent = self.ds.entities.get(ref)
        if ent is None:
            self.add(obj, f"{field}: unknown entity '{ref}'{self._suggest(ref, self.ds.entities)}",
                     field)
        elif types and ent.type not in types:
            self.add(obj, f"{field}: '{ref}' is a {ent.type}, expected {' or '.join(sorted(types))}",
                     field)

    def holder(self, obj, ref, field) -> None:
        """A system that holds data must be named by instance when it has instances."""
        if ref in self.products:
            instances = sorted(e.id for e in self.ds.entities.values() if e.instance_of == ref)
            self.add(obj, f"{field}: '{ref}' is a shared product run as separate instances; "
                          f"name the instance that holds this data ({', '.join(instances)}), or "
                          f"add this municipality's own (a system with instance_of: {ref})", field)

    def controller(self, obj) -> None:
        if obj.controller is not None and obj.controller != models.PARTICIPANTS:
            self.entity(obj, obj.controller, "controller", {"municipality"})

    def category(self, obj, ref, field) -> None:
        if ref not in self.ds.categories:
            self.add(obj, f"{field}: unknown category '{ref}'{self._suggest(ref, self.ds.categories)}",
                     field)

    def term(self, obj, ref, vocabulary, field) -> None:
        if ref is not None and ref not in self.terms[vocabulary]:
            # statuses -> status, channels -> channel, item_kinds -> item kind
            singular = vocabulary[:-2] if vocabulary.endswith("ses") else vocabulary[:-1]
            # (a vocabulary is short: with no near miss, say what it holds)
            hint = self._suggest(ref, self.terms[vocabulary]) \
                or f" (one of: {', '.join(sorted(self.terms[vocabulary]))})"
            self.add(obj, f"{field}: unknown {singular.replace('_', ' ')} '{ref}'{hint}", field)

    @staticmethod
    def _suggest(ref: str, table) -> str:
        """Return ' (did you mean ...?)' from ids, labels and aliases, or ''."""
        candidates = {key: key for key in table}
        if isinstance(table, dict):
            for key, obj in table.items():
                for name in [getattr(obj, "label", None), getattr(obj, "label_en", None),
                             *getattr(obj, "aliases", [])]:
                    if name:
                        candidates[normalise(name)] = key
        wanted = normalise(ref)
        if wanted in candidates:
            return f" (did you mean '{candidates[wanted]}'?)"
        close = difflib.get_close_matches(wanted, list(candidates), n=3, cutoff=0.6)
        names = list(dict.fromkeys(candidates[c] for c in close))
        return f" (did you mean {', '.join(repr(n) for n in names)}?)" if names else ""

    # -- registries --------------------------------------------------------

    def registries(self) -> None:
        for ent in self.ds.entities.values():
            self.entity(ent, ent.municipality, "municipality", {"municipality", "prefecture"})
            self.entity(ent, ent.prefecture, "prefecture", {"prefecture"})
            self.entity(ent, ent.part_of, "part_of", PARTY_TYPES)
            self.entity(ent, ent.member_of, "member_of", PARTY_TYPES)
            self.entity(ent, ent.instance_of, "instance_of", {"system"})
            if ent.instance_of and ent.type != "system":
                self.add(ent, "instance_of: only a system is an instance of a system", "instance_of")
            if ent.instance_of and self.ds.entities.get(ent.instance_of) is not None \
                    and self.ds.entities[ent.instance_of].instance_of:
                self.add(ent, f"instance_of: '{ent.instance_of}' is itself an instance; "
                              "name the product", "instance_of")
        numbered: dict[str, str] = {}
        for doc in self.ds.sources.values():
            self.entity(doc.entry, doc.entry.municipality, "municipality", {"municipality"})
            # answers cite a source by the number its file name starts with (005 l.17)
            number = doc.file.split("_", 1)[0]
            if number.isdigit() and number in numbered:
                self.add(doc.entry, f"source '{doc.file}' has the number {number} of "
                                    f"'{numbered[number]}': answers would cite both as {number}; "
                                    "rename one (its file and its facts' source:)")
            numbered.setdefault(number, doc.file)
        for meeting in self.ds.meetings.values():
            self.entity(meeting, meeting.council, "council", {"council"})
            if meeting.date is None and meeting.fiscal_year is None:
                self.add(meeting, f"meeting '{meeting.id}' needs a date or a fiscal_year")
        for cat in self.ds.categories.values():
            for ref in cat.broader:
                self.category(cat, ref, "broader")
            for ref in cat.contains:
                self.category(cat, ref, "contains")
            if cat.id in cat.contains:
                self.add(cat, f"category '{cat.id}' contains itself", "contains")
        self._cycles()
        self._same_names()

    def _same_names(self) -> None:
        """One real-world party, one entity: two entities in the same municipality
        (or both national) may not share a label, nor one's label be the other's alias."""
        from kg.data.names import name_key

        owners: dict[tuple, str] = {}
        for ent in self.ds.entities.values():
            scope = ent.municipality
            key = (scope, name_key(ent.label))
            if key in owners and owners[key] != ent.id:
                first = self.ds.entities[owners[key]]
                self.add(ent, f"entity '{ent.id}' has the label of '{first.id}' "
                              f"(defined at {first.where}); use one entity")
            owners.setdefault(key, ent.id)
        for ent in self.ds.entities.values():
            for alias in ent.aliases:
                other = owners.get((ent.municipality, name_key(alias)))
                if other and other != ent.id:
                    self.add(ent, f"alias {alias!r} of '{ent.id}' is the label of '{other}'")

    def _cycles(self) -> None:
        cats = self.ds.categories
        for start in cats.values():
            seen, stack = set(), list(start.broader)
            while stack:
                ref = stack.pop()
                if ref == start.id:
                    self.add(start, f"category '{start.id}' is broader than itself")
                    break
                if ref in seen or ref not in cats:
                    continue
                seen.add(ref)
                stack.extend(cats[ref].broader)

    # -- facts -------------------------------------------------------------

    def register(self, obj, source: str) -> None:
        other = self.known.get(obj.id)
        if other is not None and other.source == source:
            other = None  # this document's own fact, as the build saw it before
        if obj.id in self.facts or other or obj.id in self.ds.entities \
                or obj.id in self.ds.categories:
            first = (self.facts.get(obj.id, (None,))[0] or other
                     or self.ds.entities.get(obj.id) or self.ds.categories.get(obj.id))
            if isinstance(first, KnownFact) and _file_order(first.where) > _file_order(obj.where):
                return  # the other file comes later: the problem is reported there
            self.add(obj, f"duplicate id '{obj.id}' (first defined at {first.where})")
        else:
            self.facts[obj.id] = (obj, source)

    def fact(self, ref: str):
        """Return ``(fact, source)`` of the fact ``ref`` in any document, or None."""
        found = self.facts.get(ref)
        if found is None and ref in self.known:
            found = (self.known[ref], self.known[ref].source)
        return found

    def item(self, obj, ref, source: str) -> None:
        if ref is None:
            return
        found = self.fact(ref)
        if found is None or _section(found[0]) != "agenda_items":
            items = {k: v for k, (v, _) in self.facts.items() if _section(v) == "agenda_items"}
            self.add(obj, f"item: unknown agenda item '{ref}'{self._suggest(ref, items)}", "item")
        elif found[1] != source:
            self.add(obj, f"item: agenda item '{ref}' belongs to another document ({found[1]})",
                     "item")

    def fact_files(self, files=None) -> None:
        files = self.ds.fact_files if files is None else files
        # Register every id first so that forward references work.
        for ff in files:
            for section in FACT_SECTIONS:
                for obj in getattr(ff, section):
                    self.register(obj, ff.source)
        for ff in files:
            self._facts(ff)

    def _facts(self, ff: models.FactFile) -> None:
        src = ff.source
        for it in ff.agenda_items:
            for kind in it.kinds:
                self.term(it, kind, "item_kinds", "kinds")
            self.term(it, it.outcome, "outcomes", "outcome")
            self.entity(it, it.department, "department", {"department"})
            whole = self.fact(it.part_of) if it.part_of is not None else None
            if it.part_of is not None and (whole is None or _section(whole[0]) != "agenda_items"
                                           or whole[1] != src or it.part_of == it.id):
                items = {k: v for k, (v, s) in self.facts.items()
                         if _section(v) == "agenda_items" and s == src and k != it.id}
                self.add(it, f"part_of: no other agenda item '{it.part_of}' in these minutes"
                             f"{self._suggest(it.part_of, items)}", "part_of")
            if it.meeting is not None and it.meeting not in self.ds.meetings:
                self.add(it, f"meeting: unknown meeting '{it.meeting}'"
                             f"{self._suggest(it.meeting, self.ds.meetings)}")
        for no in ff.rejected:  # a turned-down proposal's ends name known entities
            for field in ("source", "target", "subject", "object", "party"):
                self.entity(no, getattr(no, field), field)
        for fl in ff.flows:
            self.item(fl, fl.item, src)
            self.entity(fl, fl.source, "source")
            self.entity(fl, fl.target, "target")
            self.entity(fl, fl.via, "via", {"system"})
            for field in ("source", "target", "via"):
                self.holder(fl, getattr(fl, field), field)
            self.controller(fl)
            for ref in fl.categories:
                self.category(fl, ref, "categories")
            self.term(fl, fl.channel, "channels", "channel")
            self.term(fl, fl.status, "statuses", "status")
            if fl.replaced_by is not None:
                other = self.fact(fl.replaced_by)
                if other is None or _section(other[0]) != "flows":
                    self.add(fl, f"replaced_by: unknown flow '{fl.replaced_by}'")
            if fl.transformation:
                for ref in fl.transformation.removes + fl.transformation.adds:
                    self.category(fl, ref, "transformation")
        for rel in ff.relations:
            self.item(rel, rel.item, src)
            self.entity(rel, rel.subject, "subject")
            self.entity(rel, rel.object, "object")
            self.entity(rel, rel.system, "system", {"system"})
            self.controller(rel)
            if rel.type in HOLDING_RELATIONS:
                self.holder(rel, rel.object, "object")
            self.holder(rel, rel.system, "system")
            for ref in rel.categories:
                self.category(rel, ref, "categories")
            self.term(rel, rel.channel, "channels", "channel")
            self.term(rel, rel.status, "statuses", "status")
            if rel.permission and rel.type != "re-entrusts":
                self.add(rel, "permission: only a re-entrusts relation has a permission")
        for acc in ff.access:
            self.item(acc, acc.item, src)
            self.entity(acc, acc.party, "party", PARTY_TYPES)
            self.entity(acc, acc.system, "system", {"system"})
            self.entity(acc, acc.source, "source")
            self.holder(acc, acc.system, "system")
            self.holder(acc, acc.source, "source")
            self.controller(acc)
            for ref in acc.categories:
                self.category(acc, ref, "categories")
            self.term(acc, acc.status, "statuses", "status")
            if acc.status is not None and acc.type == "excluded":
                self.add(acc, "status: an exclusion has no status (its context says where it holds)")
        for sg in ff.safeguards:
            self.item(sg, sg.item, src)
            self.term(sg, sg.kind, "safeguard_kinds", "kind")
            for ref in sg.applies_to:
                if self.fact(ref) is None and ref not in self.ds.entities:
                    self.add(sg, f"applies_to: unknown fact or entity '{ref}'")
        for co in ff.concerns:
            self.item(co, co.item, src)

    # -- agenda completeness ---------------------------------------------

    def agendas(self, files=None) -> None:
        """Every item number a document's own agenda lists must have an agenda item.

        With ``files`` (all the fact files of some sources), only those sources."""
        numbers: dict[str, set[str]] = {}
        for ff in self.ds.fact_files if files is None else files:
            numbers.setdefault(ff.source, set()).update(i.number for i in ff.agenda_items)
        docs = self.ds.sources.values() if files is None else [self.ds.sources[k] for k in numbers]
        for doc in docs:
            spec = doc.entry.agenda
            if spec is None:
                continue
            for line, number in agenda_numbers(doc.text, spec):
                if number not in numbers.get(doc.file, set()):
                    self.add(doc.entry, f"{doc.file} line {line} lists agenda item {number}, "
                                        f"but no agenda item of that number is in the facts")

    # -- evidence ----------------------------------------------------------

    def evidence(self, files=None) -> None:
        for ff in self.ds.fact_files if files is None else files:
            doc = self.ds.sources[ff.source]
            for quote in _quotes(ff):
                loc = locate(doc.text, quote.quote, quote.line)
                if loc is not None:
                    quote._location = loc
                    continue
                if quote.line is not None and locate(doc.text, quote.quote) is not None:
                    self.add(quote, f"quote not found on line {quote.line} of {doc.file}: "
                                    f"{quote.quote!r}")
                    continue
                if "\n" in quote.quote:
                    self.add(quote, "quote spans more than one line; quote a single line")
                    continue
                hint = closest_passage(doc.text, quote.quote)
                near = f"; closest passage at {doc.display}:{hint[0]}: {hint[1]!r}" if hint else ""
                self.add(quote, f"quote not found in {doc.file}: {quote.quote!r}{near}")


def _quotes(model):
    """Yield every Quote inside ``model``, depth first."""
    if isinstance(model, models.Quote):
        yield model
    elif isinstance(model, models.Strict):
        for name in type(model).model_fields:
            yield from _quotes(getattr(model, name))
    elif isinstance(model, list):
        for item in model:
            yield from _quotes(item)


def _file_order(where: str) -> str:
    return where.rpartition(":")[0]


def check_registries(ds: Dataset) -> list[Problem]:
    """Return the problems of the registries of ``ds``: entities, meetings, categories
    (references, cycles, one entity per name); not the facts."""
    checker = _Checker(ds)
    checker.registries()
    return sorted(checker.problems)


def check_documents(ds: Dataset, files, known: dict[str, KnownFact]) -> list[Problem]:
    """Return the problems of the fact files ``files`` (every fact file of the sources
    they cite) against the registries of ``ds`` and the facts of other documents
    (``known``): references, duplicate ids, agenda completeness and every quote."""
    checker = _Checker(ds, known)
    checker.fact_files(files)
    checker.agendas(files)
    checker.evidence(files)
    return sorted(checker.problems)


def check_dataset(ds: Dataset) -> list[Problem]:
    """Return every consistency and evidence problem in ``ds`` (empty when clean)."""
    checker = _Checker(ds)
    checker.registries()
    checker.fact_files()
    checker.agendas()
    checker.evidence()
    return sorted(checker.problems + unfinished(ds))
