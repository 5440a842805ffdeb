"""Session 25: the newcomer run nc44's findings left open, as short minutes of my own read
with the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)


#: Text from a PDF: the answer wraps mid-word, and the clause that names the go-between
#: stands between the flow's words and the line break.
WRAPPED_MIDDLE = """令和７年度第３回栗見台市個人情報保護審議会 会議録
開催日時　令和７年９月１０日（水）午後２時
（１）諮問第２１号　予防接種予診票のデータ化業務の委託について
健康推進課長　医療機関から健康推進課への予診票の提出は、毎月、朝凪県医師会の栗見台支部を通
じて、まとめて行われております。
審議の結果、承認された。
"""


def test_a_wrapped_sentence_is_quoted_whole_line_by_line(lex):
    # nc44 U3: the quote was the clause on its line (…予診票の提出は、) and the next line
    # came whole (じて、まとめて…): the words between (毎月、…を通) were lost, so the
    # evidence read as a sentence the minutes do not have
    proposal = analyse(WRAPPED_MIDDLE, lex)
    first = _line(WRAPPED_MIDDLE, "健康推進課長　医療機関から")
    lines = WRAPPED_MIDDLE.split("\n")
    rows = [f for f in proposal["flows"] if first in (f["line"], *(w["line"] for w in f.get("wrapped", ())))]
    assert rows
    for row in rows:
        said = sorted([(row["line"], row["quote"]), *((w["line"], w["quote"]) for w in row["wrapped"])])
        assert said == [(first, lines[first - 1]), (first + 1, lines[first])]


#: Titles whose contractors the minutes do not name (nc44 U1: labelled with the whole title).
TITLES = """令和７年度第２回浅葱台市個人情報保護審議会 会議録
開催日時　令和７年７月１５日（火）午後２時
（１）諮問第１５号　要介護認定事務における認定調査業務の委託及び転出先市町村への認定情報の提供について（介護保険課）
介護保険課長　認定調査業務を事業者に委託し、受託者は調査票に氏名を記載します。
（２）諮問第１６号　証明書コンビニ交付事業における個人情報の取扱いの委託について（市民課）
市民課長　交付事業の運用を事業者に委託し、受託者は住民票の写しを扱います。
（３）諮問第１７号　健康管理システムの更新及び外部委託について（健康課）
健康課長　システムの更新を事業者に委託し、受託者は健診結果を扱います。
審議の結果、いずれも承認された。
"""


def test_an_unnamed_contractor_is_labelled_by_the_work_entrusted(lex):
    # the label names the work the title entrusts, not the title: before 委託, after the
    # setting (…事務における), the setting itself where what follows says only 個人情報の
    # 取扱い, and no dangling 及び
    proposal = analyse(TITLES, lex)
    unnamed = {e["label"] for e in proposal["entities"] if e["type"] == "unnamed-party"}
    assert {"認定調査業務の受託者（名称不明）", "証明書コンビニ交付事業の受託者（名称不明）",
            "健康管理システムの更新の受託者（名称不明）"} <= unnamed
    assert all(len(label) <= 30 for label in unnamed), unnamed
    # the entrustments go to those parties, each from its own item
    assert {(r["item"], r["object"]) for r in proposal["relations"] if r["type"] == "entrusts"} >= {
        (i["key"], f"{work}の受託者（名称不明）") for i, work in zip(
            proposal["agenda_items"], ("認定調査業務", "証明書コンビニ交付事業", "健康管理システムの更新"))}


#: A summary of the debate: a question names 病状, the answer denies handing it on, and the
#: next sentence speaks of the data given to the prefecture (a newcomer's 南浜市, l.31–32).
DENIED_THEN = """令和７年度第８回浜辺市個人情報保護審議会 会議録
開催日時　令和７年１１月１０日（月）午後２時
諮問第１５号　被保護者就労準備支援事業に係る個人情報の提供について（生活福祉課）
委員からは、就労支援のために病状の情報が必要となる場面があるのではないかとの質問があり、生活福祉課から、病状に関する情報は本人の同意を得て本人から直接聴取することとし、市からは提供しないとの説明があった。
また、県に提供された情報の利用範囲について質問があり、県は事業の対象者管理にのみ利用するとの説明があった。
"""


def test_data_a_sentence_denies_handing_on_is_not_carried_to_the_next(lex):
    # 病状に関する情報は…市からは提供しない: however far the verb, the next sentence's
    # hand-over to the prefecture does not take 病状 (before: health, read from the question)
    proposal = analyse(DENIED_THEN, lex)
    after = _line(DENIED_THEN, "また、県に提供された")
    carried = [f for f in proposal["flows"] if f["line"] == after]
    assert carried and not [f for f in carried if "health" in f["categories"]], carried


#: An upkeep the title names, entrusted from a later date (nc44 鵜ノ瀬町, W9's second half).
LATER_UPKEEP = """令和７年度第１回鴨ノ瀬町個人情報保護審議会 会議録
開催日時　令和７年６月１０日（火）午後２時
諮問第５号　住民記録システムの運用保守業務の委託について（総務課）
総務課長　令和７年１２月から、住民記録システムの運用保守業務を株式会社みなと情報システムに委託いたします。
審議の結果、承認された。
"""


def test_an_upkeep_a_title_names_starts_with_its_later_contract(lex):
    # the title says the contractor operates and maintains the system; the section says the
    # contract starts in 令和７年１２月: both are planned (before: the title's were current)
    proposal = analyse(LATER_UPKEEP, lex)
    rels = {(r["type"], r["object"], r["status"]) for r in proposal["relations"]
            if r["subject"] in ("株式会社みなと情報システム", "鴨ノ瀬町")}
    assert ("entrusts", "株式会社みなと情報システム", "planned") in rels
    upkeep = {(kind, status) for kind, obj, status in rels if obj == "住民記録システム"}
    assert upkeep and upkeep <= {("operates", "planned"), ("maintains", "planned")}, rels


#: A contractor's subcontractors listed in a table of the PDF's text layer (nc44 M1).
SUBCONTRACTORS = """令和７年度第３回栗見台市個人情報保護審議会 会議録
開催日時　令和７年１１月５日（水）午後２時
（１）諮問第２１号　予防接種予診票のデータ化業務の委託について（健康推進課）
健康推進課長　予診票のデータ化業務を株式会社ほしぞらデータに委託いたします。
健康推進課長　同社が作業の一部を再委託する先は、次の一覧のとおりでございます。
【再委託先一覧】
業務の内容　　　　　　再委託先　　　　　　　　　　取り扱う個人情報
データ入力　　　　　　株式会社アオイ入力センター　氏名、生年月日、接種日
予診票原本の保管　　　株式会社くるみ文書保管　　　予診票原本
健康推進課長　次に、転出先の市町村から照会があった場合、健康推進課は、氏名を提供いたします。
審議の結果、承認された。
"""


def test_a_table_of_subcontractors_names_each_re_entrustment(lex):
    # nc44 M1: each row re-entrusts its company from the item's contractor, and hands it
    # the row's data; the sentence that points to the list makes no unnamed subcontractor
    proposal = analyse(SUBCONTRACTORS, lex)
    rels = {(r["type"], r["subject"], r["object"], r["status"]) for r in proposal["relations"]
            if r["type"] == "re-entrusts"}
    assert rels == {("re-entrusts", "株式会社ほしぞらデータ", "株式会社アオイ入力センター", "planned"),
                    ("re-entrusts", "株式会社ほしぞらデータ", "株式会社くるみ文書保管", "planned")}
    row = _line(SUBCONTRACTORS, "データ入力")
    [given] = [f for f in proposal["flows"] if f["line"] == row]
    assert (given["from"], given["to"]) == ("株式会社ほしぞらデータ", "株式会社アオイ入力センター")
    assert {"name", "date-of-birth"} <= set(given["categories"])
    assert not [e for e in proposal["entities"] if "再委託先" in e["label"]]
    # the answer after the table is prose, no row: the city's office gives, no subcontractor
    after = _line(SUBCONTRACTORS, "健康推進課長　次に")
    assert [(f["from"], f["to"]) for f in proposal["flows"] if f["line"] == after] == [
        ("健康推進課", "転出先の市町村（名称不明）")]


#: nc45's 萩ノ浦町, in my words: a contractor given papers whose 個人番号 is masked first.
MASKED_FIRST = """令和７年度第１回萩ノ台町個人情報保護審議会 会議録
開催日時　令和７年５月２０日（火）午後２時
【諮問第3号　個人住民税課税資料の入力業務の外部委託について】
（税務課長）
　給与支払報告書の入力業務を、株式会社ハマユウ計算センターに委託するものです。
　申告書等の原本は、町の職員が受託者に手渡しいたします。
　給与支払報告書に記載された個人番号については、受託者に渡す前に町職員が黒塗りをいたしますので、受託者には個人番号は提供いたしません。
審議の結果、承認された。
"""


def test_what_is_masked_before_the_hand_over_is_denied_not_moved(lex):
    # nc45 W1, W4: …受託者に渡す前に…黒塗りをいたしますので、受託者には個人番号は提供いた
    # しません: 渡す前に says when the masking is done; no flow of 個人番号, an exclusion of
    # it for the contractor, and no My Number involved (before: a flow of 個人番号, the flag yes)
    proposal = analyse(MASKED_FIRST, lex)
    line = _line(MASKED_FIRST, "　給与支払報告書に記載された")
    assert not [f for f in proposal["flows"] if "my-number" in f["categories"]]
    assert [(a["party"], a["categories"]) for a in proposal["access"] if a["line"] == line] == [
        ("株式会社ハマユウ計算センター", ["my-number"])]
    assert proposal["my_number_involved"] is False


#: nc45's 紫苑台市, in my words: a table of recipients, then questions answered with a no.
ASKED_NO = """令和７年度第２回紫野台市個人情報保護審議会 会議録
開催日時　令和７年８月２８日（木）午後２時
諮問第８号　住民基本台帳情報の外部提供について（市民課）
（市民課長）
市民課では、法令に基づく照会に対し、住民基本台帳の情報を下表のとおり外部機関に提供しております。
提供先	提供項目	提供方法	頻度
紫野台警察署	氏名、住所、生年月日	書面を手渡し	随時
萌木地方裁判所	氏名、住所	書留郵便	随時
なお、個人番号は引き続き庁内の団体内統合宛名システムで管理いたします。
（長尾委員）
警察署からの照会に対して、住民票の写しそのものを交付することはあるのですか。
（市民課長）
いいえ、住民票の写しは交付しておりません。
（三輪委員）
裁判所への回答に、戸籍の情報は含まれるのですか。
（市民課長）
含まれません。
審議の結果、承認された。
"""


def test_questions_answered_no_give_no_flow_and_speak_of_whom_they_asked(lex):
    proposal = analyse(ASKED_NO, lex)
    # nc45 W2: 裁判所への回答に、戸籍の情報は含まれるのですか。含まれません。: no flow of 戸籍
    assert not [f for f in proposal["flows"] if "koseki" in f["categories"]]
    # and 裁判所 is the court the table named, not the registry's courts of another town
    assert not [e for e in proposal["entities"] if e.get("id") == "004-court"]
    # nc45 W6: the copy not given is the police's, who inquired, not every recipient's
    denied = _line(ASKED_NO, "いいえ、住民票の写しは")
    assert [(a["party"], a["categories"]) for a in proposal["access"] if a["line"] == denied] == [
        ("紫野台警察署", ["juminhyo"])]
    # nc45 W3: a number kept on in the city's own system goes nowhere new
    assert proposal["my_number_involved"] is False


def test_a_place_name_with_no_keeps_it_in_the_bodies_named_after_it(lex):
    # nc45 W7: 萩ノ浦町消防団 (and its council) were cut at ノ: 浦町消防団
    text = MASKED_FIRST.replace("萩ノ台町", "萩ノ浦町") + "　萩ノ浦町消防団には名簿を年1回手渡ししております。\n"
    proposal = analyse(text, lex)
    labels = {e["label"] for e in proposal["entities"]}
    assert {"萩ノ浦町", "萩ノ浦町消防団", "萩ノ浦町個人情報保護審議会"} <= labels
    assert not [label for label in labels if label.startswith("浦町")]


#: A table of hand-overs said to run now, one recipient new (nc45's 紫苑台市, W5).
RUNNING_ROWS = """令和７年度第２回紫野台市個人情報保護審議会 会議録
開催日時　令和７年８月２８日（木）午後２時
諮問第８号　住民基本台帳情報の外部提供について（市民課）
（市民課長）
市民課では、住民基本台帳の情報を下表のとおり外部機関に提供しております。今回、萌木県国民健康保険団体連合会への提供を新たに追加するため、諮問するものです。
提供先	提供項目	提供方法	頻度
紫野台警察署	氏名、住所、生年月日	書面を手渡し	随時
萌木県国民健康保険団体連合会	氏名、住所	専用回線	毎月
審議の結果、承認された。
"""


def test_rows_said_to_run_now_are_current_and_the_new_one_planned(lex):
    # nc45 W5: 下表のとおり…提供しております: the rows run now (before: planned, the item
    # being asked); the recipient said to be added (新たに追加) is planned
    proposal = analyse(RUNNING_ROWS, lex)
    rows = {f["to"]: f["status"] for f in proposal["flows"] if f["verb"] == "表"}
    assert rows == {"紫野台警察署": "current", "萌木県国民健康保険団体連合会": "planned"}


#: A member points out a wrong frequency, and the answer corrects it (nc45's 萩ノ浦町, W8).
FREQUENCY_CORRECTED = """令和７年度第１回萩ノ浦町個人情報保護審議会 会議録
開催日時　令和７年５月２０日（火）午後２時
諮問第４号　避難行動要支援者名簿の外部提供について（福祉課）
（福祉課長）
　現在、民生委員に紙の名簿を年1回手渡ししております。
（白井副会長）
　訂正をお願いしたい。先ほどの説明で、民生委員への提供は年1回とのことだったが、資料では年2回となっている。
（福祉課長）
　失礼いたしました。民生委員への提供は年2回が正しく、消防団への提供は年1回でございます。訂正いたします。
審議の結果、承認された。
"""


def test_a_frequency_corrected_for_one_recipient_is_that_ones(lex):
    # …民生委員への提供は年2回が正しく…。訂正いたします。: the hand-over to 民生委員 said
    # before goes 年2回 (before: 年1回 stood), quoted with the correction
    proposal = analyse(FREQUENCY_CORRECTED, lex)
    [given] = [f for f in proposal["flows"] if f["to"] == "民生委員（名称不明）"]
    assert given["frequency"] == "年2回"
    fixed = _line(FREQUENCY_CORRECTED, "　失礼いたしました")
    assert fixed in [a["line"] for a in given.get("also", [])]


def test_data_a_hand_over_is_said_to_include_goes_with_it(lex):
    # nc45 M1: 資格情報は、個人番号を含めて、専用回線により毎日…送信しております: the one
    # My Number flow of 桔梗原村 (before: 被保険者資格情報 alone)
    text = (MASKED_FIRST.split("【")[0] + "報告第1号　萌黄県国民健康保険団体連合会への情報提供について\n"
            "（住民福祉課長）\n国民健康保険の被保険者の資格情報は、個人番号を含めて、専用回線により毎日"
            "、萌黄県国民健康保険団体連合会に送信しております。\n")
    proposal = analyse(text, lex)
    [sent] = [f for f in proposal["flows"] if f["to"] == "萌黄県国民健康保険団体連合会"]
    assert {"insurance-eligibility", "my-number"} <= set(sent["categories"])
    assert (sent["channel"], sent["frequency"], sent["status"]) == ("dedicated-line", "毎日", "current")
    assert proposal["my_number_involved"] is True


def test_a_way_switched_by_a_noun_gives_a_planned_copy_the_new_way(lex):
    # nc45 M2: …書留郵便で毎月連合会に送付しておりますが、令和8年4月から専用回線による送信に
    # 切り替える予定です: the sentence's one flow goes by post now; by line, planned
    text = (MASKED_FIRST.split("【")[0] + "報告第1号　萌黄県国民健康保険団体連合会への情報提供について\n"
            "（住民福祉課長）\n高額療養費の支給情報は、現在、光ディスクに記録して書留郵便で毎月"
            "萌黄県国民健康保険団体連合会に送付しておりますが、令和8年4月から専用回線による送信に切り替える予定です。\n")
    proposal = analyse(text, lex)
    ways = sorted((f["channel"], f["status"], f["frequency"]) for f in proposal["flows"]
                  if f["to"] == "萌黄県国民健康保険団体連合会")
    assert ways == [("dedicated-line", "planned", "毎月"), ("mail", "current", "毎月")]


def test_a_product_named_in_brackets_after_its_kind_is_a_system(lex):
    # nc45 W9: …が提供するクラウドサービス「こどもナビ」に移行する予定: こどもナビ is the
    # system the company provides (before: never recognised; only the old system was named)
    text = (MASKED_FIRST.split("【")[0] + "諮問第１号　児童手当システムのクラウド化について（こども家庭課）\n"
            "令和8年4月から、株式会社ミズナラ情報サービスが提供するクラウドサービス「こどもナビ」に移行する予定です。\n")
    proposal = analyse(text, lex)
    assert ("system", "こどもナビ") in {(e["type"], e["label"]) for e in proposal["entities"]}
    assert ("provides", "株式会社ミズナラ情報サービス", "こどもナビ") in {
        (r["type"], r["subject"], r["object"]) for r in proposal["relations"]}


#: A cloud service named in brackets, then called 本サービス (nc45's 紫苑台市, M5).
THE_SERVICE = """令和７年度第２回紫野台市個人情報保護審議会 会議録
開催日時　令和７年８月２８日（木）午後２時
諮問第１２号　児童手当システムのクラウドサービスへの移行に伴う業務委託について（こども家庭課）
令和8年4月から、株式会社ミズナラ情報サービスが提供する児童手当クラウドサービス「こどもナビ」に移行する予定です。
本サービスで取り扱う個人情報は、受給者及び児童の氏名、住所でございます。
市と本サービスとの接続は、LGWAN-ASPを経由して行います。
なお、個人番号は本サービスには保存いたしません。
審議の結果、承認された。
"""


def test_the_service_is_the_product_named_before_and_what_it_keeps_not_is_its_providers(lex):
    # 本サービス points to こどもナビ (the service named last, not the network named after
    # it), the words before the brackets describe it (no system of their own), and 個人番号
    # not kept in it is kept from who provides it (before: no exclusion at all)
    proposal = analyse(THE_SERVICE, lex)
    systems = {e["label"] for e in proposal["entities"] if e["type"] == "system"}
    assert "こどもナビ" in systems and "児童手当クラウドサービス" not in systems
    kept = _line(THE_SERVICE, "なお、個人番号は")
    assert [(a["party"], a["categories"], a["system"]) for a in proposal["access"] if a["line"] == kept] == [
        ("株式会社ミズナラ情報サービス", ["my-number"], "こどもナビ")]


def test_a_short_name_defined_with_iimasu_is_the_documents_own(lex):
    # （以下「本サービス」といいます。）: the minutes' own short name, before any pointer rule
    text = THE_SERVICE.replace("「こどもナビ」に移行", "「こどもナビ」（以下「本サービス」といいます。）に移行").replace(
        "本サービスで取り扱う", "なお、ドリル教材サービスは廃止します。本サービスで取り扱う")
    proposal = analyse(text, lex)
    kept = _line(text, "なお、個人番号は")
    assert [a["system"] for a in proposal["access"] if a["line"] == kept] == ["こどもナビ"]


def test_a_hand_over_a_sentence_implies_and_a_row_states_is_one(lex):
    # nc45 M9: 今回、…連合会への提供を新たに追加するため (inferred, no channel), then the
    # table's row for 連合会: one hand-over, the row's, quoting the sentence too
    proposal = analyse(RUNNING_ROWS, lex)
    to_federation = [f for f in proposal["flows"] if f["to"] == "萌木県国民健康保険団体連合会"]
    assert [(f["verb"], f["channel"]) for f in to_federation] == [("表", "dedicated-line")]
    said = _line(RUNNING_ROWS, "市民課では")
    assert said in [a["line"] for a in to_federation[0].get("also", [])]


def test_an_entrustment_only_a_title_states_starts_with_the_dated_move(lex):
    # nc45 W5 (second half): the title entrusts the company whose service the item moves to
    # from 令和8年4月; its re-entrustment too: planned (before: current, so --status current
    # listed them)
    text = THE_SERVICE.replace("審議の結果", "データセンターの運用は、株式会社ミズナラ情報サービスから株式会社ツバキデータセンターに"
                               "再委託されます。\n審議の結果")
    proposal = analyse(text, lex)
    rels = {(r["type"], r["object"]): r.get("status") for r in proposal["relations"]}
    assert rels[("entrusts", "株式会社ミズナラ情報サービス")] == "planned"
    assert rels[("re-entrusts", "株式会社ツバキデータセンター")] == "planned"


def test_a_ban_one_level_on_is_the_subcontractors(lex):
    # nc45 M6: 再委託先からさらに別の事業者に委託することはできるのですか。できません。再々委託は
    # 契約で禁止いたします: the subcontractor may not re-entrust (before: nothing proposed);
    # the first re-entrustment keeps its permission
    text = (MASKED_FIRST.split("【")[0] + "諮問第1号　要介護認定調査業務の委託について（住民福祉課）\n"
            "（住民福祉課長）\n認定調査業務を株式会社リンドウケアサポートに委託しております。同社は、調査票の入力作業を"
            "株式会社アザミ入力センターに再委託いたします。再委託にあたっては村の承認を得ることとしております。\n"
            "（相馬委員）\n再委託先からさらに別の事業者に委託することはできるのですか。\n"
            "（住民福祉課長）\nできません。再々委託は契約で禁止いたします。\n")
    proposal = analyse(text, lex)
    rels = {(r["subject"], r["object"], r["permission"]) for r in proposal["relations"] if r["type"] == "re-entrusts"}
    assert rels == {("株式会社リンドウケアサポート", "株式会社アザミ入力センター", "requires-approval"),
                    ("株式会社アザミ入力センター", "要介護認定調査業務の再々委託先（名称不明）", "forbidden")}
