"""kg.extract.head: what the head of the minutes says about them."""
from __future__ import annotations

import pytest

from kg.extract.head import council_name, meeting_date, municipality_name
from kg.extract.lexicon import load_patterns


@pytest.fixture(scope="module")
def pats() -> dict:
    return load_patterns()


def test_the_meeting_date_in_the_japanese_era(pats):
    assert meeting_date(["開催日時 令和元年11月11日(月)午後6時"], pats) == "2019-11-11"


@pytest.mark.parametrize("head, date", [
    ("開催日 R8.10.21（水）午後2時", "2026-10-21"),   # nc69 U1: the run stopped, no date found
    ("開催日 H30.4.1", "2018-04-01"),
    ("開催日時 2026/10/21 14:00", "2026-10-21"),
    ("資料 Ver2.10.21", None),                        # a version number is no date
])
def test_the_meeting_date_in_short_forms(pats, head, date):
    assert meeting_date([head], pats) == date


@pytest.mark.parametrize("head, name", [
    ("野々宮町情報公開・個人情報保護審査会　会議要旨", "野々宮町"),   # 々 is part of the name
    ("令和4年11月9日盛岡市個人情報保護審議会", "盛岡市"),         # not the date's 日
    ("桜ヶ浦市個人情報保護審議会　会議録", "桜ヶ浦市"),
    # (a district's towns and villages, a joint council: no town 汐瀬郡町; nc75 W7)
    ("令和7年度第2回汐瀬郡町村個人情報保護審議会会議録", None),
    ("大町市個人情報保護審議会　会議録", "大町市"),
])
def test_the_municipality_before_the_councils_name(pats, head, name):
    assert municipality_name([head], [], pats) == name


def test_a_known_municipality_named_in_the_head_wins(pats):
    assert municipality_name(["野々宮町審査会", "志木市の資料"], ["志木市"], pats) == "志木市"


def test_the_councils_name(pats):
    assert council_name(["野々宮町情報公開・個人情報保護審査会　会議要旨"], pats).startswith("野々宮町")


def test_a_path_line_naming_councils_in_general_is_not_the_council(pats):
    # nc58 W14: ホーム > … > 審査会の結果, a line of its own above the title, gave 審査会
    head = ["ホーム > 町政情報 > 個人情報保護 > 審査会の結果", "令和8年度第2回鷲尾町個人情報保護審査会の結果について"]
    assert council_name(head, pats) == "鷲尾町個人情報保護審査会"


def test_a_council_of_another_kind_names_its_municipality_and_this_town_names_none(pats):
    # nc66 W1, W2: 令和6年度第2回大杉沢町介護保険運営協議会 was not read (協議会), and 当町 of
    # 当町の介護認定審査会 further on became the municipality, the board the council
    head = ["令和6年度第2回大杉沢町介護保険運営協議会　議事録", "開催日時　令和6年11月5日（火）",
            "（介護福祉課長）当町の介護認定審査会は川奈辺町と共同設置しており"]
    assert municipality_name(head, [], pats) == "大杉沢町"
    assert council_name(head, pats) == "大杉沢町介護保険運営協議会"
    assert municipality_name(head[2:], [], pats) is None


@pytest.mark.parametrize("day, date", [("9月30日（火）", "2025-09-30"), ("2月3日（火）", "2026-02-03")])
def test_a_day_with_no_year_falls_in_the_fiscal_year_the_head_names(pats, day, date):
    # nc66 M5: 令和7年度第3回…審議会 / 開催日：9月30日 gave no date (January to March: the
    # next calendar year)
    head = ["令和7年度第3回鷺沼市個人情報保護審議会 会議録", f"開催日：{day}午後2時"]
    assert meeting_date(head, pats) == date
