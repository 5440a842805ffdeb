"""The eighteenth session's newcomer run (tests/fixtures/newcomer19: a city's verbatim
transcript on a care-insurance cloud move, a roster and a misdelivery; a town's terse
summary on convenience-store certificates, child medical claims and a police inquiry; a
village's written opinion with a table of recipients and an entrustment form), read with
the bundled registry: what the newcomer found wrong stays right."""
from __future__ import annotations

import pytest
import yaml

from conftest import FIXTURES, newcomer_proposals


@pytest.fixture(scope="module")
def read() -> dict[str, dict]:
    return newcomer_proposals("newcomer19")


def _flows(proposal: dict, line: int) -> set[tuple]:
    """The flows quoting ``line``, first or beside (a table's row that the line restates)."""
    return {(f["from"], f["to"], f["status"]) for f in proposal["flows"]
            if line in (f["line"], *(q["line"] for q in f.get("also", ())))}


def test_a_point_of_the_opinions_account_is_no_agenda_item(read):
    # l.29 （7）審議会では、健診結果を県保健所に提供することの是非について議論があった…: a
    # point of 審議の経過; the item is the opinion's title (l.10), approved
    items = [(i["line"], i["title"]) for i in read["c_tokisawa-2025-toshin"]["agenda_items"]]
    assert items == [(10, "健康管理システムの更新及び外部委託")]


def test_the_table_of_recipients_gives_from_the_village(read):
    # 別紙１ (l.38–40): the village gives, not the health centre a point named
    givers = {f["from"] for f in read["c_tokisawa-2025-toshin"]["flows"] if f["line"] in (38, 39, 40)}
    assert givers == {"朱鷺沢村"}


def test_a_hand_over_only_debated_moves_nothing(read):
    # l.29 健診結果を県保健所に提供することの是非について議論があったが、保健所へは統計表のみ
    # を提供し、個人を識別できる情報は提供しない
    assert not any("保健所" in f["to"] for f in read["c_tokisawa-2025-toshin"]["flows"])


def test_the_step_after_one_that_runs_now_runs_too(read):
    # l.28 村が県国民健康保険団体連合会に電子媒体で送付しており、連合会から特定健康診査等
    # データ管理システムに登録される。
    assert _flows(read["c_tokisawa-2025-toshin"], 28) == {
        ("朱鷺沢村", "県国民健康保険団体連合会", "current"),
        ("県国民健康保険団体連合会", "特定健康診査等データ管理システム", "current")}


def test_a_former_contractor_is_not_the_items(read):
    # l.27 …有限会社朱鷺沢印刷所に委託していたが、令和6年度末をもって委託を終了し: the
    # form's 委託先 (l.44) and l.24's 同社 are the item's one contractor
    proposal = read["c_tokisawa-2025-toshin"]
    assert {f["to"] for f in proposal["flows"] if f["line"] == 46} == {"株式会社アケボノ情報システムズ"}
    assert not any("受託者（名称不明）" in e["label"] for e in proposal["entities"])


def test_a_re_entrustment_is_the_sentence_that_says_it_not_the_condition(read):
    # l.18 受託者が再委託を行う場合は、あらかじめ村長の書面による承諾を得ること (a condition);
    # l.25 同社は、…監視業務を株式会社トキワ警備保障に再委託する予定である
    [sub] = [r for r in read["c_tokisawa-2025-toshin"]["relations"] if r["type"] == "re-entrusts"]
    assert (sub["line"], sub["object"], sub["status"]) == (25, "株式会社トキワ警備保障", "planned")


def test_what_a_body_said_first_gives_back_comes_from_it(read):
    # b l.20 事務局：J-LISは交付の記録を町に返すのみで、他には提供しない。: from J-LIS, not
    # the company l.22 entrusts the family-register system to
    assert {f["from"] for f in read["b_honamino-2024-3"]["flows"] if f["line"] == 20} == {
        "地方公共団体情報システム機構"}


def test_what_is_done_only_on_occasion_is_possible(read):
    # b l.40 …照会があった場合に限り、…回答することがある; a l.38 …提供する場合がございます
    assert {f["status"] for f in read["b_honamino-2024-3"]["flows"] if f["line"] == 40} == {"possible"}
    assert {f["status"] for f in read["a_rurigahama-2025-2"]["flows"] if f["line"] == 38} == {"possible"}


def _rows(proposal: dict, line: int) -> list[dict]:
    return [f for f in proposal["flows"] if f["line"] == line]


def test_data_transmitted_is_a_flow(read):
    # a l.23 毎月、受給者の氏名と要介護度を県国民健康保険団体連合会に伝送しております
    [sent] = _rows(read["a_rurigahama-2025-2"], 23)
    assert (sent["from"], sent["to"], sent["status"], sent["frequency"]) == (
        "介護保険課", "県国民健康保険団体連合会", "current", "毎月")


def test_a_list_of_the_data_and_the_way_join_the_flow_they_speak_of(read):
    # a l.30 …に提供しております。 l.31 提供する情報は、氏名、住所、電話番号… l.32 名簿は紙で
    # 年1回お渡ししております。: one current flow to each recipient, not a second planned one
    proposal = read["a_rurigahama-2025-2"]
    assert not _rows(proposal, 31)
    rows = _rows(proposal, 30)
    assert len(rows) == 3
    for row in rows:
        assert (row["status"], row["channel"], row["frequency"]) == ("current", "paper", "年1回")
        assert {"name", "address", "phone-number"} <= set(row["categories"])


def test_an_incident_the_agenda_lists_is_the_one_the_report_tells(read):
    # a l.11 報告第1号　…納税通知書の誤送付について; l.44 …ミナト印刷において、…誤って送付
    astray = [f for f in read["a_rurigahama-2025-2"]["flows"] if f["status"] == "ended"]
    assert [(f["line"], f["from"]) for f in astray] == [(44, "株式会社ミナト印刷")]


def test_the_hand_over_a_title_implies_is_planned_with_its_entrustment(read):
    # a l.9 …クラウド移行に伴う外部委託について; l.14–15 令和8年1月から、…移行する予定です。
    # 移行後のシステムの運用及び保守は、株式会社ルリテックに委託いたします。
    [titled] = _rows(read["a_rurigahama-2025-2"], 9)
    assert (titled["to"], titled["status"]) == ("株式会社ルリテック", "planned")


def test_a_body_named_by_its_regions_kind_is_each_towns_own(cli, tmp_path, monkeypatch):
    # a and c both name 県国民健康保険団体連合会 without naming the prefecture: with a's
    # draft reviewed into the data, c's draft defines its own federation, not a's
    import shutil

    from kg import paths

    minutes = FIXTURES / "newcomer19"
    first = cli("extract", minutes / "a_rurigahama-2025-2.txt", "--out", tmp_path / "a", "--mkdir")
    assert first.exit_code == 0, first.output
    data = tmp_path / "data"
    shutil.copytree(paths.data_dir(), data)
    for part in ("facts", "sources"):
        for path in (tmp_path / "a" / part).iterdir():
            shutil.copy(path, data / part / path.name)
    monkeypatch.setenv("KG_DATA", str(data))
    second = cli("extract", minutes / "c_tokisawa-2025-toshin.txt", "--out", tmp_path / "c", "--mkdir")
    assert second.exit_code == 0, second.output
    [a_doc] = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (tmp_path / "a" / "facts").iterdir()]
    [c_doc] = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (tmp_path / "c" / "facts").iterdir()]
    a_fed = next(e["id"] for e in a_doc["entities"] if e["label"] == "県国民健康保険団体連合会")
    c_fed = next(e for e in c_doc["entities"] if e["label"] == "県国民健康保険団体連合会")
    assert c_fed["id"] != a_fed and c_fed["municipality"] == c_doc["source_entry"]["municipality"]
    assert a_fed not in yaml.safe_dump(c_doc, allow_unicode=True)


def test_a_data_name_with_a_money_word_in_it_is_still_data(read):
    # b l.28 医療機関が支払基金に提出した診療報酬明細書のデータを、支払基金から毎月町に送付を
    # 受けている: 報酬 inside 診療報酬明細書 is no fee, the data comes to the town
    assert {(f["from"], f["status"]) for f in _rows(read["b_honamino-2024-3"], 28)} >= {
        ("社会保険診療報酬支払基金", "current")}


def test_an_entrustment_that_ran_and_ended_is_ended(read):
    # b l.31 令和5年3月までは、…一般財団法人穂波野地域医療協会に審査を委託していたが、同月末で
    # 終了した。
    [ended] = [r for r in read["b_honamino-2024-3"]["relations"] if r["line"] == 31]
    assert (ended["object"], ended["status"]) == ("一般財団法人穂波野地域医療協会", "ended")


def test_an_arrow_and_a_word_of_approval_decide_the_item(read):
    # b l.23, l.36 → 了承; l.45 → 報告として了承
    outcomes = [i["outcome"] for i in read["b_honamino-2024-3"]["agenda_items"]]
    assert outcomes == ["approved", "approved", "noted"]


def test_a_denial_of_a_bodys_facility_is_of_that_body(read):
    # b l.14 …地方公共団体情報システム機構（J-LIS）の証明書交付センターを経由して…; l.17
    # 個人番号は証明書交付センターに送信しない。
    denied = {(a["party"], tuple(a["categories"])) for a in read["b_honamino-2024-3"]["access"]
              if a["line"] == 17}
    assert denied == {("地方公共団体情報システム機構", ("my-number",))}


def test_a_bare_no_to_a_hand_over_asked_excludes_whom_it_asked_of(read):
    # b l.34 委員：支払基金に個人番号を渡すのか。 l.35 事務局：渡さない。
    denied = {(a["type"], a["party"], tuple(a["categories"])) for a in read["b_honamino-2024-3"]["access"]
              if a["line"] == 35}
    assert denied == {("excluded", "社会保険診療報酬支払基金", ("my-number",))}


def test_a_second_denial_on_the_line_adds_to_the_first(read):
    # a l.34 病名は提供いたしません。また、個人番号は提供しない取扱いです。
    rows = [a for a in read["a_rurigahama-2025-2"]["access"] if a["line"] == 34]
    assert len(rows) == 3
    assert all(a["categories"] == ["medical-history", "my-number"] for a in rows)
    assert all([q["quote"] for q in a["also"]] == ["また、個人番号は提供しない取扱いです。"] for a in rows)


def test_a_work_entrusted_to_a_party_named_before_it_is_that_partys(read):
    # b l.22 戸籍情報システムは株式会社ホナミ電算に運用を委託しており
    relations = {(r["type"], r["subject"], r["object"]) for r in read["b_honamino-2024-3"]["relations"]
                 if r["line"] == 22}
    assert ("operates", "株式会社ホナミ電算", "戸籍情報システム") in relations


def test_the_system_after_the_move_is_the_one_the_item_moves(read):
    # a l.14 介護保険システムは、…クラウドサービスに移行する予定です。 l.15 ○介護保険課長
    # 移行後のシステムの運用及び保守は、株式会社ルリテックに委託いたします。
    relations = {(r["type"], r["subject"], r["object"], r["status"])
                 for r in read["a_rurigahama-2025-2"]["relations"] if r["line"] == 15}
    assert {("operates", "株式会社ルリテック", "介護保険システム", "planned"),
            ("maintains", "株式会社ルリテック", "介護保険システム", "planned")} <= relations


def test_a_denial_of_identifying_information_is_of_all_of_it(read):
    # c l.29 …保健所へは統計表のみを提供し、個人を識別できる情報は提供しないことを確認した。
    denied = {(a["type"], a["party"], tuple(a["categories"])) for a in read["c_tokisawa-2025-toshin"]["access"]
              if a["line"] == 29}
    assert denied == {("excluded", "保健所", ("personal-information",))}
