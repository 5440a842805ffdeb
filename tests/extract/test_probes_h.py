"""Session 23: what the newcomer runs left open, as short minutes read with the bundled
registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import _line, lex  # noqa: F401 (the module's registry, one line's number)


TAX_USE = """令和７年度第３回蒼浦町個人情報保護審議会会議録
日時　令和７年１１月２０日（木）午前１０時から
議題
１　諮問第２号　空家等対策における固定資産税課税情報の利用及び空家等実態調査業務の委託について
会議の経過
会長　それでは議題１について、建設課から説明をお願いします。
建設課長　空き家の所有者を把握するため、税務課が保有する固定資産税の課税情報を建設課が利用したいと考えております。
建設課長　建設課が利用する項目は、納税義務者の氏名、住所でございます。税額は利用いたしません。
建設課長　また、空家等実態調査業務を株式会社かすみ測量設計に委託する予定です。同社には、建物の所在地と家屋番号の一覧を、暗号化した電子媒体で渡します。
"""


def test_a_bare_denial_of_use_is_of_the_department_said_to_use(lex):
    # 建設課が利用する項目は、…でございます。税額は利用いたしません: 建設課 does not use
    # the tax amounts; the contractor named later is not what it speaks of (nc42, left open)
    proposal = analyse(TAX_USE, lex)
    line = _line(TAX_USE, "建設課長　建設課が利用する項目")
    denied = [(a["type"], a["party"]) for a in proposal["access"] if a["line"] == line]
    assert denied == [("excluded", "建設課")]
