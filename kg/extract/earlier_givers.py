"""Who held the data a sentence or two before: the giver :func:`kg.extract.ends.ends`
takes when a flow's own sentence does not say it. The system the sentence before put the
data into, the party a clause says received or was given it, or the stated provider of a
recent flow of the same item (its receiver, when that flow was a receipt: they hold the
data now).

Example::

    >>> carried_provider(state, 12, to)                              # doctest: +SKIP
    Mention(… '健康課' …)
"""
from __future__ import annotations

import re

from kg.extract.speakers import is_question

#: How far back a stated flow to the same recipient lends its provider (a question
#: "事業者に受託者はどう提供するのか" answered a few sentences on: "事業者には…を提供する").
CARRY_SAME = 5
#: How many sentences back a stated provider still carries over.
CARRY = 2


def _same(state, one, other) -> bool:
    """True when two mentions name one party (国保連合会 and the 連合会 it stands for)."""
    return one.key == other.key or state.label_of(one) == state.label_of(other)


def put_into(state, index: int, to):
    """Return the system the sentence just before (same item) put the data into, or None:
    …国保総合PCのほうにファイル転送する。連合会のシステムにデータを送った後は… (the data
    leaves from where it was put)."""
    item = state.item_of.get(index)
    for flow in reversed(state.flows):
        if flow.get("_index") != index - 1:
            continue
        target = flow.get("_to")
        # (…連合会を経由して…中間サーバーに登録。…国保連合会に…持参して: what goes to the
        # conduit comes from its giver, not back from the system it passed the data to)
        if flow["item"] == (item.key if item else None) and target is not None \
                and target.type == "system" and not _same(state, target, to) \
                and (to is None or flow.get("_from") is None or not _same(state, flow["_from"], to)):
            return target
    return None


def received_before(state, sentence, frame, to):
    """Return who received the data in a flow of the same item one or two sentences
    before, when a clause before the verb says it was received (医療機関から…受け取って
    おります。受け取った結果は健康管理システムに取り込み: 健康課 puts it in), or None."""
    clauses = tuple(state.pats.get("received_clauses", ()))
    if not clauses or not any(c in sentence.text[:frame.start] for c in clauses):
        return None
    item = state.item_of.get(sentence.index)
    for flow in reversed(state.flows):
        if flow.get("_index") is None or not 0 < sentence.index - flow["_index"] <= CARRY:
            continue
        target = flow.get("_to")
        if flow["item"] == (item.key if item else None) and target is not None \
                and target.type != "data-subject" and not _same(state, target, to):
            return target
    return None


#: Before the data a sentence opens with, a clause that it was given to someone
#: (連合会に提供した個人番号と資格情報は、…を経て、支払基金に登録されます).
_GIVEN_TO = re.compile(r"(?:に|へ)(?:提供|送付|送信|渡)(?:した|された|している)")


def given_before(state, sentence, frame, to):
    """Return the party a clause before the verb says the data was given to (連合会に提供
    した個人番号は、…支払基金に登録されます: the federation passes it on), or None."""
    for mention in state.mentions.get(sentence.index, []):
        if mention.kind == "entity" and mention.end < frame.start and mention.type not in ("data-subject",) \
                and _GIVEN_TO.match(sentence.text, mention.end) and not _same(state, mention, to):
            return mention
    return None


def carried_provider(state, index: int, to):
    """Return the stated provider of a flow of the same item to the same recipient in the
    last :data:`CARRY_SAME` sentences, else of any flow in the last :data:`CARRY` (its
    receiver when the flow was a receipt: they hold the data now), or None."""
    item = state.item_of.get(index)
    recent = [f for f in reversed(state.flows)
              if f.get("_index") is not None and 0 <= index - f["_index"] <= CARRY_SAME
              and f["_said"] and not f.get("_exchange") and f["item"] == (item.key if item else None)
              and not _same(state, f["_from"], to) and not _asked_since(state, f, index)]
    same = [f for f in recent if f["to_key"] == state.key(to)]
    if same:
        return same[0]["_from"]
    near = [f for f in recent if index - f["_index"] <= CARRY]
    if not near:
        return None
    # 本市は、広域連合から…を受領し…。抽出した…を株式会社Bに提供し: who received the
    # data holds it now and hands it on, not who gave it
    chosen = near[0]
    # (…からは、援助方針が当センターに送られる: passive, but a receipt all the same)
    ours = chosen["_to"].type in _OURS and chosen["_from"].type not in _OURS
    # (税務課から建設課への提供は…。同社には、…を渡し: the item's department, given the
    # data by another, is who hands it on)
    ours = ours or item is not None and item.department is not None \
        and _same(state, chosen["_to"], item.department)
    return chosen["_to"] if (chosen.get("_received") or ours) and not _same(state, chosen["_to"], to) \
        else chosen["_from"]


def _asked_since(state, flow, index: int) -> bool:
    """True when a question between ``flow`` and sentence ``index`` does not name its
    provider: the answer speaks to the question, not on from the flow before it
    (…国保連合会は中央会に送付する。委員：個人番号は一緒に送られるのか。課長：個人番号は
    中間サーバーを経由して国保中央会に提供される: not the federation's)."""
    if is_question(state.sents[flow["_index"]].text, state.pats):
        return False  # (the flow asked about is what the answer speaks to)
    return any(is_question(state.sents[k].text, state.pats)
               and not any(_same(state, m, flow["_from"]) for m in state.mentions.get(k, []))
               for k in range(flow["_index"] + 1, index))


#: The municipality's own side: who holds what it received.
_OURS = ("municipality", "department")
