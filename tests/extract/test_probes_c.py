"""Self-probes of session 16 (as in test_probes.py): short minutes of my own, read with
the bundled registry; each test failed before its change."""
from __future__ import annotations

import pytest

from kg.extract.lexicon import Lexicon
from kg.extract.pipeline import analyse

CLAIMS = """桐ヶ原町個人情報保護審議会　会議録
開催日時　令和7年6月3日（火）午後2時から
議題
（1）介護予防支援システムのクラウド化について（諮問）
○委員　介護報酬の請求はどのように流れるのですか。
○介護福祉課長　居宅介護支援事業所からの請求情報は地域包括支援センターに入ります。
○委員　市からの請求により提出する書類はありますか。
○介護福祉課長　ございません。
"""

PAGES = """桐ヶ原町個人情報保護審議会　会議録
開催日時　令和7年6月3日（火）午後2時から
報告事項
前年度に諮問した案件について、審議会で出された意見への対応を報告する。
1 ページ目、6年度諮問第3号 敬老祝い品の発送業務委託について。
主なご意見として、発送先の名簿の管理について仕様書に追記しております。
4ページ目、第5号 図書館システム保守委託について。
主なご意見として、作業場所を限定するよう求められ、仕様書に記載いたしました。
"""


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start))


@pytest.fixture(scope="module")
def lex():
    return Lexicon.from_data()


def test_data_coming_from_a_party_goes_into_the_body_it_enters(lex):
    # 居宅介護支援事業所からの請求情報は…センターに入ります: the claims move from the care
    # offices (からの marks who gives, 請求情報 is data, not a request they make)
    proposal = analyse(CLAIMS, lex)
    said = _line(CLAIMS, "○介護福祉課長　居宅")
    cats = {c["key"]: c["label"] for c in proposal["categories"]}
    flows = [(f["from"], f["to"], [cats.get(c, c) for c in f["categories"]])
             for f in proposal["flows"] if f["line"] == said]
    assert len(flows) == 1
    frm, to, data = flows[0]
    assert frm.startswith("居宅介護支援事業所") and to.startswith("地域包括支援センター")
    assert data == ["請求情報"]


def test_a_page_reference_before_a_past_items_number_opens_that_item(lex):
    # 1 ページ目、6年度諮問第3号 …について / 4ページ目、第5号 …について: a summary of the
    # opinions on past items, each under its own number and title
    proposal = analyse(PAGES, lex)
    items = [(i["number"], i["title"]) for i in proposal["agenda_items"]]
    assert ("3", "敬老祝い品の発送業務委託") in items
    assert ("5", "図書館システム保守委託") in items
    entrusted = {r["line"] for r in proposal["relations"] if r["type"] == "entrusts"}
    assert {_line(PAGES, "1 ページ目"), _line(PAGES, "4ページ目")} <= entrusted


def test_data_that_is_in_a_system_moves_nowhere(lex):
    # 介護予防支援システムには利用者の氏名が入っている: held there, not handed to it (入る moves
    # data only from someone: …からの…は…に入る)
    text = CLAIMS.replace("○委員　市からの請求", "○介護福祉課長　介護予防支援システムには利用者の氏名が入っております。\n○委員　市からの請求")
    proposal = analyse(text, lex)
    said = _line(text, "○介護福祉課長　介護予防")
    assert not [f for f in proposal["flows"] if f["line"] == said]
