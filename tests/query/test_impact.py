"""impact (kg.query.impact): leak and outage, per controller, on the flows fixture."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import BadQuestion, LookupFailed
from kg.query.impact import holdings, impact
from kg.query.routes import Movement
from query_fixtures import assert_chain, flows_build, flows_proj, hop_facts  # noqa: F401


def _rows(answer) -> dict[tuple[str, str], dict]:
    return {(r["party"]["id"], r["municipality"]): r for r in answer["affected"]}


def _check_routes(proj, answer) -> None:
    for row in answer["affected"]:
        for route in row["routes"]:
            assert route["municipality"] == row["municipality"]
            assert_chain(proj, route, row["party"]["id"], route.get("direction") == "upstream")


# --- leak ------------------------------------------------------------------------------


def test_leak_lists_what_the_target_holds_per_municipality(flows_proj):
    answer = impact(flows_proj, "J-LIS", mode="leak")
    rows = _rows(answer)
    ko, otsu = rows[("jlis", "ko-city")], rows[("jlis", "otsu-city")]
    assert ko["distance"] == otsu["distance"] == 0
    assert ko["categories"] == ["my-number", "name", "personal-information",
                               "specific-personal-information"]
    assert otsu["categories"] == ["my-number"]
    assert [hop_facts(r) for r in otsu["routes"]] == [["802-flow-1"]]
    _check_routes(flows_proj, answer)


def test_leak_follows_where_the_target_sent_the_data_for_that_municipality(flows_proj):
    rows = _rows(impact(flows_proj, "J-LIS", mode="leak"))
    assert rows[("soumusho", "ko-city")]["distance"] == 1
    assert rows[("cabinet-office", "ko-city")]["distance"] == 2
    assert rows[("jlis-backup", "ko-city")]["categories"] == ["my-number"]
    assert ("soumusho", "otsu-city") not in rows and ("cabinet-office", "otsu-city") not in rows
    assert rows[("jlis-backup", "otsu-city")]["dependency"] == "received-from"


def test_leak_never_crosses_to_another_tenant(flows_proj):
    answer = impact(flows_proj, "甲県国民健康保険団体連合会", mode="leak")
    assert answer["summary"]["municipalities"] == ["ko-city"]
    held = _rows(answer)[("kokuho-ko", "ko-city")]
    assert "my-number" in held["categories"]


def test_leak_of_a_product_is_the_leak_of_each_instance(flows_proj):
    answer = impact(flows_proj, "集約システム", mode="leak")
    assert answer["subject"]["id"] == "shuyaku"
    assert answer["instances"] == ["shuyaku-ko", "shuyaku-otsu"]
    rows = _rows(answer)
    assert rows[("shuyaku-ko", "ko-city")]["through"] == "shuyaku-ko"
    assert rows[("shuyaku-otsu", "otsu-city")]["through"] == "shuyaku-otsu"
    assert ("shuyaku-ko", "otsu-city") not in rows


def test_leak_of_a_contractor_stops_at_the_municipality(flows_proj):
    rows = _rows(impact(flows_proj, "株式会社甲計算センター", mode="leak"))
    assert rows[("calc-center", "ko-city")]["categories"] == ["my-number"]
    assert ("800-sub-allowed", "ko-city") in rows           # re-entrusted work
    assert ("800-sub-forbidden", "ko-city") not in rows      # forbidden
    assert ("800-sub-names", "ko-city") not in rows          # got names, never my-number


def test_holdings_pass_through_systems_but_not_transformations(flows_proj):
    held = holdings(flows_proj, Movement.build(flows_proj, "ko-city"))
    assert "my-number" in held["ops-co"]                     # operates the core system
    assert "name" in held["lib-vendor"] and "my-number" not in held["lib-vendor"]
    assert "my-number" in held["ko-kokuho-system"]           # holds what it then replaces


# --- outage -------------------------------------------------------------------------------


def test_outage_senders_receivers_and_downstream(flows_proj):
    answer = impact(flows_proj, "J-LIS", mode="outage")
    rows = _rows(answer)
    assert rows[("ko-shimin", "ko-city")]["dependency"] == "sends-to"
    assert rows[("otsu-shimin", "otsu-city")]["dependency"] == "sends-to"
    assert rows[("soumusho", "ko-city")]["dependency"] == "receives-from"
    assert rows[("cabinet-office", "ko-city")]["distance"] == 2
    assert ("soumusho", "otsu-city") not in rows
    _check_routes(flows_proj, answer)


def test_outage_does_not_pass_through_a_municipality_or_department(flows_proj):
    rows = _rows(impact(flows_proj, "株式会社甲計算センター", mode="outage"))
    assert rows[("ko-city", "ko-city")]["dependency"] == "loses-contractor"
    assert rows[("800-sub-allowed", "ko-city")]["dependency"] == "loses-work"
    # the city's other contractors and departments do not depend on this one
    for other in ("800-entry-contractor", "card-printer", "ko-shimin", "jlis", "vendor-x"):
        assert (other, "ko-city") not in rows
    jlis = _rows(impact(flows_proj, "J-LIS", mode="outage"))
    for other in ("card-printer", "ko-core-system", "calc-center", "next-vendor"):
        assert (other, "ko-city") not in jlis


def test_outage_of_a_host_stops_its_system_and_what_flows_out_of_it(flows_proj):
    answer = impact(flows_proj, "株式会社エックス情報", mode="outage")
    rows = _rows(answer)
    assert rows[("ko-core-system", "ko-city")]["dependency"] == "system-stops"
    assert rows[("ko-hoken", "ko-city")]["dependency"] == "receives-from"
    assert rows[("ko-shimin", "ko-city")]["dependency"] == "sends-to"
    assert rows[("maint-co", "ko-city")]["dependency"] == "loses-system"
    # ko-hoken is a department: nothing it sends on is affected through it
    assert ("kokuho-ko", "ko-city") not in rows and ("shuyaku-ko", "ko-city") not in rows
    _check_routes(flows_proj, answer)


def test_outage_of_a_maintainer(flows_proj):
    rows = _rows(impact(flows_proj, "株式会社保守サービス甲", mode="outage"))
    assert set(rows) == {("ko-core-system", "ko-city")}
    assert rows[("ko-core-system", "ko-city")]["dependency"] == "loses-maintainer"


def test_outage_rows_name_their_agenda_items(flows_proj):
    answer = impact(flows_proj, "J-LIS", mode="outage")
    assert _rows(answer)[("ko-shimin", "ko-city")]["items"] == ["800-item-1"]
    assert {i["id"] for i in answer["summary"]["agenda_items"]} >= {"800-item-1", "802-item-1"}


def test_impact_scope_and_errors(flows_proj):
    early = impact(flows_proj, "J-LIS", mode="outage", as_of=dt.date(2019, 12, 31))
    assert early["summary"]["municipalities"] == ["ko-city"]
    otsu = impact(flows_proj, "J-LIS", mode="leak", municipality="乙市")
    assert otsu["summary"]["municipalities"] == ["otsu-city"]
    with pytest.raises(BadQuestion, match="unknown impact mode"):
        impact(flows_proj, "J-LIS", mode="explode")
    with pytest.raises(LookupFailed):
        impact(flows_proj, "存在しない機関")


# --- statements made for every participant, on the bundled data ----------------------


def test_a_regional_instance_holds_only_the_data_that_reaches_it(real_proj):
    # The Tokyo federation's consolidation system is told (for every participant) to
    # be hosted by that federation; 川口市 and 志木市 send to Saitama's instance,
    # so neither their data nor a stop of the Tokyo instance concerns them.
    leak = impact(real_proj, "kokuho-shuyaku-tokyo", mode="leak")
    whose = {r["municipality"] for r in leak["affected"]}
    assert "higashimurayama" in whose
    assert not whose & {"kawaguchi", "shiki"}
    for row in leak["affected"]:
        assert row["routes"], (row["party"]["id"], row["municipality"])
    outage = impact(real_proj, "kokuho-rengokai-tokyo", mode="outage")
    assert not {r["municipality"] for r in outage["affected"]} & {"kawaguchi", "shiki"}


def test_a_shared_system_stops_only_for_municipalities_that_use_it(real_proj):
    # J-LIS hosts the convenience-store certificate system for every participant;
    # only 東村山市 and 杉並区 issue certificates there (their own flows say so).
    outage = impact(real_proj, "jlis", mode="outage")
    stops = {r["municipality"] for r in outage["affected"]
             if r["party"]["id"] == "konbini-issuance-system"}
    assert stops == {"higashimurayama", "suginami"}
