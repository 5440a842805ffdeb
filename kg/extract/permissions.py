"""A re-entrustment's permission and the bans the minutes put on re-entrusting.

The permission of a re-entrustment is read from the sentence after it and every sentence
of its agenda item that speaks of 再委託 (再委託に当たっては、あらかじめ市の承諾を得る is said
apart from the verb), not from a member's question or view, and from a correction on:
forbidden where one forbids it, requires-approval where one asks for approval, allowed
where one says it may be done (再委託ができる), else none (a re-entrustment said only to be
done says nothing of what its contract allows). A re-entrustment the minutes forbid
(受託者は再委託してはならない) is proposed too, with ``permission: forbidden``, from the
item's contractor to its unnamed subcontractor: it grants nothing, and it tells a reader
the ban is there. A ban one level on (再々委託は禁止) is the subcontractor's; a ban a
correction takes back goes.

Example::

    >>> permission(state, sentence)                                 # doctest: +SKIP
    'requires-approval'
"""
from __future__ import annotations

import re

from kg.extract import ban_holders, status
from kg.extract.labels import work_of
from kg.extract.relations import last as _last
from kg.extract.speakers import is_question, speaker_of, spoken
from kg.extract.titles import unnamed_contractor


#: A re-entrustment other than the one allowed (それ以外の再委託, 他の再委託).
_OTHERS = re.compile(r"(?:それ以外|以外|他|ほか)の再委託")
#: A ban on the re-entrustments not approved (承認のない再委託は認めない, 無断で再委託して
#: はならない): approval is what it requires.
_UNAPPROVED = re.compile(r"(?:承認|承諾|許可|同意)(?:の|を得)(?:ない|ず)[^、。]{0,4}再委託|無断(?:で|の)再委託")


def _forbids(text: str, perms: dict) -> bool:
    """True when ``text`` forbids re-entrusting: a cue of ``forbidden``, a bare 禁止 only
    when said of 再委託 (再委託は、契約により禁止; not 再委託先による…持ち出しを禁止)."""
    text = _UNAPPROVED.sub("", text)  # (承認のない再委託は禁止: approval is what it asks)
    if _EXCEPT_APPROVED.search(text):
        return False  # (原則として禁止し、…書面により承認した場合に限り認める: approval it asks)
    return any(c in text for c in perms.get("forbidden", ()) if c != "禁止") \
        or "禁止" in perms.get("forbidden", ()) and _BANNED.search(text) is not None


#: A re-entrustment without the approval a ban is of (承認のない再委託, 無断で再委託).
_UNAPPROVED = re.compile(r"(?:承認|承諾|許可|同意)(?:(?:の|を得)(?:ない|ていない|ずに?)(?:まま)?の?|なく|なしに|なしで)"
                         r"再委託|無断(?:で|の)再委託")
#: A ban with the approval it yields to (原則として禁止し、…承認した場合に限り認める; 禁止する。
#: ただし、…の承認を得た場合は、この限りでない).
_EXCEPT_APPROVED = re.compile(r"(?:承認|承諾|許可|同意)[^。]{0,20}?(?:場合に限り|場合に限って|場合は|場合には|ときは)"
                              r"[^。]{0,12}?(?:認め(?!な|ず|ま?せん)|可能|この限りで(?:ない|はない|はありません))")
#: The council's decision on the item (審査の結果、本件は…承認することとしました).
_DECISION = re.compile(r"(?:審査|審議)の結果|本件は|原案のとおり|諮問のとおり")
#: A re-entrustment allowed for some work only (…への再委託は、ハードウェア保守に限り認める).
_ALLOWED_FOR = re.compile(r"再委託(?:は|を)、?[^。]{0,30}?(?:に限り|に限って|のみ)(?:認め|可能)")


def _others_doing(state, index: int, subject) -> bool:
    """True when sentence ``index`` names, as who re-entrusts (…が再委託, …は…再委託), a
    party other than the one keyed ``subject``."""
    if subject is None:
        return False
    text = state.sents[index].text
    return any(m.kind == "entity" and m.type in ("company", "unnamed-party", "association", "public-body")
               and state.key(m) != subject and _DOER.match(text, m.end)
               for m in state.mentions.get(index, []))


#: After a party, that it is who re-entrusts (受託事業者が業務の全部又は一部を再委託する).
_DOER = re.compile(r"(?:が|は)、?[^。]{0,20}?再委託")
#: 再委託 as what a bare 禁止 bans (再委託は、契約により禁止いたします).
_BANNED = re.compile(r"再委託(?:は|を|も|について)[、,]?[^。をが]{0,20}?禁止")


#: A clause that reports what was said or written before, to be corrected (当初の諮問書では
#: 再委託はないとしていたが、).
_SAID_BEFORE = re.compile(r"[^。、]*(?:当初|以前|前回|先ほど)[^。]*?(?:と|旨)(?:して|記載して|説明して|申し上げて|記して)"
                          r"(?:いた|おりました|いました)(?:が|ものの|ところ)")


#: A re-entrustment one level on (さらに再委託, 再々委託): the subcontractor's own.
_FURTHER = re.compile(r"(?:さらに|更に)[^。、]{0,10}?再委託|再々委託")


def permission(state, sentence, item_wide: bool = True, subject=None) -> str | None:
    """Return the permission the item's sentences about 再委託 state (see the module); with
    ``item_wide`` false, the sentence's and the next one's only (a contractor's own
    entrustment, 国保連合会から委託を受けた印刷事業者: the item's 再委託 sentences may be of
    another level); with the re-entrusting ``subject`` key, not the item's sentences that
    name another contractor doing it (受託事業者が…再委託することは禁止, of a work still
    to be awarded, is no ban on the system's maintainer; nc69 W11)."""
    item = state.item_of.get(sentence.index)
    # the sentence right after it too: 再委託する。市の承認を得た場合に限る。
    # (not the council's decision: 審査の結果、本件は…承認することとしました approves the item)
    # (…一部を再委託することを、…承認を条件として認める予定。未納整理業務の再委託は認めません:
    # the next sentence's ban of another work is not this one's, nc70 W1)
    own_work = lambda text: (w := ban_holders.WORK_BAN.search(text)) is None or w.group(1) in sentence.text  # noqa: E731
    after = [state.sents[sentence.index + 1].text] if sentence.index + 1 < len(state.sents) \
        and state.item_of.get(sentence.index + 1) is item \
        and not _DECISION.search(state.sents[sentence.index + 1].text) \
        and not speaker_of(state, sentence.index + 1).endswith("委員") \
        and not _others_doing(state, sentence.index + 1, subject) \
        and own_work(state.sents[sentence.index + 1].text) else []
    # (not what a member asks or thinks: 再委託先が決まっていないのに承認することはできない
    # と思います is no approval the contract requires)
    # (…再委託はございません。…先ほどの説明を訂正いたします。…に再委託しております: what a
    # correction takes back says nothing of the re-entrustment it corrects)
    since = max((i for i in (item.sentences if item else ()) if i <= sentence.index
                 and _CORRECTS.search(state.sents[i].text)), default=-1)
    # (…データ移行作業の一部について、…再委託する予定; なお、運用保守業務の再委託は認めません:
    # a ban of another work's, own_work above)
    # (…再委託をしてはならない。ただし、…承認を得た場合は、この限りでない: its proviso too)
    texts = [sentence.text, *after] + ([state.sents[i].text for i in item.sentences
                                        if ("再委託" in state.sents[i].text or _proviso(state, i)) and i >= since
                                        and not is_question(state.sents[i].text, state.pats)
                                        and not speaker_of(state, i).endswith("委員")
                                        and own_work(state.sents[i].text)
                                        and not _others_doing(state, i, subject)]
                                       if item and item_wide else [])
    # (…Bに再委託している。Bは、さらに再委託してはならない: a ban on B's own, one level on)
    texts = [text[:further.start()] if (further := _FURTHER.search(text)) else text for text in texts]
    # (当初の諮問書では再委託はないとしていたが、…再委託がある旨の訂正があった: what was
    # said before and is taken back, no ban; nc73 W8)
    texts = [_SAID_BEFORE.sub("", text) for text in texts]
    perms = state.pats.get("permissions", {})
    # (それ以外の再委託は、契約により禁止: a ban on the others, not on the one allowed)
    # (禁止する。ただし、…承認を得た場合は、この限りでない: the ban yields to approval)
    if any(_forbids(text, perms) for text in texts if not _OTHERS.search(text) and not _UNAPPROVED.search(text)) \
            and not any(_EXCEPT_APPROVED.search(text) for text in texts):
        return "forbidden"
    if any(c in text for text in texts for c in perms.get("requires-approval", ())):
        return "requires-approval"
    # (連合会が株式会社Aに委託しております: done, but nobody said whether it may be)
    return "allowed" if any(_allows(text, c) for text in texts for c in perms.get("allowed", ())) \
        or any((m := _ALLOWED_FOR.search(text)) and _allows(text, m.group(0)) for text in texts) \
        else None


def _yields_to_approval(state, sentence) -> bool:
    """True when the ban ``sentence`` states yields to approval, in itself (…原則として禁止し、
    …承認した場合に限り認める) or in the proviso after it (…再委託をしてはならない。ただし、…
    承認を得た場合は、この限りでない): a re-entrustment on approval, no ban."""
    after = sentence.index + 1
    return _EXCEPT_APPROVED.search(sentence.text) is not None or after < len(state.sents) \
        and _proviso(state, after) and _EXCEPT_APPROVED.search(state.sents[after].text) is not None


def _proviso(state, index: int) -> bool:
    """True when sentence ``index`` is the proviso (ただし、…) of a sentence on 再委託."""
    return index > 0 and "再委託" in state.sents[index - 1].text \
        and re.sub(r"^[〔（(【][^〕）)】]{1,12}[〕）)】]|^[^\s　]{1,12}[\s　]", "", state.sents[index].text).lstrip("　 ").startswith("ただし")


def _allows(text: str, cue: str) -> bool:
    """True when ``cue`` (再委託を認め) stands in ``text`` not denied after it (認めない,
    認めるべきではない)."""
    return any(not _DENIED.match(text, at.end()) for at in re.finditer(re.escape(cue), text))


#: After an allowing cue, what takes it back.
_DENIED = re.compile(r"[^。、]{0,4}?(?:ない|ません|ず|べきでは)")


#: A sentence that corrects what was said before (先ほどの説明を訂正いたします).
_CORRECTS = re.compile(r"訂正(?:いたし|し|させていただ)")


def withdrawn_bans(state) -> None:
    """Drop the ban a correction takes back (…への再委託はございません。…先ほどの説明を訂正
    いたします。…は、保守業務の一部を株式会社Bに再委託しております): a re-entrustment by the
    same contractor stated after the correction, and not forbidden, stands instead."""
    def corrected(ban, rel) -> bool:
        # (not a correction of another thing, then a new question: 先ほど…毎月と申し上げ
        # ましたが、訂正いたします。…さらに別の会社に仕事を出すことはありますか)
        return any(_CORRECTS.search(state.sents[i].text) and not any(
                   is_question(state.sents[j].text, state.pats) for j in range(i + 1, rel["_sentence"]))
                   for i in range(ban["_sentence"] + 1, rel["_sentence"] + 1))

    state.relations[:] = [ban for ban in state.relations if not (
        ban["type"] == "re-entrusts" and ban.get("permission") == "forbidden"
        and ban.get("_sentence") is not None and any(
            rel["type"] == "re-entrusts" and rel.get("permission") != "forbidden"
            and rel["item"] == ban["item"] and rel["subject_key"] == ban["subject_key"]
            and (rel.get("_sentence") or -1) > ban["_sentence"] and corrected(ban, rel)
            for rel in state.relations))]


def forbidden_facts(state, sentence, frame, base: dict, confidence: float) -> bool:
    """Append the re-entrustment a denied frame forbids (受託者は…再委託してはならない;
    再委託は認めない) and return True, or return False when the sentence says whose it is
    not: no agenda item, or an item with no contractor and no outsourcing."""
    item = state.item_of.get(sentence.index)
    if item is None or frame.kind != "re-entrust":
        return False
    # only words that forbid it: a denial elsewhere in the sentence is no ban
    if not any(cue in _SAID_BEFORE.sub("", sentence.text) for cue in state.pats.get("permissions", {}).get("forbidden", ())) \
            or _yields_to_approval(state, sentence):
        return False
    if _OTHERS.search(sentence.text):
        return True  # それ以外の再委託は禁止: a ban on any other, no one's re-entrustment
    frm = _last(frame.slots, "subject") or _last(frame.slots, "provider") or ban_holders.contracted(state, sentence) \
        or ban_holders.own_contract(state, sentence, frame) or ban_holders.doer_before(state, sentence, frame) \
        or ban_holders.work_doer(state, item, sentence)
    if frm is None or frm.type not in ("company", "unnamed-party", "association") \
            or frm.role == "subcontractor":
        entrusted = ban_holders.entrusted_before(state, item, sentence)
        if item.contractor is None and "outsourcing" not in item.kinds and entrusted is None:
            return False
        if item.contractor is None and entrusted is not None:
            # (…を株式会社Aに委託している。…再委託は認めない: A, in an item whose title says
            # no entrustment, nc68 M11)
            frm = entrusted
        # (AとBに委託する。…委託契約には…再委託は禁止: the one named last, whose contract
        # is being spoken of; unnamed only when the item names none)
        frm = item.contractor_before(sentence.index) or ban_holders.re_entruster_before(state, item, sentence) \
            or unnamed_contractor(state, item)
    # (…は、調査業務を他の事業者に再委託することはできません: to no one; not the company
    # the item names as another party's subcontractor)
    to = _last(frame.slots, "recipient")
    # (after the speaker's label: ◇課税課市民税係長　本業務の再委託は: 本業務, the whole)
    begin = len(sentence.text) - len(spoken(state, sentence))
    part = _PART.search(sentence.text, begin, frame.start) or _PART_OF.search(sentence.text, begin, frame.end + 1)
    if part is not None and part.group("work").startswith(("この", "その", "本", "当該", "同", "全")):
        part = None  # (この業務を: the whole)
    if to is None or state.key(to) == state.key(frm):
        # (ミドリ医療情報への再委託はございません: no re-entrustment of its work, to no one)
        to = unnamed_contractor(state, item, "subcontractor")
        if part is not None and not work_of(item, state.pats).endswith(part.group("work")):
            # (ソフトウェア保守の再委託は認めない: whoever would do that work; not 調査業務
            # of an item whose work is 要介護認定調査業務, the same work)
            to.label = f"{part.group('work')}の再委託先（名称不明）"
    ours = item.contractor_before(sentence.index) or unnamed_contractor(state, item)
    if not frame.slots.get("recipient") and frm is ban_holders.contracted(state, sentence) \
            and state.key(frm) != state.key(ours):
        # 国保連合会と印刷事業者の契約で、再委託は禁止: the printer the federation entrusts may
        # not entrust on, to no one (…の再々委託先（名称不明）)
        to = _further(state, sentence, item)
    state.entity_for(to, base["line"], base["quote"])
    unapproved = _UNAPPROVED.search(sentence.text) is not None
    # (受託者は、…再委託してはならない, said of the two the item entrusts: each of them)
    for one in getattr(frm, "members", ()) or (frm,):
        state.entity_for(one, base["line"], base["quote"])
        re_entrusts(state, base, one, to, "requires-approval" if unapproved else "forbidden", confidence)
        if unapproved:
            # (承認のない再委託は認めておりません: none is said to be made; one may be, if approved)
            state.relations[-1]["status"] = "possible"
        held_as_long(state, state.relations[-1])
        if part is not None:
            # 学習ログの分析業務を第三者に再委託することは認めません: a ban on that work only
            state.relations[-1]["work"] = part.group("work")
    return True


def held_as_long(state, ban: dict) -> None:
    """Give a ban on a subcontractor's re-entrusting the status of the re-entrustment that
    made it one (Bからの再々委託は認めません holds as long as B's does)."""
    held = next((r for r in state.relations if r["type"] == "re-entrusts" and r["object_key"] == ban["subject_key"]
                 and r.get("permission") != "forbidden"), None)
    if held is not None:
        ban["status"] = held["status"]


#: Before a re-entrusting verb, the part of the work a ban is on (分析業務を…再委託).
_PART = re.compile(r"(?P<work>[^、。はがをにで「」()（）：:\s　]{2,20}?業務)(?:の一部)?を[^。、]{0,12}$")
#: The work a ban names as its re-entrustment's (ソフトウェア保守の再委託は).
_PART_OF = re.compile(r"(?P<work>[^、。はがをにで「」()（）：:\s　]{2,20}?(?:保守|運用|作業|業務|開発|処理))の再委託(?:は|を|について)")


def _further(state, sentence, item):
    """The unnamed party one level below a subcontractor: …の再々委託先（名称不明）."""
    from kg.extract.labels import work_of
    from kg.extract.ruler import Mention

    ban = Mention(sentence.index, 0, 0, "再々委託先", "entity", "unnamed-party", None,
                  "subcontractor", True, "title")
    ban.label = f"{work_of(item, state.pats)}の再々委託先（名称不明）"
    return ban


def re_entrusts(state, base: dict, frm, to, permission: str, confidence: float) -> None:
    """Append the re-entrustment from ``frm`` to ``to`` that ``base`` (item, line, quote,
    verb) states, naming no data."""
    state.relations.append({
        **base, "type": "re-entrusts",
        "subject": state.label_of(frm), "object": state.label_of(to),
        "subject_key": state.key(frm), "object_key": state.key(to),
        "subject_id": frm.id, "object_id": to.id, "categories": [],
        "permission": permission, "confidence": confidence, "status": status.of(state, base["quote"])})


def _party_to_contract(state, sentence):
    """The company a sentence names as the contractor of the contract it speaks of (医師会と
    北斗ネットワークとの契約で: 北斗ネットワーク), when the minutes say it is entrusted, else None."""
    company = ban_holders.contracted(state, sentence)
    entrusted = {r["object_key"] for r in state.relations if r["type"] == "entrusts"}
    return company if company is not None and company.type == "company" and state.key(company) in entrusted \
        else None


def _own_ban(state, sentence, item, company) -> None:
    """Append ``company``'s own ban on re-entrusting (to its unnamed subcontractor)."""
    if any(r["type"] == "re-entrusts" and r.get("permission") == "forbidden" and r["subject_key"] == state.key(company)
           for r in state.relations):
        return
    line, quote = sentence.quote()
    sub = unnamed_contractor(state, item, "subcontractor", of=company)
    state.entity_for(company, line, quote)
    state.entity_for(sub, line, quote)
    state.relations.append({
        "item": item.key, "line": line, "quote": quote, "verb": "再委託", "type": "re-entrusts",
        "subject": state.label_of(company), "object": state.label_of(sub), "subject_key": state.key(company),
        "object_key": state.key(sub), "subject_id": company.id, "object_id": None,
        "categories": [], "permission": "forbidden", "confidence": 0.6, "status": status.of(state, quote)})


def further_bans(state) -> None:
    """Append the ban a sentence puts on re-entrusting one level on (再々委託は契約で禁止
    いたします; さらに別の事業者に委託することはできません): the item's subcontractor may not
    re-entrust, to no one (…の再々委託先（名称不明）), forbidden. Nothing when the item names
    no re-entrustment before it."""
    cues = tuple(state.pats.get("permissions", {}).get("forbidden", ())) + ("できません", "できない", "認めません", "認めない")
    for sentence in state.sents:
        item = state.item_of.get(sentence.index)
        text = sentence.text
        further = _FURTHER.search(text)
        if item is None or further is None or is_question(text, state.pats) \
                or not any(cue in text[further.start():] for cue in cues):
            continue
        bound = _party_to_contract(state, sentence)
        if bound is not None:
            # 医師会と北斗ネットワークとの契約で、さらに他社へ再委託することは禁止: the ban of
            # that contract's contractor, not of the subcontractor named last (nc68 W4)
            _own_ban(state, sentence, item, bound)
            continue
        before = [r for r in state.relations if r["type"] == "re-entrusts" and r["item"] == item.key
                  and r.get("permission") != "forbidden"]
        if not before:
            continue
        sub = before[-1]
        if any(r["type"] == "re-entrusts" and r.get("permission") == "forbidden" and r["item"] == item.key
               and r["subject_key"] == sub["object_key"] for r in state.relations):
            continue  # (Bは、さらに再委託してはならない: read as B's own ban already)
        ban = _further(state, sentence, item)
        line, quote = sentence.quote()
        state.entity_for(ban, line, quote)
        state.relations.append({
            "item": item.key, "line": line, "quote": quote, "verb": "再委託", "type": "re-entrusts",
            "subject": sub["object"], "object": ban.label, "subject_key": sub["object_key"],
            "object_key": state.key(ban), "subject_id": sub["object_id"], "object_id": None,
            "categories": [], "permission": "forbidden", "confidence": 0.6,
            "status": status.of(state, quote)})
        held_as_long(state, state.relations[-1])
