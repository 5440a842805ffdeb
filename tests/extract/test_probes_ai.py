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


#: A contractor changed to a social-welfare corporation, what is done if data leaks, and an
#: item the council turns down (不承認).
CHANGE = """令和7年度第4回白鷺台市個人情報保護審議会会議録
１　日時　令和7年12月1日（月）午後2時
２　議題
諮問第14号　介護保険認定調査業務の委託先の変更について（介護保険課）
諮問第15号　児童虐待対応記録の警察への提供について（子ども家庭支援課）
３　審議の経過
（１）諮問第14号について
介護保険課長　認定調査業務は、現在、株式会社ケアリンクしらさぎに委託しておりますが、令和8年4月から委託先を社会福祉法人白鷺福祉会に変更いたします。委託先には、調査対象者の氏名、住所及び心身の状況を紙で渡します。
委員　個人番号は委託先に渡るのですか。
介護保険課長　個人番号は委託先には提供いたしません。
委員　もし委託先で情報漏えいが起きた場合にはどうなりますか。
介護保険課長　万一漏えいが起きた場合には、委託先から直ちに市に報告させ、市が本人に通知いたします。
会長　諮問第14号は承認といたします。
（２）諮問第15号について
子ども家庭支援課長　今回、警察署との情報共有協定に基づき、対応記録の概要を警察署に毎月電子メールで提供することについてお諮りするものです。
委員　電子メールでの提供は誤送信の危険があり、適当ではないと考えます。
会長　審議の結果、諮問第15号は、電子メールによる提供は認めないこととし、不承認といたします。
"""


def test_an_item_the_council_does_not_approve_is_rejected_not_approved(lex):
    items = {i["number"]: i["outcome"] for i in analyse(CHANGE, lex)["agenda_items"]}
    assert items == {"14": "approved", "15": "rejected"}


def test_the_contractor_changed_to_is_the_one_later_sentences_hand_data_to(lex):
    proposal = analyse(CHANGE, lex)
    entrusted = {(r["object"], r["status"]) for r in proposal["relations"] if r["type"] == "entrusts"}
    assert entrusted == {("株式会社ケアリンクしらさぎ", "current"), ("社会福祉法人白鷺福祉会", "planned")}
    given = {f["to"] for f in proposal["flows"] if f["from"] == "介護保険課"}
    assert given == {"社会福祉法人白鷺福祉会"}
    excluded = {a["party"] for a in proposal["access"] if a["type"] == "excluded"}
    assert excluded == {"社会福祉法人白鷺福祉会"}
    # (委託先を…に変更: the role word names no unnamed party of its own)
    assert not [e for e in proposal["entities"] if e["type"] == "unnamed-party"]


def test_a_report_made_only_if_data_leaks_is_possible_not_current(lex):
    [report] = [f for f in analyse(CHANGE, lex)["flows"] if f["to"] == "白鷺台市"]
    assert report["status"] == "possible"


#: A change of contractor from one company to another (…から…に変更), in a sentence of its
#: own after the hand-over to the one it replaces (nc77 M1).
TAKEN_OVER = """令和七年度第二回　霧ヶ丘町個人情報保護審議会　会議要旨
一　日　時　令和七年十一月十三日（木）午後一時三十分
（一）諮問第二十二号　個人住民税の賦課事務に係るデータ入力業務の委託について
【事務局（税務課）】
・紙で提出される給与支払報告書については、データ入力業務を東雲情報システム株式会社に委託している。
・税務課は、紙の報告書を毎年二月に同社へ専用の施錠ケースで運搬し、引き渡している。
・給与支払報告書には個人番号が記載されているため、同社は個人番号を取り扱うことになる。
・今回の諮問は、来年度から委託先を東雲情報システム株式会社から株式会社北斗コンピュータに変更することについてである。
・株式会社北斗コンピュータは、令和八年四月一日から入力業務を受託する予定である。
"""


def test_the_contractor_a_work_changes_to_takes_over_its_hand_overs(lex):
    proposal = analyse(TAKEN_OVER, lex)
    [new] = [r for r in proposal["relations"] if r["type"] == "entrusts" and "北斗" in r["object"]]
    assert new["status"] == "planned"
    [flow] = [f for f in proposal["flows"] if f["to"] == "株式会社北斗コンピュータ"]
    assert (flow["from"], flow["status"], flow["basis"]) == ("税務課", "planned", "inferred")
    assert "my-number" in flow["categories"]
    assert "委託先を東雲情報システム株式会社から株式会社北斗コンピュータに変更" in flow["quote"]
    # the one it replaces keeps its hand-over as said, current
    assert [f["status"] for f in proposal["flows"] if f["to"] == "東雲情報システム株式会社"] == ["current"]


def test_the_employers_who_file_salary_reports_are_no_contractor_of_their_typing(lex):
    """nc77 W1: 事業所から…eLTAXを経由して…税務課が受け取っている, in an item entrusting the
    typing of the paper ones: the employers give, not the company entrusted."""
    text = TAKEN_OVER.replace("・紙で提出される", "・電子で提出される給与支払報告書は、事業所から地方税共同機構が運営する"
                              "eLTAXを経由して、毎年一月に税務課が受け取っている。\n・紙で提出される")
    [flow] = [f for f in analyse(text, lex)["flows"] if f["to"] == "税務課" and f["line"] == 5]
    assert flow["from"] == "事業所（名称不明）"


#: A PDF's text whose footer carries the council's name beside the page number, then the
#: running header, both inside a word the page broke (住民基本台帳ネットワー／クシステム).
PAGED = """楓ヶ丘市個人情報保護審議会　令和7年度第1回会議録
令和7年度第1回楓ヶ丘市個人情報保護審議会会議録
1　開催日時　令和7年7月22日（火）午後1時30分
6　議題
（1）生活保護システムの保守業務の委託先変更及び医療扶助のオンライン資格確認について
（2）市民課窓口業務の委託について
7　会議録
◇生活福祉課長
生活保護システムの保守は、株式会社カエデ電算に委託いたします。
医療機関や薬局は、受給者がマイナンバーカードで受診した際に、オンライン資格確認
－ 1 －　楓ヶ丘市個人情報保護審議会
楓ヶ丘市個人情報保護審議会　令和7年度第1回会議録
等システムから資格情報を照会いたします。医療機関や薬局が受給者の個人番号を見る
ことはできません。
◇市民課長
住民の異動があった都度、本人確認情報を、専用回線を通じて住民基本台帳ネットワー
－ 2 －　楓ヶ丘市個人情報保護審議会
楓ヶ丘市個人情報保護審議会　令和7年度第1回会議録
クシステムにより地方公共団体情報システム機構（J-LIS）に送信しております。
－ 3 －　楓ヶ丘市個人情報保護審議会
"""


def test_a_footer_with_the_councils_name_beside_the_page_number_is_no_text(lex):
    """nc76 W4: 「会議録クシステム」, a system made of the header and the word the page broke,
    stood on the My Number route to J-LIS."""
    proposal = analyse(PAGED, lex)
    assert not [e for e in proposal["entities"] if "会議録" in e["label"] and e["type"] == "system"]
    [flow] = [f for f in proposal["flows"] if f["to"] == "地方公共団体情報システム機構"]
    assert "honnin-kakunin-joho" in flow["categories"]


def test_the_card_one_sees_a_doctor_with_is_no_data_the_inquiry_moves(lex):
    """nc76 W1: …受給者がマイナンバーカードで受診した際に、…システムから資格情報を照会: the
    pharmacy was shown as seeing the card, and so the number."""
    flows = [f for f in analyse(PAGED, lex)["flows"] if "薬局" in f["to"]]
    assert flows and not any("my-number-card" in f["categories"] for f in flows)


def test_a_system_named_after_the_work_in_a_title_is_not_the_works(lex):
    """nc76 W3: （2）…システムの保守業務の委託先変更及び医療扶助のオンライン資格確認について
    made the contractor maintain オンライン資格確認等システム."""
    maintained = {r["object"] for r in analyse(PAGED, lex)["relations"] if r["type"] == "maintains"}
    assert maintained == {"生活保護システム"}


#: A member asks whether data is shared; the answer says it no longer is, in other words.
ASKED = """令和七年度第二回　霧ヶ丘町個人情報保護審議会　会議要旨
一　日　時　令和七年十一月十三日（木）午後一時三十分
（一）諮問第二十一号　乳幼児健康診査システムの運用業務の委託について
【B委員】
・健診結果は保健所とも共有しているのか。
【事務局（健康推進課）】
・以前は健診結果を紙で保健所に送付していたが、現在は送付していない。
"""


def test_whether_data_is_shared_asked_is_no_hand_over(lex):
    """nc77 W4: the question gave two current flows with 保健所, both ways."""
    current = [f for f in analyse(ASKED, lex)["flows"] if f["status"] == "current"]
    assert not current


def test_a_question_the_answer_says_yes_to_keeps_its_hand_over(lex):
    """Guards: （委員）…送られるのか。／（市民課長）はい。: the yes says it is."""
    text = ASKED.replace("・以前は健診結果を紙で保健所に送付していたが、現在は送付していない。", "・はい。")
    assert [f for f in analyse(text, lex)["flows"] if f["to"] == "保健所" and f["status"] == "current"]


def test_a_report_said_to_hold_no_personal_information_moves_none_and_excludes_no_department(lex):
    """nc77 W5: …報告書は、同社から毎月、こども家庭課へ電子メールで提出されますが、報告書には
    個人情報を記載しないこととしています: a flow of personal information to the department,
    and the department (the controller's) excluded from its own data."""
    text = """令和7年度第2回白樺台町個人情報保護審議会会議録
１　日時　令和7年8月27日（水）午後2時
議案第6号　児童手当システムの保守業務の委託について（こども家庭課）
こども家庭課長　児童手当システムの保守を株式会社白樺システムサービスに委託いたします。
こども家庭課長　障害の調査結果の報告書は、同社から毎月、こども家庭課へ電子メールで提出されますが、報告書には個人情報を記載しないこととしています。
"""
    proposal = analyse(text, lex)
    assert not [f for f in proposal["flows"] if f["to"] == "こども家庭課"]
    assert not [a for a in proposal["access"] if a["party"] == "こども家庭課"]


def test_an_association_named_by_its_legal_form_first_starts_there(lex):
    """nc76 W13: …は、例年どおり一般社団法人かえで健診協会に委託いたします gave a public body
    「例年どおり一般社団法人かえで健診協会」, and its re-entrustment another party."""
    text = ("令和7年度第1回楓ヶ丘市個人情報保護審議会会議録\n1　開催日時　令和7年7月22日（火）\n"
            "（1）学校における健康診断業務の委託について\n"
            "◇学校教育課長　尿検査などの検査業務は、例年どおり一般社団法人かえで健診協会に委託いたします。\n")
    [entrusts] = [r for r in analyse(text, lex)["relations"] if r["type"] == "entrusts"]
    assert entrusts["object"] == "一般社団法人かえで健診協会"


def test_a_bare_denial_after_one_that_names_its_recipient_is_of_that_recipient(lex):
    """nc76 W6: ・むくなしキッズには個人番号は提供しない。所得の額も提供しない。: the income
    was kept from the item's other contractor."""
    text = ("令和七年度第二回　椋梨台町個人情報保護審議会　会議要旨\n一　日　時　令和七年十一月十三日（木）\n"
            "（一）諮問第十三号　児童手当の事務の委託について（子育て支援課）\n【事務局（子育て支援課）】\n"
            "・児童手当システムの保守は株式会社コトブキ電子計算センターに委託している。\n"
            "・放課後の見守り事業は特定非営利活動法人むくなしキッズに委託している。\n"
            "・むくなしキッズには個人番号は提供しない。所得の額も提供しない。\n")
    excluded = {(a["party"], c) for a in analyse(text, lex)["access"] if a["type"] == "excluded"
                for c in a["categories"]}
    assert ("特定非営利活動法人むくなしキッズ", "income-tax") in excluded
    assert not [p for p, _ in excluded if "コトブキ" in p]


def test_an_exception_on_the_next_line_speaks_of_the_line_befores_topic(lex):
    """nc76 W8: ・保守事業者は通常、本番データを閲覧できない。／・ただし、障害対応の場合に限り、
    …個人番号を含むデータを閲覧する可能性がある。: the maintainer was shown only as excluded."""
    text = ("令和七年度第二回　椋梨台町個人情報保護審議会　会議要旨\n一　日　時　令和七年十一月十三日（木）\n"
            "（一）諮問第十三号　児童手当の事務の委託について（子育て支援課）\n【事務局（子育て支援課）】\n"
            "・児童手当システムの保守は株式会社コトブキ電子計算センターに委託している。\n"
            "・保守事業者は通常、本番データを閲覧できない。\n"
            "・ただし、障害対応の場合に限り、町職員の立会いの下で本番データを参照することがあり、"
            "その際には個人番号を含むデータを閲覧する可能性がある。\n")
    [seen] = [a for a in analyse(text, lex)["access"] if a["type"] == "incidental"]
    assert seen["party"] == "株式会社コトブキ電子計算センター" and "my-number" in seen["categories"]


def test_a_members_doubt_about_a_hand_over_is_no_hand_over(lex):
    """nc77 W3: 【C委員】・課税情報は…、目的外で商工観光課に渡すことには疑問がある。 gave a
    planned flow of tax data to 商工観光課, the hand-over the council then refused."""
    text = ("令和七年度第二回　霧ヶ丘町個人情報保護審議会　会議要旨\n一　日　時　令和七年十一月十三日（木）\n"
            "（二）諮問第二十二号　個人住民税の賦課事務に係るデータ入力業務の委託について\n【事務局（税務課）】\n"
            "・当初、商工観光課から、給与支払者の名称及び従業員数を毎年提供してほしいとの依頼があった。\n"
            "・税務課としては、その提供を本諮問に含めて審議いただきたい。\n【C委員】\n"
            "・課税情報は地方税法の守秘義務の対象であり、目的外で商工観光課に渡すことには疑問がある。\n")
    assert not [f for f in analyse(text, lex)["flows"] if f["to"] == "商工観光課" and "疑問" in f["quote"]]
