"""Facts that other sentences complete or correct, after each sentence is read.

* A flow restated a line or two later (提供する情報は、…) is folded into the first.
* (A later correction, 先ほどの説明を訂正する。…, is :mod:`kg.extract.retractions`.)
* The data a sentence after a flow says it held (通知には、氏名…が記載される) joins it, and
  an answer naming only data (…どの情報が渡るのですか。氏名と住所のみ) is a flow to the party
  the question asked of.

(How a flow goes, said in the next sentence, is :mod:`kg.extract.said_next`; what an
answer takes back of its question, :mod:`kg.extract.questions`.)

Example::

    >>> flows = restated_once(state.flows, own)                     # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.extract.bodies import by_work
from kg.extract.particles import particle_after
from kg.extract.relations import Frame, negated
from kg.extract import status
from kg.extract.speakers import is_question, spoken

#: A sentence that limits whom an item's data goes to (提供先は…に限ります).
_ONLY_TO = re.compile(r"(?:提供|送付|送信)先は、?[^。]{1,30}?に限")
#: the categories of a flow whose data the sentence leaves unsaid
_ROOT = ["personal-information"]


#: A sentence that opens with what was just moved as a container (申請データには、, 通知には、):
#: it says what that holds.
_HOLDS = re.compile(r"^(?P<noun>[^、。をがでは]{1,24}?)(?:に|の中に)は、?")
#: Verbs that, affirmed, say what a container holds (含まれる, 記載される, 印字される).
_HOLDING = re.compile(r"(?:含ま|含み|含め|含んで|記載さ|記載し|印字さ)")
#: Verbs that say what an act uses (この登録には個人番号を用いております).
_USES = re.compile(r"を(?:用い|使用し|利用し|使っ)")


def _opening(state, index: int) -> str:
    """Sentence ``index``'s words after its speaker's label and a list's mark."""
    return spoken(state, state.sents[index]).lstrip("・･○◯〇-－ ")


def contents_next(state) -> None:
    """Give a flow the data the sentence after it says what it moved holds (…申請データは、
    …システムに取り込んでおります。申請データには、氏名、住所、個人番号が含まれております;
    …税額通知を…送付する。通知には、氏名…が記載される): with the data it named, or for the
    personal information it did not name; that sentence joins the flow's quotes."""
    for flow in state.flows:
        after = flow.get("_index", -2) + 1
        # (…別の受給者に送付されました。…同社において…が原因でございます。誤送付された通知書
        # には、…: what went astray is told after its cause)
        if getattr(flow.get("_to"), "how", None) == "misdirected" and 0 < after < len(state.sents) - 1 \
                and not _HOLDS.match(_opening(state, after)):
            after += 1
        # (…連合会に送付しております。問　…に個人番号は含まれるのですか。答　被保険者資格情報
        # には個人番号が含まれます: the answer to a question asked of it, the same)
        if 0 < after < len(state.sents) - 1 and is_question(state.sents[after].text, state.pats) \
                and state.item_of.get(after + 1) is state.item_of.get(after):
            after += 1
        if not 0 < after < len(state.sents) \
                or state.item_of.get(after) is not state.item_of.get(flow["_index"]):
            continue
        later = _HOLDS.match(_opening(state, after + 1)) if after + 1 < len(state.sents) else None
        if later and not _HOLDS.match(_opening(state, after)) and not any(f.get("_index") == after for f in state.flows) \
                and state.item_of.get(after + 1) is state.item_of.get(after) \
                and (held := re.split(r"(?:された|した|される|する)", later.group("noun"))[-1]) \
                in state.sents[flow["_index"]].text and held not in state.pats.get("generic_data", ()):
            # (…給与支払報告書の提出を受けております。…約8割が、eLTAXを通じた電子的な提出で
            # ございました。給与支払報告書には、…個人番号が記載: a word on it between, the paper
            # named as the flow named it; not …提供される情報には, which may be any; nc75 M2)
            after += 1
        sentence = state.sents[after]
        text = spoken(state, sentence)
        if flow["categories"] == ["personal-information"] and _listed(state, flow, sentence, text):
            continue  # (…自動で取り込む方式に切り替えたい。取り込むデータは、…個人番号…です: nc72 M4)
        opening = _HOLDS.match(text.lstrip("・･○◯〇-－ "))
        # (the container is what the flow's own sentence moved: 通知 of …税額通知を送付する)
        # (誤送付された通知書には: the container after its relative clause)
        noun = re.split(r"(?:された|した|される|する)", opening.group("noun"))[-1] if opening else ""
        # (誤送付された通知書には: the paper that went astray, however the sentence before
        # called it)
        astray = opening is not None and getattr(flow.get("_to"), "how", None) == "misdirected" \
            and re.match(r"誤(?:送付|送信|配|交付)(?:された|した)", opening.group("noun")) is not None
        # (…北区社会福祉協議会に送付する。送付する情報には個人番号が含まれる: what that act moves)
        act = re.search(r"([^、。をがでは]+?)(?:する|される)(?:情報|データ)$", opening.group("noun")) if opening else None
        same_act = act is not None and bool(flow.get("verb")) and act.group(1).endswith(flow["verb"])
        # (…中間サーバーに登録しております。この登録には個人番号を用いております: what the act
        # itself uses, it moves; nc75 M3)
        # (not 照会には…個人番号を用いる: the number asks; the answer that comes back is not it)
        used = opening is not None and bool(flow.get("verb")) and _USES.search(text) is not None \
            and flow["verb"] not in state.pats.get("inquiries", ()) \
            and re.fullmatch(rf"(?:この|その|当該|本)?{re.escape(flow['verb'])}", opening.group("noun")) is not None
        holding = _HOLDING.search(text) or (_USES.search(text) if used else None)
        if opening is None or not noun or noun not in state.sents[flow["_index"]].text and not astray \
                and not same_act and not used \
                or not holding or is_question(text, state.pats) or negated(text, holding.end(), state.pats):
            continue
        # (…媒体で送付しておりますが、…毎日送信いたします。送信する情報には…: of the way
        # that verb names, when a flow of the sentence goes by it)
        moved = re.search(r"([^、。をがでは]+?)(?:する|される|した|された)", opening.group("noun"))
        if moved is not None and flow.get("verb") != moved.group(1) and any(
                f.get("_index") == flow["_index"] and f.get("verb") == moved.group(1) for f in state.flows):
            continue
        # (…給与支払報告書を受け取り、…事業所に…決定通知を送付しております。給与支払報告書
        # には…個人番号が記載: what the report holds, not the notice sent back)
        container = {m.id for m in state.mentions.get(flow["_index"], []) if m.kind == "category"
                     and m.id and m.text.endswith(noun)}
        if container and not container & set(flow["categories"]):
            continue
        skip = len(sentence.text) - len(text.lstrip("・･○◯〇-－ ")) + opening.end()
        # (…が記載されていたが、個人番号は記載されていなかった: not what it held)
        named = [m for m in state.mentions.get(after, []) if m.kind == "category" and m.start >= skip
                 and not negated(sentence.text, m.end + 2, state.pats)]
        if not named:
            continue
        held = [k for k in flow["categories"] if k != "personal-information"]
        flow["categories"] = held + [k for k in state.category_keys(named, sentence) if k not in held]
        line, quote = sentence.quote()
        flow.setdefault("also", []).append({"line": line, "quote": quote})


def _listed(state, flow, sentence, text: str) -> bool:
    """Give ``flow``, of data it did not name, the data the next sentence lists as what its
    verb moves (取り込むデータは、受給者の氏名、住所、…個人番号…です); True when it did."""
    said = re.match(rf"{re.escape(flow.get('verb') or '')}(?:する|される)?(?:データ|情報|項目)は、", text) \
        if flow.get("verb") else None
    skip = len(sentence.text) - len(text) + (said.end() if said else 0)
    named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category" and m.start >= skip
             and not negated(sentence.text, m.end + 2, state.pats)] if said else []
    if not named:
        return False
    flow["categories"] = state.category_keys(named, sentence)
    line, quote = sentence.quote()
    flow.setdefault("also", []).append({"line": line, "quote": quote})
    return True


#: Words that say the data is listed elsewhere (次の表のとおり, 別表のとおり).
_LISTED_ELSEWHERE = re.compile(r"(?:次|下|以下|下記|別)の?表の?とおり|(?:次|以下|下記)のとおり")


def not_returned(state) -> None:
    """Take from a flow whose data was read from the sentences before it the data a flow
    of its item brings the other way (法務局から…登記済通知が本市に送付…。登記済通知には、
    氏名…が記載…。一方、本市から法務局への提供は、次の表のとおり) when its sentence says the
    data is listed elsewhere: what comes in is not what goes back; personal information,
    unspecified, instead."""
    for flow in state.flows:
        # (only a flow whose data its sentence says is listed elsewhere: a contractor that
        # returns the papers it was given returns that data)
        if not flow.get("_borrowed") or flow.get("_index") is None \
                or not _LISTED_ELSEWHERE.search(state.sents[flow["_index"]].text):
            continue
        back = [f for f in state.flows if f["item"] == flow["item"] and f["from_key"] == flow["to_key"]
                and f["to_key"] == flow["from_key"] and f.get("_index", 0) < flow.get("_index", 0)]
        if any(set(flow["categories"]) <= set(f["categories"]) for f in back):
            flow["categories"] = [_ROOT[0]]


#: An event that is a request (照会があった場合, 要請があった場合): a hand-over on each one.
_ON_REQUEST = re.compile(r"(?:照会|要請|請求|依頼|申出|申し出|求め)(?:書)?(?:が|を)?(?:あった|あり|受けた)")


def waiting_events(state) -> None:
    """Give a flow with no frequency, even from the sentences after it, the event its
    sentence says it waits for (警察署から照会があった場合には…回答する)."""
    for flow in state.flows:
        # (not the case it is limited to, …危険がある場合に限り: its condition, not how often;
        # but …から照会があった場合に限り is on each request, and how often too)
        event = flow.get("_event")
        if event and event in (flow.get("condition") or "") and not _ON_REQUEST.search(event):
            event = None
        flow["frequency"] = flow.get("frequency") or event


def _waits(flow: dict) -> bool:
    """True when ``flow`` waits for an event (年金事務所から照会があった場合, 申請の都度), not
    only a frequency (毎月)."""
    return bool(flow.get("_event") and _EVENT.search(flow["_event"]))


#: Words of an event a flow waits for, as the condition frequencies end.
_EVENT = re.compile(r"(?:場合|とき|時|際|たび|都度|必要に応じて)$")


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
                      # (保険年金課及び介護保険課は…提供する: joined givers each give)
                      and (f["from_key"] == flow["from_key"] or f.get("_index") != flow.get("_index"))
                      and f["to_key"] == flow["to_key"] and (0 <= flow["line"] - f["line"] <= reach
                                                             # (提供先は月見坂警察署に限ります: said of
                                                             # the item's flow, however far before)
                                                             or _ONLY_TO.search(flow["quote"]) and f["line"] < flow["line"])
                      and (set(f["categories"]) & set(flow["categories"]) or flow.get("_elaborates")
                           # (市民税課から…受け取ります naming no data: the same hand-over again;
                           # 受託者は…個人情報をどのように提供するのか。…氏名・住所…を提供する:
                           # the data said after)
                           or _ROOT in (flow["categories"], f["categories"]))
                      # by another channel it is another flow (別表: online, and by media until …)
                      and not (f.get("channel") and flow.get("channel") and f["channel"] != flow["channel"])
                      # (nor through another system: eLTAX, then 情報提供ネットワークシステム)
                      and not (f.get("via") and flow.get("via") and f["via"] != flow["via"])
                      # (…送っていただいております。今後はLGWAN経由: the way now and the next)
                      and not ((f.get("_next_way") or flow.get("_next_way"))
                               and f.get("channel") != flow.get("channel"))
                      # (…提供することは、適当である。…市は現在、…提供している: what is asked
                      # and what runs now, each said so, are two)
                      # (…郵送していたが、この紙による提供は…終了しており: the old way, ended)
                      # (提供しております。提供する情報は、…: a list of the data says nothing
                      # of when, so it joins the flow it lists whatever its own status)
                      and not (f["status"] != flow["status"] and (f.get("_settled") or flow.get("_settled"))
                               and not {f["status"], flow["status"]} <= {"replaced", "ended"}
                               and not (flow.get("_elaborates") and not flow.get("_settled")))
                      # (また、…の照会に応じて…を提供している: another flow, said as such)
                      and not (_ANOTHER.search(flow["quote"][:16]) and flow["line"] != f["line"])
                      # (…照会票を年金事務所に送付し; …年金事務所から照会があった場合に限り、…を
                      # 回答しております: a reply on request, not the inquiry again)
                      and not (_waits(flow) and not _waits(f) and flow["line"] != f["line"])),
                     None)
        if first is None:
            out.append(flow)
            continue
        if flow.get("_elaborates") and not flow.get("_settled"):
            flow["status"] = first["status"]
        if flow["confidence"] > first["confidence"]:
            # 問：…送っているのか。答：…送っている: the answer's statement leads, the question
            # joins it
            out[out.index(first)] = flow
            first, flow = flow, first
        first["categories"] = list(dict.fromkeys([*first["categories"], *flow["categories"]]))
        if len(first["categories"]) > 1 and _ROOT[0] in first["categories"]:
            first["categories"].remove(_ROOT[0])  # the data named says which
        first["frequency"] = first.get("frequency") or flow.get("frequency")
        first["channel"] = first.get("channel") or flow.get("channel")
        if not first.get("via") and flow.get("via"):  # (…ｅＬＴＡＸを経由して事業所に届きます)
            first["via"], first["via_key"] = flow["via"], flow.get("via_key")
        if flow["line"] == first["line"] and first["quote"] != flow["quote"] and first["quote"] in flow["quote"]:
            # (障害福祉課からの照会に応じて、 then the clause that hands over: one sentence,
            # quoted as far as the fact goes)
            first["quote"], flow = flow["quote"], {**flow, "quote": first["quote"]}
        also = first.setdefault("also", [])
        for quote in [{"line": flow["line"], "quote": flow["quote"]}, *flow.get("also", ())]:
            # (each quote once, and not the row's own again, nor a part of it)
            if quote not in also and not (quote["line"] == first["line"] and quote["quote"] in first["quote"]):
                also.append(quote)
    return out


#: A sentence that opens by adding to what was said (また、さらに、; after a speaker's
#: label too): it says another thing.
_ANOTHER = re.compile(r"(?:^|[\s　」）)])(?:また|さらに|加えて|このほか|そのほか)、")


#: A question of which data goes (どの情報が渡るのか, どのような情報を提供するのか).
_WHICH = re.compile(r"(?:どの|どのような|どんな|何の)(?:情報|データ|項目)|何を(?:渡|提供|送)"
                    r"|(?:情報|データ|項目)の範囲")
#: After a party, that it handles the data asked of (委託先が取り扱う情報の範囲).
_HANDLES = re.compile(r"(?:が|の)(?:取り扱う|取扱う|扱う|受け取る)")


#: A party described after の before its particle (再委託先の印刷会社には).
_DESCRIBED = re.compile(r"の[^、。をにへがはで]{1,8}?(?:には|に|へ)")


#: A party the answer's first sentence denies some data (再委託先には口座情報は渡しません).
_DENIED_TO = re.compile(r"(?:には|へは|に対しては)[^。]{1,30}?(?:は|も)(?:渡し|提供し|送付し|送信し)(?:ません|ない)")
#: An answer naming data only (…氏名と住所のみでございます).
_ONLY_DATA = re.compile(r"(?:のみ|だけ)(?:で(?:ございます|す|ある)|となります)。?$")

#: A question of what is put on the cloud (クラウドに載せるのは, クラウド上に保存する情報は).
_ONTO_CLOUD = re.compile(r"クラウド(?:上)?(?:に|へ)(?:載せ|のせ|置|保存|保管|移|格納|入れ)")


def answered_data(state, sentence) -> bool:
    """Propose the flow an answer naming only data states, to the party the question before
    asked of (委員：再委託先の印刷会社には、どの情報が渡るのですか。課長：宛名の印刷に必要な
    氏名と住所のみでございます。); with のみ, what that party is entrusted with is that data
    (:func:`only_data`). True when it proposed one."""
    index = sentence.index
    asked = state.sents[index - 1] if index else None
    # 委員：再委託先は口座情報も見るのですか。課長：再委託先には口座情報は渡しません。検針に
    # 必要な氏名と住所のみでございます: what the party the denial names does get
    rest_of_denial = asked is not None and _DENIED_TO.search(asked.text) and index > 1 \
        and is_question(state.sents[index - 2].text, state.pats) and _ONLY_DATA.search(sentence.text) \
        and state.item_of.get(index - 2) is state.item_of.get(index)
    if not rest_of_denial and (asked is None or state.item_of.get(index - 1) is not state.item_of.get(index)
                               or not is_question(asked.text, state.pats) or not _WHICH.search(asked.text)
                               or is_question(sentence.text, state.pats)):
        return False
    party = next((m for m in state.mentions.get(asked.index, []) if m.kind == "entity"
                  and m.type not in ("municipality", "department", "data-subject", "system")
                  and (particle_after(asked.text, m.end, state.pats)[0] == "recipient"
                       or _DESCRIBED.match(asked.text, m.end) or _HANDLES.match(asked.text, m.end))), None)
    item = state.item_of.get(index)
    if party is None and item is not None and _ONTO_CLOUD.search(asked.text):
        # 委員：クラウドに載せるのはどのような情報ですか。課長：…氏名、生年月日…でございます:
        # what goes to the one who hosts the item's cloud
        party = by_work(state, item, "クラウド")
    data = [m for m in state.mentions.get(index, []) if m.kind == "category"
            and not negated(sentence.text, m.end + 2, state.pats)]
    if party is None or not data:
        return False
    frame = Frame("渡す", "flow", 0, data[-1].end)
    frame.slots.update(categories=data, recipient=[party])
    before = len(state.flows)
    state.frame_facts(sentence, frame)
    only = sentence.text.startswith(("のみ", "だけ"), data[-1].end)
    for flow in state.flows[before:]:
        flow["_only"] = only
    return len(state.flows) > before


#: In a flow's quote, that its data is all that goes (氏名と住所のみを渡し).
_ONLY_GIVEN = re.compile(r"(?:のみ|だけ)を?(?:渡|提供|送|お渡し|お送り)")


def only_data(state) -> None:
    """Give an entrustment or re-entrustment that names no data the data a flow to its
    party says is all it gets (…氏名と住所のみでございます), and a re-entrustment that names
    none the data its item's flows hand the subcontractor: its access is then that data,
    not whatever its principal holds."""
    for flow in state.flows:
        # (…再委託先には氏名と住所のみを渡し: said as all it gets, in the flow's own words)
        if not flow.get("_only") and not (_ONLY_GIVEN.search(flow["quote"]) and flow["categories"] != _ROOT):
            continue
        for rel in state.relations:
            # (受診券の封入封緘作業は、同社から…に再委託するが、再委託先には氏名と住所のみを渡し:
            # what its own sentence says is all it gets, not the paper the work is on)
            if rel["type"] in ("entrusts", "re-entrusts") and (not rel["categories"] or rel["line"] == flow["line"]) \
                    and rel["object_key"] == flow["to_key"] and rel["item"] == flow["item"]:
                rel["categories"] = list(flow["categories"])
                if flow["quote"] != rel["quote"]:
                    rel.setdefault("also", []).append({"line": flow["line"], "quote": flow["quote"]})
    for rel in state.relations:
        # 同社は印刷を有限会社みさき印刷に再委託しております。…印刷データは…同社に手渡し: a
        # subcontractor naming no data gets what the item's flows hand it, not all its
        # principal holds (when they hand it none, no data: its principal's holdings then
        # pass on, less what the item denies it; docs/semantics.md)
        given = [f for f in state.flows if rel["type"] == "re-entrusts" and not rel["categories"]
                 and f["item"] == rel["item"] and f["to_key"] == rel["object_key"]
                 and f["categories"] != ["personal-information"]]
        for flow in given:
            rel["categories"] = list(dict.fromkeys([*rel["categories"], *flow["categories"]]))
            rel.setdefault("also", []).append({"line": flow["line"], "quote": flow["quote"]})


#: A sentence adding an item to what a hand-over carries (提供する項目に、令和９年度から住民税
#: の課税・非課税の区分を追加する予定): the added data is between the comma and を追加.
_ADDED = re.compile(r"(?:提供|送付|送信)(?:する|している)(?:項目|情報|データ)に、?(.{2,60}?)を追加")


def added_items(state) -> None:
    """Propose the item's running hand-over again with the data a sentence adds to it
    (今回、提供する項目に、令和９年度から…の区分を追加する予定), with that sentence's
    status: the old data goes on as it does, the added data from when it says."""
    for sentence in state.sents:
        added = _ADDED.search(sentence.text)
        if added is None or is_question(sentence.text, state.pats):
            continue
        item = state.item_of.get(sentence.index)
        data = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                    and added.start(1) <= m.start < added.end(1)], sentence)
        last = next((f for f in reversed(state.flows) if f.get("_index") is not None
                     and f["_index"] < sentence.index and state.item_of.get(f["_index"]) is item
                     and f["status"] == "current" and not f.get("_received")), None)
        if not data or last is None or item is None:
            continue
        line, quote = sentence.quote()
        state.flows.append({**last, "categories": data, "line": line, "quote": quote, "also": [],
                            "status": status.of(state, sentence.text), "_settled": True,
                            "_index": sentence.index, "basis": "stated"})
