"""``kg build``: a data folder into a build folder, one minutes document at a time.

Each document (a source and the fact files that cite it) is checked, compiled,
validated against the SHACL shapes and projected on its own, in parallel, and
its results are kept in ``build/cache`` under a key made of the content hashes
of its files and of everything it refers to elsewhere (an entity's definition,
what other documents' flows put in a system it names). The next build does
again only the documents whose key changed, and updates the Oxigraph store in
place of rebuilding it. The result is the same graph as a full build (tested).

The steps, each timed in the returned report:

1. read the shared registries (sources, vocabulary, rules, categories, entities);
2. summarise each changed fact file (:func:`kg.graph.index.summarise`);
3. join them (:class:`kg.graph.index.Index`) and check the registries;
4. check, compile, validate and project each changed document;
5. put the store together (a new one, or the last one with the changes applied),
   and write the projection and the Turtle and JSON-LD exports from it.

Nothing in the build folder changes unless every step succeeds.

Example::

    >>> report = build_folder(Path("data"), Path("build"))   # doctest: +SKIP
    >>> report["documents"], report["rebuilt"]                # doctest: +SKIP
    (5, 5)
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import shutil
import tempfile
import time
from pathlib import Path

import orjson

from kg import __version__, paths
from kg.data import models
from kg.data.check import check_documents, check_registries
from kg.data.load import (fact_file_paths, load_registry, read_model, read_source_text,
                          register_draft_source)
from kg.data.terms import dataset_problems, graph_problems, ontology_problems
from kg.errors import DataError, Problem
from kg.graph import assemble, units
from kg.graph.compile import compile_document
from kg.graph.index import Index, draft_source, summarise
from kg.namespace import ID

CACHE = "cache"
#: Bump when the cache layout changes.
CACHE_VERSION = 1
#: The modules whose code decides what a document compiles to.
_CODE = ("data/models.py", "data/load.py", "data/check.py", "data/evidence.py", "data/names.py",
         "data/terms.py", "graph/compile.py", "graph/dpv.py", "graph/index.py",
         "graph/pipeline.py", "graph/project.py", "graph/shacl.py", "graph/assemble.py",
         "graph/units.py", "graph/triples.py", "namespace.py")
_PREFIX_KIND = [(str(ID[f"{kind}/"]), kind) for kind in
                ("entity", "category", "meeting", "fact", "source")]
#: Fewer items than this are done in the calling process (starting workers costs more).
_PARALLEL = 8
_STATE: dict = {}  # what forked workers share with the parent (set before the pool starts)


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part)
        h.update(b"\0")
    return h.hexdigest()[:32]


def _file_digest(path: Path, known: dict | None = None) -> str:
    """Return the digest of ``path``'s bytes; with ``known`` (``{path: [size, mtime,
    digest]}`` of the last build) a file whose size and time did not change is not
    read again, as git does (a national build has hundreds of megabytes of minutes)."""
    try:
        stat = path.stat()
        seen = known.get(str(path)) if known is not None else None
        if seen and seen[0] == stat.st_size and seen[1] == stat.st_mtime_ns:
            return seen[2]
        digest = _digest(path.read_bytes())
        # A file changed within the last seconds may change again within the same
        # time stamp: its digest is not remembered.
        if known is not None and time.time_ns() - stat.st_mtime_ns > 2_000_000_000:
            known[str(path)] = [stat.st_size, stat.st_mtime_ns, digest]
        return digest
    except OSError as exc:  # reported with its line when the file is read as data
        return f"unreadable-{exc.errno}-{_digest(str(path).encode())}"


def fingerprint(data: Path, shacl: bool) -> str:
    """Return what, when it changes, makes every cached result stale: the cache
    layout, the code, the ontology and shapes, the vocabulary and the data folder."""
    package = Path(__file__).resolve().parent.parent
    parts = [str(CACHE_VERSION).encode(), __version__.encode(), str(data).encode(),
             str(shacl).encode()]
    parts += [(package / name).read_bytes() for name in _CODE]
    parts += [(paths.ontology_dir() / name).read_bytes() for name in ("kg.ttl", "shapes.ttl")]
    vocabulary = data / "vocabulary.yaml"
    parts.append(vocabulary.read_bytes() if vocabulary.is_file() else b"")
    return _digest(*parts)


def _run(func, items: list, jobs: int):
    """Yield ``func(item)`` for each item, in worker processes when it pays."""
    if jobs <= 1 or len(items) < _PARALLEL:
        for item in items:
            yield func(item)
        return
    context = multiprocessing.get_context("fork")  # workers inherit _STATE: nothing to pickle
    with context.Pool(min(jobs, len(items))) as pool:
        yield from pool.imap_unordered(func, items, chunksize=max(1, len(items) // (jobs * 16)))


# -- step 2: summaries ----------------------------------------------------------


def _parsed(path: Path) -> Path:
    """Where this build keeps the parsed models of a fact file for its second step."""
    return _STATE["parsed"] / f"{_STATE['file_digests'][path]}.pickle"


def _summarise_file(path: Path):
    problems: list[Problem] = []
    ff = read_model(path, models.FactFile, problems)
    if ff is None:
        return path, None, problems
    # Parsing YAML is the slowest part of reading: step 4 reloads the models
    # from here (ten times faster) instead of parsing the file again.
    _parsed(path).write_bytes(pickle.dumps(ff, protocol=pickle.HIGHEST_PROTOCOL))
    return path, summarise(ff), problems


def _read_fact_file(path: Path, problems: list[Problem]):
    try:
        return pickle.loads(_parsed(path).read_bytes())
    except OSError:  # summarised by an earlier build: parse it now
        return read_model(path, models.FactFile, problems)


# -- step 4: one document ---------------------------------------------------------


def _refs(graph, own: set[str], index: Index) -> list[str]:
    """Return the keys (``entity:jlis`` ...) of what ``graph`` points at outside itself."""
    keys = set()
    for node in set(graph.objects()) | set(graph.subjects()):
        text = str(node)
        for prefix, kind in _PREFIX_KIND:
            if text.startswith(prefix):
                ref = text[len(prefix):]
                if ref not in own and (kind != "fact" or ref in index.known):
                    keys.add(f"{kind}:{ref}")
                break
    return sorted(keys)


def _build_document(source: str) -> dict:
    """Check, compile, validate and project one document; write its chunk and piece."""
    index: Index = _STATE["index"]
    ds = index.ds
    problems: list[Problem] = []
    files = [_read_fact_file(path, problems) for path in _STATE["paths"][source]]
    if problems:
        return {"source": source, "problems": problems}
    try:
        read_source_text(ds, source)
    except DataError as exc:
        return {"source": source, "problems": exc.problems}
    try:
        ds.fact_files = files
        problems = check_documents(ds, files, index.known)
        if problems:
            return {"source": source, "problems": problems}
        index.processing.consulted = []
        graph = compile_document(ds, files, index.processing)
        consulted = index.processing.consulted
        index.processing.consulted = None
        chunk, links = units.split_links(graph)
        problems = graph_problems(chunk, ds)
        if _STATE["shacl"] and not problems:
            from kg.graph.build import shacl_problems

            problems = shacl_problems(chunk, ds, outside=index.outside)
        if problems:
            return {"source": source, "problems": problems}
        own = {f.id for ff in files for section in ("agenda_items", "flows", "relations",
               "access", "safeguards", "concerns") for f in getattr(ff, section)}
        own |= {e.id for ff in files for e in ff.entities}
        deps = {key: index.digest(key) for key in _refs(graph, own, index) + [f"source:{source}"]}
        entry = {"files": _STATE["digests"][source], "deps": deps, "consulted": consulted}
        entry["name"] = _digest(orjson.dumps(entry, option=orjson.OPT_SORT_KEYS),
                                _STATE["fingerprint"].encode())
        entry["triples"] = len(chunk)
        units.write_unit(_STATE["cache"], entry["name"], chunk, links)
        return {"source": source, "problems": [], "entry": entry}
    finally:
        ds.fact_files = []
        ds.sources[source].text = None  # one document's minutes in memory at a time


def _fresh(entry: dict | None, digests: dict, index: Index, cache: Path) -> bool:
    """Whether the cached ``entry`` of a document still holds."""
    if not entry or entry.get("files") != digests:
        return False
    if not units.unit_exists(cache, entry["name"]):
        return False
    if any(index.digest(key) != value for key, value in entry["deps"].items()):
        return False
    p = index.processing
    for (what, *args), value in entry["consulted"]:
        now = {"held": lambda c, s: sorted(p.in_system.get((c, s), ())),
               "entrusted": lambda c, s: sorted(p.entrusted.get((c, s), ())),
               "holders": lambda s: [m for m in p.controllers if p.in_system.get((m, s))]}[what](*args)
        if now != value:
            return False
    return True


# -- the whole build ------------------------------------------------------------------


def build_folder(data_dir: Path | None = None, out_dir: Path | None = None, *,
                 shacl: bool = True, jobs: int | None = None, full: bool = False,
                 exports: bool = False, include_drafts: bool = False) -> dict:
    """Build ``data_dir`` into ``out_dir``; return a report (plain data: documents,
    rebuilt, triples, store size, seconds per step, draft files left out). Raise DataError listing every
    problem; then the build folder is left as it was.

    ``full`` ignores the cache; ``jobs`` is the number of worker processes
    (default: the CPUs); ``exports`` also writes ``kg.ttl`` and ``kg.jsonld``;
    draft fact files (``kg extract``) are built only with ``include_drafts``.
    """
    build = _Build(Path(data_dir or paths.data_dir()).resolve(),
                   Path(out_dir or paths.build_dir()), shacl=shacl,
                   jobs=jobs or os.cpu_count() or 1, full=full, exports=exports)
    build.include_drafts = include_drafts
    parsed = Path(tempfile.mkdtemp(prefix="kg-parsed-"))
    _STATE.update(parsed=parsed)
    existed = build.out.exists()
    try:
        return build.run()
    except BaseException:
        # A build that fails leaves the outputs as they were. In a folder that holds
        # a build, the cache keeps the documents that passed (the next build need not
        # do them again); a folder this build created is removed.
        if not existed:
            shutil.rmtree(build.out, ignore_errors=True)
        raise
    finally:
        shutil.rmtree(parsed, ignore_errors=True)
        _STATE.clear()


class _Build:
    def __init__(self, data: Path, out: Path, *, shacl: bool, jobs: int, full: bool,
                 exports: bool):
        self.data, self.out, self.cache = data, out, out / CACHE
        self.shacl, self.jobs, self.full, self.exports = shacl, jobs, full, exports
        self.started = time.perf_counter()
        self.timings: dict[str, float] = {}

    def lap(self, name: str) -> None:
        self.timings[name] = round(time.perf_counter() - self.started
                                   - sum(self.timings.values()), 3)

    def run(self) -> dict:
        problems: list[Problem] = []
        self.registry = load_registry(self.data, problems, texts=False)
        if problems:
            raise DataError(problems)
        self.stamp = fingerprint(self.data, self.shacl)
        self.manifest = {} if self.full else units.read_manifest(self.cache, self.stamp)
        self.known = self.manifest.get("files", {})
        self.seen: dict = {}
        self.lap("registries")
        summaries = self.summaries()
        self.lap("summaries")
        index = self.index(summaries)
        self.lap("index")
        entries, shared, rebuilt = self.documents(index, summaries)
        self.lap("documents")
        manifest = {"fingerprint": self.stamp, **shared, "units": entries, "files": self.seen}
        report = assemble.assemble(self.out, self.cache, self.manifest, manifest,
                                   self.registry.rules, exports=self.exports, lap=self.lap)
        units.write_manifest(self.cache, manifest)
        self.lap("finish")
        report.update(documents=len(entries), rebuilt=rebuilt, seconds=self.timings,
                      drafts_left_out=self.drafts_left_out, drafts_built=self.drafts_built,
                      total_seconds=round(time.perf_counter() - self.started, 3))
        return report

    def _digest_of(self, path: Path) -> str:
        entry = self.known.get(str(path))
        known = {str(path): entry} if entry else {}
        digest = _file_digest(path, known)
        if str(path) in known:
            self.seen[str(path)] = known[str(path)]
        return digest

    def _summary_key(self, path: Path) -> str:
        return _digest(self.digests[path].encode(), self.stamp.encode())

    def summaries(self) -> dict[Path, dict]:
        """Return the summary of every fact file: cached when its bytes are known."""
        self.digests = {path: self._digest_of(path) for path in fact_file_paths(self.data)}
        _STATE["file_digests"] = self.digests
        summaries, todo = {}, []
        for path in self.digests:
            cached = None
            if not self.digests[path].startswith("unreadable"):
                cached = units.read_summary(self.cache, self._summary_key(path))
            if cached is not None:
                summaries[path] = cached
            else:
                todo.append(path)
        problems: list[Problem] = []
        for path, summary, found in _run(_summarise_file, todo, self.jobs):
            problems += found
            if summary is not None:
                summaries[path] = summary
                units.write_summary(self.cache, self._summary_key(path), summary)
        if problems:
            raise DataError(problems)
        return {path: summaries[path] for path in self.digests}

    def index(self, summaries: dict[Path, dict]) -> Index:
        """Return the index of everything; raise DataError on a problem of the registries."""
        registry, problems = self.registry, []
        self.drafts_left_out = 0
        self.drafts_built = sum(1 for s in summaries.values() if s.get("draft")) if self.include_drafts else 0
        if not self.include_drafts:
            kept = {p: s for p, s in summaries.items() if not s.get("draft")}
            self.drafts_left_out = len(summaries) - len(kept)
            summaries = kept
        self.drafts = []
        for summary in summaries.values():
            draft = draft_source(summary)
            if draft is not None:
                register_draft_source(registry, draft, problems, texts=False)
                self.drafts.append(summary["source_entry"])
        for summary in summaries.values():
            source = summary["source"]
            if source not in registry.sources and registry.registered is not None \
                    and source not in registry.registered:
                known = ", ".join(sorted(registry.registered)) or "none"
                problems.append(Problem(summary["file"], 1,
                                        f"unknown source '{source}' (known: {known})"))
        index = Index(registry, [s for s in summaries.values() if s["source"] in registry.sources])
        problems += index.problems + check_registries(index.ds) + dataset_problems(index.ds)
        problems += ontology_problems()
        if problems:
            raise DataError(problems)
        return index

    def documents(self, index: Index, summaries: dict[Path, dict]):
        """Check, compile, validate and project every document whose key changed;
        return the manifest entries of all, the registries' entry and how many were done."""
        by_file = {s["file"]: path for path, s in summaries.items()}
        sources = sorted(index.files_of)
        doc_paths = {src: [by_file[f] for f in index.files_of[src]] for src in sources}
        doc_digests = {src: {p.name: self.digests[p] for p in doc_paths[src]}
                       | {"minutes": self._digest_of(self.data / "sources" / src)} for src in sources}
        old = self.manifest.get("units", {})
        stale = [src for src in sources if not _fresh(old.get(src), doc_digests[src], index,
                                                      self.cache)]
        _STATE.update(index=index, paths=doc_paths, digests=doc_digests, shacl=self.shacl,
                      cache=self.cache, fingerprint=self.stamp)
        entries = {src: old[src] for src in sources if src not in stale}
        problems: list[Problem] = []
        for result in _run(_build_document, stale, self.jobs):
            problems += result["problems"]
            if not result["problems"]:
                entries[result["source"]] = result["entry"]
        registry = units.registry_unit(self.cache, self.registry, index,
                                          self.manifest.get("registry"), self.shacl,
                                          self.stamp, problems, extra=orjson.dumps(self.drafts))
        shared = {"registry": registry,
                  "participants": units.participants_unit(
                      self.cache, index, self.stamp, problems,
                      self.manifest.get("participants"), registry)}
        if problems:
            raise DataError(problems)
        return {src: entries[src] for src in sources}, shared, len(stale)
