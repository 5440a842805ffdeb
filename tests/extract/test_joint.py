"""A joint council of several towns (kg/extract/joint.py): each item's facts are its town's
data (nc75 W7). Each test failed before the change unless it says it guards."""
from __future__ import annotations

import re
import shutil

from conftest import assert_clean_exit, csv_rows
from kg.extract.pipeline import analyse
from test_probes_c import lex  # noqa: F401 (the module's registry)

#: Two towns' items before one council: the table names each item's town, and so does
#: its heading; 柚木村's hand-over says only 村は (the village, not 鳴海町).
JOINT = """令和7年度第2回汐見郡町村個人情報保護審議会会議録
１　日　時　令和7年9月26日（金）午前10時00分
２　場　所　汐見郡町村会館　会議室
６　審議案件
番号\t町村名\t案件名\t担当課
議案第7号\t鳴海町\t予防接種台帳システムの保守委託について\t健康増進課
議案第8号\t柚木村\t要介護認定調査業務の委託について\t住民福祉課
７　会議の経過
（1）議案第7号　予防接種台帳システムの保守委託について（鳴海町）
○鳴海町健康増進課長　予防接種台帳システムの保守は、株式会社ユズリハ電算に委託しております。保守作業では、接種者の氏名、生年月日及び接種履歴を取り扱います。
○委員　個人番号は取り扱うのですか。
○鳴海町健康増進課長　保守作業において、個人番号は取り扱いません。
（2）議案第8号　要介護認定調査業務の委託について（柚木村）
○柚木村住民福祉課長　認定調査を社会福祉法人柚和会に委託いたします。村は、調査対象者の氏名、住所及び心身の状況を、柚和会に毎月紙媒体で提供いたします。
○委員　了承します。
"""


def _items(proposal: dict) -> dict:
    return {i["number"]: i for i in proposal["agenda_items"]}


def test_each_item_is_the_town_its_row_and_heading_name(lex):
    proposal = analyse(JOINT, lex, municipality="鳴海町")
    items = _items(proposal)
    assert (items["7"]["municipality"], items["8"]["municipality"]) == ("鳴海町", "柚木村")
    assert items["8"]["department"] == "柚木村住民福祉課"


def test_another_towns_item_hands_over_that_towns_data(lex):
    proposal = analyse(JOINT, lex, municipality="鳴海町")
    [flow] = [f for f in proposal["flows"] if f["to"] == "社会福祉法人柚和会"]
    assert (flow["from"], flow["controller"]) == ("柚木村住民福祉課", "柚木村")
    [entrusts] = [r for r in proposal["relations"] if r["type"] == "entrusts" and r["object"] == "社会福祉法人柚和会"]
    assert (entrusts["subject"], entrusts["controller"]) == ("柚木村", "柚木村")
    # the town the draft is of keeps its own facts, with no controller to say so
    assert not [r for r in proposal["relations"] if r["item"] == items_key(proposal, "7") and "controller" in r]
    towns = {e["label"]: e.get("municipality_key") for e in proposal["entities"]
             if e["type"] == "department"}
    assert towns == {"鳴海町健康増進課": "municipality:鳴海町", "柚木村住民福祉課": "municipality:柚木村"}


def items_key(proposal: dict, number: str) -> str:
    return _items(proposal)[number]["key"]


def _draft_moved_in(cli, source, mini_dir, tmp_path) -> None:
    """Draft ``source`` as 鳴海町's (-m) and move the draft into the data folder."""
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", source, "-m", "鳴海町", "--data", mini_dir, "--out", out, "--mkdir"), 0)
    for sub in ("sources", "facts", "categories"):
        for file in (out / sub).iterdir() if (out / sub).is_dir() else ():
            (mini_dir / sub).mkdir(exist_ok=True)
            shutil.move(str(file), mini_dir / sub / file.name)


def test_one_towns_minutes_naming_another_town_in_a_heading_keep_their_facts(lex):
    """Guards: minutes whose head names their town are that town's throughout."""
    text = JOINT.replace("汐見郡町村個人情報保護審議会", "鳴海町個人情報保護審議会")
    proposal = analyse(text, lex)
    assert proposal["municipality"] == "鳴海町"
    assert not [f for f in proposal["flows"] + proposal["relations"] if "controller" in f]


def test_who_can_see_answers_each_town_with_its_own_items(cli, mini_dir, tmp_path, monkeypatch):
    """Through the CLI: the draft of 鳴海町 (-m) gives 柚木村's item to 柚木村; before, the
    association 柚木村 entrusts was listed as seeing 鳴海町's residents' data."""
    source = tmp_path / "joint.txt"
    source.write_text(JOINT, encoding="utf-8")
    _draft_moved_in(cli, source, mini_dir, tmp_path)
    assert_clean_exit(cli("validate", "--data", mini_dir), 0)
    built = tmp_path / "build"
    assert_clean_exit(cli("build", "--data", mini_dir, "--build", built, "--no-shacl", "--include-drafts"), 0)
    monkeypatch.setenv("COLUMNS", "120")
    village = csv_rows(cli("who-can-see", "氏名", "-m", "柚木村", "--build", built, "--format", "csv").stdout)
    assert {(r["access"], r["party"]) for r in village} >= {("direct", "社会福祉法人柚和会")}
    town = csv_rows(cli("who-can-see", "氏名", "-m", "鳴海町", "--build", built, "--format", "csv").stdout)
    assert "社会福祉法人柚和会" not in {r["party"] for r in town}


def test_a_bill_keeps_the_word_the_minutes_number_it_by(lex):
    """nc75: 議案第7号 was stored as a consultation and shown as 諮問第7号, a name the minutes
    never use."""
    items = _items(analyse(JOINT, lex, municipality="鳴海町"))
    assert (items["7"]["type"], items["7"]["numbered_as"]) == ("consultation", "議案")


def test_answers_and_the_extract_table_name_the_bill_as_the_minutes_do(cli, mini_dir, tmp_path, monkeypatch):
    source = tmp_path / "joint.txt"
    source.write_text(JOINT, encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "120")
    shown = cli("extract", source, "-m", "鳴海町", "--data", mini_dir)
    assert_clean_exit(shown, 0)
    assert "議案第7号" in shown.stdout and "諮問第7号" not in shown.stdout
    # the reviewer is told which items the draft files as another town's data
    assert "another town's items, drafted as its data (controller): 議案第8号 柚木村 (l.7)" \
        in " ".join(shown.stdout.split())
    _draft_moved_in(cli, source, mini_dir, tmp_path)
    built = tmp_path / "build"
    assert_clean_exit(cli("build", "--data", mini_dir, "--build", built, "--include-drafts"), 0)
    table = cli("who-can-see", "個人番号", "-m", "鳴海町", "--build", built)
    assert_clean_exit(table, 0)
    [row] = [line for line in table.stdout.splitlines() if "ユズリハ電算" in line]
    assert row.startswith("excluded") and "議案第7号" in row
    # the item is found by the minutes' name, and shown by it
    shown = cli("show", "議案第8号", "-m", "鳴海町", "--build", built)
    assert_clean_exit(shown, 0)
    assert "議案第8号 要介護認定調査業務の委託 (consultation)" in shown.stdout


def test_a_word_for_the_kind_that_is_no_word_is_refused(cli, mini_dir, tmp_path):
    """Guards: numbered_as is a word of the minutes (議案), nothing to format into a name."""
    facts = next((mini_dir / "facts").glob("*.yaml"))
    text = facts.read_text(encoding="utf-8")
    [indent] = set(re.findall(r"(?m)^(\s+)number:", text))
    facts.write_text(re.sub(r"(?m)^(\s+)number:", rf"\1numbered_as: 議案<b>\n{indent}number:", text, count=1),
                     encoding="utf-8")
    result = cli("validate", "--data", mini_dir)
    assert_clean_exit(result, 1)
    assert "numbered_as" in result.output and facts.name in result.output


def test_drafting_a_joint_council_without_a_town_names_its_items_towns(cli, tmp_path):
    source = tmp_path / "joint.txt"
    source.write_text(JOINT, encoding="utf-8")
    result = cli("extract", source, "--out", tmp_path / "out", "--mkdir")
    assert_clean_exit(result, 1)
    assert "give it with --municipality (a joint council's: items of 鳴海町, 柚木村;" in " ".join(result.output.split())
    assert not list((tmp_path / "out").rglob("*.yaml"))
