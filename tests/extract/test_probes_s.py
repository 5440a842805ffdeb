"""Session 34: readings found wrong or missing in new minutes (nc57, nc58) and in
probes of my own, read with the bundled registry; each test failed before its change
unless it says it is a guard."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: An item a body's head explains (a city's own 児童相談所), whose first sentence also
#: names the schools it will share with.
EXPLAINED = """令和8年度第3回錦ヶ原市個人情報保護審議会 会議録
日時　令和8年11月20日（金）午後2時
諮問第11号　児童相談所の記録を警察及び学校と共有することについて
○児童相談所長　諮問第11号について御説明申し上げます。
○児童相談所長　今回お諮りいたしますのは、児童記録票の一部を、錦ヶ原警察署及び市立小中学校と共有することについてでございます。
○児童相談所長　児童の氏名、生年月日及び住所を、錦ヶ原警察署生活安全課に暗号化した電子メールで、その都度提供いたします。
"""


def test_the_head_who_explains_the_item_gives_what_it_leaves_unsaid(lex):
    # nc57 W (l.19): 市立小中学校 gave the police the child's data, being the first
    # department the item's sentences name
    flows = analyse(EXPLAINED, lex)["flows"]
    [police] = [f for f in flows if f["line"] == 6]
    assert (police["from"], police["to"]) == ("児童相談所", "錦ヶ原警察署生活安全課")


#: A contractor that may ask a department and be answered, in an opinion on a plan.
INQUIRY = """藤見沢町個人情報保護審査会　答申
令和８年１２月１１日
生活困窮者自立相談支援事業に係る個人情報の取扱いについて（答申）
　令和８年１１月１７日付けで諮問のあった標記の件について、次のとおり答申する。
1. 諮問の内容
(1) 自立相談支援窓口の民間委託
　町は、自立相談支援窓口の運営業務を、公募により選定する事業者（以下「受託者」という。）に委託する。
　受託者は、相談者の氏名、住所及び職歴を、町が貸与する相談支援システムに入力する。
　また、受託者は、相談者本人の同意がある場合に限り、障害福祉課に電話で照会して障害者手帳の等級の回答を受けることができる。
"""


def test_who_is_asked_answers_with_what_the_answer_names(lex):
    # nc57 W7: the contractor's inquiry went to 障害福祉課 with the data of the sentence
    # before, current; the answer comes back, planned like the rest of the contract
    flows = analyse(INQUIRY, lex)["flows"]
    [answer] = [f for f in flows if f["line"] == 9]
    assert answer["from"] == "障害福祉課" and answer["to"].endswith("受託者（名称不明）")
    assert answer["categories"] == ["disability"]
    assert answer["channel"] == "telephone-line"
    assert answer["status"] == "planned"


#: A provision to start next year, whose data is about benefits being ended (廃止決定).
ENDED_BENEFIT = """藤見沢町個人情報保護審査会　答申
令和８年１２月１１日
生活保護情報の提供について（答申）
　令和８年１１月１７日付けで諮問のあった標記の件について、次のとおり答申する。
1. 諮問の内容
　福祉課は、生活保護の廃止決定を受けた世帯のうち本人の同意を得た世帯について、世帯主の氏名、住所及び保護廃止の理由を、町社会福祉協議会に提供する。
"""


def test_a_benefit_ended_is_what_the_data_is_about_not_the_flow_s_status(lex):
    # nc57 W5: 廃止決定 read as the flow's own end: "replaced"; it is to start
    flows = analyse(ENDED_BENEFIT, lex)["flows"]
    [given] = [f for f in flows if f["line"] == 6]
    assert given["status"] == "planned"


def test_a_numbered_heading_ends_before_an_indented_paragraph(lex):
    # nc57 U4: a PDF's heading line of 23 characters wrapped into the paragraph under
    # it, so the flow's quote began with the heading
    text = ENDED_BENEFIT.replace("1. 諮問の内容\n", "1. 諮問の内容\n(1) 社会福祉協議会への生活保護情報の提供\n")
    [given] = [f for f in analyse(text, lex)["flows"] if f["to"].endswith("社会福祉協議会")]
    assert given["line"] == 7 and given["quote"].startswith("福祉課は、")
    assert "wrapped" not in given


#: A report on a server's renewal next year, done by the company that maintains it now.
RENEWAL = """令和8年度第4回霞ヶ丘市個人情報保護審議会 会議結果
日時　令和8年12月4日（金）午後2時
報告第1号　コミュニケーションサーバの機器更新について
CSは市庁舎内のサーバ室に設置している。
コミュニケーションサーバ（以下「CS」という。）の機器更新は令和9年2月に行い、その作業は、CSの保守を行っている株式会社ことぶき情報システムが実施する。
"""


def test_who_maintains_a_system_now_is_current_whatever_the_main_clause_plans(lex):
    # nc57 W19: 保守を行っている株式会社… was "planned", the renewal's date
    rels = analyse(RENEWAL, lex)["relations"]
    [kept] = [r for r in rels if r["type"] == "maintains"]
    assert kept["subject"] == "株式会社ことぶき情報システム" and kept["status"] == "current"


#: An answer naming both servers of 住基ネット, J-LIS's after its definition.
JUKI = """令和8年度第4回霞ヶ丘市個人情報保護審議会 会議結果
日時　令和8年12月4日（金）午後2時
諮問第3号　住民記録システムのガバメントクラウドへの移行について
（市民課長）異動があった都度、住民記録システムからコミュニケーションサーバ（以下「CS」という。）を経由して、長野県の都道府県サーバ及び地方公共団体情報システム機構（以下「機構」という。）の全国サーバに本人確認情報を送信する。
"""


def test_both_servers_get_the_data_and_each_is_hosted_by_its_body(lex):
    # nc57 W12: the definition between the two servers cut the list (only 全国サーバ), and
    # nothing tied 全国サーバ to J-LIS, so no route reached J-LIS
    found = analyse(JUKI, lex)
    assert sorted(f["to"] for f in found["flows"] if f["line"] == 4) == ["全国サーバ", "都道府県サーバ"]
    hosts = {(r["subject_id"] or r["subject"], r["object"]) for r in found["relations"] if r["type"] == "hosts"}
    assert {("jlis", "全国サーバ"), ("長野県", "都道府県サーバ")} <= hosts


#: An answer by the head of a department the item's heading does not name.
ANSWERED_BY_HEAD = """令和8年度第4回霞ヶ丘市個人情報保護審議会 会議結果
日時　令和8年12月4日（金）午後2時
諮問第3号　住民記録システム及び税務システムのガバメントクラウドへの移行について
事務局（情報政策課）から説明があった。
（委員）税務のデータは外部に出るのか。
（税務課長）地方税共同機構が運営するeLTAXを通じて、給与支払報告書のデータを事業者から受け取っている。
"""


def test_the_head_who_answers_receives_for_the_department_the_label_names(lex):
    # nc57 W16: 給与支払報告書 went to 情報政策課, the item's department, not to 税務課
    # whose head answered (the giver, 事業者, is still read as the item's contractor)
    flows = analyse(ANSWERED_BY_HEAD, lex)["flows"]
    [report] = [f for f in flows if f["line"] == 6]
    assert report["to"] == "税務課"


#: A question on the way that stopped, answered with the stop-gap way now used.
STOP_GAP = """令和8年度第3回錦ヶ原市個人情報保護審議会 会議録
日時　令和8年11月20日（金）午後2時
諮問第11号　児童相談所の記録を警察と共有することについて
○児童相談所長　諮問第11号について御説明申し上げます。
　児童の氏名、生年月日及び住所を、錦ヶ原警察署に暗号化した電子メールで、その都度提供いたします。この提供は、令和9年4月1日から開始する予定でございます。
　なお、これまで警察署への連絡はファクスで行っておりましたが、令和8年3月末をもってファクスによる送付は廃止いたしました。
　また、警察署に対しても、心理診断及び医学診断の結果は提供いたしません。
○林委員　ファクスを廃止したとのことですが、電子メールが始まるまでの間はどうしているのですか。
○児童相談所長　現在は、同じ項目を電話により口頭でお伝えしております。
"""


def test_the_same_items_now_go_the_way_the_answer_says_to_whom_the_question_meant(lex):
    # nc57 M1: the stop-gap telephone flow to the police was missed
    flows = analyse(STOP_GAP, lex)["flows"]
    [phone] = [f for f in flows if f["line"] == 9]
    assert (phone["from"], phone["to"], phone["channel"], phone["status"]) == (
        "児童相談所", "錦ヶ原警察署", "telephone-line", "current")
    assert {"name", "date-of-birth", "address"} <= set(phone["categories"])


def test_medical_and_psychological_findings_are_health_data(lex):
    # nc57 M3: 心理診断及び医学診断の結果は提供いたしません excluded nothing
    access = analyse(STOP_GAP, lex)["access"]
    [denied] = [a for a in access if a["line"] == 7]
    assert denied["party"] == "錦ヶ原警察署" and denied["categories"] == ["health"]


#: A federation re-entrusts the running of its system to a cloud company, which will run
#: it in its own centre; the maintainer stays.
RE_ENTRUSTED_RUNNING = """令和8年度第3回錦ヶ原市個人情報保護審議会 会議録
日時　令和8年11月20日（金）午後2時
諮問第12号　審査支払システムの運用の再委託について
○介護保険課長　本市は、介護給付費の審査及び支払の事務を、潮凪県国民健康保険団体連合会（以下「国保連」という。）に委託しております。
○介護保険課長　今回、国保連では、審査支払システムをクラウドサービスに移行し、その運用を株式会社あかつきクラウドに再委託することとなりました。移行は令和9年1月の予定でございます。
○介護保険課長　株式会社あかつきクラウドは、国内にある同社のデータセンターでシステムを運用いたしますが、同社の社員がデータの内容を閲覧することはできない設定となっております。
○介護保険課長　また、システムの保守は、引き続き潮凪情報サービス株式会社が行います。
"""


def test_a_company_runs_the_system_it_is_to_be_entrusted_with_once_it_is(lex):
    # nc57 M4: …でシステムを運用いたします proposed nothing (a bare システムを), and the
    # company so had no access at all
    rels = analyse(RE_ENTRUSTED_RUNNING, lex)["relations"]
    [runs] = [r for r in rels if r["type"] == "operates"]
    assert (runs["subject"], runs["object"], runs["status"]) == ("株式会社あかつきクラウド", "審査支払システム", "planned")


def test_a_work_s_quote_goes_on_to_who_does_it(lex):
    # nc57 U4: the maintainer's quote was 「また、システムの保守は、」, without the company
    rels = analyse(RE_ENTRUSTED_RUNNING, lex)["relations"]
    [kept] = [r for r in rels if r["type"] == "maintains"]
    assert kept["quote"] == "○介護保険課長　また、システムの保守は、引き続き潮凪情報サービス株式会社が行います。"
    assert kept["status"] == "current"


#: A council's own word for its item; a re-entrustment allowed for one work, and a ban on
#: another work's.
CONDITIONED = """令和８年度第２回鷲尾町個人情報保護審査会の結果について
開催日　令和８年８月２６日（水）
■審査案件第３号　福祉総合システムのオンライン結合について（福祉課）
　福祉総合システムの保守は株式会社くぬぎ電算に委託しております。
　同社からは、ハードウェア保守の一部を株式会社カナエ技研に再委託したいとの申出がございました。
　審査の結果、本件は次の条件を付して承認することとしました。
（１）株式会社カナエ技研への再委託は、ハードウェア保守に限り認める。
（２）ソフトウェア保守の再委託は認めない。
"""


def test_a_re_entrustment_allowed_for_one_work_is_not_banned_by_another_work_s_ban(lex):
    # nc58 W1: drafted as forbidden (the ban of (2) was read as this one's)
    rels = analyse(CONDITIONED, lex)["relations"]
    [onward] = [r for r in rels if r["type"] == "re-entrusts" and r["object"] == "株式会社カナエ技研"]
    assert onward["permission"] == "allowed"


def test_an_item_the_council_calls_its_own_way_keeps_its_number(lex):
    # nc58 W6: ■審査案件第３号 was item "1", its title opening with ■
    [item] = analyse(CONDITIONED, lex)["agenda_items"]
    assert item["number"] == "3" and item["title"] == "福祉総合システムのオンライン結合"


#: A denial that adds data with も, naming no party, after a denial of a department.
ALSO_DENIED = """令和8年度第2回鳴神谷市個人情報保護審議会　会議要旨
日時　令和8年10月15日（木）午後2時
諮問第21号　高齢者の保健事業に係る個人情報の提供について（保険年金課）
事務局：
・本市は現在も、国保被保険者の資格情報をLGWAN経由で毎月凪沢県国民健康保険団体連合会に提供しているが、個人番号は含まれない。
・保険年金課から健康推進課へ、対象者の氏名及び健診結果を庁内LANで年2回提供する予定である。
・ただし、レセプトの傷病名は健康推進課には提供しない。個人番号も渡さない。
"""


def test_a_denial_that_adds_data_with_mo_is_of_the_party_denied_just_before(lex):
    # nc58 W2: 個人番号も渡さない went to the federation of two lines before
    access = analyse(ALSO_DENIED, lex)["access"]
    assert {a["party"] for a in access if a["line"] == 7} == {"健康推進課"}
    [kept] = [a for a in access if a["line"] == 7]
    assert "my-number" in kept["categories"]


def test_a_system_s_data_that_hold_the_number_kept_from_a_party_involve_my_number(lex):
    # nc58 W3: 個人番号を含む…データにアクセスしてはならない read as "no number here"
    text = CONDITIONED + "　　　同社は個人番号を含む福祉総合システムのデータにアクセスしてはならない。\n"
    assert analyse(text, lex)["my_number_involved"] is True
    assert analyse(CONDITIONED, lex)["my_number_involved"] is False


def test_an_id_said_to_have_nothing_to_do_with_the_number_does_not_involve_it(lex):
    # nc58 W4: a table row 「…ID　個人番号とは無関係」 made My Number "yes"
    text = CONDITIONED + "学習用アカウントID\t教育委員会が付番するID\t個人番号とは無関係\n"
    assert analyse(text, lex)["my_number_involved"] is False


def test_the_flows_of_an_item_the_council_examines_are_planned_unless_said_to_run(lex):
    # nc58 W5: flows of 審査案件第３号 said in the plain present were "current"
    text = CONDITIONED.replace("　審査の結果", "　福祉総合システムから中間サーバーへは、受給資格情報を毎日夜間に登録いたします。\n　審査の結果")
    [flow] = [f for f in analyse(text, lex)["flows"] if f["to"] == "中間サーバー"]
    assert flow["status"] == "planned"


#: A report under its section heading, its title and department on a line of their own.
REPORTED = """令和8年度第2回鳴神谷市個人情報保護審議会　会議要旨
日時　令和8年10月15日（木）午後2時
2　諮問事項
諮問第21号　高齢者の保健事業に係る個人情報の提供について（保険年金課）
・保険年金課から健康推進課へ、対象者の氏名を庁内LANで年2回提供する予定である。
・審議の結果、諮問第21号については適当であるとの答申を行うこととした。

3　報告事項
国民健康保険システムのクラウド移行について（保険年金課）
・国民健康保険システムを、令和9年1月から株式会社テラノートが提供するクラウドサービスに移行する。
・データは暗号化して保存され、株式会社テラノートの社員はデータを閲覧できない。
・報告事項については、委員から特段の意見はなく、了承された。
"""


def test_a_report_headed_by_its_title_and_department_is_an_item_of_its_own(lex):
    # nc58 M4/W8: the report was no item, and its facts went to the approved 諮問第21号
    found = analyse(REPORTED, lex)
    [report] = [i for i in found["agenda_items"] if i["type"] == "report"]
    assert report["title"] == "国民健康保険システムのクラウド移行" and report["outcome"] == "noted"
    [kept] = [a for a in found["access"] if a["party"] == "株式会社テラノート"]
    assert kept["item"] == report["key"]


def test_data_a_system_is_said_to_keep_goes_into_that_system(lex):
    # nc58 M3: 同システムは…に設置され、個人番号を含む被保険者情報を保存する gave no fact,
    # so who-can-see 個人番号 found nobody at the cloud vendor
    text = REPORTED.replace("・データは暗号化", "・同システムは同社の国内データセンターに設置され、個人番号を含む被保険者情報を保存する。\n・データは暗号化")
    [kept] = [f for f in analyse(text, lex)["flows"] if f["to"] == "国民健康保険システム"]
    assert "my-number" in kept["categories"] and kept["status"] == "planned"


#: A listing whose titles wrap onto a line hanging under them; one holds a product's name
#: in quotes.
LISTED = """令和8年度第3回桐ヶ沢市個人情報保護審議会　会議録
1　日時　令和8年11月12日（木）　午前10時00分～午前11時40分
5　議題
　（1）諮問第8号　学習支援プラットフォーム「まなびの森」導入に伴う児童生徒の
　　　個人情報の外部提供について（教育委員会学校教育課）
　（2）諮問第9号　地域包括支援センター運営業務の委託に伴う介護保険情報の提供に
　　　ついて（介護保険課）
【議題（1）諮問第8号について】
○学校教育課長　利用に当たり、教育委員会から株式会社みなもとラーニングに児童生徒の氏名を提供いたします。
"""


def test_a_listed_title_goes_on_over_its_hanging_line_and_past_a_quoted_name(lex):
    # nc58 W7: both titles were cut at the wrap (the second line became an item of its
    # own), and the first again at 「まなびの森」
    titles = sorted(i["title"] for i in analyse(LISTED, lex)["agenda_items"])
    assert titles == ["地域包括支援センター運営業務の委託に伴う介護保険情報の提供",
                      "学習支援プラットフォーム「まなびの森」導入に伴う児童生徒の個人情報の外部提供"]


def test_a_hand_over_with_no_recipient_goes_to_the_contractor_just_entrusted(lex):
    # nc58 M1: the monthly paper list for the care centre was missed (no recipient said)
    text = LISTED + ("【議題（2）諮問第9号について】\n"
                     "○介護保険課長　本市は、北部地域包括支援センターの運営を社会福祉法人あすなろ福祉会に委託しております。"
                     "現在は、要介護認定を受けた方の氏名、住所及び要介護度を記載した一覧表を、毎月紙で手渡ししております。\n")
    [given] = [f for f in analyse(text, lex)["flows"] if f["to"] == "社会福祉法人あすなろ福祉会"]
    assert (given["from"], given["channel"], given["status"]) == ("介護保険課", "paper", "current")
    assert {"name", "address", "care-level"} <= set(given["categories"])


def test_an_approval_on_conditions_keeps_them_with_their_quotes(lex):
    # nc58 M6: approved-with-conditions, and none of the three conditions recorded
    text = CONDITIONED.replace("（２）", "　　　同社は個人番号を含むデータにアクセスしてはならない。\n（２）")
    [item] = analyse(text, lex)["agenda_items"]
    assert item["outcome"] == "approved-with-conditions"
    assert item["conditions"] == ("（１）株式会社カナエ技研への再委託は、ハードウェア保守に限り認める。 "
                                  "同社は個人番号を含むデータにアクセスしてはならない。 "
                                  "（２）ソフトウェア保守の再委託は認めない。")
    assert [q["line"] for q in item["also"]] == [7, 8, 9]


def test_a_new_category_goes_under_the_one_its_name_ends_with(lex):
    # nc58 W13: 医療レセプト情報 was drafted under personal-information, so who-can-see
    # レセプト missed its flow
    assert lex.category_under("医療レセプト情報") == "receipt"
    assert lex.category_under("保護廃止の理由") == "personal-information"


def test_conditions_marked_with_kana_end_where_the_next_section_begins(lex):
    # (reread of b607af6: ア　… were missed, the text having lost its spaces; and a list of
    # （1）… must not run on into ２　審議の経過)
    text = ENDED_BENEFIT + ("3. 結論\n　以上のことから、本件諮問に係る個人情報の取扱いは適当であると認める。ただし、"
                            "実施に当たっては、次の事項を遵守されたい。\nア　再委託先の名称が決まった時点で、当審査会に報告すること。\n"
                            "イ　社協は、提供を受けた情報を、目的外に利用しないこと。\n２　審議の経過\n")
    [item] = [i for i in analyse(text, lex)["agenda_items"] if i["outcome"] == "approved-with-conditions"]
    assert item["conditions"] == ("ア　再委託先の名称が決まった時点で、当審査会に報告すること。 "
                                  "イ　社協は、提供を受けた情報を、目的外に利用しないこと。")


def test_a_bare_system_after_a_bullet_is_the_item_s_system(lex):
    # nc58 M8: ・システムの運用保守は、…株式会社鷲尾ソフトに委託する gave no work on the system
    text = REPORTED.replace("・データは暗号化", "・システムの運用保守は、引き続き株式会社鷲尾ソフトに委託する。\n・データは暗号化")
    works = {(r["type"], r["subject"], r["object"]) for r in analyse(text, lex)["relations"]}
    assert ("operates", "株式会社鷲尾ソフト", "国民健康保険システム") in works
