"""Whom a denial of what data holds is of (…には個人番号は含まれない, 連合会への送付には
個人番号は含めない): of whom the flow it speaks of goes to, never of who sends it.
:mod:`kg.extract.access` calls :func:`holder` for a frame of a containment verb.

Example::

    >>> holder(state, sentence, frame, previous, item, base, ["my-number"], 0.8)  # doctest: +SKIP
    (<Mention 東浜県国民健康保険団体連合会>, ['my-number'])
"""
from __future__ import annotations

from kg.extract import contexts, denied_of, questions, whom
from kg.extract.askers import asked_recipient
from kg.extract.contexts import context_of
from kg.extract.exclusions import append, exclude_each
from kg.extract.speakers import spoken


def holder(state, sentence, frame, previous, item, base: dict, data: list, confidence: float):
    """Return ``(party, data)`` of the one party a containment denial is of, for
    :mod:`kg.extract.access` to read on; or None when it is of no one named, or of several,
    whose exclusions are appended here (…国保連合会に送付する情報にも、日本年金機構とやり取り
    する情報にも、個人番号は含まれておりません: each; 個人番号は含まれるのか。含まれません。:
    each party the item hands data to)."""
    party = (previous.slots.get("recipient") or [None])[-1] if previous is not None else None
    held = denied_of.held_for(state, sentence, frame.start) if data else []
    if len(held) > 1 or held and party is None:
        # (…に送付する情報にも、日本年金機構とやり取りする情報にも: of each one; of a system's
        # runner, in that system: 中間サーバーに登録される副本には…)
        for one, system in held:
            append(state, base, "excluded", one, data, system,
                   context_of(state, sentence, frame, system, item), confidence)
        return None
    # (連合会への送信には…個人番号は含めておりません: of that hand-over only)
    party = party or whom.sent_to(state, sentence, frame) or (
        None if questions.of_notice(state, sentence) else asked_recipient(state, sentence))
    asked = questions.contents(state, sentence) if party is None or not data else []
    if party is not None:
        # 児童相談所に提供する情報に、個人番号は含まれるのですか。含まれません。: of
        # that party, the data the question names
        return party, data or asked
    # 個人番号は含まれるのか。含まれません。(or 個人番号は含まれません。): not in what
    # the item hands anyone
    # (支給情報には個人番号は含まれておりません: in the context of that data, not of
    # all the item hands on: its 資格情報 hold the number)
    exclude_each(state, base, whom.item_recipients(state, item, sentence.index) if asked else (),
                 data or asked, sentence, frame, item, confidence,
                 qualified=contexts.holder(spoken(state, sentence)))
    return None
