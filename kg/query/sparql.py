"""Read-only SPARQL over the built graph, with limits that keep a query from hurting.

Queries run on the Oxigraph store of the build (``build/store``), in a child
process that is stopped when it runs longer than ``timeout`` seconds or uses
more than ``max_memory`` MB, and that returns at most ``max_rows`` rows (the
answer says when there were more). Only SELECT, ASK, CONSTRUCT and DESCRIBE
are accepted: updates, ``LOAD``, ``SERVICE`` (which would reach the network)
and ``FROM`` are refused before anything runs. Values from the user are bound
as variables (``--bind name=value``), never spliced into the query text. The
project's prefixes (``kg:``, ``entity:``, ``dpv:``, ``pd:`` ...) are declared.

Rows use the SPARQL 1.1 JSON form: ``{"var": {"type": "uri", "value": ...}}``.

Example::

    >>> run(store, "SELECT (COUNT(*) AS ?n) WHERE { ?f a kg:DataFlow }")["rows"]  # doctest: +SKIP
    [{'n': {'type': 'literal', 'value': '119', 'datatype': 'http://www.w3.org/2001/XMLSchema#integer'}}]
"""
from __future__ import annotations

import multiprocessing
import os
import re
import time
from pathlib import Path

from kg import paths
from kg.errors import QueryError
from kg.namespace import PREFIXES

#: Defaults of the limits; the CLI's --timeout, --max-rows and --max-memory change them.
TIMEOUT = 10.0
MAX_ROWS = 10_000
MAX_MEMORY = 1024

_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
# Strings, IRIs and comments hide keywords: blank them out before looking for any.
_HIDDEN = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                     r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
_WORD = re.compile(r"(?<![\w:?$])[A-Za-z]+(?![\w:])")


def prefixes() -> dict[str, str]:
    """Return the prefixes every query may use without declaring them."""
    return {name: str(ns) for name, ns in PREFIXES.items()}


def _blank(text: str) -> str:
    """``text`` with strings, IRIs and comments blanked out, keeping every position."""
    return _HIDDEN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def _where_brace(text: str) -> int:
    """Return the index just inside the brace that opens the query's WHERE pattern."""
    blank = _blank(text)
    form = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", blank, re.I)
    start = form.end() if form else 0
    where = re.compile(r"\bWHERE\b", re.I).search(blank, start)
    if where is None and form and form.group(1).upper() == "CONSTRUCT":
        raise QueryError("cannot bind values: the CONSTRUCT query has no WHERE clause")
    brace = blank.find("{", where.end() if where else start)
    if brace < 0:
        raise QueryError("cannot bind values: the query has no WHERE pattern")
    return brace + 1


def check(text: str) -> str:
    """Return the form of a read-only query (``select``, ``ask`` ...); raise QueryError
    for anything that could change the store or reach outside it.

    >>> check("ASK { ?s ?p ?o }")
    'ask'
    """
    words = [w.upper() for w in _WORD.findall(_blank(text))]
    if "SERVICE" in words:
        raise QueryError("SERVICE is not allowed: queries never reach the network")
    for word in words:
        if word in _UPDATES:
            raise QueryError(f"not a read-only query: {word} changes data; only SELECT, ASK, "
                             "CONSTRUCT and DESCRIBE are allowed")
        if word in _FORMS:
            break
    if "FROM" in words:
        raise QueryError("FROM / FROM NAMED clauses are not allowed: queries read the built graph")
    form = next((_FORMS[w] for w in words if w in _FORMS), None)
    if form is None:
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return form


def parse_bindings(pairs: list[str]) -> dict[str, tuple[str, str]]:
    """Turn ``["name=value", ...]`` into bindings: ``<...>`` is an IRI, anything else a literal.

    >>> parse_bindings(["q=個人番号", "e=<https://example.org/x>"])
    {'q': ('literal', '個人番号'), 'e': ('uri', 'https://example.org/x')}
    """
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name or not re.fullmatch(r"\w+", name):
            raise QueryError(f"binding {pair!r} is not of the form name=value")
        if value.startswith("<") and value.endswith(">"):
            out[name] = ("uri", value[1:-1])
        else:
            out[name] = ("literal", value)
    return out


def run(store: Path | None, text: str, bindings: dict | None = None, *,
        timeout: float = TIMEOUT, max_rows: int = MAX_ROWS, max_memory: int = MAX_MEMORY
        ) -> dict:
    """Run a read-only query on the store at ``store`` (default: the build's).

    Returns ``{"type", "vars", "rows", "truncated"}`` (``{"type": "ask",
    "boolean"}`` for ASK); raises QueryError for a refused, malformed, too slow
    or too large query, with the reason in one line.
    """
    form = check(text)
    text = bind(text, bindings or {})
    if store is None:
        from kg.graph.store import store_path

        store = store_path(paths.build_dir())
    reader, writer = multiprocessing.Pipe(duplex=False)
    # A forked child starts out sharing the caller's pages, and /proc counts them in
    # its RSS: the limit is on what the query adds above the caller's own size.
    baseline = rss_mb(os.getpid())
    child = multiprocessing.get_context("fork").Process(
        target=_child, args=(str(store), text, max_rows, writer), daemon=True)
    started = time.monotonic()
    child.start()
    writer.close()
    try:
        while not reader.poll(0.02):
            # (the child may send its answer and end between the poll and this look: what
            # it sent is read, not taken for a crash)
            if not child.is_alive() and not reader.poll(0):
                raise QueryError("the query stopped unexpectedly (its process ended)")
            if time.monotonic() - started > timeout:
                raise QueryError(f"query stopped after {timeout:g} s: narrow it (LIMIT, fewer "
                                 f"joins) or raise --timeout")
            if rss_mb(child.pid) - baseline > max_memory:
                raise QueryError(f"query stopped: it needed more than {max_memory} MB; narrow "
                                 f"it or raise --max-memory")
        status, payload = reader.recv()
    except EOFError:
        raise QueryError("the query stopped unexpectedly (its process ended)") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        reader.close()
    if status == "error":
        raise QueryError(payload)
    payload["type"] = form
    return payload


def bind(text: str, bindings: dict) -> str:
    """Return ``text`` with ``bindings`` as inline data opening its WHERE pattern.

    Oxigraph substitutes only projected variables, so bound values join the
    pattern as ``VALUES`` instead (seen by its FILTERs too): each value an RDF term
    serialised, escaped, by Oxigraph itself, never the user's text spliced in.
    """
    if not bindings:
        return text
    import pyoxigraph as ox

    terms = {name: ox.NamedNode(value) if kind == "uri" else ox.Literal(value)
             for name, (kind, value) in bindings.items()}
    names = " ".join(f"?{name}" for name in terms)
    values = " ".join(str(term) for term in terms.values())
    at = _where_brace(text)
    return f"{text[:at]} VALUES ({names}) {{ ({values}) }} {text[at:]}"


def rss_mb(pid: int) -> float:
    """Return the resident memory of process ``pid`` in MB (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _child(store_path: str, text: str, max_rows: int, out) -> None:
    """Run in the child process: open the store read-only, run, send back plain data."""
    try:
        import pyoxigraph

        out.send(outcome(pyoxigraph.Store.read_only(store_path), text, max_rows))
    finally:
        out.close()
        os._exit(0)  # leave without running the parent's clean-up handlers


def outcome(store, text: str, max_rows: int) -> tuple[str, object]:
    """Evaluate on an open store; return ``("ok", answer)`` or ``("error", one line)``."""
    try:
        return "ok", evaluate(store, text, max_rows)
    except SyntaxError as exc:
        return "error", f"syntax error {_position(str(exc))}"
    except MemoryError:
        return "error", "query stopped: out of memory"
    except Exception as exc:  # evaluation errors of the engine, reported in one line
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        return "error", f"query failed: {first}"


def _position(message: str) -> str:
    """``error at 1:31: expected …`` -> ``at line 1, column 31: expected …``."""
    match = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?: ?(.*)", message, re.S)
    if not match:
        return f": {message}"
    line, column, rest = match.groups()
    rest = " ".join(rest.split())
    if len(rest) > 160:  # Oxigraph lists every character class it expected
        rest = rest[:157].rsplit(" ", 1)[0] + " …"
    return f"at line {line}, column {column}: {rest}"


def evaluate(store, text: str, max_rows: int) -> dict:
    """Run ``text`` on an open Oxigraph store; return rows (at most ``max_rows``) as plain data.

    The caller has checked the query (:func:`check`) and bound its values (:func:`bind`).
    """
    import pyoxigraph as ox

    # The data is the default graph and the ontology a named graph: a query sees both.
    result = store.query(text, prefixes=prefixes(), use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return {"boolean": bool(result)}
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows, truncated = [], False
        for solution in result:
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append({name: _term(solution[name]) for name in names
                         if solution[name] is not None})
        return {"vars": names, "rows": rows, "truncated": truncated}
    names = ["subject", "predicate", "object"]
    rows, truncated = [], False
    for triple in result:
        if len(rows) >= max_rows:
            truncated = True
            break
        rows.append({"subject": _term(triple.subject), "predicate": _term(triple.predicate),
                     "object": _term(triple.object)})
    return {"vars": names, "rows": rows, "truncated": truncated}


def _term(term) -> dict:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


# --- showing results -------------------------------------------------------------


def compact(iri: str, labels: dict[str, str] | None = None) -> str:
    """Return an IRI as people read it: its label when known, else a prefixed name.

    >>> compact("https://w3id.org/jp-pdflow/ontology#DataFlow")
    'kg:DataFlow'
    """
    if labels and iri in labels:
        return labels[iri]
    best = max((ns for ns in prefixes().values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    name = next(p for p, ns in prefixes().items() if ns == best)
    return f"{name}:{iri[len(best):]}"


def cell(term: dict | None, labels: dict[str, str] | None = None) -> str:
    """Return one result term as a table cell."""
    if term is None:
        return ""
    if term["type"] == "uri":
        return compact(term["value"], labels)
    return term["value"]


# --- example queries -------------------------------------------------------------------


def examples() -> list[dict]:
    """Return the example queries shipped with the ontology (``ontology/queries/*.rq``).

    Each: ``{"name", "title", "title_en", "text"}``.
    """
    out = []
    for path in sorted((paths.ontology_dir() / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        head = dict(re.findall(r"^# (title(?:_en)?): (.*)$", text, re.M))
        out.append({"name": path.stem, "title": head.get("title", path.stem),
                    "title_en": head.get("title_en", ""), "text": text})
    return out


def example(name: str) -> dict:
    """Return the example query called ``name``; QueryError lists the names when unknown."""
    found = {e["name"]: e for e in examples()}
    if name not in found:
        raise QueryError(f"no example query {name!r}; the examples are: {', '.join(found)}")
    return found[name]
