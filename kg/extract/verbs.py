"""Which words of a sentence are the verbs of the patterns (提供, 送付, 委託, 閲覧 ...):
the frames a sentence's names then fill (``relations.fill``). A verbal noun inside a
longer noun (聴取内容, 委託事業者) is none; 提出を受ける makes the subject receive,
提出してもらう makes the one asked give.

Example::

    >>> [f.verb for f in verbs_in(text, tokens, pats)]              # doctest: +SKIP
    ['提供']
"""
from __future__ import annotations

import re

from kg.extract.denial import denial_at, negated
from kg.extract.relations import Frame

#: 提出を受ける, 提供を受託者より受けている: a flow noun whose data the subject receives
#: 提出してもらう, 送付していただく, 提出させる: the one asked (に/へ) gives the data
_ASKED = re.compile(r"(?:(?:し|い)?て(?:もら|いただ|頂)|させ)")
#: 照会し, 照会する, 照会を行い: an inquiry made (not 照会が来る, 照会に応じて).
_INQUIRES = re.compile(r"(?:し|する|して|します|いたし|を行|を実施|により|によって)")
#: 報告を求める, 提出を依頼: the verbal noun before is asked for.
REQUESTED = re.compile(r"を(?:求め|依頼|要請|要求)")
_RECEIVED = re.compile(r"を(?:受け|[^、。]{1,12}?(?:から|より)受け)")
#: The viewings of a year counted by who made them (閲覧は、政党等によるものが５件).
_VIEWINGS = re.compile(r"によるもの(?:が|は)[0-9]+件")
#: Just before 行わせる, the subcontractor the work is given to (再委託先に行わせる).
_TO_SUB = re.compile(r"再委託先(?:等)?に[^、。]{0,8}$")


#: After a flow noun, that it is a thing named, the end of a list or a copula
#: (問診票の回答でございます, 調査票の回答及び…).
_THING_SAID = re.compile(r"(?:でございます|です|である|であり|、|及び|並びに|等|など|。|$)")


#: After a noun that may be a verb, a work done on it as a thing (通知の印刷, 通知書の作成).
_WORK_ON = re.compile(r"の(?:印刷|作成|発送|封入|封緘|文案|様式|宛名)")


def verbs_in(text: str, tokens: list, pats: dict) -> list[Frame]:
    """Return a frame for each verb of the patterns in the sentence (token offsets)."""
    verbs = pats["verbs"]
    frames = []
    if any(re.search(said, text) for said in pats.get("papers_say", ())):
        # 資料２の２ページに、…受託者に渡す項目の対照表を載せております: what a paper of the
        # meeting shows, no hand-over of its own (nc67 W22)
        return frames
    for number, (begin, end, surface, pos, lemma) in enumerate(tokens):
        kind = verbs.get(lemma) or verbs.get(surface)
        if number + 1 < len(tokens) and tokens[number + 1][4] in ("せる", "させる"):
            # 知らせる reads as 知る + せる: the causative form is the verb of the patterns
            # (知らせる, to tell, before 知る, to know)
            joined = lemma[:-1] + "らせる" if lemma.endswith("る") else None
            if joined and verbs.get(joined):
                kind, lemma = verbs[joined], joined  # the frame stays on 知ら: the parse hangs the names there
        if kind is None and lemma == "行う" and number + 1 < len(tokens) \
                and tokens[number + 1][4] in ("せる", "させる") and _TO_SUB.search(text, 0, begin):
            # …の差出しを、市の事前の承認を得て再委託先に行わせる: the work is re-entrusted
            kind, lemma = "re-entrust", "再委託"
        if kind is None and surface == "目" and number + 2 < len(tokens) and tokens[number + 1][2] == "に" \
                and tokens[number + 2][4] in ("する", "触れる"):
            # 目にする, 目に触れる: seeing, in three tokens
            lemma = "目に" + tokens[number + 2][4]
            kind, end = verbs.get(lemma), tokens[number + 2][1]
        if kind is None:
            continue
        if kind == "access" and text[:begin].endswith(tuple(pats.get("not_access_before", ()))):
            continue  # 面談した内容は個人情報として扱い: how it is treated, not who sees it
        if pos[0] == "名詞" and "サ変" not in ",".join(pos) and not lemma.startswith("目に") and surface not in pats.get("verb_nouns", ()):
            continue
        if pos[0] == "名詞" and text.startswith("で", end) and not text.startswith(("では", "でき"), end) \
                and kind == "flow" and any(tokens[n][4] in verbs and "、" not in text[end:tokens[n][0]]
                                           for n in range(number + 1, min(len(tokens), number + 6))):
            continue  # 郵送で受け取っている, 郵送で市に返送: how the next verb goes, no verb of its own
        if pos[0] == "名詞" and kind == "flow" and _OR_WAY.match(text, end):
            continue  # 郵送又は町の電子申請システムにより提出する: one of the ways, no verb of its own
        if kind == "flow" and _MANNER.match(text, end) and any(
                verbs.get(tokens[n][4]) == "flow" for n in range(number + 1, min(len(tokens), number + 6))):
            continue  # CD-Rに記録して職員が持参する方法で提供して: how the next verb goes
        if pos[0] == "名詞" and _in_compound(tokens, number) \
                and not _paired_works(tokens, number, verbs, pats.get("work_nouns_after", ())) \
                and not (kind == "flow" and tokens[number + 1][2] in COUNTS):
            continue  # 聴取内容, 提供依頼, 委託事業者: a noun inside a longer noun is no verb
        if kind == "entrust" and text[max(0, begin - 1):begin] == "再":  # 再 + 委託 as two tokens
            kind, begin = "re-entrust", begin - 1
        shown = kind == "access" and (text.startswith(("させ", "さし", "に供"), end)  # (閲覧に供した)
                                      # 令和６年の閲覧は、政党等によるものが５件: the viewings counted
                                      or text.startswith("は、", end) and _VIEWINGS.search(text, end) is not None)
        if shown:
            kind = "flow"  # 政党に対し、選挙人名簿抄本を閲覧させております: shown to them
        received = _RECEIVED.match(text, end) if kind == "flow" else None
        if received:
            # 名簿の提出を受託者より受けている: the subject receives, and the frame
            # stands at 受け so that the provider before it fills its slot
            kind, begin, end = "receive", received.end() - 2, received.end()
        # 取扱状況の報告を求める, 名簿の提出を依頼する: asked of the one named, as above
        asked = kind == "flow" and not shown and (_ASKED.match(text, end) is not None or (
            pos[0] == "名詞" and REQUESTED.match(text, end) is not None)
            # 市区町村に対し、所得情報を照会し: who is asked answers with the data
            or lemma in pats.get("inquiries", ()) and _INQUIRES.match(text, end) is not None)
        if pos[0] == "名詞" and text.startswith(("の際", "の時", "のとき", "の都度", "のたび"), end):
            continue  # 照会の際に…氏名…を相手方に示す, 申請の都度: when it is done, not what is done
        if pos[0] == "名詞" and kind == "flow" and _WORK_ON.match(text, end):
            continue  # 再委託先には、通知の印刷に必要な氏名…を渡し: the notice, a thing worked on (nc71 W13)
        if pos[0] == "名詞" and kind == "flow" and _THING_SAID.match(text, end) \
                and re.search(r"[\u4e00-\u9fff\u30a0-\u30ff]の$", text[:begin]):
            continue  # …及び問診票の回答でございます: the answers, a thing listed, no act
        frame = Frame(lemma if lemma in verbs else surface, "receive" if asked else kind, begin, end,
                      taken=bool(received), asked=asked, shown=shown)
        frame.negated = negated(text, end, pats)
        # (市民税課への照会にも個人番号は使用いたしません: the act the next verb's denial is of)
        frame.topic = pos[0] == "名詞" and text.startswith("にも", end)
        if frame.verb in (*pats.get("containment_verbs", ()), *pats.get("denial_only_verbs", ())) \
                and not frame.negated:
            # 個人番号を含む被保険者資格情報, 氏名を記載した名簿: what the data holds, no verb
            # of its own
            continue
        frames.append(frame)
    for frame, following in zip(frames, frames[1:]):
        # 氏名のみを渡し、個人番号は渡さない: the denial is the later verb's, not this one's
        at = denial_at(text, frame.end, pats) if frame.negated else None
        if at is not None and following.start <= at:
            frame.negated = False
        if frame.topic and following.negated and "、" not in text[frame.end:following.start]:
            frame.negated = True
    return frames


def _paired_works(tokens: list, number: int, verbs: dict, after=()) -> bool:
    """True when the noun token ``number`` and the one next to it are two works on a
    system (運用保守, 保守運用: each is the verb of its own relationship), or the work and a
    noun ``after`` that keeps it the work (運用管理)."""
    works = ("operate", "maintain", "host")
    if verbs.get(tokens[number][4]) not in works:
        return False
    if number + 1 < len(tokens) and tokens[number + 1][4] in after and tokens[number + 1][0] == tokens[number][1]:
        return True
    return any(0 <= n < len(tokens) and verbs.get(tokens[n][4]) in works and n != number
               and (tokens[n][0] == tokens[number][1] or tokens[n][1] == tokens[number][0])
               for n in (number - 1, number + 1))


#: After a verb's noun, that it is one of the ways the next verb goes (郵送又は…システムにより).
_OR_WAY = re.compile(r"(?:又は|または|若しくは|もしくは)[^、。]{1,20}?(?:により|によって|で|を通じて|を利用して)(?:、)?")
#: After a verb, that it is the way of the next one (持参する方法で提供, 郵送する形で).
_MANNER = re.compile(r"(?:する|した|される|して)?(?:方法|方式|形|形式|手順)(?:で|により|にて|によって)")
#: After a verb's noun, a count of the acts (提供件数, 照会実績): they were done.
COUNTS = ("件数", "実績")


def _in_compound(tokens: list, number: int) -> bool:
    """True when the noun token ``number`` is followed, with no gap, by another noun."""
    if number + 1 >= len(tokens):
        return False
    after = tokens[number + 1]
    if after[0] == tokens[number][1] and after[3][0] in ("名詞", "接尾辞") \
            and after[3][1] != "数詞" and after[2] not in ("等", "など"):
        return True
    # 結果通知には: the head of a compound noun, not 媒体連携をする
    before = tokens[number - 1] if number else None
    return before is not None and before[1] == tokens[number][0] and before[3][0] == "名詞" \
        and after[2] in ("に", "は", "が", "の", "も")
