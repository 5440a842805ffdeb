"""Check every external term against the vocabularies it claims to come from.

DPV terms (prefixes ``dpv``, ``pd``, ``tech``, ``risk``, ``legal``) must be in
the DPV 2.3 term lists vendored in ``ontology/vendor/dpv-2.3/``; W3C terms
(``rdf``, ``rdfs``, ``owl``, ``xsd``, ``skos``, ``prov``, ``org``, ``dcterms``,
``sh``) must be defined by rdflib's closed namespaces. Three kinds of source
are checked, each giving one :class:`~kg.errors.Problem` per unknown term:

* :func:`dataset_problems`: the ``dpv:`` fields of the categories and the
  vocabulary (the YAML line of the field);
* :func:`turtle_problems`: a Turtle file such as ``ontology/kg.ttl`` (the line
  where the term is written);
* :func:`graph_problems`: a compiled graph (the YAML line that produced the
  term, else the line of the node that carries it, else ``kg.ttl:0``).

Example::

    >>> unknown_term_message("https://w3id.org/dpv/pd#Nmae")
    "unknown DPV 2.3 term 'pd:Nmae' (closest: pd:Name, pd:Income)"
    >>> unknown_term_message("https://w3id.org/dpv/pd#Name") is None
    True
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from kg import paths
from kg.errors import Problem
from kg.namespace import DPV_PREFIXES

DPV_VERSION = "2.3"
#: legal has one namespace per jurisdiction or law: legal/jp#, legal/eu/gdpr# ...
_LEGAL = "https://w3id.org/dpv/legal/"
#: The W3C vocabularies the ontology uses: prefix -> (rdflib namespace, name in messages).
W3C = {
    "rdf": (RDF, "RDF"), "rdfs": (RDFS, "RDFS"), "owl": (OWL, "OWL"), "xsd": (XSD, "XSD"),
    "skos": (SKOS, "SKOS"), "prov": (PROV, "PROV"), "org": (ORG, "ORG"),
    "dcterms": (DCTERMS, "DCTERMS"), "sh": (SH, "SHACL"),
}
_W3C_BY_NS = {str(ns): prefix for prefix, (ns, _) in W3C.items()}
_DPV_BY_NS = {ns: prefix for prefix, ns in DPV_PREFIXES.items()}


def vendor_dir() -> Path:
    """The vendored DPV term lists (those of the package, whatever ``$KG_ONTOLOGY`` says)."""
    return paths._bundled("ontology") / "vendor" / f"dpv-{DPV_VERSION}"


@lru_cache(maxsize=None)
def dpv_terms(folder: Path | None = None) -> frozenset[str]:
    """Every IRI the vendored DPV lists define (read once)."""
    folder = Path(folder) if folder else vendor_dir()
    found: set[str] = set()
    for prefix in DPV_PREFIXES:
        text = (folder / f"{prefix}.txt").read_text(encoding="utf-8")
        found.update(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
    return frozenset(found)


@lru_cache(maxsize=None)
def _dpv_locals() -> dict[str, list[str]]:
    """Namespace -> its local names, for suggestions."""
    table: dict[str, list[str]] = {}
    for iri in sorted(dpv_terms()):
        ns, local = split_iri(iri)
        table.setdefault(ns, []).append(local)
    return table


@lru_cache(maxsize=None)
def _w3c_locals(prefix: str) -> list[str]:
    ns, _ = W3C[prefix]
    base = str(ns)
    return sorted({str(term)[len(base):] for term in dir(ns)} | set(ns._extras))


def split_iri(iri: str) -> tuple[str, str]:
    """``(namespace, local name)``: cut after the first ``#``, else after the last ``/``."""
    cut = iri.find("#")
    if cut < 0:
        cut = iri.rfind("/")
    return iri[:cut + 1], iri[cut + 1:]


@lru_cache(maxsize=4096)
def _vocabulary(ns: str) -> tuple[str, str] | None:
    """``("dpv" | "w3c", prefix)`` for a namespace this module checks, else None."""
    if ns in _DPV_BY_NS:
        return "dpv", _DPV_BY_NS[ns]
    if ns.startswith(_LEGAL) and ns.endswith("#"):
        parts = ns[len(_LEGAL):-1].split("/")
        return "dpv", f"legal-{parts[0]}" if len(parts) == 1 else "-".join(parts)
    if ns in _W3C_BY_NS:
        return "w3c", _W3C_BY_NS[ns]
    return None


def _closest(local: str, candidates: list[str], prefix: str) -> list[str]:
    """Up to 3 names near ``local``, compared without case (prov:entity and prov:Entity
    both), the one whose case matches better first."""
    lowered: dict[str, list[str]] = {}
    for name in candidates:
        lowered.setdefault(name.lower(), []).append(name)
    found = []
    for key in difflib.get_close_matches(local.lower(), list(lowered), n=3, cutoff=0.6):
        found += sorted(lowered[key], key=lambda n: -difflib.SequenceMatcher(None, local, n).ratio())
    return [f"{prefix}:{name}" for name in found[:3]]


def _suggest(names: list[str]) -> str:
    return f" (closest: {', '.join(dict.fromkeys(names))})" if names else ""


@lru_cache(maxsize=4096)
def unknown_term_message(iri: str) -> str | None:
    """The message for ``iri`` when it is in a checked namespace and not defined there, else None."""
    ns, local = split_iri(iri)
    kind = _vocabulary(ns)
    if kind is None or not local:
        return None
    family, prefix = kind
    curie = f"{prefix}:{local}"
    if family == "w3c":
        namespace, name = W3C[prefix]
        if local in namespace:
            return None
        return f"unknown {name} term '{curie}'{_suggest(_closest(local, _w3c_locals(prefix), prefix))}"
    if iri in dpv_terms():
        return None
    locals_ = _dpv_locals()
    # The same name in another module first (dpv:Name for pd:Name), then near spellings.
    elsewhere = [f"{_vocabulary(other)[1]}:{local}" for other, names in locals_.items()
                 if other != ns and local in names]
    near = _closest(local, locals_.get(ns, []), prefix)
    return f"unknown DPV {DPV_VERSION} term '{curie}'{_suggest((elsewhere + near)[:3])}"


def expand(curie: str) -> str | None:
    """The IRI of a DPV CURIE (``pd:Name``), or None when its prefix is not a DPV module's."""
    prefix, colon, local = curie.partition(":")
    if not colon or prefix not in DPV_PREFIXES:
        return None
    return DPV_PREFIXES[prefix] + local


def curie_message(curie: str) -> str | None:
    """The message for a ``dpv:`` value of the YAML that names no DPV 2.3 term, else None."""
    iri = expand(curie)
    if iri is not None:
        if iri in dpv_terms():
            return None
        # No message from the IRI when nothing follows the prefix.
        return unknown_term_message(iri) or f"unknown DPV {DPV_VERSION} term '{curie}'"
    prefix, _, local = curie.partition(":")
    elsewhere = [f"{_vocabulary(ns)[1]}:{local}" for ns, names in _dpv_locals().items()
                 if local in names]
    hint = f"; closest: {', '.join(elsewhere[:3])}" if elsewhere else ""
    return (f"unknown DPV {DPV_VERSION} prefix '{prefix}' in '{curie}' "
            f"(prefixes: {', '.join(DPV_PREFIXES)}{hint})")


# --- the YAML ------------------------------------------------------------------


def _mapped(ds):
    """Every category and vocabulary term that names a DPV term."""
    terms = [term for name in ("channels", "item_kinds", "outcomes", "safeguard_kinds", "statuses")
             for term in (getattr(ds.vocabulary, name) if ds.vocabulary else [])]
    return [obj for obj in [*ds.categories.values(), *terms] if obj.dpv]


def dataset_problems(ds) -> list[Problem]:
    """One problem per ``dpv:`` value of the categories and vocabulary that DPV 2.3 lacks."""
    problems = []
    for obj in _mapped(ds):
        message = curie_message(obj.dpv)
        if message:
            problems.append(Problem(obj._file, obj.line_of("dpv"), message))
    return problems


# --- Turtle files ----------------------------------------------------------------


def _display(path: Path) -> str:
    from kg.data.load import display_path

    return display_path(Path(path))


def _line_of(lines: list[str], iri: str, prefixes: list[str]) -> int:
    """The first line (not a comment) where ``iri`` is written, as ``<iri>`` or ``prefix:local``."""
    _, local = split_iri(iri)
    forms = [re.escape(f"<{iri}>")]
    forms += [r"(?<![\w.:-])" + re.escape(f"{p}:{local}") + r"(?![\w:-]|\.[\w-])" for p in prefixes]
    pattern = re.compile("|".join(forms))
    for number, line in enumerate(lines, start=1):
        if not line.lstrip().startswith("#") and pattern.search(line):
            return number
    return 0


def turtle_problems(path: Path) -> list[Problem]:
    """One problem per unknown DPV or W3C term written in the Turtle file ``path``,
    and per standard prefix bound to another namespace."""
    path = Path(path)
    shown = _display(path)
    text = path.read_text(encoding="utf-8")
    try:
        graph = Graph(bind_namespaces="none").parse(data=text, format="turtle")
    except Exception as exc:  # rdflib raises several kinds of syntax error
        return [Problem(shown, 0, f"not valid Turtle: {exc}")]
    lines = text.splitlines()
    bound: dict[str, list[str]] = {}
    problems = []
    canonical = {**{p: ns for p, ns in DPV_PREFIXES.items()},
                 **{p: str(ns) for p, (ns, _) in W3C.items()}}
    for prefix, ns in graph.namespaces():
        bound.setdefault(str(ns), []).append(prefix)
        if prefix in canonical and str(ns) != canonical[prefix]:
            line = next((n for n, text_line in enumerate(lines, start=1)
                         if re.match(rf"\s*(@prefix|PREFIX)\s+{re.escape(prefix)}:", text_line)), 0)
            problems.append(Problem(shown, line, f"prefix '{prefix}' is bound to <{ns}>, "
                                                 f"not <{canonical[prefix]}>"))
    iris: set[str] = set()
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef):
                iris.add(str(node))
            elif isinstance(node, Literal) and node.datatype is not None:
                iris.add(str(node.datatype))
    for iri in sorted(iris):
        message = unknown_term_message(iri)
        if message:
            problems.append(Problem(shown, _line_of(lines, iri, bound.get(split_iri(iri)[0], [])),
                                    message))
    return problems


def ontology_problems(folder: Path | None = None) -> list[Problem]:
    """Unknown terms in ``kg.ttl`` and ``shapes.ttl`` of ``folder`` (default: the ontology)."""
    folder = Path(folder) if folder else paths.ontology_dir()
    return [p for name in ("kg.ttl", "shapes.ttl") for p in turtle_problems(folder / name)]


# --- the compiled graph ---------------------------------------------------------------


def _origins(ds) -> dict[str, str]:
    """Node IRI -> ``file:line`` of the YAML object that defines it."""
    from kg.namespace import category_iri, entity_iri, fact_iri, meeting_iri, term_iri

    where = {str(entity_iri(k)): e.where for k, e in ds.entities.items()}
    where.update({str(category_iri(k)): c.where for k, c in ds.categories.items()})
    where.update({str(meeting_iri(k)): m.where for k, m in ds.meetings.items()})
    for name in ("channels", "item_kinds", "outcomes", "safeguard_kinds", "statuses"):
        for term in getattr(ds.vocabulary, name) if ds.vocabulary else []:
            where[str(term_iri(name, term.id))] = term.where
    for ff in ds.fact_files:
        for section in ("agenda_items", "flows", "relations", "access", "safeguards", "concerns"):
            for obj in getattr(ff, section):
                where[str(fact_iri(obj.id))] = obj.where
    return where


def _locate(graph: Graph, iri: URIRef, ds, fallback: Problem) -> list[tuple[str, int]]:
    """Where the data produced ``iri``: its ``dpv:`` fields, else the node carrying it."""
    if ds is not None:
        fields = [(obj._file, obj.line_of("dpv")) for obj in _mapped(ds) if expand(obj.dpv) == str(iri)]
        if fields:
            return fields
        origins = _origins(ds)
        holders = [s for s, _, _ in graph.triples((None, None, iri))]
        holders += [s for s, _, _ in graph.triples((None, iri, None))]
        holders += [iri]
        for node in holders:
            origin = max((o for o in origins if str(node).startswith(o)), key=len, default=None)
            if origin:
                file, _, line = origins[origin].rpartition(":")
                return [(file, int(line))]
    return [(fallback.file, fallback.line)]


def _nodes(graph: Graph):
    """Every distinct subject, predicate and object of ``graph`` (perhaps a few more).

    rdflib's in-memory store indexes its triples by subject, predicate and object:
    their keys are every node at once, where one pass over the triples of a
    700,000-triple graph takes seconds. The keys may also hold nodes of removed
    triples or of other graphs in the same store, so each suspect is looked up
    again with :func:`_present`. Other stores are read triple by triple.
    """
    store = getattr(graph, "store", None)
    indexes = [getattr(store, f"_Memory__{name}", None) for name in ("spo", "pos", "osp")]
    if all(isinstance(index, dict) for index in indexes):
        return indexes[0].keys() | indexes[1].keys() | indexes[2].keys()
    nodes: set = set()
    for s, p, o in graph:
        nodes.update((s, p, o))
    return nodes


def _present(graph: Graph, node) -> bool:
    return any(True for _ in graph.triples((node, None, None))) or \
        any(True for _ in graph.triples((None, node, None))) or \
        any(True for _ in graph.triples((None, None, node)))


def graph_problems(graph: Graph, ds=None) -> list[Problem]:
    """One problem per unknown DPV or W3C term in subject, predicate or object position of
    ``graph``, at the data file and line that produced it when ``ds`` tells."""
    fallback = Problem(_display(paths.ontology_dir() / "kg.ttl"), 0, "")
    problems = set()
    for node in _nodes(graph):
        if type(node) is not URIRef:
            continue
        message = unknown_term_message(str(node))
        if message and _present(graph, node):
            for file, line in _locate(graph, node, ds, fallback):
                problems.add(Problem(file, line, message))
    return sorted(problems)


def term_problems(graph: Graph, ds=None) -> list[Problem]:
    """Unknown terms in the ontology's Turtle files and in the compiled ``graph``."""
    return sorted(set(ontology_problems()) | set(graph_problems(graph, ds)))
