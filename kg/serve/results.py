"""SPARQL results in the formats of the SPARQL 1.1 Protocol, from plain rows.

Rows are the SPARQL 1.1 JSON terms :func:`kg.query.sparql.run` returns
(``{"type": "uri", "value": ...}``); graphs (CONSTRUCT, DESCRIBE) are
serialised by Oxigraph. :func:`negotiate` picks the format from an Accept header.

Example::

    >>> body, mime = serialize({"type": "ask", "boolean": True}, "application/sparql-results+json")
    >>> body, mime
    (b'{"head":{},"boolean":true}', 'application/sparql-results+json')
"""
from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

SOLUTIONS = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPHS = {
    "text/turtle": "turtle", "application/n-triples": "ntriples",
    "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
    "application/n-quads": "nquads",
}
DEFAULT = {"select": "application/sparql-results+json", "ask": "application/sparql-results+json",
           "construct": "text/turtle", "describe": "text/turtle"}


def negotiate(accept: str | None, kind: str) -> str | None:
    """Return the media type to answer a ``kind`` query with, or None when none fits.

    >>> negotiate("text/csv;q=0.9, application/sparql-results+xml", "select")
    'application/sparql-results+xml'
    >>> negotiate("*/*", "construct")
    'text/turtle'
    """
    table = GRAPHS if kind in ("construct", "describe") else SOLUTIONS
    if kind == "ask":
        table = {k: v for k, v in table.items() if v in ("json", "xml")}
    if not accept:
        return DEFAULT[kind]
    offers = []
    for n, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        offers.append((-q, n, media.lower()))
    for _, _, media in sorted(offers):
        if media in table:
            return media
        if media in ("*/*", "application/*", "text/*") and media != "text/*":
            return DEFAULT[kind]
        if media == "text/*":
            return next((m for m in table if m.startswith("text/")), None)
    return None


def serialize(answer: dict, media: str) -> tuple[bytes, str]:
    """Return ``(body, media type)`` of a query answer in ``media``."""
    kind = answer["type"]
    if kind in ("construct", "describe"):
        return _graph(answer["rows"], GRAPHS[media]), media
    fmt = SOLUTIONS[media]
    if kind == "ask":
        if fmt == "xml":
            value = "true" if answer["boolean"] else "false"
            return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                    f"<head/><boolean>{value}</boolean></sparql>\n").encode(), media
        return json.dumps({"head": {}, "boolean": answer["boolean"]},
                          separators=(",", ":")).encode(), media
    names, rows = answer["vars"], answer["rows"]
    if fmt == "json":
        return json.dumps({"head": {"vars": names}, "results": {"bindings": rows}},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8"), media
    if fmt == "xml":
        return _xml(names, rows).encode("utf-8"), media
    return _delimited(names, rows, fmt).encode("utf-8"), media


def _xml(names: list[str], rows: list[dict]) -> str:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "<head>", *[f"<variable name={quoteattr(n)}/>" for n in names], "</head><results>"]
    for row in rows:
        out.append("<result>")
        for name, term in row.items():
            out.append(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out)


def _xml_term(term: dict) -> str:
    value = escape(term["value"])
    if term["type"] == "uri":
        return f"<uri>{value}</uri>"
    if term["type"] == "bnode":
        return f"<bnode>{value}</bnode>"
    if "xml:lang" in term:
        return f"<literal xml:lang={quoteattr(term['xml:lang'])}>{value}</literal>"
    if "datatype" in term:
        return f"<literal datatype={quoteattr(term['datatype'])}>{value}</literal>"
    return f"<literal>{value}</literal>"


def _delimited(names: list[str], rows: list[dict], fmt: str) -> str:
    buffer = io.StringIO()
    if fmt == "csv":  # plain values (SPARQL 1.1 CSV)
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow([row[n]["value"] if n in row else "" for n in names])
        return buffer.getvalue()
    lines = ["\t".join(f"?{n}" for n in names)]  # TSV: terms in Turtle syntax
    for row in rows:
        lines.append("\t".join(_tsv_term(row[n]) if n in row else "" for n in names))
    return "\n".join(lines) + "\n"


def _tsv_term(term: dict) -> str:
    if term["type"] == "uri":
        return f"<{term['value']}>"
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    text = json.dumps(term["value"], ensure_ascii=False)
    if "xml:lang" in term:
        return f"{text}@{term['xml:lang']}"
    if "datatype" in term:
        return f"{text}^^<{term['datatype']}>"
    return text


def _graph(rows: list[dict], fmt: str) -> bytes:
    import pyoxigraph as ox

    def term(t):
        if t["type"] == "uri":
            return ox.NamedNode(t["value"])
        if t["type"] == "bnode":
            return ox.BlankNode(t["value"])
        if "xml:lang" in t:
            return ox.Literal(t["value"], language=t["xml:lang"])
        if "datatype" in t:
            return ox.Literal(t["value"], datatype=ox.NamedNode(t["datatype"]))
        return ox.Literal(t["value"])

    formats = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML,
               "nquads": ox.RdfFormat.N_QUADS}
    triples = [ox.Triple(term(r["subject"]), term(r["predicate"]), term(r["object"]))
               for r in rows]
    if fmt == "nquads":
        triples = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
    return ox.serialize(triples, format=formats[fmt])
