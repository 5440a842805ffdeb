"""``kg extract`` through the command line: what it prints, what it writes, that
``kg validate`` accepts the drafts once moved into the data folder, that builds
leave drafts out unless asked and mark them when asked, that a re-run does not
propose reviewed facts again, and that bad input is one line, exit 1, nothing written."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from rich.cells import cell_len

from conftest import assert_clean_exit, csv_rows
from kg.graph.store import load_projection

import minutes
from test_reading import image_pdf, text_pdf


def _minutes(tmp_path: Path, text: str = minutes.FULL, name: str = "minutes.txt",
             encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _accepted(text: str, data: Path) -> str:
    """A draft's YAML as its reviewer accepts it: no longer a draft, English labels written,
    the extractor's notes (草案: …) gone, its source's entry moved into sources.yaml."""
    entry = (yaml.safe_load(text) or {}).get("source_entry")
    if entry is not None:
        registry = data / "sources.yaml"
        doc = yaml.safe_load(registry.read_text(encoding="utf-8"))
        doc["sources"].append(entry)
        registry.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
        # the block under the top-level key, up to the next top-level key
        text = re.sub(r"(?m)^source_entry:\n(?:(?: .*)?\n)*", "", text)
    text = re.sub(r"description: '?草案:[^\n]*", "description: reviewed", text)  # its notes replaced
    text = re.sub(r"(?m)^\s*note: '?推定を含む.*\n", "", text)  # (each inferred flow checked)
    # (an English label written in: the Japanese one with a mark would not pass, nc67 U8)
    text = re.sub(r"(?m)^(\s*label_en: ).*\(draft: [^)]*\)'?$", r"\1reviewed", text)
    return re.sub(r" \(draft: [^)]*\)", " (reviewed)", text.replace("draft: true", "draft: false"))


def _draft_of(cli, tmp_path: Path, text: str) -> dict:
    """The draft fact file ``kg extract --out`` writes for the minutes ``text``, as read."""
    source = tmp_path / "m.txt"
    source.write_text(text, encoding="utf-8")
    assert_clean_exit(cli("extract", source, "--out", tmp_path / "out", "--mkdir"), 0)
    [draft] = (tmp_path / "out" / "facts").glob("*-draft.yaml")
    return yaml.safe_load(draft.read_text(encoding="utf-8"))


def _move_into(out: Path, data: Path) -> None:
    for sub in ("sources", "facts", "categories"):
        if (out / sub).is_dir():
            for file in (out / sub).iterdir():
                (data / sub).mkdir(exist_ok=True)
                shutil.move(str(file), data / sub / file.name)


def test_table_lists_each_proposal_with_its_line(cli, mini_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    result = cli("extract", _minutes(tmp_path), "--data", mini_dir)
    assert_clean_exit(result, 0)
    out = " ".join(result.stdout.split())
    assert "市民課 → 警察" in out
    assert "re-entrusts" in out and "excluded" in out
    assert "試験市 2021-06-01" in out and "My Number: yes" in out
    # the agenda items first, named as the minutes' kind of item does (諮問, not No.1:
    # 諮問 and 報告 read alike), with what the council decided; （1） under 【諮問事項】 is
    # the item's place in the agenda, not a 諮問第1号 the minutes never say (nc49 W10)
    # (the outcome beside the kind, as a flow's status: nc50 U7)
    assert re.search(r"^item [a-z -]+ +諮問\(1\) 防犯カメラ映像の提供", result.stdout, re.M)
    assert re.search(r"^item approved +諮問\(2\) 健診データ入力業務委託", result.stdout, re.M)
    assert "諮問第" not in out
    # a hand-over not yet running says so at any width (nc45: planned or current was -v only),
    # and one running says that (nc50 U7: "flow" alone read as no status)
    assert re.search(r"^flow planned +市民課 → 警察", result.stdout, re.M)
    assert not re.search(r"^flow {2,}\S", result.stdout, re.M)
    # without --out nothing is saved, and the footer says so (no arrow to a file name)
    assert "nothing written: --out DIR saves" in out and "→ 90" not in out


@pytest.mark.parametrize("more", [0, 1])
def test_a_batch_with_a_bad_file_says_why_nothing_was_written(cli, mini_dir, tmp_path, more):
    # one good file (and another, for the summary table) and an empty one, with --out:
    # exit 1, the good ones shown, and the footer blames the bad file, not a missing
    # --out (nc44 U8)
    good = [_minutes(tmp_path)] + [_minutes(tmp_path, minutes.PROVISION, "second.txt")] * more
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = cli("extract", *good, empty, "--out", tmp_path / "out", "--mkdir", "--data", mini_dir)
    assert_clean_exit(result, 1)
    out = " ".join(result.stdout.split())
    assert "nothing written to --out" in out and "--out DIR saves" not in out
    assert "empty.txt: the file is empty" in result.stderr and not (tmp_path / "out").exists()


def test_an_unknown_encoding_is_a_usage_error(cli, mini_dir, tmp_path):
    result = cli("extract", _minutes(tmp_path), "--encoding", "foo", "--data", mini_dir)
    assert_clean_exit(result, 2)
    assert "unknown encoding 'foo'" in result.stderr


def test_the_table_says_a_re_entrustment_is_forbidden(cli, mini_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    result = cli("extract", _minutes(tmp_path, minutes.FORBIDDEN), "--data", mini_dir)
    assert_clean_exit(result, 0)
    assert "re-entrusts (forbidden)" in result.stdout


def test_json_has_the_promised_fields(cli, mini_dir, tmp_path):
    path = _minutes(tmp_path, minutes.FULL.replace("\n", "\r\n"), encoding="cp932")
    result = cli("extract", path, "--data", mini_dir, "--format", "json")
    assert_clean_exit(result, 0)
    [doc] = json.loads(result.stdout)
    assert doc["encoding"] == "cp932" and doc["municipality"] == "試験市"
    assert doc["date"] == "2021-06-01" and doc["my_number_involved"] is True
    for entity in doc["entities"]:
        assert {"label", "type", "id", "line", "quote"} <= set(entity)
    flow = next(f for f in doc["flows"] if f["to"] == "警察")
    assert {"from", "to", "from_id", "to_id", "categories", "channel", "line", "quote"} <= set(flow)
    assert flow["channel"] == "electronic-media"
    assert doc["my_number_evidence"] and all("line" in e for e in doc["my_number_evidence"])


def test_batch_summary_and_csv(cli, mini_dir, tmp_path):
    one = _minutes(tmp_path, minutes.FULL, "a.txt")
    two = _minutes(tmp_path, minutes.MY_NUMBER_NEGATED, "b.html".replace(".html", ".txt"))
    result = cli("extract", one, two, "--data", mini_dir, "--format", "csv")
    assert_clean_exit(result, 0)
    lines = result.stdout.strip().split("\n")
    assert lines[0].startswith("file,source,municipality,date,items,entities,flows")
    assert len(lines) == 3
    assert lines[1].endswith(",yes") and lines[2].endswith(",no")


def test_batch_table_names_files_within_their_folder(cli, mini_dir, tmp_path, monkeypatch):
    # at 80 columns a long folder folded each path mid-name (/tmp/nc38/a_asagi-202 / 5-1.txt):
    # the table names each file within the folder the footer gives; csv keeps the path
    monkeypatch.setenv("COLUMNS", "80")
    one = _minutes(tmp_path, minutes.FULL, "a.txt")
    two = _minutes(tmp_path, minutes.MY_NUMBER_NEGATED, "b.txt")
    result = cli("extract", one, two, "--data", mini_dir)
    assert_clean_exit(result, 0)
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines[2:4]] == ["a.txt", "b.txt"]
    assert lines[lines.index("the files above are in:") + 1] == f"{tmp_path}/"
    csv = cli("extract", one, two, "--data", mini_dir, "--format", "csv").stdout.splitlines()
    assert csv[1].startswith(f"{one},")


def test_verbose_batch_shows_each_files_proposals_then_the_summary(cli, mini_dir, tmp_path, monkeypatch):
    # nc46 U1: -v on several files printed the summary alone, as without -v: no fact and
    # no quote to review unless each file was run on its own
    monkeypatch.setenv("COLUMNS", "120")
    one = _minutes(tmp_path, minutes.FULL, "a.txt")
    two = _minutes(tmp_path, minutes.MY_NUMBER_NEGATED, "b.txt")
    result = cli("extract", "-v", one, two, "--data", mini_dir)
    assert_clean_exit(result, 0)
    out = result.stdout
    # each file's own table, quotes and all, in the order given, then the summary rows (the
    # footer's saved name is the batch's: 005 and 006)
    alone = [cli("extract", "-v", path, "--data", mini_dir).stdout.split(f"{path}:")[0].strip()
             for path in (one, two)]
    assert all(alone) and out.index(alone[0]) < out.index(alone[1]) < out.index("the files above are in:")
    assert "quote:" in out
    lines = out.splitlines()
    assert [line.split()[0] for line in lines if line.startswith(("a.txt", "b.txt"))] == ["a.txt", "b.txt"]


def test_batch_table_keeps_a_long_file_name_whole_at_80_columns(cli, mini_dir, tmp_path,
                                                                monkeypatch):
    # nc42 I4: a_kozuegaoka_2025-10.txt came out as a_kozuegaoka_2025-10. / txt, three
    # columns short; one space fewer between columns keeps every cell whole
    monkeypatch.setenv("COLUMNS", "80")
    one = _minutes(tmp_path, minutes.FULL, "a_kozuegaoka_2025-10.txt")
    two = _minutes(tmp_path, minutes.MY_NUMBER_NEGATED, "b_minutes_of_2025-11.txt")
    result = cli("extract", one, two, "--data", mini_dir)
    assert_clean_exit(result, 0)
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines[:4]) <= 80
    assert [line.split()[0] for line in lines[2:4]] == ["a_kozuegaoka_2025-10.txt",
                                                        "b_minutes_of_2025-11.txt"]


def test_drafts_validate_build_only_when_asked_and_are_marked(cli, mini_dir, tmp_path):
    out = tmp_path / "drafts"
    result = cli("extract", _minutes(tmp_path), "--data", mini_dir, "--out", out, "--mkdir")
    assert_clean_exit(result, 0)
    assert "nothing written" not in result.stdout and "wrote" in result.stdout
    facts = list((out / "facts").glob("*.yaml"))
    sources = list((out / "sources").glob("*.txt"))
    assert [f.name for f in facts] == ["902-draft.yaml"] and len(sources) == 1
    draft = yaml.safe_load(facts[0].read_text(encoding="utf-8"))
    assert draft["draft"] is True and draft["source_entry"]["meeting"]["date"] == "2021-06-01"
    text = sources[0].read_text(encoding="utf-8")
    for section in ("agenda_items", "flows", "relations", "access"):
        for fact in draft.get(section, []):
            assert 0 <= fact["confidence"] <= 1
            for quote in fact["evidence"]:  # verbatim on its line of the saved text
                assert quote["quote"] in text.split("\n")[quote["line"] - 1]
    _move_into(out, mini_dir)
    checked = cli("validate", "--data", mini_dir)
    assert_clean_exit(checked, 0)
    # (valid is not reviewed: validate says a draft is still under review)
    assert "1 draft fact file still under review (draft: true)" in checked.stdout

    plain = tmp_path / "plain"
    built = cli("build", "--data", mini_dir, "--build", plain, "--no-shacl")
    assert_clean_exit(built, 0)
    assert "left out 1 draft fact file (kg extract); --include-drafts builds it" in built.stdout
    assert not any(f.get("draft") for f in load_projection(plain).facts.values())
    drafts = tmp_path / "with-drafts"
    included = cli("build", "--data", mini_dir, "--build", drafts, "--no-shacl", "--include-drafts")
    assert_clean_exit(included, 0)
    assert "built 1 draft fact file (kg extract) too: answers mark what rests on it （草案）" \
        in included.stdout
    marked = [f for f in load_projection(drafts).facts.values() if f.get("draft")]
    assert marked and all(f["source"] == sources[0].name for f in marked)
    answer = cli("who-can-see", "個人番号", "--build", drafts, "--format", "json")
    assert_clean_exit(answer, 0)
    routes = [r for p in json.loads(answer.stdout)["parties"] for r in p["routes"]]
    assert any(r.get("draft") for r in routes)
    table = cli("who-can-see", "個人番号", "--build", drafts)
    assert "（草案）" in table.stdout
    # show marks a draft fact in its table as the other queries do (its JSON says draft)
    shown = cli("show", "警察", "--build", drafts, "--format", "csv")
    assert_clean_exit(shown, 0)
    assert "（草案）" in shown.stdout
    assert "（草案）" not in cli("show", "警察", "--build", plain, "--format", "csv").stdout
    # a name no build knows: the hint to build with drafts only where this one has none
    missing = [cli("touches", "株式会社存在しない", "--build", b).stderr for b in (plain, drafts)]
    assert ["--include-drafts" in m for m in missing] == [True, False]
    # a draft exclusion is marked too (受託者は、個人番号を閲覧できない): its quote's ref
    rows = cli("who-can-see", "個人番号", "--build", drafts, "--format", "csv").stdout.splitlines()
    header = rows[0].lstrip("\ufeff").split(",")
    excluded = [dict(zip(header, r.split(","))) for r in rows[1:] if r.startswith("excluded,")]
    drafted = [e for e in excluded if e["party_id"].startswith("902-")]
    assert drafted and all(e["ref"].endswith("（草案）") for e in drafted)
    assert all(not e["ref"].endswith("（草案）") for e in excluded if e not in drafted)
    # the summary counts the draft's minutes only when asked, as the build does
    counted = lambda *more: {r["file"] for r in json.loads(cli(  # noqa: E731
        "stats", "--data", mini_dir, "--format", "json", *more).stdout)["sources"]}
    assert counted("--include-drafts") - counted() == {sources[0].name}
    # and the table says what it left out (nc48 U2: the build had 8 minutes, stats 5)
    table = cli("stats", "--data", mini_dir).stdout
    assert "1 draft fact file left out; --include-drafts counts them" in table
    assert "left out" not in cli("stats", "--data", mini_dir, "--include-drafts").stdout


def _reviewed_then_again(cli, mini_dir, tmp_path, edit=lambda text: text) -> tuple[Path, dict]:
    """Extract the minutes, accept the draft as curated facts of 902 (after ``edit``),
    check them, and extract the saved source again: return it and the second draft."""
    out = tmp_path / "first"
    assert_clean_exit(cli("extract", _minutes(tmp_path), "--data", mini_dir, "--out", out,
                          "--mkdir"), 0)
    reviewed = out / "facts" / "902-draft.yaml"
    assert yaml.safe_load(reviewed.read_text(encoding="utf-8")).get("flows")
    reviewed.write_text(edit(_accepted(reviewed.read_text(encoding="utf-8"), mini_dir)), encoding="utf-8")
    reviewed.rename(out / "facts" / "902.yaml")
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    again = tmp_path / "again"
    source = next((mini_dir / "sources").glob("902_*.txt"))
    assert_clean_exit(cli("extract", source, "--data", mini_dir, "--out", again, "--mkdir"), 0)
    path = again / "facts" / "902-draft.yaml"  # (none when nothing is new)
    return source, yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_rerun_does_not_propose_reviewed_facts(cli, mini_dir, tmp_path):
    # the reviewer accepts the draft as it is: it becomes curated facts of 902
    source, second = _reviewed_then_again(cli, mini_dir, tmp_path)
    assert "source_entry" not in second  # the source is known now
    assert not second.get("agenda_items")  # the reviewed items are not proposed again
    # nor printed again: the proposal leaves out what the reviewed file states
    shown = cli("extract", source, "--data", mini_dir, "--format", "json")
    assert_clean_exit(shown, 0)
    [doc] = json.loads(shown.stdout)
    assert doc["reviewed"] > 0 and not doc["flows"] and not doc["agenda_items"]
    for section in ("flows", "relations", "access"):
        assert not second.get(section), second.get(section)
    assert not second.get("entities")  # every party is known now: none is made twice


def test_a_rerun_with_nothing_new_writes_no_draft(cli, mini_dir, tmp_path, monkeypatch):
    # nc58 U4: a draft of "draft: true" alone was written, and kg validate then counted
    # the accepted minutes as still under review
    monkeypatch.setenv("COLUMNS", "200")
    source, second = _reviewed_then_again(cli, mini_dir, tmp_path)
    assert second == {} and not (tmp_path / "again" / "sources").exists()
    shown = cli("extract", source, "--data", mini_dir, "--out", tmp_path / "third", "--mkdir")
    assert_clean_exit(shown, 0)
    assert "nothing new to write for these minutes: no draft written" in " ".join(shown.stdout.split())
    checked = cli("validate", "--data", mini_dir)
    assert_clean_exit(checked, 0)
    assert "under review" not in checked.stdout + checked.stderr


def test_a_party_reviewed_under_its_older_label_is_not_made_again(cli, mini_dir, tmp_path):
    # unnamed parties were labelled with the item's whole title (健診データ入力業務委託の
    # 受託者); now with the work it entrusts (健診データ入力業務の受託者): a file reviewed
    # before keeps its labels, and a rerun links them instead of drafting a second party
    def older(text: str) -> str:
        assert "label: 健診データ入力業務の受託者（名称不明）" in text
        return text.replace("健診データ入力業務の", "健診データ入力業務委託の")

    _, second = _reviewed_then_again(cli, mini_dir, tmp_path, older)
    assert not second.get("entities")


def test_a_rejected_proposal_is_not_made_again_and_its_quote_is_checked(cli, mini_dir, tmp_path):
    out = tmp_path / "first"
    assert_clean_exit(cli("extract", _minutes(tmp_path), "--data", mini_dir, "--out", out,
                          "--mkdir"), 0)
    path = out / "facts" / "902-draft.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    # the reviewer turns the police flow down and keeps the rest, then no longer a draft
    [wrong] = [f for f in doc["flows"] if "警察へ提供" in f["evidence"][0]["quote"]]
    doc["flows"].remove(wrong)
    doc["rejected"] = [{"kind": "flow", "reason": "会議録は提供の手続を述べるのみ",
                        "evidence": wrong["evidence"]}]
    (out / "facts" / "902.yaml").write_text(_accepted(yaml.safe_dump(doc, allow_unicode=True), mini_dir),
                                            encoding="utf-8")
    path.unlink()
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    source = next((mini_dir / "sources").glob("902_*.txt"))
    shown = cli("extract", source, "--data", mini_dir, "--format", "json")
    assert_clean_exit(shown, 0)
    [again] = json.loads(shown.stdout)
    assert not again["flows"] and again["reviewed"] >= len(doc["flows"]) + 1
    # (nc56 U9: the table says what "reviewed" counts, the turned-down proposal too)
    table = cli("extract", source, "--data", mini_dir)
    assert "already reviewed (accepted or turned down), left out" in " ".join(table.stdout.split())
    # a rejection names the ends it turns down when its sentence proposed others: an
    # unknown one is an error like any reference
    reviewed = mini_dir / "facts" / "902.yaml"
    named = yaml.safe_load(reviewed.read_text(encoding="utf-8"))
    named["rejected"][0]["target"] = "no-such-party"
    reviewed.write_text(yaml.safe_dump(named, allow_unicode=True), encoding="utf-8")
    unknown = cli("validate", "--data", mini_dir)
    assert_clean_exit(unknown, 1)
    assert "target: unknown entity 'no-such-party'" in unknown.stderr
    named["rejected"][0]["target"] = wrong["target"]
    reviewed.write_text(yaml.safe_dump(named, allow_unicode=True), encoding="utf-8")
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    # a rejection's quote is evidence like any other: one that is not there is an error
    reviewed = mini_dir / "facts" / "902.yaml"
    reviewed.write_text(reviewed.read_text(encoding="utf-8").replace(
        wrong["evidence"][0]["quote"], "会議録にない文"), encoding="utf-8")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    assert "902.yaml:" in result.stderr and "quote not found" in result.stderr


@pytest.mark.parametrize("case", ["empty", "image-pdf", "wrong-encoding", "huge", "no-personal-data"])
def test_bad_input_is_one_line_exit_1_nothing_written(cli, mini_dir, tmp_path, case):
    if case == "empty":
        path = _minutes(tmp_path, "")
    elif case == "image-pdf":
        path = tmp_path / "scan.pdf"
        path.write_bytes(image_pdf())
    elif case == "wrong-encoding":
        path = tmp_path / "latin.txt"
        path.write_bytes(("Procès-verbal, données à caractère personnel. " * 30).encode("latin-1"))
    elif case == "huge":
        path = tmp_path / "huge.txt"
        with open(path, "wb") as handle:
            handle.truncate(50 * 1024 * 1024)
    else:
        path = _minutes(tmp_path, minutes.NO_PERSONAL_DATA)
    good = _minutes(tmp_path, minutes.FULL, "good.txt")
    out = tmp_path / "out"
    result = cli("extract", good, path, "--data", mini_dir, "--out", out, "--mkdir")
    assert_clean_exit(result, 1)
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(path) in lines[0]
    assert not out.exists() or not any(out.rglob("*"))
    assert not list(tmp_path.glob(".kg-extract.*"))


def test_a_pdf_is_read_through_the_command(cli, mini_dir, tmp_path):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(text_pdf(minutes.FULL.replace("<p>", "").replace("</p>", "").split("\n")))
    result = cli("extract", path, "--data", mini_dir, "--format", "json")
    assert_clean_exit(result, 0)
    [doc] = json.loads(result.stdout)
    assert doc["kind"] == "pdf" and any(f["to"] == "警察" for f in doc["flows"])


def test_usage_errors_exit_2(cli, tmp_path):
    assert_clean_exit(cli("extract"), 2)
    assert_clean_exit(cli("extract", _minutes(tmp_path), "--evaluate"), 2)
    assert_clean_exit(cli("extract", _minutes(tmp_path), "--out", tmp_path / "no" / "such"), 2)


def test_missing_extra_is_one_clear_line(cli, tmp_path, monkeypatch):
    import sys

    from kg.extract import nlp

    nlp.sudachi.cache_clear()
    monkeypatch.setitem(sys.modules, "sudachipy", None)  # import fails as if not installed
    try:
        result = cli("extract", _minutes(tmp_path))
    finally:
        monkeypatch.delitem(sys.modules, "sudachipy")
        nlp.sudachi.cache_clear()
    assert_clean_exit(result, 1)
    assert result.stderr.strip().split("\n") == [f"error: {nlp.MISSING}"]


def test_a_named_company_no_fact_uses_is_listed_in_a_comment_and_the_draft_validates(cli, mini_dir, tmp_path):
    # nc63 U2: a company the minutes name was dropped from the draft without a word
    text = minutes.CONDITIONAL + "なお、見積りは株式会社ミホン商会からも取った。\n"
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", _minutes(tmp_path, text), "--data", mini_dir, "--out", out, "--mkdir"), 0)
    written = next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8")
    comment = written[written.index("# 会議録に名前はあるが"):]
    assert "#   company 株式会社ミホン商会 (" in comment and "株式会社試験印刷" not in comment
    assert "株式会社ミホン商会" not in yaml.safe_load(written)["entities"].__repr__()
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)


def test_a_registry_system_no_fact_uses_and_my_number_no_flow_carries_are_said_in_the_draft(cli, mini_dir, tmp_path):
    # nc65 U1: a body or system the registry knows was dropped from the draft's comment, and
    # the hint that My Number is spoken of but carried by no flow was on the terminal only
    shared = mini_dir / "entities" / "shared.yaml"
    shared.write_text(shared.read_text(encoding="utf-8")
                      + "  - {id: testnet, type: system, label: 試験行政ネット, label_en: Test network}\n", encoding="utf-8")
    text = minutes.CONDITIONAL + "なお、個人番号は、市の住民記録システム内でのみ利用している。\n委員　試験行政ネットの障害時はどうするのか。\n"
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", _minutes(tmp_path, text), "--data", mini_dir, "--out", out, "--mkdir"), 0)
    written = next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8")
    assert "#   system 試験行政ネット (" in written[written.index("# 会議録に名前はあるが"):]
    number_line = next(n for n, line in enumerate(text.split("\n"), start=1) if "個人番号" in line)
    assert f"# 個人番号: 会議録は個人番号に触れている（{number_line}行目）が" in written
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)


def test_a_re_entrustment_to_no_one_named_is_written_to_the_draft(cli, mini_dir, tmp_path):
    # nc64 U1: the subcontractor the item's title names (no sentence names one) was no entity
    # of the proposal, so its re-entrustment was shown and left out of the draft
    text = minutes.HEAD + ("（1）健診通知の発送業務委託（健康課）\n"
                           "健康課は、受診者の氏名及び住所を記載した健診通知の発送を株式会社試験印刷に委託する。同社は、業務の一部を再委託する予定である。\n")
    out = tmp_path / "drafts"
    result = cli("extract", _minutes(tmp_path, text), "--data", mini_dir, "--out", out, "--mkdir")
    assert_clean_exit(result, 0)
    assert "not in the draft" not in result.stdout
    draft = yaml.safe_load(next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8"))
    [again] = [r for r in draft["relations"] if r["type"] == "re-entrusts"]
    [sub] = [e for e in draft["entities"] if e["id"] == again["object"]]
    assert sub["type"] == "unnamed-party" and sub["role"] == "subcontractor"
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)


def test_the_drafts_source_title_says_what_the_minutes_call_themselves(cli, mini_dir, tmp_path):
    # nc63 W13: a 会議結果報告 was titled 会議録 in the source entry a reviewer accepts
    text = minutes.CONDITIONAL.replace("個人情報保護審議会 会議録", "個人情報保護審議会　会議結果報告")
    out = tmp_path / "drafts"
    result = cli("extract", _minutes(tmp_path, text), "--data", mini_dir, "--out", out, "--mkdir")
    assert_clean_exit(result, 0)
    draft = yaml.safe_load(next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8"))
    assert draft["source_entry"]["title"] == "試験市個人情報保護審議会 会議結果報告 (2021-06-01)"
    plain = cli("extract", _minutes(tmp_path, minutes.CONDITIONAL, "plain.txt"), "--data", mini_dir,
                "--format", "json")
    assert [doc["document"] for doc in json.loads(plain.stdout)] == ["会議録"]


@pytest.mark.parametrize("text", ["HOLDINGS", "CONNECT", "EXCHANGE", "OWNED_AND_PUT", "PASSED_ON",
                                  "SCHOOLS", "TABLE_PLAIN", "FORBIDDEN", "CONDITIONAL"])
def test_drafts_of_holdings_connections_and_exchanges_validate(cli, mini_dir, tmp_path, text):
    out = tmp_path / "drafts"
    result = cli("extract", _minutes(tmp_path, getattr(minutes, text)), "--data", mini_dir,
                 "--out", out, "--mkdir")
    assert_clean_exit(result, 0)
    draft = yaml.safe_load(next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8"))
    if text == "HOLDINGS":
        assert {r["type"] for r in draft["relations"]} >= {"hosts", "operates", "maintains"}
    elif text == "FORBIDDEN":  # a ban is a re-entrustment that grants nothing
        assert [(r["type"], r.get("permission")) for r in draft["relations"]
                if r["type"] == "re-entrusts"] == [("re-entrusts", "forbidden")]
    elif text == "CONDITIONAL":  # the case the hand-over is limited to
        assert [f.get("condition") for f in draft["flows"]] == ["本人の同意を得た方に限り"]
    elif text == "PASSED_ON":  # the sentence that dates a flow is its second quote
        dated = next(f for f in draft["flows"] if f.get("frequency") == "毎月")
        assert [q["quote"] for q in dated["evidence"]][1] == "送付は毎月行う。"
    else:
        assert draft["flows"]
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)


def test_a_batch_shows_the_good_files_and_one_error_line_each_for_the_others(cli, mini_dir, tmp_path):
    good = _minutes(tmp_path, minutes.FULL, "good.txt")
    empty = _minutes(tmp_path, "", "empty.txt")
    result = cli("extract", good, empty, tmp_path / "missing.txt", "--data", mini_dir,
                 "--format", "json")
    assert_clean_exit(result, 1)
    assert [doc["input"] for doc in json.loads(result.stdout)] == [str(good)]
    errors = result.stderr.strip().split("\n")
    assert len(errors) == 2 and all(line.startswith("error: ") for line in errors)


def test_a_file_the_extractor_fails_on_is_one_line_and_the_others_are_read(cli, mini_dir, tmp_path,
                                                                           monkeypatch):
    # (a bug met on one town's minutes, like a regex group asked for that is not there,
    # printed a traceback and lost the whole batch)
    import kg.extract.pipeline as pipeline

    real = pipeline.analyse

    def failing(text, *args, **kwargs):
        if "障害対応" in text:
            raise IndexError("no such group")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", failing)
    good = _minutes(tmp_path, minutes.FULL, "good.txt")
    bad = _minutes(tmp_path, minutes.FULL.replace("6月1日", "7月1日") + "障害対応の際に氏名を閲覧する。\n",
                   "bad.txt")
    out = tmp_path / "out"
    result = cli("extract", good, bad, "--data", mini_dir, "--out", out, "--mkdir", "--format", "json")
    assert_clean_exit(result, 1)
    assert [doc["input"] for doc in json.loads(result.stdout)] == [str(good)]
    [error] = result.stderr.strip().split("\n")
    assert error.startswith(f"error: {bad}: the extractor failed") and "IndexError" in error
    assert not out.exists() or not any(out.rglob("*.yaml"))


def test_a_draft_under_review_is_not_overwritten(cli, mini_dir, tmp_path):
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", _minutes(tmp_path), "--data", mini_dir, "--out", out,
                          "--mkdir"), 0)
    draft = out / "facts" / "902-draft.yaml"
    reviewed = draft.read_text(encoding="utf-8") + "# 確認済み: 2行目まで\n"
    draft.write_text(reviewed, encoding="utf-8")
    again = cli("extract", _minutes(tmp_path), "--data", mini_dir, "--out", out)
    assert_clean_exit(again, 1)
    assert "902-draft.yaml: exists and differs" in again.stderr and "--force" in again.stderr
    # (it cannot tell an edit from an earlier run's draft: it says what would be replaced,
    # not that a review would be lost, nc68 U5)
    assert "any edits to it would be replaced" in again.stderr and "would be lost" not in again.stderr
    assert draft.read_text(encoding="utf-8") == reviewed      # the review is kept
    assert_clean_exit(cli("extract", _minutes(tmp_path), "--data", mini_dir, "--out", out,
                          "--force"), 0)
    assert draft.read_text(encoding="utf-8") != reviewed


def test_minutes_without_a_head_take_municipality_and_date_from_options(cli, mini_dir, tmp_path):
    body = minutes.FULL.split("\n", 3)[3]  # no title line, no date line
    path = _minutes(tmp_path, body, "bare.txt")
    out = tmp_path / "drafts"
    missing = cli("extract", path, "--data", mini_dir, "--out", out, "--mkdir", "--date", "2021-06-01")
    assert_clean_exit(missing, 1)
    assert f"{path}: no municipality found" in missing.stderr and "--municipality" in missing.stderr
    given = cli("extract", path, "--data", mini_dir, "--out", out, "--mkdir", "--date", "2021-06-01",
                "-m", "試験市")
    assert_clean_exit(given, 0)
    draft = yaml.safe_load(next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8"))
    assert draft["source_entry"]["municipality"] == "testcity"


def test_a_proposal_whose_head_names_no_town_or_date_says_how_to_give_them(cli, mini_dir, tmp_path,
                                                                          monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    body = minutes.FULL.split("\n", 3)[3]  # no title line, no date line
    shown = cli("extract", _minutes(tmp_path, body, "bare.txt"), "--data", mini_dir)
    assert_clean_exit(shown, 0)
    assert "no municipality named in the head of the minutes: give it with -m NAME" in shown.stdout
    assert "no meeting date found: give it with --date YYYY-MM-DD" in shown.stdout
    batch = cli("extract", _minutes(tmp_path, body, "bare.txt"), _minutes(tmp_path), "--data", mini_dir)
    assert_clean_exit(batch, 0)
    assert f"no municipality named in the head of {tmp_path / 'bare.txt'}: give it with -m NAME, " \
        "which only the files that do not name theirs take" in " ".join(batch.stdout.split())
    named = cli("extract", _minutes(tmp_path), "--data", mini_dir)
    assert "no municipality named" not in named.stdout


def test_a_new_city_named_only_in_the_head_and_a_second_document_get_their_drafts(cli, mini_dir, tmp_path):
    out = tmp_path / "drafts"
    # a city the registry does not know, named in the head only (no 市 as a party)
    city = minutes.MY_NUMBER_USED.replace("試験市", "架空市")
    first = cli("extract", _minutes(tmp_path, city, "kakuu.txt"), "--data", mini_dir, "--out", out,
                "--mkdir")
    assert_clean_exit(first, 0)
    draft = yaml.safe_load((out / "facts" / "902-draft.yaml").read_text(encoding="utf-8"))
    assert draft["source_entry"]["municipality"] in {e["id"] for e in draft["entities"]
                                                     if e["label"] == "架空市"}
    # another document into the same folder takes the next number, not 902 again
    second = cli("extract", _minutes(tmp_path, minutes.FULL, "other.txt"), "--data",
                 mini_dir, "--out", out)
    assert_clean_exit(second, 0)
    assert (out / "facts" / "903-draft.yaml").is_file()
    assert yaml.safe_load((out / "facts" / "902-draft.yaml").read_text(encoding="utf-8")) == draft


def test_a_new_towns_minutes_drafted_together_or_one_after_another_validate(cli, mini_dir, tmp_path):
    # two meetings of a town the registry does not know: the second draft uses the first
    # draft's town, council and new category instead of defining them again (which
    # kg validate refuses: one label, two entities)
    town = lambda text: text.replace("試験市", "架空町")  # noqa: E731
    one = _minutes(tmp_path, town(minutes.PROBES_CONDITIONS), "one.txt")
    two = _minutes(tmp_path, town(minutes.PROBES_CONDITIONS).replace("令和3年", "令和4年"), "two.txt")
    data = tmp_path / "data"
    shutil.copytree(mini_dir, data)
    out = tmp_path / "batch"
    # (and another town's minutes in the same batch: its 子育て支援課 is its own)
    other = _minutes(tmp_path, minutes.PROBES_CONDITIONS.replace("試験市", "別町").replace("令和3年", "令和2年"),
                     "other.txt")
    assert_clean_exit(cli("extract", one, other, two, "--data", data, "--out", out, "--mkdir"), 0)
    drafts = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((out / "facts").glob("*.yaml"))]
    towns = [[e["id"] for e in d.get("entities", []) if e["label"] == "架空町"] for d in drafts]
    assert [len(t) for t in towns] == [1, 0, 0]  # defined once, in the first
    assert drafts[2]["source_entry"]["municipality"] == towns[0][0]
    departments = [[e["id"] for e in d.get("entities", []) if e["label"] == "子育て支援課"] for d in drafts]
    assert [len(d) for d in departments] == [1, 1, 0]
    new = [{c["label"]: c["id"] for c in yaml.safe_load(p.read_text(encoding="utf-8"))["categories"]}
           for p in sorted((out / "categories").glob("*.yaml"))]
    assert len(new) == 1 and "相談記録" in new[0]  # the second draft's 相談記録 is the first's
    _move_into(out, data)
    assert_clean_exit(cli("validate", "--data", data), 0)
    # a third meeting later, with the first two moved in as drafts under review
    three = _minutes(tmp_path, town(minutes.PROBES_CONDITIONS).replace("令和3年", "令和5年"), "three.txt")
    later = tmp_path / "later"
    assert_clean_exit(cli("extract", three, "--data", data, "--out", later, "--mkdir"), 0)
    _move_into(later, data)
    assert_clean_exit(cli("validate", "--data", data), 0)


def test_the_same_minutes_as_text_and_html_are_read_once(cli, mini_dir, tmp_path):
    import html
    page = "<html><body><nav>トップ &gt; 市政情報 &gt; 会議録</nav>" + "".join(
        f"<p>{html.escape(line)}</p>" for line in minutes.FULL.split("\n"))
    text = _minutes(tmp_path, minutes.FULL, "a.txt")
    other = _minutes(tmp_path, page + "<footer>試験市役所</footer></body></html>", "a.html")
    second = _minutes(tmp_path, minutes.PASSED_ON, "b.txt")  # same council, same day, other minutes
    out = tmp_path / "drafts"
    result = cli("extract", text, other, second, "--data", mini_dir, "--format", "json",
                 "--out", out, "--mkdir")
    assert_clean_exit(result, 0)
    docs = json.loads(result.stdout)
    assert [(Path(d["input"]).name, [Path(p).name for p in d["same_minutes"]]) for d in docs] == [
        ("a.txt", ["a.html"]), ("b.txt", [])]
    assert len(list((out / "facts").glob("*.yaml"))) == 2
    # the same minutes met again as an HTML page keep their number: as a draft in the
    # data folder, and once reviewed (its facts then not proposed again)
    _move_into(out, mini_dir)
    for reviewed in (False, True):
        if reviewed:
            for path in (mini_dir / "facts").glob("*-draft.yaml"):
                path.write_text(_accepted(path.read_text(encoding="utf-8"), mini_dir), encoding="utf-8")
        again = cli("extract", other, "--data", mini_dir, "--format", "json")
        assert_clean_exit(again, 0)
        [doc] = json.loads(again.stdout)
        assert doc["source"] == docs[0]["source"]
        assert (doc["reviewed"] > 0) is reviewed


def test_a_municipality_given_for_one_file_replaces_the_one_read(cli, mini_dir, tmp_path):
    # nc66 U1: the head named a neighbouring town (a joint council) and -m was refused, so
    # the minutes could not be drafted as their own town's; for one file, -m is the
    # reviewer's reading, as --date is, and the footer says what the head read
    path = _minutes(tmp_path)  # the head names 試験市
    out = tmp_path / "drafts"
    result = cli("extract", path, "--data", mini_dir, "-m", "架空市", "--out", out, "--mkdir")
    assert_clean_exit(result, 0)
    assert "the head names 試験市: -m 架空市 is used instead" in result.stdout
    [draft] = (out / "facts").glob("*-draft.yaml")
    assert "架空市" in draft.read_text(encoding="utf-8")
    as_json = cli("extract", path, "--data", mini_dir, "-m", "架空市", "--format", "json")
    [doc] = json.loads(as_json.stdout)
    assert (doc["municipality"], doc["municipality_in_minutes"]) == ("架空市", "試験市")
    same = cli("extract", path, "--data", mini_dir, "-m", "試験市")
    assert_clean_exit(same, 0)
    assert "is used instead" not in same.stdout


def test_in_a_batch_the_municipality_given_goes_to_the_files_that_name_none(cli, mini_dir, tmp_path):
    # nc59 U1: -m in a batch refused the file that named its own, so the batch wrote nothing
    body = minutes.FULL.split("\n", 3)[3]  # no title line, no date line
    bare, named = _minutes(tmp_path, body, "bare.txt"), _minutes(tmp_path)
    out = tmp_path / "drafts"
    result = cli("extract", bare, named, "--data", mini_dir, "-m", "架空市", "--date", "2021-06-01",
                 "--format", "json", "--out", out, "--mkdir")
    assert_clean_exit(result, 0)
    assert {d["input"]: d["municipality"] for d in json.loads(result.stdout)} == {
        str(bare): "架空市", str(named): "試験市"}
    assert len(list((out / "facts").glob("*.yaml"))) == 2


def test_a_municipality_given_that_the_head_was_read_around_corrects_it(cli, mini_dir, tmp_path):
    # nc57 U2: a head read with extra characters (三回錦ヶ原市) could not be corrected with
    # -m; the name given, found inside the one read, is the reviewer's reading
    path = _minutes(tmp_path, minutes.FULL.replace("第1回試験市", "第1回北架空市"))
    result = cli("extract", path, "--data", mini_dir, "-m", "架空市", "--format", "json")
    assert_clean_exit(result, 0)
    [doc] = json.loads(result.stdout)
    assert doc["municipality"] == "架空市"


def test_minutes_that_speak_only_of_identity_confirmation_information_are_read(cli, mini_dir, tmp_path):
    text = minutes.HEAD + "（1）住基ネットについて（市民課）\n市民課は、本人確認情報を県に通知する。\n"
    assert_clean_exit(cli("extract", _minutes(tmp_path, text), "--data", mini_dir), 0)


def test_a_rejection_in_a_draft_under_review_and_a_corrected_fact_hold(cli, mini_dir, tmp_path):
    out = tmp_path / "first"
    assert_clean_exit(cli("extract", _minutes(tmp_path), "--data", mini_dir, "--out", out,
                          "--mkdir"), 0)
    _move_into(out, mini_dir)
    path = mini_dir / "facts" / "902-draft.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    # still a draft: the police flow turned down, and the health flow's giver corrected
    [police] = [f for f in doc["flows"] if "警察へ提供" in f["evidence"][0]["quote"]]
    doc["flows"].remove(police)
    doc["rejected"] = [{"kind": "flow", "reason": "手続の説明のみ", "evidence": police["evidence"]}]
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    source = next((mini_dir / "sources").glob("902_*.txt"))
    shown = json.loads(cli("extract", source, "--data", mini_dir, "--format", "json").stdout)[0]
    assert not [f for f in shown["flows"] if f["to"] == "警察"]
    assert [f for f in shown["flows"] if f["to"] != "警察"]  # the rest is still proposed
    # accepted, with the other flow's giver corrected by hand: that sentence is reviewed,
    # so its flow does not come back in its first, wrong form
    [other] = [f for f in doc["flows"] if f is not police]
    other["source"] = "testcity"  # the city, not its department, says the reviewer
    path.unlink()  # (accepted under its own name, 902.yaml)
    path.with_name("902.yaml").write_text(_accepted(yaml.safe_dump(doc, allow_unicode=True), mini_dir),
                                          encoding="utf-8")
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    again = json.loads(cli("extract", source, "--data", mini_dir, "--format", "json").stdout)[0]
    assert not again["flows"] and again["reviewed"] > 0


def test_a_rejection_that_names_its_ends_leaves_the_sentences_other_proposals(cli, mini_dir, tmp_path):
    # one sentence, two flows (…を裁判所、警察署等から求められた際に提供する)
    out = tmp_path / "first"
    assert_clean_exit(cli("extract", _minutes(tmp_path, minutes.REQUESTED), "--data", mini_dir,
                          "--out", out, "--mkdir"), 0)
    _move_into(out, mini_dir)
    path = next((mini_dir / "facts").glob("*-draft.yaml"))
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    one, other = doc["flows"]
    assert one["evidence"] == other["evidence"]
    doc["flows"].remove(one)
    doc["rejected"] = [{"kind": "flow", "reason": "誤り", "evidence": one["evidence"],
                        "source": one["source"], "target": one["target"]}]
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    source = next((mini_dir / "sources").glob(f"{path.name[:3]}_*.txt"))
    again = tmp_path / "again"
    assert_clean_exit(cli("extract", source, "--data", mini_dir, "--out", again, "--mkdir"), 0)
    redrafted = yaml.safe_load(next((again / "facts").glob("*.yaml")).read_text(encoding="utf-8"))
    assert [f["target"] for f in redrafted["flows"]] == [other["target"]]


def test_minutes_naming_only_data_the_category_tree_knows_are_read(cli, mini_dir, tmp_path):
    # no cue word (個人情報, 氏名 ...), but 健診結果 is data the tree names (健康情報)
    text = minutes.HEAD + "（1）健診業務の委託について（健康課）\n健康課は健診結果を受託者へ渡す。\n"
    result = cli("extract", _minutes(tmp_path, text), "--data", mini_dir, "--format", "json")
    assert_clean_exit(result, 0)
    assert json.loads(result.stdout)[0]["flows"]


def test_a_sentence_pdf_wrapping_spread_is_shown_whole_and_drafted_line_by_line(
        cli, real_data, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    data = tmp_path / "data"
    shutil.copytree(real_data, data)
    path = _minutes(tmp_path, minutes.WRAPPED)
    lines = minutes.WRAPPED.split("\n")
    first = next(n for n, line in enumerate(lines, 1) if line.startswith("説明者"))
    shown = cli("extract", path, "--data", data, "-v")
    assert_clean_exit(shown, 0)
    # the table gives the sentence's lines and its whole text, not 情報集約システムに毎日提供する。
    assert f"{first}–{first + 1}" in shown.stdout
    assert lines[first - 1] + "情報集約システムに毎日提供する。" in shown.stdout
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", path, "--data", data, "--out", out, "--mkdir"), 0)
    draft = yaml.safe_load(next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8"))
    [sent] = [f for f in draft["flows"]
              if any(q["quote"] == "情報集約システムに毎日提供する。" for q in f["evidence"])]
    # the evidence reads in the order of the lines, each line's part verbatim
    assert [q["line"] for q in sent["evidence"][:2]] == [first, first + 1]
    assert sent["evidence"][0]["quote"] == lines[first - 1]
    _move_into(out, data)
    assert_clean_exit(cli("validate", "--data", data), 0)


def test_a_pages_lines_are_said_to_be_those_of_the_text_read_from_it(cli, tmp_path):
    # an auditor who opens the HTML itself would look for l.53 on a 48-line page
    page = FIXTURES_16 / "tsukimizaka-2023-3.html"
    result = cli("extract", str(page))
    assert_clean_exit(result, 0)
    said = " ".join(result.stdout.split())
    # (nothing is saved until --out: the name is the one --out would give, next free)
    assert "lines are those of the text read from the HTML, the text --out saves" in said
    assert "saves this draft and the text as 005_" in said and "the next free number" in said
    text = cli("extract", str(FIXTURES_16 / "tsukimizaka-2023-2.txt"))
    assert "lines are those of the text read" not in text.stdout


FIXTURES_16 = Path(__file__).parent.parent / "fixtures" / "newcomer16"


def _built_with_draft(cli, mini_dir, tmp_path, text: str) -> Path:
    """Extract ``text``, move the draft into the data folder and build it with the drafts."""
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", _minutes(tmp_path, text), "--data", mini_dir, "--out", out,
                          "--mkdir"), 0)
    _move_into(out, mini_dir)
    built = tmp_path / "build"
    assert_clean_exit(cli("build", "--data", mini_dir, "--build", built, "--no-shacl",
                          "--include-drafts"), 0)
    return built


def test_an_exclusion_in_the_table_names_its_item_by_number(cli, mini_dir, tmp_path, monkeypatch):
    # nc44 U2: a drafted exclusion's context is its item's title, six lines at 80 columns;
    # the table names the item (諮問第14号) and -v, CSV and JSON keep the title
    title = "国民健康保険被保険者資格情報の連合会への提供及び高額療養費支給勧奨通知作成業務の委託"
    text = (minutes.HEAD + f"諮問第１４号　{title}について（保険年金課）\n"
            "保険年金課は、勧奨通知の作成を株式会社試験印刷に委託します。\n"
            "保険年金課は、対象者の氏名及び住所を同社に提供します。\n"
            "個人番号は同社に渡しません。\n")
    built = _built_with_draft(cli, mini_dir, tmp_path, text)
    monkeypatch.setenv("COLUMNS", "80")
    table = cli("who-can-see", "個人番号", "-m", "試験市", "--build", built)
    assert_clean_exit(table, 0)
    [row] = [line for line in table.stdout.splitlines() if "株式会社試験印" in line]
    assert row.startswith("excluded") and "諮問第14号" in row
    assert "高額療養費" not in table.stdout
    rows = csv_rows(cli("who-can-see", "個人番号", "-m", "試験市", "--build", built, "--format", "csv").stdout)
    [excluded] = [r for r in rows if r["party"] == "株式会社試験印刷"]
    assert (excluded["route"], excluded["item"]) == ("諮問第14号", title)
    answer = json.loads(cli("who-can-see", "個人番号", "-m", "試験市", "--build", built,
                            "--format", "json").stdout)
    [said] = [e for e in answer["excluded"] if e["label"] == "株式会社試験印刷"]
    # nc70 U1: the draft keeps no copy of the title, which went stale when a reviewer
    # mended the item's title; the exclusion is known by its item
    assert (said["item"]["name"], said["item"]["title"], said["context"]) == ("諮問第14号", title, None)


def test_a_route_resting_on_an_item_not_approved_is_marked(cli, mini_dir, tmp_path, monkeypatch):
    # nc44 U4: a flow of an item continued to a later meeting (継続審議) read as planned,
    # like an approved one; the table marks it and says why, CSV names the outcome
    text = (minutes.HEAD + "諮問第１５号　児童情報共有システムの導入について（こども家庭課）\n"
            "こども家庭課は、児童の氏名及び虐待の状況を児童情報共有システムに登録いたします。\n"
            "審議の結果、継続審議とした。\n")
    built = _built_with_draft(cli, mini_dir, tmp_path, text)
    monkeypatch.setenv("COLUMNS", "200")
    table = cli("who-can-see", "氏名", "-m", "試験市", "--build", built)
    assert_clean_exit(table, 0)
    [row] = [line for line in table.stdout.splitlines() if line.startswith("direct ")
             and "児童情報共有システム" in line]
    assert "planned†" in row
    assert "† the route rests on an item not approved at its meeting (継続審議" in table.stdout
    rows = csv_rows(cli("who-can-see", "氏名", "-m", "試験市", "--build", built, "--format", "csv").stdout)
    shown = {r["party"]: r["not_approved"] for r in rows}
    assert shown["児童情報共有システム"] == "継続審議"
    # an approved item's route carries no mark
    assert not [p for p, held in shown.items() if held and p != "児童情報共有システム"
                and "こども家庭課" not in p]


def test_a_holding_an_approved_item_states_too_is_not_marked(cli, mini_dir, tmp_path, monkeypatch):
    # nc46 U5: the department's own row was marked † from the item continued to a later
    # meeting, while its quote came from an approved item saying the same holding
    text = (minutes.HEAD + "諮問第１６号　保育システムの導入について（こども家庭課）\n"
            "こども家庭課は、児童の氏名を保育システムに登録いたします。\n"
            "審議の結果、承認された。\n"
            "諮問第１７号　児童情報共有システムの導入について（こども家庭課）\n"
            "こども家庭課は、児童の氏名及び虐待の状況を児童情報共有システムに登録いたします。\n"
            "審議の結果、継続審議とした。\n")
    built = _built_with_draft(cli, mini_dir, tmp_path, text)
    rows = csv_rows(cli("who-can-see", "氏名", "-m", "試験市", "--build", built, "--format", "csv").stdout)
    shown = {r["party"]: r["not_approved"] for r in rows}
    assert shown["児童情報共有システム"] == "継続審議" and shown["保育システム"] == ""
    [own] = [r for r in rows if r["access"] == "controller" and "こども家庭課" in r["party"]]
    assert own["not_approved"] == ""


def _two_towns_batch(cli, mini_dir, tmp_path, text: str) -> tuple:
    """Draft ``text`` for two towns (its {town}) in one batch: the output folder and the
    two fact files, read."""
    one = _minutes(tmp_path, text.format(town="藤見原市"), "one.txt")
    two = _minutes(tmp_path, text.format(town="鷲ノ尾町").replace("5月20日（月）", "6月3日（月）"), "two.txt")
    out = tmp_path / "batch"
    assert_clean_exit(cli("extract", one, two, "--data", mini_dir, "--out", out, "--mkdir"), 0)
    return out, [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((out / "facts").glob("*.yaml"))]


def test_two_towns_federation_said_without_its_prefecture_is_each_ones_own(cli, mini_dir, tmp_path):
    # nc54 W16: two towns of no prefecture named, each sending data to 国民健康保険団体連合会,
    # drafted in one batch, shared the first one's federation: findings saw two towns
    # depend on one body, and an impact on it reached both
    text = ("{town}個人情報保護審議会 会議録\n開催日時　令和6年5月20日（月）午後2時\n"
            "1. 国民健康保険の資格情報の提供について（保険年金課）\n"
            "保険年金課長　被保険者資格情報を、毎月、国民健康保険団体連合会に送付しております。\n")
    _, drafts = _two_towns_batch(cli, mini_dir, tmp_path, text)
    feds = [[e["id"] for e in d.get("entities", []) if e["label"] == "国民健康保険団体連合会"] for d in drafts]
    assert [len(f) for f in feds] == [1, 1]
    targets = [{f["target"] for f in d["flows"]} for d in drafts]
    assert feds[0][0] in targets[0] and feds[1][0] in targets[1] and feds[0][0] not in targets[1]


#: Minutes that involve My Number (the system records it) and hand it to nobody they name.
HELD_ONLY = """鴇ヶ谷町個人情報保護審議会　会議録
開催日時　令和7年5月20日（火）午後2時
１　児童手当システムの更新について（子育て支援課）
○子育て支援課長　児童手当システムを更新いたします。新しいシステムには、受給者の氏名、住所、口座番号及び個人番号を記録いたします。
"""


def test_the_table_warns_when_my_number_reaches_no_one(cli, mini_dir, tmp_path, monkeypatch):
    # nc53 U1, nc55 U1: "My Number: yes", then who-can-see 個人番号 found nobody after the build
    monkeypatch.setenv("COLUMNS", "80")
    result = cli("extract", _minutes(tmp_path, HELD_ONLY), "--data", mini_dir)
    assert_clean_exit(result, 0)
    out = " ".join(result.stdout.split())
    # (nc62 U2: the line to read for who receives or uses it, not that someone receives it)
    assert "My Number: yes (no flow carries it: read l.4 for who receives or uses it)" in out
    full = cli("extract", _minutes(tmp_path), "--data", mini_dir)
    assert "My Number: yes" in full.stdout and "no flow carries it" not in full.stdout


def test_a_rerun_after_a_relabelled_party_and_a_dropped_flow_moves_in_cleanly(cli, mini_dir, tmp_path):
    # nc57 U1: the reviewer renamed an unnamed party and took a flow out; a rerun proposes
    # the flow again, naming the party by the id the reviewed file keeps: never defining it
    # (or a category) a second time, so the new draft moves in and validates
    def review(text: str) -> str:
        doc = yaml.safe_load(text)
        [party] = [e for e in doc["entities"] if e["label"] == "健診データ入力業務の受託者（名称不明）"]
        party["label"] = "データ入力を請け負う事業者（名称不明）"
        dropped = next(f for f in doc["flows"] if party["id"] in (f["source"], f["target"]))
        doc["flows"].remove(dropped)
        return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)

    _, second = _reviewed_then_again(cli, mini_dir, tmp_path, review)
    assert second.get("flows"), second  # the dropped flow, proposed again
    reviewed = yaml.safe_load((mini_dir / "facts" / "902.yaml").read_text(encoding="utf-8"))
    assert not {e["id"] for e in second.get("entities", [])} & {e["id"] for e in reviewed["entities"]}
    _move_into(tmp_path / "again", mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)


def test_a_batch_date_is_for_the_files_that_state_none(cli, mini_dir, tmp_path):
    # nc57 W18: --date for one undated file of a batch left the others' stated dates alone
    body = minutes.FULL.split("\n", 3)[3]  # no title line, no date line
    bare = _minutes(tmp_path, body, "bare.txt")
    dated = _minutes(tmp_path)
    stated = json.loads(cli("extract", dated, "--data", mini_dir, "--format", "json").stdout)[0]["date"]
    result = cli("extract", bare, dated, "--data", mini_dir, "-m", "試験市", "--date", "2022-02-02",
                 "--format", "json")
    assert_clean_exit(result, 0)
    dates = [doc["date"] for doc in json.loads(result.stdout)]
    assert stated and stated != "2022-02-02"
    assert dates == ["2022-02-02", stated]


def test_a_rerun_says_the_minutes_keep_their_number(cli, mini_dir, tmp_path, monkeypatch):
    # nc57 U10: not "the next free number" for minutes the data folder has already
    monkeypatch.setenv("COLUMNS", "200")
    source, _ = _reviewed_then_again(cli, mini_dir, tmp_path)
    said = " ".join(cli("extract", source, "--data", mini_dir).stdout.split())
    assert f"saves this draft and the text as {source.name}, the number these minutes have already" in said


def test_verbose_names_the_item_each_fact_is_filed_under(cli, mini_dir, tmp_path, monkeypatch):
    # nc59 U2: the table and -v never said which agenda item a fact went under, so item (2)'s
    # hand-overs filed under item (1) showed only in the YAML
    monkeypatch.setenv("COLUMNS", "120")
    two_items = """萩ノ浦町個人情報保護審議会 会議録
日　時　令和７年１１月１３日（木）午後１時３０分から
議　題　(1) 生活保護に関する情報の提供について（諮問）
　　　　(2) 町民税の口座振替データの電子化について（諮問）
会長\t議題(1)について、住民福祉課から説明をお願いします。
住民福祉課長\t町は、申請者の氏名及び住所を、県の南浜福祉事務所に送付しております。
会長\t次に議題(2)について、税務課から説明をお願いします。
税務課長\t令和８年４月からは、納税者の氏名及び口座番号を各金融機関に送信する予定です。
"""
    result = cli("extract", "-v", _minutes(tmp_path, two_items), "--data", mini_dir)
    assert_clean_exit(result, 0)
    blocks = result.stdout.split("\n\n")
    sent = next(b for b in blocks if "南浜福祉事務所 ·" in b or "→ 南浜福祉事務所" in b)
    banks = next(b for b in blocks if "金融機関" in b and b.startswith("flow"))
    assert "item: 諮問(1)" in sent and "item: 諮問(2)" in banks


def test_the_footer_counts_the_facts_of_each_item_and_names_an_empty_one(cli, mini_dir, tmp_path, monkeypatch):
    # nc60 U1: when an item's section went unfound, every fact went to the item listed last,
    # and the footer showed only totals
    monkeypatch.setenv("COLUMNS", "200")
    unfound = """桔梗町個人情報保護審議会 会議録
日　時　令和７年９月４日（木）午後２時から
議　題　(1) 介護保険の認定情報の提供について（諮問）
　　　　(2) 防犯カメラの設置について（報告）
議題（２）の説明に入ります。
介護保険課は、被保険者の氏名及び要介護度を、毎月、北区地域包括支援センターに送付しております。
"""
    result = cli("extract", _minutes(tmp_path, unfound), "--data", mini_dir)
    assert_clean_exit(result, 0)
    said = " ".join(result.stdout.split())
    assert "facts per item: 諮問(1) 0, 報告(2) 1 (none under 諮問(1): check that the minutes' section" in said


def test_a_rerun_after_the_reviewer_put_my_number_on_a_flow_does_not_say_none_carries_it(cli, mini_dir, tmp_path,
                                                                                        monkeypatch):
    # nc61 U3: the warning stayed after acceptance, the reviewed flow carrying 個人番号
    monkeypatch.setenv("COLUMNS", "200")
    text = minutes.HEAD + ("\n（1）市民税の情報の提供について（市民課）\n"
                           "市民課は、住民の氏名及び住所を、毎月、北区社会福祉協議会に送付する。\n"
                           "同協議会は、受け取った情報を個人番号と紐付けて管理する。\n")
    path, out = _minutes(tmp_path, text), tmp_path / "first"
    first = cli("extract", path, "--data", mini_dir, "--out", out, "--mkdir")
    assert "no flow carries it" in first.stdout
    draft = out / "facts" / "902-draft.yaml"
    doc = yaml.safe_load(_accepted(draft.read_text(encoding="utf-8"), mini_dir))
    doc["flows"][0]["categories"].append("my-number")  # the reviewer's reading
    draft.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    draft.rename(out / "facts" / "902.yaml")
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    again = cli("extract", next((mini_dir / "sources").glob("902_*.txt")), "--data", mini_dir)
    assert_clean_exit(again, 0)
    assert "My Number: yes" in again.stdout and "no flow carries it" not in again.stdout


def test_a_date_given_for_one_file_replaces_the_one_read(cli, mini_dir, tmp_path):
    # nc62 U1: --date could not correct a date misread from the text (a service's start
    # taken for the meeting's), and what was planned stayed as the misread date made it
    dated = _minutes(tmp_path)
    stated = json.loads(cli("extract", dated, "--data", mini_dir, "--format", "json").stdout)[0]["date"]
    result = cli("extract", dated, "--data", mini_dir, "--date", "2022-02-02", "--format", "json")
    assert_clean_exit(result, 0)
    assert stated != "2022-02-02" and json.loads(result.stdout)[0]["date"] == "2022-02-02"


def test_a_draft_says_which_quote_is_from_another_sentence(cli, tmp_path):
    # nc65 U3: up to four quotes per fact from different sentences, and nothing said which
    # states the fact
    from test_probes_y import WRAPPED
    doc = _draft_of(cli, tmp_path, WRAPPED)
    entities = {e["id"]: e["label"] for e in doc["entities"]}
    flow = next(f for f in doc["flows"] if entities.get(f["source"]) == "株式会社ほしづきメディカル")
    notes = [(q["line"], q.get("note")) for q in flow["evidence"]]
    # the stating sentence first, no note; then the other one whole, noted at its first line
    assert notes == [(5, None), (6, None), (7, None), (4, "補足: 同じ事実を補う別の文"), (5, None)]


def test_the_plain_table_shows_each_fact_s_confidence(cli, mini_dir, tmp_path, monkeypatch):
    # nc65 U7: a 0.4 guess sat among 0.8 facts, its confidence shown only with -v
    monkeypatch.setenv("COLUMNS", "80")
    path = _minutes(tmp_path)
    result = cli("extract", path, "--data", mini_dir)
    assert_clean_exit(result, 0)
    assert re.search(r"^kind +what +line +conf$", result.stdout, re.M)
    proposal = json.loads(cli("extract", path, "--data", mini_dir, "--format", "json").stdout)
    proposal = proposal[0] if isinstance(proposal, list) else proposal
    shown = re.findall(r"^flow \S+ .*?(\d+(?:[–-]\d+)?) +([01]\.\d+)$", result.stdout, re.M)
    assert sorted(float(conf) for _, conf in shown) == sorted(f["confidence"] for f in proposal["flows"])


def test_a_system_a_national_body_runs_is_not_the_town_s_own_in_the_draft(cli, tmp_path):
    # nc65 W11: VRS, run by デジタル庁, was written as the town's system
    from test_probes_y import NATIONAL
    doc = _draft_of(cli, tmp_path, NATIONAL)
    vrs = next(e for e in doc["entities"] if e["label"] == "ワクチン接種記録システム")
    assert "municipality" not in vrs and vrs["aliases"] == ["VRS"]  # (found by its short name)
    town = next(e for e in doc["entities"] if e["type"] == "department")
    assert town.get("municipality")  # (the town's department stays the town's)


def test_a_flow_to_the_prefecture_the_head_names_is_written(cli, tmp_path):
    # nc66 W15: …鳴砂県に提供しております was shown, then left out of the draft ("an end
    # could not be named") beside the draft's own entity for 鳴砂県
    doc = _draft_of(cli, tmp_path, """鳴砂県柚ノ原市個人情報保護審議会　会議録
開催日時　令和7年10月2日（木）午後2時
議題１　課税情報の提供について（報告）
税務課長　税務課は、県民税分の課税情報を、年1回、LGWANを経由して鳴砂県に提供しております。
会長　報告のとおり了承といたします。
""")
    prefecture = next(e["id"] for e in doc["entities"] if e["type"] == "prefecture")
    assert [f["categories"] for f in doc["flows"] if f["target"] == prefecture] == [["income-tax"]]


def test_a_batch_with_a_file_that_lacks_its_date_says_so(cli, mini_dir, tmp_path):
    # nc66 U2: "a file could not be read" for minutes read well that gave no date
    undated = _minutes(tmp_path, minutes.MY_NUMBER_USED.replace("開催日時\t令和3年6月1日（火）午後2時", "会場\t本庁舎3階"),
                       "undated.txt")
    assert "6月1日" not in undated.read_text(encoding="utf-8")
    result = cli("extract", _minutes(tmp_path), undated, "--data", mini_dir, "--out", tmp_path / "out", "--mkdir")
    assert_clean_exit(result, 1)
    out = " ".join(result.stdout.split())
    assert "a file could not be read or drafted" in out and "given with --date" in out
    assert "no meeting date" in result.stderr


def test_a_hand_over_limited_to_a_case_is_marked_in_the_table(cli, mini_dir, tmp_path, monkeypatch):
    # nc67 U4: …同意を得た方に限り…提供 printed as a plain "flow planned", the case only in
    # -v and JSON, where the queries mark such a hop ‡
    monkeypatch.setenv("COLUMNS", "80")
    text = minutes.HEAD + "（1）名簿情報の提供（福祉課）\n福祉課は、本人の同意を得た方に限り、氏名及び住所を社会福祉協議会に提供する。\n"
    path = _minutes(tmp_path, text)
    shown = cli("extract", path, "--data", mini_dir)
    assert_clean_exit(shown, 0)
    [row] = [line for line in shown.stdout.splitlines() if line.startswith("flow")]
    assert row.split()[1].endswith("‡")
    assert "‡ a hand-over the minutes limit to a case" in shown.stdout
    verbose = cli("extract", "-v", path, "--data", mini_dir).stdout
    assert "only 本人の同意を得た方に限り" in verbose


def test_utf16_minutes_with_a_bom_are_read(cli, mini_dir, tmp_path):
    # nc71 U4: a word processor's export in UTF-16 LE with a BOM and CRLF was read well,
    # and nothing said it would be; now help and README say so, and this keeps it so
    path = tmp_path / "utf16.txt"
    path.write_bytes(minutes.FULL.replace("\n", "\r\n").encode("utf-16"))
    result = cli("extract", path, "--data", mini_dir, "--format", "json")
    assert_clean_exit(result, 0)
    [read] = json.loads(result.stdout)
    assert (read["encoding"], read["municipality"], read["date"]) == ("utf-16", "試験市", "2021-06-01"), read
    [plain] = json.loads(cli("extract", _minutes(tmp_path), "--data", mini_dir, "--format", "json").stdout)
    assert read["flows"] == plain["flows"] and read["flows"], read["flows"]


def test_a_batch_held_by_a_binary_file_does_not_hint_at_a_date(cli, mini_dir, tmp_path):
    # nc71 U5: an image beside good minutes: the footer said a missing date or town is
    # given with --date or -m, which no image needs; the error line says what is wrong
    image = tmp_path / "p1.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = cli("extract", _minutes(tmp_path), image, "--out", tmp_path / "out", "--mkdir", "--data", mini_dir)
    assert_clean_exit(result, 1)
    out = " ".join(result.stdout.split())
    assert "nothing written to --out" in out and "--date" not in out, out
    assert "p1.png: binary data, not minutes" in result.stderr


def test_a_my_number_line_no_carrying_flow_quotes_is_named_in_the_draft(cli, mini_dir, tmp_path):
    # nc71 U6: the draft's comment named the lines that speak of My Number only when no flow
    # carried it; one flow carrying it silenced it, though another line said the contractor
    # handles the number (the line its wrong exclusion hid)
    text = minutes.MY_NUMBER_USED + "受託者の入力作業員は、紙の申告書に記載された個人番号を見ることになります。\n"
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", _minutes(tmp_path, text), "--data", mini_dir, "--out", out, "--mkdir"), 0)
    written = next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8")
    doc = yaml.safe_load(written)
    assert any("my-number" in f["categories"] for f in doc["flows"]), doc["flows"]
    worker_line = len(text.rstrip("\n").split("\n"))
    assert f"# 個人番号: 会議録は個人番号に触れている（{worker_line}行目）が、その行を引いて" in written, written
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)


def test_two_towns_in_a_batch_share_the_one_server_a_national_body_runs(cli, mini_dir, tmp_path):
    # nc72 audit: two towns' minutes in one batch, each sending to 機構（J-LIS）の全国サーバ,
    # each defined 全国サーバ, which J-LIS runs and so no town keeps: `kg validate` refused
    # the moved-in drafts (two entities of one label with no municipality)
    text = ("{town}個人情報保護審議会 会議録\n開催日時　令和6年5月20日（月）午後2時\n"
            "1. 住民基本台帳ネットワークシステムについて（市民課）\n"
            "市民課長　住民異動があると、コミュニケーションサーバ（CS）から地方公共団体情報システム"
            "機構（J-LIS）の全国サーバに本人確認情報が送信されます。\n")
    out, drafts = _two_towns_batch(cli, mini_dir, tmp_path, text)
    servers = [e["id"] for d in drafts for e in d.get("entities", []) if e["label"] == "全国サーバ"]
    assert len(servers) == 1, servers
    assert all(servers[0] in {f["target"] for f in d["flows"]} for d in drafts)
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)


def test_a_provision_the_council_refuses_is_drafted_as_a_part_rejected_that_validates(cli, mini_dir, tmp_path):
    # nc73 W7: the row 適当でない was drafted as a planned hand-over of an approved item
    from test_probes_af import OPINION
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", _minutes(tmp_path, OPINION), "--data", mini_dir, "--out", out, "--mkdir"), 0)
    draft = yaml.safe_load(next((out / "facts").glob("*.yaml")).read_text(encoding="utf-8"))
    items = {i["id"]: i for i in draft["agenda_items"]}
    refused = [i for i in items.values() if i["outcome"] == "rejected"]
    assert len(refused) == 1 and items[refused[0]["part_of"]]["outcome"] != "rejected", refused
    assert any(f["item"] == refused[0]["id"] for f in draft["flows"])
    _move_into(out, mini_dir)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)


def test_a_file_that_holds_a_second_meeting_says_so_under_its_proposal(cli, mini_dir, tmp_path):
    # nc74 M9: a PDF of two meetings was dated by the first, the second not noticed
    text = minutes.FULL + ("\n令和３年度第２回試験市個人情報保護審議会 会議録\n"
                           "開催日時\t令和3年9月30日（木）午後2時\n")
    result = cli("extract", _minutes(tmp_path, text), "--data", mini_dir)
    assert_clean_exit(result, 0)
    said = " ".join(result.stdout.split())
    assert "another meeting (2021-09-30) begins at line" in said, result.stdout[-600:]
    assert "split the file to date them" in said


def test_a_file_with_no_agenda_item_is_asked_whether_it_is_minutes(cli, mini_dir, tmp_path):
    """nc75 U5: an answer key given by mistake printed a plausible summary and no word."""
    key = tmp_path / "key.md"
    key.write_text("# 試験市 答え\n\n- 市民課 → 警察: 市民課は、個人情報（氏名、住所）を警察へ提供する。\n"
                   "- 令和3年6月1日、試験市個人情報保護審議会。\n", encoding="utf-8")
    result = cli("extract", key, "--data", mini_dir)
    assert_clean_exit(result, 0)
    assert "no agenda item found: are these a council's minutes?" in " ".join(result.stdout.split())
    # (minutes with their items say nothing of it)
    minutes = cli("extract", _minutes(tmp_path), "--data", mini_dir)
    assert "no agenda item found" not in minutes.stdout


def test_a_rerun_that_changes_nothing_says_so_and_leaves_the_files(cli, mini_dir, tmp_path):
    """nc75 U6: a rerun into the same --out said "wrote" though nothing changed."""
    out, minutes = tmp_path / "drafts", _minutes(tmp_path)
    first = cli("extract", minutes, "--data", mini_dir, "--out", out, "--mkdir")
    assert_clean_exit(first, 0)
    draft = next((out / "facts").iterdir())
    os.utime(draft, (1_000_000_000, 1_000_000_000))
    again = cli("extract", minutes, "--data", mini_dir, "--out", out)
    assert_clean_exit(again, 0)
    said = " ".join(again.stdout.split())
    assert "unchanged (the same as the last run wrote):" in said and "wrote " not in said
    assert draft.stat().st_mtime == 1_000_000_000  # (left as it was, not written again)
