"""touches, impact, paths_between and compare (kg.explore) on the flows fixture."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import BadQuestion, LookupFailed
from kg.query.explore import ROLES, compare, paths_between, touches
from query_fixtures import (assert_chain, flows_build, flows_proj, hop_facts,  # noqa: F401
                            source_line)


def _facts(answer: dict) -> dict[str, list[str]]:
    return {role: [h["fact"] for h in answer[role]] for role in ROLES}


# --- touches ------------------------------------------------------------------------


def test_touches_a_system(flows_proj):
    answer = touches(flows_proj, "基幹システム")
    assert answer["party"]["id"] == "ko-core-system"
    assert _facts(answer) == {
        "flows_in": ["800-flow-3"], "flows_out": ["800-flow-3b"], "flows_via": [],
        "systems": ["800-rel-1", "800-rel-10", "800-rel-2", "800-rel-9"], "entrusted_by": [], "entrusts": [],
        "re_entrustments": [], "re_entrust_ban": [], "contracts": [], "access": []}
    assert answer["categories"] == ["my-number", "name"]
    assert answer["municipalities"] == ["ko-city"]
    assert answer["agenda_items"] == ["800-item-1"]


def test_touches_a_contractor(flows_proj):
    answer = touches(flows_proj, "株式会社甲計算センター")
    facts = _facts(answer)
    assert facts["entrusted_by"] == ["800-rel-5"]
    # (800-rel-7, the re-entrustment the contract forbids, is a ban: shown apart)
    assert (facts["re_entrustments"], facts["re_entrust_ban"]) == (["800-rel-11", "800-rel-6"], ["800-rel-7"])
    assert facts["flows_in"] == facts["flows_out"] == []


def test_touches_the_principal(flows_proj):
    facts = _facts(touches(flows_proj, "甲市"))
    assert facts["entrusts"] == ["800-rel-5", "800-rel-8"]


def test_touches_flows_out_and_access(flows_proj):
    shimin = _facts(touches(flows_proj, "ko-shimin"))
    assert shimin["flows_out"] == ["800-flow-1", "800-flow-2", "800-flow-3", "800-flow-9",
                                   "801-flow-2"]
    hoken = touches(flows_proj, "ko-hoken")
    assert [h["municipality"] for h in hoken["flows_out"]] == ["ko-city"] * 2
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


# --- paths between two parties --------------------------------------------------------------


def test_path_follows_the_data_per_controller(flows_proj, ):
    answer = paths_between(flows_proj, "ko-shimin", "総務省")
    assert answer["from"]["id"] == "ko-shimin" and answer["to"]["id"] == "soumusho"
    assert [(r["municipality"], hop_facts(r)) for r in answer["routes"]] == [
        ("ko-city", ["800-flow-1", "800-flow-6"])]
    for route in answer["routes"]:
        assert_chain(flows_proj, route, "soumusho")


def test_path_never_runs_against_the_data(flows_proj):
    # the host of the core system reaches nothing: data moves into it, not out of it
    assert paths_between(flows_proj, "株式会社エックス情報", "総務省")["routes"] == []


def test_path_respects_max_hops(flows_proj):
    assert paths_between(flows_proj, "ko-shimin", "soumusho", max_hops=2)["routes"] == []
    with pytest.raises(BadQuestion, match="at least 1"):
        paths_between(flows_proj, "ko-shimin", "soumusho", max_hops=0)


def test_path_to_itself_is_refused(flows_proj):
    with pytest.raises(BadQuestion, match="same party"):
        paths_between(flows_proj, "J-LIS", "jlis")


def test_paths_are_shortest_first(flows_proj):
    routes = paths_between(flows_proj, "ko-shimin", "ko-hoken")["routes"]
    assert [len(r["hops"]) for r in routes] == sorted(len(r["hops"]) for r in routes)
    assert hop_facts(routes[0]) == ["800-flow-3", "800-flow-3b"]


def test_path_between_tenants_of_other_municipalities(flows_proj):
    assert paths_between(flows_proj, "乙市市民課", "kokuho-ko")["routes"] == []


# --- compare --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def side_by_side(flows_proj):
    return compare(flows_proj, ["甲市", "Otsu City"])


def test_compare_lists_shared_bodies(side_by_side):
    # the two federations' instances count as one shared product
    assert side_by_side["shared"] == {"public_bodies": ["jlis"], "vendors": [],
                                      "systems": ["juki-net", "shuyaku"], "channels": ["lgwan"],
                                      "categories": ["my-number"]}


def test_compare_rows(side_by_side):
    ko, otsu = side_by_side["municipalities"]
    assert ko["municipality"]["id"] == "ko-city" and otsu["municipality"]["id"] == "otsu-city"
    assert otsu["public_bodies"] == ["jlis", "kokuho-otsu"] and otsu["vendors"] == ["otsu-printer"]
    assert (otsu["flows"], otsu["agenda_items"], otsu["outsourcing"]) == (3, 1, 0)
    assert "vendor-x" in ko["vendors"] and "kokuho-ko" in ko["public_bodies"]
    # (a forbidden re-entrustment is a ban: counted apart, its placeholder party no party)
    assert ko["unnamed_parties"] == ["800-entry-contractor", "800-sub-allowed", "800-sub-names"]
    assert (ko["flows"], ko["agenda_items"]) == (14, 6)
    assert (ko["outsourcing"], ko["re_entrustments"], ko["forbidden_re_entrustments"]) == (2, 2, 1)
    assert ko["physical_media_flows"] == 2     # USB (800-flow-2) and paper (800-flow-10)


def test_compare_unknown_municipality(flows_proj):
    with pytest.raises(LookupFailed):
        compare(flows_proj, ["甲市", "丙村"])
    with pytest.raises(BadQuestion, match="twice"):
        compare(flows_proj, ["甲市", "ko-city"])


def test_touches_says_what_a_party_holds_as_who_can_see_does(real_proj):
    # 日立システムズ is entrusted with work on 東村山市's systems: no fact of its own
    # names a category, yet who-can-see gives it My Number; touches says so too.
    from kg.query.access import who_can_see
    from kg.query.explore import touches

    answer = touches(real_proj, "日立システムズ")
    assert answer["categories"] == []
    assert "my-number" in answer["held"]["higashimurayama"]
    seen = who_can_see(real_proj, "個人番号")
    for entry in seen["parties"]:
        if entry["type"] in ("company", "public-body"):
            held = touches(real_proj, entry["id"])["held"]
            for muni in entry["municipalities"]:
                assert muni in held, (entry["id"], muni)


def test_path_lists_each_sequence_of_parties_once(real_proj):
    # 区民課 → … → 警察 (杉並区): several facts state the same steps; one route each
    # way through the parties, saying how many other statements of it there are.
    from kg.query.explore import paths_between

    answer = paths_between(real_proj, "区民課", "警察")
    sequences = [(r["municipality"], r["start"], *[h["to"] for h in r["hops"]])
                 for r in answer["routes"]]
    assert answer["routes"] and len(sequences) == len(set(sequences))
    assert any(r["parallel"] > 0 for r in answer["routes"])


#: Two hand-overs between the same parties: a paper one that ended, then a line that runs.
_ENDED_THEN_RUNNING = ("806_ko_2023.txt",
                       "# 甲市個人情報保護審議会 会議録（試験用の架空の記録）\n"
                       "【諮問第1号】検針データの提供（保険年金課）\n"
                       "説明員）保険年金課は検針票を紙で株式会社集計甲に渡していたが、廃止した。\n"
                       "説明員）保険年金課は氏名を専用回線で株式会社集計甲に提供する。\n",
                       "source: 806_ko_2023.txt\nentities:\n"
                       "  - {id: tally-co, type: company, label: 株式会社集計甲, label_en: Ko Tally Co.}\n"
                       "agenda_items:\n  - {id: 806-item-1, type: consultation, number: \"1\", title: 検針データの提供,"
                       " kinds: [provision-outside],\n     department: ko-hoken, outcome: approved,"
                       " evidence: [\"【諮問第1号】検針データの提供（保険年金課）\"]}\nflows:\n"
                       "  - {id: 806-flow-a, item: 806-item-1, source: ko-hoken, target: tally-co, categories: [name],"
                       " status: ended,\n     evidence: [\"保険年金課は検針票を紙で株式会社集計甲に渡していたが、廃止した。\"]}\n"
                       "  - {id: 806-flow-b, item: 806-item-1, source: ko-hoken, target: tally-co, categories: [name],\n"
                       "     evidence: [\"保険年金課は氏名を専用回線で株式会社集計甲に提供する。\"]}\n")


def test_a_path_shows_the_route_that_runs_before_one_that_ended(tmp_path):
    # nc63 U1: the ended paper hand-over was the route shown, the running one folded into
    # "1 more"
    from kg.graph.store import load_projection
    from query_fixtures import flows_plus
    proj = load_projection(flows_plus(tmp_path, *_ENDED_THEN_RUNNING, "2023-06-01"))
    [route] = paths_between(proj, "保険年金課", "株式会社集計甲", municipality="甲市")["routes"]
    assert [h["fact"] for h in route["hops"]] == ["806-flow-b"]
    assert (route["status"], route["parallel"]) == ("current", 1)
