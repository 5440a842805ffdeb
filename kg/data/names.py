"""Matching keys for names: the same party written in different ways matches.

Used wherever a name is compared: duplicate-entity checks on the data and name
lookups in queries. Keys are for matching only; stored labels never change.

Example::

    >>> name_key("（株）日立システムズ") == name_key("株式会社日立システムズ")
    True
    >>> name_key("J-L I S")
    'j-lis'
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise

# Company-form marks are noise when matching names: (株) = （株） = 株式会社.
_COMPANY_FORMS = re.compile(r"\(株\)|\(有\)|株式会社|有限会社|一般社団法人|公益社団法人|一般財団法人")


def name_key(text: str) -> str:
    """Return the matching key of a name: NFKC, lower case, no spaces, no company-form marks."""
    return _COMPANY_FORMS.sub("", normalise(text))
