"""What the pointers of a sentence point to: 受託者 and 再委託先 to the companies the item
entrusts, 当課 and 私ども to the item's department, 本システム to the item's system,
同社 and 同法人 to the body named last; a company's place (同社のデータセンター), a role
word filled by the name after it and 他の事業者 are no parties of their own.

Example::

    >>> resolve(state, 4)                                           # doctest: +SKIP
"""
from __future__ import annotations

import re
from dataclasses import astuple

from kg.data.evidence import normalise
from kg.extract import bodies, contractors, coref, labels, mynumber
from kg.extract.document import NEAR
from kg.extract.ruler import Mention
from kg.extract.speakers import is_question, speaker


def resolve(state, index: int) -> None:
    """Give the mentions of sentence ``index`` their party: an unnamed one its item's
    label, a pointer (受託者, 当課, 本システム, 同社) its antecedent; then record each
    entity, category and My Number mention with its line and quote.

    Example::

        >>> resolve(state, 4)                                       # doctest: +SKIP
        >>> state.label_of(state.mentions[4][0])                    # doctest: +SKIP
        '株式会社A'
    """
    item = state.item_of.get(index)
    twins = []  # 両システム: the second of the two systems it points to
    topic = None  # the company 同社は makes the sentence's topic
    for mention in state.mentions[index]:
        named = None
        text = state.sents[index].text
        if mention.kind == "category":
            _demonstrated_data(state, item, index, mention)
            continue
        if bodies.owned_place(mention, state.mentions[index], text) or bodies.someone_else(mention, text) \
                or bodies.role_of_named(mention, state.mentions[index], text):
            mention.kind = "skip"  # 同社のデータセンター, 再委託先の株式会社A, 他の事業者
            continue
        if mention.type == "unnamed-party" and item is not None and not bodies.placed(mention, text):
            # 受託者 where the section names the company it entrusts: that company
            pointer = normalise(mention.text) in coref.anaphora(state.pats, "contractor") \
                and not labels.any_business(state, item, mention)
            named = item.subcontractor if mention.role == "subcontractor" else (
                item.contractor if pointer or _by_its_work(state, mention, item.contractor)
                or (mention.sentence, mention.start) in item.same_as_contractor else None)
            if named is None and mention.role != "subcontractor" and pointer:
                named = item.contractor_before(index)
                if named is not None and any(m is not mention and m.kind == "entity" and m.how != "anaphora"
                                             and state.key(m) == state.key(named) for m in state.mentions[index]):
                    # (受託者、株式会社A…には提供しない: not A, named beside it; 委託先に渡す
                    # 情報は…事業所に手渡し: A both times, 委託先 no name of its own)
                    named = None
                # (新規申請分をAに、更新申請分をBに委託する。…受託者に…交付する: to each)
                mention.members = contractors.entrusted_with(item, named) or getattr(mention, "members", ())
            if named is None and mention.role != "subcontractor" and pointer:
                named = _by_work_asked(state, item, index)  # パンチ入力の委託先は…: nc68 W16
            if named is None and mention.role != "subcontractor" and pointer:
                named = _said_so_before(state, item, index, mention)  # 受託者 as it stood before
            if named is None and mention.role != "subcontractor" and pointer:
                named = _only_others(state, item, index, mention)
            if named is None and mention.role != "subcontractor" and pointer and item.contractor is None:
                named = _by_work_elsewhere(state, item, index, mention)  # 印刷の委託先: nc66 W10
            if named is None and mention.role != "subcontractor" and _asked_of_business(state, item, mention, text):
                named = item.contractor  # 委員：業者が…製品の改良などに使うことはありませんか
            if named is None and _NEW_ONE.search(text, 0, mention.start):
                named = _company_before(state, item, index)  # 新しい事業者に引き渡し: the new one
            if named is None and mention.type == "unnamed-party":
                named = contractors.re_entrusted_word(state, mention)  # (…クラウド事業者に再委託, then クラウド事業者は)
                named = None if named is mention else named
            if named is None and mention.role != "subcontractor":
                named = _offering(state, item, index, mention)  # クラウド事業者: A of Aのクラウドサービス
            if named is None:
                named = _named_so(state, item, index, mention)  # (…株式会社Bデータセンター…。データセンター)
        longer = _said_in_full(state, index, mention) if named is None else None
        if named is not None and named.type == "unnamed-party" and not getattr(named, "label", None):
            state.name_unnamed(named, item)  # 印刷業者に委託する, then 委託先: 印刷業者（名称不明）
        if named is mention:
            continue
        if named is not None:
            mention.type, mention.id, mention.role = named.type, named.id, None
            mention.label, mention.how = state.label_of(named), "anaphora"
        elif longer is not None:
            # 居宅介護支援事業所には…渡しております。…事業所がシステムのデータを閲覧すること
            # はできません: the same 事業所, not the item's contractor
            mention.id, mention.role, mention.label, mention.how = \
                longer.id, longer.role, state.label_of(longer), "anaphora"
        elif mention.type == "unnamed-party":
            state.name_unnamed(mention, item)
        elif mention.type == "department" and mention.how == "anaphora":
            # 私ども, 当課: the item's department, else the municipality
            target = (item.department if item else None) or state.municipality_mention()
            in_charge = normalise(mention.text) in coref.anaphora(state.pats, "in_charge")
            if target is None or in_charge and any(
                    speaker(text, m, state.pats) and state.label_of(m) == state.label_of(target)
                    for m in state.mentions[index]):
                # (広報広聴課長　…担当課の職員に転送する: the department in charge of the
                # question, which the speaker's own department would call 当課)
                mention.kind = "skip"
                continue
            mention.type, mention.id, mention.label = target.type, target.id, state.label_of(target)
        elif mention.type == "system" and normalise(mention.text) in coref.anaphora(state.pats, "both_systems"):
            # 住民記録システム及び税務システムは…。両システムを標準準拠システムに移行し: both
            pair = _last_two(state, item, index)
            if pair is None:
                mention.kind = "skip"
                continue
            for target, one in zip(pair, (mention, Mention(*astuple(mention)[:3], mention.text, "entity", "system"))):
                one.id, one.label, one.how = target.id, state.label_of(target), "anaphora"
            twins.append((mention, one))
        elif mention.type == "system" and normalise(mention.text) in coref.anaphora(state.pats, "system") \
                and mention.how != "alias":  # (…（以下「本サービス」といいます。）: the minutes' own)
            antecedent = _named_like(state, item, index, mention) \
                if normalise(mention.text) in coref.anaphora(state.pats, "facility") \
                else coref.item_system(mention, item, state.mentions, state.pats) \
                or _last_of_kind(state, item, index, mention) or state.last_system.get(item.key if item else None)
            if antecedent is None:
                mention.kind = "skip"
                continue
            mention.id, mention.label, mention.how = antecedent.id, state.label_of(antecedent), "anaphora"
        elif mention.type == "company" and mention.how == "anaphora" and mention.text.endswith("事業者") \
                and (here := next((m for m in reversed(state.mentions[index]) if m.end <= mention.start
                                   and m.kind == "entity" and m.type == "unnamed-party"
                                   and m.text.endswith("事業者")), None)) is not None:
            # (クラウドサービス提供事業者は、…町のデータは当該事業者のデータセンターに保管:
            # the business the sentence named, not the company named last)
            mention.type, mention.id, mention.role = here.type, here.id, here.role
            mention.label = state.label_of(here)
        elif mention.type in ("company", "association") and mention.how == "anaphora":
            # 同社に…を提供している, 同法人は…: the company (association) named last
            named = state.last_company if mention.type == "company" else state.last_association
            tail = normalise(mention.text)[1:] if normalise(mention.text).startswith("同") else ""
            if mention.type == "company" and len(tail) >= 2 and (
                    named is None or not normalise(state.label_of(named)).endswith(tail)):
                # (同研究所 after a company whose name ends otherwise: the one named so before)
                named = next((m for at in sorted((i for i in (item.sentences if item else ()) if i <= index),
                                                 reverse=True)
                              for m in reversed(state.mentions.get(at, [])) if m.kind == "entity"
                              and m.type not in ("system", "data-subject", "unnamed-party")
                              and m.how != "anaphora" and (at < index or m.end <= mention.start)
                              and normalise(state.label_of(m)).endswith(tail)), None)
            if named is None:
                mention.kind = "skip"
                continue
            # (同事務所 after 南浜福祉事務所: that office, a public body)
            mention.type, mention.id, mention.label = named.type, named.id, state.label_of(named)
            if mention.type == "company" and text.startswith("は", mention.end):
                topic = named
        if mention.type == "system" and mention.kind == "entity" and not _SOURCE.match(text, mention.end):
            # (…住民記録システム及び障害福祉システムから抽出し、同システムに取り込む: what the
            # data is drawn from is no system 同システム points to)
            state.last_system[item.key if item else None] = mention
        if mention.type == "company" and mention.kind == "entity" and mention.how != "anaphora" \
                and topic is None and state.label_of(mention) not in state.pats.get("generic_bodies", ()) \
                and not (_RE_ENTRUSTED_TO.match(text, mention.end) and any(
                    m.how == "anaphora" and m.type == "company" and m.end <= mention.start
                    for m in state.mentions[index])):
            # (not 各医療機関に…: 同社 after it is no hospital)
            # (同社は…を株式会社Bに再委託している。…同社に提供しない: 同社 stays the topic's
            # company, not the one it hands work to; nor …保守は、同社から株式会社Bに再委託
            # されます: B is named as 同社's subcontractor only, 同社 still the one spoken of)
            state.last_company = mention
        if mention.type == "association" and mention.kind == "entity" and mention.how != "anaphora":
            state.last_association = mention
    for mention, twin in twins:
        found = state.mentions[index]
        found.insert(found.index(mention) + 1, twin)
    state.mentions[index] = [m for m in state.mentions[index] if m.kind != "skip"]
    sentence = state.sents[index]
    for mention in state.mentions[index]:
        line, quote = sentence.quote(mention.start, mention.end)
        if mention.kind == "entity":
            state.entity_for(mention, line, sentence.quote()[1] if sentence.quote()[0] == line else quote)
        elif mention.kind == "category":
            state.category_for(mention, line, quote)
        if mention.kind == "category" and mention.id in state.my_number_ids or (
                mention.kind == "category" and any(t in mention.text for t in state.pats["my_number_terms"])):
            mynumber.evidence(state, index, mention)


#: Before a data name, a word that points back to data named before (この映像, 当該データ).
_POINTING = re.compile(r"(?:この|その|当該|同|上記の|前記の)$")


def _said_so_before(state, item, index: int, mention):
    """The company the same word (受託者) last stood for in the item before ``index``, when
    no other contractor is named since (受託者には…提供いたします。…受託者は…閲覧する
    ことはできません: the same company both times, though named further back than
    :data:`document.NEAR`; nc70 W1–W3), or None."""
    word = normalise(mention.text)
    named = item.contractors_named or item.contractors
    for at in reversed([i for i in item.sentences if i < index]):
        said = next((m for m in state.mentions.get(at, []) if m.how == "anaphora" and normalise(m.text) == word
                     and m.type == "company"), None)
        if said is None:
            continue
        if any(at < c.sentence < index and state.label_of(c) != said.label for c in named):
            return None  # (another contractor named since: which one is meant is not sure)
        return next((c for c in reversed(named) if c.sentence < index and state.label_of(c) == said.label), None)
    return None


def _demonstrated_data(state, item, index: int, mention) -> None:
    """Give a data name pointed back at (この映像) the data said before in its item whose
    name ends with it (防犯カメラの映像: 防犯カメラ映像), not the wider category alone."""
    # (a bare 映像 may be any footage: only a word that points back is tied)
    if item is None or not _POINTING.search(state.sents[index].text[:mention.start]):
        return
    word = normalise(mention.text)
    for at in sorted((i for i in item.sentences if i <= index), reverse=True):
        for before in reversed(state.mentions.get(at, [])):
            if before.kind == "category" and (at, before.start) < (index, mention.start) \
                    and normalise(before.text).endswith(word) and normalise(before.text) != word:
                mention.id, mention.text = before.id, before.text
                return


def _said_in_full(state, index: int, mention):
    """Return the unnamed party a bare business word (事業所, 事業者, 業者) shortens: one
    whose name ends with it, said before in the sentence or in the one before on its
    line (居宅介護支援事業所 … 事業所が), or None."""
    word = normalise(mention.text)
    if mention.type != "unnamed-party" or word not in state.pats.get("business_words", ()):
        return None
    earlier = [m for m in state.mentions[index] if m.end <= mention.start]
    if index and state.sents[index - 1].line == state.sents[index].line:
        earlier = state.mentions.get(index - 1, []) + earlier
    return next((m for m in reversed(earlier) if m.kind == "entity" and m.type == "unnamed-party"
                 and normalise(m.text).endswith(word) and len(normalise(m.text)) > len(word)), None)


def _last_two(state, item, index: int):
    """Return the two different systems named last before sentence ``index`` in its item
    (older first), or None when there are not two."""
    found = []
    for at in sorted((i for i in (item.sentences if item else ()) if i < index), reverse=True):
        for m in reversed(state.mentions.get(at, [])):
            if m.kind == "entity" and m.type == "system" and m.how != "anaphora" \
                    and state.key(m) not in {state.key(f) for f in found}:
                found.append(m)
            if len(found) == 2:
                return found[1], found[0]
    return None


def _last_of_kind(state, item, index: int, mention):
    """Return the system named last before ``mention`` (in its item) whose name ends as the
    pointer does: 新システム points to a システム, not to the 業務用端末 said after it; None
    when the last system named is already of that kind, or none is."""
    head = normalise(mention.text)[-4:]
    last = state.last_system.get(item.key if item else None)
    if last is None or normalise(state.label_of(last)).endswith(head):
        return None
    return _named_like(state, item, index, mention)


def _named_like(state, item, index: int, mention):
    """Return the system named last before ``mention`` (in its item) whose name ends as the
    pointer does (同センター: a …センター), or that the text calls so (サービス「…」), or None."""
    head = normalise(mention.text)[-4:]
    for at in sorted((i for i in (item.sentences if item else range(index)) if i <= index), reverse=True):
        for m in reversed(state.mentions.get(at, [])):
            # (本サービス: クラウドサービス「こどもナビ」, a product named after its kind)
            if m.kind == "entity" and m.type == "system" and (at < index or m.end <= mention.start) \
                    and m is not mention and not _SOURCE.match(state.sents[at].text, m.end) \
                    and (normalise(state.label_of(m)).endswith(head)
                                              or state.sents[at].text.endswith(head + "「", 0, m.start)):
                return m
    return None


#: After a system's name, that the data is drawn from it (…及び障害福祉システムから).
_SOURCE = re.compile(r"(?:(?:及び|並びに|、|・|と)[^、。をにはが]{1,30}?)?から(?:抽出|取り出|出力|移行|取得)?")


#: Just before a business word, that it is the one taking over (新しい事業者, 移行先の事業者).
#: A bare word for a business, the subject of a question (業者が, 事業者は).
_BARE_BUSINESS = ("事業者", "業者")


def _asked_of_business(state, item, mention, text: str) -> bool:
    """True when a question in an item whose contractor is a company asks what a bare
    business word does (健診データを、業者が製品の改良などに使うことはありませんか): the
    business the member means is that company."""
    return normalise(mention.text) in _BARE_BUSINESS and text.startswith(("が", "は"), mention.end) \
        and getattr(item.contractor, "type", None) == "company" and is_question(text, state.pats)


_NEW_ONE = re.compile(r"(?:新しい|新たな|次期の?|移行先の|後継の)$")


def _company_before(state, item, index: int):
    """The company the item named last before sentence ``index`` (株式会社Aのクラウド型
    図書館システムに更新いたします。…新しい事業者に引き渡し: A), or None."""
    for at in sorted((i for i in item.sentences if i < index), reverse=True):
        found = [m for m in state.mentions.get(at, []) if m.kind == "entity" and m.type == "company"]
        if found:
            return found[-1]
    return None


def _offering(state, item, index: int, mention):
    """The company the item named before sentence ``index`` as offering the work an
    unnamed business word is called by (…合同会社のクラウドサービス, then クラウド事業者:
    that company), when it names one such company only, or None."""
    word = normalise(mention.text)
    business = next((w for w in state.pats.get("business_words", ()) if word.endswith(w)), None)
    work = word[:-len(business)] if business else ""
    if len(work) < 2 or contractors.re_entrusted_word(state, mention) is not None:
        return None  # (A社は、…クラウド事業者に再委託いたします: A's subcontractor, not A; nc69 W5)
    found = {}
    for at in (i for i in item.sentences if i <= index):
        for m in state.mentions.get(at, []):
            if m.kind == "entity" and m.type == "company" and (at < index or m.end <= mention.start) \
                    and normalise(state.sents[at].text[m.end:m.end + len(work) + 1]) == "の" + work:
                found.setdefault(state.label_of(m), m)
    return next(iter(found.values())) if len(found) == 1 else None


def _by_its_work(state, mention, contractor) -> bool:
    """True when an unnamed business is called by a work the item's contractor is named
    for (印刷事業者 for 株式会社南浜印刷): the same company."""
    word = normalise(mention.text)
    business = next((w for w in state.pats.get("business_words", ()) if word.endswith(w)), None)
    work = word[:-len(business)] if business else ""
    # (まなびクラウド社は、…クラウド事業者に再委託: its subcontractor, not itself; nc69 W5)
    # (…クラウド事業者に再委託いたします, then クラウド事業者はデータを保管するのみ: that one)
    return contractor is not None and len(work) >= 2 and work in normalise(state.label_of(contractor)) \
        and contractors.re_entrusted_word(state, mention) is None


#: After a company, that it is named as the one re-entrusted (…株式会社Bに再委託されます).
_RE_ENTRUSTED_TO = re.compile(r"(?:へ|に)[^、。]{0,10}?再委託")


def _named_so(state, item, index: int, mention):
    """The one company of the item named in this sentence or the two before whose name
    ends with the bare word (…株式会社みなみ風データセンターに再委託されます。データは国内の
    データセンターにのみ保存されます: that company's), or None."""
    word = normalise(mention.text)
    if len(word) < 4:
        return None
    found = {state.key(m): m for at in range(max(0, index - 2), index + 1)
             if state.item_of.get(at) is item for m in state.mentions.get(at, [])
             if m.kind == "entity" and m.type == "company" and m.how != "anaphora"
             and (at < index or m.end <= mention.start)
             and normalise(state.label_of(m)).endswith(word) and normalise(state.label_of(m)) != word}
    return next(iter(found.values())) if len(found) == 1 else None


def _only_others(state, item, index: int, mention):
    """The company the pointer 受託者 stands for when the section entrusts several, named
    too far back for :meth:`~kg.extract.document.AgendaItem.contractor_before`, and all but those
    the sentence names beside it (受託者、主治医、株式会社タブリオ…には提供しない) were
    entrusted in one sentence: the last of them, the others its ``members``; else None."""
    here = {state.key(m) for m in state.mentions[index] if m is not mention and m.kind == "entity"}
    rest = [c for c in item.contractors if c.sentence < index and state.key(c) not in here]
    if not rest or len({c.sentence for c in rest}) != 1:
        return None
    if len(rest) > 1:
        mention.members = tuple(rest)
    return rest[-1]


#: A contractor's word with the work it is named by (パンチ入力の委託先は).
_WORK_NAMED = re.compile(r"([\u4e00-\u9fffァ-ヶー]{2,8})の(?:委託先|受託者|受託事業者)")


def _by_work_asked(state, item, index: int):
    """Return the one of the companies ``item`` entrusts whose entrustment's sentence
    names the work the pointer was last named by, in this sentence or a few before
    (パンチ入力の委託先は個人番号も入力するのか。…委託先は個人番号を閲覧できない: the
    company …（パンチ入力）を…に委託している names), or None."""
    if len(item.contractors) < 2:
        return None
    for at in range(index, max(-1, index - NEAR - 1), -1):
        if state.item_of.get(at) is not item:
            break
        works = _WORK_NAMED.findall(state.sents[at].text)
        if works:
            found = {state.key(c): c for c in item.contractors if works[-1] in state.sents[c.sentence].text}
            return next(iter(found.values())) if len(found) == 1 else None
    return None


#: Before a contractor's word, the work it is named by (印刷の委託先).
_WORK_OF = re.compile(r"([\u4e00-\u9fff]{2,6})の$")


def _by_work_elsewhere(state, item, index: int, mention):
    """Return the one contractor of the minutes whose item's title names the work said
    before the word (印刷の委託先, in an item that entrusts nothing: the contractor of
    「納税通知書の印刷等の委託について」), or None."""
    work = _WORK_OF.search(state.sents[index].text, 0, mention.start)
    if work is None:
        return None
    found = {state.key(other.contractor): other.contractor for other in {id(i): i for i in state.item_of.values()}.values()
             if other is not item and other.contractor is not None and work.group(1) in other.title}
    return next(iter(found.values())) if len(found) == 1 else None
