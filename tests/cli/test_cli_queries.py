"""The query commands of ``kg`` (who-can-see, trace, search, touches, impact, path,
compare, findings, sparql) on a ``kg build`` of the flows fixture.

House rules checked here: every format works (json parses, csv has a header);
errors are one line on stderr, non-zero, without a traceback; a missing build
says to run ``kg build``; a malformed date is a usage error.
"""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from conftest import assert_clean_exit, csv_rows
from kg.cli import main
from query_fixtures import FLOWS

JLIS = "https://w3id.org/jp-pdflow/id/entity/jlis"
NASTY = '検索欄に "} ; DROP ALL ; # と入力した場合の扱いを確認したい。'


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``kg build --data tests/fixtures/flows --out <tmp>`` (with SHACL), once per module."""
    out = tmp_path_factory.mktemp("cli-build")
    result = CliRunner().invoke(main, ["build", "--data", str(FLOWS), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "projection" / "core.json").is_file() and (out / "store").is_dir()
    return out


@pytest.fixture
def kg(built):
    """``kg(*args)`` runs a query command against the module's build."""

    def invoke(*args, build=built):
        return CliRunner().invoke(main, [*map(str, args), "--build", str(build)])

    return invoke


def as_json(result):
    assert_clean_exit(result, 0)
    return json.loads(result.stdout)


COMMANDS = {
    "who-can-see": ["who-can-see", "マイナンバー"],
    "who-can-see-filtered": ["who-can-see", "my-number", "-m", "乙市", "--as-of", "2020-12-31",
                             "--status", "current"],
    "trace": ["trace", "個人番号"],
    "trace-from": ["trace", "my-number", "--from", "保険年金課"],
    "search": ["search", "J-L I S"],
    "touches": ["touches", "基幹システム"],
    "impact": ["impact", "株式会社保守サービス甲"],
    "impact-leak": ["impact", "J-LIS", "--mode", "leak"],
    "path": ["path", "ko-shimin", "総務省"],
    "compare": ["compare", "甲市", "乙市"],
    "findings": ["findings"],
    "sparql-select": ["sparql", "SELECT ?f WHERE { ?f a kg:DataFlow }"],
    "sparql-ask": ["sparql", f"ASK {{ <{JLIS}> a kg:PublicBody }}"],
    "sparql-construct": ["sparql", f"CONSTRUCT {{ <{JLIS}> rdfs:label ?l }} "
                                   f"WHERE {{ <{JLIS}> rdfs:label ?l }}"],
}


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_in_every_format(kg, name, fmt):
    result = kg(*COMMANDS[name], "--format", fmt)
    assert_clean_exit(result, 0)
    assert result.stdout.strip()
    if fmt == "json":
        assert json.loads(result.stdout)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows[0] and all(cell and cell.strip() == cell for cell in rows[0])
        assert len(rows) >= 2, "no data rows"
        assert all(len(row) == len(rows[0]) for row in rows)
    else:
        assert "Traceback" not in result.stdout


# --- what the commands say ------------------------------------------------------------


def test_who_can_see_json(kg):
    answer = as_json(kg("who-can-see", "マイナンバー", "--format", "json"))
    parties = {p["id"]: p["access"] for p in answer["parties"]}
    assert parties["soumusho"] == "transitive" and parties["vendor-x"] == "via-system"
    assert parties["800-sub-allowed"] == "entrusted" and "800-sub-forbidden" not in parties
    assert {r["id"] for r in answer["excluded"]} == {"800-entry-contractor", "800-temp-staff"}
    assert parties["800-entry-contractor"] == "entrusted"  # the exclusion removes nothing


def test_who_can_see_csv_rows(kg):
    result = kg("who-can-see", "my-number", "--format", "csv")
    assert_clean_exit(result, 0)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"access", "party", "municipality", "route", "status", "evidence"} <= set(rows[0])
    # (the entry contractor's second exclusion, from the library system only, comes last)
    by_label = {}
    for r in rows:
        by_label.setdefault((r["party"], r["access"]), r)
    soumusho = by_label[("総務省", "transitive")]
    assert soumusho["municipality"] == "甲市"
    assert soumusho["route"] == ("市民課 → 住民基本台帳ネットワークシステム → "
                                 "地方公共団体情報システム機構 → 総務省")
    # the quote of the hop that reaches 総務省 (J-LIS provides it), not of the first hop
    assert soumusho["evidence"] == "800_ko_2019.txt:5"
    assert soumusho["route_quotes"].startswith("800 l.4: ")
    assert "800 l.5: J-LISは受け取った特定個人情報を総務省へ提供する。" in soumusho["route_quotes"]
    assert by_label[("入力業務受託者（名称不明）", "excluded")]["excluded"] == "also reached"
    assert by_label[("入力業務受託者（名称不明）", "entrusted")]["excluded"] == "yes"
    # kept out of the library system, which no route of it passes through: no clash
    [system_only] = [r for r in rows if r["access"] == "excluded" and r["route"] == "図書館システム"]
    assert system_only["excluded"] == ""


def test_who_can_see_verbose_at_80_columns_says_an_exclusion_also_names_a_party(kg, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    result = kg("who-can-see", "my-number", "-v")
    assert_clean_exit(result, 0)
    entries = result.stdout.split("\n\n")
    [entrusted] = [e for e in entries if e.startswith("entrusted · 入力業務受託者")]
    assert "excluded: yes" in entrusted


def test_the_plain_table_marks_a_party_both_reached_and_excluded(kg, monkeypatch):
    # nc44 U5: only -v said so; at 80 columns the access cell carries a * and the footer
    # says what it means (the CSV keeps the plain access, with its own excluded column)
    monkeypatch.setenv("COLUMNS", "80")
    result = kg("who-can-see", "my-number")
    assert_clean_exit(result, 0)
    marked = [line.split()[0] for line in result.stdout.splitlines() if "*" in line.split()[0]]
    assert marked == ["entrusted*", "excluded*", "*"]  # (the contractor's two rows, the footer)
    assert "* reached and also excluded" in result.stdout
    assert not [line for line in result.stdout.splitlines() if "派遣職員" in line and "*" in line]


def test_an_exclusion_of_other_data_than_asked_says_which(kg):
    # my-number asked: 派遣職員 is excluded from 特定個人情報 (broader), the entry contractor
    # from my-number itself (nothing to add)
    rows = list(csv.DictReader(io.StringIO(kg("who-can-see", "my-number", "--format", "csv").stdout)))
    excluded = {}
    for r in rows:
        if r["access"] == "excluded":
            excluded.setdefault(r["party"], []).append(r["route"])
    assert excluded["派遣職員"][0].startswith("特定個人情報")
    # (and from the library system, its context; the other exclusion states none, and is
    # known by the item it is stated under)
    assert excluded["入力業務受託者（名称不明）"] == ["諮問第2号", "図書館システム"]


def test_who_can_see_table_footer(kg, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    result = kg("who-can-see", "my-number")
    assert_clean_exit(result, 0)
    assert "個人番号" in result.stdout and "3 exclusions" in result.stdout
    assert "800 = 甲市 2019-06-01" in result.stdout


def test_who_can_see_filters(kg):
    otsu = as_json(kg("who-can-see", "my-number", "-m", "乙市", "--format", "json"))
    assert {p["id"] for p in otsu["parties"]} == {"otsu-shimin", "jlis", "kokuho-otsu",
                                                  "otsu-printer"}
    early = as_json(kg("who-can-see", "my-number", "--as-of", "2020-01-14", "--format", "json"))
    assert "otsu-shimin" not in {p["id"] for p in early["parties"]}
    assert early["scope"]["as_of"] == "2020-01-14"
    planned = as_json(kg("who-can-see", "my-number", "--status", "planned", "--format", "json"))
    assert "next-vendor" in {p["id"] for p in planned["parties"]}
    assert "jlis" not in {p["id"] for p in planned["parties"]}


def test_trace_shows_where_the_category_stops(kg):
    answer = as_json(kg("trace", "my-number", "--from", "保険年金課", "--format", "json"))
    stops = [p["stopped_by"] for p in answer["paths"] if p["stopped_by"]]
    assert [s["removes"] for s in stops] == [["my-number"]]
    result = kg("trace", "my-number", "--from", "保険年金課", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["stops"] for r in rows) == ["", "個人番号"]


def test_search_json(kg):
    answer = json.loads(kg("search", "Ｊ－Ｌ Ｉ Ｓ", "--format", "json").stdout)
    assert answer["query"] == "Ｊ－Ｌ Ｉ Ｓ" and answer["results"][0]["id"] == "jlis"


def test_path_json_follows_the_data(kg):
    answer = as_json(kg("path", "ko-shimin", "総務省", "--format", "json"))
    route = answer["routes"][0]
    assert route["municipality"] == "ko-city"
    assert [(h["from"], h["to"]) for h in route["hops"]] == [
        ("ko-shimin", "juki-net"), ("juki-net", "jlis"), ("jlis", "soumusho")]


def test_path_verbose_names_the_data_of_each_hop(kg, monkeypatch):
    # nc57 U8: -v showed each hop's status and quote, not what it carries
    monkeypatch.setenv("COLUMNS", "80")
    out = kg("path", "ko-shimin", "総務省", "-v")
    assert_clean_exit(out, 0)
    data = [line.strip() for line in out.stdout.splitlines() if line.strip().startswith("data:")]
    assert data and data[0] == "data: 個人番号; 氏名"


def test_path_table_shows_each_hops_status(kg, monkeypatch):
    # nc63 U1: only -v showed whether a hop ran, had ended or was planned
    monkeypatch.setenv("COLUMNS", "120")
    out = kg("path", "ko-shimin", "総務省")
    assert_clean_exit(out, 0)
    header = next(line for line in out.stdout.splitlines() if line.lstrip().startswith("route"))
    assert "status" in header.split()
    assert "current" in out.stdout


def test_compare_json(kg):
    answer = as_json(kg("compare", "甲市", "乙市", "--format", "json"))
    assert answer["shared"]["public_bodies"] == ["jlis"]


def test_compare_and_show_set_a_forbidden_re_entrustment_apart(kg):
    # nc45: 再委託は契約により禁止 read as a re-entrustment made (compare: re-entrustments 1,
    # show: under re_entrustments, with no sign of the ban)
    rows = csv_rows(kg("compare", "甲市", "乙市", "--format", "csv").stdout)
    ko = next(r for r in rows if r["municipality"] == "甲市")
    assert (ko["re_entrustments"], ko["forbidden_re_entrustments"]) == ("2", "1")
    shown = csv_rows(kg("show", "株式会社甲計算センター", "--format", "csv").stdout)
    assert [r["role"] for r in shown].count("re_entrust_ban") == 1


def test_impact_json(kg):
    answer = as_json(kg("impact", "株式会社保守サービス甲", "--format", "json"))
    assert answer["mode"] == "outage" and answer["subject"]["id"] == "maint-co"
    assert [(r["party"]["id"], r["dependency"]) for r in answer["affected"]] == [
        ("ko-core-system", "loses-maintainer")]
    leak = as_json(kg("impact", "J-LIS", "--mode", "leak", "--format", "json"))
    assert {r["municipality"] for r in leak["affected"] if r["distance"] == 0} == {
        "ko-city", "otsu-city"}
    # each row says how settled the routes that reach it are
    rows = list(csv.DictReader(io.StringIO(kg("impact", "J-LIS", "--mode", "leak",
                                              "--format", "csv").stdout)))
    # (every status of its routes, most settled first: its categories are all the routes')
    assert [set(r["status"].split("; ")) for r in rows] == [
        {x["status"] for x in a["routes"]} for a in leak["affected"]]
    assert {r["status"] for r in rows} >= {"current"}


def test_findings_options(kg):
    high = as_json(kg("findings", "--severity", "high", "--format", "json"))["findings"]
    assert high and {f["severity"] for f in high} == {"high"}
    r7 = as_json(kg("findings", "--rule", "R7-remote-maintenance", "--format", "json"))
    assert [f["subject"]["fact"] for f in r7["findings"]] == ["800-rel-2"]
    # nc67 U1: the short id the table shows names the rule too
    assert as_json(kg("findings", "--rule", "R7", "--format", "json")) == r7
    otsu = as_json(kg("findings", "-m", "乙市", "--format", "json"))["findings"]
    assert [(f["rule"], f["subject"]["party"], f["facts"]) for f in otsu] == [
        ("R4-my-number-outside-roles", "otsu-printer", ["802-flow-5"])]


def test_findings_table_at_80_columns_keeps_rule_codes_whole(kg, monkeypatch):
    # a rule id folded over four lines (R4-my-nu / mber-out / …) reads as nothing: the
    # cell has the code, the footer names each rule once
    monkeypatch.setenv("COLUMNS", "80")
    answer = as_json(kg("findings", "--format", "json"))["findings"]
    lines = kg("findings").stdout.splitlines()
    codes = {line.split()[0] for line in lines[2:len(answer) * 9] if re.match(r"R\d ", line)}
    assert codes == {f["rule"].split("-")[0] for f in answer}
    legend = " ".join(lines[next(i for i, x in enumerate(lines) if x.startswith("rules: ")):])
    for rule in {f["rule"] for f in answer}:
        assert f"{rule.split('-')[0]} = {rule}" in legend
    table = lines[:next(i for i, x in enumerate(lines) if x.endswith(" findings"))]
    assert not [line for line in table if "-my-nu" in line or "mber-out" in line]
    # the full id stays in csv
    assert "R4-my-number-outside-roles" in kg("findings", "--format", "csv").stdout


def test_findings_table_says_what_was_found(kg, monkeypatch):
    # the finding itself (its detail) is a column of the table, not only of -v
    monkeypatch.setenv("COLUMNS", "200")
    answer = as_json(kg("findings", "--format", "json"))["findings"]
    table = kg("findings").stdout
    assert table.splitlines()[0].split()[:3] == ["rule", "severity", "detail"]
    for finding in answer:
        assert finding["detail"].split()[0] in table


def test_sparql_bind_is_a_literal(kg):
    answer = as_json(kg("sparql", "SELECT ?e WHERE { ?e kg:quote ?q }", "--bind", f"q={NASTY}",
                        "--format", "json"))
    assert len(answer["rows"]) == 1
    assert "800-concern-2" in answer["rows"][0]["e"]["value"]
    # the graph is intact afterwards: every flow is still there
    count = as_json(kg("sparql", "SELECT (COUNT(?f) AS ?n) WHERE { ?f a kg:DataFlow }",
                       "--format", "json"))
    assert count["rows"][0]["n"]["value"] == "19"


def test_sparql_from_a_file(kg, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text(f"ASK {{ <{JLIS}> a kg:PublicBody }}", encoding="utf-8")
    assert as_json(kg("sparql", "--file", query, "--format", "json"))["boolean"] is True


def test_kg_build_env_is_the_default_build(built, monkeypatch):
    monkeypatch.setenv("KG_BUILD", str(built))
    result = CliRunner().invoke(main, ["search", "住基ネット", "--format", "json"])
    assert as_json(result)["results"][0]["id"] == "juki-net"


# --- errors ------------------------------------------------------------------------------


def assert_one_line_error(result, *fragments):
    assert result.exit_code != 0
    unexpected = result.exception if not isinstance(result.exception, SystemExit) else None
    assert unexpected is None, f"uncaught {type(unexpected).__name__}: {unexpected}"
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.mark.parametrize("args", [
    ["who-can-see", "存在しない情報"],
    ["who-can-see", "my-number", "-m", "丙村"],
    ["trace", "my-number", "--from", "存在しない機関"],
    ["touches", "存在しない機関"],
    ["impact", "存在しない機関"],
    ["path", "jlis", "存在しない機関"],
    ["compare", "甲市", "丙村"],
    ["findings", "-m", "丙村"],
])
def test_unknown_name(kg, args):
    result = kg(*args)
    assert_one_line_error(result, "error:", "matches")
    assert result.exit_code == 1  # bad input: the graph does not know the name


@pytest.mark.parametrize("args", [
    ["touches", "国保連合会"],
    ["impact", "市民課"],
    ["who-can-see", "my-number", "-m", "市"],
])
def test_ambiguous_name_lists_candidates(kg, args):
    result = kg(*args)
    assert_one_line_error(result, "ambiguous")
    assert result.exit_code == 1
    if args[1] == "国保連合会":
        assert "kokuho-ko" in result.stderr and "kokuho-otsu" in result.stderr


@pytest.mark.parametrize("args, field, expected", [
    (["path", "市民課", "J-LIS", "-m", "乙市"], "from", "otsu-shimin"),
    (["path", "市民課", "J-LIS", "-m", "甲市"], "from", "ko-shimin"),
    (["path", "jlis", "市民課", "-m", "乙市"], "to", "otsu-shimin"),
    (["impact", "市民課", "-m", "乙市"], "subject", "otsu-shimin"),
    (["trace", "個人番号", "--from", "市民課", "-m", "乙市"], "start", "otsu-shimin"),
    # 集約 also names the product and 甲市's own system: 乙県's instance is 乙市's
    (["impact", "集約", "-m", "乙市"], "subject", "shuyaku-otsu"),
])
def test_municipality_narrows_a_name_to_its_own(kg, args, field, expected):
    assert_one_line_error(kg(*args[:args.index("-m")]), "ambiguous")  # without -m
    answer = as_json(kg(*args, "--format", "json"))
    assert answer[field]["id"] == expected
    if field == "from":  # and the routes are that municipality's
        assert answer["routes"] and {r["municipality"] for r in answer["routes"]} == \
            {"otsu-city" if "乙市" in args else "ko-city"}


def test_viz_municipality_narrows_party_and_impact(kg, tmp_path):
    for option, view in (("--party", "party"), ("--impact", "impact")):
        shown = kg("viz", option, "市民課", "-m", "乙市", "--out", tmp_path / f"{view}.html",
                   "--format", "json")
        assert as_json(shown)["view"][view] == "otsu-shimin"


@pytest.mark.parametrize("args, listed, fragment", [
    (["impact", "集約", "-m", "甲市"], ["ko-kokuho-system", "shuyaku-ko"], "ambiguous in 甲市"),
    (["path", "国保連合会", "J-LIS", "-m", "乙市"], ["kokuho-ko", "kokuho-otsu"],
     "none of them belongs to 乙市"),
])
def test_municipality_that_does_not_single_one_out_stays_ambiguous(kg, args, listed, fragment):
    result = kg(*args)
    assert_one_line_error(result, "is ambiguous", fragment, *listed)
    assert result.exit_code == 1
    assert "shuyaku-otsu" not in result.stderr  # another prefecture's is no candidate


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_missing_build_says_run_kg_build(kg, tmp_path, name):
    result = kg(*COMMANDS[name], build=tmp_path / "nowhere")
    assert_one_line_error(result, "kg build")


def test_missing_default_build_says_run_kg_build(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_BUILD", str(tmp_path / "no-build-here"))
    result = CliRunner().invoke(main, ["who-can-see", "my-number"])
    assert_one_line_error(result, "kg build", "no-build-here")


@pytest.mark.parametrize("command", [["who-can-see", "my-number"], ["trace", "my-number"],
                                     ["touches", "jlis"], ["impact", "jlis"]])
@pytest.mark.parametrize("date", ["2020-13-01", "令和2年1月15日", "15/01/2020"])
def test_bad_as_of_is_a_usage_error(kg, command, date):
    result = kg(*command, "--as-of", date)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "--as-of" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("query, fragment", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "not a read-only"),
    ("SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"),
])
def test_sparql_refusals(kg, query, fragment):
    assert_one_line_error(kg("sparql", query), fragment)


def test_sparql_needs_exactly_one_query(kg, tmp_path):
    assert_one_line_error(kg("sparql"), "give one query", "kg sparql -h")
    query = tmp_path / "q.rq"
    query.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    result = kg("sparql", "ASK { ?s ?p ?o }", "--file", query)
    assert_one_line_error(result, "give one query")
    assert result.exit_code == 2


def test_sparql_bad_binding(kg):
    assert_one_line_error(kg("sparql", "ASK { ?s ?p ?o }", "--bind", "novalue"), "name=value")


def test_path_from_a_municipality_starts_at_its_departments(kg):
    # 甲市's data leaves from 市民課: the city stands for itself and its departments,
    # and only its own data is followed
    answer = as_json(kg("path", "甲市", "総務省", "--format", "json"))
    assert answer["from"]["id"] == "ko-city" and answer["routes"]
    assert {r["municipality"] for r in answer["routes"]} == {"ko-city"}
    assert [(h["from"], h["to"]) for h in answer["routes"][0]["hops"]][0] == ("ko-shimin", "juki-net")
    # a party inside the same municipality is no path at all
    assert_one_line_error(kg("path", "甲市", "ko-shimin"), "same municipality")


def test_touches_says_whether_a_re_entrustment_may_be_done(kg):
    # nc58 U1: a re-entrustment's row showed no permission, so a draft's wrong "forbidden"
    # could not be seen once it was in
    rows = csv_rows(kg("touches", "calc-center", "--format", "csv").stdout)
    kinds = {r["to_id"]: r["type"] for r in rows if r["type"].startswith("re-entrusts")}
    assert kinds["800-sub-allowed"] == "re-entrusts (allowed)"
    assert kinds["800-sub-forbidden"] == "re-entrusts (forbidden)"


def test_touches_of_one_municipalitys_data(kg):
    # J-LIS serves both cities: with -m only 乙市's facts and holdings are listed
    both = as_json(kg("touches", "J-LIS", "--format", "json"))
    assert both["municipalities"] == ["ko-city", "otsu-city"] and set(both["held"]) == {"ko-city", "otsu-city"}
    otsu = as_json(kg("touches", "J-LIS", "-m", "乙市", "--format", "json"))
    assert otsu["municipalities"] == ["otsu-city"] and otsu["held"] == {"otsu-city": ["my-number"]}
    assert 0 < len(otsu["flows_in"]) < len(both["flows_in"])
    # and a name two municipalities' parties carry is that municipality's own
    assert_one_line_error(kg("touches", "市民課"), "ambiguous")
    assert as_json(kg("touches", "市民課", "-m", "乙市", "--format", "json"))["party"]["id"] == "otsu-shimin"


def test_touches_at_80_columns_leaves_the_role_and_the_one_municipality_to_wider_tables(kg, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    header = kg("touches", "J-LIS", "-m", "乙市").stdout.splitlines()[0].split()
    assert header == ["type", "from", "to", "categories", "ref"]
    monkeypatch.setenv("COLUMNS", "200")
    header = kg("touches", "J-LIS").stdout.splitlines()[0].split()
    assert header == ["type", "from", "to", "categories", "municipality", "ref", "role"]



def test_touches_at_80_columns_gives_a_latin_columns_unused_cells_to_the_names(cli, real_build, monkeypatch):
    # nc67 U2: the type column kept 24 cells for `re-entrusts (requires-approval)`, which folds
    # at its space into 19, while the names beside it broke mid-word (国保情報集約連携シ / ステム)
    monkeypatch.setenv("COLUMNS", "80")
    result = cli("touches", "東京都国民健康保険団体連合会", "--build", real_build)
    assert_clean_exit(result, 0)
    lines = result.output.splitlines()
    assert lines[0].split()[:2] == ["type", "from"]
    assert any("国保情報集約連携システム" in line for line in lines), lines
    assert any(line.startswith("(requires-approval)") for line in lines), lines
    assert max(len(line) for line in lines) <= 80

def test_a_name_several_towns_parties_carry_lists_whose_each_is_and_asks_for_m(kg):
    result = kg("impact", "市民課")
    assert_one_line_error(result, "is ambiguous", "ko-shimin (市民課, 甲市)", "otsu-shimin (市民課, 乙市)",
                          "give the municipality (-m) whose it is")


def test_footers_count_one_as_one(kg, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    footer = kg("impact", "株式会社保守サービス甲").stdout.splitlines()[-3:]
    assert any(re.search(r"\b1 (party|municipality|agenda item)\b", line) for line in footer), footer
    assert not any(re.search(r"\b1 (parties|municipalities|agenda items)\b", line) for line in footer)


def test_rows_all_of_one_municipality_name_it_once_below(kg, monkeypatch):
    # every row of this impact is 甲市's: the footer says so, the column would repeat it
    monkeypatch.setenv("COLUMNS", "80")
    lines = kg("impact", "株式会社保守サービス甲").stdout.splitlines()
    assert "municipality" not in lines[0].split()
    assert "municipality: 甲市 (every row)" in lines
    # asked with -m, the command line says whose: no footer line
    assert not any(line.startswith("municipality:") for line in
                   kg("impact", "株式会社保守サービス甲", "-m", "甲市").stdout.splitlines())
    # csv keeps every key
    assert "municipality" in kg("impact", "株式会社保守サービス甲", "--format", "csv").stdout.splitlines()[0]


def test_findings_for_one_municipality_leave_out_its_column(kg, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert "municipalities" in kg("findings").stdout.splitlines()[0]
    lines = kg("findings", "-m", "甲市").stdout.splitlines()
    # (a column too wide for 80 is shown beneath each row: "    detail: …")
    shown = lines[0].split() + [line.split(":")[0].strip() for line in lines if line.startswith("    ")]
    assert {"rule", "severity", "detail", "subject", "ref"} <= set(shown)
    assert "municipalities" not in shown
    # csv keeps every key
    assert "municipalities" in kg("findings", "-m", "甲市", "--format", "csv").stdout.splitlines()[0]


def test_an_item_numbered_by_its_place_is_no_numbered_consultation(cli, real_build):
    # nc49 W10: （１）…（諮問） and (1) フレイル… number an item by its place in the agenda;
    # shown as 諮問第1号, a name the minutes never use, an auditor found no such item
    assert_clean_exit(cli("show", "諮問第1号", "-m", "志木市", "--build", real_build), 1)
    shown = cli("show", "諮問(1)", "-m", "志木市", "--build", real_build)
    assert_clean_exit(shown, 0)
    assert "フレイル予防普及啓発事業業務委託" in shown.output
    # an item that bears its number keeps it
    named = cli("show", "諮問第52号", "-m", "杉並区", "--build", real_build)
    assert_clean_exit(named, 0)
    assert "戸籍に関する業務の外部委託" in named.output


def test_show_suggests_only_the_named_municipalitys_items(cli, real_build):
    # nc46 U2: `show 諮問第99号 -m 志木市` offered 杉並区's and 東村山市's items; the hint
    # keeps to the municipality asked about (and to what is shared)
    # (志木市 numbers its items only by their place in the agenda: 諮問(1), see below)
    result = cli("show", "諮問(9)", "-m", "志木市", "--build", real_build)
    assert_clean_exit(result, 1)
    hint = result.stderr or result.output
    assert "did you mean" in hint
    suggested = re.findall(r"\(agenda item, ([0-9a-z-]+)\)", hint)
    assert suggested and all(key.startswith("004") for key in suggested)
    alone = cli("show", "諮問(9)", "--build", real_build)
    assert not all(key.startswith("004") for key in re.findall(r"\(agenda item, ([0-9a-z-]+)\)",
                                                                alone.stderr or alone.output))


def test_an_exclusion_at_80_columns_names_its_context_not_a_route(cli, real_build, monkeypatch):
    # make demo's last table: beneath each exclusion, "route: 番号法上の…に当たらない"; an
    # exclusion has no route, only the data and context it is of
    monkeypatch.setenv("COLUMNS", "80")
    lines = cli("who-can-see", "個人番号", "-m", "杉並区", "--build", real_build).output.splitlines()
    excluded = [i for i, line in enumerate(lines) if line.startswith("excluded")]
    assert excluded
    for i in excluded:
        assert lines[i + 1].startswith("    context: ") and not lines[i + 1].startswith("    route:")
    # CSV keeps the column it always had
    rows = list(csv.DictReader(io.StringIO(cli("who-can-see", "個人番号", "-m", "杉並区", "--format", "csv",
                                               "--build", real_build).output)))
    assert all(r["route"] for r in rows if r["access"] == "excluded") and "context" not in rows[0]


def test_a_hop_of_trace_reads_as_one_line_at_80_columns(cli, real_build, monkeypatch):
    # nc50 U1: from and to beneath each hop on two lines (or folded five kanji a line): the
    # hop is one line, giver → receiver; CSV keeps from and to
    monkeypatch.setenv("COLUMNS", "80")
    lines = cli("trace", "個人番号", "--build", real_build).output.splitlines()
    hops = [line for line in lines if line.startswith("    flow: ")]
    assert hops and all(" → " in line for line in hops)
    assert not any(line.startswith(("    from:", "    to:")) for line in lines)
    header = cli("trace", "個人番号", "--format", "csv", "--build", real_build).output.splitlines()[0]
    assert ",from," in header and ",to," in header and "flow" not in header.split(",")


def test_show_gives_each_facts_ends_as_one_cell_at_80_columns(cli, real_build, monkeypatch):
    # (as trace's hops: 東村山市 → 地方公共団体情報システム機構, not a from column and a to
    # line beneath; CSV keeps from and to)
    monkeypatch.setenv("COLUMNS", "80")
    lines = cli("show", "J-LIS", "--build", real_build).output.splitlines()
    assert lines[0].split()[:2] == ["role", "ends"]
    assert not any(line.startswith("    to:") for line in lines)
    header = cli("show", "J-LIS", "--format", "csv", "--build", real_build).output.splitlines()[0]
    assert {"from", "to"} <= set(header.split(",")) and "ends" not in header.split(",")


@pytest.mark.parametrize("name", ["録画データ", "録画映像", "防犯カメラの記録"])
def test_words_for_a_recording_name_the_camera_footage(cli, real_build, name):
    # what minutes call a camera's recordings is a name of the category, not a guess
    # among parties (nc56 U6: 録画データ suggested a company)
    result = cli("who-can-see", name, "-m", "志木市", "--format", "json", "--build", real_build)
    assert_clean_exit(result, 0)
    assert json.loads(result.output)["category"]["id"] == "security-camera-footage"


def _no_route(cli, real_build, a: str, b: str) -> tuple[str, dict]:
    """The table and the JSON answer of ``kg path a b``, which finds no route."""
    result = cli("path", a, b, "--build", real_build)
    assert_clean_exit(result, 0)
    assert "0 routes" in result.stdout
    answer = json.loads(cli("path", a, b, "--format", "json", "--build", real_build).stdout)
    assert answer["routes"] == []
    return result.stdout, answer


def test_a_department_with_no_route_is_told_its_municipality_has_one(cli, real_build, monkeypatch):
    # nc64 U2: path from a department found nothing where the minutes give the flow from the
    # municipality (a table row), and said nothing more
    monkeypatch.setenv("COLUMNS", "200")
    shown, answer = _no_route(cli, real_build, "区民課", "転出入先・転出入元の市区町村")
    assert "区民課 itself has none; its municipality has 1 route" in shown
    assert "kg path 杉並区 転出入先・転出入元の市区町村" in shown
    assert answer["municipality_routes"]["id"] == "suginami"
    assert "itself has none" not in cli("path", "杉並区", "転出入先・転出入元の市区町村", "--build", real_build).stdout


def test_no_route_one_way_says_how_many_go_the_other(cli, real_build, monkeypatch):
    # nc65 U2: kg path B A answered a flat "0 routes" where the data moves from A to B
    monkeypatch.setenv("COLUMNS", "200")
    shown, answer = _no_route(cli, real_build, "警察", "杉並区")
    assert "none from 警察 to 杉並区; 1 route goes the other way: kg path 杉並区 警察" in shown
    assert answer["reverse_routes"] == 1
    forward = json.loads(cli("path", "杉並区", "警察", "--format", "json", "--build", real_build).stdout)
    assert forward["routes"] and "reverse_routes" not in forward


def test_no_route_either_way_says_where_it_breaks(cli, real_build, monkeypatch):
    # nc69 U10: "0 routes" gave no hint where a route breaks, though the data leaves A for
    # one party and reaches B from another
    monkeypatch.setenv("COLUMNS", "200")
    shown, answer = _no_route(cli, real_build, "警察", "J-LIS")
    assert answer["reverse_routes"] == 0 and answer["leaves_to"] == [], answer
    assert answer["reaches_from"], answer
    assert f"none either way: nothing leaves 警察; 地方公共団体情報システム機構 gets data from " \
           f"{'、'.join(answer['reaches_from'])}" in shown
    for giver in answer["reaches_from"]:  # (each one hop before J-LIS: a route from it)
        assert json.loads(cli("path", giver, "J-LIS", "--format", "json", "--build", real_build).stdout)["routes"]


def test_touches_says_what_an_exclusion_is_about(kg, monkeypatch):
    # nc69 U9: `excluded 学習履歴` stood without its context above "holds or can see: …
    # 学習履歴", and read as a contradiction
    rows = csv_rows(kg("touches", "800-entry-contractor", "--format", "csv").stdout)
    kept = {r["fact"]: r["context"] for r in rows if r["type"] == "excluded"}
    # (800-access-2 states no context: it is known by the item it is stated under)
    assert kept == {"800-access-2": "諮問第2号", "800-access-4": "図書館システム"}, rows
    monkeypatch.setenv("COLUMNS", "80")
    shown = kg("touches", "800-entry-contractor").stdout
    assert "context" in shown.splitlines()[0] and "図書館システム" in shown, shown
