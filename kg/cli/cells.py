"""How the cells of a table fit a terminal: their width in cells (a kanji takes two),
how wide each column is drawn (:func:`plan`), and how a cell folds to its column
(:func:`fold`, no line begun with a closing mark).

Example::

    >>> cell_len("個人番号"), fold("国保情報集約システム", 10, console(10))
    (8, ['国保情報集', '約システム'])
"""
from __future__ import annotations

import io

from kg.cli.kinsoku import kinsoku, word_breaks


def cell_len(text: str) -> int:
    """Return how many terminal cells ``text`` takes (a kanji or kana two, a Latin letter one)."""
    global _CELL_LEN
    if _CELL_LEN is None:  # (rich is imported when a table is drawn, not at start-up)
        from rich.cells import cell_len as _CELL_LEN
    return _CELL_LEN(text)


_CELL_LEN = None


def plan(columns: list[str], cells: list[list[str]], width: int) -> tuple[str, list[int] | None]:
    """How a table of ``columns`` fits ``width``: ``("whole", None)``, ``("tight", None)``
    (one space fewer between columns keeps every cell whole), ``("fit", widths)`` (wide
    cells fold, each column at least :data:`READABLE` wide or its natural width), or
    ``("fold", widths or None)``: only by folding a wide column thinner than that."""
    # Each column gets what keeps its header and its short Latin words whole (not
    # municipalit / y, possibl / e), the rest of the width shared by what the columns lack.
    gaps = 3 * (len(columns) - 1)  # a column's padding either side and the rule between
    natural = [max([cell_len(c)] + [cell_len(line) for row in cells for line in row[i].split("\n")])
               for i, c in enumerate(columns)]
    least = [max([cell_len(c)] + [cell_len(word) for row in cells for word in row[i].split(" ")
                                    if word.isascii() and len(word) <= 24 or cell_len(word) <= 10])
             for i, c in enumerate(columns)]
    room = width - gaps
    if sum(natural) <= room:
        return "whole", None
    if sum(natural) <= width - 2 * (len(columns) - 1):
        # (a file name such as a_kozuegaoka_2025-10.txt, not a_kozuegaoka_2025-10. / txt)
        return "tight", None
    # (a long name with no space in it keeps five kanji a line where there is room for
    # that: not 株式 / 会社 / ソラ, two a line beside a roomy column)
    floor = [max(m, min(n, SLIVER + 2)) for m, n in zip(least, natural)]
    least = floor if sum(floor) <= room else least
    if sum(least) > room:
        return "fold", None
    # a narrow column (a ref such as 005 l.17–18 （草案）, a status) keeps its width
    # when the wide ones can still have what they least need
    def share(base: list[int]) -> list[int]:
        spare, lack = room - sum(base), [n - m for n, m in zip(natural, base)]
        return [m + spare * k // max(1, sum(lack)) for m, k in zip(base, lack)]

    base = [n if n <= NARROW else m for n, m in zip(natural, least)]
    widths = share(base) if sum(base) <= room else None
    # (…but not when that leaves a wide one a sliver: 株式会 / 社ひば / りデー …)
    if widths is None or any(n > NARROW and w < SLIVER for n, w in zip(natural, widths)):
        widths = share(least)
    widths = trim(columns, cells, widths, natural)
    readable = all(w >= min(n, READABLE) for n, w in zip(natural, widths))
    return ("fit" if readable else "fold"), widths


def trim(columns: list[str], cells: list[list[str]], widths: list[int], natural: list[int]) -> list[int]:
    """``widths`` with what a column cannot use given to the columns that fold for lack of
    it: a Latin column folds at its spaces (``re-entrusts (requires-approval)`` uses 19 of
    27 cells), while a name in kanji uses every cell and broke mid-word (国保情報集約連携シ /
    ステム) beside the unused ones (nc67 U2).

    >>> trim(["type", "from"], [["re-entrusts (requires-approval)", "国保情報集約連携システム（小型）"]],
    ...       [27, 18], [31, 34])
    [19, 26]
    """
    folding = console(max(widths))
    # (folded at any character: a name that breaks where its words meet leaves cells unused
    # that it would fill, given room)
    used = [max([cell_len(columns[i])] + [cell_len(line) for row in cells
                                          for line in fold(row[i], w, folding, words=False)])
            for i, w in enumerate(widths)]
    spare = sum(w - u for w, u, n in zip(widths, used, natural) if u < w - 1 or w >= n)
    # (a column that folds fills its width, but for the one cell a wide character leaves)
    lacking = [i for i, (w, u, n) in enumerate(zip(widths, used, natural)) if u >= w - 1 and w < n]
    if not spare or not lacking:
        return widths
    out = [w if i in lacking else u for i, (w, u) in enumerate(zip(widths, used))]
    lack = {i: natural[i] - widths[i] for i in lacking}
    for i in lacking:
        out[i] = min(natural[i], out[i] + spare * lack[i] // sum(lack.values()))
    return out


#: Columns at most this wide are not folded to make room for the wide ones, unless a
#: wide one would then be narrower than this.
NARROW = 20
SLIVER = 8  # cells: four kanji a line
#: A wide column folded thinner than this (cells: seven kanji a line) is read better
#: beneath its row.
READABLE = 14


def console(width: int):
    """Return a rich console ``width`` cells wide that writes nowhere: what :func:`fold`
    wraps with (one per table; making one per cell is slow)."""
    from rich.console import Console

    return Console(width=max(1, width), color_system=None, highlight=False, markup=False,
                   emoji=False, file=io.StringIO())


def fold(text: str, width: int, folding, words: bool = True) -> list[str]:
    """Return the lines of ``text`` folded to ``width`` cells by the console ``folding``,
    Latin words kept whole where they fit, no line begun with a closing mark, and (with
    ``words``) a Japanese name broken where its words meet."""
    from rich.text import Text

    if cell_len(text) <= width and "\n" not in text:
        return [text]  # (most cells fit: no wrapping to do)

    def wrap(part: str) -> list[str]:
        return [line.plain for line in Text(part).wrap(folding, max(1, width), overflow="fold")]

    def lines_of(part: str) -> list[str]:
        lines = kinsoku(wrap(part), wrap)
        # (after kinsoku: pulling a character down in front of a closing mark may cut a word)
        return kinsoku(word_breaks(lines, wrap), wrap) if words else lines
    return [line for part in text.split("\n") for line in lines_of(part)] or [""]
