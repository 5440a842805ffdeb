"""The build pipeline: load, check, compile, validate with SHACL, write.

Library functions raise :class:`~kg.errors.DataError`; nothing is written
unless the whole graph is good, and what is written appears atomically
(each file goes to a temporary name in the same folder, then is renamed).

Example::

    >>> graph = build_graph()                     # doctest: +SKIP
    >>> written = write_outputs(graph, Path("build"))   # doctest: +SKIP
"""
from __future__ import annotations

import os
import tempfile
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
    _, report, _ = validate(graph, shacl_graph=shapes, inference="none", advanced=True)
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


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(graph: Graph, out_dir: Path | None = None) -> list[Path]:
    """Serialise ``graph`` as Turtle and JSON-LD into ``out_dir``; return the paths."""
    out_dir = Path(out_dir) if out_dir else paths.build_dir()
    # Serialise everything first, so a failure leaves the old outputs untouched.
    outputs = {
        out_dir / "kg.ttl": graph.serialize(format="turtle").encode("utf-8"),
        out_dir / "kg.jsonld": graph.serialize(format="json-ld", auto_compact=True,
                                               ensure_ascii=False).encode("utf-8"),
    }
    for path, data in outputs.items():
        write_atomic(path, data)
    return list(outputs)
