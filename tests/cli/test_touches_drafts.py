"""``kg touches``, ``kg path`` and ``kg trace`` on a build with draft facts (``kg
extract``, ``kg build --include-drafts``): each row that rests on a draft fact is marked
（草案） in the table and CSV, and its step says ``"draft": true`` in JSON, as
who-can-see marks a draft hop; rows of reviewed facts are not marked."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from conftest import assert_clean_exit

#: A new 試験市 meeting: a flow from 健康課 (which the mini data's 900-flow-1 also
#: names) to a contractor, who re-entrusts part of the work.
MINUTES = """# 令和3年度第1回試験市個人情報保護審議会 会議録

開催日時\t令和3年6月1日（火）午後2時
<p>【諮問事項】</p>
（1）健診データ入力業務委託（健康課）
健康課は、個人番号を含む健診結果をUSBメモリで受託者へ渡す。
受託者は、市の承認を得て、氏名の入力作業を再委託先に再委託する。
審議の結果、承認された。
"""


@pytest.fixture
def drafted(cli, mini_dir, tmp_path):
    """``kg(*args)``: a command on a build of the mini data with a draft of MINUTES."""
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", minutes, "--data", mini_dir, "--out", out, "--mkdir"), 0)
    for sub in ("sources", "facts"):
        for file in (out / sub).iterdir():
            shutil.move(str(file), mini_dir / sub / file.name)
    build = tmp_path / "build"
    assert_clean_exit(cli("build", "--data", mini_dir, "--build", build, "--no-shacl",
                          "--include-drafts"), 0)

    def kg(*args):
        result = cli(*args, "--build", build)
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
    assert [line for line in table if "（草案）" in line] == \
        [line for line in table if "902 l." in line] != []

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
