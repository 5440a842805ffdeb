"""trace (kg.query.trace): the flow paths of a category, per controller, on the flows fixture."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import LookupFailed
from kg.query.trace import trace
from kg.graph.store import load_projection
from query_fixtures import assert_chain, flows_build, flows_plus, flows_proj, hop_facts  # noqa: F401


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


_SCHOOL_MINUTES = """# 令和4年度第1回甲市個人情報保護審議会 会議録（試験用の架空の記録）
開催日時	令和4年6月1日（水）午後2時
【諮問第1号】要保護児童の情報共有（子育て支援課）
説明員）甲市立学校は児童の氏名を子育て支援課に報告する。
説明員）子育て支援課は要保護児童に関する個人情報を甲警察署に提供する。
説明員）子育て支援課は児童の氏名を甲児童相談所に送付する。
審議の結果、承認された。
"""

_SCHOOL_FACTS = """source: 803_ko_2022.txt
entities:
  - {id: ko-schools, type: public-body, label: 甲市立学校, label_en: Ko city schools, municipality: ko-city}
  - {id: ko-police, type: public-body, label: 甲警察署, label_en: Ko police station}
  - {id: ko-jidosodan, type: public-body, label: 甲児童相談所, label_en: Ko child guidance centre}
agenda_items:
  - {id: 803-item-1, type: consultation, number: "1", title: 要保護児童の情報共有, kinds: [provision-outside], department: ko-kosodate,
     outcome: approved, evidence: ["【諮問第1号】要保護児童の情報共有（子育て支援課）"]}
flows:
  - {id: 803-flow-1, item: 803-item-1, source: ko-schools, target: ko-kosodate, categories: [name],
     evidence: ["甲市立学校は児童の氏名を子育て支援課に報告する。"]}
  - {id: 803-flow-2, item: 803-item-1, source: ko-kosodate, target: ko-police, categories: [personal-information],
     evidence: ["子育て支援課は要保護児童に関する個人情報を甲警察署に提供する。"]}
  - {id: 803-flow-3, item: 803-item-1, source: ko-kosodate, target: ko-jidosodan, categories: [name],
     evidence: ["子育て支援課は児童の氏名を甲児童相談所に送付する。"]}
"""


def test_a_department_passes_on_only_what_its_next_flow_carries(tmp_path):
    # The schools' names reach 子育て支援課, which hands "personal information" (a broader,
    # unspecified set) to the police: the minutes never say the names go on, so the
    # route ends at the department and the police flow is a path of its own. The names
    # the department sends on to the guidance centre continue the schools' route.
    proj = load_projection(flows_plus(tmp_path, "803_ko_2022.txt", _SCHOOL_MINUTES,
                                      _SCHOOL_FACTS, "2022-06-01"))
    paths = {tuple(hop_facts(p)): p for p in trace(proj, "個人情報", municipality="甲市")["paths"]
             if any(h["fact"].startswith("803-") for h in p["hops"])}
    assert sorted(paths) == [("803-flow-1", "803-flow-3"), ("803-flow-2",)]
    assert paths[("803-flow-2",)]["hops"][0]["from"] == "ko-kosodate"


def test_trace_from_a_municipality_is_its_data_wherever_it_starts(flows_proj):
    # nc57 U7: --from 乙市 gave 0 paths (the city sends nothing itself; its 市民課 does)
    result = trace(flows_proj, "my-number", start="乙市")
    assert result["start"]["id"] == "otsu-city" and result["scope"]["municipality"] == "otsu-city"
    assert sorted(_paths(result)) == sorted(_paths(trace(flows_proj, "my-number", municipality="乙市")))
    assert result["paths"]
