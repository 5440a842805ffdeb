"""Tell whether a flow verb's clause names what moves by a word no category matches.

A clause that names its own object (申請書の内容を…入力する, 欠席の状況や様子を、月1回、
…報告している) moves that data, not the data the sentence before named; the flow then
carries personal information without a narrower category rather than borrowed ones.
A clause naming no data at all carries what the sentences just before name (a bare
名簿 or 台帳: :mod:`kg.extract.rosters`).

Example::

    >>> unknown_object(state, sentence, frame)                  # doctest: +SKIP
    True
"""
from __future__ import annotations

import re

from kg.extract.denial import negated
from kg.extract.relations import left_out
from kg.extract.speakers import spoken
from kg.extract.ways import frequency

#: How many sentences back the data they name still carries over to a flow naming none.
CARRY = 2
#: A clause that a て/し chain goes on from (記入し、…提出する).
_CHAINED = re.compile(r"(?:し|して|て|で|り)$")
#: What a pointing word (内容, 写し) is of, just before it: 申請書の内容.
_OWNER = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{2,})の$")
#: After a person the data is about: their information (受給者情報, 対象者の個人情報).
_PERSONS = re.compile(r"(?:の)?(?:個人)?(?:情報|データ)(?:を|が)")
_OBJECT = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{2,})(?:の(?:データ|情報|記録))?(?:[（(][^（）()。]{0,40}[）)])?"
                     r"(?:を|が|について、)")  # (振替結果データ（振替済み…の結果）を: a note between)
#: A sentence's topic set off by a comma (認定結果は、).
_TOPIC = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ff]{2,})は、")
#: A clause of a word or two with no particle (月1回, 随時, 現在): said of the verb after.
_ADVERBIAL = re.compile(r"[^、。をにへでがはと]{1,6}")


def unknown_object(state, sentence, frame) -> bool:
    """True when the verb's clause names what moves by a word no category matches
    (KDBシステムから対象者の一覧を受け取り, 支払実績のデータが…返ってくる): that data, not
    the sentence before's, moves."""
    text = sentence.text
    start = max(text.rfind("、", 0, frame.start), text.rfind("。", 0, frame.start), 0)
    while start > 0 and text[start] == "、":
        # 欠席の状況や気様子を、月1回、こども家庭課に報告: how often stands between the
        # object and its verb, in the verb's own clause
        before = max(text.rfind("、", 0, start), text.rfind("。", 0, start), 0)
        if not _ADVERBIAL.fullmatch(text, before + 1 if before else 0, start) \
                and frequency(state.pats, text[before:start]) is None:
            break
        start = before
    clause = start
    if start > 0 and text[start] == "、" and (text[start - 1] == "を" or text.endswith("について", 0, start)):
        # 欠席の状況や様子を、…報告, 援助方針について、…通知される: the object the comma
        # sets off is the verb's own
        clause = max(text.rfind("、", 0, start), text.rfind("。", 0, start), 0)
    while start > 0 and text[start] == "、" and (text[start - 1] == "を" or text.endswith(
            "について", 0, start) or _CHAINED.search(text, 0, start)) and not _OBJECT.search(text, start, frame.start):
        # 申請書の内容を、…システムに入力する; 調査結果を調査票に記入し、市へ提出する: the
        # object stands before the comma, in the clause the verb's chain goes on from
        start = max(text.rfind("、", 0, start - 1), text.rfind("。", 0, start - 1), 0)
    taken = [(m.start, m.end) for m in state.mentions.get(sentence.index, [])]
    # 資料を, データを, 当該情報を point back at the data named before
    pointing = tuple(state.pats.get("generic_data", ())) + tuple(state.pats.get("pointing_data", ()))
    # an object of a clause before (メールを使って、…やり取りを行う) is the data only when it
    # reads as a record (調査結果, 申請書), or as data it names (…から副本データを抽出し、…に
    # 登録; nc72 W2)
    records = tuple(state.pats.get("new_category_endings", ())) + ("結果",)

    # 受給者情報を, 対象者のデータを: the information of the people the data is about
    persons = [m for m in state.mentions.get(sentence.index, []) if m.type == "data-subject"]

    def unknown(begin: int, word: str) -> bool:
        if text.endswith(demonstratives, 0, begin):
            return False  # その結果を: the results named before
        if any(m.start == begin and _PERSONS.match(text, m.end) for m in persons):
            return begin >= clause
        return not any(s <= begin < e for s, e in taken) and not points_back(word) \
            and (begin >= clause or word.endswith(records + ("データ",)))

    def points_back(word: str) -> bool:
        # データを, 当該データを point back; 差分データを names data of its own
        end = next((p for p in pointing if word.endswith(p)), None)
        return end is not None and (word == end or word[:-len(end)] in prefixes)

    prefixes = set(state.pats.get("pointing_prefixes", ()))
    demonstratives = tuple(state.pats.get("pointing_demonstratives", ()))

    topic = _TOPIC.match(text, len(text) - len(spoken(state, sentence)))
    if topic and topic.end() <= frame.start and topic.group(1).endswith(records) \
            and not any(s <= topic.start(1) < e for s, e in taken):
        return True  # 認定結果は、…事業所に書面で通知しております: the topic is what goes
    if any(word in text[start:frame.start] for word in state.pats.get("made_from", ())):
        return False  # そのデータをもとに…振替請求データを送信: made from the data before
    for match in _OBJECT.finditer(text, start, frame.start):
        if unknown(match.start(1), match.group(1)):
            return True
        owner = _OWNER.search(text, start, match.start(1))
        if owner and unknown(owner.start(1), owner.group(1)):
            return True  # 申請書の内容を: the contents of a paper no category names
    return False


#: After a name, that what follows is said of it (住民記録については、…).
TOPIC_AFTER = r"(?:については|に関しては|につきましては)、?"
_TOPIC_AFTER = re.compile(TOPIC_AFTER)


def heads_a_list(sentence, mention, mentions) -> bool:
    """True when a data name only heads the list after it (住民記録については氏名、生年月日…):
    a topic the data named next belong to, no data of its own."""
    topic = _TOPIC_AFTER.match(sentence.text, mention.end)
    return topic is not None and any(m.kind == "category" and 0 <= m.start - topic.end() <= 2 for m in mentions)


def recent_categories(state, index: int, giver: str | None = None, taker: str | None = None) -> list[str]:
    """Return the categories of the nearest of the last :data:`CARRY` sentences before
    ``index`` that names some (same item, denied ones left out, and those a sentence
    keeps from the party keyed ``giver`` or from the one keyed ``taker``)."""
    item = state.item_of.get(index)
    keys = []
    kept: set[str] = set()
    for back in range(index - 1, max(-1, index - CARRY - 1), -1):
        sentence = state.sents[back]
        if state.item_of.get(back) is not item or _SECTION.fullmatch(sentence.text.strip()):
            break  # (第２　諮問の概要: a new section, the data before it is another's)
        # (病状や保護費の支給額に関する情報は、社会福祉協議会には提供しない: what the
        # sentence keeps from the giver, however far its verb, the giver cannot pass on)
        # (再委託先も個人番号を扱うのですか。／…再委託先が個人番号を閲覧することはできません。
        # イメージデータは、…再委託先へ…送信: what is kept from it nearer the flow is not
        # carried from the question further back either)
        kept |= {key for a in state.access if a.get("_sentence") == back and a["type"] == "excluded"
                 and a["party_key"] in (giver, taker) for key in a["categories"]}
        # (受講者の職歴等の不要な個人情報は提供しない。…希望しているのかという情報は、…受託者が
        # 聴取する: what the receiver is not given, it does not collect in the next sentence)
        # (就労支援のために病状の情報が必要…との質問があり、…病状に関する情報は…市からは
        # 提供しない: the data a sentence denies handing on, wherever else it names it)
        denied = {key for mention in state.mentions.get(back, []) if mention.kind == "category"
                  and denied_topic(state, sentence, mention)
                  for key in state.category_keys([mention], sentence)}
        named = [m for m in state.mentions.get(back, []) if m.kind == "category"]
        # (…の預貯金について金融機関に照会…。照会文書を…金融機関に郵送: what the inquiry asks
        # about comes back from the banks, it is not what the letter takes to them)
        asked = {id(m) for m, party in asked_about(state, sentence) if party is not None and party == taker}
        for mention in state.mentions.get(back, []):
            if mention.kind != "category" or id(mention) in asked \
                    or negated(sentence.text, mention.end + 2, state.pats) \
                    or heads_a_list(sentence, mention, state.mentions.get(back, [])) \
                    or left_out(sentence.text, mention, named, state.pats) \
                    or USED_AS_KEY.match(sentence.text, mention.end):
                continue  # (この照会には保護者の個人番号を用います: a key used, not carried on; nc69 W1)
            for key in state.category_keys([mention], sentence):
                if key not in keys and key not in kept and key not in denied:
                    keys.append(key)
        if keys:
            break
    return keys


#: After a data name, that an inquiry asks about it (預貯金について金融機関に照会): not
#: …については、 (a topic the sentence says more of).
_ASKED_ABOUT = re.compile(r"(?:について|に関して|につき)(?![はも])")


def asked_about(state, sentence) -> list[tuple]:
    """Return ``(data mention, key of the party asked or None)`` for each data an inquiry
    of the sentence asks about (保護の申請者及び被保護者の預貯金について金融機関に照会を行う):
    what the asked party answers with, not what is sent to it."""
    verbs = [at for v in state.pats.get("inquiries", ()) if (at := sentence.text.find(v)) >= 0]
    if not verbs:
        return []
    at = min(verbs)
    mentions = state.mentions.get(sentence.index, [])
    asked = next((m for m in mentions if m.kind == "entity" and m.end <= at
                  and sentence.text.startswith(("に", "へ"), m.end)), None)
    return [(m, state.key(asked) if asked is not None else None) for m in mentions
            if m.kind == "category" and m.end <= at and _ASKED_ABOUT.match(sentence.text, m.end)]


def denied_topic(state, sentence, mention) -> bool:
    """True when the sentence makes the data ``mention`` names its topic and then denies
    handing it on, however far the verb (病状に関する情報は本人から直接聴取することとし、
    市からは提供しない): data no later sentence can be taken to move."""
    if not _DATA_TOPIC.match(sentence.text, mention.end):
        return False
    moves = [v for v, kind in state.pats["verbs"].items() if kind == "flow" and _KANJI.fullmatch(v)]
    return any(negated(sentence.text, mention.end + at.end(), state.pats)
               for at in re.finditer("|".join(map(re.escape, moves)) or "$^", sentence.text[mention.end:]))


#: After a data name, that it is the sentence's topic (病状に関する情報は, 個人番号については).
_DATA_TOPIC = re.compile(r"(?:に関する|に係る|の)?(?:情報|データ)?(?:については|は)")
_KANJI = re.compile(r"[一-龥]+")


#: A section heading of a written opinion (第２　諮問の概要, ３　附帯意見): no sentence.
#: After a data word, that it is used as a key (個人番号を用います) or names a kind of work
#: (個人番号利用事務), not what moves next.
USED_AS_KEY = re.compile(r"を(?:用い|利用し|使用し|使い|使っ)|利用事務")
_SECTION = re.compile(r"(?:第[0-9０-９一二三四五六七八九十]{1,2}|[0-9０-９]{1,2}[.．、]?)[\s　]*[^。、]{2,20}")


def restated(state, sentence, frame, pair: tuple, cats: list, unknown: str) -> list:
    """The data of the hand-over (item, giver, recipient) ``pair`` said before, for one the
    sentence speaks of again naming no data (児童相談所への提供は、…必要であり: not the tax
    data the sentence before names), else ``cats``; not when the sentence points back at
    the data before (その結果を…)."""
    if not cats and frame.slots.get("channel"):
        # 回線の障害が長引く場合には、…記録媒体を書留郵便で同社に送付することがございます:
        # what goes to that party, another way
        return next((list(f["categories"]) for f in reversed(state.flows) if f["item"] == pair[0]
                     and f["to_key"] == pair[2] and f.get("_index", sentence.index) < sentence.index), cats)
    if not cats or re.search(r"その|これ|当該", sentence.text[:frame.start]):
        return cats
    return next((list(f["categories"]) for f in reversed(state.flows)
                 if (f["item"], f["from_key"], f["to_key"]) == pair and f["categories"] != [unknown]), cats)


#: After a flow verb, the noun a sentence then lists (提供する情報は、…): an elaboration.
ELABORATION = re.compile(r"[ぁ-ん]{1,5}(?:特定)?(?:個人)?(?:情報|項目|データ|内容)(?:は|の項目は)")


def list_end(sentence, frame, end: int) -> int:
    """Where the quote of a verb whose data a list names next ends: the sentence's end,
    past the list's last item when no data word names it (提供する項目は、氏名、…連絡先、
    避難支援等を必要とする理由でございます), else ``end``. A sentence PDF wrapping spread
    keeps ``end``: it is quoted whole line by line already."""
    if not ELABORATION.match(sentence.text, frame.end) or len(sentence.pieces) != 1:
        return end
    stop = sentence.text.find("。", end - 1)
    return stop + 1 if stop >= 0 else len(sentence.text)


def listed_after(state, sentence, frame) -> list:
    """The data mentions a sentence lists after its verb to say what it moves (委託先に提供
    する個人情報は、被保険者の氏名、生年月日…です: those, not 個人情報), or ``[]``."""
    said = ELABORATION.match(sentence.text, frame.end)
    if said is None or not frame.slots.get("recipient"):
        return []
    # (…に提供するデータは氏名を削除したものであり: not 氏名)
    left_out = tuple(state.pats.get("left_out_after", ()))
    return [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
            and m.start >= said.end() and not negated(sentence.text, m.end + 2, state.pats)
            and not sentence.text[m.end:m.end + 8].lstrip("等").startswith(left_out)]


#: The same paper as one handed over before (同じ認定調査依頼書の写しが渡されます).
_SAME_PAPER = re.compile(r"同じ(?P<paper>[^、。をがはにの]{2,16}?)(?:の(?:写し|複写|コピー))?(?:が|を|は|も)")


def same_paper(state, sentence, frame, item: str | None) -> list[str]:
    """The data of the flow before in ``item`` whose quotes name the paper the sentence says
    goes again (再委託先には協会から同じ認定調査依頼書の写しが渡されます: what the 依頼書
    held), or ``[]``."""
    said = _SAME_PAPER.search(sentence.text, 0, frame.start)
    if said is None:
        return []
    paper = said.group("paper")
    return next((list(f["categories"]) for f in reversed(state.flows)
                 if f["item"] == item and f.get("_index", sentence.index) < sentence.index
                 and any(paper in q["quote"] for q in [f, *f.get("also", ())])), [])


def deposited(state, sentence, frame) -> bool:
    """True when the verb leaves a medium the sentence names in another's keeping (週に１回
    磁気テープに複製し、外部の保管業者に預けておりました): it holds the item's data, named
    or not."""
    return frame.verb in state.pats.get("deposit_verbs", ()) and any(
        m.kind == "channel" for m in state.mentions.get(sentence.index, []) if m.end <= frame.start)


def unspecified(state, sentence) -> str:
    """Return the key of personal information without a narrower category, registered
    with the flow's sentence as its quote when the minutes never name it."""
    from kg.extract.ruler import Mention

    mention = Mention(sentence.index, 0, len(sentence.text), sentence.text, "category", None,
                      "personal-information")
    line, quote = sentence.quote()
    return state.category_for(mention, line, quote)["key"]


def as_titled(state, sentence, data: list[str], item) -> list[str]:
    """``data``, or personal information when each of its keys is a word no category knows
    that the item's title names (…への受給者情報の提供: 受給者情報 is all the item hands on,
    not a category of its own that no answer about the item's data would show)."""
    if data and item is not None and all(k.startswith("new:") and k[4:] in item.title for k in data):
        return [unspecified(state, sentence)]
    return data


#: A verb closing a relative clause (…連合会へ送付していた高額療養費の支給情報を): the data
#: named right after it is what that clause moved.
_RELATIVE = re.compile(r"(?:する|した|している|していた|してきた|しておる|される|された|されている|されていた)")
#: Between the words of one noun phrase of data (高額療養費の支給情報, 氏名及び住所).
_JOINS = ("の", "、", "及び", "並びに", "と", "や")
#: After a flow verb, a generic data word it describes (送るデータを, 提供する情報は).
_GENERIC_HEAD = re.compile(r"(?:する|した|している|していた|される|された)?(?:データ|情報|個人情報|資料)(?:を|は|が|も)")


def relative_head(state, sentence, frame) -> list:
    """The category mentions a flow verb's relative clause describes, when its frame names
    no data of its own (これまで週１回、電子媒体で連合会へ送付していた高額療養費の支給情報を、
    …: the 支給情報 went to 連合会, not the data the sentence before named), else [].

    >>> relative_head(state, sentence, frame)                    # doctest: +SKIP
    [Mention(text='高額療養費'), Mention(text='支給情報')]
    """
    if frame.slots.get("categories") or frame.kind != "flow" or frame.negated:
        return []
    ending = _RELATIVE.match(sentence.text, frame.end)
    if ending is None:
        return []
    at, head = ending.end(), []
    found = sorted((m for m in state.mentions.get(sentence.index, []) if m.start >= at),
                   key=lambda m: m.start)
    for m in found:
        gap = sentence.text[at:m.start]
        if m.start < at or gap and (gap not in _JOINS or not head):
            break
        if m.kind != "category":
            return []  # (…した住民保険課の職員: not data)
        head.append(m)
        at = m.end
    return head if head and sentence.text.startswith(("を", "は", "が", "も"), at) else []


def relative_clause(state, sentence, frame) -> None:
    """Give a flow verb's frame the data its relative clause describes (:func:`relative_head`)
    and, when it names no giver, the item's own side as the giver (not the party the
    sentence before handed its data to)."""
    head = relative_head(state, sentence, frame)
    own = state.provider_default(sentence.index) or state.municipality_mention()
    topics = [m for m in frame.slots.get("subject", []) if not sentence.text.startswith("が", m.end)]
    if not head and frame.kind == "flow" and _GENERIC_HEAD.match(sentence.text, frame.end) \
            and own is not None and topics and not frame.slots.get("provider") \
            and "、" in sentence.text[topics[-1].end:frame.start]:
        # 受託者はこの伝送には関与せず、国保連合会に送るデータを見ることもできない: the data
        # the item's own side sends, not the topic's (no が of its own in the clause)
        frame.slots["subject"] = [m for m in frame.slots["subject"] if m not in topics] or [own]
        return
    if not head:
        return
    frame.slots["categories"] = head
    if own is not None and not frame.slots.get("subject") and not frame.slots.get("provider"):
        frame.slots["subject"] = [own]


#: The data a migration moves, named as such (移行データは, 移行する情報を).
_MOVED = re.compile(r"移行(?:する|対象の|対象となる|した)?(?:データ|情報)(?:は|を|について)")


def moved_data(state, sentence, frame, item_key) -> list[str]:
    """The data the item's migration moves (…に移行する情報は、受給者の氏名…), for a clause
    that hands over the migrated data by that name (移行データは…株式会社Aに受け渡します),
    else []."""
    if not _MOVED.search(sentence.text, 0, frame.start):
        return []
    moving = tuple(state.pats.get("moving_verbs", ()))
    return next((list(f["categories"]) for f in reversed(state.flows) if f["item"] == item_key
                 and f.get("verb", "").startswith(moving) and f["categories"]), [])


#: After a flow verb, what it moves set off as the answer (再委託先に渡りますのは、…氏名、
#: 住所、税額等に限られ; 送付するのは、…受診券のみ).
_CLEFT = re.compile(r"(?:ます|ている|ております)?のは、?(?P<what>[^。]*?)等?"
                    r"(?:に限られ|に限り|に限ります|に限定され|のみ|だけ|でございます|です|である)")


def cleft_data(state, sentence, frame) -> list[str]:
    """Return the data a sentence names as what the flow verb moves, set off after のは
    (再委託先に渡りますのは、…氏名、住所、税額等に限られ、個人番号は渡りません: 氏名, 住所,
    所得・税情報); [] where it says none."""
    cleft = _CLEFT.match(sentence.text, frame.end)
    if cleft is None:
        return []
    named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
             and cleft.start("what") <= m.start < cleft.end("what")]
    return state.category_keys(named, sentence)
