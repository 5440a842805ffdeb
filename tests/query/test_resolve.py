"""Names typed by a user (kg.resolve): normalised matching, ambiguity, search."""
from __future__ import annotations

import pytest

from kg.errors import LookupFailed
from kg.graph.projection import FORMAT_VERSION, Projection
from kg.query.resolve import (belongs_to, name_key, owner, resolve_category, resolve_entity,
                              resolve_municipality, search)
from query_fixtures import flows_build, flows_proj  # noqa: F401


def test_name_key_normalises_width_case_spaces_and_company_forms():
    assert name_key("J-L I S") == name_key("Ｊ－ＬＩＳ") == name_key("j-lis")
    assert name_key("（株）エックス情報") == name_key("株式会社エックス情報") == name_key("㈱エックス情報")
    assert name_key(" マイ ナンバー ") == "マイナンバー"


@pytest.mark.parametrize("text", ["jlis", "J-LIS", "J-L I S", "Ｊ－ＬＩＳ", "ｊ－ｌ ｉ ｓ",
                                  "地方公共団体情報システム機構",
                                  "Japan Agency for Local Authority Information Systems"])
def test_entity_by_id_label_alias_and_variants(flows_proj, text):
    assert resolve_entity(flows_proj, text) == "jlis"


@pytest.mark.parametrize("text", ["株式会社エックス情報", "（株）エックス情報", "(株)エックス情報",
                                  "エックス情報", "X Information Co."])
def test_entity_company_forms(flows_proj, text):
    assert resolve_entity(flows_proj, text) == "vendor-x"


def test_alias_of_a_system(flows_proj):
    assert resolve_entity(flows_proj, "住基ネット") == "juki-net"


def test_an_exact_match_beats_partial_ones(flows_proj):
    # 基幹システム is an alias of ko-core-system and part of no other name; 保険年金課
    # is a label; 甲県国保連 is an alias that is also part of nothing else.
    assert resolve_entity(flows_proj, "基幹システム") == "ko-core-system"
    assert resolve_entity(flows_proj, "甲県国保連") == "kokuho-ko"


def test_a_unique_partial_match_resolves(flows_proj):
    assert resolve_entity(flows_proj, "計算センター") == "calc-center"


@pytest.mark.parametrize("text, expected", [
    ("国保連合会", {"kokuho-ko", "kokuho-otsu"}),   # one alias, two federations
    ("市民課", {"ko-shimin", "otsu-shimin"}),       # one label, two municipalities
])
def test_ambiguous_name_lists_the_candidates(flows_proj, text, expected):
    with pytest.raises(LookupFailed) as info:
        resolve_entity(flows_proj, text)
    message = str(info.value)
    assert "ambiguous" in message
    for key in expected:
        assert key in message
    assert "\n" not in message


def test_unknown_name(flows_proj):
    with pytest.raises(LookupFailed, match="no party or system matches '存在しない機関'") as failed:
        resolve_entity(flows_proj, "存在しない機関")
    # a name only a draft gives is not in a build made without drafts: the hint says so
    assert "kg build --include-drafts" in str(failed.value)
    with pytest.raises(LookupFailed):
        resolve_entity(flows_proj, "   ")


def test_lookup_failed_exit_code():
    assert LookupFailed("x").exit_code != 0


@pytest.mark.parametrize("text", ["マイナンバー", "My Number", "my-number", "個人番号",
                                  "ＭＹ ＮＵＭＢＥＲ"])
def test_category_names(flows_proj, text):
    assert resolve_category(flows_proj, text) == "my-number"


def test_category_document_alias(flows_proj):
    assert resolve_category(flows_proj, "マイナンバーカード") == "my-number-card"


def test_municipality_only_among_municipalities(flows_proj):
    assert resolve_municipality(flows_proj, "乙市") == "otsu-city"
    assert resolve_municipality(flows_proj, "Ko City") == "ko-city"
    # a department is no municipality
    assert resolve_entity(flows_proj, "保険年金課") == "ko-hoken"
    with pytest.raises(LookupFailed, match="no municipality matches"):
        resolve_municipality(flows_proj, "保険年金課")


# --- search ---------------------------------------------------------------------------


def test_search_normalises_width_and_spaces(flows_proj):
    rows = search(flows_proj, "ｊ－ｌ ｉ ｓ")
    assert rows[0]["id"] == "jlis" and rows[0]["match"] == "exact"
    assert rows[0]["kind"] == "public-body"
    assert search(flows_proj, "マイ ナンバー")[0]["id"] == "my-number"


def test_search_lists_exact_before_partial_and_finds_categories(flows_proj):
    rows = search(flows_proj, "個人番号")
    assert rows[0] == {"id": "my-number", "kind": "category", "label": "個人番号",
                       "label_en": "My Number", "aliases": ["マイナンバー"], "match": "exact",
                       "municipality": None}
    assert {"id": "my-number-card", "match": "partial"}.items() <= next(
        r for r in rows if r["id"] == "my-number-card").items()


def test_search_returns_every_candidate_of_an_ambiguous_name(flows_proj):
    ids = {r["id"] for r in search(flows_proj, "国保連")}
    assert {"kokuho-ko", "kokuho-otsu"} <= ids


def test_search_limit_and_nothing_found(flows_proj):
    assert len(search(flows_proj, "株式会社", limit=3)) <= 3
    assert search(flows_proj, "存在しない機関") == []


def test_unknown_name_suggests_close_matches(flows_proj):
    with pytest.raises(LookupFailed) as info:
        resolve_entity(flows_proj, "J-LIZ")
    assert "did you mean 地方公共団体情報システム機構 (party or system, jlis)" in str(info.value)


@pytest.mark.parametrize("text, suggested", [
    ("マイナンバーx", "個人番号"),           # a stray character
    ("xxマイナンバー", "個人番号"),
    ("マイナンバー番号", "個人番号"),         # a longer name is another thing, not this one
])
def test_a_known_name_inside_what_was_typed_is_suggested_not_answered(flows_proj, text,
                                                                     suggested):
    # Answering for 住民票 when 住民票コード was asked would be a confident wrong answer.
    with pytest.raises(LookupFailed) as info:
        resolve_category(flows_proj, text)
    assert "did you mean" in str(info.value) and suggested in str(info.value)


def test_a_typo_around_an_entity_name_is_suggested_not_answered(flows_proj):
    with pytest.raises(LookupFailed) as info:
        resolve_entity(flows_proj, "J-LIS!!")
    assert "did you mean 地方公共団体情報システム機構" in str(info.value)


def test_owner_follows_municipality_part_of_and_member_of():
    def ent(key, kind, **placed):
        return {"id": key, "type": kind, "label": key, "label_en": key, "aliases": [],
                **{f: placed.get(f) for f in ("municipality", "prefecture", "part_of",
                                              "member_of")}}
    entities = [ent("pref", "prefecture"), ent("city", "municipality", prefecture="pref"),
                ent("other", "municipality"), ent("dept", "department", municipality="city"),
                ent("section", "department", part_of="dept"),
                ent("contractor", "unnamed-party", municipality="city"),
                ent("engineer", "person-role", member_of="contractor"),
                ent("centre", "public-body", part_of="pref"), ent("jlis", "public-body"),
                ent("loop", "department", part_of="loop")]
    proj = Projection({"version": FORMAT_VERSION, "entities": {e["id"]: e for e in entities},
                       "categories": {}, "terms": {}, "meetings": {}, "sources": {},
                       "facts": {}})
    assert [owner(proj, k) for k in ("city", "dept", "section", "engineer", "centre", "jlis",
                                      "loop")] == ["city", "city", "city", "city", "pref",
                                                   None, None]
    assert belongs_to(proj, "engineer", "city") and belongs_to(proj, "centre", "city")
    assert not belongs_to(proj, "dept", "other") and not belongs_to(proj, "centre", "other")
    assert not belongs_to(proj, "jlis", "city")


def test_a_name_exactly_another_towns_party_names_this_towns_party_that_holds_it():
    # 霧ヶ丘市's minutes named its federation without a prefecture (国民健康保険団体連合会);
    # with -m 千鳥ヶ原市 the same words mean 緑川県国民健康保険団体連合会, that town's
    def ent(key, kind, label, **placed):
        return {"id": key, "type": kind, "label": label, "label_en": key, "aliases": [],
                **{f: placed.get(f) for f in ("municipality", "prefecture", "part_of",
                                              "member_of")}}
    entities = [ent("kiri", "municipality", "霧ヶ丘市"), ent("chido", "municipality", "千鳥ヶ原市"),
                ent("bare", "public-body", "国民健康保険団体連合会", municipality="kiri"),
                ent("green", "public-body", "緑川県国民健康保険団体連合会", municipality="chido"),
                ent("jlis", "public-body", "地方公共団体情報システム機構")]
    proj = Projection({"version": FORMAT_VERSION, "entities": {e["id"]: e for e in entities},
                       "categories": {}, "terms": {}, "meetings": {}, "sources": {},
                       "facts": {}})
    assert resolve_entity(proj, "国民健康保険団体連合会", "chido") == "green"
    assert resolve_entity(proj, "国民健康保険団体連合会", "kiri") == "bare"
    assert resolve_entity(proj, "国民健康保険団体連合会") == "bare"
    # (a national body belongs to no town: named as it is, whatever -m says)
    assert resolve_entity(proj, "地方公共団体情報システム機構", "chido") == "jlis"
