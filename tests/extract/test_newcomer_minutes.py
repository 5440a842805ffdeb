"""The invented minutes of the fourth to eighth newcomer runs (tests/fixtures/
newcomer4-8: text in UTF-8 and Shift_JIS, HTML pages, a PDF, Markdown), read with the
bundled registry: the wrong answers those runs found stay gone, and the drafts validate
in a copy of the data."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, assert_clean_exit
from kg.data.evidence import locate
from kg.extract import extract_files

MINUTES = FIXTURES / "newcomer4"


def _read_all(folder: Path) -> dict[str, dict]:
    """The proposals for every minutes file of ``folder``, by the city in its file name."""
    return {Path(r["input"]).stem.split("-")[0]: r for r in extract_files(sorted(folder.iterdir()))}


@pytest.fixture(scope="module")
def read():
    return _read_all(MINUTES)


def _lines(doc: dict, kind: str = "flows") -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for row in doc[kind]:
        out.setdefault(row["line"], []).append(row)
    return out


def test_every_quote_stands_in_the_saved_text(read, tmp_path):
    out = tmp_path / "drafts"
    results = extract_files(sorted(MINUTES.iterdir()), out_dir=out)
    for doc in results:
        text = (out / "sources" / doc["source"]).read_text(encoding="utf-8")
        for kind in ("entities", "flows", "relations", "access"):
            for row in doc[kind]:
                assert locate(text, row["quote"], row["line"]) is not None, row


def test_attendance_lines_make_no_departments_or_towns(read):
    made = {e["label"] for doc in read.values() for e in doc["entities"] if e.get("id") is None}
    # 同課 大石課長補佐, 河合課長, 中村主任, 今野主査: people, not 大石課, 河合課, 中村, 主査事務局
    assert not made & {"大石課", "河合課", "中村", "主査事務局"}
    # the page's breadcrumbs and footer are no council, system or data
    assert not made & {"Copyright", "KanazawaCity", "Allrightsreserved", "金沢市ホーム>市政情報>審議会"}
    assert read["kanazawa"]["council"] == "金沢市個人情報保護審議会"


def test_a_centre_jlis_runs_is_not_the_citys(read):
    types = {e["label"]: e["type"] for e in read["sendai"]["entities"]}
    assert types["証明書交付センターシステム"] == "system"  # (the registry's, by an alias)
    assert [i["number"] for i in read["sendai"]["agenda_items"]] == ["9", "10"]
    onward = [f for f in read["sendai"]["flows"] if f["from_id"] == "jlis"]
    assert [(f["to"], f["categories"]) for f in onward] == [("国の機関", ["honnin-kakunin-joho"])]


def test_denials_speak_of_the_named_contractor_and_deny_only_what_they_say(read):
    access = [(a["party"], a["categories"], a["line"]) for doc in read.values() for a in doc["access"]]
    assert not [a for a in access if a[0].endswith("受託者（名称不明）")]  # the contractors are named
    # 判定結果, 他の施設の園児の情報: not all of the data (証明書の内容 is: the clerk sees none;
    # J-LISの運用担当者も内容を閲覧できない: nor J-LIS's staff)
    assert [a[0] for a in access if a[1] == ["personal-information"]] == [
        "コンビニエンスストア店員", "地方公共団体情報システム機構"]
    # 本人の請求がない限り個人番号を記載しない: on request it is, so no one is denied it
    assert 23 not in _lines(read["sendai"], "access")
    # 所得情報以外の項目は閲覧できない: 日本年金機構 is not denied the income it receives
    assert not [a for a in access if a[0] == "日本年金機構"]
    kanazawa = {(a["party"], tuple(a["categories"])): a["context"] for a in read["kanazawa"]["access"]}
    assert kanazawa[("株式会社加賀デジタルソリューションズ", ("my-number",))].startswith("校務支援システム（")


def test_what_the_minutes_say_does_not_move_does_not(read):
    takamatsu = _lines(read["takamatsu"])
    # 氏名等を削除し仮名加工した上で: no name reaches the analysis company
    [to_company] = [f for f in read["takamatsu"]["flows"] if f["to"] == "株式会社讃岐ヘルスデータ"]
    assert "name" not in to_company["categories"]
    # 対象者の一覧 is no receipt; 報告には個人を特定できる情報を含めない is no flow
    assert all("receipt" not in f["categories"] for f in takamatsu.get(57, []))
    assert not [f for f in read["hamamatsu"]["flows"] if f["from"] == "株式会社東海メディカルリサーチ"]


def test_entrustments_once_and_to_whom_the_minutes_say(read):
    rel = [(r["type"], r["subject"], r["object"]) for r in read["takamatsu"]["relations"]]
    assert rel.count(("entrusts", "高松市", "香川県国民健康保険団体連合会")) == 1
    # 讃岐ヘルスデータ is the federation's subcontractor, not the city's contractor
    assert ("entrusts", "高松市", "株式会社讃岐ヘルスデータ") not in rel
    assert ("re-entrusts", "香川県国民健康保険団体連合会", "株式会社讃岐ヘルスデータ") in rel
    assert ("re-entrusts", "株式会社ハマナテック",
            "諮問第21号の再委託先（名称不明）") in [
        (r["type"], r["subject"], r["object"]) for r in read["hamamatsu"]["relations"]]


def test_a_frequency_said_next_and_the_drafts_validate(read, cli, tmp_path, real_data):
    freq = {(Path(d["input"]).name.split("-")[0], f["line"]): f["frequency"]
            for d in read.values() for f in d["flows"]}
    assert freq[("sendai", 31)] == "異動の都度" and freq[("hamamatsu", 27)] == "毎日"
    data = tmp_path / "data"
    shutil.copytree(real_data, data)
    out = tmp_path / "drafts"
    result = cli("extract", *sorted(MINUTES.iterdir()), "--data", data, "--out", out, "--mkdir")
    assert_clean_exit(result, 0)
    for sub in ("sources", "facts", "categories"):
        for file in (out / sub).glob("*") if (out / sub).is_dir() else ():
            shutil.move(str(file), data / sub / file.name)
    assert_clean_exit(cli("validate", "--data", data), 0)


# -- the fifth run: 岡山市 (問／答, 別表), 鷹栖町, 那覇市 (a PDF), 盛岡市 (a correction) ------

FIFTH = FIXTURES / "newcomer5"


@pytest.fixture(scope="module")
def fifth():
    return _read_all(FIFTH)


def test_questions_and_corrections_give_no_my_number_flow(fifth):
    mine = [(n, f["line"]) for n, d in fifth.items() for f in d["flows"] if "my-number" in f["categories"]]
    # 岡山: asked, then denied (答：個人番号は提供しない); 盛岡: said, then corrected (訂正する)
    assert not [m for m in mine if m[0] in ("okayama", "morioka")]
    # 鷹栖町 says it: 個人番号は…町の端末で入力し、広域連合に送っている
    assert ("takasu", 27) in mine


def test_the_fifth_runs_parties_and_tables(fifth):
    made = {e["label"] for d in fifth.values() for e in d["entities"] if e.get("id") is None}
    assert not made & {"川村", "賦課", "毎月市", "事務組合", "社会福祉協議会"}
    rows = [f for f in fifth["okayama"]["flows"] if f["verb"] == "表"]
    assert {(f["to"], f["channel"]) for f in rows} >= {("岡山県国民健康保険団体連合会", "online"),
                                                       ("相談支援事業所（名称不明）", "mail")}
    entrusts = {(r["subject"], r["object"]) for d in fifth.values() for r in d["relations"]
                if r["type"] == "entrusts"}
    assert ("鷹栖町", "ごみ処理手数料の減免申請の情報提供の収集業者（名称不明）") not in entrusts
    assert ("大雪清掃組合", "ごみ処理手数料の減免申請の情報提供の収集業者（名称不明）") in entrusts


def test_the_pdfs_wrapped_list_and_excluded_receiver(fifth):
    naha = fifth["naha"]
    [sent] = [f for f in naha["flows"] if f["to"] == "国保情報集約システム"]
    assert "my-number" in sent["categories"] and sent["channel"] == "lgwan"
    assert {(a["party"], tuple(a["categories"])) for a in naha["access"]} >= {("医療機関（名称不明）", ("my-number",))}
    assert not [a for a in naha["access"] if a["party"] == "社会保険診療報酬支払基金"]


# -- the sixth run: 世田谷区 (Word HTML), 福岡市 (答申), 早川町, 札幌市 (Markdown) -------------

SIXTH = FIXTURES / "newcomer6"


@pytest.fixture(scope="module")
def sixth():
    return _read_all(SIXTH)


def test_the_sixth_runs_items_and_contractors(sixth):
    # （１）諮問第7号について and the 答申's heading are item 7, not new items
    assert [(i["number"], i["type"]) for i in sixth["fukuoka"]["agenda_items"]] == [
        ("7", "consultation"), ("3", "report")]
    relations = {(r["type"], r["subject"], r["object"]) for d in sixth.values() for r in d["relations"]}
    # the union runs the town's systems; no made-up data centre is entrusted or runs them
    assert ("operates", "峡南広域行政組合", "基幹系システム") in relations
    assert not [r for r in relations if r[1].endswith("データセンター（名称不明）")
                or (r[0] == "entrusts" and r[2].endswith("データセンター（名称不明）"))]
    # 株式会社東都データサービスが管理するデータセンターに設置: the company hosts it
    assert ("hosts", "株式会社東都データサービス", "児童相談所業務支援システム") in relations


def test_the_sixth_runs_tables_and_exclusions(sixth):
    sapporo = sixth["sapporo"]
    rows = {(f["to"], tuple(f["categories"])) for f in sapporo["flows"] if f["verb"] == "表"}
    assert ("国民健康保険中央会", ("insurance-eligibility", "my-number")) in rows
    # 連合会への月次の送付には個人番号は含めない: of the federation, not of the sender, and
    # no flow takes 個人番号 from the question before it
    assert not [f for f in sapporo["flows"] if f["line"] == 35 and "my-number" in f["categories"]]
    assert ("北海道国民健康保険団体連合会", ["my-number"]) in [
        (a["party"], a["categories"]) for a in sapporo["access"] if a["type"] == "excluded"]


def test_a_company_in_quotes_is_entrusted_and_others_screens_are_no_exclusion(sixth):
    sapporo = sixth["sapporo"]
    relations = {(r["type"], r["subject"], r["object"]) for r in sapporo["relations"]}
    # 民間の事業者である「株式会社ノースメディカルデータ」に委託している
    assert ("entrusts", "札幌市", "株式会社ノースメディカルデータ") in relations
    assert ("re-entrusts", "株式会社ノースメディカルデータ", "株式会社石狩封入センター") in relations
    # 同社は健康管理システムの他の画面を閲覧することはできない: the company sees its own
    assert not [a for a in sapporo["access"] if a["party"] == "株式会社ノースメディカルデータ"]


# -- the seventh run, written to measure precision on minutes not seen before --------------

SEVENTH = FIXTURES / "newcomer7"


@pytest.fixture(scope="module")
def seventh():
    return _read_all(SEVENTH)


def test_the_seventh_runs_wrong_answers_stay_gone(seventh):
    items = {n: [(i["number"], i["department"]) for i in d["agenda_items"]] for n, d in seventh.items()}
    # まず諮問第1号について…: each item's section, and its department, is its own
    assert items["ise"] == [("1", "介護保険課"), ("2", "市民課"), ("3", "学校教育課")]
    assert ("14", "健康教育課") in items["yokohama"]
    made = {(e["label"], e["type"]) for d in seventh.values() for e in d["entities"] if not e.get("id")}
    assert ("伊勢年金事務所", "public-body") in made and ("新潟年金事務所", "public-body") in made
    assert not [m for m in made if m[0] in ("福井係", "担当係") or m[0].startswith("西村委員")]
    # 家庭裁判所から調査嘱託…家庭裁判所に回答: the city answers the court that asked
    niigata = {(f["from"], f["to"]) for f in seventh["niigata"]["flows"]}
    assert ("こども家庭課", "家庭裁判所") in niigata or ("こども家庭課", "新潟家庭裁判所") in niigata
    # …の技術者が児童生徒の氏名等を目にする可能性: incidental access
    assert [a for a in seventh["yokohama"]["access"] if a["type"] == "incidental"]
    # no channel from a question that says the line is not on the internet
    assert not [f for d in seventh.values() for f in d["flows"] if f["channel"] == "internet"]


# -- the eighth run: a town's Q&A, a city's summary with bullets, a box-drawn table ---------

EIGHTH = FIXTURES / "newcomer8"


@pytest.fixture(scope="module")
def eighth():
    return _read_all(EIGHTH)


def test_the_eighth_runs_my_number_answers(eighth):
    mine = {"my-number", "my-number-card", "honnin-kakunin-joho", "specific-personal-information"}
    flows = [(n, f["line"], f["from"], f["to"]) for n, d in eighth.items() for f in d["flows"]
             if set(f["categories"]) & mine]
    # …マイナンバーカードの…電子証明書について質問があり、…市には本人確認の結果のみが送られる:
    # the card is what was asked about; …との接続には、中間サーバーを利用します moves no 個人番号
    assert not [f for f in flows if f[0] in ("minokawa", "takamine")]
    # 前住所地の市町村から所得情報を取得: the others give, over the network
    [got] = [f for f in eighth["takamine"]["flows"] if f["from"] == "前住所地の市町村（名称不明）"]
    assert (got["to"], got["categories"], got["via"]) == ("健康福祉課", ["income-tax"], "情報提供ネットワークシステム")


def test_the_eighth_runs_access_statements(eighth):
    access = {n: {(a["type"], a["party"], tuple(a["categories"])) for a in d["access"]}
              for n, d in eighth.items()}
    # …はデータの内容を閲覧できません: none of the data
    assert ("excluded", "ひかりクラウドテクノロジー株式会社", ("personal-information",)) in access["shirahamadai"]
    # 納税通知書には個人番号は印字されず: the notice is not what is denied
    assert ("excluded", "株式会社信州データプリント", ("my-number",)) in access["takamine"]
    # a leak that held no 要配慮個人情報, and a reported question, grant or deny nothing
    assert not [a for a in access["shirahamadai"] if a[2] == ("special-care-information",)]
    assert not [a for a in access["minokawa"] if a[0] == "incidental"]


def test_the_eighth_runs_box_drawn_table(eighth):
    rows = {(f["to"], f["frequency"]) for f in eighth["shirahamadai"]["flows"] if f["verb"] == "表"}
    assert rows == {("白浜台市社会福祉協議会", "年2回"), ("白浜台市消防本部", "毎月"),
                    ("白浜台警察署", "年1回"), ("民生委員（名称不明）", "年1回")}
    junk = [e["label"] for e in eighth["shirahamadai"]["entities"] if "│" in e["label"]]
    assert not junk


def test_the_eighth_runs_denials_of_the_work_and_of_contents(eighth):
    access = {n: {(a["party"], tuple(a["categories"]), a["line"]) for a in d["access"]
                  if a["type"] == "excluded"} for n, d in eighth.items()}
    line = {n: _line_finder(EIGHTH / f"{n}.txt") for n in eighth}
    # 本結合では個人番号は取り扱わない: of the connection's partner
    assert ("日本年金機構", ("my-number",), line["minokawa"]("　・本結合では")) in access["minokawa"]
    # いずれの提供先にも提供しません: each recipient of the table, none of the city's own
    every = {p for p, c, n in access["shirahamadai"] if n == line["shirahamadai"]("福祉総務課長：個人番号は")}
    assert every >= {"白浜台市社会福祉協議会", "白浜台警察署", "民生委員（名称不明）"}
    # 送信データ, 証明書の内容, 印字データ: the contents, all of them
    for city, party in (("minokawa", "株式会社東海システムサービス"), ("minokawa", "コンビニエンスストア店員"),
                        ("minokawa", "株式会社ぎふITソリューションズ"), ("takamine", "有限会社あずみ封入サービス")):
        assert any(p == party and c == ("personal-information",) for p, c, _ in access[city]), party
    # …見ることはないかとの質問があり: the question excludes no one
    assert not [p for p, _, _ in access["minokawa"] if p.endswith("保守業者（名称不明）")]
    # 福祉総務課長：名簿情報の提供について…: a speaker's line opens no item
    assert len(eighth["shirahamadai"]["agenda_items"]) == 3


def _line_finder(path: Path):
    lines = path.read_text(encoding="utf-8").split("\n")
    return lambda start: next(n for n, text in enumerate(lines, 1) if text.startswith(start))


def test_the_eighth_runs_dates_conditions_and_appositions(eighth):
    status = {(n, f["line"], f["to"]): f["status"] for n, d in eighth.items() for f in d["flows"]}
    # 令和9年2月の3日間で…転送します, said in November 2026: planned
    assert [s for (n, _, to), s in status.items() if n == "shirahamadai" and "データセンター" in to] == ["planned"]
    # 障害時はデータを暗号化したCD-Rに記録し…持参する: possible, not current
    assert "possible" in {s for (n, _, to), s in status.items()
                          if n == "minokawa" and to == "岐阜県国民健康保険団体連合会"}
    # データセンター事業者であるひかりクラウドテクノロジー株式会社: named, not unnamed
    labels = {e["label"] for e in eighth["shirahamadai"]["entities"]}
    assert not [label for label in labels if "データセンター事業者（名称不明）" in label]


def test_a_flows_quote_reaches_the_data_named_after_its_verb(eighth):
    # 委託先に渡すのは、納税義務者の氏名、住所、税額…です: the quote holds what it claims
    [flow] = [f for f in eighth["takamine"]["flows"] if f["to"] == "株式会社信州データプリント"
              and f["quote"].startswith("税務課長　委託先に渡すのは")]
    assert "氏名" in flow["quote"] and "name" in flow["categories"]


def test_returned_data_and_a_copy_machine(eighth):
    # 広域連合は、介護給付の実績情報を…健康福祉課に返します
    assert ("長野県南部広域連合", "健康福祉課") in {(f["from"], f["to"]) for f in eighth["takamine"]["flows"]}
    # …証明書交付センターからコンビニエンスストア事業者のマルチコピー機に送られ
    # (session 37: the registry's centre and kiosk, by their aliases)
    assert ("証明書交付センターシステム", "キオスク端末（コンビニ設置）") in {
        (f["from"], f["to"]) for f in eighth["minokawa"]["flows"]}


def test_national_health_insurance_eligibility_is_a_known_category(eighth):
    # 国保資格情報 is 被保険者資格情報 (an alias in data/categories.yaml), not a new one
    cats = {c["label"]: c.get("id") for c in eighth["shirahamadai"]["categories"]}
    assert "国保資格情報" not in cats and cats.get("被保険者資格情報") == "insurance-eligibility"


def test_a_ban_on_re_entrusting_names_no_subcontractor_of_another(seventh):
    # ise l.24 伊勢福祉会は、調査業務を他の事業者に再委託することはできません。: forbidden, to no
    # one named (中部ファシリティーズ is 東海情報サービス's subcontractor, l.26)
    [banned] = [r for r in seventh["ise"]["relations"] if r["line"] == 24]
    assert (banned["subject"], banned["permission"]) == ("社会福祉法人伊勢福祉会", "forbidden")
    assert banned["object"].endswith("再委託先（名称不明）")
