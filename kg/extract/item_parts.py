"""Parts of an agenda item: the numbered sections under a heading whose title names
several works (諮問第5号 …の外部提供、外部結合及び委託について, then (1) …への提供, (2) …との
外部結合, (3) …の委託), and the sections of a written opinion on one item (別紙 （１）…).

Example::

    >>> mark_parts(items, heads)                                     # doctest: +SKIP
    >>> items["…への提供"].part_of                                     # doctest: +SKIP
    'consultation-5'
"""
from __future__ import annotations

import re


def mark_parts(items: dict, heads: list[tuple[int, str]], opinion: bool = False) -> None:
    """Mark as a part of an item the numbered sections under its heading that its title
    names the works of (諮問第5号 …の外部提供、外部結合及び委託について, then (1) …への提供,
    (2) …との外部結合, (3) …の委託): each keeps its own title, and takes the item's outcome
    and askedness. In a written opinion on one numbered item (``opinion``), every section
    numbered only by its place after it is a part of it (別紙 （１）認定調査の委託, …)."""
    numbered = [it for k, it in items.items() if k == f"consultation-{it.number}"]
    whole = numbered[0] if opinion and len(numbered) == 1 else None
    parent = None
    for _at, key in heads:
        item = items[key]
        if whole is not None and item is not whole and item.part_of is None and item.number is not None \
                and item.type == "consultation" and key != f"{item.type}-{item.number}" \
                and item.sentence.index > whole.sentence.index:
            _part_of(item, whole)  # (the opinion's 別紙: its sections)
            continue
        if key.startswith(("consultation-", "report-")):
            # (not 医療証の印刷及び封入封緘業務委託, one work, then 第3号…: an item of its own)
            parent = item if re.search("、|及び|並びに", item.title) and len(set(item.kinds) - {"other"}) >= 2 else None
        elif parent is not None and item.number is not None and item.part_of is None \
                and set(item.kinds) <= set(parent.kinds) - {"other"}:
            _part_of(item, parent)
        elif item.part_of is None:
            parent = None  # (another heading ends the item's parts)


def _part_of(item, parent) -> None:
    """Make ``item`` a part of ``parent``: its key, askedness and (unless its own) outcome."""
    item.part_of = parent.key
    item.asked = item.asked or parent.asked
    if item.outcome == "unknown":
        item.outcome = parent.outcome


def listed_again(items: dict, number: str | None, title: str, kinds_of, at: int) -> str | None:
    """The key of the part listed under ``number`` (１ 諮問の趣旨 （１）…の委託 （３）…への
    提供) that a later heading with that number names by its work alone (２ 実施機関の説明
    （１）委託について, （３）外部提供について): its title ends with the heading's, or the
    heading names only kinds of work the part's title does; else None. ``kinds_of(title)``
    gives a title's kinds of work; ``at`` is the heading's sentence, after the listing's."""
    if number is None or not title:
        return None
    listed = [(k, it) for k, it in items.items() if it.number == number and it.sentence.index < at
              and not k.startswith(("consultation-", "report-"))]
    if len(listed) != 1:
        return None
    key, item = listed[0]
    named = set(kinds_of(title)) - {"other"}
    return key if item.title.endswith(title) or named and named <= set(item.kinds) and len(title) <= 8 else None


def style(text: str) -> str:
    """The form of a heading's number: in brackets (（３）) or bare (３)."""
    return "(" if text.lstrip().startswith(("(", "（")) else "0"


def past_listing(items: dict, number: str) -> bool:
    """True when ``number`` comes after the last of a listing of two parts or more (（１）…
    （３）: （４） is past it)."""
    listed = [int(it.number) for key, it in items.items() if (it.number or "").isdigit()
              and not key.startswith(("consultation-", "report-"))]
    return len(listed) >= 2 and int(number) > max(listed)
