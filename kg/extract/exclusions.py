"""Access rows of the extractor's proposal: an exclusion or incidental access for one
party (:func:`append`), an exclusion for each of several (:func:`exclude_each`), the
parties an item's flows reach (:func:`given_to`), and a bare no that answers a question
of who sees what (:func:`denied_by_answer`). :mod:`kg.extract.access` decides which.

Example::

    >>> exclude_each(state, base, [party], ["my-number"], sentence, frame, item, 0.8)  # doctest: +SKIP
    >>> state.access[-1]["type"]                                                        # doctest: +SKIP
    'excluded'
"""
from __future__ import annotations

import re

from kg.extract.contexts import context_of
from kg.extract.questions import OWN as _OWN, bare_no


#: …などの保険者が: the name before is an example of the class that acts.
_EXEMPLIFIED = re.compile(r"(?:など|等)の[^、。をにへでと]{1,8}?(?:が|は)")


def denied_by_answer(state, sentence, frame, item, base, data, confidence) -> None:
    """委員：…他の保険者が個人番号を見ることはできるのですか。課長：できません。: the bare
    no denies the party and the data the question names (quoted with the answer)."""
    after = sentence.index + 1
    # who would see: the subject (not 支払基金 of 支払基金に渡った個人番号を…), or the one
    # a class is exemplified by (他の健康保険組合などの保険者が見る)
    party = (frame.slots.get("subject") or [None])[-1] or next(
        (m for m in reversed(frame.slots.get("of", [])) if m.kind == "entity"
         and _EXEMPLIFIED.match(sentence.text, m.end)), None)
    if not data:  # 機構の職員は、やり取りされる所得情報の中身を見る…か: the data it names
        data = state.category_keys([m for m in state.mentions.get(sentence.index, [])
                                    if m.kind == "category" and m.end <= frame.start], sentence)
    if after >= len(state.sents) or state.item_of.get(after) is not item or party is None \
            or not data or not bare_no(state.sents[after].text, state.pats):
        return
    line, quote = state.sents[after].quote()
    append(state, {**base, "also": [{"line": line, "quote": quote}]}, "excluded", party, data,
            None, context_of(state, sentence, frame, None, item), confidence)


def given_to(state, base, sentence, keep) -> list:
    """The parties outside the municipality that the item's flows up to ``sentence`` for
    which ``keep`` holds give data to, each once."""
    out = {}
    for f in state.flows:
        if f["item"] == base["item"] and f.get("_index", sentence.index) <= sentence.index \
                and f.get("_to") is not None and f["_to"].type not in (*_OWN, "department") and keep(f):
            out.setdefault(state.key(f["_to"]), f["_to"])
    return list(out.values())


def exclude_each(state, base, others, data, sentence, frame, item, confidence) -> None:
    """Append an exclusion of ``data`` for each of ``others``, in the statement's context."""
    context = context_of(state, sentence, frame, None, item)
    for other in others:
        append(state, base, "excluded", other, data, None, context, confidence)


def append(state, base, kind, party, data, scope, context, confidence) -> None:
    """Append an access fact of ``kind`` (excluded, incidental…) for ``party`` (an
    exclusion of data the minutes said holds more, of that too: see
    :mod:`kg.extract.handling`)."""
    if kind == "excluded" and state.held_with:
        data = list(data) + sorted({k for key in data for k in state.held_with.get(key, ())} - set(data))
    entry = state.entities.get(state.key(party)) or state.entity_for(party, base["line"], base["quote"])
    if not entry["line"]:  # (県への報告には…含まない: the prefecture, until now only the setting)
        entry.update(line=base["line"], quote=base["quote"], lines=[base["line"]])
    state.access.append({**base, "type": kind, "party": state.label_of(party),
                         "party_key": state.key(party), "party_id": party.id,
                         "categories": data,
                         "system": state.label_of(scope) if scope is not None else None,
                         "system_key": state.key(scope) if scope is not None else None,
                         "context": context, "confidence": confidence})
