"""The ontology as a readable page: pyLODE's documentation of ``kg.ttl`` and the SHACL shapes.

:func:`write_docs` writes ``ontology.html``: every class and property of
``ontology/kg.ttl`` with its Japanese and English label (pyLODE 3), followed by
a section that lists each shape of ``ontology/shapes.ttl`` beside the classes
it targets, its constraints in words. pyLODE does not render SHACL, so that
section is made here, as escaped HTML.

Example::

    >>> write_docs(Path("build/docs"))             # doctest: +SKIP
    PosixPath('build/docs/ontology.html')
"""
from __future__ import annotations

import html
import logging
import re
import warnings
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg import paths
from kg.errors import KGError


def _pylode():
    """Import pyLODE without letting it configure logging.

    ``pylode.profiles.supermodel.loader`` calls ``logging.basicConfig(level=DEBUG)``
    on import, which would print every library's debug messages on standard
    error; basicConfig does nothing while the root logger has a handler.
    """
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)
    try:
        from pylode import OntPub
    except ImportError:
        raise KGError("kg docs needs pyLODE: pip install 'kg-pdflow[docs]'") from None
    finally:
        root.removeHandler(guard)
    return OntPub


# --- labels ---------------------------------------------------------------------


def _labels(graph: Graph) -> dict:
    """IRI -> {"ja": ..., "en": ...} of its rdfs:labels."""
    out: dict = {}
    for s, label in graph.subject_objects(RDFS.label):
        if isinstance(label, Literal) and label.language in ("ja", "en"):
            out.setdefault(s, {})[label.language] = str(label)
    return out


def bilingual(labels: dict) -> str:
    """``市区町村 (municipality)`` from a label table entry."""
    ja, en = labels.get("ja"), labels.get("en")
    return f"{ja} ({en})" if ja and en else ja or en or ""


def _with_bilingual_labels(ontology: Graph) -> Graph:
    """A copy of ``ontology`` where each pair of ja/en labels is one label showing both
    (pyLODE shows one title per term and would run the two together)."""
    graph = Graph()
    for prefix, ns in ontology.namespaces():
        graph.bind(prefix, ns)
    pairs = {s: v for s, v in _labels(ontology).items() if len(v) == 2}
    for s, p, o in ontology:
        if p == RDFS.label and s in pairs and isinstance(o, Literal) and o.language in ("ja", "en"):
            continue
        graph.add((s, p, o))
    for s, names in pairs.items():
        graph.add((s, RDFS.label, Literal(bilingual(names))))
    # pyLODE takes every skos:ConceptScheme for the ontology itself (its title, its IRI):
    # kg:categoryScheme becomes a plain individual, which pyLODE 3.3 leaves out.
    ontologies = set(graph.subjects(RDF.type, OWL.Ontology))
    for scheme in set(graph.subjects(RDF.type, SKOS.ConceptScheme)) - ontologies:
        graph.remove((scheme, RDF.type, SKOS.ConceptScheme))
        graph.add((scheme, RDF.type, OWL.NamedIndividual))
    return graph


# --- shapes in words -----------------------------------------------------------


class _Shapes:
    def __init__(self, shapes: Graph, ontology: Graph, anchors: dict[str, str], text: str):
        self.g = shapes
        self.labels = _labels(ontology)
        self.anchors = anchors
        self.nm = shapes.namespace_manager
        self.text = text
        top = set(shapes.subjects(RDF.type, SH.NodeShape)) | \
            set(shapes.subjects(RDF.type, SH.PropertyShape))
        named = [s for s in top if isinstance(s, URIRef)]

        def position(shape):
            match = re.search(rf"^{re.escape(self.name(shape))}\b", text, re.MULTILINE)
            return (match.start() if match else len(text), str(shape))

        self.shapes = sorted(named, key=position)

    # -- names

    def name(self, node) -> str:
        return node.n3(self.nm) if isinstance(node, URIRef) else str(node)

    def term(self, node) -> str:
        """``<a href="#Municipality">市区町村 (municipality)</a> <code>kg:Municipality</code>``."""
        if isinstance(node, Literal):
            return f"<code>{html.escape(node.n3(self.nm))}</code>"
        if not isinstance(node, URIRef):
            return self.path(node)
        code = f"<code>{html.escape(self.name(node))}</code>"
        if node in self.shapes:
            return f'<a href="#{html.escape(self.anchor(node))}">{code}</a>'
        label = bilingual(self.labels.get(node, {}))
        fid = self.anchors.get(str(node))
        if label and fid:
            return f'<a href="#{html.escape(fid)}">{html.escape(label)}</a> {code}'
        return f"{html.escape(label)} {code}" if label else code

    def anchor(self, shape) -> str:
        return "shape-" + re.sub(r"[^A-Za-z0-9_-]", "", self.name(shape).split(":")[-1])

    def items(self, node) -> list:
        return list(Collection(self.g, node)) if node is not None else []

    def path(self, node) -> str:
        if isinstance(node, URIRef):
            return self.term(node)
        if (node, RDF.first, None) in self.g:
            return " / ".join(self.path(n) for n in self.items(node))
        inverse = self.g.value(node, SH.inversePath)
        if inverse is not None:
            return f"inverse of {self.path(inverse)}"
        return html.escape(str(node))

    # -- constraints

    @staticmethod
    def count(low, high) -> str:
        words = {1: "one"}
        low = int(low) if low is not None else None
        high = int(high) if high is not None else None
        if high == 0:
            return "none"
        if low is not None and low == high:
            return f"exactly {words.get(low, low)}"
        if low and high is not None:
            return f"{low} to {high}"
        if low:
            return f"at least {words.get(low, low)}"
        if high is not None:
            return f"at most {words.get(high, high)}"
        return "any number"

    def value_constraints(self, node) -> list[str]:
        g, out = self.g, []
        for cls in g.objects(node, SH["class"]):
            out.append(f"an instance of {self.term(cls)}")
        for dt in g.objects(node, SH.datatype):
            out.append(f"a literal of type {self.term(dt)}")
        for shape in g.objects(node, SH.node):
            out.append(f"conforming to {self.term(shape)}")
        for kind in g.objects(node, SH.nodeKind):
            out.append(f"a node of kind {self.term(kind)}")
        for value in g.objects(node, SH.hasValue):
            out.append(f"the value {self.term(value)}")
        for values in g.objects(node, SH["in"]):
            out.append("one of " + ", ".join(self.term(v) for v in self.items(values)))
        bounds = {SH.minInclusive: "≥", SH.maxInclusive: "≤", SH.minExclusive: ">",
                  SH.maxExclusive: "<"}
        for prop, sign in bounds.items():
            for value in g.objects(node, prop):
                out.append(f"{sign} {html.escape(str(value))}")
        for value in g.objects(node, SH.minLength):
            out.append(f"at least {int(value)} characters long")
        for value in g.objects(node, SH.maxLength):
            out.append(f"at most {int(value)} characters long")
        for value in g.objects(node, SH.pattern):
            out.append(f"matching <code>{html.escape(str(value))}</code>")
        for langs in g.objects(node, SH.languageIn):
            out.append("in language " + " or ".join(html.escape(str(v)) for v in self.items(langs)))
        if g.value(node, SH.uniqueLang) == Literal(True):
            out.append("at most one per language")
        for logic, word in ((SH.xone, "exactly one of"), (SH["or"], "at least one of"),
                            (SH["and"], "all of")):
            for members in g.objects(node, logic):
                members = self.items(members)
                classes = [g.value(m, SH["class"]) for m in members]
                if all(c is not None and set(g.predicates(m)) == {SH["class"]}
                       for m, c in zip(members, classes)):  # [ sh:class A ] [ sh:class B ] ...
                    out.append(f"an instance of {word} " + ", ".join(self.term(c) for c in classes))
                    continue
                parts = [self.describe(m) for m in members]
                out.append(f"{word}: " + "; ".join(f"({i}) {p}" for i, p in enumerate(parts, 1)))
        for other in g.objects(node, SH["not"]):
            out.append(f"not {self.describe(other)}")
        return out

    def describe(self, node) -> str:
        """One constraint (a property shape or a node-level one) in words."""
        path = self.g.value(node, SH.path)
        if path is None:
            return ", ".join(self.value_constraints(node)) or "(no constraint)"
        count = self.count(self.g.value(node, SH.minCount), self.g.value(node, SH.maxCount))
        rest = self.value_constraints(node)
        each = f", each {', '.join(rest)}" if rest and count != "none" else ""
        return f"{self.path(path)}: {count}{each}"

    def constraints(self, shape) -> list[str]:
        """The shape's property constraints in the order the file gives them, then the rest."""
        start = self.text.find(self.name(shape))

        def position(prop):
            path = self.g.value(prop, SH.path)
            at = self.text.find(f"sh:path {self.name(path)}", start) if path is not None else -1
            return (at if at >= 0 else len(self.text), self.describe(prop))

        props = sorted(self.g.objects(shape, SH.property), key=position)
        return [self.describe(p) for p in props] + self.value_constraints(shape)

    def targets(self, shape) -> list[str]:
        g, out = self.g, []
        out += [self.term(c) for c in sorted(g.objects(shape, SH.targetClass))]
        out += [f"the node {self.term(n)}" for n in sorted(g.objects(shape, SH.targetNode))]
        out += [f"subjects of {self.term(p)}" for p in sorted(g.objects(shape, SH.targetSubjectsOf))]
        out += [f"objects of {self.term(p)}" for p in sorted(g.objects(shape, SH.targetObjectsOf))]
        return out

    def users(self, shape) -> list:
        """The named shapes whose constraints refer to ``shape`` with sh:node."""
        found = []
        for top in self.shapes:
            seen, stack = set(), [top]
            while stack:
                node = stack.pop()
                if node in seen:
                    continue
                seen.add(node)
                if (node, SH.node, shape) in self.g and top not in found and top != shape:
                    found.append(top)
                stack += [o for o in self.g.objects(node) if isinstance(o, BNode)]
        return found

    # -- HTML

    def section(self) -> tuple[str, str]:
        """The shapes section and its table-of-contents entry."""
        by_class: dict = {}
        for shape in self.shapes:
            for cls in self.g.objects(shape, SH.targetClass):
                by_class.setdefault(cls, []).append(shape)
        rows = "".join(
            f"<tr><td>{self.term(cls)}</td><td>{', '.join(self.term(s) for s in shapes)}</td></tr>"
            for cls, shapes in sorted(by_class.items(), key=lambda kv: self.name(kv[0])))
        blocks = []
        for shape in self.shapes:
            targets = self.targets(shape)
            if not targets:
                users = ", ".join(self.term(u) for u in self.users(shape)) or "no other shape"
                target_html = f"none of its own; applied through <code>sh:node</code> by {users}"
            else:
                target_html = "<ul>" + "".join(f"<li>{t}</li>" for t in targets) + "</ul>"
            comment = " ".join(html.escape(str(c)) for c in self.g.objects(shape, RDFS.comment))
            items = "".join(f"<li>{c}</li>" for c in self.constraints(shape))
            blocks.append(
                f'<div class="property entity shape" id="{html.escape(self.anchor(shape))}">'
                f"<h3>{html.escape(self.name(shape))}</h3><table>"
                f"<tr><th>IRI</th><td><code>{html.escape(str(shape))}</code></td></tr>"
                f"<tr><th>Targets</th><td>{target_html}</td></tr>"
                + (f"<tr><th>Description</th><td><p>{comment}</p></td></tr>" if comment else "")
                + f"<tr><th>Constraints</th><td><ul>{items}</ul></td></tr></table></div>")
        section = (
            '<div class="section" id="shapes"><h2>SHACL Shapes</h2>'
            "<p>The constraints of <code>ontology/shapes.ttl</code> that every built graph "
            "satisfies (<code>kg validate</code> checks them). Counts are per focus node.</p>"
            "<h3>Classes and their shapes</h3>"
            f'<table class="shapes-by-class"><tr><th>Class</th><th>Shapes</th></tr>{rows}</table>'
            + "".join(blocks) + "</div>")
        toc = ('<li><h4><a href="#shapes">SHACL Shapes</a></h4><ul class="second">'
               + "".join(f'<li><a href="#{html.escape(self.anchor(s))}">'
                         f"{html.escape(self.name(s))}</a></li>" for s in self.shapes)
               + "</ul></li>")
        return section, toc


# --- the page ------------------------------------------------------------------


def _insert(page: str, marker: str, fragment: str) -> str:
    """Put ``fragment`` before the first match of the regex ``marker`` in ``page``
    (before ``</body>`` if there is none)."""
    match = re.search(marker, page)
    at = match.start() if match else page.rfind("</body>")
    return page[:at] + fragment + page[at:]


def _stable_anchors(page: str, fids: dict[str, str]) -> tuple[str, dict[str, str]]:
    """Give each term the fragment id of its IRI's local name (``#DataFlow``).

    pyLODE derives ids from titles, here ``(dataflow)``; an IRI's name stays when a
    label changes. Returns the page and the new IRI -> id table.
    """
    taken = set(re.findall(r'\bid="([^"]+)"', page))
    rename, anchors = {}, dict(fids)
    for iri, fid in fids.items():
        local = re.split(r"[#/]", iri)[-1]
        if fid and re.fullmatch(r"[A-Za-z][\w-]*", local) and local not in taken:
            rename[fid] = anchors[iri] = local
            taken.add(local)
    if not rename:
        return page, anchors
    pattern = re.compile(r'\b(id="|href="#)(' + "|".join(
        re.escape(f) for f in sorted(rename, key=len, reverse=True)) + r')"')
    return pattern.sub(lambda m: f'{m.group(1)}{rename[m.group(2)]}"', page), anchors


def ontology_html(folder: Path | None = None) -> str:
    """The documentation page of ``kg.ttl`` and ``shapes.ttl`` in ``folder`` (the ontology)."""
    folder = Path(folder) if folder else paths.ontology_dir()
    ontology = Graph().parse(folder / "kg.ttl")
    shapes_text = (folder / "shapes.ttl").read_text(encoding="utf-8")
    shapes = Graph().parse(data=shapes_text, format="turtle")
    OntPub = _pylode()
    with warnings.catch_warnings():
        # pyLODE 3.3 reads its stylesheet with open(...).read() and never closes it.
        warnings.filterwarnings("ignore", category=ResourceWarning, module=r"pylode\b")
        doc = OntPub(_with_bilingual_labels(ontology), sort_subjects=True)
        page = doc.make_html()
    page, anchors = _stable_anchors(page, doc.fids)
    section, toc = _Shapes(shapes, ontology, anchors, shapes_text).section()
    page = _insert(page, r'<div id="namespaces">', section)
    return _insert(page, r'<li>\s*<h4>\s*<a href="#namespaces">', toc)


def write_docs(out_dir: Path | None = None) -> Path:
    """Write ``ontology.html`` into ``out_dir`` (default: ``docs/`` in the build folder)."""
    from kg.graph.store import write_atomic

    out = Path(out_dir) if out_dir else paths.build_dir() / "docs"
    path = out / "ontology.html"
    write_atomic(path, ontology_html().encode("utf-8"))
    return path
