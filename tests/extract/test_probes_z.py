"""Session 41: readings found wrong or missing in new minutes (nc66's leftovers and the
708-text regression corpus), read with the bundled registry; each test failed before its
change unless it says it guards."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: Two care agencies named in kana, entrusted together, then given data and kept from My
#: Number by the word 委託先.
AGENCIES = """令和8年度第2回大杉沢町介護保険運営協議会 議事録
開催日時　令和8年10月5日（月）午後2時
議題1　介護予防ケアマネジメント業務の委託について（介護福祉課）
介護福祉課長：介護予防ケアマネジメント業務を、さくらだ居宅介護支援事業所及びケアプランセンターあおばずくに委託いたします。
介護福祉課長：委託先には、利用者の氏名、住所及び要介護認定情報を提供いたします。
委員：個人番号は提供するのですか。
介護福祉課長：個人番号は提供いたしません。
"""

#: One agency's work ended and handed to another; the papers go to 事業所, and a ban on
#: re-entrustment is said of the new one's contract.
CHANGED = """令和8年度第3回大杉沢町介護保険運営協議会 議事録
開催日時　令和8年11月5日（木）午後1時30分
■議題1　要介護認定の訪問調査業務の委託先の変更について
（介護福祉課長）訪問調査は、これまでさくらだ居宅介護支援事業所に委託してまいりましたが、同事業所が事業を縮小したことに伴い、さくらだ居宅介護支援事業所への委託は令和8年9月30日をもって終了いたしました。
（介護福祉課長）令和9年1月1日から、新たにケアプランセンターあおばずくに訪問調査業務を委託したいと考えております。
（介護福祉課長）委託先に渡す情報は、調査対象者の氏名及び住所でございまして、職員が事業所に手渡しいたします。
（Ａ委員）ケアプランセンターあおばずくは、どのような事業所でしょうか。
（介護福祉課長）町内で居宅介護支援事業を営んでいる事業所でございます。
（介護福祉課長）介護支援専門員が5名在籍しております。
（介護福祉課長）研修も毎年受けております。
（Ｂ委員）分かりました。
（介護福祉課長）委託契約には個人情報の取扱いに関する特記事項を付し、再委託は禁止いたします。
"""


def _parties(text, lex):
    return {e["label"]: (e["type"], e.get("role")) for e in analyse(text, lex)["entities"]}


def test_care_agencies_named_in_kana_are_named_businesses(lex):
    # nc66 W6: さくらだ (read as さくら + だ) and あおばずく (after センター) were left out of
    # the names, so both agencies were one unnamed 居宅介護支援事業所
    parties = _parties(AGENCIES, lex)
    assert parties.get("さくらだ居宅介護支援事業所") == ("company", None)
    assert parties.get("ケアプランセンターあおばずく") == ("company", None)
    assert not [p for p in parties if p.startswith("居宅介護支援事業所")]


def test_both_agencies_of_a_list_are_entrusted_and_the_word_for_them_is_both(lex):
    # A及びBに委託: only B was entrusted, and 委託先 then stood for B alone
    proposal = analyse(AGENCIES, lex)
    entrusted = sorted(r["object"] for r in proposal["relations"] if r["type"] == "entrusts")
    assert entrusted == sorted(["さくらだ居宅介護支援事業所", "ケアプランセンターあおばずく"])
    given = sorted(f["to"] for f in proposal["flows"] if f["line"] == 5)
    assert given == entrusted
    kept = sorted(a["party"] for a in proposal["access"] if a["type"] == "excluded")
    assert kept == entrusted


def test_a_verb_before_a_kind_of_business_is_no_part_of_a_name(lex):
    # guard: 委託している居宅介護支援事業所 and データセンターなり name no business
    text = AGENCIES.replace("さくらだ居宅介護支援事業所及びケアプランセンターあおばずく",
                            "現在委託している居宅介護支援事業所")
    text += "委員：データセンターなりの所に置くのですか。\n"
    parties = _parties(text, lex)
    assert "している居宅介護支援事業所" not in parties
    assert not [p for p, (t, _) in parties.items() if p.startswith("データセンター") and t == "company"]


def test_the_same_agency_is_named_by_its_word_and_by_its_pointer(lex):
    # nc66: 委託先…事業所に手渡し gave the papers to the former agency (事業所 named like it),
    # because 委託先 beside it was taken for a name of its own; 同事業所 was an unnamed
    # contractor, so the ended entrustment was read as that contractor's
    proposal = analyse(CHANGED, lex)
    assert [f["to"] for f in proposal["flows"] if f["line"] == 6] == ["ケアプランセンターあおばずく"]
    entrusts = sorted((r["subject"], r["object"], r["status"]) for r in proposal["relations"]
                      if r["type"] == "entrusts")
    assert all(subject == "大杉沢町" for subject, _, _ in entrusts)
    assert ("大杉沢町", "ケアプランセンターあおばずく", "planned") in entrusts


def test_a_ban_on_re_entrustment_is_the_contract_of_the_agency_named_last(lex):
    # nc66: 委託契約には…再委託は禁止 with two agencies in the item was an unnamed
    # 受託者's ban, a party no one entrusts
    [ban] = [r for r in analyse(CHANGED, lex)["relations"] if r["type"] == "re-entrusts"]
    assert (ban["subject"], ban["permission"]) == ("ケアプランセンターあおばずく", "forbidden")
