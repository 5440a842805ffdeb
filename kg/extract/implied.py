"""Entrustments and re-entrustments an item implies, read once all its sentences are:
the company a later sentence changes the contractor to (:func:`successors`), the
subcontractor an item only names (:func:`declared_subcontractors`), a facility's
designated manager (:func:`designated_managers`), the entrustment a re-entrustment implies
(:func:`implied_by_re_entrustment`), the contractor's own contractor
(:func:`onward_entrustments`) and one subcontractor where two words name it
(:func:`one_subcontractor`). :mod:`kg.extract.pipeline` calls them in its order.

Example::

    >>> implied_by_re_entrustment(state, items)                     # doctest: +SKIP
    >>> state.relations[-1]["type"]                                  # doctest: +SKIP
    'entrusts'
"""
from __future__ import annotations

import re

from kg.extract import holdings, status
from kg.extract.contractors import DESIGNATED
from kg.extract.entrustment import CHANGED
from kg.extract.permissions import permission, re_entrusts
from kg.extract.segment import clause_end
from kg.extract.speakers import is_question
from kg.extract.titles import item_categories, unnamed_contractor


def successors(state) -> None:
    """Append the entrustment to the company a later sentence of the item changes the
    contractor to, in a sentence of its own (…株式会社Aに委託している。…令和7年度からは、
    委託先を株式会社Bに変更する予定である: B, planned, beside A): a copy of the item's last
    entrustment before it, to B, with that sentence's quote and status."""
    for sentence in state.sents:
        item = state.item_of.get(sentence.index)
        if item is None or is_question(sentence.text, state.pats):
            continue
        for mention in state.mentions.get(sentence.index, []):
            if mention.kind != "entity" or mention.type not in ("company", "association") \
                    or not CHANGED.search(sentence.text, 0, mention.start) \
                    or not holdings.CHANGED_TO.match(sentence.text, mention.end):
                continue
            made = [r for r in state.relations if r["type"] == "entrusts" and r["item"] == item.key
                    and r["line"] <= sentence.line and r["object_key"] != state.key(mention)]
            if made and not any(r["object_key"] == state.key(mention) and r["item"] == item.key
                                for r in state.relations if r["type"] == "entrusts"):
                line, quote = sentence.quote()
                now = status.of(state, sentence.text)
                state.relations.append({
                    **made[-1], "line": line, "quote": quote, "also": [],
                    "object": state.label_of(mention), "object_key": state.key(mention),
                    "object_id": mention.id, "categories": [], "status": now, "_settled": True,
                    "replaces": made[-1]["object_key"]})


def declared_subcontractors(state, items) -> None:
    """Append the re-entrustment an item states only by naming its subcontractor
    (受託者は、再委託先として株式会社Bを予定している): from the item's contractor (named,
    else unnamed) to that company, unless a sentence states it already."""
    for item in items:
        sub = item.subcontractor
        if sub is None or any(r["type"] == "re-entrusts" and r["object_key"] == state.key(sub)
                              for r in state.relations):
            continue
        frm = item.contractor or unnamed_contractor(state, item)
        sentence = state.sents[sub.sentence]
        line, quote = sentence.quote()
        re_entrusts(state, {"item": item.key, "line": line, "quote": quote, "verb": "再委託"},
                    frm, sub, permission(state, sentence), 0.6)


def designated_managers(state, items) -> None:
    """Append the municipality's entrustment of a facility to the body it names its
    designated manager (町立みどり保育所は、…社会福祉法人Aが指定管理者として管理運営を
    行っております): A runs it on the municipality's behalf and handles its data as a
    contractor does; verb 指定管理."""
    if state.municipality is None:
        return
    for sentence in state.sents:
        item = state.item_of.get(sentence.index)
        for mention in state.mentions.get(sentence.index, []):
            if mention.kind != "entity" or mention.type not in ("company", "association") \
                    or not DESIGNATED.match(sentence.text, mention.end) or is_question(sentence.text, state.pats) \
                    or any(r["type"] == "entrusts" and r["object_key"] == state.key(mention) for r in state.relations):
                continue
            line, quote = sentence.quote(0, clause_end(sentence.text, mention.end))
            state.entity_for(mention, line, quote)
            state.relations.append({
                "item": item.key if item else None, "line": line, "quote": quote, "verb": "指定管理",
                "type": "entrusts", "subject": state.municipality["label"], "object": state.label_of(mention),
                "subject_key": state.municipality["key"], "object_key": state.key(mention),
                "subject_id": state.municipality["id"], "object_id": mention.id, "categories": [],
                "permission": None, "status": status.of(state, sentence.text), "confidence": 0.8})


#: Who may have been entrusted by the municipality: a business, not a public body.
_BUSINESSES = ("company", "association", "unnamed-party")


def implied_by_re_entrustment(state, items) -> None:
    """Append the entrustment a re-entrustment implies (株式会社Aは、サーバの運用を株式会社B
    に再委託しているが、事前に市の承諾を得ている: the municipality entrusted A), when no one
    is said to entrust A: in A's item, quoted with the re-entrustment, with the data the
    item names most and does not keep from A. A ban (A社は再委託してはならない) implies nothing."""
    if state.municipality is None:
        return
    by_key = {item.key: item for item in items}
    for rel in list(state.relations):
        entry = state.entities.get(rel["subject_key"]) if rel["type"] == "re-entrusts" else None
        if entry is None or rel.get("permission") == "forbidden" or entry["type"] not in _BUSINESSES \
                or any(r["type"] == "entrusts" and r["object_key"] == rel["subject_key"] for r in state.relations):
            continue
        item = by_key.get(rel["item"])
        # (not what the item keeps from it: 健康診断の結果は本サービスには入力しません)
        denied = {c for a in state.access if a["type"] == "excluded" and a["item"] == rel["item"]
                  and a["party_key"] == rel["subject_key"] for c in a["categories"]}
        data = [c for c in (item_categories(state, item) if item is not None else [])
                if not ({c} | state.lex.category_ancestors(c)) & denied]
        # (同社は…に再委託しております, in an item whose system the town brings in from next
        # April: the company's arrangement runs now, the town's entrustment when its data go)
        given = {f["status"] for f in state.flows if f["item"] == rel["item"] and f["to_key"] == rel["subject_key"]}
        if not given and item is not None:
            # (no data said to go to it: the sentence that brings the company in says when)
            first = next((i for i in item.sentences for m in state.mentions.get(i, []) if m.kind == "entity"
                          and m.how != "anaphora" and state.key(m) == rel["subject_key"]), None)
            if first is not None and status.of(state, state.sents[first].text) == "planned":
                given = {"planned"}
        when = rel.get("status") if not given or "current" in given else sorted(given)[0]
        state.relations.append({
            "item": rel["item"], "line": rel["line"], "quote": rel["quote"], "verb": "再委託",
            "type": "entrusts", "subject": state.municipality["label"], "object": rel["subject"],
            "subject_key": state.municipality["key"], "object_key": rel["subject_key"],
            "subject_id": state.municipality["id"], "object_id": rel["subject_id"],
            "categories": data, "permission": None, "status": when, "confidence": 0.4})


def onward_entrustments(state) -> None:
    """Make a re-entrustment the entrustment by a body its item entrusts the work to
    (諮問: …の委託 to 国保連合会; 国保連合会から委託を受けた印刷事業者): the contractor's
    own contractor, with the permission its own sentence gives (none when it is only said
    to be done)."""
    entrusted = {(r["item"], r["object_key"]) for r in state.relations if r["type"] == "entrusts"
                 and state.entities.get(r["subject_key"], {}).get("type") in ("municipality", "department")}
    for rel in state.relations:
        if rel["type"] == "entrusts" and (rel["item"], rel["subject_key"]) in entrusted:
            rel.update(type="re-entrusts", permission=permission(state, state.sents[rel["_sentence"]], False)
                       if rel.get("_sentence") is not None else None)


def one_subcontractor(state) -> None:
    """Fold a re-entrustment to the bare 再委託先 into one its sentence makes to a party it
    names by its work (受託者から地元の検針事業者に再委託される予定で、再委託に当たっては町の
    承認を得る…再委託先の名称は…未定): one subcontractor, not two; what is said of either
    is said of it."""
    for rel in [r for r in state.relations if r["type"] == "re-entrusts"]:
        if not _GENERIC.search(rel["object"]) or rel not in state.relations:
            continue
        named = next((r for r in state.relations if r is not rel and r["type"] == "re-entrusts"
                      and (r["item"], r["subject_key"], r["line"]) == (rel["item"], rel["subject_key"], rel["line"])
                      and not _GENERIC.search(r["object"])
                      and state.entities.get(r["object_key"], {}).get("type") == "unnamed-party"), None)
        if named is None:
            continue
        state.relations.remove(rel)
        if not named.get("permission") and rel.get("permission"):
            named["permission"] = rel["permission"]
        _rename(state, rel["object_key"], named)
    # (…県内の事業者へ再委託したいとの申出…。再委託先が扱いますのは、…再委託先は個人番号…を閲覧
    # することはできません: the one party the item re-entrusts to, though no re-entrustment
    # names the bare word)
    for item in {r["item"] for r in state.relations if r["type"] == "re-entrusts"}:
        rels = [r for r in state.relations if r["type"] == "re-entrusts" and r["item"] == item]
        named = [r for r in rels if not _GENERIC.search(r["object"])
                 and state.entities.get(r["object_key"], {}).get("type") == "unnamed-party"]
        if len(named) != 1 or len({r["object_key"] for r in rels}) != 1:
            continue
        bare = {f[end + "_key"]: f[end] for f in [*state.flows, *state.access] if f.get("item") == item
                for end in ("from", "to", "party") if _GENERIC.search(f.get(end) or "")}
        if len(bare) == 1 and _BUSINESS.search(named[0]["object"]):
            # (…の事業者（名称不明）: a business word says less than 再委託先 of who it is)
            [(key, label)] = bare.items()
            _rename(state, named[0]["object_key"], {"object_key": key, "object": label}, item)
            continue
        for old in bare:
            _rename(state, old, named[0], item)


def handed_on(proposal: dict) -> dict:
    """Return ``proposal`` with the contractor a work changes to (:func:`successors`: the
    relation's ``replaces``) given what the item hands the one it replaces (…委託先を東雲…から
    株式会社北斗コンピュータに変更: the returns with their number go to 北斗 from then on;
    nc77 M1): each current hand-over to the old one, copied to the new with the change's
    status, inferred, quoted by the change."""
    flows = proposal["flows"]
    for rel in [r for r in proposal["relations"] if r.get("replaces")]:
        for flow in [f for f in flows if f["item"] == rel["item"] and f["to_key"] == rel["replaces"]
                     and f.get("status", "current") == "current"]:
            if not any(f["item"] == rel["item"] and f["to_key"] == rel["object_key"]
                       and f["from_key"] == flow["from_key"] for f in flows):
                flows.append({**flow, "to": rel["object"], "to_key": rel["object_key"],
                              "to_id": rel["object_id"], "line": rel["line"], "quote": rel["quote"],
                              "also": [], "status": rel["status"], "basis": "inferred", "confidence": 0.5})
    return proposal


def _rename(state, old: str, named: dict, item: str | None = None) -> None:
    """Make every fact (of ``item``, when given) that names the party keyed ``old`` name the
    object of the re-entrustment ``named`` instead; drop ``old`` when no fact names it."""
    new = named["object_key"]
    for fact in [*state.flows, *state.relations, *state.access]:
        for end in ("from", "to", "subject", "object", "party"):
            if fact.get(end + "_key") == old and (item is None or fact.get("item") == item):
                fact[end + "_key"], fact[end] = new, named["object"]
    if not any(fact.get(end + "_key") == old for fact in [*state.flows, *state.relations, *state.access]
               for end in ("from", "to", "subject", "object", "party")):
        state.entities.pop(old, None)  # (no fact names it now)


#: A bare business word, in an unnamed party's label (…の事業者（名称不明）).
_BUSINESS = re.compile(r"の(?:事業者|業者|会社|企業)（名称不明）$")
#: The bare word for a subcontractor, in an unnamed party's label (…の再委託先（名称不明）).
_GENERIC = re.compile(r"再委託先（名称不明）$")
