"""GiNZA's dependency parse, run only on candidate sentences, to attach names to verbs.

GiNZA parses about 1.5 K characters a second on one core: too slow for whole
minutes, fast enough for the few sentences with a provision verb and two
typed names. Each sentence is cut to a window that ends just after its last
verb (at most :data:`WINDOW` characters), parsed in one batch per document.

Example::

    >>> attach_all([("市は受託者に個人番号を提供し、受託者は再委託先に委託する。", frames, mentions)])  # doctest: +SKIP
    [{0: 7, 11: 25}]
"""
from __future__ import annotations

from kg.extract import nlp

#: Longest stretch of a sentence given to the parser.
WINDOW = 200


def attach_all(candidates: list[tuple[str, list, list]]) -> list[dict[int, int]]:
    """For each ``(text, frames, mentions)`` return {mention start: start of its verb}."""
    if not candidates:
        return []
    windows = []
    for text, frames, _ in candidates:
        end = min(len(text), max(f.end for f in frames) + 6)
        start = max(0, end - WINDOW)
        windows.append((start, text[start:end]))
    docs = nlp.ginza().pipe([w for _, w in windows], batch_size=32)
    out = []
    for (offset, _), doc, (_, frames, mentions) in zip(windows, docs, candidates):
        out.append(_attach(doc, offset, frames, mentions))
    return out


def _attach(doc, offset: int, frames: list, mentions: list) -> dict[int, int]:
    by_char = {}
    for token in doc:
        for pos in range(token.idx, token.idx + len(token.text)):
            by_char[pos + offset] = token
    verb_tokens = {}
    for frame in frames:
        token = by_char.get(frame.end - 1)  # the verb's own token (再 of 再委託 stands apart)
        if token is not None:
            verb_tokens[token.i] = frame.start
    result = {}
    for mention in mentions:
        tokens = {by_char[p].i: by_char[p] for p in range(mention.start, mention.end) if p in by_char}
        if not tokens:
            continue
        # the head of the name: its last token (a Japanese noun phrase ends with its head;
        # the parse of a long compound name can hang an inner token elsewhere)
        head = tokens[max(tokens)]
        seen = 0
        node, came = head, None
        while seen < 30:
            if node.i in verb_tokens and node.i not in tokens and not _passive_relative(node, came):
                result[mention.start] = verb_tokens[node.i]
                break
            if node.head.i == node.i:
                break
            node, came = node.head, node
            seen += 1
    return result


def _passive_relative(verb, child) -> bool:
    """True when ``verb`` is passive and qualifies a noun, and ``child`` is marked by が:
    what is passive is the noun, so the が goes on to a verb after it (機構の職員が送受信
    されるデータの内容を閲覧することはできない: the staff would see, nothing they send;
    nc71 M11)."""
    return child is not None and verb.dep_.startswith("acl") and child.dep_.startswith("nsubj") \
        and any(c.dep_ == "aux" and c.lemma_ in ("れる", "られる") for c in verb.children) \
        and any(c.dep_ == "case" and c.text == "が" for c in child.children)
