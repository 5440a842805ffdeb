"""Session 48: readings found wrong in new minutes and in the auditor's read of session
47's, read with the bundled registry; each test failed before its change unless it says
it guards."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_joint import JOINT
from test_probes_c import lex  # noqa: F401 (the module's registry)


def _flows(text: str, lex) -> list[dict]:
    return analyse(text, lex)["flows"]


#: A union's answer on whom it sends a card in place of: the card's registration status
#: comes from the payment fund, the card itself (and its number) from no one.
REGISTRATION = """潮見県後期高齢者医療広域連合個人情報保護審議会　会議録
１　開催日時　令和7年8月6日（水）午後2時00分
（鳴沢委員）
　広域連合は、誰がマイナ保険証を持っているかを把握しているのですか。
（資格保険料課長）
　ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞの健康保険証としての利用登録の状況は、社会保険診療報酬支払基金から、中間ｻｰﾊﾞｰを経由して毎月提供を受けております。
"""


def test_a_cards_registration_status_is_data_of_its_own_not_the_card(lex):
    flows = [f for f in _flows(REGISTRATION, lex) if "支払基金" in f["from"]]
    assert flows, "the status still moves from the fund"
    cats = [c for f in flows for c in f["categories"]]
    assert "my-number-card" not in cats and "insurance-eligibility" not in cats
    assert "new:マイナンバーカードの健康保険証としての利用登録の状況" in cats
    # (nor does the sentence make My Number involved: no one's number moves)
    assert analyse(REGISTRATION, lex)["my_number_involved"] is False


def test_a_card_itself_still_is_the_card(lex):
    """Guards: the card handed over is the card."""
    text = REGISTRATION.replace("の健康保険証としての利用登録の状況", "の写し")
    cats = [c for f in _flows(text, lex) if "支払基金" in f["from"] for c in f["categories"]]
    assert "my-number-card" in cats


#: A two-column PDF's text: a member's worry about faxes after an answer on the police.
WORRY = """大鷺町情報公開・個人情報保護審議会　会議録
１　開催日時　令和7年5月22日（木）午後2時
２　議題
（1）報告第２号　要保護児童対策地域協議会における関係機関との情報共有について
子育て支援課長 緊急の場合には、児童相談所との間で、児童の氏名をファクシミリで送受信することがございます。
藤堂副会長 警察には、どのような場合に情報を提供するのですか。
子育て支援課長 大鷺警察署には、個別ケース検討会議の構成員として出席いただいた場合に、会議の場で情報を共有しております。
浅利委員 ファクシミリの誤送信は心配です。電子メールなど、他の方法は検討していないのですか。
"""


def test_a_members_worry_gives_the_flow_before_no_way_and_sends_nothing_astray(lex):
    flows = _flows(WORRY, lex)
    police = [f for f in flows if f["to"] == "大鷺警察署"]
    assert police and all(f["channel"] is None for f in police)
    assert not any("誤送付先" in f["to"] for f in flows)


def test_a_converted_pdfs_denial_wrapped_over_lines_keeps_the_contractor_from_my_number(lex):
    """nc75 W1: …委託先へ提供するデー / タからは個人番号を削除いたします, each printed line a
    placed div of a PDF converted to HTML: the number is removed, not handed over."""
    from kg.extract.reading import read_bytes
    from test_reading import placed_page

    page = placed_page([
        [(95, "令和7年度第2回苫瀬町個人情報保護審議会会議録")],
        [(95, "１　日　時　令和7年9月26日（金）午前10時00分")],
        [(95, "（1）議案第9号　家屋評価補助業務の委託について")],
        [(95, "○税務課長"), (180, "家屋評価の補助業務を株式会社測地フロンティアに委託いたします。課")],
        [(112, "税台帳には個人番号が記録されておりますが、委託先へ提供するデー")],
        [(112, "タからは個人番号を削除いたします。測地フロンティアが個人番号を取り扱うこと")],
        [(112, "はございません。")],
        *([[(112, "以上でございます。")]] * 14),
    ])
    found = analyse(read_bytes("m.html", page).text, lex)
    given = [f for f in found["flows"] if "測地フロンティア" in f["to"] and "my-number" in f["categories"]]
    assert not given
    assert any(a["type"] == "excluded" and "測地フロンティア" in a["party"] and "my-number" in a["categories"]
               for a in found["access"])


#: The only ones who may see the number, then the staff who may not (nc75 W5); a
#: contractor's work, then the town's part-time staff kept from the number (nc75 W6).
STAFF = """穂波沢町個人情報保護審議会　会議録
１　開催日時　令和7年10月9日（木）午後2時
２　議題
（1）給与支払報告書の電子的提出に係る個人番号の取扱いについて
岩城　聡（税務課長）：個人番号を閲覧できるのは税務課課税係の職員に限っており、会計年度任用職員には個人番号の閲覧権限を付与しておりません。
（2）児童手当事務の運用保守の委託について
水野　健（こども家庭課長）：運用保守は株式会社ミナセ情報システムに委託いたします。同社は個人番号を含むデータを取り扱います。なお、こども家庭課の窓口で受付を行う会計年度任用職員につきましては、受付に必要な画面のみを閲覧できる権限とし、個人番号を閲覧することはできない設定といたします。
"""


def test_the_towns_part_time_staff_kept_from_the_number_keep_no_one_else_out(lex):
    excluded = [a["party"] for a in analyse(STAFF, lex)["access"] if a["type"] == "excluded"]
    assert not any("課税係" in p or "ミナセ" in p for p in excluded), excluded


def test_a_contractors_staff_kept_from_the_number_are_the_contractors(lex):
    """Guards: 受託者の担当職員 are the contractor's people, not the town's."""
    text = STAFF.replace("こども家庭課の窓口で受付を行う会計年度任用職員につきましては", "受託者の担当職員につきましては")
    excluded = [a["party"] for a in analyse(text, lex)["access"] if a["type"] == "excluded"]
    assert any("ミナセ" in p for p in excluded), excluded


def test_a_leak_a_member_read_of_in_the_news_is_no_hand_over_of_the_town(lex):
    """nc75 W4: 以前、誤送付で個人番号が漏れたという報道を見たことがあります."""
    text = STAFF + ("尾形　倫（委員）：町から事業者に送る特別徴収税額の決定通知書には、従業員の個人番号は記載されるのですか。"
                    "以前、誤送付で個人番号が漏れたという報道を見たことがあります。\n"
                    "岩城　聡（税務課長）：本町では、決定通知書には個人番号を記載しておりません。\n")
    flows = _flows(text, lex)
    assert not any("誤送付先" in f["to"] for f in flows)
    assert not any("my-number" in f["categories"] and f["from"] == "税務課" for f in flows)


#: Colon labels (氏名（役職）：), lines wrapped at 40 columns: the hand-over is said, its data
#: listed two sentences on (nc75 M1).
PENSION = """穂波沢町個人情報保護審議会　会議録
１　開催日時　令和7年10月9日（木）午後2時
２　議題
(4)　諮問第8号　国民年金関係届書の日本年金機構への電子送付について
長尾　真澄（住民保険課長）：令和8年1月から、日本年金機構が提供する電子送付の仕
　　組みを利用し、届書の内容を電子データにして、LGWANを通じて日本年金機構に
　　送付いたします。電子送付の開始後は、紙の届書の逓送は行いません。
長尾　真澄（住民保険課長）：送付する情報は、届出者の氏名、住所、生年月日、基礎年
　　金番号又は個人番号、届出の種別、免除申請の場合は前年の所得の状況などでござい
　　ます。届書には個人番号を記載する欄がございますので、個人番号を含むデータを送
　　付することになります。
"""


def test_a_hand_over_whose_data_is_listed_after_is_drafted_with_that_data(lex):
    [flow] = [f for f in _flows(PENSION, lex) if f["to"] == "日本年金機構"]
    assert "my-number" in flow["categories"] and "name" in flow["categories"]
    assert (flow["channel"], flow["status"]) == ("lgwan", "planned")


def test_one_sentence_is_one_piece_of_evidence_however_many_readings_quote_it(lex):
    [flow] = [f for f in _flows(PENSION, lex) if f["to"] == "日本年金機構"]
    told = [frozenset((q["line"], q["quote"]) for q in [a, *a.get("wrapped", ())]) for a in flow.get("also", ())]
    assert len(told) == len(set(told)) >= 1


def test_no_means_to_hand_over_is_no_hand_over(lex):
    """nc75 W12: …国保連合会から委託先に直接データを提供する仕組みは、現時点ではございません."""
    text = PENSION + ("尾形　倫（委員）：国保連合会から株式会社メディコア・レビューに直接データを送ることはできないのですか。\n"
                      "長尾　真澄（住民保険課長）：国保連合会から株式会社メディコア・レビューに直接データを提供する仕組みは、"
                      "現時点ではございません。\n")
    assert not [f for f in _flows(text, lex) if "メディコア" in f["to"]]


#: JOINT: a joint council's minutes (test_joint.py); its 案件 table names each item's town
#: before its title, and each item is a 議案 (nc75 W10).


def test_a_joint_councils_items_are_its_numbered_bills_not_the_towns_in_their_table(lex):
    items = analyse(JOINT, lex)["agenda_items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("7", "予防接種台帳システムの保守委託"), ("8", "要介護認定調査業務の委託")]
    assert all(i["type"] == "consultation" for i in items)


def test_a_terminal_kept_off_the_internet_keeps_no_data_from_the_contractor(lex):
    """nc75 W14: 傷病名等は要配慮個人情報に該当いたしますので、委託先には、…作業用の端末を
    インターネットに接続しないことを求めます."""
    text = PENSION + ("長尾　真澄（住民保険課長）：レセプト点検を株式会社メディコア・レビューに委託いたします。"
                      "委託先が取り扱う個人情報は、被保険者の氏名及び傷病名でございます。"
                      "傷病名等は要配慮個人情報に該当いたしますので、委託先には、作業用の端末をインターネットに"
                      "接続しないことを求めます。\n")
    excluded = [a for a in analyse(text, lex)["access"] if a["type"] == "excluded" and "メディコア" in a["party"]]
    assert not any("medical-history" in a["categories"] for a in excluded), excluded


def test_software_a_body_provides_is_no_data_and_no_contractor(lex):
    """nc75 W11: 電子データの作成は、住民保険課の職員が、日本年金機構から提供される専用の
    ソフトウェアを用いて行います。外部の事業者への委託はいたしません。"""
    text = PENSION + ("蓮田　秀樹（委員）：届書を電子データにする作業は、誰が行うのですか。外部の業者に入力を委託するのですか。\n"
                      "長尾　真澄（住民保険課長）：電子データの作成は、住民保険課の職員が、日本年金機構から提供される"
                      "専用のソフトウェアを用いて行います。外部の事業者への委託はいたしません。\n")
    assert not [f for f in _flows(text, lex) if f["from"] == "日本年金機構"]


#: The papers a town receives, a word on how they come, then what they hold (nc75 M2).
SALARY = """穂波沢町個人情報保護審議会　会議録
１　開催日時　令和7年10月9日（木）午後2時
２　報告事項
(1)　給与支払報告書等の電子的提出に係る個人番号の取扱いについて
岩城　聡（税務課長）：個人住民税の課税のため、町内外の事業者から給与支払報告書の提出を受けております。令和7年度は、提出件数の約8割が、eLTAXを通じた電子的な提出でございました。給与支払報告書には、給与の支払を受ける方の個人番号が記載されております。
"""


def test_what_the_papers_hold_said_a_sentence_on_is_what_their_flow_carries(lex):
    [flow] = [f for f in _flows(SALARY, lex) if f["to"] == "税務課"]
    assert "my-number" in flow["categories"]


def test_what_any_information_holds_said_a_sentence_on_is_not_carried(lex):
    """Guards: …提供される情報には個人番号が含まれる names no paper of the flow's."""
    text = SALARY.replace("給与支払報告書には、給与の支払を受ける方の個人番号が記載されております。",
                          "本件により提供される情報には個人番号が含まれております。").replace(
                          "給与支払報告書の提出", "給与支払報告書の情報の提出")
    [flow] = [f for f in _flows(text, lex) if f["to"] == "税務課"]
    assert "my-number" not in flow["categories"]


#: A registration, then what the registration uses (nc75 M3).
REGISTERED = """苫瀬町個人情報保護審議会　会議録
１　日　時　令和7年9月26日（金）午前10時00分
（5）報告第3号　国民健康保険の資格情報のオンライン資格確認等システムへの登録について
○苫瀬町町民生活課長 被保険者の資格情報は、国保総合システムから、宮城県国民健康保険団体連合会を経由して、医療保険者等向け中間サーバーに登録しております。この登録には個人番号を用いております。
"""


def test_what_a_registration_uses_is_what_it_moves(lex):
    flows = [f for f in _flows(REGISTERED, lex) if f["verb"] == "登録" and f["line"] == 4]
    assert flows and all("my-number" in f["categories"] for f in flows)


def test_what_an_inquiry_uses_is_not_what_its_answer_brings(lex):
    """Guards: 照会には…個人番号を用いる: the number asks; the tax data comes back."""
    text = REGISTERED.replace("被保険者の資格情報は、国保総合システムから、宮城県国民健康保険団体連合会を経由して、"
                              "医療保険者等向け中間サーバーに登録しております。この登録には個人番号を用いております。",
                              "住所地の市区町村に課税情報を照会する。照会には、申請書で提供を受けた個人番号を用いる。")
    flows = [f for f in _flows(text, lex) if f["verb"] == "照会"]
    assert flows and not any("my-number" in f["categories"] for f in flows)


#: A service that starts after the meeting, then how its data will go (nc75 W16).
SERVICE = """鳴海町個人情報保護審議会　会議録
１　日　時　令和7年9月26日（金）午前10時00分
（6）報告第4号　コンビニエンスストア等における証明書交付サービスの開始について
○町民課長 令和8年2月から、コンビニエンスストア等で住民票の写しを交付するサービスを開始いたします。本町の証明発行サーバーから証明書交付センターへは、LGWANを通じて証明書データを送信いたします。
"""


def test_what_a_service_starting_after_the_meeting_sends_is_planned(lex):
    [flow] = [f for f in _flows(SERVICE, lex) if f["channel"] == "lgwan"]
    assert flow["status"] == "planned"


def test_data_said_not_to_pass_after_a_hand_over_is_kept_from_its_recipient(lex):
    """nc75 W13: 印刷事業者には、…氏名、住所及び郵便番号のみが、委託先から渡ります。受診
    履歴は渡りません: the printer, not the contractor who has the history."""
    text = SERVICE + ("○保険年金課長 受診勧奨の通知の作成を株式会社ミナト企画に委託いたします。委託先には、受診履歴を提供いたします。"
                      "印刷事業者には、宛名の印字に必要な氏名、住所及び郵便番号のみが、委託先から渡ります。受診履歴は渡りません。\n")
    excluded = [a["party"] for a in analyse(text, lex)["access"] if a["type"] == "excluded"]
    assert any("印刷事業者" in p for p in excluded) and not any("ミナト企画" in p for p in excluded), excluded


def test_no_case_to_report_is_no_report(lex):
    """nc75 W18: …個人情報保護委員会への報告の対象となる事案はございませんでした."""
    text = SERVICE + ("○町民課長 個人情報の漏えい等の事案につきましては、本年度上半期において、個人情報保護委員会への"
                      "報告の対象となる事案はございませんでした。\n")
    assert not [f for f in _flows(text, lex) if f["to"] == "個人情報保護委員会"]


def test_the_network_data_leaves_from_is_not_its_way(lex):
    """nc75 W15: 移行データは、庁内ネットワークから専用回線を通じて、…移行用環境へ送信いたします."""
    text = SERVICE + ("○町民課長 移行データは、暗号化したUSBメモリに格納して、株式会社ミナセ情報システムの担当者に手渡しいたします。\n"
                      "○町民課長 先ほど、移行データはUSBメモリに格納して手渡しすると申し上げましたが、誤りでございました。"
                      "移行データは、USBメモリではなく、庁内ネットワークから専用回線を通じて、株式会社ミナセ情報システムへ送信いたします。\n")
    flows = [f for f in _flows(text, lex) if "ミナセ" in f["to"]]
    assert flows and all(f["channel"] == "dedicated-line" for f in flows), [f["channel"] for f in flows]


#: Lines hard-wrapped at 40 columns, the wrapped ones indented (nc75 M10); a head's field
#: whose list goes on on an indented line.
WRAPPED = """穂波沢町個人情報保護審議会　会議録
１　開催日時　令和7年10月9日（木）午後2時
説明者　健康福祉局保険年金課　西田課長、高橋係長
　　　　教育委員会事務局健康教育課　中村課長
(3)　諮問第7号　避難行動要支援者名簿情報の平常時における提供について
三枝　亮（総務課防災係長）：現在、名簿情報は、災害が発生した場合又は発生するおそ
　　れがある場合に限り、避難支援等関係者に提供することとしております。令和8年度
　　からは、本人の同意を得た方に限り、平常時から、穂波沢町消防団、民生委員・児童
　　委員、地区の自主防災組織及び鷹見警察署に名簿情報を提供したいと考えております。
"""


def test_a_name_wrapped_onto_an_indented_line_is_one_name(lex):
    found = analyse(WRAPPED, lex)
    recipients = {f["to"] for f in found["flows"]}
    assert "民生委員・児童委員（名称不明）" in recipients and "穂波沢町消防団" in recipients, recipients
    # (a head's list going on on an indented line still ends a name where it did)
    labels = {e["label"] for e in found["entities"]}
    assert "教育委員会事務局健康教育課" in labels and not any(label.startswith("係長") for label in labels)


def test_data_the_meeting_decides_not_to_hand_over_goes_out_of_the_proposal(lex):
    """nc75 W13: 質問票の回答は、委託先に提供しないことといたします (after a member's question)."""
    text = SERVICE + ("○保険年金課長 受診勧奨の通知の作成を株式会社ミナト企画に委託いたします。委託先に提供する情報は、"
                      "対象者の氏名、住所及び質問票の回答でございます。\n"
                      "○久世委員 質問票の回答には要配慮個人情報が含まれるのではないですか。\n"
                      "○保険年金課長 質問票の回答は、委託先に提供しないことといたします。\n")
    [flow] = [f for f in _flows(text, lex) if "ミナト企画" in f["to"]]
    assert "name" in flow["categories"] and not any("質問票" in c for c in flow["categories"])
