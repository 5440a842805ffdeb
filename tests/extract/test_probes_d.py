"""Self-probes of session 18 (as in test_probes.py): short minutes of my own, read with
the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)

IMPORT = """楢葉台町個人情報保護審議会　会議録
開催日時　令和7年9月2日（火）午前10時から
議題
（1）要保護児童等に関する情報共有システムへのデータ移行業務委託について（諮問）（子育て支援課）
説明員　令和8年度から運用予定の要保護児童等に関する情報共有システムへ、町で管理している台帳データを変換して取り込むものである。
（2）健康管理システムの更新について（諮問）（健康推進課）
説明員　新しい健康管理システムへ、町で管理している住民の健診結果を取り込むものである。
"""


def _flows(proposal, line):
    cats = {c["key"]: c["label"] for c in proposal["categories"]}
    return [(f["from"], f["to"], [cats.get(c, c) for c in f["categories"]], f["status"])
            for f in proposal["flows"] if f["line"] == line]


def test_the_work_an_entrustment_describes_is_the_contractors(lex):
    # …システムへ、町で管理している台帳データを変換して取り込むものである, in an item that
    # entrusts the work: the contractor puts the data the title names into the system
    proposal = analyse(IMPORT, lex)
    said = _flows(proposal, _line(IMPORT, "説明員　令和8年度"))
    assert said == [("要保護児童等に関する情報共有システムへのデータ移行業務の受託者（名称不明）",
                     "要保護児童等に関する情報共有システム", ["要保護児童等に関する情報"], "planned")]
    # an item that entrusts nothing: no contractor is made up for the same kind of sentence
    other = _flows(proposal, _line(IMPORT, "説明員　新しい"))
    assert [(frm, to) for frm, to, *_ in other] == [("健康推進課", "健康管理システム")]
