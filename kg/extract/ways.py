"""The ways of a flow: the channel a sentence names (:func:`channel_in`), how often it
goes (:func:`frequency`), and old and new ways, a change of channel the minutes announce.

* ``送付方法を電子媒体から専用回線に変更いたします``: the flow just before goes by the old
  channel now, and a copy by the new one is proposed, planned.
* ``これまでは磁気テープを郵送しておりましたが、令和6年10月からはLGWANによる送信に切り
  替えます``: a sentence naming no party sets an old way against a new one; the item's
  flow just before (one the city sends, unless it says it receives) gets both, each with
  its status. ``…とのやり取りは、これまでファクスで…`` changes each way of an exchange.

Example::

    >>> channel_changes(state)                                    # doctest: +SKIP
    >>> [(f["channel"], f["status"]) for f in state.flows]        # doctest: +SKIP
    [('mail', 'current'), ('lgwan', 'planned')]
"""
from __future__ import annotations

import re

from kg.extract import status
from kg.extract.ruler import resolve
from kg.extract.speakers import is_question


#: A hand-over as a sentence's topic, changed from a date to a new way (…への提供につきまして
#: は、令和7年4月からLGWAN経由の伝送に切り替える予定).
_TOPIC_SWITCH = re.compile(r"^[^。]*?への(?:提供|送付|送信|受け渡し)(?:は|については|につきましては)、?[^、。]{0,16}?"
                           r"(?:から|より)、?(?P<new>[^、。]{1,24}?)に(?:切り替え|切替え|切替|変更|移行)")
#: A change of the way just said (この提供方法を、令和6年1月から、LGWANを経由したファイル
#: 伝送に切り替えたい): whatever channel that way was read as.
_POINTED = re.compile(r"(?:この|その|当該|上記の)(?:提供|送付|送信|受け渡し)?方法を")
#: A change of how data goes: …方法を、電子媒体から専用回線による送信に変更いたします.
#: (…サーバーへの連携を、これまでの夜間一括のファイル送付から、LGWANを経由した日次の自動
#: 連携に切り替えます: a link's old way said after これまでの, nc68 M7)
CHANGE = re.compile(r"(?:方法を、?|(?:連携|送付|提供|送信)を、(?=これまでの|従来の|現在の))"
                    r"(?P<old>[^、。]{1,20}?)から、?(?P<new>[^、。]{1,24}?)に(?:変更|切り替え|切替|移行)")


def channel_changes(state) -> None:
    """Apply a change of channel the minutes announce (送付方法を電子媒体から専用回線に変更
    いたします): the item's flow just before with no channel, or the old one, goes by the
    old channel now, and a copy of it by the new one is proposed, planned, quoting the
    change."""
    for sentence in state.sents:
        text = sentence.text
        match = CHANGE.search(text)
        turn = status.turn_at(state, text) if match is None else None
        # 令和8年4月から、郵送を廃止し、専用回線…に切り替え、日次で送信する予定: the old way
        # is what is abolished, the new one follows it
        stop = SWITCH.search(text) if match is None and turn is None else None
        turn = stop.end() if stop is not None else turn
        # (…連合会への提供につきましては、令和7年4月からLGWAN経由の伝送に切り替える予定: the
        # hand-overs to that party, whatever way they go now)
        topic = _TOPIC_SWITCH.search(text) if match is None and turn is None else None
        turn = topic.start("new") if topic is not None else turn
        if match is None and turn is None or is_question(text, state.pats):
            continue
        # …これまでは磁気テープを郵送しておりましたが、令和6年10月からはLGWANによる送信
        # に切り替えます: the old way is before the turn, the new one after it
        split = match.start("new") if match else turn
        # (…ファクシミリで送っておりましたが、…8月以降はファクシミリによる送付はやめ、LGWANの
        # メールに一本化: the new way is after what stops, too)
        # (…持参しておりましたが、令和8年3月分をもってCD-Rでの受渡しは終了し、同年4月分から
        # はLGWANを経由した…に切り替え: what ends is the old way too; nc68 W11)
        again = _STOPPED.search(text, split) if match is None and stop is None else None
        split = again.end() if again is not None else split
        old, (new, via) = channel_in(state, text[:split]), _way(state, sentence, split)
        item = state.item_of.get(sentence.index)
        own = [f for f in state.flows if f.get("_index") == sentence.index]
        if new is None or new == old or item is None \
                or own and (len(own) > 1 or own[0].get("channel") == new
                            or own[0].get("channel") is None and own[0].get("_at", 0) >= split):
            # (a sentence with flows of its own says its old and new way itself; one whose
            # only flow goes the old way, …書留郵便で送付しておりますが、…専用回線による送信に
            # 切り替える予定, names the new way by a noun: its copy goes the new way; so
            # does one before the turn whose way no channel names: 現在、…媒体で送付して
            # おりますが、令和８年４月からは、…システムを通じて毎日送信いたします)
            continue
        # (この持参を取りやめ: the way just said, however its channel was read: CD-Rを持参)
        pointed = stop is not None and re.match(r"(?:この|その|当該|上記の)", stop.group()) \
            or match is not None and _POINTED.search(text, 0, match.start() + 3) is not None \
            or topic is not None
        guessed = []
        earlier = [f for f in state.flows if f.get("_index") is not None
                   and 0 <= sentence.index - f["_index"] <= (12 if topic else 3) and state.item_of.get(f["_index"]) is item
                   and (f.get("channel") in (None, old, new) or pointed)
                   and (not f.get("_exchange") or stop is not None)
                   and f.get("status") != "ended"]  # (not a letter that went astray once)
        named = {state.key(m) for m in state.mentions.get(sentence.index, [])
                 if m.kind == "entity" and m.start < split and m.type not in ("system", "municipality")}
        if topic is not None:
            earlier = [f for f in earlier if f["to_key"] in named and f.get("channel") != new]
        elif any(word in text[:split] for word in state.pats.get("exchange_verbs", ())) and named:
            # 児童相談所とのやり取りは、これまでファクスで…: each way between the two
            earlier = [f for f in earlier if {f["from_key"], f["to_key"]} & named]
        elif earlier and earlier[-1].get("_exchange"):
            # 紙による受け渡しをやめ、…システムを通じて共有する予定: both ways of the last exchange
            earlier = [f for f in earlier if f.get("_exchange") and f["_index"] == earlier[-1]["_index"]]
        elif not earlier and not named and (only := _items_one(state, sentence, item)):
            # (…県中央児童相談所への提供について, then これまではファクシミリで送っており
            # ましたが、…LGWANのメールに一本化: the item's one hand-over, however far back)
            earlier = only
        elif not earlier and not named:
            # 印刷用データは、これまでCD-Rに…手渡ししていたが、…暗号化メールで送付する方式に
            # 改めた, in an item on a contractor with no hand-over said before: to it
            earlier = guessed = _to_contractor(state, sentence, item)
        else:
            if not _RECEIVED.search(text):  # 郵送しておりました: the flows the city sends
                earlier = [f for f in earlier if not f.get("_received")] or earlier
            earlier = earlier[-1:]
        # (…郵送しておりましたが、令和７年度に廃止し、現在は専用回線で送信: the new way is
        # what follows the abolition)
        ended = _ABOLISHED.match(text, split) if turn is not None else None
        later = status.of(state, text[ended.end() if ended else (turn if again is not None else split):]) \
            if turn is not None else "planned"
        if stop is not None and status.of(state, text[:split]) == "planned":
            later = "planned"  # (the new way's date stands before the abolished one)
        line, quote = sentence.quote()
        new_way = {"line": line, "quote": quote, "also": [], "_index": sentence.index,
                   "basis": "inferred" if guessed else "stated", "_at": split}
        # (…媒体で送付しておりますが、…毎日送信いたします: the new way's own verb, which a
        # sentence after may name: 送信する情報には個人番号を含みます)
        verb = next((v for v in sorted(state.pats.get("verbs", {}), key=len, reverse=True)
                     if state.pats["verbs"][v] == "flow" and v in text[split:]), None)
        if verb is not None:
            new_way["verb"] = verb
        for flow in earlier:
            if flow.get("channel") == new:
                # its own sentence said the new way (LGWANを経由して送信いたします): that one
                # starts later, and the old way runs till then
                flow["status"] = later
                flow.setdefault("also", []).append({"line": line, "quote": quote})
                state.flows.append({**flow, **new_way, "channel": old, "_settled": True,
                                    "status": "current" if later == "planned" else "replaced"})
                continue
            flow["channel"] = flow.get("channel") or old
            flow["_settled"] = True  # (the way it goes now, as the change says)
            if old is not None and flow.get("_index") == item.sentence.index:
                # (…への提供について, then これまではファクシミリで送っておりましたが: the old
                # way is said here, the heading only named the hand-over)
                flow.setdefault("also", []).append({"line": flow["line"], "quote": flow["quote"]})
                flow["line"], flow["quote"], flow["_index"] = line, quote, sentence.index
            if later != "planned":
                flow["status"] = "replaced"
            elif flow.get("_index") == sentence.index and match is not None and flow["status"] == "planned":
                # (2027年1月4日から、…連携を、これまでの夜間一括のファイル送付から、…日次の自動
                # 連携に切り替えます: the date is the new way's; the old one runs till then)
                flow["status"] = "current"
            # (…週１回、電子媒体で送付していた…を、令和８年２月からは…毎日送信する: how often
            # the new way goes is the new clause's)
            often = frequency(state.pats, text[split:])
            state.flows.append({**flow, **new_way, "channel": new, "status": later,
                                "frequency": often or flow.get("frequency"),
                                **({"via": state.label_of(via), "via_key": state.key(via)} if via else {})})


#: After the turn, that the old way was abolished, a comma, then the new one.
_ABOLISHED = re.compile(r"[^、。]{0,16}?(?:廃止|取りやめ|取り止め|やめ|終了)(?:し|して|いたし)?(?:、|ており、|ましたので、)")
#: An old way abolished, a comma, then the new one (郵送を廃止し、…; この持参を取りやめ、…).
SWITCH = re.compile(r"[^、。]{1,16}?(?:を|は)(?:廃止|取りやめ|取り止め|やめ)(?:し|て|まして)?、")

#: After the turn, the old way stopped or ended, a comma, then the new one.
_STOPPED = re.compile(r"[^、。]{1,16}?(?:を|は)(?:廃止|取りやめ|取り止め|やめ|終了)(?:し|て|まして)?、")


def _items_one(state, sentence, item) -> list:
    """Return the one hand-over (between one giver and one recipient) the item states before
    ``sentence``, as a list, or [] when it states none or several."""
    before = [f for f in state.flows if f.get("_index") is not None and f["_index"] < sentence.index
              and f["item"] == item.key and f.get("status") != "ended"]
    return before[-1:] if len({(f["from_key"], f["to_key"]) for f in before}) == 1 else []


def _to_contractor(state, sentence, item) -> list:
    """Return the hand-over, made inferred, to the contractor the item entrusts, from the
    item's department; [] when it entrusts no one."""
    from kg.extract.objects import unspecified  # (objects reads ways: no cycle at import)
    from kg.extract.titles import item_flow

    keys = {r["object_key"] for r in state.relations if r["type"] == "entrusts" and r["item"] == item.key}
    # (a contractor the item names only later is not who this sentence sends to)
    contractor = next((m for i in item.sentences if i <= sentence.index for m in state.mentions.get(i, [])
                       if m.kind == "entity" and state.key(m) in keys), None)
    giver = item.department or state.municipality_mention()
    if contractor is None or giver is None:
        return []
    line, quote = sentence.quote()
    item_flow(state, item, "送付", giver, contractor, [unspecified(state, sentence)], line, quote,
              _index=sentence.index, _said=True)
    return state.flows[-1:]


#: After a system, the words that make it the way data goes (…システムを通じて行う).
THROUGH = re.compile(r"(?:を|で)?(?:通じ|通して|経由|介し|用い|使っ|利用し)|で(?:行|送|提供|共有)")


def _way(state, sentence, start: int) -> tuple:
    """Return ``(channel, system)`` of the new way from ``start``: a channel it names, else
    a system the data goes through (県が整備する…システムを通じて行う: online, via it)."""
    channel = channel_in(state, sentence.text[start:])
    if channel is not None:
        return channel, None
    system = next((m for m in state.mentions.get(sentence.index, []) if m.start >= start
                   and m.kind == "entity" and m.type == "system" and THROUGH.match(sentence.text, m.end)), None)
    return ("online", system) if system is not None else (None, None)


#: A verb of receiving (受け取っておりました): the old and new way are of a flow to the city.
_RECEIVED = re.compile(r"受け取|受領|受けて|取得")


def corrected_channels(state, sentence, item) -> None:
    """Apply a correction of the way data goes (先ほどの説明を訂正させていただきます。受託者への
    データの受渡しは電子メールではなく、暗号化したＵＳＢメモリに格納し、…手渡しする方法で
    行います): the item's earlier flows by the way denied go by the way said instead, and a
    flow the correcting sentences propose again to the same party, of data unnamed, goes
    (it is that hand-over said again; nc71 W7)."""
    for index in range(sentence.index, min(len(state.sents), sentence.index + 2)):
        text = state.sents[index].text
        rather = _NOT_THIS_WAY.search(text)
        if rather is None:
            continue
        old, new = channel_in(state, text[:rather.end("old")]), channel_in(state, text[rather.end():])
        if old is None or new is None or old == new:
            continue
        moved = [f for f in state.flows if f.get("_index", index) < sentence.index and f["item"] == (
            item.key if item else None) and f.get("channel") == old]
        for flow in moved:
            flow["channel"] = new
            flow.setdefault("also", []).append(dict(zip(("line", "quote"), state.sents[index].quote())))
        again = {(f["from_key"], f["to_key"]) for f in moved}
        state.flows[:] = [f for f in state.flows if not (
            sentence.index <= f.get("_index", -1) <= index + 1 and (f["from_key"], f["to_key"]) in again
            and f["categories"] == ["personal-information"])]
        return


#: What a correction says the way is not (…は電子メールではなく、…).
_NOT_THIS_WAY = re.compile(r"(?P<old>[^、。]{1,16}?)ではなく、")


def channel_in(state, text: str) -> str | None:
    """The first channel ``text`` names (専用回線: dedicated-line), past one the data
    leaves from (庁内ネットワークから専用回線を通じて: dedicated-line), or None."""
    found = []
    for _begin, end, targets in state.lex.scan(text):
        # (LGWAN names a network and the channel over it: the channel is meant here)
        target = next((t for t in targets if t.kind == "channel"), None) \
            or resolve(targets, state.lex, state.ctx)
        if target is not None and target.kind == "channel":
            found.append((target.id, text.startswith("から", end)))
    return next((way for way, leaving in found if not leaving), found[0][0] if found else None)


#: A numbered point's number before its words (4, (4), ４．).
_POINT = re.compile(r"^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、]?)(?![0-9０-９か回月日年週件名人度時分号])\s*")


def frequency(pats: dict, text: str, events: bool = False) -> str | None:
    """The frequency the sentence states (日次, 月1回, 年4回, 3か月に1回), with ``events``
    else the event a flow waits for (照会があった場合, 請求の都度), or None.

    >>> frequency({"frequency_patterns": [r"年[0-9]+回"]}, "年4回送付する")
    '年4回'
    >>> frequency({"condition_frequencies": [r"[^、。]{1,24}?があった場合"]},
    ...            "警察署から照会があった場合には、回答する", events=True)
    '警察署から照会があった場合'
    >>> frequency({"condition_frequencies": [r"[^、。]{1,24}?があった場合"]},
    ...            "4警察署から照会があった場合に限り、提供する", events=True)
    '警察署から照会があった場合'
    """
    for pattern in pats.get("frequency_patterns", ()):  # the longer, counted forms first
        found = re.search(pattern, text)
        if found:
            return found.group(0)
    # a word (都度) inside the event (請求の都度) says less than the event
    for pattern in pats.get("condition_frequencies", ()) if events else ():
        found = re.search(pattern, text)
        if found:  # (4　警察署から…: not the point's number, which cleaning joins to it)
            return _POINT.sub("", found.group(0))
    # (当日中に随時登録を行い、加えて毎日夜間に…: the one said first; of two that overlap,
    # the one the list puts first: 1回限り in 2月に1回限り, not 月に1回)
    said: list[tuple[int, int, str]] = []
    for word in pats.get("frequencies", ()):
        at = text.find(word)
        if at >= 0 and not any(at < end and start < at + len(word) for start, end, _ in said):
            said.append((at, at + len(word), word))
    return min(said)[2] if said else None
