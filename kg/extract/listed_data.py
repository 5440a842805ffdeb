"""The data a sentence lists after naming the hand-over as its topic: 委託先に渡す個人情報は、
世帯主及び被保険者の氏名、住所、生年月日…でございます. The verb stands in the topic and
takes only 個人情報 as its object; what it moves is the list the copula closes.

Example::

    >>> topic_lists(state)                                          # doctest: +SKIP
    >>> state.flows[-1]["categories"]                               # doctest: +SKIP
    ['name', 'address', 'date-of-birth']
"""
from __future__ import annotations

import re

from kg.extract import relations
from kg.extract.speakers import speaker_of, spoken

#: A topic that names a hand-over's data by a general word (委託先に渡す個人情報は、).
_TOPIC = re.compile(r"(?:渡す|渡る|引き渡す|提供する|提供される|送付する|送付される|送る|送信する|提出する)"
                    r"(?:個人情報|情報|データ|項目)は、?")
#: The copula that closes the list (…でございます。, …です。, …である。).
_CLOSED = re.compile(r"(?:でございます|です|である|となります|となっております|になります)[。．]?\s*$")
#: Data words as general as the topic's own: replaced by the list.
_GENERAL = {"personal-information"}


def topic_lists(state) -> None:
    """Give each flow read from a sentence whose topic names its data by a general word the
    data the sentence lists after that topic, not denied (…個人番号は含みません)."""
    for flow in state.flows:
        index = flow.get("_index", -1)
        if index is None or index < 0:
            continue
        sentence = state.sents[index]
        topic = _TOPIC.search(sentence.text)
        if topic is None or not _CLOSED.search(sentence.text) or sentence.quote()[0] != flow["line"] \
                and flow["line"] not in [p.line for p in sentence.pieces]:
            continue
        listed = [m for m in state.mentions.get(index, []) if m.kind == "category" and m.start >= topic.end()
                  and not relations.negated(sentence.text, m.end + 2, state.pats)]
        keys = state.category_keys(listed, sentence) if listed else []
        # (only a flow read as moving the topic's general word, beside the list's own papers)
        if keys and set(flow["categories"]) & _GENERAL and set(flow["categories"]) <= _GENERAL | set(keys):
            flow["categories"] = list(dict.fromkeys(keys))


#: A sentence that lists what the hand-overs just said carry (送付する情報には、被保険者の氏名、
#: 住所…及び個人番号が含まれます).
_NEXT_LIST = re.compile(r"^(?:その|これらの|この)?(?P<verb>送付|提供|送信|報告|引渡し|受渡し)(?:する|される|した)?(?:個人)?"
                        r"(?:情報|データ)(?:には|は)、")


def lists_next(state, sentence, verb: str) -> bool:
    """True when one of the two sentences after ``sentence`` opens by listing what its verb
    ``verb`` moves (…日本年金機構に送付いたします。…。送付する情報は、…): the flow's data
    is said next (see :func:`listed_next`)."""
    for after in state.sents[sentence.index + 1:sentence.index + 3]:
        said = _NEXT_LIST.match(spoken(state, after))
        if said is not None:
            return said.group("verb") == verb
    return False


def listed_next(state) -> None:
    """Give the flows of the three sentences before one that lists what they carry (…届書の内容を
    …日本年金機構に送付しております。送付する情報には、…個人番号が含まれます) that list, where
    they named their data by a general word only and their verb is the list's (送付); the
    listing sentence joins their quotes."""
    for sentence in state.sents:
        said = _NEXT_LIST.match(spoken(state, sentence))
        if said is None or sentence.index == 0:
            continue
        start = len(sentence.text) - len(spoken(state, sentence)) + said.end()
        listed = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category" and m.start >= start
                  and not relations.negated(sentence.text, m.end + 2, state.pats)]
        keys = list(dict.fromkeys(state.category_keys(listed, sentence))) if listed else []
        if not keys:
            continue
        item, speaker = state.item_of.get(sentence.index), speaker_of(state, sentence.index)
        line, quote = sentence.quote()
        for flow in state.flows:
            if sentence.index - 3 <= flow.get("_index", -9) < sentence.index and state.item_of.get(flow["_index"]) is item \
                    and set(flow["categories"]) <= _GENERAL and speaker_of(state, flow["_index"]) == speaker \
                    and flow.get("verb") == said.group("verb"):  # (送信するデータは: what was 送信, not the papers 送付)
                flow["categories"] = keys
                flow.setdefault("also", []).append({"line": line, "quote": quote})
