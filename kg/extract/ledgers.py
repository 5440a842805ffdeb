"""Data written into a ledger that a system of the item keeps: ``被災者台帳には被災者の個人
番号を記載し`` in an item on 被災者台帳システム.

The ledger is named as data (被災者台帳), so no verb's slot holds the system; the item
names the system that keeps it by the ledger's name and システム. The item's department
(else the municipality) puts the data the clause names into that system: a flow,
stated, quoting the sentence. When the system starts (導入する予定) is settled later, as
for any flow of the item (:mod:`kg.extract.timing`). A clause that writes nothing
(…には個人番号は記載しない) proposes nothing.

Example::

    >>> written_into_ledgers(state)                                 # doctest: +SKIP
    >>> state.flows[-1]["to"], state.flows[-1]["categories"]        # doctest: +SKIP
    ('被災者台帳システム', ['my-number'])
"""
from __future__ import annotations

import re

from kg.extract.relations import negated
from kg.extract.speakers import is_question
from kg.extract.titles import item_flow

#: A ledger or list as the place data is written (…台帳には、…を記載し), or whose items are
#: listed (…台帳に記載する項目は、氏名、…).
_WRITTEN = re.compile(r"(?P<ledger>[\u4e00-\u9fff\u30a0-\u30ff]{1,16}?(?:台帳|名簿))(?:"
                      r"(?:には|へは|に)、?(?P<data>[^。]{1,80}?)を(?:記載|記録|登録|格納|入力)"
                      r"|に(?:記載|記録|登録)(?:する|される)(?:項目|情報|内容)は、?(?P<listed>[^。]{1,160}))")


def written_into_ledgers(state) -> None:
    """Append the flow into the system that keeps a ledger of the data a sentence says is
    written in it (see the module)."""
    for sentence in state.sents:
        item = state.item_of.get(sentence.index)
        if item is None or is_question(sentence.text, state.pats):
            continue
        for match in _WRITTEN.finditer(sentence.text):
            # (the ledger as the registry reads it: 住民課長被災者台帳 runs a speaker's title on)
            named = next((m.text for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                          and m.end == match.end("ledger")), match.group("ledger"))
            system = _keeper(state, item, named)
            if system is None:
                continue
            start, end = match.span("data") if match.group("data") else match.span("listed")
            data = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                    and start <= m.start and m.end <= end
                    and not negated(sentence.text, m.end + 2, state.pats)]
            if not data or match.group("data") and negated(sentence.text, match.end() + 2, state.pats):
                continue
            giver = item.department or state.municipality_mention()
            if giver is None:
                continue
            line, quote = sentence.quote()
            state.entity_for(system, *_first_quote(state, system))
            item_flow(state, item, "記載", giver, system, state.category_keys(data, sentence), line, quote,
                      basis="stated", confidence=0.6, _index=sentence.index, _from=giver, _to=system)


def _keeper(state, item, ledger: str):
    """The system of ``item`` named by ``ledger`` and システム (被災者台帳システム), or None."""
    for index in item.sentences:
        for mention in state.mentions.get(index, []):
            if mention.kind == "entity" and mention.type == "system" \
                    and state.label_of(mention) in (f"{ledger}システム", f"{ledger}管理システム"):
                return mention
    return None


def _first_quote(state, mention) -> tuple[int, str]:
    return state.sents[mention.sentence].quote(mention.start, mention.end)
