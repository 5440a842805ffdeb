"""Each pattern of flow extraction on small hand-written minutes (tests/extract/minutes.py):
received nouns, requesters, coordinated names, data named around the verb, carried
providers, pointers (当該サーバー, 私ども, a lone 市), exchanges (AとBの間で), …てもらう,
title data, and the sentences that state no flow.

The lexicon is the mini fixture's registry (試験市 and its parties)."""
from __future__ import annotations

import pytest

from conftest import MINI
from kg.data.evidence import locate
from kg.extract.lexicon import Lexicon
from kg.extract.pipeline import analyse
from kg.extract import nlp, verbs

import minutes


@pytest.fixture(scope="module")
def lex():
    return Lexicon.from_data(MINI)


def _flows(text: str, lex) -> list[tuple[str, str, tuple, int]]:
    """The proposal's flows as (from, to, categories, line), every quote checked verbatim."""
    proposal = analyse(text, lex)
    for row in proposal["flows"]:
        assert locate(text, row["quote"], row["line"]) is not None, row
    return [(f["from"], f["to"], tuple(f["categories"]), f["line"]) for f in proposal["flows"]
            if f["verb"] != "委託"]  # the title's entrustment flow is tested elsewhere


def _line(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start))


def _text(*lines: str) -> str:
    """Hand-written minutes: the mini data's head, then ``lines``, one per line."""
    return minutes.HEAD + "".join(line + "\n" for line in lines)


def _data_on(flows: list, text: str, start: str) -> list[tuple]:
    """The data of the flows on the line of ``text`` that starts with ``start``."""
    return [cats for _, _, cats, n in flows if n == _line(text, start)]


def test_a_received_noun_flows_from_the_named_giver_to_us(lex):
    flows = _flows(minutes.RECEIVED, lex)
    line = _line(minutes.RECEIVED, "市民課は")
    assert [(f, t) for f, t, _, n in flows if n == line] == [
        ("図書館システム保守業務の受託者（名称不明）", "市民課")]
    # 誓約書の提出を受ける names no giver: no flow from a guessed one
    assert not [f for f in flows if f[3] == _line(minutes.RECEIVED, "受託者は")]


def test_who_asks_for_the_data_receives_it_and_so_does_each_joined_name(lex):
    flows = _flows(minutes.REQUESTED, lex)
    assert {(f, t) for f, t, _, _ in flows} == {("市民課", "裁判所"), ("市民課", "警察署")}
    assert all(cats == ("name",) for _, _, cats, _ in flows)


def test_the_data_named_after_the_verb_or_just_before_is_what_moves(lex):
    flows = _flows(minutes.DATA_AROUND, lex)
    sent = next(f for f in flows if f[3] == _line(minutes.DATA_AROUND, "保険年金課から"))
    assert sent[:3] == ("保険年金課", "試験県国民健康保険団体連合会", ("my-number",))
    carried = next(f for f in flows if f[3] == _line(minutes.DATA_AROUND, "その結果"))
    assert carried[1:3] == ("試験県国民健康保険団体連合会", ("health",))


def test_an_answer_goes_on_with_the_questions_giver(lex):
    flows = _flows(minutes.CARRIED, lex)
    answer = next(f for f in flows if f[3] == _line(minutes.CARRIED, "したがって"))
    assert answer[0] == "就職支援事業業務の受託者（名称不明）"
    assert answer[1] == "就職支援事業業務の事業者（名称不明）"
    # the person the data is about gives what a receiving verb takes
    heard = next(f for f in flows if f[3] == _line(minutes.CARRIED, "受講者の希望"))
    assert heard[:2] == ("受講者", "就職支援事業業務の受託者（名称不明）")


def test_pointers_stand_for_the_server_the_department_and_the_city(lex):
    flows = {(f, t) for f, t, _, _ in _flows(minutes.POINTERS, lex)}
    assert ("市民課", "証明発行サーバー") in flows                  # 当該サーバー
    assert ("証明書発行業務の受託者（名称不明）", "試験市") in flows  # 市に返還する
    assert ("警察", "市民課") in flows                              # 私どもに…来る


def test_no_flow_within_the_city_nor_of_money(lex):
    assert _flows(minutes.NO_FLOW, lex) == []


def test_no_flow_when_neither_a_giver_nor_data_is_named(lex):
    flows = _flows(minutes.NOTHING_NAMED, lex)
    assert [(f, t) for f, t, _, _ in flows] == [("総務課", "試験県国民健康保険団体連合会")]
    assert flows[0][3] == _line(minutes.NOTHING_NAMED, "日程は総務課から")


def test_the_one_asked_gives_and_a_person_gets_no_guessed_giver(lex):
    flows = _flows(minutes.ASKED, lex)
    assert [(f, t) for f, t, _, _ in flows] == [("保護者", "健康課")]


def test_an_exchange_between_two_parties_goes_both_ways(lex):
    flows = {(f, t) for f, t, _, _ in _flows(minutes.BETWEEN, lex)}
    assert flows == {("試験県国民健康保険団体連合会", "警察"), ("警察", "試験県国民健康保険団体連合会")}


def test_a_noun_inside_a_compound_is_no_verb(lex):
    text = "受託者は、聴取内容に氏名を記す。"
    frames = verbs.verbs_in(text, nlp.tokenize(text), lex.patterns)
    assert frames == []
    text = "受託者は、氏名を聴取する。"
    assert [f.verb for f in verbs.verbs_in(text, nlp.tokenize(text), lex.patterns)] == ["聴取"]


def test_the_data_a_title_names_is_the_title_flows_data(lex):
    proposal = analyse(minutes.TITLE_DATA, lex)
    flow = next(f for f in proposal["flows"] if f["verb"] == "委託")
    assert flow["categories"] == ["my-number"] and flow["from"] == "市民課"
    assert proposal["my_number_involved"] is True


def test_a_file_transferred_towards_a_pc(lex):
    flows = _flows(minutes.TRANSFER, lex)
    assert [(f, t, c) for f, t, c, _ in flows] == [("国保システム", "国保総合PC", ("name",))]


def test_what_was_put_into_a_system_leaves_from_it(lex):
    flows = _flows(minutes.CHAIN, lex)
    assert ("国保システム", "国保総合システム", ("name",)) in [(f, t, c) for f, t, c, _ in flows]


def test_a_title_that_names_no_data_states_no_flow(lex):
    proposal = analyse(minutes.TITLE_NO_DATA, lex)
    assert not [f for f in proposal["flows"] if f["verb"] == "委託"]
    assert [r["type"] for r in proposal["relations"]] == ["entrusts"]


def test_a_later_clauses_denial_and_a_place_are_no_slots(lex):
    flows = _flows(minutes.SCOPE, lex)
    assert [(f, t, c, n) for f, t, c, n in flows] == [
        ("保険年金課", "試験県国民健康保険団体連合会", ("name",), _line(minutes.SCOPE, "保険年金課は"))]


def test_data_denied_after_the_verb_is_not_what_it_moves(lex):
    flows = _flows(minutes.DENIED_AFTER, lex)
    assert [(f, t) for f, t, _, _ in flows] == [("保険年金課", "試験県国民健康保険団体連合会")]
    assert "my-number" not in flows[0][2]


def test_a_partys_system_stands_for_it_and_data_leaves_where_it_was_put(lex):
    flows = _flows(minutes.OWNED_AND_PUT, lex)
    sent = next(f for f in flows if f[3] == _line(minutes.OWNED_AND_PUT, "試験県"))
    # from the PC the sentence before put the name into, to the federation (its system)
    assert sent[:3] == ("国保総合PC", "試験県国民健康保険団体連合会", ("name",))


def test_an_apposition_a_relative_clause_and_a_told_result(lex):
    proposal = analyse(minutes.APPOSITION, lex)
    handed = next(f for f in proposal["flows"] if f["line"] == _line(minutes.APPOSITION, "受託者である"))
    assert (handed["from"], handed["to"]) == ("耳鼻科健診業務の受託者（名称不明）", "生徒")
    assert [c["label"] for c in proposal["categories"] if c["key"] in handed["categories"]] == ["結果報告書"]
    told = next(f for f in proposal["flows"] if f["line"] == _line(minutes.APPOSITION, "健康課は"))
    assert (told["from"], told["to"]) == ("健康課", "受講者")


def test_a_topic_recipient_the_parse_hangs_elsewhere(lex):
    flows = _flows(minutes.TOPIC, lex)
    assert [(f, t, c) for f, t, c, _ in flows] == [
        ("保険年金課", "集約システム", ("name",))]


def test_an_exchange_of_two_named_parties_and_the_municipalities_as_a_class(lex):
    flows = _flows(minutes.EXCHANGE, lex)
    shared = {(f, t) for f, t, _, n in flows if n == _line(minutes.EXCHANGE, "健康課と")}
    assert shared == {("健康課", "子ども家庭支援センター"), ("子ども家庭支援センター", "健康課")}
    sent = [(f, t, c) for f, t, c, n in flows if n == _line(minutes.EXCHANGE, "市町村から")]
    # 市町村 is the city; 個人番号 is the object of 用い, not of either 送る, and the
    # second 送る moves the data the first one named
    assert sent == [("試験市", "試験県国民健康保険団体連合会", ("name",)),
                    ("試験県国民健康保険団体連合会", "試験市", ("name",))]


def test_a_connection_puts_the_items_data_into_the_partner(lex):
    proposal = analyse(minutes.CONNECT, lex)
    flows = [(f["from"], f["to"], tuple(f["categories"]), f["basis"], f["line"])
             for f in proposal["flows"] if f["verb"] in ("結合", "接続")]
    joined = _line(minutes.CONNECT, "国が作っている")
    linked = _line(minutes.CONNECT, "試験県")
    assert [f[:4] for f in flows if f[4] == joined] == [
        ("健康課", "要保護児童等情報共有システム", ("health",), "inferred")]
    both = [f for f in flows if f[4] == linked]
    # the city named before the PC owns it: the link is the federation's and the PC's
    assert {(f, t) for f, t, *_ in both} == {("試験県国民健康保険団体連合会", "国保総合PC"),
                                             ("国保総合PC", "試験県国民健康保険団体連合会")}
    assert all(f[2] == ("personal-information",) for f in both)


def test_the_holder_of_the_data_gives_it(lex):
    flows = _flows(minutes.HOLDER, lex)
    assert [(f, t, c) for f, t, c, _ in flows] == [("試験市", "集約システム", ("name",))]


def test_a_short_name_serves_in_its_own_sentence_and_staff_act_for_their_body(lex):
    flows = _flows(minutes.DEFINED_HERE, lex)
    assert [(f, t, c) for f, t, c, _ in flows] == [("地域包括支援センター", "請求システム", ("name",))]


def test_papers_about_the_work_and_a_laws_name_are_no_data(lex):
    assert _flows(minutes.PAPERS, lex) == []


def test_a_list_of_what_is_provided_extends_the_items_flow(lex):
    flows = _flows(minutes.ELABORATION, lex)
    # the list restates the flow of the line before: one flow, with the listed data and
    # the list as its second quote
    [flow] = flows
    assert flow == ("健康課", "一般社団法人試験市医師会", ("health", "name", "my-number"),
                    _line(minutes.ELABORATION, "健康課は"))
    [row] = [f for f in analyse(minutes.ELABORATION, lex)["flows"] if f["verb"] != "委託"]
    assert [q["line"] for q in row["also"]] == [_line(minutes.ELABORATION, "提供する情報は")]


def test_joined_givers_each_give(lex):
    flows = _flows(minutes.JOINED_GIVERS, lex)
    at = lambda start: _line(minutes.JOINED_GIVERS, start)  # noqa: E731
    assert sorted((f, t, l) for f, t, _, l in flows) == sorted([
        ("健康課", "一般社団法人試験市医師会", at("健康課及び")),
        ("市民課", "一般社団法人試験市医師会", at("健康課及び")),
        ("市民課", "警察", at("市民課、")), ("健康課", "警察", at("市民課、")),
        ("税務課", "警察", at("市民課、"))])


def test_a_question_naming_only_personal_information_joins_the_answer_that_names_the_data(lex):
    proposal = analyse(minutes.ASKED_THEN_NAMED, lex)
    [flow] = [f for f in proposal["flows"] if f["verb"] != "委託"]
    at = lambda start: _line(minutes.ASKED_THEN_NAMED, start)  # noqa: E731
    # the answer leads, with its data only (the question's 個人情報 said which it is)
    assert (flow["from"], flow["to"], flow["line"]) == ("健康課", "一般社団法人試験市医師会",
                                                         at("健康課長"))
    assert sorted(flow["categories"]) == ["health", "name"]
    assert [q["line"] for q in flow["also"]] == [at("委員")]


def test_data_a_clause_received_is_passed_on_and_the_next_sentence_dates_a_flow(lex):
    proposal = analyse(minutes.PASSED_ON, lex)
    at = lambda start: _line(minutes.PASSED_ON, start)  # noqa: E731
    rows = [(f["from"], f["to"], f["categories"], f["line"], f["frequency"])
            for f in proposal["flows"] if f["verb"] != "委託"]
    # who hands the data on received it first; both flows carry the one data mention
    assert ("医療機関（名称不明）", "健康課", ["health"], at("健康課は、医療機関"), None) in rows
    assert ("健康課", "健診結果の入力業務の受託者（名称不明）", ["health"],
            at("健康課は、医療機関"), None) in rows
    sent = next(f for f in proposal["flows"] if f["line"] == at("健康課は、受診者"))
    assert sent["frequency"] == "毎月"
    # the dating sentence is the flow's second quote, and no flow of its own
    assert [q["line"] for q in sent["also"]] == [at("送付は")]
    assert not [f for f in proposal["flows"] if f["line"] == at("送付は")]
    for f in proposal["flows"]:
        for q in [f, *f.get("also", ())]:
            assert locate(minutes.PASSED_ON, q["quote"], q["line"]) is not None


def test_schools_and_nurseries_are_unnamed_groups_and_the_board_a_department(lex):
    proposal = analyse(minutes.SCHOOLS, lex)
    at = lambda start: _line(minutes.SCHOOLS, start)  # noqa: E731
    kinds = {e["label"]: (e["type"], e.get("role")) for e in proposal["entities"]}
    assert kinds["学校（名称不明）"] == ("unnamed-party", "other")
    assert kinds["保育施設（名称不明）"] == ("unnamed-party", "other")
    assert kinds["教育委員会"] == ("department", None)
    rows = {(f["from"], f["to"], f["line"]) for f in proposal["flows"] if f["verb"] != "委託"}
    assert rows == {("学校（名称不明）", "教育委員会", at("教育委員会は")),
                    ("教育委員会", "学校健診データの入力業務の受託者（名称不明）", at("教育委員会は")),
                    ("市民課", "保育施設（名称不明）", at("市民課は"))}


def test_made_to_return_it_the_contractor_gives_and_an_unsaid_giver_is_not_guessed(lex):
    flows = _flows(minutes.RETURNED, lex)
    # 市に返還させ: the contractor returns the data to the city, not the other way
    assert [(f, t) for f, t, _, n in flows if n == _line(minutes.RETURNED, "受託者が受講者と")] == [
        ("講座運営業務の受託者（名称不明）", "試験市")]
    # 受託者が取得する: from whom is not said, and it is not the department
    assert not [f for f in flows if f[3] == _line(minutes.RETURNED, "受託者が取得する")]


def test_the_city_restating_its_departments_flow_is_one_flow(lex):
    [row] = [f for f in analyse(minutes.TWICE, lex)["flows"] if f["verb"] != "委託"]
    assert (row["from"], row["to"], row["line"]) == (
        "市民課", "試験県国民健康保険団体連合会", _line(minutes.TWICE, "市民課は"))
    assert [q["line"] for q in row["also"]] == [_line(minutes.TWICE, "市は")]


def test_a_list_of_recipients_ending_in_an_unknown_name(lex):
    flows = {(f, t) for f, t, _, _ in _flows(minutes.LISTED, lex)}
    # (…及び各クラブの運営委員会: a committee is a body too)
    assert flows == {("こども課", "一般社団法人試験市社会福祉協議会"),
                     ("こども課", "特定非営利活動法人試験学童連絡会"), ("こども課", "運営委員会")}


def test_a_wrapped_pdf_text():
    from kg.extract.lexicon import Lexicon as _Lexicon
    proposal = analyse(minutes.WRAPPED, _Lexicon.from_data())
    at = lambda start: _line(minutes.WRAPPED, start)  # noqa: E731
    flows = {(f["from"], f["to"]): f for f in proposal["flows"]}
    sent = flows[("国保総合PC", "国保情報集約システム")]
    # the list wraps onto the next line and ends in 個人番号; LGWAN is said apart
    assert {"name", "date-of-birth", "my-number"} <= set(sent["categories"])
    assert (sent["frequency"], sent["channel"]) == ("毎日", "lgwan")
    # the sentence's other lines come with its quote, each verbatim on its own line
    # (情報集約システムに毎日提供する。 alone says little: the line before comes with it,
    # verbatim on its own line)
    assert (sent["line"], sent["quote"]) == (at("情報集約"), "情報集約システムに毎日提供する。")
    assert sent["wrapped"] == [{"line": at("説明者"),
                                "quote": minutes.WRAPPED.split("\n")[at("説明者") - 1]}]
    # から goes with 提供される, not with the relative clause's 運営する
    assert ("国保情報集約システム", "社会保険診療報酬支払基金") in flows
    # not given to 医療機関: 医療機関 is excluded from 個人番号 (被保険者番号 is not denied)
    assert [(a["party"], a["categories"]) for a in proposal["access"] if a["line"] == at("支払基金では")] == [
        ("医療機関（名称不明）", ["my-number"])]
    # a sentence on one line has no other lines
    assert not [a for a in proposal["access"] if a.get("wrapped")]


def test_a_start_after_the_meeting_is_planned_and_one_before_it_current(lex):
    # HEAD: the meeting of 令和3年6月1日
    text = (minutes.HEAD + "（1）提供について（市民課）\n"
            "令和4年4月からは、市民課は住民の氏名を警察へ提供する。\n"
            "令和2年度から、市民課は住民の氏名を裁判所へ提供している。\n")
    status = {f["to"]: f["status"] for f in analyse(text, lex)["flows"] if f["verb"] != "委託"}
    assert status == {"警察": "planned", "裁判所": "current"}


@pytest.mark.parametrize("form", ["TABLE_PLAIN", "TABLE_MARKDOWN", "TABLE_BOXED", "TABLE_HTML"])
def test_each_row_of_a_provision_table_is_a_flow(form):
    from kg.extract.lexicon import Lexicon as _Lexicon
    from kg.extract.reading import read_bytes
    raw = getattr(minutes, form)
    text = read_bytes("m.html" if form == "TABLE_HTML" else "m.txt", raw.encode("utf-8")).text
    proposal = analyse(text, _Lexicon.from_data())
    rows = {(f["from"], f["to"], tuple(f["categories"]), f["channel"], f["frequency"])
            for f in proposal["flows"] if f["verb"] == "表"}
    # the statistics row names no one's data: no flow
    assert rows == {("障害福祉課", "試験県国民健康保険団体連合会", ("new:支給決定情報", "name"), "online", "毎月"),
                    ("障害福祉課", "相談支援事業所（名称不明）", ("name", "address"), "mail", "随時")}
    for f in proposal["flows"]:
        assert locate(text, f["quote"], f["line"]) is not None


def test_a_kind_request_that_names_its_giver_and_a_receipt_from_no_one(lex):
    text = (minutes.HEAD + "（1）出欠状況の提供について（こども課）\n"
            "区立小学校から児童相談所へ、児童の氏名を毎週提供していただきます。\n"
            "児童相談所が受理した児童の氏名は、台帳に記録する。\n")
    flows = [(f, t, n) for f, t, _, n in _flows(text, lex)]
    # …から…へ提供していただく: the school gives, as written (not the asked-party turn)
    assert flows == [("区立小学校", "児童相談所", _line(text, "区立小学校"))]


def test_a_corrected_frequency(lex):
    text = (minutes.HEAD + "（1）資格情報の提供について（保険年金課）\n"
            "保険年金課は、被保険者の氏名を専用回線で試験県国民健康保険団体連合会に日次で提供する。\n"
            "先ほどの説明を一部訂正させてください。提供は日次と申し上げましたが、正しくは週1回でございます。\n")
    [flow] = [f for f in analyse(text, lex)["flows"] if f["verb"] == "提供"]
    assert flow["frequency"] == "週1回"
    assert [q["quote"] for q in flow["also"]] == ["提供は日次と申し上げましたが、正しくは週1回でございます。"]


def test_a_corrected_channel_in_the_same_sentence(lex):
    text = (minutes.HEAD + "（1）通知書作成業務委託（税務課）\n"
            "税務課は、住民の氏名をUSBメモリで株式会社試験印刷に渡すと申し上げましたが、正しくは専用回線で送信します。\n")
    [flow] = [f for f in analyse(text, lex)["flows"] if f["to"] == "株式会社試験印刷"]
    assert flow["channel"] == "dedicated-line"
    # the flow's own sentence corrects it: its quote is the whole sentence, said once
    assert flow["quote"].endswith("正しくは専用回線で送信します。") and not flow.get("also")
    assert locate(text, flow["quote"], flow["line"]) is not None


def test_an_exchange_among_the_municipalitys_peers(lex):
    text = (minutes.HEAD + "（1）被保険者情報の相互利用に関する契約（保険年金課）\n"
            "保険者等間で行う被保険者の氏名の提供は、国保データベースシステムを用いて行う。\n"
            "（2）資格管理の広域化（保険年金課）\n"
            "市町村間で同じ個人を情報連携する必要があるため個人番号を用いる。\n"
            "県内市町村間で被保険者の住所を連携させる。\n")
    flows = _flows(text, lex)
    # the department and the others of its class, both ways; a need, or others among
    # themselves (県内市町村間), states no flow of this city's
    assert {(f, t, n) for f, t, _, n in flows} == {
        ("保険年金課", "他の保険者等（名称不明）", _line(text, "保険者等間")),
        ("他の保険者等（名称不明）", "保険年金課", _line(text, "保険者等間"))}


def test_the_citys_own_body_under_its_name_and_commissioned_volunteers(lex):
    text = (minutes.HEAD + "（1）名簿の提供について（福祉課）\n"
            "福祉課は、要支援者の氏名を試験市消防本部に提供する。\n"
            "福祉課は、要支援者の氏名を各地区の民生委員に提供する。\n")
    proposal = analyse(text, lex)
    types = {e["label"]: e["type"] for e in proposal["entities"]}
    assert types["試験市消防本部"] == "department" and types["民生委員（名称不明）"] == "unnamed-party"
    assert {(f["from"], f["to"]) for f in proposal["flows"]} == {
        ("福祉課", "試験市消防本部"), ("福祉課", "民生委員（名称不明）")}


def test_data_listed_after_the_verb_past_an_item_the_lexicon_does_not_know(lex):
    # 住所 and 勤務先名 are not in the mini registry: the list still goes on to 個人番号,
    # and they are proposed as new data names
    text = minutes.HEAD + "委託先に渡す情報は、氏名、住所、勤務先名、個人番号である。\n"
    flows = _flows(text, lex)
    assert [cats for _, _, cats, _ in flows] == [("name", "new:住所", "new:勤務先名", "my-number")]


@pytest.mark.parametrize("sentence, data", [
    # the items after the last known one, up to the particle; 等 is no part of a name
    ("市民課は、氏名、勤務先名、学校名等を受託者に渡す。", ("name", "new:勤務先名", "new:学校名")),
    # 及び splits two items (保険料額及び納期限), not one ending in 及
    ("市民課は、氏名、保険料額及び納期限を受託者に渡す。", ("name", "new:保険料額", "new:納期限")),
    # no list: a frequency, a clause with kana are no data names
    ("市民課は、氏名、年1回、受託者へ渡す。", ("name",)),
    ("市民課は、氏名、ただし必要なものに限り受託者に渡す。", ("name",)),
])
def test_an_unknown_item_of_a_list_of_data_is_a_new_data_name(lex, sentence, data):
    flows = _flows(minutes.HEAD + "（1）通知書印刷業務委託（市民課）\n" + sentence + "\n", lex)
    assert [cats for _, _, cats, _ in flows] == [data]
    # a clause between two data names is no list: 氏名は渡すが、個人番号は渡さない
    denied = _flows(minutes.HEAD + "委託先に渡すのは氏名であり、受託者が扱う個人番号ではない。\n", lex)
    assert all("my-number" not in cats for _, _, cats, _ in denied)


def test_an_inquiry_and_provision_with_the_others_of_a_class_goes_both_ways(lex):
    text = _text("（1）児童手当事務の情報連携（市民課）",
                 "情報提供ネットワークシステムを使用して、他の地方公共団体と個人番号の照会・提供を行う。",
                 "申請者から提出された申請書の内容を、国保システムに入力する。",
                 "他の自治体における運用を参考にした。")
    flows = _flows(text, lex)
    line = _line(text, "情報提供")
    others = "他の地方公共団体（名称不明）"
    assert {(f, t, c) for f, t, c, n in flows if n == line} == {
        ("市民課", others, ("my-number",)), (others, "市民課", ("my-number",))}
    # the next sentence names its own data (申請書の内容): not the My Number exchanged before
    entered = _data_on(flows, text, "申請者")
    assert entered and all("my-number" not in c for c in entered)
    # a class compared with, in no flow's slot, is no party
    assert "他の自治体（名称不明）" not in {e["label"] for e in analyse(text, lex)["entities"]}


def test_a_purpose_is_no_data_and_a_chained_clauses_own_data_is_not_carried(lex):
    text = _text("（1）認定調査業務の委託について（市民課）",
                 "選挙人名簿の調製のため、市民課は氏名を受託者へ渡す。",
                 "受託者は、調査結果を調査票に記入し、市へ提出する。",
                 "受託者は、メールを使って、市とのやり取りを行う。")
    flows = _flows(text, lex)
    assert _data_on(flows, text, "選挙人名簿") == [("name",)]  # not the voters' list it is for
    returned = _data_on(flows, text, "受託者は、調査結果")
    assert returned and all("name" not in c for c in returned)  # its own data, not the name
    # a tool used in the clause before is no data of its own
    assert all(c == ("name",) for c in _data_on(flows, text, "受託者は、メール"))


def test_a_hand_over_gone_astray_is_an_ended_flow_to_an_unnamed_wrong_recipient(lex):
    text = (minutes.HEAD + "（1）個人情報の漏えい事案について（市民課）\n"
            "市民課の職員が、氏名と健康情報を記載した名簿を、誤った番号にファクスで送信した。\n"
            "委員：誤送信はなかったのか。\n")
    proposal = analyse(text, lex)
    flows = [(f["from"], f["to"], f["categories"], f["channel"], f["status"], f["line"])
             for f in proposal["flows"]]
    assert flows == [("市民課", "個人情報の漏えい事案の誤送付先（名称不明）", ["name", "health"],
                      "fax", "ended", _line(text, "市民課の職員"))]


def test_data_before_a_recipient_a_company_runs_and_a_later_start_makes_it_planned(lex):
    # said at the meeting of 令和3年6月1日: a start in 令和4年 is still to come
    text = (minutes.HEAD + "（1）防災アプリへの情報提供について（市民課）\n"
            "市は、氏名及び健康情報を、株式会社試験システムズが運営する防災アプリに提供する。\n"
            "提供は、令和4年4月から、専用回線で行う。\n")
    proposal = analyse(text, lex)
    flows = [(f["from"], f["to"], f["categories"], f["channel"], f["status"])
             for f in proposal["flows"]]
    assert flows == [("試験市", "防災アプリ", ["name", "health"], "dedicated-line", "planned")]
    assert [(r["type"], r["subject"], r["object"]) for r in proposal["relations"]] == [
        ("operates", "株式会社試験システムズ", "防災アプリ")]


def test_a_connection_moves_the_data_its_chain_goes_on_to_share(lex):
    text = (minutes.HEAD + "（1）健康管理システムの外部結合について（健康課）\n"
            "健康課は、健康管理システムを「県健康情報共有システム」と結合し、健康情報を共有する。\n")
    proposal = analyse(text, lex)
    flow = next(f for f in proposal["flows"] if f["to"] == "県健康情報共有システム")
    assert flow["categories"] == ["health"]
    assert flow["quote"].endswith("健康情報を共有する。")


def test_data_listed_on_the_lines_after_the_sentence(lex):
    items = ["・氏名", "・健康情報", "・受診歴"]  # each line a quote of the flow
    text = minutes.HEAD + "\n".join(["（1）受診券発送業務の委託について（健康課）",
                                      "受託者に提供する項目は、次のとおりである。", *items,
                                      "委員から質問があった。", ""])
    flow = next(f for f in analyse(text, lex)["flows"] if f["line"] == _line(text, "受託者に提供"))
    assert flow["categories"] == ["name", "health", "new:受診歴"]
    assert [q["line"] for q in flow["also"]] == [_line(text, item) for item in items]


def test_an_entrustment_that_starts_later_makes_its_flows_planned(lex):
    # said at the meeting of 令和3年6月1日: the entrustment starts in 令和4年, and the
    # hand-over in the next sentence says nothing of when; a flow to another party keeps
    # the status of its own sentence
    text = (minutes.HEAD + "（1）入力業務の外部委託について（介護保険課）\n"
            "令和4年4月から、調査票の入力業務を株式会社試験システムズに委託する予定です。\n"
            "委託先には、被保険者の氏名及び住所を提供します。\n"
            "また、警察には、現在も氏名を提供しています。\n")
    proposal = analyse(text, lex)
    flows = {f["to"]: (f["status"], [a["line"] for a in f.get("also", [])])
             for f in proposal["flows"]}
    assert flows["株式会社試験システムズ"] == ("planned", [5])
    assert flows["警察"] == ("current", [])
    assert [(r["type"], r["object"], r["status"]) for r in proposal["relations"]] == [
        ("entrusts", "株式会社試験システムズ", "planned")]
