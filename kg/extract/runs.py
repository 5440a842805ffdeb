"""Runs of noun-like tokens: the candidates for names that the entity ruler
(:mod:`kg.extract.ruler`) classifies by their suffix.

Example::

    >>> noun_runs(tokens, "株式会社ゆりがおかラーニングに委託する")    # doctest: +SKIP
"""
from __future__ import annotations

import re

#: Parts of speech a name is made of.
NOUNISH = {"名詞", "接頭辞", "接尾辞"}

_JOINS_ACROSS_SPACE = re.compile(r"[ァ-ヶーA-Za-z0-9-]")



#: Words that end a company's name after its legal form (…郵便局とも見守り協定を: とも).
_NAME_ENDS = ("とも", "など", "ども")


def _kana_to_end(tokens: list, at: int) -> list[int]:
    """The indexes from ``at`` of hiragana tokens, each right after the one before, that run
    to the end of the text or to white space, else ``[]``."""
    out = []
    for number in range(at, len(tokens)):
        tok = tokens[number]
        if tok[3][0] == "空白" or number > at and tok[0] != tokens[number - 1][1]:
            break
        if not re.fullmatch(r"[ぁ-ん]+", tok[2]):
            return []
        out.append(number)
    return out


def _firm_names(tokens: list, firms, trades=()) -> set[int]:
    """Return the indexes of the tokens that name a company after its legal form, whatever
    their part of speech (株式会社いるかサポート: いる, か): up to a case particle, an
    auxiliary or a mark, at most six tokens, ending with a noun."""
    out: set[int] = set()
    for number, tok in enumerate(tokens):
        # (社会福祉法人: a form of three tokens, 社会|福祉|法人, ends here too)
        joined = "".join(t[2] for t in tokens[max(0, number - 3):number + 1])
        if tok[2] not in firms and not any(joined.endswith(f) and len(f) > len(tok[2]) for f in firms):
            continue
        spelled = _kana_to_trade(tokens, number, trades)
        if spelled is not None:
            out.update(range(number + 1, spelled + 1))
            continue
        taken = []
        for after in range(number + 1, min(len(tokens), number + 7)):
            cur = tokens[after]
            rest = _kana_to_end(tokens, after)
            if taken and rest:
                # (生活協同組合コープうらさわ, alone in its cell: うら|さ|わ read as a pronoun and
                # endings, the name's kana to the cell's end all the same)
                out.update(taken + rest)
                taken = []
                break
            # 株式会社しゅうのうサービス: an の before a filler (う) is inside a kana word
            broken = cur[2] == "の" and after + 1 < len(tokens) and tokens[after + 1][3][0] == "感動詞"
            # 株式会社ゆりがおかラーニング: a particle between kana words is inside the name
            broken = broken or _kana_join(tokens, after) or _stacked(tokens, after)
            # 株式会社にしがはら電算 (に|し|が|はら): a particle opening the name, kana after it
            broken = broken or not taken and cur[3][0] == "助詞" and after + 1 < len(tokens) \
                and tokens[after + 1][0] == cur[1] and re.fullmatch(r"[ぁ-ん]+", tokens[after + 1][2]) is not None
            # 一般社団法人しいな介護協会 (しい|な|介護): a kana word's last sound read as ダ
            broken = broken or _kana_copula(tokens, after)
            # 社会福祉法人はるかぜ会 (はる|か|ぜ|会): kana read as endings, then the name's noun
            broken = broken or _kana_then_noun(tokens, after)
            # 株式会社ゆずりは印刷 (ゆずり|は|印刷): a particle after the name's first kana word,
            # then the trade the name ends with
            broken = broken or after == number + 2 and _kana_trade(tokens, after, trades)
            # 株式会社杜の都データ工房 (杜|の|都|データ|工房): an の inside the name, its trade
            # word after it before any particle (not 株式会社Aの社員; nc73 W11)
            broken = broken or after == number + 2 and _inner_no(tokens, after, trades)
            # (…連絡会及び各クラブ: a conjunction ends the name; so does a space, 北央電力株式会社
            # 浦沢営業所, and …郵便局とも…協定を: nc70 W8)
            if cur[0] != tokens[after - 1][1] or cur[3][0] == "接続詞" and cur[2] in _CONJUNCTIONS \
                    or cur[3][0] == "空白" or cur[2] in _NAME_ENDS \
                    or cur[3][0] in ("助動詞", "補助記号") and not broken \
                    or not broken \
                    and cur[3][:2] in (("助詞", "格助詞"), ("助詞", "係助詞"), ("助詞", "接続助詞")):
                break
            taken.append(after)
        while taken and tokens[taken[-1]][3][0] not in NOUNISH:
            taken.pop()
        out.update(taken)
    return out


def _inner_no(tokens: list, at: int, trades) -> bool:
    """True when the の at ``at`` joins a name's first noun to nouns that end, before any
    particle, in a trade word (杜|の|都|データ|工房, 工房 or データ a trade)."""
    if tokens[at][2] != "の" or not trades:
        return False
    for after in range(at + 1, min(len(tokens), at + 5)):
        tok = tokens[after]
        if tok[0] != tokens[after - 1][1] or tok[3][0] not in NOUNISH:
            return False
        following = tokens[after + 1] if after + 1 < len(tokens) else None
        if tok[2] in trades and (following is None or following[3][0] not in NOUNISH
                                 or following[0] != tok[1]):
            return True
    return False


def _stacked(tokens: list, at: int) -> bool:
    """True when the particle at ``at`` is one of two or more in a row between a kana word
    and a noun (ひ|の|で|解析センター): no grammar stacks them so, they spell a name."""
    def particle(i):
        return 0 < i < len(tokens) and tokens[i][3][0] == "助詞" and tokens[i][0] == tokens[i - 1][1]
    if not particle(at):
        return False
    first, last = at, at
    while particle(first - 1):
        first -= 1
    while particle(last + 1):
        last += 1
    return last > first and re.fullmatch(r"[ぁ-ん]+", tokens[first - 1][2]) is not None \
        and last + 1 < len(tokens) and tokens[last + 1][0] == tokens[last][1] and tokens[last + 1][3][0] in NOUNISH


#: Conjunctions that join names (not で of 株式会社かえで印刷, read as one).
_CONJUNCTIONS = {"及び", "および", "並びに", "ならびに", "又は", "または", "若しくは", "もしくは"}


def _kana_copula(tokens: list, at: int) -> bool:
    """True when the copula な at ``at`` ends a kana word of a name, a noun right after it
    (しい|な|介護協会): no name goes on after a real 連体形 but a noun's, so it is the name's."""
    if at + 1 >= len(tokens) or tokens[at][2] != "な" or tokens[at][3][0] != "助動詞":
        return False
    before, after = tokens[at - 1], tokens[at + 1]
    return bool(re.fullmatch(r"[ぁ-ん]+", before[2]) and before[3][0] in NOUNISH
                and after[0] == tokens[at][1] and after[3][0] == "名詞")


def _kana_then_noun(tokens: list, at: int) -> bool:
    """True when the token at ``at`` opens a run of hiragana, read as endings and particles
    (はる|か|ぜ), that a noun closes right after (会): one word of a name, not a case
    particle after the legal form (社会福祉法人に委託)."""
    end = at
    while end < len(tokens) and end < at + 4 and re.fullmatch(r"[ぁ-ん]+", tokens[end][2]) \
            and tokens[end][0] == tokens[end - 1][1]:
        end += 1
    kana = "".join(t[2] for t in tokens[at:end])
    return end > at and len(kana) >= 3 and end < len(tokens) and tokens[end][0] == tokens[end - 1][1] \
        and tokens[end][3][0] in NOUNISH and tokens[at][3][:2] != ("助詞", "格助詞")


def _kana_trade(tokens: list, at: int, trades) -> bool:
    """True when the particle at ``at`` stands between a hiragana word and a trade word
    (印刷, 電算) that a case particle follows: ゆずり|は|印刷|に is one name."""
    if at + 2 >= len(tokens) or tokens[at][3][0] != "助詞":
        return False
    before, trade, then = tokens[at - 1], tokens[at + 1], tokens[at + 2]
    return bool(re.fullmatch(r"[ぁ-ん]+", before[2]) and trade[0] == tokens[at][1] and trade[2] in trades
                and then[0] == trade[1] and then[3][:2] == ("助詞", "格助詞"))


def _kana_to_trade(tokens: list, form: int, trades) -> int | None:
    """The index of the trade word (システムズ, 印刷) that ends a name spelled in hiragana
    after the legal form at ``form``, whatever Sudachi made of the kana (株式会社ゆうばえ
    システムズ: ゆう|ば|え, a verb, a particle and a filler; nc72 W8), when a case particle
    or the text's end follows it; else None."""
    if form and tokens[form - 1][1] == tokens[form][0] and tokens[form - 1][3][0] in NOUNISH:
        return None  # (…テクノロジー株式会社はデータの: the form ends a name, は is the topic's)
    at = form + 1
    while at < len(tokens) and at - form <= 4 and tokens[at][0] == tokens[at - 1][1] \
            and re.fullmatch(r"[ぁ-ん]+", tokens[at][2]):
        at += 1
    if tokens[at - 1][1] - tokens[form][1] < 3 or at >= len(tokens) or tokens[at][2] not in trades \
            or tokens[at][0] != tokens[at - 1][1]:
        return None
    then = tokens[at + 1] if at + 1 < len(tokens) else None
    return at if then is None or then[0] == tokens[at][1] and then[3][:2] in (("助詞", "格助詞"), ("助詞", "係助詞")) else None


def _kana_join(tokens: list, at: int) -> bool:
    """True when the particle at ``at`` joins two kana words of one name (ゆり|が|おか)."""
    if at + 1 >= len(tokens) or tokens[at][3][0] != "助詞":
        return False
    before, after = tokens[at - 1], tokens[at + 1]
    return bool(re.fullmatch(r"[ぁ-ん]+", before[2]) and after[0] == tokens[at][1]
                and re.match(r"[ぁ-んァ-ヶ]", after[2]) and after[3][0] in NOUNISH)


def noun_runs(tokens: list, text: str = "", gaps: set = frozenset(),
          firms=(), trades=(), adverbs=frozenset()) -> list[tuple[int, int, list]]:
    """Maximal runs of noun-like tokens: ``(start, end, tokens)``.

    White space in the raw text ends a run (開催場所 本庁舎) unless it split a
    katakana or Latin word (国保情報集約シス テム, J-L I S). A company's name after its
    legal form is one run whatever its words (株式会社ゆりがおかラーニング; with ``trades``,
    the trade words a name may end with, 株式会社ゆずりは印刷). An adverb opens no run
    (すべて, and the kanji ones in ``adverbs``: 全て局に引き渡させ, no 全て局).

    Example::

        >>> [text[s:e] for s, e, _ in noun_runs(tokens, text)]        # doctest: +SKIP
        ['国保情報集約システム', '連合会']
    """
    runs, current = [], []
    named = _firm_names(tokens, firms, trades)
    for number, tok in enumerate(tokens):
        pos = tok[3]
        # (株)みちのく情報サービス: the bracketed legal form is one mark token, still the name's
        nounish = number in named or pos[0] in NOUNISH or tok[2] in firms \
            or (pos[0] == "補助記号" and tok[2] in "・-") or (
            # 楓ヶ丘市, 桜ヶ浦市, 萩ノ浦町: the ヶ or ノ of a place's name, read as a particle
            tok[2] in ("ヶ", "ケ", "ヵ", "ノ") and bool(current) and number + 1 < len(tokens)
            and tokens[number + 1][0] == tok[1] and tokens[number + 1][3][0] in NOUNISH) or (
            # a verb's stem inside a compound noun (株式会社あおば見守りサービス, 高齢者見守り事業)
            # (見守り支援システム: a stem written in kanji may open the name too, not より)
            pos[:2] == ("動詞", "一般") and pos[5].startswith("連用形")
            and (current or re.search(r"[\u4e00-\u9fff]", tok[2]) and not (
                # (法に基づき避難行動要支援者名簿: a verb that takes the phrase before it)
                number and tokens[number - 1][2] in ("に", "を", "と", "で")
                and tokens[number - 1][3][0] == "助詞"))
            and number + 1 < len(tokens) and tokens[number + 1][0] == tok[1]
            and tokens[number + 1][3][0] == "名詞")
        # (タブレット PC: one name across the space; not Ａ　センターの端末: an answer's mark,
        # a lone letter, then the word)
        gap = tok[0] in gaps and not (_JOINS_ACROSS_SPACE.match(text[tok[0] - 1:tok[0]] or " ")
                                      and _JOINS_ACROSS_SPACE.match(text[tok[0]:tok[0] + 1] or " ")
                                      and not (len(current) == 1 and re.fullmatch(r"[A-Za-z]", current[0][2])))
        # すべて町民課が取りまとめて: an adverb, no part of the name after it
        adverb = "副詞可能" in pos[:3] and (re.fullmatch(r"[ぁ-ん]+", tok[2]) is not None or tok[2] in adverbs)
        if adverb and not current:
            nounish = False
        # (…郵便局とも見守り協定を: とも, "too", ends the name before it; nc70 W8)
        too = pos[0] == "接尾辞" and tok[2] in _NAME_ENDS
        nounish = nounish and not too
        if nounish and (not current or (current[-1][1] == tok[0] and not gap)):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if pos[0] in NOUNISH and not adverb and not too or tok[2] in firms else []
    if current:
        runs.append(current)
    return [(r[0][0], r[-1][1], r) for r in runs if r[-1][2] not in "・-"]
