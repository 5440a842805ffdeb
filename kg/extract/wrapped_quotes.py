"""Quotes of sentences that wrapping spread over lines: each fact's quote gets its
sentence's other lines (``wrapped``), so that a reviewer reads the whole sentence and not
the fragment on the quote's line (日送信いたします。), and a sentence two readings quoted
from two of its lines is one piece of evidence.

Example::

    >>> whole_sentences(state.sents, flows)                          # doctest: +SKIP
    >>> flows[0]["wrapped"]                                          # doctest: +SKIP
    [{'line': 12, 'quote': '…専用回線により毎'}]
"""
from __future__ import annotations


#: A sentence over more lines than this is a paragraph with no full stop, not one that
#: PDF wrapping spread: its other lines are not quoted with it.
WRAPPED_LINES = 4
#: ... unless its lines are short: a narrow column wraps one sentence over more of them.
WRAPPED_CHARS = 160


def whole_sentences(sents, rows: list[dict]) -> None:
    """Give each fact whose sentence PDF wrapping spread over lines the sentence's other
    lines (``wrapped``: line and verbatim text, in order), so that a reviewer reads the
    whole sentence and not the fragment on the quote's line (日送信いたします。)."""
    by_line: dict[int, list] = {}
    for sentence in sents:
        if 1 < len(sentence.pieces) and (len(sentence.pieces) <= WRAPPED_LINES
                                         or len(sentence.text) <= WRAPPED_CHARS):
            for piece in sentence.pieces:
                by_line.setdefault(piece.line, []).append(sentence)
    def whole(quote: dict) -> None:
        for sentence in by_line.get(quote["line"], ()):
            lines = sentence.lines()
            own = next((text for line, text in lines if line == quote["line"] and quote["quote"] in text), None)
            if own is not None:
                # the quote's own line whole too: a clause cut from it, then the other lines
                # whole, would drop the words between (…提出は、[毎月、…を通]／じて、…)
                quote["quote"] = own
                # (not a line of a lone 。 the wrapping left: it says nothing, and a quote
                # is two characters at least)
                quote["wrapped"] = [{"line": line, "quote": text} for line, text in lines
                                    if line != quote["line"] and len(text.strip()) >= 2]
                break

    for row in rows:
        if row.get("verb") == "表":
            continue  # a table's row stands alone: the rows beside it are other facts
        whole(row)
        for also in row.get("also", ()):
            # (…この点検業務を株／式会社ほしづきメディカルに委託: the sentence that names 同社,
            # whole, not from the middle of a word; nc65 U3)
            whole(also)
        if row.get("also"):
            # (one sentence two readings quoted from two of its lines: whole, it is one)
            seen = {_lines_of(row)}
            row["also"] = [a for a in row["also"] if _lines_of(a) not in seen and not seen.add(_lines_of(a))]
            if not row["also"]:
                del row["also"]


def _lines_of(quote: dict) -> frozenset:
    """The lines and their words a quote stands on, its wrapped lines too."""
    return frozenset((q["line"], q["quote"]) for q in [quote, *quote.get("wrapped", ())])
