"""The item numbers a document's own agenda lists, read with its registry entry's pattern
(``kg validate`` fails when one has no agenda item in the facts)."""
from __future__ import annotations

import re
import unicodedata

from kg.data import models

_ERA = {"平成": "H", "令和": "R", "昭和": "S"}


def agenda_numbers(text: str, spec: models.AgendaSpec) -> list[tuple[int, str]]:
    """Return ``(line, number)`` for each item number the agenda lines list.

    >>> spec = models.AgendaSpec(lines=(1, 1), pattern=r"(?P<era>令和)(?P<year>\\d+|元)年度諮問第(?P<number>\\d+)号")
    >>> agenda_numbers("令和元年度諮問第8号", spec)
    [(1, 'R1-8')]
    """
    try:
        pattern = re.compile(spec.pattern, re.MULTILINE)
    except re.error as exc:
        raise ValueError(f"bad agenda pattern: {exc}") from None
    first, last = spec.lines
    out = []
    for number, line in enumerate(text.split("\n")[first - 1:last], start=first):
        for match in pattern.finditer(line):
            groups = match.groupdict()
            value = unicodedata.normalize("NFKC", groups["number"]).strip()
            if groups.get("era"):
                year = "1" if groups["year"] == "元" else unicodedata.normalize("NFKC", groups["year"])
                value = f"{_ERA[groups['era']]}{year}-{value}"
            if (number, value) not in out:
                out.append((number, value))
    return out
