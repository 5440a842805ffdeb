"""Whether a verb is denied: the clause after it says so (…しない, …できない, …することは
ない), or the act it names is banned after it (再委託することについては、契約により禁止する).
The cue words live in ``data/extract/patterns.yaml`` (``negations``, ``clause_ends``,
``bans``).

Example::

    >>> negated("個人番号は提供しない。", 7, pats)                  # doctest: +SKIP
    True
"""
from __future__ import annotations

import re


def negated(text: str, end: int, pats: dict) -> bool:
    """True when the clause after position ``end`` denies the verb (…しない, …できない)."""
    return denial_at(text, end, pats) is not None


def clause_denied(text: str, end: int, pats: dict) -> bool:
    """True when the clause after ``end``, up to its 、 or 。, denies (電話又は対面で行い、
    記録は残さない: 対面's clause does not), near ``end`` or at the clause's own end
    (電話やメールでの回答はいたしておりません: 電話 too)."""
    clause = re.split("[、。]", text[end:], maxsplit=1)[0]
    return negated(clause, 0, pats) or negated(clause, max(0, len(clause) - 14), pats)


def denial_at(text: str, end: int, pats: dict) -> int | None:
    """Return where the denial of the verb ending at ``end`` starts, or None (see :func:`negated`)."""
    if "会社" in text or "法人" in text:  # (株式会社こずえ電算, みずほ: ず inside a name is no denial)
        text = _NAME_KANA.sub(lambda m: m.group(1) + "＿" * len(m.group(2)), text)
    window = text[end:end + 14]
    for stop in "、。":
        cut = window.find(stop)
        if cut >= 0 and stop == "。":
            window = window[:cut + 1]
    # 送るときに個人番号を用いない: the denial belongs to the verb after the clause's end
    for stop in pats.get("clause_ends", ()):
        cut = window.find(stop)
        if cut >= 0:
            window = window[:cut]
    # (…が提供する電子申請サービス「ゆずポータル」で: ず inside a name is no denial)
    window = _QUOTED.sub(lambda m: "\u3000" * len(m.group()), window)
    found = [at for cue in pats["negations"] for at in [window.find(cue)]
             if at >= 0 and not _KANA_AFTER.match(window, at + len(cue))]
    if found:
        return end + min(found)
    # 再委託することについては、契約により禁止する: the act named, then banned
    named = _NAMED_ACT.match(text, end)
    if named:
        ban = next((text.find(cue, named.end(), named.end() + 20) for cue in pats.get("bans", ())
                    if 0 <= text.find(cue, named.end(), named.end() + 20)), -1)
        if ban >= 0 and "。" not in text[named.end():ban]:
            return ban
    return None


#: A name in brackets (「ゆずポータル」), and a katakana word going on after a cue (ゆずネット).
_QUOTED = re.compile(r"「[^」]*」?")
_KANA_AFTER = re.compile(r"[ァ-ヶー]")
#: The hiragana of a business's name after its legal form, up to the kanji or katakana
#: that go on with it (株式会社こずえ電算, 株式会社みずほ銀行).
_NAME_KANA = re.compile(r"(株式会社|有限会社|合同会社|合資会社|(?:一般|公益)(?:社団|財団)法人|社会福祉法人|医療法人"
                        r"|学校法人|特定非営利活動法人)([ぁ-ゖ]+)(?=[\u4e00-\u9fffァ-ヶ])")
#: After a verb, the act named as a topic or object (…することについては、…することを).
_NAMED_ACT = re.compile(r"(?:する|させる|される)?こと(?:については|について|は|を|も)、?")


#: After a flow verb, a scope the sentence then speaks of (渡すデータには, 結合では).
_SCOPE_AFTER = re.compile(r"(?:する|す|される|した)?(?:データ|情報|内容|際|時)?(?:には|では|において)")


def scope_denied(text: str, end: int, pats: dict) -> bool:
    """True when the verb ending at ``end`` only sets the scope of a denial that follows
    (渡すデータには…含まれておりません, 結合では…送信いたしません): the sentence states what
    does not move."""
    return bool(_SCOPE_AFTER.match(text, end)) and any(cue in text[end:] for cue in pats["negations"])
