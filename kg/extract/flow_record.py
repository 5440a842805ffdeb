"""The record of one flow a frame states: its data (named, listed after, borrowed from the
sentences before, or, in an agenda item, personal information unspecified), channel,
frequency, condition and status (:func:`append_flow`; the frame's two ends come from
:mod:`kg.extract.ends`).

Example::

    >>> append_flow(state, sentence, frame, base, 0.8, frm, to, False)   # doctest: +SKIP
    >>> state.flows[-1]["status"]                                          # doctest: +SKIP
    'current'
"""
from __future__ import annotations

import re

from kg.extract import listed_data, listing, moved, not_moved, objects, papers, relations, rosters, status, titles
from kg.extract.conditions import condition_of
from kg.extract.objects import recent_categories, unspecified
from kg.extract.relations import last as _last
from kg.extract.speakers import is_question, spoken
from kg.extract.ways import SWITCH, frequency

#: Right before the verb, the bare word for information as its object (…口頭で情報を共有する),
#: not one that points back (その情報を, 同じ情報を, 上記の情報を).
_BARE_DATA = re.compile(r"(?<![のそこ同当該本記])(?<!同じ)(?:個人)?情報(?:等)?を(?:[^、。をにがは]{0,4})?$")
#: Data a sentence names as its topic in its own words, a thing no category knows (…の特別
#: 徴収に係る情報は、): not the data the sentences before named.
_OWN_TOPIC = re.compile(r"(?:に係る|に関する|についての)(?:情報|データ)(?:は|については)、")
#: After a data name, that the data moved includes it (個人番号を含めて, 個人番号も含め).
_INCLUDED = re.compile(r"(?:を|も)含め(?:て|た|、)")
#: After a data name, that the data named next holds it (個人番号を含む資格情報).
_CONTAINING = re.compile(r"(?:を|も)含む")


def _reported_question(state, sentence, frame) -> bool:
    """True when the verb's clause is a question the minutes report (…を県に送ることはあるのか
    との質問があり)."""
    rest = re.split(r"[、。]", sentence.text[frame.end:], maxsplit=1)[0]
    return any(q in rest for q in state.pats.get("reported_questions", ())) or "のか" in rest


def _some_data(text: str, start: int) -> bool:
    """True when the verb at ``start`` has data as its object, if named by no data word
    (現行サーバのデータを、…電子媒体で株式会社Aに引き渡す), in its own clause (not …システムの
    データを…との質問があり、課長から、…資料は、…送付している)."""
    found = list(_SOME_DATA.finditer(text, 0, start))
    return bool(found) and not re.search(r"は、|あり、", text[found[-1].end():start])


#: Before the verb, data as its object, if named by no data word (現行サーバのデータを).
_SOME_DATA = re.compile(r"の(?:全)?データ(?:等)?を")
#: After a data name, that it is the sentence's topic (接種記録については、).
_TOPIC_DATA = re.compile(r"(?:について|に関して|に係るものについて)は、")
#: After the verb, what alone goes when it is named by no data word (渡すのは…封書のみ).
_ONLY_OTHER = re.compile(r"のは[^、。]{1,30}?のみ")


def _item_contractor(state, item, party) -> bool:
    """True when ``party`` is the contractor of the entrustment ``item``."""
    if item is None or "outsourcing" not in item.kinds:
        return False
    contractor = item.contractor or titles.unnamed_contractor(state, item)
    return state.key(contractor) == state.key(party)


#: After a data word, that it is what an answer gives (障害者手帳の等級の回答を受ける).
_ANSWERED = re.compile(r"(?:の[^、。をにがは]{1,8})?の回答")
#: After a data word, that it is the data of a hand-over (名簿情報の提供に).
_OF_HANDOVER = re.compile(r"の(?:提供|送付|送信|受け渡し|引渡し|引き渡し|交付)(?:に|を|の|について)")


def append_flow(state, sentence, frame, base: dict, confidence: float, frm, to, inferred,
            data: list[str] | None = None) -> None:
    """Append the flow from ``frm`` to ``to`` with the data (``data`` when given, else
    what the sentence names), channel and status it states."""
    said = not inferred
    item = state.item_of.get(sentence.index)
    via, channel = _last(frame.slots, "via"), _last(frame.slots, "channel")
    # (電話により口頭でお伝え: spoken over the telephone; 口頭 says least of the two)
    channel = next((m for m in reversed(frame.slots.get("channel", [])) if m.id != "in-person"), channel)
    stop = SWITCH.search(sentence.text, 0, frame.start)
    if channel is not None and stop is not None and channel.end <= stop.end():
        channel = None  # 郵送をやめ、…ポータルに掲載する: the way that stops is not this one's
    if channel is None:  # 誤って別の世帯に郵送した, 持参する: the verb itself says how
        channel = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "channel"
                        and m.start <= frame.start < m.end), None)
    # (学年別・性別の集計値を…報告: figures by sex, nobody's sex)
    cats = list(data) if data else state.category_keys(
        _keys_left_out(state, sentence, frame, not_moved.not_aggregated(sentence, frame.slots.get("categories", []))),
        sentence)
    # (not 報酬 inside 社会保険診療報酬支払基金 or 診療報酬明細書: a name says nothing of money)
    bare = sentence.text
    for m in state.mentions.get(sentence.index, []):
        if m.kind in ("entity", "category"):
            bare = bare[:m.start] + " " * (m.end - m.start) + bare[m.end:]
    if not cats and (any(word in bare for word in state.pats.get("not_data", ()))
                     or papers.copy_of_paper(state, sentence, frame)) \
            or papers.paper_object(state, sentence, frame):
        # お金を預ける, 規程につきましては…提出を受けた, 提出する利用申込書, その写し (of a
        # 消去証明書): what moves is a paper about the work, not anyone's data
        return
    listed = [] if cats else listing.listed_after(state, sentence)
    for line, mentions in listed:  # 提供する項目は、次のとおり。・氏名 ・住所
        cats += [key for key in state.category_keys(mentions, line) if key not in cats]
    # (資格情報は、個人番号を含めて、専用回線により…送信しております: what it includes goes too)
    included = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                and m.end <= frame.start and _INCLUDED.match(sentence.text, m.end)]
    cats += [key for key in state.category_keys(included, sentence) if key not in cats]
    # (個人番号を含む資格情報は、…集約システムに送られ: what the moved data holds goes too; nc73 W3)
    found = state.mentions.get(sentence.index, [])
    holding = [m for m in found if m.kind == "category" and m.end <= frame.start
               and (at := _CONTAINING.match(sentence.text, m.end)) is not None
               and any(o.kind == "category" and o.start == at.end() and o in frame.slots.get("categories", ())
                       for o in found)]
    cats += [key for key in state.category_keys(holding, sentence) if key not in cats] if cats else []
    cats = cats or objects.cleft_data(state, sentence, frame)  # (渡りますのは、氏名…に限られ)
    if not cats:  # (…の接種記録については、…との間で照会及び提供: the topic is what moves)
        cats = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                    and m.end <= frame.start and _TOPIC_DATA.match(sentence.text, m.end)], sentence)
    if not cats and frame.verb in state.pats.get("inquiries", ()):
        # 障害福祉課に照会して障害者手帳の等級の回答を受ける: what the answer gives
        cats = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                    and m.start >= frame.end and _ANSWERED.match(sentence.text, m.end)], sentence)
    if not cats and frame.verb in state.pats.get("inquiries", ()) and frame.kind == "receive":
        # …の預貯金について金融機関に照会を行う: the banks answer with what is asked about
        cats = state.category_keys([m for m, _ in objects.asked_about(state, sentence)], sentence)
    named = bool(cats)
    if not named and to.type == "data-subject" and frame.verb in state.pats.get("notice_verbs", ()):
        return  # 速やかに本人への通知…を行います: a notice to the person, no one's data named
    if not named and frame.verb in state.pats.get("returning_verbs", ()):
        return  # 調査後は必ず事業所に戻って…保管する: the staff go back, no data named
    if not named and any(cue in sentence.text for cue in state.pats.get("no_personal_data", ())):
        return  # 分析した結果を報告するが、個人を特定できる情報を含めない: nobody's data moves
    # 申請書の内容を…入力する: the clause names what moves, by a word no category matches
    own = not cats and objects.unknown_object(state, sentence, frame)
    if not cats:  # (名簿の全員分を提供: the roster the item named in full, however far back)
        cats = rosters.named_list(state, sentence, frame)
        own = own and not cats
    if not cats and not own:  # 同じ認定調査依頼書の写しが渡されます: what that paper held
        cats = objects.same_paper(state, sentence, frame, base["item"])
    moved_in = None
    if not cats and not own:  # …へ移行する予定である。…移行するデータは、氏名、住所…である
        cats, moved_in = moved.moved_list(state, sentence, frame, to)
    if not cats and not own and sentence.text.endswith(("のみを", "だけを"), 0, frame.start):
        # 配送事業者には封入済みの受診券のみを渡し、データは渡さない: what goes is said, a
        # thing that is none of the data the sentences before named
        cats, inferred = [unspecified(state, sentence)], True
    if not cats and any(m.kind == "category" and relations.NOT_DONE_TO.match(sentence.text, m.end)
                        for m in state.mentions.get(sentence.index, [])):
        return  # 符号と個人番号を紐付けずに保管: what is kept is not said, nor the data before
    if not cats and not own:
        # 名簿情報の提供に同意された方の情報に限り、…に提供しております: what the sentence
        # says is handed over, though another verb of it holds the word
        cats = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                    and m.end <= frame.start and _OF_HANDOVER.match(sentence.text, m.end)
                                    and not relations.negated(sentence.text, m.end + 2, state.pats)], sentence)
    if not cats and not own and not is_question(sentence.text, state.pats):
        # the data the flow just before put where this one starts (not in a question: 逆に、
        # 広域連合から市に届く情報はありますか asks what comes back)
        cats = next((list(f["categories"]) for f in reversed(state.flows)
                     if f.get("_index") == sentence.index - 1 and f.get("_to") is not None
                     and state.key(f["_to"]) == state.key(frm)), [])
    if not cats and not own and _item_contractor(state, item, frm):
        # …システムへ、…エクセルデータを変換して取り込む (the contractor's work): the data
        # the item's title names
        cats = titles.title_categories(state, item, free=True)
    if not cats and not own:  # …被保険者情報を送るとき…、連合会から市町村に情報を送る: the same data
        cats = next((list(f["categories"]) for f in reversed(state.flows)
                     if f.get("_index") == sentence.index and f["categories"]), [])
    inferred = inferred or (bool(cats) and not named)  # the data is read from the context
    if not cats and is_question(sentence.text, state.pats):
        return  # 問：国保連合会から市に戻ってくる情報はあるか: what moves is not said
    if not cats and _ONLY_OTHER.match(sentence.text, frame.end):
        # 若葉メールサービスに渡すのは印刷済みの封書のみ: what goes is said, and is none of the
        # data the question before named
        cats, inferred = [unspecified(state, sentence)], True
    if not cats and not own and _BARE_DATA.search(sentence.text, 0, frame.start):
        # 東雲原警察署とは、…口頭で情報を共有する: "information", said as such, is no data
        # the sentences before named for other parties
        cats, inferred = [unspecified(state, sentence)], True
    if not cats and not own:  # the data the sentences just before name (or the migration's)
        cats = recent_categories(state, sentence.index, state.key(frm), state.key(to)) or objects.moved_data(state, sentence, frame, base["item"])
        cats = objects.restated(state, sentence, frame, (base["item"], state.key(frm), state.key(to)),
                                cats, unspecified(state, sentence))
        if cats and _OWN_TOPIC.search(sentence.text, 0, frame.start):
            # (年金からの保険料の特別徴収に係る情報は、日本年金機構から…送付されている: data
            # the sentence names in its own words holds no 個人番号 the sentence before did;
            # a number is never carried on a guess; nc74 W2)
            cats = [c for c in cats if c not in state.my_number_ids] or [unspecified(state, sentence)]
        if not cats and frame.shown and item is not None:
            # 閲覧は、政党等によるものが５件: what the item's title says is viewed (選挙人名簿抄本)
            cats = titles.title_categories(state, item, free=True)
        # (現行サーバのデータを、…電子媒体で株式会社Aに引き渡す: data, if none the tree names)
        if not cats and inferred and not objects.deposited(state, sentence, frame) \
                and not (_some_data(sentence.text, frame.start) and not _reported_question(state, sentence, frame)) \
                and not listed_data.lists_next(state, sentence, frame.verb) \
                and (to.how != "misdirected" or any(
                a <= frame.start < b for a, b in state.titles.get(sentence.index, ()))):
            # neither who gives nor what: too little to propose (an e-mail sent); a paper
            # gone astray is an incident, its data said next (通知書には、氏名…が記載)
            return
        if not cats and item is not None:
            # data of the item, not named here: personal information, unspecified (what
            # the item's section names most is a guess the quote does not support)
            cats = [unspecified(state, sentence)]
        inferred = inferred or bool(cats)
    if not named:
        # data read from the context never includes what this sentence denies (連合会への
        #月次の送付には個人番号は含めない: not the 個人番号 of the sentence before)
        denied = {m.id for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                  and m.id and relations.negated(sentence.text, m.end + 2, state.pats)}
        # (受託者には、個人番号の欄を黒塗りにした写しを渡します: a paper, without what it masks)
        masked = {m.id for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                  and m.id and relations.masked(sentence.text, m, state.pats)}
        denied = ({c for d in denied | masked for c in state.lex.category_ancestors(d)} | denied | masked) \
            - {unspecified(state, sentence)}  # (…データのみを渡し、個人番号は含まれておりません)
        if denied and cats:
            cats = [c for c in cats if c not in denied]
            if not cats and not masked:
                return
    if not cats:  # no data named anywhere near, outside an agenda item
        cats = [unspecified(state, sentence)]
        inferred = True
    words = spoken(state, sentence)  # (the sentence after its speaker's label)
    label = len(sentence.text) - len(words)
    state.flows.append({**base, "from": state.label_of(frm), "to": state.label_of(to),
                        "from_key": state.key(frm), "to_key": state.key(to),
                        "from_id": frm.id, "to_id": to.id,
                        "via": state.label_of(via) if via else None,
                        "via_key": state.key(via) if via else None,
                        "categories": cats,
                        # (閲覧させる: shown, in person)
                        "channel": channel.id if channel else ("in-person" if frame.shown else None),
                        "frequency": frequency(state.pats, status.own_clause(state, sentence.text, frame.start)),
                        "condition": condition_of(state, sentence, frame),  # (…同意を得た方に限り)
                        # the event it waits for, unless a sentence after states a frequency
                        "_event": frequency(state.pats, status.own_clause(state, words, frame.start - label), events=True),
                        # (…障害が起きた場合は？／その場合は、紙で持参いたします: may happen)
                        "status": "possible" if status.on_mishap(state, sentence)
                        else status.of_clause(state, sentence.text, frame.start),
                        "_settled": status.settled(state, sentence, frame.end) or status.on_mishap(state, sentence),
                        "basis": "inferred" if inferred else "stated",
                        "confidence": round(confidence - (0.2 if inferred else 0), 2),
                        # for the flows after it (left out of the proposal)
                        "_index": sentence.index, "_from": frm, "_to": to, "_said": said,
                        "_borrowed": not named,  # (its data read from the sentences before)
                        "_received": frame.kind == "receive", "_at": frame.start,
                        "_step": status.a_time(sentence.text, frame.end)})  # (移行した後も、)
    if moved_in is not None and cats:  # (the list is a quote of the flow too)
        state.flows[-1]["also"] = [dict(zip(("line", "quote"), moved_in.quote()))]
    if listed:  # each line of the list is a quote of the flow too
        state.flows[-1]["also"] = [dict(zip(("line", "quote"), line.quote())) for line, _ in listed]


def _keys_left_out(state, sentence, frame, mentions) -> list:
    """``mentions`` without the keys an inquiry is made by (…記号番号又はマイナンバーカードの
    ＩＣチップにより…照会: nc71 W3); a paper a flow goes by (紙の認定調査票により…返却) moves."""
    if frame.verb not in state.pats.get("inquiries", ()):
        return mentions
    return not_moved.not_means(sentence, mentions)
