"""The build cache and the build folder put together from it.

``build/cache`` holds, per minutes document, its compiled triples
(``units/NAME.nt``), the triples it adds about parties other documents define
(``NAME.links.nt``: DPV roles, relationship shortcuts) and its share of the
query projection (``NAME.piece``), named by a hash of everything they were made
from, with a summary of each fact file and a manifest naming the current ones.
:func:`assemble` turns them into the build folder: the Oxigraph store (data in
the default graph, the ontology in its own named graph), the projection, and
the Turtle and JSON-LD exports dumped from the store.

Example::

    >>> chunk, links = split_links(compile_document(ds, files, processing))  # doctest: +SKIP
"""
from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path

import orjson
from rdflib import Graph, Literal
from kg.namespace import RDF, XSD

from kg import paths
from kg.graph.compile import RELATION, compile_registry
from kg.graph.projection import FORMAT_VERSION
from kg.graph.store import (JSONLD, PROJECTION, PROJECTION_DIR, STORE, TURTLE, _swap,
                            write_atomic)
from kg.namespace import DPV, PREFIXES

#: The named graph of the store that holds the ontology.
ONTOLOGY_GRAPH = "https://w3id.org/jp-pdflow/ontology"
#: The file inside the store folder naming the build that wrote it.
STORE_ID = "kg-build-id"
MANIFEST = "manifest.json"
_LINK_PREDICATES = {shortcut for _, shortcut in RELATION.values()}
_ROLES = {DPV.DataController, DPV.DataProcessor, DPV.DataSubProcessor}
_PIECE_KEYS = ("entities", "categories", "terms", "meetings", "sources")



def split_links(graph: Graph) -> tuple[Graph, list]:
    """Remove from ``graph`` and return the triples it states about parties that
    other documents may state too (``a kg:entrusts b``, ``m a dpv:DataController``),
    so that every other triple belongs to exactly one document."""
    rdf_type = RDF.type
    # the compiled terms are the namespace's own objects: compared by identity
    links = [t for t in graph if t[1] in _LINK_PREDICATES or t[1] is rdf_type and t[2] in _ROLES]
    for triple in links:
        graph.remove(triple)
    return graph, links


# -- the cache folder ---------------------------------------------------------------


def _units(cache: Path) -> Path:
    return cache / "units"


def unit_exists(cache: Path, name: str) -> bool:
    folder = _units(cache)
    return all((folder / f"{name}{suffix}").is_file() for suffix in (".nt", ".links.nt", ".piece"))


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _term(term) -> str:
    if isinstance(term, Literal):
        text = f'"{str(term).translate(_ESCAPES)}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{text}^^<{term.datatype}>"
        return text
    return term.n3()  # an IRI or a blank node


def _nt(triples) -> bytes:
    """Return ``triples`` as N-Triples (rdflib's serialiser, several times faster)."""
    return "".join(f"{_term(s)} {_term(p)} {_term(o)} .\n" for s, p, o in triples).encode("utf-8")


def _piece(graph: Graph) -> bytes:
    """Return a document's share of the projection: one line per part, ``name<TAB>``
    and the members of a JSON object (so that pieces join without being parsed).

    ``municipalities`` (whose data or minutes the facts are about) comes first and
    ``facts`` last; ``shared`` holds the facts stated for every participant and the
    agenda items they belong to, which every municipality's answers may need.
    """
    from kg.graph.project import project

    data = project(graph).data
    data["terms"] = {name: terms for name, terms in data["terms"].items() if terms}
    facts = data.pop("facts")
    shared = {k: f for k, f in facts.items() if f["kind"] in ("flow", "relation", "access")
              and f.get("controller") is None}
    for fact in list(shared.values()):
        if fact.get("item") in facts:
            shared[fact["item"]] = facts[fact["item"]]
    data["shared"] = shared
    data["facts"] = {k: f for k, f in facts.items() if k not in shared}
    municipalities = sorted({f.get("controller") or f["municipality"] for f in facts.values()}
                            | {f["municipality"] for f in facts.values()})
    lines = [b"municipalities\t" + orjson.dumps(municipalities)]
    for key in _PIECE_KEYS + ("shared", "facts"):
        inner = orjson.dumps(data.get(key) or {})[1:-1]  # the members, without the braces
        lines.append(key.encode() + b"\t" + inner)
    return b"\n".join(lines) + b"\n"


def write_unit(cache: Path, name: str, chunk: Graph, links: list) -> None:
    """Write a document's triples, links and projection piece under ``name``."""
    folder = _units(cache)
    write_atomic(folder / f"{name}.nt", _nt(chunk))
    write_atomic(folder / f"{name}.links.nt", _nt(links))
    write_atomic(folder / f"{name}.piece", _piece(chunk))


def read_summary(cache: Path, key: str) -> dict | None:
    try:
        return orjson.loads((cache / "summaries" / f"{key}.json").read_bytes())
    except (OSError, ValueError):
        return None


def write_summary(cache: Path, key: str, summary: dict) -> None:
    write_atomic(cache / "summaries" / f"{key}.json", orjson.dumps(summary))


def read_manifest(cache: Path, stamp: str) -> dict:
    """Return the last build's manifest, or ``{}`` when there is none or it was made
    by other code, another ontology or another data folder (``stamp``)."""
    try:
        manifest = orjson.loads((cache / MANIFEST).read_bytes())
    except (OSError, ValueError):
        return {}
    return manifest if manifest.get("fingerprint") == stamp else {}


def write_manifest(cache: Path, manifest: dict) -> None:
    write_atomic(cache / MANIFEST, orjson.dumps(manifest))
    _prune(cache, manifest)


#: The units of a build that are not documents: the registries, and the processing
#: stated for every participant of a shared system.
SHARED = ("registry", "participants")


def unit_names(manifest: dict) -> dict[str, str]:
    """Return ``{unit: name}`` of every unit of ``manifest`` (shared ones first)."""
    names = {f"\0{key}": manifest[key]["name"] for key in SHARED if manifest.get(key)}
    names.update((src, entry["name"]) for src, entry in manifest["units"].items())
    return names


def _prune(cache: Path, manifest: dict) -> None:
    """Remove unit files no document of ``manifest`` uses."""
    keep = set(unit_names(manifest).values())
    folder = _units(cache)
    for path in folder.glob("*") if folder.is_dir() else []:
        if path.name.split(".", 1)[0] not in keep:
            path.unlink(missing_ok=True)


def registry_unit(cache: Path, registry, index, old: dict | None, shacl: bool, stamp: str,
                  problems: list, extra: bytes = b"") -> dict | None:
    """Compile, validate and write the shared registries when their files (or
    ``extra``: the draft minutes registered) changed; return their manifest entry
    (problems go to ``problems``)."""
    from kg.data.load import registry_file_paths
    from kg.graph.pipeline import _digest

    files = sorted(p for group in registry_file_paths(registry.root).values() for p in group
                   if p.is_file())
    name = _digest(stamp.encode(), extra, *(str(p.relative_to(registry.root)).encode() + b"\0"
                                            + p.read_bytes() for p in files))
    if old and old.get("name") == name and unit_exists(cache, name):
        return old
    graph = compile_registry(index.ds, index.registry_entities, index.registry_meetings)
    from kg.data.terms import graph_problems

    found = graph_problems(graph, index.ds)
    if shacl and not found:
        from kg.graph.build import shacl_problems

        found = shacl_problems(graph, index.ds, outside=index.outside)
    if found:
        problems.extend(found)
        return None
    chunk, links = split_links(graph)
    write_unit(cache, name, chunk, links)
    return {"name": name, "triples": len(chunk)}


def participants_unit(cache: Path, index, stamp: str, problems: list, old: dict | None = None,
                      registry: dict | None = None) -> dict | None:
    """Compile the processing stated for every participant of a shared system (from
    every document's summary) when what it reads changed, and write it; return its
    manifest entry.

    What it reads: the statements for every participant, every document's
    processing records, each entity's type and municipality, and the registries
    (``registry``, their manifest entry, for the categories).
    """
    from kg.data.terms import graph_problems
    from kg.graph.compile import compile_shared_processing
    from kg.graph.pipeline import _digest

    inputs = _digest(stamp.encode(), str((registry or {}).get("name")).encode(),
                     orjson.dumps(index.participants), orjson.dumps(index.records),
                     index.entity_digest())
    if old and old.get("inputs") == inputs and unit_exists(cache, old["name"]):
        return old
    graph = compile_shared_processing(index.ds, index.participants, index.processing)
    found = graph_problems(graph, index.ds)
    if found:
        problems.extend(found)
        return None
    chunk, links = split_links(graph)
    data, link_data = _nt(chunk), _nt(links)
    name = _digest(stamp.encode(), data, link_data)
    if not unit_exists(cache, name):
        folder = _units(cache)
        write_atomic(folder / f"{name}.nt", data)
        write_atomic(folder / f"{name}.links.nt", link_data)
        write_atomic(folder / f"{name}.piece", _piece(chunk))
    return {"name": name, "triples": len(chunk), "inputs": inputs}


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
    folder = _units(cache)
    names = unit_names(manifest).values()
    lines: set[bytes] = set()
    for name in names:
        lines.update(line for line in (folder / f"{name}.links.nt").read_bytes().splitlines()
                     if line)
    return lines


def _unit_files(cache: Path, manifest: dict) -> list[Path]:
    return [_units(cache) / f"{name}.nt" for name in unit_names(manifest).values()]


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
    folder_units = _units(cache)
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
    parts: dict[str, list[bytes]] = {key: [] for key in _PIECE_KEYS + ("shared",)}
    index: dict[str, list] = {}
    for name in unit_names(manifest).values():
        source = _units(cache) / f"{name}.piece"
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
                     for key in _PIECE_KEYS)
    core = (b'{"version":' + str(FORMAT_VERSION).encode() + b"," + body
            + b',"shared_facts":{' + b",".join(parts["shared"]) + b"}"
            + b',"pieces":' + orjson.dumps(index)
            + b',"rules":' + orjson.dumps(rules, option=orjson.OPT_NON_STR_KEYS) + b"}")
    write_atomic(folder / "core.json", core)
    return folder
