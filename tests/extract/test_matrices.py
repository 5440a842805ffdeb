"""A recipient × item table (kg.extract.matrices): the data each recipient's column marks
reach the flow the prose states to it, in text and in an HTML page's list."""
from __future__ import annotations

import json

from conftest import assert_clean_exit
from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: The roster's recipients in prose, what each gets in a table aligned with full-width
#: spaces, and a visit before it that names its own data.
ROSTER = """令和8年度第2回緑ヶ丘町個人情報保護審議会 会議録
開催日時　令和8年8月27日（木曜日）午前10時
諮問第5号　避難行動要支援者名簿情報の平常時における外部提供について（福祉課）
福祉課長　訪問の際に民生委員・児童委員にお渡ししたのは訪問先の氏名と住所のみでございます。
福祉課長　提供する項目は次の表のとおりです。
提供する項目　自主防災組織　民生委員・児童委員　社会福祉協議会
氏名　○　○　○
住所　○　○　○
電話番号　○　○　○
要介護度　－　○　○
福祉課長　避難行動要支援者名簿を、自主防災組織、民生委員・児童委員及び緑ヶ丘町社会福祉協議会に年1回提供いたします。
"""


def _flows_to(proposal, line):
    return {f["to"]: f for f in proposal["flows"] if f["line"] == line}


def test_each_recipients_column_gives_its_marked_data_to_the_flow_to_it(lex):
    # nc67 M1: the ○ table was saved but not read; every roster flow carried the roster alone
    proposal = analyse(ROSTER, lex)
    flows = _flows_to(proposal, 11)
    assert set(flows) == {"自主防災組織（名称不明）", "民生委員・児童委員（名称不明）", "緑ヶ丘町社会福祉協議会"}
    assert {"evacuation-support-roster", "name", "address", "phone-number"} <= set(flows["自主防災組織（名称不明）"]["categories"])
    assert "care-level" not in flows["自主防災組織（名称不明）"]["categories"]
    for to in ("民生委員・児童委員（名称不明）", "緑ヶ丘町社会福祉協議会"):
        assert {"name", "address", "phone-number", "care-level"} <= set(flows[to]["categories"]), to
    # the table's header and rows are the further quote, verbatim, line by line
    [also] = flows["緑ヶ丘町社会福祉協議会"]["also"]
    lines = ROSTER.split("\n")
    assert (also["line"], also["quote"]) == (6, lines[5])
    assert [(q["line"], q["quote"]) for q in also["wrapped"]] == [(n, lines[n - 1]) for n in (7, 8, 9, 10)]
    # － for one recipient where others have ○: that one does not get it
    kept = [a for a in proposal["access"] if a["type"] == "excluded" and a["line"] == 10]
    assert [(a["party"], a["categories"]) for a in kept] == [("自主防災組織（名称不明）", ["care-level"])]


def test_a_flow_that_names_its_own_data_gains_nothing_from_the_table(lex):
    # (…お渡ししたのは訪問先の氏名と住所のみ: all it carried; 要介護度 was added to it)
    proposal = analyse(ROSTER, lex)
    visit = _flows_to(proposal, 4)["民生委員・児童委員（名称不明）"]
    assert sorted(visit["categories"]) == ["address", "name"]
    assert "also" not in visit


def test_a_table_inside_a_list_item_of_a_web_page_is_read(cli, real_data, tmp_path):
    # nc67 M1: 楓ヶ浦町's page held its ○ table inside an <li> of numbered paragraphs
    lines = ROSTER.split("\n")
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in line.split("　")) + "</tr>"
                   for line in lines[5:10])
    page = ("<html><body><nav>トップ &gt; 会議録</nav><main>"
            + "".join(f"<p>{line}</p>" for line in lines[:4])
            + f"<ol><li><p>{lines[4]}</p><table>{rows}</table></li><li><p>{lines[10]}</p></li></ol>"
            + "</main></body></html>")
    path = tmp_path / "roster.html"
    path.write_text(page, encoding="utf-8")
    result = cli("extract", path, "--data", real_data, "--format", "json")
    assert_clean_exit(result, 0)
    [doc] = json.loads(result.stdout)
    flows = {f["to"]: f for f in doc["flows"] if "避難行動要支援者名簿" in f["quote"]}
    assert "care-level" in flows["緑ヶ丘町社会福祉協議会"]["categories"]
    assert "care-level" not in flows["自主防災組織（名称不明）"]["categories"]
    assert "name" in flows["自主防災組織（名称不明）"]["categories"]


#: A provision's table whose columns name a system in brackets after its body, a body the
#: prose gives nothing to, and a printer whose own data the prose names.
BENEFITS = """令和8年度第2回緑ヶ丘町情報公開・個人情報保護審議会 会議録
開催日時　令和8年8月26日（水曜日）午後2時
諮問第5号　こども医療費助成の受給者証情報の提供について（こども家庭課）
こども家庭課長　受給者証の印刷は、株式会社みどり印刷に委託しております。同社には氏名、住所のデータを渡しております。
こども家庭課長　各機関に提供する項目は次の表のとおりです。
項目＼提供先\t社会保険診療報酬支払基金\tデジタル庁（PMH）\t株式会社みどり印刷
氏名\t○\t○\t○
生年月日\t○\t○\t－
個人番号\t－\t○\t－
"""


def test_a_column_the_prose_gives_nothing_to_is_a_hand_over_the_table_states(lex):
    # nc68 M1: 項目＼提供先 over デジタル庁（PMH）: the bracket named a second party, so the
    # table was no matrix; and 支払基金, whom no sentence gives anything, got no flow
    proposal = analyse(BENEFITS, lex)
    flows = {f["to"]: f for f in proposal["flows"] if f["line"] == 6}
    assert set(flows) == {"社会保険診療報酬支払基金", "デジタル庁"}, proposal["flows"]
    assert flows["デジタル庁"]["from"] == "こども家庭課"
    assert {"name", "date-of-birth", "my-number"} <= set(flows["デジタル庁"]["categories"])
    assert "my-number" not in flows["社会保険診療報酬支払基金"]["categories"]
    assert flows["デジタル庁"]["basis"] == "stated"
    # the printer's hand-over names its own data; the table's － keep it from the others
    kept = sorted((a["party"], a["line"]) for a in proposal["access"] if a["type"] == "excluded")
    assert ("株式会社みどり印刷", 8) in kept and ("株式会社みどり印刷", 9) in kept
    assert ("社会保険診療報酬支払基金", 9) in kept
    printer = [f for f in proposal["flows"] if f["to"] == "株式会社みどり印刷"]
    assert printer and all("my-number" not in f["categories"] for f in printer)
