"""Session 35: readings found wrong or missing in new minutes (nc57, nc58 leftovers) and
in probes of my own, read with the bundled registry; each test failed before its change
unless it says it is a guard."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: A member asks whether data still goes to a network; the answer says yes, then how.
ASKED_THEN_TOLD = """令和8年度第4回霞ヶ丘市個人情報保護審議会 会議録
日時　令和8年12月4日（金）午前10時
諮問第3号　住民記録システムのガバメントクラウドへの移行について（市民課）
（委員）移行後も、住民票の異動情報は住基ネットに送られるのか。
（市民課長）送られる。異動があった都度、住民記録システムから穂高野県の都道府県サーバに本人確認情報を送信する。
（委員）住民票の写しは、コンビニ交付サービスに送られるのか。
（市民課長）はい。
"""


def test_a_question_the_answer_spells_out_gives_no_flow_of_its_own(lex):
    # nc57 W17: the member's guess (情報政策課 → 住基ネット, 住民票) stood beside the
    # answer's own hand-over; a bare yes with nothing after keeps the question's flow
    flows = analyse(ASKED_THEN_TOLD, lex)["flows"]
    assert [f["line"] for f in flows if f["line"] == 4] == []
    assert any(f["line"] == 5 and f["to"] == "都道府県サーバ" for f in flows)
    assert any(f["line"] == 6 for f in flows)


#: Two systems moved together, the list of moved data parted by topic.
MOVED_BY_TOPIC = """令和8年度第4回霞ヶ丘市個人情報保護審議会 会議録
日時　令和8年12月4日（金）午前10時
諮問第3号　住民記録システム及び税務システムのガバメントクラウドへの移行について（情報政策課）

本市の住民記録システム及び税務システムは、令和9年1月に標準準拠システムへ移行する。

移行作業は、株式会社ことぶき情報システムに委託する。

移行するデータは、住民記録については氏名、住所及び個人番号、税務については課税情報及び個人番号である。

移行データは、閉域網を通じてガバメントクラウドへ一括で送る。
"""


def test_a_list_parted_by_topic_gives_each_system_its_own_data(lex):
    # nc57 W15: each system's move carried the other's data too, and the list four lines
    # on became a third move of its own
    flows = analyse(MOVED_BY_TOPIC, lex)["flows"]
    moves = {f["from"]: f["categories"] for f in flows if f["to"] == "標準準拠システム"}
    assert moves == {"住民記録システム": ["name", "address", "my-number"],
                     "税務システム": ["income-tax", "my-number"]}
    assert {f["line"] for f in flows if f["to"] == "標準準拠システム"} == {5}
    # (the list's topics, 住民記録 and 税務, are no data the migrated data hold)
    [sent] = [f for f in flows if f["line"] == 11]
    assert not [c for c in sent["categories"] if c.startswith("new:")]


#: Schools named in full, then as 学校; a plan told orally, and by telephone for now.
SCHOOLS = """令和8年度第3回錦ヶ原市個人情報保護審議会 会議録
日時　令和8年11月20日（金）午後2時
諮問第11号　児童相談所の記録を学校と共有することについて
○児童相談所長　市立小中学校からは、児童の出欠状況を、月に一回、書面で児童相談所に報告していただいております。
○児童相談所長　児童相談所からは、学校に対し、援助方針のうち学校での見守りに必要な事項に限り、個別ケース検討会議の場で口頭でお伝えいたします。
○児童相談所長　急ぐ場合は、援助方針を電話により口頭で市立小中学校にお伝えいたします。
"""


def test_a_group_noun_after_the_body_in_full_is_that_body(lex):
    # nc57 W20 (l.23): 学校 became a second party, 学校（名称不明）, beside 市立小中学校;
    # its data was the schools' own record (the sentence before), and 口頭 no way
    flows = analyse(SCHOOLS, lex)["flows"]
    [told] = [f for f in flows if f["line"] == 5]
    assert (told["from"], told["to"]) == ("児童相談所", "市立小中学校")
    assert told["categories"] == ["child-protection"]
    assert told["channel"] == "in-person"
    # (電話により口頭で: the telephone is the way)
    assert [f["channel"] for f in flows if f["line"] == 6] == ["telephone-line"]


#: A platform named by its noun and its product name, then by the product name alone.
PRODUCT = """桐ヶ沢市個人情報保護審議会　会議録
令和8年11月12日
諮問第8号　学習支援プラットフォーム「まなびの森」導入に伴う児童生徒の個人情報の外部提供について（教育委員会学校教育課）
○指導主事　株式会社みなもとラーニングが提供する学習支援プラットフォーム「まなびの森」を令和9年4月から導入いたします。
○指導主事　解答結果や利用時間などの学習履歴は、まなびの森のクラウド上に保存され、株式会社みなもとラーニングが運用いたします。
"""


def test_a_product_name_in_quotes_after_a_system_is_that_system(lex):
    # nc58 M7/W10 (l.32): まなびの森 alone was no name, so the learning records stored on it
    # went nowhere and the company that runs it ran nothing
    proposal = analyse(PRODUCT, lex)
    [stored] = [f for f in proposal["flows"] if f["line"] == 5]
    # (session 36: the product named in brackets after its kind is the system itself, its
    # kind no second system beside it)
    assert stored["to"] == "まなびの森" and stored["categories"] == ["learning-history"]
    runs = [(r["subject"], r["object"]) for r in proposal["relations"] if r["type"] == "operates"]
    assert runs == [("株式会社みなもとラーニング", "まなびの森")]
    assert "学習支援プラットフォーム" not in {e["label"] for e in proposal["entities"]}


#: One work's re-entrustment allowed to a company, another work's banned.
TWO_WORKS = """鷲尾町個人情報保護審査会　会議録
令和8年8月26日
■審査案件第3号　福祉総合システムの情報提供ネットワークシステムとのオンライン結合について（福祉課）
　福祉総合システムの保守は、株式会社くぬぎ電算に委託している。
　同社からは、ハードウェア保守の一部を株式会社カナエ技研に再委託したいとの申出があった。
（１）株式会社カナエ技研への再委託は、ハードウェア保守に限り認める。
（２）ソフトウェア保守の再委託は認めない。
"""


def test_a_ban_on_one_work_s_re_entrustment_is_of_whoever_would_do_that_work(lex):
    # nc58 W11: the ban's subcontractor was named by the whole title, ■ and all; and a
    # ban beside an allowed re-entrustment of the same item would share its party
    relations = analyse(TWO_WORKS, lex)["relations"]
    [ban] = [r for r in relations if r.get("permission") == "forbidden"]
    assert (ban["subject"], ban["object"]) == ("株式会社くぬぎ電算", "ソフトウェア保守の再委託先（名称不明）")
    assert ban["work"] == "ソフトウェア保守"


#: A link said as a purpose, then what goes over it, said in full.
LINK_THEN_DATA = """鷲尾町個人情報保護審査会　会議録
令和8年8月26日
■審査案件第3号　福祉総合システムの情報提供ネットワークシステムとのオンライン結合について（福祉課）
　福祉課では、他の地方公共団体に所得情報を照会するため、福祉総合システムを中間サーバーに接続し、情報提供ネットワークシステムとオンライン結合したいと考えております。
　福祉総合システムから中間サーバーへは、児童手当の受給資格情報の副本を、ＬＧＷＡＮを経由して毎日夜間に一括で登録いたします。
　他の地方公共団体から照会があった場合には、中間サーバーから情報提供ネットワークシステムを通じて、児童手当の受給資格情報を提供いたします。
"""


def test_a_link_whose_data_is_said_after_is_no_flow_of_unspecified_data(lex):
    # nc58 W12: 福祉課 → 中間サーバー and → 情報提供ネットワークシステム, personal
    # information inferred from 接続し and オンライン結合, beside the hand-overs said in full
    flows = analyse(LINK_THEN_DATA, lex)["flows"]
    assert not [f for f in flows if f["categories"] == ["personal-information"]]
    [stored] = [f for f in flows if f["to"] == "中間サーバー"]
    assert stored["from"] == "福祉総合システム" and stored["line"] == 5
    assert [q["line"] for q in stored.get("also", ())] == [4]


#: A migration entrusted to a named company; the employers send their salary reports.
EMPLOYERS = """令和8年度第4回霞ヶ丘市個人情報保護審議会 会議録
日時　令和8年12月4日（金）午前10時
諮問第3号　税務システムのガバメントクラウドへの移行について（情報政策課）
移行作業及び移行後の運用保守は、株式会社ことぶき情報システムに委託する。
（委員）税務のデータは外部に出るのか。
（税務課長）地方税共同機構が運営するeLTAXを通じて、給与支払報告書のデータを事業者から受け取っている。
"""


def test_businesses_that_send_salary_reports_are_the_employers_not_the_item_s_party(lex):
    # nc57 (left open since): 事業者 was 「…ガバメントクラウドへの移行の事業者（名称不明）」,
    # a party of the migration
    flows = analyse(EMPLOYERS, lex)["flows"]
    [report] = [f for f in flows if f["line"] == 6]
    assert (report["from"], report["to"]) == ("事業者（名称不明）", "税務課")


#: A ban in principle that yields to written approval, then a subcontractor asked for.
IN_PRINCIPLE = """北嶺広域連合個人情報保護審議会　会議録
令和7年10月21日
議事（１）　介護保険システムの運用保守業務の委託について
〔介護保険課長〕　このシステムの運用保守業務を、令和８年４月から株式会社ミズナラ情報技術に委託したいと考えております。
〔介護保険課長〕　再委託は原則として禁止し、当広域連合が書面により承認した場合に限り認めることとします。
〔Ｃ委員〕　再委託の予定はありますか。
〔介護保険課長〕　同社からは、データベースの調整作業の一部を株式会社カラマツソフトに再委託したいとの相談を受けております。
"""


def test_a_ban_in_principle_that_yields_to_approval_asks_for_approval(lex):
    # nc59 W3: 原則として禁止し、…承認した場合に限り認める was a forbidden re-entrustment,
    # and so was the one the contractor asked for
    relations = analyse(IN_PRINCIPLE, lex)["relations"]
    subs = [(r["object"], r.get("permission")) for r in relations if r["type"] == "re-entrusts"]
    assert subs == [("株式会社カラマツソフト", "requires-approval")]
    # (…再委託をしてはならない。ただし、…承認を得た場合は、この限りでない: the same)
    proviso = IN_PRINCIPLE.replace("再委託は原則として禁止し、当広域連合が書面により承認した場合に限り認めることとします。",
                                   "受託者は再委託をしてはならない。ただし、あらかじめ当広域連合の書面による承認を得た場合は、この限りでない。")
    relations = analyse(proviso, lex)["relations"]
    assert [(r["object"], r.get("permission")) for r in relations if r["type"] == "re-entrusts"] \
        == [("株式会社カラマツソフト", "requires-approval")]


#: Footage named in full, then as この映像; My Number denied in the handling of it.
FOOTAGE = """潮凪市個人情報保護審議会　会議録
令和7年8月5日
１　市が設置する防犯カメラの映像の警察署への提供について
（市民安全課長）撮影した映像は、株式会社アオシオ映像サービスが提供するクラウドサービスに常時送信されます。
（市民安全課長）今回お諮りするのは、この映像を潮凪警察署に提供する際の取扱いです。
（市民安全課長）提供は、潮凪警察署長から書面による照会があった場合に限ります。
（市民安全課長）なお、防犯カメラの映像の取扱いには、個人番号は一切用いません。
"""


def test_the_handling_of_data_is_a_setting_and_this_footage_is_the_footage_before(lex):
    # nc59 W1: 防犯カメラの映像の取扱いには、個人番号は一切用いません kept the police from the
    # footage they are given, and この映像 was another category (画像・映像), so the police
    # were only "excluded" in who-can-see 防犯カメラ映像
    proposal = analyse(FOOTAGE, lex)
    assert {tuple(a["categories"]) for a in proposal["access"] if a["line"] == 7} == {("my-number",)}
    [police] = [f for f in proposal["flows"] if f["to"] == "潮凪警察署"]
    assert police["categories"] == ["security-camera-footage"]


#: An item on a town's system linked to the national network; its maintenance said bare.
OWN_SYSTEM = """潮凪市個人情報保護審議会　会議録
令和7年8月5日
２　児童手当事務に係る特定個人情報保護評価書の第三者点検について
（こども家庭課長）児童手当システムは、中間サーバーを介して情報提供ネットワークシステムと接続しております。
（こども家庭課長）また、令和８年２月からは、受給者の公金受取口座の情報を、情報提供ネットワークシステムを通じてデジタル庁から取得する予定です。
（こども家庭課長）システムの保守は、株式会社うみねこシステムズに委託しております。
"""


def test_a_bare_system_maintained_is_the_town_s_own_not_the_national_one(lex):
    # nc59 W2: うみねこシステムズ maintained the 情報提供ネットワークシステム, planned
    relations = analyse(OWN_SYSTEM, lex)["relations"]
    [kept] = [r for r in relations if r["type"] == "maintains"]
    assert (kept["subject"], kept["object"], kept["status"]) == ("株式会社うみねこシステムズ", "児童手当システム", "current")


#: A PDF's two-column table (発言者, 発言内容), a row broken by the page, the second item
#: called in it.
PAGED_TABLE = """萩ノ浦町個人情報保護審議会 会議録（令和７年度第２回）
- 1 -
萩ノ浦町個人情報保護審議会 会議録
日　時　令和７年１１月１３日（木）午後１時３０分から午後３時まで
議　題　(1) 生活保護に関する情報の提供について（諮問）
　　　　(2) 町民税の口座振替データの電子化について（諮問）
発言者 発言内容
会長\t議題(1)について、住民福祉課から説明をお願いします。
住民福祉課長\t町は、生活保護の申請書を受け付けた場合、申請書を南浜福祉事務所に送付しております。
会長\tほかに御意見がなければ、議題(1)は原案のとおり承認します。次に議題(2)に

萩ノ浦町個人情報保護審議会 会議録（令和７年度第２回）
- 2 -
発言者 発言内容
ついて、税務課から説明をお願いします。
税務課長\t令和８年４月からは、振替依頼データを各金融機関に送信する予定です。
税務課長\t金融機関からは、振替結果データ（振替済み又は残高不足等の結果）を同じサービスで受け取ります。
"""


def test_a_table_row_the_page_breaks_goes_on_past_the_page_s_furniture(lex):
    # nc59 W5: 次に議題(2)に / (page) / ついて、税務課から… was two sentences, so item (2)'s
    # hand-overs were filed under item (1), from its department; and the results file coming
    # back carried the data the sentence before listed (W6)
    proposal = analyse(PAGED_TABLE, lex)
    second = next(i["key"] for i in proposal["agenda_items"] if i["number"] == "2")
    banks = [f for f in proposal["flows"] if "金融機関" in f["from"] + f["to"]]
    assert banks and all(f["item"] == second for f in banks)
    assert {f["from"] for f in banks if f["to"] != "税務課"} == {"税務課"}
    [back] = [f for f in banks if f["to"] == "税務課"]
    assert back["categories"] == ["personal-information"]


#: Flows that run now: one whose data speaks of ending (廃止の情報), one chained with して.
RUNNING = """萩ノ浦町個人情報保護審議会 会議録
令和７年１１月１３日
議　題　(1) 生活保護に関する情報の提供について（諮問）
住民福祉課長\t今回お諮りするのは、南浜福祉事務所からの照会に町から回答することについてです。
住民福祉課長\tまた、南浜福祉事務所からは、毎月、保護の開始及び廃止の情報（氏名、生年月日）を紙で受け取っております。
住民福祉課長\t転入した受給者の所得情報を、転入前の市町村に照会して取得しております。
"""


def test_flows_said_to_run_now_are_current(lex):
    # nc59 W7: 保護の開始及び廃止の情報 made a monthly paper flow "replaced"; W8: …に照会して
    # 取得しております was planned, as what the item asks
    flows = {f["line"]: f for f in analyse(RUNNING, lex)["flows"]}
    assert flows[5]["status"] == "current"
    assert flows[6]["status"] == "current"


#: A union's council: its name heads the minutes, a results list closes them.
UNION = """北嶺広域連合個人情報保護審議会　会議録
１　日時　令和７年１０月２１日（火）午後２時
５　議事
議事（１）　介護保険システムの運用保守業務の委託について
議事（２）　要介護認定情報の国民健康保険中央会への提供について（報告）
議事（２）　要介護認定情報の国民健康保険中央会への提供について
〔介護保険課主査〕　当広域連合は、要介護認定の結果（要介護度、主治医意見書の記載事項）を、毎月、介護保険総合データベースへの登録のため、国民健康保険中央会に送信しております。
〔Ａ委員〕　議事（２）は報告として了承します。
７　会議の結果
　議事（１）　一部承認（リモート保守の可否は継続審議）
　議事（２）　報告了承
"""


def test_a_union_s_minutes_read_as_its_own_and_its_results_as_no_items(lex):
    # nc59 M9: the union was no municipality (?), W10: 議事（１）　一部承認 and 議事（２）　報告了承
    # were two more items, W9: the database the data is registered in was a hop
    proposal = analyse(UNION, lex)
    assert proposal["municipality"] == "北嶺広域連合"
    assert len(proposal["agenda_items"]) == 2
    assert [(f["to"], f["line"]) for f in proposal["flows"]] == [("国民健康保険中央会", 7)]


def test_a_label_in_tortoise_shell_brackets_is_the_speaker_s(lex):
    # nc59 W13: the context of an exclusion began 険課長〕保守用の操作権限
    text = """北嶺広域連合個人情報保護審議会　会議録
１　日時　令和７年１０月２１日（火）午後２時
議事（１）　介護保険システムの運用保守業務の委託について
〔介護保険課長〕　このシステムの運用保守業務を、株式会社ミズナラ情報技術に委託したいと考えております。
〔介護保険課長〕　保守用の操作権限では個人番号の項目は表示されない設定としますので、委託先の作業員は個人番号を閲覧できません。
"""
    [kept] = [a for a in analyse(text, lex)["access"] if a["type"] == "excluded"]
    assert kept["party"] == "株式会社ミズナラ情報技術" and kept["context"].startswith("保守用の操作権限")


def test_what_is_done_if_something_fails_may_happen(lex):
    # nc59 W12: その場合は、紙の振替依頼書を作成して各金融機関に持参いたします (after …障害が
    # 起きた場合はどうしますか) was planned
    text = PAGED_TABLE + """委員Ｄ\t移行の前に障害が起きた場合はどうしますか。
税務課長\tその場合は、紙の振替依頼書を作成して各金融機関に持参いたします。
"""
    [fallback] = [f for f in analyse(text, lex)["flows"] if f["line"] == 19]
    assert fallback["status"] == "possible"


def test_a_hand_over_for_a_body_s_work_goes_to_that_body(lex):
    # nc59 M2: …社会福祉協議会が行う見守り訪問事業のため、…名簿にして手渡ししております gave
    # no flow, though its exclusion was read
    text = PAGED_TABLE.split("会長\tほかに")[0] + (
        "住民福祉課長\t萩ノ浦町社会福祉協議会が行う見守り訪問事業のため、同意を得た被保護世帯について、"
        "世帯主の氏名、住所及び電話番号を、年２回、名簿にして手渡ししております。\n")
    [given] = [f for f in analyse(text, lex)["flows"] if f["line"] == 10]
    assert (given["from"], given["to"]) == ("住民福祉課", "萩ノ浦町社会福祉協議会")
    assert (given["channel"], given["frequency"], given["status"]) == ("hand-delivery", "年2回", "current")


def test_the_same_office_points_back_at_the_office_named_before(lex):
    # nc59 M3: 町から同事務所に回答する: 同事務所 was read as a company no one had named, and
    # dropped, so the item's own hand-over was missed
    text = PAGED_TABLE.split("会長\tほかに")[0] + (
        "住民福祉課長\t今回お諮りするのは、県の南浜福祉事務所から、申請者の住民票の情報及び町民税の課税情報について"
        "照会があった場合に、町から同事務所に回答することについてです。\n")
    [answer] = [f for f in analyse(text, lex)["flows"] if f["line"] == 10]
    assert answer["to"] == "南浜福祉事務所" and "juminhyo" in answer["categories"]


def test_a_link_that_is_the_way_of_its_sentence_s_hand_over_is_no_flow_of_its_own(lex):
    # nc59 B (extra): …ネットワークシステムと接続しており、…を転入前の市町村に照会して取得して
    # おります gave こども家庭課 → 情報提供ネットワークシステム, personal information
    flows = analyse(OWN_SYSTEM.replace(
        "（こども家庭課長）児童手当システムは、中間サーバーを介して情報提供ネットワークシステムと接続しております。",
        "（こども家庭課長）児童手当システムは、中間サーバーを介して情報提供ネットワークシステムと接続しており、"
        "転入した受給者の所得情報を、転入前の市町村に照会して取得しております。"), lex)["flows"]
    assert [(f["to"], f["categories"]) for f in flows if f["line"] == 4] == [("児童手当システム", ["income-tax"])]


def test_an_item_approved_but_for_a_part_still_to_be_weighed_is_approved_on_conditions(lex):
    # nc59 W11: …リモート保守の部分を除き、原案のとおり承認することとし、リモート保守の可否は継続
    # 審議とします (and 議事（１）　一部承認（…は継続審議）) made the whole item continued
    text = UNION.replace("〔Ａ委員〕　議事（２）は報告として了承します。", "〔Ａ委員〕　議事（２）は報告として了承します。\n"
                         "〔Ａ委員〕　議事（１）は、リモート保守の部分を除き、原案のとおり承認することとし、"
                         "リモート保守の可否は継続審議とします。")
    outcomes = {i["number"]: i["outcome"] for i in analyse(text, lex)["agenda_items"]}
    assert outcomes == {"1": "approved-with-conditions", "2": "noted"}


def test_a_union_calls_itself_this_union(lex):
    # nc59 W4 (in part): 当広域連合は、…を…国民健康保険中央会に送信しております gave the
    # union's department as the giver, the union itself being no name
    [sent] = analyse(UNION, lex)["flows"]
    assert (sent["from"], sent["to"]) == ("北嶺広域連合", "国民健康保険中央会")


def test_a_member_town_s_hand_over_to_the_union_leaves_the_town(lex):
    # nc59 M1 (in part): 鷲尾町は…職員が毎月持参して当広域連合に提出しております gave no
    # flow: any two municipalities were read as one side, the data staying at home
    text = UNION + "〔介護保険課長〕　鷲尾町は、課税情報をＣＤ－Ｒに記録し、職員が毎月持参して当広域連合に提出しております。\n"
    flows = [f for f in analyse(text, lex)["flows"] if f["line"] == 12]
    assert [(f["from"], f["to"], f["status"]) for f in flows] == [("鷲尾町", "北嶺広域連合", "current")]
