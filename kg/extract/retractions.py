"""What the minutes take back or correct later (:func:`corrections`: 先ほどの説明を訂正する。
…個人番号は含まれない。 takes the denied data out of the item's earlier flows; :func:`taken_back`:
…と申し上げましたが、正しくは…提供しておりません turns the flow into an exclusion), and the
parts of a correction. A recipient the speaker takes back: ``先ほど…保護記録を楡ヶ丘町の福祉事務所へ送付すると
申し上げましたが、訂正いたします。…正しくは、同町を所管する翠嶺県中部福祉事務所に送付
いたします。``

What was said to go to the first party goes to the second: the hand-over said before
(the item's, or any earlier one to that party) keeps its giver, data, channel and status
and takes the new recipient, quoted with the correcting sentence; the half-sentence taken
back and the correction's own reading (its giver is read from a clause about another
matter) go. A correction that names no recipient the extractor reads only takes back
what it retracts. A correction of how often each recipient is given the data
(民生委員への提供は年2回が正しく、…。訂正いたします) sets that frequency on the hand-over
to each; a giver said, then corrected (…教育委員会から送信すると申し上げましたが、正しくは
村の会計課から送信しております), gives those hand-overs the new giver; a frequency or way said,
then corrected (…正しくは週1回, …ＤＶＤ－Ｒと申し上げま
したが、令和６年度からは、ＬＧＷＡＮ上の…により送付しております), replaces the one said.

Example::

    >>> retracted_recipient(state, sentence)                       # doctest: +SKIP
    >>> [(f["from"], f["to"]) for f in state.flows]               # doctest: +SKIP
    [('生活福祉課', '翠嶺県中部福祉事務所')]
"""
from __future__ import annotations

import re
import unicodedata

from kg.extract import status
from kg.extract.corrected_parties import corrected_denial, corrected_party
from kg.extract.denial import negated
from kg.extract.exclusions import append
from kg.extract.speakers import spoken
from kg.extract.ways import channel_in, corrected_channels, frequency

#: After a flow's verb, that the speaker said so and now corrects it.
_RETRACTED = re.compile(r"と(?:申し上げ|(?:ご|御)?説明(?:いたし|し)|お答えし|申し)ました(?:が|けれども)、?"
                        r"[^。]{0,6}訂正")


_ROOT = ["personal-information"]
_SAID = re.compile(_RETRACTED.pattern.split("[^。]")[0] + "$")


def retracted_recipient(state, sentence) -> None:
    """Move the hand-overs said before to the recipient a correction names instead (see
    the module); nothing when ``sentence`` retracts no flow."""
    said = _RETRACTED.search(sentence.text)
    if said is None:
        return
    told = [f for f in state.flows if f.get("_index") == sentence.index
            and _SAID.search(f["quote"].replace("\n", ""))]
    if not told:
        return
    old = told[-1]
    upto = sentence.index + 2
    new = [f for f in state.flows if f not in told and sentence.index <= f.get("_index", -1) < upto
           and f["to_key"] != old["to_key"]]
    earlier = [f for f in state.flows if f.get("_index", sentence.index) < sentence.index
               and f["to_key"] == old["to_key"]]
    state.flows[:] = [f for f in state.flows if f not in told]
    if not new or not earlier:
        return
    target = new[0]
    for flow in earlier:
        also = [{"line": flow["line"], "quote": flow["quote"]}, *flow.get("also", [])]
        flow.update({key: target[key] for key in ("to", "to_key", "to_id", "_to")})
        flow.update(line=target["line"], quote=target["quote"], also=also)
        if flow["categories"] == _ROOT and old["categories"] != _ROOT:
            flow["categories"] = list(old["categories"])  # (…記録を…送付すると申し上げ: named there)
            flow["also"].append({"line": old["line"], "quote": old["quote"]})
    state.flows[:] = [f for f in state.flows if f is not target]


def corrected_giver(state, sentence, item) -> None:
    """…引落金額のデータは教育委員会から送信すると申し上げましたが、正しくは村の会計課から
    送信しております: the item's earlier hand-overs from the first party (of the data the
    taken-back words name) are from the second; the correction joins their quotes."""
    text = sentence.text
    said = SAID_SO.search(text)
    at = text.find("正しくは", said.end()) if said else -1
    if said is None or at < 0:
        return
    found = state.mentions.get(sentence.index, [])
    givers = [m for m in found if m.kind == "entity" and text.startswith(("から", "より"), m.end)]
    old = next((m for m in reversed(givers) if m.end <= said.start()), None)
    new = next((m for m in givers if m.start >= at), None)
    if old is None or new is None or state.key(old) == state.key(new):
        return
    data = set(state.category_keys([m for m in found if m.kind == "category" and m.end <= said.start()],
                                   sentence))
    earlier = [f for f in state.flows if f.get("_index", sentence.index) < sentence.index
               and state.item_of.get(f["_index"]) is item and f["from_key"] == state.key(old)
               and (not data or data & set(f["categories"]))]
    if not earlier:
        return
    line, quote = sentence.quote()
    state.entity_for(new, *sentence.quote(new.start, new.end))
    for flow in earlier:
        flow.update({"from": state.label_of(new), "from_key": state.key(new), "from_id": new.id,
                     "_from": new})
        flow.setdefault("also", []).append({"line": line, "quote": quote})
    # (the correcting sentence's own reading of its verbs goes: it says no new hand-over)
    state.flows[:] = [f for f in state.flows if f.get("_index") != sentence.index]


#: A correction that says each recipient's frequency (民生委員への提供は年2回が正しく、消防団
#: への提供は年1回でございます): the part after a party, up to its 、 or 。.
_EACH_SAID = re.compile(r"(?:へ|に対して|に対する|へ)の(?:提供|送付|手渡し|送信)は、?([^、。]{1,20}?)"
                        r"(?:が正しく|が正しい|でございます|です|となります)")


def corrected_frequencies(state, sentence) -> None:
    """Give the item's earlier flow to each recipient the correcting ``sentence`` names the
    frequency it says (…民生委員への提供は年2回が正しく…。訂正いたします: 年2回, not the 年1回
    said before); the sentence joins the flow's quotes."""

    item = state.item_of.get(sentence.index)
    for mention in state.mentions.get(sentence.index, []):
        said = _EACH_SAID.match(sentence.text, mention.end) if mention.kind == "entity" else None
        new = frequency(state.pats, said.group(1)) if said else None
        if new is None:
            continue
        earlier = [f for f in state.flows if f.get("_index", sentence.index) < sentence.index
                   and state.item_of.get(f["_index"]) is item and f["to_key"] == state.key(mention)]
        if earlier and earlier[-1].get("frequency") != new:
            earlier[-1]["frequency"] = new
            line, quote = sentence.quote()
            earlier[-1].setdefault("also", []).append({"line": line, "quote": quote})


#: A work said to be done by someone, taken back (子会社が保守を行うと申し上げましたのは誤り).
_WORK_SAID = re.compile(r"(?P<work>保守|運用|運営)(?:業務)?(?:を|も)?(?:行う|担う|担当する)と(?:申し上げ|(?:ご|御)?説明(?:いたし|し))"
                        r"ました(?:のは|が)")
#: After a company, that it does the work itself (…株式会社Aが自ら行い).
_ITSELF = re.compile(r"が自ら(?:行|担)")
_KINDS = {"保守": ("maintains",), "運用": ("operates",), "運営": ("operates",)}


def retracted_work(state, sentence) -> None:
    """Drop the item's earlier relations of the work a correction takes back (子会社が保守を
    行うと申し上げましたのは誤りでございました。保守も株式会社Aが自ら行い…): each of that
    kind whose party is not the one the correction says does it itself."""
    said = _WORK_SAID.search(sentence.text)
    if said is None:
        return
    item = state.item_of.get(sentence.index)
    near = [i for i in (sentence.index, sentence.index + 1) if state.item_of.get(i) is item]
    doers = {state.key(m) for i in near for m in state.mentions.get(i, [])
             if m.kind == "entity" and _ITSELF.match(state.sents[i].text, m.end)}
    if item is None or not doers:
        return
    line = sentence.line
    state.relations[:] = [r for r in state.relations if not (
        r["item"] == item.key and r["type"] in _KINDS[said.group("work")] and r["line"] < line
        and r["subject_key"] not in doers)]


#: After a correction's turn, that it restates a change of way (…LGWANでの伝送に切り替えて).
_SWITCHED_TO = re.compile(r"に(?:切り替え|切替え|切替|移行)")


def corrected_values(state, sentence, item) -> None:
    """…日次と申し上げましたが、正しくは週1回でございます (or …USBメモリで渡すと申し上げ
    ましたが、正しくは専用回線で送信します): the item's last flow stated with the
    frequency (or channel) the correction names first takes the one after 正しくは."""
    texts = [state.sents[i].text for i in range(sentence.index, min(len(state.sents), sentence.index + 2))]
    text = "".join(texts)
    # (…と申し上げましたが、実際には…: the same turn)
    at = max(text.find("正しくは"), text.find("実際には"))
    mistake = _MISTAKE.search(text) if at < 0 else None
    if mistake is not None:
        at = mistake.start(1)  # 毎週と申し上げましたが、毎月の誤りでございました: 毎月
    rather = (_RATHER.search(text) or _CORRECTED_TO.search(text)) if at < 0 else None
    if rather is not None:
        at = rather.end()  # 毎月提供しているのではなく、…求めがあった場合にのみ提供しております
    said_so = SAID_SO.search(text) if at < 0 else None
    if said_so is not None:
        # 委託先への引渡しを…ＤＶＤ－Ｒと申し上げましたが、令和６年度からは、ＬＧＷＡＮ上の…
        # により送付しております: what follows the turn is so
        at = said_so.end()
    if at < 0:
        return
    for key, read in (("frequency", lambda t, new=False: frequency(state.pats, t, events=new)),
                      ("channel", lambda t, new=False: channel_in(state, _affirmed(t) if new else t))):
        new, old = read(text[at:], True), read(text[:at])
        if new is None or new == old:
            continue
        if key == "channel" and _SWITCHED_TO.search(text, at):
            # (CD-Rでの受渡しは3月分で終了したと申し上げましたが、正しくは2月分までで終了して
            # おり、3月分からLGWANでの伝送に切り替えております: the date is corrected; LGWAN is
            # the way the change goes to, not the old way's; nc68 W11)
            continue
        # a flow stated before the correction, in the correcting sentence too (渡すと
        #申し上げましたが、正しくは…), with the value the correction takes back
        # (CD-Rは職員が連合会へ持参すると申し上げましたが: the flow said to go either way,
        # the disc or carried by hand)
        olds = {old} | ({m.id for m in state.mentions.get(sentence.index, []) if m.kind == "channel"
                         and m.end <= at} if key == "channel" else set())
        earlier = [f for f in state.flows if f["_index"] <= sentence.index
                   and state.item_of.get(f["_index"]) is item and f.get(key)
                   and (old is None or f[key] in olds)]
        named = _party_taken_back(state, sentence, len(texts), said_so.start()) if said_so is not None else None
        named = state.key(named) if named is not None else None
        # (消防本部に「LGWANのメールで送付」と申し上げましたが、…: that party's hand-over, not
        # the other one the same sentence sent so; nc67 W9)
        earlier = [f for f in earlier if f["to_key"] == named] or earlier
        # (…受領証明書の印刷と発送を杜若地域商社が行うと申し上げましたが、…郵便による: that
        # company's hand-over, not the item's last flow that went some way; nc69 W19)
        # (市は…と申し上げましたが: the city's own hand-overs, whichever department gives them)
        doer = _party_taken_back(state, sentence, len(texts), said_so.start(), _DOER) \
            if said_so is not None and old is None else None
        earlier = [f for f in earlier if doer is None or doer.type in ("municipality", "department")
                   or f["from_key"] == state.key(doer)]
        if not earlier and said_so is not None and key == "channel":
            # (the way said then is not the one read then, 持参 of a DVD-R: the hand-over to
            # the party the taken-back words name, 委託先への引渡しを…)
            named = _party_taken_back(state, sentence, len(texts), said_so.start())
            named = state.key(named) if named is not None else None
            earlier = [f for f in state.flows if f["_index"] < sentence.index and named is not None
                       and state.item_of.get(f["_index"]) is item and f.get(key) and f["to_key"] == named]
        # (資格情報の送信を毎日と申し上げましたが: the flows of that data, not the 支給情報
        # that goes daily too)
        data = set(state.category_keys([m for m in state.mentions.get(sentence.index, [])
                                        if m.kind == "category" and m.end <= at], sentence))
        earlier = [f for f in earlier if not data or data & set(f["categories"])]
        # (one stated before the correcting sentence is what it corrects)
        earlier = [f for f in earlier if f["_index"] < sentence.index] or earlier
        if not earlier:
            continue
        # (…自主防災組織、民生委員及び社協に提供…年2回: each hand-over of that sentence)
        corrected = [f for f in earlier if f["_index"] == earlier[-1]["_index"] and f[key] == earlier[-1][key]]
        said = next((state.sents[i] for i in range(sentence.index, sentence.index + len(texts))
                     if "正しくは" in state.sents[i].text or "実際には" in state.sents[i].text), sentence)
        # (the correcting sentence says the flow again: that is the one corrected, no other,
        # whatever data it borrows when it names none: 連合会への送信の経路を…)
        state.flows[:] = [f for f in state.flows if f is earlier[-1] or not (
            sentence.index <= f["_index"] < sentence.index + len(texts)
            and f["to_key"] == earlier[-1]["to_key"]
            and (set(f["categories"]) & set(earlier[-1]["categories"]) or f["categories"] == _ROOT
                 or not any(m.kind == "category" for m in state.mentions.get(f["_index"], []))))]
        line, quote = said.quote()
        for flow in corrected:
            # (登録は月に１回行っております, quoted beside it: what the correction takes back goes)
            flow["also"] = [a for a in flow.get("also", [])
                            if read(unicodedata.normalize("NFKC", a["quote"])) != flow[key]]
            flow[key] = new
            if said_so is not None and status.FROM.search(text, at):
                # (令和６年度からは…により送付しております: since then, whatever the item asks)
                flow["status"], flow["_settled"] = status.of(state, text[at:]), True
            if line == flow["line"] and flow["quote"] in quote:
                flow["quote"] = quote  # its own sentence corrects it: quote the whole of it
            elif {"line": line, "quote": quote} not in flow.setdefault("also", []):
                flow["also"].append({"line": line, "quote": quote})


#: A correction that names the right value as what the wrong one mistook (…と申し上げ
#: ましたが、毎月の誤りでございました).
_MISTAKE = re.compile(r"と申し上げましたが、([^、。]{1,12}?)の誤り")
#: The turn of a correction that says what is not so, then what is (…しているのではなく、…).
_RATHER = re.compile(r"のではなく[、,]?")
#: …年1回ではなく年2回に訂正する旨の申出があり: the value after it is the right one.
_CORRECTED_TO = re.compile(r"ではなく[、,]?(?=[^。、]{1,12}?に訂正)")
#: After a party, that the words taken back say it does the act (…を杜若地域商社が行う).
_DOER = re.compile(r"(?:が|は)")
#: After a party, that the words taken back are of the hand-over to it (委託先への引渡しを).
_TO_PARTY = re.compile(r"(?:へ|に対して)の(?:引渡し|引き渡し|受け渡し|送付|提供|送信)|に「")
def _affirmed(text: str) -> str:
    """``text`` without its clauses that deny (消防本部はLGWANに接続しておりませんので、): the
    way a correction names is in what it affirms."""
    return "、".join(c for c in text.split("、") if not _DENYING.search(c))


#: The end of a clause that denies (…接続しておりませんので).
_DENYING = re.compile(r"(?:ません|ない|ず)(?:ので|から|が|ため|けれども)?$")
#: After a flow's verb, that the speaker said so (…ＤＶＤ－Ｒと申し上げましたが、).
SAID_SO = re.compile(r"と(?:申し上げ|(?:ご|御)?説明(?:いたし|し)|お答えし|申し|答弁し)"
                     r"(?:ました|た(?:箇所|点|部分|ところ)が(?:ございました|ありました))(?:が|けれども)、?")


def _party_taken_back(state, sentence, count: int, end: int, role: re.Pattern = _TO_PARTY):
    """The mention of the party the words before ``end`` (of the ``count`` sentences from
    ``sentence`` joined) take back the hand-over to (``role``; with :data:`_DOER`, the party
    they say does it), or None."""
    offset = 0
    for index in range(sentence.index, sentence.index + count):
        text = state.sents[index].text
        for m in state.mentions.get(index, []):
            if m.kind == "entity" and offset + m.end < end and role.match(text, m.end):
                return m
        offset += len(text)
    return None


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
        retracted_recipient(state, sentence)
        retracted_work(state, sentence)
        corrected_values(state, sentence, item)
        corrected_giver(state, sentence, item)
        corrected_party(state, sentence, item)
        corrected_denial(state, sentence, item)
        corrected_channels(state, sentence, item)
        for index in (sentence.index - 1, sentence.index, sentence.index + 1):  # (…年2回が正しく…。訂正いたします。)
            if index >= 0 and state.item_of.get(index) is item:
                corrected_frequencies(state, state.sents[index])
        denied = set()
        for index in range(sentence.index, min(len(state.sents), sentence.index + 2)):
            text = state.sents[index].text
            # (a data name no category knows too: 「画像診断の報告書」を挙げましたが、…画像診断の
            # 報告書は提供せず, nc68 W1)
            denied |= set(state.category_keys([m for m in state.mentions.get(index, []) if m.kind == "category"
                                               and (negated(text, m.end + 2, state.pats)
                                                    or _topic_denied(text, m.start, m.end, state.pats))],
                                              state.sents[index]))
        if not denied:
            continue
        earlier = [i for i in (item.sentences if item else range(sentence.index)) if i < sentence.index]
        kept = []
        for flow in state.flows:
            if flow["_index"] in (sentence.index, sentence.index + 1) and flow["categories"] == _ROOT \
                    and _ROOT[0] in denied:
                continue  # (提供しているのは…一覧のみで、…個人情報は…提供しておりません: none, said so)
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


def _topic_denied(text: str, start: int, end: int, pats: dict) -> bool:
    """True when the data name from ``start`` to ``end`` is the topic of the sentence's last
    clause, which ends denied (…児童の氏名などの個人情報は、学校から指定管理者に提供して
    おりません。: the denial further than a verb's; nc70 W14), and no one's part of the data
    (世帯主の所得情報は…含まれておりません: the applicant's is)."""
    if text.endswith("の", 0, start) and not text.endswith(("などの", "等の"), 0, start):
        return False
    topic = re.match(r"(?:そのもの|自体)?は、?", text[end:])
    rest = text[end + topic.end():].rstrip("。 　") if topic else ""
    return bool(rest) and "。" not in rest and not re.search(r"(?:が|けれども|ものの)、", rest) \
        and any(rest.endswith(cue) for cue in pats.get("negations", ()))


#: After a flow's verb, that the speaker takes it back (…提供していると申し上げましたが、).
_SAID_SO = re.compile(r"[^、。]{0,10}?" + SAID_SO.pattern)
#: After it, that what was said is wrong (誤りでございました, 間違いでした).
_WRONG = re.compile(r"[^。]{0,6}?(?:誤りで|間違いで|誤っておりました|誤っていました)")
#: After it, the correction that denies the flow (正しくは、…名簿は提供しておりません).
_NOT_SO = re.compile(r"(?:正しくは|実際には)[^。]*?(?:提供|送付|送信|渡|お渡し|郵送)し?"
                     r"(?:ておりません|ていません|ておらず|ていない|ません|ない)")


def taken_back(state, sentence, frame, before: int, base: dict, confidence: float) -> None:
    """Turn the flows ``frame`` proposed (from ``before`` on) into exclusions when the
    sentence takes them back (…名簿を汐見電力株式会社にも提供していると申し上げましたが、
    正しくは、…名簿は提供しておりません): the recipient is kept from what was said to go to
    it, quoted with the correction; a flow before it in the item to that party goes too.
    One said to be wrong (…提供すると申し上げましたが、誤りでございました。) goes with its
    earlier flows, an exclusion only where the next sentence denies it (保健センターへの
    提供は行いません), quoted from there."""
    said = _SAID_SO.match(sentence.text, frame.end)
    wrong = said is not None and _WRONG.match(sentence.text, said.end())
    if said is None or not wrong and not _NOT_SO.search(sentence.text, said.end()):
        return
    line, quote = sentence.quote(sentence.piece_at(frame.start).start)
    item = state.item_of.get(sentence.index)
    taken = state.flows[before:]
    del state.flows[before:]
    after = sentence.index + 1
    for flow in taken:
        state.flows[:] = [f for f in state.flows if not (
            f["item"] == flow["item"] and f["to_key"] == flow["to_key"]
            and set(f["categories"]) & set(flow["categories"]))]
        if not wrong:
            append(state, {**base, "line": line, "quote": quote}, "excluded", flow["_to"], flow["categories"],
                   None, item.title if item else None, confidence)
        elif after < len(state.sents) and state.item_of.get(after) is item and any(
                m.kind == "entity" and state.key(m) == flow["to_key"]
                and negated(state.sents[after].text, m.end, state.pats) for m in state.mentions.get(after, [])):
            denial = state.sents[after]
            at, said_line = denial.quote(len(denial.text) - len(spoken(state, denial)))
            append(state, {**base, "line": at, "quote": said_line, "also": [{"line": line, "quote": quote}]},
                   "excluded", flow["_to"], flow["categories"], None, item.title if item else None, confidence)
