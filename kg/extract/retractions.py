"""A recipient the speaker takes back: ``先ほど…保護記録を楡ヶ丘町の福祉事務所へ送付すると
申し上げましたが、訂正いたします。…正しくは、同町を所管する翠嶺県中部福祉事務所に送付
いたします。``

What was said to go to the first party goes to the second: the hand-over said before
(the item's, or any earlier one to that party) keeps its giver, data, channel and status
and takes the new recipient, quoted with the correcting sentence; the half-sentence taken
back and the correction's own reading (its giver is read from a clause about another
matter) go. A correction that names no recipient the extractor reads only takes back
what it retracts. A correction of how often each recipient is given the data
(民生委員への提供は年2回が正しく、…。訂正いたします) sets that frequency on the hand-over
to each.

Example::

    >>> retracted_recipient(state, sentence)                       # doctest: +SKIP
    >>> [(f["from"], f["to"]) for f in state.flows]               # doctest: +SKIP
    [('生活福祉課', '翠嶺県中部福祉事務所')]
"""
from __future__ import annotations

import re

#: After a flow's verb, that the speaker said so and now corrects it.
_RETRACTED = re.compile(r"と(?:申し上げ|(?:ご|御)?説明(?:いたし|し)|お答えし|申し)ました(?:が|けれども)、?"
                        r"[^。]{0,6}訂正")


_ROOT = ["personal-information"]
_SAID = re.compile(_RETRACTED.pattern.split("[^。]")[0] + "$")


def retracted_recipient(state, sentence) -> None:
    """Move the hand-overs said before to the recipient a correction names instead (see
    the module); nothing when ``sentence`` retracts no flow."""
    said = _RETRACTED.search(sentence.text)
    if said is None:
        return
    told = [f for f in state.flows if f.get("_index") == sentence.index
            and _SAID.search(f["quote"].replace("\n", ""))]
    if not told:
        return
    old = told[-1]
    upto = sentence.index + 2
    new = [f for f in state.flows if f not in told and sentence.index <= f.get("_index", -1) < upto
           and f["to_key"] != old["to_key"]]
    earlier = [f for f in state.flows if f.get("_index", sentence.index) < sentence.index
               and f["to_key"] == old["to_key"]]
    state.flows[:] = [f for f in state.flows if f not in told]
    if not new or not earlier:
        return
    target = new[0]
    for flow in earlier:
        also = [{"line": flow["line"], "quote": flow["quote"]}, *flow.get("also", [])]
        flow.update({key: target[key] for key in ("to", "to_key", "to_id", "_to")})
        flow.update(line=target["line"], quote=target["quote"], also=also)
        if flow["categories"] == _ROOT and old["categories"] != _ROOT:
            flow["categories"] = list(old["categories"])  # (…記録を…送付すると申し上げ: named there)
            flow["also"].append({"line": old["line"], "quote": old["quote"]})
    state.flows[:] = [f for f in state.flows if f is not target]


#: A correction that says each recipient's frequency (民生委員への提供は年2回が正しく、消防団
#: への提供は年1回でございます): the part after a party, up to its 、 or 。.
_EACH_SAID = re.compile(r"(?:へ|に対して|に対する|へ)の(?:提供|送付|手渡し|送信)は、?([^、。]{1,20}?)"
                        r"(?:が正しく|が正しい|でございます|です|となります)")


def corrected_frequencies(state, sentence) -> None:
    """Give the item's earlier flow to each recipient the correcting ``sentence`` names the
    frequency it says (…民生委員への提供は年2回が正しく…。訂正いたします: 年2回, not the 年1回
    said before); the sentence joins the flow's quotes."""
    from kg.extract.ways import frequency

    item = state.item_of.get(sentence.index)
    for mention in state.mentions.get(sentence.index, []):
        said = _EACH_SAID.match(sentence.text, mention.end) if mention.kind == "entity" else None
        new = frequency(state.pats, said.group(1)) if said else None
        if new is None:
            continue
        earlier = [f for f in state.flows if f.get("_index", sentence.index) < sentence.index
                   and state.item_of.get(f["_index"]) is item and f["to_key"] == state.key(mention)]
        if earlier and earlier[-1].get("frequency") != new:
            earlier[-1]["frequency"] = new
            line, quote = sentence.quote()
            earlier[-1].setdefault("also", []).append({"line": line, "quote": quote})


#: A work said to be done by someone, taken back (子会社が保守を行うと申し上げましたのは誤り).
_WORK_SAID = re.compile(r"(?P<work>保守|運用|運営)(?:業務)?(?:を|も)?(?:行う|担う|担当する)と(?:申し上げ|(?:ご|御)?説明(?:いたし|し))"
                        r"ました(?:のは|が)")
#: After a company, that it does the work itself (…株式会社Aが自ら行い).
_ITSELF = re.compile(r"が自ら(?:行|担)")
_KINDS = {"保守": ("maintains",), "運用": ("operates",), "運営": ("operates",)}


def retracted_work(state, sentence) -> None:
    """Drop the item's earlier relations of the work a correction takes back (子会社が保守を
    行うと申し上げましたのは誤りでございました。保守も株式会社Aが自ら行い…): each of that
    kind whose party is not the one the correction says does it itself."""
    said = _WORK_SAID.search(sentence.text)
    if said is None:
        return
    item = state.item_of.get(sentence.index)
    near = [i for i in (sentence.index, sentence.index + 1) if state.item_of.get(i) is item]
    doers = {state.key(m) for i in near for m in state.mentions.get(i, [])
             if m.kind == "entity" and _ITSELF.match(state.sents[i].text, m.end)}
    if item is None or not doers:
        return
    line = sentence.line
    state.relations[:] = [r for r in state.relations if not (
        r["item"] == item.key and r["type"] in _KINDS[said.group("work")] and r["line"] < line
        and r["subject_key"] not in doers)]
