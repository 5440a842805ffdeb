"""Session 27: what the newcomer runs nc47 and nc48 left open, as short minutes of my own
read with the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)


#: A connection with a prefecture's office whose My Number is denied, and a table later in
#: the item of the papers the members of a case meeting get.
CONNECTION = """令和７年度第２回椎名台市個人情報保護審議会 会議録
開催日時　令和７年８月４日（月）午後２時
諮問第８号　要保護児童等に関する情報の児童相談所との外部結合について（子ども支援課）
（子ども支援課長）
　子ども支援課は、令和8年4月から、LGWANを経由して県西部児童相談所のシステムと結合し、要保護児童等台帳の情報を共有する予定です。
（原田委員）
　結合の対象となる情報に、個人番号は含まれるのでしょうか。
（子ども支援課長）
　いいえ、本結合では個人番号は取り扱いません。
（原田委員）
　会議の構成機関には、どのような情報をお渡ししていますか。
（子ども支援課長）
　構成機関への提供は、次の表のとおりでございます。
提供先	提供項目	提供方法	頻度
椎名台警察署	児童及び保護者の氏名、住所	紙	会議の都度
審議の結果、承認された。
"""


def test_a_denial_said_of_a_connection_is_of_its_parties_only(lex):
    # nc47 W12: 本結合では個人番号は取り扱いません was put on the police too, whose papers
    # a table later in the item lists (no part of the connection)
    proposal = analyse(CONNECTION, lex)
    line = _line(CONNECTION, "　いいえ")
    denied = {a["party"] for a in proposal["access"] if a["line"] == line and a["type"] == "excluded"}
    assert denied == {"県西部児童相談所"}
    # the table's row is a hand-over still
    assert any(f["to"] == "椎名台警察署" for f in proposal["flows"])



#: A connection with a body's system over LGWAN; and one with a system that replaces a
#: hand-carried copy.
OVER_LGWAN = """令和７年度第２回椎名台市個人情報保護審議会 会議録
開催日時　令和７年８月４日（月）午後２時
諮問第９号　要保護児童等台帳の外部結合について（子ども支援課）
（子ども支援課長）
　令和8年4月から、LGWANを経由して県西部児童相談所のシステムと結合し、要保護児童等台帳を共有する予定です。
諮問第１０号　支援台帳の外部結合について（障害福祉課）
（障害福祉課長）
　現在、障害福祉課は、支援台帳の写しを月1回、県の更生相談所に持参しております。
　令和8年4月からは、この持参を取りやめ、LGWANを経由して県の更生相談システムと結合し、ケースの更新があった都度、支援台帳を共有する予定です。
審議の結果、承認された。
"""


def test_a_connection_runs_over_the_network_it_names(lex):
    # nc47 M13: the LGWAN of …LGWANを経由して…と結合し was lost (the slot held 持参, the way
    # that stops); …のシステムと結合し named no partner, so no flow was proposed
    proposal = analyse(OVER_LGWAN, lex)
    line = _line(OVER_LGWAN, "　令和8年4月から、")
    [flow] = [f for f in proposal["flows"] if f["line"] == line]
    assert (flow["to"], flow["channel"], flow["status"]) == ("県西部児童相談所", "lgwan", "planned")
    line = _line(OVER_LGWAN, "　令和8年4月からは")
    [flow] = [f for f in proposal["flows"] if f["line"] == line]
    assert (flow["to"], flow["channel"], flow["status"]) == ("更生相談システム", "lgwan", "planned")
    [before] = [f for f in proposal["flows"] if f["line"] == line - 1]
    assert (before["channel"], before["status"]) == ("hand-delivery", "current")
