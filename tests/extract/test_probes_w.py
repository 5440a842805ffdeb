"""Session 38: readings found wrong or missing in new minutes (nc63's leftovers and
later runs), read with the bundled registry; each test failed before its change."""
from __future__ import annotations

from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: A roster kept on the cloud service a company offers, the roster named in full before.
CLOUD = """汐見町個人情報保護審議会　会議録
開催日時　令和7年11月27日（木）午前10時
議題　諮問第3号　避難行動要支援者名簿のクラウド保存について
防災安全課長　避難行動要支援者名簿は、毎年4月に防災安全課が作成しております。
委員　名簿の電子データはどこで管理するのですか。
防災安全課長　令和8年1月から、名簿及び個別避難計画のデータは、株式会社なぎさクラウドが提供するクラウドサービス上に保存いたします。
"""


def test_data_kept_on_the_cloud_a_company_offers_goes_to_the_company(lex):
    # nc63 M2: the company whose service will hold the roster had no flow (its name was
    # only the subject of 提供する, and a bare 名簿 in a list stood for nothing)
    flows = [(f["line"], f["from"], f["to"], f["status"], f["categories"]) for f in analyse(CLOUD, lex)["flows"]]
    assert (6, "防災安全課", "株式会社なぎさクラウド", "planned", ["evacuation-support-roster"]) in flows
