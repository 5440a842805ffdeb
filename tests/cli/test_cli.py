"""The `kg` command line, driven through click's CliRunner.

Error handling: for each kind of broken input, every command that reads the
data exits with 1, prints `file:line: message` lines on stderr pointing at the
broken file and line, prints no traceback, and `kg build` writes nothing (a
previous build stays as it was).
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from conftest import (MINI, assert_clean_exit, edit, expected_counts, fact_files_by_source,
                      find_problem, line_of, problems_of, raw_yaml)

# --- broken inputs -------------------------------------------------------------------


@dataclass
class Expect:
    path: Path
    line: int
    fragments: tuple[str, ...]


def _first_bad_utf8_line(path: Path) -> int:
    for number, line in enumerate(path.read_bytes().split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return number
    raise AssertionError(f"{path} is valid UTF-8")


def malformed_yaml(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "    title: 住民健診データ入力業務委託", "    title: 住民健診: データ入力業務委託")
    return Expect(facts, line_of(facts, "title: 住民健診: "), ("malformed YAML",))


def unknown_entity(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "    target: 900-contractor", "    target: 900-contracter")
    return Expect(facts, line_of(facts, "    target: 900-contracter"),
                  ("unknown entity '900-contracter'", "did you mean", "'900-contractor'"))


def duplicate_id(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "  - id: 900-rel-1", "  - id: 900-flow-1")
    first = line_of(facts, "- id: 900-flow-1")
    return Expect(facts, line_of(facts, "- id: 900-flow-1", nth=2),
                  ("duplicate id '900-flow-1'", f"900.yaml:{first}"))


def duplicate_key(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "    channel: usb\n", "    channel: usb\n    channel: paper\n")
    return Expect(facts, line_of(facts, "channel: paper"), ("duplicate key 'channel'",))


def missing_field(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "    source: testcity-kenko-ka\n", "")
    return Expect(facts, line_of(facts, "- id: 900-flow-1"), ("missing field 'source'",))


def unknown_field(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "    purpose: 健診結果の入力", "    purpse: 健診結果の入力")
    return Expect(facts, line_of(facts, "purpse:"), ("unknown field 'purpse'",))


def bad_date(mini: Path) -> Expect:
    registry = mini / "sources.yaml"
    edit(registry, "date: 2020-10-05", "date: 2020-10-5")
    return Expect(registry, line_of(registry, "date: 2020-10-5"), ("bad date '2020-10-5'",))


def unknown_category(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "[checkup-result-form, name, health]", "[checkup-result-form, name, helth]")
    return Expect(facts, line_of(facts, "[checkup-result-form, name, helth]"),
                  ("unknown category 'helth'", "did you mean 'health'"))


def unknown_term(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "    channel: usb", "    channel: usbb")
    return Expect(facts, line_of(facts, "    channel: usbb"),
                  ("unknown channel 'usbb'", "did you mean 'usb'"))


def unknown_term_far(mini: Path) -> Expect:
    # (nc65 U4: channel: other had no near miss, and the message named no channel)
    facts = mini / "facts" / "900.yaml"
    edit(facts, "    channel: usb", "    channel: other")
    return Expect(facts, line_of(facts, "    channel: other"),
                  ("unknown channel 'other' (one of: ", "lgwan", "usb"))


def unknown_status(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "    channel: usb\n", "    channel: usb\n    status: plannd\n")
    return Expect(facts, line_of(facts, "    status: plannd"),
                  ("unknown status 'plannd'", "did you mean 'planned'"))


def quote_not_found(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    # a half-width USB where the minutes have a full-width one
    edit(facts, '"健診結果票をＵＳＢメモリに保存して受託者へ渡す。"', '"健診結果票をUSBメモリに保存して受託者へ渡す。"')
    source_line = line_of(mini / "sources" / "900_minutes.txt", "ＵＳＢメモリに保存")
    return Expect(facts, line_of(facts, "健診結果票をUSBメモリ"),
                  ("quote not found in 900_minutes.txt", "closest passage at",
                   f"900_minutes.txt:{source_line}:", "ＵＳＢメモリに保存して受託者へ渡す"))


def quote_on_wrong_line(mini: Path) -> Expect:
    facts = mini / "facts" / "900.yaml"
    edit(facts, "            line: 11", "            line: 10")
    return Expect(facts, line_of(facts, '- quote: "健診結果票の一部に'),
                  ("quote not found on line 10 of 900_minutes.txt",))


def missing_source_file(mini: Path) -> Expect:
    registry = mini / "sources.yaml"
    edit(registry, "  - file: 901_minutes.txt", "  - file: 909_minutes.txt")
    return Expect(registry, line_of(registry, "- file: 909_minutes.txt"),
                  ("source file not found", "909_minutes.txt"))


def unreadable_yaml(mini: Path) -> Expect:
    folder = mini / "facts" / "902.yaml"  # a folder where a file is expected
    folder.mkdir()
    return Expect(folder, 0, ("cannot read file",))


def non_utf8_yaml(mini: Path) -> Expect:
    facts = mini / "facts" / "901.yaml"
    facts.write_bytes(facts.read_text("utf-8").encode("shift_jis"))
    return Expect(facts, _first_bad_utf8_line(facts), ("not valid UTF-8",))


def non_utf8_source(mini: Path) -> Expect:
    source = mini / "sources" / "901_minutes.txt"
    text = "minutes\n\n" + source.read_text("utf-8")
    source.write_bytes(text.encode("shift_jis"))
    return Expect(source, _first_bad_utf8_line(source), ("not valid UTF-8",))


BREAKAGES: list[Callable[[Path], Expect]] = [
    malformed_yaml, unknown_entity, duplicate_id, duplicate_key, missing_field, unknown_field,
    bad_date, unknown_category, unknown_term, unknown_term_far, unknown_status, quote_not_found,
    quote_on_wrong_line, missing_source_file, unreadable_yaml, non_utf8_yaml, non_utf8_source,
]
COMMANDS = {
    "validate": ["validate"],
    "stats-json": ["stats", "--format", "json"],
    "stats-table": ["stats", "--format", "table"],
    "stats-csv": ["stats", "--format", "csv"],
}


def test_non_utf8_fixtures_really_are_not_utf8(mini_dir):
    # guards the two cases above: the line they expect is after a valid first line
    assert non_utf8_source(mini_dir).line == 3
    assert non_utf8_yaml(mini_dir).line >= 1


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
@pytest.mark.parametrize("breakage", BREAKAGES, ids=[b.__name__ for b in BREAKAGES])
def test_broken_data_is_reported_at_file_and_line(cli, mini_dir, breakage, command):
    expect = breakage(mini_dir)
    result = cli(*COMMANDS[command], "--data", mini_dir)
    assert_clean_exit(result, 1)
    assert result.stdout == ""
    reported = problems_of(result.stderr)
    assert reported, "at least one problem is printed"
    find_problem(reported, expect.path, expect.line, *expect.fragments)


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[b.__name__ for b in BREAKAGES])
def test_failed_build_writes_nothing_and_keeps_the_previous_build(cli, mini_dir, tmp_path, breakage):
    previous = tmp_path / "previous"
    assert_clean_exit(cli("build", "--data", mini_dir, "--build", previous), 0)

    def snapshot(folder):
        # The cache keeps the documents that did check out, whole and named by their
        # content, so that the next build need not do them again; it is no output.
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
                if p.is_file() and p.relative_to(folder).parts[0] != "cache"}

    before = snapshot(previous)
    assert "projection/core.json" in before and any(name.startswith("store/") for name in before)

    expect = breakage(mini_dir)
    fresh = tmp_path / "fresh"
    result = cli("build", "--data", mini_dir, "--build", fresh)
    assert_clean_exit(result, 1)
    find_problem(problems_of(result.stderr), expect.path, expect.line, *expect.fragments)
    assert not fresh.exists()

    result = cli("build", "--data", mini_dir, "--build", previous)
    assert_clean_exit(result, 1)
    assert snapshot(previous) == before


def test_every_problem_is_reported_not_only_the_first(cli, mini_dir):
    expects = [unknown_entity(mini_dir), unknown_field(mini_dir), bad_date(mini_dir)]
    # unknown_field makes 900.yaml fail its model, which hides unknown_entity there;
    # the other two are in different files and must both be reported.
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    reported = problems_of(result.stderr)
    for expect in expects[1:]:
        find_problem(reported, expect.path, expect.line, *expect.fragments)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can read a file without read permission")
def test_file_without_read_permission(cli, mini_dir):
    facts = mini_dir / "facts" / "901.yaml"
    facts.chmod(0)
    try:
        result = cli("validate", "--data", mini_dir)
    finally:
        facts.chmod(0o644)
    assert_clean_exit(result, 1)
    find_problem(problems_of(result.stderr), facts, 0, "cannot read file")


def test_impossible_date_is_reported_without_traceback(cli, mini_dir):
    registry = mini_dir / "sources.yaml"
    edit(registry, "date: 2020-10-05", "date: 2020-13-05")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    find_problem(problems_of(result.stderr), registry, line_of(registry, "2020-13-05"), "date")


@pytest.mark.parametrize("breakage", [quote_not_found, non_utf8_yaml],
                         ids=["quote_not_found", "non_utf8_yaml"])
def test_real_process_prints_no_traceback(mini_dir, breakage, tmp_path):
    expect = breakage(mini_dir)
    env = {k: v for k, v in os.environ.items() if k not in ("KG_DATA", "KG_BUILD")}
    proc = subprocess.run([sys.executable, "-m", "kg", "build", "--data", str(mini_dir),
                           "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stdout == ""
    find_problem(problems_of(proc.stderr), expect.path, expect.line, *expect.fragments, base=tmp_path)
    assert not (tmp_path / "out").exists()


def test_relative_paths_in_messages_when_run_inside_the_folder(cli, mini_dir, monkeypatch):
    unknown_term(mini_dir)
    monkeypatch.chdir(mini_dir.parent)
    result = cli("validate", "--data", "mini")
    assert_clean_exit(result, 1)
    [problem] = problems_of(result.stderr)
    assert problem.file == os.path.join("mini", "facts", "900.yaml")


# --- good paths on the mini fixture ---------------------------------------------------


def test_validate_mini(cli):
    result = cli("validate", "--data", MINI)
    assert_clean_exit(result, 0)
    assert result.stdout.startswith("ok: 2 sources, 7 entities, ")
    assert result.stderr == ""


def test_build_mini_reports_what_it_wrote(cli, tmp_path):
    out = tmp_path / "out"
    result = cli("build", "--data", MINI, "--out", out, "--exports")
    assert_clean_exit(result, 0)
    assert result.stdout.startswith("built ")
    for name in ("kg.ttl", "kg.jsonld", "projection", "store"):
        assert str(out / name) in result.stdout
        assert (out / name).stat().st_size > 0


def test_build_no_shacl_writes_the_same_triples(cli, tmp_path):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    for name, extra in (("with", []), ("without", ["--no-shacl"])):
        assert_clean_exit(cli("build", "--data", MINI, "--out", tmp_path / name, "--exports",
                              *extra), 0)
    assert isomorphic(Graph().parse(tmp_path / "with" / "kg.ttl"),
                      Graph().parse(tmp_path / "without" / "kg.ttl"))


def _mini_expected_rows():
    registry = raw_yaml(MINI / "sources.yaml")["sources"]
    by_source = fact_files_by_source(MINI)
    return {entry["file"]: {"date": entry["meeting"]["date"].isoformat(),
                            **expected_counts(by_source.get(entry["file"], []))}
            for entry in registry}


def test_stats_json_on_mini_counts_what_the_fixture_defines(cli):
    result = cli("stats", "--data", MINI, "--format", "json")
    assert_clean_exit(result, 0)
    summary = json.loads(result.stdout)
    expected = _mini_expected_rows()
    assert [row["file"] for row in summary["sources"]] == sorted(expected)
    for row in summary["sources"]:
        want = expected[row["file"]]
        assert row["municipality"] == "試験市"
        assert {k: row[k] for k in want} == want
    # 900 names three parties: the department, the contractor and the subcontractor
    assert [row["parties"] for row in summary["sources"]] == [3, 0]
    entities = raw_yaml(MINI / "entities" / "shared.yaml")["entities"]
    entities += [e for f in sorted((MINI / "facts").glob("*.yaml")) for e in raw_yaml(f).get("entities", [])]
    assert summary["entities"] == len(entities)
    assert summary["categories"] == len(raw_yaml(MINI / "categories.yaml")["categories"])
    assert summary["evidence"] == sum(r["evidence"] for r in summary["sources"])
    assert summary["triples"] > 0


def test_stats_table_and_csv_agree_with_json(cli):
    summary = json.loads(cli("stats", "--data", MINI, "--format", "json").stdout)
    csv_result = cli("stats", "--data", MINI, "--format", "csv")
    assert_clean_exit(csv_result, 0)
    rows = list(csv.DictReader(io.StringIO(csv_result.stdout)))
    assert rows == [{k: str(v) for k, v in row.items()} for row in summary["sources"]]

    table = cli("stats", "--data", MINI, "--format", "table")
    assert_clean_exit(table, 0)
    lines = table.stdout.splitlines()
    shown = ["minutes", "municipality", "date", "flows", "relations", "access", "evidence"]
    assert lines[0].split() == shown
    assert set(lines[1].replace(" ", "")) == {"─"}
    body = lines[2:2 + len(summary["sources"])]
    for line, row in zip(body, summary["sources"]):
        assert line.split() == [row["file"].split("_")[0]] + [str(row[k]) for k in shown[1:]]
    footer = "\n".join(lines[2 + len(summary["sources"]):])
    assert f"triples: {summary['triples']}" in footer
    assert f"entities: {summary['entities']}" in footer


def test_stats_default_format_is_table(cli):
    default = cli("stats", "--data", MINI)
    assert_clean_exit(default, 0)
    assert default.stdout == cli("stats", "--data", MINI, "--format", "table").stdout


def test_unknown_format_is_a_usage_error(cli):
    result = cli("stats", "--data", MINI, "--format", "xml")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_kg_data_environment_variable(cli, monkeypatch):
    monkeypatch.setenv("KG_DATA", str(MINI))
    result = cli("validate")
    assert_clean_exit(result, 0)
    assert result.stdout.startswith("ok: 2 sources, 7 entities")


def test_help_lists_the_commands(cli):
    result = cli("--help")
    assert_clean_exit(result, 0)
    for name in ("build", "validate", "stats"):
        assert name in result.stdout


# --- the bundled data through the CLI (details in test_data.py) --------------------


def test_validate_real_data(cli, real_data):
    result = cli("validate", "--data", real_data)
    assert result.stderr == ""
    assert_clean_exit(result, 0)
    assert result.stdout.startswith("ok: 5 sources, ")


def test_the_bundled_data_is_the_default(cli, real_data):
    default = cli("stats", "--format", "csv")
    assert_clean_exit(default, 0)
    files = [row["file"] for row in csv.DictReader(io.StringIO(default.stdout))]
    assert files == sorted(e["file"] for e in raw_yaml(real_data / "sources.yaml")["sources"])


def test_build_real_data(cli, real_data, tmp_path):
    out = tmp_path / "out"
    result = cli("build", "--data", real_data, "--out", out, "--exports")
    assert result.stderr == ""
    assert_clean_exit(result, 0)
    from rdflib import Graph

    assert len(Graph().parse(out / "kg.ttl", format="turtle")) > 0


@pytest.mark.parametrize("fmt", ["json", "table", "csv"])
def test_stats_real_data_in_every_format(cli, real_data, fmt):
    result = cli("stats", "--data", real_data, "--format", fmt)
    assert result.stderr == ""
    assert_clean_exit(result, 0)
    files = [entry["file"] for entry in raw_yaml(real_data / "sources.yaml")["sources"]]
    if fmt == "json":
        assert [row["file"] for row in json.loads(result.stdout)["sources"]] == sorted(files)
    elif fmt == "csv":
        assert [row["file"] for row in csv.DictReader(io.StringIO(result.stdout))] == sorted(files)
    else:
        numbers = [f.split("_")[0] for f in sorted(files)]
        assert [line.split()[0] for line in result.stdout.splitlines()[2:2 + len(files)]] == numbers
