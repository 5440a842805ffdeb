"""Read council minutes as text: plain text (any Japanese encoding), HTML or PDF.

What is read here becomes the saved source document: every quote of a draft
stands verbatim on one line of it. Document text is untrusted: sizes are
checked before reading, binary or undecodable input is refused with one line,
and nothing here runs what the document contains.

Example::

    >>> doc = read_bytes("会議録.txt", "個人番号を提供する。".encode("cp932"))
    >>> (doc.kind, doc.encoding, doc.text)
    ('text', 'cp932', '個人番号を提供する。\\n')
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ExtractError
from kg.extract.positioned import positioned_text

#: Minutes are at most a few hundred kilobytes; a PDF with its images a few megabytes.
MAX_BYTES = 20 * 1024 * 1024
#: Encodings Japanese municipalities publish in, tried in this order when no BOM says.
ENCODINGS = ("utf-8", "cp932", "euc_jp", "iso2022_jp")
_BR_THEN_NEWLINE = re.compile(r"(?i)(<\s*br\b[^>]*>)[ \t]*\r?\n")
_BLOCK_TAGS = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/tr|/h[1-6]|/table|/dd|/dt|/ul|/ol|hr)\b[^>]*>")
_CELL_TAGS = re.compile(r"(?i)<\s*/t[dh]\s*>")
#: White space inside a table's row, between its tags (<tr>, a cell's end, then a cell or
#: the row's end): no text.
_BETWEEN_CELLS = re.compile(r"(?i)(<\s*(?:tr\b[^>]*|/t[dh]\s*)>)\s+(?=<\s*(?:t[dh]\b|/tr\s*>))")
#: A speaker's label as an element of its own at the head of a paragraph, its speech right
#: after it with no space (<p><span class="spk">会長</span>本日は…, <p><strong>会長</strong>…):
#: a browser's box sets it apart; in text an ideographic space does (nc73 W10).
_SPEAKER_TAG = re.compile(r"(?i)(<\s*(?:p|li|dd|div)\b[^>]*>\s*<\s*(span|strong|b)\b[^>]*>[^<>\n]{1,24}<\s*/\2\s*>)"
                          r"(?=[^\s<\u3000：:（(「])")
_LAST_IN_CELL = re.compile(r"(?i)<\s*/p\s*>((?:\s|<o:p>\s*</o:p>|<\s*/span\s*>)*<\s*/t[dh]\s*>)")
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_IN_TEXT_NEWLINE = re.compile(r"[ ]*\r?\n[ ]*")
#: A wide character (kana, kanji, full-width forms, the ideographic space and punctuation).
_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _unwrap(source: str) -> str:
    """Return ``source`` with the newlines inside its text made the white space a browser
    shows them as: none beside a wide character (Word's "save as web page" wraps its source
    inside the text, 令和</span><span>\n７</span>; nc74 U1), else a space. A newline after a
    block's end stays (it is no text, and marks the line as before), and so does one in <pre>."""
    parts = _TAG.split(source)
    tags = _TAG.findall(source)
    visible = [p.strip() for p in parts]
    # (the last visible character before each part and the first after it, in one pass each)
    lasts, last = [], ""
    for v in visible:
        lasts.append(last)
        last = v[-1] if v else last
    firsts, first = [""] * len(visible), ""
    for i in range(len(visible) - 1, -1, -1):
        firsts[i] = first
        first = visible[i][0] if visible[i] else first

    def wide(ch: str) -> bool:
        return not ch or _WIDE.match(ch) is not None

    pre = False
    for i, text in enumerate(parts):
        before = tags[i - 1] if i else ""
        name = before[1:6].lower().lstrip()
        pre = True if name.startswith("pre") else False if name.startswith("/pre") else pre
        if "\n" not in text or pre or _BLOCK_END.match(before):
            continue
        last = lasts[i] if not text[:1].strip() else ""
        following = firsts[i]
        text = _IN_TEXT_NEWLINE.sub(lambda m: "" if wide(text[m.start() - 1:m.start()].strip() or last)
                                    and wide(text[m.end():m.end() + 1].strip() or following) else " ", text)
        parts[i] = text
    return "".join(part + (tags[i] if i < len(tags) else "") for i, part in enumerate(parts))


#: A tag after which a newline of the source marks a line, as the text has it (a block's end).
_BLOCK_END = re.compile(r"(?i)<\s*(?:br|hr|/p|/div|/li|/tr|/h[1-6]|/table|/dd|/dt|/ul|/ol|/section|/article|"
                        r"/header|/footer|/blockquote|/details|/summary|/caption)\b")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class ReadDocument:
    """A document as read: its name, kind (text/html/pdf), encoding and saved text."""

    name: str
    kind: str
    encoding: str | None
    text: str

    @property
    def digest(self) -> str:
        """First 16 hex digits of the SHA-256 of the saved text: the same minutes, the same name."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


def read_document(path: Path, encoding: str | None = None) -> ReadDocument:
    """Read ``path`` (text, HTML or PDF); raise ExtractError with one clear line otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ExtractError(f"{path}: cannot read ({exc.strerror})") from None
    if path.is_dir():
        raise ExtractError(f"{path}: is a folder; give minutes files")
    if size > MAX_BYTES:
        raise ExtractError(f"{path}: {size / 1024 / 1024:.1f} MB is too large for minutes "
                           f"(at most {MAX_BYTES // 1024 // 1024} MB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractError(f"{path}: cannot read ({exc.strerror})") from None
    return read_bytes(str(path), data, encoding)


def read_bytes(name: str, data: bytes, encoding: str | None = None) -> ReadDocument:
    """Return the document in ``data``; its kind is told by its content, not its name."""
    if not data.strip():
        raise ExtractError(f"{name}: the file is empty")
    if data[:5] == b"%PDF-":
        text, kind, used = _pdf(name, data), "pdf", None
    else:
        decoded, used = _decode(name, data, encoding)
        if _looks_html(decoded):
            text, kind = _html(decoded), "html"
        else:
            text, kind = decoded, "text"
    text = _tidy(text)
    if not text.strip():
        raise ExtractError(f"{name}: no text found in the {kind} file")
    return ReadDocument(name=name, kind=kind, encoding=used, text=text)


def _tidy(text: str) -> str:
    """Unix line ends, no control characters, one final newline: the saved text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = _CONTROL.sub("", text)
    return text.rstrip("\n") + "\n" if text.strip() else ""


def _japanese_ratio(text: str) -> float:
    """Share of kana and kanji among the non-space characters (0..1)."""
    sample = [ch for ch in text[:20000] if not ch.isspace()]
    if not sample:
        return 0.0
    jp = sum(1 for ch in sample if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
             or "\uff00" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f")
    return jp / len(sample)


def _decode(name: str, data: bytes, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise ExtractError(f"{name}: unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise ExtractError(f"{name}: not valid {encoding} text (line {line})") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise ExtractError(f"{name}: binary data, not minutes (text, HTML or PDF)")
    best = None
    for candidate in ENCODINGS:
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        score = _japanese_ratio(_visible(text))
        if best is None or score > best[0] + 0.05:
            best = (score, text, candidate)
    if best is None:  # no strict decode: ask charset detection, then check the result
        from charset_normalizer import from_bytes

        guess = from_bytes(data).best()
        if guess is not None:
            best = (_japanese_ratio(_visible(str(guess))), str(guess), guess.encoding)
    if best is not None and not _visible(best[1]).strip():
        return best[1], best[2]  # markup and nothing else: "no text found" says it better
    if best is None or best[0] < 0.2:
        raise ExtractError(f"{name}: does not read as Japanese text in UTF-8, Shift_JIS or "
                           f"EUC-JP (wrong encoding? give it with --encoding)")
    return best[1], best[2]


_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _visible(text: str) -> str:
    """The text of a page without its tags, scripts and styles (for telling the encoding:
    a page's markup is ASCII whatever its text is)."""
    return _MARKUP.sub("", text) if _looks_html(text) else text


def _looks_html(text: str) -> bool:
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


#: A page's chrome, not its minutes: HTML5 landmarks, and the ids and classes that
#: municipal sites give their header, breadcrumbs (パンくず, topicpath) and footer.
_CHROME = ", ".join([
    # (rt, rp: a ruby's reading, 柚木<rt>ゆのき</rt>, is no part of the name; nc69 U3)
    "script", "style", "noscript", "template", "nav", "header", "footer", "rt", "rp",
    "[role=navigation]", "[role=banner]", "[role=contentinfo]",
    *(f"{sign}{name}" for sign in "#." for name in (
        "header", "footer", "breadcrumb", "breadcrumbs", "pankuzu", "topicpath", "topic-path",
        "gnav", "globalnav", "global-nav", "sidebar", "side", "copyright", "skip", "pagetop",
        "tmp_footer", "tmp_pankuzu")),  # (a CMS's own ids: nc69 U4)
])


def _html(source: str) -> str:
    """Return the readable text of an HTML page: one line per block, cells tab-separated."""
    from selectolax.lexbor import LexborHTMLParser

    placed = positioned_text(source)  # (a PDF converted to HTML: a div a printed line)
    if placed is not None:
        return placed
    # (…障害発生時には<br>\n専用回線による…: the line break is the tag's; the source's own
    # newline after it would open a blank line inside the sentence, nc58 U5)
    source = _BR_THEN_NEWLINE.sub(r"\1", source)
    # (Excel's "save as web page": each <td> on a line of its own in the source; the line
    # breaks between a table's tags are no text, so a row stays one line, nc63 W1)
    source = _BETWEEN_CELLS.sub(r"\1", source)
    source = _SPEAKER_TAG.sub("\\1\u3000", source)
    # (Word: <td><p class=MsoNormal>氏名<o:p></o:p></p></td>: the cell's last paragraph ends
    # with the cell, no line of its own)
    source = _LAST_IN_CELL.sub(lambda m: re.sub(r"\s+", "", m.group(1)), _unwrap(source))
    marked = _CELL_TAGS.sub(lambda m: m.group(0) + "\t", _BLOCK_TAGS.sub(lambda m: "\n" + m.group(0), source))
    tree = LexborHTMLParser(marked)
    heading = tree.css_first("head > title")
    title = re.sub(r"\s+", " ", heading.text()).strip() if heading is not None else ""
    for node in tree.css(_CHROME):
        if node.tag == "header" and node.css_first("h1") is not None and node.css_first("nav") is None:
            continue  # (<header><h1>…審議会 会議録</h1><p>開催日：…</p>: the minutes' own head, nc66 M5)
        node.decompose()
    root = tree.body or tree.root
    text = root.text(deep=True, separator="") if root is not None else ""
    # (runs of ASCII spaces are one, as a browser shows them; an ideographic space U+3000
    # is shown as it is, so it stays: a quote copied from the page must match, nc57 U9)
    lines = [re.sub(r" +", " ", line).strip(" ") for line in text.split("\n")]
    lines = ["" if not line.strip() else line for line in lines]
    out, blank = [], False
    for line in lines:  # collapse runs of blank lines left by the markup
        if line or not blank:
            out.append(line)
        blank = not line
    body = "\n".join(out).strip("\n")
    # (<title>…会議録（令和7年10月2日開催）</title>, the body saying only 10月2日: the page's
    # title is the minutes' own words too, and may be the only place their year is)
    # (not …会議録｜高知市公式ホームページ whose first part heads the body: said there)
    own = re.split(r"\s*[｜|]\s*|\s+[-－–—]\s+", title)[0]
    if title and own not in "\n".join(out[:30]):
        return f"{title}\n\n{body}"
    return body


def _pdf(name: str, data: bytes) -> str:
    """Return the text layer of a PDF, page by page; a PDF without one is refused."""
    import pypdfium2 as pdfium

    from kg.extract.pdftables import page_text

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ExtractError(f"{name}: not a readable PDF ({exc})") from None
    pages = []
    try:
        for page in pdf:
            pages.append(page_text(page))
            page.close()
    finally:
        pdf.close()
    text = "\n".join(pages)
    if not unicodedata.normalize("NFKC", text).strip():
        raise ExtractError(f"{name}: the PDF has no text layer (scanned images only); "
                           f"run OCR on it first")
    return text
