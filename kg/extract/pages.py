"""A PDF's page layout in its text: page numbers, running headers and footers, a table's
heading row repeated on each page, and the blank margins around them; the sentences read
past them (a sentence or a table row the page breaks goes on). Also the line numbers an
assembly's minutes print in the margin of every line (1 ○委員長…, 2 を求めます。),
restarting on each page, or of every fifth line only (5, 10, 15 …): no part of the text.

Example::

    >>> sorted(page_furniture(["会議録", "- 1 -", "本文", "会議録", "- 2 -", "続き"]))
    [1, 2, 4, 5]
"""
from __future__ import annotations

import re
import unicodedata


#: A page number line of a PDF's text (－ 2 －, - 3 -, 2 / 4, ２ページ).
_PAGE_NUMBER = re.compile(r"^\s*(?:[-－―‐ー]\s*[0-9０-９]{1,3}\s*[-－―‐ー]|[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3}"
                          r"|[0-9０-９]{1,3}\s*ページ|[pP]\.?\s*[0-9]{1,3})\s*$")


#: A page number with words beside it on its line (－ 3 －　…審議会; …会議録　- 3 -).
_NUMBER_BESIDE = re.compile(r"^\s*(?:[-－―‐ー]\s*[0-9０-９]{1,3}\s*[-－―‐ー][\s\u3000]+(?P<words>[^。\s\u3000][^。]{0,39}?)"
                            r"|(?P<before>[^。\s\u3000][^。]{0,39}?)[\s\u3000]+[-－―‐ー]\s*[0-9０-９]{1,3}\s*[-－―‐ー])\s*$")


def page_furniture(lines: list[str]) -> set[int]:
    """Return the numbers (from 1) of the lines that are a page's furniture, not the
    minutes' text: page numbers (－ 2 －), and a running header or footer, the line next
    to each of two or more page numbers word for word (…審議会 会議録), the one before a
    number when both sides would do; and a short line beside one number that the document
    repeats word for word (a table's heading row on each page: 発言者 発言内容)."""
    numbers = sorted(n for n, raw in enumerate(lines, start=1) if _PAGE_NUMBER.match(raw))
    # (－ 3 －　楓ヶ丘市個人情報保護審議会: a number and the footer's words on one line, the
    # words the same on two pages or more; nc76 W4)
    labelled: dict[str, list[int]] = {}
    for n, raw in enumerate(lines, start=1):
        match = _NUMBER_BESIDE.match(raw)
        if match:
            labelled.setdefault(match.group("words") or match.group("before"), []).append(n)
    numbers = sorted(set(numbers) | {n for at in labelled.values() if len(at) >= 2 for n in at})

    def text(n: int) -> str:
        return lines[n - 1].strip() if 0 < n <= len(lines) else ""

    def next_to(n: int, step: int) -> int:
        # the nearest line with text on that side, past a blank line or two
        near = n + step
        while not text(near) and abs(near - n) < 3 and 0 < near <= len(lines):
            near += step
        return near
    beside: dict[str, set[int]] = {}
    for n in numbers:
        for near in (next_to(n, -1), next_to(n, 1)):
            if text(near) and near not in numbers and "。" not in text(near) and len(text(near)) <= 60:
                beside.setdefault(text(near), set()).add(n)
    # (a table's heading row repeated on each page, 発言者 発言内容: beside one number, and
    # word for word elsewhere too)
    counts: dict[str, int] = {}
    for raw in lines:
        counts[raw.strip()] = counts.get(raw.strip(), 0) + 1
    running = {t for t, at in beside.items() if len(at) >= 2 or counts.get(t, 0) >= 2 and len(t) <= 30}
    out = set(numbers)
    for n in numbers:
        near = [m for m in (next_to(n, -1), next_to(n, 1)) if text(m) in running]
        # (both sides the same words: the one before is the header, the one after the
        # title of the first page; two other texts, a header and a table's heading row: both)
        out.update(near[:1] if len({text(m) for m in near}) < len(near) else near)
    # (a running head of several lines, …審議会　会議録（…開催） / …審議会 / － 1 － /
    # 令和４年度第２回: a line next to the furniture, word for word the same at two pages or
    # more, is furniture too; nc71 U3)
    while True:
        rims: dict[str, set[int]] = {}
        for n in out.difference(numbers):
            for near in (next_to(n, -1), next_to(n, 1)):
                if near not in out and text(near) and "。" not in text(near) and len(text(near)) <= 60:
                    rims.setdefault(text(near), set()).add(near)
        more = {n for at in rims.values() if len(at) >= 2 for n in at}
        if not more:
            return out
        out |= more


def page_layout(lines: list[str]) -> set[int]:
    """Return :func:`page_furniture` and the blank lines around it (a page's margin:
    次に議題(2)に / (blank, header, number) / ついて… is one sentence), and the notes (※…)
    at the foot of a page just before it."""
    furniture = page_furniture(lines)
    for number in sorted(furniture):
        # (…避難支援等関係者※に / 名簿を提供 / ※　避難支援等関係者とは… / header / － 2 － /
        # することができます。: a note at the page's foot, which the sentence reads past)
        near = number - 1
        while 0 < near <= len(lines) and near not in furniture and (
                not lines[near - 1].strip() or _FOOTNOTE.match(lines[near - 1])):
            near -= 1
        if any(_FOOTNOTE.match(lines[n - 1]) for n in range(near + 1, number)):
            furniture = furniture | set(range(near + 1, number))
    for number in sorted(furniture):
        for step in (-1, 1):
            near = number + step
            while 0 < near <= len(lines) and not lines[near - 1].strip() and near not in furniture:
                furniture = furniture | {near}
                near += step
    return furniture


#: A note at a page's foot (※　…とは、…をいう。, （注）…).
_FOOTNOTE = re.compile(r"^\s*(?:※|[(（]注[0-9０-９]*[)）]|注[0-9０-９]*[)）:：])")


#: A line number in the margin before a line's text (12 ○税務課長　…, ３　を求めます).
_MARGIN = re.compile(r"^([0-9０-９]{1,3})[ \u3000]")
#: Of the lines with text, the share that must carry a running number for the document to
#: be numbered so (a list's 1 and 2 are no margin).
MARGIN_SHARE = 0.8


def _text_lines(lines: list[str], furniture: set[int]):
    """Yield ``(line number, margin match or None, its value or None)`` for each line with
    text that is no page furniture."""
    for n, raw in enumerate(lines, start=1):
        if n in furniture or not raw.strip():
            continue
        match = _MARGIN.match(raw)
        yield n, match, int(unicodedata.normalize("NFKC", match.group(1))) if match else None


def margin_numbers(lines: list[str], furniture: set[int] = frozenset()) -> dict[int, int]:
    """Return, for each line (numbered from 1) that opens with the document's running line
    number, the length of that number and the space after it; ``{}`` unless nearly every
    line with text (not the page's furniture) carries one, counting 1, 2, 3… and starting
    again at 1 (on each page).

    >>> margin_numbers(["1 ○委員長　開会します。説明", "2 を求めます。", "3 ○課長　はい。"])
    {1: 2, 2: 2, 3: 2}
    """
    found: dict[int, int] = {}
    expected, text_lines = None, 0
    for n, match, value in _text_lines(lines, furniture):
        text_lines += 1
        if value is not None and value in (1, expected):
            found[n] = match.end()
            expected = value + 1
        else:
            expected = None
    if len(found) >= 3 and len(found) >= MARGIN_SHARE * text_lines:
        return found
    return _every_fifth(lines, furniture)


def _every_fifth(lines: list[str], furniture: set[int]) -> dict[int, int]:
    """The margin numbers of a document that prints one on every fifth line only (5, 10,
    15 …, counting on over pages; nc72 U): ``{line: length}`` when at least three stand
    and each stands as many lines with text after the one before as its number is
    greater, else ``{}``.

    >>> _every_fifth(["a", "b", "c", "d", "5 e", "f", "g", "h", "i", "10 j", "k", "l", "m", "n", "15 o"], set())
    {5: 2, 10: 3, 15: 3}
    """
    numbered = []  # (line, value, length, count of lines with text up to it)
    for count, (n, match, value) in enumerate(_text_lines(lines, furniture), start=1):
        if value is not None and value % 5 == 0:
            numbered.append((n, value, match.end(), count))
    pairs = [(a, b) for a, b in zip(numbered, numbered[1:]) if b[1] - a[1] == b[3] - a[3] > 0]
    if len(pairs) < 2 or len(pairs) < MARGIN_SHARE * (len(numbered) - 1):
        return {}
    return {n: length for pair in pairs for n, _, length, _ in pair}
