"""Session 33: readings found wrong or missing in new minutes (nc55, nc56, nc57) and in
probes of my own, read with the bundled registry; each test failed before its change
unless it says it is a guard."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: A parallel run: the data sent each night is the difference, not the ledger the
#: sentence before hands over on paper.
PARALLEL = """令和7年度第2回楢原市個人情報保護審議会 会議録
日時　令和7年8月20日（水）午後2時
諮問第4号　税務システムの標準化に伴う移行について（税務課）
○税務課長　従前は、税務課が課税台帳の写しを月1回、紙の帳票で株式会社楢原計算センターに持参しておりましたが、令和6年度末をもって廃止しております。
○税務課長　令和7年11月から3か月間は、現行システムと標準準拠システムを並行して稼働させ、毎日夜間に、現行システムから標準準拠システムへ差分データを送信いたします。
○税務課長　当該データは暗号化して送信いたします。
"""


def test_a_data_word_of_its_own_is_not_the_data_before(lex):
    # nc55 W6: 差分データ is named, though by no category: not 課税台帳 of the paper hand-over
    flows = analyse(PARALLEL, lex)["flows"]
    [nightly] = [f for f in flows if f["line"] == 5]
    assert nightly["categories"] == ["personal-information"]
    assert nightly["frequency"] == "毎日"


def test_a_data_word_pointing_back_keeps_the_data_before(lex):
    # (a guard, passing before too) 当該データ still points at what was named
    text = PARALLEL.replace("差分データを送信", "課税台帳のデータを送信").replace(
        "当該データは暗号化して送信", "当該データは毎週、株式会社楢原計算センターに送信")
    flows = analyse(text, lex)["flows"]
    [weekly] = [f for f in flows if f["line"] == 6]
    assert weekly["categories"] == ["new:課税台帳"]
