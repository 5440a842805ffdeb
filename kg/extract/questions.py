"""What the question just before an answer asked (委員：受託者は個人番号を見ることができる
のか。／課長：できません。): the party and data it asked could be seen, the data it asked
someone may see, the data it asked the item's data holds. An answer that names no party
or data speaks of these.

Example::

    >>> access(state, sentence)                                  # doctest: +SKIP
    (Mention(... '受託者' ...), ['my-number'])
"""
from __future__ import annotations

import re

from kg.extract import relations
from kg.extract.segment import is_question

#: Parties whose access is no exclusion: the municipality, a system, the person it is about
#: (a department may be excluded: 保育課の職員は…課税情報を閲覧できない).
OWN = ("municipality", "system", "data-subject")


def access(state, sentence) -> tuple:
    """Return ``(party, data)`` a question just before asked could see some data
    (受託者は個人番号を見ることができるのか), or ``(None, [])``."""
    index = sentence.index - 1
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or is_question(sentence.text, state.pats):
        return None, []
    asked = state.sents[index]
    mentions = state.mentions.get(index, [])
    party = next((m for m in mentions if m.kind == "entity" and m.type not in OWN
                  and relations.particle_after(asked.text, m.end, state.pats)[0] == "subject"), None)
    named = [m for m in mentions if m.kind == "category"]
    # (…広告に使うことはないのか asks of use too: 使う is no verb of access elsewhere, where
    # 保険証を使って says how a person is treated)
    if party is None or not named or not (re.search(r"使[うわいっえ]", asked.text) or any(
            verb in asked.text for verb, kind in state.pats.get("verbs", {}).items() if kind == "access")):
        return None, []
    return party, state.category_keys(named, asked)


def data(state, sentence) -> list[str]:
    """Return the data a question just before (same item) asked whether someone sees
    (保守作業でレセプトを見ることはあるのか), or ``[]``."""
    index = sentence.index - 1
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or is_question(sentence.text, state.pats) \
            or state.item_of.get(index) is not state.item_of.get(sentence.index) \
            or not any(verb in state.sents[index].text for verb in state.pats.get("incidental_verbs", ())):
        return []
    return state.category_keys([m for m in state.mentions.get(index, []) if m.kind == "category"],
                               state.sents[index])


def contents(state, sentence) -> list[str]:
    """Return the data a question just before asked whether the item's data holds
    (個人番号は含まれるのか), or ``[]``."""
    index = sentence.index - 1
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or is_question(sentence.text, state.pats) \
            or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return []
    asked = state.sents[index].text
    if not any(verb[:-1] in asked for verb in state.pats.get("containment_verbs", ())):
        return []
    return state.category_keys([m for m in state.mentions.get(index, []) if m.kind == "category"],
                               state.sents[index])
