"""The nineteenth session's newcomer run (tests/fixtures/newcomer21: a city's verbatim
minutes on a print-and-mail contract and a federation link, a town's summary with ■
headings on a cloud move, a counter contract and police inquiries, a village's written
opinion with a table of recipients), read with the bundled registry: what the newcomer
found wrong stays right."""
from __future__ import annotations

import pytest

from conftest import newcomer_proposals, on_line as _rows


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    return newcomer_proposals("newcomer21")


def test_a_marked_section_heading_is_its_listed_item(read):
    # b l.10–12 the agenda lists three items; l.14 ■議題１　住民情報システムの…について and
    # l.32 ■議題２ open their sections, each ending 諮問のとおり承認
    proposal = read["b_chidori-2024-3"]
    assert [(i["line"], i["outcome"]) for i in proposal["agenda_items"]] == [
        (10, "approved"), (11, "approved"), (12, "noted")]
    [cloud] = _rows(proposal["relations"], 26)
    assert cloud["item"] == proposal["agenda_items"][0]["key"]


def test_the_contractors_counter_staff_enter_the_forms(read):
    # b l.34 令和7年1月から、…業務を、株式会社こまどりサービスに委託する。 l.36 受託者の窓口職員は、
    # 申請書の内容を住民情報システムの端末に入力し
    [entered] = _rows(read["b_chidori-2024-3"]["flows"], 36)
    assert (entered["from"], entered["status"]) == ("株式会社こまどりサービス", "planned")


def test_what_an_inquiry_asks_about_is_not_sent_with_it(read):
    # b l.48 千鳥警察署から住民課に住民票の記載事項について14件、税務課に課税状況について3件の
    # 照会があった。: the police send no 住民票; the answer (l.49) does
    flows = read["b_chidori-2024-3"]["flows"]
    assert not any(f["from"] == "千鳥警察署" and "juminhyo" in f["categories"] for f in flows)
    assert [(f["to"], f["categories"]) for f in _rows(flows, 49) if f["from"] == "住民課"] == [
        ("千鳥警察署", ["juminhyo"])]


def test_the_work_of_a_contractor_whose_contract_ended_ended_too(read):
    # b l.17 同システムの運用保守は、…株式会社東邦ビジネスに委託していたが、同社との契約は令和6年
    # 3月31日をもって終了し、令和6年4月からは株式会社ソラテックに委託している。
    works = {(r["type"], r["subject"], r["status"]) for r in _rows(read["b_chidori-2024-3"]["relations"], 17)
             if r["type"] in ("operates", "maintains")}
    assert works == {(w, c, s) for w in ("operates", "maintains")
                     for c, s in (("株式会社東邦ビジネス", "ended"), ("株式会社ソラテック", "current"))}


def test_a_mistake_at_a_former_contractor_was_sent_by_it(read):
    # a l.24 令和5年8月に、当時委託していた別の事業者において、封入の誤りにより、…通知書が
    # 別人に送付された事案がございました。
    [astray] = _rows(read["a_asagi-2025-1"]["flows"], 24)
    assert "以前の委託先" in astray["from"] and astray["status"] == "ended"
    assert "保険年金課" not in astray["from"]


def test_a_written_opinions_account_of_a_question_is_no_item(read):
    # c l.9 避難行動要支援者名簿情報の外部提供について（答申） is the item; l.40 （３）委員から、
    # …紛失した事案について質問があり is what a member asked
    items = read["c_tokusa-2025-toshin"]["agenda_items"]
    assert [(i["line"], i["outcome"]) for i in items] == [(9, "approved")]


def test_recipients_added_beside_the_old_ones_leave_those_running(read):
    # c l.18 これまで、…民生委員・児童委員及び自治会長に紙で年1回提供してきた。 l.19 令和7年4月
    # から、…新たに木賊村社会福祉協議会及び…にも提供する予定である。; the table's rows
    # (l.32–35) for the old recipients run, on paper, as the account says
    flows = read["c_tokusa-2025-toshin"]["flows"]
    assert {(f["to"], f["status"]) for f in _rows(flows, 18)} == {
        ("民生委員・児童委員（名称不明）", "current"), ("自治会（名称不明）", "current")}
    rows = {f["line"]: (f["status"], f["channel"]) for f in flows if 32 <= f["line"] <= 35}
    assert rows == {32: ("current", "paper"), 33: ("current", "paper"),
                    34: ("planned", "electronic-media"), 35: ("planned", "email")}


def test_a_table_row_quotes_itself_alone(read):
    # c l.34 and l.35 are two rows of one table: neither quotes the other
    for flow in read["c_tokusa-2025-toshin"]["flows"]:
        if 32 <= flow["line"] <= 35:
            assert "wrapped" not in flow


def test_a_denial_to_every_recipient_is_of_each_and_a_denial_for_some_people_is_none(read):
    # c l.27 いずれの提供先にも個人番号は提供しない: each of the six; l.28 同意を得られていない
    # 者の名簿情報は、平常時にはいずれの提供先にも提供しない: of those people's entries only,
    # so each exclusion is in that context, not of the roster the others' consent lets go
    access = read["c_tokusa-2025-toshin"]["access"]
    assert len({x["party"] for x in _rows(access, 27)}) == 6
    some = _rows(access, 28)
    assert len({x["party"] for x in some}) == 6
    assert all(x["context"].startswith("同意を得られていない者の名簿情報・平常時") for x in some)


def test_the_way_that_runs_now_is_set_against_the_planned_one(read):
    # a l.35 …連合会に受給者台帳情報を送付しております。 l.36 現在は、毎月、光ディスクに記録して
    # 郵送しておりますが、令和7年10月からは、専用回線によるオンライン結合に切り替えたい
    flows = read["a_asagi-2025-1"]["flows"]
    [now] = _rows(flows, 35)
    [then] = _rows(flows, 36)
    assert (now["channel"], now["status"]) == ("mail", "current")
    assert (then["to"], then["channel"], then["status"]) == (
        "浅葱県国民健康保険団体連合会", "dedicated-line", "planned")


def test_a_system_moved_onto_a_named_cloud_service_is_hosted_by_its_provider(read):
    # b l.19 令和7年4月から、住民情報システムを株式会社ソラテックが提供するクラウドサービス
    # 「ソラテック自治体クラウド」に移行する予定である。
    hosts = [(r["subject"], r["object"], r["status"]) for r in _rows(read["b_chidori-2024-3"]["relations"], 19)
             if r["type"] == "hosts"]
    assert hosts == [("株式会社ソラテック", "住民情報システム", "planned")]


def test_forms_handed_in_and_handed_back(read):
    # b l.35 申請者は、窓口で交付申請書と本人確認書類を受託者の窓口職員に提出する。 l.42 受託者は、
    # 受け付けた申請書を毎日住民課に引き渡し、住民課が保管する。 (引き渡し, as Sudachi reads it)
    flows = read["b_chidori-2024-3"]["flows"]
    assert [(f["from"], f["to"]) for f in _rows(flows, 35)] == [("申請者", "株式会社こまどりサービス")]
    assert [(f["from"], f["to"], f["status"]) for f in _rows(flows, 42)] == [
        ("株式会社こまどりサービス", "住民課", "planned")]


def test_a_volunteer_fire_corps_is_a_recipient(read):
    # c l.22 …名簿情報を木賊村消防団及び萌黄県警察本東警察署に提供することがある。
    assert {(f["to"], f["status"]) for f in _rows(read["c_tokusa-2025-toshin"]["flows"], 22)} == {
        ("木賊村消防団", "possible"), ("萌黄県警察本東警察署", "possible")}


def test_words_for_care_level_and_disability_type_are_of_the_tree(read):
    # c l.34 the row's 要介護状態区分、障害の種類; l.26 要介護状態区分及び障害の種類は、民生委員・
    # 児童委員及び自治会長には提供しない。: 要介護度 (the tree's care level, under 介護情報)
    # and 障害に関する情報, kept from those two
    proposal = read["c_tokusa-2025-toshin"]
    [row] = _rows(proposal["flows"], 34)
    assert {"care-level", "disability"} <= set(row["categories"])
    assert {(x["party"], tuple(x["categories"])) for x in _rows(proposal["access"], 26)} == {
        ("民生委員・児童委員（名称不明）", ("care-level", "disability")),
        ("自治会（名称不明）", ("care-level", "disability"))}


def test_work_the_contractor_has_a_subcontractor_do_is_re_entrusted(read):
    # a l.18 株式会社やまなみ印刷は、封入封緘を終えた通知書の郵便局への差出しを、市の事前の承認を
    # 得て再委託先に行わせることとしております。
    [again] = [r for r in _rows(read["a_asagi-2025-1"]["relations"], 18) if r["type"] == "re-entrusts"]
    assert (again["subject"], again["permission"], again["status"]) == (
        "株式会社やまなみ印刷", "requires-approval", "planned")


def test_each_department_asked_answers_with_what_it_was_asked_of(read):
    # b l.48 …千鳥警察署から住民課に住民票の記載事項について14件、税務課に課税状況について3件の
    # 照会があった。 l.49 いずれも照会書に記載された対象者及び事項に限り、文書で千鳥警察署に
    # 回答した。
    answers = {(f["from"], tuple(f["categories"])) for f in _rows(read["b_chidori-2024-3"]["flows"], 49)}
    assert answers == {("住民課", ("juminhyo",)), ("税務課", ("personal-information",))}


def test_what_the_contractors_screen_does_not_show_is_kept_from_it(read):
    # b l.37 ・受託者用の端末では、個人番号は表示されない設定とする。
    [kept] = _rows(read["b_chidori-2024-3"]["access"], 37)
    assert (kept["type"], kept["party"], kept["categories"]) == (
        "excluded", "株式会社こまどりサービス", ["my-number"])
