"""Clean the saved text for parsing and split it into sentences, never touching quotes.

Each line is cleaned on its own (NFKC, markup and white space removed, so that
``国保情報集約シス テム`` and ``J-L I S`` read as one word); every cleaned
character remembers the raw character it came from, so a quote is always a
slice of the raw line. Sentences are split after 。！？ outside brackets and at
block boundaries (tabs, table bars, paragraph tags); a line that wraps in the
middle of a sentence (PDF) is joined to the next.

Example::

    >>> s = sentences("本業務の受託者は、再委託先を含め、個人番号を\\n利用しない。")[0]
    >>> s.text
    '本業務の受託者は、再委託先を含め、個人番号を利用しない。'
    >>> s.quote(0, 22)
    (1, '本業務の受託者は、再委託先を含め、個人番号を')
    >>> s.quote(22)
    (2, '利用しない。')
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from kg.extract.pages import margin_numbers, page_layout

_TOKEN = re.compile(r"<!--.*?-->|<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_BLOCK = {"p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "dd", "dt", "hr",
          "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}
_ENDS = "。！？"
_OPEN, _CLOSE = "「『（(【〔［[", "」』）)】〕］]"
_BULLET = re.compile(r"^[#*>\-]+")
#: A numbered line of a list or form (２　委託の内容　…, ③ 再委託の有無): never the rest
#: of the line before it.
_NUMBERED = re.compile(r"^\s*(?:[0-9０-９]{1,2}[\s\u3000]+\S|[①-⑳]|[(（][0-9０-９]{1,2}[)）])")
#: A line that opens with a speaker's label (健康づくり課長　以上の…, ○田中委員　…): the
#: line before does not wrap into it.
_SPEAKER = re.compile(r"^[○◯〇]?\s*(?:[^\s、。「」()（）]{0,16}?(?:委員|会長|副会長|課長|部長|係長|室長|所長|局長|"
                      r"主査|主任|主幹|参事|理事|次長|事務局)[\s\u3000：:]"
                      # (学校教育課：…, a summary's department answering, as 事務局：…)
                      r"|[^\s、。「」()（）：:]{1,16}?[課室][：:])")
#: The outcome a listing's row gives after its title (承認, 承認（附帯意見あり）).
OUTCOME_CELL = r"(?:承認|了承|決定|報告|継続審議|答申|可決|否決)(?:[(（][^()（）、。]{0,10}[)）]?)?"
#: A line that ends like an agenda heading (…について（町民課）, （諮問第31号）, …について（市民課）
#: 承認) ends its sentence.
_HEADING_END = re.compile(r"(?:について|に関して|の件)[」』]?(?:\s*[(（][^()（）]{1,20}[)）]){0,3}"
                          r"(?:\s+" + OUTCOME_CELL + r")?\s*$"
                          r"|第\s*[0-9０-９]+\s*号\s*[)）】]?\s*$|^\s*(?:議題|議案|案件)\s*[(（]?[0-9０-９]{1,2}(?![0-9０-９])")
#: A line that is only a speaker's label in brackets (（保険年金課長）): it opens the
#: sentence on the next line, so that a question and its answer stand side by side.
_TITLES = r"(?:委員|会長|副会長|課長|部長|係長|室長|所長|局長|主査|主任|主幹|参事|理事|次長|事務局|委員一同)"
_LABEL_LINE = re.compile(r"^\s*(?:[(（](?P<bracketed>[^()（）、。]{0,16}?)|(?P<plain>[○◯〇]?[^\s()（）、。：:]{0,16}?))"
                         + _TITLES + r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９]?(?(bracketed)[)）]|\s*[：:])\s*$"
                         # 【委員】, 【事務局（こども家庭課）】
                         r"|^\s*【[^【】、。]{0,16}?" + _TITLES + r"[^【】、。]{0,16}】\s*$")
#: A line that opens with a short label and a wide space (事務局　総務課長、…, 場所　本庁舎):
#: a field of the head, never the rest of the line before.
#: A speaker's label a sentence opens with when not read as a speaker (事務局:, 委員(片桐):).
COLON_LABEL = re.compile(r"[^、。:：]{1,16}[:：]\s*")
_FIELD = re.compile(r"^\s*[^\s、。]{2,6}\u3000")
#: A form's line, a field and its value after a colon (受渡し方法：…, 再委託：有（…）): one
#: fact a line, never wrapped into the next nor from the one before (a speaker's label
#: with a colon, 学務係長：…, opens prose that wraps).
_FORM_LINE = re.compile(r"^\s*[^\s、。：:「」()（）]{2,12}[：:]\S")
_LAYOUT = re.compile(r"[\t|<]")
#: A wide (Japanese) character: a line's indent between two is layout, no space.
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f々〆ヶ]")
#: A wrapped line is joined to the next only when it is at least this long.
WRAP_MIN = 20
#: A line that ends in an item's number whose 号 a narrow table cell put on the next line
#: (諮問第9 / 号): joined, however short.
_SPLIT_NUMBER = re.compile(r"(?:諮問|報告|議案)第\s*[0-9０-９]+\s*$")


@dataclass
class Piece:
    """The part of a sentence that stands on one line of the saved text."""

    line: int
    raw: str
    start: int              # index of the piece's first character in the sentence text
    offsets: list[int]      # raw index of each cleaned character
    ends: list[int]         # raw index just after each cleaned character
    margin: int = 0         # length of the line number printed in its margin, and its space

    @property
    def shown(self) -> str:
        """The line as read past its margin number (``12 ○会長　…`` → ``○会長　…``)."""
        return self.raw[self.margin:]


@dataclass
class Sentence:
    """One sentence of cleaned text and the raw pieces it came from."""

    index: int
    text: str
    pieces: list[Piece] = field(default_factory=list)
    #: positions of characters that followed white space in the raw text: a word
    #: boundary unless the space only split a word (PDF wrapping, J-L I S)
    gaps: set = field(default_factory=set)

    @property
    def line(self) -> int:
        return self.pieces[0].line

    def piece_at(self, pos: int) -> Piece:
        """Return the piece holding cleaned character ``pos``."""
        found = self.pieces[0]
        for piece in self.pieces:
            if piece.start <= pos:
                found = piece
        return found

    def quote(self, start: int = 0, end: int | None = None) -> tuple[int, str]:
        """Return ``(line, raw text)`` of cleaned span ``start:end``, cut to one line.

        The span is cut to the piece holding its middle, so the quote stands
        verbatim within one line of the saved source.
        """
        end = len(self.text) if end is None else end
        piece = self.piece_at((start + max(start, end - 1)) // 2)
        lo = max(start, piece.start) - piece.start
        hi = min(end, piece.start + len(piece.offsets)) - piece.start
        if hi <= lo:
            lo, hi = 0, len(piece.offsets)
        raw = piece.raw[piece.offsets[lo]:piece.ends[hi - 1]]
        return piece.line, raw.strip()


    def lines(self) -> list[tuple[int, str]]:
        """Return ``(line, raw text)`` of each line the sentence stands on, in order: a
        sentence that PDF wrapping spread over lines, quoted verbatim line by line."""
        return [(piece.line, piece.raw[piece.offsets[0]:piece.ends[-1]].strip())
                for piece in self.pieces if piece.offsets]


def clean_line(raw: str, skip: int = 0) -> tuple[list[str], list[int], list[int], list[bool]]:
    """Return the cleaned characters of one raw line (from ``skip``: past a line number in
    the margin) with their raw start and end, and whether white space stood before each.

    Block markup, tabs and table bars become ``\\n`` (a sentence boundary).

    >>> "".join(clean_line("<p>Ｊ－Ｌ Ｉ Ｓ</p>")[0])
    '\\nJ-LIS\\n'
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    spaced: list[bool] = []
    pending = [False]

    def put(text: str, begin: int, stop: int) -> None:
        for ch in unicodedata.normalize("NFKC", text):
            if ch in "\u3099\u309a" and chars and len(unicodedata.normalize("NFC", chars[-1] + ch)) == 1:
                # ﾃﾞｰﾀ: a half-width voiced mark, read alone, goes onto its kana (デ), as the
                # two read together would (nc74 W21)
                chars[-1] = unicodedata.normalize("NFC", chars[-1] + ch)
                ends[-1] = stop
                continue
            if ch == "\n" or not ch.isspace():
                chars.append(ch)
                starts.append(begin)
                ends.append(stop)
                spaced.append(pending[0])
                pending[0] = False
            else:
                pending[0] = True

    pos = skip
    for match in _TOKEN.finditer(raw, skip):
        _plain(raw, pos, match.start(), put)
        token = match.group(0)
        if token.startswith("&"):
            put(html.unescape(token), match.start(), match.end())
        elif (match.group(2) or "").lower() in _BLOCK:
            chars.append("\n")
            starts.append(match.start())
            ends.append(match.end())
            spaced.append(False)
        pos = match.end()
    _plain(raw, pos, len(raw), put)
    return chars, starts, ends, spaced


def _plain(raw: str, begin: int, stop: int, put) -> None:
    skip = -1
    for index in range(begin, stop):
        ch = raw[index]
        if index <= skip:
            continue
        if ch in "※＊注" and index and "\u3040" <= raw[index - 1] <= "\u9fff":
            # 避難支援等関係者※に, 連合会※1に, …連携システム注2に: a mark that points to a note
            # (and its number), no part of the word (nc69 W14)
            note = _NOTE_MARK.match(raw, index)
            if note is not None:
                skip = note.end() - 1
                continue
        put("\n" if ch in "\t|" else ch, index, index + 1)


#: A note's mark after a word, before a particle or a stop (※, ※1, 注2, ＊３).
_NOTE_MARK = re.compile(r"(?:[※＊][0-9０-９]{0,2}|注[0-9０-９]{1,2})(?=[ぁ-ん、。）)」\s]|$)")


def sentences(text: str) -> list[Sentence]:
    """Split the saved ``text`` into sentences (see the module docstring)."""
    out: list[Sentence] = []
    current: Sentence | None = None
    depth = 0

    def close():
        nonlocal current, depth
        if current is not None and current.text.strip():
            current.text = current.text
            out.append(current)
        current, depth = None, 0

    lines = text.split("\n")
    furniture = page_layout(lines)
    margins = margin_numbers(lines, furniture)
    # (the lines as read past their margin numbers: what each rule below looks at)
    shown = [line[margins.get(n, 0):] for n, line in enumerate(lines, start=1)]
    # the next line that is not a page's header or footer (a sentence wraps past them)
    after: list[str] = [""] * (len(lines) + 1)
    for number in range(len(lines), 0, -1):
        after[number - 1] = after[number] if number in furniture else shown[number - 1]
    previous = 0  # characters of the line before
    last_raw = ""  # the line before, as read
    for number, whole in enumerate(lines, start=1):
        if number in furniture:
            continue
        raw = shown[number - 1]
        chars, starts, ends, spaced = clean_line(whole, margins.get(number, 0))
        joined = current is not None  # the previous line wrapped into this one
        # a line opening with a bracket starts anew after a short line (a heading, a list),
        # but goes on a long one that wrapped (…が提供するクラウドサービス / 「kintone」を…)
        opens = bool(chars) and chars[0] in _OPEN and previous < WRAP_MIN
        if joined and (not chars or _BULLET.match(raw.lstrip()) or opens or _NUMBERED.match(raw)
                       or chars[0] in "・○◯●■□◆※【"):
            close()
        prose_before = bool(last_raw) and len(last_raw) >= WRAP_MIN and not re.search(r"\s", last_raw)
        last_raw = raw.strip()
        previous = len([ch for ch in chars if ch != "\n"])
        for ch, begin, stop, gap in zip(chars, starts, ends, spaced):
            if ch == "\n":
                close()
                continue
            if current is None:
                if ch in "#*>-" and not _is_text(whole, begin):
                    continue
                current = Sentence(len(out), "")
            if not current.pieces or current.pieces[-1].line != number:
                current.pieces.append(Piece(number, whole, len(current.text), [], [], margins.get(number, 0)))
            piece = current.pieces[-1]
            # (…民生委員・児童 /　　委員、: the indent of a line a prose line wrapped into is no
            # word's end; 西田課長、高橋係長 /　　　　教育委員会…: a field's list goes on, a name ends)
            if gap and current.text and not (not piece.offsets and prose_before and _WIDE.match(current.text[-1])
                                             and _WIDE.match(ch)):
                current.gaps.add(len(current.text))
            current.text += ch
            piece.offsets.append(begin)
            piece.ends.append(stop)
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE and depth:
                depth -= 1
            elif ch in _ENDS and depth == 0:
                close()
        # a long line of prose that stops mid-sentence wraps into the next (PDF text);
        # table rows and markup lines never do
        following = after[number]
        # (the line's length decides, not the piece's: …する。提供する項目は、被保険者の氏名
        # / 、生年月日… wraps though the sentence began late on the line)
        if current is not None and _LABEL_LINE.match(raw) and following.strip() \
                and len(current.pieces) == 1:
            continue  # （保険年金課長） / 氏名、…である。: the label opens the answer
        if current is not None and _SPLIT_NUMBER.search(raw) and following.lstrip().startswith("号"):
            continue
        # (a table's row the page breaks: 会長<tab>…次に議題(2)に / (page) / ついて、…)
        paged = number + 1 in furniture and "\t" in raw and not _LAYOUT.search(following)
        # (…避難支援等関係者に / 名簿を提供 / (a note, header, number) / することができます。:
        # a page that ends short, mid-sentence, before words that go on)
        broken = number + 1 in furniture and re.match(r"[ぁ-ん]", following.strip()) is not None
        if current is not None and not ((previous >= WRAP_MIN or broken)
                                        and current.pieces[-1].line == number
                                        and (not _LAYOUT.search(raw) or paged)
                                        and not _HEADING_END.search(raw)
                                        and not _indented_after_heading(raw, following)
                                        and following.strip() and not _LAYOUT.search(following)
                                        and not _SPEAKER.match(following)
                                        and not _FIELD.match(following)
                                        and not _FORM_LINE.match(following)
                                        and not (_FORM_LINE.match(raw) and not _SPEAKER.match(raw))):
            close()
    close()
    for index, sentence in enumerate(out):
        sentence.index = index
    return out


def _indented_after_heading(raw: str, following: str) -> bool:
    """True when ``raw`` is a numbered heading with no punctuation ((1) 社会福祉協議会への
    生活保護情報の提供) and ``following`` opens a paragraph with a full-width space: the
    heading ends there, however long (a wrapped line of prose goes on unindented, and a
    listed title's own second line hangs under it, indented more: 　　　個人情報の外部提供
    について（…）)."""
    return bool(_NUMBERED.match(raw)) and not re.search(r"[、。，．]", raw) \
        and following.startswith("\u3000") and not following.startswith(("\u3000\u3000", "\u3000 "))


def _is_text(raw: str, index: int) -> bool:
    """A markdown mark at the start of a line is layout; elsewhere it is text."""
    return bool(raw[:index].strip().strip("#*>- "))


def clause_end(text: str, pos: int) -> int:
    """Return the end of the clause a verb at ``pos`` closes: just past the next 、 or 。
    (a quote that stops mid-word reads as a different statement).

    >>> clause_end("氏名のみを渡し、個人番号は渡さない。", 7)
    8
    """
    ends = [at for at in (text.find("、", pos), text.find("。", pos)) if at >= 0]
    return min(ends) + 1 if ends else len(text)
