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
