"""The parts of a written opinion (答申) that are no agenda items: its recommendations
(附帯意見), its reasons (審査会の判断) and its conclusion (結論).

Example::

    >>> reasons(sentences("2. 審査会の判断\n(1) 社協への提供について\n3. 結論"))  # doctest: +SKIP
    {0, 1}
"""
from __future__ import annotations

import re
import unicodedata

from kg.data.numerals import KANJI_NUMBER

#: A written opinion's heading for its reasons (第3　審査会の判断, 3　判断の理由).
REASONS = re.compile(r"(?:第)?[0-9]{1,2}[\s.．]*(?:審(?:議|査)会の判断(?:の理由)?|判断の理由|答申の理由)\s*")
#: A written opinion's heading for its conclusion (1　審議会の結論, 第1　審査会の結論).
_CONCLUSION = re.compile(r"\s*(?:第)?[0-9０-９]{1,2}[\s　.．]*(?:審(?:議|査)会の)?結論\s*")
#: A conclusion that approves (…実施することは適当である, 妥当である, 承認する).
_FIT = re.compile(r"(?:適当|妥当)(?:である|と認め)|承認|認める")
#: The first line of a written opinion (答申第13号): a new one begins.
_OPINION_NUMBER = re.compile(rf"答申第(?:[0-9]+|{KANJI_NUMBER})号")
#: A heading of the first rank: 3., 4．, 4　, 【…】, 第3 (not (1): the points under it).
_RANKED = re.compile(r"(?:[0-9]{1,2}(?:[.．、]|\s|(?=[\u4e00-\u9fff]))|第[0-9]{1,2}|【)\s*")
#: What a conclusion's first sentences say that makes its approval conditional.
_CONDITIONS = re.compile("附帯意見|条件|遵守|留意されたい")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def recommendations(sentences: list, pats: dict) -> set[int]:
    """Return the indices of the sentences under a heading of recommendations (3.　附帯意見)
    up to the next heading of its rank (4.　…, 【…】, 以上): what the council asks for, not
    what is so, and no agenda items.

    Example::

        >>> recommendations(sentences("3.　附帯意見\n（1）…を見直すこと。\n以上"), pats)  # doctest: +SKIP
        {0, 1}
    """
    words = tuple(pats.get("recommendation_headings", ()))
    out: set[int] = set()
    rank = None  # the form of the heading's number: the section ends at the next of that form
    for sentence in sentences:
        text = nfkc(sentence.text).strip()
        heading = _RANKED.match(text)
        rest = text[heading.end():] if heading else text
        # (附帯意見（諮問第15号から第17号まで）: the heading with the items it is of)
        if words and rest.startswith(words) and len(re.sub(r"[(（][^)）]*[)）]$", "", rest)) <= 16:
            rank = _rank(heading)
        elif words and heading is None and _BRACKETED.fullmatch(text) and _BRACKETED.fullmatch(text).group(1) in words:
            rank = "*"  # 3　結論 … （附帯意見）: a heading under the conclusion's, to the next numbered one
        elif rank is not None and (heading and rank in ("*", _rank(heading)) or text.startswith("以上")
                                   or _OPINION_NUMBER.fullmatch(text)):  # (答申第13号: the next opinion)
            rank = None  # (第4　附帯意見 then 1　…: its points; 第5 ends it)
        if rank is not None:
            out.add(sentence.index)
    return out


#: A heading in round brackets on a line of its own (（附帯意見）).
_BRACKETED = re.compile(r"[(（]([^()（）]{2,8})[)）]")


def _rank(heading) -> str:
    """The form of a heading's number: 第, 【, a dot after it, or none."""
    if heading is None:
        return ""
    found = heading.group()
    return "第" if found.startswith("第") else "【" if found.startswith("【") else \
        "." if re.search(r"[.．、]", found) else "0"


def reasons(sentences: list) -> set[int]:
    """Return the indices of the sentences under a written opinion's heading of its reasons
    (第3　審査会の判断, 判断の理由) up to the next heading of its rank or （審査の経過）:
    their numbered points are reasons, not agenda items."""
    out: set[int] = set()
    inside = False
    for sentence in sentences:
        text = nfkc(sentence.text).strip()
        if REASONS.fullmatch(text):
            inside = True
        elif inside and (re.match(r"第[0-9]{1,2}[\s.．]", text) or text.startswith(("（審査の経過）", "(審査の経過)"))
                         or _OPINION_NUMBER.fullmatch(text)):  # (答申第13号: the next opinion)
            inside = False
        if inside:
            out.add(sentence.index)
    return out


def conclusion(sentences: list) -> tuple[str | None, str]:
    """Return the first sentences of a written opinion's conclusion that approves (1　審議会
    の結論 / 諮問第9号のとおり実施することは適当である。ただし、…附帯意見を遵守されたい),
    or None, and the outcome they give every part of what was asked."""
    said = next(("".join(t.text for t in sentences[i + 1:i + 3]) for i, s in enumerate(sentences[:-1])
                 if _CONCLUSION.fullmatch(s.text) and _FIT.search(sentences[i + 1].text)), None)
    return said, "approved-with-conditions" if said and _CONDITIONS.search(said) else "approved"
