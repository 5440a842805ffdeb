"""Session 36: readings found wrong or missing in new minutes (nc59 leftovers: a union's
member towns) and in probes of my own, read with the bundled registry; each test failed
before its change unless it says it is a guard."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: A union of three towns: its members named once, then as 構成町村; two towns joined as
#: one subject against a third that brings its data by hand until a stated month.
UNION = """東雲広域連合個人情報保護審議会　会議録
開催日時　令和7年9月18日（木）午後2時
議事（１）　介護保険システムの課税情報の受領について
〔事務局長〕　当広域連合は、朝霧町、夕凪町及び星ノ森村の３町村で構成しております。
〔事務局長〕　構成町村は、被保険者の住所異動情報を、毎日、ＬＧＷＡＮを経由して当広域連合の介護保険システム「しののめケア」に送信しております。
〔保険課長〕　朝霧町及び星ノ森村は、課税情報をＬＧＷＡＮ経由で毎月送信しておりますが、夕凪町はＵＳＢメモリに記録し、職員が毎月持参して当広域連合に提出しております。
〔保険課長〕　夕凪町からのＵＳＢメモリによる受領は令和７年１２月末日をもって終了し、令和８年１月からはＬＧＷＡＮ経由の送信に切り替えます。
"""


def _flows(proposal, line):
    return sorted((f["from"], f["to"], f["status"], f["channel"]) for f in proposal["flows"] if f["line"] == line)


def test_a_unions_member_word_stands_for_each_member_town(lex):
    # nc59 W4: 構成町村は…送信 gave the union itself (北嶺広域連合 → its own system), and
    # the towns were no party at all; 星ノ森村 (ノ in a place's name) was no municipality
    proposal = analyse(UNION, lex)
    assert _flows(proposal, 5) == [(town, "しののめケア", "current", "lgwan")
                                   for town in ("夕凪町", "星ノ森村", "朝霧町")]
    # (the word is no party of its own beside the towns it stands for)
    labels = {e["label"]: e["type"] for e in proposal["entities"]}
    assert labels["星ノ森村"] == "municipality" and not [k for k in labels if "構成町村" in k]


def test_a_system_named_by_kind_and_product_gives_no_data_of_its_kind(lex):
    # nc59 W4: 介護保険システム「ほくれいケアＮＥＸＴ」 put 介護情報 on the towns' move
    [flow, *_] = [f for f in analyse(UNION, lex)["flows"] if f["line"] == 5]
    assert flow["categories"] == ["new:住所異動情報"]


def test_towns_joined_as_one_subject_each_give_and_the_contrast_clause_shares_the_union(lex):
    # nc59 M1/W4: 白樺町及び湯ノ沢村は、…送信しておりますが、鷲尾町は…当広域連合に提出 gave
    # nothing for the two towns (the parse hung their topic on 提出), and 鷲尾町's hand-over
    # carried unspecified data
    proposal = analyse(UNION, lex)
    assert _flows(proposal, 6) == [("夕凪町", "東雲広域連合", "current", "hand-delivery"),
                                   ("星ノ森村", "東雲広域連合", "current", "lgwan"),
                                   ("朝霧町", "東雲広域連合", "current", "lgwan")]
    assert {tuple(f["categories"]) for f in proposal["flows"] if f["line"] == 6} == {("income-tax",)}


def test_a_way_that_ends_for_one_town_leaves_the_others_and_starts_a_new_way(lex):
    # nc59 M1: the sentence on 夕凪町's hand-over ending made every flow before it planned;
    # now only that town's old way gets a planned successor, over LGWAN
    proposal = analyse(UNION, lex)
    assert _flows(proposal, 7) == [("夕凪町", "東雲広域連合", "planned", "lgwan")]
    assert all(f["status"] == "current" for f in proposal["flows"] if f["line"] == 6)


#: The same word with no members named before: one unnamed party, never the union.
NO_MEMBERS = """東雲広域連合個人情報保護審議会　会議録
開催日時　令和7年9月18日（木）午後2時
議事（１）　後期高齢者医療システムの更新について
〔事務局長〕　構成市町村は、被保険者の住所異動情報を、毎日、ＬＧＷＡＮを経由して当広域連合の後期高齢者医療システムに送信しております。
"""


def test_a_member_word_with_no_members_named_is_one_unnamed_group(lex):
    # nc59 W4: the union was read as the giver to its own system
    [flow] = analyse(NO_MEMBERS, lex)["flows"]
    assert (flow["from"], flow["to"]) == ("構成市町村（名称不明）", "後期高齢者医療システム")
