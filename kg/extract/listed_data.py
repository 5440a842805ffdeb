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
