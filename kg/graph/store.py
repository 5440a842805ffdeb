"""The build folder: what ``kg build`` writes and what queries read.

Files appear atomically: each is written to a temporary name in the same
folder and renamed, and all are serialised before the first is written, so a
failure leaves the previous build untouched.

Example::

    >>> written = write_outputs(graph, Path("build"))   # doctest: +SKIP
    >>> proj = load_projection(Path("build"))          # doctest: +SKIP
"""
from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path

import orjson

from kg import paths
from kg.errors import BuildMissing
from kg.graph.projection import Projection

TURTLE = "kg.ttl"
JSONLD = "kg.jsonld"
PROJECTION = "kg.projection.json"
#: The Oxigraph store (a folder) that SPARQL queries read.
STORE = "store"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp creates 0600; give the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(graph, out_dir: Path | None = None, rules: list | None = None
                  ) -> list[Path]:
    """Write Turtle, JSON-LD and the query projection of ``graph``; return the paths.

    ``rules`` (the audit rules) travel in the projection so findings read the build only.
    """
    from kg.graph.project import project

    out_dir = Path(out_dir) if out_dir else paths.build_dir()
    projection = project(graph)
    projection.data["rules"] = rules or []
    outputs = {
        out_dir / TURTLE: graph.serialize(format="turtle").encode("utf-8"),
        out_dir / JSONLD: graph.serialize(format="json-ld", auto_compact=True,
                                          ensure_ascii=False).encode("utf-8"),
        out_dir / PROJECTION: projection.to_json(),
    }
    store = _new_store(out_dir, outputs[out_dir / TURTLE])
    for path, data in outputs.items():
        write_atomic(path, data)
    _swap(store, out_dir / STORE)
    return list(outputs) + [out_dir / STORE]


def _new_store(out_dir: Path, turtle: bytes) -> Path:
    """Load the graph and the ontology into a new Oxigraph store beside the build; return
    its folder."""
    import pyoxigraph

    out_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=out_dir, prefix=f".{STORE}.", suffix=".tmp"))
    try:
        store = pyoxigraph.Store(str(folder))
        store.bulk_load(input=turtle, format=pyoxigraph.RdfFormat.TURTLE)
        # The ontology too, so that queries see class hierarchies and the labels of
        # its terms (permissions, sensitivities, kinds of remark).
        store.bulk_load(path=str(paths.ontology_dir() / "kg.ttl"),
                        format=pyoxigraph.RdfFormat.TURTLE)
        store.flush()
        del store  # closes it: readers open it read-only
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def _swap(new: Path, target: Path) -> None:
    """Put the folder ``new`` in the place of ``target``; the old one is removed after."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def load_projection(build_dir: Path | None = None) -> Projection:
    """Read the projection written by ``kg build``; raise BuildMissing if there is none."""
    path = Path(build_dir or paths.build_dir()) / PROJECTION
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise BuildMissing(f"no built graph at {path}; run `kg build` first") from None
    except (OSError, ValueError) as exc:
        raise BuildMissing(f"cannot read the built graph at {path} ({exc}); "
                           "run `kg build`") from None
    # The projection is read-only and large (a national build holds millions of
    # objects): move it out of the garbage collector's way, or every collection
    # during a query walks all of it (measured: a third of who-can-see's time).
    gc.freeze()
    return Projection(data)


def store_path(build_dir: Path | None = None) -> Path:
    """Return the folder of the built Oxigraph store; raise BuildMissing if there is none."""
    path = Path(build_dir or paths.build_dir()) / STORE
    if not path.is_dir():
        raise BuildMissing(f"no built graph at {path}; run `kg build` first")
    return path


def load_rdf(build_dir: Path | None = None):
    """Read the built Turtle graph (an rdflib Graph); raise BuildMissing if there is none."""
    from rdflib import Graph

    path = Path(build_dir or paths.build_dir()) / TURTLE
    if not path.is_file():
        raise BuildMissing(f"no built graph at {path}; run `kg build` first")
    return Graph().parse(path, format="turtle")
