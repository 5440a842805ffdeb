"""Turn a flow verb's frame into a proposed flow: its two ends, its data and its channel.

The ends come from the frame's slots (see :mod:`kg.extract.relations`):

* the recipient is the に/へ slot, else a party that asked for the data
  (警察署等から求められた際に提供する), one flow for each name joined to it;
  a receiving verb (取得, 聴取) has its subject as recipient, and a received
  noun (名簿の提出を受託者より受ける) the item's department when unsaid;
  …に提出してもらう turns the に party into the giver;
* the provider is the から slot or the subject (or, along a chain of flow
  verbs, the system the data was put into); when unsaid it is the provider
  of a flow stated just before in the same item (an answer goes on with the
  question's subject), else the data subject a receiving verb takes the data
  from, else the item's department, else the municipality, but never a guess
  for data handed to the person it is about;
* AとBの間で… is an exchange: one flow each way;
* the data is what the sentence names, else what the nearest of the two
  sentences before it names, else (in an agenda item) personal information
  without a narrower category.

Example::

    >>> flow_facts(state, sentence, frame, base, 0.8)       # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.extract import holdings, relations
from kg.extract.relations import last as _last
from kg.extract.titles import title_categories

#: After 提供 of a product: the relative ending and a word for the kind of product.
_PRODUCT = re.compile(r"(?:する|している|した)(?:クラウドサービス|サービス|システム|製品|ソフトウェア|アプリ)?[「『]?")
#: After a flow verb, the noun a sentence then lists (提供する情報は、…): an elaboration.
_ELABORATION = re.compile(r"[ぁ-ん]{1,5}(?:個人)?(?:情報|項目|データ|内容)(?:は|の項目は)")
#: Between a partner's name and a connection verb: 「…システム」と結合, …に接続, …とのオンライン結合.
_PARTNER = re.compile(r"[」』]?(?:と|に|へ)(?:の)?(?:オンライン|システム|外部)?")

#: How many sentences back a stated provider or named data still carries over.
CARRY = 2
#: How far back a stated flow to the same recipient lends its provider (a question
#: "事業者に受託者はどう提供するのか" answered a few sentences on: "事業者には…を提供する").
CARRY_SAME = 5


def ends(state, sentence, frame, to=None) -> tuple | None:
    """Return ``(provider, recipient, inferred)`` for a flow frame (to recipient ``to``
    when given), or None when an end is missing."""
    slots = frame.slots
    to = to or _last(slots, "recipient") or _last(slots, "requester")
    frm = _last(slots, "provider")
    if frame.asked:  # 保護者へ同意書を提出してもらう: the 保護者 gives it to us
        frm = to
        subject = _last(slots, "subject")
        to = subject or state.provider_default(sentence.index) or state.municipality_mention()
        if frm is not None and frm.type in ("municipality", "department") and subject is not None \
                and subject.type not in ("municipality", "department"):
            # 受託者が…個人情報は市に返還させ: the city is where it goes, the one made to
            # return it gives
            frm, to = subject, frm
        if frm is None or to is None or _same(state, frm, to) or _own_side(state, frm, to):
            return None
        return frm, to, False
    if frame.kind == "receive":
        to = _last(slots, "subject")
        if frame.taken and frm is None:
            return None  # 誓約書の提出を受ける: the giver is not named
        if to is None and frame.taken:  # 名簿の提出を受託者より受けている: we receive
            to = state.provider_default(sentence.index) or state.municipality_mention()
        if frm is None and frame.verb in state.pats.get("taking_verbs", ()):
            # 受講者が希望する…情報は受託者が聴取する: taken from the person it is about
            # (not 利用者の認定情報を受け取る: that comes from whoever holds it)
            frm = next((m for name in ("subject", "of", "object") for m in slots.get(name, [])
                        if m.type == "data-subject" and (to is None or m.key != to.key)), None)
        if frm is None and to is not None and to.type in ("company", "unnamed-party", "association"):
            return None  # 受託者が取得する個人情報: from whom is not said (not the department)
    elif frm is None:
        frm = _last(slots, "subject") or _holder(state, sentence, frame)
    if to is None or (frm is not None and _same(state, frm, to)):
        return None
    inferred = frm is None or frm.type == "data-subject" and frame.kind == "receive" \
        and frm not in slots.get("provider", ())
    if frm is None and to.type == "data-subject" and frame.kind != "receive":
        # 誤印刷の証明書をご本人に渡す: whoever meets the person hands it over (a clerk,
        # a contractor, a teacher), too often not the item's department to guess it
        return None
    if frm is None and _unresolved_giver(state, sentence.text[:frame.start]):
        return None  # 機構は…提供する with no 機構 named: the giver is said, but not who
    if frm is None:  # 再委託先には氏名のみを渡す: the contractor hands on to its subcontractor
        frm = _entrusting(state, sentence.index, to)
    if frm is None and not slots.get("categories"):  # the data put there, named before
        frm = put_into(state, sentence.index, to)
    if frm is None:
        frm = carried_provider(state, sentence.index, to)
    if frm is None:
        frm = state.provider_default(sentence.index) or state.municipality_mention()
    if frm is None or _same(state, frm, to) or _own_side(state, frm, to):
        return None
    return frm, to, inferred


def _unresolved_giver(state, before: str) -> bool:
    """True when the clause before the verb opens with a body's short form as its topic
    or subject (機構は, 同社が) that named no party: someone else gives, not the item's
    department."""
    words = [*state.pats.get("short_forms", ()), *state.pats.get("prefecture_forms", {}),
             *state.pats.get("anaphora", {}).get("company", ())]
    # the word alone, not the end of a longer name (年金機構は is a named body)
    return any(re.search(rf"(?<![\u4e00-\u9fff\u30a0-\u30ffA-Za-z]){re.escape(w)}[はが]", before)
               for w in words)


def _entrusting(state, index: int, to):
    """Return the item's contractor when ``to`` is its subcontractor, else None."""
    item = state.item_of.get(index)
    if item is None or item.contractor is None:
        return None
    sub = item.subcontractor
    if to.role == "subcontractor" or (sub is not None and state.key(sub) == state.key(to)):
        return item.contractor
    return None


def _holder(state, sentence, frame):
    """Return the municipality or department whose data the frame moves (市町村ごとの高額療養費
    情報を…集約し, 市民課の住民票データを…): the holder gives it; else None."""
    data = frame.slots.get("categories", [])
    for mention in reversed(frame.slots.get("of", [])):
        follows = sentence.text[mention.end:mention.end + 4]
        if mention.type in ("municipality", "department") and follows.startswith(("の", "ごとの")) \
                and any(0 <= m.start - mention.end <= 4 for m in data):
            return mention
    return None


def _own_side(state, one, other) -> bool:
    """True when one end is the municipality and the other its department or itself:
    data that stays with the controller (…を市に返却する said by the department)."""
    own = state.municipality["key"] if state.municipality else None
    keys = {state.key(one), state.key(other)}
    return own in keys and {one.type, other.type} <= {"municipality", "department"}


def _same(state, one, other) -> bool:
    """True when two mentions name one party (国保連合会 and the 連合会 it stands for)."""
    return one.key == other.key or state.label_of(one) == state.label_of(other)


def put_into(state, index: int, to):
    """Return the system the sentence just before (same item) put the data into, or None:
    …国保総合PCのほうにファイル転送する。連合会のシステムにデータを送った後は… (the data
    leaves from where it was put)."""
    item = state.item_of.get(index)
    for flow in reversed(state.flows):
        if flow.get("_index") != index - 1:
            continue
        target = flow.get("_to")
        if flow["item"] == (item.key if item else None) and target is not None \
                and target.type == "system" and not _same(state, target, to):
            return target
    return None


def carried_provider(state, index: int, to):
    """Return the stated provider of a flow of the same item to the same recipient in the
    last :data:`CARRY_SAME` sentences, else of any flow in the last :data:`CARRY`, or None."""
    item = state.item_of.get(index)
    recent = [f for f in reversed(state.flows)
              if f.get("_index") is not None and 0 <= index - f["_index"] <= CARRY_SAME
              and f["_said"] and f["item"] == (item.key if item else None)
              and not _same(state, f["_from"], to)]
    same = [f for f in recent if f["to_key"] == state.key(to)]
    near = [f for f in recent if index - f["_index"] <= CARRY]
    chosen = (same or near or [None])[0]
    return chosen["_from"] if chosen else None


_OBJECT = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{2,})(?:の(?:データ|情報|記録))?(?:を|が)")


def _unknown_object(state, sentence, frame) -> bool:
    """True when the verb's clause names what moves by a word no category matches
    (KDBシステムから対象者の一覧を受け取り, 支払実績のデータが…返ってくる): that data, not
    the sentence before's, moves."""
    start = max(sentence.text.rfind("、", 0, frame.start), sentence.text.rfind("。", 0, frame.start), 0)
    taken = [(m.start, m.end) for m in state.mentions.get(sentence.index, [])]
    # 資料を, データを, 当該情報を point back at the data named before
    pointing = tuple(state.pats.get("generic_data", ())) + tuple(state.pats.get("pointing_data", ()))
    return any(not any(s <= match.start(1) < e for s, e in taken)
               and not match.group(1).endswith(pointing)
               for match in _OBJECT.finditer(sentence.text, start, frame.start))


def recent_categories(state, index: int) -> list[str]:
    """Return the categories of the nearest of the last :data:`CARRY` sentences before
    ``index`` that names some (same item, denied ones left out)."""
    item = state.item_of.get(index)
    keys = []
    for back in range(index - 1, max(-1, index - CARRY - 1), -1):
        if state.item_of.get(back) is not item:
            break
        sentence = state.sents[back]
        for mention in state.mentions.get(back, []):
            if mention.kind != "category" or relations.negated(sentence.text, mention.end + 2, state.pats):
                continue
            for key in state.category_keys([mention], sentence):
                if key not in keys:
                    keys.append(key)
        if keys:
            break
    return keys


def flow_facts(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append the flows a provision frame states to ``state.flows``: one for each of its
    recipients (警察署及び裁判所に提供), none when an end is missing."""
    product = _product(state, sentence, frame)
    maker = _last(frame.slots, "subject")
    if product is not None and maker is not None and maker.type == "company":
        # サイボウズ株式会社が提供するクラウドサービス「kintone」: a product, not a data flow
        holdings.append(state, base, "provides", maker, product, confidence)
        return
    pair = frame.slots.get("between", [])[:2]
    if len(pair) < 2 and frame.kind == "flow" and frame.verb in state.pats.get("exchange_verbs", ()) \
            and not frame.slots.get("recipient") and not frame.slots.get("provider"):
        pair = _pair_before(state, sentence, frame)
    if len(pair) == 2 and not frame.slots.get("recipient") and frame.kind == "flow":
        # 入管庁と杉並区の間で媒体連携をしていた: the minutes give no direction, so both
        one, other = pair
        if not _same(state, one, other) and not _own_side(state, one, other):
            _append(state, sentence, frame, base, confidence, one, other, False)
            _append(state, sentence, frame, base, confidence, other, one, False)
        return
    if frame.kind == "flow" and frame.slots.get("categories") and _ELABORATION.match(
            sentence.text, frame.end) and not any(
            frame.slots.get(k) for k in ("recipient", "requester", "provider", "subject", "between")):
        # 提供する情報は、児童の氏名、生年月日…である: what the item's last flow moves
        last = _item_flow(state, sentence.index)
        if last is not None:
            _append(state, sentence, frame, base, confidence, last["_from"], last["_to"], True)
            if state.flows and state.flows[-1]["_index"] == sentence.index:
                state.flows[-1]["_elaborates"] = True  # joins the flow it lists, whatever its data
        return
    recipients = _last_group(sentence.text, frame.slots.get("recipient")
                             or frame.slots.get("requester") or [None], state.pats)
    for to in recipients if frame.kind != "receive" or frame.asked else [None]:
        found = ends(state, sentence, frame, to)
        if found is not None:
            _append(state, sentence, frame, base, confidence, *found)


def _product(state, sentence, frame):
    """Return the system a relative clause of the verb names as a product (…が提供する
    クラウドサービス「kintone」), or None."""
    for mention in state.mentions.get(sentence.index, []):
        if mention.type == "system" and mention.kind == "entity" and mention.start >= frame.end \
                and _PRODUCT.fullmatch(sentence.text[frame.end:mention.start]):
            return mention
    return None


def _item_flow(state, index: int) -> dict | None:
    """Return the last flow with stated ends in the same item within :data:`CARRY`
    sentences before ``index``, or None."""
    item = state.item_of.get(index)
    if item is None:
        return None
    return next((f for f in reversed(state.flows) if f.get("_index") is not None
                 and 0 < index - f["_index"] <= CARRY and f["_said"]
                 and f["item"] == item.key), None)


def _pair_before(state, sentence, frame) -> list:
    """Return the two parties of …AとBの…連携, AとBが…やり取り (joined by と, nothing but
    a particle and modifiers before the exchange verb), or []."""
    parties = [m for m in state.mentions.get(sentence.index, [])
               if m.kind == "entity" and m.end <= frame.start]
    for one, other in reversed(list(zip(parties, parties[1:]))):
        rest = sentence.text[other.end:frame.start]
        if sentence.text[one.end:other.start].lstrip("等など") == "と" and "、" not in rest \
                and rest[:1] in ("の", "が", "は", "で"):
            return [one, other]
    return []


def connect_facts(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append the flow an online connection states: 「…情報共有システム」と結合する, …に接続する
    puts the data of the item's department (else the municipality) into the partner."""
    partner = None
    for mention in state.mentions.get(sentence.index, []):
        if mention.kind == "entity" and mention.end <= frame.start \
                and _PARTNER.fullmatch(sentence.text[mention.end:frame.start]):
            partner = mention
    if partner is None or partner.type in ("data-subject", "municipality", "department"):
        return
    cats = [m for m in frame.slots.get("categories", [])]
    item = state.item_of.get(sentence.index)
    # the data the item's title names (…戸籍に関する業務の外部結合), not the sentences
    # before it: else personal information, unspecified
    data = state.category_keys(cats, sentence) or (title_categories(state, item) if item else []) \
        or [unspecified(state, sentence)]
    parties = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"]
    at = parties.index(partner)
    while at and sentence.text[parties[at - 1].end:parties[at].start] == "の":
        at -= 1  # 川口市の国保総合PC: the owner named before the partner is no other end
    before = parties[at - 1] if at else None
    if before is not None and sentence.text[before.end:parties[at].start] == "と":
        # 国保連合会と川口市の国保総合PCとの接続: a link between two parties, both ways
        if not _same(state, before, partner) and not _own_side(state, before, partner):
            _append(state, sentence, frame, base, confidence, before, partner, True, data)
            _append(state, sentence, frame, base, confidence, partner, before, True, data)
        return
    frm = _last(frame.slots, "subject") or state.provider_default(sentence.index) \
        or state.municipality_mention()
    if frm is None or _same(state, frm, partner) or _own_side(state, frm, partner):
        return
    # the direction is what 外部結合 means (data handed out online), not what the words say
    _append(state, sentence, frame, base, confidence, frm, partner, True, data)


def _last_group(text: str, names: list, pats: dict) -> list:
    """Return the names nearest the verb that are joined by 、・及び (裁判所、警察署等から),
    not a recipient of another clause (教員への説明、保護者へ…提出してもらう)."""
    joins = tuple(pats.get("coordinators", ()))
    group = names[-1:]
    for one in reversed(names[:-1]):
        if one is None or text[one.end:group[0].start].lstrip("等など") not in joins:
            break
        group.insert(0, one)
    return group


def unspecified(state, sentence) -> str:
    """Return the key of personal information without a narrower category, registered
    with the flow's sentence as its quote when the minutes never name it."""
    from kg.extract.ruler import Mention

    mention = Mention(sentence.index, 0, len(sentence.text), sentence.text, "category", None,
                      "personal-information")
    line, quote = sentence.quote()
    return state.category_for(mention, line, quote)["key"]


def _append(state, sentence, frame, base: dict, confidence: float, frm, to, inferred,
            data: list[str] | None = None) -> None:
    """Append the flow from ``frm`` to ``to`` with the data (``data`` when given, else
    what the sentence names), channel and status it states."""
    said = not inferred
    item = state.item_of.get(sentence.index)
    via, channel = _last(frame.slots, "via"), _last(frame.slots, "channel")
    cats = list(data) if data else state.category_keys(frame.slots.get("categories", []), sentence)
    if not cats and any(word in sentence.text for word in state.pats.get("not_data", ())):
        # お金を預ける, 規程につきましては…提出を受けた, 提出する利用申込書: what moves is
        # a paper about the work, not anyone's data
        return
    named = bool(cats)
    if not named and any(cue in sentence.text for cue in state.pats.get("no_personal_data", ())):
        return  # 分析した結果を報告するが、個人を特定できる情報を含めない: nobody's data moves
    if not cats:  # the data the flow just before put where this one starts
        cats = next((list(f["categories"]) for f in reversed(state.flows)
                     if f.get("_index") == sentence.index - 1 and f.get("_to") is frm), [])
    if not cats:  # …被保険者情報を送るとき…、連合会から市町村に情報を送る: the same data
        cats = next((list(f["categories"]) for f in reversed(state.flows)
                     if f.get("_index") == sentence.index and f["categories"]), [])
    inferred = inferred or (bool(cats) and not named)  # the data is read from the context
    if not cats and relations.is_question(sentence.text, state.pats):
        return  # 問：国保連合会から市に戻ってくる情報はあるか: what moves is not said
    if not cats and not _unknown_object(state, sentence, frame):  # the data the sentences
        cats = recent_categories(state, sentence.index)             # just before name
        if not cats and inferred:
            return  # neither who gives nor what: too little to propose (an e-mail sent)
        if not cats and item is not None:
            # data of the item, not named here: personal information, unspecified (what
            # the item's section names most is a guess the quote does not support)
            cats = [unspecified(state, sentence)]
        inferred = inferred or bool(cats)
    if not cats:  # no data named anywhere near, outside an agenda item
        cats = [unspecified(state, sentence)]
        inferred = True
    state.flows.append({**base, "from": state.label_of(frm), "to": state.label_of(to),
                        "from_key": state.key(frm), "to_key": state.key(to),
                        "from_id": frm.id, "to_id": to.id,
                        "via": state.label_of(via) if via else None,
                        "via_key": state.key(via) if via else None,
                        "categories": cats,
                        "channel": channel.id if channel else None,
                        "frequency": _frequency(state.pats, sentence.text),
                        "status": _status(state.pats, sentence.text),
                        "basis": "inferred" if inferred else "stated",
                        "confidence": round(confidence - (0.2 if inferred else 0), 2),
                        # for the flows after it (left out of the proposal)
                        "_index": sentence.index, "_from": frm, "_to": to, "_said": said})


def frequency_after(state, sentence, frames) -> bool:
    """Give the flows of the sentence before the frequency or network this one states when
    it names nothing but their verb, or no verb at all (…を県に送付する。送付は毎月行う。／
    通信はLGWANを使って行う。); return True when it did. The sentence becomes a second
    quote of each flow it completes."""
    freq = _frequency(state.pats, sentence.text)
    names = state.mentions[sentence.index]
    # a network named with it is the flows' channel (送るのは毎日で、回線はLGWANを使っている;
    # 通信はLGWANを使って行う)
    channels = [m for m in names if m.kind == "channel" or getattr(m, "channel", None)]
    if (freq is None and not channels) or any(m.kind in ("entity", "category") and m not in channels
                                              for m in names):
        return False
    verbs = {f.verb for f in frames}
    before = [f for f in state.flows if f.get("_index") == sentence.index - 1
              and (not verbs or f["verb"] in verbs or freq is None)
              and (freq is None or f.get("frequency") is None)]
    if not before:
        return False
    line, quote = sentence.quote()
    channel = channels[-1].id if channels and channels[-1].kind == "channel" else (
        channels[-1].channel if channels else None)
    for flow in before:
        flow["frequency"] = flow.get("frequency") or freq
        flow["channel"] = flow.get("channel") or channel
        flow.setdefault("also", []).append({"line": line, "quote": quote})
    return True


def _frequency(pats: dict, text: str) -> str | None:
    """The frequency the sentence states (日次, 月1回), or None."""
    return next((f for f in pats.get("frequencies", ()) if f in text), None)


def _status(pats: dict, text: str) -> str:
    """The status the sentence's cues give (予定: planned), else current."""
    for status, cues in pats.get("statuses", {}).items():
        if any(c in text for c in cues):
            return status
    return "current"


def restated_once(flows: list[dict], own: set[str] = frozenset(), reach: int = 2) -> list[dict]:
    """Return ``flows`` with a flow that restates one a line or two before it (same item,
    same ends, shared data: 中間サーバーから日本年金機構に所得情報を提供する。提供する情報は、
    …所得と…控除の情報である。) folded into that one: its data, frequency and quote join
    the first (the one with the higher confidence leads, channel and frequency are
    kept from either). Givers of the municipality's own side (``own``: the keys of the city and
    its departments) count as one (市民課は…J-LISに送信する。市は…J-LISに送る。)."""
    same = lambda a, b: a == b or (a in own and b in own)  # noqa: E731
    out: list[dict] = []
    for flow in flows:
        first = next((f for f in out if f["item"] == flow["item"] and same(f["from_key"], flow["from_key"])
                      and f["to_key"] == flow["to_key"] and 0 <= flow["line"] - f["line"] <= reach
                      and (set(f["categories"]) & set(flow["categories"]) or flow.get("_elaborates"))),
                     None)
        if first is None:
            out.append(flow)
            continue
        if flow["confidence"] > first["confidence"]:
            # 問：…送っているのか。答：…送っている: the answer's statement leads, the question
            # joins it
            out[out.index(first)] = flow
            first, flow = flow, first
        first["categories"] = list(dict.fromkeys([*first["categories"], *flow["categories"]]))
        first["frequency"] = first.get("frequency") or flow.get("frequency")
        first["channel"] = first.get("channel") or flow.get("channel")
        first.setdefault("also", []).extend(
            [{"line": flow["line"], "quote": flow["quote"]}, *flow.get("also", ())])
    return out


def corrections(state) -> None:
    """Apply the corrections the minutes make later (先ほどの説明を訂正する。…に提供する情報に、
    個人番号は含まれない。): the data the correcting sentence or the next one denies goes
    out of the item's earlier flows (a flow left with none goes), and its My Number
    evidence before the correction stands corrected."""
    cues = tuple(state.pats.get("correction_cues", ()))
    for sentence in state.sents:
        if not cues or not any(cue in sentence.text for cue in cues):
            continue
        item = state.item_of.get(sentence.index)
        denied = set()
        for index in range(sentence.index, min(len(state.sents), sentence.index + 2)):
            text = state.sents[index].text
            denied |= {m.id for m in state.mentions.get(index, []) if m.kind == "category" and m.id
                       and relations.negated(text, m.end + 2, state.pats)}
        if not denied:
            continue
        earlier = [i for i in (item.sentences if item else range(sentence.index)) if i < sentence.index]
        kept = []
        for flow in state.flows:
            if flow["_index"] in earlier and set(flow["categories"]) & denied:
                flow["categories"] = [c for c in flow["categories"] if c not in denied]
                if not flow["categories"]:
                    continue
            kept.append(flow)
        state.flows[:] = kept
        if denied & state.my_number_ids:
            lines = {state.sents[i].line for i in earlier} | {
                p.line for i in earlier for p in state.sents[i].pieces}
            for evidence in state.my_number:
                if evidence["line"] in lines:
                    evidence["corrected"] = True
