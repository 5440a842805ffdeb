"""The build folder, put together from the build cache (:mod:`kg.graph.units`).

:func:`assemble` writes the Oxigraph store (data in the default graph, the
ontology in its own named graph) from the documents' units, by bulk loading or
by applying the units that changed to a copy of the last store; then the query
projection (a core and the documents' pieces), and the Turtle and JSON-LD
exports dumped from the store when asked; and swaps each into place.

Example::

    >>> report = assemble(Path("build"), Path("build/cache"), old, new, rules,  # doctest: +SKIP
    ...                   exports=False, lap=lambda step: None)
"""
from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path

import orjson

from kg import paths
from kg.graph.projection import FORMAT_VERSION
from kg.graph.store import (JSONLD, PROJECTION, PROJECTION_DIR, STORE, TURTLE, _swap,
                            write_atomic)
from kg.graph.units import PIECE_KEYS, unit_names, units_dir
from kg.namespace import PREFIXES

#: The named graph of the store that holds the ontology.
ONTOLOGY_GRAPH = "https://w3id.org/jp-pdflow/ontology"
#: The file inside the store folder naming the build that wrote it.
STORE_ID = "kg-build-id"


# -- the build folder -----------------------------------------------------------------


class _Concatenation:
    """A binary file that reads several files one after the other (for bulk loading)."""

    def __init__(self, files: list[Path]):
        self.files = list(files)
        self.current = None

    def read(self, size: int = -1) -> bytes:
        while True:
            if self.current is None:
                if not self.files:
                    return b""
                self.current = open(self.files.pop(0), "rb")  # noqa: SIM115 (closed below)
            chunk = self.current.read(size if size and size > 0 else -1)
            if chunk:
                return chunk
            self.current.close()
            self.current = None


def _links(cache: Path, manifest: dict) -> set[bytes]:
    folder = units_dir(cache)
    names = unit_names(manifest).values()
    lines: set[bytes] = set()
    for name in names:
        lines.update(line for line in (folder / f"{name}.links.nt").read_bytes().splitlines()
                     if line)
    return lines


def _unit_files(cache: Path, manifest: dict) -> list[Path]:
    return [units_dir(cache) / f"{name}.nt" for name in unit_names(manifest).values()]


def _new_store(folder: Path, cache: Path, manifest: dict, links: set[bytes]):
    import pyoxigraph as ox

    store = ox.Store(str(folder))
    store.bulk_load(input=_Concatenation(_unit_files(cache, manifest)),
                    format=ox.RdfFormat.N_TRIPLES)
    store.bulk_load(input=b"\n".join(sorted(links)) + b"\n", format=ox.RdfFormat.N_TRIPLES)
    store.bulk_load(path=str(paths.ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE,
                    to_graph=ox.NamedNode(ONTOLOGY_GRAPH))
    return store


def _quads(data: bytes):
    import pyoxigraph as ox

    return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)) if data.strip() else []


def _update_store(folder: Path, old_store: Path, cache: Path, old: dict, new: dict,
                  old_links: set[bytes], links: set[bytes]):
    """Copy the last store to ``folder`` and apply the documents that changed."""
    import pyoxigraph as ox

    live = ox.Store(str(old_store))
    live.backup(str(folder))
    del live
    store = ox.Store(str(folder))
    old_names, new_names = unit_names(old), unit_names(new)
    folder_units = units_dir(cache)
    gone, added = b"", b""
    for key in old_names.keys() | new_names.keys():
        before, after = old_names.get(key), new_names.get(key)
        if before == after:
            continue
        if before:
            gone += (folder_units / f"{before}.nt").read_bytes()
        if after:
            added += (folder_units / f"{after}.nt").read_bytes()
    gone += b"\n".join(old_links - links) + b"\n"
    added += b"\n".join(links - old_links) + b"\n"
    # Chunks are disjoint, so what left one document is in no other. Counting the
    # quads as they go and come keeps the size exact without len(store), which
    # walks the whole store (seconds at national scale).
    count = old.get("store_quads")
    for quad in _quads(gone):
        if count is not None and quad in store:
            count -= 1
        store.remove(quad)
    fresh = _quads(added)
    if count is not None:
        count += sum(1 for quad in dict.fromkeys(fresh) if quad not in store)
    store.extend(fresh)
    return store, count


def assemble(out: Path, cache: Path, old: dict, new: dict, rules: list, *, exports: bool,
             lap) -> dict:
    """Write the store, the projection and the exports of the manifest ``new`` into
    ``out`` (``old`` is the last build's manifest); return figures for the report."""
    import pyoxigraph as ox

    out.mkdir(parents=True, exist_ok=True)
    links = _links(cache, new)
    target = out / STORE
    build_id = secrets.token_hex(8)
    incremental = bool(old) and (target / STORE_ID).is_file() and \
        (target / STORE_ID).read_text().strip() == old.get("store_id")
    folder = Path(tempfile.mkdtemp(dir=out, prefix=f".{STORE}.", suffix=".tmp"))
    try:
        if incremental:
            folder.rmdir()  # a backup is written into a folder that does not exist yet
            store, quads = _update_store(folder, target, cache, old, new, _links(cache, old),
                                         links)
        else:
            store, quads = _new_store(folder, cache, new, links), None
        store.flush()
        if quads is None:
            quads = len(store)
        ontology = sum(1 for _ in store.quads_for_pattern(None, None, None,
                                                           ox.NamedNode(ONTOLOGY_GRAPH)))
        lap("store")
        projection = _projection(out, cache, new, rules)
        outputs = {}
        lap("projection")
        if exports:
            prefixes = {k: str(v) for k, v in PREFIXES.items()}
            for name, fmt in ((TURTLE, ox.RdfFormat.TURTLE), (JSONLD, ox.RdfFormat.JSON_LD)):
                outputs[out / name] = store.dump(format=fmt, from_graph=ox.DefaultGraph(),
                                                 prefixes=prefixes)
        del store
        (folder / STORE_ID).write_text(build_id)
        for path, data in outputs.items():
            write_atomic(path, data)
        _swap(folder, target)
        _swap(projection, out / PROJECTION_DIR)
        (out / PROJECTION).unlink(missing_ok=True)  # the single file of older builds
        if not exports:  # exports of an older graph must not stay beside this one
            for name in (TURTLE, JSONLD):
                (out / name).unlink(missing_ok=True)
        lap("exports")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        for stale in out.glob(f".{PROJECTION_DIR}.*.tmp"):
            shutil.rmtree(stale, ignore_errors=True)
        raise
    new["store_id"] = build_id
    new["store_quads"] = quads
    return {"mode": "incremental" if incremental else "full", "triples": quads - ontology,
            "store_bytes": sum(p.stat().st_size for p in target.rglob("*") if p.is_file()),
            "written": [str(out / PROJECTION_DIR)] + [str(p) for p in outputs] + [str(target)]}


def _projection(out: Path, cache: Path, manifest: dict, rules: list) -> Path:
    """Write the projection folder of ``manifest`` beside ``out``'s current one; return it.

    ``core.json`` joins every piece's entities, categories, terms, meetings,
    sources and shared facts (without parsing them) with the rules and which
    piece holds which municipality's facts; ``pieces/`` links each document's
    piece from the cache (no copy), where :class:`~kg.graph.projection.Projection`
    reads the facts when it needs them.
    """
    folder = Path(tempfile.mkdtemp(dir=out, prefix=f".{PROJECTION_DIR}.", suffix=".tmp"))
    (folder / "pieces").mkdir()
    parts: dict[str, list[bytes]] = {key: [] for key in PIECE_KEYS + ("shared",)}
    index: dict[str, list] = {}
    for name in unit_names(manifest).values():
        source = units_dir(cache) / f"{name}.piece"
        with open(source, "rb") as handle:
            for line in handle:
                key, _, inner = line.rstrip(b"\n").partition(b"\t")
                if key == b"facts":
                    break
                if key == b"municipalities":
                    index[f"pieces/{name}.piece"] = orjson.loads(inner)
                elif inner:
                    parts[key.decode()].append(inner)
        try:
            os.link(source, folder / "pieces" / f"{name}.piece")
        except OSError:  # another file system, or links not allowed: copy
            shutil.copyfile(source, folder / "pieces" / f"{name}.piece")
    body = b",".join(b'"' + key.encode() + b'":{' + b",".join(parts[key]) + b"}"
                     for key in PIECE_KEYS)
    core = (b'{"version":' + str(FORMAT_VERSION).encode() + b"," + body
            + b',"shared_facts":{' + b",".join(parts["shared"]) + b"}"
            + b',"pieces":' + orjson.dumps(index)
            + b',"rules":' + orjson.dumps(rules, option=orjson.OPT_NON_STR_KEYS) + b"}")
    write_atomic(folder / "core.json", core)
    return folder
