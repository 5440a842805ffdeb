"""trace (kg.query.trace): the flow paths of a category, per controller, on the flows fixture."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import LookupFailed
from kg.query.trace import trace
from query_fixtures import assert_chain, flows_build, flows_proj, hop_facts  # noqa: F401


def _paths(result) -> dict[tuple, dict]:
    return {(p["municipality"], tuple(hop_facts(p))): p for p in result["paths"]}


def test_trace_paths_per_controller(flows_proj):
    result = trace(flows_proj, "my-number")
    assert sorted(_paths(result)) == sorted([
        ("ko-city", ("800-flow-1", "800-flow-6", "802-flow-4")),
        ("ko-city", ("800-flow-1", "802-flow-3")),
        ("ko-city", ("800-flow-2",)),
        ("ko-city", ("800-flow-3", "800-flow-3b", "800-flow-4")),
        ("ko-city", ("800-flow-3", "800-flow-3b", "800-flow-11")),
        ("ko-city", ("800-flow-9",)),
        ("ko-city", ("801-flow-2",)),
        # the printer hands 乙市's numbers back to 市民課, which passes them on
        ("otsu-city", ("802-flow-5", "802-flow-1", "802-flow-3")),
        ("otsu-city", ("802-flow-5", "802-flow-2")),
    ])
    assert result["truncated"] is False
    for path in result["paths"]:
        assert_chain(flows_proj, {**path, "start": path["hops"][0]["from"],
                                  "end": path["hops"][-1]["to"]}, path["hops"][-1]["to"])


def test_a_transformation_stops_the_path(flows_proj):
    path = _paths(trace(flows_proj, "マイナンバー"))[
        ("ko-city", ("800-flow-3", "800-flow-3b", "800-flow-4"))]
    stopped = path["stopped_by"]
    assert (stopped["fact"], stopped["at"]) == ("800-flow-4", "ko-kokuho-system")
    assert stopped["removes"] == ["my-number"] and stopped["adds"] == ["insured-person-number"]
    assert all("800-flow-5" not in key for _, key in _paths(trace(flows_proj, "my-number")))


def test_a_path_ends_at_the_person_the_data_is_about(flows_proj):
    path = _paths(trace(flows_proj, "my-number"))[("ko-city", ("800-flow-9",))]
    assert path["ends_at_endpoint"] is True and path["stopped_by"] is None


def test_trace_hops(flows_proj):
    path = _paths(trace(flows_proj, "my-number"))[("ko-city", ("800-flow-2",))]
    hop = path["hops"][0]
    assert (hop["from"], hop["to"], hop["channel"], hop["status"]) == (
        "ko-shimin", "card-printer", "usb", "current")
    assert hop["evidence"][0]["source"] == "800_ko_2019.txt"


def test_trace_from_a_named_start(flows_proj):
    result = trace(flows_proj, "my-number", start="保険年金課")
    assert result["start"]["id"] == "ko-hoken"
    assert sorted(hop_facts(p) for p in result["paths"]) == [["800-flow-11"], ["800-flow-4"]]


def test_trace_scope(flows_proj):
    otsu = trace(flows_proj, "my-number", municipality="乙市")
    assert {p["municipality"] for p in otsu["paths"]} == {"otsu-city"}
    early = trace(flows_proj, "my-number", as_of=dt.date(2019, 12, 31))
    assert all(h["fact"].startswith("800-") for p in early["paths"] for h in p["hops"])


def test_trace_unknown_start(flows_proj):
    with pytest.raises(LookupFailed):
        trace(flows_proj, "my-number", start="存在しない機関")
