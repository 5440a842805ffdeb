"""A draft accepted without its placeholders filled (kg.data.review): kg validate names
each one with its file and line; a draft still under review may keep them."""
from __future__ import annotations

from conftest import assert_clean_exit, drafted, line_of


def test_a_draft_keeps_its_placeholders_an_accepted_file_may_not(cli, mini_dir, tmp_path):
    path = drafted(cli, mini_dir, tmp_path)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    path.write_text(path.read_text(encoding="utf-8").replace("draft: true", "draft: false"),
                    encoding="utf-8")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    line = line_of(path, "株式会社試験保守 (draft: add the English label)")
    assert f"{path.name}:{line}: label_en: still the draft's placeholder" in result.stderr
    # the source's entry still rides in the accepted file: one more step, at its first line
    line = line_of(path, "source_entry:") + 1
    assert f"{path.name}:{line}: source_entry: move this entry into sources.yaml" in result.stderr


def test_new_categories_keep_placeholders_only_under_their_draft_name(cli, mini_dir, tmp_path):
    drafted(cli, mini_dir, tmp_path, data="住民の氏名及び勤務先名")
    [draft] = (mini_dir / "categories").glob("*-draft.yaml")
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    # renamed as reviewed, with the placeholder left: named at its line
    accepted = draft.with_name(draft.name.replace("-draft", ""))
    draft.rename(accepted)
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    line = line_of(accepted, "(draft: new category)")
    assert f"{accepted.name}:{line}: label_en: still the draft's placeholder" in result.stderr


def test_an_accepted_draft_keeps_neither_its_notes_nor_its_draft_name(cli, mini_dir, tmp_path):
    path = drafted(cli, mini_dir, tmp_path)
    text = path.read_text(encoding="utf-8").replace("draft: true", "draft: false")
    path.write_text(text, encoding="utf-8")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    line = line_of(path, "'草案: ")
    assert f"{path.name}:{line}: description: still the draft's note" in result.stderr
    assert f"{path.name}:1: the file is accepted (no draft: true) but keeps its draft name: " \
           f"rename it to {path.name.replace('-draft', '')}" in result.stderr


def test_an_accepted_file_names_an_english_label_left_in_japanese(cli, mini_dir, tmp_path):
    path = drafted(cli, mini_dir, tmp_path)
    text = path.read_text(encoding="utf-8").replace("draft: true", "draft: false")
    path.write_text(text.replace("株式会社試験保守 (draft: add the English label)", "確認済み: 株式会社試験保守"),
                    encoding="utf-8")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    line = line_of(path, "確認済み: 株式会社試験保守")
    assert f"{path.name}:{line}: label_en: not English ('確認済み: 株式会社試験保守' keeps the " \
           "Japanese name or has no English word); write the English label of '株式会社試験保守'" \
           in result.stderr
