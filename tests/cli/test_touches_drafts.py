"""``kg touches``, ``path``, ``trace``, ``who-can-see`` and ``impact`` on a build with
draft facts (``kg extract``, ``kg build --include-drafts``): each row that rests on a
draft fact is marked （草案） in the table and CSV, and its step says ``"draft": true``
in JSON, as who-can-see marks a draft hop; rows of reviewed facts are not marked."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import assert_clean_exit, build_with_draft


@pytest.fixture
def drafted(cli, draft_build):
    """``kg(*args)``: a command on a build of the mini data with a draft (conftest)."""

    def kg(*args):
        result = cli(*args, "--build", draft_build)
        assert_clean_exit(result, 0)
        return result.stdout

    return kg


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_touches_marks_rows_that_rest_on_draft_facts(drafted, monkeypatch):
    answer = json.loads(drafted("touches", "健康課", "--format", "json"))
    steps = {s["fact"]: s for s in answer["flows_out"]}
    draft = [f for f in steps if f.startswith("902-")]
    assert draft and all(steps[f]["draft"] is True for f in draft)
    assert "draft" not in steps["900-flow-1"]  # the reviewed flow of the mini data

    rows = {r["fact"]: r for r in _rows(drafted("touches", "健康課", "--format", "csv"))}
    assert all(rows[f]["to"].endswith("（草案）") for f in draft)
    assert rows["900-flow-1"]["to"] == "住民健診データ入力業務受託者（名称不明）"
    monkeypatch.setenv("COLUMNS", "200")  # one line per row
    table = drafted("touches", "健康課").splitlines()
    body = [line for line in table if not line.startswith("minutes:")]
    assert [line for line in body if "（草案）" in line] == \
        [line for line in body if "902 l." in line] != []
    assert table[-1].endswith("（草案）: a draft's quote, not yet reviewed")

    # the draft contractor: the flow in, the entrustment and re-entrustment (relations)
    contractor = steps[draft[0]]["to"]
    rows = _rows(drafted("touches", contractor, "--format", "csv"))
    roles = {r["role"] for r in rows}
    assert {"flows_in", "entrusted_by", "re_entrustments"} <= roles
    assert all(r["to"].endswith("（草案）") for r in rows)


def test_path_and_trace_mark_the_hops_that_rest_on_draft_facts(drafted):
    # the draft's contractor, by the id the draft gave it
    answer = json.loads(drafted("touches", "健康課", "--format", "json"))
    contractor = next(s["to"] for s in answer["flows_out"] if s["fact"].startswith("902-"))
    rows = _rows(drafted("path", "健康課", contractor, "--format", "csv"))
    assert rows and all(r["to"].endswith("（草案）") == r["fact"].startswith("902-") for r in rows)
    assert any(r["fact"].startswith("902-") for r in rows)
    traced = _rows(drafted("trace", "個人番号", "--format", "csv"))
    assert any(r["to"].endswith("（草案）") for r in traced)
    assert all(r["to"].endswith("（草案）") == r["fact"].startswith("902-") for r in traced)


def test_every_row_resting_on_a_draft_quote_cites_it_as_a_draft(drafted):
    """The controller row (the draft says where the data is held) and impact rows have no
    draft hop to mark: their ``ref`` says the quote is a draft's; reviewed ones do not."""
    rows = _rows(drafted("who-can-see", "個人番号", "-m", "試験市", "--format", "csv"))
    drafts = [r for r in rows if r["evidence"].startswith("902_")]
    assert {r["access"] for r in drafts} >= {"controller", "direct"}
    assert all(r["ref"].endswith("（草案）") for r in drafts)
    reviewed = [r for r in rows if r not in drafts]
    assert reviewed and all(not r["ref"].endswith("（草案）") for r in reviewed)
    answer = json.loads(drafted("who-can-see", "個人番号", "-m", "試験市", "--format", "json"))
    cited = [e for p in answer["parties"] for r in p["routes"] for h in r["hops"]
             for e in h["evidence"]]
    assert any(e.get("draft") for e in cited)
    assert all(e.get("draft", False) == e["source"].startswith("902_") for e in cited)

    impact = _rows(drafted("impact", "健康課", "--mode", "outage", "--format", "csv"))
    assert any(r["evidence"].startswith("902_") for r in impact)
    assert all(r["ref"].endswith("（草案）") == r["evidence"].startswith("902_") for r in impact)


LABELLED = """# 令和3年度第2回試験市個人情報保護審議会 会議録

開催日時\t令和3年9月1日（水）午後2時
<p>【諮問事項】</p>
（1）健診データ入力業務委託（健康課）

（健康課長）
健康課は、個人番号を含む健診結果をUSBメモリで受託者へ渡す。

（委員）
受託者の社員は個人番号を見ることができるのですか。

（健康課長）
受託者の社員は、個人番号を閲覧することはできません。
"""


def test_a_quote_on_the_line_after_its_speakers_label_is_shown_with_it(cli, tmp_path):
    """A fact quoting a speaker's label and the sentence on the next line: answers show
    both, ``l.14–15``, never the label alone."""
    build = build_with_draft(tmp_path, LABELLED)
    rows = _rows(cli("who-can-see", "個人番号", "-m", "試験市", "--build", build,
                     "--format", "csv").stdout)
    [denied] = [r for r in rows if r["access"] == "excluded" and r["ref"].startswith("902")]
    label = LABELLED.split("\n").index("受託者の社員は、個人番号を閲覧することはできません。")  # 0-based
    assert denied["ref"] == f"902 l.{label}–{label + 1} （草案）"
    assert denied["quote"] == "（健康課長） 受託者の社員は、個人番号を閲覧することはできません。"


RETURNED = """# 令和3年度第3回試験市個人情報保護審議会 会議録

開催日時\t令和3年11月1日（月）午後2時
<p>【諮問事項】</p>
（1）申告書入力業務の再委託（健康課）

（健康課長）
健康課は、申告書の入力業務を、引き続き株式会社入力丙に委託している。
株式会社入力丙は、入力した氏名及び個人番号のデータをDVD-Rに格納して健康課に納品する。
"""


def test_a_contractor_that_hands_the_data_back_is_entrusted_not_direct(cli, tmp_path):
    # the minutes show the data only on its way back from the contractor: it holds the
    # city's data for the city, as its entrustment says (data/rules.yaml's R4 then leaves it
    # out: entrusted access is inside the My Number Act's roles)
    build = build_with_draft(tmp_path, RETURNED)
    rows = _rows(cli("who-can-see", "個人番号", "-m", "試験市", "--build", build,
                     "--format", "csv").stdout)
    assert [r["access"] for r in rows if r["party"] == "株式会社入力丙"] == ["entrusted"]


def test_show_of_a_draft_party_names_its_kind_not_the_placeholder(drafted, monkeypatch):
    # nc50 U8: (株式会社… (draft: add the English label)), and "1 facts"
    answer = json.loads(drafted("touches", "健康課", "--format", "json"))
    contractor = next(s["to"] for s in answer["flows_out"] if s["fact"].startswith("902-"))
    monkeypatch.setenv("COLUMNS", "200")
    footer = drafted("show", contractor).splitlines()
    head = next(line for line in footer if "whose data:" in line)
    assert "(draft:" not in head and ", draft)" in head
    count = next(line for line in footer if line.endswith(("fact", "facts")))
    assert count in ("1 fact",) or not count.startswith("1 ")
