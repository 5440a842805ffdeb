"""The build cache: per-document units, fact-file summaries and the manifest.

``build/cache`` holds, per minutes document, its compiled triples
(``units/NAME.nt``), the triples it adds about parties other documents define
(``NAME.links.nt``: DPV roles, relationship shortcuts) and its share of the
query projection (``NAME.piece``), named by a hash of everything they were made
from, with a summary of each fact file and a manifest naming the current ones.
:mod:`kg.graph.assemble` puts the build folder together from them.

Example::

    >>> chunk, links = split_links(compile_document(ds, files, processing))  # doctest: +SKIP
    >>> write_unit(Path("build/cache"), "0f3a...", chunk, links)             # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

import orjson
from rdflib import Graph, Literal

from kg.graph.compile import RELATION, compile_registry
from kg.graph.store import write_atomic
from kg.namespace import DPV, RDF, XSD

MANIFEST = "manifest.json"
#: The parts of the projection every piece holds (besides shared facts and facts).
PIECE_KEYS = ("entities", "categories", "terms", "meetings", "sources")
_LINK_PREDICATES = {shortcut for _, shortcut in RELATION.values()}
_ROLES = {DPV.DataController, DPV.DataProcessor, DPV.DataSubProcessor}


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


def units_dir(cache: Path) -> Path:
    """Return the folder of the unit files."""
    return cache / "units"


def unit_exists(cache: Path, name: str) -> bool:
    folder = units_dir(cache)
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
    for key in PIECE_KEYS + ("shared", "facts"):
        inner = orjson.dumps(data.get(key) or {})[1:-1]  # the members, without the braces
        lines.append(key.encode() + b"\t" + inner)
    return b"\n".join(lines) + b"\n"


def write_unit(cache: Path, name: str, chunk: Graph, links: list) -> None:
    """Write a document's triples, links and projection piece under ``name``."""
    folder = units_dir(cache)
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
    folder = units_dir(cache)
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
        folder = units_dir(cache)
        write_atomic(folder / f"{name}.nt", data)
        write_atomic(folder / f"{name}.links.nt", link_data)
        write_atomic(folder / f"{name}.piece", _piece(chunk))
    return {"name": name, "triples": len(chunk), "inputs": inputs}
