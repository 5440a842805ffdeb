"""Incidents: a hand-over that went astray (a fax to a wrong number, a letter to
another household). The data reached an unnamed wrong recipient once: a flow with
status ``ended``, from whoever sent it.

Example::

    >>> misdirected(state, sentence, frame).label                 # doctest: +SKIP
    '個人情報の漏えい事案の誤送付先（名称不明）'
"""
from __future__ import annotations

import re

from kg.extract import relations
from kg.extract.ruler import Mention


#: A verb between 誤って and the flow verb: what went wrong is that verb.
_OTHER_VERB = re.compile(r"(?:した|する|して|され|させ)")


def misdirected(state, sentence, frame):
    """Return the unnamed wrong recipient of a hand-over the sentence says went astray
    (名簿を誤った番号にファクスで送信した, 別の世帯に誤送付した), or None."""
    text = sentence.text
    cue = next((m for m in re.finditer("|".join(map(re.escape, state.pats.get("misdirected", ()))) or "$^",
                                       text) if m.start() < frame.end + 4), None)
    if cue is None or relations.is_question(text, state.pats):
        return None
    if cue.group(0) == "誤って" and _OTHER_VERB.search(text, cue.end(), frame.start):
        return None  # 誤って印刷した書類を本人に渡す: the printing was wrong, not the recipient
    item = state.item_of.get(sentence.index)
    mention = Mention(sentence.index, cue.start(), cue.end(), cue.group(0), "entity", "unnamed-party",
                      None, "other", True, "misdirected")
    mention.label = f"{item.title if item else '本件'}の誤送付先（名称不明）"
    return mention


def sender_before(state, sentence):
    """Return the department (or municipality) the sentence before, in the same item,
    names as who acts (保健福祉課の職員が, 市民課は), or None."""
    index = sentence.index - 1
    if index < 0 or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return None
    text = state.sents[index].text
    return next((m for m in reversed(state.mentions.get(index, [])) if m.kind == "entity"
                 and m.type in ("department", "municipality")
                 and text.startswith(("の職員が", "の職員は", "が", "は"), m.end)), None)
