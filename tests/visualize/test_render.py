"""`kg viz` without a browser: the diagram data of each view, the CLI, the page.

The graphs are built with `kg build --data ... --out tmp` from the mini and XSS
fixtures and from the bundled data (fixtures in conftest.py, shared with
tests/test_viz_browser.py).
"""
from __future__ import annotations

import datetime as dt
import doctest
from html import unescape
import json
import math
import re
import shutil


import pytest


from conftest import FIXTURES, assert_clean_exit, busiest, kg

import visualize


from kg.errors import LookupFailed
from kg.query.access import who_can_see
from kg.query.scope import category_closure

from visualize.model import SYSTEM_ROLES, category_node_id
from visualize.page import json_for_script
from visualize.styles import EDGE_STYLES, NODE_STYLES

XSS = FIXTURES / "xss"
DRAWN = ("flow", "relation", "access")


def ids(items) -> set[str]:
    return {item["id"] for item in items}


# --- the diagram data ------------------------------------------------------------------------


def test_whole_graph_draws_every_entity_and_every_fact(mini_proj):
    d = visualize.diagram(mini_proj)
    drawn = {f["id"] for f in mini_proj.facts.values() if f["kind"] in DRAWN}
    assert set(mini_proj.entities) <= ids(d["nodes"])
    assert {e["fact"] for e in d["edges"]} == drawn
    assert len(ids(d["edges"])) == len(d["edges"])
    for edge in d["edges"]:
        assert {edge["from"], edge["to"]} <= ids(d["nodes"])
        assert edge["evidence"] and all(ev["quote"] and ev["source"] and ev["line"] >= 1
                                        and ev["date"] for ev in edge["evidence"])
    assert d["layout"]["mode"] == "physics"


def test_flow_through_a_system_is_drawn_as_two_segments(xss_proj):
    edges = {e["id"]: e for e in visualize.diagram(xss_proj)["edges"]}
    first, second = edges["950-flow-1#1"], edges["950-flow-1#2"]
    assert (first["from"], first["to"]) == ("xss-dept", "xss-system")
    assert (second["from"], second["to"]) == ("xss-system", "xss-contractor")
    assert first["fact"] == second["fact"] == "950-flow-1"
    assert first["label"] == "USBメモリ"  # edge label = channel


def test_edge_styles_encode_sensitivity_status_and_access(xss_proj):
    edges = {e["id"]: e for e in visualize.diagram(xss_proj)["edges"]}
    assert edges["950-flow-1#1"]["style"] == ["flow", "specific"]
    assert edges["950-flow-1#1"]["specific"] is True
    assert edges["950-flow-2"]["style"] == ["flow", "planned"]
    assert edges["950-rel-1"]["style"] == ["relation"]
    assert edges["950-access-1@my-number"]["style"] == ["excluded"]
    assert edges["950-access-1@my-number"]["from"] == category_node_id("my-number")
    assert edges["950-access-2@xss-category"]["style"] == ["incidental"]


def test_legend_lists_every_type_and_style_with_counts(xss_proj):
    d = visualize.diagram(xss_proj)
    assert [n["type"] for n in d["legend"]["nodes"]] == list(NODE_STYLES)
    assert [e["style"] for e in d["legend"]["edges"]] == list(EDGE_STYLES)
    for row in d["legend"]["nodes"]:
        assert row["count"] == sum(n["type"] == row["type"] for n in d["nodes"])


def test_municipality_view_keeps_its_facts_only(real_proj):
    muni = busiest(real_proj, "municipality")
    d = visualize.diagram(real_proj, municipality=muni)
    assert d["edges"] and all(e["municipality"] == muni for e in d["edges"])
    assert next(n for n in d["nodes"] if n["id"] == muni)["focus"] is True
    own = {k for k, e in real_proj.entities.items() if e.get("municipality") == muni}
    assert own <= ids(d["nodes"])


def test_category_view_keeps_flows_and_parties_that_handle_it(real_proj):
    d = visualize.diagram(real_proj, category="個人番号")
    wanted = category_closure(real_proj, "my-number")
    assert d["edges"]
    systems_reached = set()
    for edge in d["edges"]:
        if edge["kind"] in ("flow", "access"):
            assert wanted & set(edge["categories"]), edge["id"]
            systems_reached.update((edge["from"], edge["to"]))
    for edge in d["edges"]:
        if edge["kind"] == "relation" and not wanted & set(edge["categories"]):
            assert edge["type"] in SYSTEM_ROLES + ("entrusts",), edge["id"]
    assert category_node_id("my-number") in ids(d["nodes"])


def test_party_view_is_the_neighbourhood(real_proj):
    party = busiest(real_proj)
    d = visualize.diagram(real_proj, party=party)
    hosted = {e["to"] for e in d["edges"] if e["kind"] == "relation"
              and e["type"] in SYSTEM_ROLES and e["from"] == party}
    assert d["edges"]
    for edge in d["edges"]:
        fact = real_proj.facts[edge["fact"]]
        ends = {fact.get(k) for k in ("from", "to", "via", "subject", "object", "party")}
        assert ends & ({party} | hosted), edge["id"]


def _hops(rows) -> set[tuple]:
    return {(h["fact"], h["from"], h["to"], r["municipality"])
            for row in rows for r in row["routes"] for h in r["hops"]}


def test_who_can_see_view_draws_exactly_the_answer(real_proj):
    d = visualize.diagram(real_proj, who_can_see="個人番号")
    answer = who_can_see(real_proj, "個人番号")
    rows = answer["parties"] + answer["systems"] + answer["subjects"]
    nodes = {n["id"]: n for n in d["nodes"]}
    for row in rows:
        assert nodes[row["id"]]["access"] == row["access"]
        assert nodes[row["id"]]["data_of"] == row["municipalities"]
    drawn = {(e["fact"], e["from"], e["to"], e["municipality"]) for e in d["edges"]
             if e["type"] != "excluded"}
    assert drawn == _hops(rows)  # one edge per hop, in the direction the data moves
    assert all(e["highlight"] and "route" in e["style"] for e in d["edges"]
               if e["type"] != "excluded")
    assert {e["fact"] for e in d["edges"] if e["type"] == "excluded"} == {
        r["fact"] for r in answer["excluded"]}


def test_impact_view_draws_exactly_the_answer(real_proj):
    from kg.query.impact import impact

    d = visualize.diagram(real_proj, impact="J-LIS", mode="outage")
    answer = impact(real_proj, "J-LIS", "outage")
    rows = [{"id": r["party"]["id"], "routes": r["routes"]} for r in answer["affected"]]
    drawn = {(e["fact"], e["from"], e["to"], e["municipality"]) for e in d["edges"]}
    assert drawn == _hops(rows)
    nodes = {n["id"]: n for n in d["nodes"]}
    assert nodes["jlis"]["focus"]
    for row in answer["affected"]:
        assert nodes[row["party"]["id"]]["distance"] <= row["distance"]
    assert d["view"]["impact"] == "jlis" and d["view"]["mode"] == "outage"


def test_views_combine(real_proj):
    muni = busiest(real_proj, "municipality")
    both = visualize.diagram(real_proj, municipality=muni, who_can_see="個人番号")
    alone = visualize.diagram(real_proj, who_can_see="個人番号")
    local = visualize.diagram(real_proj, municipality=muni)
    assert ids(both["edges"]) <= ids(alone["edges"])
    assert {e["fact"] for e in both["edges"]} <= {e["fact"] for e in local["edges"]}
    assert {e["municipality"] for e in both["edges"]} <= {muni}
    assert both["view"]["municipality"] == muni and both["view"]["who_can_see"] == "my-number"
    with pytest.raises(LookupFailed, match="either"):
        visualize.diagram(real_proj, who_can_see="個人番号", impact="J-LIS")


def test_as_of_keeps_facts_stated_by_then(real_proj):
    d = visualize.diagram(real_proj, as_of=dt.date(2018, 1, 1))
    assert all(e["date"] <= "2018-01-01" for e in d["edges"])


def test_unknown_names_raise_lookup_failed(mini_proj):
    with pytest.raises(LookupFailed):
        visualize.diagram(mini_proj, party="存在しない事業者")
    with pytest.raises(LookupFailed):
        visualize.diagram(mini_proj, category="no such category")


# --- layout of large views -------------------------------------------------------------------


def test_large_view_gets_a_precomputed_clustered_layout(real_proj):
    d = visualize.diagram(real_proj, large_threshold=10)
    again = visualize.diagram(real_proj, large_threshold=10)
    assert d["layout"] == {"mode": "precomputed", "threshold": 10}
    points = {n["id"]: (n["x"], n["y"]) for n in d["nodes"]}
    assert points == {n["id"]: (n["x"], n["y"]) for n in again["nodes"]}
    assert len(set(points.values())) == len(points)
    groups: dict[str, list] = {}
    for node in d["nodes"]:
        if node.get("municipality"):
            groups.setdefault(node["municipality"], []).append(points[node["id"]])
    centres = {k: (sum(p[0] for p in v) / len(v), sum(p[1] for p in v) / len(v))
               for k, v in groups.items()}
    for node in d["nodes"]:  # each municipality's nodes form a cluster of their own
        if node.get("municipality"):
            near = min(centres, key=lambda k: math.dist(centres[k], points[node["id"]]))
            assert near == node["municipality"], node["id"]


def test_small_view_leaves_layout_to_physics(mini_proj):
    d = visualize.diagram(mini_proj)
    assert all("x" not in n for n in d["nodes"])
    assert d["layout"]["threshold"] == visualize.LARGE_GRAPH


# --- the page --------------------------------------------------------------------------------


def test_page_is_self_contained_and_escapes_every_text(xss_proj, tmp_path):
    d = visualize.diagram(xss_proj, municipality="xsstown")  # its label is in the title
    path = visualize.write_html(d, tmp_path / "page.html")
    html = path.read_text(encoding="utf-8")
    assert "<img src=x onerror" not in html and "<svg onload" not in html
    tags = _start_tags(html)
    assert tags.count("script") == 3  # the data block, vis-network, our script
    assert not {"img", "iframe", "svg", "object", "embed", "link", "base"} & set(tags)
    assert "<title>個人情報の流れ — XSS町&lt;img src=x onerror=alert(1)&gt;</title>" in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert unescape(csp[1]).startswith("default-src 'none'; script-src 'unsafe-inline';")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*[\"']?(?:https?:)?//|@import", html, re.I)
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    payload = json.loads(block[1])
    assert payload["nodes"] == json.loads(json.dumps(d["nodes"]))
    assert payload["edges"] == json.loads(json.dumps(d["edges"]))


def _start_tags(html: str) -> list[str]:
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags = []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            assert not any(name.startswith("on") for name, _ in attrs), (tag, attrs)

    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_json_for_script_cannot_close_the_block():
    text = json_for_script({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_write_html_is_atomic_and_replaces(tmp_path, mini_proj):
    target = tmp_path / "out" / "d.html"
    visualize.write_html(visualize.diagram(mini_proj), target)
    first = target.read_bytes()
    visualize.write_html(visualize.diagram(mini_proj, category="個人番号"), target)
    assert target.read_bytes() != first
    assert [p.name for p in target.parent.iterdir()] == ["d.html"]


# --- the command line --------------------------------------------------------------------------


def test_cli_json_prints_the_diagram_and_writes_the_page(real_build, real_proj, tmp_path):
    out = tmp_path / "wcs.html"
    result = kg("viz", "--who-can-see", "個人番号", "--build", real_build, "--out", out,
                "--format", "json")
    assert_clean_exit(result, 0)
    printed = json.loads(result.stdout)
    expected = json.loads(json.dumps(visualize.diagram(real_proj, who_can_see="個人番号")))
    assert printed == expected
    assert out.is_file() and "wrote" in result.stderr


def test_cli_table_and_csv_summarise(mini_build, tmp_path):
    result = kg("viz", "--build", mini_build, "--out", tmp_path / "a.html")
    assert_clean_exit(result, 0)
    assert result.stdout.splitlines()[0].split() == ["element", "kind", "count"]
    assert "wrote" in result.stdout and "a.html" in "".join(result.stdout.split())
    result = kg("viz", "--build", mini_build, "--out", tmp_path / "b.html", "--format", "csv",
                "-m", "試験市")
    assert_clean_exit(result, 0)
    assert result.stdout.splitlines()[0] == "element,kind,count"
    assert (tmp_path / "b.html").is_file()


def test_cli_default_page_goes_to_the_build_folder(mini_build, tmp_path):
    build_dir = tmp_path / "b"
    shutil.copytree(mini_build, build_dir)
    result = kg("viz", "--build", build_dir)
    assert_clean_exit(result, 0)
    assert (build_dir / "diagram.html").is_file()


@pytest.mark.parametrize("option", ["--party", "--category", "--who-can-see", "-m"])
def test_cli_unknown_name_is_one_line_and_exit_1(mini_build, tmp_path, option):
    result = kg("viz", option, "存在しない名前", "--build", mini_build, "--out", tmp_path / "x.html")
    assert_clean_exit(result, 1)  # bad input: the graph does not know it
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("error: ")
    assert not (tmp_path / "x.html").exists()


def test_cli_help_states_the_large_graph_threshold():
    result = kg("viz", "--help")
    assert f"default: {visualize.LARGE_GRAPH}," in " ".join(result.stdout.split())


def test_cli_without_a_build_says_so(tmp_path):
    result = kg("viz", "--build", tmp_path / "none", "--out", tmp_path / "x.html")
    assert_clean_exit(result, 1)
    assert "kg build" in result.stderr


def test_docstring_examples():
    import visualize.view
    import visualize.layout
    import visualize.page
    import visualize.styles

    for module in (visualize.styles, visualize.layout, visualize.page, visualize.view):
        failures, _ = doctest.testmod(module)
        assert failures == 0, module.__name__


def test_an_edge_names_its_system_even_where_the_view_leaves_the_system_out(real_proj):
    # the convenience-store clerk's view: what it may see at the kiosk, the kiosk not drawn
    d = visualize.diagram(real_proj, party="konbini-clerk")
    drawn = {n["id"] for n in d["nodes"]}
    with_system = [e for e in d["edges"] if e.get("system")]
    assert any(e["system"] not in drawn for e in with_system)
    assert all(e["system_label"] == real_proj.entities[e["system"]]["label"] for e in with_system)
