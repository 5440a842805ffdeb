"""Papers about the work that a verb moves instead of anyone's data: a certificate of
deletion, a written estimate, an impact assessment (``not_data`` in
``data/extract/patterns.yaml``), or a copy of one the sentence before named.

Example::

    >>> paper_object(state, sentence, frame)                         # doctest: +SKIP
    True
"""
from __future__ import annotations

import re


#: A copy of what the sentence before named (その写しを, その控えを).
_COPY = re.compile(r"(?:その|これの|当該)(?:写し|控え|コピー)(?:を|は)")


def paper_object(state, sentence, frame) -> bool:
    """True when the verb's own object, just before it, is a paper about the work (…全データ
    は、…消去し、町に消去証明書を提出させる: the certificate goes, not the data the
    sentence's topic names)."""
    papers = state.pats.get("not_data", ())
    before = sentence.text[max(0, frame.start - 16):frame.start]
    if any(re.search(re.escape(p) + r"(?:の写し)?を[^、。を]{0,4}$", before) for p in papers):
        return True
    # (全項目評価書を再実施し、…意見募集を行ったうえで、…委員会に提出する: the paper the
    # sentence's chain took up, no data named since; nc74 W1)
    taken = [m for p in papers for m in re.finditer(re.escape(p) + "を", sentence.text[:frame.start])]
    return bool(taken) and not any(m.kind == "category" and taken[-1].end() <= m.start < frame.start
                                   for m in state.mentions.get(sentence.index, []))


def copy_of_paper(state, sentence, frame) -> bool:
    """True when the verb's object is a copy of a paper about the work the sentence before
    names (…消去証明書を連合会に提出いたします。連合会は、その写しを町に提出いたします)."""
    if not _COPY.search(sentence.text, 0, frame.start) or sentence.index == 0:
        return False
    before = state.sents[sentence.index - 1].text
    return any(word in before for word in state.pats.get("not_data", ()))
