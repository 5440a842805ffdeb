"""Data names a sentence says that do not move with its verb: a dimension figures are
broken down by (学年別・性別の集計値を…報告: nobody's sex), and a key an inquiry is made by
(…マイナンバーカードのＩＣチップにより…資格情報を照会: the card is not what comes back).

Example::

    >>> [m.text for m in not_aggregated(sentence, mentions)]            # doctest: +SKIP
    ['氏名']
"""
from __future__ import annotations

import re


#: After a data name, that it is a dimension of figures (性別の集計値, 学年別・性別の件数).
_AGGREGATE_OF = re.compile(r"(?:別|ごと)?(?:・[^、。をにへがは]{1,6}?)*の(?:集計値|集計結果|集計データ|統計(?:データ|情報|値|表)?"
                           r"|件数|人数|総数|割合|平均)")


def not_aggregated(sentence, mentions) -> list:
    """Return ``mentions`` without the data names that only say how figures are broken
    down (学年別・性別の集計値を…報告しております: nobody's sex is reported)."""
    return [m for m in mentions if m.kind != "category" or not _AGGREGATE_OF.match(sentence.text, m.end)]


def not_means(sentence, mentions) -> list:
    """Return ``mentions`` without the data names the sentence says the act is done by
    (被保険者証の記号番号又はマイナンバーカードのＩＣチップにより…資格情報を照会: the keys
    of the inquiry, not what comes back; nc71 W3), with the names listed with them."""
    cats = sorted((m for m in mentions if m.kind == "category"), key=lambda m: m.start)
    means: set[int] = set()
    for m in reversed(cats):
        by = _MEANS.match(sentence.text, m.end)
        if by is not None and not _HANDED_IN.search(by.group()) or any(
                id(n) in means and _JOINED.fullmatch(sentence.text, m.end, n.start) for n in cats):
            means.add(id(m))
    return [m for m in mentions if id(m) not in means]


#: After a data name, that an act is done by it (…のＩＣチップにより, …によって).
_MEANS = re.compile(r"(?:の[^、。はがをに]{1,10}?)?(?:により|によって)")
#: (申請書の提出により: the paper handed in moves; it is no key)
_HANDED_IN = re.compile(r"提出|提供|送付|送信|申請|届出|登録")
#: Between two data names, words that list them or make one part of the other.
_JOINED = re.compile(r"(?:又は|または|若しくは|もしくは|や|及び|、|の)")
