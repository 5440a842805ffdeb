"""Session 44: readings found wrong in new minutes (nc69's leftovers), read with the
bundled registry; each test failed before its change unless it says it guards."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: A contractor table drawn between bars, one cell wrapped onto the next line, and a row
#: its work cell marks as re-entrusted.
BAR_TABLE = """令和8年度第2回白萩市個人情報保護審議会 会議録
開催日　令和8年9月9日（水）
【諮問第３号　ふるさと納税の受付業務の委託について】
　寄附推進課でございます。受付業務を株式会社シラハギ寄附センターに委託いたします。委託先と取り扱う情報は次の表のとおりでございます。（寄附推進課長）
|委託先                  |業務                  |取り扱う個人情報                |受渡し方法|
|株式会社シラハギ寄附センター|申込みの受付、ワンストップ|氏名、住所、電話番号、          |管理画面  |
|                        |特例申請の受付        |個人番号（特例申請に限る）      |          |
|株式会社白萩運送        |返礼品の配送（再委託）|氏名、住所                      |専用画面  |
　説明は以上でございます。（寄附推進課長）
"""


def test_a_cell_wrapped_onto_the_next_line_adds_its_data_to_the_row_above(lex):
    # nc69 M1: the wrapped line's 個人番号 was never read, so the company that takes the
    # one-stop applications never appeared in who-can-see 個人番号
    proposal = analyse(BAR_TABLE, lex)
    row = [f for f in proposal["flows"] if f["line"] == 6 and f["to"] == "株式会社シラハギ寄附センター"]
    assert row and "my-number" in row[0]["categories"], proposal["flows"]
    assert [q["line"] for q in row[0].get("wrapped", ())] == [7], row


def test_a_wrapped_line_is_no_row_of_its_own(lex):
    # guard: the wrapped line names no party in the party's column (passes without the
    # change too: its shifted cells named none)
    proposal = analyse(BAR_TABLE, lex)
    assert not [f for f in proposal["flows"] if f["line"] == 7], proposal["flows"]


def test_a_row_marked_re_entrusted_is_handed_on_by_the_contractor_above(lex):
    # nc69 W7: the row marked 再委託 was given by the city's department, as if the city
    # handed the addresses to the carrier itself
    proposal = analyse(BAR_TABLE, lex)
    row = [f for f in proposal["flows"] if f["line"] == 8]
    assert row and {f["from"] for f in row} == {"株式会社シラハギ寄附センター"}, row
    assert {f["to"] for f in row} == {"株式会社白萩運送"}, row
    assert [r for r in proposal["relations"] if r["type"] == "re-entrusts" and r["line"] == 8
            and r["subject"] == "株式会社シラハギ寄附センター" and r["object"] == "株式会社白萩運送"], \
        proposal["relations"]


#: Online applications a company's service passes to the city's system; a later
#: correction of who posts the receipts.
SERVICE = """令和8年度第2回白萩市個人情報保護審議会 会議録
開催日　令和8年9月9日（水）
【諮問第４号　寄附金控除の特例申請の受付について】
　寄附推進課でございます。特例申請は、株式会社シラハギ寄附センターのオンライン申請サービスでも受け付けます。オンラインで受け付けた申請データは、個人番号を含めて、同社のサービスを通じて本市の寄附台帳システムに取り込まれます。（寄附推進課長）
　受領証明書の発送は株式会社白萩印刷に委託いたします。（寄附推進課長）
　一点訂正させていただきます。先ほど、受領証明書の発送を株式会社白萩印刷が行うと申し上げましたが、発送は日本郵便株式会社の郵便によるものでございます。（寄附推進課主査）
"""


def test_data_a_company_s_service_passes_on_is_given_by_that_company(lex):
    # nc69 W19: the applications taken online through the company's service were given
    # by the department, so the company that holds them was no giver
    proposal = analyse(SERVICE, lex)
    taken = [f for f in proposal["flows"] if f["line"] == 4 and f["to"] == "寄附台帳システム"]
    assert taken and {f["from"] for f in taken} == {"株式会社シラハギ寄附センター"}, taken
    assert "my-number" in taken[0]["categories"], taken


def test_a_correction_of_what_one_company_does_leaves_another_s_way_alone(lex):
    # nc69 W19: …を白萩印刷が行うと申し上げましたが、…郵便による took the item's last flow
    # with a way (the online intake) and made it go by mail
    proposal = analyse(SERVICE, lex)
    taken = [f for f in proposal["flows"] if f["line"] == 4 and f["to"] == "寄附台帳システム"]
    assert taken and {f["channel"] for f in taken} == {"online"}, taken
    assert not [a for f in taken for a in f.get("also", ()) if a["line"] == 6], taken


#: A member restates a hand-over in asking; the answer's first sentence names where the
#: data goes now, the second says how often.
RESTATED = """令和8年度第2回白萩市個人情報保護審議会 会議録
開催日　令和8年9月9日（水）
【諮問第５号　戸籍の窓口業務の委託について】
◇市民課長　戸籍の窓口業務を株式会社白萩サービスに委託いたします。
◇本田委員　戸籍の副本を法務省に送るということですが、副本の送信は以前から行われていたものですか。
◇市民課長　戸籍の副本は、令和６年３月から戸籍情報連携システムに送信しております。送信は戸籍の記載の都度、自動で行われます。
"""


def test_an_answer_s_second_sentence_follows_its_first_not_the_question_s_restatement(lex):
    # nc69 W15: 送信は…都度 took 法務省 from the member's restatement and proposed a planned
    # hand-over the answer had just said goes to the 戸籍情報連携システム
    proposal = analyse(RESTATED, lex)
    assert not [f for f in proposal["flows"] if f["to"] == "法務省"], proposal["flows"]
    assert [f for f in proposal["flows"] if f["line"] == 6 and f["to"] == "戸籍情報連携システム"], proposal["flows"]


#: Minutes that name each speaker in brackets after the paragraph; the second item's
#: first paragraph runs four sentences before its speaker's label.
SPEAKER_AFTER = """令和8年度第2回白萩市個人情報保護審議会　会議録
１　開催日時　令和8年9月9日（水）午後2時
２　事務局　総務課長
３　議題
　　諮問第６号　図書館の利用者登録の委託について
　　諮問第７号　市営住宅の家賃決定における課税情報の利用について
　ただいまから会議を開会いたします。（総務課長）
【諮問第６号　図書館の利用者登録の委託について】
　中央図書館でございます。利用者登録を株式会社白萩ライブラリーに委託いたします。（中央図書館長）
【諮問第７号　市営住宅の家賃決定における課税情報の利用について】
　住宅課でございます。家賃は毎年度決定しております。入居者からは課税証明書を提出していただいております。負担が大きいとのご意見があります。（住宅課長）
　そこで、市民税課が保有する課税情報を、住宅課が利用したいと考えております。（住宅課長）
"""


def test_the_head_labelled_after_a_long_first_paragraph_gives_the_item_its_department(lex):
    # nc69 W20: the label came after the fourth sentence of the section, past the three
    # read, so the item's department became the 総務課 that opened the meeting
    proposal = analyse(SPEAKER_AFTER, lex)
    item = next(i for i in proposal["agenda_items"] if i.get("number") == "7")
    assert item.get("department") == "住宅課", item


#: Tax data a newcomer's former town holds, asked for over the network with the
#: parent's number as the key.
FORMER_TOWN = """令和8年度第2回白萩市個人情報保護審議会 会議録
開催日　令和8年9月9日（水）
【諮問第８号　就学援助の所得確認について】
◇学校教育課長　１月１日に本市に住所がなかった転入世帯につきましては、前住所地の市町村が保有する課税情報を、個人番号を利用して、情報提供ネットワークシステムを通じて照会し、取得いたします。
"""


def test_data_a_former_town_holds_and_is_asked_for_comes_from_that_town(lex):
    # nc69 M7: 本町に住所がなかった was read as the recipient, 転入世帯につきましては as
    # another, and the family became the giver of the tax data; the key the inquiry uses
    # (個人番号を利用して) moved with it
    proposal = analyse(FORMER_TOWN, lex)
    taken = [f for f in proposal["flows"] if f["line"] == 4]
    assert taken and {f["from"] for f in taken} == {"前住所地の市町村（名称不明）"}, taken
    assert {f["to"] for f in taken} == {"学校教育課"}, taken
    assert not [f for f in taken if "my-number" in f["categories"]], taken


#: A 別紙 of contractors whose 期間 column says when each contract runs.
CONTRACTORS = """令和8年度第2回白萩市個人情報保護審議会 会議録
開催日　令和8年10月21日（水）
【諮問第９号　戸籍事務の委託について】
◇市民課長　戸籍事務の委託先は別紙のとおりでございます。
別紙　委託先一覧
諮問番号\t委託先\t業務内容\t取り扱う個人情報\t再委託\t期間
第９号\t株式会社白萩電算\t戸籍情報システムの保守\t戸籍\t禁止\t継続
第９号\t株式会社白萩アーカイブ\t除籍簿の画像データ化\t戸籍\tなし\t令和７年度で終了
第９号\t株式会社白萩窓口サービス\t戸籍窓口の受付\t氏名、住所\t禁止\t令和９年４月１日から
"""


def test_a_contractor_list_s_period_column_says_when_each_row_runs(lex):
    # nc69: every row's re-entrustment ban read as planned, the ended contract's too
    proposal = analyse(CONTRACTORS, lex)
    def statuses(line):
        return {r["status"] for r in proposal["relations"] if r["line"] == line} | \
            {f["status"] for f in proposal["flows"] if f["line"] == line}
    assert statuses(7) == {"current"}, proposal["relations"]
    assert statuses(8) == {"ended"}, proposal["relations"]
    assert statuses(9) == {"planned"}, proposal["relations"]
