"""Every route of every answer on the bundled data is a real route.

For every category (who-can-see, trace) and every party and system (impact,
leak and outage), each route must be a continuous directed chain of facts of
one controller, each hop standing for its fact, ending at the party it answers
for (an upstream route of an outage starts there instead); and no party may be
reached through another municipality, a department or a data subject.
"""
from __future__ import annotations

import pytest

from kg.data.kinds import ENDPOINT_TYPES
from kg.query.access import who_can_see
from kg.query.impact import impact
from kg.query.routes import Movement
from kg.query.trace import trace
from query_fixtures import assert_chain


def _no_conduits(proj, route) -> None:
    """No hop leaves an endpoint other than the route's own origins."""
    origins = set(Movement(proj, route["municipality"], []).origins())
    for hop in route["hops"][1:]:
        node = hop["from"]
        if proj.entities[node]["type"] in ENDPOINT_TYPES:
            assert node in origins, (node, [h["fact"] for h in route["hops"]])


def test_who_can_see_routes_for_every_category(real_proj):
    checked = 0
    for category in sorted(real_proj.categories):
        answer = who_can_see(real_proj, category)
        for key in ("parties", "systems", "subjects"):
            for row in answer[key]:
                assert row["routes"], (category, row["id"])
                for route in row["routes"]:
                    assert_chain(real_proj, route, row["id"])
                    _no_conduits(real_proj, route)
                    checked += 1
        for row in answer["excluded"]:
            for route in row["granted_routes"]:
                assert_chain(real_proj, route, row["id"])
    assert checked > 1000


def test_trace_paths_for_every_category(real_proj):
    for category in sorted(real_proj.categories):
        for path in trace(real_proj, category)["paths"]:
            end = path["hops"][-1]["to"]
            assert_chain(real_proj, {**path, "start": path["hops"][0]["from"], "end": end}, end)


@pytest.mark.parametrize("mode", ["leak", "outage"])
def test_impact_routes_for_every_party_and_system(real_proj, mode):
    checked = 0
    for key in sorted(real_proj.entities):
        answer = impact(real_proj, key, mode=mode)
        affected = {(r["party"]["id"], r["municipality"]) for r in answer["affected"]}
        for row in answer["affected"]:
            for route in row["routes"]:
                direction = route.get("direction", "downstream")
                assert_chain(real_proj, route, row["party"]["id"], upstream=direction == "upstream")
                if direction == "downstream":
                    assert route["start"] in (key, *answer["instances"])
                elif direction == "through":  # through a party that has a row of its own
                    assert (route["start"], row["municipality"]) in affected
                checked += 1
    assert checked > 100



def test_dates_between_two_meetings_share_one_cached_answer(real_proj):
    """A server asked about many dates keeps one set of route candidates per meeting
    date, not one per date asked (so its memory stays flat), and every answer is the
    answer at the last meeting on or before the date."""
    import datetime as dt

    from kg.graph.projection import Projection

    proj = Projection(real_proj.data)  # a fresh memo
    dates = sorted({f["date"] for f in proj.facts.values()})
    days = [dt.date(2017, 1, 1) + dt.timedelta(days=n) for n in range(0, 3000, 5)]
    for day in days:
        answer = who_can_see(proj, "個人番号", as_of=day)
        earlier = [d for d in dates if d <= day.isoformat()]
        meeting = dt.date.fromisoformat(earlier[-1]) if earlier else dt.date(1900, 1, 1)
        assert answer["parties"] == who_can_see(real_proj, "個人番号", as_of=meeting)["parties"]
    kept = {key[1].as_of for key in proj.memo("routes.candidates", dict)}
    assert len(days) > 500 and len(kept) <= len(dates) + 1


def test_a_statement_many_minutes_make_for_every_participant_is_cited_once(tmp_path):
    """Synthetic municipalities copy Higashimurayama's minutes, each stating that J-LIS
    hosts the certificate system for every participant: each municipality's answer
    cites its own minutes' statement, and one that makes none gets the earliest."""
    from kg.graph.build import load_checked
    from kg.graph.compile import compile_dataset
    from kg.graph.project import project
    from kg.graph.synthetic import write_dataset
    from kg.query.controllers import controller_facts

    proj = project(compile_dataset(load_checked(write_dataset(tmp_path / "syn", 8))))
    stated = [f for f in proj.facts.values() if f["kind"] == "relation" and f["type"] == "hosts"
              and f["controller"] is None and f["object"] == "konbini-issuance-system"]
    stating = {f["municipality"] for f in stated}
    assert len(stating) >= 2, "the synthetic data repeats the statement"
    earliest = min(stated, key=lambda f: (f["date"], f["id"]))
    for municipality in (k for k, e in proj.entities.items() if e["type"] == "municipality"):
        got = [f for f in controller_facts(proj, municipality) if f in stated]
        if municipality in stating:
            assert [f["municipality"] for f in got] == [municipality]
        else:
            assert got == [earliest]


@pytest.fixture(scope="module")
def synthetic_proj(tmp_path_factory):
    """Ten synthetic municipalities: many statements made for every participant of a
    shared system, most of them by several municipalities' minutes."""
    from kg.graph.pipeline import build_folder
    from kg.graph.store import load_projection
    from kg.graph.synthetic import write_dataset

    folder = tmp_path_factory.mktemp("synthetic")
    build_folder(write_dataset(folder / "data", 10), folder / "build", shacl=False)
    return load_projection(folder / "build")


@pytest.mark.parametrize("which", ["real", "synthetic"])
def test_shared_hops_worked_out_once_give_each_controller_its_own_movement(
        which, real_proj, synthetic_proj):
    # Movement.build takes the hops of statements made for every participant from a
    # table made once for all controllers, replacing the earliest statement by the
    # controller's own where its minutes make it: the same hops, in the same order,
    # as a movement made from the controller's facts one by one.
    from kg.query.controllers import controller_facts, controllers, participant_statements
    from kg.query.scope import Scope, category_closure

    proj = real_proj if which == "real" else synthetic_proj
    stated = participant_statements(proj, Scope())["stated_by"]
    assert stated and any(len(found) > 0 for found in stated.values())
    compared = 0
    for wanted in [None] + [category_closure(proj, c) for c in sorted(proj.categories)[::5]]:
        for muni in controllers(proj):
            built = Movement.build(proj, muni, wanted)
            direct = Movement(proj, muni, controller_facts(proj, muni), wanted)
            assert {k: v for k, v in built.out.items() if v} == \
                {k: v for k, v in direct.out.items() if v}, (muni, wanted)
            assert built.asserted == direct.asserted
            compared += 1
    assert compared > len(controllers(proj))


#: The companies of the relay fixtures: id, label, English label.
_COMPANIES = {"relay-co": ("株式会社中継甲", "Ko Relay Co."), "tally-co": ("株式会社集計甲", "Ko Tally Co."),
              "analysis-co": ("株式会社分析甲", "Ko Analysis Co."), "store-co": ("株式会社保管甲", "Ko Store Co."),
              "record-co": ("株式会社記録甲", "Ko Record Co.")}
_DEPARTMENTS = {"ko-hoken": "保険年金課", "ko-kosodate": "子育て支援課"}


def _relay(number: int, title: str, department: str, flows: list[tuple]) -> tuple[str, str, str]:
    """The file name, minutes and facts of one item of 甲市 whose flows are ``(letter,
    source, target, category, sentence)``, each sentence a line of the minutes."""
    file = f"{number}_ko_2023.txt"
    heading = f"【諮問第1号】{title}（{_DEPARTMENTS[department]}）"
    minutes = ("# 甲市個人情報保護審議会 会議録（試験用の架空の記録）\n" + heading + "\n"
               + "".join(f"説明員）{said}\n" for *_, said in flows))
    named = sorted({end for _, src, dst, *_ in flows for end in (src, dst) if end in _COMPANIES})
    facts = (f"source: {file}\nentities:\n"
             + "".join(f"  - {{id: {c}, type: company, label: {_COMPANIES[c][0]}, label_en: {_COMPANIES[c][1]}}}\n"
                       for c in named)
             + f"agenda_items:\n  - {{id: {number}-item-1, type: consultation, number: \"1\", title: {title},"
               f" kinds: [provision-outside],\n     department: {department}, outcome: approved,"
               f" evidence: [\"{heading}\"]}}\nflows:\n"
             + "".join(f"  - {{id: {number}-flow-{letter}, item: {number}-item-1, source: {src}, target: {dst},"
                       f" categories: [{cat}],\n     evidence: [\"{said}\"]}}\n"
                       for letter, src, dst, cat, said in flows))
    return file, minutes, facts


#: 株式会社中継甲 gets names from 子育て支援課 and health data from 株式会社集計甲.
_RELAY = _relay(804, "相談記録の連携", "ko-hoken", [
    ("a", "ko-kosodate", "relay-co", "name", "子育て支援課は利用者の氏名を株式会社中継甲に送付する。"),
    ("b", "ko-hoken", "tally-co", "health", "保険年金課は健康情報を株式会社集計甲に提供する。"),
    ("c", "tally-co", "relay-co", "health", "株式会社集計甲は健康情報を株式会社中継甲に送る。"),
    ("d", "relay-co", "analysis-co", "health", "株式会社中継甲は健康情報を株式会社分析甲に渡す。")])


def test_a_route_goes_on_only_with_what_it_brought(tmp_path):
    # 株式会社中継甲 gets names from one department and health data from 株式会社集計甲,
    # and passes the health data on: the route to 株式会社分析甲 is the health data's,
    # never "names in, health data out" (the shorter chain, found first before).
    from kg.graph.store import load_projection
    from query_fixtures import flows_plus, routes_of
    proj = load_projection(flows_plus(tmp_path, *_RELAY, "2023-06-01"))
    row = next(p for p in who_can_see(proj, "個人情報", municipality="甲市")["parties"]
               if p["id"] == "analysis-co")
    assert routes_of(row) == [["804-flow-b", "804-flow-c", "804-flow-d"]]
    assert row["routes"][0]["access"] == "transitive"


def test_path_goes_on_only_with_what_it_brought(tmp_path):
    # nc57 W21: from 子育て支援課, names reach 株式会社中継甲, which passes on health data it
    # got elsewhere: no route of 子育て支援課's to 株式会社分析甲; 保険年金課's goes through
    from kg.graph.store import load_projection
    from kg.query.explore import paths_between
    from query_fixtures import flows_plus
    proj = load_projection(flows_plus(tmp_path, *_RELAY, "2023-06-01"))
    assert paths_between(proj, "子育て支援課", "株式会社分析甲", municipality="甲市")["routes"] == []
    [route] = paths_between(proj, "保険年金課", "株式会社分析甲", municipality="甲市")["routes"]
    assert [h["fact"] for h in route["hops"]] == ["804-flow-b", "804-flow-c", "804-flow-d"]


#: 子育て支援課 gets health data from a company and hands it on; 保険年金課 gets names and
#: hands on health data.
_THROUGH = _relay(805, "健康情報の連携", "ko-kosodate", [
    ("a", "tally-co", "ko-kosodate", "health", "株式会社集計甲は健康情報を子育て支援課に送る。"),
    ("b", "ko-kosodate", "store-co", "health", "子育て支援課は健康情報を株式会社保管甲に渡す。"),
    ("c", "relay-co", "ko-hoken", "name", "株式会社中継甲は利用者の氏名を保険年金課に送る。"),
    ("d", "ko-hoken", "record-co", "health", "保険年金課は健康情報を株式会社記録甲に渡す。")])


def test_path_goes_through_the_city_s_department_with_what_a_flow_brought_it(tmp_path):
    # nc58 W9: trace showed 広域連合 → KDB → 保険年金課 → 健康推進課 and path found no
    # route; the department hands on the health data that reached it, never names in and
    # health data out
    from kg.graph.store import load_projection
    from kg.query.explore import paths_between
    from query_fixtures import flows_plus
    proj = load_projection(flows_plus(tmp_path, *_THROUGH, "2023-06-01"))
    [route] = paths_between(proj, "株式会社集計甲", "株式会社保管甲", municipality="甲市")["routes"]
    assert [h["fact"] for h in route["hops"]] == ["805-flow-a", "805-flow-b"]
    assert paths_between(proj, "株式会社中継甲", "株式会社記録甲", municipality="甲市")["routes"] == []


def test_path_from_a_city_whose_data_leaves_from_its_own_system(tmp_path):
    # nc67 U9: the pupils' IDs go from the city's 校務支援システム to a portal and on to a
    # ministry, no department named as the giver: kg path from the city found no route, and
    # from the department it said nothing of the city's; the city's own systems are where
    # its data may leave from when nothing leaves from the city or its departments
    from kg.graph.store import load_projection
    from kg.query.explore import paths_between
    from query_fixtures import flows_plus
    said = ("学習ポータルには校務支援システムから利用者IDを登録する。", "学習ポータルから文部科学省甲に利用者IDを送信する。")
    file = "805_ko_2023.txt"
    minutes = "# 甲市個人情報保護審議会 会議録（試験用の架空の記録）\n【諮問第1号】学習ポータルの導入（子育て支援課）\n" \
        + "".join(f"説明員）{s}\n" for s in said)
    facts = (f"source: {file}\nentities:\n"
             "  - {id: ko-school-sys, type: system, label: 校務支援システム, label_en: school system, municipality: ko-city}\n"
             "  - {id: ko-portal, type: system, label: 学習ポータル, label_en: learning portal}\n"
             "  - {id: ko-ministry, type: public-body, label: 文部科学省甲, label_en: ministry (Ko)}\n"
             "agenda_items:\n  - {id: 805-item-1, type: consultation, number: \"1\", title: 学習ポータルの導入,"
             " kinds: [provision-outside],\n     department: ko-kosodate, outcome: approved,"
             " evidence: [\"【諮問第1号】学習ポータルの導入（子育て支援課）\"]}\nflows:\n"
             f"  - {{id: 805-flow-a, item: 805-item-1, source: ko-school-sys, target: ko-portal,"
             f" categories: [name], evidence: [\"{said[0]}\"]}}\n"
             f"  - {{id: 805-flow-b, item: 805-item-1, source: ko-portal, target: ko-ministry,"
             f" categories: [name], evidence: [\"{said[1]}\"]}}\n")
    proj = load_projection(flows_plus(tmp_path, file, minutes, facts, "2023-06-01"))
    [route] = paths_between(proj, "甲市", "文部科学省甲")["routes"]
    assert [h["fact"] for h in route["hops"]] == ["805-flow-a", "805-flow-b"]
    # from the department, none; the answer says its city has one
    answer = paths_between(proj, "子育て支援課", "文部科学省甲")
    assert answer["routes"] == [] and answer["municipality_routes"]["routes"] == 1


def test_a_party_reached_with_other_data_still_sends_what_its_facts_say(mini_dir, tmp_path):
    # nc68 U1: 申請者 → マイナポータル carried the card, マイナポータル → 申請管理システム carried
    # 個人番号; the portal was reached, but with data that flow does not carry on, so the
    # system that the minutes say receives 個人番号 was missing from who-can-see (touches
    # listed it)
    import json

    from conftest import assert_clean_exit, build, kg

    with open(mini_dir / "categories.yaml", "a", encoding="utf-8") as f:
        f.write("  - {id: number-card, kind: document, label: 番号カード, label_en: number card, "
                "broader: [personal-information], contains: [name, my-number]}\n")
    (mini_dir / "sources" / "902_minutes.txt").write_text(
        "令和2年度第3回試験市個人情報保護審議会 会議録\n"
        "（1）電子申請の受付について（健康課）\n"
        "申請者は、番号カードでポータルに申請する。\n"
        "ポータルから受付システムに個人番号を送る。\n", encoding="utf-8")
    with open(mini_dir / "sources.yaml", "a", encoding="utf-8") as f:
        f.write("  - file: 902_minutes.txt\n    municipality: testcity\n"
                "    title: 令和2年度第3回試験市個人情報保護審議会 会議録\n"
                "    meeting:\n      id: testcity-2020-3\n      council: testcity-council\n"
                "      label: 令和2年度第3回試験市個人情報保護審議会\n"
                "      label_en: Test City privacy council, FY2020 meeting 3\n"
                "      date: 2020-12-01\n      fiscal_year: 2020\n")
    (mini_dir / "facts" / "902.yaml").write_text("""source: 902_minutes.txt
entities:
  - {id: 902-applicant, type: data-subject, label: 申請者, label_en: applicant, municipality: testcity}
  - {id: 902-portal, type: system, label: ポータル, label_en: portal}
  - {id: 902-intake, type: system, label: 受付システム, label_en: intake system, municipality: testcity}
agenda_items:
  - id: 902-item-1
    type: consultation
    number: "1"
    title: 電子申請の受付
    kinds: [online-connection]
    department: testcity-kenko-ka
    outcome: approved
    evidence: ["（1）電子申請の受付について（健康課）"]
flows:
  - {id: 902-flow-1, item: 902-item-1, source: 902-applicant, target: 902-portal, categories: [number-card],
     evidence: ["申請者は、番号カードでポータルに申請する。"]}
  - {id: 902-flow-2, item: 902-item-1, source: 902-portal, target: 902-intake, categories: [my-number],
     evidence: ["ポータルから受付システムに個人番号を送る。"]}
""", encoding="utf-8")
    out = build(mini_dir, tmp_path / "build")
    result = kg("who-can-see", "個人番号", "--build", out, "--format", "json")
    assert_clean_exit(result, 0)
    systems = {row["id"]: row for row in json.loads(result.stdout)["systems"]}
    assert "902-intake" in systems, sorted(systems)
    [route] = [r for r in systems["902-intake"]["routes"] if r["municipality"] == "testcity"][:1]
    assert [h["fact"] for h in route["hops"]] == ["902-flow-2"]
    # the portal keeps its own route, from the applicant: no route of no hops for it
    portal = systems["902-portal"]["routes"]
    assert all(r["hops"] for r in portal) and portal[0]["hops"][0]["fact"] == "902-flow-1"
    # trace follows it too (it printed the applicant's path alone)
    traced = kg("trace", "個人番号", "--build", out, "--format", "json")
    assert_clean_exit(traced, 0)
    hops = [[h["fact"] for h in p["hops"]] for p in json.loads(traced.stdout)["paths"]]
    assert ["902-flow-2"] in hops, hops


def test_a_person_who_only_gives_their_own_data_is_no_one_it_reaches(real_proj):
    # nc68 U6: 申請者, who sends their own My Number, was a row of who-can-see 個人番号 ("direct"):
    # the people the data is about are listed where it reaches them, not where they give it
    answer = who_can_see(real_proj, "my-number", "kawaguchi")
    subjects = {row["id"]: row for row in answer["subjects"]}
    assert "002-nhi-applicant" not in subjects, sorted(subjects)
    for row in answer["subjects"]:
        assert all(route["hops"] for route in row["routes"]), row["id"]
    # (someone the data reaches stays: a certificate is handed to the one it is about)
    everyone = who_can_see(real_proj, "juminhyo")
    assert everyone["subjects"] and all(r["hops"] for s in everyone["subjects"] for r in s["routes"])
