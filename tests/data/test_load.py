"""kg.yamlio and kg.load: line-aware YAML, strict models, one DataError for all problems."""
from __future__ import annotations

import pytest
import yaml

from conftest import MINI, edit, line_of, raw_yaml, write
from kg.data import models
from kg.errors import DataError
from kg.data.load import load_dataset
from kg.data.yamlio import line_at, load_file, loads, read_text

# --- yamlio -------------------------------------------------------------------

DOC = """\
top: value
items:
  - id: a
    name: 甲
  - {id: b, name: 乙}
nested:
  deeper:
    leaf: [x, y]
"""


def test_loads_records_the_line_of_mappings_lists_and_strings():
    doc = loads(DOC)
    assert doc.line == 1
    assert doc["top"].line == 1
    assert doc["items"].line == 3
    assert [item.line for item in doc["items"]] == [3, 5]
    assert doc["items"][0]["name"].line == 4
    assert doc["items"][1]["name"].line == 5
    assert doc["nested"]["deeper"]["leaf"].line == 8


def test_loads_returns_plain_values():
    doc = loads(DOC)
    assert doc == yaml.safe_load(DOC)
    assert isinstance(doc["items"][0]["name"], str)


def test_loads_rejects_duplicate_keys_at_the_second_key():
    text = "a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n"
    with pytest.raises(yaml.constructor.ConstructorError) as info:
        loads(text)
    assert "duplicate key 'c'" in str(info.value)
    assert info.value.problem_mark.line + 1 == 5


def test_loads_rejects_duplicate_keys_in_flow_mappings():
    with pytest.raises(yaml.YAMLError, match="duplicate key 'id'"):
        loads("- {id: a, id: b}\n")


def test_load_file_turns_duplicate_keys_into_a_problem(tmp_path):
    path = write(tmp_path / "d.yaml", "x:\n  id: a\n  label: L\n  id: b\n")
    with pytest.raises(DataError) as info:
        load_file(path, "d.yaml")
    [problem] = info.value.problems
    assert (problem.file, problem.line) == ("d.yaml", 4)
    assert "duplicate key 'id'" in problem.message


def test_load_file_reports_malformed_yaml_at_its_line(tmp_path):
    path = write(tmp_path / "m.yaml", "a: 1\nb: [1, 2\nc: 3\nd: x: y\n")
    with pytest.raises(DataError) as info:
        load_file(path, "m.yaml")
    [problem] = info.value.problems
    assert problem.file == "m.yaml"
    assert problem.line >= 2
    assert problem.message.startswith("malformed YAML")


def test_load_file_mapping_value_error_is_on_its_own_line(tmp_path):
    path = write(tmp_path / "m.yaml", "a: 1\nb: 2\nc: d: e\n")
    with pytest.raises(DataError) as info:
        load_file(path, "m.yaml")
    [problem] = info.value.problems
    # libyaml says "... allowed in this context", the pure-Python parser "... allowed here"
    assert problem.line == 3
    assert problem.message.startswith("malformed YAML: mapping values are not allowed")


def test_read_text_rejects_non_utf8_at_the_line_of_the_first_bad_byte(tmp_path):
    path = tmp_path / "sjis.yaml"
    path.write_bytes("a: 1\nb: 2\nc: 漢字\n".encode("shift_jis"))
    with pytest.raises(DataError) as info:
        read_text(path, "sjis.yaml")
    assert [(p.line, p.message) for p in info.value.problems] == [(3, "not valid UTF-8 text")]


def test_read_text_reports_an_unreadable_file(tmp_path):
    with pytest.raises(DataError) as info:
        read_text(tmp_path / "missing.yaml", "missing.yaml")
    [problem] = info.value.problems
    assert (problem.file, problem.line) == ("missing.yaml", 0)
    assert problem.message.startswith("cannot read file")


def test_line_at_follows_the_path_and_falls_back_to_the_enclosing_node():
    doc = loads(DOC)
    assert line_at(doc, ("items", 1, "name")) == 5
    assert line_at(doc, ("items", 0, "missing")) == 3
    assert line_at(doc, ("items", 7)) == 3
    assert line_at(doc, ("nested", "deeper", "leaf", 1)) == 8
    assert line_at(doc, ()) == 1


def test_dates_stay_text_with_their_line(tmp_path):
    # PyYAML would resolve 2020-13-01 as a timestamp and raise without a line;
    # the loader keeps dates as text so the model reports a bad one at its line.
    path = write(tmp_path / "bad.yaml", "meeting:\n  date: 2020-13-01\n")
    doc = load_file(path, "bad.yaml")
    assert doc["meeting"]["date"] == "2020-13-01"
    assert doc["meeting"]["date"].line == 2


# --- load_dataset on the mini fixture ----------------------------------------------


def test_mini_loads_with_everything_it_defines():
    ds = load_dataset(MINI)
    assert sorted(ds.sources) == ["900_minutes.txt", "901_minutes.txt"]
    shared = raw_yaml(MINI / "entities" / "shared.yaml")["entities"]
    in_facts = [e for f in ("900", "901") for e in raw_yaml(MINI / "facts" / f"{f}.yaml")["entities"]]
    assert sorted(ds.entities) == sorted(e["id"] for e in shared + in_facts)
    assert sorted(ds.categories) == sorted(c["id"] for c in raw_yaml(MINI / "categories.yaml")["categories"])
    assert sorted(ds.meetings) == ["testcity-2020-1", "testcity-2020-2"]
    assert ds.meeting_source == {"testcity-2020-1": "900_minutes.txt",
                                 "testcity-2020-2": "901_minutes.txt"}
    assert [ff.source for ff in ds.fact_files] == ["900_minutes.txt", "901_minutes.txt"]
    assert ds.sources["900_minutes.txt"].text == (MINI / "sources" / "900_minutes.txt").read_text("utf-8")


def test_models_remember_file_and_line():
    ds = load_dataset(MINI)
    facts = MINI / "facts" / "900.yaml"
    ff = ds.fact_files[0]
    flow = ff.flows[0]
    assert flow.where.endswith(f"900.yaml:{line_of(facts, '- id: 900-flow-1')}")
    quote = flow.evidence[0]
    assert quote._line == line_of(facts, "健診結果票をＵＳＢメモリに保存")
    correction = ff.concerns[0].answers[1]
    assert correction.correction and correction._line == line_of(facts, "- by: 事務局")
    assert correction.evidence[0]._line == line_of(facts, "健診結果票の一部に個人番号")
    entity = ds.entities["testcity"]
    assert entity.where.endswith(f"shared.yaml:{line_of(MINI / 'entities' / 'shared.yaml', 'id: testcity,')}")


def test_bare_string_quotes_and_quote_mappings_load_alike():
    ds = load_dataset(MINI)
    sg = ds.fact_files[0].safeguards[0]
    assert sg.evidence[0].quote == "ＵＳＢメモリは暗号化し、作業終了後に消去する。"
    assert sg.evidence[0].note
    assert ds.fact_files[0].flows[0].evidence[0].note is None
    assert ds.fact_files[0].concerns[0].answers[1].evidence[0].line == 11


def test_flow_defaults():
    flow = models.Flow.model_validate({"id": "f", "source": "a", "target": "b",
                                       "categories": ["name"], "evidence": "氏名など"})
    assert flow.status == "current"
    assert [q.quote for q in flow.evidence] == ["氏名など"]


@pytest.mark.parametrize("payload, field", [
    ({"id": "f", "source": "a", "target": "b", "categories": [], "evidence": ["氏名"]}, "categories"),
    ({"id": "f", "source": "a", "target": "b", "categories": ["x"], "evidence": []}, "evidence"),
    ({"id": "f", "source": "a", "target": "b", "categories": ["x"], "evidence": ["x"]}, "quote"),
])
def test_models_reject_empty_lists_and_one_character_quotes(payload, field):
    with pytest.raises(Exception) as info:
        models.Flow.model_validate(payload)
    assert field in str(info.value)


# --- load errors (library level; the CLI tests check the same through `kg`) ------


def _problems(root):
    with pytest.raises(DataError) as info:
        load_dataset(root)
    return info.value.problems


def test_all_problems_of_all_files_are_reported_together(mini_dir):
    edit(mini_dir / "facts" / "900.yaml", "    purpose: 健診結果の入力", "    purpse: 健診結果の入力")
    edit(mini_dir / "facts" / "901.yaml", "    number: \"1\"\n", "")
    problems = _problems(mini_dir)
    assert {(p.file.rsplit("/", 1)[-1], p.line) for p in problems} == {
        ("900.yaml", line_of(mini_dir / "facts" / "900.yaml", "purpse:")),
        ("901.yaml", line_of(mini_dir / "facts" / "901.yaml", "- id: 901-item-1")),
    }
    assert problems == sorted(problems)


def test_top_level_list_is_reported(mini_dir):
    write(mini_dir / "facts" / "902.yaml", "- source: 900_minutes.txt\n")
    [problem] = _problems(mini_dir)
    assert problem.file.endswith("902.yaml") and problem.line == 1
    assert "expected a mapping" in problem.message


def test_empty_fact_file_is_reported(mini_dir):
    write(mini_dir / "facts" / "902.yaml", "# nothing yet\n")
    [problem] = _problems(mini_dir)
    assert problem.file.endswith("902.yaml")
    assert "expected a mapping" in problem.message


def test_fact_file_for_an_unknown_source(mini_dir):
    write(mini_dir / "facts" / "902.yaml", "source: 902_minutes.txt\n")
    [problem] = _problems(mini_dir)
    assert problem.file.endswith("902.yaml") and problem.line == 1
    assert "unknown source '902_minutes.txt'" in problem.message
    assert "900_minutes.txt" in problem.message  # lists the known ones


def test_duplicate_entity_across_files(mini_dir):
    facts = mini_dir / "facts" / "901.yaml"
    edit(facts, "- {id: testcity-library,", "- {id: testcity-council,")
    edit(facts, "department: testcity-library", "department: null")
    [problem] = _problems(mini_dir)
    assert problem.file.endswith("901.yaml")
    assert problem.line == line_of(facts, "id: testcity-council")
    assert "duplicate entity id 'testcity-council'" in problem.message
    assert f"shared.yaml:{line_of(mini_dir / 'entities' / 'shared.yaml', 'id: testcity-council')}" \
        in problem.message


def test_duplicate_category_across_files(mini_dir):
    write(mini_dir / "categories" / "extra.yaml",
          "categories:\n  - {id: name, label: 名前, label_en: name}\n")
    [problem] = _problems(mini_dir)
    assert problem.file.endswith("extra.yaml") and problem.line == 2
    assert "duplicate category id 'name'" in problem.message


def test_wrong_type_is_reported_at_the_field(mini_dir):
    facts = mini_dir / "facts" / "900.yaml"
    edit(facts, "    type: re-entrusts", "    type: subcontracts")
    [problem] = _problems(mini_dir)
    assert problem.line == line_of(facts, "type: subcontracts")
    assert "relations.0.type" in problem.message
