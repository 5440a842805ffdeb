"""How a flow goes, said in the sentence after it: 送付は毎月行う。, 通信はLGWANを使って行う。,
提供は、年度当初の４月に１回、同社の管理画面にアップロードする方法で行います。, これらは…毎月
１回、電子メールで送付いたします。 — the frequency, channel or network of the flows just
before, or of the flow a question asked about (名簿は紙で渡すのですか。はい、紙媒体で年1回…).

Example::

    >>> frequency_after(state, sentence, frames)                  # doctest: +SKIP
    True
"""
from __future__ import annotations

import re

from kg.extract import status
from kg.extract.askers import asked_way
from kg.extract.relations import clause_denied
from kg.extract.speakers import by_member, is_question, speaker, spoken
from kg.extract.ways import CHANGE, SWITCH, THROUGH, channel_in, frequency


#: Words that say the way changes (…を改め, …方式に切り替えたい).
_SWITCHED = re.compile(r"改め|切り替え|切替え|切り換え")


def frequency_after(state, sentence, frames) -> bool:
    """Give the flows of the sentence before the frequency or network this one states when
    it names nothing but their verb, or no verb at all (…を県に送付する。送付は毎月行う。／
    通信はLGWANを使って行う。); return True when it did. The sentence becomes a second
    quote of each flow it completes."""
    freq = frequency(state.pats, sentence.text)
    # (福祉総務課長　はい、紙媒体で…: the speaker's label names no party of the flow)
    names = [m for m in state.mentions[sentence.index] if not speaker(sentence.text, m, state.pats)]
    # a network named with it is the flows' channel (送るのは毎日で、回線はLGWANを使っている;
    # 通信はLGWANを使って行う)
    # (共有は、電話又は対面で行い、記録は残さない: the denial is of the next clause)
    channels = [m for m in names if (m.kind == "channel" or getattr(m, "channel", None))
                and not clause_denied(sentence.text, m.end, state.pats)]
    # この提供は情報提供ネットワークシステムを介して行い: the system the flows go through
    stop = SWITCH.search(sentence.text)  # (郵送をやめ、…ポータルに掲載する: not the way it stops)
    channels = [m for m in channels if stop is None or m.start >= stop.end()]
    vias = [m for m in names if m.kind == "entity" and m.type == "system" and m not in channels
            and THROUGH.match(sentence.text, m.end)]
    channels += vias
    if is_question(sentence.text, state.pats) or CHANGE.search(sentence.text) \
            or status.turn_at(state, sentence.text) is not None or asked_way(state, sentence) is not None:
        # インターネットには接続していないのか: asked, and not how the flows go; 方法を…から
        # …に変更: a change (see :func:`kg.extract.ways.channel_changes`); …はどうしているの
        # ですか。現在は、同じ項目を電話で…: a way of its own
        return False
    if by_member(state, sentence.index):
        return False  # 浅利委員 ファクシミリの誤送信は心配です。: a worry, not the flows' way
    # これは、…ためであり、令和6年10月から開始する予定である: when the flows before start
    starts = "開始" in sentence.text and status.FROM.search(sentence.text) is not None \
        and status.of(state, sentence.text) == "planned"
    verbs = {f.verb for f in frames}
    # 取得は、…届出があった都度、国保係の職員が照会端末から行います: the verb of the flow
    # before, said again with when and by whose staff at which terminal
    item = state.item_of.get(sentence.index)
    again = next((f["_index"] for f in reversed(state.flows) if verbs and _restated(f["verb"], verbs)
                  and f.get("_index") is not None and 0 < sentence.index - f["_index"] <= 2
                  and item is not None and f["item"] == item.key), None)
    if again is not None and (any(_own_ends(state, f, again) for f in frames) or _SWITCHED.search(sentence.text)
                              and any(f.slots.get("provider") and f.slots.get("recipient") for f in frames)):
        # 北部支所から保険年金課へUSBメモリで…持ち運ぶ運用は…廃止した: ends of its own; これを
        # …改め、…審査システムから…に、LGWANを経由して自動で取り込む方式に切り替えたい: a new
        # way between ends it names, not the one before said again (nc72 M4)
        return False
    if again is not None:  # (the event it waits for says more than 都度)
        freq = frequency(state.pats, sentence.text, events=True)
    # (…提供する個人情報は、…でございます。これらは…介護保険課が作成し、…協会の職員が…受け取り
    # に来る手渡しの方法で受け渡しております: the data just listed, between the same ends)
    these = again is None and _THESE.match(spoken(state, sentence)) is not None
    if (freq is None and not channels and not starts) or any(
            m.kind == "category" or m.kind == "entity" and m not in channels and not starts
            and not (again is not None and m.type in ("department", "municipality", "system", "data-subject"))
            and not (again is not None and (_describes(sentence.text, m, names) or _end_of(state, m, again)))
            and not (these and _ends_before(state, m, sentence.index - 1))
            for m in names):
        return False
    said = sentence.index - 1 if again is None else again
    if _PAST_WAY.search(sentence.text) and any(_BEFORE_NOW.search(state.sents[i].text)
                                               for i in (said, sentence.index) if i >= 0):
        # これまではどのように…。電話や…口頭によるものが中心であった: the way it went
        # before, not the way of the flows the item proposes
        return False
    if said > 0 and is_question(state.sents[said].text, state.pats):
        # 名簿は紙で渡すのですか。はい、紙媒体で年1回お渡ししております: the answer says
        # how the item's flows the question asked about go (the last ones before it)
        item = state.item_of.get(sentence.index)
        said = next((f["_index"] for f in reversed(state.flows) if f.get("_index") is not None
                     and 0 < said - f["_index"] <= 3 and item is not None
                     and f["item"] == item.key), said)
    # (…提供いたしました。…回答いたしました。いずれも郵送により行っております: each of them)
    each = range(said - 2, said + 1) if again is None and _EACH.match(spoken(state, sentence)) else (said,)
    before = [f for f in state.flows if f.get("_index") in each
              and state.item_of.get(f["_index"]) is state.item_of.get(sentence.index)
              and (not verbs or _restated(f["verb"], verbs) or freq is None or said != sentence.index - 1
                   # (…の連絡先です。これらは…毎月１回、電子メールで送付いたします: the data before)
                   or _THESE.match(spoken(state, sentence))
                   # (…に提供しております。名簿は紙で年1回お渡ししております: the list it gives)
                   or _BARE_LIST.match(spoken(state, sentence))
                   # (受託者に渡す情報は、…。受け渡しは、…暗号化したメールで毎週送付: the act as topic)
                   or _ACT_TOPIC.match(spoken(state, sentence)))
              and (freq is None or f.get("frequency") is None)]
    if not before or _other_giver(state, sentence, frames, before):
        return False
    # (白樺町及び湯ノ沢村は…送信しておりますが、鷲尾町は…提出しております。鷲尾町からの…受領は
    # …終了し、…LGWAN経由の送信に切り替えます: only the flows of the party it names)
    named = {state.key(m) for m in names if m.kind == "entity"}
    before = [f for f in before if named & {f["from_key"], f["to_key"]}] or before
    line, quote = sentence.quote()
    ways = [m for m in channels if m not in vias]
    channel = ways[-1].id if ways and ways[-1].kind == "channel" else (
        getattr(ways[-1], "channel", None) if ways else None)
    if channel is None and again is not None and not vias:
        # 提供は年１回、…行政専用ネットワーク（ＬＧＷＡＮ）を経由して送付する方法により行う:
        # the verb said again, with the network its bracket names
        channel = channel_in(state, sentence.text)
    # 提供は、令和9年4月から…行う: a start after the meeting makes them planned
    # (郵送による提供は、令和9年3月末で廃止いたします: a dated end, the flows run till then)
    planned = status.of(state, sentence.text) == "planned" and not any(
        c in sentence.text for c in state.pats.get("statuses", {}).get("replaced", ()))
    # …を毎月、市に送っていただいております。こちらも今後はLGWAN経由となります: a way
    # that runs now gets a new channel later (the old way stays, the new one is planned)
    ended = _WAY_ENDS.search(sentence.text)
    if channel is not None and ended is not None:
        # 郵送による回答は令和6年12月で終了いたします: the way that ends is no way of the flows
        # (オンラインでの送受信は…から開始し、CD-Rによる郵送は…をもって終了: the one that starts)
        # (…CD-Rによる受領は…をもって終了し、…LGWAN経由の送信に切り替えます: the one after)
        clause = sentence.text.rfind("、", 0, ended.start()) + 1
        kept = [m for m in ways if not clause <= m.start < ended.end()]
        channel = (kept[-1].id if kept[-1].kind == "channel" else getattr(kept[-1], "channel", None)) \
            if kept else None
    later = planned and channel and not starts and _ONGOING.search(state.sents[said].text)
    for flow in before:
        flow["frequency"] = flow.get("frequency") or freq
        if later and flow["status"] == "current" and (flow.get("channel") in (None, channel) or ended):
            state.flows.append({**flow, "channel": channel, "status": "planned", "line": line,
                                "quote": quote, "also": [], "basis": "stated", "_index": sentence.index,
                                "_next_way": True})
            continue
        flow["channel"] = flow.get("channel") or channel
        if vias and not flow.get("via"):
            flow["via"], flow["via_key"] = state.label_of(vias[-1]), state.key(vias[-1])
        if planned and flow["status"] == "current":
            flow["status"] = "planned"
        flow.setdefault("also", []).append({"line": line, "quote": quote})
    return True


#: A time before now (これまでは, 従来は) and a sentence in the past tense: an old way.
_BEFORE_NOW = re.compile(r"これまで(?!どおり|通り)|従来|以前|かつて")
_PAST_WAY = re.compile(r"(?:た|でした)[。．]?$")
#: A way said to end (郵送による回答は令和6年12月で終了いたします).
_WAY_ENDS = re.compile(r"(?:による|での)[^、。]{0,12}は[^。]{0,30}(?:終了|廃止)")
#: A verb that says its flow runs now (送っていただいております, 提供している).
_ONGOING = re.compile(r"て(?:いる|おり|います|いた|おります)")


def _restated(verb: str, verbs: set[str]) -> bool:
    """True when ``verb`` is one of ``verbs`` or the same act said another way (渡す, then
    手渡しする; 送付, then お送りする)."""
    stem = verb.lstrip("手お")[:1]
    return verb in verbs or any(v.lstrip("手お")[:1] == stem for v in verbs)


#: A sentence that opens by speaking of each act before it (いずれも郵送により行っております).
_EACH = re.compile(r"(?:いずれも|いずれの(?:提供|回答|送付)も|どちらも|両方とも|これらはいずれも)")
#: A sentence that opens with a bare list, the one the flows before hand over (名簿は紙で…).
_BARE_LIST = re.compile(r"(?:名簿|台帳|リスト|一覧表?)(?:は|を)")
#: A sentence that opens with the act of the flow before as its topic (受け渡しは、).
_ACT_TOPIC = re.compile(r"(?:受け渡し|受渡し|引渡し|引き渡し|データの受け渡し|送付|送信|提供)(?:は|については|につきましては)、?")
#: A sentence that opens with the data just listed (これらは, これらの情報は).
_THESE = re.compile(r"(?:これら|それら)(?:の(?:情報|データ|項目))?(?:は|を)")


#: After a body's name, a clause that describes a thing rather than a party of the flow
#: (県が指定する様式の電子ファイル).
_DESCRIBING = re.compile(r"が(?:指定|定め|用意|提供|作成)(?:する|した|る)")


def _own_ends(state, frame, index: int) -> bool:
    """True when ``frame`` names a giver and a recipient, the recipient a party that no flow
    of sentence ``index`` goes to (or, the giver its subject, a giver no flow there has): a hand-over of its own (…を本庁へ持ち帰る途中で紛失した。
    北部支所から保険年金課へ…持ち運ぶ運用は廃止した), not the one before said again in more
    detail (提供は、町の国民健康保険システムから国保情報集約システムへ…送信する)."""
    if frame.kind != "flow" or not frame.slots.get("recipient"):
        return False
    to = frame.slots["recipient"][-1]
    if not frame.slots.get("provider"):
        # (住民課は、…防災係に提供する。税務課は、…災害の都度、防災係に提供する: another giver)
        giver = (frame.slots.get("subject") or [None])[-1]
        return giver is not None and giver.type in ("department", "municipality", "public-body") and not any(
            f.get("_index") == index and state.key(giver) == f["from_key"] for f in state.flows)
    return to.type != "system" and not any(
        f.get("_index") == index and state.key(to) == f["to_key"] for f in state.flows)


def _ends_before(state, mention, index: int) -> bool:
    """True when ``mention`` names an end of a flow of sentence ``index``: its giver or
    recipient, or the municipality's own side where a flow there leaves from it."""
    key = state.key(mention)
    flows = [f for f in state.flows if f.get("_index") == index]
    own = mention.type in ("department", "municipality") and any(
        state.entities.get(f["from_key"], {}).get("type") in ("department", "municipality") for f in flows)
    return own or any(key in (f["from_key"], f["to_key"]) for f in flows)


def _end_of(state, mention, index: int) -> bool:
    """True when ``mention`` points back (同社, 同法人) to an end of a flow of sentence
    ``index`` (提供は、…同社の管理画面にアップロードする方法で行います: 同社 is who it goes
    to); a name said in full makes a flow of its own."""
    label = state.label_of(mention)
    return mention.how == "anaphora" and any(
        f.get("_index") == index and label in (f["from"], f["to"]) for f in state.flows)


def _describes(text: str, mention, names) -> bool:
    """True when a body's ``mention`` only describes a thing of the sentence: the form it
    sets (県が指定する様式), or the network it owns, named next (長野県の行政専用ネットワーク)."""
    return bool(_DESCRIBING.match(text, mention.end)) or any(
        n.kind == "channel" or n.type == "system" for n in names
        if n.start == mention.end + 1 and text.startswith("の", mention.end))


def answered_each(state) -> None:
    """Split an answer that says each body asked answered (いずれも…文書で千鳥警察署に回答
    した) after a sentence naming the departments asked and what of (…から住民課に住民票の
    記載事項について14件、税務課に課税状況について3件の照会があった): one flow from each
    department, with the data named after it, quoting both sentences."""
    for sentence in state.sents:
        if not _EACH.match(spoken(state, sentence)) or not sentence.index:
            continue
        before = sentence.index - 1
        if state.item_of.get(before) is not state.item_of.get(sentence.index):
            continue
        named = [m for m in state.mentions.get(before, []) if m.kind in ("entity", "category")]
        asked = [m for m in named if m.kind == "entity" and m.type == "department"]
        answers = [f for f in state.flows if f.get("_index") == sentence.index
                   and f["from_key"] in {state.key(m) for m in asked}]
        if len(asked) < 2 or len(answers) != 1:
            continue
        answer = answers[0]
        line, quote = state.sents[before].quote()
        made = []
        for one, following in zip(asked, [*asked[1:], None]):
            data = [m for m in named if m.kind == "category" and one.end <= m.start
                    and (following is None or m.start < following.start)]
            made.append({**answer, "from": state.label_of(one), "from_key": state.key(one),
                         "from_id": one.id, "categories": state.category_keys(data, state.sents[before])
                         or ["personal-information"],
                         "also": [*answer.get("also", []), {"line": line, "quote": quote}]})
        state.flows[state.flows.index(answer):state.flows.index(answer) + 1] = made


#: An answer said of each body asked before (いずれも…回答した).
_EACH = re.compile(r"^[・\s]*(?:いずれも|いずれの照会(?:に|も)|それぞれ)")


def _other_giver(state, sentence, frames, before) -> bool:
    """True when the sentence's subject (町が) gives, and is neither end of the flows
    ``before`` nor on the side of their giver: another hand-over, not how they go
    (…検針事業者には…を渡し. 現在は、町が個人の検針員と委託契約を結び、毎月、検針票を紙で
    手渡ししております: the town's own way now, not the subcontractor's then)."""
    if not frames:
        return False
    ours = ("municipality", "department")
    subject = next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                    and m.end <= frames[0].start and sentence.text.startswith("が", m.end)), None)
    if subject is None:
        return False
    key = state.key(subject)
    return not any(key in (f["from_key"], f["to_key"]) or subject.type in ours
                   and state.entities.get(f["from_key"], {}).get("type") in ours for f in before)


#: A way a hand-over went, said to have ended (光ディスク等の磁気媒体による提出は、令和5年を
#: もって受付を終了いたしました; ファクスによる照会は、…廃止しております).
_ENDED_WAY = re.compile(r"による(?:提出|提供|送付|送信|照会|報告|回答)(?:は|については)、[^。]*?"
                        r"(?:終了|廃止)(?:いたしました|しました|しております|した|しています)")


def ended_ways(state) -> None:
    """Append, for a sentence saying that a way of a hand-over has ended, that hand-over
    the way it went: the item's flow just before it (within two sentences), with that
    channel, status ended, quoting the sentence and the flow's (…eLTAXを通じて…提出して
    おります。なお、光ディスク等の磁気媒体による提出は、令和5年をもって受付を終了いたし
    ました: the employers' submission on media, ended; nc66 W8)."""
    for sentence in state.sents:
        ended = _ENDED_WAY.search(sentence.text)
        way = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "channel"
                    and m.end <= ended.start() and "、" not in sentence.text[m.end:ended.start()]), None) \
            if ended is not None else None
        if way is None or is_question(sentence.text, state.pats):
            continue
        item = state.item_of.get(sentence.index)
        flow = next((f for f in reversed(state.flows) if f["item"] == (item.key if item else None)
                     and f.get("_index") is not None and 0 < sentence.index - f["_index"] <= 2
                     and f.get("channel") != way.id and f["status"] != "ended"), None)
        if flow is None:
            continue
        line, quote = sentence.quote(len(sentence.text) - len(spoken(state, sentence)))
        # (the sentence is the ended way's, no quote of the way that runs: nc66 W8)
        flow["also"] = [q for q in flow.get("also", ()) if q["line"] != sentence.line]
        state.flows.append({**{k: v for k, v in flow.items() if k != "wrapped"},
                            "channel": way.id, "via": None, "via_key": None, "status": "ended",
                            "line": line, "quote": quote, "also": [{"line": flow["line"], "quote": flow["quote"]}],
                            "basis": "inferred", "confidence": 0.6, "_index": sentence.index,
                            "_sentence": sentence.index, "_settled": True})
