"""The build folder: what ``kg build`` writes and what queries read.

Files appear atomically: each is written to a temporary name in the same
folder and renamed (:func:`write_atomic`), and the store folder is swapped in
one rename, so a failure leaves the previous build untouched.
:mod:`kg.graph.pipeline` writes the build; this module reads it.

Example::

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

#: The exports ``kg build --exports`` writes beside the store.
TURTLE = "kg.ttl"
JSONLD = "kg.jsonld"
#: The projection's folder (core.json and the documents' pieces) ...
PROJECTION_DIR = "projection"
#: ... and the single file older builds wrote.
PROJECTION = "kg.projection.json"
#: The Oxigraph store (a folder) that SPARQL queries read.
STORE = "store"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
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
    """Read the projection written by ``kg build`` (its facts are read on first use,
    see :class:`~kg.graph.projection.Projection`); raise BuildMissing if there is none."""
    build = Path(build_dir or paths.build_dir())
    folder = build / PROJECTION_DIR
    path = folder / "core.json"
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        if (build / PROJECTION).is_file():
            raise BuildMissing(f"the graph at {build} was built by an older kg; "
                               "run `kg build`") from None
        raise BuildMissing(f"no built graph at {build}; run `kg build` first") from None
    except (OSError, ValueError) as exc:
        raise BuildMissing(f"cannot read the built graph at {path} ({exc}); "
                           "run `kg build`") from None
    if not isinstance(data, dict) or not isinstance(data.get("pieces", {}), dict):
        raise BuildMissing(f"the graph at {build} was built by another version of kg; "
                           "run `kg build`")
    pieces = {str(folder / name): set(municipalities)
              for name, municipalities in data.pop("pieces", {}).items()}
    # The projection is read-only and large (a national build holds millions of
    # objects): move it out of the garbage collector's way, or every collection
    # during a query walks all of it (measured: a third of who-can-see's time).
    gc.freeze()
    return Projection(data, pieces)


def store_path(build_dir: Path | None = None) -> Path:
    """Return the folder of the built Oxigraph store; raise BuildMissing if there is none."""
    path = Path(build_dir or paths.build_dir()) / STORE
    if not path.is_dir():
        raise BuildMissing(f"no built graph at {path}; run `kg build` first")
    return path


def load_rdf(build_dir: Path | None = None):
    """Return the built graph (the data, not the ontology) as an rdflib Graph, read from
    the store; raise BuildMissing if there is none. For tests and small graphs."""
    import pyoxigraph
    from rdflib import Graph

    store = pyoxigraph.Store.read_only(str(store_path(build_dir)))
    text = store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph())
    return Graph().parse(data=text, format="nt")
