"""Questions and answers written from the minutes (``tests/answers/*.yaml``).

Each question was written by reading one seed's minutes, not from the tool's
output: what the answer must include and, where the minutes make it clear,
what it must not (another prefecture's federation, a party excluded in this
context, a contractor of an unrelated item, a party reached only through a
municipality or department). They run against the bundled data.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.query.access import who_can_see
from kg.query.impact import impact

ANSWERS = Path(__file__).resolve().parents[1] / "answers"
QUESTIONS = [q for path in sorted(ANSWERS.glob("*.yaml"))
             for q in yaml.safe_load(path.read_text(encoding="utf-8"))]


def _listed(proj, question) -> set[str]:
    """Return the entity ids the answer lists, for the question's municipality."""
    muni = question.get("municipality")
    if question["ask"] == "who-can-see":
        answer = who_can_see(proj, question["category"], municipality=muni)
        return {row["id"] for key in ("parties", "systems", "subjects") for row in answer[key]}
    mode = question["ask"].removeprefix("impact-")
    answer = impact(proj, question["target"], mode=mode, municipality=muni)
    return {row["party"]["id"] for row in answer["affected"]}


def test_there_are_enough_questions_from_every_seed():
    assert len(QUESTIONS) >= 30
    sources = {q["source"] for q in QUESTIONS}
    assert len(sources) == 5, sources
    assert len({q["id"] for q in QUESTIONS}) == len(QUESTIONS)


@pytest.mark.parametrize("question", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer(real_proj, real_data, question):
    # The expectation rests on a line of the minutes; it must exist.
    lines = (real_data / "sources" / question["source"]).read_text(encoding="utf-8").split("\n")
    assert 1 <= question["line"] <= len(lines)
    listed = _listed(real_proj, question)
    for key in question.get("must_include") or []:
        assert key in real_proj.entities, f"unknown entity {key}"
        assert key in listed, f"{question['id']}: {key} missing ({question['note'][:120]})"
    for key in question.get("must_not_include") or []:
        assert key in real_proj.entities, f"unknown entity {key}"
        assert key not in listed, f"{question['id']}: {key} listed ({question['note'][:120]})"
