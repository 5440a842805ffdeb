"""The build pipeline: load, check, compile, validate with SHACL.

Library functions raise :class:`~kg.errors.DataError` listing every problem;
:mod:`kg.store` writes the result only when the whole graph is good.

Example::

    >>> graph, ds = build()                       # doctest: +SKIP
    >>> len(graph) > 0                            # doctest: +SKIP
    True
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg import paths
from kg.data.check import check_dataset
from kg.graph.compile import compile_dataset
from kg.namespace import entity_iri, fact_iri
from kg.errors import DataError, Problem
from kg.data.load import Dataset, load_dataset
from kg.data.terms import dataset_problems, term_problems


def load_checked(data_dir: Path | None = None, include_drafts: bool = False) -> Dataset:
    """Return the dataset in ``data_dir`` after every check; raise DataError otherwise.

    Draft fact files (``draft: true``, from ``kg extract``) are left out unless
    ``include_drafts``.
    """
    ds = load_dataset(Path(data_dir) if data_dir else paths.data_dir(), include_drafts)
    problems = check_dataset(ds) + dataset_problems(ds)  # every dpv: names a DPV 2.3 term
    if problems:
        raise DataError(problems)
    return ds


def _origins(ds: Dataset) -> dict[str, str]:
    """Map each node IRI the data defines to the ``file:line`` that defines it."""
    where = {str(entity_iri(k)): e.where for k, e in ds.entities.items()}
    for ff in ds.fact_files:
        for section in ("agenda_items", "flows", "relations", "access", "safeguards", "concerns"):
            for obj in getattr(ff, section):
                where[str(fact_iri(obj.id))] = obj.where
    return where


@lru_cache(maxsize=4)
def ontology_types(folder: Path | None = None) -> dict:
    """Return ``{node: [classes]}`` for the individuals the ontology types
    (``kg:Allowed a kg:Permission``), which facts point at."""
    ontology = Graph().parse(Path(folder or paths.ontology_dir()) / "kg.ttl")
    types: dict = {}
    for node, cls in ontology.subject_objects(RDF.type):
        types.setdefault(node, []).append(cls)
    return types


def shacl_violations(graph: Graph, *, engine: str = "kg", outside=None) -> list:
    """Return the :class:`~kg.graph.shacl.Violation` list of ``graph`` against
    ``ontology/shapes.ttl`` (empty when valid).

    ``engine="kg"`` is :mod:`kg.graph.shacl` (fast; what builds use);
    ``engine="pyshacl"`` is pySHACL with the ontology mixed in (the reference).
    ``outside(node)`` describes nodes the graph points at but does not describe
    (``{predicate: [values]}``); the individuals of the ontology are known.
    """
    from kg.graph.shacl import Shapes, View, ontology_classes

    if engine == "kg":
        individuals = ontology_types()

        def described(node):
            found = outside(node) if outside else {}
            if RDF.type not in found and node in individuals:
                found = {**found, RDF.type: individuals[node]}
            return found

        return Shapes.load().validate(View(graph, ontology_classes(), described))
    if engine != "pyshacl":
        raise ValueError(f"unknown SHACL engine {engine!r}")
    return _pyshacl(graph)


def _pyshacl(graph: Graph) -> list:
    from pyshacl import validate  # imported here: slow to import, needed only to validate
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from kg.graph.shacl import Violation

    shapes = Graph().parse(paths.ontology_dir() / "shapes.ttl")
    # The ontology is mixed in so that sh:class sees subclasses and typed concepts
    # (kg:Correction is a kg:Answer, kg:Allowed is a kg:Permission).
    data = Graph().parse(paths.ontology_dir() / "kg.ttl")
    for triple in graph:
        data.add(triple)
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True)
    nm = graph.namespace_manager
    out = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        if (None, SH.detail, result) in report:
            continue  # why a value fails its sh:node shape: reported on the focus above
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        if path is not None and report.value(path, RDF.first) is not None:
            name = " / ".join(p.n3(nm) for p in Collection(report, path))
        else:
            name = path.n3(nm) if path is not None else None
        out.add(Violation(focus, name, str(report.value(result, SH.resultMessage))))
    return sorted(out, key=lambda v: (str(v.focus), v.path or "", v.message))


def shacl_problems(graph: Graph, ds: Dataset | None = None, *, engine: str = "kg",
                   outside=None) -> list[Problem]:
    """Return one problem per SHACL violation of ``ontology/shapes.ttl`` (empty when valid).

    With ``ds``, each problem names the YAML file and line of the offending fact
    (or of the fact a sub-node such as an evidence quote belongs to).
    """
    violations = shacl_violations(graph, engine=engine, outside=outside)
    if not violations:
        return []
    origins = _origins(ds) if ds else {}
    shapes_file = str(paths.ontology_dir() / "shapes.ttl")
    nm = graph.namespace_manager
    problems = []
    for violation in violations:
        focus = violation.focus
        where = f" {violation.path}" if violation.path else ""
        text = f"{focus.n3(nm)}{where}: {violation.message}"
        # Sub-nodes (x-evidence-1, x-answer-2) belong to the fact whose IRI prefixes theirs.
        origin = max((iri for iri in origins if str(focus).startswith(iri)), key=len, default=None)
        file, _, line = (origins[origin] if origin else f"{shapes_file}:0").rpartition(":")
        problems.append(Problem(file, int(line), f"shape violated: {text}"))
    return sorted(problems)


def build(data_dir: Path | None = None, *, shacl: bool = True, engine: str = "kg",
          include_drafts: bool = False) -> tuple[Graph, Dataset]:
    """Return the compiled graph of ``data_dir`` and its dataset, all in memory; raise
    DataError on any problem. ``engine`` checks the shapes (see :func:`shacl_violations`).

    Drafts (``kg extract``) are built only with ``include_drafts``; their facts are
    marked ``kg:draft``. ``kg build`` uses :func:`kg.graph.pipeline.build_folder`
    instead, which works document by document and keeps what did not change.
    """
    ds = load_checked(data_dir, include_drafts)
    graph = compile_dataset(ds)
    # Every DPV and W3C term of the ontology and the graph exists in its vocabulary
    # (checked first: SHACL against a misspelt ontology means little).
    problems = term_problems(graph, ds)
    if shacl and not problems:
        problems = shacl_problems(graph, ds, engine=engine)
    if problems:
        raise DataError(problems)
    return graph, ds


def build_graph(data_dir: Path | None = None, *, shacl: bool = True) -> Graph:
    """Return just the compiled graph of ``data_dir`` (see :func:`build`)."""
    return build(data_dir, shacl=shacl)[0]
