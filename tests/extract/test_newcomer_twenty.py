"""The eighteenth session's second newcomer run (tests/fixtures/newcomer20: a city's
verbatim minutes on care assessments and a library system, a town's summary on a
child-protection system, an AI drill for pupils and cameras, a village's written opinion
on bank inquiries and a hometown-tax contractor), read with the bundled registry: what
the newcomer found wrong stays right."""
from __future__ import annotations

import pytest

from conftest import newcomer_proposals, on_line as _rows


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    return newcomer_proposals("newcomer20")


def test_a_company_whose_name_holds_particles_is_one_company(read):
    # b l.33 株式会社ことのはラボが提供するAIドリル… l.34 …を同社に提供する。 l.36 同社は
    # クラウド基盤の運用を株式会社あおぞら基盤サービスに再委託している。
    proposal = read["b_aizomegawa-2024-1"]
    assert {f["to"] for f in _rows(proposal["flows"], 34)} == {"株式会社ことのはラボ"}
    assert {r["subject"] for r in _rows(proposal["relations"], 36)
            if r["type"] == "re-entrusts"} == {"株式会社ことのはラボ"}
    # (and, as it re-entrusts, the town entrusted it: the implied entrustment, same line)
    assert {(r["subject"], r["object"]) for r in _rows(proposal["relations"], 36)
            if r["type"] == "entrusts"} == {("藍染川町", "株式会社ことのはラボ")}


def test_a_body_placed_in_the_town_is_not_the_items_contractor(read):
    # b l.25 …番号を誤って町内の事業所にファクスで送信した事案が1件あった。
    [astray] = _rows(read["b_aizomegawa-2024-1"]["flows"], 25)
    assert "みらいネクスト" not in astray["to"] and astray["status"] == "ended"


def test_a_question_about_an_incident_is_no_incident(read):
    # a l.34 ○片桐委員　昨年度、調査票の誤送付があったと聞いたが。 (l.35 answers it; the forms
    # hold no 個人番号, l.19–20)
    proposal = read["a_akanegaoka-2024-2"]
    assert not _rows(proposal["flows"], 34)
    assert [f["line"] for f in proposal["flows"] if f["status"] == "ended"] == [35]


def test_a_risk_spoken_of_is_no_incident(read):
    # c l.31 郵送による照会に比べて誤送付のおそれが小さく、…
    assert not any("誤送付先" in f["to"] for f in read["c_yukimihara-2025-toshin"]["flows"])


def test_an_entrustment_ended_before_now_is_ended(read):
    # a l.18 令和5年3月までは、…委託しておりましたが、…同月末をもって委託を終了し、現在は…
    [ended] = _rows(read["a_akanegaoka-2024-2"]["relations"], 18)
    assert ended["status"] == "ended"


def test_work_that_runs_now_is_current_though_its_staff_may_see(read):
    # b l.53 録画装置の保守は株式会社東光セキュリティに委託しており、保守作業の際に同社の
    # 技術者が画像を目にすることがある。
    statuses = {(r["type"], r["status"]) for r in _rows(read["b_aizomegawa-2024-1"]["relations"], 53)}
    assert statuses == {("maintains", "current"), ("entrusts", "current")}


def test_an_approval_given_on_conditions_is_conditional(read):
    # a l.42 次の条件を付して適当と認めることとしてよろしいでしょうか。; b l.27 次の条件を付して、
    # 適当と認める。
    assert read["a_akanegaoka-2024-2"]["agenda_items"][0]["outcome"] == "approved-with-conditions"
    assert read["b_aizomegawa-2024-1"]["agenda_items"][0]["outcome"] == "approved-with-conditions"


def test_a_condition_on_a_subcontractor_is_no_agenda_item(read):
    # c l.16 (2) ふるさと納税業務の再委託先を変更する場合は、事前に村に届け出させ、…
    titles = [i["title"] for i in read["c_yukimihara-2025-toshin"]["agenda_items"]]
    assert "ふるさと納税業務の再委託" not in titles
    # (so the delivery company gets the donors' data from the contractor, l.23, l.39)
    givers = {f["from"] for f in read["c_yukimihara-2025-toshin"]["flows"] if "配送事業者" in f["to"]}
    assert givers == {"株式会社ゆきみはらふるさと振興公社"}


def test_a_ban_on_other_re_entrustments_leaves_the_one_allowed(read):
    # a l.22 …ひまわりデータサービスに再委託することを認める予定でございます。 l.23 それ以外の
    # 再委託は、契約により禁止いたします。 (l.44 再委託先による…持ち出しを禁止すること: a ban
    # on taking forms out, not on re-entrusting)
    subs = [(r["line"], r["subject"], r["object"], r["permission"])
            for r in read["a_akanegaoka-2024-2"]["relations"] if r["type"] == "re-entrusts"]
    assert subs == [(22, "社会福祉法人あかね福祉会", "株式会社ひまわりデータサービス", "requires-approval")]


def test_a_body_that_entrusts_in_its_own_clause_is_the_entruster(read):
    # b l.16 同システムは県が株式会社みらいネクストに委託して運用しており、町は利用者として…
    [entrusted] = [r for r in _rows(read["b_aizomegawa-2024-1"]["relations"], 16) if r["type"] == "entrusts"]
    assert (entrusted["subject"], entrusted["object"]) == ("県（名称不明）", "株式会社みらいネクスト")


def test_a_high_school_is_no_department_of_the_town(read):
    # b l.45 …学習履歴を進学先の高等学校に引き継ぐことができるよう検討している。
    school = next(e for e in read["b_aizomegawa-2024-1"]["entities"] if e["label"].startswith("高等学校"))
    assert school["type"] == "unnamed-party"


def test_data_named_before_a_section_heading_is_not_carried_past_it(read):
    # c l.17 (3) 寄附者情報の保存期間を定め… / l.19 第２　諮問の概要 / l.20 …金融機関に預貯金の
    # 照会を行っている: the banks' answers are no donor data; they are the deposits asked
    # about (session 40; before, no data word named 預貯金, and they were unspecified)
    rows = _rows(read["c_yukimihara-2025-toshin"]["flows"], 20)
    assert rows and all(f["categories"] == ["bank-deposits"] for f in rows)


def test_an_office_the_work_was_entrusted_to_before_is_not_the_items_contractor(read):
    # a l.18 …市内の居宅介護支援事業所に委託しておりましたが、…委託を終了し (a former one);
    # l.28 受託者及び再委託先は、主治医意見書を閲覧できません。: 受託者 is あかね福祉会 (l.14)
    proposal = read["a_akanegaoka-2024-2"]
    assert {x["party"] for x in _rows(proposal["access"], 28)} == {
        "社会福祉法人あかね福祉会", "株式会社ひまわりデータサービス"}
    assert not any("名称不明" in x["party"] for x in proposal["access"])


def test_how_a_training_went_is_no_ones_data(read):
    # a l.44 …調査員に年1回以上の個人情報保護研修を実施させ、その結果を市に報告させること。
    assert not _rows(read["a_akanegaoka-2024-2"]["flows"], 44)


def test_the_company_a_sentence_is_about_stays_the_one_dousha_names(read):
    # b l.36 同社はクラウド基盤の運用を株式会社あおぞら基盤サービスに再委託している。
    # l.37 保護者の氏名や住所、個人番号は同社に提供しない。: 同社 is still ことのはラボ
    assert {x["party"] for x in _rows(read["b_aizomegawa-2024-1"]["access"], 37)} == {
        "株式会社ことのはラボ"}


def test_who_wishes_is_not_who_hands_the_data_on(read):
    # b l.45 …中学校卒業時に本人が希望すれば、学習履歴を進学先の高等学校に引き継ぐことが
    # できるよう検討している。
    [on] = _rows(read["b_aizomegawa-2024-1"]["flows"], 45)
    assert on["from"] == "学校教育課"


def test_the_same_service_is_the_one_named_before_and_its_operator_is_kept_out(read):
    # c l.20 株式会社NTTデータが運営する預貯金等照会電子化サービスを利用して… l.30 (3) 同サービスの
    # 運営事業者は、照会及び回答の内容を閲覧できない仕組みとされている。
    [kept] = _rows(read["c_yukimihara-2025-toshin"]["access"], 30)
    assert (kept["type"], kept["party"], kept["categories"]) == (
        "excluded", "株式会社NTTデータ", ["personal-information"])


def test_rights_withheld_from_each_of_two_bodies(read):
    # b l.17 ・保育所及び小中学校には同システムの閲覧権限を付与しない。: both kept out
    kept = {a["party"] for a in _rows(read["b_aizomegawa-2024-1"]["access"], 17) if a["type"] == "excluded"}
    assert {"保育所（名称不明）"} < kept and len(kept) == 2
