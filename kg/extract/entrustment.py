"""Propose entrustments and re-entrustments (委託, 再委託): whom a work goes to, by whom, and
the contractors an item implies. Their permissions and bans are :mod:`kg.extract.permissions`.

The one entrusted is the に slot (or the object); the one entrusting is the
subject or the provider, else (for 委託) the municipality.

Example::

    >>> entrust_facts(state, sentence, frame, base, 0.8)           # doctest: +SKIP
    >>> state.relations[-1]["permission"]                          # doctest: +SKIP
    'requires-approval'
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import holdings, status
from kg.extract.contractors import CHANGE_OF
from kg.extract.listing import last_group
from kg.extract.permissions import held_as_long, permission
from kg.extract.relations import last as _last
from kg.extract.speakers import is_question, said_after, said_before, spoken
from kg.extract.titles import unnamed_contractor


#: After 再委託, that the sentence speaks of it as its topic (再委託につきましては、).
_ABOUT_IT = re.compile(r"に(?:つきましては|ついては|つきまして|当たっては|あたっては)|の際(?:に)?は")


def _from_before(state, sentence, to):
    """Return the body named with から just before the recipient ``to`` (…業務を、同社から
    株式会社Bに再委託する), which a parse may hang on a later verb; or None."""
    if to is None:
        return None
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.type in ("company", "association", "public-body", "unnamed-party")
                 and sentence.text.startswith("から", m.end) and m.end + 2 == to.start), None)


#: Before …の再委託, the work it names (データセンターの運営業務の再委託): the words since the
#: last particle or mark.
_WORK = re.compile(r"([^、。はをがにでと「」（）()\s]{2,}(?:の[^、。はをがにでと「」（）()\s]{2,})*)の$")


def _same_work(state, sentence, frame):
    """The company an earlier sentence says the work that ``frame`` re-entrusts is
    re-entrusted to, when one only is named for that work (…の運営業務は、A社からB社に再委託
    される; then …の運営業務の再委託): its mention in that sentence, else None."""
    work = _WORK.search(sentence.text[:frame.start])
    if work is None or len(work.group(1)) < 4:
        return None
    named = [r for r in state.relations if r["type"] == "re-entrusts"
             and r.get("_sentence") is not None and r["_sentence"] < sentence.index
             and state.entities.get(r["object_key"], {}).get("type") != "unnamed-party"
             and r.get("permission") != "forbidden" and work.group(1) in state.sents[r["_sentence"]].text]
    if len({r["object_key"] for r in named}) != 1:
        return None
    return next((m for r in named for m in state.mentions.get(r["_sentence"], []) if m.kind == "entity"
                 and state.key(m) == r["object_key"]), None)


#: After a party, that it is whom a work is for (…への配布を, …に対する通知を).
_WORK_FOR = re.compile(r"(?:への|に対する)[^、。をにがはでと]{1,8}を")


#: The kinds of party a work may be entrusted to.
ENTRUSTABLE = ("company", "association", "public-body", "unnamed-party")


def entrust_facts(state, sentence, frame, base: dict, confidence: float, each: bool = False) -> None:
    """Append the entrustment or re-entrustment a frame states to ``state.relations``
    (``each``: for one of the bodies a list names, already split)."""
    bodies = [m for m in frame.slots.get("recipient", []) if m.type in ENTRUSTABLE]
    if frame.kind == "entrust" and len(bodies) == 1 and not each:
        # (…連合会（以下「国保連合会」といいます。）及び…支払基金に委託: the parse gave the last
        # only, nc68 M3)
        before = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                  and m.type in ENTRUSTABLE and m.end <= bodies[0].start]
        bodies = last_group(sentence.text, before + bodies, state.pats)
    if frame.kind == "entrust" and len(bodies) > 1:
        # (新規申請分をAに、更新申請分をBに委託する; A及びBに委託する: each is entrusted)
        for body in bodies:
            entrust_facts(state, sentence, replace(frame, slots={**frame.slots, "recipient": [body]}),
                          base, confidence, each=True)
        return
    slots = dict(frame.slots)
    # (…及び審査会委員への配布を外部に委託する: whom the work is for, not whom it goes to)
    slots["recipient"] = [m for m in slots.get("recipient", []) if not (
        (work := _WORK_FOR.match(sentence.text, m.end)) and work.end() <= frame.start)]
    to = _last(slots, "recipient") or _last(slots, "object") or _described(state, sentence, frame)
    if to is None and frame.kind == "entrust":
        # (…株式会社Aに毎月提供し、学力の傾向の分析を委託いたします: the one the chain hands
        # the data to)
        to = next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                   and m.type in ("company", "public-body", "association") and m.end < frame.start
                   and _HANDED_THEN.fullmatch(sentence.text, m.end, frame.start)), None)
    frm = _last(slots, "subject") or _last(slots, "provider") or _from_before(state, sentence, to) \
        or _topic_body(state, sentence, frame) or _opening_topic(state, sentence, frame)
    if frm is not None and frm.type in ("system", "data-subject"):
        # 子育て支援システムは、…その運用及び保守は…に委託している: the topic is what the
        # work is on; a system entrusts nothing
        frm = None
    item = state.item_of.get(sentence.index)
    answer = said_after(state, sentence.index)  # (past the answering official's label line)
    if is_question(sentence.text, state.pats) and answer < len(state.sents) \
            and state.item_of.get(answer) is item and frame.verb in spoken(state, state.sents[answer]):
        return  # 委員：…再委託をすることはあるか。→ 一部の作業を再委託する可能性はある: the answer says
    if to is None and frm is None and len(spoken(state, sentence).strip("　 ")) <= len(frame.verb) + 2:
        return  # (再委託, a table's header cell: a column, no one's work; nc69 W11)
    if to is None and frm is None and frame.kind == "re-entrust" \
            and sentence.text[:frame.start].endswith(("この", "当該", "本", "同", "上記の")) and any(
            r["type"] == "re-entrusts" and r.get("_sentence") == sentence.index for r in state.relations):
        return  # (…Bに再委託しており、この再委託については市の承諾を得て: the one just said; nc69 W11)
    if to is None and frm is None and frame.kind == "re-entrust" and item is not None \
            and not is_question(sentence.text, state.pats):  # (再委託は予定しているか: asked only)
        # 勧奨業務の一部を再委託する予定ですが、再委託先は未定です: the item's contractor
        # re-entrusts, to a subcontractor not yet named (or the company the question
        # before asks about: しおかぜノートの会社が、さらに別の会社に仕事を出すことは)
        frm = _asked_company(state, sentence, item) or item.contractor_before(sentence.index)
    if to is None and frame.kind == "re-entrust" and item is not None and frm is not None \
            and frm.type in ("municipality", "department") and not is_question(sentence.text, state.pats):
        # (町が事前に書面で承認した場合に限り、再委託を認める: the town approves, the item's
        # contractor re-entrusts, to no one named; not 区はこの再委託を書面で承認: of one said)
        frm = item.contractor_before(sentence.index)
        if frm is not None and any(r["type"] == "re-entrusts" and r["item"] == item.key
                                   and r["subject_key"] == state.key(frm) for r in state.relations):
            return
    if to is None and frame.kind == "re-entrust":
        # (データセンターの運営業務は、A社からB社に再委託される。…同じ運営業務の再委託がある
        # 旨の訂正, …の再委託については, …を行う点は、…の再委託に含まれる: B, named before, not
        # another unnamed; nc73 W8)
        to = _same_work(state, sentence, frame)
    said = [r for r in state.relations if r["type"] == "re-entrusts" and item is not None and r["item"] == item.key
            and not r["object_key"].startswith("unnamed-party:")]
    named_here = said and any(m.kind == "entity" and state.key(m) == said[-1]["object_key"]
                              for m in state.mentions.get(sentence.index, []))
    if to is None and frame.kind == "re-entrust" and item is not None and said \
            and (_ABOUT_IT.match(sentence.text, frame.end) or named_here):
        # (…を㈱Bに再委託いたします。再委託につきましては、…承諾を条件, or a table's row
        # 再委託　㈱B　夜間の稼働監視: of that one, B, not of another unnamed; nc67)
        to = next((m for i in item.sentences for m in state.mentions.get(i, []) if m.kind == "entity"
                   and state.key(m) == said[-1]["object_key"]), None)
    if to is None and frame.kind == "re-entrust" and item is not None and frm is not None \
            and frm.type in ("company", "unnamed-party") and frm.role != "subcontractor":
        # 同社は、…業務の一部を再委託する (to no one named): the item's unnamed subcontractor
        # (of a named company, where the item entrusts others too: this one's own)
        others = {r["object_key"] for r in state.relations if r["type"] == "entrusts"
                  and r["item"] == item.key} - {state.key(frm)}
        # (not the item's subcontractor, whose own re-entrustment is a level on)
        own = others and frm.type == "company" and (
            item.subcontractor is None or state.key(item.subcontractor) != state.key(frm))
        to = unnamed_contractor(state, item, "subcontractor", of=frm) if own \
            else item.subcontractor or unnamed_contractor(state, item, "subcontractor")
        if to.how == "title":  # (named by no sentence: placed by this one, so a draft holds it)
            state.entity_for(to, base["line"], base["quote"])
    if to is None or to.type in ("data-subject", "system"):
        return
    if frame.kind == "re-entrust" and item is not None and (
            frm is None or frm.type in ("municipality", "department")):
        # 印字作業のみを…に再委託する, said by the item's contractor; 市が書面で承認した場合
        # に限り、…への再委託を認める: the town approves, the contractor re-entrusts
        frm = item.contractor_before(sentence.index) or (
            unnamed_contractor(state, item) if frm is not None else None)
    if frame.kind == "entrust" and frm is None and item is not None and _HEARD.match(sentence.text, frame.end):
        # (ひかり福祉会が業務の一部を外部に任せることはありますか。／給食業務を株式会社Aに
        # 委託していると聞いております: the body asked of entrusts; the town only heard of it)
        frm = _asked_company(state, sentence, item) or item.contractor_before(sentence.index)
    if frame.kind == "entrust" and frm is None:
        if sentence.text.startswith("され", frame.end):
            return  # 中間サーバーの運用は、機構に委託されている: by whom is not said
        if _POINTED.search(sentence.text[:frame.start]):
            if item is not None:
                item.entrusted_by_other = True
            return  # 同事務所は、…業務を…に委託する予定: a body named before entrusts, not the town
        frm = _body_that_entrusts(state, sentence, frame) or state.municipality_mention()
    if frm is None or state.key(frm) == state.key(to):
        return
    contractor = item.contractor_before(sentence.index) if item is not None else None
    # (国保連合会から委託を受けた印刷事業者: the item's contractor entrusts on, a re-entrustment)
    again = frame.kind == "re-entrust" or contractor is not None and state.key(contractor) == state.key(frm) \
        and frm.type not in ("municipality", "department")
    state.relations.append({
        **base, "type": "re-entrusts" if again else "entrusts",
        "subject": state.label_of(frm), "object": state.label_of(to),
        "subject_key": state.key(frm), "object_key": state.key(to),
        "subject_id": frm.id, "object_id": to.id,
        "categories": state.category_keys(slots.get("categories", []), sentence),
        "permission": permission(state, sentence, frame.kind == "re-entrust", state.key(frm)) if again else None,
        "status": "possible" if again and _ALLOWED.match(sentence.text, frame.end)
        else status.of_clause(state, sentence.text, frame.start), "confidence": confidence,
        "_settled": status.settled(state, sentence, frame.end)})
    if not state.relations[-1]["categories"]:  # (…Aに提供し、…を委託: the data handed to it)
        state.relations[-1]["categories"] = list(dict.fromkeys(
            c for f in state.flows if f.get("_index") == sentence.index and f["to_key"] == state.key(to)
            for c in f["categories"]))
    if state.relations[-1]["permission"] == "forbidden":
        held_as_long(state, state.relations[-1])
    changed_contractor(state, sentence, frame, base, confidence)


#: After a body, that the clause is about what happens there (国保連では、…を再委託する).
_THERE = re.compile(r"(?:では|においては|において)、")


def _topic_body(state, sentence, frame):
    """The body a sentence opens its clause with as where the work happens (今回、国保連では、
    …その運用を株式会社Aに再委託する: the federation re-entrusts), or None."""
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.type in ("public-body", "company", "association") and m.end < frame.start
                 and _THERE.match(sentence.text, m.end)), None)


def _opening_topic(state, sentence, frame):
    """The outside body the sentence opens with as its topic, when a verb of a relative
    clause took it (国保連合会は、介護給付費の審査支払に用いるシステムの運用を株式会社Aに委託:
    the federation entrusts, not the union; nc71 W12), or None."""
    begin = len(sentence.text) - len(spoken(state, sentence))
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity" and m.start == begin
                 and m.type in ("public-body", "company", "association") and m.end < frame.start
                 and sentence.text.startswith("は", m.end)), None)


#: A product a company offers, named in brackets (株式会社Aが提供する「Bノート」).
_OFFERED = re.compile(r"(?:が|の)(?:提供する|提供している|運営する|開発した)?「([^」]{2,20})」")


#: After an entrusting verb, that the speaker only heard of it (委託していると聞いております).
_HEARD = re.compile(r"(?:して|してい|しており|しておる)?(?:る|た|ます)?(?:と|との)(?:こと(?:を|と)?)?(?:聞い|伺っ|聞き及)")


def _asked_company(state, sentence, item):
    """The company the question just before the answer ``sentence`` asks about: named
    there, or as the maker of a product named there (しおかぜノートの会社 → the company
    that offers 「しおかぜノート」); None."""
    asked = said_before(state, sentence.index)
    if asked < 0 or state.item_of.get(asked) is not item or not is_question(state.sents[asked].text, state.pats):
        return None
    named = [m for m in state.mentions.get(asked, []) if m.kind == "entity" and m.type in ("company", "association")]
    if len(named) == 1:
        return named[0]
    text = state.sents[asked].text
    for index in item.sentences:
        if index >= asked:
            break
        said = state.sents[index].text
        for offer in _OFFERED.finditer(said):
            if offer.group(1) + "の会社" not in text and offer.group(1) + "の事業者" not in text:
                continue
            maker = [m for m in state.mentions.get(index, []) if m.kind == "entity" and m.type == "company"
                     and m.end == offer.start()]
            if maker:
                return maker[0]
    return None


def _body_that_entrusts(state, sentence, frame):
    """The outside body named as the subject in the verb's own clause (同システムは県が株式
    会社Aに委託して運用しており: 県, not the town), or None."""
    ours = state.municipality["key"] if state.municipality else None
    return next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                 and m.end < frame.start and sentence.text.startswith("が", m.end)
                 and "、" not in sentence.text[m.end:frame.start] and state.key(m) != ours
                 and m.type in ("prefecture", "public-body", "municipality")), None)


#: A body pointed back at as the topic (同事務所は, 同機構が) that named no party.
_POINTED = re.compile(r"(?:^|[、。:：\s])同[\u4e00-\u9fff]{1,6}(?:は|が)、?")
#: A re-entrustment allowed, not made (…への再委託を認めることとしている): it may happen.
_ALLOWED = re.compile(r"(?:を|も|は)(?:認め(?!ない|ず|ませ|られな)|可能と|可とする|できる)")
#: A verb ending that makes a relative clause of the noun right after it (委託している株式会社A,
#: 国保連合会から委託を受けた印刷事業者).
_RELATIVE = re.compile(r"(?:している|していた|した|する|を受けた|を受けている|を受ける)")


def _described(state, sentence, frame):
    """Return the party a relative clause of 委託 describes (…の印刷を委託している株式会社
    Aにおいて: A is the contractor; 国保連合会から委託を受けた印刷事業者: the 印刷事業者), or
    None."""
    ending = _RELATIVE.match(sentence.text, frame.end)
    if ending is None:
        return None
    # (an unnamed one only as said: 今年度委託する業者と…取り交わしはしているか asks)
    kinds = ("company", "association", "public-body") + (
        () if is_question(sentence.text, state.pats) else ("unnamed-party",))
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.start == ending.end() and m.type in kinds), None)


#: A change of contractor after an entrustment (委託先を株式会社Bに変更する予定).
CHANGED = CHANGE_OF


def changed_contractor(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append the entrustment to the contractor a sentence changes to after the one it
    names (…Aに委託しているが、令和9年4月から委託先を株式会社Bに変更する予定である: B,
    planned, beside A, current)."""
    if frame.kind != "entrust":
        return
    made = state.relations[-1]
    for mention in state.mentions.get(sentence.index, []):
        if mention.start > frame.end and mention.type in ("company", "association") and mention.kind == "entity" \
                and CHANGED.search(sentence.text, 0, mention.start) \
                and holdings.CHANGED_TO.match(sentence.text, mention.end):
            line, quote = sentence.quote()  # (the change, not the clause of the old one)
            state.relations.append({
                **made, "line": line, "quote": quote,
                "object": state.label_of(mention), "object_key": state.key(mention),
                "object_id": mention.id, "categories": [], "replaces": made["object_key"],
                "status": status.of(state, sentence.text[frame.end:])})
            return


#: From a party to an entrusting verb: the data handed to it, then the work (…に毎月提供し、
#: 学力の傾向の分析を).
_HANDED_THEN = re.compile(r"に[^。、]*?(?:し|して)、[^。、]*?を")
