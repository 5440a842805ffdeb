"""Find evidence quotes in their source documents.

A quote must stand verbatim, within one line, in the minutes it cites. We
record where: 1-based line, 0-based column within that line, and 0-based
character offset from the start of the file. When a quote is not found, the
error shows the closest passage, found on normalised text (NFKC, spaces
removed) so that a full-width/half-width slip or a stray space is easy to see.

Example::

    >>> locate("一行目\\n二行目の文", "目の文")
    Location(line=2, column=2, offset=6)
    >>> locate("一行目", "三行目") is None
    True
"""
from __future__ import annotations

import bisect
import difflib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Location:
    line: int
    column: int
    offset: int


@lru_cache(maxsize=64)
def _line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return tuple(starts)


def locate(text: str, quote: str, line: int | None = None) -> Location | None:
    """Return where ``quote`` first stands in ``text`` (on ``line`` if given), or None.

    A quote containing a line break never matches: evidence is one line's worth.
    """
    if not quote or "\n" in quote:
        return None
    starts = _line_starts(text)
    if line is None:
        offset = text.find(quote)
    elif line > len(starts):
        return None
    else:
        end = starts[line] - 1 if line < len(starts) else len(text)
        offset = text.find(quote, starts[line - 1], end)
    if offset < 0:
        return None
    index = bisect.bisect_right(starts, offset) - 1
    return Location(line=index + 1, column=offset - starts[index], offset=offset)


def normalise(text: str) -> str:
    """NFKC, lower case, without white space: for matching only, never for storage.

    >>> normalise("Ｊ－Ｌ Ｉ Ｓ")
    'j-lis'
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in folded if not ch.isspace())


def closest_passage(text: str, quote: str, width: int | None = None) -> tuple[int, str] | None:
    """Return ``(line, passage)``: the stretch of ``text`` most like ``quote``.

    Used only to help a curator fix a quote that was not found.
    """
    target = normalise(quote)
    if not target:
        return None
    width = width or len(quote)
    best = (0.0, 0, "")
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        matcher = difflib.SequenceMatcher(None, target, normalise(line), autojunk=False)
        block = matcher.find_longest_match(0, len(target), 0, len(normalise(line)))
        if block.size == 0:
            continue
        # Score by the longest shared run, then confirm on a window of the raw line.
        start = max(0, _raw_index(line, block.b) - _raw_index(quote, block.a))
        window = line[start:start + width + 4].strip()
        ratio = difflib.SequenceMatcher(None, target, normalise(window), autojunk=False).ratio()
        score = block.size + ratio
        if score > best[0]:
            best = (score, number, window)
    if best[1] == 0 or best[0] < 2:
        return None
    return best[1], best[2]


def _raw_index(raw: str, normalised_index: int) -> int:
    """Map an index into ``normalise(raw)`` back to an index into ``raw`` (approximately)."""
    count = 0
    for index, ch in enumerate(raw):
        if count >= normalised_index:
            return index
        count += len(normalise(ch))
    return len(raw)
