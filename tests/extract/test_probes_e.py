"""Self-probes of session 20 (as in test_probes.py): short minutes of my own, in styles
the newcomer runs had not used, read with the bundled registry; each test failed before
its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)


SCREENS = """柊木台市個人情報保護審議会　会議録
開催日時　令和7年10月7日（火）午後2時から
議題
（1）介護認定審査会資料の作成業務委託について（諮問）（介護保険課）
説明員　介護認定審査会資料の作成を株式会社ミナモ情報に委託する。同社には被保険者の氏名、住所及び認定調査票を提供する。
説明員　株式会社ミナモ情報が使用する端末には、個人番号は表示されない。
説明員　審査会の資料を閲覧するタブレット端末には、住所は表示しない。
"""


def test_a_display_denial_is_of_whose_screen_it_is(lex):
    # 株式会社ミナモ情報が使用する端末には、個人番号は表示されない: kept from the company
    proposal = analyse(SCREENS, lex)
    kept = [(a["type"], a["party"], a["categories"]) for a in proposal["access"]
            if a["line"] == _line(SCREENS, "説明員　株式会社ミナモ情報が")]
    assert kept == [("excluded", "株式会社ミナモ情報", ["my-number"])]
    # a screen the sentence gives no one: the company that is handed the addresses is not
    # kept from them
    assert not [a for a in proposal["access"] if a["line"] == _line(SCREENS, "説明員　審査会の資料")]


ELSEWHERE = """若葉台市個人情報保護審議会　会議録
開催日時　令和7年11月18日（火）午前10時から
議題
（1）受診勧奨業務の委託について（諮問）（健康づくり課）
○石田委員　以前、別の自治体で受診勧奨はがきの誤送付があったと聞きましたが。
○健康づくり課長　本市では誤送付の事例はございません。
○川端委員　他市において、勧奨はがきを別人に誤送付した事案があったと報道されている。
○健康づくり課長　本市でも令和6年に、受診勧奨はがき1通を別の世帯に誤送付した事案がございました。
"""


def test_a_mistake_at_another_municipality_is_none_of_this_ones_flows(lex):
    # 別の自治体で…誤送付があったと聞きましたが, 他市において…誤送付した事案: not this city's
    # data; 本市でも…別の世帯に誤送付した: its own, gone astray
    proposal = analyse(ELSEWHERE, lex)
    astray = [(f["line"], f["status"]) for f in proposal["flows"]]
    assert astray == [(_line(ELSEWHERE, "○健康づくり課長　本市でも"), "ended")]


THIS_YEAR = """若葉台市個人情報保護審議会　会議録
開催日時　令和7年11月18日（火）午前10時から
議題
（1）受診勧奨業務の委託について（諮問）（健康づくり課）
○健康づくり課長　受診勧奨はがきの作成を株式会社ひばりメディカルサポートに委託しております。
○健康づくり課長　今年度からは、はがきの印刷のみを市内の印刷会社に再委託することを承認しております。
○健康づくり課長　来年度からは、はがきの発送を株式会社つばめ郵送に委託する。
"""


def test_this_fiscal_year_has_begun_and_the_next_has_not(lex):
    # 今年度からは…承認しております, said in November: it runs; 来年度からは…: planned,
    # though the approval is given
    proposal = analyse(THIS_YEAR, lex)
    statuses = {(r["line"], r["type"]): r["status"] for r in proposal["relations"]}
    assert statuses[(_line(THIS_YEAR, "○健康づくり課長　今年度"), "re-entrusts")] == "current"
    assert statuses[(_line(THIS_YEAR, "○健康づくり課長　来年度"), "entrusts")] == "planned"


TOLD = """青葉川町個人情報保護審議会　会議要旨
開催日時　令和7年10月3日（金）午後1時30分から
議題
（１）学習支援サービスの利用について（諮問）（学校教育課）
　・サービスに登録する学習履歴は、株式会社みらいラーニングのサーバに保存される。
　・卒業時には、登録した情報を同社が削除し、削除したことを町に報告する。
　・申請者は、町内に住所を有することを証明する書類を町に提出する。
"""


def test_telling_that_something_was_done_hands_over_no_data(lex):
    # 削除したことを町に報告する: the company tells that it deleted, it sends back no 学習履歴;
    # 住所を有することを証明する書類を町に提出する: the paper is someone's data
    proposal = analyse(TOLD, lex)
    lines = {f["line"] for f in proposal["flows"]}
    assert _line(TOLD, "　・卒業時") not in lines
    assert _line(TOLD, "　・申請者") in lines


SHOWN = """青葉川町個人情報保護審議会　会議要旨
開催日時　令和7年10月3日（金）午後1時30分から
議題
（１）住民基本台帳の写しの閲覧状況について（報告）（住民課）
　住民課から、令和6年度の住民基本台帳の一部の写しの閲覧は、世論調査を目的とする報道機関からの申出2件であり、氏名、住所、生年月日及び性別を閲覧させたとの報告があった。
"""


def test_data_shown_on_application_goes_to_who_applied(lex):
    # 報道機関からの申出2件であり、氏名…を閲覧させた: the press saw the four items, in person
    proposal = analyse(SHOWN, lex)
    [shown] = [f for f in proposal["flows"] if f["line"] == _line(SHOWN, "　住民課から")]
    assert (shown["from"], shown["to"], shown["channel"]) == ("住民課", "報道機関（名称不明）", "in-person")
    assert shown["categories"] == ["name", "address", "date-of-birth", "sex"]


POLICE = """青葉川町個人情報保護審議会　会議要旨
開催日時　令和7年10月3日（金）午後1時30分から
議題
（１）防犯カメラの映像の警察への提供について（報告）（防災安全課）
　・令和6年度は、青葉川警察署からの捜査関係事項照会書に基づき、4件の映像を提供した。提供はDVD-Rに複写して手渡しで行った。
"""


def test_what_a_police_inquiry_asks_for_goes_to_that_police_station(lex):
    # 青葉川警察署からの捜査関係事項照会書に基づき、…映像を提供した: the station asked, so it
    # receives (it gives nothing); the heading's 警察 is that station, said once
    proposal = analyse(POLICE, lex)
    assert [(f["to"], f["categories"], f["channel"]) for f in proposal["flows"]] == [
        ("青葉川警察署", ["image"], "hand-delivery")]


USE = """青葉川町個人情報保護審議会　会議要旨
開催日時　令和7年10月3日（金）午後1時30分から
議題
（１）学習支援サービスの利用について（諮問）（学校教育課）
　・学習履歴は、株式会社みらいラーニングのサーバに保存され、同社は学習履歴を広告や他の目的に利用しない。
"""


def test_a_use_denied_of_data_the_same_sentence_gives_is_kept_in_its_context(lex):
    # …サーバに保存され、同社は学習履歴を広告や他の目的に利用しない: the company holds the
    # learning records and may not use them for other ends; both stand
    proposal = analyse(USE, lex)
    cats = {c["key"]: c["label"] for c in proposal["categories"]}
    [held] = proposal["flows"]
    [denied] = proposal["access"]
    assert held["to"] == denied["party"] == "株式会社みらいラーニング"
    assert [cats[c] for c in denied["categories"]] == ["学習履歴"] and denied["type"] == "excluded"
    assert denied["context"].startswith("目的外の利用")


KEPT_IN = """白鷺台区個人情報保護委員会　会議録
開催日時　令和7年7月15日（火）午前10時から
【案件１】介護認定審査会のペーパーレス化について（諮問）
介護保険課長：タブレット端末及び資料配信システムは、株式会社コスモネットに賃貸借及び保守を委託いたします。同社の保守要員は、資料配信システムのサーバに保存された審査資料を閲覧できない設定といたします。
"""


def test_a_denial_of_what_a_system_keeps_is_of_all_it_holds_for_the_companys_staff(lex):
    # 同社の保守要員は、資料配信システムのサーバに保存された審査資料を閲覧できない: the
    # company is kept out of what that system holds
    proposal = analyse(KEPT_IN, lex)
    [kept] = proposal["access"]
    assert (kept["type"], kept["party"], kept["categories"], kept["system"]) == (
        "excluded", "株式会社コスモネット", ["personal-information"], "資料配信システム")


COUNCIL = """白鷺台区個人情報保護委員会　会議録
開催日時　令和7年7月15日（火）午前10時から
【案件２】避難行動要支援者名簿の社会福祉協議会への提供について（報告）
福祉総務課長：令和6年度から、本人の同意を得た避難行動要支援者の名簿情報を、白鷺台区社会福祉協議会に年2回、暗号化したUSBメモリで提供しております。
福祉総務課長：提供しているのは、氏名、住所、電話番号、要介護度及び障害の有無であり、病名は提供しておりません。
"""


def test_a_body_named_in_the_heading_without_its_place_is_the_one_the_body_names(lex):
    # the heading's 社会福祉協議会 is 白鷺台区社会福祉協議会: one recipient, one hand-over
    # (the heading's list is the body's 名簿情報), one exclusion
    proposal = analyse(COUNCIL, lex)
    assert [(f["line"], f["to"]) for f in proposal["flows"]] == [
        (_line(COUNCIL, "福祉総務課長：令和6年度"), "白鷺台区社会福祉協議会")]
    assert [(a["party"], a["categories"]) for a in proposal["access"]] == [
        ("白鷺台区社会福祉協議会", ["medical-history"])]


LAWYER = """北浜市個人情報保護審議会　議事録
日　時：令和7年12月1日（月）14:00～15:30
議題2　固定資産税の課税資料の提供について（報告）
税務課長
　令和6年度は、北浜地方法務局からの求めに応じて、固定資産評価証明書の内容を12件提供いたしました。
　また、相続財産の調査のため、弁護士から職務上請求があった2件について、所有者の氏名、住所及び評価額を回答いたしました。
　いずれも郵送により行っております。
"""


def test_a_lawyers_request_is_answered_and_each_answer_went_by_mail(lex):
    # 弁護士から職務上請求があった2件について、…氏名、住所及び評価額を回答: to the lawyer;
    # いずれも郵送により: both hand-overs before it went by mail
    proposal = analyse(LAWYER, lex)
    flows = [(f["to"], f["channel"]) for f in proposal["flows"]]
    assert flows == [("北浜地方法務局", "mail"), ("弁護士（名称不明）", "mail")]


INQUIRED = """南雲市情報公開・個人情報保護審査会
答　　申
令和7年10月20日
　　保育所等の利用調整に係る課税情報の目的外利用及び児童相談所への情報提供について
２　諮問の内容
（１）保育課は、保育料の算定のため、税務課が保有する保護者の課税情報を照会し利用する。
（３）保育課は、虐待が疑われる児童について、南雲県中央児童相談所から照会があった場合、当該児童の在籍する保育所名、登園状況及び保護者の連絡先を回答する。
３　審査会の判断
（１）課税情報の目的外利用は、保護者の負担軽減に資するものである。
（２）児童相談所への提供は、児童の生命又は身体の保護のために必要である。
"""


def test_who_inquires_receives_and_a_hand_over_spoken_of_again_keeps_its_data(lex):
    # 児童相談所から照会があった場合、…連絡先を回答する: the centre asks, so it receives;
    # 児童相談所への提供は、…必要である: that hand-over, not the tax data named just before
    proposal = analyse(INQUIRED, lex)
    to_centre = [f for f in proposal["flows"] if f["to"] == "南雲県中央児童相談所"]
    assert to_centre and all(f["from"] == "保育課" for f in to_centre)
    assert all(f["categories"] == ["contact-details"] for f in to_centre)


PRINTED = """令和7年度第2回 東浦町個人情報保護審議会 会議録
開催日　令和7年8月28日（木）
【会長】それでは、諮問第5号「国民健康保険の資格確認書の交付に係る業務委託について」を議題とします。
【健康福祉課長】資格確認書の作成及び郵送を、令和7年11月から、愛知県国民健康保険団体連合会に委託いたします。
【健康福祉課長】連合会は、印刷及び封入封緘の作業を株式会社中部ビジネスフォームに再委託いたします。
【委員】再委託先には、個人番号は渡るのですか。
【国保係長】渡りません。連合会から再委託先へは、印刷用のデータのみを渡し、個人番号は含まれておりません。
【国保係長】作業終了後、再委託先は印刷用データを消去し、消去証明書を連合会に提出いたします。連合会は、その写しを町に提出いたします。
"""


def test_an_item_put_on_the_agenda_and_what_its_subcontractor_gets(lex):
    # 諮問第5号「…」を議題とします: the item; 再委託先 is the company it names, which gets
    # the print data but no 個人番号; the copy of the deletion certificate is no one's data
    proposal = analyse(PRINTED, lex)
    assert [i["number"] for i in proposal["agenda_items"]] == ["5"]
    assert [(f["from"], f["to"], f["categories"]) for f in proposal["flows"]] == [
        ("愛知県国民健康保険団体連合会", "株式会社中部ビジネスフォーム", ["personal-information"])]
    assert [(a["party"], a["categories"]) for a in proposal["access"]] == [
        ("株式会社中部ビジネスフォーム", ["my-number"])]


CARE = """令和7年度第3回 西ノ宮町個人情報保護審議会 会議要録
１　日時　令和7年11月6日（木）午前9時30分～11時
３　議事
　議事（１）　マイナポータルを利用した電子申請の受付について（諮問）
　　ア　令和8年2月から、児童手当の認定請求を、マイナポータルのぴったりサービスを通じて電子で受け付ける。
　議事（２）　要介護認定情報の居宅介護支援事業者への提供について（報告）
　　ア　被保険者本人の同意書に基づき、要介護認定の結果及び認定調査票の写しを、本人が依頼した居宅介護支援事業者に提供している。
"""


def test_items_headed_gijis_and_who_chose_the_recipient_gives_nothing(lex):
    # 議事（１）, 議事（２）: two items, titled without the word; 本人が依頼した居宅介護支援
    # 事業者に提供: the town gives, the person only chose the provider
    proposal = analyse(CARE, lex)
    assert [(i["number"], i["title"]) for i in proposal["agenda_items"]] == [
        ("1", "マイナポータルを利用した電子申請の受付"), ("2", "要介護認定情報の居宅介護支援事業者への提供")]
    [given] = [f for f in proposal["flows"] if f["line"] == _line(CARE, "　　ア　被保険者本人")]
    assert given["from"] != "本人" and "居宅介護支援事業者" in given["to"]


MEASURES = """緑ヶ浜市個人情報保護審議会　議事概要
日時：令和7年6月20日（金）10時～12時
議題２　個人情報の漏えい事案について（報告）
・住民票の写しの交付請求書の入力業務を株式会社ミドリデータに委託している。
・市は同社に対し、再発防止策の報告を求め、同社から、作業場所への私物の持ち込み禁止を徹底したとの報告を受けた。
"""


def test_a_report_of_what_was_done_is_no_ones_data(lex):
    # 同社から、…を徹底したとの報告を受けた: the company said what it did; no data comes back
    proposal = analyse(MEASURES, lex)
    assert not [f for f in proposal["flows"] if f["line"] == _line(MEASURES, "・市は同社")]


OPERATORS = """緑ヶ浜市個人情報保護審議会　議事概要
日時：令和7年6月20日（金）10時～12時
議題１　ワクチン接種予約コールセンター業務の委託について（諮問）
・コールセンター業務を、令和7年9月から株式会社ハーバーコミュニケーションズに委託する。
・市は、接種対象者の氏名、生年月日及び電話番号を予約システムに登録し、同社のオペレーターは予約システムの画面で対象者を確認する。
・予約の内容は、毎日、予約システムから市内の各医療機関に送信される。
・同社は、対象者の個人番号を取り扱わない。
"""


def test_what_a_contractors_staff_check_on_a_systems_screen_reaches_it(lex):
    # 同社のオペレーターは予約システムの画面で対象者を確認する: the names the city enters
    # reach the company, on screen; 同社 after 各医療機関 is still the company
    proposal = analyse(OPERATORS, lex)
    [shown] = [f for f in proposal["flows"] if f["to"] == "株式会社ハーバーコミュニケーションズ"]
    assert (shown["from"], shown["categories"]) == ("予約システム", ["name", "date-of-birth", "phone-number"])
    assert [(a["party"], a["categories"]) for a in proposal["access"]] == [
        ("株式会社ハーバーコミュニケーションズ", ["my-number"])]


ACCOUNTS = """東雲台市個人情報保護審議会　会議録（要旨）
日時　令和7年9月12日（金）午後2時～4時
２　報告事項
（１）公金受取口座の登録状況について
　会計課から、デジタル庁が管理する公金受取口座登録システムから、給付金の支給のため、受給者の口座情報を取得しているとの報告があった。
"""


def test_who_manages_the_system_data_comes_from_does_not_take_it(lex):
    # デジタル庁が管理する公金受取口座登録システムから、…口座情報を取得: the agency runs the
    # source; it takes nothing from the recipients (before: 受給者 → デジタル庁)
    proposal = analyse(ACCOUNTS, lex)
    assert not [f for f in proposal["flows"] if f["to"] == "デジタル庁"]


STAFF = """東雲台市個人情報保護審議会　会議録（要旨）
日時　令和7年9月12日（金）午後2時～4時
（１）税務システムのガバメントクラウドへの移行について（諮問）
　・税務システムの運用保守は、株式会社ヤマトソフトに引き続き委託する。
　・ヤマトソフトの作業員は、市が許可した場合に限り、運用保守のためにデータを閲覧することがある。
"""


def test_a_companys_staff_may_see_the_data_whoever_permits_it(lex):
    # ヤマトソフトの作業員は、市が許可した場合に限り、…閲覧することがある: the company may
    # see it; the city only permits
    proposal = analyse(STAFF, lex)
    assert [(a["type"], a["party"]) for a in proposal["access"]] == [("incidental", "株式会社ヤマトソフト")]


LINKED = """令和7年第5回 小鷹町個人情報保護審査会 会議録
日時　令和7年10月28日（火）　午前10時00分～11時20分
○会長　それでは、諮問第9号、障害福祉サービスの支給決定事務における情報連携について、福祉課から説明をお願いします。
○福祉課長　令和8年4月からは、番号法に基づく情報連携により、他の市町村が保有する地方税関係情報を、中間サーバーを経由して情報提供ネットワークシステムで取得いたします。
○総務課長　中間サーバーは、地方公共団体情報システム機構が全国の市町村分をまとめて運用しております。
○会長　それでは、諮問第9号は、諮問のとおり承認することといたします。
"""


def test_an_item_the_chair_names_and_data_taken_from_who_holds_it(lex):
    # 諮問第9号、…について、福祉課から説明を: the item; 他の市町村が保有する地方税関係情報を…
    # 取得: from them, planned; 機構が…運用しております: runs now, whatever starts in April
    proposal = analyse(LINKED, lex)
    assert [(i["number"], i["outcome"]) for i in proposal["agenda_items"]] == [("9", "approved")]
    [taken] = proposal["flows"]
    assert (taken["from"], taken["to"], taken["categories"], taken["status"]) == (
        "他の市町村（名称不明）", "福祉課", ["income-tax"], "planned")
    assert [(r["type"], r["status"]) for r in proposal["relations"]] == [("operates", "current")]


EMPLOYERS = """桜井台市個人情報保護審議会　会議録
日時：令和7年11月20日（木）午後3時～4時30分
案件１　住民税特別徴収税額通知の電子化に係る業務委託について（諮問）
○市民税課長　事業者に送付する特別徴収税額の決定通知について、令和8年5月から電子データでの送付を開始いたします。
○市民税課長　通知データの作成及び送信の作業を、株式会社サクラ電算に委託いたします。
"""


def test_a_business_the_notices_go_to_is_no_contractor_beside_the_named_one(lex):
    # 事業者に送付する…決定通知: the employers; the item's contractor is サクラ電算
    proposal = analyse(EMPLOYERS, lex)
    roles = {e["label"]: e.get("role") for e in proposal["entities"] if e["type"] == "unnamed-party"}
    assert roles and all(role == "other" for role in roles.values())


CLOUD = """北条市個人情報保護運営審議会　会議録
１　日時　令和7年8月5日（火）　午後1時30分～3時
(1) 児童虐待防止に係る情報共有システムの導入について（諮問）
（こども家庭センター長）
　令和8年1月から、株式会社アオイシステムズが提供するクラウド型の情報共有システムを導入したいと考えております。
　アオイシステムズの社員は、システム障害の対応時に限り、市の承認を得てデータにアクセスすることがあります。
"""


def test_a_product_of_a_kind_and_a_company_that_may_access_the_data(lex):
    # …が提供するクラウド型の情報共有システム: the company's product, no data flow; its staff
    # may access the data when the system fails
    proposal = analyse(CLOUD, lex)
    assert [(r["type"], r["subject"], r["object"]) for r in proposal["relations"]] == [
        ("provides", "株式会社アオイシステムズ", "情報共有システム")]
    assert [(a["type"], a["party"]) for a in proposal["access"]] == [("incidental", "株式会社アオイシステムズ")]
    assert not proposal["flows"]


NO_SUB = """若竹市個人情報保護審議会　会議録
開催日時：令和7年5月30日（金）午前10時から
議題1　後期高齢者医療の資格確認書の送付業務の委託について（諮問）
保険年金課長　資格確認書の印刷、封入及び発送を、令和7年7月から株式会社ワカタケプリントに委託いたします。
委員　再委託はありますか。
保険年金課長　再委託は認めておりません。
"""


def test_a_re_entrustment_not_allowed_said_politely_is_forbidden_to_no_one_named(lex):
    # 再委託は認めておりません: forbidden, to an unnamed subcontractor
    proposal = analyse(NO_SUB, lex)
    [again] = [r for r in proposal["relations"] if r["type"] == "re-entrusts"]
    assert (again["subject"], again["permission"]) == ("株式会社ワカタケプリント", "forbidden")
    assert again["object"].endswith("再委託先（名称不明）")


ROLL = """深山町個人情報保護審議会　会議録（要点筆記）
日時　令和7年12月3日（水）10:00～11:30
【議題２】選挙人名簿抄本の閲覧状況について（報告）
選挙管理委員会事務局長：令和7年7月の参議院議員選挙に際し、政党から2件、候補者から1件の閲覧申出があり、選挙人名簿抄本の氏名、住所、生年月日及び性別を閲覧させました。
"""


def test_each_party_that_applied_to_see_the_roll_was_shown_it(lex):
    # 政党から2件、候補者から1件の閲覧申出があり、…を閲覧させました: both saw it, in person;
    # neither gave anything
    proposal = analyse(ROLL, lex)
    shown = {(f["to"], f["channel"]) for f in proposal["flows"]}
    assert shown == {("政党（名称不明）", "in-person"), ("候補者（名称不明）", "in-person")}
    assert {f["from"] for f in proposal["flows"]} == {"選挙管理委員会事務局"}


NEW_ONE = """深山町個人情報保護審議会　会議録（要点筆記）
日時　令和7年12月3日（水）10:00～11:30
【議題１】図書館システムの更新について（諮問）
図書館長：令和8年4月から、株式会社ミヤマ図書サービスのクラウド型図書館システムに更新いたします。
図書館長：現行システムの保守を行っている株式会社深山電子は、利用者の氏名及び住所をCD-Rで新しい事業者に引き渡します。
"""


def test_the_new_business_is_the_company_the_item_moves_to(lex):
    # …新しい事業者に引き渡します: ミヤマ図書サービス, named before; no unnamed business made up
    proposal = analyse(NEW_ONE, lex)
    assert [(f["from"], f["to"]) for f in proposal["flows"]] == [("株式会社深山電子", "株式会社ミヤマ図書サービス")]
    assert not [e for e in proposal["entities"] if e["type"] == "unnamed-party"]


def test_a_bulleted_scope_is_named_without_its_bullet(lex):
    # ・本業務では個人番号を取り扱わない。: the context is 本業務, not ・本業務
    text = OPERATORS.replace("・同社は、対象者の個人番号を取り扱わない。", "・本業務では個人番号を取り扱わない。")
    [kept] = analyse(text, lex)["access"]
    assert kept["context"].startswith("本業務（")


CERTIFICATE = """南雲市情報公開・個人情報保護審査会
答　　申
令和7年10月20日
　　保育所等の利用調整に係る課税情報の目的外利用について
２　諮問の内容
（１）保育課は、令和8年4月から、保育料の算定のため、統合宛名システムを通じて課税情報を利用する。
（２）これまでは、保護者から課税証明書を提出させていたが、上記の利用の開始に伴い、課税証明書の提出は不要とする。
"""


def test_papers_parents_were_made_to_hand_in_came_from_them(lex):
    # これまでは、保護者から課税証明書を提出させていたが…不要とする: from the parents, a way
    # being replaced
    proposal = analyse(CERTIFICATE, lex)
    [handed] = [f for f in proposal["flows"] if f["line"] == _line(CERTIFICATE, "（２）")]
    assert (handed["from"], handed["categories"], handed["status"]) == ("保護者", ["tax-certificate"], "replaced")


INPUT = """菫ヶ谷市個人情報保護審議会　会議録
開催日時　令和7年10月15日（水）午後2時から
○委員長　それでは、諮問第3号「給与支払報告書等のデータ入力業務の委託について」を審議いたします。
○税務課長　この入力業務を、令和8年1月から株式会社カワセミ情報サービスに委託したいと考えております。
○税務課長　受託者には、給与支払報告書の原本を、市の職員が受託者の入力センターへ手渡しで引き渡します。
○税務課長　給与支払報告書には、受給者の氏名、住所及び個人番号が記載されております。
○税務課長　入力したデータは、暗号化した電子媒体に格納し、受託者が毎日市役所に持参して税務課に返却いたします。
○税務課長　繁忙期に限り、カワセミ情報サービスから株式会社ツユクサ入力センターに、入力作業の一部を再委託する予定でございます。
○税務課長　受託者は税務システムに接続していない端末で入力を行います。
"""


def test_the_contractor_gets_the_originals_and_hands_the_data_back(lex):
    # 受託者の入力センターへ…引き渡します: to the contractor (its centre is no department);
    # 受託者が…持参して税務課に返却: back from it, not from the tax system; ツユクサ is the
    # subcontractor, so 受託者 stays カワセミ
    proposal = analyse(INPUT, lex)
    ends = [(f["from"], f["to"]) for f in proposal["flows"]]
    assert ("菫ヶ谷市", "株式会社カワセミ情報サービス") in ends
    assert ("株式会社カワセミ情報サービス", "税務課") in ends
    assert not [f for f in proposal["flows"] if f["from"] == "税務システム"]
    [handed] = [f for f in proposal["flows"] if f["to"] == "株式会社カワセミ情報サービス"]
    assert "my-number" in handed["categories"]
    assert [(a["party"], a["system"]) for a in proposal["access"]] == [("株式会社カワセミ情報サービス", "税務システム")]


STATION = """琥珀野町個人情報保護審議会　会議要旨
開催日時　令和7年11月5日（水）午後2時から
(2) 警察署への住民情報の提供について（町民課）
　ア　町民課から次のとおり説明があった。
　　・琴葉県小夜坂警察署から、刑事訴訟法第197条第2項に基づく捜査関係事項照会書により照会があった場合に限り、住民票に記載された氏名、住所及び生年月日を、書面により回答している。
　　・個人番号及び住民票コードは回答しない。
"""


def test_a_denial_after_a_heading_that_names_the_kind_of_body_is_of_the_one_named(lex):
    # the heading's 警察署 is 琴葉県小夜坂警察署: one exclusion, not one more on the
    # national 警察 every town's police share
    proposal = analyse(STATION, lex)
    assert [a["party"] for a in proposal["access"]] == ["琴葉県小夜坂警察署"]


def test_the_event_a_hand_over_waits_for_is_never_cut_mid_word(lex):
    # …から、刑事訴訟法第197条第2項に基づく…照会があった場合に限り: the whole clause, not
    # 97条… (which reads as another article)
    [answered] = analyse(STATION, lex)["flows"]
    assert answered["frequency"] == "刑事訴訟法第197条第2項に基づく捜査関係事項照会書により照会があった場合"


ASKED_MY_NUMBER = """星ヶ浦町個人情報保護審議会　会議要旨
開催日時　令和7年11月10日（月）午後2時から
（２）予防接種履歴の提供について（健康福祉課）
３．来年度から、隣接する雁来野町には、情報提供ネットワークシステムにより提供する予定である。
・委員　雁来野町に個人番号を提供するのか。
・健康福祉課長　情報提供ネットワークシステムでは符号を用いて照会するので、個人番号そのものは雁来野町に提供しない。
"""


def test_a_question_the_answer_denies_gives_no_my_number(lex):
    # 雁来野町に個人番号を提供するのか。／…個人番号そのものは雁来野町に提供しない: no flow of
    # 個人番号 (the 提供 inside 情報提供ネットワークシステム affirms nothing)
    proposal = analyse(ASKED_MY_NUMBER, lex)
    assert not [f for f in proposal["flows"] if "my-number" in f["categories"]]
    assert proposal["my_number_involved"] is False
