"""Facts the minutes state only in an agenda item's title.

* 「…業務の委託について」: the municipality entrusts a contractor (the one the
  section names, else an unnamed one) and the department hands it the data the
  title names;
* 「…システムに記録する個人情報の項目について」: the department puts the data
  the title names in the system the title names.

Both are drafts of low confidence with ``basis: inferred``: the title says that
the work is outsourced, not which data moves when. The data is what the title
names (戸籍に関する業務の…, 要保護児童等に関する情報共有システムへの…, even
inside a system's name); a title that names none states no flow (the
entrustment is still proposed, with the data the item's section names most).

Example::

    >>> title_facts(state, items)                 # doctest: +SKIP
"""
from __future__ import annotations

import re
from collections import Counter

from kg.data.evidence import normalise
from kg.extract import title_holdings, with_contract
from kg.extract.labels import link_unnamed, work_of
from kg.extract.denial import negated
from kg.extract.ruler import Mention
from kg.extract.speakers import is_question


def title_facts(state, items) -> None:
    """Add the facts stated only in agenda titles to ``state``: 「…業務の委託について」
    entrusts a contractor (the one the section names, else an unnamed one), and hands
    it the data the title names; 「…システムに記録する…」 puts that data in the system."""
    whole = {item.part_of for item in items}
    for item in items:
        if item.key in whole:
            continue  # (…の外部提供、外部結合及び委託: its parts, (3) …の委託, say each)
        if "recorded-items" in item.kinds:
            recorded_items(state, item)
        if "outsourcing" not in item.kinds or state.municipality is None or item.entrusted_by_other:
            continue
        if item.contractor is None and any(
                r["type"] == "entrusts" and r["item"] == item.key
                and state.entities.get(r["subject_key"], {}).get("type") in ("municipality", "department")
                for r in state.relations):
            # a sentence of the section says whom the work goes to (…は株式会社Aに委託いたし
            # ます): the title adds no other contractor (not コンビニ of 証明書コンビニ交付事業;
            # but 国保連合会から委託を受けた印刷事業者 is the contractor's own)
            continue
        # not a group or a data centre the section names (学校, データセンター): no contractor
        named = [m for i in item.sentences for m in state.mentions.get(i, [])
                 if m.type in ("unnamed-party", "company", "public-body", "association")
                 and m.role not in ("subcontractor", "other") and _may_contract(state, m)]
        line, quote = item.sentence.quote(*item.span)
        if item.contractor is not None:
            contractor = item.contractor
        elif named:
            contractor = named[0]
        else:
            contractor = unnamed_contractor(state, item)
        # (マイナンバーカード交付予約受付業務: the card is what the work is about, a part of
        # its name, not data the title says is handed over)
        named = title_categories(state, item, free=True, within=_entrusted_part(item.title))
        # (not what the item denies the contractor: 受託者の社員は個人番号を見ることができるのか。
        # 見ることはできません — the section names 個人番号 most, and still it is not handed over)
        kept = [a for a in state.access if a["type"] == "excluded" and a["item"] == item.key
                and a["party_key"] == state.key(contractor)]
        denied = {c for a in kept for c in a["categories"]}
        categories = [c for c in named or item_categories(state, item)
                      if not ({c} | state.lex.category_ancestors(c)) & denied]
        provider = item.department or state.municipality_mention()
        # the flow rests on the title alone: only when the title says which data moves
        # (the section's most named data is a guess the title does not support), not
        # for maintenance or operation (the contractor reaches the system, nothing is
        # handed over), and not when a sentence states the hand-over already
        upkeep = any(word in item.title for words in state.pats.get("holding_titles", {}).values()
                     for word in words)
        # (a flow a sentence infers from what the contractor handles, 受託者の入力作業員は
        # 個人番号を取り扱う, states no hand-over of the title's other data: nc71 M1)
        stated = any(f["to_key"] == state.key(contractor) and f["from_key"] == state.key(provider)
                     and not (f.get("_handled") and set(named) - set(f["categories"]))
                     for f in state.flows) if provider is not None else True
        # (窓口業務の委託, whose section says the contractor's staff may not see 戸籍: the title
        # hands over none of what the item keeps from it; nc69 W13)
        # (not one kept from a system only: 同社の職員は介護保険システムにアクセスする権限を持って
        # おりません leaves the papers it is handed)
        unscoped = {c for a in kept if not a.get("system") for c in a["categories"]}
        named = [c for c in named if not ({c} | state.lex.category_ancestors(c)) & unscoped]
        if named and provider is not None and not upkeep and not stated:
            # (…の外部委託 whose section says the work is entrusted from a later date: when
            # the entrustment is planned, so is the hand-over its title implies)
            entrusted = next((r for r in state.relations if r["type"] == "entrusts"
                              and r["object_key"] == state.key(contractor)), None)
            later = {"status": "planned"} if entrusted and entrusted.get("status") == "planned" else {}
            item_flow(state, item, "委託", provider, contractor, named, line, quote, **later)
        state.entity_for(contractor, line, quote)
        title_holdings.title_holdings(state, item, contractor, line, quote)
        if any(r["type"] == "entrusts" and r["object_key"] == state.key(contractor)
               for r in state.relations):
            continue  # a sentence of the section states the entrustment
        state.relations.append({
            "item": item.key, "line": line, "quote": quote, "verb": "委託",
            "type": "entrusts", "subject": state.municipality["label"],
            "object": state.label_of(contractor), "subject_key": state.municipality["key"],
            "object_key": state.key(contractor), "subject_id": state.municipality["id"],
            "object_id": contractor.id, "categories": categories,
            "permission": None, "confidence": 0.6})
        with_contract.entrusted_later(state, item, state.key(contractor), state.relations[-1])


def _may_contract(state, mention) -> bool:
    """True when the section's ``mention`` may be the item's contractor: not a court or
    the police the section names as a recipient (裁判所、警察署等から求められた際に提供)."""
    return mention.type != "public-body" \
        or normalise(mention.text) not in state.pats.get("generic_bodies", [])


def recorded_items(state, item) -> None:
    """Add the flow of the data the title names from the department into the system
    the title names (nothing when the title names no data)."""
    heading = state.mentions.get(item.sentence.index, [])
    systems = [m for m in heading if m.type == "system" and m.start < item.span[1]]
    provider = item.department or state.municipality_mention()
    categories = title_categories(state, item)
    # 「…に記録する個人情報の項目」 names no data itself: a flow needs the title to name some
    if not systems or provider is None or not categories:
        return
    line, quote = item.sentence.quote(*item.span)
    item_flow(state, item, "記録", provider, systems[0], categories, line, quote)


def item_flow(state, item, verb: str, provider, recipient, categories, line, quote, **said) -> None:
    """Add a flow that an item states outside a sentence's verb: by default one its agenda
    title alone states (inferred, with low confidence); ``said`` overrides (a form's
    channel, status, basis and confidence)."""
    state.flows.append({
        "item": item.key, "line": line, "quote": quote, "verb": verb,
        "from": state.label_of(provider), "to": state.label_of(recipient),
        "from_key": state.key(provider), "to_key": state.key(recipient),
        "from_id": provider.id, "to_id": recipient.id, "via": None, "via_key": None,
        "categories": categories, "channel": None, "frequency": None,
        "status": "current", "basis": "inferred", "confidence": 0.4, **said})


#: What may follow a data name that stands free in a title (戸籍に関する業務, 氏名等の…).
_FREE = re.compile(r"(?:に関する|に係る|について|の|等|など|・|、|及び|並びに|又は|や|と|を|\)|）|$)")


def _entrusted_part(title: str) -> tuple[int, int]:
    """The span of the title that may name the entrusted work's data: of …業務委託及び住民
    基本台帳の目的外使用, the part before 及び (the register is the data of another act, a use
    beyond purpose); the whole title otherwise (…の標準化及びクラウド移行に伴う外部委託)."""
    start = 0
    parts = re.split(r"(?<=[^、])(?:及び|並びに)", title)
    for part in parts:
        if "委託" in part and any("目的外" in other and "委託" not in other for other in parts):
            return start, start + len(part)
        start += len(part) + 2
    return 0, len(title)


def short_for(state, mention) -> str | None:
    """The known category the item's title names whose name a new data word shortens
    (名簿情報, 名簿 for 避難行動要支援者名簿; 台帳 for 要保護児童等台帳), or None."""
    item = state.item_of.get(mention.sentence)
    short = re.sub(r"(?:の)?(?:情報|データ)$", "", normalise(mention.text))
    if item is None or len(short) < 2:
        return None
    found = {c for c in title_categories(state, item) if c in state.lex.categories
             and normalise(state.lex.categories[c].label).endswith(short)
             and normalise(state.lex.categories[c].label) != short}
    return found.pop() if len(found) == 1 else None


def title_categories(state, item, free: bool = False, within: tuple[int, int] | None = None) -> list[str]:
    """Return the categories the item's title names (the generic 個人情報 left out),
    registered as the proposal's categories with the title as their quote; with ``free``
    only those not inside a longer compound (not マイナンバーカード of
    マイナンバーカード交付予約受付業務); with ``within``, only those in that span of it."""
    from kg.extract.ruler import resolve as pick

    keys = []
    start = item.span[0]
    for begin, end, target, inside in _names(state, item.title, pick):
        if target.kind != "category" or target.id == "personal-information":
            continue
        if within is not None and not within[0] <= begin < within[1]:
            continue
        if free and not inside and not _FREE.match(item.title, end) \
                and not _system_name(state, item.title, end):
            continue  # (inside a system's name it is the system's data: 個人番号照合システム)
        at = item.sentence.text.find(item.title[begin:end], start)
        if at < 0:
            continue
        line, quote = item.sentence.quote(at, at + end - begin)
        mention = Mention(item.sentence.index, at, at + end - begin, item.title[begin:end],
                          "category", None, target.id)
        entry = state.category_for(mention, line, quote)
        if entry["key"] not in keys:
            keys.append(entry["key"])
    return keys


def _system_name(state, title: str, end: int) -> bool:
    """True when the compound going on at ``end`` is a system's name (個人番号 + 照合システム)."""
    rest = re.match(r"[^のにをへとがは、・()（）]*", title[end:]).group()
    return rest.endswith(tuple(state.pats.get("suffixes", {}).get("system", ())))


def _names(state, text: str, pick, offset: int = 0, inside: bool = False):
    """Yield ``(start, end, target, inside)`` of the registry names in ``text``, and of the
    names inside a party's or system's name (要保護児童等に関する情報 in 要保護児童等に関する
    情報共有システム; ``inside`` true)."""
    for begin, end, targets in state.lex.scan(text):
        target = pick(targets, state.lex, state.ctx)
        if target is None:
            continue
        yield offset + begin, offset + end, target, inside
        if target.kind == "entity" and end - begin > 2:
            yield from _names(state, text[begin:end - 1], pick, offset + begin, True)


def unnamed_contractor(state, item, role: str = "contractor", of=None) -> Mention:
    """Return the item's contractor (or ``role`` subcontractor) the minutes do not name:
    「〈work〉の受託者（名称不明）」, 「〈work〉の再委託先（名称不明）」, the work being what the
    title entrusts (:func:`kg.extract.labels.work_of`; linked to the reviewed entity of
    that label when there is one); the subcontractor ``of`` a party is named after it
    (株式会社Aの再委託先（名称不明）), where the item has another contractor's."""
    contractor = Mention(item.sentence.index, *item.span, item.title, "entity",
                         "unnamed-party", None, role, True, "title")
    word = "再委託先" if role == "subcontractor" else "受託者"
    whose = state.label_of(of) if of is not None else work_of(item, state.pats)
    contractor.label = f"{whose}の{word}（名称不明）"
    link_unnamed(state, contractor, f"{state.label_of(of) if of is not None else item.title}の{word}（名称不明）")
    return contractor


def item_categories(state, item) -> list[str]:
    """The categories the item's section names most (three at most), outside questions;
    a category the section denies anywhere (個人番号は渡しません) is left out.

    Example::

        >>> item_categories(state, item)                           # doctest: +SKIP
        ['insurance-eligibility', 'my-number']
    """
    counts, denied = Counter(), set()
    for index in item.sentences:
        text = state.sents[index].text
        asked = is_question(text, state.pats)
        for mention in state.mentions.get(index, []):
            if mention.kind != "category" or not mention.id:
                continue
            if negated(text, mention.end + 2, state.pats):
                denied.add(mention.id)
            elif not asked:  # コールセンターの職員は個人番号を見られるのか: only asked
                counts[mention.id] += 1
    # (nor anything narrower than what it denies)
    return [key for key, _ in counts.most_common()
            if not denied & ({key} | state.lex.category_ancestors(key))][:3]
