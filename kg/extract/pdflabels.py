"""Speakers' labels in a PDF's left column that touch the speech beside them.

Minutes laid out in two columns put each speaker's label on the left (総務課長, 会長) and
the speech in a column of its own, its wrapped lines starting at the same place. The
text layer keeps a gap between them as a space (総務課長 ただいまから…), except where a
label fills its column: 子育て支援課長子育て支援課長でございます reads as one word, and the
department that answers is lost with the label (nc74 U3). Where the page shows the
layout (a label, a space, then the speech where the wrapped lines start), a line that
opens in the label column and reaches the speech column with no space gets one there,
as the page shows it.

Example::

    >>> label_gaps(textpage, chars)                                 # doctest: +SKIP
    {412}
"""
from __future__ import annotations

import re
from collections import Counter

#: Points within which two characters stand in the same column.
_SAME = 1.0
#: A label is this many characters long at most, and at least.
_LABEL_MOST = 16
_LABEL_LEAST = 2
#: The speech column stands at least this far (points, about three characters) right
#: of the label column.
_COLUMN_LEAST = 30.0
#: What a label has none of: punctuation, brackets, digits of a list.
_NOT_LABEL = re.compile(r"[、。，．,.「」『』()（）:：;；!！?？・\s0-9０-９]")


def label_gaps(textpage, chars: list[str]) -> set[int]:
    """Return the indices of the characters of ``textpage`` (a pypdfium2 text page whose
    characters are ``chars``) that open a speech glued to its label: a space goes before
    each."""
    lines, line = [], []
    for i, ch in enumerate(chars):
        if ch in "\r\n":
            if line:
                lines.append(line)
            line = []
        else:
            line.append(i)
    if line:
        lines.append(line)
    if len(lines) < 3:
        return set()
    left = {i: textpage.get_charbox(i, loose=True)[0] for one in lines for i in one[:_LABEL_MOST + 2]}
    column = _speech_column(lines, chars, left)
    if column is None:
        return set()
    label_x, speech_x = column
    gaps = set()
    for one in lines:
        if abs(left[one[0]] - label_x) > _SAME:
            continue
        # (the last: a label longer than its column runs under the speech's first
        # characters, 住民課国保年金係長 over 国保年金…, and the speech starts there again)
        at = max((k for k, i in enumerate(one[:_LABEL_MOST + 1]) if abs(left[i] - speech_x) <= _SAME),
                 default=None)
        if at is None or at < _LABEL_LEAST:
            continue
        label = "".join(chars[i] for i in one[:at])
        if not _NOT_LABEL.search(label):
            gaps.add(one[at])
    return gaps


def _speech_column(lines: list[list[int]], chars: list[str], left: dict) -> tuple[float, float] | None:
    """The x of the label column and of the speech column when the page is laid out so:
    a line that opens with a label, a space and the speech, and two lines or more that
    start where that speech does (its wrapped lines); else None."""
    labelled: Counter = Counter()
    for one in lines:
        space = next((k for k, i in enumerate(one[:_LABEL_MOST + 1]) if chars[i] == " "), None)
        if space is None or space < _LABEL_LEAST or space + 1 >= len(one):
            continue
        label = "".join(chars[i] for i in one[:space])
        if not _NOT_LABEL.search(label):
            labelled[(round(left[one[0]]), round(left[one[space + 1]]))] += 1
    starts = Counter(round(left[one[0]]) for one in lines)
    for (label_x, speech_x), _ in labelled.most_common():
        wrapped = sum(n for x, n in starts.items() if abs(x - speech_x) <= _SAME)
        if wrapped >= 2 and speech_x - label_x >= _COLUMN_LEAST:
            return label_x, speech_x
    return None
