"""Session 40: readings found wrong or missing in new minutes (nc65's leftovers and the
498-file regression corpus), read with the bundled registry; each test failed before its
change unless it says it guards."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: An inquiry of banks about deposits, first by post, and a question whether the
#: answers go on to the police.
DEPOSITS = """潮見ヶ浜区個人情報保護審議会　会議録
開催日時　令和7年10月20日（月）午後2時
議題１　生活保護の資産調査における照会方法の変更について
生活支援課長　福祉事務所は、保護の申請者及び被保護者の預貯金について金融機関に照会を行っております。
生活支援課長　現在は、照会文書を紙で作成し、金融機関に郵送しております。
委員　金融機関から回答を受けた預貯金の情報を、警察に提供することはあるのですか。
生活支援課長　ございません。
会長　承認といたします。
"""


def _flows(text, lex, line):
    return sorted((f["from"], f["to"], tuple(f["categories"])) for f in analyse(text, lex)["flows"]
                  if f["line"] == line)


def test_deposits_are_data_of_the_category_tree(lex):
    # nc65 M5: 預貯金 was no data word, so nothing named what the banks answer with
    cats = {c["label"]: c.get("id") for c in analyse(DEPOSITS, lex)["categories"]}
    assert cats.get("預貯金情報") == "bank-deposits"


def test_the_asked_party_answers_with_what_the_inquiry_asks_about(lex):
    # the banks' answer was read as unspecified personal information
    assert _flows(DEPOSITS, lex, 4) == [("金融機関（名称不明）", "福祉事務所", ("bank-deposits",))]


def test_what_an_inquiry_asks_about_is_not_what_its_letter_takes_to_the_asked(lex):
    # the deposits the banks are asked about were borrowed as the data the letter takes to them
    assert not [f for f in _flows(DEPOSITS, lex, 5) if f[1].startswith("金融機関")]


def test_a_bare_no_keeps_the_data_a_relative_clause_s_verb_took_from_the_party_asked_of(lex):
    # nc65 M5: 回答を受けた預貯金の情報を、警察に提供… gave 提供 no data, so no exclusion
    access = [(a["type"], a["party"], a["categories"]) for a in analyse(DEPOSITS, lex)["access"]]
    assert ("excluded", "警察", ["bank-deposits"]) in access


def test_a_longer_answer_keeps_the_question_s_reading_as_it_stands(lex):
    # guard: a no that goes on to say more is read as it stands, not as a bare no
    text = DEPOSITS.replace("ございません。\n", "ございません。ただし、裁判所の令状がある場合は提供いたします。\n")
    access = [(a["type"], a["party"]) for a in analyse(text, lex)["access"]]
    assert ("excluded", "警察") not in access


def test_an_inquiry_received_is_answered_by_the_one_asked(lex):
    # 498-file corpus: 日本年金機構から…照会を受けている was read as the agency giving
    text = """朝凪市個人情報保護審議会　会議録
開催日時　令和7年9月1日（月）午前10時
議題１　国民年金の保険料免除の審査について
保険年金課長　国民年金の保険料免除の審査のため、日本年金機構から、申請者の所得情報について照会を受けている。
会長　了承といたします。
"""
    assert _flows(text, lex, 4) == [("保険年金課", "日本年金機構", ("income-tax",))]


def test_a_party_s_head_office_asked_stands_for_the_party(lex):
    # nc65 M4: 金融機関の本店にファクスで照会 named no one asked, so the ended fax way was lost
    text = DEPOSITS.replace("委員　金融機関から", "生活支援課長　以前は金融機関の本店にファクスで照会しておりましたが、令和六年度末で廃止しております。\n委員　金融機関から")
    flows = [(f["from"], f["to"], f["status"], f["channel"]) for f in analyse(text, lex)["flows"] if f["line"] == 6]
    assert flows == [("金融機関（名称不明）", "生活支援課", "ended", "fax")]


#: A town's questionnaires: posted by the doctors' association now, through its system
#: from April; and a flow over the LGWAN line.
FORMS = """朱鷺ヶ原町個人情報保護審議会　会議録
開催日時　令和7年10月20日（月）午後2時
議題（１）　予診票の電子化について
【健康推進課長】予診票は、現在、町内の医療機関で記入されたものを朱鷺ヶ原郡医師会がとりまとめ、毎月、紙で町に郵送していただいております。
【健康推進課長】令和8年4月からは、朱鷺ヶ原郡医師会が運用する予診情報連携システム「ひかりネット」により、毎月、予診票のデータで町に提出していただく予定です。
【健康推進課長】健康推進課は、接種記録を、LGWAN回線を通じて、週1回、国のワクチン接種記録システムに登録しております。
【会長】議題（１）については、承認することといたします。
"""


def test_the_party_asked_before_is_asked_again_when_the_next_sentence_names_only_us(lex):
    # nc65 M3: …町に提出していただく予定です named no giver but the town, so no flow
    flows = [(f["from"], f["to"], f["status"], f.get("via")) for f in analyse(FORMS, lex)["flows"] if f["line"] == 5]
    assert flows == [("朱鷺ヶ原郡医師会", "朱鷺ヶ原町", "planned", "ひかりネット")]


def test_a_network_s_line_is_the_way_the_data_goes(lex):
    # nc65 M10: LGWAN回線を通じて gave the flow no channel
    flows = [f["channel"] for f in analyse(FORMS, lex)["flows"] if f["line"] == 6]
    assert flows == ["lgwan"]


#: Hard-wrapped minutes: the sentence that names the contractor breaks inside its name.
WRAPPED = """汐見台区個人情報保護審議会　会議録
開催日時　令和7年10月20日（月）午後2時
議題１　レセプト点検業務の委託について
○福祉事務所長　福祉事務所では、令和八年四月一日から、この点検業務を株
式会社ほしづきメディカルに委託したいと考えております。同社は
点検を行い、点検結果報告書を、翌月二十日までに福祉事
務所に返却いたします。
○委員長　承認といたします。
"""


def test_a_quote_from_another_sentence_is_that_sentence_whole_over_its_lines(lex):
    # nc65 U3: the sentence naming 同社 was quoted from line 5 alone (式会社ほしづき…),
    # cut inside the company's name
    flow = next(f for f in analyse(WRAPPED, lex)["flows"] if f["from"] == "株式会社ほしづきメディカル")
    also = next(q for q in flow["also"] if q["line"] == 5)
    assert also["quote"].startswith("式会社ほしづきメディカル")  # (the line's own words)
    assert [q["line"] for q in also["wrapped"]] == [4]
    assert also["wrapped"][0]["quote"].endswith("この点検業務を株")


def test_who_runs_a_system_a_relative_clause_names_by_its_kind_then_its_name(lex):
    # nc65 M11: …医師会が運用する予診情報連携システム「きらりネット」 gave no operates
    relations = [(r["subject"], r["type"], r["object"]) for r in analyse(FORMS, lex)["relations"]]
    assert ("朱鷺ヶ原郡医師会", "operates", "ひかりネット") in relations



#: A national system the town registers records in, run by the Digital Agency.
NATIONAL = """朱鷺ヶ原町個人情報保護審議会　会議録
開催日時　令和7年10月20日（月）午後2時
議題（１）　予防接種記録の登録について
【健康推進課長】健康推進課は、接種記録を、週1回、国のワクチン接種記録システム（VRS）に登録しております。
【健康推進課長】VRSは国（デジタル庁）が運用しております。
【会長】議題（１）については、承認することといたします。
"""


def test_a_name_in_brackets_that_says_which_body_a_bare_word_means_takes_its_particle(lex):
    # nc65 M11: 国（デジタル庁）が運用 gave the system no operator
    relations = [(r["subject"], r["type"], r["object"]) for r in analyse(NATIONAL, lex)["relations"]]
    assert ("デジタル庁", "operates", "ワクチン接種記録システム") in relations


def test_another_name_of_a_name_in_brackets_stays_without_a_particle(lex):
    # guard (498-file corpus): 総合行政ネットワーク（ＬＧＷＡＮ）を経由して gave a via besides the channel
    text = NATIONAL.replace("週1回、", "総合行政ネットワーク（ＬＧＷＡＮ）を経由して、週1回、")
    flow = next(f for f in analyse(text, lex)["flows"] if f["line"] == 4)
    assert (flow["channel"], flow["via"]) == ("lgwan", None)


def test_an_inquiry_from_our_system_to_the_asked_is_answered_by_the_asked(lex):
    # nc66 W3: …介護保険システムから…転入前の市町村に所得情報を照会し was read as the town
    # sending the income data out
    text = """大杉野町介護保険運営協議会　議事録
開催日時　令和6年11月5日（火）午後2時
■議題1　介護保険事務における個人情報の取扱状況について
（介護福祉課長）転入された方の保険料算定のため、介護保険システムから中間サーバーを経由して、転入前の市町村に所得情報を照会し、照会の都度、回答を受け取っております。
（委員長）了承といたします。
"""
    flows = [(f["from"], f["to"], f["categories"], f.get("via")) for f in analyse(text, lex)["flows"] if f["line"] == 4]
    assert flows == [("転入前の市町村（名称不明）", "介護保険システム", ["income-tax"], "中間サーバー")]


def test_a_table_s_caption_that_repeats_an_item_s_number_is_no_item(lex):
    # nc66 W7: <caption>議題1　…</caption> above 提供元 | 提供先 | … became 諮問(1), approved
    text = """鷺沼市個人情報保護審議会　会議録
開催日時　令和7年9月30日（火）午後2時
議題1　要保護児童対策地域協議会における個人情報の共有について（報告）
こども家庭課長　こども家庭課は、児童の氏名及び住所を児童相談所に提供しております。
会長　議題1は報告のとおり了承といたします。
議題1　個別ケース検討会議における情報の共有
提供元\t提供先\t情報の項目\t方法
こども家庭課\t児童相談所\t氏名、住所\t紙
"""
    items = [(i["type"], i["number"]) for i in analyse(text, lex)["agenda_items"]]
    assert items == [("report", "1")]


#: Care-insurance minutes (nc66 A, lines 1–30, its lines 5–10 left blank): the town takes
#: back the papers from the agency whose contract ended.
RECALLED = """令和6年度第2回大杉沢町介護保険運営協議会　議事録

開催日時　令和6年11月5日（火）午後1時30分から午後3時10分まで
開催場所　大杉沢町役場　第2会議室






2　議題
■議題1　要介護認定の訪問調査業務の委託先の変更について（個人情報保護に関する諮問）
■議題2　介護保険事務における個人情報の取扱状況について（報告）
3　閉会

（委員長）それでは定刻となりましたので、令和6年度第2回大杉沢町介護保険運営協議会を開会いたします。本日は委員10名中8名の出席があり、会議は成立しております。
（委員長）本日は、当協議会が町の個人情報保護に関する諮問を受ける案件が1件ございますので、よろしくお願いいたします。

■議題1　要介護認定の訪問調査業務の委託先の変更について
（委員長）議題1について、事務局から説明をお願いします。
（介護福祉課長）要介護認定の訪問調査については、これまで町の認定調査員のほか、さくらだ居宅介護支援事業所に委託して実施してまいりましたが、同事業所が事業を縮小したことに伴い、さくらだ居宅介護支援事業所への委託は令和6年9月30日をもって終了いたしました。
（介護福祉課長）このため、令和7年1月1日から、新たにケアプランセンターあおばずくに訪問調査業務を委託したいと考えております。10月から12月までの間は、町の認定調査員のみで対応しております。
（介護福祉課長）委託先に渡す情報は、調査対象者の氏名、住所、生年月日、被保険者番号及び連絡先でございまして、申請の都度、調査依頼書に記載して職員が事業所に手渡しいたします。
（介護福祉課長）調査が終わりましたら、ケアプランセンターあおばずくの調査員が認定調査票を作成し、調査の都度、介護福祉課の窓口に持参して提出していただきます。
（Ａ委員）調査依頼書には個人番号も記載されるのでしょうか。事業所が個人番号を受け取ることはありますか。
（介護福祉課長）いいえ、事業所には個人番号はお渡ししておりません。調査依頼書にも個人番号は記載しておりません。
（Ｂ委員）ケアプランセンターあおばずくは、どのような事業所でしょうか。
（介護福祉課長）町内で平成28年から居宅介護支援事業を営んでいる事業所で、介護支援専門員が5名在籍しております。委託契約には個人情報の取扱いに関する特記事項を付し、再委託は禁止いたします。
（Ｃ委員）さくらだ居宅介護支援事業所に渡していた調査依頼書や調査票の控えはどうなっていますか。
（介護福祉課長）委託の終了に際し、同事業所に残っていた書類はすべて回収し、町で保管しております。回収の確認書も受け取っております。
"""


def test_where_papers_were_is_no_one_they_go_to(lex):
    # nc66 W5: 同事業所に残っていた書類はすべて回収し、町で保管しております gave a current
    # hand-over of the survey data to the agency
    assert RECALLED.split("\n")[29].startswith("（介護福祉課長）委託の終了に際し、同事業所に残っていた書類")
    assert not [f for f in analyse(RECALLED, lex)["flows"] if f["line"] == 30]


def test_a_table_whose_data_column_is_headed_information_items_gives_its_rows(lex):
    # nc66 M1: 提供元 | 提供先 | 情報の項目 | 方法 was no provision table, so the papers handed to
    # all four members of the council gave no flow
    text = """鷺沼市個人情報保護審議会　会議録
開催日時　令和7年9月30日（火）午後2時
議題1　個別ケース検討会議における情報の共有について（報告）
こども家庭課長　個別ケース検討会議の資料は、会議後に回収しております。
会長　議題1は報告のとおり了承といたします。
提供元\t提供先\t情報の項目\t方法
こども家庭課\t児童相談所、鷺沼警察署\t児童の氏名、住所\t紙資料の配付
"""
    flows = sorted((f["from"], f["to"], tuple(f["categories"])) for f in analyse(text, lex)["flows"] if f["line"] == 7)
    assert flows == [("こども家庭課", "児童相談所", ("name", "address")), ("こども家庭課", "鷺沼警察署", ("name", "address"))]


def test_a_table_cell_s_masked_data_is_kept_from_the_recipient(lex):
    # nc66 W13: 主治医意見書の写し（氏名をマスキング） gave the members 氏名
    text = """大杉野町介護保険運営協議会　議事録
開催日時　令和6年11月5日（火）午後2時
■議題1　介護認定審査会の運営について
（介護福祉課長）審査会の資料は、別表のとおり審査会委員にお渡ししております。
（委員長）了承といたします。
提供先\t提供項目\t方法\t頻度
介護認定審査会委員\t認定調査票の写し、主治医意見書の写し（氏名をマスキング）\t手渡し\t毎月
"""
    proposal = analyse(text, lex)
    [flow] = [f for f in proposal["flows"] if f["line"] == 7]
    assert "name" not in flow["categories"] and "doctor-opinion" in flow["categories"]
    assert [(a["type"], a["categories"]) for a in proposal["access"] if a["line"] == 7] == [("excluded", ["name"])]


def test_a_recipient_s_note_that_names_whom_it_gets_the_data_from_is_the_row_s_giver(lex):
    # nc66 W4: 株式会社しらさぎメールサービス（株式会社あかつき印刷から） gave the city as the giver
    text = """柚ノ原市個人情報保護審議会　会議録
開催日時　令和7年10月2日（木）午後2時
議題１　納税通知書の印刷等の委託について（報告）
税務課長　納税通知書の印刷は株式会社あかつき印刷に委託し、封入封緘は同社から株式会社しらさぎメールサービスに再委託しております。
会長　報告のとおり了承といたします。
提供先\t提供項目\t提供方法\t頻度
株式会社あかつき印刷\t納税義務者の氏名、住所\t暗号化した電子媒体\t年2回
株式会社しらさぎメールサービス（株式会社あかつき印刷から）\t印刷済みの納税通知書（氏名、住所）\t施錠した車両で搬送\t年2回
"""
    flows = [(f["from"], f["to"]) for f in analyse(text, lex)["flows"] if f["line"] == 8]
    assert flows == [("株式会社あかつき印刷", "株式会社しらさぎメールサービス")]


def test_a_contractor_named_by_its_work_in_an_item_that_entrusts_nothing_is_the_one_doing_it(lex):
    # nc66 W10: 印刷の委託先には渡しておりません, in a report that entrusts nothing, made up an
    # unnamed contractor of the report's work
    text = """柚ノ原市個人情報保護審議会　会議録
開催日時　令和7年10月2日（木）午後2時
議題１　納税通知書の印刷等の委託について（諮問）
税務課長　納税通知書の印刷を株式会社あかつき印刷に委託いたします。
会長　承認といたします。
議題２　給与支払報告書の電子的提出について（報告）
税務課長　個人番号は課税資料の名寄せにのみ利用し、印刷の委託先には渡しておりません。
会長　報告のとおり了承といたします。
"""
    access = [(a["type"], a["party"], a["categories"]) for a in analyse(text, lex)["access"] if a["line"] == 7]
    assert access == [("excluded", "株式会社あかつき印刷", ["my-number"])]


def test_a_way_said_to_have_ended_is_that_hand_over_ended(lex):
    # nc66 W8: 光ディスク等の磁気媒体による提出は、令和5年をもって受付を終了いたしました gave
    # no ended flow, and was a quote of the eLTAX flow that runs
    text = """柚ノ原市個人情報保護審議会　会議録
開催日時　令和7年10月2日（木）午後2時
議題１　給与支払報告書の電子的提出について（報告）
税務課長　現在は、事業者がeLTAXを通じて給与支払報告書を税務課に提出しております。
税務課長　なお、光ディスク等の磁気媒体による提出は、令和5年をもって受付を終了いたしました。
会長　報告のとおり了承といたします。
"""
    flows = {f["line"]: f for f in analyse(text, lex)["flows"]}
    assert (flows[4]["status"], flows[4].get("also", [])) == ("current", [])
    assert (flows[5]["from"], flows[5]["to"], flows[5]["status"], flows[5]["channel"]) == (
        "事業者（名称不明）", "税務課", "ended", "electronic-media")


def test_a_short_word_before_a_dot_shares_what_follows_the_next_one(lex):
    # nc66 W12: 出欠状況や登校・登園時の様子 gave 登校 as data of its own
    text = """鷺沼市個人情報保護審議会　会議録
開催日時　令和7年9月30日（火）午後2時
議題1　要保護児童の見守りについて（報告）
こども家庭課長　市立小学校は、児童の出欠状況や登校・登園時の様子を、月1回、書面でこども家庭課に報告しております。
会長　了承といたします。
"""
    cats = {c["label"] for c in analyse(text, lex)["categories"]}
    assert "登校・登園時の様子" in cats and "登校" not in cats
