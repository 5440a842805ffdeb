"""Numbers written in kanji (諮問第十一号, 令和八年十一月二十日), read as arabic digits.

Example::

    >>> arabic("十一"), arabic("二十"), arabic("百五"), arabic("12"), arabic("元")
    ('11', '20', '105', '12', '元')
"""
from __future__ import annotations

#: A number in kanji, as a pattern (諮問第十一号's 十一).
KANJI_NUMBER = "[一二三四五六七八九十百千〇]+"

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def arabic(text: str) -> str:
    """Return ``text`` in arabic digits when it is a number written in kanji (十一 → 11,
    二〇二六 → 2026), else ``text`` unchanged."""
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return text
    if not any(ch in _UNITS for ch in text):  # 二〇二六: digit by digit
        return "".join(str(_DIGITS[ch]) for ch in text)
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:  # 十 alone is 10; 二十 is 20
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
    return str(total + (digit or 0))
