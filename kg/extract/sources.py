"""Name the saved text of new minutes, and know minutes met before in another form.

The same text as a registered source keeps that source's name; so do the same
minutes as an HTML page, a PDF's text or a plain text (:func:`same_minutes`), and a
text drafted before but not registered yet. New minutes get the next free number.

Example::

    >>> source_name(lex, text, digest)                           # doctest: +SKIP
    ('005_1f0c….txt', '005', False)
"""
from __future__ import annotations

import functools
import re

from kg.data.evidence import normalise
from kg.extract.lexicon import Lexicon

#: Two texts whose 8-character pieces overlap this much (Jaccard) are the same minutes.
SAME_MINUTES = 0.8
_PIECE = 8


@functools.lru_cache(maxsize=256)  # a batch compares each text with many: cut it once
def _pieces(text: str) -> frozenset[str]:
    letters = "".join(ch for ch in normalise(text) if ch.isalnum())
    return frozenset(letters[i:i + _PIECE] for i in range(max(1, len(letters) - _PIECE + 1)))


def same_minutes(one: str, other: str) -> bool:
    """True when two texts are the same minutes in two forms (the text and the HTML page,
    a PDF's text): their letters, compared in 8-character pieces after normalising,
    overlap by :data:`SAME_MINUTES` or more. Different meetings overlap by about 1 %.

    >>> same_minutes("| 委員 | 個人番号は扱わない。 |", "<p>委員：個人番号は扱わない。</p>")
    True
    """
    a, b = _pieces(one), _pieces(other)
    return len(a & b) / max(1, len(a | b)) >= SAME_MINUTES


def source_name(lex: Lexicon, text: str, digest: str, taken: set[str] | None = None,
                date: str | None = None, drafted: dict[str, str] | None = None
                ) -> tuple[str, str, bool]:
    """Return ``(file name, number, registered)`` for the saved text.

    The same text as a registered source keeps that source's name, and so do the same
    minutes in another form (:func:`same_minutes`; compared with the registered
    minutes of the meeting ``date`` when known, else with all) and the same text
    drafted before (``taken``: the names in use; ``drafted``: the texts of drafted
    sources not registered yet); new minutes get the next free number:
    ``005_<sha256 of the text>.txt``.
    """
    for file, known in lex.source_texts.items():
        if known.rstrip("\n") == text.rstrip("\n"):
            return file, file.split("_", 1)[0], True
    for file, known in lex.source_texts.items():
        entry = lex.sources.get(file)
        if (date is None or entry is None or entry.meeting.date is None
                or str(entry.meeting.date) == date) \
                and same_minutes(known, text):
            return file, file.split("_", 1)[0], True
    for file in sorted(taken or ()):  # drafted before, not registered yet: the same number
        if file.endswith(f"_{digest}.txt"):
            return file, file.split("_", 1)[0], False
    for file, known in (drafted or {}).items():  # …and the same minutes in another form
        if same_minutes(known, text):
            return file, file.split("_", 1)[0], False
    numbers = [int(m.group(1)) for f in [*lex.source_texts, *(taken or ())]
               if (m := re.match(r"(\d+)", f))]
    number = f"{(max(numbers) + 1) if numbers else 0:03d}"
    return f"{number}_{digest}.txt", number, False
