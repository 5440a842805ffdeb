"""touches, impact, paths_between and compare (kg.explore) on the flows fixture."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import LookupFailed
from kg.query.explore import compare, dependency_graph, impact, paths_between, touches
from query_fixtures import flows_build, flows_proj, source_line  # noqa: F401

ROLES = ("flows_in", "flows_out", "flows_via", "systems", "entrusted_by", "entrusts",
         "re_entrustments", "access")


def _facts(answer: dict) -> dict[str, list[str]]:
    return {role: [h["fact"] for h in answer[role]] for role in ROLES}


# --- touches ------------------------------------------------------------------------


def test_touches_a_system(flows_proj):
    answer = touches(flows_proj, "基幹システム")
    assert answer["party"]["id"] == "ko-core-system"
    assert _facts(answer) == {
        "flows_in": ["800-flow-3"], "flows_out": ["800-flow-3b"], "flows_via": [],
        "systems": ["800-rel-1", "800-rel-10", "800-rel-2", "800-rel-9"], "entrusted_by": [], "entrusts": [],
        "re_entrustments": [], "access": []}
    assert answer["categories"] == ["my-number", "name"]
    assert answer["municipalities"] == ["ko-city"]
    assert answer["agenda_items"] == ["800-item-1"]


def test_touches_a_contractor(flows_proj):
    answer = touches(flows_proj, "株式会社甲計算センター")
    facts = _facts(answer)
    assert facts["entrusted_by"] == ["800-rel-5"]
    assert facts["re_entrustments"] == ["800-rel-11", "800-rel-6", "800-rel-7"]
    assert facts["flows_in"] == facts["flows_out"] == []


def test_touches_the_principal(flows_proj):
    facts = _facts(touches(flows_proj, "甲市"))
    assert facts["entrusts"] == ["800-rel-5", "800-rel-8"]


def test_touches_flows_out_and_access(flows_proj):
    shimin = _facts(touches(flows_proj, "ko-shimin"))
    assert shimin["flows_out"] == ["800-flow-1", "800-flow-2", "800-flow-3", "800-flow-9",
                                   "801-flow-2"]
    assert _facts(touches(flows_proj, "派遣職員"))["access"] == ["800-access-3"]


def test_touches_a_system_flows_pass_through(flows_proj):
    answer = touches(flows_proj, "住基ネット")
    assert _facts(answer)["flows_via"] == ["800-flow-1", "802-flow-1"]
    assert answer["municipalities"] == ["ko-city", "otsu-city"]


def test_touches_as_of(flows_proj):
    answer = touches(flows_proj, "住基ネット", as_of=dt.date(2019, 12, 31))
    assert _facts(answer)["flows_via"] == ["800-flow-1"]
    assert answer["municipalities"] == ["ko-city"]


def test_touches_hops_carry_evidence(flows_proj):
    answer = touches(flows_proj, "基幹システム")
    for role in ROLES:
        for step in answer[role]:
            assert step["evidence"]
            for ev in step["evidence"]:
                assert ev["quote"] in source_line(ev["source"], ev["line"])


# --- impact ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def maint_impact(flows_proj):
    return impact(flows_proj, "株式会社保守サービス甲")


def _members(bucket: dict) -> dict[str, list[str]]:
    return {row["id"]: row["via"] for kind in ("parties", "systems", "departments")
            for row in bucket[kind]}


def test_impact_degree_one_depends_directly(maint_impact):
    assert maint_impact["subject"]["id"] == "maint-co"
    one = maint_impact["by_degree"]["1"]
    assert _members(one) == {"ko-core-system": ["800-rel-2"]}
    assert [r["id"] for r in one["systems"]] == ["ko-core-system"]
    assert one["municipalities"] == ["ko-city"]
    assert [f["fact"] for f in one["facts"]] == ["800-rel-2"]
    assert one["facts"][0]["evidence"][0]["quote"] == "基幹システムは株式会社保守サービス甲がリモートで保守する。"


def test_impact_degree_two_through_one_other(maint_impact):
    two = maint_impact["by_degree"]["2"]
    assert _members(two) == {"ko-shimin": ["800-flow-3"], "ko-hoken": ["800-flow-3b"]}
    assert {r["id"] for r in two["departments"]} == {"ko-shimin", "ko-hoken"}


def test_impact_degree_three_and_more(maint_impact):
    far = maint_impact["by_degree"]["3+"]
    members = _members(far)
    assert members["jlis"] == ["800-flow-1"]        # distance 3
    assert members["soumusho"] == ["800-flow-6"]    # distance 4, still "3+"
    assert "otsu-shimin" in members
    assert far["municipalities"] == ["ko-city", "otsu-city"]
    assert set(maint_impact["by_degree"]) == {"1", "2", "3+"}
    assert maint_impact["summary"]["1"]["systems"] == 1
    assert maint_impact["summary"]["2"]["departments"] == 2


def test_impact_follows_dependency_direction(maint_impact):
    # vendor-x hosts the same system, but a host does not depend on the maintainer;
    # juki-net is only passed through, it depends on nobody.
    named = {key for bucket in maint_impact["by_degree"].values() for key in _members(bucket)}
    assert "vendor-x" not in named and "ops-co" not in named and "juki-net" not in named
    assert "maint-co" not in named


def test_impact_of_a_national_body(flows_proj):
    answer = impact(flows_proj, "J-L I S")
    one = answer["by_degree"]["1"]
    assert {"ko-shimin", "otsu-shimin", "soumusho", "stats-center"} <= set(_members(one))
    assert one["municipalities"] == ["ko-city", "otsu-city"]


def test_impact_of_a_system_flows_pass_through(flows_proj):
    one = impact(flows_proj, "住基ネット")["by_degree"]["1"]
    members = _members(one)
    assert members["ko-shimin"] == ["800-flow-1"] and members["otsu-shimin"] == ["802-flow-1"]
    assert sorted(members["jlis"]) == ["800-flow-1", "802-flow-1"]


def test_impact_lists_each_linking_fact_once(flows_proj):
    answer = impact(flows_proj, "住基ネット")
    facts = [f["fact"] for f in answer["by_degree"]["1"]["facts"]]
    assert sorted(facts) == ["800-flow-1", "802-flow-1"]
    assert answer["summary"]["1"]["facts"] == 2


def test_impact_as_of(flows_proj):
    answer = impact(flows_proj, "J-L I S", as_of=dt.date(2019, 12, 31))
    named = {key for bucket in answer["by_degree"].values() for key in _members(bucket)}
    assert "otsu-shimin" not in named and "next-vendor" not in named


def test_dependency_graph_directions(flows_proj):
    deps = dependency_graph(flows_proj)
    assert deps.has_edge("ko-city", "calc-center")          # principal relies on contractor
    assert not deps.has_edge("calc-center", "ko-city")
    assert deps.has_edge("ko-core-system", "vendor-x")      # a system relies on its host
    assert not deps.has_edge("vendor-x", "ko-core-system")
    assert deps.has_edge("ko-shimin", "jlis") and deps.has_edge("jlis", "ko-shimin")


def test_impact_unknown_target(flows_proj):
    with pytest.raises(LookupFailed):
        impact(flows_proj, "存在しない機関")


# --- paths between two parties --------------------------------------------------------------


def test_path_marks_backward_hops(flows_proj):
    answer = paths_between(flows_proj, "株式会社エックス情報", "総務省")
    assert answer["from"]["id"] == "vendor-x" and answer["to"]["id"] == "soumusho"
    assert len(answer["routes"]) == 1
    route = answer["routes"][0]
    assert route["nodes"] == ["vendor-x", "ko-core-system", "ko-shimin", "jlis", "soumusho"]
    assert [(h["fact"], h["direction"]) for h in route["hops"]] == [
        ("800-rel-1", "forward"), ("800-flow-3", "backward"),
        ("800-flow-1", "forward"), ("800-flow-6", "forward")]


def test_parallel_facts_do_not_duplicate_routes(flows_proj):
    routes = paths_between(flows_proj, "ops-co", "ko-shimin")["routes"]
    assert routes
    keys = [(tuple(r["nodes"]), tuple(h["fact"] for h in r["hops"])) for r in routes]
    assert len(keys) == len(set(keys)), keys


def test_path_respects_max_hops(flows_proj):
    assert paths_between(flows_proj, "vendor-x", "soumusho", max_hops=3)["routes"] == []


def test_paths_are_shortest_first(flows_proj):
    routes = paths_between(flows_proj, "ko-shimin", "ko-hoken")["routes"]
    assert [len(r["hops"]) for r in routes] == sorted(len(r["hops"]) for r in routes)
    assert routes[0]["nodes"] == ["ko-shimin", "ko-core-system", "ko-hoken"]


def test_path_between_unconnected_parties(flows_proj):
    assert paths_between(flows_proj, "jlis", "kokuho-otsu")["routes"] == []


# --- compare --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def side_by_side(flows_proj):
    return compare(flows_proj, ["甲市", "Otsu City"])


def test_compare_lists_shared_bodies(side_by_side):
    assert side_by_side["shared"] == {"public_bodies": ["jlis"], "vendors": [],
                                      "systems": ["juki-net"], "channels": ["lgwan"],
                                      "categories": ["my-number"]}


def test_compare_rows(side_by_side):
    ko, otsu = side_by_side["municipalities"]
    assert ko["municipality"]["id"] == "ko-city" and otsu["municipality"]["id"] == "otsu-city"
    assert otsu["public_bodies"] == ["jlis"] and otsu["vendors"] == []
    assert (otsu["flows"], otsu["agenda_items"], otsu["outsourcing"]) == (1, 1, 0)
    assert "vendor-x" in ko["vendors"] and "kokuho-ko" in ko["public_bodies"]
    assert ko["unnamed_parties"] == ["800-entry-contractor", "800-sub-allowed",
                                     "800-sub-forbidden", "800-sub-names"]
    assert (ko["flows"], ko["agenda_items"]) == (13, 6)
    assert (ko["outsourcing"], ko["re_entrustments"]) == (2, 3)
    assert ko["physical_media_flows"] == 2     # USB (800-flow-2) and paper (800-flow-10)


def test_compare_unknown_municipality(flows_proj):
    with pytest.raises(LookupFailed):
        compare(flows_proj, ["甲市", "丙村"])
