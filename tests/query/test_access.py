"""who_can_see (kg.query.access) on the hand-made flows fixture, and on the real data.

Each rule of ``docs/semantics.md`` is pinned by a case built for it in
``tests/fixtures/flows`` (the comments in its fact files say which) and by a
near miss that must not grant access.
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import LookupFailed
from kg.query.access import route_text, who_can_see
from kg.query.routes import ACCESS_ORDER
from query_fixtures import (assert_chain, by_id, flows_build, flows_proj,  # noqa: F401
                            hop_facts, routes_of, source_line)

# Who can see my-number in the whole fixture, and how (see facts/*.yaml).
EXPECTED_ACCESS = {
    "ko-city": "controller", "ko-shimin": "controller", "ko-hoken": "controller",
    "otsu-shimin": "controller",
    "jlis": "direct", "card-printer": "direct", "next-vendor": "direct", "otsu-printer": "direct",
    "vendor-x": "via-system", "maint-co": "via-system", "ops-co": "via-system",
    "kokuho-ko": "via-system", "kokuho-otsu": "via-system",
    "calc-center": "entrusted", "800-sub-allowed": "entrusted", "800-entry-contractor": "entrusted",
    "soumusho": "transitive", "cabinet-office": "transitive",
    "konbini-clerk": "incidental",
}
NEVER = {"ko-toshokan", "stats-center", "lib-vendor", "ko-library-system", "cloud-co",
         "ko-kosodate", "800-sub-forbidden", "800-sub-names", "otsu-city"}


@pytest.fixture(scope="module")
def answer(flows_proj):
    return who_can_see(flows_proj, "my-number")


@pytest.fixture(scope="module")
def parties(answer):
    return by_id(answer["parties"])


def _municipal(row: dict, muni: str) -> list[list[str]]:
    return [hop_facts(r) for r in row["routes"] if r["municipality"] == muni]


def everyone(answer: dict) -> set[str]:
    return {r["id"] for key in ("parties", "systems", "subjects") for r in answer[key]}


# --- the access kinds -------------------------------------------------------------------


def test_every_party_has_the_expected_access(parties):
    assert {key: row["access"] for key, row in parties.items()} == EXPECTED_ACCESS


def test_access_is_the_most_direct_of_the_kinds(answer):
    for row in answer["parties"] + answer["systems"]:
        assert row["access"] == row["access_kinds"][0]
        assert row["access_kinds"] == sorted(row["access_kinds"], key=ACCESS_ORDER.index)
        assert {r["access"] for r in row["routes"]} == set(row["access_kinds"])


def test_every_route_is_a_chain_of_one_controller_ending_at_the_party(answer, flows_proj):
    for key in ("parties", "systems", "subjects"):
        for row in answer[key]:
            assert {r["municipality"] for r in row["routes"]} == set(row["municipalities"])
            for route in row["routes"]:
                assert_chain(flows_proj, route, row["id"])


def test_controller_and_its_departments_hold_their_own_data(parties):
    route = parties["ko-shimin"]["routes"][0]
    assert route["access"] == "controller" and route["hops"] == []
    assert "800-flow-1" in [h["fact"] for h in route["holds"]]
    assert parties["ko-city"]["municipalities"] == ["ko-city"]


def test_direct_through_a_shared_system(parties):
    # 800-flow-1 runs ko-shimin -> juki-net -> jlis: two hops, one fact.
    route = next(r for r in parties["jlis"]["routes"] if r["municipality"] == "ko-city")
    assert [(h["from"], h["to"]) for h in route["hops"]] == [("ko-shimin", "juki-net"),
                                                             ("juki-net", "jlis")]
    assert route["access"] == "direct"


def test_direct_through_a_document_that_contains_the_category(parties):
    assert routes_of(parties["card-printer"]) == [["800-flow-2"]]


def test_via_system_host_operator_and_maintainer(parties, answer):
    assert ["800-flow-3", "800-rel-1"] in routes_of(parties["vendor-x"])    # hosts
    assert ["800-flow-3", "800-rel-2"] in routes_of(parties["maint-co"])    # maintains
    assert ["800-flow-3", "800-rel-9"] in routes_of(parties["ops-co"])      # operates
    hop = parties["vendor-x"]["routes"][0]["hops"][-1]
    assert (hop["from"], hop["to"], hop["role"]) == ("ko-core-system", "vendor-x", "system")
    assert "lib-vendor" not in parties  # hosts a system that holds names only


def test_entrusted_contractor_and_allowed_subcontractor(parties):
    assert routes_of(parties["calc-center"]) == [["800-rel-5"]]
    assert routes_of(parties["800-sub-allowed"]) == [["800-rel-5", "800-rel-6"]]


def test_forbidden_re_entrustment_and_other_categories_grant_nothing(answer, flows_proj):
    assert flows_proj.facts["800-rel-7"]["permission"] == "forbidden"
    assert flows_proj.facts["800-rel-11"]["categories"] == ["name"]
    assert not everyone(answer) & NEVER


def test_transitive_onward_flow_of_a_category_that_contains_it(parties, flows_proj):
    # 特定個人情報 contains 個人番号 (categories.yaml), so J-LIS's onward flow counts.
    assert flows_proj.facts["800-flow-6"]["categories"] == ["specific-personal-information"]
    assert routes_of(parties["soumusho"]) == [["800-flow-1", "800-flow-6"]]


def test_onward_flow_of_a_broader_category_proves_nothing(answer, flows_proj):
    assert flows_proj.facts["800-flow-7"]["categories"] == ["personal-information"]
    assert "stats-center" not in everyone(answer)


def test_a_transformation_stops_the_category(parties, answer, flows_proj):
    # 800-flow-4 replaces my-number inside ko-kokuho-system: the system holds it,
    # but its onward flow 800-flow-5 (特定個人情報, which would otherwise count) does not.
    assert flows_proj.facts["800-flow-4"]["transformation"]["removes"] == ["my-number"]
    systems = by_id(answer["systems"])
    route = systems["ko-kokuho-system"]["routes"][0]
    assert hop_facts(route) == ["800-flow-4"] and route["hops"][-1]["stops"] is True
    assert not any("800-flow-5" in hops for row in answer["parties"] for hops in routes_of(row))
    # the Ko federation sees Ko's my-number only through its own instance
    assert routes_of(parties["kokuho-ko"]) == [["800-flow-11", "800-rel-12"]]


def test_incidental_from_the_controller_when_no_source_is_named(parties):
    route = parties["konbini-clerk"]["routes"][0]
    assert route["access"] == "incidental"
    assert (route["start"], hop_facts(route)) == ("ko-city", ["800-access-1"])


def test_data_subjects_are_listed_apart(answer):
    assert [r["id"] for r in answer["subjects"]] == ["800-applicant"]
    assert "800-applicant" not in by_id(answer["parties"])


# --- whose data ---------------------------------------------------------------------------


def test_two_tenants_of_one_product_never_see_each_others_data(flows_proj):
    ko = who_can_see(flows_proj, "my-number", municipality="甲市")
    otsu = who_can_see(flows_proj, "my-number", municipality="乙市")
    assert "kokuho-ko" in everyone(ko) and "kokuho-otsu" not in everyone(ko)
    assert "kokuho-otsu" in everyone(otsu) and "kokuho-ko" not in everyone(otsu)
    assert "shuyaku-otsu" not in everyone(ko) and "shuyaku-ko" not in everyone(otsu)
    both = by_id(who_can_see(flows_proj, "my-number")["parties"])
    assert both["kokuho-ko"]["municipalities"] == ["ko-city"]
    assert both["kokuho-otsu"]["municipalities"] == ["otsu-city"]


def test_a_shared_party_passes_on_only_what_the_minutes_say_for_that_municipality(flows_proj):
    # J-LIS holds both cities' data; only Ko's minutes say it passes data to the ministry.
    ko = by_id(who_can_see(flows_proj, "my-number", municipality="ko-city")["parties"])
    otsu = by_id(who_can_see(flows_proj, "my-number", municipality="otsu-city")["parties"])
    assert "soumusho" in ko and "soumusho" not in otsu
    assert "cabinet-office" in ko and "cabinet-office" not in otsu
    assert ko["jlis"]["municipalities"] == ["ko-city"]


def test_a_fact_for_every_participant_applies_to_each_that_reaches_it(answer):
    backup = by_id(answer["systems"])["jlis-backup"]
    assert backup["municipalities"] == ["ko-city", "otsu-city"]
    for route in backup["routes"]:
        assert hop_facts(route)[-1] == "802-flow-3"
        assert route["hops"][-1]["municipality"] == route["municipality"]


def test_a_party_in_two_municipalities_has_a_route_for_each(parties):
    assert parties["jlis"]["municipalities"] == ["ko-city", "otsu-city"]
    assert _municipal(parties["jlis"], "ko-city") == [["800-flow-1"]]
    assert _municipal(parties["jlis"], "otsu-city") == [["802-flow-1"]]


# --- exclusions -----------------------------------------------------------------------------


def test_an_exclusion_does_not_remove_access_granted_elsewhere(answer, parties):
    excluded = {(r["id"], r["fact"]): r for r in answer["excluded"]}
    row = excluded[("800-entry-contractor", "800-access-2")]
    assert [e["quote"] for e in row["evidence"]] == ["入力業務の受託者は、個人番号を取得することはできない。"]
    # both are shown: the exclusion with the route that meets it, and the party with it
    assert [hop_facts(r) for r in row["granted_routes"]] == [["800-rel-8"]]
    assert parties["800-entry-contractor"]["access"] == "entrusted"
    assert parties["800-entry-contractor"]["exclusions"] == ["800-access-2", "800-access-4"]
    # kept out of the library system only: its route goes elsewhere, so it meets no route
    assert excluded[("800-entry-contractor", "800-access-4")]["granted_routes"] == []


def test_exclusion_of_a_broader_category_is_listed(answer):
    row = next(r for r in answer["excluded"] if r["id"] == "800-temp-staff")
    assert row["fact"] == "800-access-3" and row["granted_routes"] == []
    assert row["municipality"] == "ko-city"


def test_an_exclusion_from_a_system_of_all_its_data_is_of_what_it_holds(real_proj):
    # 001b-access-5: SNS kept from the pupils' tablets (categories: the root). Asked of
    # the root it is listed; asked of 個人番号, which the tablets never hold, it is not
    # (nc44 W8: it showed under every category)
    def excluded(category):
        return {r["fact"] for r in who_can_see(real_proj, category, "杉並区")["excluded"]}
    assert "001b-access-5" in excluded("personal-information")
    assert "001b-access-5" not in excluded("my-number")


def test_exclusion_is_specific_to_its_category(flows_proj):
    name = who_can_see(flows_proj, "name")
    assert "800-entry-contractor" not in {r["id"] for r in name["excluded"]}


# --- routes as text, answer shape ---------------------------------------------------------


def test_route_text_reads_in_the_direction_of_the_data(parties):
    route = parties["soumusho"]["routes"][0]
    assert route_text(route) == "市民課 → 住民基本台帳ネットワークシステム → 地方公共団体情報システム機構 → 総務省"


def test_hops_carry_status_date_basis_and_quotes(answer, flows_proj):
    for row in answer["parties"]:
        for route in row["routes"]:
            assert route["status"] in ("current", "planned", "possible", "replaced", "ended")
            for step in route["hops"] + route.get("holds", []):
                assert step["date"] == flows_proj.facts[step["fact"]]["date"]
                assert step["basis"] in ("stated", "inferred")
                for ev in step["evidence"]:
                    assert ev["quote"] in source_line(ev["source"], ev["line"])


def test_answer_describes_the_category(answer):
    assert answer["category"]["id"] == "my-number"
    assert answer["category"]["sensitivity"] == "specific"
    assert answer["scope"]["categories"] == ["my-number", "my-number-card",
                                             "specific-personal-information"]


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["マイナンバー", "My Number", "my-number", "個人番号",
                                  "ｍｙ－ｎｕｍｂｅｒ", " my  number "])
def test_category_aliases_give_the_same_answer(flows_proj, answer, name):
    assert who_can_see(flows_proj, name) == answer


def test_unknown_category_and_municipality(flows_proj):
    with pytest.raises(LookupFailed, match="no data category matches"):
        who_can_see(flows_proj, "存在しない情報")
    with pytest.raises(LookupFailed, match="no municipality matches"):
        who_can_see(flows_proj, "my-number", municipality="丙村")


def test_ambiguous_municipality_lists_candidates(flows_proj):
    with pytest.raises(LookupFailed) as info:
        who_can_see(flows_proj, "my-number", municipality="市")
    assert "ko-city" in str(info.value) and "otsu-city" in str(info.value)


# --- scope: municipality, as-of, status -------------------------------------------------


@pytest.mark.parametrize("name", ["乙市", "otsu-city", "Otsu City"])
def test_municipality_filter(flows_proj, name):
    ans = who_can_see(flows_proj, "my-number", municipality=name)
    assert ans["scope"]["municipality"] == "otsu-city"
    assert set(by_id(ans["parties"])) == {"otsu-shimin", "jlis", "kokuho-otsu", "otsu-printer"}
    assert {r["id"] for r in ans["systems"]} == {"juki-net", "shuyaku-otsu", "jlis-backup"}
    assert ans["excluded"] == []


def test_as_of_omits_later_facts(flows_proj):
    before = by_id(who_can_see(flows_proj, "my-number", as_of=dt.date(2020, 1, 14))["parties"])
    assert "otsu-shimin" not in before and "next-vendor" not in before
    assert before["jlis"]["municipalities"] == ["ko-city"]
    on = who_can_see(flows_proj, "my-number", as_of=dt.date(2020, 1, 15))
    assert on["scope"]["as_of"] == "2020-01-15"
    assert "otsu-shimin" in by_id(on["parties"]) and "next-vendor" not in by_id(on["parties"])
    later = by_id(who_can_see(flows_proj, "my-number", as_of=dt.date(2021, 3, 1))["parties"])
    assert "next-vendor" in later


def test_as_of_before_every_meeting_finds_nothing(flows_proj):
    ans = who_can_see(flows_proj, "my-number", as_of=dt.date(2019, 5, 31))
    assert ans["parties"] == [] and ans["systems"] == [] and ans["excluded"] == []


def test_status_filter(flows_proj):
    current = by_id(who_can_see(flows_proj, "my-number", statuses=["current"])["parties"])
    assert "next-vendor" not in current and "jlis" in current
    planned = who_can_see(flows_proj, "my-number", statuses=["planned"])
    got = by_id(planned["parties"])
    assert routes_of(got["next-vendor"]) == [["801-flow-2"]]
    assert "jlis" not in got and "calc-center" not in got
    assert planned["scope"]["statuses"] == ["planned"]


def test_a_route_from_where_a_planned_flow_says_the_data_is_is_planned(real_proj):
    # 東村山市: the national-health-insurance system sends My Number only under the
    # planned flow 000-flow-11 (USB extract); the division that uses the system
    # reaches My Number there, so that route is planned, not current.
    answer = who_can_see(real_proj, "個人番号", "東村山市")
    entry = next(e for e in answer["parties"] if e["id"] == "higashimurayama-hoken-nenkin-ka")
    through = [r for r in entry["routes"] if r["start"] == "000-kokuho-system"]
    assert through
    for route in through:
        assert route["start_held_by"] and route["status"] == "planned"
        # and as inferred as that flow (the minutes do not list the USB extract's items)
        assert route["basis"] == "inferred"
    current = who_can_see(real_proj, "個人番号", "東村山市", statuses=["current"])
    for row in current["parties"]:
        for route in row["routes"]:
            assert route["status"] == "current"


def test_each_partys_first_route_is_its_most_settled(real_proj):
    """Tables show a party's first route: of its most direct kind, the most settled one
    (current before planned before possible, stated before inferred) comes first."""
    from kg.query.access import STATUS_ORDER, who_can_see

    answer = who_can_see(real_proj, "個人情報")
    mixed = 0
    for entry in answer["parties"] + answer["systems"]:
        for muni in entry["municipalities"]:
            routes = [r for r in entry["routes"] if r["municipality"] == muni]
            first = [r for r in routes if r["access"] == routes[0]["access"]]
            keys = [(STATUS_ORDER.index(r["status"]), r["basis"] == "inferred") for r in first]
            assert keys == sorted(keys), (entry["id"], muni, keys)
            mixed += len(set(keys)) > 1
    assert mixed  # the bundled data has parties reached by routes of different standing


def test_impact_rows_quote_their_most_settled_route(real_proj):
    from kg.query.access import settled_first
    from kg.query.impact import impact

    for target in ("J-LIS", "埼玉県国民健康保険団体連合会", "コンビニエンスストア事業者"):
        for mode in ("leak", "outage"):
            for row in impact(real_proj, target, mode)["affected"]:
                assert row["routes"] == sorted(row["routes"], key=settled_first)


def test_a_row_quotes_what_the_same_line_adds_and_no_quote_twice():
    # (nc44: 同社は、…課税データを取り扱います。 then, on that line, これらのデータには個人番号が
    # 含まれます: who-can-see 個人番号 -v showed only the first, which names no 個人番号)
    from kg.query.access import first_quote

    held = {"source": "a", "line": 20, "quote": "同社は、課税データを取り扱います。"}
    named = {"source": "a", "line": 20, "quote": "これらのデータには個人番号が含まれます。"}
    later = {"source": "a", "line": 30, "quote": "同社に渡します。"}
    assert first_quote([held, named, later]) == {
        "source": "a", "line": 20, "quote": f"{held['quote']} {named['quote']}"}
    assert first_quote([held, held]) == held
    assert first_quote([held, {**named, "line": 21}])["last_line"] == 21


def test_a_row_quotes_the_answer_its_fact_rests_on_not_the_question_before_it(real_build):
    from kg.query.access import first_quote

    asked = {"source": "a", "line": 1, "quote": "データが残っているのではないか。"}
    said = {"source": "a", "line": 3, "quote": "残っていない。"}
    assert first_quote([asked, said]) == said
    assert first_quote([asked]) == asked  # nothing else quoted: the question it is
    import csv
    import io

    from conftest import kg

    result = kg("who-can-see", "個人番号", "-m", "川口市", "--build", real_build, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    hitachi = [r for r in rows if r["party"] == "株式会社日立製作所" and r["access"] == "entrusted"]
    assert hitachi and not hitachi[0]["quote"].endswith("か。")


def test_an_impact_row_with_data_only_some_routes_carry_says_each_status(real_build):
    """川口市's data at the Saitama federation: what it holds now (資格の情報, monthly) and
    what it will hold (個人番号, planned) are one row; the row says both, not current."""
    import csv
    import io

    from conftest import kg

    result = kg("impact", "埼玉県国民健康保険団体連合会", "--mode", "leak", "-m", "川口市",
                "--build", real_build, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    [held] = [r for r in rows if r["distance"] == "0"]
    assert "個人番号" in held["categories"] and held["status"] == "current; planned"
