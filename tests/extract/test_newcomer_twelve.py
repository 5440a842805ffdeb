"""The twelfth newcomer run's minutes (tests/fixtures/newcomer12: a city's HTML page with
a provision table, a city's minutes as text from a PDF with wrapped lines, a city's
written opinion (答申) in numbered paragraphs), read with the bundled registry: the
wrong and lost answers that run found stay gone."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from kg.extract import extract_files

MINUTES = sorted((FIXTURES / "newcomer12").iterdir())


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    """``{city: proposal}`` for each minutes file."""
    return {Path(r["input"]).stem.split("-")[0]: r for r in extract_files(MINUTES)}


def test_a_bare_no_after_a_bracketed_speaker_denies_the_question(read):
    # （委員）町内会に提供する名簿に、個人番号が記載されることはあるのか。（事務局）ございません。
    asahikawa = read["asahikawa"]
    assert not [f for f in asahikawa["flows"] if "my-number" in f["categories"]]


def test_the_rows_of_an_html_table_with_blank_lines_between(read):
    rows = {(f["to"], f["channel"]) for f in read["asahikawa"]["flows"] if f["verb"] == "表"}
    assert rows == {("旭川市社会福祉協議会", "email"), ("町内会（名称不明）", "hand-delivery"),
                    ("民生委員・児童委員（名称不明）", "hand-delivery"), ("旭川東警察署", "cd-r")}


def test_a_prefectural_bureau_gives_and_receives_and_a_start_said_after_is_planned(read):
    flows = {(f["from"], f["to"]): f for f in read["asahikawa"]["flows"]}
    # 北海道上川総合振興局から、…を使用している方の氏名、住所、電話番号の提供を受け
    assert ("北海道上川総合振興局", "福祉保険課") in flows
    # 市からは、…北海道上川総合振興局へLGWAN電子メールにより提供する。これは、…令和6年10月
    # から開始する予定である。
    out = flows[("旭川市", "北海道上川総合振興局")]
    assert (out["channel"], out["status"]) == ("email", "planned")


def test_a_speakers_line_is_no_agenda_item_and_the_federation_passes_on_what_it_got(read):
    matsue = read["matsue"]
    # ○保険年金課長　議題（1）…の外部委託について御説明いたします: the listed item's section
    assert [i["number"] for i in matsue["agenda_items"]] == ["1", "2"]
    assert not [r for r in matsue["relations"] if "名称不明" in r["object"]]
    # 連合会は、受け取った情報を…登録し、オンライン資格確認のために社会保険診療報酬支払基金へ
    # 提供いたします (報酬 inside the fund's name says nothing of what moves)
    [passed] = [f for f in matsue["flows"] if f["to"] == "社会保険診療報酬支払基金"]
    assert passed["from"] == "島根県国民健康保険団体連合会" and "my-number" in passed["categories"]


def test_a_written_opinions_paragraphs_titles_and_conditions(read):
    toyohashi = read["toyohashi"]
    # (3) 照会への回答として、…提供される。: a paragraph, not an item
    assert len(toyohashi["agenda_items"]) == 4
    assert {i["outcome"] for i in toyohashi["agenda_items"] if i["number"] in ("1", "4")} == {"approved"}
    # (3) 中間サーバー・プラットフォームとのオンライン結合 (a listed title) moves nothing
    assert not [f for f in toyohashi["flows"] if f["from"] == "市民税課" and f["to"] == "中間サーバー"]
    # 転入前の市区町村から所得額及び扶養親族の数が中間サーバー・プラットフォームを経由して提供される
    assert ("転入前の市区町村（名称不明）", "こども家庭課") in {(f["from"], f["to"]) for f in toyohashi["flows"]}
    # 第5 条件 2 受託者に個人番号を閲覧させないよう、…を確実に行うこと: asked for, no exclusion of a
    # contractor the use beyond purpose does not have
    assert not [a for a in toyohashi["access"] if a["party"].startswith("課税情報の目的外利用")]


def test_an_answer_naming_only_data_is_all_the_subcontractor_gets(read):
    matsue = read["matsue"]
    # 委員：再委託先の印刷会社には、どの情報が渡るのですか。
    # 課長：宛名の印刷に必要な氏名と住所のみでございます。
    [flow] = [f for f in matsue["flows"] if f["to"] == "(株)出雲印刷"]
    assert (flow["from"], flow["categories"]) == ("株式会社山陰データサービス", ["name", "address"])
    # …のみ: the re-entrustment is of that data, not of all the contractor holds (健康情報)
    [rel] = [r for r in matsue["relations"] if r["type"] == "re-entrusts"]
    assert rel["categories"] == ["name", "address"]
