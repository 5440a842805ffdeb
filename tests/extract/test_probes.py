"""Self-probes: short minutes in phrasings the seeds do not use, written to find where
the extractor goes wrong on text it was not built from, each read with the bundled
registry (the wrong and lost answers they found stay gone)."""
from __future__ import annotations

import pytest

from kg.extract.lexicon import Lexicon
from kg.extract.pipeline import analyse

import minutes


@pytest.fixture(scope="module")
def bundled():
    return Lexicon.from_data()


def _read(name: str):
    """A module fixture: the proposal for ``minutes.<name>``."""
    @pytest.fixture(scope="module")
    def proposal(bundled):
        return analyse(getattr(minutes, name), bundled)
    return proposal


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start))


probes = _read("PROBES")


def test_a_fire_station_is_a_recipient_and_the_answer_says_how_the_roster_goes(probes):
    at = lambda start: _line(minutes.PROBES, start)  # noqa: E731
    roster = [f for f in probes["flows"] if f["line"] == at("福祉総務課長　避難")]
    assert {f["to"] for f in roster} == {"自治会（名称不明）", "民生委員（名称不明）", "消防署"}
    # 名簿は紙で渡すのですか。はい、紙媒体で年1回お渡ししております: paper, once a year,
    # and the answer is each flow's second quote
    assert {(f["channel"], f["frequency"]) for f in roster} == {("paper", "年1回")}
    assert all([q["line"] for q in f["also"]] == [at("福祉総務課長　はい")] for f in roster)
    # 要介護度 is the care level (under care information); and the roster carries no My Number (記載されません)
    assert all("care-level" in f["categories"] and "my-number" not in f["categories"]
               for f in roster)


def test_the_maintainer_named_by_doshas_work_maintains_the_system_just_named(probes):
    # 介護保険システムは…移行いたします。保守は同社が行い、…
    assert [(r["type"], r["subject"], r["object"]) for r in probes["relations"]
            if r["type"] == "maintains"] == [("maintains", "株式会社試験ソフト", "介護保険システム")]


def test_who_received_the_data_puts_it_into_the_system(probes):
    flows = {(f["from"], f["to"]): f for f in probes["flows"]}
    assert ("医療機関（名称不明）", "健康課") in flows
    assert flows[("医療機関（名称不明）", "健康課")]["channel"] == "electronic-media"  # 電子媒体で
    # 受け取った結果は健康管理システムに取り込み: 健康課 puts it in, not 医療機関
    assert ("健康課", "健康管理システム") in flows and ("医療機関（名称不明）", "健康管理システム") not in flows
    assert flows[("健康課", "健康管理システム")]["categories"] == ["health"]


def test_a_use_beyond_purpose_in_an_item_so_titled(probes):
    # 税務課が保有する課税情報を子育て支援課が利用いたします (item: 税情報の目的外利用について)
    [used] = [f for f in probes["flows"] if f["verb"] == "目的外利用"]
    assert (used["from"], used["to"], used["categories"]) == ("税務課", "子育て支援課", ["income-tax"])


relayed = _read("PROBES_RELAYED")


def test_who_re_entrusted_the_work_hands_on_the_data_and_a_learned_name_is_denied(relayed):
    at = lambda start: _line(minutes.PROBES_RELAYED, start)  # noqa: E731
    carrier = "ふるさと納税業務の配送事業者（名称不明）"
    # 返礼品の配送は、受託者から配送事業者に再委託されます。配送事業者には氏名と住所のみを渡し
    assert [(f["from"], f["categories"]) for f in relayed["flows"] if f["to"] == carrier] == [
        ("株式会社ふるさとサポート", ["name", "address"])]
    # 寄附額 was new in the list of line 5; alone (寄附額は渡しません) it is still that data
    assert ("excluded", carrier, ("new:寄附額",), at("財政課長　返礼品")) in {
        (a["type"], a["party"], tuple(a["categories"]), a["line"]) for a in relayed["access"]}


def test_a_bare_no_to_a_question_of_handling_excludes_the_one_asked_about(relayed):
    # 受託者が個人番号を扱うことはあるか。ございません。
    assert ("株式会社ふるさとサポート", ("my-number",)) in {
        (a["party"], tuple(a["categories"])) for a in relayed["access"] if a["type"] == "excluded"}
    assert relayed["my_number_involved"] is False
    # 同社は児童の学習履歴を閲覧することはできません: the company just named
    assert any(a["party"] == "株式会社まなびクラウド" and a["type"] == "excluded"
               for a in relayed["access"])


def test_an_inquiry_made_is_answered_by_the_one_asked(relayed):
    # 前住所地の市区町村に対し、所得情報を照会し、回答を受けております
    [asked] = [f for f in relayed["flows"] if "市区町村" in f["from"] or "市区町村" in f["to"]]
    assert (asked["from"], asked["to"], asked["categories"]) == (
        "前住所地の市区町村（名称不明）", "保険年金課", ["income-tax"])


handed_on = _read("PROBES_HANDED_ON")


def _at(start: str) -> int:
    return next(n for n, line in enumerate(minutes.PROBES_HANDED_ON.split("\n"), 1)
                if start in line)


def test_who_received_the_data_hands_it_on(handed_on):
    # 本市は、…広域連合から…を受領し…。抽出した対象者の氏名…を、株式会社…に提供し
    [given] = [f for f in handed_on["flows"] if f["line"] == _at("抽出した")]
    assert (given["from"], given["to"]) == ("試験市", "株式会社ぐんまヘルスケア")


def test_a_lone_prefecture_word_with_the_network_and_frequency_of_its_own_flow(handed_on):
    # 本市から県へ、年4回、…を送付いたします。…ＬＧＷＡＮ経由で…送付いたします。
    [sent] = [f for f in handed_on["flows"] if f["line"] == _at("本市から県へ")]
    assert (sent["from"], sent["to"], sent["categories"]) == ("試験市", "群馬県", ["name", "date-of-birth"])
    assert (sent["channel"], sent["frequency"]) == ("lgwan", "年4回")
    # the inquiry over the network of the sentence before keeps no LGWAN of the answer
    [asked] = [f for f in handed_on["flows"] if f["line"] == _at("情報提供ネットワーク")]
    assert asked["channel"] is None and asked["via"] == "情報提供ネットワークシステム"


def test_a_re_entrustment_to_a_subcontractor_not_yet_chosen(handed_on):
    # 再委託は予定しているか。／…一部を再委託する予定ですが、再委託先は未定です。
    rows = [(r["line"], r["subject"], r["object"]) for r in handed_on["relations"]
            if r["type"] == "re-entrusts"]
    assert rows == [(_at("一部を再委託"), "株式会社ぐんまヘルスケア",
                     "後期高齢者の保健事業の再委託先（名称不明）")]


roster = _read("PROBES_ROSTER")


def test_a_denial_after_a_contrasting_clause_is_of_its_own_data(roster):
    at = lambda start: _line(minutes.PROBES_ROSTER, start)  # noqa: E731
    # 名簿には、氏名、住所及び電話番号を記載いたしますが、病名は記載いたしません。
    assert {(a["party"], tuple(a["categories"])) for a in roster["access"] if a["line"] == at("名簿には")} \
        == {("民生委員（名称不明）", ("medical-history",))}


def test_a_company_working_on_its_own_premises_operates_the_system(roster):
    # 同社のデータセンターで選挙システムを運用しております
    assert ("operates", "株式会社みらい情報システム", "選挙システム") in {
        (r["type"], r["subject"], r["object"]) for r in roster["relations"]}


def test_who_inquires_receives_though_the_answer_took_its_kara(roster):
    # 警察署から照会があった場合には、捜査関係事項照会書により対象者の住所を回答しております
    at = _line(minutes.PROBES_ROSTER, "福祉課長　警察署")
    assert [(f["from"], f["to"], f["categories"]) for f in roster["flows"] if f["line"] == at] == [
        ("福祉課", "警察", ["address"])]


def test_an_opinion_on_item_one_by_its_number_is_not_the_last_items(roster):
    # （１）について／実施機関が、…を選挙管理委員会事務局に提供することは、妥当である。
    at = _line(minutes.PROBES_ROSTER, "実施機関が")
    assert not [f for f in roster["flows"] if f["line"] == at and f["from"] == "福祉課"]


town = _read("PROBES_TOWN")


def test_a_table_row_names_the_town_body_whole_and_its_network(town):
    rows = {(f["to"], f["channel"], f["frequency"]) for f in town["flows"] if f["verb"] == "表"}
    # ひばり町社会福祉協議会 (ひばり reads as a given name); LGWAN names a system and a network
    assert rows == {("福島県", "lgwan", "随時"), ("ひばり町社会福祉協議会", "paper", "年2回")}
    # 庁内ネットワークにより: the town hall's own network
    assert [f["channel"] for f in town["flows"] if f["to"] == "税務課"] == ["internal-network"]


def test_a_bare_no_to_whether_the_handed_data_hold_my_number(town):
    # 委員：個人番号は含まれるのか。介護福祉課長：含まれません。
    at = _line(minutes.PROBES_TOWN, "介護福祉課長：含まれません")
    assert {(a["type"], a["party"], tuple(a["categories"])) for a in town["access"] if a["line"] == at} \
        == {("excluded", "一般財団法人ふくしま情報センター", ("my-number",))}
    assert town["my_number_involved"] is False


papers = _read("PROBES_PAPER")


def test_the_list_after_the_paper_it_is_on_and_a_generic_word_spelled_out(papers):
    def data(start):
        at = _line(minutes.PROBES_PAPER, start)
        return [f["categories"] for f in papers["flows"] if f["line"] == at]
    # 引き渡す個人情報は、給与支払報告書に記載された氏名、住所及び個人番号: not the paper,
    # nor 個人情報 beside the data that spell it out
    assert data("委託先に引き渡す") == [["name", "address", "my-number"]]
    assert data("納税課長") == [["name", "new:納付額"]]


def test_papers_carried_to_the_contractors_workshop(papers):
    # 課税資料は、市の職員が委託先の作業所に搬送し: the hand-over of the sentence before,
    # said again (the city for its department): one flow, quoted twice
    at = _line(minutes.PROBES_PAPER, "課税資料は")
    [handed] = [f for f in papers["flows"] if f["to"] == "株式会社データエントリー東京"]
    assert handed["from"] == "課税課" and [q["line"] for q in handed["also"]] == [at]


shared = _read("PROBES_SHARED")


def test_sharing_goes_both_ways_with_the_data_spelled_out_after_it(shared):
    def rows(start):
        at = _line(minutes.PROBES_SHARED, start)
        return {(f["from"], f["to"], tuple(f["categories"])) for f in shared["flows"] if f["line"] == at}
    # 母子保健担当と児童福祉担当が、…共有いたします。共有する情報は、児童の氏名及び生年月日です。
    assert rows("こども家庭課長") == {("母子保健担当", "児童福祉担当", ("name", "date-of-birth")),
                                     ("児童福祉担当", "母子保健担当", ("name", "date-of-birth"))}
    # 児童相談所とも、児童の住所を共有: とも is no part of the name, the comma no stop
    assert rows("また、児童相談所") == {("こども家庭課", "児童相談所", ("address",)),
                                     ("児童相談所", "こども家庭課", ("address",))}


def test_a_hand_over_to_a_vendor_and_a_company_named_for_other_work(shared):
    at = _line(minutes.PROBES_SHARED, "企画課長")
    [handed] = [f for f in shared["flows"] if f["line"] == at]
    assert handed["verb"] == "引き継ぐ" and handed["to"].endswith("の事業者（名称不明）")
    # …ポータルサイトを運営する株式会社ふるさとネクスト: not the one the work is entrusted to
    assert not [r for r in shared["relations"] if r["object"] == "株式会社ふるさとネクスト"]


library = _read("PROBES_LIBRARY")


def test_a_systems_topic_sends_along_its_chain_to_the_certification_service(library):
    # 図書館システムは…公的個人認証\nサービスに…シリアル番号を送信し、…を受け取ります
    assert [(f["from"], f["to"], f["to_id"], f["categories"]) for f in library["flows"]][0] == (
        "図書館システム", "公的個人認証サービス", "jpki", ["new:シリアル番号"])


def test_data_kept_on_a_companys_cloud_goes_to_the_company(library):
    # 利用者の氏名及び貸出履歴は、同社のクラウドサービス上に保存されます
    # (from the library's side: its system, named in the sentences just before)
    assert [(f["from"], f["to"], f["categories"]) for f in library["flows"]][1:] == [
        ("図書館システム", "株式会社ブックシステムズ", ["name", "library-loan-record"])]


def test_operation_and_maintenance_said_as_one_compound(library):
    # 図書館システムの運用保守は、株式会社ブックシステムズが行っております
    # (and, since session 34, J-LIS hosts the 公的個人認証サービス the minutes call its own)
    assert {(r["type"], r["subject"], r["object"]) for r in library["relations"]} == {
        ("operates", "株式会社ブックシステムズ", "図書館システム"),
        ("maintains", "株式会社ブックシステムズ", "図書館システム"),
        ("hosts", "地方公共団体情報システム機構", "公的個人認証サービス")}


changed = _read("PROBES_CHANGE")


def test_a_change_of_channel_keeps_the_flow_now_and_plans_it_by_the_new_one(changed):
    # …毎月送付しております。…送付方法を電子媒体から専用回線による送信に変更いたします。
    rows = [(f["line"], f["to"], f["channel"], f["status"], f["frequency"]) for f in changed["flows"]]
    now, then = _line(minutes.PROBES_CHANGE, "国保年金課長"), _line(minutes.PROBES_CHANGE, "今回")
    assert rows == [(now, "東京都国民健康保険団体連合会", "electronic-media", "current", "毎月"),
                    (then, "東京都国民健康保険団体連合会", "dedicated-line", "planned", "毎月")]


not_so = _read("PROBES_NOT_SO")


def test_what_is_not_so_proposes_nothing_and_an_opinion_is_no_denial(not_so):
    assert not_so["flows"] == [] and not_so["relations"] == []
    # 受託者に個人番号を渡すべきではないとの意見があった: what a member thinks, not a fact;
    # 受託者に個人番号を渡すことはございません: the department's denial
    assert [(a["line"], a["type"], a["categories"]) for a in not_so["access"]] == [
        (_line(minutes.PROBES_NOT_SO, "受託者に個人番号を渡すこと"), "excluded", ["my-number"])]


conditions = _read("PROBES_CONDITIONS")


def test_a_flow_that_waits_for_an_event_records_it_as_its_frequency(conditions):
    rows = {(f["to"], f["frequency"], f["status"]) for f in conditions["flows"]}
    # the event is the frequency (as curated: 証明書の取り忘れがあった場合), without the
    # speaker's label, and 可能性 inside it says nothing of the flow's status
    assert rows == {("警察", "警察署から照会があった場合", "current"),
                    ("児童相談所", "虐待の可能性がある場合", "current"),
                    ("年金事務所", "年金事務所から求められた際", "current")}


def test_access_limited_to_some_data_and_a_denial_of_all_but_staff(conditions):
    at = lambda start: _line(minutes.PROBES_CONDITIONS, start)  # noqa: E731
    rows = {(a["line"], a["type"], tuple(a["categories"])) for a in conditions["access"]}
    # 閲覧できるのは氏名及び住所のみであり、所得情報は閲覧できません: name and address seen,
    # income denied; 担当職員以外は…閲覧できない excludes none of the item's recipients
    assert rows == {(at("受託者が閲覧"), "incidental", ("name", "address")),
                    (at("受託者が閲覧"), "excluded", ("income-tax",))}


cloud = _read("PROBES_CLOUD")


def test_a_move_to_the_government_cloud(cloud):
    at = lambda start: _line(minutes.PROBES_CLOUD, start)  # noqa: E731
    # the city entrusts (デジタル庁 is the subject of 調達した, in a clause that ends at であり),
    # to the whole hiragana name (not 株式会社しゅう, cut at its の); 運用管理 is the work
    # entrusted: the company operates the cloud (for the city: the fact is the city's)
    assert [(r["type"], r["subject"], r["object"]) for r in cloud["relations"]] == [
        ("operates", "株式会社しゅうのうサービス", "ガバメントクラウド"),
        ("entrusts", "試験市", "株式会社しゅうのうサービス")]
    # デジタル庁も…閲覧することはできません: も marks who is denied
    assert {(a["line"], a["type"], a["party"]) for a in cloud["access"]} == {
        (at("デジタル推進課長　デジタル庁も"), "excluded", "デジタル庁")}
    moved = [f for f in cloud["flows"] if f["to"] == "標準準拠システム"]
    assert [(f["from"], f["status"]) for f in moved] == [("試験市", "planned")]


online = _read("PROBES_ONLINE")


def test_an_ai_service_and_an_online_application(online):
    at = lambda start: _line(minutes.PROBES_ONLINE, start)  # noqa: E731
    rows = {(f["from"], f["to"], tuple(f["categories"]), f["channel"]) for f in online["flows"]}
    assert ("みどり市", "生成AIサービス", ("personal-information",), None) in rows
    # …ぴったりサービスから申請された…データは、…に取り込んでおります: from the portal, not
    # the city; 申請データには、氏名…が含まれております: what it holds
    assert ("マイナポータル", "電子申請管理システム", ("name", "address", "my-number", "bank-account"),
            "lgwan") in rows
    [applied] = [f for f in online["flows"] if f["to"] == "電子申請管理システム"]
    assert [q["line"] for q in applied["also"]] == [at("申請データには")]
    assert online["my_number_involved"] is True


tax = _read("PROBES_TAX")


def test_a_tax_notice_to_employers_and_care_billing(tax):
    at = lambda start: _line(minutes.PROBES_TAX, start)  # noqa: E731
    [notice] = [f for f in tax["flows"] if f["line"] == at("・特別徴収義務者")]
    # 通知には、氏名、住所、個人番号及び税額が記載される: what the notice holds joins its data
    assert set(notice["categories"]) == {"income-tax", "name", "address", "my-number"}
    assert (notice["from"], notice["via"]) == ("市民税課", "eLTAX")
    assert [q["line"] for q in notice["also"]] == [at("・通知には")]
    employers = next(e for e in tax["entities"] if e["label"] == notice["to"])
    assert employers["role"] == "other"  # an employer, not a contractor of the city
    rel = {(r["type"], r["subject"], r["object"]) for r in tax["relations"]}
    assert {("operates", "地方税共同機構", "eLTAX"),
            ("entrusts", "あおい市", "千葉県国民健康保険団体連合会")} <= rel
    [billing] = [f for f in tax["flows"] if f["line"] == at("・本市は")]
    assert (billing["to"], billing["frequency"]) == ("千葉県国民健康保険団体連合会", "毎月")


school = _read("PROBES_SCHOOL")


def test_a_schools_learning_service_and_footage_on_request(school):
    rows = {(f["from"], f["to"]): f for f in school["flows"]}
    # 株式会社まなびネットが提供する学習支援サービス: a product, so nothing flows from the company
    assert not [f for f in school["flows"] if f["from"] == "株式会社まなびネット"]
    assert ("provides", "株式会社まなびネット", "学習支援サービス") in {
        (r["type"], r["subject"], r["object"]) for r in school["relations"]}
    assert "name" in rows[("教育総務課", "学習支援サービス")]["categories"]
    # 警察から…照会書により要請があった場合に限り…提供: the police ask, so they receive
    footage = rows[("危機管理課", "警察")]
    assert (footage["channel"], footage["frequency"]) == (
        "electronic-media", "警察から捜査関係事項照会書により要請があった場合")
    # 目的外に利用することは禁止: an exclusion about a purpose, not about all use
    [denied] = school["access"]
    assert (denied["party"], denied["context"].split("（")[0]) == ("株式会社まなびネット", "目的外の利用")


welfare = _read("PROBES_WELFARE")


def test_welfare_items_a_maintainer_who_may_see_and_a_fax_astray(welfare):
    at = lambda start: _line(minutes.PROBES_WELFARE, start)  # noqa: E731
    items = {(i["title"], i["type"], i["department"]) for i in welfare["agenda_items"]}
    # the heading ends the line (not joined to the sentence after it), and （報告） makes a report
    assert ("個人情報の漏えい", "report", "障害福祉課") in items
    # 委員：保守作業でレセプトを見ることはあるのか。事務局：…受託者の保守担当者がデータを閲覧
    # する場合がございます: the contractor may see what the question asked about
    assert {(a["type"], a["party"], tuple(a["categories"])) for a in welfare["access"]
            if a["line"] == at("事務局：障害対応")} == {
        ("incidental", "株式会社ケースワークシステムズ", ("receipt",))}
    [astray] = [f for f in welfare["flows"] if f["line"] == at("障害福祉課の職員が")]
    assert (astray["from"], astray["status"], astray["channel"]) == ("障害福祉課", "ended", "fax")
    assert astray["to"].endswith("の誤送付先（名称不明）")
    # 通知書には、氏名、住所及び障害等級が記載されていた: what the fax held
    assert {"disability", "name", "address"} <= set(astray["categories"])


new_way = _read("PROBES_NEW_WAY")


def test_an_old_way_and_a_new_one_in_one_sentence(new_way):
    at = lambda start: _line(minutes.PROBES_NEW_WAY, start)  # noqa: E731
    rows = {(f["channel"], f["status"]) for f in new_way["flows"] if f["line"] == at("保険年金課長　これまで")
            and f["to"] == "埼玉県後期高齢者医療広域連合" and f["categories"] == ["insurance-eligibility"]}
    # the mail runs until the line starts (…令和9年3月末で廃止: not planned, still current)
    assert rows == {("mail", "current"), ("dedicated-line", "planned")}
    # 送信する情報に個人番号は含まれるのか。個人番号は含まれません。: not to the federation
    assert {(a["party"], tuple(a["categories"])) for a in new_way["access"]} == {
        ("埼玉県後期高齢者医療広域連合", ("my-number",))}


form = _read("PROBES_FORM")


def test_entrustments_written_as_forms(form):
    at = lambda start: _line(minutes.PROBES_FORM, start)  # noqa: E731
    flows = {f["to"]: f for f in form["flows"]}
    sent = flows["株式会社もみじメディカルサービス"]
    # 取り扱う個人情報 is what the contractor receives; 受渡し方法 its channel; 委託期間 from
    # 令和8年10月 (the meeting is in September) makes it planned
    assert (sent["from"], sent["line"], sent["channel"], sent["status"]) == (
        "健康づくり課", at("３　取り扱う"), "electronic-media", "planned")
    assert {"name", "address", "date-of-birth", "sex"} <= set(sent["categories"])
    assert [q["line"] for q in sent["also"]] == [at("４　個人情報"), at("６　委託期間")]
    rel = {(r["type"], r["subject"], r["object"]): r for r in form["relations"]}
    assert set(rel[("entrusts", "もみじ市", "株式会社もみじメディカルサービス")]["categories"]) == set(
        sent["categories"])
    # （再委託先：株式会社もみじ印刷）, which 再委託先は…氏名と住所のみを取り扱います says handles
    sub = rel[("re-entrusts", "株式会社もみじメディカルサービス", "株式会社もみじ印刷")]
    # (再委託の有無 有 says there is one, not what the contract allows: no permission)
    assert (sub["permission"], sub["categories"]) == (None, ["name", "address"])
    # 委託先　未定: an unnamed contractor; 再委託の有無　無: a forbidden re-entrustment
    unnamed = "介護予防教室運営業務の受託者（名称不明）"
    assert set(flows[unnamed]["categories"]) == {"name", "phone-number", "care-level"}
    assert [r["permission"] for k, r in rel.items() if k[0] == "re-entrusts" and k[1] == unnamed] == ["forbidden"]
    # the period line does not run on into the speaker's line after it
    assert all(not q["quote"].endswith("考えております。") for q in sent["also"])


roll = _read("PROBES_ROLL")


def test_a_roll_shown_to_parties_and_the_press(roll):
    at = lambda start: _line(minutes.PROBES_ROLL, start)  # noqa: E731
    shown = {(f["from"], f["to"], tuple(f["categories"]), f["channel"]) for f in roll["flows"]
             if f["line"] == at("選挙管理委員会事務局長　公職")}
    # 閲覧させる: the roll is shown, in person, to each of 政党及び世論調査を行う報道機関
    assert shown == {("選挙管理委員会事務局", "政党（名称不明）", ("electoral-roll",), "in-person"),
                     ("選挙管理委員会事務局", "報道機関（名称不明）", ("electoral-roll",), "in-person")}
    assert ("つばき区", "戸籍情報連携システム", ["koseki"]) in [
        (f["from"], f["to"], f["categories"]) for f in roll["flows"]]


pia = _read("PROBES_PIA")


def test_a_linkage_inquiry_and_what_the_intermediate_server_does_not_keep(pia):
    rows = {(f["from"], f["to"], tuple(f["categories"]), f["via"]) for f in pia["flows"]}
    # 他の市区町村から転入した受給者については、…転入前の市区町村に所得情報を照会し: asked, the
    # previous municipality answers; 他の市区町村から転入 is where a person moved
    assert rows == {("転入前の市区町村（名称不明）", "こども支援課", ("income-tax",), "情報提供ネットワークシステム")}
    # 符号と個人番号を紐付けずに保管: no 個人番号 (nor the income before) goes to the server
    assert {(a["type"], a["party"], tuple(a["categories"])) for a in pia["access"]} == {
        ("excluded", "株式会社なぎさソフト", ("my-number",))}


union = _read("PROBES_UNION")


def test_an_unnamed_union_a_network_used_and_a_denied_number(union):
    at = lambda start: _line(minutes.PROBES_UNION, start)  # noqa: E731
    rows = {(f["from"], f["to"], tuple(f["categories"]), f["channel"]) for f in union["flows"]}
    # 個人番号を含む被保険者資格情報を、毎月、LGWANを利用して広域連合に送付: the data is 送付's,
    # not 利用's; 広域連合 names no body the minutes name: unnamed, never guessed
    assert ("あさひ町", "広域連合（名称不明）", ("my-number", "insurance-eligibility"), "lgwan") in rows
    assert ("広域連合（名称不明）", "町民課", ("health", "receipt"), None) in rows
    [entrusts] = [r for r in union["relations"] if r["type"] == "entrusts"]
    assert entrusts["object"] == "株式会社あさひヘルスケア" and "my-number" not in entrusts["categories"]
    assert {(a["line"], a["party"], tuple(a["categories"])) for a in union["access"]} == {
        (at("町民課長　見ることは"), "株式会社あさひヘルスケア", ("my-number",))}


care = _read("PROBES_CARE")


def test_a_care_manager_a_paper_by_mail_and_an_association_called_back(care):
    rows = {(f["from"], f["to"], tuple(f["categories"]), f["channel"]) for f in care["flows"]}
    # (議題　…について（健康福祉課）: the one item, so its department gives and receives)
    assert rows == {("健康福祉課", "居宅介護支援事業所（名称不明）", ("care-information",), None),
                    ("医療機関（名称不明）", "健康福祉課", ("doctor-opinion",), "mail")}
    # 同法人は…利用者の氏名、住所及び要介護度を閲覧できる: the association named before;
    # 同法人は、町の介護保険システムには接続していない: kept out of that system only
    assert {(a["type"], a["party"], a["system"]) for a in care["access"]} == {
        ("incidental", "社会福祉法人みなと福祉会", None),
        ("excluded", "社会福祉法人みなと福祉会", "介護保険システム")}


incident = _read("PROBES_INCIDENT")


def test_a_certificate_handed_to_the_wrong_person_and_a_heading_that_moves_nothing(incident):
    at = lambda start: _line(minutes.PROBES_INCIDENT, start)  # noqa: E731
    assert [(i["title"], i["type"], i["department"]) for i in incident["agenda_items"]] == [
        ("住民票の写しの誤交付", "report", "市民課"), ("メールの誤送信", "report", "こども家庭課")]
    # 申請者に対し、同姓同名の別人の住民票の写しを誤って交付: another's data, to someone it is
    # not about, once; 住民票の写しには、…が記載されておりました: what it held
    [astray] = incident["flows"]
    assert (astray["line"], astray["from"], astray["status"]) == (at("市民課長　令和8年9月10日"), "市民課", "ended")
    assert astray["to"].endswith("の誤送付先（名称不明）")
    assert {"juminhyo", "name", "address", "date-of-birth"} <= set(astray["categories"])


reported = _read("PROBES_REPORTED")


def test_sharing_reported_as_an_explanation(reported):
    assert [(i["number"], i["department"], i["outcome"]) for i in reported["agenda_items"]] == [
        ("1", "子ども家庭支援センター", "approved-with-conditions")]  # 次の意見を付して承認
    rows = {(f["from"], f["to"]) for f in reported["flows"]}
    assert rows == {("子ども家庭支援センター", "警察"), ("警察", "子ども家庭支援センター")}
    assert all({"child-protection", "name"} <= set(f["categories"]) for f in reported["flows"])
    # 共有は、電話又は対面で行い、記録は残さない: the denial is of the records, not the way
    assert {f["channel"] for f in reported["flows"]} == {"in-person"}
    # 警察に個人番号を提供しないこと: what the council asks, not what is so
    assert reported["access"] == []


federation = _read("PROBES_FEDERATION")


def test_a_federation_its_old_way_its_fallback_and_a_national_body_it_entrusts(federation):
    at = lambda start: _line(minutes.PROBES_FEDERATION, start)  # noqa: E731
    sends = {(f["line"], f["channel"], f["status"]) for f in federation["flows"]
             if f["to"] == "愛知県国民健康保険団体連合会"}
    # これまでは光ディスクを郵送…が、令和9年4月からはLGWANによる送信に切り替えます: the LGWAN
    # sending said before starts later; post goes on till then, quoted from the change
    assert (at("保険年金課長　保険年金課は、毎月"), "lgwan", "planned") in sends
    assert (at("保険年金課長　これまでは"), "mail", "current") in sends
    # LGWANが使用できない場合には…持参: only when the network is down
    assert (at("保険年金課長　LGWANが"), "electronic-media", "possible") in sends
    # 本市から中央会に直接データを送ることはいたしません: 中央会 is the national body just
    # named, and only direct sending is denied (the federation's entrustment may reach it)
    denied = {(a["line"], a["party"], a["context"]) for a in federation["access"]}
    assert (at("保険年金課長　連合会は"), "国民健康保険中央会",
            "直接の提供（国民健康保険の資格情報の提供）") in denied
    assert not any(a["party"] == "愛知県国民健康保険団体連合会" and "personal-information" in a["categories"]
                   for a in federation["access"])
    # …渡さないということですね。 asks; the answer denies
    assert {a["line"] for a in federation["access"]
            if a["party"] == "愛知県国民健康保険団体連合会"} == {at("保険年金課長　はい")}
    # 取得する情報は、…個人番号でございます。取得は、…届出があった都度…: the receipt's data
    # and the event it waits for
    [received] = [f for f in federation["flows"] if f["from"] == "地方公共団体情報システム機構"]
    assert {"name", "address", "my-number"} <= set(received["categories"])
    assert received["frequency"] == "被保険者から届出があった都度"


support = _read("PROBES_SUPPORT")


def test_a_cloud_place_an_items_own_system_and_an_exchange_whose_way_changes(support):
    at = lambda start: _line(minutes.PROBES_SUPPORT, start)  # noqa: E731
    # …システムを、株式会社うみかぜクラウドが提供するクラウドサービスに移行 (令和9年1月から)
    # and …のデータは、同社の国内のデータセンターに保管: the company will host the system,
    # and no unnamed data centre is made up; the entrustment of its running starts with it
    relations = {(r["type"], r["subject"], r["object"], r["status"]) for r in support["relations"]}
    assert ("hosts", "株式会社うみかぜクラウド", "家庭児童相談システム", "planned") in relations
    assert ("entrusts", "かもめ市", "株式会社うみかぜクラウド", "planned") in relations
    assert not any("データセンター" in e["label"] for e in support["entities"])
    # これまでファクスで…が、令和9年4月からは…情報共有システムを通じて行います
    ways = {(f["channel"], f["via"], f["status"]) for f in support["flows"] if f["to"] == "児童相談所"}
    assert ways == {("fax", None, "current"), ("online", "児童相談所関連情報共有システム", "planned")}
    # 本システムでは: the system of the item's title, not the one named just before
    assert {a["context"] for a in support["access"] if a["line"] == at("子育て支援課長　本システム")} \
        == {"家庭児童相談システム（家庭児童相談システムのクラウド化）"}
    # 小学校及び幼稚園は…閲覧することはできません: both
    assert {a["party"] for a in support["access"] if a["line"] == at("子育て支援課長　小学校")} \
        == {"小学校（名称不明）", "幼稚園（名称不明）"}
    # …帳票のみを渡し、電子データは渡しません: a form of the data, not all of it, is denied
    assert not [a for a in support["access"] if a["line"] == at("子育て支援課長　帳票")]


labels = _read("PROBES_LABELS")


def test_labels_on_their_own_lines_bracketed_items_and_a_leak_answered(labels):
    at = lambda start: _line(minutes.PROBES_LABELS, start)  # noqa: E731
    items = {f["item"] for f in labels["flows"]}
    # 【議題１】, 【議題２】, 【議題３】 open their items' sections
    assert len(items) == 3
    rows = {(f["from"], f["to"], f["channel"]) for f in labels["flows"]}
    # 当センター is the item's centre; 暗号化メール is e-mail; …からは、…が当センターに送られる
    assert ("こども家庭センター", "南浜児童相談所", "email") in rows
    assert ("南浜児童相談所", "こども家庭センター", "paper") in rows
    # 南浜警察署 (南浜 reads as a surname) is named whole; the centre answers it, not the
    # office whose papers the centre just received
    [police] = [f for f in labels["flows"] if f["to"] == "南浜警察署"]
    assert police["from"] == "こども家庭センター" and police["frequency"] == "南浜警察署から照会があった場合"
    # 誤って別の世帯に郵送した: by post, ended; 委員Ａ：誤送付した情報の内容は。 asks, and
    # the answer's data joins the leak
    [leak] = [f for f in labels["flows"] if f["status"] == "ended"]
    assert (leak["from"], leak["channel"]) == ("市民税課", "mail")
    assert {"name", "address", "income-tax"} <= set(leak["categories"])
    assert at("　納税義務者") in [q["line"] for q in leak["also"]]
    # 委託しようとするものである: put forward, so planned, and the re-entrustment under it
    assert {(r["type"], r["status"]) for r in labels["relations"]} == {("entrusts", "planned"),
                                                                        ("re-entrusts", "planned")}
    # （田中委員）／委託先が取り扱う情報の範囲を教えていただきたい。／（市民税課長）／氏名…:
    # the answer is what the contractor gets
    assert ("市民税課", "株式会社しおさいデータ", None) in rows


summary = _read("PROBES_SUMMARY")


def test_a_summary_with_quoted_sections_a_printers_leak_and_a_changing_contractor(summary):
    at = lambda start: _line(minutes.PROBES_SUMMARY, start)  # noqa: E731
    # 2 報告事項「…について」: numbered sections, each with its kind and outcome (…適当である
    # との答申)
    assert [(i["number"], i["type"], i["outcome"]) for i in summary["agenda_items"]] == [
        ("2", "report", "noted"), ("3", "consultation", "approved"), ("4", "consultation", "approved")]
    # …を委託している株式会社つつじ野プリントにおいて、…別人に送付された: the printer is the
    # contractor and the one the letters went astray from; 誤送付された通知書には… says what
    # they held, and 個人番号は記載されていなかった is no My Number
    [leak] = [f for f in summary["flows"] if f["status"] == "ended"]
    assert leak["from"] == "株式会社つつじ野プリント" and leak["line"] == at("　市民税課長から、令和8年1月")
    assert {"name", "address", "income-tax"} <= set(leak["categories"]) and "my-number" not in leak["categories"]
    evidence = {e["line"]: e["negated"] for e in summary["my_number_evidence"]}
    assert evidence[at("　誤送付された")] is True
    relations = {(r["type"], r["object"], r["status"]) for r in summary["relations"]}
    assert ("entrusts", "株式会社つつじ野プリント", "current") in relations
    # …指示したとの回答があった: the answer, no data handed to the printer
    assert not [f for f in summary["flows"] if f["to"] == "株式会社つつじ野プリント"]
    # 学務課が利用したい: asked for, planned; 所得額のみを提供し、税額は提供しない: one
    # category holds both, and the sentence gives it, so no exclusion takes it back
    [beyond] = [f for f in summary["flows"] if f["to"] == "学務課"]
    assert (beyond["categories"], beyond["status"]) == (["income-tax"], "planned")
    assert not [a for a in summary["access"] if a["party"] == "学務課"]
    # 確認 inside オンライン資格確認等システム is no verb: the data is the eligibility's
    [online] = [f for f in summary["flows"] if f["to"] == "オンライン資格確認等システム"]
    assert online["categories"] == ["insurance-eligibility"] and online["status"] == "planned"
    # 受給者情報を、…照会に応じて提供する。提供する特定個人情報は、受給者の個人番号及び氏名
    [network] = [f for f in summary["flows"] if f["via"] == "情報提供ネットワークシステム"]
    assert {"my-number", "name"} <= set(network["categories"])
    # 委託しているが、令和9年4月から委託先を…に変更する予定: the old contractor now, the
    # new one planned
    assert {("entrusts", "株式会社つつじ野電算", "current"), ("entrusts", "株式会社はなみずき情報", "planned"),
            ("operates", "国民健康保険システム", "current")} <= relations


brackets = _read("PROBES_BRACKETS")


def test_head_fields_labels_in_lenticular_brackets_and_a_maintainer_answered(brackets):
    # 出席委員　…小野委員 / 事務局　総務課長…: a field, not the rest of the line before
    assert not any("委員事務局" in e["label"] for e in brackets["entities"])
    # 【委員】／見守り支援システムの保守はどこが行うのか。【事務局（…）】／株式会社ほたる
    # システムズが保守を行う。: the system the question names (its name opens with 見守り)
    assert {(r["type"], r["subject"], r["object"]) for r in brackets["relations"]} == {
        ("maintains", "株式会社ほたるシステムズ", "見守り支援システム")}
    # 提供する情報は、児童の氏名…でございまして、専用回線を用いて送信いたします: the data
    # and the way of the flow before
    [weekly] = [f for f in brackets["flows"] if f["from"] == "学校教育課"]
    assert "name" in weekly["categories"] and weekly["channel"] == "dedicated-line"
    # 税務課から課税情報を毎年6月に受け取っている, said for 子育て支援課 (its label)
    assert ("税務課", "子育て支援課", ("income-tax",)) in {
        (f["from"], f["to"], tuple(f["categories"])) for f in brackets["flows"]}


others = _read("PROBES_OTHERS")


def test_another_governments_office_described_data_a_numeral_place_and_a_later_start(others):
    at = lambda start: _line(minutes.PROBES_OTHERS, start)  # noqa: E731
    # 県の西部福祉事務所 is no department of the town, and 同事務所は…に委託する予定 is its
    # entrustment: the town entrusts nothing (nor by the item's title)
    types = {e["label"]: e["type"] for e in others["entities"]}
    assert types["西部福祉事務所"] == "public-body" and types.get("福祉事務所") == "public-body"
    # (session 35: 同事務所 now points back at the office, so its entrustment is proposed)
    assert [r["subject"] for r in others["relations"] if r["type"] == "entrusts"] == ["西部福祉事務所"]
    # 委託先に渡される情報は、福祉事務所が取りまとめる; 福祉システムに保存されたデータを閲覧
    # することはできない: data described, not moved
    lines = {f["line"] for f in others["flows"]}
    assert at("福祉課長　同センター") not in lines
    assert [f["to"] for f in others["flows"] if f["line"] == at("福祉課長　町は")] == ["福祉事務所"]
    # 千早県…広域連合: 千 is the place's, not a count; この提供は…システムを介して行う: via it
    assert "千早県後期高齢者医療広域連合" in types
    [union] = [f for f in others["flows"] if f["to"] == "千早県後期高齢者医療広域連合"]
    assert union["via"] == "広域連合電算処理システム"
    # マイナンバーカードの申請方法を案内する, 個人番号を入力させることはしない: no My Number
    assert others["my_number_involved"] is False
    # …サービスを令和9年4月から利用する。学習記録は同社のサーバーに保存される: planned
    [stored] = [f for f in others["flows"] if f["to"] == "株式会社ユリラーニング"]
    assert stored["status"] == "planned" and at("学校教育課長　株式会社") in [q["line"] for q in stored["also"]]
    # ゆりが丘警察署から…法第197条第2項に基づく照会があった場合に限り…提供する
    [police] = [f for f in others["flows"] if f["to"] == "ゆりが丘警察署"]
    assert police["from"] == "防災課" and "照会があった場合" in police["frequency"]


listed = _read("PROBES_LISTED")


def test_a_list_as_a_sentence_a_ban_said_with_mitomenai_and_both_items_decided(listed):
    # …次のとおりである。児童の氏名、生年月日及び学習記録。: the data of the flow, which
    # starts when the service does (令和9年4月から, the same line)
    [given] = [f for f in listed["flows"] if f["to"] == "株式会社かえでスタディ"]
    assert {"name", "date-of-birth"} <= set(given["categories"]) and given["status"] == "planned"
    # 同社が他社に再委託することは認めない: a ban, from the company named before
    assert [(r["subject"], r["permission"]) for r in listed["relations"] if r["type"] == "re-entrusts"] == [
        ("株式会社かえでスタディ", "forbidden")]
    # それでは、両件とも了承とする。: both items
    assert [i["outcome"] for i in listed["agenda_items"]] == ["approved", "approved"]
    # …アプリに、…AIチャットボットを導入する。運用は株式会社かえでAIに委託する: the
    # chatbot is what it runs, not the app it sits in
    assert ("operates", "株式会社かえでAI", "AIチャットボット") in {
        (r["type"], r["subject"], r["object"]) for r in listed["relations"]}


answers = _read("PROBES_ANSWERS")


def test_a_short_form_denied_unresolved_and_a_question_answered_no_after_a_mark(answers):
    # …国民健康保険中央会に提供されます。一方、所得の情報は連合会には提供いたしません: the
    # federation only, though 連合会 names no prefecture's body here
    assert {(a["party"], tuple(a["categories"])) for a in answers["access"] if a["categories"] == ["income-tax"]} \
        == {("国民健康保険団体連合会", ("income-tax",))}
    # 主治医意見書も委託先に渡すのですか。／○介護保険課長　いいえ、…渡しません。: no flow
    # from the question, and the answer's exclusion
    assert not [f for f in answers["flows"] if "主治医意見書" in " ".join(f["categories"])]
    assert ("株式会社きりさめケア", ("doctor-opinion",)) in {
        (a["party"], tuple(a["categories"])) for a in answers["access"]}


cases = _read("PROBES_CASES")


def test_items_headed_in_lenticular_brackets_and_papers_handed_on_without_the_data(cases):
    assert [(i["number"], i["department"]) for i in cases["agenda_items"]] == [
        ("1", "資産税課"), ("2", "選挙管理委員会事務局")]
    # 委託先に渡す項目：…: to the company the section names, not an unnamed contractor
    assert ("資産税課", "株式会社あおぞら印刷") in {(f["from"], f["to"]) for f in cases["flows"]}
    assert not any("受託者（名称不明）" in f["to"] for f in cases["flows"])
    # 再委託先には印刷物のみを渡し、データは渡さない: no exclusion of all its data
    assert not [a for a in cases["access"] if a["type"] == "excluded"]
    # 候補者が選挙人名簿抄本を閲覧できる: shown to them on purpose, not seen by chance
    assert ("選挙管理委員会事務局", "候補者（名称不明）", "in-person") in {
        (f["from"], f["to"], f["channel"]) for f in cases["flows"]}
    assert not [a for a in cases["access"] if a["type"] == "incidental"]


returns = _read("PROBES_RETURNS")


def test_a_federation_named_without_its_prefecture_is_one_body_with_its_short_forms(returns):
    federations = {e["label"] for e in returns["entities"] if "連合会" in e["label"]}
    assert federations == {"国民健康保険団体連合会"}
    assert ("国民健康保険団体連合会", "国民健康保険中央会") in {(f["from"], f["to"]) for f in returns["flows"]}


def test_an_answer_after_a_question_does_not_carry_the_sender_from_before_the_question(returns):
    line = _line(minutes.PROBES_RETURNS, "○保険年金課長　個人番号は")
    mine = [f for f in returns["flows"] if f["line"] == line]
    assert [(f["from"], f["to"], f["categories"]) for f in mine] == [
        ("保険年金課", "国民健康保険中央会", ["my-number"])]


def test_staff_kept_out_of_a_system_said_with_two_topics(returns):
    line = _line(minutes.PROBES_RETURNS, "○保険年金課長　いいえ")
    assert [(a["type"], a["party"], a["system"]) for a in returns["access"] if a["line"] == line] == [
        ("excluded", "国民健康保険団体連合会", "国保システム")]


def test_a_way_that_runs_now_keeps_its_status_beside_the_new_channel(returns):
    line = _line(minutes.PROBES_RETURNS, "○保険年金課長　連合会からは")
    back = sorted((f["channel"] or "", f["status"]) for f in returns["flows"]
                  if f["line"] == line and f["to"] == "さくら野市")
    assert back == [("", "current"), ("lgwan", "planned")]


def test_a_re_entrustment_the_city_may_approve_is_the_contractors_and_possible(returns):
    again = [r for r in returns["relations"] if r["type"] == "re-entrusts"]
    assert [(r["subject"], r["permission"], r["status"]) for r in again] == [
        ("株式会社さくら調査", "requires-approval", "possible")]
    # (市が書面で承認した場合に限り: a condition of the re-entrustment, no decision on the item)
    assert [i["outcome"] for i in returns["agenda_items"]] == ["unknown", "unknown"]


opinion = _read("PROBES_OPINION")


def test_an_opinions_numbered_sections_are_items_and_its_conclusion_and_requests_are_not(opinion):
    assert [(i["number"], i["title"]) for i in opinion["agenda_items"]] == [
        ("2", "国民健康保険の資格情報の提供"), ("3", "図書館システムの保守"), ("4", "学力調査")]
    # 5.　附帯意見: what the council asks for states no entrustment, flow or exclusion
    advised = _line(minutes.PROBES_OPINION, "（1）")
    assert not [f for f in opinion["relations"] + opinion["flows"] + opinion["access"]
                if f["line"] >= advised]


def test_a_prefecture_the_registry_does_not_know_keeps_its_name_and_its_short_forms(opinion):
    line = _line(minutes.PROBES_OPINION, "市は、被保険者")
    ends = {(f["from"], f["to"]) for f in opinion["flows"] if f["line"] == line}
    assert ends == {("はなみ野市", "若葉県国民健康保険団体連合会"), ("若葉県国民健康保険団体連合会", "はなみ野市")}
    # 県は…に委託している: the prefecture entrusts, not the city
    assert ("entrusts", "若葉県", "株式会社わかば採点") in {
        (r["type"], r["subject"], r["object"]) for r in opinion["relations"]}


def test_a_maintainers_staff_and_an_exception_to_a_denial(opinion):
    kept = _line(minutes.PROBES_OPINION, "図書館システムの保守は")
    unless = _line(minutes.PROBES_OPINION, "株式会社しおりサポートの職員は")
    said = {(a["line"], a["type"], a["party"], a["context"].split("（")[0]) for a in opinion["access"]}
    assert (kept, "excluded", "株式会社しおりサポート", "図書館システムの保守") in said
    # 障害対応の場合を除き、…アクセスしない: in that case it may
    assert (unless, "incidental", "株式会社しおりサポート", "障害対応の場合") in said
    assert not any(a["line"] == unless and a["type"] == "excluded" for a in opinion["access"])


def test_an_opinion_dated_after_its_meeting_is_of_the_meeting(opinion):
    # 令和8年10月5日 (the opinion) … 令和8年9月28日に開催した本審議会において審議した結果
    assert opinion["date"] == "2026-09-28"


def test_a_reported_question_and_a_number_kept_where_it_was_say_no_my_number(opinion):
    assert opinion["my_number_involved"] is False


onto_cloud = _read("PROBES_ONTO_CLOUD")


def test_an_item_named_without_a_number_and_the_data_that_goes_on_the_cloud(onto_cloud):
    assert [(i["title"], i["department"]) for i in onto_cloud["agenda_items"]] == [
        ("障害福祉システムのクラウド移行", "障害福祉課")]
    line = _line(minutes.PROBES_ONTO_CLOUD, "障害福祉課長　利用者")
    [put] = [f for f in onto_cloud["flows"] if f["line"] == line]
    assert (put["from"], put["to"], put["status"]) == ("障害福祉課", "株式会社こがねクラウド", "planned")
    assert {"name", "address"} <= set(put["categories"])


bullets = _read("PROBES_BULLETS")


def test_a_hand_over_said_again_and_denials_of_a_part_and_of_what_does_not_reach(bullets):
    [handed] = bullets["flows"]
    assert (handed["from"], handed["to"], handed["frequency"]) == ("資産税課", "株式会社かえで印刷", "年1回")
    at = lambda start: _line(minutes.PROBES_BULLETS, start)  # noqa: E731
    denied = {(a["line"], a["party"], tuple(a["categories"])) for a in bullets["access"]
              if a["type"] == "excluded"}
    # 他の税目の課税情報: the others' part of 課税情報 is not all of it; 滞納情報 is whole
    # (arrears in the category tree since session 41; a new category before)
    assert denied == {(at("・滞納情報"), "株式会社かえで印刷", ("arrears",)),
                      (at("・個人番号"), "株式会社かえで印刷", ("my-number",))}


kana = _read("PROBES_KANA")


def test_a_kana_company_name_with_a_particle_inside_is_whole(kana):
    assert [(f["from"], f["to"]) for f in kana["flows"]] == [("教育課", "株式会社ゆりがおかラーニング")]
    assert not any(e["label"] == "株式会社ゆり" for e in kana["entities"])


another = _read("PROBES_ANOTHER")


def test_another_hand_over_to_the_same_body_stays_its_own_flow(another):
    at = lambda start: _line(minutes.PROBES_ANOTHER, start)  # noqa: E731
    sent = {(f["line"], f["to"], f.get("via")) for f in another["flows"]}
    assert (at("税務課長　本町からは"), "日本年金機構", "eLTAX") in sent
    assert (at("税務課長　また"), "日本年金機構", None) in sent


def test_the_department_in_charge_is_not_the_speakers(another):
    line = _line(minutes.PROBES_ANOTHER, "広報課長")
    assert not [f for f in another["flows"] if f["line"] == line and "広報課" in (f["from"], f["to"])]


asked = _read("PROBES_ASKED")


def test_what_an_item_asks_to_be_approved_is_planned_and_what_runs_is_current(asked):
    status = {f["to"]: f["status"] for f in asked["flows"]}
    # (現行システム names the old system; it does not say the hand-over runs now)
    assert status == {"株式会社かしわ分析": "planned", "株式会社かしわ健診": "current",
                      "株式会社かしわ移行": "planned", "株式会社かしわ統計": "current"}
    assert {f["to"]: f["frequency"] for f in asked["flows"]}["株式会社かしわ移行"] == "一回限り"


answered = _read("PROBES_ASKED_AND_ANSWERED")


def test_a_question_reported_with_its_answer_is_no_flow_and_the_answer_denies(answered):
    at = lambda start: _line(minutes.PROBES_ASKED_AND_ANSWERED, start)  # noqa: E731
    # 個人番号を委託先に渡すのかとの質問があり: asked, not done; 県へは集計値のみ: no one's data
    assert not [f for f in answered["flows"] if f["line"] >= at("委員から、個人番号")]
    assert answered["my_number_involved"] is False
    denied = {(a["line"], a["party"], tuple(a["categories"])) for a in answered["access"]
              if a["type"] == "excluded"}
    assert denied == {(at("委員から、個人番号"), "株式会社しらとデータ", ("my-number",)),
                      (at("委員から、瑞穂県"), "瑞穂県", ("name",))}


def test_no_probe_minutes_is_defined_twice():
    # a second PROBES_X = … would silently replace the first, and its tests would read
    # the wrong minutes
    import ast
    import collections

    tree = ast.parse(open(minutes.__file__, encoding="utf-8").read())
    names = collections.Counter(t.id for node in tree.body if isinstance(node, ast.Assign)
                                for t in node.targets if isinstance(t, ast.Name))
    assert [name for name, count in names.items() if count > 1] == []


corrected = _read("PROBES_CORRECTED")


def test_sharing_with_a_body_named_before_the_verb_and_a_correction_that_says_what_is_not(corrected):
    ends = {(f["from"], f["to"]) for f in corrected["flows"]}
    assert {("こども家庭課", "西部児童相談所"), ("西部児童相談所", "こども家庭課")} <= ends
    # the correction changes the flow said before; it makes no second one
    health = [f for f in corrected["flows"] if f["categories"] == ["health"]]
    assert [(f["from"], f["frequency"]) for f in health] == [("保健センター", "児童相談所から求めがあった場合")]
    assert _line(minutes.PROBES_CORRECTED, "○こども家庭課長　先ほど") in [a["line"] for a in health[0]["also"]]
    # 閲覧権限を付与しておりません: kept out of the item's system
    assert [(a["type"], a["party"], a["system"]) for a in corrected["access"]] == [
        ("excluded", "民生委員（名称不明）", "共有システム")]


numbered_listing = _read("PROBES_NUMBERED_LISTING")


def test_a_listing_heading_with_its_title_on_the_next_line_and_a_system_kept_off_the_internet(
        numbered_listing):
    assert [(i["number"], i["title"], i["type"]) for i in numbered_listing["agenda_items"]] == [
        ("6", "特定個人情報保護評価書の第三者点検", "consultation")]
    # (what the item asks is not running yet: 送る, not 送っている)
    assert [f["status"] for f in numbered_listing["flows"]] == ["planned"]
    # インターネットとの接続はない: a network kept apart, no one excluded
    assert numbered_listing["access"] == []


envelopes = _read("PROBES_ENVELOPES")


def test_a_paper_all_that_goes_and_the_answers_second_sentence_of_the_party_asked(envelopes):
    line = _line(minutes.PROBES_ENVELOPES, "○税務課長　あかねメールに")
    [paper] = [f for f in envelopes["flows"] if f["line"] == line]
    # 渡すのは印刷済みの封書のみ: none of the data the question named
    assert paper["to"] == "有限会社あかねメール" and paper["categories"] == ["personal-information"]
    # 作業員は…閲覧することはできません: of the party the question asked about
    assert {(a["party"], tuple(a["categories"])) for a in envelopes["access"] if a["line"] == line} == {
        ("有限会社あかねメール", ("income-tax",))}
    # 市保険年金課は: the city's 保険年金課
    assert "保険年金課" in {f["from"] for f in envelopes["flows"]}


reasons = _read("PROBES_REASONS")


def test_reasons_that_open_with_their_topic_and_requests_headed_with_a_space_are_no_items(reasons):
    assert [i["title"] for i in reasons["agenda_items"]] == ["国民健康保険に係る個人情報の提供"]


def test_a_flow_that_runs_now_stays_apart_from_the_one_asked_about(reasons):
    at = lambda start: _line(minutes.PROBES_REASONS, start)  # noqa: E731
    statuses = {(f["line"], f["status"]) for f in reasons["flows"]}
    assert (at("（1）市は現在"), "current") in statuses
    assert (at("　かもめ市が"), "planned") in statuses


mixed = _read("PROBES_MIXED")


def test_an_item_heading_after_a_long_head_line_and_a_table_row_asked_to_be_approved(mixed):
    assert [(i["number"], i["department"]) for i in mixed["agenda_items"]] == [("1", "学校教育課")]
    row = _line(minutes.PROBES_MIXED, "　　家庭状況")
    assert [(f["from"], f["to"], f["status"]) for f in mixed["flows"] if f["line"] == row] == [
        ("学校教育課", "中央児童相談所", "planned")]


ranks = _read("PROBES_RANKS")


def test_the_points_under_a_heading_of_requests_stay_requests(ranks):
    advised = _line(minutes.PROBES_RANKS, "第４")
    assert not [f for f in ranks["flows"] + ranks["access"] + ranks["relations"] if f["line"] >= advised]
