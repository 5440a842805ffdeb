"""The cells of a table row in the saved text, each read as a sentence of its own.

A row's cells are apart by a tab, a pipe, a box-drawing bar, a full-width slash or space,
or two or more spaces (:data:`CELL_GAP`); each cell becomes a sentence whose pieces and
offsets still point into the saved text, so that its quotes and lines are verbatim.
Provision tables (:mod:`kg.extract.tables`) and recipient × item tables
(:mod:`kg.extract.matrices`) read their rows so.

Example::

    >>> [s.text for s in cell_sentences(3, "氏名\\t○\\t○")]
    ['氏名', '○', '○']
"""
from __future__ import annotations

import re

from kg.extract import listing, nlp
from kg.extract.ruler import find_mentions
from kg.extract.segment import sentences as split_sentences

#: Between cells of a plain-text table: a tab, a pipe, a full-width slash or space, or two
#: or more spaces (one half-width space stays inside a cell: LGWAN 経由).
CELL_GAP = re.compile(r"[ \u3000]{2,}|\u3000|\t|[|\uff5c\u2502\u2503\uff0f]")


def cell_sentences(number: int, raw: str, gap: re.Pattern = CELL_GAP) -> list:
    """Return each cell of line ``number`` (its text ``raw``) as a sentence of its own: the
    row alone, on its own line, with the gaps between cells as tabs."""
    spaced = gap.sub(lambda m: "\t" * len(m.group(0)), raw)
    return split_sentences("\n" * (number - 1) + spaced)


def cell_mentions(state, sentence, tokens=None) -> list:
    """Return the mentions of a cell, each item of a list of data names one (氏名、住所、
    要介護度: each item is data)."""
    tokens = tokens if tokens is not None else nlp.tokenize(sentence.text)
    # (the spaces the sentence's text lost: 北央電力株式会社 浦沢営業所 is a company and its
    # office, not 株式会社浦沢営業所; nc70 W8)
    return listing.unknown_items(-1, sentence.text, find_mentions(-1, sentence.text, tokens, state.lex, state.ctx,
                                                                  sentence.gaps),
                                 state.pats)


#: Between two parties a cell lists: the words that join a list (及び, 、).
_JOIN = re.compile(r"[\s\u3000]*(?:及び|並びに|又は|や|・|、|，|,|と)[\s\u3000]*")


def listed_with(text: str, mentions: list, first) -> list:
    """Return the parties after ``first`` in a recipient cell, each joined to the one
    before by a list's word (他の地方公共団体及び行政機関: 行政機関), up to any other word."""
    out, last = [], first
    for m in mentions:
        if m.start < last.end or m.kind != "entity" or m.type in ("data-subject", "system"):
            continue
        if not _JOIN.fullmatch(text[last.end:m.start]):
            break
        out.append(m)
        last = m
    return out
