"""Session 29: what the newcomer run nc50 left open, as short minutes of my own read with
the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)

#: The chair puts each item to the council, the members assent, and the close sums up.
PUT = """梢平町個人情報保護審議会　会議録
１　開催日時　令和７年９月３日（水）　午前１０時
２　議題
　議題１　下水道使用料の徴収業務の委託について（上下水道課）
　議題２　介護保険の認定調査業務の委託について（介護保険課）
　議題３　公文書開示請求の状況について（報告）（総務課）
【議題１】
（上下水道課長）
議題１についてご説明いたします。下水道使用料の徴収業務を株式会社こずえ水道サービスに委託いたします。
（会長）
議題１については了承としてよろしいでしょうか。
（委員）
異議なし。
【議題２】
（介護保険課長）
議題２についてご説明いたします。認定調査を一般社団法人こずえ介護協会に委託いたします。
（会長）
議題２については、継続審議としてよろしいでしょうか。
（委員）
異議なし。
【議題３】
（総務課長）
議題３についてご報告いたします。開示請求は１２件でございました。
（会長）
以上で本日の議題はすべて終了いたしました。
"""


def test_an_outcome_put_to_the_council_and_assented_to_is_decided(lex):
    # nc50 W13: 了承としてよろしいでしょうか / 異議なし left both items "unknown"
    items = analyse(PUT, lex)["agenda_items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("1", "approved"), ("2", "continued"), ("3", "noted")]
    # a question nobody answered decides nothing
    unanswered = PUT.replace("異議なし。\n【議題２】", "【議題２】")
    items = analyse(unanswered, lex)["agenda_items"]
    assert items[0]["outcome"] == "unknown"


def test_a_closing_sentence_names_each_items_outcome(lex):
    # nc50 W13: 議題１及び議題２は了承、議題３は報告のとおりといたします
    closing = PUT.replace("以上で本日の議題はすべて終了いたしました。",
                          "以上で本日の議題はすべて終了いたしました。議題１及び議題２は了承、議題３は報告のとおりといたします。")
    closing = closing.replace("異議なし。\n", "")
    items = analyse(closing, lex)["agenda_items"]
    assert [(i["number"], i["outcome"]) for i in items] == [
        ("1", "approved"), ("2", "approved"), ("3", "noted")]


#: Two towns' minutes, each sending its residents' account data to "the banks".
BANKS_A = """楓ヶ丘町個人情報保護審議会　会議録
開催日時　令和７年６月２日（月）午後２時
諮問第３号　上下水道料金の口座振替に係る個人情報の提供について（上下水道課）
（上下水道課長）
　口座振替の請求データは、毎月、金融機関に送信しております。
審議の結果、承認された。
"""
BANKS_B = BANKS_A.replace("楓ヶ丘町", "柊原村").replace("上下水道課", "教育総務課") \
    .replace("上下水道料金", "給食費").replace("６月２日", "７月８日")


def test_a_body_a_common_noun_names_is_each_towns_own(tmp_path):
    # nc50 W17: 金融機関 of two towns' minutes read together was one body, and findings
    # said two municipalities depend on it; each town's banks are its own
    import yaml

    from kg.extract import extract_files

    files = []
    for name, text in (("kaede.txt", BANKS_A), ("hiiragi.txt", BANKS_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(tmp_path / name)
    extract_files(files, out_dir=tmp_path / "out")
    banks = {}
    for path in sorted((tmp_path / "out" / "facts").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        towns = {e["id"] for e in doc["entities"] if e["type"] == "municipality"}
        [bank] = [e for e in doc["entities"] if e["label"] == "金融機関（名称不明）"]
        assert bank["municipality"] in towns
        banks[path.name] = bank["id"]
        assert any(f["target"] == bank["id"] for f in doc["flows"])
    assert len(set(banks.values())) == 2, banks


#: The federation has the line kept by a company: done, allowed or not nobody says; then
#: a contractor that may re-entrust, in so many words.
LINE_KEPT = """令和７年度第２回梢平市個人情報保護審議会 会議録
開催日時　令和７年８月２１日（木）午後２時
諮問第４号　子ども医療費助成の請求事務の委託について（こども家庭課）
（こども家庭課長）
　子ども医療費助成の審査支払事務を、梢平県国民健康保険団体連合会に委託いたします。
（委員）
　専用回線の保守は、どこが行うのですか。
（こども家庭課長）
　回線の保守は、連合会が株式会社こずえ通信に委託しております。
諮問第５号　健診結果通知書の作成業務の委託について（健康づくり課）
（健康づくり課長）
　健診結果通知書の作成を株式会社こずえ情報センターに委託いたします。
　受託者は、通知書の印刷を印刷事業者に再委託することができることとしております。
"""


def test_a_re_entrustment_said_only_to_be_done_is_not_said_to_be_allowed(lex):
    # nc50 W15: 連合会が株式会社…に委託しております became "re-entrusts … allowed", which
    # findings listed as "re-entrustment allowed"; nobody said the city allows it
    rels = {(r["subject"], r["object"]): r["permission"] for r in analyse(LINE_KEPT, lex)["relations"]
            if r["type"] == "re-entrusts"}
    federation = next(k for k in rels if k[1] == "株式会社こずえ通信")
    assert rels[federation] is None
    # …再委託することができる says it is allowed
    printer = next(k for k in rels if k[0] == "株式会社こずえ情報センター")
    assert rels[printer] == "allowed"


#: A town sends eligibility data daily; the item moves another data set from a weekly disc
#: to the same line; a table lists both; a correction of how often the first goes.
MOVED = """梢平町個人情報保護審議会　会議録
１　開催日時　令和７年１１月１２日（水）　午前１０時
議題２　国民健康保険の資格情報等の提供について（保険年金課）
（保険年金課長）
本町は、国民健康保険の資格情報を、梢平県国民健康保険団体連合会が運用する国保情報集約システムへ、毎日、ＬＧＷＡＮを経由して送信しております。
（保険年金課長）
集約された資格情報は、連合会から国民健康保険中央会を経由して、オンライン資格確認等システムに登録されます。
（保険年金課長）
今回の諮問は、これまで週１回、電子媒体で連合会へ送付していた高額療養費の支給情報を、令和８年２月からは同システムを通じて毎日送信するよう変更するものでございます。
（保険年金課長）
提供の内容は次の別表のとおりでございます。

別表
提供先　　　　　　　　　　　　　提供項目　　　　　　　　　　　　　　提供方法　　頻度
梢平県国民健康保険団体連合会　　資格情報（個人番号を含む）　　　　　ＬＧＷＡＮ　　毎日
梢平県国民健康保険団体連合会　　高額療養費の支給情報　　　　　　　　ＬＧＷＡＮ　　毎日

（保険年金課長）
先ほどの説明を訂正いたします。資格情報の送信を毎日と申し上げましたが、正しくは１日２回でございます。
"""


def test_the_data_a_relative_clause_describes_is_what_it_moved(lex):
    # nc50 W5: …連合会へ送付していた高額療養費の支給情報を… became a flow from the system
    # the sentence before named, of the eligibility data that sentence moved, planned
    flows = [f for f in analyse(MOVED, lex)["flows"]
             if f["line"] == _line(MOVED, "今回の諮問は") and f["status"] == "current"]
    assert [(f["from"], f["to"], f["channel"], f["frequency"]) for f in flows] == [
        ("保険年金課", "梢平県国民健康保険団体連合会", "electronic-media", "週1回")]
    assert "high-cost-medical-expense" in flows[0]["categories"]
    assert "insurance-eligibility" not in flows[0]["categories"]


def test_the_new_way_goes_as_often_as_its_own_clause_says(lex):
    # nc50 W5: the planned daily feed took the weekly disc's 週1回
    flows = [f for f in analyse(MOVED, lex)["flows"]
             if f["line"] == _line(MOVED, "今回の諮問は") and f["status"] == "planned"]
    assert flows and all(f["frequency"] == "毎日" for f in flows)


def test_a_planned_hand_over_leaves_other_data_to_the_same_party_running(lex):
    # nc50 W6: the table's 支給情報 row is the planned feed, its 資格情報 row runs now; and
    # the correction of how often 資格情報 goes is not the 支給情報's
    flows = analyse(MOVED, lex)["flows"]
    eligibility = next(f for f in flows if f["line"] == _line(MOVED, "梢平県国民健康保険団体連合会　　資格"))
    payments = next(f for f in flows if f["line"] == _line(MOVED, "梢平県国民健康保険団体連合会　　高額"))
    assert (eligibility["status"], eligibility["frequency"]) == ("current", "1日2回")
    assert (payments["status"], payments["frequency"]) == ("planned", "毎日")


#: A contract that runs: the data, the contractor's own part, a way and a giver corrected;
#: then a system to be built and kept by a company the item entrusts.
CORRECTED = """令和７年度第３回梢平村情報公開・個人情報保護審査会　会議録
開催日時　令和７年１０月９日（木）午後２時
諮問第６号　学校給食費の口座振替事務の委託について（教育委員会事務局）
教育次長：口座振替の事務は、株式会社こずえ収納サービスに委託しており、毎月、保護者の氏名、口座番号及び引落金額のデータを、教育委員会から同社に送信しております。
教育次長：同社は、そのデータをもとに各金融機関に振替請求データを送信し、振替結果を本村に返します。
教育次長：先ほどの説明を一部訂正いたします。引落金額のデータは教育委員会から送信すると申し上げましたが、正しくは村の会計課から送信しております。
諮問第８号　子ども医療費助成の審査支払事務の委託について（こども家庭課）
こども家庭課長：子ども医療費助成の審査支払事務を梢平県国民健康保険団体連合会（以下「連合会」といいます。）に委託しております。
こども家庭課長：現在、本村は毎月、受給者の受給者番号、氏名及び生年月日を電子媒体（CD-R）に記録し、職員が連合会へ持参して提出しております。
こども家庭課長：先ほどの説明を訂正いたします。CD-Rは職員が連合会へ持参すると申し上げましたが、正しくは簡易書留で郵送しております。
諮問第７号　児童手当システムの標準化について（住民福祉課）
住民福祉課長：令和8年4月から、国の標準仕様に準拠したシステムに移行する予定でございます。
住民福祉課長：標準準拠システムの構築及び運用保守は、株式会社こずえ電算に委託いたします。
"""


def test_a_correction_of_the_giver_moves_the_hand_over_to_it(lex):
    # nc50 W11: …教育委員会から送信すると申し上げましたが、正しくは村の会計課から送信して
    # おります was ignored; the hand-over stayed the board's
    flows = analyse(CORRECTED, lex)["flows"]
    sent = [f for f in flows if f["to"] == "株式会社こずえ収納サービス" and "bank-account" in f["categories"]]
    assert [f["from"] for f in sent] == ["会計課"]
    assert _line(CORRECTED, "教育次長：先ほどの説明を一部") in [a["line"] for a in sent[0].get("also", [])]


def test_a_correction_of_the_way_changes_the_hand_over_said_either_way(lex):
    # nc50 W8: …CD-Rは…持参すると申し上げましたが、正しくは簡易書留で郵送しております: the
    # disc stayed hand-delivered and the corrected way became a second flow
    flows = analyse(CORRECTED, lex)["flows"]
    disc = [f for f in flows if f["to"] == "梢平県国民健康保険団体連合会"]
    assert [(f["line"], f["channel"]) for f in disc] == [(_line(CORRECTED, "こども家庭課長：現在"), "mail")]


def test_the_contractors_part_of_a_running_contract_runs(lex):
    # nc50 W16: 同社は、…各金融機関に振替請求データを送信し: planned, because the item is
    # consulted on; the contract runs, and so does its part
    flows = analyse(CORRECTED, lex)["flows"]
    [banks] = [f for f in flows if f["from"] == "株式会社こずえ収納サービス" and f["to"].startswith("金融機関")]
    assert banks["status"] == "current"


def test_the_work_a_planned_entrustment_gives_is_planned(lex):
    # nc50 W16: …の構築及び運用保守は、株式会社…に委託いたします: the entrustment planned,
    # the maintaining current
    rels = {(r["type"], r["subject"]): r["status"] for r in analyse(CORRECTED, lex)["relations"]}
    assert rels[("entrusts", "梢平村")] == "planned"
    assert rels[("maintains", "株式会社こずえ電算")] == "planned"


#: A subcontractor to be chosen gets some data; asked how the reading goes now, the
#: official tells the town's own way with its meter readers.
READERS = """梢平町個人情報保護審議会　会議録
１　開催日時　令和７年１１月１２日（水）　午前１０時
議題１　水道料金等徴収業務の包括委託について（上下水道課）
（上下水道課長）
令和８年４月から、水道料金の徴収業務を株式会社こずえウォーターサービスに包括委託する予定でございます。
（上下水道課長）
検針業務は、受託者から地元の検針事業者に再委託される予定で、再委託先の名称は現時点では未定でございます。
（上下水道課長）
検針事業者には氏名、住所及び水栓番号のみを渡し、口座情報は渡しません。
（委員）
現在、検針はどのように行っているのですか。
（上下水道課長）
現在は、町が個人の検針員と委託契約を結び、毎月、検針票を紙で手渡ししております。
"""


def test_the_towns_own_way_now_is_not_the_subcontractors_way_then(lex):
    # nc50 W14: the planned hand-over to the subcontractor took 毎月 and 紙で手渡し from the
    # town's own way with its meter readers, said next
    [flow] = [f for f in analyse(READERS, lex)["flows"] if f["line"] == _line(READERS, "検針事業者には")]
    assert (flow["channel"], flow["frequency"]) == (None, None)


#: Asked whether the registrants' data goes to the police or any body outside the town,
#: the official says no.
ASKED_POLICE = """梢平町個人情報保護審議会　会議録
１　開催日時　令和７年１１月１２日（水）　午前１０時
議題３　住民票の写し等の本人通知制度の運用状況について（報告）（住民課）
（住民課長）
通知は、交付の翌日に、登録者本人あてに普通郵便で送付しております。
（委員）
登録者の情報を、警察など町以外の機関に提供することはありますか。
（住民課長）
ございません。
"""


def test_a_bare_no_keeps_the_body_named_as_an_example_from_the_peoples_data(lex):
    # nc50 M5: 警察など町以外の機関に left the verb no recipient, and 登録者の情報 no data:
    # the no excluded nobody
    access = analyse(ASKED_POLICE, lex)["access"]
    assert [(a["type"], a["party"], a["categories"]) for a in access] == [
        ("excluded", "警察", ["personal-information"])]


#: A system to be built and kept by a company from next April, whose staff may see the
#: data when a fault is dealt with.
KEPT_LATER = """令和７年度第３回梢平村情報公開・個人情報保護審査会　会議録
開催日時　令和７年１２月３日（水）午後１時
諮問第５号　児童手当システムのガバメントクラウドへの移行について（住民福祉課）
住民福祉課長：令和8年4月から、国の標準仕様に準拠したシステムに移行し、ガバメントクラウド上で運用する予定でございます。
住民福祉課長：標準準拠システムの構築及び運用保守は、株式会社コズエ電算に委託いたします。
住民福祉課長：障害対応の際に限り、同社の保守担当者が受給者の個人番号を閲覧することがございます。
"""


def test_what_a_contractor_to_come_may_see_is_planned(lex):
    # nc50 W16: オオルリ電算, whose contract starts in April, "can see" 個人番号 now
    access = [a for a in analyse(KEPT_LATER, lex)["access"] if a["type"] == "incidental"]
    assert [(a["party"], a["status"]) for a in access] == [("株式会社コズエ電算", "planned")]


def test_an_unnamed_party_of_a_comprehensive_entrustment_is_named_by_the_work(lex):
    # nc50 U4: 「水道料金等徴収業務の包括の検針事業者（名称不明）」: 包括 without its 委託
    parties = {e["label"] for e in analyse(READERS, lex)["entities"] if e["type"] == "unnamed-party"}
    assert "水道料金等徴収業務の検針事業者（名称不明）" in parties
    assert not any("包括の" in p for p in parties)


#: A system moved to a cloud, its data listed; then the migrated data handed to the vendor
#: once, on a date.
MIGRATED = """令和７年度第３回梢平村情報公開・個人情報保護審査会　会議録
開催日時　令和７年１２月３日（水）午後１時
諮問第５号　児童手当システムのガバメントクラウドへの移行について（住民福祉課）
住民福祉課長：令和8年4月から、国の標準仕様に準拠したシステムに移行し、ガバメントクラウド上で運用する予定でございます。
住民福祉課長：標準準拠システムの構築及び運用保守は、株式会社コズエ電算に委託いたします。
住民福祉課長：ガバメントクラウドに移行する情報は、受給者の氏名、住所、生年月日、個人番号及び口座情報でございます。
委員：移行作業では、データをどのように渡すのですか。
住民福祉課長：移行データは暗号化したうえで、LGWAN接続系の回線を通じて、令和8年2月に1回限り株式会社コズエ電算に受け渡します。
"""


def test_the_migrated_data_handed_to_the_vendor_once_is_the_data_listed(lex):
    # nc50 M1: 移行データは…株式会社…に受け渡します named no data the extractor knew, and
    # nothing was proposed; 令和8年2月に1回限り is once, not every second month
    [flow] = [f for f in analyse(MIGRATED, lex)["flows"] if f["line"] == _line(MIGRATED, "住民福祉課長：移行データ")]
    assert (flow["from"], flow["to"], flow["status"]) == ("住民福祉課", "株式会社コズエ電算", "planned")
    assert {"my-number", "bank-account", "name"} <= set(flow["categories"])
    assert flow["frequency"] == "1回限り"


#: A contractor's system runs on a cloud company's service, the data kept in its data
#: centre in the country.
STORED = """令和７年度第２回梢平市個人情報保護審議会 会議録
開催日時　令和７年８月２１日（木）午後２時
諮問第２２号　特定健康診査結果通知書作成業務の委託について（健康づくり課）
○健康づくり課長 特定健康診査の結果通知書の作成を、令和7年10月から株式会社こずえ情報センターに委託したいと考えております。
○健康づくり課長 受託者の処理システムは株式会社コズエクラウドが提供するクラウドサービス上で稼働し、健診データは同社の国内データセンターに保存されます。
"""


def test_data_kept_in_a_companys_data_centre_in_the_country_reaches_it(lex):
    # nc50 M4: …同社の国内データセンターに保存されます: the place word (国内) with no の before
    # データセンター left 同社 no slot, and 健診データ no category
    flows = [f for f in analyse(STORED, lex)["flows"] if f["line"] == _line(STORED, "○健康づくり課長 受託者の")]
    assert [(f["to"], f["categories"]) for f in flows] == [("株式会社コズエクラウド", ["health"])]


#: A hand-over that runs, then an item added to it from a later year; then the next
#: hand-over, announced before it is told.
ADDED = """梢平町個人情報保護審議会　会議録
１　開催日時　令和８年１月２０日（火）　午前１０時
議題３　個人情報の外部提供について（住民福祉課）
◎住民福祉課長
　町は、後期高齢者医療の被保険者の所得の情報と被保険者番号を、梢平県後期高齢者医療広域連合に毎月提供しております。
　今回、提供する項目に、令和９年度から住民税の課税・非課税の区分を追加する予定でございます。
◎住民福祉課長
　二つ目は、児童相談所への提供でございます。
　梢平県中央児童相談所から照会があった場合に、児童の氏名及び生年月日を提供いたします。
"""


def test_an_item_added_to_a_running_hand_over_is_a_planned_flow_of_it(lex):
    # nc48 M6: 提供する項目に、令和９年度から…の区分を追加する予定 proposed nothing; and the
    # next hand-over's announcement (二つ目は、…への提供でございます) is no flow of its own
    flows = analyse(ADDED, lex)["flows"]
    [added] = [f for f in flows if f["line"] == _line(ADDED, "　今回、提供する項目に")]
    assert (added["from"], added["to"], added["categories"], added["status"]) == (
        "梢平町", "梢平県後期高齢者医療広域連合", ["income-tax"], "planned")
    assert not [f for f in flows if f["line"] == _line(ADDED, "　二つ目は")]
