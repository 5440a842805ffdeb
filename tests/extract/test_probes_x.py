"""Session 39: readings found wrong or missing in new minutes (nc64's leftovers and
later runs), read with the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: My Number linkage: the prose says who gives which data through the intermediate
#: server, and the item's table names the recipients, two in one cell.
LINKAGE = """鷺沢市個人情報保護審議会　会議録
開催日時　令和7年8月20日（水）午後2時
議題２　中間サーバーを通じた情報連携について（報告）
市民課長　番号法に基づく情報連携では、市民課が、住民票関係情報を、中間サーバーを通じて、他の地方公共団体及び行政機関からの照会に応じて提供しております。
税務課長　税務課は、所得額及び課税額の地方税関係情報を個人番号により紐付けた上で、中間サーバーを通じて、照会に応じて随時提供しております。
会長　報告事項のため、了承とします。
提供先\t提供する情報\t提供方法\t頻度
他の地方公共団体及び行政機関\t住民票関係情報\t中間サーバー（情報提供ネットワークシステム経由）\t照会の都度
他の地方公共団体及び行政機関\t地方税関係情報（所得額、課税額）\t中間サーバー（情報提供ネットワークシステム経由）\t照会の都度
"""


def _rows(text, lex, line):
    return sorted((f["from"], f["to"], f.get("via")) for f in analyse(text, lex)["flows"] if f["line"] == line)


def test_each_recipient_a_table_cell_lists_is_one(lex):
    # nc64 W10: 他の地方公共団体及び行政機関 became 行政機関 alone
    assert [to for _, to, _ in _rows(LINKAGE, lex, 8)] == ["他の地方公共団体（名称不明）", "行政機関"]


def test_a_system_a_table_row_names_as_its_way_is_the_flow_s_via(lex):
    # nc64 W10: 中間サーバー（情報提供ネットワークシステム経由） was dropped
    assert {via for _, _, via in _rows(LINKAGE, lex, 8)} == {"中間サーバー"}


def test_the_department_the_prose_says_gives_a_row_s_data_is_its_giver(lex):
    # nc64 W4: 税務課 vanished; the row took the item's department (市民課)
    rows = _rows(LINKAGE, lex, 9)
    assert {frm for frm, _, _ in rows} == {"税務課"}
    flow = next(f for f in analyse(LINKAGE, lex)["flows"] if f["line"] == 9)
    assert 5 in [q["line"] for q in flow.get("also", [])]  # the sentence that says so


def test_two_departments_saying_they_give_a_row_s_data_leave_the_row_as_it_was(lex):
    # no guess between two givers of the same data
    text = LINKAGE.replace("会長　報告事項", "収納課長　収納課は、地方税関係情報を照会に応じて提供しております。\n会長　報告事項")
    assert _rows(text, lex, 10)  # (the table one line down)
    assert {frm for frm, _, _ in _rows(text, lex, 10)} == {"市民課"}


def test_a_recipient_cell_with_other_words_between_names_gives_the_first_only(lex):
    text = LINKAGE.replace("他の地方公共団体及び行政機関\t住民票関係情報", "行政機関（法務省を除く）\t住民票関係情報")
    assert [to for _, to, _ in _rows(text, lex, 8)] == ["行政機関"]


#: A written opinion: its summary says what the department does now, its annex's parts
#: say it in detail; two bodies entrusted in one sentence, then called 受託者.
OPINION = """桔梗台町個人情報保護審議会第３号
令和７年１０月２７日
桔梗台町長　様
桔梗台町個人情報保護審議会
要介護認定事務及び介護給付事務における個人情報の取扱いについて（答申）
令和７年９月１日付けで諮問のあった事項について、下記のとおり答申します。
記
１ 答申
諮問第３号「要介護認定事務及び介護給付事務における個人情報の取扱いについて」は、別紙の内容により実施することが適当であると認める。
２ 諮問の概要
介護保険課は、要介護認定事務において、認定調査の一部を外部の事業者に委託し、介護給付事務において桔梗県国民健康保険団体連合会との間で請求及び支払に係るデータを授受している。
別紙
諮問の内容（介護保険課）
（１）認定調査の委託
ア 町は、要介護認定の認定調査のうち、新規申請分を社会福祉法人すずらん会に、更新申請分を株式会社ケアリンク桔梗に委託する。
イ 介護保険課は、受託者に、被保険者の氏名、住所及び被保険者番号を記載した認定調査依頼書を、月２回、手渡しで交付する。
ウ 受託者は、認定調査業務を再委託してはならない。
エ 介護保険課は、桔梗県国民健康保険団体連合会に、受給者台帳情報を、毎月、ＬＧＷＡＮを経由して送信する。
オ 株式会社リモテックに審査会資料の配信を委託する。
カ 審査会資料は、週１回、専用回線で株式会社リモテックに送信する。
キ 審査会終了後、資料は同社が遠隔で消去する。
ク 介護保険課は、主治医に、意見書の作成を依頼する文書を郵送する。
ケ 主治医は、意見書を郵送で介護保険課に提出する。
コ 個人番号は、町の介護保険システム内でのみ利用し、受託者、株式会社リモテック及び国保連合会には提供しない。
"""


def test_a_pointer_to_the_contractors_entrusted_together_stands_for_each(lex):
    # nc64 W6: 受託者 after 新規申請分をAに、更新申請分をBに委託する stood for B alone
    p = analyse(OPINION, lex)
    given = {f["to"] for f in p["flows"] if f["line"] == 16}
    assert given == {"社会福祉法人すずらん会", "株式会社ケアリンク桔梗"}
    banned = {r["subject"] for r in p["relations"] if r["type"] == "re-entrusts" and r["line"] == 17}
    assert banned == {"社会福祉法人すずらん会", "株式会社ケアリンク桔梗"}


def test_a_pointer_far_from_the_contractors_is_the_ones_the_sentence_does_not_name(lex):
    # nc64 W7: 受託者 ten sentences after the entrustment, beside a named company, became an
    # unnamed 受託者 that took the My Number exclusion
    excluded = {a["party"] for a in analyse(OPINION, lex)["access"] if a["type"] == "excluded" and a["line"] == 24}
    assert {"社会福祉法人すずらん会", "株式会社ケアリンク桔梗", "株式会社リモテック"} <= excluded
    assert not any("名称不明" in party and "受託者" in party for party in excluded)


def test_the_summary_s_unnamed_contractor_is_the_ones_its_parts_name(lex):
    # nc64 W6: 外部の事業者 of the summary stayed an unnamed contractor beside the two
    p = analyse(OPINION, lex)
    entrusted = {r["object"] for r in p["relations"] if r["type"] == "entrusts"}
    assert entrusted == {"社会福祉法人すずらん会", "株式会社ケアリンク桔梗", "株式会社リモテック"}


def test_an_exchange_the_summary_says_runs_keeps_its_parts_flows_current(lex):
    # nc64 W11: 連合会との間で…データを授受している was no flow, and the annex's hand-over
    # to the federation read as planned
    flows = {(f["to"], f["line"]): f["status"] for f in analyse(OPINION, lex)["flows"]}
    assert flows[("桔梗県国民健康保険団体連合会", 18)] == "current"
    assert flows[("株式会社リモテック", 20)] == "planned"  # (no account says this one runs)


def test_the_summary_s_exchange_naming_no_data_joins_the_part_that_names_it(lex):
    flows = [f for f in analyse(OPINION, lex)["flows"] if f["to"] == "桔梗県国民健康保険団体連合会"]
    assert [f["line"] for f in flows] == [18]
    assert 11 in [q["line"] for q in flows[0].get("also", [])]


#: A child-protection network's summary: its members listed, papers handed to those who
#: attend, a police limit and its other cases, and the data handed over for a migration.
NETWORK = """白鷺村個人情報保護審議会　議事要旨
１　日時　２０２５年１１月５日（水）午後２時
（１）要保護児童対策地域協議会における個人情報の提供について（報告）
事務局（こども家庭課）：要対協の構成機関は、村立小中学校、白鷺県中央児童相談所及び白鷺県白鷺警察署である。
事務局（こども家庭課）：個別ケース検討会議では、こども家庭課が、対象児童の氏名及び生年月日を、会議資料として出席した構成機関に配付している。
Ｂ委員：警察にも、全てのケースの情報を渡しているのか。
→警察には、児童の生命に危険がある場合に限り、ケース記録を提供している。
→それ以外のケースの情報は、警察には提供していない。
（２）ケース管理システムのクラウド移行に伴う個人情報の取扱いの委託について（諮問第３号）
事務局（こども家庭課）：２０２６年４月から、ケース管理システムの運用を株式会社ソラネット情報に委託する。
Ｄ委員：移行時のデータは、どのように移すのか。
→現行サーバのデータを、２０２６年３月に、暗号化した電子媒体で株式会社ソラネット情報に引き渡す。
Ａ委員：県にデータを送ることはあるのかとの質問があり、事務局から、送っていないとの回答があった。
"""


def test_a_word_for_the_members_a_sentence_lists_stands_for_each(lex):
    # nc64 M2: 出席した構成機関に配付 was no flow at all
    given = {f["to"] for f in analyse(NETWORK, lex)["flows"] if f["line"] == 5}
    assert given == {"村立小中学校", "白鷺県中央児童相談所", "白鷺県白鷺警察署"}


def test_the_cases_other_than_a_limited_one_are_an_exclusion_in_that_context(lex):
    # nc64 M4: それ以外のケースの情報は、警察には提供していない was read as "everyone but"
    access = [(a["party"], a["categories"], a["context"]) for a in analyse(NETWORK, lex)["access"] if a["line"] == 8]
    assert access == [("白鷺県白鷺警察署", ["new:ケース記録"], "児童の生命に危険がある場合以外")]


def test_a_flow_s_condition_is_not_also_its_frequency(lex):
    # nc64 W13b: the case was given as how often too
    flow = next(f for f in analyse(NETWORK, lex)["flows"] if f["line"] == 7)
    assert flow["condition"] == "児童の生命に危険がある場合に限り" and flow["frequency"] is None


def test_data_named_by_no_data_word_still_moves_to_whom_it_is_handed(lex):
    # nc64 M3: 現行サーバのデータを…株式会社に引き渡す was dropped (no giver, no data named)
    flows = [(f["from"], f["to"], f["channel"], f["status"]) for f in analyse(NETWORK, lex)["flows"] if f["line"] == 12]
    assert flows == [("こども家庭課", "株式会社ソラネット情報", "electronic-media", "planned")]


def test_data_asked_about_in_a_reported_question_is_no_hand_over(lex):
    assert not [f for f in analyse(NETWORK, lex)["flows"] if f["line"] == 13]


#: The same opinion with a member's view of the papers in prose, and a last part whose
#: table restates the hand-overs.
RESTATED = OPINION + """サ 介護認定審査会の委員には、認定調査票を、タブレット端末により閲覧させる。
（２）個人情報の提供の状況
提供先\t提供する情報\t提供方法\t頻度
社会福祉法人すずらん会\t氏名、住所、被保険者番号\t手渡し\t月２回
主治医\t氏名、住所\t郵送\t申請の都度
介護認定審査会委員\t認定調査票（氏名を除く。）\tタブレット端末による閲覧\t週１回
株式会社ミドリ運輸\t氏名、住所\t郵送\t月１回
"""


def test_a_part_s_table_restating_the_prose_joins_the_prose_s_flows(lex):
    # nc64 U5: the table row and the prose sentence gave two flows each, from the town and
    # from its department, and two spellings of one unnamed party
    flows = analyse(RESTATED, lex)["flows"]
    by_line = {f["line"]: f for f in flows}
    assert 28 not in by_line and 29 not in by_line and 30 not in by_line
    given = next(f for f in flows if (f["line"], f["to"]) == (16, "社会福祉法人すずらん会"))
    assert 28 in [q["line"] for q in given["also"]]
    doctor = by_line[22]  # (ク: the letter's data, unnamed in prose, named by the row)
    assert (doctor["categories"], doctor["frequency"]) == (["name", "address"], "都度")
    assert 30 in [q["line"] for q in by_line[25]["also"]]
    assert by_line[31]["to"] == "株式会社ミドリ運輸"  # (said in no prose: the row stays)


def test_what_a_restated_row_keeps_from_its_party_is_kept_from_the_prose_s_party(lex):
    excluded = [(a["party"], a["categories"]) for a in analyse(RESTATED, lex)["access"] if a["line"] == 30]
    assert excluded == [("介護認定審査会の委員（名称不明）", ["name"])]


#: A welfare office's inquiries: to banks (what it asks named after), to the pension office
#: (what its letter carries), and the exchange with other municipalities.
INQUIRIES = """潮見区個人情報保護審議会　会議録
開催日　令和七年十月二十日
諮問第二十二号　生活保護の資産調査における照会方法の変更について
○生活支援課長　福祉事務所は、被保護者の預貯金について金融機関に照会を行っております。
○生活支援課長　令和八年一月五日からは、預貯金照会サービス「ぎんれんネット」を利用して、金融機関に照会を行う予定でございます。照会する項目は、被保護者の氏名、生年月日及び住所であり、金融機関は、預貯金の残高を、同サービスを通じて福祉事務所に回答いたします。
○生活支援課長　潮見年金事務所に対し、被保護者の氏名及び基礎年金番号を記載した文書で、必要の都度、照会しております。
○生活支援課長　また、情報提供ネットワークシステムを使用し、個人番号を用いて、他の地方公共団体との間で生活保護関係情報の照会及び提供を行っております。
○生活支援課長　ぎんれんネットへの接続は、ＬＧＷＡＮ接続系の専用端末に限定いたします。
"""


def test_what_an_inquiry_s_letter_carries_goes_to_whom_it_asks(lex):
    # nc65 W3: 年金事務所に対し、…氏名及び基礎年金番号を記載した文書で…照会 read as the
    # office giving the ward the names
    flows = [(f["from"], f["to"]) for f in analyse(INQUIRIES, lex)["flows"] if f["line"] == 6]
    assert flows == [("生活支援課", "潮見年金事務所")]


def test_the_items_an_inquiry_names_go_to_the_party_it_asks(lex):
    # nc65 W2: 照会する項目は、…氏名、生年月日及び住所であり gave no flow to the banks
    flows = analyse(INQUIRIES, lex)["flows"]
    sent = [(f["from"], f["to"], f["categories"]) for f in flows if f["line"] == 5 and f["to"].startswith("金融機関")]
    assert sent == [("生活支援課", "金融機関（名称不明）", ["name", "date-of-birth", "address"])]
    # (through the service the inquiry uses, as the answer comes back: nc65 W8, the link to
    # the service is this hand-over's way, no flow of its own)
    assert {f["via"] for f in flows if f["line"] == 5} == {"ぎんれんネット"}
    assert not [f for f in flows if f["line"] == 8]
    assert any(f["from"].startswith("金融機関") and f["line"] == 5 for f in flows)  # (and the answer back)


def test_an_exchange_with_the_other_municipalities_goes_both_ways_through_the_system_used(lex):
    # nc65 M1: …を使用し、…他の地方公共団体との間で…の照会及び提供を行っております: no flow
    flows = {(f["from"], f["to"], f["via"]) for f in analyse(INQUIRIES, lex)["flows"] if f["line"] == 7}
    assert flows == {("生活支援課", "他の地方公共団体（名称不明）", "情報提供ネットワークシステム"),
                     ("他の地方公共団体（名称不明）", "生活支援課", "情報提供ネットワークシステム")}


def test_using_the_number_to_key_an_exchange_is_not_sending_it(lex):
    # (the network carries codes, not the number: what the minutes say moves is the data)
    assert not [f for f in analyse(INQUIRIES, lex)["flows"] if "my-number" in f["categories"]]


#: A town's vaccination minutes: records exchanged with the places people move between,
#: a printer whose name holds a particle's sound, allowed to re-entrust only with approval.
VACCINES = """令和7年度第2回朱鷺沢町個人情報保護審議会 会議録
日時 令和7年12月3日（水）午後1時30分から
議題（１） 予防接種記録の管理について
【健康推進課長】町外から転入された方や町外へ転出された方の接種記録については、情報提供ネットワークシステムを使用して、転出元及び転入先の市町村との間で照会及び提供を行っております。
議題（２） 接種券の印刷委託について
【健康推進課長】接種券の印刷及び封入封緘を株式会社ゆずりは印刷に委託することを予定しております。
【委員】印刷会社が、さらに別の会社に仕事を回すことはありますか。
【健康推進課長】再委託は原則として禁止いたしますが、町が事前に書面で承認した場合に限り、再委託を認めることといたします。
"""


def test_a_company_s_name_with_a_particle_s_sound_before_its_trade_is_whole(lex):
    # nc65 W5: 株式会社ゆずりは印刷 was cut to 株式会社ゆずり (は read as a topic)
    names = {e["label"] for e in analyse(VACCINES, lex)["entities"]}
    assert "株式会社ゆずりは印刷" in names and "株式会社ゆずり" not in names


def test_a_re_entrustment_the_town_may_approve_is_the_contractor_s(lex):
    # nc65 M7: 町が…承認した場合に限り、再委託を認める: no re-entrustment at all
    rels = [(r["subject"], r["permission"]) for r in analyse(VACCINES, lex)["relations"] if r["type"] == "re-entrusts"]
    assert rels == [("株式会社ゆずりは印刷", "requires-approval")]


def test_records_exchanged_with_the_places_people_move_between_are_the_topic_s(lex):
    # nc65 M2: 転出元及び転入先の市町村との間で照会及び提供: no flow; and the data is the
    # sentence's topic (接種記録については), not borrowed from elsewhere
    flows = {(f["from"], f["to"], tuple(f["categories"]), f["via"]) for f in analyse(VACCINES, lex)["flows"] if f["line"] == 4}
    other = "転出元及び転入先の市町村（名称不明）"
    assert flows == {("健康推進課", other, ("new:接種記録",), "情報提供ネットワークシステム"),
                     (other, "健康推進課", ("new:接種記録",), "情報提供ネットワークシステム")}


#: An education board's page: each item ends with a table of its contractors, one with a
#: named subcontractor, one with none.
CONTRACTORS = """有明浜市個人情報保護審議会（第3回）会議録
開催日時 令和7年11月12日（水）午後2時
議題1　学習支援クラウドサービスの導入について（諮問第8号）
会長　それでは議題1について、教育委員会から説明をお願いします。
学校教育課長　市立小中学校では、令和8年4月から、株式会社ともしびラボが提供する学習支援クラウドサービス「ノートリンク」を導入する予定です。
会長　議題1は承認することといたします。
委託先一覧
委託先\t委託内容\t取り扱う個人情報\t再委託先
株式会社ともしびラボ\t学習支援クラウドサービスの提供及び運用\t学年・組、学習ログ\t株式会社みなみ風データセンター（サーバの設置及び保守）
議題2　市立学校への防犯カメラの設置について（諮問第9号）
学務課長　カメラ及び録画装置の保守は株式会社みさき防犯に委託いたします。
会長　議題2は承認いたします。
委託先一覧
委託先\t委託内容\t取り扱う個人情報\t再委託先
株式会社みさき防犯\t防犯カメラ及び録画装置の保守\t録画映像\tなし
"""


def test_a_table_of_contractors_entrusts_each_and_re_entrusts_whom_it_names(lex):
    # nc65 M6: the 委託先一覧 tables (委託先 | … | 再委託先) were not read at all
    rels = {(r["type"], r["subject"], r["object"], r.get("permission")) for r in analyse(CONTRACTORS, lex)["relations"]
            if r["line"] == 9}
    assert ("entrusts", "教育委員会", "株式会社ともしびラボ", None) in rels
    assert ("re-entrusts", "株式会社ともしびラボ", "株式会社みなみ風データセンター", None) in rels
    flows = {(f["from"], f["to"]) for f in analyse(CONTRACTORS, lex)["flows"] if f["line"] == 9}
    assert ("株式会社ともしびラボ", "株式会社みなみ風データセンター") in flows


def test_none_in_the_subcontractor_column_forbids_re_entrusting(lex):
    rels = [(r["type"], r["subject"], r.get("permission")) for r in analyse(CONTRACTORS, lex)["relations"]
            if r["line"] == 15 and r["type"] == "re-entrusts"]
    assert rels == [("re-entrusts", "株式会社みさき防犯", "forbidden")]


def test_an_entrustment_said_in_prose_and_restated_by_the_table_is_one(lex):
    rels = [r for r in analyse(CONTRACTORS, lex)["relations"]
            if r["type"] == "entrusts" and r["object"] == "株式会社みさき防犯"]
    assert len(rels) == 1 and rels[0]["line"] == 11 and 15 in [q["line"] for q in rels[0]["also"]]



#: A cloud learning service: its company, its subcontractor named as 同社's, and what the
#: company may not do said of 同社 after.
LEARNING = """有明浜市個人情報保護審議会（第3回）会議録
開催日時 令和7年11月12日（水）午後2時
議題1　学習支援クラウドサービスの導入について（諮問第8号）
学校教育課長　ノートリンクに登録する情報は、学年・組及び学習ログであり、児童生徒の氏名は登録いたしません。
学校教育課長　サービスの運用は株式会社ともしびラボが行い、サーバの設置及び保守は、同社から株式会社みなみ風データセンターに再委託されます。データは国内のデータセンターにのみ保存されます。
学校教育課長　契約において、同社が学習ログを広告や営業活動に利用することを禁止しております。
"""


def test_the_company_a_sentence_names_only_as_its_subcontractor_is_not_the_next_one(lex):
    # nc65 W4: 同社 after …同社から株式会社Bに再委託されます was B, so the contractor's ban
    # went to the subcontractor
    excluded = {a["party"] for a in analyse(LEARNING, lex)["access"] if a["line"] == 6}
    assert excluded == {"株式会社ともしびラボ"}


def test_a_bare_word_the_company_just_named_ends_with_is_that_company(lex):
    # nc65 W1: データセンター became an unnamed data centre that took the pupils' names
    p = analyse(LEARNING, lex)
    assert not [e for e in p["entities"] if e["type"] == "unnamed-party" and "データセンター" in e["label"]]
    assert not [f for f in p["flows"] if "name" in f["categories"]]


def test_a_heading_s_hand_over_the_body_lists_item_by_item_is_that_one(lex):
    # nc65 W11: 議題（１）予防接種記録の…システムへの登録について was a flow of its own beside
    # the body's, which lists the record's items
    text = """令和7年度第2回朱鷺沢町個人情報保護審議会 会議録
日時 令和7年12月3日（水）午後1時30分から
議題（１） 予防接種記録のワクチン接種記録システムへの登録について
【健康推進課長】健康推進課は、接種を受けた方の氏名、生年月日及び接種日を、週1回、ワクチン接種記録システムに登録しております。
"""
    flows = [(f["line"], f["categories"]) for f in analyse(text, lex)["flows"]]
    assert len(flows) == 1 and flows[0][0] == 4
    assert {"name", "date-of-birth", "vaccination-record"} <= set(flows[0][1])


def test_the_place_an_item_s_heading_is_about_is_not_its_department(lex):
    # nc65 W10: 市立学校への防犯カメラの設置 made 市立学校 the item's department, and so the
    # giver of its hand-overs
    text = """有明浜市個人情報保護審議会（第3回）会議録
開催日時 令和7年11月12日（水）午後2時
議題2　市立学校への防犯カメラの設置について（諮問第9号）
学務課長　有明浜警察署から書面での依頼があった場合に限り、映像を有明浜警察署に提供いたします。
"""
    p = analyse(text, lex)
    assert [i["department"] for i in p["agenda_items"]] == ["学務課"]
    assert [f["from"] for f in p["flows"]] == ["学務課"]
