"""A body the data passes through on its way (…申請書を、青森県を経由して公益財団法人都道府
県センターに送付する): two hops, the giver to that body and that body to the recipient,
each a flow of the same data, so a route through the body shows who holds it on the way.

(A system or network it passes over, …LGWANを経由して, is the flow's channel or ``via``,
read with the frame's slots.)

Example::

    >>> split(state, sentence, frame, before)                       # doctest: +SKIP
"""
from __future__ import annotations

import re

#: After a party, that the data goes through it (県を経由して, 県を通じて, 県経由で).
_THROUGH = re.compile(r"(?:を経由(?:して|し、|し)|を通じて|を通して|を介して|経由で)")
#: Parties that hold what passes through them (not a system, nor the person it is about).
_BODIES = ("prefecture", "municipality", "public-body", "association", "company", "unnamed-party")
#: After a party, that the data goes through a service it runs (同社のサービスを通じて).
_SERVICE_THROUGH = re.compile(r"の[^、。をにがはでと]{0,10}?(?:サービス|システム|サイト|ポータル|アプリ)"
                              + _THROUGH.pattern)
#: The parties whose service holds what passes through it (a company's, a federation's).
_SERVING = ("association", "company")


def split(state, sentence, frame, before: int) -> None:
    """Split each flow ``frame`` proposed (from ``before`` on) that a body named with
    …を経由して before the verb stands between into the two hops through that body. A
    company whose service the data goes through (同社のサービスを通じて…に取り込まれます)
    is such a body; where the sentence names no giver, it gives the data itself."""
    said = any(m.kind == "entity" for slot in ("provider", "subject") for m in frame.slots.get(slot, ()))
    for flow in list(state.flows[before:]):
        through = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                        and m.type in _BODIES and m.end < frame.start
                        and (_THROUGH.match(sentence.text, m.end)
                             or m.type in _SERVING and _SERVICE_THROUGH.match(sentence.text, m.end))
                        and state.key(m) not in (flow["from_key"], flow["to_key"])), None)
        if through is None:
            continue
        state.entity_for(through, *sentence.quote(through.start, through.end))
        if not said and _SERVICE_THROUGH.match(sentence.text, through.end):
            # (オンラインで受け付けた申請データは、…同社のサービスを通じて本市の…システムに
            # 取り込まれます: no one else is said to give it; the company passes it on: nc69 W19)
            flow.update({"from": state.label_of(through), "from_key": state.key(through),
                         "from_id": through.id, "_from": through})
            continue
        at = state.flows.index(flow)
        second = {**flow, "from": state.label_of(through), "from_key": state.key(through),
                  "from_id": through.id, "_from": through}
        flow.update({"to": state.label_of(through), "to_key": state.key(through),
                     "to_id": through.id, "_to": through})
        state.flows.insert(at + 1, second)
