"""Coreference the minutes rely on: definitions, the prefecture's short forms, anaphora.

* ``（以下「J-LIS」という。）`` makes the short name stand for the name before it;
* 国保連合会, 国保連, 連合会 stand for the federation of the document's
  prefecture (東京都国民健康保険団体連合会 in a Tokyo text);
* 本システム, 当該システム, 当該サーバー stand for the last system of the agenda
  item (resolved by the pipeline, which knows the items; the words are found by
  :mod:`kg.extract.pointers`, as are 私ども, 当課, 当市 and a lone 市).

Example::

    >>> sorted(anaphora({"anaphora": {"system": ["本システム"]}}, "system"))
    ['本システム']
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract.ruler import DocContext, Mention, resolve


def anaphora(pats: dict, kind: str) -> set[str]:
    """Normalised words that point back to the last named thing of ``kind``."""
    return {normalise(w) for w in pats.get("anaphora", {}).get(kind, ())}


def prefecture_forms(ctx: DocContext, lex) -> None:
    """Let the prefecture's short forms stand for its bodies (when the prefecture is known)."""
    if not ctx.prefecture:
        return
    for short, pattern in lex.patterns.get("prefecture_forms", {}).items():
        label = pattern.format(prefecture=ctx.prefecture)
        if "{" in pattern and not label.startswith(ctx.prefecture):
            continue
        if "{" not in pattern and not label.startswith(ctx.prefecture):
            continue  # 都国保連 means Tokyo's federation, and only in a Tokyo text
        target = resolve(lex.lookup(label), lex, ctx)
        mention = Mention(-1, 0, 0, label, "entity", "public-body",
                          target.id if target else None, how="alias")
        mention.label = label
        ctx.add_alias(short, mention)


def definitions(text: str, mentions: list[Mention], ctx: DocContext, pats: dict) -> bool:
    """Record the document's own short names: （以下「端末」という。） after a name, and a
    short name in brackets right after one (コミュニケーションサーバ（CS）, 住民基本台帳
    ネットワークシステム（住基ネット）: capitals, or characters all from the name).
    Returns True when one was recorded (the sentence may use it after the definition)."""
    pairs, bare = [], set()
    for match in re.finditer(pats["definition"], text) if pats.get("definition") else ():
        before = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= 2]
        if before:
            pairs.append((before[-1], match.group("short")))
    for match in _ABBREVIATION.finditer(text):
        named = next((m for m in mentions if m.kind == "entity" and m.end == match.start()
                      and m.type in ("system", "public-body", "association")), None)
        short = match.group("short")
        if named is not None and (re.fullmatch(r"[A-Z][A-Z0-9-]{1,7}", short)
                                  or set(short) <= set(named.text)):
            pairs.append((named, short))
    for named in (m for m in mentions if m.kind == "entity" and m.type in ("system", "public-body", "association")):
        # PMH（Public Medical Hub）: the capitals of the name in brackets, said before it,
        # are its short name (…受給者証の情報をPMHに登録し: nc68 M2)
        acronym = _ACRONYM_BEFORE.search(text, 0, named.start)
        if acronym is not None and acronym.group(1) == "".join(c for c in named.text if c.isupper()) \
                and not any(m.start == acronym.start(1) for m in mentions):
            pairs.append((named, acronym.group(1)))
    for system in (m for m in mentions if m.kind == "entity" and m.type == "system"):
        # 学習支援プラットフォーム「まなびの森」: the product's own name, said alone later
        # (まなびの森のクラウド上に保存され)
        # (電子申請サービス「ゆずポータル」: a name read as a system of its own keeps its own)
        product = _PRODUCT.match(text, system.end)
        if product is not None and not any(m.start == product.start("product") for m in mentions):
            pairs.append((system, product.group("product")))
    for company in (m for m in mentions if m.kind == "entity" and m.type == "company"):
        # 株式会社Aの霧ヶ峰データセンター: the company's own site, named; said alone later
        # (霧ヶ峰データセンターから…へ送る) it is that company's, not an unnamed party (nc57 W11)
        # (株式会社Aのデータセンターに移行し、…。データセンターの保守は…: its one site, said
        # alone later, is that company's too)
        # (not 同社のデータセンター: whose it is is only known once 同社 is resolved)
        site = _OWN_SITE.match(text, company.end) or (
            None if normalise(company.text) in anaphora(pats, "company") else _OWN_BARE_SITE.match(text, company.end))
        if site is not None:
            pairs.append((company, site.group("site")))
            if site.re is _OWN_BARE_SITE:
                bare.add(normalise(site.group("site")))
    for role in (m for m in mentions if m.kind == "entity" and m.type == "unnamed-party"):
        # メール配信事業者（株式会社ひかりメールワークス）: the role is that company from here on
        named = next((m for m in mentions if m.kind == "entity" and m.type in ("company", "association")
                      and re.fullmatch(r"\s*[（(]\s*", text[role.end:m.start])
                      and re.match(r"\s*[）)]", text[m.end:])), None)
        if named is not None:
            pairs.append((named, role.text))
    added = False
    for product in (m for m in mentions if m.kind == "entity" and m.type == "system" and m.how == "suffix"
                    and text[m.start - 1:m.start] == "「" and text[m.end:m.end + 1] == "」"
                    and normalise(m.text) not in ctx.aliases):
        # 学習支援クラウド「そらノート」 read as the product itself: its name alone later
        # (「そらノート」は同社のデータセンターに設置され) is the same system
        ref = Mention(-1, 0, 0, product.text, "entity", "system", product.id, None, product.new, "alias")
        ref.label = product.text
        ctx.add_alias(product.text, ref)
    for named, short in pairs:
        if normalise(short) == normalise(named.text):
            continue
        if named.type == "unnamed-party" and short in pats.get("unnamed_parties", {}).get("contractor", ()):
            # 公募により選定する事業者（以下「受託者」という。）: the item's 受託者 itself, one
            # unnamed party under the role's name (nc57 W13)
            named.text, named.role = short, "contractor"
            continue
        ref = Mention(-1, 0, 0, named.text, named.kind, named.type, named.id, named.role,
                      named.new, "alias")
        ref.label = getattr(named, "label", named.text)
        # (a company's site by the bare word stands for it only said alone: 国内のデータセンター,
        # …クラウドサービスのデータセンター are another's; nc67 W19)
        ref.bare_site = normalise(short) in bare
        ctx.add_alias(short, ref)
        added = True
    return added


#: Right after a system's noun, its product name in quotes (「まなびの森」).
_PRODUCT = re.compile(r"「(?P<product>[^「」、。\s]{2,20})」")
#: After a company, a site of its own it names (の霧ヶ峰データセンター, の北浜電算センター).
_OWN_SITE = re.compile(r"の(?P<site>(?!国内|都内|県内|市内|同社)[一-龥々ァ-ヶー]{2,8}?(?:データセンター|電算センター|計算センター))")


#: After a company, its site by the bare word (のデータセンター), no other word after it.
_OWN_BARE_SITE = re.compile(r"の(?P<site>データセンター|電算センター)(?![一-龥々ァ-ヶー])")


#: Capitals right before an opening bracket (PMH（…): an acronym the bracket spells out.
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][A-Z0-9]{1,7})[(（]$")
_ABBREVIATION = re.compile(r"[(（](?P<short>[^()（）、。「」\s]{2,8})[)）]")


def bare_name(name: str, pats: dict) -> str:
    """Return the normalised name without a leading legal form (一般社団法人, 株式会社):
    the same body is named with and without it."""
    name = normalise(name)
    for form in pats.get("association_forms", ()) + pats.get("company_forms", ()):
        form = normalise(form)
        if name.startswith(form) and len(name) > len(form) + 1:
            return name[len(form):]
    return name


#: A system's name that starts with its kind (クラウド型, 自治体向け): said also with の after it.
_KIND_OF = re.compile(r"^([^の]{1,8}?(?:型|向け|専用))([^の]{3,})$")


def short_forms(found: list[Mention], ctx: DocContext, pats: dict) -> set[str]:
    """Let a body's common noun stand for it (医師会 for 八王子市医師会) once the document
    has named it, while it has named only one body of that noun. Returns the nouns that
    became short forms (their sentence may use them: …を国民健康保険中央会に委託しているが、
    中央会に…)."""
    added = set()
    for mention in found:
        kind = _KIND_OF.match(normalise(mention.text)) if mention.kind == "entity" \
            and mention.type == "system" else None
        if kind is not None and kind.group(1) + "の" + kind.group(2) not in ctx.aliases:
            # クラウド型情報共有システム, then クラウド型の情報共有システム: one system
            ctx.add_alias(kind.group(1) + "の" + kind.group(2), _alias_of(mention))
        if mention.kind == "entity" and mention.type == "system" and mention.id is None and mention.how == "suffix":
            added |= _shorter_system(mention, ctx, pats)
        if mention.kind != "entity" or mention.type not in ("public-body", "association", "company",
                                                            "department"):
            continue
        name = bare_name(getattr(mention, "label", None) or mention.text, pats)
        if mention.type == "department":
            # 朝霧市消防本部, then 消防本部: the town's own body, named without the town
            place = normalise(ctx.municipality_label or "")
            rest = name[len(place):] if place and name.startswith(place) else ""
            if len(rest) >= 3 and rest not in ctx.aliases and rest not in ctx.ambiguous:
                ctx.add_alias(rest, _alias_of(mention))
            continue
        if mention.type in ("company", "association") and normalise(mention.text) != name and len(name) >= 3 \
                and name not in ctx.aliases and name not in pats.get("not_names", ()):
            # 株式会社東海情報サービス, then 東海情報サービスが; 社会福祉法人しらかば福祉会, then
            # しらかば福祉会に: the body without its legal form
            ctx.add_alias(name, _alias_of(mention, mention.type, None))
        stem = ctx.municipality_label[:-1] if ctx.municipality_label else None
        # (公益社団法人北原被害者支援センター, then 被害者支援センター: the prefecture's name
        # without 県; nc70 W12)
        prefecture = ctx.prefecture[:-1] if ctx.prefecture and ctx.prefecture[-1] in "都道府県" else None
        for place in (ctx.municipality_label, ctx.prefecture, stem, prefecture):  # 新潟家庭裁判所 too
            # 盛岡市社会福祉協議会, then 社会福祉協議会: the name without its place
            rest = name[len(normalise(place)):] if place and name.startswith(normalise(place)) else ""
            if len(rest) >= 4 and rest not in ctx.aliases and rest not in ctx.ambiguous:
                ctx.add_alias(rest, _alias_of(mention))
                # (…の社会福祉協議会への提供について in the title, then 白鷺台区社会福祉協議会
                # に…提供: the one body, said first without its place)
                ctx.short.add(rest)
        added |= _unplaced_forms(mention, name, ctx, pats)
        for noun in pats.get("short_forms", ()):
            key = normalise(noun)
            if not name.endswith(key) or name == key:
                continue
            known = ctx.aliases.get(key)
            if known is None and key not in ctx.ambiguous:
                ctx.add_alias(noun, _alias_of(mention))
                added.add(key)
                for word in pats.get("short_form_words", {}).get(noun, ()):
                    # 藤見台警察署, then 警察に: that station, not the registry's police of
                    # other towns' minutes (水無瀬地方法務局雲雀野支局, then 法務局)
                    if normalise(word) in name and normalise(word) not in ctx.aliases \
                            and normalise(word) not in ctx.ambiguous:
                        ctx.add_alias(word, _alias_of(mention))
                        ctx.short.add(normalise(word))
                        added.add(normalise(word))
            elif known is not None and known.how == "alias" and key in ctx.short \
                    and bare_name(known.label, pats) != name:
                ctx.drop_alias(key)
                if name.endswith(bare_name(known.label, pats)) \
                        and re.search("[都道府県市区町村]$", name[:-len(bare_name(known.label, pats))]):
                    # (後期高齢者医療広域連合への提供, then 紫雲県後期高齢者医療広域連合: one body,
                    # said first without its place; the noun stands for it in full)
                    ctx.add_alias(noun, _alias_of(mention))
                else:
                    ctx.ambiguous.add(key)  # two bodies of the noun: it names neither
            if key in ctx.aliases:
                ctx.short.add(key)
            break
    return added


def _shorter_system(mention: Mention, ctx: DocContext, pats: dict) -> set[str]:
    """Let a system's name that ends the name of the one system named before (名簿管理システム
    after 避難行動要支援者名簿管理システム) stand for it; not where what it leaves out says
    which version (標準準拠, 新, 現行: another system) or is short. Returns the name when it
    became a short form."""
    key = normalise(mention.text)
    longer = [m for name, m in ctx.systems.items() if name.endswith(key) and len(name) - len(key) >= 3]
    ctx.systems.setdefault(key, mention)
    if len(longer) != 1 or len(key) < 6 or key in ctx.aliases:
        return set()
    head = normalise(longer[0].text)[:-len(key)]
    if any(word in head for word in pats.get("version_words", ())):
        return set()
    ref = _alias_of(longer[0])
    ctx.add_alias(mention.text, ref)
    # (the name said here is that system too, as the alias will be in sentences after)
    mention.id, mention.new, mention.how, mention.label = ref.id, ref.new, "alias", ref.label
    return {key}


def _alias_of(mention: Mention, typ: str | None = None, role: str | None = "") -> Mention:
    """Return a mention that a short form or alias of ``mention`` stands for (its type,
    id and label; ``typ`` and ``role`` when given instead)."""
    ref = Mention(-1, 0, 0, mention.text, "entity", typ or mention.type, mention.id,
                  mention.role if role == "" else role, mention.new, "alias")
    ref.label = getattr(mention, "label", mention.text)
    return ref


def _unplaced_forms(mention: Mention, name: str, ctx: DocContext, pats: dict) -> set[str]:
    """Let a prefecture's short forms (国保連合会, 連合会) stand for a body named without
    its prefecture (県の国民健康保険団体連合会), or with one the registry does not know
    (緑川県国民健康保険団体連合会), when the document's prefecture is unknown: one body, not
    two. Returns the normalised forms added."""
    if ctx.prefecture:
        return set()
    added = set()
    for short, pattern in pats.get("prefecture_forms", {}).items():
        if "{prefecture}" in pattern and short not in ctx.aliases and re.fullmatch(
                re.escape(normalise(pattern)).replace(re.escape("{prefecture}"), _PREFECTURE), name):
            ctx.add_alias(short, _alias_of(mention))
            added.add(normalise(short))
    return added


def said_before_full(mentions: dict[int, list[Mention]], ctx: DocContext, pats: dict) -> None:
    """Let a prefecture's short form or a body's common noun said before the body's full
    name (国保連合会とのやりとりは… then 県国民健康保険団体連合会に送信) stand for that
    body too: one body, not two."""
    # (…年金事務所への照会 in the title, then 鷹ノ巣年金事務所に照会: a body's common noun)
    shorts = {normalise(s) for s in pats.get("prefecture_forms", {})} | set(ctx.short)
    # (萌黄地方裁判所 in a table, then 裁判所への回答に: that court, not the registry's courts
    # in general, which another town's minutes taught)
    generic = {normalise(b) for b in pats.get("generic_bodies", ())}
    for found in mentions.values():
        for i, mention in enumerate(found):
            key = normalise(mention.text)
            ref = ctx.aliases.get(key) if key in shorts else None
            if ref is None or mention.kind != "entity" or mention.how == "alias" \
                    or mention.id and (key not in generic or ref.id == mention.id):
                continue
            found[i] = Mention(mention.sentence, mention.start, mention.end, mention.text, ref.kind,
                               ref.type, ref.id, ref.role, ref.new, "alias")
            found[i].label = getattr(ref, "label", ref.text)


#: A prefecture's name, or none, before a body it names (緑川県, 東京都, 県).
_PREFECTURE = r"(?:[^、。\s]{0,4}[都道府県])?"


def used_again(keys: set[str], text: str, found: list[Mention]) -> bool:
    """True when a short form just made stands in ``text`` outside the names found there."""
    plain = normalise(text)
    return any(k in plain and not any(k in normalise(m.text) for m in found) for k in keys) \
        or any(plain.count(k) > 1 for k in keys)


def item_system(mention, item, mentions: dict, pats: dict):
    """Return the one system an item's title names when ``mention`` is a word for the
    item's own system (本システム, after another system was named: 子ども家庭支援システム
    of the title, not the 情報共有システム just before), else None."""
    if item is None or normalise(mention.text) not in anaphora(pats, "item_system"):
        return None
    start, end = item.span
    named = {normalise(m.text): m for m in mentions.get(item.sentence.index, [])
             if m.kind == "entity" and m.type == "system" and m.how != "anaphora"
             and start <= m.start and m.end <= end}
    return next(iter(named.values())) if len(named) == 1 else None
