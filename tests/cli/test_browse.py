"""Knowing what can be asked: kg list, kg show, kg search, and suggestions of every kind."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import assert_clean_exit
from kg.cli import main


@pytest.fixture
def kg(real_build):
    def invoke(*args):
        return CliRunner().invoke(main, [*map(str, args), "--build", str(real_build)])
    return invoke


def as_json(result):
    assert_clean_exit(result, 0)
    return json.loads(result.stdout)


def test_list_categories_is_a_tree_with_counts_per_municipality(kg, real_proj):
    rows = as_json(kg("list", "categories", "--format", "json"))["rows"]
    by_id = {r["id"]: r for r in rows}
    assert set(by_id) == set(real_proj.categories)
    assert rows[0]["depth"] == 0
    my = by_id["my-number"]
    assert my["depth"] == 2 and my["path"] == "個人情報 > 特定個人情報 > 個人番号"
    assert my["facts"] == sum(my["municipalities"].values()) > 0
    assert set(my["municipalities"]) <= {"higashimurayama", "suginami", "kawaguchi", "shiki"}
    assert "my-number" in by_id["specific-personal-information"]["narrower"]


def test_list_systems_shows_products_and_their_instances(kg):
    rows = {r["id"]: r for r in as_json(kg("list", "systems", "--format", "json"))["rows"]}
    assert rows["kokuho-shuyaku-tokyo"]["product"] == "国保情報集約システム"
    assert "国保情報集約システム（埼玉県国保連）" in rows["kokuho-shuyaku-system"]["instances"]


def test_list_municipalities_parties_and_items(kg):
    munis = {r["id"]: r for r in as_json(kg("list", "municipalities", "--format", "json"))["rows"]}
    assert {"higashimurayama", "suginami", "kawaguchi", "shiki"} <= set(munis)
    assert munis["higashimurayama"]["documents"] == 2
    parties = as_json(kg("list", "parties", "-m", "川口市", "--format", "json"))["rows"]
    assert {"kokuho-rengokai-saitama", "kawaguchi"} <= {r["id"] for r in parties}
    items = as_json(kg("list", "items", "-m", "杉並区", "--format", "json"))["rows"]
    assert len(items) == 41 and all(r["municipality"] == "杉並区" for r in items)


def test_list_parties_of_a_town_leaves_out_other_towns_general_facts(kg):
    # 東村山市's minutes say the Tokyo federation hosts its 国保情報集約システム instance
    # and J-LIS the convenience-store system (facts for every participant): neither is
    # 志木市's party, whose own facts name neither; 志木市's Saitama instance is its system
    parties = {r["id"] for r in as_json(kg("list", "parties", "-m", "志木市", "--format",
                                           "json"))["rows"]}
    assert "shiki" in parties and not {"kokuho-rengokai-tokyo", "jlis"} & parties
    systems = {r["id"] for r in as_json(kg("list", "systems", "-m", "志木市", "--format",
                                           "json"))["rows"]}
    assert "kokuho-shuyaku-system" in systems and not {"kokuho-shuyaku-tokyo",
                                                      "konbini-issuance-system"} & systems
    tokyo = {r["id"] for r in as_json(kg("list", "parties", "-m", "東村山市", "--format",
                                         "json"))["rows"]}
    assert {"kokuho-rengokai-tokyo", "jlis"} <= tokyo


@pytest.mark.parametrize("name, kind", [("J-L I S", "entity"), ("マイナンバー", "category"),
                                        ("諮問第52号", "item")])
def test_show_one_thing_with_its_evidence(kg, real_data, name, kind):
    answer = as_json(kg("show", name, "--format", "json"))
    assert answer["kind"] == kind
    facts = answer["facts"] if kind != "entity" else [
        f for role in answer["facts"].values() for f in role]
    assert facts
    for fact in facts:
        for ev in fact["evidence"]:
            lines = (real_data / "sources" / ev["source"]).read_text(encoding="utf-8").split("\n")
            assert ev["quote"] in lines[ev["line"] - 1]


def test_list_items_of_one_town_leaves_its_name_to_the_footer(kg, monkeypatch):
    # nc44 U6: -m 志木市 repeated 志木市 on every row, against the README
    monkeypatch.setenv("COLUMNS", "80")
    out = kg("list", "items", "-m", "志木市").stdout
    assert out.splitlines()[0].split()[:2] == ["date", "name"]
    assert "7 items; municipality: 志木市 (every row)" in out


def test_list_items_names_each_item_as_the_minutes_call_it(kg):
    # nc67 U10: the number column showed 報告(3) as 3, beside 諮問第5号 as 5
    rows = as_json(kg("list", "items", "--format", "json"))["rows"]
    named = {(r["type"], r["number"], r["name"]) for r in rows if r["number"]}
    assert named and all(n in (f"諮問第{k}号", f"報告第{k}号", f"諮問({k})", f"報告({k})", f"No.{k}")
                         for _, k, n in named)
    shown = kg("list", "items", "-m", "杉並区").stdout
    assert {n for t, k, n in named if t == "consultation"} & set(shown.split())


def test_show_an_item_says_what_the_council_decided(kg):
    # the table's head gives the meeting date and the outcome (nc44 U4: 継続審議 was
    # only in `kg list items`)
    out = " ".join(kg("show", "諮問第52号").stdout.split())
    assert "(consultation); 2020-11-09; outcome: approved" in out


def test_show_an_item_lists_its_concerns(kg):
    answer = as_json(kg("show", "諮問第52号", "--format", "json"))
    assert answer["subject"]["title"].startswith("戸籍に関する業務の外部委託")
    assert answer["concerns"]


def test_show_marks_an_exclusion_as_excluded_not_as_access(kg):
    import csv
    import io

    # 001 l.98: the minutes say the police do NOT obtain My Number at the store.
    result = kg("show", "諮問第52号", "--format", "csv")
    assert_clean_exit(result, 0)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    police = [r for r in rows if r["to"] == "警察"]
    assert {r["role"] for r in police} >= {"excluded", "incidental"}
    assert "access" not in {r["role"] for r in rows}


def test_search_covers_categories_and_items(kg):
    results = as_json(kg("search", "戸籍", "--format", "json"))["results"]
    kinds = {r["kind"] for r in results}
    assert "document" in kinds and "item" in kinds


def test_search_says_whose_a_match_is(kg):
    # nc48 U6: 児童相談所, 社会福祉協議会 — of which town? the table shows the municipality
    # an item or a party belongs to, and none for a category
    results = as_json(kg("search", "戸籍", "--format", "json"))["results"]
    items = [r for r in results if r["kind"] == "item"]
    assert items and all(r["municipality"] == "suginami" for r in items)
    assert all(r["municipality"] is None for r in results if r["kind"] == "document")
    table = kg("search", "戸籍").stdout
    assert table.splitlines()[0].split() == ["label", "kind", "municipality", "match"]
    assert "杉並区" in table


def test_an_unknown_name_suggests_close_matches_of_every_kind(kg):
    result = kg("trace", "国民健康保険")
    assert_clean_exit(result, 1)
    message = result.stderr
    assert "no data category matches '国民健康保険'" in message
    assert "(party or system, " in message and "(agenda item, " in message


def test_show_a_name_two_municipalities_share_takes_the_one_asked_for(kg):
    # 保険年金課 is 東村山市's and 志木市's: without -m the message says how to choose
    shared = kg("show", "保険年金課")
    assert_clean_exit(shared, 1)
    assert "give the municipality (-m) whose it is" in shared.stderr
    assert "東村山市" in shared.stderr and "志木市" in shared.stderr
    answer = as_json(kg("show", "保険年金課", "-m", "志木市", "--format", "json"))
    assert answer["subject"]["id"] == "shiki-hoken-nenkin-ka"
    assert answer["scope"]["municipality"] == "shiki"
    # a municipality neither is of: still ambiguous, and said so
    neither = kg("show", "保険年金課", "-m", "杉並区")
    assert_clean_exit(neither, 1)
    assert "none of them is 杉並区's" in neither.stderr


def test_show_a_category_for_one_municipality_keeps_its_data_only(kg):
    every = as_json(kg("show", "個人番号", "--format", "json"))
    mine = as_json(kg("show", "個人番号", "-m", "川口市", "--format", "json"))
    assert {f["municipality"] for f in every["facts"]} > {"kawaguchi"}
    assert mine["facts"] and {f["municipality"] for f in mine["facts"]} == {"kawaguchi"}
    table = kg("show", "個人番号", "-m", "川口市")
    assert_clean_exit(table, 0)
    assert "municipality" not in table.stdout.splitlines()[0]


def test_compare_table_sets_the_municipalities_side_by_side(kg, monkeypatch):
    # nc44 U6: one row per municipality broke its headers mid-word at 80 columns
    # (municipali / ty); now one column per municipality, one row per thing compared
    monkeypatch.setenv("COLUMNS", "80")
    result = kg("compare", "東村山市", "杉並区", "川口市")
    assert_clean_exit(result, 0)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["compared", "東村山市", "杉並区", "川口市"]
    assert {line.split()[0] for line in lines[2:] if line and not line.startswith(" ")} >= {
        "public", "vendors", "systems", "flows", "outsourcing"}


def test_show_an_item_names_each_relations_type(kg):
    import csv
    import io

    # nc51 U2: every entrustment and re-entrustment of an item read "relation"
    rows = list(csv.DictReader(io.StringIO(kg("show", "H29-3", "--format", "csv").stdout)))
    roles = {r["role"] for r in rows}
    assert {"entrusts", "re-entrusts"} <= roles and "relation" not in roles


def test_an_item_numbered_by_its_place_in_the_list_is_found_as_the_minutes_call_it(kg):
    # nc51 U3: minutes that number items 議題１, 議題２ found nothing by that name; the
    # tool's own 諮問(1) was the only way in
    by_word = kg("show", "議題１", "-m", "志木市", "--format", "json")
    assert_clean_exit(by_word, 0)
    assert as_json(by_word) == as_json(kg("show", "諮問(1)", "-m", "志木市", "--format", "json"))
    assert as_json(by_word)["subject"]["title"] == "フレイル予防普及啓発事業業務委託"
    # nc65 U6: minutes that bracket it, 議題（１）, full width as they print it
    bracketed = kg("show", "議題（１）", "-m", "志木市", "--format", "json")
    assert_clean_exit(bracketed, 0)
    assert as_json(bracketed) == as_json(by_word)
    # an item that bears its number (諮問第52号) is no 議題52
    assert_clean_exit(kg("show", "議題52", "-m", "杉並区"), 1)


#: Minutes whose one item is asked as a whole and read in numbered parts.
PARTS = """# 令和3年度第2回試験市個人情報保護審議会 会議録

開催日時\t令和3年9月1日（水）午後2時
議題\t諮問第5号 健診事務における個人情報の外部提供及び委託について（健康課）
(1) 試験市医師会への提供
項目\t内容
提供先\t一般社団法人試験市医師会
提供する個人情報\t受診者の氏名、住所
頻度\t月1回
(2) 健診結果通知の印刷業務の委託
項目\t内容
委託先\t株式会社テスト印刷
委託する個人情報\t受診者の氏名、住所
諮問第5号については、適当と認める旨答申することとした。
"""


def test_an_item_shows_the_facts_of_its_parts(tmp_path):
    # nc55 W11: `show 諮問第5号` gave 0 facts when its sections (1), (2) held them all; each
    # part is 諮問第5号(n) and says whose part it is
    from conftest import build_with_draft

    build = build_with_draft(tmp_path, PARTS)
    show = lambda *args: CliRunner().invoke(main, ["show", *args, "--build", str(build)])  # noqa: E731
    whole = show("諮問第5号", "-m", "試験市")
    assert_clean_exit(whole, 0)
    out = " ".join(whole.stdout.split())
    assert "parts: 諮問第5号(1), 諮問第5号(2)" in out and "outcome: approved" in out
    assert "試験市医師会" in out and "株式会社テスト印刷" in out
    part = show("諮問第5号(2)", "-m", "試験市")
    assert_clean_exit(part, 0)
    out = " ".join(part.stdout.split())
    assert "part of 諮問第5号" in out and "株式会社テスト印刷" in out and "医師会" not in out


#: Minutes numbering their items in kanji.
KANJI_ITEMS = """令和三年度第二回試験市個人情報保護審議会　会議録
開催日時　令和三年九月一日（水）午後二時
議題
　諮問第十一号　健診結果の医師会への提供について
　諮問第十二号　健診結果通知の印刷業務の委託について
○会長　諮問第十一号について説明をお願いします。
○健康課長　受診者の氏名及び住所を、一般社団法人試験市医師会に月一回提供いたします。
○会長　諮問第十二号について説明をお願いします。
○健康課長　受診者の氏名及び住所を、株式会社テスト印刷に委託して印刷いたします。
"""


@pytest.mark.parametrize("name", ["諮問第十一号", "諮問第11号", "諮問第１１号"])
def test_an_item_numbered_in_kanji_is_found_by_either_number(tmp_path, name):
    # nc57 W4, U6: 諮問第十一号 is item 11, shown as 諮問第11号 and found as the minutes write it
    from conftest import build_with_draft

    build = build_with_draft(tmp_path, KANJI_ITEMS)
    shown = CliRunner().invoke(main, ["show", name, "-m", "試験市", "--build", str(build)])
    assert_clean_exit(shown, 0)
    out = " ".join(shown.stdout.split())
    assert "健診結果の医師会への提供 (consultation); 2021-09-01" in out
    assert "試験市医師会" in out and "テスト印刷" not in out
