"""The context an access statement is about: the system it is scoped to, the scope or
purpose the sentence names (通常の運用では, 目的外の利用, 広告への利用), the case it
excepts (障害対応の場合を除き), the step it holds from (移行後), the time it holds for
(平常時), or a hand-over made
directly (直接の提供), with the agenda item's title. An exclusion is about its context
and never cancels access an evidenced fact grants in another.

Example::

    >>> context_of(state, sentence, frame, None, item)           # doctest: +SKIP
    '広告への利用（学習データ）'
"""
from __future__ import annotations

import re

from kg.extract.speakers import spoken

#: A purpose other than the work's (目的外に利用することは禁止).
_OTHER_PURPOSE = re.compile(r"目的外|目的以外|他の目的")
#: A scope the sentence opens with (通常の運用では).
_SCOPE = re.compile(r"([^、。はがをにで()（）「」【】〔〕　 ・]{2,12})では(?!ない|なく)")  # (not 渡すべきではないか)
#: A scope named by what it is done with (情報提供ネットワークシステムによる照会では: the whole,
#: not よる照会; nc71 W4).
_SCOPE_OF = re.compile(r"([^、。「」()（）　 ]{1,24}?に(?:よる|おける|係る|関する)[^、。はがをにで()（）]{1,12})では(?!ない|なく)")
#: Right before a verb of use, what the data would be used for (を広告に, 、広告に, 営業のために).
_USE_FOR = re.compile(r"(?:を|、)([^、。はがをにで「」()（）]{1,12}?)(?:に|のために|の目的で)$")
#: An exception to a denial (障害対応の場合を除き、…アクセスしない): there the party may.
EXCEPT = re.compile(r"(?P<when>[^、。はがをにで()（）「」]{2,16}?(?:の場合|場合|時|とき|際))を除(?:き|いて|く)")


def context_of(state, sentence, frame, scope, item) -> str | None:
    """Return the context an access statement of ``frame`` is about, with the item's
    title: the system it is scoped to (``scope``, or …システムでは), else the scope, case,
    purpose or step the sentence names; the title alone when it names none."""
    # (after the speaker's label: 子育て支援課長本システムでは names 本システム)
    begin = len(sentence.text) - len(spoken(state, sentence))
    system = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                   and m.type == "system" and begin <= m.start and m.end < frame.start
                   and sentence.text.startswith("では", m.end)), None)
    scope = scope if scope is not None else system
    excepted = EXCEPT.search(sentence.text, begin, frame.start) if frame.negated else None
    named = excepted.group("when") if excepted else state.label_of(scope) if scope is not None else next(
        (m.group(1) for at in [begin] + [i + 1 for i in range(begin, frame.start) if sentence.text[i] == "、"]
         if (m := _SCOPE_OF.match(sentence.text, at, frame.start))), None) or next(
        (m.group(1) for m in _SCOPE.finditer(sentence.text, begin, frame.start)), None)
    if named is None and _OTHER_PURPOSE.search(sentence.text, 0, frame.start):
        named = "目的外の利用"  # 学習履歴を目的外に利用することは禁止: a purpose, not all use
    use = _USE_FOR.search(sentence.text, begin, frame.start) \
        if named is None and frame.verb in state.pats.get("use_verbs", ()) else None
    if use and not any(m.kind == "entity" and m.start <= use.start(1) < m.end
                       for m in state.mentions.get(sentence.index, [])):
        named = f"{use.group(1)}への利用"  # 学習履歴を広告に利用することはない: that use only
    after = _AFTER_STEP.search(sentence.text, begin, frame.start) if named is None else None
    if after is not None:
        named = f"{after.group(1)}後"  # 移行が完了した後は…一切取り扱わなくなります: from then on
    if named is None:  # 平常時に、…へ名簿が渡ることは: then, not in a disaster
        named = next((w for w in state.pats.get("period_words", ()) if w in sentence.text[begin:frame.start]), None)
    clause = sentence.text[:frame.start].rsplit("、", 1)[-1]
    if named is None and "直接" in clause:
        # 本市から中央会に直接データを送ることはない: not handed by the city, which leaves
        # what reaches the party by another way (連合会 entrusts it)
        named = "直接の提供"
    title = item.title if item else None
    return f"{named}（{title}）" if named and title else (named or title)


#: A period a denial holds from (移行が完了した後は, 契約終了後は): the step it follows.
_AFTER_STEP = re.compile(r"([^、。はがをに]{1,12}?)(?:が完了した|が終了した|を終えた|した)?後(?:は|に|には)、?")


#: Before a data name, words that make it some of that data (返却済みの資料の貸出履歴,
#: 過去の受診歴, 退所後の記録), or of some people only (同意を得られていない者の名簿情報).
QUALIFIED = re.compile(r"(?:(?:済み|済|以前|以降|過去|一部|うち|後|前)の(?:[^、。はがをに]{0,8}の)?"
                       r"|(?:ない|なかった)(?:者|方|人)の)$")
#: The qualifying words themselves, up to the data name (返却後の).
_QUALIFIED_PHRASE = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]{0,6}(?:済み|済|以前|以降|過去|一部|うち|後|前)の"
                               r"(?:[^、。はがをに]{0,8}の)?$")
#: The people a data name is of, when not all (同意されていない方の).
_PEOPLE_PHRASE = re.compile(r"[^、。はが]{0,16}(?:ない|なかった)(?:者|方|人)の$")


def qualifier(state, sentence, frame, named) -> str | None:
    """The words that make the data a denial names some of it (返却後の貸出履歴: kept from
    those loans; 同意されていない方の名簿情報: from those people's entries, whatever the verb),
    or None when the denial is of no one (返却済みの資料の貸出履歴は移行しない: those loans
    are not moved, the current ones are)."""
    begin = len(sentence.text) - len(spoken(state, sentence))  # (not the speaker's label)
    people = next((sentence.text[q.start():m.end] for m in named[-1:]
                   for q in [_PEOPLE_PHRASE.search(sentence.text, begin, m.start)] if q), None)
    if frame.kind != "access" or people is not None:
        return people
    return next((sentence.text[q.start():m.end] for m in named[-1:]
                 for q in [_QUALIFIED_PHRASE.search(sentence.text, begin, m.start)] if q), None)


def own_context(context: str | None, title: str | None) -> str | None:
    """``context`` without the title of the item the fact is written under: the fact names
    its item, and a copy of the title would go stale when a reviewer mends the title (nc70
    U1).

    >>> own_context("目的外の利用（学習支援業務の委託）", "学習支援業務の委託")
    '目的外の利用'
    >>> own_context("学習支援業務の委託", "学習支援業務の委託") is None
    True
    """
    if not context or not title:
        return context
    if context == title:
        return None
    return context.removesuffix(f"（{title}）")


def with_qualifier(context: str | None, qualified: str | None, item) -> str | None:
    """``context`` with the words that make the data some of it before it."""
    if not qualified:
        return context
    return f"{qualified}（{item.title}）" if item and context == item.title else \
        f"{qualified}・{context}" if context else qualified


def whose_list(sentence, named) -> str | None:
    """The people a list of data names is said to be of right after it (保護者の氏名や連絡先
    などの保護者の情報は: ``保護者の情報``; nc67 W21: kept from the portal, the students' names
    registered in it were not), or None."""
    if not named:
        return None
    summary = _WHOSE_LIST.match(sentence.text, named[-1].end)
    return summary.group("whose") if summary else None


#: After a list of data names, the people it is of (…などの保護者の情報は).
_WHOSE_LIST = re.compile(r"(?:など|等)の(?P<whose>[^、。はがをに]{1,8}?の(?:個人)?(?:情報|データ))(?:は|を|も)")


def peoples_data(state, sentence, frame) -> str | None:
    """The people whose information a denial of seeing keeps from the party, when it names
    no data (学校の職員は一般の市民利用者の情報は閲覧できません: ``一般の市民利用者の情報``,
    whatever that information holds; the party still sees others'), else None. Not a
    denial of a use (…の情報を…以外の目的に利用することはできない): its purpose is its context."""
    if not frame.negated or frame.kind != "access" or frame.verb in state.pats.get("use_verbs", ()):
        return None
    people = next((m for m in frame.slots.get("of", []) if m.type == "data-subject"
                   and THEIR_DATA.match(sentence.text, m.end)), None)
    if people is None:
        return None
    lead = _PEOPLE_LEAD.search(sentence.text, 0, people.start)
    # (their data as the sentence calls it: 被保険者のデータ, not 被保険者の alone)
    theirs = THEIR_DATA.match(sentence.text, people.end)
    return sentence.text[lead.start() if lead else people.start:theirs.end() - 1]


#: After the people a denial names, that what is kept from the party is their information
#: (市民利用者の情報は閲覧できません).
THEIR_DATA = re.compile(r"の(?:個人)?(?:情報|データ)(?:は|を|も|が|に)")
#: The words before those people that say which of them (一般の市民利用者).
_PEOPLE_LEAD = re.compile(r"(?<=[、はがを])[^、。はがを]{1,8}の$")


def paper(text: str, end: int) -> str | None:
    """The whole name of the paper ending at ``end``, back to its clause's start (…、
    特別徴収義務者用の通知書には: ``特別徴収義務者用の通知書``), or None."""
    found = _PAPER.search(text, 0, end)
    return found.group(0) if found else None


def holder(text: str) -> str | None:
    """What a denial of containing, opening ``text``, says holds no such data (支給情報には
    個人番号は含まれておりません: ``支給情報``), or None."""
    found = _HELD_IN.match(text)
    return found.group(1) if found else None


_PAPER = re.compile(r"(?<=[、：:\s])[^、。はがをに：:\s]{1,20}$")
_HELD_IN = re.compile(r"([^、。はがを：:\s]{1,20}?(?:情報|データ|書|票|通知|名簿|リスト|帳票|用紙))(?:には|にも)")
