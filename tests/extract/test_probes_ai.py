"""Session 49: readings found wrong in new minutes, read with the bundled registry; each
test failed before its change unless it says it guards."""
from __future__ import annotations

from pathlib import Path

from kg.extract.pipeline import analyse
from kg.extract.reading import read_bytes
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: An HTML page whose speeches are a <dl> (speaker in <dt>, speech in <dd>, lines broken
#: with <br>), then the entrustment's summary as a 項目 | 内容 table with no period.
DL_PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>令和7年度第3回桜川台市個人情報保護審議会 会議録</title></head>
<body>
<h1>令和7年度第3回桜川台市個人情報保護審議会 会議録</h1>
<p>日時：令和7年11月13日（木）午後2時から午後3時30分まで</p>
<h2>議題</h2>
<p>諮問第21号　児童手当システムの保守業務の委託について（こども家庭課）</p>
<h2>審議の経過</h2>
<dl>
<dt>会長</dt>
<dd>それでは、諮問第21号について、こども家庭課から説明をお願いします。</dd>
<dt>こども家庭課長</dt>
<dd>児童手当システムの保守業務を、株式会社ミドリ情報サービスに委託いたします。<br>
保守作業では、受給者の氏名、住所及び口座情報を取り扱うことがございます。<br>
なお、個人番号は取り扱わせません。</dd>
</dl>
<h3>委託の概要</h3>
<table>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>委託業務名</td><td>児童手当システム保守業務</td></tr>
<tr><td>委託先</td><td>株式会社ミドリ情報サービス</td></tr>
<tr><td>取り扱う個人情報</td><td>受給者の氏名、住所、口座情報</td></tr>
</table>
</body></html>
"""


def _read(tmp_path: Path, page: str) -> str:
    path = tmp_path / "minutes.html"
    path.write_text(page, encoding="utf-8")
    return read_bytes(path.name, path.read_bytes()).text


def test_a_summary_tables_hand_over_starts_with_the_entrustment_the_body_plans(lex, tmp_path):
    text = _read(tmp_path, DL_PAGE)
    proposal = analyse(text, lex)
    [entrusts] = [r for r in proposal["relations"] if r["type"] == "entrusts"]
    assert entrusts["status"] == "planned"
    [flow] = [f for f in proposal["flows"] if f["to"] == "株式会社ミドリ情報サービス"]
    assert "bank-account" in flow["categories"] or any("口座" in c for c in flow["categories"])
    assert flow["status"] == "planned"
