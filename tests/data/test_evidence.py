"""kg.evidence: finding quotes in their sources, normalising, closest passages."""
from __future__ import annotations

import pytest

from kg.data.evidence import Location, closest_passage, locate, normalise

TEXT = (
    "# 会議録\n"                                             # line 1
    "\n"                                                     # line 2
    "<p>説明員（ヤマダ　タロウ）：ＵＳＢメモリで渡す。</p>\n"  # line 3
    "委員）事後報告なのは何故か。\n"                          # line 4
    "説明員）回答する。\n"                                    # line 5
    "委員）事後報告なのは何故か。"                            # line 6, no final newline
)


def _slice(text: str, loc: Location, quote: str) -> str:
    return text[loc.offset:loc.offset + len(quote)]


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1)
    return line, column


@pytest.mark.parametrize("quote", [
    "# 会議録",
    "<p>説明員（ヤマダ　タロウ）：ＵＳＢメモリで渡す。</p>",
    "ＵＳＢメモリで渡す。",
    "回答する。",
    "事後報告なのは何故か。",
])
def test_locate_offset_line_and_column_agree_with_the_text(quote):
    loc = locate(TEXT, quote)
    assert loc is not None
    assert _slice(TEXT, loc, quote) == quote
    assert (loc.line, loc.column) == _line_and_column(TEXT, loc.offset)
    assert loc.offset == TEXT.find(quote)  # the first occurrence


def test_locate_counts_characters_not_bytes():
    loc = locate(TEXT, "ＵＳＢ")
    assert loc.line == 3
    assert loc.column == len("<p>説明員（ヤマダ　タロウ）：")
    assert loc.offset == len("# 会議録\n\n") + loc.column


def test_locate_with_line_picks_that_occurrence():
    quote = "事後報告なのは何故か。"
    assert locate(TEXT, quote).line == 4
    on_6 = locate(TEXT, quote, 6)
    assert on_6.line == 6
    assert _slice(TEXT, on_6, quote) == quote
    assert on_6.offset == TEXT.rfind(quote)


@pytest.mark.parametrize("line", [1, 2, 3, 5])
def test_locate_with_a_line_that_lacks_the_quote_is_none(line):
    assert locate(TEXT, "事後報告なのは何故か。", line) is None


def test_locate_line_beyond_the_end_is_none():
    assert locate(TEXT, "回答する。", 99) is None


def test_locate_does_not_match_across_the_end_of_a_line():
    # "渡す。</p>" ends line 3; joining it with the start of line 4 must not match.
    assert locate(TEXT, "</p>委員）") is None
    assert locate(TEXT, "</p>\n委員）") is None  # a line break is never allowed


@pytest.mark.parametrize("quote", ["", "USBメモリで渡す。", "ヤマダ タロウ", "存在しない文"])
def test_locate_is_exact(quote):
    # half-width USB, a half-width space instead of the full-width one: not the same text
    assert locate(TEXT, quote) is None


def test_locate_on_last_line_without_newline():
    loc = locate(TEXT, "何故か。", 6)
    assert loc.line == 6
    assert loc.offset + len("何故か。") == len(TEXT)


@pytest.mark.parametrize("raw, expected", [
    ("Ｊ－Ｌ Ｉ Ｓ", "j-lis"),
    ("L G W A N", "lgwan"),
    ("ヤマダ\u3000タロウ", "ヤマダタロウ"),
    ("ＵＳＢメモリ", "usbメモリ"),
    ("（株）", "(株)"),
    ("ｶﾀｶﾅ", "カタカナ"),
    ("a\tb\nc", "abc"),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_normalise_is_idempotent():
    for raw in ["Ｊ－Ｌ Ｉ Ｓ", "個人番号　（マイナンバー）", "<p>ＡＢＣ</p>"]:
        assert normalise(normalise(raw)) == normalise(raw)


def test_closest_passage_finds_a_width_slip():
    hint = closest_passage(TEXT, "USBメモリで渡す。")
    assert hint is not None
    line, passage = hint
    assert line == 3
    assert "ＵＳＢメモリで渡す" in passage
    assert passage in TEXT.splitlines()[2]  # shown verbatim, as it stands in the source


def test_closest_passage_finds_a_missing_space():
    line, passage = closest_passage(TEXT, "説明員（ヤマダタロウ）")
    assert line == 3
    assert "ヤマダ\u3000タロウ" in passage


def test_closest_passage_prefers_the_better_line():
    line, _ = closest_passage(TEXT, "説明員）回答した。")
    assert line == 5


def test_closest_passage_none_when_nothing_is_alike():
    assert closest_passage(TEXT, "zzzz") is None
    assert closest_passage(TEXT, "   ") is None
    assert closest_passage("", "何か") is None
