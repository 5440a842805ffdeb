"""kg.check: references, duplicate ids, vocabulary, evidence locations."""
from __future__ import annotations

import pytest

from conftest import MINI, all_quotes, edit, line_of, write
from kg.data.check import check_dataset
from kg.data.load import load_dataset


def _check(root):
    return check_dataset(load_dataset(root))


_quotes = all_quotes


def test_mini_is_clean():
    assert _check(MINI) == []


def test_check_records_where_each_quote_stands():
    ds = load_dataset(MINI)
    assert check_dataset(ds) == []
    count = 0
    for ff in ds.fact_files:
        text = ds.sources[ff.source].text
        for quote in _quotes(ff):
            loc = quote._location
            assert loc is not None, quote.quote
            assert text[loc.offset:loc.offset + len(quote.quote)] == quote.quote
            assert loc.line == text.count("\n", 0, loc.offset) + 1
            assert loc.column == loc.offset - (text.rfind("\n", 0, loc.offset) + 1)
            if quote.line is not None:
                assert loc.line == quote.line
            count += 1
    assert count == 11


def test_quote_with_line_is_found_on_that_line(mini_dir):
    source = mini_dir / "sources" / "900_minutes.txt"
    edit(source, "審議の結果、承認された。", "審議の結果、承認された。\n委員）受託者が個人番号を見ることはあるか。")
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, '      - "受託者が個人番号を見ることはあるか。"',
         '      - {quote: "受託者が個人番号を見ることはあるか。", line: 13}')
    ds = load_dataset(mini_dir)
    assert check_dataset(ds) == []
    quote = ds.fact_files[0].concerns[0].evidence[0]
    assert quote._location.line == 13
    assert quote._location.offset == ds.sources["900_minutes.txt"].text.rfind(quote.quote)


def _only(problems):
    assert len(problems) == 1, problems
    return problems[0]


def test_did_you_mean_from_a_label(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "    source: testcity-kenko-ka", "    source: 健康課")
    problem = _only(_check(mini_dir))
    assert problem.line == line_of(facts, "    source: 健康課")
    assert "source: unknown entity '健康課' (did you mean 'testcity-kenko-ka'?)" in problem.message


def test_did_you_mean_from_an_alias_ignores_width(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "    categories: [my-number]", "    categories: [ﾏｲﾅﾝﾊﾞｰ]")
    problem = _only(_check(mini_dir))
    assert "unknown category 'ﾏｲﾅﾝﾊﾞｰ' (did you mean 'my-number'?)" in problem.message


def test_no_suggestion_when_nothing_is_close(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    party: 900-contractor", "    party: zzz")
    problem = _only(_check(mini_dir))
    assert problem.message == "party: unknown entity 'zzz'"


def test_entity_of_the_wrong_type(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "    channel: usb\n", "    channel: usb\n    via: testcity-kenko-ka\n")
    problem = _only(_check(mini_dir))
    assert problem.line == line_of(facts, "    via: testcity-kenko-ka")
    assert "via: 'testcity-kenko-ka' is a department, expected system" in problem.message


def test_duplicate_fact_id_points_at_both(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "  - id: 900-sg-1", "  - id: 900-rel-1")
    problem = _only(_check(mini_dir))
    assert problem.line == line_of(facts, "- id: 900-rel-1", nth=2)
    assert f"900.yaml:{line_of(facts, '- id: 900-rel-1')}" in problem.message


def test_fact_id_that_clashes_with_an_entity(mini_dir):
    facts = mini_dir / "facts" / "901.yaml"
    edit(facts, "  - id: 901-item-1", "  - id: testcity")
    problem = _only(_check(mini_dir))
    assert "duplicate id 'testcity'" in problem.message
    assert "shared.yaml" in problem.message


def test_unknown_agenda_item(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    item: 900-item-1\n    kind: encryption",
         "    item: 900-item-2\n    kind: encryption")
    problem = _only(_check(mini_dir))
    assert "item: unknown agenda item '900-item-2' (did you mean '900-item-1'" in problem.message


def test_agenda_item_of_another_document(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    item: 900-item-1\n    kind: encryption",
         "    item: 901-item-1\n    kind: encryption")
    problem = _only(_check(mini_dir))
    assert "agenda item '901-item-1' belongs to another document (901_minutes.txt)" in problem.message


def test_unknown_vocabulary_terms(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "    outcome: approved", "    outcome: aproved")
    edit(facts, "    kind: encryption", "    kind: encrypt")
    problems = _check(mini_dir)
    messages = [p.message for p in problems]
    assert any("unknown outcome 'aproved' (did you mean 'approved'" in m for m in messages)
    assert any("unknown safeguard kind 'encrypt' (did you mean 'encryption'" in m for m in messages)
    assert len(problems) == 2


def test_permission_only_on_re_entrusts(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    type: re-entrusts", "    type: entrusts")
    problem = _only(_check(mini_dir))
    assert "only a re-entrusts relation has a permission" in problem.message


def test_replaced_by_must_be_a_flow(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    channel: usb\n", "    channel: usb\n    replaced_by: 900-rel-1\n")
    problem = _only(_check(mini_dir))
    assert "replaced_by: unknown flow '900-rel-1'" in problem.message


def test_applies_to_must_name_a_fact_or_entity(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    applies_to: [900-flow-1]", "    applies_to: [900-flow-9]")
    problem = _only(_check(mini_dir))
    assert "applies_to: unknown fact or entity '900-flow-9'" in problem.message


def test_transformation_categories_are_checked(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    channel: usb\n",
         "    channel: usb\n    transformation: {removes: [my-numbr]}\n")
    problem = _only(_check(mini_dir))
    assert "transformation: unknown category 'my-numbr'" in problem.message


def test_category_cycle(mini_dir):
    edit(mini_dir / "categories.yaml", "id: personal-information, label: 個人情報,",
         "id: personal-information, broader: [name], label: 個人情報,")
    problems = _check(mini_dir)
    assert any("'personal-information' is broader than itself" in p.message for p in problems)


def test_a_category_may_not_contain_itself(mini_dir):
    edit(mini_dir / "categories.yaml", "contains: [name, health]",
         "contains: [name, health, checkup-result-form]")
    problem = _only(_check(mini_dir))
    assert "category 'checkup-result-form' contains itself" in problem.message


def test_meeting_needs_date_or_fiscal_year(mini_dir):
    edit(mini_dir / "facts" / "901.yaml", "agenda_items:",
         "meetings:\n  - {id: testcity-2019-9, council: testcity-council, label: 昔の会議}\n\nagenda_items:")
    problem = _only(_check(mini_dir))
    assert "meeting 'testcity-2019-9' needs a date or a fiscal_year" in problem.message


def test_source_municipality_must_be_a_municipality(mini_dir):
    edit(mini_dir / "sources.yaml", "- file: 901_minutes.txt\n    municipality: testcity",
         "- file: 901_minutes.txt\n    municipality: testpref")
    problem = _only(_check(mini_dir))
    assert problem.file.endswith("sources.yaml")
    assert "'testpref' is a prefecture, expected municipality" in problem.message


def test_two_sources_may_not_share_the_number_answers_cite(mini_dir):
    # answers cite a source by its number (900 l.12): two files numbered 900 read alike
    (mini_dir / "sources" / "901_minutes.txt").rename(mini_dir / "sources" / "900_later.txt")
    edit(mini_dir / "sources.yaml", "- file: 901_minutes.txt", "- file: 900_later.txt")
    edit(mini_dir / "facts" / "901.yaml", "source: 901_minutes.txt", "source: 900_later.txt")
    problem = _only(_check(mini_dir))
    assert problem.file.endswith("sources.yaml")
    assert problem.line == line_of(mini_dir / "sources.yaml", "- file: 900_later.txt")
    assert "source '900_later.txt' has the number 900 of '900_minutes.txt'" in problem.message


def test_quote_spanning_two_lines(mini_dir):
    facts = mini_dir / "facts" / "901.yaml"
    edit(facts, '"報告のとおり了承された。"', '"（中央図書館）</p>\\n報告のとおり"')
    problem = _only(_check(mini_dir))
    assert "spans more than one line" in problem.message


def test_quote_not_found_shows_closest_passage(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, '"受託者は、個人番号を取得することはできない。"', '"受託者は個人番号を取得することはできない。"')
    problem = _only(_check(mini_dir))
    assert problem.line == line_of(facts, "受託者は個人番号を取得")
    assert "quote not found in 900_minutes.txt" in problem.message
    assert "900_minutes.txt:7:" in problem.message
    # The passage is shown as it stands in the source (with the comma the quote lacks).
    assert "、個人番号を取得することはできない。'" in problem.message


def test_quote_on_the_wrong_line(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "            line: 11", "            line: 12")
    problem = _only(_check(mini_dir))
    assert problem.line == line_of(facts, "- quote: \"健診結果票の一部に")
    assert "quote not found on line 12 of 900_minutes.txt" in problem.message


@pytest.mark.parametrize("line", [0, -1])
def test_quote_line_must_be_positive(mini_dir, line):
    edit(mini_dir / "facts" / "900.yaml", "            line: 11", f"            line: {line}")
    with pytest.raises(Exception) as info:
        _check(mini_dir)
    assert "line" in str(info.value)


def test_problems_are_sorted_and_all_reported(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "    channel: usb", "    channel: usbb")
    edit(facts, "    party: 900-contractor", "    party: 900-contracter")
    write(mini_dir / "facts" / "901.yaml",
          (mini_dir / "facts" / "901.yaml").read_text("utf-8").replace("outcome: noted", "outcome: notd"))
    problems = _check(mini_dir)
    assert len(problems) == 3
    assert problems == sorted(problems)


def test_an_access_status_is_a_known_term_and_an_exclusions_is_none(mini_dir):
    # (an incidental access that starts later is planned; an exclusion holds where its
    # context says, and has no status)
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "    type: excluded\n    party: 900-contractor\n",
         "    type: excluded\n    party: 900-contractor\n    status: planned\n")
    problem = _only(_check(mini_dir))
    assert "status: an exclusion has no status" in problem.message
    edit(facts, "    type: excluded\n    party: 900-contractor\n    status: planned\n",
         "    type: incidental\n    party: 900-contractor\n    status: planed\n")
    problem = _only(_check(mini_dir))
    assert "unknown status 'planed' (did you mean 'planned'" in problem.message


@pytest.mark.parametrize("whole, says", [
    ("900-item-9", "part_of: no other agenda item '900-item-9' in these minutes"),
    ("900-item-1", "part_of: no other agenda item '900-item-1' in these minutes"),  # itself
    ("901-item-1", "part_of: no other agenda item '901-item-1' in these minutes"),  # another's
])
def test_an_item_is_a_part_only_of_another_item_of_its_minutes(mini_dir, whole, says):
    edit(mini_dir / "facts" / "900.yaml", "    department: testcity-kenko-ka\n    outcome: approved\n",
         f"    department: testcity-kenko-ka\n    outcome: approved\n    part_of: {whole}\n")
    problem = _only(_check(mini_dir))
    assert says in problem.message
    assert problem.line == line_of(mini_dir / "facts" / "900.yaml", "    part_of:")
