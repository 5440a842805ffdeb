"""Hand-overs the council refuses inside an item it otherwise approves: a row of a
provisions table whose verdict column says no (別表１ … 審査会の判断 適当でない), or a
point of a written opinion's reasons that ends by refusing what it weighs (…名簿を毎月警察
に提供することについては、…よって、この提供は適当でない。). Each refused hand-over rests
on a part of its item of its own, outcome ``rejected``: answers then mark every route
through it as resting on an item not approved, and the rest of the item stands.

Example::

    >>> refused_parts(state, items)                                 # doctest: +SKIP
    >>> [i.outcome for i in items if i.part_of]                     # doctest: +SKIP
    ['rejected']
"""
from __future__ import annotations

import re
import unicodedata

from kg.extract.document import AgendaItem

#: A verdict cell or clause that refuses (適当でない, 不適当, 認められない, 不可, 否).
REFUSED = re.compile(r"適当で(?:は)?ない|適当とは(?:認められ|いえ)ない|不適当|認められない|不可|否")
#: A sentence that refuses a hand-over: what the point of reasons it ends weighs (よって、
#: この提供は適当でない。), or what it names itself (ただし、…警察署への名簿の定期的な提供
#: については、実施することは適当でない。).
_POINT_REFUSED = re.compile(r"(?P<this>(?:この|当該|本件の?|その|上記の))?(?:提供|結合|委託|再委託|利用|収集)"
                            r"(?:は|について(?:は)?)、?(?:(?:実施|実行)することは、?)?"
                            r"(?:適当で(?:は)?ない|適当とは(?:認められ|いえ)ない|認められない|不適当)")
#: The opening of a point (（２）, ２, イ): where the point that a refusal ends begins.
_POINT = re.compile(r"\s*(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[\s　]|[ア-ン][\s　])")
#: How many sentences back a point's opening may stand from the sentence that refuses.
_POINT_REACH = 6


def refused_cell(text: str) -> bool:
    """True when a verdict cell refuses (適当でない; not 適当（条件３）)."""
    return REFUSED.search(unicodedata.normalize("NFKC", text)) is not None


def refused_points(state) -> None:
    """Mark the flows of a point of reasons that ends by refusing them (see the module):
    ``_refused`` is the refusing sentence's line and quote."""
    for sentence in state.sents:
        said = _POINT_REFUSED.search(sentence.text)
        if said is None:
            continue
        start = next((i for i in range(sentence.index, max(-1, sentence.index - _POINT_REACH), -1)
                      if _POINT.match(state.sents[i].text)), None) if said.group("this") else sentence.index
        if start is None:
            continue
        line, quote = sentence.quote()
        for flow in state.flows:
            if start <= flow.get("_index", -1) <= sentence.index and not flow.get("_refused"):
                flow["_refused"] = {"line": line, "quote": quote}


def refused_parts(state, items: list) -> None:
    """Put each flow marked ``_refused`` (a row's verdict, a point's refusal) under a part of
    its item with outcome ``rejected``, one part for each item and recipient, appended to
    ``items``; its evidence is the recipient where the flow names it and the refusal."""
    parts: dict[tuple, AgendaItem] = {}
    by_key = {item.key: item for item in items}
    _same_provisions(state)
    for flow in state.flows:
        said = flow.get("_refused")
        index = flow.get("_index", -1)
        if not said or index < 0:
            continue
        # (the conclusion's refusal, of no part: the part whose title names the recipient)
        parent = by_key.get(flow.get("item")) or _titled(items, flow["to"])
        flow["item"] = parent.key if parent else flow.get("item")
        where = (flow.get("item"), flow["to_key"])
        # (of no item: the part refused to the same recipient, where there is one)
        part = parts.get(where) or (next((p for (_, to), p in parts.items() if to == flow["to_key"]), None)
                                    if parent is None else None)
        if part is None:
            # (quoted by the cell or sentence that names the recipient: a row's first cell
            # may be its number alone)
            name = getattr(flow.get("_to"), "text", None) or flow["to"]
            sentence = next((s for s in state.sents if name in s.text
                             and any(p.line == flow["line"] for p in s.pieces)), state.sents[index])
            span = (0, len(sentence.text))  # (a row's cell whole: 長野県警察（芦名谷警察署）)
            title = f"{flow['to']}への提供（{said['what']}）" if said.get("what") else f"{flow['to']}への提供"
            part = AgendaItem(f"refused:{flow.get('item')}:{flow['to_key']}", title, None,
                              parent.type if parent else "consultation", sentence, span)
            part.kinds = ["provision-outside"]
            part.outcome = "rejected"
            part.asked = True
            part.part_of = parent.key if parent else None
            part.department = parent.department if parent else None
            part.refused_by = []
            parts[where] = part
            items.append(part)
        if (said["line"], said["quote"]) not in part.refused_by:
            part.refused_by.append((said["line"], said["quote"]))
        flow["item"] = part.key


def _titled(items: list, recipient: str):
    """The one item whose title names ``recipient``, or None."""
    named = [item for item in items if recipient in item.title and not item.key.startswith("refused:")]
    return named[0] if len(named) == 1 else None


def _same_provisions(state) -> None:
    """Mark refused too each flow of the same item that is the refused one said again: to
    the same recipient, the same way and as often (…を、電子メールで…警察署に毎月提供する
    in the account, then the row 毎月 電子メール 適当でない)."""
    refused = [f for f in state.flows if f.get("_refused") and f.get("channel") and f.get("frequency")]
    for flow in state.flows:
        if flow.get("_refused"):
            continue
        same = next((r for r in refused if r["to_key"] == flow["to_key"] and r.get("item") == flow.get("item")
                     and r["channel"] == flow.get("channel") and r["frequency"] == flow.get("frequency")), None)
        if same is not None:
            flow["_refused"] = same["_refused"]
