"""What an entrustment's agenda title says of the work on a system (「図書館システム保守
委託」): the item's contractor (named in its section, else unnamed) maintains (operates)
each system the title names, unless a sentence of the section says it already.

Example::

    >>> title_holdings(state, item, contractor, line, quote)        # doctest: +SKIP
    >>> state.relations[-1]["type"]                                 # doctest: +SKIP
    'maintains'
"""
from __future__ import annotations

import re

from kg.extract.holdings import append

#: Characters that end a system's name before the work word of a compound title.
_NOT_NAME = set("のをにへとがは、・及び()（）「」 ")


def title_holdings(state, item, contractor, line: int, quote: str) -> None:
    """Append the maintenance or operation an entrustment's title states: the item's
    ``contractor`` maintains (operates) each system the title names."""
    heading = state.mentions.get(item.sentence.index, [])
    # (…の標準化に伴うガバメントクラウドへの移行並びに運用保守業務: where the systems go,
    # not a system the work is of)
    systems = [m for m in heading if m.type == "system" and m.kind == "entity"
               and item.span[0] <= m.start < item.span[1]
               and not re.match(r"(?:へ|に)の?(?:移行|移設|移転)", item.sentence.text[m.end:])]
    # (…の移行及び運用保守業務の委託, whose section entrusts it from 令和７年１２月: the
    # upkeep the title names starts with the contract, planned as it is)
    planned = any(r["type"] == "entrusts" and r["object_key"] == state.key(contractor)
                  and r.get("status") == "planned" for r in state.relations)
    for kind, words in state.pats.get("holding_titles", {}).items():
        if "online-connection" in item.kinds and any(
                r["type"] == kind and r["item"] == item.key and r["subject_key"] == state.key(contractor)
                for r in state.relations):
            # (…オンライン資格確認の導入に伴う外部結合及び保守業務の委託 / 生活保護システムの
            # 保守は、Aに委託: the title's system is the one connected to, the section says
            # which A maintains; nc67 W7)
            continue
        if any(word in item.title for word in words):
            # (…システムの保守業務の委託先変更及び医療扶助のオンライン資格確認について: a
            # system named after the work is another topic of the title, not its object; nc76 W3)
            text = item.sentence.text
            before = [m for m in systems if any(text.find(w, m.end, item.span[1]) >= 0 for w in words)]
            for system in before or _compound_system(state, item, words):
                if any(r["type"] == kind and r["subject_key"] == state.key(contractor)
                       and r["object_key"] == state.key(system) for r in state.relations):
                    continue  # a sentence of the section says it already
                append(state, {"item": item.key, "line": line, "quote": quote,
                               "verb": words[0]}, kind, contractor, system, 0.5)
                if planned:
                    state.relations[-1]["status"] = "planned"


def _compound_system(state, item, words) -> list:
    """Return the system that opens a compound title (住基システム保守委託: the noun run
    before the work word ends like a system), registered as a mention; else []."""
    from kg.extract.ruler import Mention, resolve

    text = item.sentence.text
    for word in words:
        at = text.find(word, item.span[0], item.span[1])
        if at < 0:
            continue
        start = at
        while start > item.span[0] and text[start - 1] not in _NOT_NAME:
            start -= 1
        name = text[start:at]
        suffixes = state.pats.get("suffixes", {}).get("system", ())
        if len(name) > 2 and name.endswith(tuple(suffixes)):
            known = resolve(state.lex.lookup(name), state.lex, state.ctx)
            mention = Mention(item.sentence.index, start, at, name, "entity", "system",
                              known.id if known is not None and known.kind == "entity" else None)
            line, quote = item.sentence.quote(start, at)
            state.entity_for(mention, line, quote)
            return [mention]
    return []
