"""Each input format the extractor reads, and each bad input it refuses with one line.

PDFs are made here with reportlab and its built-in Japanese CID font (no font
file needed); an image-only PDF stands for a scan without a text layer."""
from __future__ import annotations

import io

import pytest

from kg.errors import ExtractError
from kg.extract.reading import MAX_BYTES, read_bytes, read_document

import minutes

SENTENCE = "市民課は、防犯カメラの映像を記録媒体で警察へ提供する。"


def text_pdf(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("HeiseiMin-W3", 10)
    for n, line in enumerate(lines):
        page.drawString(40, 800 - 14 * n, line)
    page.showPage()
    page.save()
    return buffer.getvalue()


def image_pdf() -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawImage(ImageReader(Image.new("RGB", (300, 120), "white")), 40, 600, 300, 120)
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_utf8_text_is_kept_as_it_is():
    doc = read_bytes("m.txt", minutes.PROVISION.encode("utf-8"))
    assert (doc.kind, doc.encoding) == ("text", "utf-8")
    assert doc.text == minutes.PROVISION


@pytest.mark.parametrize("encoding", ["cp932", "shift_jis", "euc_jp"])
def test_japanese_encodings_are_detected(encoding):
    doc = read_bytes("m.txt", minutes.PROVISION.encode(encoding))
    assert doc.text == minutes.PROVISION
    assert doc.encoding in ("cp932", "euc_jp")


def test_html_blocks_become_lines_and_markup_goes():
    page = ("<!DOCTYPE html><html><head><title>会議録</title><script>var x='提供';</script>"
            "</head><body><nav>メニュー</nav><h1>試験市個人情報保護審議会</h1>"
            f"<p>開催日時 令和3年6月1日</p><table><tr><td>議題</td><td>{SENTENCE}</td></tr></table>"
            "<p>警察&amp;裁判所</p></body></html>")
    doc = read_bytes("m.html", page.encode("cp932"))
    assert doc.kind == "html"
    lines = doc.text.split("\n")
    assert "試験市個人情報保護審議会" in lines
    assert any(SENTENCE in line for line in lines)
    assert "警察&裁判所" in lines
    assert "var x" not in doc.text and "メニュー" not in doc.text and "<" not in doc.text


def test_a_rubys_reading_and_a_cms_footer_are_no_part_of_the_minutes():
    # nc69 U3, U4: 柚木<rt>ゆのき</rt>会長 was saved as 柚木ゆのき会長, in every quote and
    # label; the footer's Copyright … All Rights Reserved gave three "systems"
    page = ("<html><body><h1>試験町個人情報保護審議会</h1>"
            "<p><strong><ruby>柚木<rt>ゆのき</rt></ruby>会長</strong><br>開会します。</p>"
            "<p><ruby>寒河江<rp>（</rp><rt>さがえ</rt><rp>）</rp></ruby>係長</p>"
            "<div id=\"tmp_footer\"><p>Copyright &copy; Kirinomori Town. All Rights Reserved.</p></div>"
            "</body></html>")
    doc = read_bytes("m.html", page.encode("utf-8"))
    assert "柚木会長" in doc.text.split("\n")
    assert "寒河江係長" in doc.text.split("\n")
    assert "ゆのき" not in doc.text and "さがえ" not in doc.text
    assert "Copyright" not in doc.text


def test_an_html_header_that_heads_the_minutes_is_kept_and_a_site_s_header_goes():
    # nc66 M5: <header><h1>…審議会 会議録</h1><p>開催日：…</p></header> was dropped as a site's
    # chrome, and with it the council and the meeting's day
    page = ("<html><body><header class=\"site\"><h1>鷺沼市</h1><nav>メニュー</nav></header>"
            "<main><header class=\"page-head\"><h1>令和7年度第3回鷺沼市個人情報保護審議会 会議録</h1>"
            "<p>開催日：<time datetime=\"2025-09-30\">9月30日（火）</time></p></header>"
            f"<p>{SENTENCE}</p></main></body></html>")
    lines = read_bytes("m.html", page.encode("utf-8")).text.split("\n")
    assert "令和7年度第3回鷺沼市個人情報保護審議会 会議録" in lines and "開催日：9月30日（火）" in lines
    assert "メニュー" not in lines and "鷺沼市" not in lines


def test_html_keeps_the_ideographic_spaces_a_browser_shows():
    # nc57 U9: 3階　301会議室 on the page, 3階 301会議室 in the saved text, and a quote copied
    # from the page did not match; runs of ASCII spaces are still one, as a browser shows
    page = ("<html><body><p>場所　本庁舎3階　301会議室</p>"
            "<p>　本市は、   氏名を提供する。</p></body></html>")
    lines = read_bytes("m.html", page.encode("utf-8")).text.split("\n")
    assert "場所　本庁舎3階　301会議室" in lines
    assert "　本市は、 氏名を提供する。" in lines


def test_pdf_text_layer_is_read():
    doc = read_bytes("m.pdf", text_pdf(["令和3年度第1回試験市個人情報保護審議会", SENTENCE]))
    assert doc.kind == "pdf"
    assert SENTENCE in doc.text.split("\n")


def speaker_column_pdf(rows: list[tuple[str, list[str]]], column: int = 70) -> bytes:
    """A page of minutes in two columns: each speaker's label at the left margin, the
    speech and its wrapped lines ``column`` points to its right (10-point characters)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("HeiseiMin-W3", 10)
    y = 800
    for label, speech in rows:
        page.drawString(40, y, label)
        for line in speech:
            page.drawString(40 + column, y, line)
            y -= 14
        if not speech:
            y -= 14
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_label_that_fills_its_column_is_set_apart_from_the_speech():
    doc = read_bytes("m.pdf", speaker_column_pdf([
        ("総務課長", ["ただいまから審議会を開会いたします。本日は委員全員の", "ご出席をいただいております。"]),
        ("子育て支援課長", ["子育て支援課長でございます。報告第２号について", "ご報告いたします。"]),
        ("子育て支援課長", ["警察には、会議の場で情報を共有しております。"]),
        # (a label longer than its column runs under the speech; the speech starts again)
        ("住民課国保年金係長", ["国保年金係長でございます。"]),
    ]))
    lines = doc.text.splitlines()
    assert "総務課長 ただいまから審議会を開会いたします。本日は委員全員の" in lines
    assert "子育て支援課長 子育て支援課長でございます。報告第２号について" in lines
    assert "子育て支援課長 警察には、会議の場で情報を共有しております。" in lines
    assert any(line.startswith("住民課国保年金係長") and line.endswith(" 国保年金係長でございます。")
               for line in lines)


def test_a_page_without_a_label_column_is_read_as_it_is():
    """Guards: a form's values indented under their headings, and a line whose eighth
    character stands where they start, get no space (no label, a space and a speech
    show a column of speakers)."""
    page = speaker_column_pdf([
        ("１　事業の概要", []),
        ("", ["市民課は、防犯カメラの映像を記録媒体で警察へ提供する。", "提供は年に数回である。"]),
        ("２　委託先", []),
        ("", ["株式会社試験データは市の委託を受けて入力を行う。"]),
        ("入力作業委託先会社名称株式会社試験データ", []),
    ])
    lines = read_bytes("m.pdf", page).text.splitlines()
    assert "入力作業委託先会社名称株式会社試験データ" in lines
    assert "市民課は、防犯カメラの映像を記録媒体で警察へ提供する。" in lines


def placed_page(lines: list[list[tuple[int, str]]]) -> bytes:
    """A page as a PDF converter writes it in HTML: each printed line's pieces absolutely
    placed divs at (left, text), a line 27 pixels below the one before."""
    divs = "".join(f'<div style="position:absolute;top:{100 + 27 * n}px;left:{left}px;white-space:nowrap" '
                   f'class="ft02">{text}</div>\n' for n, line in enumerate(lines) for left, text in line)
    return ('<!DOCTYPE html><html><head><title>r07-2kaigiroku</title>'
            '<meta name="generator" content="pdftohtml 24.02.0"/></head><body>'
            '<div id="page1-div" style="position:relative;width:893px;height:1263px;">'
            f'{divs}</div></body></html>').encode("utf-8")


def test_a_pdf_converted_to_html_is_read_a_printed_line_to_a_line():
    page = placed_page([
        [(95, "令和7年度第2回試験郡町村個人情報保護審議会会議録")],
        [(95, "１　日　時　令和7年9月26日（金）午前10時00分")],
        [(112, "番号"), (231, "町村名"), (333, "案件名"), (690, "担当課")],
        [(112, "議案第9号"), (231, "苫瀬町"), (333, "家屋評価補助業務及び航空写真撮影業務の委"), (690, "税務課")],
        [(333, "託について")],
        [(95, "○苫瀬町税務課長"), (282, "課税台帳には個人番号が記録されておりますが、委託先へ提供するデー")],
        [(112, "タからは個人番号を削除いたします。測地フロンティアが個人番号を取り扱うこと")],
        [(112, "はございません。")],
        *([[(112, "以上でございます。")]] * 14),
    ])
    doc = read_bytes("m.html", page)
    lines = doc.text.splitlines()
    assert doc.kind == "html" and lines[0] == "令和7年度第2回試験郡町村個人情報保護審議会会議録"
    assert "r07-2kaigiroku" not in doc.text  # (the converter's file name is no title)
    # (a table's cell wrapped under itself goes back into its cell)
    assert "議案第9号\t苫瀬町\t家屋評価補助業務及び航空写真撮影業務の委託について\t税務課" in lines
    # (the label one space from the speech, its wrapped lines as a PDF's text gives them)
    assert "○苫瀬町税務課長 課税台帳には個人番号が記録されておりますが、委託先へ提供するデー" in lines
    assert "タからは個人番号を削除いたします。測地フロンティアが個人番号を取り扱うこと" in lines


def test_a_page_whose_menu_alone_is_placed_is_read_as_any_page():
    """Guards: 25 placed menu entries, the minutes in paragraphs: the minutes are read."""
    menu = "".join(f'<div style="position:absolute;top:{10 + n}px;left:{20 * n}px">メニュー{n}</div>'
                   for n in range(25))
    page = (f"<html><body>{menu}<p>令和3年度第1回試験市個人情報保護審議会</p><p>{SENTENCE}</p>"
            + "<p>以上のとおり、委員から意見が述べられ、審議会として了承した。</p>" * 8 + "</body></html>")
    assert SENTENCE in read_bytes("m.html", page.encode("utf-8")).text.splitlines()


def ruled_table_pdf(boxes: bool = False) -> bytes:
    """A page with a sentence and a ruled table whose cells wrap (drawn as Word or a
    browser's print draws one, or with ``boxes`` each cell a stroked rectangle, as fpdf2
    draws one), a row of the agenda's table before it."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("HeiseiMin-W3", 10)
    page.drawString(40, 800, "令和3年度第1回試験市個人情報保護審議会")
    page.drawString(40, 780, "提供先は、下の表のとおりでございます。")
    columns = [40, 160, 330, 440, 540]
    rows = [(760, 740, [["提供先"], ["提供項目"], ["提供方法"], ["頻度"]]),
            (740, 705, [["試験県北部児童", "相談所"], ["児童の氏名、生年月日、", "住所"], ["手渡し"], ["随時"]]),
            (705, 685, [["試験警察署"], ["児童の氏名"], ["電話"], ["随時"]])]
    for top, bottom, cells in rows:
        if boxes:
            for left, right in zip(columns, columns[1:]):
                page.rect(left, bottom, right - left, top - bottom, stroke=1, fill=0)
        else:
            page.line(columns[0], top, columns[-1], top)
            for x in columns:
                page.line(x, bottom, x, top)
        for left, lines in zip(columns, cells):
            for n, line in enumerate(lines):
                page.drawString(left + 4, top - 13 - 14 * n, line)
    if not boxes:
        page.line(columns[0], 685, columns[-1], 685)
    page.drawString(40, 665, SENTENCE)
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize("boxes", [False, True], ids=["rules", "boxes"])
def test_a_pdfs_ruled_table_is_read_a_row_to_a_line(boxes):
    # nc48 M1, W15: the text layer gives a table cell by cell, a wrapped cell's lines apart
    # (試験県北部児童 / 相談所): the rows are read from the rules, their cells tab-separated
    # (nc62 M3: each cell a stroked rectangle, no rule of its own, was read as no table)
    lines = read_bytes("m.pdf", ruled_table_pdf(boxes)).text.split("\n")
    assert "提供先\t提供項目\t提供方法\t頻度" in lines
    assert "試験県北部児童相談所\t児童の氏名、生年月日、住所\t手渡し\t随時" in lines
    assert "試験警察署\t児童の氏名\t電話\t随時" in lines
    # the text around the table is the text layer's, in its place
    assert lines.index("提供先は、下の表のとおりでございます。") < lines.index("試験警察署\t児童の氏名\t電話\t随時") \
        < lines.index(SENTENCE)


def test_image_only_pdf_is_refused():
    with pytest.raises(ExtractError, match="no text layer"):
        read_bytes("scan.pdf", image_pdf())


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(ExtractError, match="empty"):
        read_document(path)


def test_wrong_encoding_is_refused():
    with pytest.raises(ExtractError, match="not valid utf-8"):
        read_bytes("m.txt", minutes.PROVISION.encode("cp932"), encoding="utf-8")
    latin = "Procès-verbal de la réunion du conseil, café, données à caractère personnel." * 20
    with pytest.raises(ExtractError, match="Japanese text"):
        read_bytes("m.txt", latin.encode("latin-1"))


def test_binary_data_is_refused():
    with pytest.raises(ExtractError, match="binary"):
        read_bytes("m.bin", b"\x00\x01\x02PK\x03\x04" * 100)


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 50 MB without writing them
        handle.truncate(50 * 1024 * 1024)
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(ExtractError, match="50.0 MB is too large"):
        read_document(path)


def test_a_page_heavy_with_markup_is_told_by_its_text():
    # scripts and styles are ASCII whatever the page's encoding: the text decides
    page = ("<html><head><style>" + "body{color:red}" * 400 + "</style><script>"
            + "var x = 1;" * 500 + "</script></head><body><p>"
            + minutes.PROVISION.replace("\n", "</p><p>") + "</p></body></html>")
    doc = read_bytes("page.html", page.encode("cp932"))
    assert doc.kind == "html" and doc.encoding in ("cp932", "shift_jis")
    assert "市民課は、防犯カメラの映像を記録媒体で警察へ提供する。" in doc.text
    assert "color:red" not in doc.text


def test_a_page_with_no_text_says_so():
    with pytest.raises(ExtractError, match="no text found in the html file"):
        read_bytes("empty.html", b"<html><body></body></html>")


def test_a_line_break_tag_opens_no_blank_line_inside_a_sentence():
    # nc58 U5: <br> then the source's own newline put a blank line inside the sentence,
    # which then split in two
    page = ("<html><body><p>　保守は株式会社Aに委託しており、障害発生時には<br>\n"
            "同社の保守担当者がデータを閲覧することがございます。</p></body></html>")
    doc = read_bytes("page.html", page.encode("utf-8"))
    assert doc.text.strip("\n").split("\n") == ["　保守は株式会社Aに委託しており、障害発生時には",
                                    "同社の保守担当者がデータを閲覧することがございます。"]


def test_a_rows_cells_on_lines_of_their_own_in_the_source_are_one_line():
    # nc63 W1: Excel's "save as web page" writes each <td> on a line of its own; the label
    # and its value (委託先 / 株式会社…) stood on two lines, and the form was not read
    page = """<html><body><table>
 <tr height=18>
  <td class=xl65></td>
  <td class=xl67>委託先</td>
  <td class=xl68 colspan=5>株式会社あさぎ印刷</td>
 </tr>
 <tr height=18>
  <td class=xl65></td>
  <td class=xl67>取り扱う個人情報</td>
  <td class=xl68 colspan=5>氏名、住所</td>
 </tr>
</table></body></html>"""
    lines = [line for line in read_bytes("m.html", page.encode("utf-8")).text.split("\n") if line.strip()]
    assert lines == ["\t委託先\t株式会社あさぎ印刷\t", "\t取り扱う個人情報\t氏名、住所\t"]
