"""Session 21: what the newcomer runs nc40 and nc41 left open, and my own probes, as
short minutes read with the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)
from test_probes_e import ASKED_MY_NUMBER  # (nc41's question and its denial)


SCHOOLS = """菖蒲沢市情報公開・個人情報保護審議会答申第9号
令和7年11月5日
要保護児童対策地域協議会における情報の提供について（答申）
１　提供先
　こども家庭課は、菖蒲沢市立小学校に見守り名簿を毎月手渡しで提供する。
２　事故
（１）令和6年6月、こども家庭課が菖蒲沢市立第二小学校に郵送すべき見守り名簿を、誤って第三小学校に郵送する誤送付があった。
"""


def test_a_citys_school_keeps_its_whole_name(lex):
    # 菖蒲沢市立第二小学校 (not 二小学校), 第三小学校 (not 三小学校), and 菖蒲沢市立小学校 the
    # city's schools, none named (not 立小学校, a department)
    proposal = analyse(SCHOOLS, lex)
    parties = {e["label"]: e["type"] for e in proposal["entities"]}
    assert parties.get("第三小学校") == "department"
    assert parties.get("菖蒲沢市立小学校（名称不明）") == "unnamed-party"
    assert not {"立小学校", "三小学校", "二小学校"} & set(parties)


def test_a_letter_that_went_to_a_named_wrong_school_went_once(lex):
    # 誤って第三小学校に郵送する誤送付があった: an incident, ended (not a planned hand-over)
    proposal = analyse(SCHOOLS, lex)
    astray = [(f["to"], f["status"]) for f in proposal["flows"]
              if f["line"] == _line(SCHOOLS, "（１）令和6年6月")]
    assert astray == [("第三小学校", "ended")]


ABOLISHED = """星ヶ浦町個人情報保護審議会　会議要旨
開催日時　令和7年8月28日（木）午前10時から
１．予防接種履歴の提供について（健康福祉課）
５．以前は、町立星ヶ浦小学校に対し、在籍児童の予防接種履歴を紙で毎年4月に提供していたが、令和5年度に廃止した。
６．これまでは国保連合会に給付記録を紙で郵送していたが、廃止し、令和7年4月から専用回線で送信している。
"""


def test_a_way_abolished_with_nothing_in_its_place_has_ended(lex):
    # …提供していたが、令和5年度に廃止した: ended; …郵送していたが、廃止し、…専用回線で送信
    # している: the post is replaced
    proposal = analyse(ABOLISHED, lex)
    status = {(f["line"], f["channel"]): f["status"] for f in proposal["flows"]}
    assert status[(_line(ABOLISHED, "５．"), "paper")] == "ended"
    assert status[(_line(ABOLISHED, "６．"), "paper")] == "replaced"


SHARING = """菖蒲沢市情報公開・個人情報保護審議会答申第9号
令和7年11月5日
要保護児童対策地域協議会における情報の提供について（答申）
４　理由
（１）こども家庭課は、現在、要保護児童対策地域協議会の調整機関として、児童相談所、学校及び病院と児童の情報を共有している。
（２）学校及び病院には個人番号を提供しない。また、学校は支援経過を閲覧できない。
（３）こども家庭課は、菖蒲沢市民病院に児童の氏名を手渡しで提供する。
（８）提供先は、提供を受けた情報を協議会の目的以外に利用してはならない。
（９）この事故を受けて、学校への名簿の郵送を廃止し、令和6年9月から、職員が学校に持参して手渡しする方法に改めた。
"""


def test_a_subject_shares_with_each_body_it_lists(lex):
    # …は、児童相談所、学校及び病院と児童の情報を共有: the department and each of the three,
    # both ways (not 病院 and 児童, the children the data is about)
    proposal = analyse(SHARING, lex)
    pairs = {(f["from"], f["to"]) for f in proposal["flows"] if f["line"] == _line(SHARING, "（１）")}
    assert {(a, b) for a, b in pairs if "こども家庭課" in (a, b)} == pairs
    assert {b for a, b in pairs if a == "こども家庭課"} == {
        "児童相談所", "学校（名称不明）", "病院（名称不明）"}
    assert len(pairs) == 6


def test_a_hospital_is_its_own_party_not_another_wards_medical_institutions(lex):
    # 病院 is an alias of 杉並区's 医療機関 in the bundled data: another city's hospitals are
    # not that party (a false concentration finding); 菖蒲沢市民病院 is the city's own
    proposal = analyse(SHARING, lex)
    linked = {e["label"]: e.get("id") for e in proposal["entities"]}
    assert "001b-medical-institutions" not in linked.values()
    assert linked["病院（名称不明）"] is None
    [given] = [f for f in proposal["flows"] if f["line"] == _line(SHARING, "（３）")]
    assert given["to"] == "菖蒲沢市民病院"


def test_a_denied_sight_of_a_case_record(lex):
    # 学校は支援経過を閲覧できない: 支援経過 is data, kept from the schools
    proposal = analyse(SHARING, lex)
    names = {c["key"]: c["label"] for c in proposal["categories"]}
    kept = [(a["party"], [names.get(c, c) for c in a["categories"]]) for a in proposal["access"]
            if a["line"] == _line(SHARING, "（２）") and a["type"] == "excluded"
            and a["party"] == "学校（名称不明）"]
    assert kept and "支援経過" in kept[0][1]


def test_a_rule_on_what_recipients_may_do_moves_nothing(lex):
    # 提供先は、提供を受けた情報を協議会の目的以外に利用してはならない: no flow to 協議会
    proposal = analyse(SHARING, lex)
    assert not [f for f in proposal["flows"] if f["line"] == _line(SHARING, "（８）")]


def test_the_way_abolished_is_not_the_way_that_runs(lex):
    # 学校への名簿の郵送を廃止し、令和6年9月から…手渡しする方法に改めた: the post is replaced,
    # the hand-delivery runs
    proposal = analyse(SHARING, lex)
    ways = {(f["channel"], f["status"]) for f in proposal["flows"] if f["line"] == _line(SHARING, "（９）")}
    assert ("mail", "replaced") in ways and ("hand-delivery", "current") in ways
    assert ("mail", "current") not in ways


CELLS = """瀬音市個人情報保護審議会　会議録
開催日時　令和7年9月24日（水）午後2時から
議題（1）諮問第4号 国民健康保険システムと蒼波県国民健康保険団体連合会とのオンライン結合について（保険年金課）
堀之内委員
本市の国民健康保険システムの保守はどこが行っているのですか。
保険年金課長
株式会社ヒメシャラ情報システムが保守を行っております。
"""


def test_who_maintains_is_answered_past_the_speakers_own_cell(lex):
    # a transcript table's speaker in a cell of their own: the answer still answers the
    # question before it (…の保守はどこが行っているのですか。／株式会社A が保守を行っております)
    proposal = analyse(CELLS, lex)
    assert [(r["type"], r["subject"], r["object"]) for r in proposal["relations"]
            if r["line"] == _line(CELLS, "株式会社ヒメシャラ")] == [
        ("maintains", "株式会社ヒメシャラ情報システム", "国民健康保険システム")]


SWITCHED = """琥珀野町個人情報保護審査会　会議結果
開催日時　令和7年11月20日（木）午前10時から
(1) 国民健康保険の資格・給付情報の外部結合について（住民保険課）
　　・町は、国民健康保険の被保険者の資格情報及び給付記録を、琴葉県国民健康保険団体連合会（以下「連合会」という。）へ毎月送付している。
　　・現在は、住民保険課が電子データをMOに格納し、連合会へ郵送している。
　　・令和8年4月から、郵送を廃止し、専用回線による外部結合に切り替え、日次で送信する予定である。
　　・連合会は、給付記録を審査した結果を、専用回線で町に返送する。
　　・送信するデータは、被保険者番号、氏名、生年月日、性別、資格取得日及び資格喪失日であり、個人番号は送信しない。
(2) 国民健康保険システムと連合会とのオンライン結合について（保険年金課）
　　・現在、被保険者の資格異動情報は、毎月、CD-Rに書き込んで職員が連合会へ持参しております。
　　・令和8年4月からは、この持参を取りやめ、専用回線により毎日送信する予定でございます。
"""


def test_an_abolished_way_then_a_new_one_is_a_planned_flow_the_new_way(lex):
    # 令和8年4月から、郵送を廃止し、専用回線…に切り替え、日次で送信する予定: the post runs till
    # then, the line is planned, daily; この持参を取りやめ points back at the CD-R carried
    proposal = analyse(SWITCHED, lex)
    for said, often in (("　　・令和8年4月から、", "日次"), ("　　・令和8年4月からは", "毎日")):
        [new] = [f for f in proposal["flows"] if f["line"] == _line(SWITCHED, said)]
        assert (new["to"], new["channel"], new["status"], new["frequency"]) == (
            "琴葉県国民健康保険団体連合会", "dedicated-line", "planned", often)
    assert {f["status"] for f in proposal["flows"] if f["channel"] in ("mail", "cd-r")} == {"current"}


def test_a_list_of_what_is_sent_is_not_what_comes_back(lex):
    # …町に返送する。送信するデータは、被保険者番号、氏名…: what the town sends the
    # federation, not what the federation sends back
    proposal = analyse(SWITCHED, lex)
    [back] = [f for f in proposal["flows"] if f["line"] == _line(SWITCHED, "　　・連合会は")]
    assert back["from"] == "琴葉県国民健康保険団体連合会" and "name" not in back["categories"]
    sent = [f for f in proposal["flows"] if "name" in f["categories"]]
    assert sent and all(f["to"] == "琴葉県国民健康保険団体連合会" for f in sent)


def test_an_agenda_heading_with_the_councils_number_takes_that_number(lex):
    # 議題（1）諮問第4号 …について（保険年金課）: item 4, titled without 諮問第4号
    proposal = analyse(CELLS, lex)
    assert [(i["number"], i["type"], i["title"]) for i in proposal["agenda_items"]] == [
        ("4", "consultation", "国民健康保険システムと蒼波県国民健康保険団体連合会とのオンライン結合")]


def test_another_municipality_kept_from_the_number_is_excluded(lex):
    # 個人番号そのものは雁来野町に提供しない: that town is kept from 個人番号 (the town whose
    # data it is is never excluded from its own)
    proposal = analyse(ASKED_MY_NUMBER, lex)
    kept = [(a["type"], a["party"], a["categories"]) for a in proposal["access"]
            if a["line"] == _line(ASKED_MY_NUMBER, "・健康福祉課長")]
    assert kept == [("excluded", "雁来野町", ["my-number"])]
    assert not proposal["my_number_involved"]


CLOUD = """柚木台市個人情報保護審議会　会議録
開催日時　令和7年10月15日（水）午後2時から
（2）ガバメントクラウドへの移行について（報告）（情報政策課）
○情報政策課長　住民記録システムなど20業務の標準準拠システムは、令和8年1月からガバメントクラウド上で稼働いたします。
○情報政策課長　ガバメントクラウドの運用管理は株式会社アオバクラウドに委託し、同社は住民記録データを閲覧しない設定といたします。
"""


def test_the_management_of_a_system_is_its_operation(lex):
    # ガバメントクラウドの運用管理は株式会社アオバクラウドに委託し: the company operates it
    proposal = analyse(CLOUD, lex)
    assert ("operates", "株式会社アオバクラウド", "ガバメントクラウド") in {
        (r["type"], r["subject"], r["object"]) for r in proposal["relations"]}


MEMBERS = """柚木台市個人情報保護審議会　会議録
開催日時　令和7年10月15日（水）午後2時から
（3）介護認定審査会の資料送付について（諮問）（介護保険課）
○介護保険課長　本件は、介護認定審査会資料の作成及び審査会委員への配布を外部に委託するものである。
○介護保険課長　委託先は株式会社瀬戸内ビジネスサービスとする。
○介護保険課長　介護認定審査会資料は、審査会委員に対し、開催の1週間前に簡易書留で郵送しております。
○介護保険課長　審査会委員に貸与するタブレット端末には、被保険者の氏名及び住所は表示しない。
"""


def test_the_committees_members_are_a_group_the_papers_go_to(lex):
    # 審査会委員に対し…簡易書留で郵送: a group of people, sent the papers by post; whom the
    # entrusted work is for (審査会委員への配布を外部に委託) is no contractor; their tablets
    # show no names
    proposal = analyse(MEMBERS, lex)
    sent = [(f["from"], f["to"], f["channel"]) for f in proposal["flows"]
            if f["line"] == _line(MEMBERS, "○介護保険課長　介護認定審査会資料は")]
    assert sent == [("介護保険課", "審査会委員（名称不明）", "mail")]
    assert not [r for r in proposal["relations"] if r["object"] == "審査会委員（名称不明）"]
    assert {(a["type"], a["party"]) for a in proposal["access"]} >= {("excluded", "審査会委員（名称不明）")}


WATER = """令和7年度第3回桐ヶ丘町個人情報保護審議会　会議録
１　日時　令和7年11月27日（木）午後1時30分から午後3時まで
（１）上下水道料金の検針及び収納業務の委託について（諮問）（上下水道課）
上下水道課長　令和8年4月から、検針及び料金収納業務を株式会社ミナトウォーターサービスに委託いたします。
上下水道課長　同社には、使用者の氏名、住所、水栓番号及び口座情報を、暗号化したUSBメモリで月1回お渡しいたします。
上下水道課長　検針業務の一部は、同社から地元の有限会社キリガオカ設備に再委託される予定です。
委員　再委託先は口座情報も見るのですか。
上下水道課長　再委託先には口座情報は渡しません。検針に必要な氏名と住所のみでございます。
"""


def test_what_the_party_a_denial_names_does_get(lex):
    # …再委託先には口座情報は渡しません。検針に必要な氏名と住所のみでございます: the
    # subcontractor gets the name and address only, from its principal, and is kept from the
    # account data
    proposal = analyse(WATER, lex)
    said = _line(WATER, "上下水道課長　再委託先には")
    got = [(f["from"], f["to"], f["categories"]) for f in proposal["flows"] if f["line"] == said]
    assert got == [("株式会社ミナトウォーターサービス", "有限会社キリガオカ設備", ["name", "address"])]
    [again] = [r for r in proposal["relations"] if r["type"] == "re-entrusts"]
    assert again["categories"] == ["name", "address"]
    assert ("excluded", "有限会社キリガオカ設備", ["bank-account"]) in [
        (a["type"], a["party"], a["categories"]) for a in proposal["access"]]


SHARED = """萩野原市情報公開・個人情報保護審議会　会議要旨
日時：令和7年12月1日（月）14:00～15:30
議事
1　障害福祉サービスの支給決定に係る情報の共有について（諮問）
（説明：障害福祉課）
・障害福祉課では、障害福祉サービスの支給決定の内容を、市内の指定特定相談支援事業所と共有している。
・今後は、紙による受け渡しをやめ、県が構築した障害福祉情報連携システムを通じて共有する予定である。
・共有する情報は、利用者の氏名、生年月日、障害支援区分及び支給量である。
"""


def test_an_exchange_named_by_its_object_and_its_new_way(lex):
    # …の内容を、市内の指定特定相談支援事業所と共有している: both ways, with the data listed
    # after; 紙による受け渡しをやめ、…システムを通じて共有する予定: both ways planned online
    proposal = analyse(SHARED, lex)
    office = "指定特定相談支援事業所（名称不明）"
    now = {(f["from"], f["to"]) for f in proposal["flows"] if f["line"] == _line(SHARED, "・障害福祉課では")}
    assert now == {("障害福祉課", office), (office, "障害福祉課")}
    listed = {c for f in proposal["flows"] if f["line"] == _line(SHARED, "・障害福祉課では") for c in f["categories"]}
    assert {"name", "date-of-birth"} <= listed
    later = {(f["from"], f["to"], f["channel"], f["status"]) for f in proposal["flows"]
             if f["line"] == _line(SHARED, "・今後は")}
    assert later == {("障害福祉課", office, "online", "planned"), (office, "障害福祉課", "online", "planned")}


ASKED_UPKEEP = SHARED + """（質疑）
委員：システムの保守は誰が行うのか。
障害福祉課：県が委託した株式会社アカシア情報が保守を行う。
"""


def test_who_maintains_a_system_the_question_calls_bare(lex):
    # 委員：システムの保守は誰が行うのか。／…株式会社アカシア情報が保守を行う: the system the
    # item named last (障害福祉情報連携システム), entrusted by the prefecture
    proposal = analyse(ASKED_UPKEEP, lex)
    said = _line(ASKED_UPKEEP, "障害福祉課：県が")
    assert {(r["type"], r["subject"], r["object"]) for r in proposal["relations"] if r["line"] == said} >= {
        ("maintains", "株式会社アカシア情報", "障害福祉情報連携システム")}


ROLL = """萩野原市情報公開・個人情報保護審議会　会議要旨
日時：令和7年12月1日（月）14:00～15:30
議事
3　選挙人名簿抄本の閲覧について（報告）
（説明：選挙管理委員会事務局）
・令和7年度は、政党から3件、報道機関から2件の閲覧申出があり、いずれも承認した。
・閲覧に供した項目は、氏名、生年月日、性別及び住所である。
"""


def test_what_was_shown_goes_to_those_who_applied_the_sentence_before(lex):
    # …政党から3件、報道機関から2件の閲覧申出があり…。閲覧に供した項目は、氏名…: shown to both
    proposal = analyse(ROLL, lex)
    shown = {(f["to"], f["channel"]) for f in proposal["flows"] if f["line"] == _line(ROLL, "・閲覧に供した")}
    assert shown == {("政党（名称不明）", "in-person"), ("報道機関（名称不明）", "in-person")}


LUNCH = """令和7年度第4回柊崎市個人情報保護審議会会議録
開催日時　令和7年12月3日（水）午前10時～11時45分
○会長　それでは、諮問第21号「就学援助費の支給に係る学校給食費の公会計化について」を議題とします。学校教育課から説明をお願いします。
○学校教育課長　学校給食課は、給食費の徴収を株式会社ヤマブキ収納サービスに委託しており、同社には児童生徒の氏名及び保護者の口座情報を渡しております。
"""


def test_who_entrusts_the_work_hands_the_data_over(lex):
    # 学校給食課は、…株式会社ヤマブキ収納サービスに委託しており、同社には…渡しております:
    # from 学校給食課, not the item's department (学校教育課)
    proposal = analyse(LUNCH, lex)
    assert [(f["from"], f["to"]) for f in proposal["flows"]] == [("学校給食課", "株式会社ヤマブキ収納サービス")]


def test_a_data_name_a_list_taught_is_read_right_after_the_speakers_label(lex):
    # ○学校教育課長　認定区分は同社には渡しません。: 認定区分 (taught by the list before) is
    # kept from the company, though the label runs into it once the space is gone
    text = LUNCH.replace("○会長", "○学校教育課長　学校教育課は、児童生徒の氏名、学年及び認定区分を、学校給食課に毎月提供します。\n○会長") \
        + "○学校教育課長　認定区分は同社には渡しません。\n"
    proposal = analyse(text, lex)
    names = {c["key"]: c["label"] for c in proposal["categories"]}
    kept = [(a["party"], [names.get(c, c) for c in a["categories"]]) for a in proposal["access"]
            if a["line"] == _line(text, "○学校教育課長　認定区分")]
    assert kept == [("株式会社ヤマブキ収納サービス", ["認定区分"])]


KEPT = """令和7年度第4回柊崎市個人情報保護審議会会議録
開催日時　令和7年12月3日（水）午前10時～11時45分
○会長　次に、諮問第22号「LINEを活用した粗大ごみ収集の申込みについて」を議題とします。
○環境課長　申込者の氏名、住所及び電話番号は、LINE上ではなく、市が契約する株式会社モモチ情報のクラウドサーバに保存されます。
"""


def test_data_kept_in_a_companys_server_is_hosted_by_that_company(lex):
    # …株式会社モモチ情報のクラウドサーバに保存されます: the company hosts the server
    proposal = analyse(KEPT, lex)
    assert ("hosts", "株式会社モモチ情報", "クラウドサーバ") in {
        (r["type"], r["subject"], r["object"]) for r in proposal["relations"]}


PRINTER = """琥珀野町個人情報保護審査会　会議結果
開催日時　令和7年11月20日（木）午前10時から
(3) 児童手当の通知書の誤送付について（報告）（子育て支援課）
　　・令和7年6月、児童手当の現況確認の通知書を印刷・封入する業務を委託している有限会社つぐみ印刷において封入誤りがあり、受給者1名の通知書が別の世帯に送付された。
　　・印刷用データは、これまでCD-Rに格納して手渡ししていたが、令和7年9月から暗号化メールで送付する方式に改めた。
"""


def test_a_way_changed_in_an_item_on_a_contractor_is_the_hand_over_to_it(lex):
    # …業務を委託している有限会社つぐみ印刷…。印刷用データは、これまでCD-Rに…手渡ししていたが、
    # …暗号化メールで送付する方式に改めた: to the printer, the old way replaced, the new one
    # running (inferred: the sentence names no party)
    proposal = analyse(PRINTER, lex)
    ways = {(f["from"], f["to"], f["channel"], f["status"], f["basis"]) for f in proposal["flows"]
            if f["line"] == _line(PRINTER, "　　・印刷用データ")}
    assert ways == {("子育て支援課", "有限会社つぐみ印刷", "cd-r", "replaced", "inferred"),
                    ("子育て支援課", "有限会社つぐみ印刷", "email", "current", "inferred")}


ROSTER = """梓川町個人情報保護審議会答申第4号
令和7年11月28日
避難行動要支援者名簿の外部提供について（答申）
（２）平常時は、本人の同意を得た者に限り、名簿を紙で年1回、各自主防災組織の会長及び地区担当の民生委員に手渡しする。
"""


def test_a_bodys_head_in_a_list_of_recipients_stands_for_the_body(lex):
    # …各自主防災組織の会長及び地区担当の民生委員に手渡しする: both get the roster (not only
    # 民生委員; 地区担当 is no department)
    proposal = analyse(ROSTER, lex)
    assert {f["to"] for f in proposal["flows"]} == {"自主防災組織（名称不明）", "民生委員（名称不明）"}
    assert "地区担当" not in {e["label"] for e in proposal["entities"]}
