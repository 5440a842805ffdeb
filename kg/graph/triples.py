"""A small in-memory triple set with the part of rdflib's ``Graph`` API the build uses.

Compiling one minutes document adds about five thousand triples; rdflib's
general-purpose store (contexts, events, three indexes) spends most of the
compile time adding them. :class:`Triples` keeps two indexes (subject and
predicate) of plain dicts and holds rdflib terms, so everything that reads a
graph (the projection, the SHACL check, the term check, N-Triples) works on it
unchanged; :meth:`Triples.to_graph` gives a real rdflib ``Graph`` when one is
wanted (Turtle, SPARQL in tests).

Example::

    >>> from rdflib import URIRef, Literal
    >>> t = Triples()
    >>> t.add((URIRef("urn:a"), URIRef("urn:p"), Literal("x")))
    >>> t.value(URIRef("urn:a"), URIRef("urn:p"))
    rdflib.term.Literal('x')
"""
from __future__ import annotations

from rdflib import Graph

from kg.namespace import bind_prefixes


class Triples:
    """A set of triples indexed by subject and by predicate (see the module docstring)."""

    def __init__(self):
        self._spo: dict = {}  # s -> p -> {o: None}
        self._pos: dict = {}  # p -> o -> {s: None}
        self._len = 0
        self._nm = None

    # -- changing ----------------------------------------------------------

    def add(self, triple) -> None:
        s, p, o = triple
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        if o in objects:
            return
        objects[o] = None
        self._pos.setdefault(p, {}).setdefault(o, {})[s] = None
        self._len += 1

    def remove(self, triple) -> None:
        """Remove one triple (all three terms given); a missing one is ignored."""
        s, p, o = triple
        objects = self._spo.get(s, {}).get(p, {})
        if o not in objects:
            return
        del objects[o]
        if not objects:
            del self._spo[s][p]
            if not self._spo[s]:
                del self._spo[s]
        subjects = self._pos[p][o]
        del subjects[s]
        if not subjects:
            del self._pos[p][o]
            if not self._pos[p]:
                del self._pos[p]
        self._len -= 1

    def __iadd__(self, other):
        for triple in other:
            self.add(triple)
        return self

    # -- reading -------------------------------------------------------------

    def __len__(self) -> int:
        return self._len

    def __iter__(self):
        for s, props in self._spo.items():
            for p, objects in props.items():
                for o in objects:
                    yield s, p, o

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        return any(True for _ in self.triples((s, p, o)))

    def triples(self, pattern):
        """Yield the triples matching ``(s, p, o)``, where ``None`` matches anything."""
        s, p, o = pattern
        if s is not None:
            props = self._spo.get(s, {})
            for pred in ([p] if p is not None else list(props)):
                for obj in props.get(pred, {}):
                    if o is None or obj == o:
                        yield s, pred, obj
        elif p is not None:
            for obj, subjects in (self._pos.get(p, {}).items() if o is None else
                                  [(o, self._pos.get(p, {}).get(o, {}))]):
                for subj in subjects:
                    yield subj, p, obj
        else:
            for triple in self:
                if o is None or triple[2] == o:
                    yield triple

    def subjects(self, predicate=None, object=None):  # noqa: A002 (rdflib's names)
        seen = {}
        for s, _, _ in self.triples((None, predicate, object)):
            if s not in seen:
                seen[s] = None
                yield s

    def objects(self, subject=None, predicate=None):
        for _, _, o in self.triples((subject, predicate, None)):
            yield o

    def predicate_objects(self, subject=None):
        for _, p, o in self.triples((subject, None, None)):
            yield p, o

    def subject_objects(self, predicate=None):
        for s, _, o in self.triples((None, predicate, None)):
            yield s, o

    def value(self, subject=None, predicate=None, object=None):  # noqa: A002
        """Return one value: the object of ``(subject, predicate)``, or the subject of
        ``(predicate, object)``; None when there is none."""
        if subject is not None:
            return next(self.objects(subject, predicate), None)
        return next(self.subjects(predicate, object), None)

    @property
    def namespace_manager(self):
        if self._nm is None:
            self._nm = bind_prefixes(Graph(bind_namespaces="none")).namespace_manager
        return self._nm

    def to_graph(self) -> Graph:
        """Return an rdflib ``Graph`` of the same triples, with the project's prefixes."""
        graph = bind_prefixes(Graph(bind_namespaces="none"))
        graph.addN((s, p, o, graph) for s, p, o in self)
        return graph
