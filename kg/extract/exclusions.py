"""Access rows of the extractor's proposal: an exclusion or incidental access for one
party (:func:`append`), an exclusion for each of several (:func:`exclude_each`), the
parties an item's flows reach (:func:`given_to`), and a bare no that answers a question
of who sees what (:func:`denied_by_answer`). :mod:`kg.extract.access` decides which.

Example::

    >>> exclude_each(state, base, [party], ["my-number"], sentence, frame, item, 0.8)  # doctest: +SKIP
    >>> state.access[-1]["type"]                                                        # doctest: +SKIP
    'excluded'
"""
from __future__ import annotations

import re

from kg.extract.bodies import by_work
from kg.extract.contexts import THEIR_DATA, context_of, with_qualifier
from kg.extract.objects import unspecified
from kg.extract.rosters import named_list
from kg.extract.questions import OWN as _OWN, bare_no, my_number_unconfirmed
from kg.extract.speakers import is_question, spoken


#: A business called by the work on a system it does (改修を行う事業者が, 保守を担当する業者は).
_DOER = re.compile(r"(?P<work>保守|運用|運営|改修)(?:作業|業務)?を(?:行う|担当する|実施する|請け負う)"
                   r"(?:事業者|業者|会社|企業)(?:が|は|も)")
#: …などの保険者が: the name before is an example of the class that acts.
_EXEMPLIFIED = re.compile(r"(?:など|等)の[^、。をにへでと]{1,8}?(?:が|は)")


def denied_by_answer(state, sentence, frame, item, base, data, confidence) -> None:
    """委員：…他の保険者が個人番号を見ることはできるのですか。課長：できません。: the bare
    no denies the party and the data the question names (quoted with the answer)."""
    after = sentence.index + 1
    # who would see: the subject (not 支払基金 of 支払基金に渡った個人番号を…), or the one
    # a class is exemplified by (他の健康保険組合などの保険者が見る)
    party = (frame.slots.get("subject") or [None])[-1] or next(
        (m for m in reversed(frame.slots.get("of", [])) if m.kind == "entity"
         and _EXEMPLIFIED.match(sentence.text, m.end)), None)
    doer = _DOER.search(sentence.text, 0, frame.start) if item is not None else None
    if doer is not None and (party is None or party.type == "unnamed-party" and doer.start() <= party.start):
        # 改修を行う事業者が、児童の情報を見ることはありますか: the one the item says does it
        party = by_work(state, item, doer.group("work")) or party
    if not data:  # 機構の職員は、やり取りされる所得情報の中身を見る…か: the data it names
        data = state.category_keys([m for m in state.mentions.get(sentence.index, [])
                                    if m.kind == "category" and m.end <= frame.start], sentence)
    if not data and any(m.kind == "entity" and m.type == "data-subject" and m.end <= frame.start
                        and THEIR_DATA.match(sentence.text, m.end) for m in state.mentions.get(sentence.index, [])):
        data = [unspecified(state, sentence)]  # (児童の情報を: whatever is held on them)
    if after >= len(state.sents) or state.item_of.get(after) is not item or party is None \
            or not data or not bare_no(state.sents[after].text, state.pats):
        return
    answer = state.sents[after]  # (quoted from its words, not the speaker's label line)
    line, quote = answer.quote(len(answer.text) - len(spoken(state, answer)))
    append(state, {**base, "also": [{"line": line, "quote": quote}]}, "excluded", party, data,
            None, context_of(state, sentence, frame, None, item), confidence)


def denied_hand_over(state, sentence, frame, item, base, confidence) -> None:
    """委員：…から自治会や自主防災組織へ名簿が渡ることはありますか。課長：ございません。:
    the bare no keeps each recipient the question names from the data it names (a bare
    名簿: the item's roster), quoted with the answer. A longer answer says more than no,
    and is read as it stands."""
    after = sentence.index + 1
    if after >= len(state.sents) or state.item_of.get(after) is not item \
            or not _only_no(state, state.sents[after]):
        return
    data = state.category_keys(frame.slots.get("categories", []), sentence) \
        or named_list(state, sentence, frame)
    if not data:  # (回答を受けた預貯金の情報を、警察に提供する…か: the object a clause before took too)
        data = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                    and (at := _HANDED_OBJECT.match(sentence.text, m.end)) is not None
                                    and 0 <= frame.start - at.end() <= 2], sentence)
    if not data and _PEOPLES.search(sentence.text, 0, frame.start):
        data = [unspecified(state, sentence)]  # (登録者の情報を…: whatever is held on them)
    recipients = [m for m in frame.slots.get("recipient", []) if m.kind == "entity"
                  and m.type != "data-subject"]
    if not data or not recipients:
        return
    answer = state.sents[after]  # (quoted from its words, not the speaker's label line)
    line, quote = answer.quote(len(answer.text) - len(spoken(state, answer)))
    exclude_each(state, {**base, "also": [{"line": line, "quote": quote}], "_asked": True}, recipients,
                 data, sentence, frame, item, confidence)


def unless_given(state) -> None:
    """Drop the exclusions a bare no gave (:func:`denied_hand_over`) of a party a flow of
    the item gives that data after all: 委託先が健診結果を国保連合会に直接送ることは
    ありますか。ございません。…国保連合会への健診結果の送付は、これまでどおり市が…行います
    denies the contractor's route, not the federation's data."""
    def near(cats) -> set[str]:
        return set(cats) | {a for c in cats for a in state.lex.category_ancestors(c)}

    state.access[:] = [a for a in state.access if not a.get("_asked") or not any(
        f["item"] == a["item"] and f["to_key"] == a["party_key"]
        and (near(f["categories"]) & set(a["categories"]) or near(a["categories"]) & set(f["categories"]))
        for f in state.flows)]


def denied_asked(state) -> None:
    """Drop the flows a question proposed that the answer right after it denies, to the same
    party, of the same data (委員：地方裁判所に渡す名簿に、性別や電話番号は含まれるのですか。
    書記長：含まれておりません。: the court is kept from them, nothing goes); and take My
    Number out of one the answer does not confirm (:func:`kg.extract.questions.my_number_unconfirmed`)."""
    denied: dict[tuple, set] = {}
    for a in state.access:
        if a["type"] == "excluded" and a.get("_sentence") is not None:
            denied.setdefault((a["party_key"], a["_sentence"]), set()).update(a["categories"])

    def answered(flow) -> bool:  # (the answer's first words, after its speaker's label line)
        at = flow["_index"]
        return any(set(flow["categories"]) & denied.get((flow["to_key"], at + step), set())
                   and not any(is_question(state.sents[i].text, state.pats) for i in range(at + 1, at + step + 1))
                   for step in (1, 2) if at + step < len(state.sents))
    asked = [f for f in state.flows if f.get("_index") is not None
             and is_question(state.sents[f["_index"]].text, state.pats)]
    for flow in asked:  # (a question that My Number goes there is no evidence that it does)
        if my_number_unconfirmed(state, flow):
            flow["categories"] = [c for c in flow["categories"] if c not in state.my_number_ids]
    # (…住民基本台帳ネットワークシステムとの接続はどうなりますか: asks how, names no data,
    # states nothing; the answer states what goes)
    # (not …受託者は受講生の個人情報をどのように提供するのか, answered by a flow to the same
    # party: the question is a quote of that one)
    vague = {"personal-information"}
    state.flows[:] = [f for f in state.flows if not any(f is a for a in asked)
                      or f["categories"] and not answered(f)
                      and not (set(f["categories"]) <= vague and _ASKS_HOW.search(state.sents[f["_index"]].text)
                               and not any(g is not f and g["to_key"] == f["to_key"] and g["item"] == f["item"]
                                           for g in state.flows))]


#: A question of how something goes (…はどうなりますか, どのように…のですか).
_ASKS_HOW = re.compile(r"(?:どうなり|どうなる|どうする|どうされ|どのように|どのような形|いかがでしょう|いかがですか)")


def narrowed_by_answer(state) -> None:
    """Take out of a flow to one of several recipients of one sentence the data a later
    sentence of the item keeps from that recipient (…支援の経過を、…小中学校、警察署及び
    児童相談所に提供する; then 警察署には支援の経過は提供せず、氏名…に限る): the list was
    the group's; the answer says what that one gets. The exclusion stays."""
    shared = {}
    for flow in state.flows:
        if flow.get("_index") is not None:
            shared.setdefault((flow["_index"], flow["from_key"]), set()).add(flow["to_key"])
    for flow in state.flows:
        if len(shared.get((flow.get("_index"), flow["from_key"]), ())) < 2:
            continue
        kept = {c for a in state.access if a["type"] == "excluded" and a["item"] == flow["item"]
                and a["party_key"] == flow["to_key"] and (a.get("_sentence") or -1) > flow["_index"]
                and "personal-information" not in a["categories"] for c in a["categories"]}
        left = [c for c in flow["categories"] if c not in kept]
        if kept and left:
            flow["categories"] = left


#: People's information as what a question asks of (登録者の情報を, 利用者の個人情報が).
#: After a data name, that it is the object of the verb just after (…の情報を、警察に提供).
_HANDED_OBJECT = re.compile(r"(?:の(?:情報|データ))?を、?[^、。をがは]{1,10}?(?:に|へ)")
_PEOPLES = re.compile(r"[\u4e00-\u9fff]{1,6}(?:者|人|員)の(?:個人)?情報(?:を|が|は)")
#: A no that opens an answer (いいえ、…).
_NO = re.compile(r"(?:いいえ|いや)、?")


def _only_no(state, sentence) -> bool:
    """True when ``sentence`` answers no and says nothing more (ございません。, いいえ、
    ありません。): an answer that goes on (いいえ、主治医意見書は委託先には渡しません) states
    its own denial, read where it stands."""
    words = spoken(state, sentence).strip("　 。.")
    opening = _NO.match(words)
    if opening is not None:
        return words[opening.end():] in ("", *state.pats.get("bare_denials", ()))
    return bare_no(sentence.text, state.pats) or bare_no(words, state.pats)


def given_to(state, base, sentence, keep) -> list:
    """The parties outside the municipality that the item's flows up to ``sentence`` for
    which ``keep`` holds give data to, each once."""
    out = {}
    for f in state.flows:
        if f["item"] == base["item"] and f.get("_index", sentence.index) <= sentence.index \
                and f.get("_to") is not None and f["_to"].type not in (*_OWN, "department") and keep(f):
            out.setdefault(state.key(f["_to"]), f["_to"])
    return list(out.values())


def exclude_each(state, base, others, data, sentence, frame, item, confidence, qualified=None) -> None:
    """Append an exclusion of ``data`` for each of ``others``, in the statement's context
    (of the part of the data ``qualified`` says: 同意を得られていない者の名簿情報)."""
    context = with_qualifier(context_of(state, sentence, frame, None, item), qualified, item)
    for other in others:
        append(state, base, "excluded", other, data, None, context, confidence)


def append(state, base, kind, party, data, scope, context, confidence) -> None:
    """Append an access fact of ``kind`` (excluded, incidental…) for ``party`` (an
    exclusion of data the minutes said holds more, of that too: see
    :mod:`kg.extract.handling`)."""
    if getattr(party, "members", ()):
        # (受託者、主治医…には提供しない, 受託者 said of the two the item entrusts: each)
        for one in party.members:
            append(state, base, kind, one, data, scope, context, confidence)
        return
    if kind == "excluded" and state.held_with:
        data = list(data) + sorted({k for key in data for k in state.held_with.get(key, ())} - set(data))
    entry = state.entities.get(state.key(party)) or state.entity_for(party, base["line"], base["quote"])
    if not entry["line"]:  # (県への報告には…含まない: the prefecture, until now only the setting)
        entry.update(line=base["line"], quote=base["quote"], lines=[base["line"]])
    state.access.append({**base, "type": kind, "party": state.label_of(party),
                         "party_key": state.key(party), "party_id": party.id,
                         "categories": data,
                         "system": state.label_of(scope) if scope is not None else None,
                         "system_key": state.key(scope) if scope is not None else None,
                         "context": context, "confidence": confidence,
                         # (when an incidental access holds: see with_contract.work_with_entrustment)
                         **({"status": "current"} if kind == "incidental" else {})})


def kept_from_work(state) -> None:
    """Take My Number out of an entrustment's data where the item keeps the contractor from
    it (…これらの印刷…を外部に委託する, said beside マイナンバーカードの健康保険証利用; then
    受託者が個人番号を取り扱うことはない): the data the entrusting sentence names around the
    work is no grant of what the minutes deny the contractor (nc74)."""
    kept = {(a.get("item"), a["party_key"]) for a in state.access
            if a["type"] == "excluded" and set(a["categories"]) & state.my_number_ids and not a.get("system")}
    for rel in state.relations:
        if rel["type"] in ("entrusts", "re-entrusts") and (rel.get("item"), rel["object_key"]) in kept:
            rel["categories"] = [c for c in rel.get("categories", []) if c not in state.my_number_ids]
