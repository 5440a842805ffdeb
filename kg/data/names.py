"""Matching keys for names: the same party written in different ways matches.

Used wherever a name is compared: duplicate-entity checks on the data and name
lookups in queries. Keys are for matching only; stored labels never change.

Example::

    >>> name_key("（株）日立システムズ") == name_key("株式会社日立システムズ")
    True
    >>> name_key("J-L I S")
    'j-lis'
    >>> name_key("諮問第十二号") == name_key("諮問第12号")
    True
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.data.numerals import KANJI_NUMBER, arabic

# Company-form marks are noise when matching names: (株) = （株） = 株式会社.
_COMPANY_FORMS = re.compile(r"\(株\)|\(有\)|株式会社|有限会社|一般社団法人|公益社団法人|一般財団法人")


#: An ordinal written in kanji (諮問第十二号, 第三回): the same as in digits.
_KANJI_ORDINAL = re.compile(rf"第({KANJI_NUMBER})(号|回)")


def name_key(text: str) -> str:
    """Return the matching key of a name: NFKC, lower case, no spaces, no company-form
    marks, ordinals in digits."""
    key = _COMPANY_FORMS.sub("", normalise(text))
    return _KANJI_ORDINAL.sub(lambda m: f"第{arabic(m.group(1))}{m.group(2)}", key)
