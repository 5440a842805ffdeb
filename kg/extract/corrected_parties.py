"""A party the minutes name, then correct by quoting it (先ほど表で「健康福祉課」と申し上げ
ましたが、正しくは、…照会先は県の北霧福祉事務所でございます): the item's hand-overs said
before with the first party take the second in its place, quoted with the correction.

Example::

    >>> corrected_party(state, sentence, item)                      # doctest: +SKIP
    >>> {f["from"] for f in state.flows}                            # doctest: +SKIP
    {'北霧福祉事務所'}
"""
from __future__ import annotations

import re

#: A party's name quoted as what was said, then taken back (「健康福祉課」と申し上げましたが).
_QUOTED_SAID = re.compile(r"「(?P<said>[^「」]{2,24})」と(?:申し上げ|(?:ご|御)?説明(?:いたし|し)|お答えし|申し|答弁し)"
                          r"ました(?:が|けれども)")
#: The kinds of entity that may stand for one another in a correction of whom.
_PARTIES = ("municipality", "department", "prefecture", "public-body", "company", "association", "unnamed-party")


def corrected_party(state, sentence, item) -> None:
    """Give the item's hand-overs said before ``sentence`` with the party it quotes as
    said (「健康福祉課」と申し上げましたが) the party named after 正しくは in its place; the
    correcting sentence's own reading of its verbs goes. Nothing when the sentence
    quotes no party or names none after 正しくは."""
    text = sentence.text
    said = _QUOTED_SAID.search(text)
    at = text.find("正しくは", said.end()) if said else -1
    if at < 0:
        return
    found = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity" and m.type in _PARTIES]
    old = next((m for m in found if said.start("said") <= m.start and m.end <= said.end("said")), None)
    if old is None:
        return
    new = [m for m in found if m.start >= at and state.key(m) != state.key(old)]
    if not new:
        return
    new, old_key = new[-1], state.key(old)
    earlier = [f for f in state.flows if f.get("_index", sentence.index) < sentence.index
               and item is not None and state.item_of.get(f["_index"]) is item and old_key in (f["from_key"], f["to_key"])]
    if not earlier:
        return
    line, quote = sentence.quote()
    state.entity_for(new, *sentence.quote(new.start, new.end))
    for flow in earlier:
        end = "from" if flow["from_key"] == old_key else "to"
        flow.update({end: state.label_of(new), f"{end}_key": state.key(new), f"{end}_id": new.id, f"_{end}": new})
        flow.setdefault("also", []).append({"line": line, "quote": quote})
    state.flows[:] = [f for f in state.flows if f.get("_index") != sentence.index]


#: A denial quoted as what was said, then taken back (先ほど係長が閲覧できないと申し上げ
#: ましたが、一部訂正させていただきます).
_DENIAL_SAID = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2,4})(?:することは)?(?:できない|できません|しない|しません|ない)と"
                          r"(?:申し上げ|(?:ご|御)?説明(?:いたし|し)|お答えし|申し|答弁し)ました(?:が|けれども)")


def corrected_denial(state, sentence, item) -> None:
    """Drop the item's exclusions said before ``sentence`` with the verb it quotes as
    denied and takes back (閲覧できないと申し上げましたが、一部訂正させていただきます): what
    the correction says next stands in their place (…閲覧する場合がございます; 録音データに
    ついては、…再生できない: an exclusion of its own). Nothing when no denial is quoted."""
    said = _DENIAL_SAID.search(sentence.text)
    if said is None or item is None:
        return
    state.access[:] = [a for a in state.access if not (
        a["type"] == "excluded" and a.get("_sentence") is not None and a["_sentence"] < sentence.index
        and state.item_of.get(a["_sentence"]) is item and said.group("verb") in (a.get("verb") or ""))]
