"""How an unnamed party is labelled: by the work its agenda item entrusts, not the whole
title (要介護認定事務における認定調査業務の委託及び…の提供 -> 認定調査業務の受託者（名称不明）).
The cue words live in ``data/extract/patterns.yaml`` (``work_name``).

Example::

    >>> work_of(item, pats)                                       # doctest: +SKIP
    '認定調査業務'
"""
from __future__ import annotations


def work_of(item, pats: dict) -> str:
    """Return the work the item entrusts, for an unnamed party's label: the title
    before its entrustment word and after the setting it opens with; the whole title
    when it has no such word (…の提供について), or when so little would be left.

    >>> work_of(item, pats)                            # doctest: +SKIP
    '認定調査業務'   # of 要介護認定事務における認定調査業務の委託及び…への認定情報の提供
    """
    words = pats.get("work_name", {})
    title = item.title
    cut = min((at for at in (title.find(w) for w in words.get("entrusted", ())) if at >= 4),
              default=len(title))
    work = title[:cut]
    for tail in words.get("trailing", ()):
        if work.endswith(tail) and len(work) - len(tail) >= 4:
            work = work[:-len(tail)]
            break
    generic = tuple(words.get("generic", ()))
    for cue in words.get("generic_after", ()):
        at = work.find(cue)
        if at >= 4 and work.startswith(generic, at + len(cue)):
            return work[:at]
    for setting in words.get("settings", ()):
        at = work.rfind(setting)
        if at >= 0 and len(work) - at - len(setting) >= 4:
            work = work[at + len(setting):]
    return work
