"""Read-only SPARQL over the built graph.

Only SELECT, ASK, CONSTRUCT and DESCRIBE are accepted; updates, ``SERVICE``
(which would reach the network) and ``FROM`` clauses (which would load other
graphs) are refused. Values from the user are passed as bindings
(``--bind name=value``), never spliced into the query text. The project's
prefixes (``kg:``, ``id:``, ``skos:``, ``dpv:`` ...) are predeclared.

Example::

    >>> run(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?f a kg:DataFlow }")["rows"]  # doctest: +SKIP
    [{'n': '120'}]
"""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from kg.errors import QueryError
from kg.namespace import PREFIXES

_ALLOWED = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct",
            "DescribeQuery": "describe"}


def _walk(node):
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _walk(value)


def prepare(text: str):
    """Parse ``text`` and return the prepared query; raise QueryError if not allowed."""
    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except Exception as exc:  # rdflib raises pyparsing and other errors on bad syntax
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"not a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE): "
                         f"{first}") from None
    if prepared.algebra.name not in _ALLOWED:
        raise QueryError(f"only SELECT, ASK, CONSTRUCT and DESCRIBE are allowed, not "
                         f"{prepared.algebra.name}")
    if prepared.algebra.get("datasetClause"):
        raise QueryError("FROM / FROM NAMED clauses are not allowed: queries read the built graph")
    for part in _walk(prepared.algebra):
        if part.name == "ServiceGraphPattern":
            raise QueryError("SERVICE is not allowed: queries never reach the network")
    return prepared


def _term(value) -> str | None:
    return None if value is None else str(value)


def parse_bindings(pairs: list[str]) -> dict:
    """Turn ``["name=value", ...]`` into SPARQL bindings (IRIs for ``<...>``, else literals)."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"binding {pair!r} is not of the form name=value")
        if value.startswith("<") and value.endswith(">"):
            out[name.strip().lstrip("?")] = URIRef(value[1:-1])
        else:
            out[name.strip().lstrip("?")] = Literal(value)
    return out


def run(graph: Graph, text: str, bindings: dict | None = None) -> dict:
    """Run a read-only query; return ``{"type", "vars", "rows"}`` or ``{"type", "boolean"}``."""
    prepared = prepare(text)
    kind = _ALLOWED[prepared.algebra.name]
    try:
        result = graph.query(prepared, initBindings=bindings or {})
    except Exception as exc:  # evaluation errors (bad function arguments ...)
        raise QueryError(f"query failed: {exc}") from None
    if kind == "ask":
        return {"type": kind, "boolean": bool(result.askAnswer)}
    if kind in ("construct", "describe"):
        rows = [{"subject": str(s), "predicate": str(p), "object": str(o)}
                for s, p, o in sorted(result.graph)]
        return {"type": kind, "vars": ["subject", "predicate", "object"], "rows": rows}
    names = [str(v) for v in result.vars]
    rows = [{name: _term(row[i]) for i, name in enumerate(names)} for row in result]
    return {"type": kind, "vars": names, "rows": rows}
