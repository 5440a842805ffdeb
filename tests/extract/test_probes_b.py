"""More self-probes (as in test_probes.py): short minutes of my own in phrasings the seeds
do not use, read with the bundled registry; each test failed before its change."""
from __future__ import annotations

import pytest

from kg.extract.lexicon import Lexicon
from kg.extract.pipeline import analyse

import minutes


@pytest.fixture(scope="module")
def cloud_staff():
    return analyse(minutes.PROBES_CLOUD_STAFF, Lexicon.from_data())


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start))


def test_a_system_moved_onto_a_cloud_is_a_flow_still_to_come(cloud_staff):
    # 子育て支援システムをミナトクラウドへ移行いたします: from the one system to the other,
    # planned (the humble いたします is no sign that it runs)
    moved = _line(minutes.PROBES_CLOUD_STAFF, "子ども家庭課長　子育て")
    assert [(f["from"], f["to"], f["status"]) for f in cloud_staff["flows"] if f["line"] == moved] \
        == [("子育て支援システム", "ミナトクラウド", "planned")]


def test_the_staff_of_a_cloud_are_those_of_who_runs_it(cloud_staff):
    # ミナトクラウドの社員が内容を閲覧することはできない: the cloud provider the question
    # named is kept out of what that cloud holds (a system is no party)
    said = _line(minutes.PROBES_CLOUD_STAFF, "子ども家庭課長　データは")
    denied = [(a["type"], a["party"], a["system"]) for a in cloud_staff["access"] if a["line"] == said]
    assert denied == [("excluded", "子育て支援システムのクラウド化のクラウド事業者（名称不明）", "ミナトクラウド")]


def test_who_set_up_the_cameras_is_not_who_would_receive_their_footage(cloud_staff):
    # 商店街振興組合が設置しているカメラの映像を実施機関が受け取ることはございません: the
    # city does not receive it; the association is not kept from its own footage
    said = _line(minutes.PROBES_CLOUD_STAFF, "子ども家庭課長　商店街")
    assert not [a for a in cloud_staff["access"] if a["line"] == said]
    assert not [f for f in cloud_staff["flows"] if f["line"] == said]


def test_the_humble_form_of_a_flow_asked_about_is_still_to_come():
    # 提供いたします (asked to be approved): planned; 提供いたしております: runs now
    text = minutes.PROBES_HUMBLE
    proposal = analyse(text, Lexicon.from_data())
    statuses = {(f["line"], f["status"]) for f in proposal["flows"]}
    assert statuses == {(_line(text, "住民課長　住民課は"), "planned"),
                        (_line(text, "住民課長　なお"), "current")}


def test_an_item_has_the_outcome_whose_cue_comes_last():
    items = analyse(minutes.PROBES_OUTCOMES, Lexicon.from_data())["agenda_items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("1", "continued"), ("2", "approved"), ("3", "rejected"), ("4", "approved")]


@pytest.fixture(scope="module")
def denied_ways():
    return analyse(minutes.PROBES_DENIED_WAYS, Lexicon.from_data())


def _at(start: str) -> int:
    return _line(minutes.PROBES_DENIED_WAYS, "住民課長　" + start)


def test_the_card_used_to_prove_who_one_is_involves_no_number_the_minutes_deny(denied_ways):
    # マイナンバーカードをかざして…; 証明書の交付に個人番号は用いません
    assert denied_ways["my_number_involved"] is False
    # …個人番号に対応する符号を…中間サーバーに登録: the code, not the number
    [coded] = [f for f in denied_ways["flows"] if f["line"] == _at("住民課は、被保険者")]
    assert "my-number" not in coded["categories"]


def test_a_company_whose_name_ends_like_a_role_and_the_topic_a_denial_speaks_of(denied_ways):
    rel = {(r["type"], r["object"]) for r in denied_ways["relations"] if r["line"] == _at("運用監視")}
    assert rel == {("re-entrusts", "株式会社北陸データセンター")}
    # 株式会社北陸データセンターは…監視するだけであり、戸籍のデータを閲覧することはできません
    assert [(a["party"], a["categories"]) for a in denied_ways["access"] if a["line"] == _at("株式会社北陸")] \
        == [("株式会社北陸データセンター", ["koseki"])]


def test_staff_kept_from_the_data_a_relative_clause_describes_is_no_flow(denied_ways):
    # 株式会社みさきシステムの社員は、機構へ提供するデータを閲覧することもできません
    said = _at("株式会社みさき")
    assert not [f for f in denied_ways["flows"] if f["line"] == said]
    assert [(a["type"], a["party"]) for a in denied_ways["access"] if a["line"] == said] == [
        ("excluded", "株式会社みさきシステム")]


def test_a_ban_on_re_entrusting_is_quoted_with_the_ban(denied_ways):
    [banned] = [r for r in denied_ways["relations"]
                if r["line"] == _line(minutes.PROBES_DENIED_WAYS, "福祉課長　委託先が")]
    assert (banned["type"], banned["subject"], banned["permission"]) == (
        "re-entrusts", "株式会社みさきワーク", "forbidden")
    assert banned["quote"].endswith("契約により禁止いたします。")


def test_a_paper_that_carries_no_number_is_no_denial_of_the_contractor(denied_ways):
    # 結果通知書には個人番号は記載しておりません: of whoever gets the paper (not said)
    assert not [a for a in denied_ways["access"] if a["line"] == _at("結果通知書")]


@pytest.fixture(scope="module")
def part_denied():
    return analyse(minutes.PROBES_PART_DENIED, Lexicon.from_data())


def test_a_denial_of_one_use_is_an_exclusion_in_that_context(part_denied):
    said = _line(minutes.PROBES_PART_DENIED, "学校教育課長")
    [use] = [a for a in part_denied["access"] if a["line"] == said]
    assert use["party"] == "株式会社しらかば学習" and use["context"].startswith("広告への利用")


def test_what_a_flow_to_a_database_leaves_out_is_no_denial_of_the_contractor(part_denied):
    # 氏名や住所は送信されず: of the database the sentence before sends to, not しらかば会
    said = _line(minutes.PROBES_PART_DENIED, "介護保険課長　認定の結果")
    assert not [a for a in part_denied["access"] if a["line"] == said]


def test_loans_already_returned_are_some_of_the_loan_records(part_denied):
    # 返却済みの資料の貸出履歴は…移行いたしません: the current loans do move
    said = _line(minutes.PROBES_PART_DENIED, "図書館長　返却済み")
    assert not [a for a in part_denied["access"] if a["line"] == said]


def test_incidental_access_in_the_words_newcomers_used():
    text = minutes.PROBES_SEEN_AT_WORK
    seen = {(a["line"], a["party"]) for a in analyse(text, Lexicon.from_data())["access"]
            if a["type"] == "incidental"}
    assert seen == {(_line(text, "学校教育課長　問合せ"), "株式会社くすのき学習"),
                    (_line(text, "税務課長　同社の作業員"), "株式会社くすのき印刷"),
                    (_line(text, "介護保険課長　保守作業"), "株式会社くすのき情報"),
                    (_line(text, "介護保険課長　保守担当者"), "株式会社くすのき情報")}


def test_the_town_an_assembly_committee_belongs_to_and_its_flows_from_the_city():
    proposal = analyse(minutes.PROBES_ASSEMBLY, Lexicon.from_data())
    assert proposal["municipality"] == "なぎさ市"
    assert [(f["from"], f["channel"], f["frequency"]) for f in proposal["flows"]] == [
        ("なぎさ市", "dedicated-line", "毎月")]


def test_a_table_split_by_slashes_and_recommendations_headed_with_their_items():
    text = minutes.PROBES_SLASHED
    proposal = analyse(text, Lexicon.from_data())
    flows = [(f["line"], f["from"], f["to"], f["channel"], f["frequency"]) for f in proposal["flows"]]
    # the row of 別表１, from the city's 生活福祉課 (本市生活福祉課 is that department)
    assert (_line(text, "株式会社ひばりワーク／"), "生活福祉課", "株式会社ひばりワーク", "paper", "毎月") \
        in flows
    assert {e["label"] for e in proposal["entities"] if e["type"] == "department"} == {"生活福祉課"}
    # a certificate that the data was erased carries no one's data back
    assert not [f for f in flows if f[2] == "生活福祉課"]
    # 附帯意見（諮問第１５号から第１７号まで）: what the council asks for, no flow
    advised = _line(text, "附帯意見")
    assert not [f for f in flows if f[0] >= advised]


def test_the_operator_whose_centre_holds_the_data_is_the_one_that_cannot_read_it():
    text = minutes.PROBES_DATA_CENTRE
    proposal = analyse(text, Lexicon.from_data())
    assert [i["title"] for i in proposal["agenda_items"]] == ["情報共有システムの導入"]
    operator = "情報共有システムの導入のデータセンター事業者（名称不明）"
    assert [f["to"] for f in proposal["flows"] if f["line"] == _line(text, "・システム")] == [operator]
    assert [(a["type"], a["party"]) for a in proposal["access"]] == [("excluded", operator)]


def test_a_listed_item_and_its_section_are_one_and_a_report_marked_after_its_title_is_a_report():
    items = analyse(minutes.PROBES_LISTED_TWICE, Lexicon.from_data())["agenda_items"]
    assert [(i["type"], i["number"], i["outcome"]) for i in items] == [
        ("consultation", "3", "approved"), ("report", "2", "noted")]


def test_a_title_adds_no_contractor_where_the_section_names_whom_the_work_goes_to():
    proposal = analyse(minutes.PROBES_TITLE_STORES, Lexicon.from_data())
    assert [(r["type"], r["object"]) for r in proposal["relations"] if r["type"] == "entrusts"] == [
        ("entrusts", "株式会社うみべシステム")]
    # 外国の機関: no 国の機関 (a national body) is denied anything
    assert not [e for e in proposal["entities"] if e["label"] == "国の機関"]


def test_a_corrected_frequency_leaves_the_quote_it_takes_back():
    text = minutes.PROBES_TAKEN_BACK
    [flow] = [f for f in analyse(text, Lexicon.from_data())["flows"] if f["to"] == "中間サーバー"]
    assert flow["frequency"] == "毎日"
    assert [a["line"] for a in flow.get("also", [])] == [_line(text, "◎国保年金課長　先ほど")]


def test_the_data_a_sentence_lists_after_its_verb_is_what_moves():
    text = minutes.PROBES_LISTED_AFTER
    [flow] = [f for f in analyse(text, Lexicon.from_data())["flows"]
              if f["line"] == _line(text, "介護保険課長　委託先に")]
    assert set(flow["categories"]) == {"name", "date-of-birth", "address", "phone-number"}
    assert flow["quote"].endswith("住所及び電話番号です。")


def test_a_notice_to_the_person_is_no_flow_of_their_data_unless_data_is_named():
    text = minutes.PROBES_NOTICE
    flows = analyse(text, Lexicon.from_data())["flows"]
    assert not [f for f in flows if f["line"] == _line(text, "契約書において")]
    assert [f["categories"] for f in flows if f["line"] == _line(text, "保険年金課は")] == [["name"]]


def test_a_hand_over_done_once_is_still_to_come_and_one_done_once_a_year_runs():
    once = analyse(minutes.PROBES_ONCE, Lexicon.from_data())
    statuses = {f["to"]: f["status"] for f in once["flows"]}
    # …引き渡す方法で、１回限り行います: a step not taken yet; …年１回のみ提供します: each year
    assert statuses == {"株式会社青葉システム": "planned", "株式会社若葉印刷": "current"}
