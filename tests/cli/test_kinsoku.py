"""kg.cli.kinsoku: folded lines never start with a closing mark, and nothing is lost."""
from __future__ import annotations

import pytest

from kg.cli.kinsoku import kinsoku


def _by(width):
    return lambda text: [text[i:i + width] for i in range(0, len(text), width)] or [""]


@pytest.mark.parametrize("text", ["あいう。えお", "「特記事項」を守る。", "あい」。うえおかき", "。。。。。"])
@pytest.mark.parametrize("width", [3, 4, 5])  # (two marks in a row need three to a line)
def test_no_line_but_the_first_starts_with_a_closing_mark(text, width):
    fold = _by(width)
    lines = kinsoku(fold(text), fold)
    assert "".join(lines) == text
    if text.strip("。") != "":  # (a line of marks alone has nothing to pull down)
        assert not [line for line in lines[1:] if line[:1] in "。」"]


def test_a_mark_pulls_the_character_before_it_down():
    assert kinsoku(["あいう", "。えお"], _by(3)) == ["あい", "う。え", "お"]


def test_a_bullet_after_a_labels_space_stays_at_the_line_start():
    # nc68 U2: `-v` at 80 columns printed `quote` and then `:・市内外の…`, the label's colon
    # pulled down in front of a 要点筆記 bullet
    from kg.cli.output import _entries

    quote = "・市内外の事業所（特別徴収義務者）は、毎年１月末までに従業員の給与支払報告書を市に提出する。"
    lines = _entries([{"kind": "flow", "quote": quote}], ["kind"], ["quote"], 80).splitlines()
    assert not any(line.strip().startswith(":") for line in lines), lines
    assert "".join(line.strip() for line in lines).endswith("quote:" + quote), lines


@pytest.mark.parametrize("text, width, lines", [
    # nc69 U6: names cut mid-word at 80 columns
    ("諮問第6号の受託者（名称不明）", 28, ["諮問第6号の受託者", "（名称不明）"]),
    ("諮問第6号の受託者（名称不明）", 20, ["諮問第6号の受託者", "（名称不明）"]),
    ("本件の窓口業務（諮問第6号）", 16, ["本件の窓口業務", "（諮問第6号）"]),
    ("株式会社東海レジストリ", 20, ["株式会社東海", "レジストリ"]),
])
def test_a_name_folds_where_its_words_meet(text, width, lines):
    from kg.cli.cells import console, fold

    assert fold(text, width, console(width)) == lines


@pytest.mark.parametrize("text", ["諮問第6号の受託者（名称不明）", "株式会社まなびクラウド", "個人番号（特例申請に限る。）",
                                  "青潮県国民健康保険団体連合会", "re-entrusts (requires-approval)"])
@pytest.mark.parametrize("width", [6, 9, 12, 17, 24])
def test_folding_at_word_breaks_loses_nothing_and_keeps_to_the_width(text, width):
    from kg.cli.cells import cell_len, console, fold

    lines = fold(text, width, console(width))
    assert "".join(lines).replace(" ", "") == text.replace(" ", ""), lines
    assert all(cell_len(line) <= width for line in lines), lines
    assert not [line for line in lines[1:] if line[:1] in "。」）"], lines


@pytest.mark.parametrize("text, width, lines", [
    # nc71 U9: the batch summary at 80 columns cut a file name inside r4
    ("touna-hokubu-kaigo-r4-3.html", 20, ["touna-hokubu-kaigo-", "r4-3.html"]),
    ("kayanomori-r4-2.pdf", 13, ["kayanomori-", "r4-2.pdf"]),
])
def test_a_file_name_too_long_for_its_cell_folds_after_a_hyphen(text, width, lines):
    from kg.cli.cells import console, fold

    assert fold(text, width, console(width)) == lines
