"""kg export: GraphML that graph tools read, a CSV of flows, JSON-LD and N-Quads."""
from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import assert_clean_exit
from kg.cli import main
from kg.graph.export import export
from kg.graph.store import load_projection


def test_graphml_has_labels_and_categories(real_build, tmp_path):
    path = tmp_path / "kg.graphml"
    result = CliRunner().invoke(main, ["export", "--format", "graphml", "--out", str(path),
                                       "--build", str(real_build)])
    assert_clean_exit(result, 0)
    graph = nx.read_graphml(path)
    assert graph.nodes["jlis"]["label"] == "地方公共団体情報システム機構"
    assert graph.nodes["jlis"]["type"] == "public-body"
    edges = [d for _, _, d in graph.edges(data=True)]
    assert any("個人番号" in d["categories"] for d in edges)
    assert all(d["quote"] and d["evidence"] for d in edges)


def test_csv_is_one_table_of_flows_with_quotes(real_build, real_data):
    proj = load_projection(real_build)
    data = export(real_build, "csv")
    assert data.startswith("\ufeff".encode())  # Excel then reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(proj.of_kind("flow"))
    several = 0
    for row in rows:
        assert row["from_label"] and row["to_label"] and row["municipality"]
        source, line = row["evidence"].rsplit(":", 1)
        text = (real_data / "sources" / source).read_text(encoding="utf-8").split("\n")
        assert row["quote"] in text[int(line) - 1]
        # every quote of the flow (one per line of the cell), each on its line
        quotes = row["quotes"].split("\n")
        assert len(quotes) == len(proj.facts[row["fact"]]["evidence"])
        for item in quotes:
            where, quote = item.split(": ", 1)
            source, line = where.rsplit(":", 1)
            text = (real_data / "sources" / source).read_text(encoding="utf-8").split("\n")
            assert quote in text[int(line) - 1]
        several += len(quotes) > 1
    assert several > 10


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("jsonld", "json-ld"),
                                         ("ntriples", "nt"),
                                         ("nquads", "nt")])  # one graph: N-Triples lines
def test_rdf_exports_are_the_built_graph(real_build, fmt, parser):
    from kg.graph.build import load_checked
    from kg.graph.compile import compile_dataset

    exported = Graph().parse(data=export(real_build, fmt), format=parser)
    assert isomorphic(exported, compile_dataset(load_checked()))  # the data, not the ontology
