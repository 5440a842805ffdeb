"""What the council decided on each agenda item: the outcome cues of its section, and a
sentence that names items by number with their outcomes (議題１は報告として了承し、議題２は
承認した), which is more precise than the section's cues.

Example::

    >>> of_item(item, sentences, pats)                              # doctest: +SKIP
    'approved'
"""
from __future__ import annotations

import re
import unicodedata

#: An approval or a choice that is no decision on the item: a condition, a requirement,
#: a contractor chosen.
_NOT_DECIDED = re.compile(r"(?:書面で|書面により|事前に|あらかじめ|の)承認|承認(?:した場合|を得|が必要|を受け|する場合|を要|しない|済み)"
                          r"|に決定|決定(?:後|次第|し次第|され次第|した後|の上)")  # (協力会社については、決定後に…報告: nc73 W9)

#: Before an approval, the condition it is given on (…を条件として, …を条件に承認, 次の条件を
#: 付して適当と認める).
_CONDITION = re.compile("を条件[とに]|条件を付し|条件付き|を附帯意見として|附帯意見を付")
#: After the sentence that approves, the conditions it is given (…適当であると認める。ただし、
#: 実施に当たっては、次の事項を遵守されたい。): approved on them.
_PROVISO = re.compile(r"[^。]{0,30}。\s*た\s*だ\s*し、[^。]*?(?:遵守|留意|条件|附帯意見|報告すること|されたい|求める)")


#: An approval of all but a part (…の部分を除き、原案のとおり承認).
_BUT_A_PART = re.compile(r"(?:を除き|を除いて|を除く部分|以外(?:の部分)?は)、?[^。]*?(?:承認|了承|適当)")


def of_item(item, sentences: list, pats: dict) -> str:
    """The outcome the cues of ``outcomes`` in the item's section say (the one that ends
    last), ``noted`` for a report, else ``unknown``."""
    # (市が書面で承認した場合に限り, 受託者は株式会社Aに決定しております: no decision of the council)
    decided = assented(sentences, pats)
    text = "".join(_NOT_DECIDED.sub("", decided.get(i, sentences[i].text)) for i in item.sentences[:400])
    if item.type == "report":
        return "noted"
    # the outcome whose cue ends last (前回継続審議となった本件は…承認された: approved), the
    # longer of two that end together (不可とする, not 可とする)
    found = [(text.rfind(c) + len(c), len(c), outcome) for outcome, cues in pats.get("outcomes", {}).items()
             for c in cues if c in text]
    if not found:
        return "unknown"
    end, size, outcome = max(found)
    # (報告として了承された: the cue that opens an overlap says more than 了承された inside it)
    end, size, outcome = min((f for f in found if f[0] - f[1] < end - size < f[0]),
                             key=lambda f: f[0] - f[1], default=(end, size, outcome))
    # …報告することを条件として、原案のとおり適当と答申: approved, on that condition
    said = text[:end].rsplit("。", 1)[-1]
    conditioned = _CONDITION.search(said) or _PROVISO.match(text, end)
    if outcome == "continued" and _BUT_A_PART.search(said):
        # (…は、リモート保守の部分を除き、原案のとおり承認することとし、リモート保守の可否は
        # 継続審議とします: approved, but for the part still to be weighed)
        return "approved-with-conditions"
    return "approved-with-conditions" if outcome == "approved" and conditioned else outcome


def assented(sentences: list, pats: dict) -> dict[int, str]:
    """The sentences that put an outcome to the council and were assented to, read as the
    decision: ``{index: text}`` with the question's ending as ``とする``.

    議題１については了承としてよろしいでしょうか。 / 異議なし。 → 議題１については了承とする。
    Without an assent next (after a speaker's label) it stays a question.
    """
    asks, yes = pats.get("put_to_council", ()), pats.get("assent", ())
    out = {}
    for i, sentence in enumerate(sentences):
        ask = next((a for a in asks if a in sentence.text), None)
        for later in sentences[i + 1:i + 4] if ask else ():
            if any(y in later.text for y in yes):
                out[i] = sentence.text.replace(ask, "とする")
            if any(y in later.text for y in yes) or len(later.text.strip()) > _LABEL:
                break  # (the assent answers only the question just before it)
    return out


_LABEL = 12  # characters: a speaker's label such as （委員） between question and assent


#: An item named by its kind and number in a sentence of outcomes (議題１は, 諮問第9号は).
_NAMED = re.compile(r"(議題|議事|議案|案件|諮問|報告)第?\s*[(（]?\s*([0-9０-９]{1,3})\s*[)）]?号?")
#: The item type a kind word names (議題 names any).
_KINDS = {"諮問": "consultation", "議案": "consultation", "報告": "report"}


def by_number(items: dict, sentences: list, pats: dict) -> None:
    """Set the outcome of each item a clause names by number with an outcome cue
    (議題１は報告として了承し、議題２は承認した: noted, approved), over its section's."""
    cues = [(outcome, c) for table in ("outcomes", "outcomes_named")
            for outcome, words in pats.get(table, {}).items() for c in words]
    decided = assented(sentences, pats)
    numbered = {}
    for item in items.values():
        if item.number is not None:
            numbered.setdefault(unicodedata.normalize("NFKC", item.number), []).append(item)
    asks = pats.get("put_to_council", ())
    for i, sentence in enumerate(sentences):
        if i not in decided and any(a in sentence.text for a in asks):
            continue  # (…は了承としてよろしいでしょうか, nobody answering: a question)
        for clause in re.split(r"[、。]", decided.get(i, sentence.text)):
            named = [(_KINDS.get(m.group(1)), unicodedata.normalize("NFKC", m.group(2)))
                     for m in _NAMED.finditer(clause)]
            said = [(clause.rfind(c) + len(c), len(c), outcome) for outcome, c in cues if c in clause]
            if not named or not said or _NOT_DECIDED.search(clause):
                continue
            outcome = max(said)[2]
            if outcome == "approved" and _CONDITION.search(clause):
                outcome = "approved-with-conditions"  # …の報告を条件として承認
            if outcome == "continued" and ("一部承認" in clause or _BUT_A_PART.search(clause)):
                outcome = "approved-with-conditions"  # 議事（１）　一部承認（…の可否は継続審議）
            for kind, number in named:
                for item in numbered.get(number, ()):
                    # (報告第1号は了承された: the report, not 諮問第1号)
                    if kind in (None, item.type) and (item.type != "report" or outcome != "approved"):
                        item.outcome = outcome


#: A sentence that announces the conditions listed after it (次の条件を付して承認, 次の事項を
#: 遵守されたい).
_LISTED_NEXT = re.compile(r"次の(?:条件|事項|附帯意見|[一二三四五六七八九十0-9０-９]点)")
#: A line that opens with a list's mark, by kind (（１）, (2); ア, イ; １; 条件　…, 条件：…;
#: 「１　…こと。」 or 「…こと。」, the chair reading each out in quotes; 一点目は…こと、二点目は…).
_MARKED = re.compile(r"[\s　]*(?:(?P<paren>[(（][0-9０-９]{1,2}[)）])|(?P<kana>[アイウエオカキクケコ][\s　])"
                     r"|(?P<number>[0-9０-９]{1,2}[\s　.．])|(?P<word>(?:条件|附帯意見)[0-9０-９]*[\s　:：])|(?P<quoted>「)"
                     r"|(?P<point>[一二三四五六七八九十0-9０-９]点目(?:は|として|に|、)))")
#: In the sentence that approves, the condition said before its word (…報告することを附帯意見
#: として, …を条件として).
_SAID_CONDITION = re.compile(r"[^、。]{4,80}?(?:こと)?を(?:附帯意見|条件)(?:として|に|と)")


def _as_written(sentence) -> str:
    """The line a sentence opens with, as written from where the sentence starts: its
    spaces kept (the sentence's text has lost them, ア　…), past the margin's number (22
    （「異議なし」の声あり）: no list's mark, nc71 W17), from inside the line where the
    sentence starts there (…承認することとしたい。一点目は…: nc72 W15)."""
    piece = sentence.pieces[0] if sentence.pieces else None
    if piece is None:
        return ""
    before = piece.shown[:piece.offsets[0] - piece.margin] if piece.offsets else ""
    return piece.raw[piece.offsets[0]:] if before.strip() else piece.shown


def conditions(item, sentences: list) -> list[int]:
    """Return the indexes of the item's sentences that state the conditions of its
    approval: the marked lines after 次の条件を付して承認 (（１）…の再委託は、…に限り認める),
    else the approving sentence that says its condition (…を附帯意見として、適当と答申)."""
    out: list[int] = []
    kind = None  # (the marks of the list: （１）…（３）, not the next section's ２　審議の経過)
    for index in item.sentences:
        if out:
            raw = _as_written(sentences[index])
            mark = _MARKED.match(raw)
            if mark and kind in (None, mark.lastgroup) or len(out) > 1 and raw[:1] in (" ", "\u3000", "\t"):
                kind = kind or (mark.lastgroup if mark else None)
                out.append(index)  # (a marked line, or one indented under it)
                continue
            break
        if _LISTED_NEXT.search(sentences[index].text):
            out.append(index)
    if len(out) > 1:
        return out[1:]
    return [i for i in item.sentences if _SAID_CONDITION.search(sentences[i].text)][-1:]
