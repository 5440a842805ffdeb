"""The build pipeline: load, check, compile, validate with SHACL.

Library functions raise :class:`~kg.errors.DataError` listing every problem;
:mod:`kg.store` writes the result only when the whole graph is good.

Example::

    >>> graph, ds = build()                       # doctest: +SKIP
    >>> len(graph) > 0                            # doctest: +SKIP
    True
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

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


def shacl_problems(graph: Graph, ds: Dataset | None = None) -> list[Problem]:
    """Return one problem per SHACL violation of ``ontology/shapes.ttl`` (empty when valid).

    With ``ds``, each problem names the YAML file and line of the offending fact
    (or of the fact a sub-node such as an evidence quote belongs to).
    """
    from pyshacl import validate  # imported here: slow to import, needed only to validate
    from rdflib.namespace import SH

    shapes = Graph().parse(paths.ontology_dir() / "shapes.ttl")
    # The ontology is mixed in so that sh:class sees subclasses and typed concepts
    # (kg:Correction is a kg:Answer, kg:Allowed is a kg:Permission).
    data = Graph().parse(paths.ontology_dir() / "kg.ttl")
    for triple in graph:
        data.add(triple)
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True)
    origins = _origins(ds) if ds else {}
    shapes_file = str(paths.ontology_dir() / "shapes.ttl")
    problems = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f" {path.n3(graph.namespace_manager)}" if path is not None else ""
        text = f"{focus.n3(graph.namespace_manager)}{where}: {message}"
        # Sub-nodes (x-evidence-1, x-answer-2) belong to the fact whose IRI prefixes theirs.
        origin = max((iri for iri in origins if str(focus).startswith(iri)), key=len, default=None)
        file, _, line = (origins[origin] if origin else f"{shapes_file}:0").rpartition(":")
        problems.append(Problem(file, int(line), f"shape violated: {text}"))
    return sorted(problems)


def build(data_dir: Path | None = None, *, shacl: bool = True, include_drafts: bool = False
          ) -> tuple[Graph, Dataset]:
    """Return the compiled graph of ``data_dir`` and its dataset; raise DataError on any problem.

    Drafts (``kg extract``) are built only with ``include_drafts``; their facts are
    marked ``kg:draft``.
    """
    ds = load_checked(data_dir, include_drafts)
    graph = compile_dataset(ds)
    # Every DPV and W3C term of the ontology and the graph exists in its vocabulary
    # (checked first: SHACL against a misspelt ontology means little).
    problems = term_problems(graph, ds)
    if shacl and not problems:
        problems = shacl_problems(graph, ds)
    if problems:
        raise DataError(problems)
    return graph, ds


def build_graph(data_dir: Path | None = None, *, shacl: bool = True) -> Graph:
    """Return just the compiled graph of ``data_dir`` (see :func:`build`)."""
    return build(data_dir, shacl=shacl)[0]
