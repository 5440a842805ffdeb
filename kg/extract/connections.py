"""Propose the flow an online connection states (外部結合): 「…情報共有システム」と結合する,
…に接続する puts the data of the item's department (else the municipality) into the
partner; a link between two parties (AとBの…との接続) goes both ways. The data is what the
sentence (or the chain it goes on to) names, else what the item's title names, else
personal information, unspecified; the direction is what 外部結合 means, so the flow
says ``basis: inferred``.

Example::

    >>> connect_facts(state, sentence, frame, base, 0.8)            # doctest: +SKIP
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import flows, relations, ways
from kg.extract.denial import scope_denied
from kg.extract.ends import _own_side, _same
from kg.extract.relations import last as _last
from kg.extract.ruler import Mention
from kg.extract.segment import clause_end
from kg.extract.titles import title_categories

#: Between a partner's name and a connection verb: 「…システム」と結合, …に接続, …とのオンライン結合,
#: 児童相談所のシステムと結合 (the body whose system it is).
_PARTNER = re.compile(r"[」』]?(?:の(?:システム|サーバー?))?(?:と|に|へ)(?:の)?(?:オンライン|システム|外部)?")
#: After a connection verb, the device it describes (…に接続する窓口端末, 接続したパソコン).
_DEVICE_AFTER = re.compile(r"(?:する|した|している|された|される|できる)[^\s、。をにがはで]{0,4}?"
                           r"(?:端末|パソコン|PC|機器|タブレット)")
#: After a verb, the て/し chain going on to the next (結合し、…共有する).
_CHAINED_AFTER = re.compile(r"(?:し|して)、")


def connect_facts(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append the flow an online connection states: 「…情報共有システム」と結合する, …に接続する
    puts the data of the item's department (else the municipality) into the partner."""
    if scope_denied(sentence.text, frame.end, state.pats):
        return  # 連合会との結合では個人番号は送信いたしません
    if sentence.text.startswith("は", frame.end) and relations.clause_denied(sentence.text, frame.end, state.pats):
        return  # (協力会社は…来て…行うもので、保守センターとの結合は利用いたしません: none; nc73)
    if _DEVICE_AFTER.match(sentence.text, frame.end):
        return  # 広域連合のシステムに接続する窓口端末からは…閲覧できません: a device, named (nc68 M9)
    partner = None
    for mention in state.mentions.get(sentence.index, []):
        if mention.kind == "entity" and mention.end <= frame.start \
                and _PARTNER.fullmatch(sentence.text[mention.end:frame.start]):
            partner = mention
    if partner is None or partner.type in ("data-subject", "municipality", "department") \
            or getattr(partner, "channel", None):
        return  # (LGWANに接続した…: a network the data passes over, no partner holding it)
    cats = [m for m in frame.slots.get("categories", [])]
    if not cats and _CHAINED_AFTER.match(sentence.text, frame.end):
        # 「…システム」と結合し、要保護児童の情報を共有する: what the chain goes on to move
        cats = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                and m.start > frame.end and not relations.negated(sentence.text, m.end + 2, state.pats)]
        if cats:  # the quote reaches the data
            base = {**base, **dict(zip(("line", "quote"), sentence.quote(
                sentence.piece_at(frame.start).start, clause_end(sentence.text, cats[-1].end))))}
    stop = ways.SWITCH.search(sentence.text, 0, frame.start)
    after = stop.end() if stop else 0
    if not any(m.start >= after for m in frame.slots.get("channel", [])):
        # LGWANを経由して…と結合し (…持参を取りやめ、LGWANを経由して…): the network the
        # connection runs over (LGWAN is a system too: the channel it names is meant here)
        way = [m if m.kind == "channel" else Mention(m.sentence, m.start, m.end, m.text, "channel", None, m.channel)
               for m in state.mentions.get(sentence.index, []) if after <= m.start and m.end <= frame.start
               and (m.kind == "channel" or getattr(m, "channel", None)) and ways.THROUGH.match(sentence.text, m.end)]
        frame = replace(frame, slots={**frame.slots, "channel": way}) if way else frame
    item = state.item_of.get(sentence.index)
    # the data the item's title names (…戸籍に関する業務の外部結合), not the sentences
    # before it: else personal information, unspecified
    # (not the title's My Number: …における個人番号の利用 says it is used, not sent)
    data = state.category_keys(cats, sentence) or [
        c for c in (title_categories(state, item) if item else []) if c not in state.my_number_ids] \
        or [flows.unspecified(state, sentence)]
    parties = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"]
    at = parties.index(partner)
    while at and sentence.text[parties[at - 1].end:parties[at].start] == "の":
        at -= 1  # 川口市の国保総合PC: the owner named before the partner is no other end
    before = parties[at - 1] if at else None
    if before is not None and sentence.text[before.end:parties[at].start] == "と":
        # 国保連合会と川口市の国保総合PCとの接続: a link between two parties, both ways
        if not _same(state, before, partner) and not _own_side(state, before, partner):
            flows.append_flow(state, sentence, frame, base, confidence, before, partner, True, data)
            flows.append_flow(state, sentence, frame, base, confidence, partner, before, True, data)
        return
    frm = _last(frame.slots, "subject") or state.provider_default(sentence.index) \
        or state.municipality_mention()
    if frm is None or _same(state, frm, partner) or _own_side(state, frm, partner):
        return
    # the direction is what 外部結合 means (data handed out online), not what the words say
    flows.append_flow(state, sentence, frame, base, confidence, frm, partner, True, data)
