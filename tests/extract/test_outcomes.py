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
