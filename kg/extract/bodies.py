"""Whose body or place a name is: a role word filled by the company named after it, a
place that stands for the body that owns it, a centre another body runs, an office of
another government (:func:`offices_of_others`: 他市の福祉事務所, 楡ヶ丘町の福祉事務所).

* ``他の事業者``, ``別の業者``: nobody in particular, no unnamed party.
* ``再委託先の株式会社A``: the company is the party, not an unnamed subcontractor.
* ``同社の国内のデータセンター``: the company stands for its place.
* ``…機構が運営する証明書交付センター``: that body's facility (a system), not a department.
* ``県の西部福祉事務所``: the prefecture's office (a public body), not the town's.

Example::

    >>> facilities(sents, mentions)                               # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract.contractors import CHANGED_TO
from kg.extract.ruler import Mention


def someone_else(mention, text: str) -> bool:
    """True when a role word names nobody in particular (他の事業者に再委託することはできない,
    別の業者): no unnamed party is made of it."""
    return mention.type == "unnamed-party" and text[max(0, mention.start - 2):mention.start] in ("他の", "別の")


def placed(mention, text: str) -> bool:
    """True when a role word is qualified by where the body is (町内の事業所, 市内の業者):
    some body there, not the item's contractor the bare word would stand for."""
    return mention.type == "unnamed-party" and re.search(
        r"(?:町内|市内|村内|区内|県内|域内|近隣|地域)の$", text[:mention.start]) is not None


def role_of_named(mention, mentions: list, text: str) -> bool:
    """True when ``mention`` is a role word that the company named right after it fills
    (再委託先の株式会社A, 受託者である株式会社B, データセンター事業者であるB株式会社): the
    company is the party, not an unnamed one."""
    if mention.type != "unnamed-party" or mention.role not in ("contractor", "subcontractor", "other"):
        return False
    joins = ("である",) if mention.role == "other" else ("の", "である")
    # (駐車場の指定管理者である一般財団法人A: an association fills the role too)
    # (委託先を株式会社Bに変更いたします: the role B is changed into, no party of its own)
    return any(m.kind == "entity" and m.type in ("company", "association") and m.start > mention.end
               and (text[mention.end:m.start] in joins
                    or text[mention.end:m.start] in ("を", "を、") and CHANGED_TO.match(text, m.end))
               for m in mentions)


def owned_place(mention, mentions: list, text: str) -> bool:
    """True when ``mention`` is an unnamed place (データセンター) of the party named just
    before it (同社のデータセンター, 株式会社Aが管理するデータセンター, データセンター事業者の
    国内のデータセンター): the party stands for its place, as for its system or office."""
    if mention.type == "department":  # 受託者の入力センター: the contractor's centre, no city's
        return any(m is not mention and m.kind == "entity" and m.end + 1 == mention.start
                   and text[m.end] == "の" and m.type in ("company", "public-body", "association")
                   for m in mentions)
    if mention.type != "unnamed-party" or mention.role != "other" or mention.text.endswith("業者"):
        return False  # (…が契約するデータセンター事業者: a business it contracts, not its place)
    return any(m is not mention and m.kind == "entity" and m.end < mention.start
               and _OWNED_BY.fullmatch(text[m.end:mention.start])
               and m.type in ("company", "public-body", "association", "unnamed-party")
               for m in mentions)


#: Between a body and its place: の, with a word of where (同社の国内のデータセンター), or
#: が…する (東都データサービスが管理するデータセンター).
_OWNED_BY = re.compile(r"の(?:[^、。はがをにへでと]{1,6}の)?|が(?:管理|運営|運用|保有|所有|契約)(?:する|している)")


#: Between a body and a centre's name: the body runs it (…機構が運営する証明書交付センター).
_RUN_BY = re.compile(r"^(?:[(（][^()（）]{1,12}[)）])?(?:が(?:[^、。をはが]{1,12}?に)?(?:運営|設置|管理|運用)する|の)$")  # （J-LIS）の
#: (受託者が町役場の近くに設置する事務センター: where it stands, between; nc71 W16)


#: Between a centre's name and the body its running is entrusted to (…センターの運営は、).
_RUN_FOR = re.compile(r"^の(?:運営|管理運営|運営業務)(?:は|を)、?$")


#: What may stand before a group's noun in a body's name: its owner or 各 (町立, 各, 市内の).
_BEFORE_GROUP = re.compile(r"(?:立|各|内|の|・)$")


def groups_named_before(items, mentions: dict, pats: dict) -> None:
    """Let a group's common noun (学校に対し) stand for the one body of its item said
    before whose name ends with it (市立小中学校からは…): that body again, not a group
    of unnamed ones beside it. Two such bodies, or none, leave the noun a group."""
    groups = set(pats.get("groups", ()))
    for item in items:
        seen: dict[str, Mention] = {}
        for index in sorted(item.sentences):
            for i, mention in enumerate(mentions.get(index, [])):
                word = normalise(mention.text)
                if mention.kind != "entity":
                    continue
                if word in groups and mention.id is None:
                    # (町立小中学校 for 学校 or 小中学校, not for 中学校: a part of its compound)
                    bodies = {k: m for k, m in seen.items() if k.endswith(word) and k != word
                              and (word == "学校" or _BEFORE_GROUP.search(k[:-len(word)]))}
                    if len(bodies) == 1:
                        [ref] = bodies.values()
                        mentions[index][i] = Mention(mention.sentence, mention.start, mention.end, mention.text,
                                                     ref.kind, ref.type, ref.id, ref.role, ref.new, "alias")
                        mentions[index][i].label = getattr(ref, "label", None) or ref.text
                    continue
                if mention.type not in ("unnamed-party", "system", "data-subject"):
                    seen.setdefault(normalise(getattr(mention, "label", None) or mention.text), mention)


#: After the municipalities a union is made of, that it is made of them (…の３町村で構成し).
_MADE_OF = re.compile(r"の?[0-9０-９一二三四五六七八九十]*(?:市区町村|市町村|町村|市町|団体)?"
                      r"(?:で|により|によって|から)(?:構成|組織)")


#: How many sentences on a group word (各金融機関) still stands for the bodies named together.
GROUP_REACH = 16


def members_named(sents, mentions: dict, pats: dict) -> None:
    """Let a union's word for its members (構成町村, 構成市町村) stand for the municipalities
    its minutes say it is made of (当広域連合は、白樺町、鷲尾町及び湯ノ沢村の３町村で構成し):
    each mention of the word gets them as ``members``, each a giver or receiver of its own.
    Named nowhere before, the word stays one unnamed party. So too a group word of
    ``member_groups`` (各金融機関) for the bodies of its kind a sentence shortly before names
    together (…信用金庫と…銀行の２行で)."""
    words = set(pats.get("member_words", ()))
    groups = pats.get("member_groups", {})
    members: tuple = ()
    named_group: dict[str, tuple[int, tuple]] = {}  # group word -> (sentence, bodies named)
    listed: dict[str, tuple] = {}  # 構成機関 -> the bodies a sentence says it is
    for sentence in sents:
        found = mentions.setdefault(sentence.index, [])
        made = _MADE_OF.search(sentence.text)
        if made:
            # (the union itself, the topic before は, is none of them)
            named = tuple(m for m in found if m.kind == "entity" and m.type == "municipality"
                          and m.end <= made.start() and m.how != "anaphora"
                          and not sentence.text.startswith("は", m.end))
            members = named if len(named) > 1 else members
        for word, endings in groups.items():
            # (萩ノ浦信用金庫と南湾銀行の２行で取り扱っております, then 各金融機関に持参: both)
            named = tuple({normalise(m.text): m for m in found if m.kind == "entity" and m.how != "anaphora"
                           and normalise(m.text).endswith(tuple(endings))}.values())
            if len(named) > 1:
                named_group[word] = (sentence.index, named)
        _listed_members(sentence, found, pats, listed)
        for mention in found:
            if members and mention.kind == "entity" and normalise(mention.text) in words:
                mention.members = members
            # (各金融機関: the ruler reads 金融機関, its 各 left before it)
            said = (named_group.get(normalise(mention.text))
                    or named_group.get(normalise(sentence.text[max(0, mention.start - 1):mention.end]))) \
                if mention.kind == "entity" else None
            if said and sentence.index - said[0] <= GROUP_REACH:
                mention.members = said[1]


def _listed_members(sentence, found: list, pats: dict, listed: dict) -> None:
    """Learn the bodies a sentence says a word for the members of a network is (要対協の
    構成機関は、村立小中学校、…及び碧浜県雪見警察署である), and let that word, where a later
    sentence says it (…を、会議資料として出席した構成機関に配付し), stand for each of them:
    a mention added there with them as ``members``."""
    for word in pats.get("listed_member_words", ()):
        said = re.search(re.escape(word) + r"(?:は|として)、?", sentence.text)
        if said is not None and re.search(r"(?:である|です|でございます|となっている|となっております)。?$",
                                          sentence.text.rstrip()):
            named = tuple(m for m in found if m.kind == "entity" and m.start >= said.end()
                          and m.type not in ("system", "data-subject"))
            if len(named) > 1:
                listed[word] = named
            continue
        if word not in listed:
            continue
        for match in re.finditer(re.escape(word), sentence.text):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue  # (inside a name the ruler read)
            mention = Mention(sentence.index, *match.span(), word, "entity", "unnamed-party", None, how="others")
            mention.label, mention.members = f"{word}（名称不明）", listed[word]
            found.append(mention)
            found.sort(key=lambda m: m.start)


def facilities(sents, mentions: dict) -> None:
    """Retype as systems the centres another body runs (地方公共団体情報システム機構が運営する
    証明書交付センター): a new name ending in a department suffix is the municipality's
    own side unless the minutes say whose it is; then it is that body's facility, in every
    sentence that names it."""
    theirs, outside = set(), set()
    for sentence in sents:
        found = mentions.get(sentence.index, [])
        for centre in found:
            # 県の東部福祉事務所, 国の出先機関: another government's office, not the town's
            if centre.type == "department" and centre.how == "suffix" \
                    and _OTHER_GOVERNMENT.search(sentence.text[:centre.start]):
                outside.add(normalise(centre.text))
        for body in found:
            if body.kind != "entity" or body.type not in ("public-body", "company", "association", "unnamed-party"):
                continue
            for centre in found:
                if centre.type == "department" and centre.how == "suffix" and (
                        centre.start > body.end and _RUN_BY.match(sentence.text[body.end:centre.start])
                        # (受託者の入力センター: where the contractor works, itself, not a system)
                        and (body.type != "unnamed-party" or sentence.text.startswith("が", body.end))
                        # 地域包括支援センターの運営は社会福祉法人梢福祉会に委託しており
                        or centre.end < body.start and _RUN_FOR.match(sentence.text[centre.end:body.start])
                        and sentence.text.startswith("に委託", body.end)):
                    theirs.add(normalise(centre.text))
    for found in mentions.values():
        for mention in found:
            if mention.type == "department" and mention.how == "suffix" and normalise(mention.text) in theirs:
                mention.type, mention.role = "system", "facility"
            elif mention.type == "department" and mention.how == "suffix" and any(
                    name.endswith(normalise(mention.text)) and len(mention.text) >= 4 for name in outside):
                mention.type = "public-body"  # (and 福祉事務所, said short after 県の西部福祉事務所)


#: Before a department-like name, a government other than the municipality (県の, 国の).
_OTHER_GOVERNMENT = re.compile(r"(?:^|[、はがをにで])(?:県|都|府|道|国)の$")


def owned_at(text: str, pos: int, pats: dict) -> int:
    """Return the length of a party's own place or system at ``pos`` (のデータセンター,
    の国内のデータセンター, の国内データセンター), else 0."""
    where = next((len(w) + 1 for w in sorted(pats.get("place_modifiers", ()), key=len, reverse=True)
                  if text.startswith("の" + w, pos)), 0)
    # (同社の国内データセンター: the place word joined to the place, no の between)
    return next((where + len(said) for form in sorted(pats.get("owned_systems", ()), key=len, reverse=True)
                 for said in (form, form[1:] if where else form) if text.startswith(said, pos + where)), 0)


def by_work(state, item, word: str):
    """Return the one party the item says does the work ``word`` starts with (保守: who
    maintains its system; クラウド: who hosts it, else who operates it), or None.

    Example::

        >>> state.label_of(by_work(state, item, "保守"))           # doctest: +SKIP
        '株式会社ブックスフィア・サポート'
    """
    types = next((types for work, types in state.pats.get("work_roles", {}).items()
                  if word.startswith(work)), None)
    # the first of its works that one party does (クラウド: who hosts, else who operates)
    found = [{r["subject_key"] for r in state.relations if r["item"] == item.key and r["type"] == t}
             for t in types or ()]
    at = next((i for i, k in enumerate(found) if k), None)
    keys = found[at] if at is not None else set()
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    party = next((m for index in item.sentences for m in state.mentions.get(index, [])
                  if m.kind == "entity" and m.type != "unnamed-party" and state.key(m) == key), None)
    if party is not None and word.startswith("クラウド") and not _clouds(state, item, key):
        # the operator is the cloud company only when the cloud is its own (株式会社Aの
        # クラウド環境で株式会社Aが運用する), not when a provider another body contracts
        # hosts it (デジタル庁が契約したクラウドサービス事業者の設備の上に…)
        return None
    return party


#: After a party's name: the cloud is that party's (Aのクラウド環境, Aが提供するクラウド).
_CLOUD_OF = re.compile(r"(?:の|が提供する|が運営する|が管理する)[^。、]{0,12}クラウド")


def _clouds(state, item, key: str) -> bool:
    """True when the item says the party ``key`` provides the cloud (its name, or
    Aのクラウド環境, Aが提供するクラウドサービス)."""
    for index in item.sentences:
        text = state.sents[index].text
        for m in state.mentions.get(index, []):
            if m.kind == "entity" and state.key(m) == key \
                    and ("クラウド" in m.text or _CLOUD_OF.match(text, m.end)):
                return True
    return False


#: Between a body's name and a facility of its: its short form in brackets, then の.
_OWNS = re.compile(r"(?:[(（][^()（）]{1,12}[)）]|[)）])?の")


def _owner(state, item, key: str):
    """The body the item names a facility after (地方公共団体情報システム機構（J-LIS）の
    証明書交付センター: J-LIS), when it names one, else None."""
    for index in (item.sentences if item else ()):
        found = state.mentions.get(index, [])
        text = state.sents[index].text
        for before, mention in zip(found, found[1:]):
            if state.key(mention) == key and before.kind == "entity" \
                    and before.type in ("public-body", "company", "association") \
                    and _OWNS.fullmatch(text, before.end, mention.start):
                return before
    return None


def runner(state, item, system):
    """Return the one party the item says hosts, operates or maintains ``system``, else
    the cloud provider it names for a cloud (…クラウド), or None.

    Example::

        >>> state.label_of(runner(state, item, cloud))             # doctest: +SKIP
        '子育て支援システムのクラウド化のクラウド事業者（名称不明）'
    """
    key = state.key(system)
    for kind in ("hosts", "operates", "maintains"):
        found = {r["subject_key"] for r in state.relations if r["object_key"] == key and r["type"] == kind}
        if len(found) == 1:
            runner = found.pop()
            return next((m for index in (item.sentences if item else ()) for m in state.mentions.get(index, [])
                         if m.kind == "entity" and state.key(m) == runner), None)
    owner = _owner(state, item, key)
    if owner is not None:
        return owner
    if item is None or "クラウド" not in state.label_of(system):
        return None
    return by_work(state, item, "クラウド") or next(
        (m for index in item.sentences for m in state.mentions.get(index, []) if m.kind == "entity"
         and m.type == "unnamed-party" and "クラウド事業者" in m.text), None)


#: Before の, words for municipalities other than this one (他市の福祉事務所).
_OTHERS_BEFORE = re.compile(r"(?:他の(?:市区町村|区市町村|市町村|自治体|地方公共団体|市|区|町|村)|他[市区町村]|"
                            r"他市町村|他自治体)の$")


#: Before a department, another municipality's name (柿ノ木町役場の, 楡ヶ丘町の).
_TOWN_OF = re.compile(r"([一-龥々ヶノ]{2,5}[市町村区])(?:役場|役所)?の$")
_NOT_TOWNS = {"都", "各", "他", "本", "当", "同", "全", "近隣", "周辺", "隣接", "県内", "市区町", "区市町"}


def offices_of_others(index: int, text: str, found: list[Mention], pats: dict,
                       own: str = "", gaps: frozenset = frozenset()) -> list[Mention]:
    """Return ``found`` with each department named as another municipality's (他市の
    福祉事務所, 転出先の市町村の福祉事務所, 転居先の福祉事務所) made one unnamed party of
    others: a city's department it is not."""
    out = []
    for m in found:
        before = text[:m.start]
        prev = out[-1] if out else None
        of_others = prev is not None and prev.how == "others" and prev.end == m.start - 1 \
            and before.endswith("の")
        match = None if of_others else _OTHERS_BEFORE.search(before) or next(
            (re.search(re.escape(place) + "の$", before) for place in sorted(
                pats.get("anaphora", {}).get("other_places", ()), key=len, reverse=True)
             if before.endswith(place + "の")), None)
        town = None if of_others or match else _TOWN_OF.search(before)
        cut = max((g for g in gaps if town is not None and town.start() < g <= town.end(1)), default=None)
        if cut is not None:  # (介護保険課長　楡ヶ丘町の: the name starts after the space)
            town = _TOWN_OF.search(before, cut)
        if town is not None and (not own or town.group(1) == own or town.group(1)[-1] not in own[-1:] + "市町村区"
                                 or town.group(1)[:-1] in _NOT_TOWNS):
            town = None  # (市の福祉事務所, 本市の…: the city's own)
        if m.kind == "entity" and m.type == "department" and town is not None:
            # 柿ノ木町役場の健康福祉課, 楡ヶ丘町の福祉事務所: that town's office, named
            start = town.start()
            m = Mention(index, start, m.end, text[start:m.end], "entity", "public-body", None,
                        how="suffix")
        elif m.kind == "entity" and m.type == "department" and (of_others or match):
            start = prev.start if of_others else match.start()
            if of_others:
                out.pop()
            phrase = text[start:m.end]
            m = Mention(index, start, m.end, phrase, "entity", "unnamed-party", None, "other",
                        how="others")
            m.label = f"{phrase}（名称不明）"
        out.append(m)
    return out
