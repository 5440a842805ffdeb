"""A projection focused on one municipality (only its pieces read) answers questions
about that municipality's data exactly as the whole projection does."""
from __future__ import annotations

import pytest

from kg.errors import KGError
from kg.graph import pipeline
from kg.graph.store import load_projection
from kg.graph.synthetic import write_dataset
from kg.query.access import who_can_see
from kg.query.impact import impact
from kg.query.trace import trace

CATEGORIES = ["個人番号", "住民票", "国民健康保険の資格情報", "健康情報"]


def _answer(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except KGError as exc:  # the same question must fail the same way
        return ("error", str(exc))


def _municipalities(build):
    proj = load_projection(build)
    return sorted({f["controller"] for f in proj.facts.values() if f.get("controller")})


def _check(build, targets):
    whole = load_projection(build)
    answered = 0
    for municipality in _municipalities(build):
        focused = load_projection(build).focus(municipality)
        assert focused.focused == municipality and len(focused.facts) < len(whole.facts)
        for category in CATEGORIES:
            answer = _answer(who_can_see, whole, category, municipality)
            assert _answer(who_can_see, focused, category, municipality) == answer, \
                (municipality, category)
            answered += isinstance(answer, dict) and bool(answer["parties"])
            assert _answer(trace, focused, category, municipality=municipality) == \
                _answer(trace, whole, category, municipality=municipality)
        for target in targets:
            for mode in ("leak", "outage"):
                assert _answer(impact, focused, target, mode, municipality=municipality) == \
                    _answer(impact, whole, target, mode, municipality=municipality)
    assert answered >= len(_municipalities(build)), "most questions have parties to compare"


def test_focused_answers_on_the_bundled_data(real_build):
    _check(real_build, ["J-LIS", "東京都国民健康保険団体連合会"])


@pytest.mark.slow
def test_focused_answers_on_synthetic_municipalities(tmp_path):
    data = write_dataset(tmp_path / "syn", 8)
    build = tmp_path / "build"
    pipeline.build_folder(data, build, shacl=False)
    _check(build, ["J-LIS"])
