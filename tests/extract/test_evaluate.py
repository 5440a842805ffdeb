"""The leave-one-out evaluation over the five curated seeds, at the targets of issue 11.

Each seed is read with what the other four taught (its own entities and
categories left out of the registry) and compared with its curated facts; the
figures are computed once for the module. Targets: entities recall >= 0.8 at
precision >= 0.7, flows recall >= 0.5 at precision >= 0.5, every quote verbatim.
The flow target is not reached yet: that test is a strict expected failure, so
it turns red the day the target is met and the marker must go; a floor below
it keeps the figures from sliding back.
"""
from __future__ import annotations

import json

import pytest

from conftest import assert_clean_exit
from kg.extract.evaluate import evaluate

SEEDS = ["000", "001", "002", "003", "004"]


@pytest.fixture(scope="module")
def report(real_data):
    return evaluate(real_data)


def _gold(real_data, source: str):
    """The curated facts of ``source`` in the bundled data, as the evaluation reads them."""
    from kg.data.check import check_dataset
    from kg.data.load import load_dataset
    from kg.extract.evaluate import _Gold

    ds = load_dataset(real_data)
    check_dataset(ds)
    return _Gold(ds, source)


def test_every_seed_is_scored(report):
    assert [r["source"][:3] for r in report["sources"]] == SEEDS
    for row in report["sources"]:
        assert row["entities"]["gold"] > 0 and row["flows"]["gold"] > 0


def test_every_quote_is_verbatim_on_its_line(report):
    quotes = report["overall"]["quotes"]
    assert quotes["total"] > 400
    assert quotes["verbatim"] == quotes["total"]


def test_entities_reach_the_target(report):
    entities = report["overall"]["entities"]
    assert entities["recall"] >= 0.8, entities
    assert entities["precision"] >= 0.7, entities


def test_my_number_flag_is_right_for_every_seed(report):
    assert report["overall"]["my_number_accuracy"] == 1.0
    assert {r["source"][:3]: r["my_number"]["gold"] for r in report["sources"]}["004"] is False


def test_flows_do_not_slide_back(report):
    flows = report["overall"]["flows"]
    # a question that names no data proposes no flow: precision 0.60 -> 0.63 for one
    # curated flow fewer found (recall 0.227 -> 0.218); an exchange among peers
    # (保険者等間で) then found two more (0.65 / 0.235); a card in a title (マイナンバーカード
    # 交付…業務) is no title data: 0.667 / 0.235; any data is narrower than the root a
    # curated flow names when the minutes leave it unsaid: 0.692 / 0.252; a question naming
    # only 個人情報 joins the answer that names the data: 0.711 / 0.252
    # (session 16: the matching stopped crediting an unnamed party with every curated one
    # on its lines, and a party's name inside a system's; …からの請求情報は…に入る
    # found two: 0.732 / 0.269; session 30: a flow that took 職歴 from the sentence before,
    # which denies the contractor 職歴, matched the curated 離職票 by luck: 0.727 / 0.277)
    assert flows["precision"] >= 0.72 and flows["recall"] >= 0.265, flows


def test_the_flows_the_minutes_state_are_scored_apart(report, real_data):
    # curated flows say basis: stated or inferred (a reader's synthesis); the report
    # gives recall over the stated ones too, a subset of the curated flows
    from kg.data.load import load_dataset

    ds = load_dataset(real_data)
    stated = sum(1 for ff in ds.fact_files for f in ff.flows if f.basis == "stated")
    both = report["overall"]["flows_stated"]
    assert both["gold"] == stated < report["overall"]["flows"]["gold"]
    assert both["found"] <= report["overall"]["flows"]["found"]
    assert both["recall"] >= 0.40, both  # measured 0.411 (30 of 73)


def test_the_status_of_right_flows_is_scored_and_does_not_slide_back(report):
    # of the right flows, those whose status is the curated one: 9 of 28 when every flow
    # the minutes do not date was current; 16 of 28 once the facts of an item the council
    # is asked to approve are planned unless a form or word says they run (…しております);
    # 17 of 28 when 現行 (the old system) and 通常 stopped meaning "runs now"; 23 of 28 once
    # 6. 審議事項 with its title on the next line made 002's one item; 23 of 29 when a flow
    # said to run now (settled) stopped folding into a proposed one of another status;
    # 23 of 30 when 居宅介護支援事業所からの請求情報は…に入る (said in an item asked to be
    # approved: planned) matched the paper hand-over that runs now
    status = report["overall"]["flow_status"]
    assert status["right"] == sum(r["flow_status"]["right"] for r in report["sources"])
    assert status["agree"] <= status["right"]
    assert status["agree"] / status["right"] >= 0.76, status


def test_relations_are_scored_and_do_not_slide_back(report):
    # entrusts, re-entrusts, hosts, operates, maintains: no target in the issue, a floor here
    relations = report["overall"]["relations"]
    assert relations["gold"] > 60
    # (recall 0.458 -> 0.444 when a group the section names (学校) stopped being taken for
    # the contractor: one curated entrustment it matched only by sharing a line)
    # (a court the section names is no title contractor: 0.844 / 0.444 -> 0.875 / 0.458)
    # (業者 stands for the item's contractor: 0.906 / 0.472; (株)カナミックネットワーク is a
    # company, and a listed item and its section heading are one item: 0.969 / 0.486)
    # (a numbered item and its section under the same title are one item: the unnamed
    # contractor of 003's Kanamic item, matched to the on-premises maintainer only by
    # sharing the listing's line, is no longer proposed: 1.0 / 0.472)
    # (session 16: a summary's 1 ページ目、30年度諮問第1号 …について opens the past item, and
    # its contractor is proposed: 1.0 / 0.5, with the stricter matching of unnamed parties)
    assert relations["precision"] >= 0.97 and relations["recall"] >= 0.49, relations


def test_categories_do_not_slide_back(report):
    # no target in the issue; a floor a little under what is measured (an unknown item of
    # a list of data is a new data name: recall 0.718 -> 0.753 at precision 0.671)
    categories = report["overall"]["categories"]
    assert categories["precision"] >= 0.66 and categories["recall"] >= 0.74, categories


@pytest.mark.xfail(strict=True, reason="flows: measured far below the issue's target (see the report)")
def test_flows_reach_the_target(report):
    flows = report["overall"]["flows"]
    assert flows["recall"] >= 0.5 and flows["precision"] >= 0.5, flows


def test_a_leave_one_out_lexicon_does_not_know_what_only_its_seed_taught(real_data):
    from kg.data.load import load_dataset
    from kg.extract.lexicon import Lexicon, taught

    ds = load_dataset(real_data)
    source = "004_e6630703100e4872.txt"
    entities, _ = taught(ds)
    only = {k for k, v in entities.items() if v == {source}}
    assert "shiki-chouju-ouen-ka" in only
    lex = Lexicon.from_dataset(ds, exclude_source=source)
    assert not only & set(lex.entities)
    assert "jlis" in lex.entities  # taught by others: kept
    assert source not in lex.source_texts


def test_the_command_prints_the_figures(cli, report):
    result = cli("extract", "--evaluate", "--format", "json")
    assert_clean_exit(result, 0)
    printed = json.loads(result.stdout)
    assert printed["overall"]["entities"] == report["overall"]["entities"]
    assert printed["overall"]["flows"] == report["overall"]["flows"]
    assert printed["overall"]["relations"] == report["overall"]["relations"]


def test_the_citys_side_is_one_end_only_where_the_flow_leaves_the_city(real_data):
    gold = _gold(real_data, "000_670b8370b20d9432.txt")
    flows = {f.id: f for f in gold.flows}
    dept = {"label": "保険年金課", "type": "department", "id": "higashimurayama-hoken-nenkin-ka"}
    shuyaku = {"label": "国保情報集約システム", "type": "system", "id": "kokuho-shuyaku-tokyo"}
    terminal = {"label": "情報連携用のコンピュータ端末", "type": "system", "id": "000-kokuho-renkei-terminal"}
    cats = {"insurance-eligibility": {"id": "insurance-eligibility", "label": "被保険者資格情報"}}

    def proposal(frm, to):
        return {"_from": {**frm, "lines": []}, "_to": {**to, "lines": []},
                "categories": ["insurance-eligibility"]}

    # the city's terminal sends to the federation's system: the department's flow there
    # is the same hand-over out of the city
    assert gold.flow_matches(proposal(dept, shuyaku), flows["000-flow-12"], "higashimurayama", cats)
    # within the city the grain is the curated one: the department is not the NHI system
    assert not gold.flow_matches(proposal(dept, terminal), flows["000-flow-11"], "higashimurayama", cats)
    # and a system outside the city is never the city's side
    assert not gold.flow_matches(proposal(shuyaku, shuyaku), flows["000-flow-12"], "higashimurayama", cats)


def test_misses_give_each_unfound_flow_one_reason(cli, report):
    result = cli("extract", "--evaluate", "--misses", "--format", "json")
    assert_clean_exit(result, 0)
    missed = json.loads(result.stdout)
    flows = report["overall"]["flows"]
    # exactly the curated flows the evaluation did not find, each once
    assert len(missed["flows"]) == flows["gold"] - flows["found"]
    assert len({r["flow"] for r in missed["flows"]}) == len(missed["flows"])
    assert sum(missed["reasons"].values()) == len(missed["flows"])
    assert {r["reason"] for r in missed["flows"]} <= {"other data", "one sentence", "context"}
    # a flow whose data only its own seed taught is flagged (000's counselling notes)
    by_id = {r["flow"]: r for r in missed["flows"]}
    assert by_id["000-flow-6"]["data_unknown"] is True
    assert all(r["lines"] for r in missed["flows"])


def test_misses_need_the_evaluation(cli):
    assert_clean_exit(cli("extract", "--misses"), 2)


def test_a_group_named_by_a_common_noun_is_the_curated_unnamed_group(real_data):
    gold = _gold(real_data, "003_2db450392a73f948.txt")
    # 地域包括支援センター（5か所、名称不明）: the minutes' own noun, read as one department
    assert gold.entity_matches({"label": "地域包括支援センター", "type": "department"},
                               "003-houkatsu-centers")
    # a name that only contains the noun is another body
    assert not gold.entity_matches({"label": "第一地域包括支援センター", "type": "department"},
                                   "003-houkatsu-centers")


def test_a_group_read_by_its_common_noun_is_the_curated_party_of_that_name(real_data):
    gold = _gold(real_data, "001_3a1b27192e1934e4.txt")
    # 医療機関（名称不明）, the extractor's group, for the curated 医療機関 (alias 病院)
    for word in ("医療機関", "病院"):
        assert gold.entity_matches({"label": f"{word}（名称不明）", "type": "unnamed-party", "role": "other"},
                                   "001b-medical-institutions")
    # a contractor is no group, and another noun is another party
    assert not gold.entity_matches({"label": "医療機関（名称不明）", "type": "unnamed-party",
                                    "role": "contractor"}, "001b-medical-institutions")
    assert not gold.entity_matches({"label": "薬局（名称不明）", "type": "unnamed-party", "role": "other"},
                                   "001b-medical-institutions")


def test_a_new_category_is_narrower_than_unspecified_personal_information(real_data):
    gold = _gold(real_data, "000_670b8370b20d9432.txt")
    flows = {f.id: f for f in gold.flows}
    dept = {"label": "市民課", "type": "department", "id": "higashimurayama-shimin-ka", "lines": []}
    server = {"label": "証明発行サーバー", "type": "system", "id": "000-shomei-hakko-server",
              "lines": []}
    new = {"new:住基情報": {"key": "new:住基情報", "label": "住基情報"}}
    known = {"juminhyo": {"id": "juminhyo", "label": "住民票"}}
    # 000-flow-4 moves personal information the minutes leave unspecified: any data the
    # extractor names, known or new, is some of it
    assert flows["000-flow-4"].categories == ["personal-information"]
    proposal = {"_from": dept, "_to": server, "categories": ["new:住基情報"]}
    assert gold.flow_matches(proposal, flows["000-flow-4"], "higashimurayama", new)
    assert gold.flow_matches({**proposal, "categories": ["juminhyo"]}, flows["000-flow-4"],
                             "higashimurayama", known)
    # but a new name is not some other specific category (the NHI eligibility of 000-flow-12)
    shuyaku = {"label": "国保情報集約システム", "type": "system", "id": "kokuho-shuyaku-tokyo",
               "lines": []}
    assert not gold.flow_matches({"_from": dept, "_to": shuyaku, "categories": ["new:住基情報"]},
                                 flows["000-flow-12"], "higashimurayama", new)


def test_an_unnamed_party_is_the_one_curated_party_its_name_points_to(real_data):
    gold = _gold(real_data, "003_2db450392a73f948.txt")
    offices = {"label": "居宅介護支援事業所（名称不明）", "type": "unnamed-party", "role": "other",
               "lines": [91, 130, 132]}
    # the care offices, said on lines that name the support centres too, are the offices
    assert gold.entity_matches(offices, "003-kyotaku-jigyosho")
    assert not gold.entity_matches(offices, "003-houkatsu-centers")
    # an item's contractor said on twenty lines is one party, not each unnamed one there
    contractor = {"label": "空き家権利関係等調査委託の受託者（名称不明）", "type": "unnamed-party",
                  "role": "contractor", "lines": [8, 19, 20, 41, 47, 49, 59]}
    assert gold.entity_matches(contractor, "003-lawyer-offices")
    assert not any(gold.entity_matches(contractor, other) for other in
                   ("003-kyotaku-jigyosho", "003-houkatsu-centers", "003-owner-record-holders"))
    # the word after the item's title decides between the parties of one item
    gold = _gold(real_data, "000_670b8370b20d9432.txt")
    hosts = {"label": "東村山市女性のための就職支援事業業務委託の事業者（名称不明）",
             "type": "unnamed-party", "role": "other", "lines": [120]}
    assert gold.entity_matches(hosts, "000-internship-employers")
    assert not gold.entity_matches(hosts, "000-women-job-contractor")


def test_a_partys_name_inside_a_systems_name_is_another_thing(real_data):
    gold = _gold(real_data, "003_2db450392a73f948.txt")
    centres = {"label": "地域包括支援センター", "type": "department"}
    assert not gold.entity_matches(centres, "003-houkatsu-onprem-system")
    assert not gold.entity_matches(centres, "003-kanamic-cloud")
    # (nor is a department inside the name of its terminal)
    assert not gold.entity_matches({"label": "中央図書館", "type": "department"},
                                   "003-library-maintenance-terminal")
    gold = _gold(real_data, "000_670b8370b20d9432.txt")
    assert not gold.entity_matches({"label": "J-LISシステム", "type": "system"}, "jlis")
    assert not gold.entity_matches({"label": "東村山市", "type": "municipality"}, "000-kokuho-system")
