"""Which slot of a verb a name fills, read from the particle after it (に/へ the
recipient, から the provider, が/は the subject, で the channel), past what may stand
between: a closing quote or bracket, a bracketed note, the body's staff or office
(保育課の職員は, 広域連合の事務局に), an apposition (受託者である健診担当医から), the
party's own system (連合会のシステムに) or a network's line (LGWAN回線を通じて).

Example::

    >>> pats = {"particles": {"recipient": ["に", "へ"], "provider": ["から"]}, "not_slots": []}
    >>> particle_after("警察署等から求められた", 3, pats)
    ('provider', 'から')
"""
from __future__ import annotations

import re

from kg.extract import bodies, listing

_SKIP = listing.SKIP
#: After a name, that it is the one a role is (受託者である健診担当医から): the phrase's particle.
_APPOSITION = re.compile(r"である[^、。「」()（）をのでと]{1,12}?()(?:から|より|に|へ|が|は)")
#: After a name, the kind of body it is one example of (警察など町以外の機関に, 警察署その他の
#: 避難支援等関係者に).
_EXAMPLE = re.compile(r"(?:など|等の|をはじめとする|その他の)[^、。「」()（）をでとにへ]{0,12}?"
                      r"(?:機関|団体|事業者|組織|官公署|第三者|関係者)()(?:に|へ|から|より)")


#: After a body, its head and then the next name of a list (各自主防災組織の会長及び…): the
#: body is in the list.
HEAD_THEN = re.compile(r"の(?:会長|代表者|代表|責任者)(?:及び|並びに|、|や|又は)")


#: After a body, its heads the data is given to (楢沢村消防団の各分団長に配布): the body
#: receives it.
HEAD_TO = re.compile(r"の各?(?:会長|代表者|代表|責任者|分団長|団長|支部長|班長|理事長)(?:に|へ)(?!は)")


#: After another body, its office the data is brought to (広域連合の事務局に持参,
#: 金融機関の本店にファクスで照会).
OFFICE_TO = re.compile(r"の(?:事務局|窓口|担当窓口|担当者|本店|支店|各支店|本部|営業店)(?:に|へ)(?!は)")


#: A bare word of one or two kanji just before a bracket (国(…), 県(…)).
_GLOSSED = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])[\u4e00-\u9fff]{1,2}$")


#: After a party, its own work as the topic or subject (株式会社Bの作業は): B in the slot.
_OWN_WORK = re.compile(r"の作業(?=は|では|が)")  # (not 業務: センターの業務は…に委託, the town's)


#: After a name, that something is or is not there (本町に住所がなかった): no recipient.
_THERE_IS = re.compile(r"に[^\u3040-\u309f、。]{1,6}が(?:あ[りるっ]|な[いかく]|存在|所在)")


def particle_after(text: str, end: int, pats: dict) -> tuple[str | None, str]:
    """Return ``(slot, particle)`` of the particle right after a name ending at ``end``.

    >>> pats = {"particles": {"recipient": ["に", "へ"], "provider": ["から"]}, "not_slots": []}
    >>> particle_after("警察署等から求められた", 3, pats)
    ('provider', 'から')
    """
    pos = end
    opened = text.rfind("(", 0, end)
    # (国(デジタル庁)が運用: a name that says which body a bare word of one or two kanji
    # means; not 総合行政ネットワーク(LGWAN) nor …システム(…自庁システム), another name
    # of a name before it)
    gloss = opened > text.rfind(")", 0, end) and _GLOSSED.search(text, 0, opened) is not None
    while pos < len(text) and (text[pos] in _SKIP or text[pos] in "」』" or text[pos] == ")" and gloss):
        # 「株式会社A」に委託: the name's closing quote stands before its particle; so does
        # the bracket of a gloss
        pos += 1
    if text[pos:pos + 1] in ("(", "（"):  # 市町村国保システム(…自庁システム)に入力: the note is skipped
        close = closing(text, pos)
        if close is not None:
            pos = close + 1
    if text.startswith("長", pos) and text[pos - 1:pos] == "会":
        pos += 1  # 自治会長に: the association's head stands for it
    for title in sorted(pats.get("titles", ()), key=len, reverse=True):
        # 包括職員が, 保育課の職員は: the body's staff act for it
        for lead in ("", "の"):
            if text.startswith(lead + title, pos) and len(title) > 1:
                pos += len(lead + title)
                break
        else:
            continue
        break
    work = _OWN_WORK.match(text, pos)
    if work:  # 株式会社Bの作業は…取り扱うことはございません: B does the work (nc67 W3)
        pos = work.end()
    apposed = _APPOSITION.match(text, pos) or _EXAMPLE.match(text, end)
    if apposed:  # 受託者である健診担当医から, 警察など町以外の機関に: the phrase's slot
        pos = apposed.end(1)
    # 連合会のシステムに送る: the party's system stands for the party in the slot
    pos += bodies.owned_at(text, pos, pats)
    # LGWAN回線を通じて: the network's line is the network, the way the data goes
    line = next((w for w in ("回線", "網") if text.startswith(w, pos)), "")
    if line and text.startswith(tuple(pats["particles"].get("channel", ())), pos + len(line)):
        pos += len(line)
    rest = text[pos:pos + 8]
    best = (None, "")
    for slot, particles in pats["particles"].items():
        for particle in particles:
            if rest.startswith(particle) and len(particle) > len(best[1]):
                best = (slot, particle)
    # に immediately followed by よる/おける/関する/ついて is no recipient
    if best[1] == "に" and rest[1:].startswith(("よる", "より", "おけ", "関す", "係る", "つい", "つき", "対応", "伴", "基づ", "応じ", "際し", "ある", "おい",
                                                 "設置", "置", "所属", "在籍", "勤務", "常駐")):
        return None, ""
    if best[1] == "に" and _THERE_IS.match(text, pos):
        return None, ""  # 本町に住所がなかった転入世帯: where something is, no recipient (nc69 M7)
    if best[1] == "の":
        return "of", "の"
    return best


def closing(text: str, start: int) -> int | None:
    """Return the position of the bracket closing the one at ``start`` (None if unclosed)."""
    depth = 0
    for pos in range(start, min(len(text), start + 80)):
        if text[pos] in "(（":
            depth += 1
        elif text[pos] in ")）":
            depth -= 1
            if depth == 0:
                return pos
    return None
