"""Evidence for the My Number flag: each mention of a category that carries a My Number
(個人番号, 特定個人情報, the card, 本人確認情報), with whether its clause denies it and
whether its sentence (or a reported question: …を用いるのかとの質問があり) asks. A number
kept as before in one system alone (引き続き…システムのみで管理) counts as denied: it goes
nowhere new. The flag is yes when one mention is neither denied nor asked (see
:func:`involved`: the card used only to prove who one is, where the minutes deny using
the number, is not).

Example::

    >>> evidence(state, 3, mention)                               # doctest: +SKIP
    >>> state.my_number[-1]["negated"]                            # doctest: +SKIP
    True
"""
from __future__ import annotations

import re

from kg.extract import objects, relations
from kg.extract.speakers import is_question, said_before, spoken


def evidence(state, index: int, mention) -> None:
    """Append to ``state.my_number`` the line and quote of ``mention`` in sentence
    ``index``, unless it names the card as a topic of guidance (マイナンバーカードの申請方法を
    案内する: no one's number is handled)."""
    sentence = state.sents[index]
    if sentence.text.startswith(tuple(state.pats.get("my_number_topics", ())), mention.end):
        return
    if mention.id is None and _status_of_card(mention.text, state.pats):
        return  # マイナンバーカードの…利用登録の状況: whether one registered; no number handled
    heading = _HEADING.fullmatch(sentence.text)
    if heading and heading.group("topic") == mention.text:
        return  # （3）個人番号について: a section's heading; what it says follows
    line, quote = sentence.quote(mention.start, len(sentence.text))
    # (the denial may come a few words on: 個人番号そのものを入力させることはしない)
    denied = relations.negated(sentence.text, mention.end, state.pats) or any(
        relations.negated(sentence.text, f, state.pats)
        for f in range(mention.end, min(len(sentence.text), mention.end + 20), 4)) \
        or objects.denied_topic(state, sentence, mention)  # (個人番号については、…受託者には提供いたしません)
    if denied and _HELD_FOR_REACH.match(sentence.text, mention.end):
        # 同社は個人番号を含む福祉総合システムのデータにアクセスしてはならない: the data
        # holds the number where the party works; kept from it, not absent
        denied = False
    if not denied and sentence.text.strip() == mention.text:
        # 個人番号<tab>取り扱わない: a row's label cell, what the cell after it says of it
        value = _value_cell(state, sentence)
        if value is not None and mention.text in value:
            return  # (個人番号<tab>申請書に個人番号の記載欄はなく、…: the cell's own mention says)
        denied = value is not None and (relations.negated(value, 0, state.pats) or bool(_NONE.match(value))
                                        or value.strip() in _NO_CELLS)
    clause = re.split(r"[、。]", sentence.text[mention.end:], maxsplit=1)[0]
    # 委員から、個人番号を用いるのかとの質問があり、…用いないとの回答があった: asked in a
    # report of the question; 個人番号は引き続き庁内の…システムのみで管理: kept where it is
    asked = any(q in clause for q in state.pats.get("reported_questions", ()))
    state.my_number.append({"line": line, "quote": sentence.quote()[1] if sentence.quote()[0] == line else quote,
                            "negated": bool(denied) or bool(_CONFINED.search(sentence.text, mention.end))
                            or bool(_NONE.match(sentence.text, mention.end))
                            or bool(_UNRELATED.match(sentence.text, mention.end))
                            or bool(_HELD_NOT_GIVEN.match(sentence.text, mention.end)),
                            "question": asked or is_question(sentence.text, state.pats),
                            # (…マイナンバーカードを利用者カードとして…、カードの利用者証明用
                            # 電子証明書を使う: the card's certificate proves who one is)
                            "card_as_tool": card_as_tool(sentence.text, mention)
                            or "カード" in mention.text and "電子証明書" in sentence.text[mention.end:]})


def _status_of_card(name: str, pats: dict) -> bool:
    """Return whether the data name ``name`` is a status of the card it names
    (マイナンバーカードの健康保険証としての利用登録の状況), not the card."""
    status = pats.get("document_status_after")
    return bool(status) and any(re.match(status, name[name.index(term) + len(term):])
                                for term in pats.get("my_number_terms", ()) if term in name)


def _value_cell(state, sentence) -> str | None:
    """The text of the cell after ``sentence`` on its line when it is the row's last (a
    label's value, 個人番号<tab>取り扱わない; not a matrix's row, 個人番号 － ○ －), or None."""
    line = sentence.pieces[-1].line
    after = state.sents[sentence.index + 1:sentence.index + 3]
    if not after or after[0].line != line or len(after) > 1 and after[1].line == line:
        return None
    return after[0].text


#: A value cell that says no by itself (個人番号	無, 個人番号	－).
_NO_CELLS = {"無", "無し", "なし", "不要", "－", "-", "―", "×", "対象外", "該当なし"}


def card_as_tool(text: str, mention) -> bool:
    """True when ``mention`` is the card used to prove who one is (マイナンバーカードを
    かざして, …を利用して): a means, no data handed over."""
    return "カード" in mention.text and _TOOL.match(text, mention.end) is not None


def involved(evidence: list[dict]) -> bool:
    """True when one mention is neither denied nor asked nor corrected; a card used as a
    tool (マイナンバーカードをかざし, …の電子証明書で本人確認) does not count where the
    minutes deny using the number itself (証明書の交付に個人番号は用いません).

    >>> involved([{"negated": False, "question": False, "card_as_tool": True},
    ...           {"negated": True, "question": False, "card_as_tool": False}])
    False
    """
    denied = any(e["negated"] and not e.get("card_as_tool") for e in evidence)
    return any(not e["negated"] and not e["question"] and not e.get("corrected")
               and not (e.get("card_as_tool") and denied) for e in evidence)


#: After the card, words that make it a means of proving who one is, not a number handled.
_TOOL = re.compile(r"(?:を|で)?(?:利用して|用いて|使って|使用して|利用した|用いた|使った|使用した|かざし|提示し|読み取"
                   r"|による本人確認|で本人確認"
                   # (受給者がマイナンバーカードで受診した際に、…資格情報を照会: nc76 W1)
                   r"|で(?:受診|受付|資格確認|オンライン資格確認)"
                   r"|の(?:利用者証明用|署名用)?電子証明書)")


#: A section's heading that names a topic alone (（3）個人番号について).
_HEADING = re.compile(r"\s*[（(]?[0-9０-９]{1,2}[)）.．]?\s*(?P<topic>[^、。]{2,12}?)(?:の取扱い)?について\s*")
#: What a number is kept in alone, where it was (引き続き…システムのみで管理する, 引き続き庁内の
#: 団体内統合宛名システムで管理; 個人番号を
#:用いた情報連携は、従来どおり庁内の別のシステムで行います; 個人番号の確認が必要な手続は、
#: 引き続き町職員が行います): no new use of it.
_CONFINED = re.compile(r"(?:引き続き|従来どおり|従来通り|これまでどおり|これまで通り)[^。]*?"
                       r"(?:(?:のみ|別の|他の|庁内の)[^。]*?(?:で|において)(?:管理|保管|保有|保存|行|実施|処理)"
                       r"|(?:市|町|村|区)の?職員が(?:行|実施|処理|確認))")
#: Held, then a turn that denies handing it on (児童記録票には個人番号の欄がございますが、
#: 警察への提供項目からは除いております; …には個人番号が含まれるが、…には個人番号を提供しない):
#: the number stays where it is.
_HELD_NOT_GIVEN = re.compile(r"[^。]{0,16}?(?:が|けれども|ものの)、[^。]*?"
                             r"(?:除いて|除外し|除いた|除く|提供しない|提供いたしません|提供しません|提供しておりません"
                             r"|渡さない|渡しません|含めない|含めません)")
#: Said to have nothing to do with the number (教育委員会が付番するID　個人番号とは無関係).
_UNRELATED = re.compile(r"(?:と|とは)(?:無関係|関係(?:が|は)?(?:ない|ありません|ございません))")
#: The number in what a party is kept from reaching (個人番号を含む…のデータにアクセスして
#: はならない, …を閲覧できない): the data is there.
_HELD_FOR_REACH = re.compile(r"(?:を|が)含(?:む|まれる)[^、。]{1,30}?(?:に|を)(?:アクセス|閲覧|触れ|見る|見られ)")
#: A field of a form or table said to be empty (個人番号の提供　なし).
_NONE = re.compile(r"[^、。]{0,6}?(?:なし|無し)(?:$|[。\s])")


#: The number as the key of what moves (個人番号をキーとして): it goes with it. (Not 個人番号
#: を利用して照会: an inquiry over the network uses it, and what comes back does not carry it.)
_KEYED = re.compile(r"個人番号を(?:キーとして|キーに|鍵として)")
#: A sentence that says a move of the data before uses the number (この資格情報の登録には
#: 個人番号を利用いたします).
_USED_FOR = re.compile(r"(?:この|当該|その)?(?P<what>[^、。はがをにの]{2,16}?)(?:の(?P<act>[^、。はがをの]{1,8}))?には、?"
                       r"個人番号を(?:利用|使用)(?:いたします|します|しております|する|している)")


def keyed_flows(state) -> None:
    """Give My Number to the flows that carry data keyed by it: those of a sentence that
    says so (国民健康保険の資格情報は、個人番号をキーとして、…中間サーバーに登録しております),
    and those of the sentence or two before whose data a sentence says is registered with
    it (この資格情報の登録には個人番号を利用いたします), that sentence joining their quotes."""
    mine = sorted(state.my_number_ids)
    if not mine:
        return
    number = "my-number" if "my-number" in mine else mine[0]
    for sentence in state.sents:
        text = sentence.text
        if is_question(text, state.pats):
            continue
        keyed = _KEYED.search(text)
        if keyed and not relations.negated(text, keyed.end(), state.pats):
            for flow in state.flows:
                if flow.get("_index") == sentence.index and number not in flow["categories"]:
                    flow["categories"] = [c for c in flow["categories"] if c != "personal-information"] + [number]
            continue
        words = spoken(state, sentence)  # (after the speaker's label)
        used = _USED_FOR.match(words)
        item = state.item_of.get(sentence.index)
        if used is None or item is None:
            continue
        at = len(text) - len(words)
        said = {m.id for m in state.mentions.get(sentence.index, []) if m.kind == "category" and m.id
                and at + used.start("what") <= m.start < at + used.end("what")}
        line, quote = sentence.quote()
        before = said_before(state, sentence.index)  # (past a speaker's label of its own)
        near = {before, said_before(state, before)} - {-1}
        # (…の登録には: of what is put into a system, not handed on from it)
        stored = used.group("act") in state.pats.get("registering_words", ())
        for flow in state.flows:
            if said & set(flow["categories"]) and number not in flow["categories"] \
                    and flow.get("_index") in near and state.item_of.get(flow["_index"]) is item \
                    and not (stored and getattr(flow.get("_to"), "type", None) != "system"):
                flow["categories"] = [*flow["categories"], number]
                flow.setdefault("also", []).append({"line": line, "quote": quote})
