"""Which contractor a ban on re-entrusting binds, when its sentence names none: the
company named with が in its clause, the one whose own contract it is said in, the one the
item said does the work it names, or the one that re-entrusted in the sentence before.

Example::

    >>> work_doer(state, item, sentence)                             # doctest: +SKIP
    Mention(..., text='株式会社つくし電算', ...)
"""
from __future__ import annotations

import re

#: A ban of the re-entrustment of one work (運用保守業務の再委託は認めません, 認定調査業務を
#: 再委託してはならない): of that work.
WORK_BAN = re.compile(r"([^、。はがをにの：:\s　]{2,12}?(?:業務|作業|保守|運用|開発))(?:の|を)再委託")


#: After a party, that a contract between the one before it and it says what follows
#: (国保連合会と印刷事業者の契約で): it is the contract's contractor.
_CONTRACT = re.compile(r"(?:との|の)(?:間の)?契約(?:で|により|において|上)")


def entrusted_before(state, item, sentence):
    """The company the item's relations say it entrusted last before ``sentence`` (up to
    three sentences back), as mentioned there, or None."""
    line = sentence.quote()[0]
    keys = [r["object_key"] for r in state.relations if r["item"] == item.key and r["type"] == "entrusts"
            and line - 3 <= r["line"] <= line]
    if not keys:
        return None
    return next((m for index in range(max(0, sentence.index - 3), sentence.index + 1)
                 for m in reversed(state.mentions.get(index, [])) if m.kind == "entity"
                 and state.key(m) == keys[-1]), None)


def doer_before(state, sentence, frame):
    """The company the clause of a re-entrustment names with が (ボートテックが保守の一部を他社に
    再委託することは、契約で禁止: nc68 M8), when the parse left the verb no subject, or None."""
    start = max(sentence.text.rfind("、", 0, frame.start), sentence.text.rfind("。", 0, frame.start), -1) + 1
    return next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                 and m.type == "company" and start <= m.start and m.end < frame.start
                 and sentence.text.startswith("が", m.end)), None)


def work_doer(state, item, sentence):
    """The company the item said does the work whose re-entrustment the sentence bans (データ
    移行作業の再委託は認めません, after …データ移行作業は、株式会社つくし電算が行い: nc70
    W13), or None."""
    ban = WORK_BAN.search(sentence.text)
    for i in reversed([i for i in item.sentences if i < sentence.index] if ban and item else []):
        text, at = state.sents[i].text, state.sents[i].text.find(ban.group(1))
        doer = next((m for m in state.mentions.get(i, []) if at >= 0 and m.kind == "entity" and m.type == "company"
                     and m.start > at and _DOES.match(text, m.end)), None)
        if at >= 0:
            return doer
    return None


#: After a company, that it does the work (が行い, が実施).
_DOES = re.compile(r"が(?:行|実施|担当)")


def contracted(state, sentence):
    """The party a contract names as contractor (AとBの契約で: B), or None."""
    found = state.mentions.get(sentence.index, [])
    return next((m for m in found if m.kind == "entity" and _CONTRACT.match(sentence.text, m.end)
                 and sentence.text.endswith("と", 0, m.start)
                 and any(o.kind == "entity" and o.end == m.start - 1 for o in found)), None)


def own_contract(state, sentence, frame):
    """The company whose own contract a ban is said in (…株式会社Aに委託しており、同社との
    契約では再委託を禁止: A, nc69 W16), or None."""
    return next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                 and m.type == "company" and m.end <= frame.start and _WITH_IT.match(sentence.text, m.end)), None)


#: After a company, its contract (同社との契約では, Aとの委託契約において).
_WITH_IT = re.compile(r"との(?:間の)?(?:委託|保守|業務委託)?契約")


def re_entruster_before(state, item, sentence):
    """The contractor that re-entrusts in the sentence just before (受託者がAに一部を再委託
    することを…認める予定。未納整理業務の再委託は認めません: its ban of its other work;
    nc70 W1), or None."""
    said = next((r for r in reversed(state.relations) if r["type"] == "re-entrusts" and r["item"] == item.key
                 and r.get("_sentence") == sentence.index - 1), None)
    return next((c for c in reversed(item.contractors_named or item.contractors)
                 if said is not None and state.key(c) == said["subject_key"]), None)
