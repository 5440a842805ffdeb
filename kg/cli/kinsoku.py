"""Folding Japanese text for the terminal: no line starts with a closing mark (行頭禁則).

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
