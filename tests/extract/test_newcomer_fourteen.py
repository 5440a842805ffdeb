"""The fourteenth session's newcomer run (tests/fixtures/newcomer14: a town's Q&A on
health checks with its federation, a city's HTML table on school-aid tax data, a town's
minutes with speakers' labels on lines of their own, and a city's section on several
numbered items), read with the bundled registry: the wrong answers it found stay gone."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from kg.extract import extract_files

MINUTES = sorted((FIXTURES / "newcomer14").iterdir())


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    """``{town: proposal}`` for each minutes file."""
    return {Path(r["input"]).stem: r for r in extract_files(MINUTES)}


def test_an_answer_that_names_what_goes_instead_takes_back_the_question(read):
    shirakaba = read["shirakaba"]
    # ○千田委員　連合会に個人番号も送るのですか。○町民課長　個人番号は連合会には送付いたし
    # ません。送るのは被保険者番号でございます。
    assert not [f for f in shirakaba["flows"] if "my-number" in f["categories"]]
    assert shirakaba["my_number_involved"] is False


def test_a_denial_of_the_next_verb_covers_the_act_it_is_said_of(read):
    midorigaoka = read["midorigaoka"]
    # いいえ。就学援助の申請書には個人番号の記載欄はございませんし、市民税課への照会にも個人
    # 番号は使用いたしません。
    assert not [f for f in midorigaoka["flows"] if "my-number" in f["categories"]]
    assert midorigaoka["my_number_involved"] is False
    assert ("excluded", "市民税課") in {(a["type"], a["party"]) for a in midorigaoka["access"]
                                      if "my-number" in a["categories"]}


def test_a_bare_no_after_a_bracketed_label_takes_back_the_question(read):
    # 【委員】あおば印刷は健康管理システムに接続するのですか。／【健康推進課長】いいえ。再委託先は
    # 健康管理システムを閲覧できません。
    assert not [f for f in read["aobazawa"]["flows"] if f["from"] == "有限会社あおば印刷"]


def test_data_got_by_an_inquiry_come_from_the_one_asked(read):
    # 第15号は、滞納者の勤務先情報を、本人からではなく、年金事務所への照会により取得するもの
    # です: the pension office gives, the city receives (not the other way round)
    ends = {(f["from"], f["to"]) for f in read["wakamatsu"]["flows"] if "年金事務所" in (f["from"], f["to"])}
    assert ends == {("年金事務所", "保険収納課")}


def test_who_runs_a_service_a_relative_clause_names_runs_that_service(read):
    # 滞納整理システムを、株式会社つばさネットが運営する預貯金照会サービスとオンラインで結合
    # いたします: つばさネット runs the service, not the city's system
    ran = {(r["subject"], r["object"]) for r in read["wakamatsu"]["relations"] if r["type"] == "operates"}
    assert ran == {("株式会社つばさネット", "預貯金照会サービス")}


def test_an_opinion_that_the_item_is_fit_is_its_approval(read):
    # ○会長　…諮問第3号は適当であると答申することとしてよろしいでしょうか。（and each file's
    # items end so）
    outcomes = {i["title"]: i["outcome"] for r in read.values() for i in r["agenda_items"]
                if i.get("type") != "report"}
    assert set(outcomes.values()) == {"approved"}, outcomes


def test_a_body_named_without_its_legal_form_is_the_same_body(read):
    shirakaba = read["shirakaba"]
    # 福祉課は、…調査依頼書を、しらかば福祉会に手渡ししております。しらかば福祉会は、…調査票を
    # 福祉課に持参して提出しております。 (社会福祉法人しらかば福祉会 named before)
    ends = {(f["from"], f["to"], f["channel"]) for f in shirakaba["flows"] if "社会福祉法人しらかば福祉会" in (
        f["from"], f["to"])}
    assert ends == {("福祉課", "社会福祉法人しらかば福祉会", "hand-delivery"),
                    ("社会福祉法人しらかば福祉会", "福祉課", "hand-delivery")}


def test_a_correction_said_with_jissai_niwa_changes_the_channel():
    # …伊勢福祉会に郵送いたします。…調査依頼書の送付は「郵送」と申し上げましたが、実際には市の
    # 職員が伊勢福祉会の事務所に直接届けております。 (one hand-over, now by hand)
    [ise] = extract_files([FIXTURES / "newcomer7" / "ise.txt"])
    to = [(f["channel"], f["line"]) for f in ise["flows"] if f["to"] == "社会福祉法人伊勢福祉会"]
    assert to == [("hand-delivery", 22)]


def test_my_number_kept_with_the_towns_own_staff_is_no_involvement(read):
    # なお、受託者は個人番号を取り扱いません。個人番号の確認が必要な手続は、引き続き町職員が行い
    # ます。…連合会への送信には…個人番号は含めておりません。
    assert read["kasumino"]["my_number_involved"] is False


def test_a_denial_of_one_hand_over_speaks_of_its_recipient_only(read):
    # ○委員　国保連合会に送る情報に個人番号は含まれますか。○住民保険課長　連合会への送信には
    # 被保険者記号番号を用い、個人番号は含めておりません。: not of the contractor or its printer
    kept_out = {a["party"] for a in read["kasumino"]["access"]
                if a["type"] == "excluded" and "my-number" in a["categories"]}
    assert kept_out == {"株式会社みなと事務サービス", "県国民健康保険団体連合会"}
    # (みなと is kept out by 受託者は個人番号を取り扱いません, on its own line)
    assert [a["line"] for a in read["kasumino"]["access"] if a["party"] == "株式会社みなと事務サービス"
            and "my-number" in a["categories"]] == [16]


def test_a_short_form_said_before_the_full_name_is_the_same_body(read):
    # 国保連合会とのやりとりは… (l.25) before 県国民健康保険団体連合会に送信 (l.26): one body
    labels = [e["label"] for e in read["kasumino"]["entities"] if "連合会" in e["label"]]
    assert labels == ["県国民健康保険団体連合会"]


def test_a_system_running_on_a_companys_cloud_is_hosted_by_it(read):
    # 国保システムは、株式会社ミドリクラウドが提供するクラウドサービス上で稼働しており、同社が
    # サーバの保守を行っております。: it hosts and maintains
    kinds = {r["type"] for r in read["kasumino"]["relations"]
             if (r["subject"], r["object"]) == ("株式会社ミドリクラウド", "国保システム")}
    assert kinds == {"hosts", "maintains"}


def test_no_party_made_of_an_adverb_a_title_or_a_question(read):
    labels = {e["label"] for r in read.values() for e in r["entities"]}
    # 医療機関からの結果は、すべて町民課が取りまとめて送付いたします: 町民課
    assert "すべて町民課" not in labels and "町民課" in labels
    # ○住民保険課係長: the 住民保険課's staff, no 住民保険課係
    assert "住民保険課係" not in labels and "住民保険課" in labels
    # ○委員　クラウド事業者の社員がデータを見ることはありますか。: asked, and the answer names
    # the company (ミドリクラウド), no unnamed cloud provider
    assert not [e for e in read["kasumino"]["entities"] if e["type"] == "unnamed-party"]


def test_a_denial_of_an_inquiry_within_the_city_keeps_no_contractor_out(read):
    # …市民税課への照会にも個人番号は使用いたしません。: of the inquiry to 市民税課, not of
    # the company that maintains the school-meal system
    kept_out = {a["party"] for a in read["midorigaoka"]["access"] if "my-number" in a["categories"]}
    assert kept_out == {"市民税課"}
