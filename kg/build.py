"""The build pipeline: load, check, compile, validate with SHACL.

Library functions raise :class:`~kg.errors.DataError` listing every problem;
:mod:`kg.store` writes the result only when the whole graph is good.

Example::

    >>> graph = build_graph()                     # doctest: +SKIP
    >>> len(graph) > 0                            # doctest: +SKIP
    True
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from . import paths
from .check import check_dataset
from .compile import compile_dataset
from .errors import DataError, Problem
from .load import Dataset, load_dataset


def load_checked(data_dir: Path | None = None) -> Dataset:
    """Return the dataset in ``data_dir`` after every check; raise DataError otherwise."""
    ds = load_dataset(Path(data_dir) if data_dir else paths.data_dir())
    problems = check_dataset(ds)
    if problems:
        raise DataError(problems)
    return ds


def shacl_problems(graph: Graph) -> list[Problem]:
    """Return one problem per SHACL violation of ``ontology/shapes.ttl`` (empty when valid)."""
    from pyshacl import validate  # imported here: slow to import, needed only to validate
    from rdflib.namespace import SH

    shapes = Graph().parse(paths.ontology_dir() / "shapes.ttl")
    # The ontology is mixed in so that sh:class sees subclasses and typed concepts
    # (kg:Correction is a kg:Answer, kg:Allowed is a kg:Permission).
    data = Graph().parse(paths.ontology_dir() / "kg.ttl")
    for triple in graph:
        data.add(triple)
    _, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True)
    problems = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        where = f" {path.n3(graph.namespace_manager)}" if path is not None else ""
        problems.append(Problem("shapes.ttl", 0,
                                f"{focus.n3(graph.namespace_manager)}{where}: {message}"))
    return sorted(problems)


def build_graph(data_dir: Path | None = None, *, shacl: bool = True) -> Graph:
    """Return the compiled graph of ``data_dir``; raise DataError on any problem."""
    graph = compile_dataset(load_checked(data_dir))
    if shacl:
        problems = shacl_problems(graph)
        if problems:
            raise DataError(problems)
    return graph
