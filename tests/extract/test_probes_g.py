"""Session 22: what the newcomer run nc42 left open (three invented minutes: a plain
text with a later correction, a PDF, an 答申), as short minutes read with the bundled
registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)


FEDERATION = """梢ヶ丘市個人情報保護審議会　会議録
開催日時　令和7年10月14日（火）午後2時から
議題（１）諮問第３号　後期高齢者医療に係る住民記録情報等の広域連合への提供について
○保険年金課長　保険料の算定に必要なため、市民税課から、被保険者の所得額と課税区分を年１回、７月に汐見県後期高齢者医療広域連合へ提供しております。
○片桐委員　逆に、広域連合から市に届く情報はありますか。
○保険年金課高齢者医療係長　広域連合からは、被保険者の資格の取得や喪失といった資格異動情報を、随時、受け取っております。
"""


def test_a_question_of_what_comes_back_carries_no_data_from_before(lex):
    # 逆に、広域連合から市に届く情報はありますか: it asks; the tax data the answer before
    # sent there does not come back (nc42 W2)
    proposal = analyse(FEDERATION, lex)
    asked = [f for f in proposal["flows"] if f["line"] == _line(FEDERATION, "○片桐委員")]
    assert asked == []
    back = [f["categories"] for f in proposal["flows"] if f["line"] == _line(FEDERATION, "○保険年金課高齢者医療係長")]
    assert back == [["insurance-eligibility"]]


WATCH = """梢ヶ丘市個人情報保護審議会　会議録
開催日時　令和7年10月14日（火）午後2時から
議題（２）高齢者見守りネットワーク事業における見守り対象者情報の提供について
○高齢福祉課長　高齢福祉課は、氏名、住所及び緊急連絡先を記載した見守り対象者名簿を、見守り協力事業者に年２回、紙で提供しております。
（後日補足）
　議題（２）の説明において、見守り対象者名簿を汐見電力株式会社にも提供していると申し上げましたが、正しくは、同社とは見守りの協定を締結しているものの、名簿は提供しておりません。
"""


def test_a_recipient_the_correction_takes_back_is_excluded_not_given(lex):
    # …汐見電力株式会社にも提供していると申し上げましたが、正しくは、…名簿は提供して
    # おりません: no flow to the company; it is kept from the roster (nc42 W1)
    proposal = analyse(WATCH, lex)
    line = _line(WATCH, "　議題（２）の説明")
    assert not [f for f in proposal["flows"] if f["to"] == "汐見電力株式会社"]
    kept = [(a["type"], a["categories"]) for a in proposal["access"] if a["party"] == "汐見電力株式会社"]
    assert kept and all(kind == "excluded" for kind, _ in kept)
    assert next(a for a in proposal["access"] if a["party"] == "汐見電力株式会社")["line"] == line
    assert "正しくは" in next(a for a in proposal["access"] if a["party"] == "汐見電力株式会社")["quote"]
