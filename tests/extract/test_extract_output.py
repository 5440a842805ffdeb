"""kg.extract.output: a run's drafts are written all at once, and nothing under review or
drafted before under another number is lost."""
from __future__ import annotations

import pytest

from kg.errors import ExtractError
from kg.extract.output import write_folder


def _old_draft(out):
    (out / "sources").mkdir(parents=True)
    (out / "facts").mkdir()
    (out / "sources" / "005_abc123.txt").write_text("議事録\n", encoding="utf-8")
    (out / "facts" / "005-draft.yaml").write_text("draft: true\n", encoding="utf-8")


def test_the_same_minutes_drafted_before_under_another_number_stop_the_run(tmp_path):
    # nc70 U4: the data folder took 005 since, so a rerun wrote the same minutes' 006 beside
    # their old 005 draft, which copied into data/ would have made a second 005
    out = tmp_path / "drafts"
    _old_draft(out)
    with pytest.raises(ExtractError) as err:
        write_folder(out, {"sources/006_abc123.txt": "議事録\n", "facts/006-draft.yaml": "draft: true\n"})
    [line] = str(err.value).split("\n")
    assert line.startswith(str(out / "sources" / "005_abc123.txt")) and "now 006" in line and "--force" in line
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == ["005-draft.yaml", "005_abc123.txt"]


def test_force_writes_beside_the_old_draft_and_other_minutes_never_stop_it(tmp_path):
    # guard: only the same minutes stop a run (passes without the change too)
    out = tmp_path / "drafts"
    _old_draft(out)
    write_folder(out, {"sources/006_abc123.txt": "議事録\n"}, force=True)
    write_folder(out, {"sources/007_def456.txt": "別の議事録\n"})  # (other minutes: no conflict)
    assert sorted(p.name for p in (out / "sources").iterdir()) == ["005_abc123.txt", "006_abc123.txt",
                                                                     "007_def456.txt"]
