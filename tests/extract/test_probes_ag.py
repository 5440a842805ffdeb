"""Session 47: readings found wrong in new minutes (nc74: a 広域連合's Shift_JIS text with
half-width katakana whose 資料 are read aloud before one joint Q&A, an HTML page saved from
Microsoft Word, a PDF of two meetings), read with the bundled registry; each test failed
before its change unless it says it guards."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from kg.extract.reading import read_bytes
from kg.extract.segment import sentences
from test_probes_c import lex  # noqa: F401 (the module's registry)


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


#: A union's minutes: half-width katakana, the 資料 read aloud under their titles, then
#: the members' questions on each 資料 at the end.
UNION = """潮見県後期高齢者医療広域連合個人情報保護審議会　会議録
１　開催日時　令和7年8月6日（水）午後2時00分
２　議題
　①諮問第12号　資格確認書等の印刷業務の外部委託について
　②報告　捜査関係事項照会への回答状況について
（会長）
　事務局から、資料を順に読み上げてください。
（資格保険料課長）
　資料1　諮問第12号　資格確認書等の印刷業務の外部委託について
　　広域連合の標準ｼｽﾃﾑから印刷用ﾃﾞｰﾀを抽出し、USBﾒﾓﾘに格納して株式会社潮見総合印刷に手渡しする。
（総務課長）
　資料2　報告　捜査関係事項照会への回答状況
　　令和6年度は、潮見警察署からの照会に対し、被保険者の氏名及び住所を紙で回答した。
　　構成市町村から広域連合へは、住民基本台帳の異動情報を専用回線で日次で送信している。
　　個人番号の取得に当たっては、住民基本台帳ネットワークシステムを通じて地方公共団体情報システム機構から本人確認情報の提供を受けている。
　　なお、年金からの保険料の特別徴収に係る情報は、日本年金機構から、国保連合会を通じて、専用回線により構成市町村に送付されている。
　　ｸﾗｳﾄﾞ移行は特定個人情報ﾌｧｲﾙの取扱いの重要な変更に当たるため、全項目評価書を再実施し、意見募集を行ったうえで、個人情報保護委員会に提出する予定である。
（会長）
　それでは、資料1から資料2までについて、まとめてご質問をお願いします。
（鳴沢委員）
　資料1について伺います。株式会社潮見総合印刷は個人番号を見ることはないのですか。
（資格保険料課長）
　印刷用ﾃﾞｰﾀに個人番号は含まれておりません。会計年度任用職員は個人番号を閲覧できません。
（鳴沢委員）
　資料2で、警察に個人番号を回答したことはありますか。
（総務課長）
　個人番号は回答しておりません。
"""


def _union_with(*turns: tuple[str, str]) -> str:
    """The union's minutes with more turns, each (speaker, speech), after them."""
    return UNION + "".join(f"（{who}）\n　{said}\n" for who, said in turns)


def test_half_width_kana_and_its_voiced_mark_are_one_character_in_the_text_read():
    [sentence] = sentences("ｻｰﾊﾞｰ室のﾃﾞｰﾀをﾊﾟｿｺﾝで送る。\n")
    assert sentence.text == "サーバー室のデータをパソコンで送る。"
    # (the quote is the line as written, half-width)
    assert sentence.quote(6, 9) == (1, "ﾃﾞｰﾀ")


def test_a_unions_own_name_for_itself_is_the_union_not_an_unnamed_party(lex):
    out = analyse(UNION, lex)
    assert not any("名称不明" in e["label"] and "広域連合" in e["label"] for e in out["entities"]), \
        [e["label"] for e in out["entities"]]
    given = [f for f in out["flows"] if f["to"] == "株式会社潮見総合印刷"]
    assert given and "名称不明" not in given[0]["from"], given


def test_the_materials_read_aloud_and_the_questions_on_them_are_their_items(lex):
    out = analyse(UNION, lex)
    items = {i["key"]: i for i in out["agenda_items"]}
    report = next(k for k, i in items.items() if i["type"] == "report")
    police = [f for f in out["flows"] if f["to"] == "潮見警察署"]
    assert police and all(f["item"] == report for f in police), police
    # (資料2で、警察に…: the answer's denial is the report's, of the police)
    denied = [a for a in out["access"] if a["line"] == _line(UNION, "個人番号は回答しておりません")]
    assert denied and all(a["item"] == report and a["party"] == "潮見警察署" for a in denied), denied


def test_a_denial_of_the_towns_own_staff_keeps_no_outside_party_out(lex):
    out = analyse(UNION, lex)
    assert not [a for a in out["access"] if a["line"] == _line(UNION, "会計年度任用職員は")], out["access"]


def test_data_a_sentence_names_in_its_own_words_does_not_borrow_the_number_said_before(lex):
    out = analyse(UNION, lex)
    pension = [f for f in out["flows"] if f["line"] == _line(UNION, "特別徴収に係る情報は")]
    assert pension and not any(set(f["categories"]) & {"my-number", "honnin-kakunin-joho",
                                                       "specific-personal-information"} for f in pension), pension


def test_an_impact_assessment_submitted_is_no_hand_over_of_data(lex):
    out = analyse(UNION, lex)
    assert not [f for f in out["flows"] if f["to"] == "個人情報保護委員会"], out["flows"]


#: A page saved from Word: the source wraps inside the text, a run a span, cells of one
#: paragraph each.
WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><title>令和７年度第２回桐生台市個人情報保護審議会会議録</title></head>
<body lang=JA><div class=WordSection1>
<p class=MsoNormal><b><span style='font-family:"ＭＳ ゴシック"'>令和７年度第２回桐生台市個人情報保護審議会　会議録</span></b><o:p></o:p></p>
<p class=MsoNormal><span style='font-family:"ＭＳ 明朝"'>
令和</span><span lang=EN-US style='font-family:"ＭＳ 明朝"'>
７</span><span style='font-family:"ＭＳ 明朝"'>
年</span><span lang=EN-US>
１１</span><span>
月</span><span lang=EN-US>
１８</span><span>
日（火）</span><o:p></o:p></p>
<table class=MsoTableGrid border=1>
 <tr>
  <td width=189 valign=top style='width:141.6pt;border:solid windowtext 1.0pt;
  padding:0mm 5.4pt 0mm 5.4pt'>
  <p class=MsoNormal><span>
区分</span><o:p></o:p></p>
  </td>
  <td width=189 valign=top>
  <p class=MsoNormal><span>
氏名</span><o:p></o:p></p>
  </td>
 </tr>
</table>
<p class=MsoNormal><b><span>○武藤会長</span></b><span>　諮問第３１号について説明をお願いします。</span><o:p></o:p></p>
</div></body></html>
"""


def test_a_page_saved_from_word_reads_its_wrapped_runs_as_one_line_and_a_table_row_as_one():
    text = read_bytes("w.htm", WORD.encode("utf-8")).text
    assert "令和７年１１月１８日（火）" in text, text
    assert "区分\t氏名" in text, text


def test_a_page_saved_from_word_is_dated_and_its_item_numbered(lex):
    text = read_bytes("w.htm", WORD.encode("utf-8")).text
    out = analyse(text, lex)
    assert out["date"] == "2025-11-18", out["date"]


def test_a_closing_remark_on_the_kinds_of_case_the_day_saw_hands_nothing_over(lex):
    text = UNION + ("（会長）\n　本日の諮問では、個人番号を含むデータを外部の事業者が取り扱う場面や、"
                    "ＵＳＢメモリのような電子媒体でデータを移す場面が複数ございました。\n")
    out = analyse(text, lex)
    assert not [f for f in out["flows"] if f["line"] == _line(text, "本日の諮問では")], out["flows"]


def test_a_denial_of_the_form_a_roster_goes_in_keeps_no_one_from_the_roster(lex):
    text = """大鷹町情報公開・個人情報保護審議会　会議録
１　日時　令和７年５月２２日（木）
諮問第６号　避難行動要支援者名簿の外部提供について（福祉介護課）
福祉介護課長 避難行動要支援者名簿を、大鷹消防本部、大鷹警察署及び自主防災組織に紙で提供いたします。
茅野委員 自主防災組織では、名簿をどのように管理するのでしょうか。
福祉介護課長 鍵のかかる場所で保管するようお願いしております。名簿を電子データで提供することはございませんし、電子メールで送ることもございません。
"""
    out = analyse(text, lex)
    assert not [a for a in out["access"] if a["line"] == _line(text, "名簿を電子データで")], out["access"]


def test_a_notice_mailed_to_the_people_whose_cards_came_goes_to_no_body_asked_about(lex):
    text = UNION + ("（鳴沢委員）\n　Ｊ－ＬＩＳに送信された後、カードはどのように届くのですか。\n（総務課長）\n"
                    "　Ｊ－ＬＩＳでカードが作成されますと、カードは広域連合に送付されてまいります。"
                    "カードが届いた方に交付通知書を郵送し、窓口に来ていただいております。\n")
    out = analyse(text, lex)
    assert not [f for f in out["flows"] if f["line"] == _line(text, "カードが届いた方に")], out["flows"]


def test_a_list_of_what_is_sent_after_the_hand_overs_is_what_they_carry(lex):
    text = """令和７年度第２回桐生台市個人情報保護審議会　会議録
開催日時　令和７年１１月１８日（火）
報告第６号　法令に基づく個人情報の外部提供の状況について（保険年金課）
○保険年金課長　国民年金の届書につきまして、市は受理した内容を日本年金機構に送付しております。令和６年度までは、ＣＤ－Ｒを年金事務所に持参しておりました。令和７年１０月からはＬＧＷＡＮを経由した電子送付に切り替えております。送付する情報には、被保険者の氏名、住所、生年月日及び個人番号が含まれます。
"""
    out = analyse(text, lex)
    sent = [f for f in out["flows"] if f["to"] == "日本年金機構"]
    assert sent and all({"name", "my-number"} <= set(f["categories"]) for f in sent), sent


#: The head of a union's minutes and the title of its first 資料, read aloud.
FORM_HEAD = """潮見県後期高齢者医療広域連合個人情報保護審議会　会議録
１　開催日時　令和7年8月6日（水）午後2時00分
２　議題
　①諮問第12号　資格確認書等の印刷業務の外部委託について
（資格保険料課長）
　資料1　諮問第12号　資格確認書等の印刷業務の外部委託について
"""


def test_a_form_read_aloud_with_each_fields_value_on_the_line_under_it(lex):
    text = FORM_HEAD + """　①委託先
　　株式会社潮見総合印刷（潮見市港町三丁目）。令和7年7月に一般競争入札により決定した。
　②取り扱う個人情報
　　被保険者の氏名、住所、生年月日及び被保険者番号。
　③実施時期
　　令和7年11月に印刷を行う。
"""
    out = analyse(text, lex)
    given = [f for f in out["flows"] if f["to"] == "株式会社潮見総合印刷"]
    assert given and {"name", "address", "insured-person-number"} <= set(given[0]["categories"]), out["flows"]
    assert given[0]["status"] == "planned", given
    assert not any("名称不明" in e["label"] for e in out["entities"]), [e["label"] for e in out["entities"]]


def test_the_card_named_beside_the_work_is_no_data_of_a_contractor_kept_from_the_number(lex):
    text = FORM_HEAD + """　①事業の概要
　　ﾏｲﾅ保険証（ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞの健康保険証利用）を基本とする仕組みへの移行に伴い、資格確認書を交付する。これらの印刷及び発送を外部に委託する。
　②委託先
　　株式会社潮見総合印刷（潮見市港町三丁目）。
　③取り扱う個人情報
　　被保険者の氏名、住所及び被保険者番号。
　④個人番号の取扱い
　　印刷用ﾃﾞｰﾀに個人番号は含まれず、受託者が個人番号を取り扱うことはない。
"""
    out = analyse(text, lex)
    rels = [r for r in out["relations"] if r["type"] == "entrusts" and r["object"] == "株式会社潮見総合印刷"]
    assert rels and not any(set(r["categories"]) & {"my-number", "my-number-card"} for r in rels), rels


def test_who_may_see_is_the_subject_of_the_asked_seeing_not_of_the_clause_on_it(lex):
    text = _union_with(("鳴沢委員", "国保中央会が契約する保守事業者が本番データにアクセスすることがあるとのことですが、"
                                    "その際、個人番号も見えてしまうのでしょうか。"),
                       ("総務課長", "障害対応のために本番データにアクセスする場合には、個人番号を含むデータが"
                                    "閲覧可能な状態になることは否定できません。"))
    out = analyse(text, lex)
    seen = [a for a in out["access"] if a["type"] == "incidental" and a["line"] == _line(text, "否定できません")]
    assert seen and all("保守事業者" in a["party"] for a in seen), seen
