"""The built graph in the formats auditors' tools read.

* ``graphml`` — parties and systems as nodes, flows and relationships as
  edges, with labels, types, categories, channel, status, date, whose data and
  the first quote as attributes: opens in Gephi, Cytoscape or yEd.
* ``csv`` — one table of flows with both ends' labels, categories, channel,
  status, date, whose data, the first quote with its file and line, and every
  quote of the flow (``quotes``, one per line of the cell); UTF-8 with a byte-order mark, so that Excel
  reads the Japanese text as it is.
* ``turtle``, ``jsonld``, ``ntriples`` and ``nquads`` — the RDF graph itself
  (the data, without the ontology), dumped from the store.

Each function reads the build folder and returns bytes.

Example::

    >>> data = export(Path("build"), "csv")              # doctest: +SKIP
    >>> data.decode().splitlines()[0].split(",")[:3]       # doctest: +SKIP
    ['fact', 'municipality', 'from']
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from kg.errors import KGError
from kg.graph.projection import Projection

FORMATS = ("graphml", "csv", "turtle", "jsonld", "ntriples", "nquads")
RDF_FORMATS = {"turtle": "TURTLE", "jsonld": "JSON_LD", "ntriples": "N_TRIPLES",
               "nquads": "N_QUADS"}


def export(build_dir: Path | None, fmt: str) -> bytes:
    """Return the built graph in ``fmt`` (one of :data:`FORMATS`)."""
    from kg import paths
    from kg.graph.store import load_projection, store_path

    if fmt not in FORMATS:
        raise KGError(f"cannot export {fmt!r}; choose one of {', '.join(FORMATS)}")
    build_dir = Path(build_dir or paths.build_dir())
    if fmt in RDF_FORMATS:
        import pyoxigraph as ox

        from kg.namespace import PREFIXES

        store = ox.Store.read_only(str(store_path(build_dir)))
        # The default graph is the data; the ontology is a named graph of its own.
        return store.dump(format=getattr(ox.RdfFormat, RDF_FORMATS[fmt]),
                          from_graph=ox.DefaultGraph(),
                          prefixes={k: str(v) for k, v in PREFIXES.items()})
    proj = load_projection(build_dir)
    return graphml(proj) if fmt == "graphml" else flows_csv(proj)


def _labels(proj: Projection, keys) -> str:
    cats = proj.categories
    return "; ".join(cats[k]["label"] if k in cats else k for k in keys or ())


def _quote(fact: dict) -> tuple[str, str]:
    if not fact["evidence"]:
        return "", ""
    first = fact["evidence"][0]
    return first["quote"], f"{first['source']}:{first['line']}"


def _whose(proj: Projection, fact: dict) -> str:
    controller = fact.get("controller")
    return proj.entities[controller]["label"] if controller else "参加自治体共通 (every participant)"


def flows_csv(proj: Projection) -> bytes:
    """Return one CSV table of flows, a row each, both ends labelled, with the quote."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["fact", "municipality", "from", "from_label", "to", "to_label", "via_label",
                     "categories", "category_labels", "channel", "frequency", "condition", "status",
                     "basis", "date", "item", "quote", "evidence", "quotes"])
    for fact in proj.ordered_facts:
        if fact["kind"] != "flow":
            continue
        quote, where = _quote(fact)
        channel = proj.terms["channels"].get(fact["channel"] or "", {}).get("label", "")
        writer.writerow([
            fact["id"], _whose(proj, fact), fact["from"], proj.entities[fact["from"]]["label"],
            fact["to"], proj.entities[fact["to"]]["label"],
            proj.entities[fact["via"]]["label"] if fact["via"] else "",
            "; ".join(fact["categories"]), _labels(proj, fact["categories"]), channel,
            fact["frequency"] or "", fact["condition"] or "", fact["status"], fact["basis"], fact["date"],
            fact["item"] or "", quote, where,
            "\n".join(f"{e['source']}:{e['line']}: {e['quote']}" for e in fact["evidence"])])
    return buffer.getvalue().encode("utf-8-sig")


def graphml(proj: Projection) -> bytes:
    """Return parties and systems with their flows and relationships as GraphML."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for key, ent in proj.entities.items():
        graph.add_node(key, label=ent["label"], label_en=ent["label_en"] or "", type=ent["type"],
                       municipality=ent.get("municipality") or "",
                       instance_of=ent.get("instance_of") or "")
    for fact in proj.ordered_facts:
        if fact["kind"] == "flow":
            ends = [(fact["from"], fact["via"]), (fact["via"], fact["to"])] if fact["via"] \
                else [(fact["from"], fact["to"])]
        elif fact["kind"] == "relation":
            ends = [(fact["subject"], fact["object"])]
        else:
            continue
        quote, where = _quote(fact)
        for n, (a, b) in enumerate(ends):
            graph.add_edge(a, b, key=f"{fact['id']}#{n}" if len(ends) > 1 else fact["id"],
                           fact=fact["id"], kind=fact["kind"], type=fact["type"] or "flow",
                           categories=_labels(proj, fact["categories"]),
                           channel=fact.get("channel") or "", status=fact.get("status") or "",
                           basis=fact.get("basis") or "", date=fact["date"],
                           municipality=_whose(proj, fact), quote=quote, evidence=where)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8")
    return buffer.getvalue()
