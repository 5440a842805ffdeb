"""The items of a list of data that the registry does not know.

Minutes list the data a party gets: 氏名、住所、勤務先名、個人番号を渡す. The
registry knows 氏名, 住所 and 個人番号; 勤務先名 has no ending that marks a new
data name (…情報, …番号). Yet an item of a list whose other items are data is
data too: it is proposed as a new category, for the reviewer to map or accept,
instead of being dropped from the flow.

An item is a short noun written without kana (勤務先名, 学年・組), joined to a
known data name by 、・及び; it never overlaps another name (a party, a system),
and it is never a word the patterns say names no data.

Example::

    >>> [m.text for m in unknown_items(0, "氏名、勤務先名及び個人番号を渡す。", found, pats)]  # doctest: +SKIP
    ['氏名', '勤務先名', '個人番号']
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract.ruler import Mention

#: What joins the items of a list.
_JOIN = r"(?:、|・|及び|並びに|又は|または)"
#: An item: a short noun without kana, brackets or a sentence end.
_ITEM = r"[^、・，,。「」『』()（）ぁ-ゖ\s]{2,10}"
_BETWEEN = re.compile(rf"{_JOIN}((?:{_ITEM}{_JOIN})+)")
#: The last item, when the list ends there: a particle, 等, or the copula after it.
_AFTER = re.compile(rf"{_JOIN}((?:{_ITEM}{_JOIN})*{_ITEM})(?=(?:等|など)?(?:を|は|が|も|である|です|。))")
#: One item of a list (the shortest run before a join or the list's end: 保険料額 of 保険料額及び).
_PIECE = re.compile(rf"{_ITEM}?(?={_JOIN}|(?:等|など)?(?:を|は|が|も|である|です|。))")


def unknown_items(index: int, text: str, found: list[Mention], pats: dict) -> list[Mention]:
    """Return ``found`` with the unknown items of each list of data names in sentence
    ``index`` added as new categories (``how="list"``), in the order of the text."""
    cats = sorted((m for m in found if m.kind == "category"), key=lambda m: m.start)
    if not cats:
        return found
    taken = [(m.start, m.end) for m in found]
    added: list[Mention] = []

    def add(start: int, end: int) -> bool:
        while text[start:end].endswith(("等", "など")) and end - start > 2:
            end -= 1 if text[end - 1] == "等" else 2  # 聴取内容等: the plural mark is no part of it
        name = text[start:end]
        if not _may_be_data(name, pats) or any(s < end and start < e for s, e in taken):
            return False
        added.append(Mention(index, start, end, name, "category", None, None, None, True,
                             "list"))
        taken.append((start, end))
        return True

    for one, other in zip(cats, cats[1:]):
        match = _BETWEEN.fullmatch(text, one.end, other.start)
        if match:
            pieces = _pieces(text, match.start(1), match.end(1))
            if all(_may_be_data(text[s:e], pats) and not any(a < e and s < b for a, b in taken)
                   for s, e in pieces):
                for start, end in pieces:
                    add(start, end)
    tail = _AFTER.match(text, cats[-1].end)
    if tail:
        for piece in _pieces(text, tail.start(1), tail.end(1)):
            if not add(*piece):
                break
    return found + added if added else found


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the items of the list written at ``text[start:end]`` (what
    follows ``end`` is seen, as the last item needs)."""
    out = []
    for piece in _PIECE.finditer(text, start):
        if piece.end() > end:
            break
        if piece.end() > piece.start():
            out.append(piece.span())
    return out


def _may_be_data(name: str, pats: dict) -> bool:
    """True unless ``name`` is a word the patterns say names no one's data (等, 資料, a
    number or a paper about the work)."""
    key = normalise(name)
    if re.fullmatch(r"[0-9０-９第号件名人回年月日]+", name):
        return False
    words = set(pats.get("not_names", ())) | set(pats.get("generic_data", ())) \
        | set(pats.get("not_data", ()))
    return key not in {normalise(w) for w in words} and name not in words
