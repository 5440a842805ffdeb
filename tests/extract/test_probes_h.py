"""Session 23: what the newcomer runs left open, as short minutes read with the bundled
registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)


TAX_USE = """令和７年度第３回蒼浦町個人情報保護審議会会議録
日時　令和７年１１月２０日（木）午前１０時から
議題
１　諮問第２号　空家等対策における固定資産税課税情報の利用及び空家等実態調査業務の委託について
会議の経過
会長　それでは議題１について、建設課から説明をお願いします。
建設課長　空き家の所有者を把握するため、税務課が保有する固定資産税の課税情報を建設課が利用したいと考えております。
建設課長　建設課が利用する項目は、納税義務者の氏名、住所でございます。税額は利用いたしません。
建設課長　また、空家等実態調査業務を株式会社かすみ測量設計に委託する予定です。同社には、建物の所在地と家屋番号の一覧を、暗号化した電子媒体で渡します。
"""


def test_a_bare_denial_of_use_is_of_the_department_said_to_use(lex):
    # 建設課が利用する項目は、…でございます。税額は利用いたしません: 建設課 does not use
    # the tax amounts; the contractor named later is not what it speaks of (nc42, left open)
    proposal = analyse(TAX_USE, lex)
    line = _line(TAX_USE, "建設課長　建設課が利用する項目")
    denied = [(a["type"], a["party"]) for a in proposal["access"] if a["line"] == line]
    assert denied == [("excluded", "建設課")]


PORTAL = """令和７年度第３回白樺台町個人情報保護審査会　会議録
開催日時　令和７年１１月２８日（金）午後１時３０分から
議事
（１）諮問第５号　障害福祉サービスの支給決定情報の相談支援事業所への提供について
○会長　議事（１）について、福祉課から説明願います。
○福祉課長　福祉課では、利用者の氏名、住所及び障害支援区分を記載した支給決定通知書の写しを、相談支援事業所に郵送しております。
　令和８年４月からは、郵送をやめ、障害福祉システムから相談支援事業所向けの専用ポータルに掲載する方法に変更したいと考えております。
　なお、専用ポータルは株式会社しらかばソフトが運用し、同社のデータセンターに設置されたサーバで稼働しております。
○田村委員　事業所の名簿をホームページに掲載することはありますか。
○福祉課長　事業所の一覧は掲載しますが、利用者の氏名は掲載しません。
"""


def test_a_portal_is_a_system_its_runner_named_and_data_posted_there_flows(lex):
    # 相談支援事業所向けの専用ポータルに掲載する: the portal is a system (専用 no longer too
    # vague a head), 掲載 puts the data there (planned), and not by the post it stops
    proposal = analyse(PORTAL, lex)
    line = _line(PORTAL, "　令和８年４月からは")
    posted = [f for f in proposal["flows"] if f["line"] == line]
    assert [(f["to"], f["status"], f["channel"]) for f in posted] == [("専用ポータル", "planned", None)]
    assert "name" in posted[0]["categories"]
    runs = {(r["type"], r["subject"]) for r in proposal["relations"] if r["object"] == "専用ポータル"}
    assert ("operates", "株式会社しらかばソフト") in runs


def test_what_is_not_made_public_keeps_no_one_from_the_data(lex):
    # 利用者の氏名は掲載しません: said of the web page, not of the portal's runner
    proposal = analyse(PORTAL, lex)
    line = _line(PORTAL, "○福祉課長　事業所の一覧は")
    assert [a for a in proposal["access"] if a["line"] == line] == []


LEAK = """令和６年度第３回信濃川原市個人情報保護審議会　会議録
日時　令和６年１１月２１日（木）午後２時から
報告事項（１）障害福祉サービス受給者証の誤送付について
　福祉課から次のとおり報告があった。
　令和５年１２月、障害福祉サービスの受給者証を郵送する際、封入誤りにより、受給者Ａ氏の受給者証を受給者Ｂ氏に誤って送付した事案が発生した。
"""


def test_a_certificate_of_entitlement_is_data_by_its_name(lex):
    # 受給者Ａ氏の受給者証を受給者Ｂ氏に誤って送付した: what went astray is the certificate
    # (a new category by its ending), not unnamed personal information
    proposal = analyse(LEAK, lex)
    line = _line(LEAK, "　令和５年１２月")
    astray = [f["categories"] for f in proposal["flows"] if f["line"] == line]
    assert astray == [["new:受給者証"]]


VACCINES = """令和７年度第２回星ヶ浦町個人情報保護審議会　会議録
日時　令和７年８月２０日（水）午後２時から
報告事項（１）予防接種履歴の提供について
○健康福祉課長　転出された方の予防接種履歴は、転出先の市町村からの照会に応じて提供しております。
○健康福祉課長　照会への回答として、予防接種記録の写しを郵送しております。
"""


def test_vaccination_history_and_record_are_one_category_of_the_tree(lex):
    # 予防接種履歴 and 予防接種記録 are the tree's 予防接種歴, not two new words, so the
    # two sentences give one hand-over to the town the person moved to
    proposal = analyse(VACCINES, lex)
    cats = {c for f in proposal["flows"] for c in f["categories"]}
    assert cats == {"vaccination-record"}


DOWNLOAD = """令和７年度第４回柚木原市個人情報保護審議会　会議要旨
日時：令和７年１２月１日（月）午前１０時～１１時３０分
１　議題
　諮問第７号　子どもの医療費助成の電子申請の開始について（こども政策課）
２　審議の概要
・こども政策課は、受給者証の申請を、令和８年７月から、株式会社ゆずネットが提供する電子申請サービス「ゆずポータル」で受け付ける予定である。
・申請データ（保護者の氏名、住所、電話番号及び子の生年月日）は、同サービスのサーバに一時保存され、こども政策課の職員が毎日ダウンロードし、医療費助成システムに取り込む。
"""


def test_data_downloaded_comes_from_the_service_it_waits_on_and_goes_on(lex):
    # …同サービスのサーバに一時保存され、…職員が毎日ダウンロードし、…システムに取り込む:
    # the department takes the data off the service, then puts the same data in its system
    proposal = analyse(DOWNLOAD, lex)
    line = _line(DOWNLOAD, "・申請データ")
    flows = {(f["from"], f["to"]): f["categories"] for f in proposal["flows"] if f["line"] == line}
    # (電子申請サービス「ゆずポータル」: the product by its name, the words before describe it)
    assert set(flows) == {("ゆずポータル", "こども政策課"), ("こども政策課", "医療費助成システム")}
    assert all("phone-number" in cats for cats in flows.values())


HIGH_COST = """令和６年度第４回紅葉谷市個人情報保護審議会　会議録
日時　令和６年１２月１０日（火）午後２時から
報告事項（１）高額療養費の支給方法の変更について
（ア）高額療養費の支給に当たり、市は、現在、夕凪県国民健康保険団体連合会から、診療報酬明細書（レセプト）に基づく医療費の情報を毎月受け取っている。
（イ）令和７年６月からは、連合会が高額療養費の支給額を計算し、その結果を市に提供する方式に変更する予定である。
"""


def test_high_cost_medical_expense_is_data_of_the_tree_but_not_the_occasion(lex):
    # その結果 is 高額療養費の支給額: the tree's 高額療養費情報, which 000 and 002 both name;
    # 高額療養費の支給に当たり、… is when the receipts come, not what comes
    proposal = analyse(HIGH_COST, lex)
    by_line = {f["line"]: f["categories"] for f in proposal["flows"]}
    assert by_line[_line(HIGH_COST, "（イ）")] == ["high-cost-medical-expense"]
    assert "high-cost-medical-expense" not in by_line[_line(HIGH_COST, "（ア）")]


CLASSES = """令和７年度第１回東山村個人情報保護審議会　会議録
日時　令和７年５月１２日（月）午後２時から
報告事項（１）学習支援サービスの利用について
○学校教育課長　学校教育課は、児童の氏名とクラスを各小学校に電子メールで送付いたします。
○学校教育課長　感染症のクラスター対策のため、保健所には児童の氏名を提供いたします。
"""


def test_a_class_is_data_of_the_tree_but_not_inside_a_longer_katakana_word(lex):
    # クラス is the tree's 学級 (003 and 004 both name it); クラスター is no class
    proposal = analyse(CLASSES, lex)
    by_line = {f["line"]: f["categories"] for f in proposal["flows"]}
    assert "school-class" in by_line[_line(CLASSES, "○学校教育課長　学校教育課は")]
    assert by_line[_line(CLASSES, "○学校教育課長　感染症")] == ["name"]


REGISTER = """令和６年度第２回東雲市個人情報保護審議会　会議録
日時　令和６年８月２６日（月）午後２時から
議題
（１）諮問第３号　総合計画策定業務委託及び住民基本台帳の目的外使用について（企画課）
（２）諮問第４号　年金事務所への情報提供について（市民課）
○企画課長　アンケートの発送は当課が行います。
○市民課長　市民課は、対象者の氏名、年齢、基礎年金番号及び住民記録情報を年金事務所に郵送しております。
○市民課長　税務課は、給与支払報告書を株式会社東雲データセンターに渡しております。
"""


def test_common_municipal_data_are_categories_of_the_tree(lex):
    # 年齢, 基礎年金番号, 住民記録情報 and 給与支払報告書 are in the tree now, not new words
    proposal = analyse(REGISTER, lex)
    cats = {c for f in proposal["flows"] for c in f["categories"]}
    assert {"age", "basic-pension-number", "resident-register-data", "salary-payment-report"} <= cats
    assert not [c for c in cats if c.startswith("new:")]


def test_data_of_a_use_beyond_purpose_in_the_title_is_not_handed_to_the_contractor(lex):
    # 総合計画策定業務委託及び住民基本台帳の目的外使用: the register is the data of the use
    # beyond purpose, not data the title says the contractor is handed
    proposal = analyse(REGISTER, lex)
    line = _line(REGISTER, "（１）諮問第３号")
    assert [f for f in proposal["flows"] if f["line"] == line] == []


ROSTER = """白鷺台区個人情報保護委員会　会議録
開催日時　令和7年7月15日（火）午前10時から
【案件２】避難行動要支援者名簿の社会福祉協議会への提供について（報告）
福祉総務課長：令和6年度から、本人の同意を得た避難行動要支援者の名簿情報を、白鷺台区社会福祉協議会に年2回、暗号化したUSBメモリで提供しております。
"""


def test_the_body_names_the_headings_paper_in_its_own_words(lex):
    # …の名簿情報を…に提供: the heading's 避難行動要支援者名簿, a paper of the tree; one
    # hand-over, carrying it
    proposal = analyse(ROSTER, lex)
    [flow] = proposal["flows"]
    assert flow["line"] == _line(ROSTER, "福祉総務課長") and "evacuation-support-roster" in flow["categories"]


SERVICE = """令和７年度第４回柚木原市個人情報保護審議会　会議要旨
日時：令和７年１２月１日（月）午前１０時～１１時３０分
１　議題
　諮問第７号　子どもの医療費助成の電子申請の開始について（こども政策課）
２　審議の概要
・申請データ（保護者の氏名、住所及び電話番号）は、株式会社ゆずネットが提供する電子申請サービスのサーバに一時保存される。
・株式会社ゆずネットは、サーバの運用を株式会社ミドリデータセンターに再委託しているが、事前に市の承諾を得ている。
・株式会社ミドリデータセンターは、さらに再委託してはならない。
"""


def test_a_company_that_re_entrusts_was_entrusted_by_the_city(lex):
    # 株式会社ゆずネットは、サーバの運用を…に再委託している: the city entrusted ゆずネット
    # (no sentence says so), with the item's data; a ban on re-entrusting implies nothing
    proposal = analyse(SERVICE, lex)
    entrusted = {(r["subject"], r["object"]): r for r in proposal["relations"] if r["type"] == "entrusts"}
    assert set(entrusted) == {("柚木原市", "株式会社ゆずネット")}
    assert entrusted[("柚木原市", "株式会社ゆずネット")]["line"] == _line(SERVICE, "・株式会社ゆずネットは")
    assert "name" in entrusted[("柚木原市", "株式会社ゆずネット")]["categories"]


def test_a_ban_one_level_on_is_the_subcontractors_own(lex):
    # …ミドリデータセンターに再委託しているが、事前に市の承諾を得ている。ミドリデータセンター
    # は、さらに再委託してはならない: the ban is on ミドリ's own re-entrustment
    proposal = analyse(SERVICE, lex)
    permissions = {(r["subject"], r["permission"]) for r in proposal["relations"] if r["type"] == "re-entrusts"}
    assert ("株式会社ゆずネット", "forbidden") not in permissions
    assert ("株式会社ミドリデータセンター", "forbidden") in permissions
