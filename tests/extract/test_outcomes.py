"""Outcomes a sentence gives items by number (kg.extract.outcomes.by_number)."""
from __future__ import annotations

from types import SimpleNamespace

from kg.extract.lexicon import Lexicon
from kg.extract.outcomes import by_number


def _items(*kinds: tuple[str, str]) -> dict:
    return {f"{t}-{n}": SimpleNamespace(number=n, type=t, outcome="unknown") for t, n in kinds}


def test_each_item_named_in_a_clause_takes_its_outcome():
    items = _items(("consultation", "1"), ("consultation", "2"))
    by_number(items, [SimpleNamespace(text="議題１は報告として了承し、議題２は承認した。")],
              Lexicon.from_data().patterns)
    assert [i.outcome for i in items.values()] == ["noted", "approved"]


def test_a_report_named_by_its_kind_leaves_the_consultation_of_its_number_alone():
    items = _items(("consultation", "1"), ("report", "1"))
    by_number(items, [SimpleNamespace(text="諮問第1号は継続審議とし、報告第1号は了承された。")],
              Lexicon.from_data().patterns)
    assert items["consultation-1"].outcome == "continued"
    assert items["report-1"].outcome == "unknown"  # a report is noted already; approval is no news


def _section(*lines: str):
    from kg.extract.outcomes import of_item

    item = SimpleNamespace(type="consultation", sentences=list(range(len(lines))))
    return of_item(item, [SimpleNamespace(text=t) for t in lines], Lexicon.from_data().patterns)


def test_the_cue_that_opens_an_overlap_decides():
    # 報告として了承された: noted (了承された inside it ends later, and says less)
    assert _section("予防接種履歴の提供について説明があった。", "報告として了承された。") == "noted"
    assert _section("諮問どおり承認された。") == "approved"


def test_allowing_what_was_asked_is_approval():
    # ウ　審査の結果、外部結合を認めることとした。
    assert _section("ウ　審査の結果、外部結合を認めることとした。") == "approved"


def test_a_written_opinions_conclusion_that_it_is_proper_is_approval():
    # １　結論　…名簿を、…自主防災組織及び民生委員に提供することは、適当である。
    assert _section("１　結論", "避難行動要支援者名簿を、本人の同意を得た上で、自主防災組織及び民生委員に"
                    "提供することは、適当である。") == "approved"
