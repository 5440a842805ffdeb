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


#: After a verb, that it is a relative clause on a content noun (…利用する事務の範囲は): not
#: on こと, の or もの, which name the act itself (利用することはない denies 利用).
_RELATIVE_NOUN = re.compile(r"(?:する|した|している|される|された)(?!こと|もの|の|予定|場合|必要|ため|際|とき|ところ|方法)"
                            r"[\u4e00-\u9fff\u30a1-\u30ff]")


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
        if stop == "ので" and window.startswith("は", cut + 2) and window.endswith("も", 0, cut):
            cut = -1  # (提供するものではございません: もの + では, no reason clause; nc71 W10)
        if cut >= 0:
            window = window[:cut]
    # (…が提供する電子申請サービス「ゆずポータル」で: ず inside a name is no denial)
    window = _QUOTED.sub(lambda m: "\u3000" * len(m.group()), window)
    # (…を通じた授受ができないか、都国保連と相談している: whether it can, asked, no denial)
    found = [at for cue in pats["negations"] for at in [window.find(cue)]
             if at >= 0 and not _KANA_AFTER.match(window, at + len(cue)) and not window.startswith("か", at + len(cue))]
    relative = _RELATIVE_NOUN.match(window)
    if found and relative and "は" in window[:min(found)] \
            and not window.startswith(tuple(pats.get("instance_nouns", ())), relative.end() - 1):
        # (個人番号を利用する事務の範囲は変わりません: the topic's verb is denied, not the
        # verb of the relative clause before it; but …に報告した事案はございませんでした
        # says no such act was done: nc68 W3)
        found = []
    if found:
        return end + min(found)
    lacking = _NO_MEANS.match(text, end)
    if lacking:  # (…に直接データを提供する仕組みは、現時点ではございません: no way to; nc75 W12)
        return lacking.start(1)
    # 再委託することについては、契約により禁止する: the act named, then banned
    named = _NAMED_ACT.match(text, end)
    if named:
        ban = next((text.find(cue, named.end(), named.end() + 20) for cue in pats.get("bans", ())
                    if 0 <= text.find(cue, named.end(), named.end() + 20)), -1)
        if ban >= 0 and "。" not in text[named.end():ban]:
            return ban
    return None


#: After a verb, that there is no means or plan to do it (…提供する仕組みは、現時点では
#: ございません, 送付する予定はありません), or no case it applied to (…委員会への報告の対象と
#: なる事案はございませんでした).
_NO_MEANS = re.compile(r"(?:(?:する|できる)(?:仕組み|手段|予定|計画)|の対象となる(?:事案|事例|もの|ケース))(?:は|も)、?"
                       r"(?:現時点では|現在は|今のところ|当面)?(ございません|ありません|ない|なかった)")


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


def denied_part(text: str, named: list, start: int) -> list:
    """Return the data mentions ``named`` that a denial at ``start`` in ``text`` is of: not
    a name と joins to a verb (被保険者番号とひも付けた後…提供されない), not what a clause
    before a turn names (氏名…を記載いたしますが、病名は記載いたしません), not the papers or
    places it is not in (納税通知書には…印字されず; 調査依頼書及び認定調査票のいずれにも記載せず),
    nor a name another one names the owner of (扶養親族の氏名); all of them where nothing is
    left."""
    # (要介護度と障害の程度は提供しません: と joins it to a name no category knows)
    named = [m for m in named if not _COMPANION.match(text, m.end) or _LISTED_WITH.match(text, m.end)
             or any(o.start > m.end and _COMPANION.fullmatch(text[m.end:o.start]) for o in named)]
    turns = list(_BUT.finditer(text, 0, start))
    turn = max((m.end() for m in turns), default=0)
    after = [m for m in named if m.start >= turn]
    if not after and turns and _AFFIRMED.match(turns[-1].group()):
        # (…が閲覧できるのは氏名、住所…の4項目であり、…システムの情報は閲覧の対象ではございません:
        # what a clause that ends so says is what is seen, not what is denied: nc68 W2)
        return []
    named = after or named
    if len(named) > 1:
        # (固定資産税の課税台帳では個人番号を利用しておりません; not 個人番号については、)
        # (特別徴収税額通知には、個人番号を記載しない: 税額 names the paper the number is not in)
        named = [m for m in named if not ((text.startswith(("には", "に", "では"), m.end)
                                           or _PAPER_OF.match(text, m.end))
                                          and not text.startswith(("について", "につき"), m.end))
                 and not _EITHER.match(text, m.end)] or named
        named = [m for m in named if not any(o.end + 1 == m.start and text[o.end] == "の"
                                             for o in named)] or named
    return named


#: After a data name, the rest of the name of a paper it is in, as the place a denial
#: speaks of (税額 of 特別徴収税額通知には).
_PAPER_OF = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{0,6}?(?:通知書?|書|票|証|台帳|名簿)(?:には|では)")
#: After a data name, と that joins it to a verb, not to another name (被保険者番号とひも付け).
_COMPANION = re.compile(r"と")
#: After a data name, と and another name the clause's topic or object (要介護度と障害の
#: 程度は): a list.
_LISTED_WITH = re.compile(r"と(?:[\u4e00-\u9fff\u30a0-\u30ffー]|の){1,12}(?:は|を|も)")
#: A turn to a contrasting clause (…記載しますが、病名は…; …被保険者番号で行っており、個人番号は…;
#: …電子証明書で本人確認を行いますので、…個人番号が提供されることはございません; 抄本の
#: コピーや写真撮影は認めておらず、閲覧者は電話番号…は閲覧できません; …氏名、住所及び税額等に
#: 限られ、個人番号は渡りません): what is before it is not denied by this verb (a denial of
#: its own, if it is one).
_BUT = re.compile(r"(?:が|けれども|けれど|ものの|一方|であり|であって|のみで|行っており|ので|ず|に限られ|に限り|に限定され)、")
#: Of the turns above, those that end a clause affirming what it names (…の4項目であり、,
#: …に限られ、): the data before them is not what a later denial is of.
_AFFIRMED = re.compile(r"(?:であり|であって|のみで|に限られ|に限り|に限定され)、")
#: After a name, that it is one of a list of papers a denial says each lacks the data
#: (調査依頼書及び認定調査票のいずれにも).
_EITHER = re.compile(r"(?:(?:及び|並びに|、|・|と|や)[^、。をにがはで]{1,20}?)*のいずれ(?:に|で)も")
