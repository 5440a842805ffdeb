"""A fact's quote on a wrapped sentence gets the sentence's other lines, and one sentence
quoted twice is one piece of evidence."""
from __future__ import annotations

from kg.extract.segment import sentences
from kg.extract.wrapped_quotes import whole_sentences

TEXT = "市民課は、住民の氏名及び住所を専用回線により毎\n月、県に送信いたします。\n"


def test_a_quote_on_a_wrapped_sentence_gets_its_other_line():
    row = {"line": 2, "quote": "月、県に送信いたします。"}
    whole_sentences(sentences(TEXT), [row])
    assert row["wrapped"] == [{"line": 1, "quote": "市民課は、住民の氏名及び住所を専用回線により毎"}]


def test_one_sentence_quoted_from_two_of_its_lines_is_one_piece_of_evidence():
    row = {"line": 2, "quote": "月、県に送信いたします。",
           "also": [{"line": 1, "quote": "専用回線により毎"}, {"line": 2, "quote": "県に送信"}]}
    whole_sentences(sentences(TEXT), [row])
    assert "also" not in row  # (both, whole, are the row's own sentence)
