"""Which department an agenda item belongs to, and so who gives what its sentences leave
without a giver: the one its heading names, else the one said to be in charge of it, else
the one whose head explains it, else the first one its section names.

Example::

    >>> in_charge.item_department(state, item).text                     # doctest: +SKIP
    '介護保険課'
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract.speakers import speaker_of

#: After a department, its head as a label in brackets (担当課の説明（まちづくり課長）).
_HEAD_LABEL = re.compile(r"長[)）]")
#: After a department, that it is in charge of the item's work (…が所管する, …の所管).
_IN_CHARGE = re.compile(r"(?:が所管する|が所管している|の所管する|の所管|が担当する|が担当している|が主管する)")
#: A head's words that present the item (○児童相談所長　諮問第十一号について御説明申し上げます).
_EXPLAINS = re.compile(r"(?:御|ご)?説明(?:を)?(?:申し上げ|いたし|致し|し)")
#: What the explaining head's office may be: the municipality's own departments and the
#: bodies it runs (児童相談所, 保健所).
_OWN_KINDS = ("department", "public-body")


#: After a department in an item's heading, that it is what the item is done to or at
#: (市立学校への…設置, 各学校における…).
_TARGET = re.compile(r"(?:への|に対する|における|での|を対象と)")


def item_department(state, item):
    """Return the mention of the item's department, or None: named in its heading, else
    said to be in charge of it (諮問第１号は、住民福祉課が所管する…), else the office of
    the head who explains it, else the first department its first sentences name."""
    piece = item.sentence.piece_at(item.span[0])  # its own line: a listing names others
    line_end = piece.start + len(piece.offsets)
    # (not 市立学校への防犯カメラの設置: the place the item is about, a school, not its office)
    heading = [m for m in state.mentions.get(item.sentence.index, [])
               if m.type == "department" and piece.start <= m.start < line_end
               and not _TARGET.match(item.sentence.text, m.end)]
    near = [m for m in heading if m.start >= item.span[1] - 2][:1] or heading[:1]
    if not near:
        # 担当課の説明（まちづくり課長）: the head the item's own section says explains it, where
        # its heading is met again after the agenda's list (the meeting's opening, which
        # follows the list, names another: nc68 W12)
        section = own_section(state, item)
        near = [m for index in section[:6] for m in state.mentions.get(index, []) if m.type == "department"
                and m.how != "anaphora" and _HEAD_LABEL.match(state.sents[index].text, m.end)][:1]
    if not near:
        # 諮問第１号は、住民福祉課が所管する…: the one said to be in charge, whoever speaks
        near = [m for index in item.sentences[:6] for m in state.mentions.get(index, [])
                if m.type == "department" and m.how != "anaphora"
                and _IN_CHARGE.match(state.sents[index].text, m.end)][:1]
    if not near:
        near = _explainer(state, item)
    if not near:
        near = _called_or_first_head(state, item)
    if not near:
        for index in item.sentences[:6]:
            # (not 担当課から説明を: a word that points back names no department)
            near = [m for m in state.mentions.get(index, []) if m.type == "department"
                    and m.how != "anaphora" and not _TARGET.match(state.sents[index].text, m.end)][:1]
            if near:
                break
    return near[0] if near else None


def own_section(state, item) -> list[int]:
    """The sentences of ``item`` from where its heading is met again (the agenda's list,
    which the meeting's opening follows, then the section; nc68 W12: the opening's 総務課長
    was taken for the item's department), else ``[]``."""
    title = normalise(item.title)
    # (not a table row's title cell, the line after its number's: the heading itself)
    after = item.sentence.pieces[-1].line + 1
    starts = [i for i in range(1, len(item.sentences)) if title in normalise(state.sents[item.sentences[i]].text)
              and state.sents[item.sentences[i]].line > after]
    return item.sentences[starts[-1]:] if starts else []


def _explainer(state, item) -> list:
    """[the office of the head who presents the item], or []: ○児童相談所長　諮問第十一号に
    ついて御説明申し上げます makes the 児童相談所 the giver of what it then describes,
    not the 市立小中学校 its first sentences also name."""
    for index in item.sentences[:4]:
        if not _EXPLAINS.search(state.sents[index].text):
            continue
        label = normalise(speaker_of(state, index))
        if not label.endswith("長"):
            continue
        for at in item.sentences[:6]:
            found = [m for m in state.mentions.get(at, []) if m.type in _OWN_KINDS
                     and m.how != "anaphora" and normalise(m.text) == label[:-1]]
            if found:
                return found[:1]
    return []


#: After a department, that the chair asks it to explain (障害福祉課から説明をお願いします).
_CALLED = re.compile(r"(?:から|より|に)、?(?:御|ご)?説明(?:を)?(?:お願い|願い|求め)")
#: The chair asks the council's secretariat to present the item.
_SECRETARIAT_CALLED = re.compile(r"事務局(?:から|より|に)、?(?:御|ご)?(?:説明|報告)")
#: A speaker's title that is no department's head (会長, 委員長, 副会長, 議長).
_CHAIRS = ("会長", "委員長", "議長", "委員")


def _called_or_first_head(state, item) -> list:
    """[the department the chair asks to explain the item (議題１、諮問第５号について、障害
    福祉課から説明をお願いします), else that of the first department head to speak in its
    own section (◇市民課長　市民課でございます。)], or []: not the secretariat that opened
    the meeting, nor the first department the head's list of attendees names (nc69 W17)."""
    section = own_section(state, item)
    start = section[0] if section else None
    window = ([start - 1] if start else []) + (section or item.sentences)[:6]
    for index in window:
        text = state.sents[index].text
        found = [m for m in state.mentions.get(index, []) if m.type == "department" and m.how != "anaphora"
                 and _CALLED.match(text, m.end)]
        if found:
            return found[:1]
    if any(_SECRETARIAT_CALLED.search(state.sents[index].text) for index in window):
        return []  # (まず事務局から説明をお願いします: the secretariat presents, for another's work)
    for index in section[:6]:  # (a listed item with no section of its own: the talk may be another's)
        # (its own label, or a line that is one: not a speaker some sentences back, who may
        # be the last item's)
        label = normalise(speaker_of(state, index, reach=1))
        if not label.endswith("長") or label.endswith(_CHAIRS):
            continue
        named = [m for at in item.sentences for m in state.mentions.get(at, []) if m.type == "department"
                 and m.how != "anaphora" and label[:-1].endswith(normalise(m.text))]
        if named:
            return [max(named, key=lambda m: len(m.text))]  # (教育総務課長: not 総務課)
    return []


def speakers_department(state, item, index: int):
    """The department of the head who says sentence ``index`` (○市民課長　…), when the
    item's heading names it among the departments the item is shared by (…について（情報
    政策課・市民課・税務課）), else None: the giver an answer leaves unsaid is the speaker's
    own department, not the first one of the heading."""
    label = normalise(speaker_of(state, index)).strip("()")
    if not label.endswith("長") or item is None:
        return None
    return next((m for m in state.mentions.get(item.sentence.index, []) if m.kind == "entity"
                 and m.type == "department" and normalise(m.text) == label[:-1]), None) or next(
        # （税務課長）…給与支払報告書のデータを事業者から受け取っている: the department its
        # head's label names (not a section's: 保険年金課国保係長 speaks for 保険年金課)
        (m for m in state.mentions.get(index, []) if m.kind == "entity" and m.type == "department"
         and label.endswith("課長") and normalise(m.text) == label[:-1] and m.start < 12), None)
