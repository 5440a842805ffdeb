"""Folding Japanese text for the terminal: no line starts with a closing mark (行頭禁則),
and a name is broken where its words meet, not mid-word (:func:`word_breaks`).

Example::

    >>> kinsoku(["あいう", "。えお"], lambda t: [t[i:i + 3] for i in range(0, len(t), 3)])
    ['あい', 'う。え', 'お']
"""
from __future__ import annotations

#: Marks a Japanese line does not start with (行頭禁則): a line that would start with one
#: takes the character before it along (nc67 U3: a quote's line began with 。).
_NO_START = frozenset("。、，．」』）)］】〕〉》ー！？!?,.・：；")


def kinsoku(lines: list[str], fold) -> list[str]:
    """Return ``lines`` (``fold`` of one paragraph) refolded so that no line but the first
    starts with a closing mark: the characters before it go down with it.

    >>> kinsoku(["あいう", "。えお"], lambda t: [t[i:i + 3] for i in range(0, len(t), 3)])
    ['あい', 'う。え', 'お']
    >>> kinsoku(["quote:", "・市内外の"], lambda t: [t])
    ['quote:', '・市内外の']
    """
    for i in range(1, len(lines)):
        if lines[i][:1] == "・" and lines[i - 1][-1:].isascii():
            continue  # (quote: ・市内外の…: a bullet after a label's space, broken there: nc68 U2)
        if lines[i][:1] in _NO_START:
            prev = lines[i - 1]
            take = 1
            while take < min(3, len(prev) - 1) and prev[-take] in _NO_START:
                take += 1  # (…」。: the mark before it is pulled down too)
            if len(prev) <= take:
                continue
            rest = prev[-take:] + "".join(lines[i:])
            return lines[:i - 1] + [prev[:-take]] + kinsoku(fold(rest), fold)
    return lines


#: Inside a Latin word (a file name), the characters a line may end after.
_WORD_JOINS = frozenset("-_./")
#: After these, a line may end well (a closing mark, a comma, the particle の).
_ENDS_WELL = frozenset("）)」』】〕、。・の")
#: A line may start well with these (an opening bracket).
_STARTS_WELL = frozenset("（(「『【〔")
#: Words a name goes on after (株式会社|東海レジストリ, 青潮県|国民健康保険団体連合会).
_PREFIXES = ("株式会社", "有限会社", "一般社団法人", "一般財団法人", "公益財団法人", "社会福祉法人", "特定非営利活動法人")
_PREFECTURE_ENDS = frozenset("都道府県")


def _script(ch: str) -> str:
    if "\u30a0" <= ch <= "\u30ff":
        return "katakana"
    if "\u3040" <= ch <= "\u309f":
        return "hiragana"
    if "\u4e00" <= ch <= "\u9fff" or ch in "々〆" or ch.isdigit():
        return "kanji"  # (a number goes with its counter: 第6号)
    return "latin" if ch.isascii() and ch.isalpha() or ch.isspace() else "other"


def _breaks_well(text: str, at: int) -> bool:
    """True when a line may end at ``at`` in ``text`` without cutting a word."""
    before, after = text[at - 1], text[at]
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        return False  # (r4 of touna-hokubu-kaigo-r4-3.html: one Latin word)
    if before in _ENDS_WELL or after in _STARTS_WELL or text[:at].endswith(_PREFIXES):
        return True
    if before in _PREFECTURE_ENDS and _script(after) == "kanji" and at >= 3:
        return True  # 青潮県|国民健康保険団体連合会
    one, other = _script(before), _script(after)
    # (kanji meets katakana: 東海|レジストリ; kana meets a kanji word: の|受託者 is の above)
    return one != other and "other" not in (one, other) and not (one == "kanji" and other == "hiragana")


def word_breaks(lines: list[str], fold) -> list[str]:
    """Return ``lines`` (``fold`` of one paragraph) refolded so that a line that cuts a word
    (株式会社東海レジスト / リ, 諮問第6号の受託者（名 / 称不明）) ends instead where its last
    words meet, when that keeps at least half of it (nc69 U6).

    >>> word_breaks(["受託者（名", "称不明）"], lambda t: [t[i:i + 6] for i in range(0, len(t), 6)])
    ['受託者', '（名称不明）']
    """
    for i in range(len(lines) - 1):
        prev, text = lines[i], "".join(lines[i:])
        if not prev or not lines[i + 1] or _breaks_well(text, len(prev)):
            continue
        latin = "latin" in (_script(prev[-1]), _script(lines[i + 1][0])) \
            or prev[-1].isascii() and lines[i + 1][0].isascii()
        # (a Latin word rich keeps whole, its space dropped at the break; one too long for
        # the line is cut after a hyphen, a dot or a slash: touna-hokubu-kaigo- / r4-3.html)
        at = next((at for at in range(len(prev) - 1, (len(prev) + 1) // 2 - 1, -1)
                   if (prev[at - 1] in _WORD_JOINS and " " not in prev[at:] if latin else _breaks_well(text, at))),
                  None)
        if at is None:
            continue
        rest = fold(text[at:])
        return lines[:i] + [prev[:at]] + word_breaks(rest, fold)
    return lines
