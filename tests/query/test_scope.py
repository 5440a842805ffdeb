"""What a query looks at (kg.scope): category closure, ancestors, sensitivity, Scope."""
from __future__ import annotations

import datetime as dt

from kg.query.scope import (Scope, ancestors, category_closure, category_info, narrower,
                      sensitivity)
from query_fixtures import flows_build, flows_proj  # noqa: F401


def test_closure_takes_narrower_categories_and_containing_documents(flows_proj):
    # 特定個人情報 contains 個人番号 by definition (categories.yaml), like a document
    assert category_closure(flows_proj, "my-number") == {"my-number", "my-number-card",
                                                         "specific-personal-information"}
    assert category_closure(flows_proj, "specific-personal-information") == {
        "specific-personal-information", "my-number", "my-number-card"}
    # a document counts for every category it contains
    assert category_closure(flows_proj, "name") == {"name", "my-number-card"}


def test_closure_never_goes_up(flows_proj):
    assert "personal-information" not in category_closure(flows_proj, "my-number")
    assert category_closure(flows_proj, "health") == {"health"}


def test_closure_of_the_root_is_everything(flows_proj):
    assert category_closure(flows_proj, "personal-information") == set(flows_proj.categories)


def test_narrower_and_ancestors(flows_proj):
    below = narrower(flows_proj)
    assert below["specific-personal-information"] == {"my-number"}
    assert below["my-number"] == set()
    assert ancestors(flows_proj, "my-number") == {"specific-personal-information",
                                                  "personal-information"}
    assert ancestors(flows_proj, "personal-information") == set()


def test_sensitivity_is_inherited_and_the_strongest_wins(flows_proj):
    assert sensitivity(flows_proj, "my-number") == "specific"
    assert sensitivity(flows_proj, "name") == "ordinary"          # from the root
    assert sensitivity(flows_proj, "health") == "special-care"
    # a document takes the strongest of what it contains, above its broader root
    assert sensitivity(flows_proj, "my-number-card") == "specific"


def test_category_info(flows_proj):
    info = category_info(flows_proj, "my-number-card")
    assert info == {"id": "my-number-card", "label": "個人番号カード", "label_en": "My Number card",
                    "aliases": ["マイナンバーカード"], "kind": "document", "sensitivity": "specific"}


def _fact(municipality="ko-city", date="2020-01-15", status=None):
    fact = {"municipality": municipality, "date": date}
    if status is not None:
        fact["status"] = status
    return fact


def test_scope_admits_by_municipality():
    scope = Scope(municipality="ko-city")
    assert scope.admits(_fact("ko-city"))
    assert not scope.admits(_fact("otsu-city"))


def test_scope_admits_up_to_and_including_as_of():
    scope = Scope(as_of=dt.date(2020, 1, 15))
    assert scope.admits(_fact(date="2020-01-15"))
    assert scope.admits(_fact(date="2019-12-31"))
    assert not scope.admits(_fact(date="2020-01-16"))


def test_scope_admits_by_status_only_facts_that_have_one():
    scope = Scope(statuses=frozenset({"current"}))
    assert scope.admits(_fact(status="current"))
    assert not scope.admits(_fact(status="planned"))
    assert scope.admits(_fact())  # an access fact or a concern has no status


def test_empty_scope_admits_everything(flows_proj):
    assert len(Scope().facts(flows_proj)) == len(flows_proj.facts)


def test_scope_facts_are_filtered_sorted_and_of_one_kind(flows_proj):
    flows = Scope(municipality="ko-city", as_of=dt.date(2020, 12, 31)).facts(flows_proj, "flow")
    ids = [f["id"] for f in flows]
    assert ids == sorted(ids)
    # Ko's data: Ko's own flows and those stated for every participant (802-flow-3, -4)
    assert {i[:8] for i in ids} == {"800-flow", "802-flow"}
    assert len(ids) == 14
    assert "802-flow-1" not in ids
    planned = Scope(statuses=frozenset({"planned"})).facts(flows_proj, "flow")
    assert [f["id"] for f in planned] == ["801-flow-2"]
