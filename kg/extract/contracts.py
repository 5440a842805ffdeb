"""A table of an item's contractors (委託先一覧): each row names a contractor, its work, the
data it handles and whom it re-entrusts (委託先 | 委託内容 | 取り扱う個人情報 | 再委託先).

A row says the item's department (else the municipality) entrusts the contractor and hands
it the data; a company in the 再委託先 cell is re-entrusted and handed the data in turn,
and 「なし」 there says the contractor re-entrusts no one (forbidden, to no one named).
Like every table row, what it says is not dated: the item's sentences settle when, unless
a 期間 column says (令和７年度で終了: ended; 平成２５年度から, 継続: current).

Example::

    >>> contract_row(state, named, item, index, 38, raw, row_flow)                # doctest: +SKIP
    >>> [r["type"] for r in state.relations[-2:]]                    # doctest: +SKIP
    ['entrusts', 're-entrusts']
"""
from __future__ import annotations

import re
import unicodedata

from kg.extract import permissions, status
from kg.extract.entrustment import ENTRUSTABLE
from kg.extract.titles import unnamed_contractor

#: A 期間 cell that says the contract is over (令和７年度で終了, 終了済み).
_OVER = re.compile(r"(?:終了|満了|廃止)(?:済み?|した|しました)?$")
#: A 再委託先 cell that says there is none.
_NONE = re.compile(r"[\s　]*(?:なし|無し|該当なし|予定なし|しない|行わない|禁止|不可|認めない|－|-|―)[\s　]*")


def contract_row(state, named: dict, item, index: int | None, number: int, raw: str, row_flow) -> None:
    """Append the entrustment, hand-overs and re-entrustment one 委託先一覧 row states
    (``named``: each column's role -> (cell sentence, mentions); ``item`` and ``index``: the
    agenda item and the sentence of the row on line ``number``); ``row_flow`` appends a
    row's flow as :func:`kg.extract.tables._row_flow` does."""
    cell, found = named["recipient"]
    to = next((m for m in found if m.kind == "entity" and m.type in ENTRUSTABLE), None)
    if to is None or item is None:
        return
    data_cell = named.get("data", (None, []))
    data = [m for m in data_cell[1] if m.kind == "category"]
    frm = item.department or state.municipality_mention()
    if frm is None:
        return
    line, quote = number, raw.strip()
    state.entity_for(to, line, cell.quote(to.start, to.end)[1])
    relations, flows = len(state.relations), len(state.flows)
    _rows(state, named, item, index, number, raw, row_flow, to, frm, data, line, quote)
    period = named.get("period", (None, []))[0]
    if period is not None and period.text.strip():
        # (令和７年度で終了: the contract ended, and with it what the row says it was given)
        said = unicodedata.normalize("NFKC", period.text).strip()
        when = "ended" if _OVER.search(said) else status.of(state, said)
        for fact in state.relations[relations:] + state.flows[flows:]:
            fact.update(status=when, _settled=True, _running_row=False)


def _rows(state, named, item, index, number, raw, row_flow, to, frm, data, line, quote) -> None:
    """Append the row's entrustment, its hand-overs and its re-entrustment."""
    base = {"item": item.key, "line": line, "quote": quote, "verb": "表"}
    cats = state.category_keys(data, named["data"][0]) if data else []
    state.relations.append({
        **base, "verb": "委託", "type": "entrusts", "subject": state.label_of(frm), "object": state.label_of(to),
        "subject_key": state.key(frm), "object_key": state.key(to), "subject_id": frm.id, "object_id": to.id,
        "categories": cats, "permission": None, "status": "current", "confidence": 0.7,
        "_settled": False, "_table": True})
    if data:
        row_flow(state, named, item, index, number, raw, to, frm, data, [], False)
    sub_cell, sub_found = named["subcontractor"]
    sub = next((m for m in sub_found if m.kind == "entity" and m.type in ENTRUSTABLE), None)
    if sub is not None:
        state.entity_for(sub, line, sub_cell.quote(sub.start, sub.end)[1])
        permissions.re_entrusts(state, {**base, "verb": "再委託"}, to, sub, None, 0.7)
        state.relations[-1].update(_settled=False, _table=True)
        if data:
            row_flow(state, named, item, index, number, raw, sub, to, data, [], False)
    elif _NONE.fullmatch(sub_cell.text):
        nobody = unnamed_contractor(state, item, "subcontractor", of=to)
        state.entity_for(nobody, line, quote)
        permissions.re_entrusts(state, {**base, "verb": "再委託"}, to, nobody, "forbidden", 0.7)
        state.relations[-1].update(_settled=False, _table=True)
