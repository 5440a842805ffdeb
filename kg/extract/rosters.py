"""Which list a bare 名簿 or 台帳 stands for: the one its agenda item named in full before
(避難行動要支援者名簿 … 名簿を閲覧する, 消防団への名簿の貸出し).

Example::

    >>> named_list(state, sentence, frame)                       # doctest: +SKIP
    ['evacuation-support-roster']
"""
from __future__ import annotations

import re


#: A bare word for a list of people as the clause's object or subject (名簿を, 名簿の全員分を,
#: 名簿が渡る, 名簿及び個別避難計画のデータは).
_BARE_LIST = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])(名簿|台帳)(?:(?:及び|並びに|と|や)[^、。をはが]{1,12}?)?"
                        r"(?:の[^、。をはが]{0,8})?(?:を|は|が)")


#: Right before a verb's noun, a bare list as what it acts on (名簿の貸出し).
_LIST_OF_ACT = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])(名簿|台帳)の$")


def named_list(state, sentence, frame) -> list[str]:
    """The category of the list a bare 名簿 or 台帳 before the verb stands for: the one the
    item named in full before (避難行動要支援者名簿 … 名簿を閲覧する), or ``[]``."""
    start = max(sentence.text.rfind("。", 0, frame.start), 0)
    # (名簿の管理者を記載した誓約書を提出: the list's keeper, a person, not the list)
    keepers = tuple(state.pats.get("list_keepers", ()))
    bare = [m.group(1) for m in _BARE_LIST.finditer(sentence.text, start, frame.start)
            if not (keepers and sentence.text.startswith(tuple("の" + k for k in keepers), m.end(1)))]
    # (消防団への名簿の貸出しは: the list whose hand-over the verb's noun names)
    # (not in a denial: 名簿の送付は、電子メールではなく、…手渡し denies a way, not the list)
    of_act = None if frame.negated else _LIST_OF_ACT.search(sentence.text, start, frame.start)
    bare += [of_act.group(1)] if of_act else []
    return full_list(state, sentence.index, bare[-1]) if bare else []


def full_list(state, at: int, word: str) -> list[str]:
    """The category of the list the bare ``word`` (名簿, 台帳) in sentence ``at`` stands for:
    the one its item named in full up to there, or ``[]``."""
    item = state.item_of.get(at)
    if item is None:
        return []
    for index in sorted((i for i in item.sentences if i <= at), reverse=True):
        for mention in reversed(state.mentions.get(index, [])):
            if mention.kind == "category" and mention.text.endswith(word) and len(mention.text) > len(word):
                return state.category_keys([mention], state.sents[index])
    return []
