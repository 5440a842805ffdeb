"""The sixteenth session's newcomer run (tests/fixtures/newcomer16: an invented city's
care-assessment entrustment and camera footage in ○-speaker turns, its HTML page on a
cloud move and a provision table, and a summary of a pension hand-over, a tax-input
entrustment and a library maintainer), read with the bundled registry: the wrong answers
it found stay gone."""
from __future__ import annotations

import pytest

from conftest import FIXTURES, newcomer_proposals
from kg.extract import extract_files


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    return newcomer_proposals("newcomer16")


def _flows(proposal: dict, line: int) -> list[tuple]:
    return [(f["from"], f["to"], f["categories"]) for f in proposal["flows"] if f["line"] == line]


def test_the_number_made_into_electronic_data_is_sent_with_the_rest(read):
    # l.15 届書に記載された氏名、…基礎年金番号及び個人番号を電子データ化し、LGWANを経由して
    # 月見坂年金事務所へ送信する予定: the number goes too (電子データ化し is no other use of it)
    [(frm, to, data)] = _flows(read["tsukimizaka-2024-1"], 15)
    assert to == "月見坂年金事務所" and "my-number" in data and "name" in data


def test_a_row_of_counts_without_names_is_no_flow_of_names(read):
    # table row: 東雲県こども未来課	受給者数、助成件数、助成額（氏名は含まない集計値）
    page = read["tsukimizaka-2023-3"]
    assert not [f for f in page["flows"] if f["to"] == "東雲県こども未来課"]
    # and a prefecture's office is no department of the city
    [office] = [e for e in page["entities"] if e["label"] == "東雲県こども未来課"]
    assert office["type"] == "public-body"


def test_a_question_the_answer_denies_word_for_word_is_no_flow(read):
    # 委員：社会福祉協議会に受給者証番号は渡すのか。／こども家庭課：受給者証番号は提供しない。
    page = read["tsukimizaka-2023-3"]
    asked = [f for f in page["flows"] if any("受給者証番号" in c for c in f["categories"])]
    assert asked == []
    assert [a["type"] for a in page["access"] if any("受給者証番号" in c for c in a["categories"])] == ["excluded"]


def test_the_doctors_name_is_not_the_residents_name(read):
    # l.20 再委託先には、調査対象者の氏名、住所及び心身の状況のみを渡します。主治医の氏名は渡しません。
    care = read["tsukimizaka-2023-2"]
    kept = [a["categories"] for a in care["access"] if a["line"] == 20]
    assert kept and all("name" not in c for c in kept)
    assert any("name" in data for _, _, data in _flows(care, 20))
    doctor = {c["key"]: c["label"] for c in care["categories"]}
    assert "主治医の氏名" in doctor.values()


def test_a_system_entrusts_nothing(read):
    # 子育て支援システムは、…その運用及び保守は株式会社みらい情報システムに委託している
    rels = [(r["type"], r["subject"]) for r in read["tsukimizaka-2023-3"]["relations"]
            if r["type"] == "entrusts"]
    assert rels == [("entrusts", "月見坂市")]


def test_an_item_number_and_a_tax_name_make_no_prefecture(read):
    # (2) 諮問第2号　市県民税申告書等の入力業務の委託について: no 号市県
    assert read["tsukimizaka-2024-1"]["prefecture"] is None


def test_the_maintainer_of_the_recorder_may_see_the_footage(read):
    # l.34 カメラ及び録画装置の保守は、株式会社あおば電設が行っております。あおば電設の技術者は、
    # 保守作業の際に録画画像を目にすることがありますが、…
    care = read["tsukimizaka-2023-2"]
    seen = [(a["type"], a["party"], a["categories"]) for a in care["access"] if a["line"] == 34]
    assert seen == [("incidental", "株式会社あおば電設", ["security-camera-footage"])]
    assert ("maintains", "株式会社あおば電設", "録画装置") in [
        (r["type"], r["subject"], r["object"]) for r in care["relations"]]


def test_the_contractors_surveyors_are_the_contractor(read):
    # l.26 委託先の調査員は、介護保険システムを閲覧できません。: the contractor is kept out
    care = read["tsukimizaka-2023-2"]
    kept = [(a["type"], a["party"]) for a in care["access"] if a["line"] == 26]
    assert kept == [("excluded", "株式会社ひまわりケアサービス")]


def test_the_state_of_mind_and_body_is_health_data(read):
    # l.15 …被保険者番号、心身の状況及び主治医の氏名です。l.20 …氏名、住所及び心身の状況のみを渡します
    care = read["tsukimizaka-2023-2"]
    for line in (15, 20):
        assert any("health" in data for _, _, data in _flows(care, line)), line


def test_the_hand_overs_of_a_contract_said_to_run_run_too(read):
    # l.25 …入力業務を、令和6年度も引き続き株式会社東雲データセンターに委託している。l.26
    # …入力データをDVD-Rに格納して市に納品する: in an item asked about its re-entrustment,
    # the contract's own hand-overs are no plan
    summary = read["tsukimizaka-2024-1"]
    assert {f["line"]: f["status"] for f in summary["flows"] if "東雲データセンター" in f["from"] + f["to"]} \
        == {26: "current", 27: "current"}


def test_a_new_re_entrustment_under_a_running_contract_is_still_to_come():
    # 本市は、…を香川県国民健康保険団体連合会に委託しています。…今回、連合会は、分析業務の
    # 一部を株式会社讃岐ヘルスデータに再委託することとした: its hand-over is planned
    [proposal] = extract_files([next((FIXTURES / "newcomer4").glob("takamatsu-*.txt"))])
    onward = [f["status"] for f in proposal["flows"] if f["to"] == "株式会社讃岐ヘルスデータ"]
    assert onward == ["planned"]


def test_the_maintainer_a_work_changed_to_is_the_maintainer_now(read):
    # l.38 …図書館システムの保守は、これまで株式会社ブックリンクが行っていたが、令和6年4月から
    # 株式会社ライブラリテックに変更した。
    works = {(r["subject"], r["status"]) for r in read["tsukimizaka-2024-1"]["relations"]
             if r["type"] == "maintains" and r["line"] == 38}
    assert works == {("株式会社ブックリンク", "replaced"), ("株式会社ライブラリテック", "current")}


def test_no_party_from_a_title_or_a_verb(read):
    # 図書館システムの保守業者の変更 (a title; the body names both maintainers); 再委託先に
    # 対し委託先と同等の…; 地方公共団体情報システムの標準化 (a programme, no system)
    labels = {e["label"] for r in read.values() for e in r["entities"]}
    assert not [label for label in labels if "保守業者の変更の" in label or "対し" in label]
    assert "地方公共団体情報システム" not in labels


def test_a_limit_on_whom_the_data_goes_to_is_no_second_flow(read):
    # l.32 …画像のみをDVD-Rに複写し、職員が警察署へ持参します。… l.36 提供先は月見坂警察署に
    # 限ります。: the one hand-over, its limit a quote of it
    care = read["tsukimizaka-2023-2"]
    police = [f for f in care["flows"] if f["to"] == "月見坂警察署"]
    assert [f["line"] for f in police] == [32]
    assert 36 in [q["line"] for q in police[0].get("also", [])]


def test_the_undecided_subcontractor_is_one_party(read):
    # l.18 市内の居宅介護支援事業所へ再委託することを予定しています。再委託先はまだ決まって
    # おりません / l.20 再委託先には、…氏名、住所及び心身の状況のみを渡します。主治医の氏名は
    # 渡しません: 再委託先 is the office re-entrusted two lines before, not a second party
    minutes = read["tsukimizaka-2023-2"]
    [sub] = {r["object"] for r in minutes["relations"] if r["type"] == "re-entrusts"}
    assert sub == "居宅介護支援事業所（名称不明）"
    assert {to for _, to, _ in _flows(minutes, 20)} == {sub}
    assert {a["party"] for a in minutes["access"] if a["line"] == 20} == {sub}
    assert not [e for e in minutes["entities"] if "再委託先" in e["label"]]
