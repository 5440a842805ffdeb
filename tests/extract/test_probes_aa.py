"""Session 42: readings found wrong in new minutes (nc67's leftovers), read with the
bundled registry; each test failed before its change unless it says it guards."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: The roster goes to the groups; a group hands in a pledge naming who keeps the list.
PLEDGE = """令和8年度第2回緑ヶ丘町個人情報保護審議会 会議録
開催日時　令和8年8月27日（木曜日）午前10時
諮問第5号　避難行動要支援者名簿情報の平常時における外部提供について（福祉課）
福祉課長　避難行動要支援者名簿を、自主防災組織に年1回提供いたします。
福祉課長　自主防災組織からは、名簿の管理者を記載した誓約書を提出していただきます。
"""


def test_a_pledge_naming_the_lists_keeper_is_no_hand_over_of_the_list(lex):
    # nc67 W13: 名簿の管理者を記載した誓約書を提出 was read as the group handing the roster
    # back to 福祉課: the bare 名簿 stood for the roster, though it names whose keeper
    proposal = analyse(PLEDGE, lex)
    back = [f for f in proposal["flows"] if f["line"] == 5]
    assert back and all("evacuation-support-roster" not in f["categories"] for f in back), back
    # the roster itself still goes out
    assert any(f["line"] == 4 and "evacuation-support-roster" in f["categories"] for f in proposal["flows"])
