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
from kg.extract.segment import is_question


def evidence(state, index: int, mention) -> None:
    """Append to ``state.my_number`` the line and quote of ``mention`` in sentence
    ``index``, unless it names the card as a topic of guidance (マイナンバーカードの申請方法を
    案内する: no one's number is handled)."""
    sentence = state.sents[index]
    if sentence.text.startswith(tuple(state.pats.get("my_number_topics", ())), mention.end):
        return
    heading = _HEADING.fullmatch(sentence.text)
    if heading and heading.group("topic") == mention.text:
        return  # （3）個人番号について: a section's heading; what it says follows
    line, quote = sentence.quote(mention.start, len(sentence.text))
    # (the denial may come a few words on: 個人番号そのものを入力させることはしない)
    denied = relations.negated(sentence.text, mention.end, state.pats) or any(
        relations.negated(sentence.text, f, state.pats)
        for f in range(mention.end, min(len(sentence.text), mention.end + 20), 4)) \
        or objects.denied_topic(state, sentence, mention)  # (個人番号については、…受託者には提供いたしません)
    clause = re.split(r"[、。]", sentence.text[mention.end:], maxsplit=1)[0]
    # 委員から、個人番号を用いるのかとの質問があり、…用いないとの回答があった: asked in a
    # report of the question; 個人番号は引き続き庁内の…システムのみで管理: kept where it is
    asked = any(q in clause for q in state.pats.get("reported_questions", ()))
    state.my_number.append({"line": line, "quote": sentence.quote()[1] if sentence.quote()[0] == line else quote,
                            "negated": bool(denied) or bool(_CONFINED.search(sentence.text, mention.end))
                            or bool(_NONE.match(sentence.text, mention.end)),
                            "question": asked or is_question(sentence.text, state.pats),
                            "card_as_tool": "カード" in mention.text
                            and bool(_TOOL.match(sentence.text, mention.end))})


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
#: A field of a form or table said to be empty (個人番号の提供　なし).
_NONE = re.compile(r"[^、。]{0,6}?(?:なし|無し)(?:$|[。\s])")
