"""Session 36: readings found wrong or missing in new minutes (nc59 leftovers: a union's
member towns) and in probes of my own, read with the bundled registry; each test failed
before its change unless it says it is a guard."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: A union of three towns: its members named once, then as 構成町村; two towns joined as
#: one subject against a third that brings its data by hand until a stated month.
UNION = """東雲広域連合個人情報保護審議会　会議録
開催日時　令和7年9月18日（木）午後2時
議事（１）　介護保険システムの課税情報の受領について
〔事務局長〕　当広域連合は、朝霧町、夕凪町及び星ノ森村の３町村で構成しております。
〔事務局長〕　構成町村は、被保険者の住所異動情報を、毎日、ＬＧＷＡＮを経由して当広域連合の介護保険システム「しののめケア」に送信しております。
〔保険課長〕　朝霧町及び星ノ森村は、課税情報をＬＧＷＡＮ経由で毎月送信しておりますが、夕凪町はＵＳＢメモリに記録し、職員が毎月持参して当広域連合に提出しております。
〔保険課長〕　夕凪町からのＵＳＢメモリによる受領は令和７年１２月末日をもって終了し、令和８年１月からはＬＧＷＡＮ経由の送信に切り替えます。
"""


def _flows(proposal, line):
    return sorted((f["from"], f["to"], f["status"], f["channel"]) for f in proposal["flows"] if f["line"] == line)


def test_a_unions_member_word_stands_for_each_member_town(lex):
    # nc59 W4: 構成町村は…送信 gave the union itself (北嶺広域連合 → its own system), and
    # the towns were no party at all; 星ノ森村 (ノ in a place's name) was no municipality
    proposal = analyse(UNION, lex)
    assert _flows(proposal, 5) == [(town, "しののめケア", "current", "lgwan")
                                   for town in ("夕凪町", "星ノ森村", "朝霧町")]
    # (the word is no party of its own beside the towns it stands for)
    labels = {e["label"]: e["type"] for e in proposal["entities"]}
    assert labels["星ノ森村"] == "municipality" and not [k for k in labels if "構成町村" in k]


def test_a_system_named_by_kind_and_product_gives_no_data_of_its_kind(lex):
    # nc59 W4: 介護保険システム「ほくれいケアＮＥＸＴ」 put 介護情報 on the towns' move
    [flow, *_] = [f for f in analyse(UNION, lex)["flows"] if f["line"] == 5]
    assert flow["categories"] == ["new:住所異動情報"]


def test_towns_joined_as_one_subject_each_give_and_the_contrast_clause_shares_the_union(lex):
    # nc59 M1/W4: 白樺町及び湯ノ沢村は、…送信しておりますが、鷲尾町は…当広域連合に提出 gave
    # nothing for the two towns (the parse hung their topic on 提出), and 鷲尾町's hand-over
    # carried unspecified data
    proposal = analyse(UNION, lex)
    assert _flows(proposal, 6) == [("夕凪町", "東雲広域連合", "current", "hand-delivery"),
                                   ("星ノ森村", "東雲広域連合", "current", "lgwan"),
                                   ("朝霧町", "東雲広域連合", "current", "lgwan")]
    assert {tuple(f["categories"]) for f in proposal["flows"] if f["line"] == 6} == {("income-tax",)}


def test_a_way_that_ends_for_one_town_leaves_the_others_and_starts_a_new_way(lex):
    # nc59 M1: the sentence on 夕凪町's hand-over ending made every flow before it planned;
    # now only that town's old way gets a planned successor, over LGWAN
    proposal = analyse(UNION, lex)
    assert _flows(proposal, 7) == [("夕凪町", "東雲広域連合", "planned", "lgwan")]
    assert all(f["status"] == "current" for f in proposal["flows"] if f["line"] == 6)


#: The same word with no members named before: one unnamed party, never the union.
NO_MEMBERS = """東雲広域連合個人情報保護審議会　会議録
開催日時　令和7年9月18日（木）午後2時
議事（１）　後期高齢者医療システムの更新について
〔事務局長〕　構成市町村は、被保険者の住所異動情報を、毎日、ＬＧＷＡＮを経由して当広域連合の後期高齢者医療システムに送信しております。
"""


def test_a_member_word_with_no_members_named_is_one_unnamed_group(lex):
    # nc59 W4: the union was read as the giver to its own system
    [flow] = analyse(NO_MEMBERS, lex)["flows"]
    assert (flow["from"], flow["to"]) == ("構成市町村（名称不明）", "後期高齢者医療システム")


#: An assembly's order of business: 日程第N with the 諮問 number after the title, each item
#: called again in the body.
ORDER_OF_BUSINESS = """令和七年第二回浅葱町個人情報保護審議会会議録
一　日　時　令和七年八月二十日（水曜日）午前十時開会
一　会議に付した事件
　日程第１　避難行動要支援者名簿の外部提供について（諮問第５号）
　日程第２　介護保険システムの保守の委託について（諮問第６号）
○会長（川村）
　日程第１、避難行動要支援者名簿の外部提供について（諮問第５号）を議題といたします。
○福祉課長（大野）
　福祉課は、避難行動要支援者名簿を、毎年四月に、民生委員に紙で手渡ししております。
○会長（川村）
　次に、日程第２、介護保険システムの保守の委託について（諮問第６号）を議題といたします。
○介護保険課長（森）
　介護保険システムの保守を株式会社あさぎ電算に委託しております。
"""


def test_items_of_an_order_of_business_open_where_the_chair_calls_them(lex):
    # nc60 W3/W10: 日程第１、…（諮問第３号）を議題といたします opened nothing, so every fact
    # went to the item listed last, and the titles began with 日程第1
    proposal = analyse(ORDER_OF_BUSINESS, lex)
    items = {i["key"]: i["title"] for i in proposal["agenda_items"]}
    assert items == {"consultation-5": "避難行動要支援者名簿の外部提供",
                     "consultation-6": "介護保険システムの保守の委託"}
    [given] = [f for f in proposal["flows"] if f["line"] == 9]
    assert given["item"] == "consultation-5"
    [entrusted] = [r for r in proposal["relations"] if r["type"] == "entrusts"]
    assert entrusted["item"] == "consultation-6"


#: A summary in a narrow column: the listing's number on its own line, the title wrapped
#: below it; long sentences wrapped over five lines; answers labelled by department.
NARROW = """霞浦市個人情報保護審議会 令和7年度第3回　会議概要
令和7年10月9日（木）午後2時から
４　議題
（１）諮問第8号
要保護児童対策地域協議会における個人情報の
共有について（こども支援課）
（２）報告第4号
学習用端末のデータの保管について（教育委
員会学務課）
５　会議の概要
（１）諮問第8号について
（ア）こども支援課は、児童虐待の通告記録の
うち、児童の氏名、生年月日及び援助方針を、
月1回開催する実務者会議において、紙資料に
より霞浦県東部児童相談所と共有している。会
議終了後、紙資料は回収する。
（イ）霞浦警察署とは、個別ケース検討会議に
おいて、必要な場合に限り、口頭で情報を共有
する。ただし、生活保護の受給状況は警察署に
は提供しない。
（ウ）要対協の資料には、個人番号は記載して
いない。
（２）報告第4号について
（ア）児童生徒の学習履歴及び毎朝の健康観察
の記録は、株式会社みずうみ教育が提供する学
習支援クラウド「みずうみノート」に保存され
ている。「みずうみノート」は同社のデータセ
ンターに設置され、同社が運用している。
（イ）委員：健康観察の記録は要対協で使われる
のか。
学務課：健康観察の記録は学校内でのみ利用し
、児童相談所や警察には提供しない。
報告第4号については、了承された。
"""


def test_a_listings_number_on_its_own_line_keeps_the_kind_and_number(lex):
    # nc60 W5/W3: （１）諮問第5号 over its title made item "1", its body call opened
    # nothing, and the report was read as a consultation
    proposal = analyse(NARROW, lex)
    items = {i["key"]: (i["type"], i["title"], i["outcome"]) for i in proposal["agenda_items"]}
    assert items["consultation-8"][:2] == ("consultation", "要保護児童対策地域協議会における個人情報の共有")
    assert items["report-4"] == ("report", "学習用端末のデータの保管", "noted")
    assert {f["item"] for f in proposal["flows"] if f["line"] < 22} == {"consultation-8"}


def test_a_sentence_a_narrow_column_wraps_over_five_lines_is_quoted_whole(lex):
    # nc60 W1: only the last line (…と共有している。) was quoted; the giver four lines up was
    # lost to the reviewer
    proposal = analyse(NARROW, lex)
    [shared] = [f for f in proposal["flows"] if f["to"] == "霞浦県東部児童相談所"]
    assert shared["from"] == "こども支援課"
    assert shared["line"] == 15 and [w["line"] for w in shared.get("wrapped", [])] == [12, 13, 14]


def test_a_partner_set_off_as_topic_shares_information_named_as_such(lex):
    # nc60 M1: 霞浦警察署とは、…口頭で情報を共有する gave no flow; and the police were kept
    # from nothing (生活保護 was no data)
    proposal = analyse(NARROW, lex)
    shared = {(f["from"], f["to"]): f["categories"] for f in proposal["flows"] if f["line"] in (17, 18, 19)}
    assert shared == {("こども支援課", "霞浦警察署"): ["personal-information"],
                      ("霞浦警察署", "こども支援課"): ["personal-information"]}
    kept = {(a["party"], tuple(a["categories"])) for a in proposal["access"] if a["type"] == "excluded"}
    assert ("霞浦警察署", ("public-assistance",)) in kept


def test_a_papers_denial_is_not_of_the_party_of_the_sentence_before(lex):
    # nc60 W11: 要対協の資料には、個人番号は記載していない kept My Number from the police,
    # the topic of the sentence before
    # (of whom the papers went to: the 児童相談所 the item's 紙資料 are shared with)
    proposal = analyse(NARROW, lex)
    assert {a["party"] for a in proposal["access"] if "my-number" in a["categories"]} == {"霞浦県東部児童相談所"}


def test_the_topic_of_a_use_is_the_data_a_denied_hand_over_after_it_keeps(lex):
    # nc60 M2: 健康観察の記録は学校内でのみ利用し、児童相談所や警察には提供しない kept
    # nothing from anyone
    proposal = analyse(NARROW, lex)
    kept = {a["party"] for a in proposal["access"] if a["type"] == "excluded" and a["categories"] == ["health"]}
    assert kept == {"霞浦県東部児童相談所", "霞浦警察署"}


def test_data_a_product_in_brackets_stores_goes_into_that_product(lex):
    # nc60 M3: the topic list went to the relative clause's 提供する, so the cloud held
    # nothing, and 「みずうみノート」 said alone later was no system
    proposal = analyse(NARROW, lex)
    [stored] = [f for f in proposal["flows"] if f["to"] == "みずうみノート"]
    assert stored["categories"] == ["learning-history", "health"]
    relations = {(r["type"], r["subject"], r["object"]) for r in proposal["relations"]}
    assert {("provides", "株式会社みずうみ教育", "みずうみノート"),
            ("hosts", "株式会社みずうみ教育", "みずうみノート")} <= relations


#: Vaccination records: keyed in at the city's terminal, listed in the next sentence; an
#: inquiry made with My Number for another history; questionnaires sent back after a review.
VACCINES = """令和7年度第2回萌黄台市個人情報保護審議会　会議録
開催日時　令和7年10月2日（木）午後2時
報告第5号　予防接種記録の連携について
【健康推進課長】
本市は、予防接種の接種記録を、毎週、専用のタブレット端末からインターネット経由で予防接種台帳システムに登録しております。
予防接種台帳システムに登録する情報は、個人番号、氏名、生年月日及び接種日です。
転入された方の接種履歴は、個人番号を用いて、情報提供ネットワークシステムにより転出元の市町村に照会しております。
萌黄県国民健康保険団体連合会は、接種費用の審査を行った上で、予診票の原本を翌月に本市へ送付しております。
"""


def test_a_terminal_the_city_keys_in_at_gives_nothing_of_its_own(lex):
    # nc60 W7: the tablet was the giver (and so held My Number), and the list of what is
    # registered was a second flow beside the first
    proposal = analyse(VACCINES, lex)
    flows = [f for f in proposal["flows"] if f["to"] == "予防接種台帳システム"]
    assert [(f["from"], f["line"]) for f in flows] == [("萌黄台市", 5)]
    assert {"my-number", "name", "date-of-birth"} <= set(flows[0]["categories"])


def test_the_topic_of_an_inquiry_made_with_my_number_is_what_comes_back(lex):
    # nc60 W2: the answer was given the list of the sentence before, My Number included
    [answer] = [f for f in analyse(VACCINES, lex)["flows"] if f["line"] == 7]
    assert (answer["from"], answer["categories"]) == ("転出元の市町村（名称不明）", ["vaccination-record"])


def test_questionnaires_are_data_beside_a_fee(lex):
    # nc60 M4: 接種費用 made the hand-over of the questionnaires money, no one's data
    [back] = [f for f in analyse(VACCINES, lex)["flows"] if f["line"] == 8]
    assert (back["from"], back["to"], back["categories"]) == (
        "萌黄県国民健康保険団体連合会", "萌黄台市", ["medical-questionnaire"])


#: A roster system named in full, then shorter; one hand-over that has ended; the system
#: placed on a company's cloud service.
ROSTER_SYSTEM = """令和7年度第2回浅葱町個人情報保護審議会　会議録
開催日時　令和7年10月2日（木）午後2時
諮問第5号　避難行動要支援者名簿の管理について
【福祉課長】
福祉課は、避難行動要支援者名簿を、毎年四月に、民生委員に紙で手渡ししております。
これまで行っておりました消防団への名簿の貸出しは、令和七年三月三十一日をもって終了いたしました。
避難行動要支援者名簿管理システムは、株式会社あさぎクラウドが提供するクラウドサービス上に設置しております。
福祉課は、住民基本台帳システムから、毎月、住所の異動を抽出し、名簿管理システムに取り込みます。
"""


def test_a_system_named_shorter_later_is_the_same_system(lex):
    # nc60 W8: 名簿管理システム was a second system, so the residents' data it takes in never
    # reached the cloud the full name is placed on
    proposal = analyse(ROSTER_SYSTEM, lex)
    [taken] = [f for f in proposal["flows"] if f["line"] == 8]
    assert taken["to"] == "避難行動要支援者名簿管理システム"
    assert "名簿管理システム" not in {e["label"] for e in proposal["entities"]}


def test_a_lending_of_the_roster_that_ended_is_an_ended_flow(lex):
    # nc60 M5: 消防団への名簿の貸出しは…終了いたしました gave nothing (貸出し was no verb,
    # 消防団 alone no body, the bare 名簿 before the verb's noun no data)
    [lent] = [f for f in analyse(ROSTER_SYSTEM, lex)["flows"] if f["line"] == 6]
    assert (lent["from"], lent["to"], lent["status"]) == ("福祉課", "消防団（名称不明）", "ended")
    assert lent["categories"] == ["evacuation-support-roster"]


def test_a_system_placed_on_a_companys_cloud_service_is_hosted_by_it(lex):
    # nc60 M7 (a probe of my own): …が提供するクラウドサービス上に設置 named no host
    relations = {(r["type"], r["subject"], r["object"]) for r in analyse(ROSTER_SYSTEM, lex)["relations"]}
    assert ("hosts", "株式会社あさぎクラウド", "避難行動要支援者名簿管理システム") in relations


#: Two banks named together, then as 各金融機関 and 金融機関.
BANKS = """令和7年度第3回桔梗町個人情報保護審議会　会議録
開催日時　令和7年11月6日（木）午後2時
報告第2号　町民税の口座振替について
【税務課長】
町民税の口座振替は、桔梗信用金庫と北浦銀行の２行で取り扱っております。
毎月、口座番号及び振替金額を記録したＣＤ－Ｒを、職員が各金融機関に持参しております。
金融機関からは、振替結果の一覧を郵送で受け取ります。
"""


def test_a_group_word_after_the_bodies_named_together_stands_for_each(lex):
    # nc59 W5: the two banks named stayed 金融機関（名称不明） for 各金融機関
    flows = analyse(BANKS, lex)["flows"]
    assert sorted((f["from"], f["to"]) for f in flows if f["line"] == 6) == [
        ("税務課", "北浦銀行"), ("税務課", "桔梗信用金庫")]
    assert sorted(f["from"] for f in flows if f["line"] == 7) == ["北浦銀行", "桔梗信用金庫"]


#: An entrustment still to come and the ban its contract will carry.
BAN = """令和7年度第3回桔梗町個人情報保護審議会　会議録
開催日時　令和7年11月6日（木）午後2時
諮問第4号　名簿管理システムの保守の委託について
【総務課長】
名簿管理システムは、株式会社ききょう電算が提供するクラウドサービス上に設置し、住民の氏名及び住所を保存いたします。
システムの保守も同社に委託いたします。
同社が業務を第三者に再委託することは、契約により禁止いたします。
"""


def test_a_ban_the_contract_of_a_planned_entrustment_carries_is_planned_with_it(lex):
    # nc60 W13: the ban read as current beside the entrustment it belongs to, planned
    relations = analyse(BAN, lex)["relations"]
    [ban] = [r for r in relations if r.get("permission") == "forbidden"]
    assert ban["status"] == "planned" and [a["line"] for a in ban.get("also", [])] == [6]


#: A member asks whether the company's staff see "the data"; the answer says when they may.
SEEN = """令和7年度第3回桔梗町個人情報保護審議会　会議録
開催日時　令和7年11月6日（木）午後2時
報告第2号　学習用端末の保守について
学務課：学習用端末の保守は、株式会社ききょう電算に委託している。児童の氏名は端末に保存される。
委員：同社の社員がデータを見ることはあるのか。
学務課：障害対応のため、学校の許可を得た場合に限り、同社の保守担当者が閲覧することがある。
"""


def test_staff_who_may_see_data_the_question_names_by_no_narrower_word(lex):
    # nc60 M9: no incidental access, since the question said only データ
    [seen] = [a for a in analyse(SEEN, lex)["access"] if a["type"] == "incidental"]
    assert (seen["party"], seen["categories"], seen["line"]) == (
        "株式会社ききょう電算", ["personal-information"], 6)


#: An assembly's minutes as a PDF gives them: a line number in the margin of every line,
#: counting again from 1 on each page; items called by number alone.
MARGIN = """1 令和7年第2回桔梗町個人情報保護審議会会議録
2 日時　令和7年11月6日（木）午前10時開会
3 付議事件
4 　諮問第5号　個人住民税の特別徴収に係る電子的な受渡しについて
5 　諮問第6号　固定資産税システムの保守について
6 ○委員長　諮問第5号を議題といたします。
7 ○税務課長　町内の事業所は、従業員の給与支払報告書を、eLTAXを通じて本町に
8 提出しております。給与支払報告書には、従業員の氏名、住所、個人
9 番号及び給与の支払金額が記載されております。
10 ○委員長　よって、諮問第5号は承認されました。
－1－
1 　次に、諮問第6号を議題といたします。
2 ○税務課長　固定資産税システムの保守は株式会社ききょう電算に委託し
3 ております。
"""


def test_margin_line_numbers_are_no_part_of_the_text(lex):
    # nc61 W5/M2: the numbers split words (個人 / 15 番号), so the employers' report lost
    # its 個人番号, and quotes began with them
    proposal = analyse(MARGIN, lex)
    [report] = [f for f in proposal["flows"] if f["to"] == "桔梗町"]
    assert "my-number" in report["categories"]
    assert report["line"] == 8 and [w["line"] for w in report["wrapped"]] == [7]
    assert report["wrapped"][0]["quote"].startswith("○税務課長") and report["quote"].startswith("提出")


def test_an_item_called_by_number_alone_opens_its_section(lex):
    # nc61 W7: 次に、諮問第6号を議題といたします opened nothing; the entrustment went to 諮問第5号
    [entrusted] = [r for r in analyse(MARGIN, lex)["relations"] if r["type"] == "entrusts"]
    assert entrusted["item"] == "consultation-6" and entrusted["status"] == "current"


#: A CMS page's paragraphs: a centre run by a 社会福祉法人 with a name in kana; answers marked
#: Ｑ and Ａ; a university named in full, then as 大学.
CENTRE = """楓川市個人情報保護審議会（令和7年度第2回）会議録
開催日　令和7年9月17日
諮問第12号　地域包括支援センターへの介護保険情報の提供について
市は、北部地区の地域包括支援センターの運営を社会福祉法人ひだまり会に委託している。
介護保険課は、対象者名簿（氏名、住所、年齢）を、毎月、LGWANメールにより同法人に送付している。
Ｑ　センターの端末から個人番号は見えるのか。
Ａ　センターの端末では、個人番号は表示されない設定としている。
介護保険課は、国立大学法人楓川医科大学に要介護度及び年齢を提供する。
Ｑ　大学に提供する情報から個人を特定されるおそれはないのか。
Ａ　氏名、住所及び被保険者番号を削除し、研究用の番号に置き換えて提供する。対応表は市が保管し、大学には渡さない。
Ｑ　大学に個人番号を渡すことはあるのか。
Ａ　個人番号は提供しない。
"""


def test_a_kana_name_after_a_legal_form_of_three_words_is_that_body(lex):
    # nc61 W2/M4: 社会福祉法人はるかぜ会 was no party (はる|か|ぜ read as endings), so the
    # centre was entrusted and 同法人 pointed at nothing; 北部地区 was read as a ward
    proposal = analyse(CENTRE, lex)
    entrusted = {(r["subject"], r["object"]) for r in proposal["relations"] if r["type"] == "entrusts"}
    assert entrusted == {("楓川市", "社会福祉法人ひだまり会")}
    assert [f["to"] for f in proposal["flows"] if f["line"] == 5] == ["社会福祉法人ひだまり会"]
    assert "北部地区" not in {e["label"] for e in proposal["entities"]}


def test_an_answers_mark_is_no_part_of_a_name(lex):
    # nc61 W4: Ａ　センターの端末 made a party Aセンター (and Ｑ　センター one Qセンター)
    labels = {e["label"] for e in analyse(CENTRE, lex)["entities"]}
    assert not [label for label in labels if label.startswith(("A", "Q"))]


def test_an_answer_about_the_university_keeps_my_number_from_it_alone(lex):
    # nc61 W3: 大学 alone was no name, so the answer excluded every recipient, the police too
    kept = [a["party"] for a in analyse(CENTRE, lex)["access"] if a["categories"] == ["my-number"]
            and a["line"] == 12]
    assert kept == ["国立大学法人楓川医科大学"]


def test_data_a_sentence_takes_out_is_no_data_carried_to_the_next(lex):
    # nc61 (a probe of my own): 氏名、住所…を削除し、…提供する then 大学には渡さない carried
    # 氏名 and 住所 to the university
    flows = [f for f in analyse(CENTRE, lex)["flows"] if f["to"] == "国立大学法人楓川医科大学"]
    assert flows and not [f for f in flows if {"name", "address"} & set(f["categories"])]


#: A maintainer's remote access: the staff the question names may see data; no re-entrustment.
REMOTE = """令和7年第2回桔梗町個人情報保護審議会会議録
日時　令和7年11月6日（木）午前10時開会
諮問第6号　固定資産税システムのリモート保守について
○税務課長　固定資産税システムの保守は株式会社ききょう電算に委託しております。
○杉浦委員　保守の作業員は納税者の情報を見られるのですか。
○税務課長　障害対応の際に、納税者の氏名及び住所を画面で閲覧する場合がございます。
○税務課長　また、同社が保守業務を他の事業者に再委託することは認めておりません。
"""


def test_the_workers_a_question_names_are_who_may_see(lex):
    # nc61 M5: no incidental access, the answer naming no one
    [seen] = [a for a in analyse(REMOTE, lex)["access"] if a["type"] == "incidental"]
    assert (seen["party"], seen["categories"]) == ("株式会社ききょう電算", ["name", "address"])


def test_a_ban_said_in_the_polite_present_is_a_ban(lex):
    # nc61 W1: 再委託することは認めておりません was read as a re-entrustment (after the margin
    # numbers were fixed: as nothing)
    [ban] = [r for r in analyse(REMOTE, lex)["relations"] if r["type"] == "re-entrusts"]
    assert (ban["subject"], ban["permission"]) == ("株式会社ききょう電算", "forbidden")


#: Two works of one system, each with its own doer.
TWO_DOERS = """楓川市個人情報保護審議会（令和7年度第2回）会議録
開催日　令和7年9月17日
報告第4号　介護保険総合システムの移行について
介護保険総合システムの保守は株式会社すずかけ計算センターが行い、システムの運用は引き続き介護保険課が行う。
"""


def test_a_doer_that_does_the_work_before_it_runs_nothing_after_it(lex):
    # nc61 W6: the maintainer was read as the operator, and the department that runs the
    # system was dropped
    relations = {(r["type"], r["subject"]) for r in analyse(TWO_DOERS, lex)["relations"]}
    assert relations == {("maintains", "株式会社すずかけ計算センター"), ("operates", "介護保険課")}


#: What a hand-over holds, said in the next sentence by its act (送付する情報には).
HOLDS = """令和3年度第1回試験市個人情報保護審議会 会議録
開催日時　令和3年6月1日（火）午後2時
（1）市民税の情報の提供について（市民課）
市民課は、住民の氏名及び住所を、毎月、北区社会福祉協議会に送付する。
送付する情報には個人番号が含まれる。
"""


def test_what_the_act_just_said_moves_holds_is_that_flows_data(lex):
    # nc61 M1: 被保険者資格情報には個人番号が含まれます gave My Number to no flow, so
    # who-can-see found no one; here the sentence names the act, not the data
    [sent] = analyse(HOLDS, lex)["flows"]
    assert "my-number" in sent["categories"] and [a["line"] for a in sent["also"]] == [5]
