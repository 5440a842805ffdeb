"""Evidence for the My Number flag: each mention of a category that carries a My Number
(個人番号, 特定個人情報, the card, 本人確認情報), with whether its clause denies it and
whether its sentence asks. The flag is yes when one mention is neither denied nor asked.

Example::

    >>> evidence(state, 3, mention)                               # doctest: +SKIP
    >>> state.my_number[-1]["negated"]                            # doctest: +SKIP
    True
"""
from __future__ import annotations

from kg.extract import relations
from kg.extract.segment import is_question


def evidence(state, index: int, mention) -> None:
    """Append to ``state.my_number`` the line and quote of ``mention`` in sentence
    ``index``, unless it names the card as a topic of guidance (マイナンバーカードの申請方法を
    案内する: no one's number is handled)."""
    sentence = state.sents[index]
    if sentence.text.startswith(tuple(state.pats.get("my_number_topics", ())), mention.end):
        return
    line, quote = sentence.quote(mention.start, len(sentence.text))
    # (the denial may come a few words on: 個人番号そのものを入力させることはしない)
    denied = relations.negated(sentence.text, mention.end, state.pats) or any(
        relations.negated(sentence.text, f, state.pats)
        for f in range(mention.end, min(len(sentence.text), mention.end + 20), 4))
    state.my_number.append({"line": line, "quote": sentence.quote()[1] if sentence.quote()[0] == line else quote,
                            "negated": bool(denied), "question": is_question(sentence.text, state.pats)})
