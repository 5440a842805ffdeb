"""The eleventh newcomer run's minutes (tests/fixtures/newcomer11: a city's speaker-style
minutes, a city's HTML page, a city's Markdown summary with （株） companies), read with the
bundled registry: the wrong and lost answers that run found stay gone."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from kg.extract import extract_files

MINUTES = sorted((FIXTURES / "newcomer11").iterdir())


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    """``{file stem: proposal}`` for each minutes file."""
    return {Path(r["input"]).stem: r for r in extract_files(MINUTES)}


def _flows(proposal: dict, line: int) -> list[tuple]:
    return [(f["from"], f["to"]) for f in proposal["flows"] if f["line"] == line]


def test_a_bare_no_denies_the_question_and_the_answer_names_its_own_giver(read):
    hamamatsu = read["hamamatsu-2023-2"]
    # 委員：委託先が健診結果を国保連合会に直接送ることはありますか。
    # 課長：ございません。…送付は、これまでどおり市が…行います。
    to_federation = [f for f in hamamatsu["flows"] if f["to"] == "静岡県国民健康保険団体連合会"]
    assert [(f["from"], f["line"]) for f in to_federation] == [("国保年金課", 40)]


def test_the_list_after_a_generic_data_topic_is_the_data(read):
    # 委託先に渡す個人情報は、被保険者番号、氏名、生年月日、性別、住所、健診結果…
    [flow] = [f for f in read["hamamatsu-2023-2"]["flows"] if f["line"] == 29]
    assert {"insured-person-number", "name", "date-of-birth", "sex", "address"} <= set(flow["categories"])


def test_a_report_asked_for_is_no_flow_and_a_later_entrustment_is_planned(read):
    hamamatsu = read["hamamatsu-2023-2"]
    # 委託先には…実地調査を行い、取扱状況の報告を求めてまいります
    assert _flows(hamamatsu, 42) == []
    # 令和５年１０月から株式会社東海ヘルスデータに委託したい (said in August 2023)
    [flow] = [f for f in hamamatsu["flows"] if f["line"] == 29]
    assert (flow["to"], flow["status"]) == ("株式会社東海ヘルスデータ", "planned")
    [rel] = [r for r in hamamatsu["relations"] if r["type"] == "entrusts" and r["line"] == 28]
    assert rel["status"] == "planned"


def test_a_network_before_a_relative_clause_is_the_channel(read):
    # 児童手当システムから、総合行政ネットワーク（ＬＧＷＡＮ）を経由して、機構が運用する
    # 中間サーバー・プラットフォームに、…を送信いたします
    [flow] = [f for f in read["hamamatsu-2023-2"]["flows"] if f["line"] == 52]
    assert (flow["from"], flow["to_id"], flow["channel"]) == ("児童手当システム", "intermediate-server", "lgwan")


def test_companies_written_with_a_bracketed_form_are_named(read):
    morioka = read["morioka-2022-3"]
    rels = {(r["type"], r["subject"], r["object"]) for r in morioka["relations"]}
    assert ("entrusts", "盛岡市", "(株)みちのく情報サービス") in rels
    assert ("re-entrusts", "(株)みちのく情報サービス", "(株)ベルコール東北") in rels
    assert ("entrusts", "盛岡市", "(株)イワテ電算") in rels
    # 受託者は個人番号を取り扱わない: said of the company, and the company is the one entrusted
    assert [(a["party"], a["categories"]) for a in morioka["access"] if a["line"] == 24] == [
        ("(株)みちのく情報サービス", ["my-number"])]


def test_a_card_in_a_title_is_no_data_handed_over(read):
    morioka = read["morioka-2022-3"]
    # マイナンバーカード交付予約受付業務の委託について: the work, not the data
    assert not [f for f in morioka["flows"] if {"my-number", "my-number-card"} & set(f["categories"])]
    assert not [r for r in morioka["relations"] if "受託者（名称不明）" in r["object"]]


def test_a_listed_item_and_its_section_heading_are_one_item(read):
    items = read["morioka-2022-3"]["agenda_items"]
    # | 1 | …の委託について | 市民登録課 | and later ## 議題１　…の委託について
    assert [(i["number"], i["line"]) for i in items] == [("1", 13), ("2", 14), ("3", 15)]


def test_the_party_entrusted_is_the_contractor_the_section_speaks_of(read):
    kochi = read["kochi-2024-1"]
    # 外部の事業者に委託したい … 受託者に…手渡し … 受託者は…持参して提出 … 受託者に個人番号を提供することはございません
    [entrusted] = {r["object"] for r in kochi["relations"] if r["type"] == "entrusts"}
    assert entrusted.endswith("の受託者（名称不明）")
    assert {a["party"] for a in kochi["access"] if a["line"] in (27, 33)} == {entrusted}
    flows = {(f["from"], f["to"], f["channel"], f["status"]) for f in kochi["flows"] if f["line"] in (23, 25)}
    assert flows == {("介護保険課", entrusted, "paper", "planned"),
                     (entrusted, "介護保険課", "hand-delivery", "planned")}


def test_recipients_said_as_the_topics_predicate_get_the_listed_data(read):
    kochi = read["kochi-2024-1"]
    # 平常時の提供先は、…地区の自主防災組織、民生委員・児童委員及び高知市社会福祉協議会で
    # ございます。提供する項目は、氏名、住所、…: from the explaining department, and not the
    # 要介護度 it received in the sentence before (名簿には…要介護度そのものは記載いたしません)
    listed = [f for f in kochi["flows"] if f["line"] == 71]
    assert {(f["from"], f["to"]) for f in listed} == {
        ("地域防災推進課", "自主防災組織（名称不明）"), ("地域防災推進課", "民生委員・児童委員（名称不明）"),
        ("地域防災推進課", "高知市社会福祉協議会")}
    for flow in listed:
        assert {"name", "address", "phone-number"} <= set(flow["categories"])
        assert "care-information" not in flow["categories"]


def test_a_bare_no_to_a_question_of_seeing_is_an_exclusion(read):
    kochi = read["kochi-2024-1"]
    # 委員：…個人番号を、他の健康保険組合などの保険者が見ることはできるのですか。課長：できません。
    [denied] = [a for a in kochi["access"] if a["line"] == 55]
    assert (denied["type"], denied["party"], denied["categories"]) == ("excluded", "健康保険組合", ["my-number"])
    assert [a["line"] for a in denied["also"]] == [57]
    # 委員：…機構の職員は、やり取りされる所得情報の中身を見ることができるのですか。課長：できません。
    hamamatsu = read["hamamatsu-2023-2"]
    assert [(a["party"], a["categories"]) for a in hamamatsu["access"] if a["line"] == 56] == [
        ("地方公共団体情報システム機構", ["income-tax"])]


def test_each_joined_recipient_is_excluded_and_a_roster_touched_is_incidental(read):
    kochi = read["kochi-2024-1"]
    # 医療機関や薬局には資格情報のみが回答され、個人番号は回答されません
    assert {a["party"] for a in kochi["access"] if a["line"] == 53} == {"医療機関（名称不明）", "薬局（名称不明）"}
    # 障害対応の際には、同社の技術者が名簿のデータに触れることがございます
    assert [(a["type"], a["party"]) for a in kochi["access"] if a["line"] == 81] == [
        ("incidental", "株式会社四国システムサービス")]


def test_every_row_of_a_markdown_provision_table_and_a_denial_of_them_all(read):
    morioka = read["morioka-2022-3"]
    rows = {(f["to"], f["channel"]) for f in morioka["flows"] if f["verb"] == "表"}
    # | 岩手県（保健福祉部） | … | L G W A N の電子メール |, | 転出先の市町村 | … | 紙（郵送） |
    assert rows == {("岩手県", "email"), ("一般社団法人盛岡市医師会", "cd-r"),
                    ("転出先の市町村（名称不明）", "mail")}
    # 提供にあたり個人番号は用いない (said before the table): of each of its recipients
    assert {a["party"] for a in morioka["access"] if a["line"] == 70} == {t for t, _ in rows}


def test_a_short_name_in_brackets_stands_for_the_system(read):
    morioka = read["morioka-2022-3"]
    # …のコミュニケーションサーバ（ＣＳ）… ＣＳは…設置し、保守は（株）イワテ電算に委託する
    assert ("maintains", "(株)イワテ電算", "コミュニケーションサーバ") in {
        (r["type"], r["subject"], r["object"]) for r in morioka["relations"]}
    # 保守事業者は本人確認情報を閲覧できない: the maintainer is that company
    assert [a["party"] for a in morioka["access"] if a["line"] == 51] == ["(株)イワテ電算"]
    # ＣＳから住基ネット専用回線により岩手県の都道府県サーバ及び J-L I S（…機構）の
    # 全国サーバに本人確認情報を送信する: both servers, each after its owner
    sent = {(f["from"], f["to"], f["channel"]) for f in morioka["flows"] if f["line"] == 47}
    assert sent == {("コミュニケーションサーバ", "都道府県サーバ", "dedicated-line"),
                    ("コミュニケーションサーバ", "全国サーバ", "dedicated-line")}


@pytest.mark.parametrize("head, city", [("令和4年11月9日 盛岡市個人情報保護審議会 会議録", "盛岡市"),
                                        ("令和4年11月9日 日野市個人情報保護審議会 会議録", "日野市"),
                                        ("令和4年度 盛岡市個人情報保護審議会 会議録", "盛岡市")])
def test_the_date_before_the_council_is_no_part_of_the_city(head, city):
    from kg.extract.lexicon import Lexicon
    from kg.extract.pipeline import analyse

    text = head + "\n\n議題1 予約受付業務の委託について（市民課）\n市民課は、受託者に氏名を提供する。\n"
    assert analyse(text, Lexicon.from_data())["municipality"] == city


def test_a_use_beyond_purpose_is_a_flow_from_the_holder_to_the_user(read):
    hamamatsu = read["hamamatsu-2023-2"]
    # 市民税課が賦課の目的で保有している住民税の課税情報を、福祉総務課が目的外に利用する
    # (and 市民税課から、…一覧表を作成して受け取ります two lines later: the same hand-over)
    internal = [f for f in hamamatsu["flows"] if f["to"] == "福祉総務課" and f["from"] != "対象世帯"]
    assert [(f["from"], f["line"]) for f in internal] == [("市民税課", 68)]
    # (l.76 対象世帯から返送していただく確認書に口座を記入していただきます: the households
    # give their account, a hand-over of their own)
    assert [(f["line"], f["categories"]) for f in hamamatsu["flows"] if f["from"] == "対象世帯"] == [
        (76, ["bank-account"])]
    assert "income-tax" in internal[0]["categories"]
    assert [a["line"] for a in internal[0].get("also", [])] == [70]


def test_the_topic_of_a_work_answers_the_inquiries_of_each_body_that_asks(read):
    kochi = read["kochi-2024-1"]
    # 支払基金は、オンライン資格確認等システムを運用し、医療機関や薬局からの照会に対して
    # 資格情報を回答いたします (and 医療機関や薬局には資格情報のみが回答され: the same)
    answers = {(f["from"], f["to"]) for f in kochi["flows"] if f["line"] in (51, 53)}
    assert answers == {("社会保険診療報酬支払基金", "医療機関（名称不明）"), ("社会保険診療報酬支払基金", "薬局（名称不明）")}
    # 連合会は、受け取った資格情報と個人番号を、国民健康保険中央会を経由して…支払基金に
    # 送ります: both of them, through the 中央会
    sent = [f for f in kochi["flows"] if f["line"] == 49]
    assert [(f["from"], f["to"]) for f in sent] == [("高知県国民健康保険団体連合会", "国民健康保険中央会"),
                                                    ("国民健康保険中央会", "社会保険診療報酬支払基金")]
    assert all(set(f["categories"]) == {"insurance-eligibility", "my-number"} for f in sent)


def test_what_a_roster_does_not_record_excludes_each_of_its_recipients(read):
    kochi = read["kochi-2024-1"]
    # 名簿には個人番号や要介護度そのものは記載いたしません (the roster of line 71's flows)
    denied = {a["party"] for a in kochi["access"] if a["line"] == 75 and "my-number" in a["categories"]}
    # (session 37: 避難支援等関係者, the class line 67 gives the roster to, is a recipient too)
    assert denied == {"自主防災組織（名称不明）", "民生委員・児童委員（名称不明）", "高知市社会福祉協議会",
                      "避難支援等関係者（名称不明）"}
