"""Every command's table, on the bundled data, at 80 and at 200 columns: no line
wider than the terminal, and no raw ids in the cells (labels, never ids)."""
from __future__ import annotations

import re
import unicodedata

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query.sparql import examples

COMMANDS = {
    "who-can-see": ["who-can-see", "個人番号"],
    "who-can-see-one": ["who-can-see", "個人番号", "-m", "杉並区", "-v"],
    "trace": ["trace", "個人番号"],
    "touches": ["touches", "J-LIS"],
    "impact-outage": ["impact", "J-LIS"],
    "impact-leak": ["impact", "東京都国民健康保険団体連合会", "--mode", "leak", "-v"],
    "path": ["path", "国民健康保険課", "埼玉県国民健康保険団体連合会"],
    "compare": ["compare", "東村山市", "杉並区", "川口市", "志木市"],
    "findings": ["findings", "-v"],
    "search": ["search", "国保"],
    "list-categories": ["list", "categories"],
    "list-systems": ["list", "systems"],
    "list-parties": ["list", "parties"],
    "list-municipalities": ["list", "municipalities"],
    "list-items": ["list", "items"],
    "show-entity": ["show", "J-LIS"],
    "show-category": ["show", "個人番号"],
    "show-item": ["show", "諮問第52号"],
    "sparql": ["sparql", "--example", "dpv-processors"],
    "sparql-examples": ["sparql", "--examples"],
}


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@pytest.fixture(scope="module")
def forbidden(real_proj) -> set[str]:
    """Ids a person should never meet in a table: of entities, categories, facts and
    minutes files, except those that are also somebody's label or alias."""
    ids = set(real_proj.entities) | set(real_proj.categories) | set(real_proj.facts)
    ids |= set(real_proj.sources)
    names = set()
    for table in (real_proj.entities, real_proj.categories):
        for record in table.values():
            names.update(n for n in (record["label"], record.get("label_en"),
                                     *record.get("aliases", [])) if n)
    words = {w for name in names for w in re.split(r"[\s()（）,]+", name) if w}
    return {i for i in ids if i not in names and i not in words}


@pytest.mark.parametrize("columns", [80, 200])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_table_fits_and_shows_no_ids(real_build, forbidden, monkeypatch, name, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    result = CliRunner().invoke(main, [*COMMANDS[name], "--build", str(real_build)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) > 2
    too_wide = [line for line in lines if width(line) > columns]
    assert not too_wide, too_wide[:3]
    tokens = {t for line in lines for t in re.split(r"[\s→;:,()（）、]+", line) if t}
    assert not tokens & forbidden, sorted(tokens & forbidden)[:10]


def test_wide_tables_add_english_labels(real_build, monkeypatch):
    runner = CliRunner()
    monkeypatch.setenv("COLUMNS", "80")
    narrow = runner.invoke(main, ["who-can-see", "個人番号", "--build", str(real_build)]).stdout
    monkeypatch.setenv("COLUMNS", "200")
    wide = runner.invoke(main, ["who-can-see", "個人番号", "--build", str(real_build)]).stdout
    english = "Japan Agency for Local"  # the English label of J-LIS, wrapped in its cell
    assert english not in narrow and english in wide


def test_verbose_adds_the_quote(real_build, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()
    plain = runner.invoke(main, ["touches", "J-LIS", "--build", str(real_build)]).stdout
    verbose = runner.invoke(main, ["touches", "J-LIS", "-v", "--build", str(real_build)]).stdout
    # a column, or beneath each row when the quotes are too long for one
    assert "quote" in verbose.splitlines()[0] or "\n    quote: " in verbose
    assert "quote" not in plain.splitlines()[0] and "quote:" not in plain


def test_csv_and_json_keep_the_ids(real_build):
    runner = CliRunner()
    csv_out = runner.invoke(main, ["who-can-see", "個人番号", "--format", "csv",
                                   "--build", str(real_build)]).stdout
    assert "party_id" in csv_out.splitlines()[0] and "jlis" in csv_out
    json_out = runner.invoke(main, ["who-can-see", "個人番号", "--format", "json",
                                    "--build", str(real_build)]).stdout
    assert '"id": "jlis"' in json_out


def test_every_example_query_is_in_the_table_test():
    assert {e["name"] for e in examples()} >= {"dpv-processors"}


def test_compare_row_names_stay_on_one_line_at_80_columns(real_build, monkeypatch):
    # a row name wrapped onto a second line reads as a row of its own with no figures
    # (nc56 U5: "re-entrustments" / "forbidden")
    from kg.cli.queries import _COMPARED
    monkeypatch.setenv("COLUMNS", "80")
    result = CliRunner().invoke(main, [*COMMANDS["compare"], "--build", str(real_build)])
    assert result.exit_code == 0, result.output
    starts = [line.split("  ")[0] for line in result.stdout.splitlines()]
    for _, row in _COMPARED:
        assert row in starts, (row, starts)
