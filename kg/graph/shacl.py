"""SHACL Core for the build: the constraints ``ontology/shapes.ttl`` uses, checked fast.

pySHACL checks a curated document in about half a second; a national build
has thousands, so the build checks each document's part of the graph here
instead, in milliseconds, and pySHACL stays the reference (``kg validate
--pyshacl``; the tests compare the two on every kind of violation).

What is supported is what the shapes use: ``sh:targetClass``; property shapes
with a predicate or a sequence path and ``sh:minCount``, ``sh:maxCount``,
``sh:class``, ``sh:datatype``, ``sh:minLength``, ``sh:minInclusive``,
``sh:hasValue``, ``sh:languageIn``, ``sh:uniqueLang``, ``sh:node``; node-level
``sh:class``, ``sh:node``, ``sh:or``, ``sh:xone`` and ``sh:property``. A shapes
file with anything else is refused (:class:`~kg.errors.KGError`), so no
constraint is silently skipped. ``sh:class`` follows ``rdfs:subClassOf`` in the
ontology, as pySHACL does when the ontology is mixed into the data.

The graph is seen through a :class:`View`: the triples of one document (or of
the whole graph) plus what the rest of the graph says about the types of the
nodes they point at.

Example::

    >>> shapes = Shapes.load()                                    # doctest: +SKIP
    >>> shapes.validate(View(graph, ontology_classes()))         # doctest: +SKIP
    []
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from kg.namespace import KG, RDF, RDFS, XSD

from kg import paths
from kg.errors import KGError

_PROPERTY_KEYS = {SH.path, SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.minLength,
                  SH.minInclusive, SH.hasValue, SH.languageIn, SH.uniqueLang, SH.node}
_NODE_KEYS = {SH["class"], SH.node, SH["or"], SH.xone, SH.property, SH.targetClass}
_IGNORED = {RDF.type, RDFS.comment, RDFS.label, SH.name, SH.description, SH.message}


@dataclass
class Shape:
    """One node or property shape (a property shape has a ``path``)."""

    name: str
    path: tuple = ()
    min_count: int | None = None
    max_count: int | None = None
    classes: list = field(default_factory=list)
    datatype: URIRef | None = None
    min_length: int | None = None
    min_inclusive: object = None
    has_value: object = None
    language_in: list | None = None
    unique_lang: bool = False
    nodes: list = field(default_factory=list)  # names of shapes each value must conform to
    any_of: list = field(default_factory=list)  # sh:or: lists of shapes
    one_of: list = field(default_factory=list)  # sh:xone: lists of shapes
    properties: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    path_name: str | None = None  # the path as messages show it


@dataclass(frozen=True)
class Violation:
    """A focus node that breaks a shape: ``path`` is a short name or ``None``."""

    focus: object
    path: str | None
    message: str


class View:
    """What the validator may ask of a graph: values of a node, types of a node.

    ``triples`` are the part of the graph being checked; ``outside(node)``
    returns ``{predicate: [values]}`` for a node described elsewhere (its
    types, labels ...); ``superclasses`` maps a class to itself and every class
    above it.
    """

    def __init__(self, triples, superclasses: dict, outside=None):
        self.index: dict = defaultdict(lambda: defaultdict(list))
        self.by_type: dict = defaultdict(list)
        rdf_type = RDF.type
        for s, p, o in triples:
            self.index[s][p].append(o)
            # identity first: rdflib's URIRef compares in Python, slowly
            if p is rdf_type or p == rdf_type:
                self.by_type[o].append(s)
        self.superclasses = superclasses
        self.outside = outside or (lambda node: {})
        self.memo: dict = {}  # (shape, node) -> conforms: one entity is the end of many flows

    def about(self, node) -> dict:
        """Return ``{predicate: [values]}`` of ``node``."""
        props = self.index.get(node)
        return props if props is not None else self.outside(node)

    def values(self, node, path: tuple) -> list:
        nodes = [node]
        for predicate in path:
            nodes = [o for n in nodes for o in self.about(n).get(predicate, ())]
        return list(dict.fromkeys(nodes))

    def classes_of(self, node) -> set:
        types = self.about(node).get(RDF.type, ())
        out: set = set()
        for cls in types:
            out |= self.superclasses.get(cls, {cls})
        return out

    def instances(self, cls) -> list:
        return self.by_type.get(cls, [])


def canonical(term):
    """Return the namespace module's own object for a ``kg:`` term (else ``term``), so
    that sets and dicts of classes find it by identity instead of comparing text."""
    text = str(term)
    if isinstance(term, URIRef) and text.startswith(str(KG)):
        local = text[len(str(KG)):]
        if local in dir(KG):
            return KG[local]
    return term


def superclasses_of(ontology: Graph) -> dict:
    """Return ``{class: {class and every class above it}}`` from ``rdfs:subClassOf``."""
    up: dict = defaultdict(set)
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        up[canonical(sub)].add(canonical(sup))
    out = {}
    for cls in set(up) | {c for v in up.values() for c in v}:
        seen, todo = {cls}, [cls]
        while todo:
            for sup in up.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        out[cls] = seen
    return out


@lru_cache(maxsize=4)
def ontology_classes(folder: Path | None = None) -> dict:
    """Return :func:`superclasses_of` the ontology in ``folder`` (default: the bundled one)."""
    folder = Path(folder) if folder else paths.ontology_dir()
    return superclasses_of(Graph().parse(folder / "kg.ttl"))


class Shapes:
    """The shapes of a shapes graph, ready to validate views."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.shapes: dict = {}
        self.nm = graph.namespace_manager
        for node in set(graph.subjects(RDF.type, SH.NodeShape)) | set(graph.subjects(SH.targetClass)):
            self._read(node)
        self.roots = [s for s in self.shapes.values() if s.targets]

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, path: Path | None = None) -> "Shapes":
        """Return the shapes of ``path`` (default: the ontology's ``shapes.ttl``)."""
        return cls(Graph().parse(path or paths.ontology_dir() / "shapes.ttl"))

    def short(self, node) -> str:
        return node.n3(self.nm) if isinstance(node, URIRef) else str(node)

    def _read(self, node) -> Shape:
        key = self.short(node) if isinstance(node, URIRef) else f"_:{node}"
        if key in self.shapes:
            return self.shapes[key]
        shape = Shape(key)
        self.shapes[key] = shape
        g = self.graph
        for p, o in g.predicate_objects(node):
            if p in _IGNORED:
                continue
            if p not in _PROPERTY_KEYS | _NODE_KEYS:
                raise KGError(f"shapes: {self.short(p)} is not supported by kg's SHACL "
                              f"(used by {key}); validate with --pyshacl or extend kg.graph.shacl")
            if p == SH.path:
                if isinstance(o, BNode):
                    if g.value(o, RDF.first) is None:
                        raise KGError(f"shapes: only predicate and sequence paths are supported ({key})")
                    shape.path = tuple(Collection(g, o))
                else:
                    shape.path = (o,)
            elif p == SH.minCount:
                shape.min_count = int(o)
            elif p == SH.maxCount:
                shape.max_count = int(o)
            elif p == SH["class"]:
                shape.classes.append(canonical(o))
            elif p == SH.datatype:
                shape.datatype = o
            elif p == SH.minLength:
                shape.min_length = int(o)
            elif p == SH.minInclusive:
                shape.min_inclusive = o.toPython()
            elif p == SH.hasValue:
                shape.has_value = o
            elif p == SH.languageIn:
                shape.language_in = [str(x) for x in Collection(g, o)]
            elif p == SH.uniqueLang:
                shape.unique_lang = bool(o.toPython())
            elif p == SH.node:
                shape.nodes.append(self._read(o).name)
            elif p == SH["or"]:
                shape.any_of.append([self._read(x) for x in Collection(g, o)])
            elif p == SH.xone:
                shape.one_of.append([self._read(x) for x in Collection(g, o)])
            elif p == SH.property:
                shape.properties.append(self._read(o))
            elif p == SH.targetClass:
                shape.targets.append(canonical(o))
        if shape.path:
            shape.path_name = " / ".join(self.short(p) for p in shape.path)
        return shape

    # -- validation ------------------------------------------------------

    def validate(self, view: View) -> list[Violation]:
        """Return every violation in ``view`` of the shapes that have targets."""
        out: list[Violation] = []
        for shape in self.roots:
            focus_nodes = dict.fromkeys(n for cls in shape.targets for n in view.instances(cls))
            for focus in focus_nodes:
                out.extend(self.check(shape, focus, view))
        return sorted(set(out), key=lambda v: (str(v.focus), v.path or "", v.message))

    def conforms(self, shape: Shape, node, view: View) -> bool:
        key = (shape.name, node)
        if key not in view.memo:
            view.memo[key] = not self.check(shape, node, view)
        return view.memo[key]

    def check(self, shape: Shape, focus, view: View) -> list[Violation]:
        """Return the violations of ``shape`` by ``focus`` (empty when it conforms)."""
        if shape.path:
            return self._property(shape, focus, view)
        out = self._value_constraints(shape, focus, [focus], None, view)
        for prop in shape.properties:
            out.extend(self._property(prop, focus, view))
        for members in shape.any_of:
            if not any(self.conforms(m, focus, view) for m in members):
                out.append(Violation(focus, None, "conforms to none of the sh:or alternatives"))
        for members in shape.one_of:
            passing = sum(self.conforms(m, focus, view) for m in members)
            if passing != 1:
                out.append(Violation(focus, None, f"conforms to {passing} of the sh:xone "
                                                  "alternatives, not exactly one"))
        return out

    def _property(self, shape: Shape, focus, view: View) -> list[Violation]:
        values = view.values(focus, shape.path)
        name = shape.path_name
        out = []
        if shape.min_count is not None and len(values) < shape.min_count:
            out.append(Violation(focus, name, f"needs at least {shape.min_count} value(s), "
                                              f"has {len(values)}"))
        if shape.max_count is not None and len(values) > shape.max_count:
            out.append(Violation(focus, name, f"allows at most {shape.max_count} value(s), "
                                              f"has {len(values)}"))
        if shape.unique_lang:
            langs = [v.language for v in values if isinstance(v, Literal) and v.language]
            if len(langs) != len(set(langs)):
                out.append(Violation(focus, name, "has two values in one language"))
        if shape.has_value is not None and shape.has_value not in values:
            out.append(Violation(focus, name, f"lacks the value {shape.has_value}"))
        out.extend(self._value_constraints(shape, focus, values, name, view))
        return out

    def _value_constraints(self, shape: Shape, focus, values, name, view) -> list[Violation]:
        out = []
        for value in values:
            for cls in shape.classes:
                if cls not in view.classes_of(value):
                    out.append(Violation(focus, name, f"value {self.short(value)} is not a "
                                                      f"{self.short(cls)}"))
            if shape.datatype is not None and not _has_datatype(value, shape.datatype):
                out.append(Violation(focus, name, f"value {value!r} is not a "
                                                  f"{self.short(shape.datatype)}"))
            if shape.min_length is not None and (isinstance(value, BNode)
                                                 or len(str(value)) < shape.min_length):
                out.append(Violation(focus, name, f"value is shorter than {shape.min_length}"))
            if shape.min_inclusive is not None and not _at_least(value, shape.min_inclusive):
                out.append(Violation(focus, name, f"value {value} is below {shape.min_inclusive}"))
            if shape.language_in is not None and not (
                    isinstance(value, Literal) and value.language in shape.language_in):
                out.append(Violation(focus, name, f"value {value!r} is not in a language of "
                                                  f"{shape.language_in}"))
            for ref in shape.nodes:
                if not self.conforms(self.shapes[ref], value, view):
                    out.append(Violation(focus, name, f"value {self.short(value)} does not "
                                                      f"conform to {ref}"))
        return out


def _has_datatype(value, datatype) -> bool:
    if not isinstance(value, Literal) or value.language and datatype != RDF.langString:
        return False
    actual = value.datatype or (RDF.langString if value.language else XSD.string)
    if actual != datatype:
        return False
    return value.ill_typed is not True  # "2020-13-01"^^xsd:date is not a date


def _at_least(value, bound) -> bool:
    if not isinstance(value, Literal):
        return False
    try:
        return value.toPython() >= bound
    except TypeError:
        return False
