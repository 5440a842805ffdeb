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
