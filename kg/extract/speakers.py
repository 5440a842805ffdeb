"""Who says a sentence, and what they say: a speaker's label that opens it (○福祉総務課長,
【三輪委員】, （委員） on a line of its own), a question's or an answer's mark (問　, 答　),
and whether the sentence asks.

Example::

    >>> spoken(state, state.sents[12])                                # doctest: +SKIP
    '被保険者資格情報には個人番号が含まれます。'
    >>> is_question("受託者は個人番号を見ることができるのですか。", lex.patterns)  # doctest: +SKIP
    True
"""
from __future__ import annotations

import re


def speaker(text: str, mention, pats: dict) -> bool:
    """True when ``mention`` opens the sentence as the speaker's label (○福祉総務課長　…)."""
    titles = sorted(pats.get("titles", ()), key=len, reverse=True)
    # (健康福祉課：データの受渡しは…: a department's name alone, then the colon)
    # (〇波多野保険年金課主査　…: a surname before the department)
    return mention.kind == "entity" and _BEFORE_LABEL.fullmatch(text, 0, mention.start) is not None \
        and text.startswith((*titles, ":", "："), mention.end)


#: Before a speaker's department: a mark, and perhaps a surname (○, 〇波多野).
_BEFORE_LABEL = re.compile(r"[○◯〇◎◇◆ 　(（【［\[]*(?:(?<=[○◯〇◎◇◆])[一-龥ぁ-ん]{1,4})?")


#: A speaker's name with the post in brackets and a colon (長尾　真澄（住民保険課長）：…).
_NAMED_POST = re.compile(r"[^、。:：「」()（）\s]{1,12}[(（][^()（）、。]{1,16}[)）][:：]")


#: A speaker's label in lenticular brackets that opens a sentence (【三輪委員】).
_BRACKETED_LABEL = re.compile(r"[【［\[〔〈《][^】］\]〕〉》。、]{1,24}[】］\]〕〉》]")  # (〔事務局長〕, 〈料金係長〉 too)


def spoken(state, sentence) -> str:
    """The sentence's text after its speaker's label (福祉総務課長 of ○福祉総務課長　はい、…)
    and after a question's or an answer's mark that opens a line there (（住民課長）／答　…)."""
    titles = sorted(state.pats.get("titles", ()), key=len, reverse=True)
    label = next((m for m in state.mentions.get(sentence.index, [])
                  if speaker(sentence.text, m, state.pats)), None)
    if label is None:
        # 【杉浦委員】…, 【こども家庭センター所長】ございません。: a label in brackets
        bracketed = _BRACKETED_LABEL.match(sentence.text) or _label_line(sentence) \
            or _NAMED_POST.match(sentence.text)
        start = bracketed.end() if bracketed else _marked_label_end(sentence, titles)
        rest = sentence.text[start:].lstrip("　 ")
    else:
        title = next((t for t in titles if sentence.text.startswith(t, label.end)), "")
        rest = sentence.text[label.end + len(title):].lstrip(":：　 )）】］]")
    at = len(sentence.text) - len(rest)
    if rest and qa_mark(sentence, at):
        return rest[1:].lstrip("　 ")  # 答　本照会では…: the answer's words
    return rest


def _marked_label_end(sentence, titles: list) -> int:
    """Where a speaker's label that opens ``sentence`` with a mark ends: at the first space
    after it, when what stands before the space ends with a title (◇課税課市民税係長　　本業務の…,
    a label the ruler reads no department in: nc71 U7); else 0."""
    if not sentence.text.startswith(_MARKS):
        return 0
    end = min((g for g in sentence.gaps if 1 < g <= _LABEL_MOST), default=0)
    label = sentence.text[1:end]
    return end if label and label.endswith(tuple(titles)) and not re.search(r"[、。？?「」]", label) else 0


#: The marks a speaker's label opens with, and how long a label may be.
_MARKS = tuple("○◯〇◎◇◆")
_LABEL_MOST = 24


#: A speaker's label in round brackets on a line of its own (（委員）, then 問　… below).
_ROUND_LABEL = re.compile(r"[(（][^()（）。、]{1,24}[)）]")


def _label_line(sentence):
    """The match of a speaker's label in round brackets that fills the sentence's first
    line, or None: (1) before a title on its line is a number, not a label."""
    found = _ROUND_LABEL.match(sentence.text)
    first = sentence.pieces[0] if sentence.pieces else None
    if found is None or first is None or len(sentence.pieces) < 2 \
            or sentence.pieces[1].start != found.end():
        return None
    return found


def qa_mark(sentence, at: int = 0) -> str | None:
    """The mark of minutes written as questions and answers that opens ``sentence`` (or
    its text from ``at``, where a line starts) on its line (問　…のか。／答　…ございません。:
    問 or 答), else None; 答申 is no mark."""
    piece = next((p for p in sentence.pieces if p.start == at), None)
    found = _QA_MARK.match(piece.raw) if piece is not None and piece.offsets else None
    return found.group(1) if found and piece.offsets[0] == found.start(1) else None


#: A question's or an answer's mark at the start of a line, a space after it.
_QA_MARK = re.compile(r"[ \u3000]*(問|答|Ｑ|Ａ|Q|A)[ \u3000]+")


def said_before(state, index: int) -> int:
    """Return the index of the sentence said before sentence ``index``, past any that is
    only a speaker's label (保険年金課長, 堀之内委員 in a table cell of their own); -1 when
    there is none.

    Example::

        >>> state.sents[said_before(state, 36)].text                  # doctest: +SKIP
        '本市の国民健康保険システムの保守はどこが行っているのですか。'
    """
    titles = tuple(state.pats.get("titles", ()))
    index -= 1
    while index >= 0 and len(text := state.sents[index].text.strip(" 　○◯〇◇◆:：")) <= 20 \
            and text.endswith(titles) and not re.search(r"[、。？?]", text):
        index -= 1
    return index


def said_after(state, index: int) -> int:
    """Return the index of the sentence said after sentence ``index``, past any that is
    only a speaker's label (学校教育課学務係長 on a line of its own); len(sents) when none."""
    titles = tuple(state.pats.get("titles", ()))
    index += 1
    while index < len(state.sents) and label_only(state.sents[index].text, titles):
        index += 1
    return index


#: A council member's or chair's label opening a sentence (○水野委員, ○委員長, 会長：).
_MEMBER = re.compile(r"[○◯〇][\s　]*([\u4e00-\u9fff]{0,5}?(?:副委員長|委員長|委員|副会長|会長))(?![\u4e00-\u9fff])"
                     r"|[\s　]*([\u4e00-\u9fff]{0,5}?(?:副委員長|委員長|委員|副会長|会長))[\s　:：]")


def speaker_of(state, index: int, reach: int = 12) -> str:
    """The label of who says sentence ``index``: its own opening label, else the nearest
    sentence before it that is only a label ('' when none is near): 野村委員 of
    再委託先が決まっていないのに承認することはできないと思います."""
    titles = tuple(state.pats.get("titles", ()))
    for at in range(index, max(-1, index - reach), -1):
        sentence = state.sents[at]
        words = spoken(state, sentence)
        if words != sentence.text:
            return sentence.text[:len(sentence.text) - len(words)].strip(" 　○◯〇◇◆:：")
        member = _MEMBER.match(sentence.text)
        if member is not None:  # ○水野委員　…: a member named by surname, no party the ruler reads
            return member.group(1) or member.group(2)
        if label_only(sentence.text, titles):
            return sentence.text.strip(" 　○◯〇◇◆:：()（）")
    return ""


def by_member(state, index: int) -> bool:
    """True when sentence ``index`` opens with a council member's or the chair's label, or
    follows one that fills its line (浅利委員 ファクシミリの誤送信は心配です。: a member's
    worry, not how anything is done)."""
    sentence = state.sents[index]
    own = _MEMBER_LABEL.match(sentence.text)
    if own is not None and (own.end() in sentence.gaps or _AFTER_LABEL.match(sentence.text, own.end())):
        return True
    # (（委員）, then the words on the next line)
    before = state.sents[index - 1].text.strip() if index > 0 else ""
    return label_only(before, tuple(state.pats.get("titles", ()))) \
        and _MEMBER_LABEL.fullmatch(before.strip("○◯〇:：")) is not None


#: A member's or the chair's label (○水野委員, 浅利委員, （委員）, 会長), and what follows one.
_MEMBER_LABEL = re.compile(r"[○◯〇]?[\s　(（【]*[\u4e00-\u9fff]{0,5}?(?:副委員長|委員長|委員|副会長|会長)[)）】]?")
_AFTER_LABEL = re.compile(r"[\s　:：]")


def label_only(text: str, titles: tuple) -> bool:
    """True when ``text`` is only a speaker's label (保険年金課長, ○堀之内委員 on a line of
    its own)."""
    text = text.strip(" 　○◯〇◇◆:：()（）")
    return len(text) <= 20 and text.endswith(titles) and not re.search(r"[、。？?]", text)


def is_question(text: str, pats: dict) -> bool:
    """True when the sentence asks (…のか。), or reports a question and not its answer
    (委員から、…見られるのかとの質問があった)."""
    if any(q in text for q in pats.get("reported_questions", ())) and \
            not any(a in text for a in pats.get("reported_answers", ())):
        return True
    if pats.get("terse_question") and re.match(pats["terse_question"], text.strip()):
        return True
    plain = text.rstrip().rstrip("。")  # (教えていただきたい。: a long cue before its 。)
    return any(text.rstrip().endswith(q) or q in text[-6:] or len(q) >= 4 and plain.endswith(q)
               for q in pats["questions"])


def restated(state, sentence, clause: str) -> bool:
    """True when ``clause`` (after a verb) ends a member's restatement of what was said
    (再委託先の北稜印刷ですが、健診結果は渡さないとのことでした): the statement it restates is
    the fact, not this."""
    if not any(cue in clause for cue in state.pats.get("restatements", ())):
        return False
    return speaker_of(state, sentence.index).endswith(("委員", "会長", "委員長"))
