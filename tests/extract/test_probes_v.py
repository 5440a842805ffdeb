"""Session 37: readings found wrong or missing in new minutes (nc61's leftovers: an
incident's leaked data, a question's flow beside its answer, 問/答 minutes with the
speaker on the line before), read with the bundled registry; each test failed before its
change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: A notice sent to a wrong address, what it held said next, and a wrong entry as its cause.
LEAK = """若葉台町個人情報保護審議会　会議録
開催日時　令和7年10月2日（木）午後2時
議事（１）　報告第2号　軽自動車税納税通知書の誤送付について
〔税務課長〕　令和7年5月に発送した軽自動車税の納税通知書のうち2件を、誤った住所に送付いたしました。
〔税務課長〕　漏えいした情報は、納税義務者の氏名、住所、車両番号及び税額でございます。
〔委員〕　原因は何ですか。
〔税務課長〕　住所変更の際、職員が別人のデータに誤って入力したことが原因でございます。
"""

#: 問/答 minutes, each speaker's label in round brackets on the line before.
QA = """白滝村個人情報保護審議会　会議録
2025年9月24日（水）午後1時30分から
議題　諮問第4号　がん検診の委託について
報告第1号　国民健康保険の資格情報の送付方法について

（保健課長）
諮問第4号について説明いたします。胃がん検診は白滝村医師会に委託しております。

（委員）
問　医師会から村への検診結果の返却はどのようにしているのですか。

（保健課長）
答　医師会は、検診結果を紙の報告書で毎月村に提出しております。村はその結果を健康管理システムに入力しております。

（会長）
諮問第4号は原案のとおり承認とします。続いて報告第1号について説明をお願いします。

（保健課長）
本村は、国民健康保険の被保険者資格情報を、毎月、南陵県国民健康保険団体連合会に送付しております。

（委員）
問　連合会に送る情報に個人番号は含まれるのですか。

（保健課長）
答　被保険者資格情報には個人番号が含まれます。
"""


def _flows(proposal):
    return {(f["line"], f["from"], f["to"]): f for f in proposal["flows"]}


def test_a_notice_sent_to_a_wrong_address_is_the_incident_with_the_data_said_next(lex):
    # nc61 W9: 誤った住所に送付 was no mistake, and the cause's 誤って入力 was read as the
    # hand-over gone astray, with 住所 only (the word in 住所変更)
    flows = _flows(analyse(LEAK, lex))
    assert list(flows) == [(4, "税務課", "軽自動車税納税通知書の誤送付先（名称不明）")]
    [flow] = flows.values()
    assert flow["status"] == "ended" and {"name", "address"} <= set(flow["categories"])
    assert [a["line"] for a in flow["also"]] == [5]


def test_a_wrong_entry_is_no_hand_over_gone_astray(lex):
    # nc61 W9: 別人のデータに誤って入力した: the entry was wrong; no one was handed anything
    text = LEAK.replace("令和7年5月に発送した軽自動車税の納税通知書のうち2件を、誤った住所に送付いたしました。",
                        "軽自動車税の納税通知書の発送前に、誤りが見つかりました。")
    assert [f for f in analyse(text, lex)["flows"] if f["line"] == 7] == []


def test_a_question_is_no_flow_beside_the_answer_that_says_it_again(lex):
    # nc61 W11: 問　医師会から村への…返却は… gave a flow beside its answer's
    flows = _flows(analyse(QA, lex))
    assert [k for k in flows if k[1:] == ("白滝村医師会", "白滝村")] == [(13, "白滝村医師会", "白滝村")]


def test_the_results_pointed_back_at_are_the_data_handed_over_before(lex):
    # nc61 W13: その結果を…入力 was unspecified personal information
    assert _flows(analyse(QA, lex))[(13, "白滝村", "健康管理システム")]["categories"] == ["health"]


def test_an_answer_that_the_data_holds_my_number_gives_the_flow_my_number(lex):
    # nc61 M1: 問　…個人番号は含まれるのですか。答　被保険者資格情報には個人番号が含まれます:
    # the answer opened with 答 after the speaker's line, so it was not read as the contents
    flow = _flows(analyse(QA, lex))[(19, "白滝村", "南陵県国民健康保険団体連合会")]
    assert flow["categories"] == ["insurance-eligibility", "my-number"]
    assert [a["line"] for a in flow["also"]] == [25]


#: A system moved to a company's data centre, the centre said alone after; a centre whose
#: staff view the data kept in the city's system.
CENTRE = """石蕗市個人情報保護審議会　会議要旨
開催日　令和7年8月21日
議題１　報告第3号　介護保険システムのデータセンターへの移行について
介護保険課長：令和8年4月から、介護保険システムを株式会社ツワブキ電算のデータセンターに移行する。
介護保険課長：データセンターの機器の保守は株式会社ツワブキ電算が行い、システムの運用は介護保険課が行う。
議題２　諮問第7号　地域包括支援センターの端末設置について
介護保険課長：地域包括支援センターには市が専用端末を設置し、センターの職員は、介護保険システムに登録された高齢者の氏名及び要介護認定情報を、相談の都度、閲覧している。
"""


def test_a_companys_data_centre_said_alone_later_is_no_unnamed_party(lex):
    # nc61 W14: データセンターの…保守 made an unnamed data centre beside the company's own
    proposal = analyse(CENTRE, lex)
    assert [e["label"] for e in proposal["entities"] if e["type"] == "unnamed-party"] == []
    # (and the bare word is no name of the company for the registry to learn)
    [company] = [e for e in proposal["entities"] if e["label"] == "株式会社ツワブキ電算"]
    assert "データセンター" not in company.get("aliases", [])


def test_data_kept_in_a_system_that_a_centre_views_is_put_in_by_no_one(lex):
    # nc61 W10: …システムに登録された…を閲覧している read as the city putting data into
    # the system in that sentence
    assert [f for f in analyse(CENTRE, lex)["flows"] if f["line"] == 7] == []
