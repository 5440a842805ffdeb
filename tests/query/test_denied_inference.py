"""A relationship that names no data passes on what its start holds, but not what the
same agenda item says its party does not get (docs/semantics.md, "How far access
goes"): the review workflow end to end, through the CLI, on hand-written minutes.

Item (1) re-entrusts part of the work and says the subcontractor does not handle
個人番号, with no narrower context: the subcontractor is excluded, not reached.
Item (2) says the same only "in normal operation" (通常の運用では): a narrower
context, so the re-entrustment still reaches the subcontractor and both are shown.
Item (3) denies a document (健診結果票, which contains 氏名 and 健康情報): what it
contains is denied with it.
"""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import MINI, assert_clean_exit, kg

MINUTES = """# 令和3年度第1回試験市個人情報保護審議会 会議録

開催日時\t令和3年6月1日（火）午後2時
<p>【諮問事項】</p>
（1）住民税通知書封入業務委託（税務課）
税務課は、氏名と個人番号を記録したDVDを株式会社乙封入に渡す。
株式会社乙封入は、封入作業の一部を再委託する。
再委託先は個人番号を取り扱わない。
（2）発送業務委託（税務課）
税務課は、氏名と個人番号を記録したDVDを株式会社丙発送に渡す。
株式会社丙発送は、発送作業の一部を再委託する。
再委託先は、通常の運用では個人番号を閲覧できない。
（3）健診結果入力業務委託（健康課）
健康課は、健診結果票を株式会社丁入力に渡す。
株式会社丁入力は、入力作業の一部を再委託する。
再委託先は健診結果票を取り扱わない。
審議の結果、承認された。
"""
FORMS_SUB = "健診結果入力業務の再委託先（名称不明）"
SEALING_SUB = "住民税通知書封入業務の再委託先（名称不明）"
SHIPPING_SUB = "発送業務の再委託先（名称不明）"


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    """``ask(*args)``: the JSON answer of a command on a build of the mini data with a
    reviewed draft of MINUTES."""
    tmp = tmp_path_factory.mktemp("denied")
    data = tmp / "data"
    shutil.copytree(MINI, data)
    (tmp / "minutes.txt").write_text(MINUTES, encoding="utf-8")

    def run(*args):
        result = kg(*args)
        assert_clean_exit(result, 0)
        return result.stdout

    out = tmp / "drafts"
    run("extract", tmp / "minutes.txt", "--data", data, "--out", out, "--mkdir")
    for sub in ("sources", "facts"):
        for file in (out / sub).iterdir():
            shutil.move(str(file), data / sub / file.name)
    build = tmp / "build"
    run("build", "--data", data, "--build", build, "--no-shacl", "--include-drafts")
    return lambda *args: json.loads(run(*args, "--build", build, "--format", "json"))


def _labels(rows: list[dict]) -> set[str]:
    return {r["label"] for r in rows}


def test_the_minutes_give_the_facts_this_rule_is_about(ask):
    # guards the cases below: each subcontractor is re-entrusted without data and excluded
    answer = ask("who-can-see", "個人番号", "-m", "試験市")
    assert {SEALING_SUB, SHIPPING_SUB} <= _labels(answer["excluded"])
    assert {"株式会社乙封入", "株式会社丙発送"} <= _labels(answer["parties"])


def test_an_exclusion_of_the_same_item_stops_what_the_re_entrustment_would_pass(ask):
    answer = ask("who-can-see", "個人番号", "-m", "試験市")
    assert SEALING_SUB not in _labels(answer["parties"])
    row = next(r for r in answer["excluded"] if r["label"] == SEALING_SUB)
    assert row["granted_routes"] == []


def test_the_subcontractor_still_gets_the_data_not_denied(ask):
    answer = ask("who-can-see", "氏名", "-m", "試験市")
    row = next(r for r in answer["parties"] if r["label"] == SEALING_SUB)
    assert row["access"] == "entrusted"


def test_an_exclusion_in_a_narrower_context_takes_nothing_back(ask):
    answer = ask("who-can-see", "個人番号", "-m", "試験市")
    reached = next(r for r in answer["parties"] if r["label"] == SHIPPING_SUB)
    assert reached["access"] == "entrusted" and reached["exclusions"]
    row = next(r for r in answer["excluded"] if r["label"] == SHIPPING_SUB)
    assert row["granted_routes"]


def test_a_leak_of_the_contractor_reaches_the_subcontractor_without_the_denied_data(ask):
    answer = ask("impact", "株式会社乙封入", "--mode", "leak")
    row = next(r for r in answer["affected"] if r["party"]["label"] == SEALING_SUB)
    assert "name" in row["categories"] and "my-number" not in row["categories"]
    other = ask("impact", "株式会社丙発送", "--mode", "leak")
    row = next(r for r in other["affected"] if r["party"]["label"] == SHIPPING_SUB)
    assert "my-number" in row["categories"]


def test_a_denied_document_takes_what_it_contains_with_it(ask):
    # 再委託先は健診結果票を取り扱わない: nor the 健康情報 on the form, by this inference
    answer = ask("who-can-see", "健康情報", "-m", "試験市")
    assert "株式会社丁入力" in _labels(answer["parties"])
    assert FORMS_SUB not in _labels(answer["parties"])
    assert FORMS_SUB in _labels(answer["excluded"])
