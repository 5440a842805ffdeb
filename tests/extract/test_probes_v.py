"""Session 37: readings found wrong or missing in new minutes (nc61's leftovers: an
incident's leaked data, a question's flow beside its answer, 問/答 minutes with the
speaker on the line before), read with the bundled registry; each test failed before its
change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: A notice sent to a wrong address, what it held said next, and a wrong entry as its cause.
LEAK = """若葉台町個人情報保護審議会　会議録
開催日時　令和7年10月2日（木）午後2時
議事（１）　報告第2号　軽自動車税納税通知書の誤送付について
〔税務課長〕　令和7年5月に発送した軽自動車税の納税通知書のうち2件を、誤った住所に送付いたしました。
〔税務課長〕　漏えいした情報は、納税義務者の氏名、住所、車両番号及び税額でございます。
〔委員〕　原因は何ですか。
〔税務課長〕　住所変更の際、職員が別人のデータに誤って入力したことが原因でございます。
"""

#: 問/答 minutes, each speaker's label in round brackets on the line before.
QA = """白滝村個人情報保護審議会　会議録
2025年9月24日（水）午後1時30分から
議題　諮問第4号　がん検診の委託について
報告第1号　国民健康保険の資格情報の送付方法について

（保健課長）
諮問第4号について説明いたします。胃がん検診は白滝村医師会に委託しております。

（委員）
問　医師会から村への検診結果の返却はどのようにしているのですか。

（保健課長）
答　医師会は、検診結果を紙の報告書で毎月村に提出しております。村はその結果を健康管理システムに入力しております。

（会長）
諮問第4号は原案のとおり承認とします。続いて報告第1号について説明をお願いします。

（保健課長）
本村は、国民健康保険の被保険者資格情報を、毎月、南陵県国民健康保険団体連合会に送付しております。

（委員）
問　連合会に送る情報に個人番号は含まれるのですか。

（保健課長）
答　被保険者資格情報には個人番号が含まれます。
"""


def _flows(proposal):
    return {(f["line"], f["from"], f["to"]): f for f in proposal["flows"]}


def test_a_notice_sent_to_a_wrong_address_is_the_incident_with_the_data_said_next(lex):
    # nc61 W9: 誤った住所に送付 was no mistake, and the cause's 誤って入力 was read as the
    # hand-over gone astray, with 住所 only (the word in 住所変更)
    flows = _flows(analyse(LEAK, lex))
    assert list(flows) == [(4, "税務課", "軽自動車税納税通知書の誤送付先（名称不明）")]
    [flow] = flows.values()
    assert flow["status"] == "ended" and {"name", "address"} <= set(flow["categories"])
    assert [a["line"] for a in flow["also"]] == [5]


def test_a_wrong_entry_is_no_hand_over_gone_astray(lex):
    # nc61 W9: 別人のデータに誤って入力した: the entry was wrong; no one was handed anything
    text = LEAK.replace("令和7年5月に発送した軽自動車税の納税通知書のうち2件を、誤った住所に送付いたしました。",
                        "軽自動車税の納税通知書の発送前に、誤りが見つかりました。")
    assert [f for f in analyse(text, lex)["flows"] if f["line"] == 7] == []


def test_a_question_is_no_flow_beside_the_answer_that_says_it_again(lex):
    # nc61 W11: 問　医師会から村への…返却は… gave a flow beside its answer's
    flows = _flows(analyse(QA, lex))
    assert [k for k in flows if k[1:] == ("白滝村医師会", "白滝村")] == [(13, "白滝村医師会", "白滝村")]


def test_the_results_pointed_back_at_are_the_data_handed_over_before(lex):
    # nc61 W13: その結果を…入力 was unspecified personal information
    assert _flows(analyse(QA, lex))[(13, "白滝村", "健康管理システム")]["categories"] == ["health"]


def test_an_answer_that_the_data_holds_my_number_gives_the_flow_my_number(lex):
    # nc61 M1: 問　…個人番号は含まれるのですか。答　被保険者資格情報には個人番号が含まれます:
    # the answer opened with 答 after the speaker's line, so it was not read as the contents
    flow = _flows(analyse(QA, lex))[(19, "白滝村", "南陵県国民健康保険団体連合会")]
    assert flow["categories"] == ["insurance-eligibility", "my-number"]
    assert [a["line"] for a in flow["also"]] == [25]


#: A system moved to a company's data centre, the centre said alone after; a centre whose
#: staff view the data kept in the city's system.
CENTRE = """石蕗市個人情報保護審議会　会議要旨
開催日　令和7年8月21日
議題１　報告第3号　介護保険システムのデータセンターへの移行について
介護保険課長：令和8年4月から、介護保険システムを株式会社ツワブキ電算のデータセンターに移行する。
介護保険課長：データセンターの機器の保守は株式会社ツワブキ電算が行い、システムの運用は介護保険課が行う。
議題２　諮問第7号　地域包括支援センターの端末設置について
介護保険課長：地域包括支援センターには市が専用端末を設置し、センターの職員は、介護保険システムに登録された高齢者の氏名及び要介護認定情報を、相談の都度、閲覧している。
"""


def test_a_companys_data_centre_said_alone_later_is_no_unnamed_party(lex):
    # nc61 W14: データセンターの…保守 made an unnamed data centre beside the company's own
    proposal = analyse(CENTRE, lex)
    assert [e["label"] for e in proposal["entities"] if e["type"] == "unnamed-party"] == []
    # (and the bare word is no name of the company for the registry to learn)
    [company] = [e for e in proposal["entities"] if e["label"] == "株式会社ツワブキ電算"]
    assert "データセンター" not in company.get("aliases", [])


def test_data_kept_in_a_system_that_a_centre_views_is_put_in_by_no_one(lex):
    # nc61 W10: …システムに登録された…を閲覧している read as the city putting data into
    # the system in that sentence
    assert [f for f in analyse(CENTRE, lex)["flows"] if f["line"] == 7] == []


#: A town's minutes (◎/◯ labels, the speech after two wide spaces): data said to be
#: outside what is provided (…は提供の対象外), a question the answer denies by another
#: verb, a ban on unapproved re-entrustment, an approval with a point to mind.
SCOPE = """柚子川町個人情報保護審査会　会議録
１　日　時　　令和７年１０月９日（木）午後２時から
２　議　題
　（１）諮問第５号　ひとり親家庭医療費助成事務における所得情報の県への提供について（福祉課）
　（２）諮問第６号　放課後児童クラブの運営委託に伴う児童情報の提供について（福祉課）
◎会長　　議題（１）諮問第５号について説明をお願いします。
◯福祉課長　　本町は、受給者の氏名、住所及び保護者の所得額を、毎月、岐阜県に提供いたします。
◯福祉課長　　なお、所得情報のうち税額控除の内訳は提供の対象外でございます。
◯委員　　児童扶養手当でも同じように県に所得情報を送るのでしょうか。
◯福祉課長　　児童扶養手当は町が認定を行う事務でございまして、県には提供いたしません。児童扶養手当の認定では、他の市町村に所得情報を照会しております。
◎会長　　諮問第５号は原案のとおり承認といたします。
◎会長　　次に、議題（２）諮問第６号について説明をお願いします。
◯福祉課長　　放課後児童クラブの運営は株式会社ゆずっこ学童に委託しており、同社には児童の氏名及び保護者の連絡先を紙で渡しております。
◯福祉課長　　保護者の所得情報は受託者への提供の対象外でございます。
◯福祉課長　　受託者が業務の全部又は一部を再委託する場合は、事前に町の書面による承認を得ることとし、承認のない再委託は認めないこととしております。
◎会長　　それでは、諮問第６号は、連絡先の管理方法について留意することを付して承認といたします。
"""


def test_data_outside_what_is_provided_is_kept_from_the_party(lex):
    # nc62 W3: 保護者の所得情報は受託者への提供の対象外でございます was a planned flow
    proposal = analyse(SCOPE, lex)
    assert [f for f in proposal["flows"] if f["line"] == 14] == []
    assert [(a["line"], a["type"], a["categories"]) for a in proposal["access"] if a["line"] == 14] \
        == [(14, "excluded", ["income-tax"])]


def test_a_question_the_answer_denies_by_another_verb_is_no_quote_of_the_flow(lex):
    # nc62 W6: …同じように県に所得情報を送るのでしょうか。／…県には提供いたしません: the
    # question stood as a flow (or a second quote of the one to the prefecture)
    [flow] = [f for f in analyse(SCOPE, lex)["flows"] if f["to"] == "岐阜県"]
    assert flow["line"] == 7 and 9 not in [a["line"] for a in flow.get("also", [])]


def test_an_approval_given_with_a_point_to_mind_is_conditional(lex):
    # nc62 W13: …に留意することを付して承認といたします was a plain approval
    items = {i["key"]: i["outcome"] for i in analyse(SCOPE, lex)["agenda_items"]}
    assert items == {"consultation-5": "approved", "consultation-6": "approved-with-conditions"}


#: A ban on re-entrustment without approval, under an item numbered 議題（１）　諮問第2号.
UNAPPROVED = """栗原町個人情報保護審査会　会議録
開催日時　令和7年10月9日（木）午後2時
議題（１）　諮問第2号　検診結果入力業務の委託について
〔健康課長〕　検診結果の入力業務は株式会社くりはら情報に委託しております。
〔健康課長〕　契約により、町の承認のない再委託は認めておりません。
"""


def test_a_ban_on_unapproved_re_entrustment_requires_approval_of_one_that_may_be(lex):
    # nc62 W9: 承認のない再委託は認めない was a ban on any re-entrustment
    proposal = analyse(UNAPPROVED, lex)
    [rel] = [r for r in proposal["relations"] if r["type"] == "re-entrusts"]
    assert (rel["permission"], rel["status"]) == ("requires-approval", "possible")
    # (議題（１）　諮問第2号 …: the item is 諮問第2号, not one keyed by its title)
    assert [i["key"] for i in proposal["agenda_items"]] == ["consultation-2"]


#: A written opinion (答申): the item's number alone on a line, its title (with 、) on the
#: next; the course of deliberation as dated points; recommendations under （附帯意見）.
OPINION = """梨ノ木審第４号
令和７年１２月５日
梨ノ木市長　様
梨ノ木市個人情報保護審議会
介護保険事務における個人情報の外部提供及び委託について（答申）
令和７年１０月２０日付けで諮問のあった事項について、下記のとおり答申します。
記
１　諮問事項
　諮問第９号
介護保険事務における個人情報の外部提供、委託及び結合について（介護保険課）
２　審議の経過
　（１）令和７年１１月１０日　審議（委託先のサーバ室における安全管理措置について質疑）
３　結論
　諮問のあった事項については、次の附帯意見を付して承認する。
　（附帯意見）
（１）個人番号は、市の介護保険システムの外に出さないこと。
（２）民生委員への提供は、求めがあった場合に限り、必要な最小限の項目とすること。
４　理由
　いずれも法令に基づくものであり、適当であると判断した。
"""


def test_an_opinions_item_is_the_number_with_its_title_on_the_next_line(lex):
    # nc62 W7, W2: the dated point (2)…審議（…について質疑） was the item, and named the
    # contractor; 諮問第9号 was none
    proposal = analyse(OPINION, lex)
    assert [(i["key"], i["title"]) for i in proposal["agenda_items"]] \
        == [("consultation-9", "介護保険事務における個人情報の外部提供、委託及び結合")]
    assert not [e for e in proposal["entities"] if "審議(" in e["label"] or "審議（" in e["label"]]


def test_recommendations_under_a_bracketed_heading_are_no_facts(lex):
    # nc62 W1: （附帯意見）（２）民生委員への提供は…に限り… gave a flow of 個人番号 to 民生委員
    assert analyse(OPINION, lex)["flows"] == []


#: An old page in Shift_JIS: the minutes a table of speaker and speech, the year of the
#: meeting only in the page's <title>, the day's items listed in one sentence.
OLD_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>令和７年度第２回楠原市個人情報保護審議会 会議録（令和7年11月6日開催）</title></head>
<body><table><tr><td><font size="2">開催日時：11月6日（木）午後2時から</font></td></tr></table>
<table border="1">
<tr><td>会長</td><td>本日の案件は、諮問第４号「コンビニエンスストアにおける証明書の交付について」及び諮問第５号「住民記録システムの移行について」の２件です。</td></tr>
<tr><td>会長</td><td>まず諮問第４号について、市民課から説明をお願いします。</td></tr>
<tr><td>市民課長</td><td>令和８年４月１日から、マイナンバーカードを利用して住民票の写しをコンビニエンスストアで取得できるサービスを開始する予定です。<br>利用者がマルチコピー機にマイナンバーカードをかざして暗証番号を入力すると、交付要求が本市の証明書発行サーバに送られます。</td></tr>
<tr><td>委員</td><td>証明書交付センターはどこが運営するのですか。</td></tr>
<tr><td>市民課長</td><td>証明書交付センターの運営業務は、本市から地方公共団体情報システム機構に委託いたします。</td></tr>
<tr><td>市民課長</td><td>コンビニ交付では、個人番号が記載された住民票の写しは交付の対象外としております。</td></tr>
<tr><td>会長</td><td>諮問第４号は原案のとおり承認とします。次に諮問第５号について説明をお願いします。</td></tr>
<tr><td>市民課長</td><td>移行の際には、住民記録システムに記録されている氏名、住所及び個人番号を、標準準拠住民記録システムに移し替えます。</td></tr>
</table></body></html>"""


def _old_page(lex):
    from kg.extract.reading import read_bytes
    return analyse(read_bytes("m.html", OLD_PAGE.encode("cp932")).text, lex)


def test_a_pages_title_is_read_for_the_meetings_date(lex):
    # nc62 W5: the <title> was dropped, and the date was the service's start (令和８年４月１日)
    proposal = _old_page(lex)
    assert proposal["date"] == "2025-11-06"
    # (so what starts next April is planned)
    assert {f["status"] for f in proposal["flows"]} == {"planned"}


def test_the_days_items_listed_in_one_sentence_are_items(lex):
    # nc62 M4: 本日の案件は、諮問第４号「…」及び諮問第５号「…」の２件です gave no item
    assert [(i["key"], i["title"]) for i in _old_page(lex)["agenda_items"]] == [
        ("consultation-4", "コンビニエンスストアにおける証明書の交付"),
        ("consultation-5", "住民記録システムの移行")]


def test_a_card_held_over_a_machine_is_the_means_and_no_data_handed_over(lex):
    # nc62 W4: マイナンバーカードをかざして暗証番号を入力 put the card (and so 個人番号) on
    # the flow to the copier; and a paper not issued (…は交付の対象外) kept it from J-LIS
    proposal = _old_page(lex)
    assert "my-number-card" not in {c for f in proposal["flows"] for c in f["categories"]}
    assert [a for a in proposal["access"] if a["type"] == "excluded"] == []


def test_data_moved_over_to_a_new_system_is_a_flow(lex):
    # nc62 M1: …を標準準拠住民記録システムに移し替えます: no verb of the patterns
    [flow] = [f for f in _old_page(lex)["flows"] if f["to"] == "標準準拠住民記録システム"]
    assert "my-number" in flow["categories"] and flow["status"] == "planned"


#: A town's nursery run by a designated manager (指定管理者), which hands the meals on to a
#: company the town only heard of; a question of a hand-over the item states.
MANAGER = """栃原町個人情報保護審査会　会議録
１　日　時　　令和７年９月１１日（木）午後２時から
２　議　題
　（１）諮問第２号　町立わかば保育所の指定管理者への児童情報の提供について（子育て支援課）
◎会長　　議題（１）諮問第２号について説明をお願いします。
◯子育て支援課長　　町立わかば保育所は、令和５年４月から社会福祉法人すずらん福祉会が指定管理者として管理運営を行っております。
◯子育て支援課長　　入所が決定した際に、子育て支援課から指定管理者に、児童の氏名、生年月日及びアレルギーの有無を記載した台帳を紙で手渡しております。
◯委員　　指定管理者に渡す台帳は紙で渡すのですか。
◯子育て支援課長　　はい、紙で手渡しております。
◯子育て支援課長　　指定管理者からは、毎月、児童の出欠の状況を記載した報告書を紙で子育て支援課に提出していただいております。
◯委員　　すずらん福祉会が業務の一部を外部に任せることはありますか。
◯子育て支援課長　　給食業務を株式会社わかば給食に委託していると聞いております。
◎会長　　諮問第２号は原案のとおり承認といたします。
"""


def test_a_designated_manager_is_entrusted_and_stands_for_the_role_word(lex):
    # nc62 M6, W11: 指定管理者 was no party; the manager's report came from the children
    proposal = analyse(MANAGER, lex)
    assert [(r["type"], r["subject"], r["object"], r["verb"]) for r in proposal["relations"]
            if r["type"] == "entrusts"] == [("entrusts", "栃原町", "社会福祉法人すずらん福祉会", "指定管理")]
    flows = {(f["line"], f["from"], f["to"]) for f in proposal["flows"]}
    assert (7, "子育て支援課", "社会福祉法人すずらん福祉会") in flows
    assert (10, "社会福祉法人すずらん福祉会", "子育て支援課") in flows


def test_an_entrustment_the_town_only_heard_of_is_the_managers(lex):
    # nc62 W12: …に委託していると聞いております, asked of the manager, was the town's own
    [rel] = [r for r in analyse(MANAGER, lex)["relations"] if r["object"] == "株式会社わかば給食"]
    assert (rel["type"], rel["subject"]) == ("re-entrusts", "社会福祉法人すずらん福祉会")


def test_an_allergy_is_health_data(lex):
    # nc62: アレルギーの有無 was a new category (and the manager, no party, got nothing)
    flows = [f for f in analyse(MANAGER, lex)["flows"] if f["to"] == "社会福祉法人すずらん福祉会"]
    assert [f["line"] for f in flows] == [7] and "health" in flows[0]["categories"]


#: A hand-over stated, then a member's question of it a few turns later (…に提供する
#: アレルギーの情報は、紙で渡すのか), from the department that explains.
ASKED_AGAIN = """岩瀬市個人情報保護審議会　会議録
開催日　令和7年7月3日
1　諮問第3号　放課後児童クラブの利用調整について（諮問）
○こども課長
　利用の決定後、市は、児童の氏名及びアレルギーの有無を、岩瀬市社会福祉協議会及び各クラブの運営委員会に提供する。
○千葉委員
　システムの事業者の社員は、申込みの中身を見ることができるのか。
○こども課長
　事業者の社員は、申込みの内容を閲覧しない設定としている。
○藤原委員
　運営委員会に提供するアレルギーの情報は、紙で渡すのか。
○こども課長
　運営委員会には、閲覧用のアカウントを発行し、自分のクラブの児童の情報だけを見られるようにする。
"""


def test_a_question_of_a_hand_over_the_item_states_is_no_flow_of_its_own(lex):
    # (498-file check: the question stood beside the stated flow, from the department)
    assert [(f["line"], f["from"]) for f in analyse(ASKED_AGAIN, lex)["flows"] if f["to"] == "運営委員会"] \
        == [(5, "岩瀬市")]


#: Applications kept on a company's cloud, taken down by staff at a terminal of a network.
DOWNLOADED = """椿台町個人情報保護審査会　会議録
開催日時　令和7年9月4日（木）午後2時
議事（１）　報告第3号　電子申請サービスの利用について
〔町民課長〕　電子申請サービスは、株式会社つばきネットが提供する「つばき申請」を利用しております。
〔町民課長〕　申請データは同社のクラウドサービス上に保存され、町民課の職員がＬＧＷＡＮ接続系の端末から毎日ダウンロードしております。
"""


def test_a_download_comes_from_the_cloud_that_keeps_the_data_not_the_terminals_network(lex):
    # nc62 W10: LGWAN (…接続系の端末から) was the giver of the applicants' data
    assert [(f["from"], f["to"]) for f in analyse(DOWNLOADED, lex)["flows"] if f["line"] == 5] \
        == [("株式会社つばきネット", "町民課")]


#: An opinion's annex: a table whose first column names the departments that give.
ANNEX = """楢山市個人情報保護審議会　答申
令和7年11月20日
諮問第8号　介護保険及び障害福祉事務における個人情報の外部提供について（答申）
別紙
実施機関\t提供先\t提供する個人情報\t提供方法
介護保険課\t楢山県国民健康保険団体連合会\t被保険者番号、氏名\t専用回線（毎月）
介護保険課・障害福祉課\t民生委員\t氏名、住所、年齢\t紙の名簿
"""


def test_a_tables_giving_column_names_each_giver(lex):
    # nc62 W8: 実施機関 was no column the reader knew, so every row came from the item's
    # department (and in the PDF its heading 根拠 stuck to the next row's department)
    flows = {(f["line"], f["from"], f["to"]) for f in analyse(ANNEX, lex)["flows"]}
    assert flows == {(6, "介護保険課", "楢山県国民健康保険団体連合会"),
                     (7, "介護保険課", "民生委員（名称不明）"), (7, "障害福祉課", "民生委員（名称不明）")}


#: The convenience-store service through J-LIS's centre, said by its everyday name.
KONBINI = """柏尾市個人情報保護審議会　会議要旨
開催日　令和7年8月28日
議題１　諮問第6号　証明書のコンビニ交付について（市民課）
・本サービスは、地方公共団体情報システム機構が運営する証明書交付センターを経由して、マルチコピー機で証明書を交付するものである。
・個人番号は証明書交付センターに送信しない。
"""


def test_the_certificate_centre_is_the_registrys_system_and_its_runner_is_kept_from_my_number(lex):
    # nc62 W14: 証明書交付センター was a new system beside the registry's 証明書交付センター
    # システム; and a denial of sending to it then fell on no one, or on a contractor
    proposal = analyse(KONBINI, lex)
    ids = {e["label"]: e["id"] for e in proposal["entities"]}
    assert ids["証明書交付センターシステム"] == "konbini-issuance-system"
    assert ids["キオスク端末（コンビニ設置）"] == "konbini-kiosk"
    assert [(a["party_id"], a["categories"]) for a in proposal["access"] if a["type"] == "excluded"] \
        == [("jlis", ["my-number"])]


#: A company kept out of a system, then from one kind of data, in one sentence.
TWO_DENIALS = """萩原市個人情報保護審議会　会議結果報告
開催日時　令和七年十月八日（水）午後二時から
（１）報告第二号　検針データの提供について
・上下水道局は、利用者の氏名及びメーター番号を株式会社はぎわら計測に提供する。
（問１）はぎわら計測は料金の情報を見られるのか。
（答１）株式会社はぎわら計測は水道料金システムにはアクセスできず、口座情報を閲覧することはできない。
"""


def test_a_system_kept_from_a_party_and_then_some_data_are_two_exclusions(lex):
    # nc63 W3: the second clause's 口座情報 was folded into the first row (of the system,
    # all its data) and lost, its quote stopping before the data
    rows = sorted((a["categories"], a.get("system")) for a in analyse(TWO_DENIALS, lex)["access"]
                  if a["type"] == "excluded")
    assert rows == [(["bank-account"], None), (["personal-information"], "水道料金システム")]


#: A PDF's text: a sentence broken by the page's foot (a note, the running header, the page
#: number), a note mark on a word, a prefecture the list does not know and its organ, and a
#: paper roster that was stopped.
PAGED = """令和７年度第１回　柚木町個人情報保護審議会　会議録
－ 1 －
令和７年度第１回柚木町個人情報保護審議会　会議録
日　時　令和７年１０月１６日（木）午前１０時
議　題　諮問第２号　避難行動要支援者名簿の外部提供について
防災課長　本人の同意を得た方の名簿は、民生委員に年１回紙媒体で提供いたします。災害が発生
した場合には、同意の有無にかかわらず、避難支援等関係者※に
名簿を提供
※　避難支援等関係者とは、法に規定する者をいう。
令和７年度第１回　柚木町個人情報保護審議会　会議録
－ 2 －
することができます。
防災課長　大規模災害時には、被災者台帳の氏名及び住所を、深見県の災害対策本部に提供いたします。
防災課長　自治会への紙の名簿の配布は、令和６年度をもって取りやめました。
"""


def test_a_sentence_the_pages_foot_breaks_goes_on_past_a_note(lex):
    # nc63 M3: 名簿を提供 / ※ note / header / number / することができます。 was two pieces,
    # and 避難支援等関係者※ no party
    flow = {f["to"]: f for f in analyse(PAGED, lex)["flows"]}["避難支援等関係者（名称不明）"]
    assert flow["status"] == "possible"
    # (quoted over its lines, each verbatim, the note and the page's furniture left out)
    assert [w["line"] for w in flow["wrapped"]] + [flow["line"]] == [6, 7, 8, 12]


def test_a_prefecture_the_list_does_not_know_and_its_organ_are_the_prefecture(lex):
    # nc63 W8: 潮見県の災害対策本部に became 県（名称不明）
    flows = {f["to"]: f for f in analyse(PAGED, lex)["flows"]}
    assert "深見県" in flows and flows["深見県"]["line"] == 13


def test_a_roster_stopped_as_of_a_year_is_ended_not_replaced(lex):
    # nc63 W4: …令和６年度をもって取りやめました was replaced, though nothing replaced it
    flows = {f["to"]: f for f in analyse(PAGED, lex)["flows"]}
    assert flows["自治会（名称不明）"]["status"] == "ended"


def test_the_person_whose_consent_is_asked_gives_nothing(lex):
    # (498-file check: 本人から同意を得た方の名簿情報を…提供 came from 本人)
    text = PAGED.replace("防災課長　本人の同意を得た方の名簿は、", "防災課長　本人から同意を得た方の名簿情報については、")
    assert {f["from"] for f in analyse(text, lex)["flows"] if f["to"] == "民生委員（名称不明）"} == {"防災課"}


#: A report of results in kanji numerals: an entrustment running now, the city's system
#: handing the contractor its data; a new service from a date in kanji.
KANJI_DATES = """梅園市個人情報保護審議会　会議結果報告
１　開催日時　令和七年十月八日（水）午後二時から
２　議題
（１）諮問第十号　水道メーター検針業務の委託について
（２）報告第二号　漏水お知らせサービスの開始について
（１）諮問第十号　水道メーター検針業務の委託について
・上下水道局は、水道メーターの検針業務を株式会社うめぞのアクアに委託している。
・上下水道局は、水道料金システムから抽出した使用者の氏名及び住所を、毎月、専用回線により株式会社うめぞのアクアに提供する。
以上の審議の結果、諮問第十号については、原案のとおり承認することと答申した。
（２）報告第二号　漏水お知らせサービスの開始について
・株式会社うめみ計測は、令和八年四月一日から、漏水お知らせサービスを開始する。
・上下水道局は、サービスの利用を申し込んだ世帯の氏名及びメールアドレスを株式会社うめみ計測に提供する。
"""


def test_a_start_dated_in_kanji_numerals_makes_what_follows_planned(lex):
    # nc63 W5: 令和八年四月一日から was no date the reader knew, so the new service ran now
    [flow] = [f for f in analyse(KANJI_DATES, lex)["flows"] if f["to"] == "株式会社うめみ計測"]
    assert flow["status"] == "planned"


def test_the_citys_system_handing_a_contractor_entrusted_now_is_current(lex):
    # nc63 W6: …水道料金システムから抽出した…を…に提供する, the entrustment said to run, was
    # planned (the system was not the city's side)
    [flow] = [f for f in analyse(KANJI_DATES, lex)["flows"] if f["to"] == "株式会社うめぞのアクア"]
    assert (flow["from"], flow["status"]) == ("水道料金システム", "current")


#: An election board shows the roll to parties and the press, and loads it into a system.
ROLL = """霜田市個人情報保護審議会　会議録
開催日　令和7年11月13日
議題１　諮問第8号　選挙人名簿抄本の閲覧について（選挙管理委員会事務局）
事務局長：公職選挙法に基づき、政党・政治団体及び報道機関に対し、世論調査のために選挙人名簿抄本を閲覧させる。
事務局長：選挙ごとに、選挙人名簿の氏名、住所、生年月日及び投票区を期日前投票システムに取り込む。
"""


def test_parties_and_political_bodies_are_shown_the_roll_and_a_polling_district_is_no_place(lex):
    # nc63 W7, W11: 政党・政治団体 was dropped from the viewing; 投票区 was a municipality
    proposal = analyse(ROLL, lex)
    assert {f["to"] for f in proposal["flows"] if f["line"] == 4} == {"政党・政治団体（名称不明）", "報道機関（名称不明）"}
    assert "投票区" not in {e["label"] for e in proposal["entities"]}


def test_a_lone_ken_is_the_prefecture_the_minutes_name_before_its_organ(lex):
    # nc63: 潮見県の災害対策本部に、県の防災情報システムを通じて: 県 was an unnamed prefecture
    # beside the named one (the prefecture named before の was not counted as the minutes')
    text = PAGED.replace("深見県の災害対策本部に提供いたします。", "深見県の災害対策本部に、県の防災情報システムを通じて提供いたします。")
    proposal = analyse(text, lex)
    assert proposal["prefecture"] == "深見県"
    assert not [e for e in proposal["entities"] if e["label"] == "県（名称不明）"]
