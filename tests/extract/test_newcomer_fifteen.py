"""The fifteenth session's newcomer runs (tests/fixtures/newcomer15: a town's summary of
a child-protection item and a report on sharing with schools), read with the bundled
registry: the wrong answers they found stay gone."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from kg.extract import extract_files

MINUTES = sorted((FIXTURES / "newcomer15").iterdir())


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    """``{town: proposal}`` for each minutes file."""
    return {Path(r["input"]).stem: r for r in extract_files(MINUTES)}


def test_a_denial_of_the_items_hand_over_speaks_of_its_recipient(read):
    # 本件の提供において個人番号は利用しない: of the town's provision to the child guidance
    # centre, not of the company the prefecture entrusts its system to
    kept_out = {a["party"] for a in read["shiraume"]["access"] if "my-number" in a["categories"]}
    assert kept_out == {"県中央児童相談所"}


def test_data_a_flow_names_itself_are_not_those_of_the_sentence_before(read):
    flows = {(f["line"], f["from"]): f for f in read["shiraume"]["flows"]}
    # 学校からは、欠席の状況や気になる様子を、月1回、こども家庭課に報告している。: not the
    # 氏名 and 連絡先 the town gives the schools in the sentence before
    assert flows[(22, "学校（名称不明）")]["categories"] == ["personal-information"]
    assert flows[(22, "学校（名称不明）")]["frequency"] == "月1回"
    # 一時保護の決定や援助方針について、児童相談所から町に書面で通知される: not the case
    # records of the planned system
    assert flows[(15, "県中央児童相談所")]["categories"] == ["personal-information"]


def test_once_a_term_is_a_frequency(read):
    # …児童の氏名、見守りの必要性及び関係機関の連絡先を、学期ごとに書面で提供している
    assert [f["frequency"] for f in read["shiraume"]["flows"] if f["to"] == "町立小中学校"] == ["学期ごと"]


def test_a_bare_child_guidance_centre_is_the_one_named_before(read):
    # 県中央児童相談所に対し… (l.13), then 児童相談所から町に書面で通知される (l.15)
    assert "児童相談所" not in {e["label"] for e in read["shiraume"]["entities"]}
