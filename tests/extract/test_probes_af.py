"""Session 47: readings found wrong in new minutes (nc73: a Markdown export of a town's
minutes, an HTML page of a union's accordion sections, a PDF 答申書 with 別表), read with
the bundled registry; each test failed before its change unless it says it guards."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def _excluded(text: str, lex) -> list[tuple]:
    """(party, categories) of each exclusion drafted from ``text``."""
    return [(a["party"], a["categories"]) for a in analyse(text, lex)["access"] if a["type"] == "excluded"]


#: A written opinion whose body reports, after the fact, that a re-entrustment was first
#: denied and then stated; the reasons come back to the same work twice.
CORRECTED = """栗柄市情報公開・個人情報保護審査会答申
令和８年３月２日
第１ 審査会の結論
本件諮問に係る個人情報の取扱いについては、条件を付した上で実施することは、適当である。
第２ 諮問の概要
１ 諮問の趣旨
栗柄市は、学童保育の入所管理システムを導入することとし、次の事項について当審査会に諮問した。
（１）入所管理システムの構築及び運用保守業務の委託
２ 実施機関の説明の要旨
ア 委託先は株式会社ゆずりはソフトであり、入所管理システムの構築、運用及び保守を行う。
イ 入所管理システムは、株式会社みさと計算センターが運営するデータセンターのサーバー上で稼働する。サーバー室の監視業務は、株式会社ゆずりはソフトから株式会社みさと計算センターに再委託される。なお、当初の諮問書では再委託はないとしていたが、実施機関から、サーバー室の監視業務の再委託がある旨の訂正があった。
ウ 本システムで取り扱う個人情報は、児童及び保護者の氏名、住所及び電話番号である。
第３ 審査会の判断
ただし、サーバー室の監視業務の再委託については、審議の途中で訂正されたものであり、委託先の実施体制を把握した上で諮問するよう求める。
また、夜間の監視を株式会社みさと計算センターが行う点は、サーバー室の監視業務の再委託に含まれるものとして、監督の対象とされたい。
"""


def test_a_re_entrustment_first_denied_then_stated_is_one_and_not_forbidden(lex):
    out = analyse(CORRECTED, lex)
    rels = [(r["subject"], r["object"], r.get("permission")) for r in out["relations"] if r["type"] == "re-entrusts"]
    # one subcontractor, the one named for that work: no unnamed twin from the
    # correction, the reasons, or the night watch said to be part of it
    assert {r[1] for r in rels} == {"株式会社みさと計算センター"}, rels
    assert all(r[0] == "株式会社ゆずりはソフト" for r in rels), rels
    # (当初…再委託はないとしていたが: what was said before and taken back bans nothing)
    assert all(r[2] != "forbidden" for r in rels), rels
    assert not any("名称不明" in e["label"] for e in out["entities"]), [e["label"] for e in out["entities"]]


#: A union's page as text: each item's summary a table of label and value cells.
SUMMARY_ROWS = """令和7年度第1回 柚ノ木地域広域行政事務組合個人情報保護審議会 会議録
開催日　令和7年10月29日
審議案件1　諮問第1号　消防指令システムの保守業務の委託について（通信指令課）
資料の要旨
委託先\t株式会社はやせ通信\t
取り扱う個人情報\t通報者の氏名、電話番号\t
個人番号\t取り扱わない\t
審議案件2　諮問第2号　粗大ごみ受付業務の委託について（業務課）
資料の要旨
委託先\t株式会社つばき受付\t
取り扱う個人情報\t申込者の氏名、住所、電話番号\t
個人番号\t申請書に個人番号の記載欄はなく、取得しない。\t
"""


def test_my_number_only_in_a_label_cell_whose_value_says_no_is_not_involved(lex):
    out = analyse(SUMMARY_ROWS, lex)
    assert out["my_number_involved"] is False, out["my_number_evidence"]
    lines = {e["line"] for e in out["my_number_evidence"]}
    assert _line(SUMMARY_ROWS, "取り扱わない") in lines


def test_my_number_in_a_label_cell_whose_value_says_yes_is_involved(lex):
    # guards: a value cell that says nothing against it leaves the label as said
    said = SUMMARY_ROWS.replace("個人番号\t取り扱わない", "個人番号\t有（本人確認に限る）")
    out = analyse(said, lex)
    assert out["my_number_involved"] is True, out["my_number_evidence"]


#: A union's page: one <details> per case, its heading the case's place before its number,
#: each speaker's label a <span> glued to the speech.
ACCORDION = """<!DOCTYPE html><html><head><title>令和7年度第1回個人情報保護審議会 会議録｜柚ノ木地域広域行政事務組合</title></head>
<body><main>
<h1>令和7年度第1回 柚ノ木地域広域行政事務組合個人情報保護審議会 会議録</h1>
<p>開催日時：令和7年10月29日（水曜日）午後2時から</p>
<details open><summary>審議案件1　諮問第1号　消防指令システムの保守業務の委託について（通信指令課）</summary>
<p><span class="spk">通信指令課長</span>指令システムの保守を株式会社はやせ通信に委託いたします。</p>
<p><span class="spk">会長</span>諮問第1号については、職員が立ち会うことを条件として、承認することとします。</p>
<p>審議結果：　条件付きで承認</p>
<p>（答申の条件）閲覧には職員が立ち会い、記録すること。協力会社については、決定後に安全管理体制を確認し、次回の審議会に報告すること。</p>
</details>
<details><summary>審議案件2　諮問第2号　救急活動記録の閲覧について（警防課）</summary>
<p><span class="spk">警防課長</span>救急活動記録は、警防課の職員のみが閲覧いたします。</p>
<p><span class="spk">業務課長</span>委託先が住民基本台帳を照会することはございません。</p>
<p>審議結果：　承認</p>
</details>
<details><summary>報告案件　報告第1号　登録情報の取扱いの変更について（通信指令課）</summary>
<p><span class="spk">通信指令課長</span>登録者の一覧を構成市町村に送付いたします。</p>
<p>審議結果：　報告を了承</p>
</details>
</main></body></html>
"""


def test_cases_of_an_accordion_page_are_items_and_speakers_stand_apart(lex):
    from kg.extract.reading import read_bytes
    text = read_bytes("p.html", ACCORDION.encode("utf-8")).text
    # (the label a span: set apart as minutes set it, by a space)
    assert "業務課長\u3000委託先が住民基本台帳を" in text
    out = analyse(text, lex)
    items = {(i["type"], i["number"]): i for i in out["agenda_items"]}
    assert set(items) == {("consultation", "1"), ("consultation", "2"), ("report", "1")}, items
    assert items[("consultation", "2")]["title"].startswith("救急活動記録の閲覧")
    assert items[("consultation", "2")]["department"] == "警防課"
    # (…決定後に…報告することを条件として、承認: the condition's 決定 decides nothing)
    assert items[("consultation", "1")]["outcome"] == "approved-with-conditions"
    # no party's name made of a speaker's label and the speech after it
    assert not any("課長" in e["label"] for e in out["entities"]), [e["label"] for e in out["entities"]]


#: A denial of seeing, taken back in part by the department's head two turns later.
DENIAL_TAKEN_BACK = """令和7年度第1回 柚ノ木町個人情報保護審議会 会議録
開催日　令和7年10月29日
諮問第1号　消防指令システムの保守業務の委託について（通信指令課）
通信指令課長　指令システムの保守を株式会社はやせ通信に委託いたします。
A委員　保守センターから、通報者の情報や録音を見ることはできるのですか。
指令係長　株式会社はやせ通信の保守センターからは、通報者の氏名、電話番号及び録音データを閲覧することはできない設定としております。
B委員　障害が起きたときに、実際のデータを見る必要はないのですか。
通信指令課長　先ほど係長が閲覧できないと申し上げましたが、一部訂正させていただきます。重大な障害の対応の際に限り、職員が立ち会った上で、株式会社はやせ通信の技術者が通報者の情報を閲覧する場合がございます。録音データについては、障害対応の場合でも株式会社はやせ通信が再生できない設定といたします。
会長　諮問第1号については、承認することとします。
"""


def test_a_denial_of_seeing_taken_back_in_part_keeps_only_what_is_denied_again(lex):
    out = analyse(DENIAL_TAKEN_BACK, lex)
    kept = [(a["party"], a["categories"], a["line"]) for a in out["access"] if a["type"] == "excluded"]
    # (the names and telephone numbers may be seen after all; the recordings not)
    assert not any(a[2] == _line(DENIAL_TAKEN_BACK, "閲覧することはできない設定") for a in kept), kept
    assert any(a[0] == "株式会社はやせ通信" and a[2] == _line(DENIAL_TAKEN_BACK, "再生できない") for a in kept), kept


def test_my_number_in_a_matrix_row_is_read_by_its_columns_not_its_first_cell(lex):
    # guards: 個人番号 － ○ －: the second column gets it, whatever the first says
    text = SUMMARY_ROWS.split("審議案件2")[0].replace(
        "個人番号\t取り扱わない\t\n",
        "項目＼提供先\t株式会社はやせ通信\t柚ノ木消防署\n氏名\t○\t○\n個人番号\t－\t○\n")
    out = analyse(text, lex)
    label = [e for e in out["my_number_evidence"] if e["line"] == _line(text, "個人番号\t－")]
    assert label and not any(e["negated"] for e in label), out["my_number_evidence"]


#: A written opinion on one consultation in three listed parts; the account of what was
#: asked comes back to each part by its work alone, then goes on to points of its own;
#: a table after the reasons gives each provision and the council's verdict on it.
OPINION = """桐ケ谷市情報公開・個人情報保護審査会答申
令和８年２月16日
第１ 審査会の結論
本件諮問に係る個人情報の取扱いについては、別表２に掲げる条件を付した上で実施することは、適当である。
ただし、別表１の番号３に掲げる桐ケ谷警察署への名簿の定期的な提供については、実施することは適当でない。
第２ 諮問の概要
１ 諮問の趣旨
市は、相談記録管理システムを導入することとし、次の事項について当審査会に諮問した。
（１）相談記録管理システムの運用保守業務の委託
（２）相談記録管理システムと県中央児童相談所のシステムとの外部結合
（３）桐ケ谷警察署への要保護児童等に関する情報の提供
２ 実施機関の説明の要旨
実施機関（市長。担当はこども家庭課。）が述べた内容は、おおむね次のとおりである。
（１）委託について
ア 委託先は株式会社さくらぎシステムであり、相談記録管理システムの運用及び保守を行う。
（２）外部結合について
ア 県中央児童相談所に、専用回線で児童の氏名、住所及び相談記録を提供する。
（３）外部提供について
ア 毎月、児童の名簿（氏名、生年月日及び住所）を、電子メールで桐ケ谷警察署に提供する。
イ 市教育委員会学校教育課からは、児童の出欠の状況の提供を、月１回、庁内ネットワークを通じて受けている。
（４）安全管理措置について
ア 相談記録管理システムの利用者は、こども家庭課の職員に限る。
第３ 審査会の判断
１ 委託について
委託先の選定は適当であると認められる。
２ 外部結合について
専用回線による結合の方法に特段の問題は認められない。
３ 外部提供について
（１）支援対象児童の氏名及び住所を毎月桐ケ谷警察署に提供することについては、実施機関は、警察が兆候を早く把握するためであると説明する。しかしながら、目的達成のために必要な最小限度の提供とはいえない。よって、この提供は適当でない。
４ 安全管理措置について
実施機関の説明する措置は適当である。
別表１ 提供及び結合の一覧
番号	相手先	個人情報の項目	方法	頻度	審査会の判断
１	県中央児童相談所	児童の氏名、住所、相談記録	専用回線によるシステム結合	随時	適当
２	桐ケ谷警察署	照会に係る児童の氏名、住所	書面	照会の都度	適当（条件１）
３	桐ケ谷警察署	児童の名簿（氏名、生年月日、住所）	電子メール	毎月	適当でない
"""


def _opinion(lex):
    out = analyse(OPINION, lex)
    return out, {i["key"]: i for i in out["agenda_items"]}


def test_an_opinions_parts_named_again_by_their_work_are_those_parts_and_its_own_points_no_items(lex):
    out, items = _opinion(lex)
    titles = sorted(i["title"] for i in items.values() if not i.get("part_of"))
    assert titles == sorted(["相談記録管理システムの運用保守業務の委託",
                             "相談記録管理システムと県中央児童相談所のシステムとの外部結合",
                             "桐ケ谷警察署への要保護児童等に関する情報の提供"]), titles
    # (the contractor named under （１）委託について is the first part's, no unnamed twin)
    assert not any("名称不明" in e["label"] for e in out["entities"]), [e["label"] for e in out["entities"]]
    # (…からは、…の提供を…受けている: what the school office gives the city, no giver of the rows)
    rows = [f for f in out["flows"] if f["line"] >= _line(OPINION, "別表１")]
    assert rows and all(f["from"] != "学校教育課" and "学校教育課" not in f["from"] for f in rows), rows
    # (the table after the last part: its row to the 児童相談所 is the connection's part)
    first = next(f for f in rows if f["to"] == "県中央児童相談所")
    assert "外部結合" in items[first["item"]]["title"], first["item"]


def test_a_provision_the_council_refuses_rests_on_a_part_rejected(lex):
    out, items = _opinion(lex)
    police = [f for f in out["flows"] if f["to"] == "桐ケ谷警察署"]
    refused = [f for f in police if items[f["item"]]["outcome"] == "rejected"]
    kept = [f for f in police if items[f["item"]]["outcome"] != "rejected"]
    # (the row the verdict refuses, and the conclusion's sentence that refuses it by name)
    assert {f["line"] for f in refused} >= {_line(OPINION, "毎月\t適当でない"),
                                            _line(OPINION, "ただし、別表１の番号３")}, police
    # (the answer to an inquiry, 適当（条件１）, stands)
    assert _line(OPINION, "照会の都度") in {f["line"] for f in kept}, police
    part = items[refused[0]["item"]]
    assert part["part_of"] and "提供" in items[part["part_of"]]["title"]
    assert any("適当でない" in q["quote"] for q in part.get("also", [])), part
    # (quoted by the recipient's cell, not the row's number alone: a quote of one character
    # fails validation)
    assert part["quote"] == "桐ケ谷警察署" and part["line"] == _line(OPINION, "毎月\t適当でない"), part


def test_a_point_of_reasons_that_ends_by_refusing_refuses_what_it_weighs(lex):
    text = OPINION.split("別表１ 提供及び結合の一覧")[0].replace("ただし、別表１の番号３に掲げる桐ケ谷警察署への名簿の定期的な"
                                                        "提供については、実施することは適当でない。\n", "")
    out = analyse(text, lex)
    items = {i["key"]: i for i in out["agenda_items"]}
    point = [f for f in out["flows"] if f["line"] == _line(text, "（１）支援対象児童の氏名及び住所を毎月")]
    assert point and all(items[f["item"]]["outcome"] == "rejected" for f in point), point


#: A town's Markdown export: speakers in bold on their own line, the contractor declared
#: after a clause about its record, the data listed after the hand-over as a topic.
DECLARED = """# 令和7年度 第2回鴨ヶ瀬町個人情報保護審議会 会議録
開催日時：令和7年11月18日（火）午後1時30分から
## 諮問第4号　国民健康保険資格確認書等の作成及び封入封緘業務の委託について（町民課）
**町民課保険年金係長**
　委託先は、県内で自治体の通知物の印刷実績がある株式会社鴨瀬ビジネスフォームを予定しております。委託先に渡す個人情報は、世帯主及び被保険者の氏名、住所、生年月日及び被保険者記号番号でございます。
　封入封緘の工程のうち、圧着はがきの加工については、委託先の協力会社である有限会社夕凪メーリングに再委託したいとの申出を受けております。
**会長**
　諮問第4号については、承認することとします。
"""


def _turn(speaker: str, speech: str) -> str:
    """The Markdown minutes with one more turn, ``speaker``'s, before the chair's."""
    return DECLARED.replace("**会長**\n", f"**{speaker}**\n　{speech}\n**会長**\n", 1)


def test_a_contractor_declared_after_a_clause_on_its_record_is_the_items_and_the_topics_list_is_what_it_gets(lex):
    out = analyse(DECLARED, lex)
    assert not any("名称不明" in e["label"] for e in out["entities"]), [e["label"] for e in out["entities"]]
    given = [f for f in out["flows"] if f["to"] == "株式会社鴨瀬ビジネスフォーム"]
    assert given and {"name", "address", "date-of-birth", "insured-person-number"} <= set(given[0]["categories"]), given
    rels = {(r["type"], r["subject"], r["object"]) for r in out["relations"]}
    assert ("re-entrusts", "株式会社鴨瀬ビジネスフォーム", "有限会社夕凪メーリング") in rels, rels


def test_a_company_whose_name_holds_an_no_before_its_trade_is_one_name(lex):
    text = ("令和7年度第2回鴨ヶ瀬町個人情報保護審議会 会議録\n報告第2号　標準準拠システムへの移行について（企画財政課）\n"
            "企画財政課長　移行作業のうち、データ変換のプログラム作成は、株式会社みちのく電算センターから"
            "株式会社杜の都データ工房に再委託されると聞いております。株式会社鴨瀬の社員が立ち会います。\n")
    out = analyse(text, lex)
    labels = {e["label"] for e in out["entities"]}
    assert "株式会社杜の都データ工房" in labels, labels
    # guards: an の that a trade word does not close goes on as the sentence's (…の社員)
    assert "株式会社鴨瀬" in labels, labels


def test_a_company_said_never_to_come_at_the_number_is_kept_from_it(lex):
    text = OPINION.replace("ア 委託先は株式会社さくらぎシステムであり、相談記録管理システムの運用及び保守を行う。\n",
                           "ア 委託先は株式会社さくらぎシステムであり、相談記録管理システムの運用及び保守を行う。\n"
                           "イ 本システムでは個人番号を保有しない。このため、株式会社さくらぎシステムが個人番号に接することはない。\n")
    kept = _excluded(text, lex)
    assert ("株式会社さくらぎシステム", ["my-number"]) in kept, kept


def test_a_hand_over_the_next_sentence_says_runs_already_is_current_in_an_item_asked(lex):
    text = _turn("町民課長", "町の国民健康保険システムで管理している資格情報は、専用回線で宮城県国民健康保険団体連合会の"
                         "国保情報集約システムに送られ、そこから社会保険診療報酬支払基金のオンライン資格確認等システムに"
                         "登録されております。この連携は令和3年から既に稼働しているものです。")
    out = analyse(text, lex)
    sent = [f for f in out["flows"] if f["line"] == _line(text, "専用回線で宮城県")]
    assert sent and all(f["status"] == "current" for f in sent), sent


def test_a_cloud_provider_that_cannot_see_the_contents_of_the_towns_data_is_kept_from_it(lex):
    text = _turn("企画財政課長", "データは暗号化して保存され、暗号鍵は町が管理いたしますので、株式会社そらなみクラウドが"
                           "町のデータの中身を閲覧することはできない仕組みとなっております。")
    kept = _excluded(text, lex)
    assert ("株式会社そらなみクラウド", ["personal-information"]) in kept, kept


def test_a_hand_over_said_to_happen_a_few_times_a_year_runs(lex):
    text = _turn("税務課長", "警察から捜査関係事項照会書により照会を受けることは年に数件ございます。"
                         "回答する場合も書面に限っております。")
    out = analyse(text, lex)
    police = [f for f in out["flows"] if f["to"] == "警察"]
    assert police and all(f["status"] == "current" for f in police), police


def test_a_connection_said_not_to_be_used_hands_nothing_over(lex):
    text = _turn("町民課長", "協力会社は役場に来て機器の交換を行うもので、有限会社夕凪メーリングとの結合は"
                         "利用いたしません。")
    out = analyse(text, lex)
    assert not [f for f in out["flows"] if f["line"] == _line(text, "との結合は")], out["flows"]
