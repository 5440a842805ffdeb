"""kg.graph.project: the plain-data projection keeps what the facts say, as they say it."""
from __future__ import annotations

import pytest

from conftest import FACT_SECTIONS, raw_yaml
from kg.graph.build import load_checked
from kg.graph.compile import compile_dataset
from kg.graph.project import project


@pytest.fixture(scope="module")
def facts(real_data) -> dict:
    return project(compile_dataset(load_checked(real_data))).facts


def test_quotes_keep_the_order_the_fact_lists_them(real_data, facts):
    # the first quote is the sentence a fact rests on (002-flow-3: 資格に関する情報の連携は
    # 日次…), though a supporting one may stand earlier in the minutes; answers cite it
    checked = reordered = 0
    for path in sorted((real_data / "facts").glob("*.yaml")):
        for section in FACT_SECTIONS:
            for row in raw_yaml(path).get(section) or ():
                listed = [e["quote"] if isinstance(e, dict) else e for e in row["evidence"]]
                projected = [e["quote"] for e in facts[row["id"]]["evidence"]]
                assert projected == listed, row["id"]
                lines = [e["line"] for e in facts[row["id"]]["evidence"]]
                checked += 1
                reordered += lines != sorted(lines)
    assert checked > 300 and reordered > 10  # (sorted by position, these would differ)
