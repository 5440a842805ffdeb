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
