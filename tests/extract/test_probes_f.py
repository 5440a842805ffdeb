"""Session 21: what the newcomer runs nc40 and nc41 left open, and my own probes, as
short minutes read with the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)


SCHOOLS = """菖蒲沢市情報公開・個人情報保護審議会答申第9号
令和7年11月5日
要保護児童対策地域協議会における情報の提供について（答申）
１　提供先
　こども家庭課は、菖蒲沢市立小学校に見守り名簿を毎月手渡しで提供する。
２　事故
（１）令和6年6月、こども家庭課が菖蒲沢市立第二小学校に郵送すべき見守り名簿を、誤って第三小学校に郵送する誤送付があった。
"""


def test_a_citys_school_keeps_its_whole_name(lex):
    # 菖蒲沢市立第二小学校 (not 二小学校), 第三小学校 (not 三小学校), and 菖蒲沢市立小学校 the
    # city's schools, none named (not 立小学校, a department)
    proposal = analyse(SCHOOLS, lex)
    parties = {e["label"]: e["type"] for e in proposal["entities"]}
    assert parties.get("第三小学校") == "department"
    assert parties.get("菖蒲沢市立小学校（名称不明）") == "unnamed-party"
    assert not {"立小学校", "三小学校", "二小学校"} & set(parties)


def test_a_letter_that_went_to_a_named_wrong_school_went_once(lex):
    # 誤って第三小学校に郵送する誤送付があった: an incident, ended (not a planned hand-over)
    proposal = analyse(SCHOOLS, lex)
    astray = [(f["to"], f["status"]) for f in proposal["flows"]
              if f["line"] == _line(SCHOOLS, "（１）令和6年6月")]
    assert astray == [("第三小学校", "ended")]


ABOLISHED = """星ヶ浦町個人情報保護審議会　会議要旨
開催日時　令和7年8月28日（木）午前10時から
１．予防接種履歴の提供について（健康福祉課）
５．以前は、町立星ヶ浦小学校に対し、在籍児童の予防接種履歴を紙で毎年4月に提供していたが、令和5年度に廃止した。
６．これまでは国保連合会に給付記録を紙で郵送していたが、廃止し、令和7年4月から専用回線で送信している。
"""


def test_a_way_abolished_with_nothing_in_its_place_has_ended(lex):
    # …提供していたが、令和5年度に廃止した: ended; …郵送していたが、廃止し、…専用回線で送信
    # している: the post is replaced
    proposal = analyse(ABOLISHED, lex)
    status = {(f["line"], f["channel"]): f["status"] for f in proposal["flows"]}
    assert status[(_line(ABOLISHED, "５．"), "paper")] == "ended"
    assert status[(_line(ABOLISHED, "６．"), "paper")] == "replaced"
