"""The two parties of an exchange a sentence states with と (…AとBの…連携, AとBが…やり取り,
児童相談所と、児童の氏名を共有, …を、…県の東部児童相談所と共有しております): data goes
both ways between them.

Example::

    >>> [m.text for m in pair_before(state, sentence, frame)]       # doctest: +SKIP
    ['こども家庭課', '東部児童相談所']
"""
from __future__ import annotations

import re


def pair_before(state, sentence, frame) -> list:
    """Return the two parties of …AとBの…連携, AとBが…やり取り (joined by と, nothing but
    a particle and modifiers before the exchange verb), or []."""
    parties = [m for m in state.mentions.get(sentence.index, [])
               if m.kind == "entity" and m.end <= frame.start]
    for one, other in reversed(list(zip(parties, parties[1:]))):
        rest = sentence.text[other.end:frame.start]
        # (a comma right after the particle: 母子保健担当と児童福祉担当が、…を共有)
        if sentence.text[one.end:other.start].lstrip("等など") == "と" \
                and "、" not in (rest[2:] if rest[1:2] == "、" else rest) \
                and rest[:1] in ("の", "が", "は", "で"):
            return [one, other]
    # (the person the data is about may stand between: 児童相談所と、児童の氏名を共有)
    bodies = [m for m in parties if m.type != "data-subject"]
    if bodies:
        # 他の地方公共団体と特定個人情報の照会・提供を行う: the item's department (or the
        # municipality) and the one party it exchanges with
        partner = bodies[-1]
        rest = sentence.text[partner.end:frame.start]
        us = state.provider_default(sentence.index) or state.municipality_mention()
        # (the data named in between: not 連合会とのやり取りについて, a topic)
        data = [m for m in frame.slots.get("categories", []) if partner.end < m.start < frame.start]
        joined = re.match(r"と(?:も)?、?", rest)  # 児童相談所と、児童の氏名を共有
        # (the commas of the data's own list: 警察署と児童の氏名、年齢及び…を共有)
        listed = {m.end - partner.end for m in data}
        commas = [i for i, ch in enumerate(rest) if ch == "、" and i >= (joined.end() if joined else 0)]
        if joined and not rest.startswith("との") and all(i in listed for i in commas) and data \
                and us is not None and partner.type not in ("department", "municipality", "data-subject"):
            return [us, partner]
        # 児童の氏名…を、…の共有システムで県の東部児童相談所と共有しております: the partner
        # right before the verb, the data named before it
        if re.fullmatch(r"と(?:も)?", rest) and frame.slots.get("categories") and us is not None \
                and partner.type not in ("department", "municipality", "data-subject", "system"):
            return [us, partner]
    return []
