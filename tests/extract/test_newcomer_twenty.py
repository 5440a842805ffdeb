"""The eighteenth session's second newcomer run (tests/fixtures/newcomer20: a city's
verbatim minutes on care assessments and a library system, a town's summary on a
child-protection system, an AI drill for pupils and cameras, a village's written opinion
on bank inquiries and a hometown-tax contractor), read with the bundled registry: what
the newcomer found wrong stays right."""
from __future__ import annotations

import pytest

from conftest import newcomer_proposals


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    return newcomer_proposals("newcomer20")


def _rows(rows: list[dict], line: int) -> list[dict]:
    return [r for r in rows if r["line"] == line]


def test_a_company_whose_name_holds_particles_is_one_company(read):
    # b l.33 株式会社ことのはラボが提供するAIドリル… l.34 …を同社に提供する。 l.36 同社は
    # クラウド基盤の運用を株式会社あおぞら基盤サービスに再委託している。
    proposal = read["b_aizomegawa-2024-1"]
    assert {f["to"] for f in _rows(proposal["flows"], 34)} == {"株式会社ことのはラボ"}
    assert {r["subject"] for r in _rows(proposal["relations"], 36)} == {"株式会社ことのはラボ"}


def test_a_body_placed_in_the_town_is_not_the_items_contractor(read):
    # b l.25 …番号を誤って町内の事業所にファクスで送信した事案が1件あった。
    [astray] = _rows(read["b_aizomegawa-2024-1"]["flows"], 25)
    assert "みらいネクスト" not in astray["to"] and astray["status"] == "ended"
