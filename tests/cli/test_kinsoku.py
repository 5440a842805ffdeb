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
