"""The Japanese NLP models, loaded once per process and only when needed.

The extra ``kg[extract]`` installs them (SudachiPy with its core dictionary,
GiNZA); the rest of ``kg`` never imports them. A missing extra is one clear
:class:`~kg.errors.ExtractError`, not an ImportError.

Example::

    >>> [m.surface() for m in tokenize("志木市の保険年金課")]   # doctest: +SKIP
    ['志木', '市', 'の', '保険', '年金', '課']
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.errors import ExtractError

MISSING = ("the extractor's Japanese NLP models are not installed; "
           "run: pip install 'kg-pdflow[extract]' (or pip install -e '.[extract]')")
#: Sudachi refuses inputs over ~49 KB (bytes of UTF-8); chunks stay well below.
CHUNK_CHARS = 12_000


#: The readers of the extra (HTML, PDF, encodings), checked with the models.
READERS = ("selectolax", "pypdfium2", "charset_normalizer")


@lru_cache(maxsize=1)
def sudachi():
    """Return a SudachiPy tokenizer (core dictionary, split mode C), loaded once.

    Raises ExtractError (one line) when the extra or one of its readers is missing."""
    import importlib.util

    try:
        from sudachipy import dictionary
    except ImportError:
        raise ExtractError(MISSING) from None
    if any(importlib.util.find_spec(name) is None for name in READERS):
        raise ExtractError(MISSING)
    try:
        return dictionary.Dictionary(dict="core").create()
    except Exception as exc:  # a missing dictionary package says so in its own words
        raise ExtractError(f"{MISSING} ({exc})") from None


#: 〇 opening a line or a sentence: a speaker's mark, not a digit.
_MARK_ZERO = re.compile(r"(?:(?<=^)|(?<=[\s。]))〇(?![0-9〇一二三四五六七八九十])")


def tokenize(text: str) -> list:
    """Return Sudachi morphemes of ``text`` (mode C), chunked below Sudachi's input limit.

    Returns ``(begin, end, surface, pos, lemma)`` tuples with offsets into ``text``.
    """
    from sudachipy import tokenizer as _tok

    mode = _tok.Tokenizer.SplitMode.C
    # 〇 (the numeral zero) as a speaker's mark (〇大友委員　印刷業者に…) makes Sudachi read
    # the whole run as one unknown word; as ○, the same length, it is a mark of its own
    text = _MARK_ZERO.sub("○", text)
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):  # cut after a sentence end so no word is split
            cut = max(text.rfind("。", start, end), text.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        for m in sudachi().tokenize(text[start:end], mode):
            out.append((start + m.begin(), start + m.end(), m.surface(), m.part_of_speech(),
                        m.dictionary_form()))
        start = end
    return out


@lru_cache(maxsize=1)
def ginza():
    """Return the GiNZA pipeline with only what the dependency parse needs, loaded once."""
    try:
        import spacy
    except ImportError:
        raise ExtractError(MISSING) from None
    try:
        return spacy.load("ja_ginza", exclude=["ner", "compound_splitter", "bunsetu_recognizer"])
    except (OSError, ImportError) as exc:
        raise ExtractError(f"{MISSING} ({exc})") from None


def available() -> bool:
    """True when the extra is installed (without loading the models)."""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None
               for name in ("sudachipy", "sudachidict_core", "spacy", "ja_ginza"))


def sentence_tokens(sents) -> dict[int, list]:
    """Return the Sudachi tokens of every sentence (by its index, spans within it), from
    one pass over the joined text."""
    joined, starts = [], []
    pos = 0
    for sentence in sents:
        starts.append(pos)
        joined.append(sentence.text)
        pos += len(sentence.text) + 1
    out = {s.index: [] for s in sents}
    for begin, end, surface, tag, lemma in tokenize("\n".join(joined)):
        index = bisect.bisect_right(starts, begin) - 1
        if index < 0 or surface == "\n":
            continue
        base = starts[index]
        if end - base > len(sents[index].text):
            continue
        out[sents[index].index].append((begin - base, end - base, surface, tag, lemma))
    return out
