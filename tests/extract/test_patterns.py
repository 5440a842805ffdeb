"""Each pattern the extractor proposes, on small hand-written minutes: provision,
entrustment, re-entrustment, exclusion, and My Number used or denied.

The lexicon is the mini fixture's registry (試験市 and its parties), so what is
linked comes from the registries and what is new from the suffix patterns."""
from __future__ import annotations

import pytest

from conftest import MINI
from kg.data.evidence import locate
from kg.extract.lexicon import Lexicon
from kg.extract.pipeline import analyse

import minutes


@pytest.fixture(scope="module")
def lex():
    return Lexicon.from_data(MINI)


def _line_of(text: str):
    """Return a function giving the number of the line of ``text`` that starts so."""
    lines = text.split("\n")
    return lambda start: next(n for n, line in enumerate(lines, 1) if line.startswith(start))


def _read(text: str, lex):
    """Return the proposal for ``text`` (every quote checked verbatim) and its line finder."""
    proposal = analyse(text, lex)
    _verbatim(text, proposal)
    return proposal, _line_of(text)


def _verbatim(text: str, proposal: dict) -> None:
    for section in ("entities", "flows", "relations", "access", "agenda_items", "categories",
                    "my_number_evidence"):
        for row in proposal[section]:
            assert locate(text, row["quote"], row["line"]) is not None, (section, row)


def test_provision_has_recipient_provider_channel_and_category(lex):
    proposal = analyse(minutes.PROVISION, lex)
    _verbatim(minutes.PROVISION, proposal)
    flows = [f for f in proposal["flows"] if f["to_id"] == "police" or f["to"] == "警察"]
    assert flows, proposal["flows"]
    flow = flows[0]
    assert flow["from"] == "市民課"
    assert flow["channel"] == "electronic-media"
    assert flow["line"] == minutes.PROVISION.split("\n").index(
        "市民課は、防犯カメラの映像を記録媒体で警察へ提供する。") + 1
    assert proposal["municipality"] == "試験市" and proposal["date"] == "2021-06-01"


def test_entrustment_names_the_company(lex):
    proposal = analyse(minutes.ENTRUSTMENT, lex)
    _verbatim(minutes.ENTRUSTMENT, proposal)
    rels = [r for r in proposal["relations"] if r["type"] == "entrusts"
            and r["object"] == "株式会社試験システムズ"]
    assert rels, proposal["relations"]
    assert rels[0]["subject_id"] == "testcity"
    company = next(e for e in proposal["entities"] if e["label"] == "株式会社試験システムズ")
    assert company["type"] == "company" and company["new"]


def test_re_entrustment_from_unnamed_contractor_with_approval(lex):
    proposal = analyse(minutes.RE_ENTRUSTMENT, lex)
    _verbatim(minutes.RE_ENTRUSTMENT, proposal)
    rels = [r for r in proposal["relations"] if r["type"] == "re-entrusts"]
    assert rels, proposal["relations"]
    assert rels[0]["subject"].endswith("受託者（名称不明）")
    assert rels[0]["object"].endswith("再委託先（名称不明）")
    assert rels[0]["permission"] == "requires-approval"
    parties = {e["label"]: e for e in proposal["entities"]}
    assert parties[rels[0]["object"]]["type"] == "unnamed-party"
    assert parties[rels[0]["object"]]["role"] == "subcontractor"


def test_exclusion_keeps_the_negative_fact(lex):
    proposal = analyse(minutes.EXCLUSION, lex)
    _verbatim(minutes.EXCLUSION, proposal)
    assert proposal["access"], proposal
    row = proposal["access"][0]
    assert row["type"] == "excluded"
    assert row["party"].endswith("受託者（名称不明）")
    assert "my-number" in row["categories"]
    assert not proposal["flows"]  # a denied access is no flow


def test_my_number_denied_is_not_involved(lex):
    proposal = analyse(minutes.MY_NUMBER_NEGATED, lex)
    _verbatim(minutes.MY_NUMBER_NEGATED, proposal)
    assert proposal["my_number_evidence"] and all(e["negated"] for e in proposal["my_number_evidence"])
    assert proposal["my_number_involved"] is False


def test_my_number_sent_is_involved(lex):
    proposal = analyse(minutes.MY_NUMBER_USED, lex)
    _verbatim(minutes.MY_NUMBER_USED, proposal)
    assert proposal["my_number_involved"] is True
    flow = next(f for f in proposal["flows"] if "国民健康保険団体連合会" in f["to"])
    assert "my-number" in flow["categories"] and flow["channel"] == "dedicated-line"
    assert flow["from"] == "保険年金課" and flow["basis"] == "stated"


def test_who_hosts_operates_and_maintains_a_system(lex):
    proposal = analyse(minutes.HOLDINGS, lex)
    _verbatim(minutes.HOLDINGS, proposal)
    lines = minutes.HOLDINGS.split("\n")
    held = {(r["type"], r["subject"], r["object"], lines[r["line"] - 1][:6])
            for r in proposal["relations"] if r["type"] in ("hosts", "operates", "maintains")}
    assert held == {
        # the place before its verb, past the bracketed definition
        ("hosts", "試験県国民健康保険団体連合会", "国保情報集約システム", "試験県国民健"),
        # the party a relative clause describes
        ("hosts", "情報政策課", "情報連携端末", "情報連携端末"),
        ("operates", "株式会社試験システムズ", "国保情報集約システム", "株式会社試験"),
        # a heading with ○ opens an item: its contractor maintains the system it names
        ("maintains", "図書館システム保守の受託者（名称不明）", "図書館システム",
         "○図書館システ"[:6]),
    }
    # 保守は行わない: no maintenance proposed from a denial
    assert not [r for r in proposal["relations"] if r["line"] == lines.index(
        "受託者は、国保情報集約システムの保守は行わない。") + 1]


def test_named_contractors_denials_after_a_comma_and_titles_said_again(lex):
    proposal, at = _read(minutes.NAMED_CONTRACTORS, lex)
    # 受託者 and 再委託先 are the companies the section names: no unnamed party
    assert not [e for e in proposal["entities"] if e["type"] == "unnamed-party"]
    flows = {(f["from"], f["to"], tuple(f["categories"]), f["line"]) for f in proposal["flows"]}
    assert flows == {
        ("健康課", "株式会社試験データ", ("name", "health"), at("健康課は、受診者")),
        # the contractor hands on to its subcontractor, and only the name
        ("株式会社試験データ", "株式会社試験封筒", ("name",), at("再委託先には")),
    }
    access = {(a["type"], a["party"], tuple(a["categories"]), a["line"]) for a in proposal["access"]}
    assert access == {
        ("excluded", "株式会社試験データ", ("my-number",), at("受託者は個人番号")),
        ("excluded", "株式会社試験封筒", ("health",), at("再委託先には")),
        ("incidental", "株式会社試験システムズ", ("health",), at("保守作業の際")),
        ("excluded", "株式会社試験システムズ", ("my-number",), at("保守作業の際")),
    }
    relations = {(r["type"], r["subject"], r["object"], r.get("permission")) for r in proposal["relations"]}
    assert relations == {
        ("entrusts", "試験市", "株式会社試験データ", None),          # the title's, stated nowhere else
        ("re-entrusts", "株式会社試験データ", "株式会社試験封筒", "requires-approval"),
        ("hosts", "試験県国民健康保険団体連合会", "国保情報集約システム", None),
        ("operates", "試験県国民健康保険団体連合会", "国保情報集約システム", None),
        ("entrusts", "健康課", "株式会社試験システムズ", None),     # the sentence's, not the title's
        ("maintains", "株式会社試験システムズ", "健康管理システム", None),
    }
    # a quote ends where its clause ends, not inside a word
    handed = next(f for f in proposal["flows"] if f["line"] == at("再委託先には"))
    assert handed["quote"] == "再委託先には氏名のみを渡し、"


def test_a_known_word_before_an_ending_is_that_category(lex):
    text = minutes.HEAD + "（1）健診データ入力業務委託（健康課）\n受託者は、健診結果情報を閲覧することがある。\n"
    proposal = analyse(text, lex)
    # 健診結果 (a word of data/extract/categories.yaml) + 情報: health, not a new category
    assert [(a["type"], a["categories"]) for a in proposal["access"]] == [("incidental", ["health"])]
    assert not [c for c in proposal["categories"] if c["new"]]


def test_a_second_newcomers_minutes(lex):
    proposal, at = _read(minutes.SECOND_RUN, lex)

    flows = {(f["from_key"], f["to_key"], tuple(f["categories"]), f["line"]) for f in proposal["flows"]}
    report = next(c["key"] for c in proposal["categories"] if c["label"] == "結果報告書")
    doctors = "association:試験市医師会"  # with or without 一般社団法人, and 医師会 alone
    assert flows == {
        ("department:税務課", "company:試験印刷", ("name",), at("税務課長")),
        ("testcity-kenko-ka", doctors, ("health",), at("健康課は")),  # the heading's is not repeated
        (doctors, "data-subject:保護者", (report,), at("医師会は")),
    }
    relations = {(r["type"], r["subject"], r["object"], r.get("permission")) for r in proposal["relations"]}
    assert ("re-entrusts", "株式会社試験印刷", "株式会社試験ラベル", "requires-approval") in relations
    assert ("maintains", "株式会社試験システムズ", "健康管理システム", None) in relations
    assert not [r for r in relations if r[0] == "operates"]  # 試験クラウド runs the centre
    assert {(a["type"], a["party"], tuple(a["categories"])) for a in proposal["access"]} == {
        ("excluded", "株式会社試験印刷", ("my-number",))}
    # one division and one association, each once
    labels = [(e["label"], e["type"]) for e in proposal["entities"]]
    assert ("税務課", "department") in labels and not [e for e in labels if e[0] == "税務"]
    assert len([e for e in proposal["entities"] if e["key"].endswith("医師会")]) == 1


def test_a_network_that_is_also_a_system_is_the_channel():
    # LGWAN is a channel and (in the bundled registry) a system: after を経由して it carries
    # the data, it does not hold it (who-can-see must not list it)
    text = minutes.HEAD + "（1）住基事務について（市民課）\n市は、特定個人情報をLGWANを経由してJ-LISに送信する。\n"
    proposal = analyse(text, Lexicon.from_data())
    [flow] = proposal["flows"]
    assert (flow["to_id"], flow["channel"], flow["via"]) == ("jlis", "lgwan", None)


def test_a_department_note_after_a_title_is_no_part_of_it(lex):
    text = minutes.HEAD + "諮問第13号 住民記録システムのデータセンターへの移設について（情報政策課）\n情報政策課は、氏名を扱う。\n"
    [item] = analyse(text, lex)["agenda_items"]
    assert item["title"] == "住民記録システムのデータセンターへの移設"


def test_a_third_newcomers_minutes(lex):
    proposal, at = _read(minutes.THIRD_RUN, lex)
    flows = {(f["from"], f["to"], tuple(f["categories"]), f["line"]) for f in proposal["flows"]}
    assert flows == {("健康課", "株式会社試験コール", ("name",), at("健康課は、株式会社")),
                     ("健康課", "株式会社試験コール", ("name",), at("健康課は、受託者の事業所"))}
    access = {(a["type"], a["party"], tuple(a["categories"]), a["line"]) for a in proposal["access"]}
    assert access == {("excluded", "株式会社試験コール", ("health",), at("健康情報は")),
                      ("excluded", "株式会社試験コール", ("my-number",), at("個人番号は"))}
    labels = {e["label"] for e in proposal["entities"]}
    assert not [name for name in labels if name.startswith("健康課担当")]
    assert not [e for e in proposal["entities"] if e["type"] == "unnamed-party"]


def test_a_product_provided_and_the_company_named_last(lex):
    proposal, at = _read(minutes.PRODUCT, lex)
    relations = {(r["type"], r["subject"], r["object"]) for r in proposal["relations"]}
    # the wrapped line that opens with 「 goes on the sentence before it
    assert ("provides", "株式会社試験クラウド", "試験申請アプリ") in relations
    flows = {(f["to"], tuple(f["categories"]), f["line"]) for f in proposal["flows"]}
    assert ("株式会社試験受付", ("name",), at("受付業務を")) in flows  # 同社
    assert not [f for f in proposal["flows"] if f["to"] == "試験申請アプリ" and f["verb"] == "提供"]


def test_a_departments_staff_denied_a_view(lex):
    proposal, at = _read(minutes.DEPARTMENT_DENIED, lex)
    assert [(a["type"], a["party"], a["categories"], a["line"]) for a in proposal["access"]] == [
        ("excluded", "健康課", ["name"], at("健康課の職員は"))]


def test_a_circled_number_opens_an_item_and_as_proposed_is_approval(lex):
    text = (minutes.HEAD + "①　健診データの入力業務の委託について（健康課）\n"
            "健康課は、受診者の氏名を株式会社試験データに提供する。\n"
            "3つの点について確認したい。\n会長：本件は諮問のとおり了承することとしてよろしいか。\n")
    items = analyse(text, lex)["agenda_items"]
    # ① reads as 1 after NFKC; 「3つの点について」 is no item
    assert [(i["number"], i["title"], i["outcome"]) for i in items] == [
        ("1", "健診データの入力業務の委託", "approved")]


def test_identity_confirmation_information_carries_a_my_number():
    # 本人確認情報 holds the resident's My Number by law; the tree says so (contains), and the
    # flag follows the tree, so minutes that never write 個人番号 still involve it
    text = minutes.HEAD + "（1）住基ネットについて（市民課）\n市民課は、本人確認情報及び住民票コードを専用回線でJ-LISに送信する。\n"
    proposal = analyse(text, Lexicon.from_data())
    [flow] = proposal["flows"]
    assert (flow["to_id"], flow["categories"]) == ("jlis", ["honnin-kakunin-joho", "resident-record-code"])
    assert proposal["my_number_involved"] is True
    assert not [c for c in proposal["categories"] if c.get("new")]


def test_my_number_categories_follow_broader_and_contains():
    from types import SimpleNamespace as C
    from kg.extract.lexicon import my_number_categories
    tree = {"my-number": C(broader=["sp"], contains=[]), "sp": C(broader=["pi"], contains=["my-number"]),
            "pi": C(broader=[], contains=[]), "card": C(broader=["pi"], contains=["my-number"]),
            "notice": C(broader=["sp"], contains=[]), "roster": C(broader=["pi"], contains=["name"]),
            "name": C(broader=["pi"], contains=[])}
    assert my_number_categories(tree) == {"my-number", "sp", "card", "notice"}


def test_who_inquires_receives_and_a_short_form_naming_no_one_gives_nothing():
    proposal, at = _read(minutes.ONWARD, Lexicon.from_data())
    flows = {(f["from_id"], f["to"], tuple(f["categories"]), f["line"]) for f in proposal["flows"]}
    # 照会に応じて: the inquirer is the recipient, the body defined as 機構 the giver
    assert ("jlis", "国の行政機関", ("honnin-kakunin-joho",), at("機構は")) in flows
    # 協会は: no 協会 is named, so neither the department nor anyone is guessed as giver
    assert not [f for f in flows if f[3] == at("協会は")]


def test_a_declared_contractor_is_the_one_同社_and_a_denial_speak_of(lex):
    proposal, at = _read(minutes.DECLARED, lex)
    items = [(i["number"], i["type"], i["title"]) for i in proposal["agenda_items"]]
    assert items == [("31", "consultation", "健診通知発送業務の外部委託"),
                     ("32", "consultation", "保健事業の試験県国民健康保険団体連合会への委託")]
    rel = {(r["type"], r["subject"], r["object"], r["line"]) for r in proposal["relations"]}
    # one row per entrustment: the explanation's sentence, not the listing nor the heading
    assert rel == {
        ("entrusts", "試験市", "株式会社試験メール", at("1．健診通知")),
        ("re-entrusts", "株式会社試験メール", "健診通知発送業務の再委託先（名称不明）",
         at("同社は、封入")),
        ("entrusts", "試験市", "試験県国民健康保険団体連合会", at("市は、保健指導")),
        ("re-entrusts", "試験県国民健康保険団体連合会", "株式会社試験ヘルス", at("連合会は"))}
    # 個人番号は利用しない, said of the work: of the company declared, no made-up contractor
    assert [(a["party"], a["categories"]) for a in proposal["access"]] == [
        ("株式会社試験メール", ["my-number"])]
    assert not [e for e in proposal["entities"] if e["label"].endswith("の受託者（名称不明）")]


def test_a_fourth_newcomers_forms():
    proposal, at = _read(minutes.FOURTH, Lexicon.from_data())
    assert [(i["number"], i["department"]) for i in proposal["agenda_items"]] == [
        ("9", "市民課"), ("10", "保険年金課")]
    kinds = {e["label"]: e["type"] for e in proposal["entities"]}
    # J-LIS runs it: not the city's own side (the registry's system, by an alias)
    assert kinds["証明書交付センターシステム"] == "system"
    assert ("operates", "jlis", "証明書交付センターシステム") in {
        (r["type"], r["subject_id"], r["object"]) for r in proposal["relations"]}
    flows = {(f["from"], f["to"], tuple(f["categories"]), f["line"]) for f in proposal["flows"]}
    assert ("地方公共団体情報システム機構", "国の機関", ("honnin-kakunin-joho",),
            at("　地方公共団体情報システム機構は")) in flows
    line = lambda start: {f[2] for f in flows if f[3] == at(start)}  # noqa: E731
    # 日本年金機構から…所得情報について照会を受けている: the agency asks, the city answers
    # with what it asks about (session 40; before, the agency was read as giving, and this
    # test kept income off that reversed flow)
    assert {(f[0], f[1], f[2]) for f in flows if f[3] == at("　日本年金機構から")} == {
        ("保険年金課", "日本年金機構", ("income-tax",))}
    # 氏名等を削除した上で: the name does not go; the report identifies no one
    assert line("　試験県国民健康保険団体連合会は") == {("health", "receipt")}
    assert line("　同社は") == set()
    # 対象者の一覧: data of its own, not the receipts named the sentence before
    assert all("receipt" not in cats for cats in line("　市は"))
    # 所得情報以外は閲覧できない excepts 所得情報; 判定結果 names no known data: neither is
    # an exclusion of what the party sees
    assert [(a["party"], a["line"]) for a in proposal["access"]
            if a["line"] in (at("　日本年金機構は"), at("　受託者は"))] == []


def test_what_kind_of_information_is_no_category(lex):
    # 統計情報, 非公開情報: a kind of information, not anyone's; 暗証番号 is someone's
    text = minutes.HEAD + "（1）統計の提供について（市民課）\n市民課は、統計情報及び非公開情報を県に提供し、暗証番号は保管しない。\n"
    labels = {c["label"] for c in analyse(text, lex)["categories"]}
    assert "統計情報" not in labels and "非公開情報" not in labels and "暗証番号" in labels
    # papers about a person are new data: 面談記録票, 訪問調査票 (認定調査票 and 主治医意見書
    # are the tree's)
    text = minutes.HEAD + "（1）資料作成（介護保険課）\n介護保険課は、面談記録票及び訪問調査票を株式会社試験に提供する。\n"
    new = {c["label"] for c in analyse(text, lex)["categories"] if c["new"]}
    assert new == {"面談記録票", "訪問調査票"}


def test_questions_and_answers(lex):
    proposal, at = _read(minutes.QA, lex)
    flows = {(f["from"], f["to"], f["line"]) for f in proposal["flows"]}
    # asked and denied (答：個人番号は提供しない), or asked with no data named: no flow
    assert not [f for f in flows if f[2] in (at("問：国保連合会に"), at("問：国保連合会から"))]
    assert ("試験県国民健康保険団体連合会", "試験市", at("答：国保連合会から")) in flows  # 返ってくる
    access = {(a["type"], a["party"], tuple(a["categories"]), a.get("system"), a["line"])
              for a in proposal["access"]}
    # the denial answers the question: it speaks of whom the question asked about
    assert ("excluded", "試験県国民健康保険団体連合会", ("my-number",), None, at("答：個人番号")) in access
    # a system denied: none of what it holds, in its context
    assert ("excluded", "相談支援事業所（名称不明）", ("personal-information",), "障害福祉システム",
            at("答：相談支援事業所")) in access
    # a person's information seen now and then by the maintainer's staff
    assert ("incidental", "株式会社試験システムズ", ("personal-information",), None,
            at("答：障害福祉システム")) in access
    # 全項目は閲覧できない: not all of it, so no exclusion of 住民票
    assert not [a for a in access if a[4] == at("答：受託者の端末")]


def test_a_towns_minutes():
    proposal, at = _read(minutes.TOWN, Lexicon.from_data())
    assert [(i["number"], i["title"], i["outcome"]) for i in proposal["agenda_items"]] == [
        ("1", "後期高齢者医療の資格情報の提供", "approved"),
        ("2", "ごみ処理手数料の減免の情報提供", "approved")]
    made = {e["label"]: e["type"] for e in proposal["entities"]}
    assert "川村" not in made and "事務組合" not in made  # a surname; a kind of body
    assert made["試験県後期高齢者医療広域連合"] == made["試験清掃組合"] == "public-body"
    flows = {(f["from"], f["to"], f["line"]): f for f in proposal["flows"]}
    sent = flows[("試験町", "試験県後期高齢者医療広域連合", at("　受け付けた"))]
    assert {"name", "address", "insured-person-number"} <= set(sent["categories"])
    assert (sent["frequency"], sent["channel"]) == ("毎日", "lgwan")
    assert flows[("試験県後期高齢者医療広域連合", "試験町", at("　広域連合からは"))]["frequency"] == "月に1回"
    # entered, then sent: the data of 入力 goes on (from the town's side, carried from l.7)
    assert flows[("試験町", "試験県後期高齢者医療広域連合", at("　個人番号は"))]["categories"] == ["my-number"]
    notice = flows[("保健福祉課", "試験清掃組合", at("　減免を受ける"))]
    assert (notice["frequency"], notice["channel"]) == ("年2回", "paper")
    # the 組合 entrusts the collectors, not the town
    assert [(r["subject"], r["line"]) for r in proposal["relations"] if r["type"] == "entrusts"
            and r["object"].endswith("収集業者（名称不明）")] == [("試験清掃組合", at("　組合は"))]


def test_a_re_entrustments_condition_in_the_next_sentence(lex):
    text = (minutes.HEAD + "（1）電話受付の案内業務について（市民課）\n"
            "受託者は、電話受付を株式会社試験スタッフに再委託する。市の承認を得た場合に限る。\n")
    [rel] = [r for r in analyse(text, lex)["relations"] if r["type"] == "re-entrusts"]
    assert rel["permission"] == "requires-approval"


def test_items_called_by_number_a_body_without_its_city_and_a_correction():
    proposal, at = _read(minutes.CORRECTED, Lexicon.from_data())
    assert [(i["number"], i["title"], i["department"]) for i in proposal["agenda_items"]] == [
        ("1", "放課後児童クラブ利用調整システムの導入", "こども課"),
        ("2", "介護保険の要介護認定情報の提供", "介護保険課")]
    flows = [(f["from"], f["to"], f["categories"], f["line"]) for f in proposal["flows"]]
    # 社会福祉協議会 is the 試験市社会福祉協議会 named before it
    assert ("試験市社会福祉協議会", "試験市", ["personal-information"], at("　認定調査")) in flows
    assert "社会福祉協議会" not in {e["label"] for e in proposal["entities"]}
    # 利用者の認定情報を受け取る: not from the person it is about
    assert not [f for f in flows if f[0] == "利用者"]
    # the correction takes 個人番号 out of the flow it said before
    [to_federation] = [f for f in flows if f[1] == "試験県国民健康保険団体連合会"]
    assert "my-number" not in to_federation[2] and "name" in to_federation[2]


def test_a_role_word_filled_by_the_company_named_after_it(lex):
    text = minutes.HEAD + "（1）保守業務委託（こども課）\n再委託先の株式会社試験リンクは、児童の氏名を閲覧することはできません。\n"
    proposal = analyse(text, lex)
    assert not [e for e in proposal["entities"] if e["type"] == "unnamed-party"]
    assert [(a["party"], a["categories"]) for a in proposal["access"]] == [("株式会社試験リンク", ["name"])]


def test_a_company_named_again_without_its_legal_form(lex):
    text = (minutes.HEAD + "（1）通知発送業務委託（健康課）\n委託先は株式会社東海企画とする。\n"
            "健康課は、受診者の氏名を東海企画に提供する。\n")
    proposal = analyse(text, lex)
    companies = [e["label"] for e in proposal["entities"] if e["type"] == "company"]
    assert companies == ["株式会社東海企画"]
    assert [(f["from"], f["to"]) for f in proposal["flows"] if f["verb"] == "提供"] == [
        ("健康課", "株式会社東海企画")]


def test_a_forbidden_re_entrustment_and_a_court_is_no_contractor(lex):
    text = (minutes.HEAD + "（1）防犯カメラ記録媒体交換作業委託（市民課）\n"
            "防犯カメラの映像データを裁判所、警察署等から求められた際に提供する。\n"
            "受託者は、業務の全部又は一部を再委託してはならない。\n"
            "（2）クラウド移行（情報政策課）\n"
            "住民記録システムを移行する。氏名を扱う。\n")
    proposal, line = _read(text, lex)
    rels = {(r["type"], r["subject"], r["object"], r["permission"], r["line"])
            for r in proposal["relations"]}
    title = "防犯カメラ記録媒体交換作業"  # (the work the title entrusts labels its parties)
    # the court the section names as a recipient is not the one entrusted
    assert rels == {("entrusts", "試験市", f"{title}の受託者（名称不明）", None, line("（1）")),
                    ("re-entrusts", f"{title}の受託者（名称不明）", f"{title}の再委託先（名称不明）",
                     "forbidden", line("受託者は"))}
    # a numbered heading ending with its department opens an item
    assert [(i["number"], i["title"], i["department"]) for i in proposal["agenda_items"]] == [
        ("1", f"{title}委託", "市民課"), ("2", "クラウド移行", "情報政策課")]


def test_a_request_to_check_a_re_entrustment_forbids_nothing(lex):
    text = (minutes.HEAD + "（1）健診データ入力業務委託（健康課）\n"
            "どういう事業者にどういう内容の再委託をするのかを必ず確認していただきたい。氏名を扱う。\n")
    proposal, _ = _read(text, lex)
    assert not [r for r in proposal["relations"] if r["permission"] == "forbidden"]


def test_the_one_company_of_an_outsourcing_section_is_its_contractor(lex):
    text = (minutes.HEAD + "（1）高齢者見守り事業の委託（健康課）\n"
            "本市は、株式会社あおば見守りサービスに対し、対象者の氏名を電子メールにより提供する。\n"
            "受託者は、業務上知り得た個人情報を第三者に提供してはならない。\n"
            "受託者に個人番号は渡さない。\n"
            "業者は、個人番号を提供されない。\n")
    proposal, line = _read(text, lex)
    company = "株式会社あおば見守りサービス"  # a verb's stem (見守り) inside the name
    assert [(f["from"], f["to"], f["categories"]) for f in proposal["flows"]] == [
        ("試験市", company, ["name"])]
    # 受託者 and 業者 are the company; the ban on passing data to third parties says
    # what it may not pass on, not what it may see
    assert sorted((a["type"], a["party"], a["categories"], a["line"]) for a in proposal["access"]) == [
        ("excluded", company, ["my-number"], line("受託者に")),
        ("excluded", company, ["my-number"], line("業者は"))]


def test_a_bare_system_is_the_items_and_a_party_called_by_its_work_is_the_one_doing_it(lex):
    text = (minutes.HEAD + "（1）国保システムのクラウド移行について（保険年金課）\n"
            "国保システムは、株式会社試験クラウドのクラウド環境で株式会社試験クラウドが運用する。\n"
            "システムの保守は株式会社試験ソフトが行う。\n"
            "クラウド事業者はデータの内容を閲覧できない。\n"
            "保守業者は個人番号を閲覧できない。\n")
    proposal, line = _read(text, lex)
    rels = {(r["type"], r["subject"], r["object"]) for r in proposal["relations"]}
    assert ("maintains", "株式会社試験ソフト", "国保システム") in rels
    assert ("operates", "株式会社試験クラウド", "国保システム") in rels
    access = {(a["party"], tuple(a["categories"]), a["line"]) for a in proposal["access"]}
    assert access == {("株式会社試験クラウド", ("personal-information",), line("クラウド事業者")),
                      ("株式会社試験ソフト", ("my-number",), line("保守業者"))}


def test_answers_take_whom_and_what_from_the_question_and_a_denial_outranks_counting(lex):
    text = (minutes.HEAD + "（1）健診受診勧奨業務の委託について（健康課）\n"
            "委員：受託者には何を渡すのか。\n"
            "健康課長：対象者の氏名を、LGWAN経由で毎月渡します。個人番号は渡しません。\n"
            "委員：受託者は個人番号を見ることができるのか。\n"
            "健康課長：見ることはできません。\n"
            "委員：個人番号の管理はどうしているのか。\n")
    proposal, line = _read(text, lex)
    contractor = "健診受診勧奨業務の受託者（名称不明）"
    flows = [(f["from"], f["to"], f["categories"], f["channel"], f["frequency"])
             for f in proposal["flows"] if f["verb"] != "委託"]
    assert flows == [("健康課", contractor, ["name"], "lgwan", "毎月")]
    assert {(a["party"], tuple(a["categories"]), a["line"]) for a in proposal["access"]} == {
        (contractor, ("my-number",), line("健康課長：対象者")),
        (contractor, ("my-number",), line("健康課長：見る"))}
    # asked about more often than named, 個人番号 is denied: not the entrustment's data
    entrusts = next(r for r in proposal["relations"] if r["type"] == "entrusts")
    assert "my-number" not in entrusts["categories"]
    assert proposal["my_number_involved"] is False


def test_a_bank_named_after_a_person_or_place_is_a_company(lex):
    text = (minutes.HEAD + "（1）口座振替事務の委託について（市民課）\n"
            "保護者の氏名を、ひばり信用金庫に提供する。\n"
            "鈴木銀行にも同じ情報を提供する。\n")
    proposal, _ = _read(text, lex)
    assert {(f["to"], tuple(f["categories"])) for f in proposal["flows"] if f["verb"] != "委託"} == {
        ("ひばり信用金庫", ("name",)), ("鈴木銀行", ("name",))}


def test_a_written_opinion_that_allows_the_consultation_approves_it(lex):
    text = (minutes.HEAD + "（1）防災アプリへの情報提供について（市民課）\n"
            "第1 審議会の結論\n諮問のとおり実施することを認める。\n")
    proposal, _ = _read(text, lex)
    assert [i["outcome"] for i in proposal["agenda_items"]] == ["approved"]


def test_a_subcontractor_named_as_such_and_a_denial_after_a_but(lex):
    text = (minutes.HEAD + "（1）国保システム改修業務の委託について（保険年金課）\n"
            "国保システムの改修業務を株式会社試験システムズに委託する。\n"
            "受託者は、再委託先として株式会社みさきデータを予定している。\n"
            "再委託については、事前に市の書面による承諾を得ることとしている。\n"
            "テスト用に健康情報を使用するが、個人番号は使用しない。\n")
    proposal, line = _read(text, lex)
    rels = {(r["type"], r["subject"], r["object"], r["permission"]) for r in proposal["relations"]}
    assert ("re-entrusts", "株式会社試験システムズ", "株式会社みさきデータ", "requires-approval") in rels
    # the subcontractor is not taken for the contractor (再委託先は… ends in 委託先は)
    assert not any(r[0] == "entrusts" and r[2] == "株式会社みさきデータ" for r in rels)
    # 使用するが、: the data used is not denied, only 個人番号
    assert [(a["party"], a["categories"]) for a in proposal["access"]] == [
        ("株式会社試験システムズ", ["my-number"])]


def test_a_company_named_in_kana_after_its_legal_form_and_a_list_joined_by_ya(lex):
    text = (minutes.HEAD + "（1）審査会資料作成業務の委託について（健康課）\n"
            "審査会資料の作成業務を株式会社いるかサポートに委託する。\n"
            "受託者の作業員が、作業中に氏名や要介護度を目にすることはある。\n")
    proposal, line = _read(text, lex)
    company = "株式会社いるかサポート"  # いる and か are a verb and a particle to Sudachi
    assert [(r["type"], r["object"]) for r in proposal["relations"]] == [("entrusts", company)]
    assert [(a["type"], a["party"], a["categories"]) for a in proposal["access"]] == [
        ("incidental", company, ["name", "new:要介護度"])]


def test_a_maintainer_named_in_a_clause_that_goes_on(lex):
    text = (minutes.HEAD + "（1）国保システムの保守について（保険年金課）\n"
            "国保システムの保守は株式会社試験システムズが行い、作業の記録を市に提出する。\n")
    proposal, _ = _read(text, lex)
    assert ("maintains", "株式会社試験システムズ", "国保システム") in {
        (r["type"], r["subject"], r["object"]) for r in proposal["relations"]}
