"""The two parties of an exchange a sentence states with と (…AとBの…連携, AとBが…やり取り,
児童相談所と、児童の氏名を共有, …を、…県の東部児童相談所と共有しております): data goes
both ways between them.

Example::

    >>> [m.text for m in pair_before(state, sentence, frame)]       # doctest: +SKIP
    ['こども家庭課', '東部児童相談所']
"""
from __future__ import annotations

import re


def exchanges(state, sentence, frame) -> list[tuple] | None:
    """Return the pairs a flow frame exchanges data between, when it gives no direction
    (入管庁と杉並区の間で媒体連携, 保険者等間で行う…の提供, …は、児童相談所、学校及び病院と
    …を共有: each of them with the subject); None when the frame is no such exchange.

    Example::

        >>> [(a.text, b.text) for a, b in exchanges(state, sentence, frame)]  # doctest: +SKIP
        [('こども家庭課', '児童相談所'), ('こども家庭課', '学校'), ('こども家庭課', '病院')]
    """
    pair = frame.slots.get("between", [])[:2]
    if len(pair) == 1 and pair[0].how == "peers":
        # 保険者等間で行う…の提供: between the item's department (or the city) and its peers;
        # not a need (市町村間で…情報連携する必要があるため…: the route is not said)
        us = state.provider_default(sentence.index) or state.municipality_mention()
        if us is None or "必要" in sentence.text[frame.end:frame.end + 8]:
            return []
        pair = [us, pair[0]]
    near = sentence.text[max(0, frame.start - 4):frame.end + 4]
    mutual = frame.verb in state.pats.get("exchange_verbs", ()) or any(
        words in near for words in state.pats.get("exchange_pairs", ()))
    if len(pair) < 2 and frame.kind == "flow" and mutual \
            and not frame.slots.get("recipient") and not frame.slots.get("provider"):
        listed = listed_partners(state, sentence, frame)
        if listed:
            return [(frame.slots["subject"][0], other) for other in listed]
        pair = pair_before(state, sentence, frame)
    if len(pair) == 2 and not frame.slots.get("recipient") and frame.kind == "flow":
        return [tuple(pair)]
    return None


def pair_before(state, sentence, frame) -> list:
    """Return the two parties of …AとBの…連携, AとBが…やり取り (joined by と, nothing but
    a particle and modifiers before the exchange verb), or []."""
    parties = [m for m in state.mentions.get(sentence.index, [])
               if m.kind == "entity" and m.end <= frame.start]
    for one, other in reversed(list(zip(parties, parties[1:]))):
        rest = sentence.text[other.end:frame.start]
        if other.type == "data-subject" and rest[:1] == "の":
            continue  # (…及び病院と児童の情報を共有: whose data, not a party)
        # (a comma right after the particle: 母子保健担当と児童福祉担当が、…を共有)
        if sentence.text[one.end:other.start].lstrip("等など") == "と" \
                and "、" not in (rest[2:] if rest[1:2] == "、" else rest) \
                and rest[:1] in ("の", "が", "は", "で"):
            return [one, other]
    # (the person the data is about may stand between: 児童相談所と、児童の氏名を共有)
    # (and the system it is shared through: 児童相談所とは、…を、…システム「A」を通じて共有)
    bodies = [m for m in parties if m.type not in ("data-subject", "system")]
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
        # (介護福祉課は、…国保連合会との間で…データを授受している: the one partner, and the
        # subject, else the item's department)
        own = next((m for m in frame.slots.get("subject", []) if m.type in ("department", "municipality")), us)
        # (not …との間で特定個人情報をやり取りするため、…に接続する: why, the hand-overs said next)
        if re.match(r"との間(?:で|において|における)", rest) and "、" not in rest and own is not None \
                and not re.match(r"(?:する|を行う)?ため", sentence.text[frame.end:]) \
                and partner.type not in ("department", "municipality", "data-subject", "system"):
            return [own, partner]
        if re.match(r"と(?:は|も)、", rest) and us is not None \
                and partner.type not in ("department", "municipality", "data-subject", "system"):
            return [us, partner]  # 東雲原警察署とは、…会議において、…情報を共有する: set off as the topic
        # 児童の氏名…を、…の共有システムで県の東部児童相談所と共有しております: the partner
        # right before the verb, the data named before it
        # (…支給決定の内容を、市内の指定特定相談支援事業所と共有: what is shared, named before
        # the partner as the object, if by no data word)
        named = frame.slots.get("categories") or re.search(r"を、", sentence.text[:partner.start])
        if re.fullmatch(r"と(?:も)?", rest) and named and us is not None \
                and partner.type not in ("department", "municipality", "data-subject", "system"):
            return [us, partner]
    return []


def listed_partners(state, sentence, frame) -> list:
    """Return the bodies a subject exchanges with, listed before と (こども家庭課は、…
    児童相談所、学校及び病院と児童の情報を共有している: each of the three), or [] when
    the sentence names no subject or no such list."""
    from kg.extract.listing import last_group  # (listing reads frames: no cycle at import)

    subject = frame.slots.get("subject", [])
    parties = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
               and subject and m.start > subject[-1].end and m.end <= frame.start]
    bodies = [m for m in parties if m.type != "data-subject"]
    if len(subject) != 1 or len(bodies) < 2:
        return []
    rest = sentence.text[bodies[-1].end:frame.start]
    if not re.match(r"と(?:も)?、?", rest) or rest.startswith("との") or "、" in rest[2:]:
        return []
    group = last_group(sentence.text, bodies, state.pats)
    return group if len(group) > 1 else []


#: After a party, that it holds the data the clause names (…が保有する児童記録票).
_HOLDS = re.compile(r"(?:が|の)(?:保有|管理|所有)(?:する|している|しております)")


def holder(sentence, frame, one, other):
    """Return whichever of the two parties of an exchange the sentence says holds the
    data (児童相談所が保有する児童記録票の一部を、警察署及び学校と共有する: it gives, it
    gets nothing back), or None."""
    for party in (one, other):
        if party.end < frame.start and _HOLDS.match(sentence.text, party.end):
            return party
    return None
