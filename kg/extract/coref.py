"""Coreference the minutes rely on: definitions, the prefecture's short forms, anaphora.

* ``（以下「J-LIS」という。）`` makes the short name stand for the name before it;
* 国保連合会, 国保連, 連合会 stand for the federation of the document's
  prefecture (東京都国民健康保険団体連合会 in a Tokyo text);
* 本システム, 当該システム stand for the last system of the agenda item
  (resolved by the pipeline, which knows the items).

Example::

    >>> sorted(anaphora({"anaphora": {"system": ["本システム"]}}, "system"))
    ['本システム']
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract.ruler import DocContext, Mention, resolve


def anaphora(pats: dict, kind: str) -> set[str]:
    """Normalised words that point back to the last named thing of ``kind``."""
    return {normalise(w) for w in pats.get("anaphora", {}).get(kind, ())}


def prefecture_forms(ctx: DocContext, lex) -> None:
    """Let the prefecture's short forms stand for its bodies (when the prefecture is known)."""
    if not ctx.prefecture:
        return
    for short, pattern in lex.patterns.get("prefecture_forms", {}).items():
        label = pattern.format(prefecture=ctx.prefecture)
        if "{" in pattern and not label.startswith(ctx.prefecture):
            continue
        if "{" not in pattern and not label.startswith(ctx.prefecture):
            continue  # 都国保連 means Tokyo's federation, and only in a Tokyo text
        target = resolve(lex.lookup(label), lex, ctx)
        mention = Mention(-1, 0, 0, label, "entity", "public-body",
                          target.id if target else None, how="alias")
        mention.label = label
        ctx.add_alias(short, mention)


def definitions(text: str, mentions: list[Mention], ctx: DocContext, pats: dict) -> None:
    """Record the document's own short names: （以下「端末」という。） after a name."""
    form = pats.get("definition")
    if not form:
        return
    for match in re.finditer(form, text):
        before = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= 2]
        if not before:
            continue
        named = before[-1]
        short = match.group("short")
        if normalise(short) == normalise(named.text):
            continue
        ref = Mention(-1, 0, 0, named.text, named.kind, named.type, named.id, named.role,
                      named.new, "alias")
        ref.label = getattr(named, "label", named.text)
        ctx.add_alias(short, ref)
