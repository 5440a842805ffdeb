"""Where the agenda's forms (``agenda`` in ``data/extract/patterns.yaml``) match a
sentence: at its start, after a page reference, or at the start of a later line of it
(a listing without 。 is one sentence). :mod:`kg.extract.document` makes the items.

Example::

    >>> bool(ORDER_OF_BUSINESS.fullmatch("日程第5、"))
    True
"""
from __future__ import annotations

import re

from kg.extract.segment import Sentence

#: The place of an item in an assembly's order of business, before its number (日程第2
#: 諮問第3号　…, 日程第5、報告第2号「…」), or in the page's list of cases (審議案件2　諮問第2号
#: …, 報告案件　報告第1号 …; nc73 W9), or the 資料 read aloud for it (資料1　諮問第12号; nc74
#: W19): the item's heading still starts the line.
ORDER_OF_BUSINESS = re.compile(r"(?:日程第[0-9０-９]{1,2}|(?:審議|諮問|報告|協議)案件[0-9０-９]{0,2}|資料[0-9０-９]{1,2})[\s　、,]*")


#: A table's cell that is a place's name alone (柚ノ木村, 鳴神町): no item's title.
PLACE_CELL = re.compile(r"\s*[^\s、。「」()（）]{1,6}[市町村区]\s*")


#: A page reference a summary of opinions opens its points with (2 ページ目、, 6ページ目、).
_PAGE_LEAD = re.compile(r"\s*[0-9０-９]{1,3}\s*ページ目?\s*[、,]\s*")


class Shifted:
    """A match found in a line of a sentence, with spans in the sentence's text."""

    def __init__(self, match, offset: int):
        self._m, self._o = match, offset
        self.line_start = offset

    def start(self, group=0):
        return self._m.start(group) + self._o if group == 0 or self._m.start(group) >= 0 else -1

    def end(self, group=0):
        return self._m.end(group) + self._o

    def span(self, group=0):
        return self.start(group), self.end(group)

    def group(self, name=0):
        return self._m.group(name)

    def groupdict(self):
        return self._m.groupdict()


def matches(forms, sentence: Sentence, suffix: str = ""):
    """Yield ``(form, match)`` of each agenda form in the sentence; the numbered forms
    also at the start of each later line of it (a listing without 。 is one sentence:
    諮問第9号　…について／諮問第10号　…について)."""
    text = sentence.text + suffix  # (…について, then （答申） on the next line: one heading)
    # 1 ページ目、30年度諮問第1号 …について: a summary's page reference (and the year of a
    # past item) before the heading
    lead = _PAGE_LEAD.match(text)
    for form in forms:
        yield from ((form, m) for m in form.finditer(text))
        if lead and lead.end() < len(text):
            yield from ((form, Shifted(m, lead.end())) for m in form.finditer(text[lead.end():]))
        if "number" not in form.groupindex and "again" not in form.groupindex:
            continue  # (資料2　報告　…: after a speaker's label on the line before, too)
        for piece in sentence.pieces[1:]:
            if 0 < piece.start < len(text):
                yield from ((form, Shifted(m, piece.start))
                            for m in form.finditer(text[piece.start:]) if m.start() <= 3)


def material(materials: dict, text: str, key: str) -> None:
    """Note that the 資料 a heading opens with (資料3　報告　…) is item ``key``'s."""
    said = _MATERIAL.match(text)
    if said:
        materials.setdefault(said.group(1), key)


#: A 資料 read aloud under its item's heading (資料3　…), and a later turn on it (資料2の6にある
#: …について, 資料1について伺います, 資料4で、…; not 資料1から資料5までについて).
_MATERIAL = re.compile(r"\s*資料([0-9]{1,2})(?![0-9])")
MATERIAL_ASKED = re.compile(r"資料([0-9]{1,2})(?:について|に関して|で、|の[^。、]{0,20}?(?:について|ですが|では))")
