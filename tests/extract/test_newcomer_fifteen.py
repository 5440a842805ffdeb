"""The fifteenth session's newcomer runs (tests/fixtures/newcomer15: a town's summary of
a child-protection item and a report on sharing with schools, a city's care-assessment
entrustment in speaker turns, a town's summary of its move to the government cloud, a
city's welfare items, an HTML roster page, certificates and 戸籍 in 〇-speaker turns, a
written opinion on school data, a city's late-elderly insurance minutes), read with the
bundled registry: the wrong answers they found stay gone."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from kg.extract import extract_files

MINUTES = sorted((FIXTURES / "newcomer15").iterdir())


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    """``{town: proposal}`` for each minutes file."""
    return {Path(r["input"]).stem: r for r in extract_files(MINUTES)}


def test_a_denial_of_the_items_hand_over_speaks_of_its_recipient(read):
    # 本件の提供において個人番号は利用しない: of the town's provision to the child guidance
    # centre, not of the company the prefecture entrusts its system to
    kept_out = {a["party"] for a in read["shiraume"]["access"] if "my-number" in a["categories"]}
    assert kept_out == {"県中央児童相談所"}


def test_data_a_flow_names_itself_are_not_those_of_the_sentence_before(read):
    flows = {(f["line"], f["from"]): f for f in read["shiraume"]["flows"]}
    # 学校からは、欠席の状況や気になる様子を、月1回、こども家庭課に報告している。: not the
    # 氏名 and 連絡先 the town gives the schools in the sentence before (学校: the
    # 町立小中学校 that sentence names)
    assert flows[(22, "町立小中学校")]["categories"] == ["personal-information"]
    assert flows[(22, "町立小中学校")]["frequency"] == "月1回"
    # 一時保護の決定や援助方針について、児童相談所から町に書面で通知される: the 援助方針
    # (child protection), not the case records of the planned system
    assert flows[(15, "県中央児童相談所")]["categories"] == ["child-protection"]


def test_once_a_term_is_a_frequency(read):
    # …児童の氏名、見守りの必要性及び関係機関の連絡先を、学期ごとに書面で提供している
    assert [f["frequency"] for f in read["shiraume"]["flows"] if f["to"] == "町立小中学校"] == ["学期ごと"]


def test_a_bare_child_guidance_centre_is_the_one_named_before(read):
    # 県中央児童相談所に対し… (l.13), then 児童相談所から町に書面で通知される (l.15)
    assert "児童相談所" not in {e["label"] for e in read["shiraume"]["entities"]}


def test_a_town_name_with_the_repeat_mark_is_read_whole(read):
    # 野々宮町情報公開・個人情報保護審査会　会議要旨: not 宮町
    assert read["nonomiya"]["municipality"] == "野々宮町"


def test_a_topic_that_names_what_goes_is_the_flows_data(read):
    # ○介護保険課長　認定結果は、…担当の居宅介護支援事業所に書面で通知しております。: not the
    # 住民票 and 住所 of the answer two turns before (住民票を確認のうえ、正しい住所に…)
    told = [f for f in read["sakuragaura"]["flows"] if f["line"] == 29]
    assert [f["categories"] for f in told] == [["personal-information"]]


def test_a_request_for_approval_is_no_flow(read):
    # 受託者から書面で再委託の承認申請を受け、市が承認いたします。
    assert not [f for f in read["sakuragaura"]["flows"] if f["line"] == 35]


def test_a_denial_after_the_way_it_is_done_denies_its_own_data_only(read):
    # 国保連合会とのやり取りは被保険者番号で行っており、個人番号は利用しておりません。
    denied = [a["categories"] for a in read["sakuragaura"]["access"] if a["line"] == 31]
    assert denied == [["my-number"]]


def test_a_topic_recipient_goes_to_the_first_verb_of_the_chain(read):
    # ベイデータサービスには、受託者が調査票の写しを…渡し、入力したデータは同社から介護保険課へ
    # …納品されます。: two hand-overs
    ends = {(f["from"], f["to"]) for f in read["sakuragaura"]["flows"] if f["line"] == 17}
    assert ends == {("株式会社さくらケアプランニング", "株式会社ベイデータサービス"),
                    ("株式会社ベイデータサービス", "介護保険課")}


def test_data_said_to_be_moved_too_joins_the_move(read):
    # 移行データは、…ミナトクラウドサービスに引き渡す。(l.17) … 住民記録システムには個人番号が
    # 記録されており、個人番号も移行の対象となる (l.22)
    handed = next(f for f in read["nonomiya"]["flows"] if f["to"] == "株式会社ミナトクラウドサービス")
    assert "my-number" in handed["categories"]
    assert 22 in [q["line"] for q in handed.get("also", [])]


def test_the_inquirys_paper_goes_to_the_one_inquired_of(read):
    # …随時、鷹ノ巣年金事務所に照会を行う。照会書には、対象者の氏名、生年月日及び基礎年金番号を
    # 記載し、郵送で送付する。
    sent = [f for f in read["takanosu"]["flows"] if f["line"] == 38]
    assert [(f["from"], f["to"], f["channel"]) for f in sent] == [("障がい福祉課", "鷹ノ巣年金事務所", "mail")]
    assert {"name", "date-of-birth"} <= set(sent[0]["categories"])


def test_a_denial_said_of_the_inquiry_keeps_the_one_inquired_of_out(read):
    # 照会には個人番号は利用しない。
    assert [(a["type"], a["party"], a["categories"]) for a in read["takanosu"]["access"]
            if a["line"] == 40] == [("excluded", "鷹ノ巣年金事務所", ["my-number"])]


def test_a_move_of_two_systems_carries_the_data_each_is_said_to_hold():
    # 市民課が所管する住民記録システムと、税務課が所管する…税務システムを、…ガバメントクラウドへ
    # 移行する予定 (l.17). 住民記録システムで取り扱う情報は、住民の氏名、…個人番号などであり、
    # 税務システムでは、これに加えて所得、…を取り扱います (l.18): a missing "yes" before
    fujimihara, = extract_files([FIXTURES / "newcomer13" / "fujimihara-2024-10.txt"])
    moved = {f["from"]: f for f in fujimihara["flows"] if f["to"] == "ガバメントクラウド"}
    assert set(moved) == {"住民記録システム", "税務システム"}
    assert "my-number" in moved["住民記録システム"]["categories"]
    assert "income-tax" in moved["税務システム"]["categories"]
    assert "income-tax" not in moved["住民記録システム"]["categories"]
    assert 18 in [q["line"] for q in moved["住民記録システム"]["also"]]


def test_both_systems_points_to_the_two_systems_named_before(read):
    # 本町の住民記録システム及び税務システムは、… (l.13). 両システムを標準準拠システムに移行し (l.14);
    # 住民記録システムには個人番号が記録されており、個人番号も移行の対象となる (l.22)
    moved = {f["from"]: f["categories"] for f in read["nonomiya"]["flows"] if f["line"] == 14}
    assert set(moved) == {"住民記録システム", "税務システム"}
    assert "my-number" in moved["住民記録システム"]
    assert "my-number" not in moved["税務システム"]


def test_a_reported_answer_speaks_of_its_own_topic_not_the_questions(read):
    # 委員から、クラウド事業者が町民のデータを見ることができるのかとの質問があり、企画情報課長から、
    # ミナトクラウドサービスは基盤の監視を行うのみであり、データの内容を閲覧することはできない
    assert [(a["type"], a["party"]) for a in read["nonomiya"]["access"] if a["line"] == 21] \
        == [("excluded", "株式会社ミナトクラウドサービス")]


def test_a_written_opinions_own_title_is_no_agenda_item():
    # 個人情報の外部提供について（答申） (l.9), then 諮問第１５号 … 諮問第１６号 …
    minamihama, = extract_files([FIXTURES / "newcomer13" / "minamihama-2025-8.txt"])
    items = [(i["number"], i["outcome"]) for i in minamihama["agenda_items"]]
    assert items and all(number is not None for number, _ in items)
    assert "unknown" not in {outcome for _, outcome in items}


def test_a_return_asked_of_the_contractor_comes_from_it():
    # 委託先の調査員が作成した認定調査票は、原本を郵送で市に返送していただきます。(the file is
    # Shift_JIS): the contractor returns the forms by post; 郵送で is how, not a verb
    minamisawa, = extract_files([FIXTURES / "newcomer13" / "minamisawa-2024-8.txt"])
    returned = [(f["from"], f["to"], f["channel"]) for f in minamisawa["flows"]
                if f["line"] == 20 and "care-assessment-form" in f["categories"]]
    assert returned == [("社会福祉法人やまびこ会", "南沢市", "mail")]


def test_a_common_noun_said_before_the_bodys_full_name_is_that_body(read):
    # 障害福祉サービス受給者に係る年金事務所への照会について (l.11), then 鷹ノ巣年金事務所に照会 (l.37)
    labels = {e["label"] for e in read["takanosu"]["entities"]}
    assert "鷹ノ巣年金事務所" in labels and "年金事務所" not in labels


def test_data_a_provision_is_said_to_leave_out_is_no_flow(read):
    # 県教育委員会に提供するデータは氏名を削除したものであり: not a flow of 氏名 (the
    # provision itself is l.21's, without names)
    kaedegaoka = read["kaedegaoka"]
    to_board = [f for f in kaedegaoka["flows"] if f["to"] == "県教育委員会"]
    assert to_board and not [f for f in to_board if "name" in f["categories"]]
    assert {e["type"] for e in kaedegaoka["entities"] if e["label"] == "県教育委員会"} == {"public-body"}


def test_a_headings_topic_and_a_card_used_as_a_tool_are_no_my_number_involvement(read):
    # （3）個人番号について / 本件において個人番号は取り扱わない。
    assert read["kaedegaoka"]["my_number_involved"] is False
    # マイナンバーカードを利用した住民票の写し…のコンビニ交付; 個人番号そのものは…送信いたしません
    assert read["shiomi"]["my_number_involved"] is False


def test_a_use_denied_after_the_use_allowed_is_of_that_use(read):
    # 学習履歴を教材の改善及び個別の学習支援の目的に限って利用し、広告に利用しないことを契約で定める
    denied = [(a["party"], a["categories"], a["context"]) for a in read["kaedegaoka"]["access"] if a["line"] == 26]
    assert [(party, data) for party, data, _ in denied] == [("株式会社まなびリンク", ["learning-history"])]
    assert denied[0][2].startswith("広告への利用（")


def test_a_place_name_with_ga_is_one_name(read):
    # 楓ヶ丘市教育委員会 (ヶ reads as a particle): not 丘市教育委員会
    labels = {e["label"] for e in read["kaedegaoka"]["entities"]}
    assert "丘市教育委員会" not in labels and "楓ヶ丘市教育委員会" in labels


def test_an_item_called_by_its_place_in_the_list_opens_its_section(read):
    # （1）諮問第5号　…の保守委託について (l.10); 〇浅野会長　それでは、議題（1）について… (l.13):
    # the section is the item's, so its outcome is read and the company l.15 names is its
    # contractor (no unnamed one made from the title)
    shiomi = read["shiomi"]
    assert [(i["number"], i["outcome"]) for i in shiomi["agenda_items"]] == [("5", "approved"), ("2", "noted")]
    assert not [r for r in shiomi["relations"] if "名称不明" in r["object"]]
    # （2）報告事項　住民票の写しの誤交付…について: the title without its kind
    assert shiomi["agenda_items"][1]["title"].startswith("住民票の写し")


def test_what_a_paper_gone_astray_did_not_hold_is_of_whoever_got_it(read):
    # 誤交付した住民票の写しには…が記載されておりました。本籍及び個人番号は記載されておりません
    # でした。: not an exclusion of the maintenance company
    kept_out = [a["party"] for a in read["shiomi"]["access"] if a["line"] == 26]
    assert len(kept_out) == 1 and kept_out[0].endswith("誤送付先（名称不明）")


def test_a_centre_of_a_named_body_is_no_department(read):
    # 地方公共団体情報システム機構（J-LIS）の証明書交付センター (session 37: the registry's
    # 証明書交付センターシステム, by an alias)
    assert {e["type"] for e in read["shiomi"]["entities"] if e["label"] == "証明書交付センターシステム"} == {"system"}


def test_sentences_that_go_on_after_a_topic_are_no_agenda_items(read):
    # 平常時の名簿の提供については、… / 名簿の提供について市と協定を締結した自治会は、…
    assert [i["number"] for i in read["asagiri"]["agenda_items"]] == ["14", "1"]


def test_a_topic_entrusted_the_works_runs_hosts_and_maintains(read):
    # …管理システムは、…株式会社あさぎりデータサービスが提供するクラウドサービスに移行する予定で
    # ございます。同社にはシステムの運用及び保守を委託いたします。
    kinds = {r["type"] for r in read["asagiri"]["relations"] if r["subject"] == "株式会社あさぎりデータサービス"}
    assert kinds == {"hosts", "operates", "maintains"}


def test_two_departments_joined_by_a_dot_are_two(read):
    # | 諮問第14号 | …について | 危機管理課・福祉総務課 |
    labels = {e["label"] for e in read["asagiri"]["entities"]}
    assert {"危機管理課", "福祉総務課"} <= labels and "危機管理課・福祉総務課" not in labels


def test_a_roster_without_the_number_keeps_each_roster_recipient_out(read):
    # 名簿には個人番号は記載しておりません。: each party the table gives the roster to
    kept_out = {a["party"] for a in read["asagiri"]["access"] if "my-number" in a["categories"]}
    assert {"自主防災組織（名称不明）", "民生委員・児童委員（名称不明）"} <= kept_out


def test_a_written_opinions_parts_sections_and_conclusion(read):
    # 2　諮問の内容 （1）…学習データの提供 （2）学校健康診断データの提供; 3　審議会の判断理由
    # （1）学習データについて …（3）個人番号について; 1　審議会の結論 諮問第9号のとおり実施する
    # ことは適当である。ただし、…附帯意見を遵守されたい。
    items = [(i["number"], i["outcome"]) for i in read["kaedegaoka"]["agenda_items"]]
    assert items == [("1", "approved-with-conditions"), ("2", "approved-with-conditions")]


def test_a_speakers_zero_mark_is_no_part_of_a_name(read):
    # 〇大友委員　印刷業者に個人番号は渡るのでしょうか。／〇芦田保険年金課長　個人番号は渡しません。
    # (〇 is the numeral zero; Sudachi read the label and the next word as one unknown word)
    shirasagidai = read["shirasagidai"]
    assert [(a["party"], a["categories"]) for a in shirasagidai["access"] if a["line"] == 19] \
        == [("株式会社はくろ印刷", ["my-number"])]
    assert not [c for c in shirasagidai["categories"] if "〇" in c["label"]]


def test_a_reported_explanation_keeps_the_other_giver(read):
    # こども家庭課から、…課税情報を、他の市区町村から情報提供ネットワークシステムを通じて取得して
    # いるとの説明があった。: the department explains and receives; the others give
    got = [(f["from"], f["to"], f["categories"]) for f in read["aoyagihara"]["flows"] if f["line"] == 15]
    assert got == [("他の市区町村（名称不明）", "こども家庭課", ["income-tax"])]


def test_what_a_subcontractor_may_see_on_the_notices_it_encloses(read):
    # 〇波多野保険年金課主査　つばさメールサービスは、…データには触れません。ただし、封入作業の際に
    # 通知書の記載内容を目にすることはあり得ます。
    seen = [(a["type"], a["party"]) for a in read["shirasagidai"]["access"] if a["line"] == 21]
    assert seen == [("incidental", "有限会社つばさメールサービス")]


def test_a_denial_of_sending_to_a_bodys_facility_keeps_no_contractor_out(read):
    # 〇安藤住民課長　…個人番号そのものは証明書交付センターに送信いたしません。: J-LIS's centre,
    # not the company that maintains the town's certificate server (l.14 names the centre
    # 地方公共団体情報システム機構（J-LIS）の証明書交付センター: so J-LIS is kept out)
    assert [(a["party"], a["categories"]) for a in read["shiomi"]["access"] if a["line"] == 19] == [
        ("地方公共団体情報システム機構", ["my-number"])]


def test_the_printing_data_goes_to_the_contractor_the_sentence_is_about(read):
    # 本町は、…業務を株式会社しおさいシステムズに委託しており、同社は印刷を有限会社みさき印刷
    # に再委託しております。通知書の印刷データは、…同社に手渡ししております。: 同社 is the
    # contractor the sentences are about; the re-entrustment names no data, so what the
    # subcontractor gets is the query's inference (docs/semantics.md), not a claim here
    [handed] = [f for f in read["shiomi"]["flows"] if f["line"] == 27]
    assert (handed["from"], handed["to"]) == ("住民課", "株式会社しおさいシステムズ")
    [sub] = [r for r in read["shiomi"]["relations"] if r["type"] == "re-entrusts"]
    assert sub["object"] == "有限会社みさき印刷" and sub["categories"] == []


def test_two_incidents_of_one_report_stay_two_with_their_own_senders(read):
    # l.26 住民票の写しを…別人の住民票の写しを誤って交付 (the counter, 住民課); l.27 もう1件は、
    # …通知書の誤送付でございます (names the second); l.28 有限会社みさき印刷の封入工程で、…別の
    # 世帯に誤って送付されました。誤送付された通知書には、氏名、住所、被保険者記号番号が…
    astray = {f["line"]: f for f in read["shiomi"]["flows"] if f["status"] == "ended"}
    assert sorted(astray) == [26, 28]
    assert astray[26]["from"] == "住民課" and "insured-person-number" not in astray[26]["categories"]
    assert 27 not in [q["line"] for q in astray[26].get("also", [])]
    assert astray[28]["from"] == "有限会社みさき印刷"
    assert astray[28]["categories"] == ["name", "address", "insured-person-number"]


def test_a_topic_system_takes_before_it_sends(read):
    # 証明書発行サーバは、住民記録システムから住民票の情報を取得し、…証明書交付センターに随時
    # 送信いたします: the server takes from the resident system, then sends
    moved = [(f["from"], f["to"], f["categories"]) for f in read["shiomi"]["flows"] if f["line"] == 14]
    assert ("住民記録システム", "証明書発行サーバ", ["juminhyo"]) in moved


def test_a_police_request_for_footage_is_answered_by_the_city(read):
    # shirasagidai l.31 白鷺台警察署から、窃盗事件の捜査のため映像の提供を求められました。: the
    # station asked; the footage goes to it, never from it
    flows = read["shirasagidai"]["flows"]
    assert not [f for f in flows if f["from"] == "白鷺台警察署"]
    assert ("危機管理課", "白鷺台警察署", ["image"]) in [(f["from"], f["to"], f["categories"]) for f in flows]
