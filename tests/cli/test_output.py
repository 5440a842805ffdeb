"""kg.output: one formatter for json, table and csv."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest

from kg.cli.output import FORMATS, format_rows, render, to_json

ROWS = [
    {"file": "900_minutes.txt", "municipality": "試験市", "flows": 1, "tags": ["a", "b"]},
    {"file": "x.txt", "municipality": "Ｔｅｓｔ", "flows": 12, "extra": {"k": "値"}},
]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _at_80(rows: list[dict]) -> str:
    """The table of ``rows`` at 80 columns, checked to fit them."""
    text = format_rows(rows, "table", width=80)
    assert all(_width(line) <= 80 for line in text.splitlines())
    return text


def test_formats():
    assert {"table", "json", "csv"} <= set(FORMATS)


def test_csv_round_trips_through_the_csv_module():
    text = format_rows(ROWS, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ["file", "municipality", "flows", "tags", "extra"]
    assert rows[0] == {"file": "900_minutes.txt", "municipality": "試験市", "flows": "1",
                       "tags": "a; b", "extra": ""}
    assert rows[1]["tags"] == ""
    assert json.loads(rows[1]["extra"]) == {"k": "値"}
    assert rows[1]["municipality"] == "Ｔｅｓｔ"


def test_csv_quotes_commas_and_newlines():
    text = format_rows([{"a": "x, y", "b": "line1\nline2", "c": None}], "csv")
    assert list(csv.reader(io.StringIO(text))) == [["a", "b", "c"], ["x, y", "line1\nline2", ""]]


def test_explicit_columns_select_and_order():
    text = format_rows(ROWS, "csv", columns=["flows", "file"])
    assert text.splitlines() == ["flows,file", "1,900_minutes.txt", "12,x.txt"]


def test_table_aligns_columns_by_display_width():
    text = format_rows(ROWS, "table", columns=["municipality", "flows", "file"], width=80)
    lines = text.splitlines()
    assert len(lines) == 2 + len(ROWS)
    header, rule, *body = lines
    assert set(rule.replace(" ", "")) == {"─"}

    def starts(line, values):
        # display column where each value begins
        out, pos = [], 0
        for value in values:
            index = line.index(value, pos)
            out.append(_width(line[:index]))
            pos = index + len(value)
        return out

    expected = starts(header, ["municipality", "flows", "file"])
    assert starts(body[0], ["試験市", "1", "900_minutes.txt"]) == expected
    assert starts(body[1], ["Ｔｅｓｔ", "12", "x.txt"]) == expected
    assert all(line == line.rstrip() for line in lines)


@pytest.mark.parametrize("width", [40, 80, 200])
def test_a_table_fits_its_width_and_wraps_long_cells(width):
    long = "地方公共団体情報システム機構 → 証明書交付センターシステム → キオスク端末（コンビニ設置）"
    rows = [{"party": "コンビニエンスストア店員", "route": long, "status": "planned"}] * 3
    text = format_rows(rows, "table", width=width)
    assert max(_width(line) for line in text.splitlines()) <= width
    # nothing is cut: every character of the route is still there, in order
    joined = "".join(text.split())
    assert "".join(long.split()) in joined or width < 200


def test_render_fits_the_terminal_named_by_columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    rows = [{"a": "漢字" * 30, "b": "x" * 60}]
    text = render(rows, "table", rows=rows, footer="a footer " * 20)
    assert max(_width(line) for line in text.splitlines()) <= 50


def test_render_shows_wide_columns_only_when_there_is_room(monkeypatch):
    rows = [{"label": "甲市", "label_en": "Ko City", "id": "ko-city"}]
    monkeypatch.setenv("COLUMNS", "80")
    narrow = render(rows, "table", rows=rows, columns=["label"], wide=["label_en"])
    monkeypatch.setenv("COLUMNS", "200")
    wide = render(rows, "table", rows=rows, columns=["label"], wide=["label_en"])
    assert "Ko City" not in narrow and "Ko City" in wide
    assert "ko-city" not in wide  # ids stay in json and csv
    assert "ko-city" in render(rows, "csv", rows=rows, columns=["label"])


def test_empty_rows_with_columns_give_a_header():
    assert format_rows([], "csv", columns=["a", "b"]) == "a,b\n"
    assert format_rows([], "table", columns=["a", "b"]) == "(no results)\n"


def test_render_json_is_the_whole_data():
    data = {"sources": ROWS, "entities": 3}
    text = render(data, "json", rows=ROWS, footer="ignored")
    assert json.loads(text) == data
    assert "試験市" in text  # not \\u escaped
    assert "ignored" not in text


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_render_rows_and_footer(fmt):
    text = render({"sources": ROWS}, fmt, rows=ROWS, footer="total: 2")
    assert "900_minutes.txt" in text
    assert ("total: 2" in text) == (fmt == "table")
    assert text.endswith("\n")


def test_to_json_handles_dates_and_japanese():
    import datetime

    text = to_json({"date": datetime.date(2020, 7, 1), "label": "試験市"})
    assert json.loads(text) == {"date": "2020-07-01", "label": "試験市"}


def test_a_narrow_table_folds_cells_but_never_a_header():
    rows = [{"distance": 0, "party": "埼玉県国民健康保険団体連合会" * 2, "municipality": "所沢市",
             "dependency": "holds", "categories": "住所; 個人番号; 氏名", "ref": "005 l.9"}]
    text = format_rows(rows, "table", width=80)
    header = text.splitlines()[0].split()
    # (every column whole in the header, or beneath the row under its name: the
    # categories go beneath rather than squeeze the party to a sliver, since nc64 U3)
    assert set(header) <= set(rows[0]) and header[:2] == ["distance", "party"]
    assert all(f"    {c}: " in text for c in rows[0] if c not in header)
    assert all(_width(line) <= 80 for line in text.splitlines())
    # too narrow to keep them whole: headers fold too, and no cell is cut or left out
    for width, extra in ((50, {}), (80, {"status": "planned", "ref": "000 l.32"})):
        row = {**rows[0], **extra}
        text = format_rows([row], "table", width=width)
        assert all(_width(line) <= width for line in text.splitlines())
        # (a column beneath its row is named there, "categories: …": its colon is no cell's)
        letters = lambda t: sorted(ch for ch in t if not ch.isspace() and ch not in "─:")  # noqa: E731
        assert letters(text) == letters("".join(row) + "".join(map(str, row.values())))


def test_verbose_in_a_narrow_terminal_gives_one_entry_per_row(monkeypatch):
    rows = [{"party": "埼玉県国民健康保険団体連合会", "ref": "005 l.9",
             "quote": "国保年金課は、被保険者の氏名、住所及び個人番号を埼玉県国民健康保険団体連合会へ"
                      "毎月、専用回線で提供しております。"}]
    monkeypatch.setenv("COLUMNS", "80")
    text = render(rows, "table", rows=rows, columns=["party", "ref"], verbose=["quote"],
                  show_verbose=True)
    lines = text.splitlines()
    assert lines[0] == "(each entry: party · ref; then quote)"
    assert "埼玉県国民健康保険団体連合会 · 005 l.9" in lines
    # the quote whole, on indented lines under its entry (not five characters a line)
    assert "".join(line.strip() for line in lines[lines.index("埼玉県国民健康保険団体連合会 · 005 l.9") + 1:]) \
        .replace("quote:", "") == rows[0]["quote"]
    assert all(_width(line) <= 80 for line in lines)
    monkeypatch.setenv("COLUMNS", "200")  # room for a column of quotes: a table
    assert render(rows, "table", rows=rows, columns=["party", "ref"], verbose=["quote"],
                  show_verbose=True).splitlines()[0].split() == ["party", "ref", "quote"]


def test_verbose_entries_keep_the_wide_columns(monkeypatch):
    # who-can-see -v at 80 columns: "excluded: yes" (a wide column) is no less needed
    rows = [{"party": "株式会社トキワ警備保障", "ref": "007 l.25", "excluded": "yes", "quote": "…"},
            {"party": "朱鷺沢村社会福祉協議会", "ref": "007 l.39", "excluded": "", "quote": "…"}]
    monkeypatch.setenv("COLUMNS", "80")
    text = render(rows, "table", rows=rows, columns=["party", "ref"], wide=["excluded"],
                  verbose=["quote"], show_verbose=True)
    assert text.splitlines()[0] == "(each entry: party · ref; then quote, excluded)"
    assert text.count("excluded: yes") == 1  # (an empty value says nothing)


def test_a_column_no_row_fills_is_left_out_of_a_table():
    rows = [{"party": "甲", "stops": "", "ref": "000 l.1"}, {"party": "乙", "stops": None, "ref": ""}]
    assert format_rows(rows, "table", width=80).splitlines()[0].split() == ["party", "ref"]
    assert format_rows(rows, "csv").splitlines()[0] == "party,stops,ref"  # CSV keeps every key


def test_a_table_too_wide_keeps_its_headers_and_short_latin_words_whole():
    rows = [{"path": 1, "municipality": "東村山市", "from": "市町村国保システム（東村山市）",
             "to": "情報連携用のコンピュータ端末", "channel": "USBメモリ", "status": "possible",
             "stops": "個人番号", "ref": "000 l.190"}]
    text = format_rows(rows, "table", width=80)
    lines = text.splitlines()
    # every header whole, in the header line or beneath the row (from: …)
    assert set(lines[0].split()) | {line.split(":")[0].strip() for line in lines[3:]} >= set(rows[0])
    assert "possible" in text and "l.190" in text  # not possibl / e, not l.1 / 90
    assert all(_width(line) <= 80 for line in lines)


def test_a_table_too_wide_shows_its_widest_columns_beneath_each_row():
    # nc50 U1: trace at 80 columns folded from and to five kanji a line, 285 lines for
    # 21 paths; the route reads whole on lines of its own beneath its row
    route = "国民健康保険課 → 国保情報集約システム（月見坂市） → 東雲県国民健康保険団体連合会"
    rows = [{"access": "direct", "party": "東雲県国民健康保険団体連合会", "municipality": "月見坂市",
             "route": route, "status": "planned", "ref": "005 l.17–18 （草案）"},
            {"access": "controller", "party": "国民健康保険課", "municipality": "月見坂市",
             "route": "国民健康保険課", "status": "current", "ref": "005 l.3"}]
    lines = format_rows(rows, "table", width=80).splitlines()
    assert lines[0].split() == ["access", "party", "municipality", "status", "ref"]
    assert lines[2].split()[0] == "direct" and "005 l.17–18 （草案）" in lines[2]
    at = next(i for i, line in enumerate(lines) if line.startswith("    route: 国民健康保険課 → "))
    below = [lines[at]] + [line for line in lines[at + 1:] if line.startswith("      ")]
    assert "".join(below).replace(" ", "") == ("route:" + route).replace(" ", "")
    # a route that is the party itself says nothing new: no line for it
    assert lines[-1].split()[0] == "controller" and not lines[-1].startswith(" ")
    assert all(_width(line) <= 80 for line in lines)
    # the same rows where there is room: one table
    assert format_rows(rows, "table", width=160).splitlines()[0].split() == list(rows[0])


def test_a_line_beneath_a_row_breaks_between_kanji_and_keeps_latin_words_whole():
    detail = "excluded (no context stated), yet reached: 甲市 → 入力業務受託者（名称不明）"
    rows = [{"rule": "R8", "severity": "low", "subject": "入力業務受託者（名称不明）" * 2,
             "detail": detail, "ref": "800 l.25"}]
    text = format_rows(rows, "table", width=40)
    below = [line for line in text.splitlines() if line.startswith("    ")]
    assert below and all(_width(line) <= 40 for line in text.splitlines())
    words = " ".join(line.strip() for line in below).split()
    assert {"excluded", "(no", "context", "stated),", "reached:"} <= set(words)
    # (no line begins with a closing bracket or a comma)
    assert not any(line.strip()[0] in "）、,)" for line in below)


def test_a_line_beneath_a_row_breaks_where_words_meet():
    # session 44 left: the route under a who-can-see row broke mid-word at 80 columns
    # (…→ キオスク端末（コン / ビニ設置）, …地方公共団体情報シ / ステム機構)
    route = "証明発行サーバー → 証明書交付センターシステム → キオスク端末（コンビニ設置） → コンビニエンスストア事業者"
    rows = [{"access": "via-system", "party": "コンビニエンスストア事業者", "municipality": "東村山市",
             "route": route, "status": "planned", "ref": "000 l.31"}]
    lines = format_rows(rows, "table", width=80).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("    route: "))
    below = [lines[at]] + [line for line in lines[at + 1:] if line.startswith("      ")]
    assert "".join(below).replace(" ", "") == ("route:" + route).replace(" ", "")
    assert len(below) == 2 and below[0].endswith("キオスク端末"), below
    assert below[1].strip().startswith("（コンビニ設置）"), below


def test_a_narrow_column_keeps_its_width_beside_wide_ones():
    # an auditor's who-can-see at 80 columns: the ref of a draft stays on one line
    # (not 005 / l.17 / （草 / 案）) while the route folds
    route = "国民健康保険課 → 国保情報集約システム（月見坂市） → 東雲県国民健康保険団体連合会"
    rows = [{"access": "direct", "party": "東雲県国民健康保険団体連合会", "route": route,
             "status": "planned", "ref": "005 l.17–18 （草案）"}]
    assert "005 l.17–18 （草案）" in _at_80(rows)
    files = [{"file": "tsukimizaka-2023-2.txt", "municipality": "月見坂市", "entities": 12,
              "flows": 5, "my_number": "no", "note": "要介護認定調査業務の委託 " * 4}]
    assert "tsukimizaka-2023-2.txt" in format_rows(files, "table", width=80)


def test_a_wide_column_is_not_left_a_sliver_by_the_narrow_ones():
    # findings at 80 columns: kept whole, detail, municipalities and ref left the subject
    # seven cells (株式会 / 社ひば / りデー / …); the narrow ones give way instead
    rows = [{"rule": "R2", "severity": "medium", "detail": "re-entrustment allowed",
             "subject": "株式会社ひばりデータサービス → 株式会社北辰ネットワーク",
             "municipalities": "雲雀野市", "ref": "005 l.24 （草案）"}]
    assert "株式会社ひば" in _at_80(rows)


def test_a_long_name_keeps_five_kanji_a_line_where_there_is_room():
    # touches at 80 columns: a party's name with no space in it was left two kanji a line
    # (株式 / 会社 / ソラ / テッ / ク（ / 草案 / ）) beside a roomy list of categories
    cats = "; ".join(["世帯情報", "住民記録", "住所", "生年月日", "所得・税情報", "被保険者資格情報",
                      "個人番号", "氏名", "性別"])
    rows = [{"type": "flow", "from": "ソラテック自治体クラウド", "to": "株式会社ソラテック（草案）",
             "categories": cats, "municipality": "千鳥町", "ref": "006 l.21 （草案）"},
            {"type": "maintains", "from": "株式会社ソラテック", "to": "住民情報システム（草案）",
             "categories": "", "municipality": "千鳥町", "ref": "006 l.17 （草案）"}]
    text = _at_80(rows)
    assert "株式会社ソ" in text and "住民情報シ" in text


def test_a_narrow_column_few_rows_fill_goes_beneath_before_a_name_folds_to_a_sliver():
    # nc63 U3, nc64 U3: with a context column the route stayed in a 14-cell column and the
    # party in a 12-cell one (株式会社タブ / リオ, （草案 / ）), at 80 columns
    names = ["社会福祉法人萌黄福祉会", "株式会社ケアステーション和楽", "藍沢県国民健康保険団体連合会",
             "介護認定審査会委員（名称不明）", "株式会社タブリオ"]
    rows = [{"access": "direct", "party": name, "route": f"千草ヶ丘町 → {name}（草案）", "context": "",
             "status": "planned", "ref": "007 l.58 （草案）"} for name in names]
    rows.append({"access": "entrusted", "party": "要介護認定事務及び介護給付事務の受託者（名称不明）",
                 "route": "介護福祉課 → 要介護認定事務及び介護給付事務の受託者（名称不明）（草案）",
                 "context": "", "status": "current", "ref": "007 l.18–20 （草案）"})
    rows.append({"access": "excluded", "party": "株式会社タブリオ", "route": "", "context": "資料 (諮問第7号)",
                 "status": "", "ref": "007 l.64 （草案）"})
    text = format_rows(rows, "table", width=80)
    assert all(_width(line) <= 80 for line in text.splitlines())
    table = [line for line in text.splitlines() if not line.startswith("    ")]
    assert all(any(name in line for line in table) for name in names)  # (each name on one line)
    assert all(f"route: 千草ヶ丘町 → {name}（草案）" in text for name in names)


@pytest.mark.parametrize("width", range(20, 41))
def test_no_wrapped_line_starts_with_a_closing_mark(width, monkeypatch):
    # nc67 U3: a quote folded at the terminal's width could start a line with 。 or 」
    quote = "受託者は、「個人情報の取扱いに関する特記事項」を遵守し、業務上知り得た情報を第三者に提供しない。また、複写はしない。"
    rows = [{"kind": "flow", "quote": quote}]
    monkeypatch.setenv("COLUMNS", str(width))
    for text in (render(rows, "table", columns=["kind", "quote"]),
                 render(rows, "table", columns=["kind"], verbose=["quote"], show_verbose=True)):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert not [line for line in lines[1:] if line[0] in "。、」』）"], text
        # and nothing of the quote is lost
        assert quote in "".join(line.replace("quote:", "").replace("flow", "").strip() for line in lines
                                if not line.startswith(("kind", "─", "(each")))
