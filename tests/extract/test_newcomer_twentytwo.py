"""The nineteenth session's second newcomer run (tests/fixtures/newcomer22: a ward's
transcript with speakers on lines of their own, on a standard system and a data-entry
contract; a city's numbered summary on a printing contract, a federation link and a lost
USB memory; a town's written opinion with an entrustment form after its reasons), read
with the bundled registry: what the newcomer found wrong stays right."""
from __future__ import annotations

import pytest

from conftest import newcomer_proposals, on_line as _rows


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    return newcomer_proposals("newcomer22")


def test_the_item_the_chair_opens_is_an_item(read):
    # a l.11 本日は、諮問第12号「児童手当システムの標準準拠システムへの移行について」を審議
    # いたします。 (the only place the minutes name it); l.17 the department gives
    proposal = read["a_akebono-2025-2"]
    assert [(i["line"], i["number"], i["outcome"]) for i in proposal["agenda_items"]] == [
        (11, "12", "approved")]
    assert [f["from"] for f in _rows(proposal["flows"], 17)] == ["子ども家庭支援課"]


def test_the_contractor_a_question_is_about_is_the_one_named_last(read):
    # a l.15 …運用及び保守も同社（ソラネクスト情報）に委託する予定; l.38 …入力する作業は、
    # 株式会社ヒバナデータに委託しております。 l.44 …受託者及び再委託先が個人番号を見ることは
    # ございません。: ヒバナデータ and its subcontractor, no invented party
    assert {x["party"] for x in _rows(read["a_akebono-2025-2"]["access"], 44)} == {
        "株式会社ヒバナデータ", "有限会社コトブキ入力センター"}


def test_a_field_masked_before_the_hand_over_does_not_move(read):
    # c l.23 個人番号は、本件の委託では取り扱わない。申告書の個人番号の欄は、受託者に渡す前に
    # 税務課の職員が目隠しのシールを貼る。
    flows = read["c_kazamachi-2025-toshin"]["flows"]
    assert not any("my-number" in f["categories"] and "くろしお" in f["to"] for f in flows)
    assert not _rows(flows, 23)


def test_the_forms_company_is_the_business_the_reasons_entrust(read):
    # c l.20 …データ入力を専門の事業者に委託する; l.39 (別紙) 委託先：株式会社くろしおデータ
    # サービス; l.41 取り扱う個人情報：…; l.43 受渡し方法：…手渡し。…DVD-Rにより税務課へ返却;
    # l.44 再委託：有（…みさき計算センターに再委託…）: no unnamed contractor beside it
    proposal = read["c_kazamachi-2025-toshin"]
    assert not any("名称不明" in e["label"] for e in proposal["entities"])
    entrusts = [(r["line"], r["object"], r["status"]) for r in proposal["relations"] if r["type"] == "entrusts"]
    assert entrusts == [(20, "株式会社くろしおデータサービス", "planned")]
    [form] = _rows(proposal["flows"], 41)
    assert (form["to"], form["channel"], form["status"]) == (
        "株式会社くろしおデータサービス", "hand-delivery", "planned")
    # (a form's lines are one fact each: the return on l.43 is no re-entrustment of l.44)
    assert [(r["subject"], r["object"]) for r in proposal["relations"] if r["type"] == "re-entrusts"] == [
        ("株式会社くろしおデータサービス", "有限会社みさき計算センター")]


def test_the_work_on_the_notices_is_no_data(read):
    # b l.16 …納税通知書及び資格確認書の印刷及び封入封緘の業務は、現在、株式会社あけぼの印刷
    # に委託している。
    proposal = read["b_momijidani-2024-4"]
    labels = {c["label"] for c in proposal["categories"]}
    assert not {"資格確認書の印刷", "封入封緘の業務"} & labels


def test_the_main_office_and_a_branch_are_the_citys_own(read):
    # b l.39 …北部支所の窓口で受け付けた…USBメモリを、本庁へ持ち帰る途中で紛失した。
    kinds = {e["label"]: e["type"] for e in read["b_momijidani-2024-4"]["entities"]}
    assert kinds.get("本庁") in (None, "department") and kinds.get("北部支所") == "department"


def test_a_contractor_changed_to_in_a_sentence_of_its_own_is_entrusted_too(read):
    # b l.16 …業務は、現在、株式会社あけぼの印刷に委託している。 l.18 令和7年度からは、一般競争
    # 入札の結果、委託先を北斗ビジネスフォーム株式会社に変更する予定である。
    entrusts = [(r["line"], r["object"], r["status"]) for r in read["b_momijidani-2024-4"]["relations"]
                if r["type"] == "entrusts"]
    assert entrusts == [(16, "株式会社あけぼの印刷", "current"), (18, "北斗ビジネスフォーム株式会社", "planned")]


def test_a_carriage_that_ended_in_a_loss_has_ended(read):
    # b l.39 令和6年1月、保険年金課の職員が、…USBメモリを、本庁へ持ち帰る途中で紛失した。
    [carried] = _rows(read["b_momijidani-2024-4"]["flows"], 39)
    assert (carried["channel"], carried["status"]) == ("usb", "ended")


def test_a_way_of_carrying_data_between_offices_that_was_abolished(read):
    # b l.39 …USBメモリを、本庁へ持ち帰る途中で紛失した。 l.41 (ウ)この事案を受け、北部支所から
    # 保険年金課へUSBメモリでデータを持ち運ぶ運用は令和6年3月末で廃止した。: a hand-over of
    # its own, not l.39's said again
    [carried] = _rows(read["b_momijidani-2024-4"]["flows"], 41)
    assert (carried["from"], carried["to"], carried["channel"], carried["status"]) == (
        "北部支所", "保険年金課", "usb", "replaced")
