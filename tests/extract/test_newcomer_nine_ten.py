"""The ninth and tenth newcomer runs' minutes (tests/fixtures/newcomer9: a village's
speaker-style minutes, a city's HTML page, a town's written opinion; newcomer10: a
ward's question and answer with a misdirected fax, a city's written opinion in
numbered paragraphs), read with the bundled registry: the wrong and lost answers those
runs found stay gone."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES
from kg.extract import extract_files

MINUTES = [*sorted((FIXTURES / "newcomer9").iterdir()), *sorted((FIXTURES / "newcomer10").iterdir())]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory) -> dict[str, tuple[dict, dict]]:
    """``{city: (proposal, written draft)}`` for each minutes file."""
    out = tmp_path_factory.mktemp("tenth")
    results = extract_files(MINUTES, out_dir=out)
    drafts = {yaml.safe_load(p.read_text(encoding="utf-8"))["source"]: yaml.safe_load(
        p.read_text(encoding="utf-8")) for p in (out / "facts").glob("*.yaml")}
    return {Path(r["input"]).stem: (r, drafts[r["source"]]) for r in results}


def test_a_flow_with_the_prefecture_is_written_to_the_draft(drafted):
    proposal, draft = drafted["iruma"]
    shown = [f for f in proposal["flows"] if "埼玉県" in (f["from"], f["to"])]
    written = [f for f in draft["flows"] if "saitama" in (f["source"], f["target"])]
    # the 個人番号 flow to the prefecture among them: shown and written alike
    assert len(shown) == len(written) == 2
    assert any("my-number" in f["categories"] for f in written)
    assert all(f["source"] and f["target"] for f in draft["flows"])


def test_numbered_paragraphs_of_a_written_opinion_are_no_agenda_items(drafted):
    proposal, _ = drafted["iruma"]
    titles = [i["title"] for i in proposal["agenda_items"]]
    assert "児童扶養手当システムと埼玉県とのオンライン結合" in titles
    assert not [t for t in titles if t.startswith(("市民課は", "市は", "以上から", "株式会社"))]


def test_what_the_council_asks_for_or_asks_is_no_exclusion(drafted):
    iruma, _ = drafted["iruma"]
    # 第3 意見: 選挙管理委員会への提供は、…他の目的に利用しないこと (its own data, asked for)
    assert not [a for a in iruma["access"] if a["party"].startswith("選挙管理委員会")]
    nakano, _ = drafted["nakano"]
    # 委員：そもそも名簿をファクスで送ること自体を見直すべきではないでしょうか
    assert not [a for a in nakano["access"] if "そもそも" in "".join(a["categories"])]


def test_a_network_is_no_recipient_and_a_misdirected_fax_is_an_incident(drafted):
    nakano, _ = drafted["nakano"]
    assert not [f for f in nakano["flows"] if f["to"] in ("総合行政ネットワーク", "LGWAN")]
    astray = [f for f in nakano["flows"] if "誤送付先" in f["to"]]
    # 保健福祉課の職員が…ファクスで送信しました。…無関係の事業所にファクスを誤送信しました
    assert [(f["from"], f["categories"], f["channel"], f["status"]) for f in astray] == [
        ("保健福祉課", ["name"], "fax", "ended")]


def test_hosting_in_a_companys_data_centre_and_work_entrusted_by_name(drafted):
    iruma, _ = drafted["iruma"]
    rels = {(r["type"], r["subject"], r["object"]) for r in iruma["relations"]}
    system = "児童扶養手当システム"
    # …を株式会社さくらデータクラウドのデータセンターに設置し: the company hosts it
    assert ("hosts", "株式会社さくらデータクラウド", system) in rels
    assert not [r for r in rels if r[0] == "hosts" and r[1] == "入間市"]
    # (5) システムの運用及び保守は、株式会社ミナト情報システムに委託する
    assert {("operates", "株式会社ミナト情報システム", system),
            ("maintains", "株式会社ミナト情報システム", system)} <= rels
    access = {(a["type"], a["party"], a["line"]) for a in iruma["access"]}
    # クラウド事業者はデータの内容を閲覧できない: the company that hosts it; …個人情報に
    # 触れることがある: the maintainer, by accident
    assert ("excluded", "株式会社さくらデータクラウド", 44) in access
    assert ("incidental", "株式会社ミナト情報システム", 46) in access


def test_a_list_counted_at_its_end_keeps_its_last_item(drafted):
    nakano, _ = drafted["nakano"]
    # 委託先に提供する項目は、対象者の氏名、電話番号、受診状況の三つに限ります
    [given] = [f for f in nakano["flows"] if f["line"] == 21]
    assert given["categories"] == ["name", "phone-number", "new:受診状況"]


def test_every_flow_shown_is_written(drafted):
    # 担当課から説明を (a word pointing back) is no department: the flow of 住民課 is written
    for city, (proposal, draft) in drafted.items():
        assert len(draft.get("flows", [])) == len(proposal["flows"]), city


def test_a_sentence_that_denies_what_a_flow_holds_states_no_flow(drafted):
    okusawa, _ = drafted["okusawa"]
    lines = {f["line"] for f in okusawa["flows"]}
    # なお、委託先に渡すデータには個人番号は含まれておりません; 連合会との結合では個人番号は送信いたしません
    assert not lines & {23, 56}
    assert {(a["party"], tuple(a["categories"])) for a in okusawa["access"] if a["line"] == 23} == {
        ("株式会社信濃データプリント", ("my-number",))}


def test_a_company_after_an_adverb_and_the_company_named_last(drafted):
    okusawa, _ = drafted["okusawa"]
    # 介護保険システムの保守は、従来どおり株式会社アルプス情報開発が行います。同社は…
    assert ("maintains", "株式会社アルプス情報開発", "介護保険システム") in {
        (r["type"], r["subject"], r["object"]) for r in okusawa["relations"]}
    assert [a["party"] for a in okusawa["access"] if a["line"] == 63] == ["株式会社アルプス情報開発"]


def test_a_prefectures_child_guidance_centre_is_a_party(drafted):
    wakabadai, _ = drafted["wakabadai"]
    assert ("こども家庭課", "千葉県柏児童相談所") in {(f["from"], f["to"]) for f in wakabadai["flows"]}
