"""Lists: the items of a list of data that the registry does not know, the items
listed on the lines after a sentence (:func:`listed_after`), which names of a
sentence a list joins (:func:`joined`, :func:`coordinated`, :func:`between`, and the
givers of one verb, :func:`givers`), and the examples a broader name stands for
(:func:`examples_for`).

Minutes list the data a party gets: 氏名、住所、勤務先名、個人番号を渡す. The
registry knows 氏名, 住所 and 個人番号; 勤務先名 has no ending that marks a new
data name (…情報, …番号). Yet an item of a list whose other items are data is
data too: it is proposed as a new category, for the reviewer to map or accept,
instead of being dropped from the flow.

An item is a short noun written without kana (勤務先名, 学年・組), joined to a
known data name by 、・及び; it never overlaps another name (a party, a system),
and it is never a word the patterns say names no data.

Example::

    >>> [m.text for m in unknown_items(0, "氏名、勤務先名及び個人番号を渡す。", found, pats)]  # doctest: +SKIP
    ['氏名', '勤務先名', '個人番号']
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract.ruler import Mention

#: What joins the items of a list.
_JOIN = r"(?:、|・|及び|並びに|又は|または|や)"
#: An item: a short noun without kana, brackets or a sentence end; or two such joined by
#: の (保護の種類, 世帯の状況).
_NOUN = r"[^、・，,。「」『』()（）ぁ-ゖ\s]"
_ITEM = rf"(?:{_NOUN}{{1,6}}の(?!(?:データ|情報)(?:を|は|が|も)))?{_NOUN}{{2,10}}"
_BETWEEN = re.compile(rf"{_JOIN}((?:{_ITEM}{_JOIN})+)")
#: After を or が, a clause that makes the item part of a longer name (避難支援を必要とする
#: 理由, …等を必要とする理由でございます, 避難支援が必要な理由).
_CLAUSE = (r"[^、。]{1,8}?(?:する|した|される|ある|いる|ない|な)(?:[\u4e00-\u9fff]{1,4}(?:等|など)?"
           r"(?:$|、|。|及び|並びに|で(?:ございます|す|ある)|です)|(?:理由|事由|事項|内容|状況))")
#: After the last item: a particle, 等, the copula, a count (受診状況の三つ, …の3項目), a
#: generic word for all of them (…要介護度のデータを), or the end of a table's cell.
_END = (r"(?:等|など)?(?:を(?!" + _CLAUSE + r")|は|が(?!" + _CLAUSE + r")|も|である|です|でございます|でございまして|。|$"
        r"|の(?:データ|情報)(?:を|は|が|も)"
        r"|の[0-9一二三四五六七八九十]+(?:つ|項目|点))")
_AFTER = re.compile(rf"{_JOIN}((?:{_ITEM}{_JOIN})*{_ITEM})(?={_END})")
#: One item of a list (the shortest run before a join or the list's end: 保険料額 of 保険料額及び).
_PIECE = re.compile(rf"{_ITEM}?(?={_JOIN}|{_END})")


def unknown_items(index: int, text: str, found: list[Mention], pats: dict) -> list[Mention]:
    """Return ``found`` with the unknown items of each list of data names in sentence
    ``index`` added as new categories (``how="list"``), in the order of the text."""
    cats = sorted((m for m in found if m.kind == "category"), key=lambda m: m.start)
    if not cats:
        return found
    taken = [(m.start, m.end) for m in found]
    added: list[Mention] = []

    def add(start: int, end: int) -> bool:
        while text[start:end].endswith(("等", "など")) and end - start > 2:
            end -= 1 if text[end - 1] == "等" else 2  # 聴取内容等: the plural mark is no part of it
        name = text[start:end]
        if not _may_be_data(name, pats) or any(s < end and start < e for s, e in taken):
            return False
        added.append(Mention(index, start, end, name, "category", None, None, None, True,
                             "list"))
        taken.append((start, end))
        return True

    for one, other in zip(cats, cats[1:]):
        match = _BETWEEN.fullmatch(text, one.end, other.start)
        if match:
            pieces = _pieces(text, match.start(1), match.end(1))
            if all(_may_be_data(text[s:e], pats) and not _shared_head(text[s:e], pats)
                   and not any(a < e and s < b for a, b in taken) for s, e in pieces):
                for start, end in pieces:
                    add(start, end)
    tail = _AFTER.match(text, cats[-1].end)
    if tail and not any(_shared_head(text[s:e], pats) for s, e in _pieces(text, tail.start(1), tail.end(1))):
        for piece in _pieces(text, tail.start(1), tail.end(1)):
            if not add(*piece):
                break
    return found + added if added else found


#: A word character of a name: a learned data name must not stand inside a longer word.
_WORD = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9]")


def learned_items(index: int, text: str, found: list[Mention], learned: set[str]) -> list[Mention]:
    """Return ``found`` with the data names an earlier list of the minutes taught
    (``learned``: 寄附額 of 氏名、住所及び寄附額を提供) added where this sentence names them
    alone (寄附額は渡しません), not inside a longer word."""
    taken = [(m.start, m.end) for m in found]
    added = []
    for name in sorted(learned, key=len, reverse=True):
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            opens = _SPEAKER.fullmatch(text, 0, start) is not None  # (○学校教育課長　認定区分は)
            if (start and _WORD.match(text[start - 1]) and not opens) or (end < len(text) and _WORD.match(text[end])) \
                    or any(s < end and start < e for s, e in taken):
                continue
            added.append(Mention(index, start, end, name, "category", None, None, None, True, "list"))
            taken.append((start, end))
    return sorted(found + added, key=lambda m: m.start) if added else found


#: A speaker's mark and label that open a sentence (○学校教育課長).
_SPEAKER = re.compile(r"[○◯〇][^、。○◯〇]{1,16}?(?:長|委員|事務局|担当)")

#: A bullet that starts a line of a list: ・, -, ○, ①, (1), 1.
_BULLET = re.compile(r"^(?:[・\-‐―○●◯■□▪◆◇※]|[①-⑳]|[(（]?[0-9０-９]{1,2}[)）.．]|[ア-ン][.．)）])\s*")


#: A sentence that is only a list of names (氏名、住所、生年月日及び個人番号。): no verb, no
#: clause break but the list's own commas, at most 80 characters.
_ONLY_NAMES = re.compile(r"[^。、はがをでにへ]{1,20}(?:(?:、|及び|並びに|・)[^。、はがをでにへ]{1,20}){1,12}。?")


def listed_after(state, sentence) -> list[tuple]:
    """Return ``(sentence, mentions)`` for each line of the bulleted list that follows a
    sentence saying the data are listed next (提供する項目は、次のとおりである。・氏名
    ・住所): the line's data names, or the line itself as a new data name; [] when no
    list follows."""
    if not re.search("|".join(map(re.escape, state.pats.get("list_follows", ()))) or "$^",
                     sentence.text):
        return []
    out = []
    for index in range(sentence.index + 1, min(len(state.sents), sentence.index + 30)):
        line = state.sents[index]
        mark = _BULLET.match(line.text)
        if mark is None and index == sentence.index + 1 and _ONLY_NAMES.fullmatch(line.text):
            # 次のとおりである。児童生徒の氏名、学校名…及び学習履歴。: the list as a sentence
            found = [m for m in state.mentions.get(index, []) if m.kind == "category"]
            return [(line, found)] if found else []
        if mark is None or len(line.text) > 40:
            break
        found = [m for m in state.mentions.get(index, []) if m.kind == "category"]
        name = line.text[mark.end():].rstrip("。、 ")
        if not found and 2 <= len(name) <= 20 and not re.search("[ぁ-ゖ]{3}", name) \
                and _may_be_data(name, state.pats):
            found = [Mention(index, mark.end(), mark.end() + len(name), name, "category",
                             None, None, None, True, "list")]
        if found:
            out.append((line, found))
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the items of the list written at ``text[start:end]`` (what
    follows ``end`` is seen, as the last item needs)."""
    out = []
    for piece in _PIECE.finditer(text, start):
        if piece.end() > end:
            break
        if piece.end() > piece.start():
            if out and text[out[-1][1]:piece.start()] == "・" and out[-1][1] - out[-1][0] <= 2 \
                    and "の" in piece.group():
                # (登校・登園時の様子: the word before ・ shares what follows the next one; nc66 W12)
                out[-1] = (out[-1][0], piece.end())
                continue
            out.append(piece.span())
    return out


def _shared_head(name: str, pats: dict) -> bool:
    """True when an item joined by の ends with a word the list's items share (資格取得及び
    喪失の年月日, 保険税の賦課及び収納の情報): the list is of another shape, none is an item."""
    return "の" in name and name.endswith(tuple(pats.get("shared_heads", ())))


def _may_be_data(name: str, pats: dict) -> bool:
    """True unless ``name`` is a word the patterns say names no one's data (等, 資料, a
    number or a paper about the work)."""
    key = normalise(name)
    if re.fullmatch(r"[0-9０-９第号件名人回年月日]+", name):
        return False
    words = set(pats.get("not_names", ())) | set(pats.get("generic_data", ())) \
        | set(pats.get("not_data", ()))
    if key.endswith(tuple("の" + w for w in pats.get("work_heads", ()))):
        return False  # 資格確認書の印刷, 封入封緘の業務: the work on the data, not data
    return key not in {normalise(w) for w in words} and name not in words


# -- lists of names ------------------------------------------------------------

#: Marks before a name's end that a list may leave (等, など, 方, 側, 各).
SKIP = "等など方側各"


def joined(text: str, one: Mention, other: Mention, pats: dict) -> bool:
    """True when two names follow each other joined by 、・及び (氏名、生年月日及び性別;
    an item the registry does not know is a name too: :func:`unknown_items`)."""
    between = text[one.end:other.start].lstrip(SKIP)
    joins = tuple(pats.get("coordinators", ()))
    # (住所、特定健康診査の結果: a word the name does not hold opens the next item)
    return one.end <= other.start and (between in joins or re.sub(r"[\u4e00-\u9fff]{1,3}$", "", between) in joins
                                       and re.sub(r"[\u4e00-\u9fff]{1,3}$", "", between) != "")


def coordinated(text: str, mentions: list[Mention], pats: dict) -> set[int]:
    """Ids of the party names joined to the next one by 、・及び・や・と・又は (and nothing else)."""
    joins = tuple(pats.get("coordinators", ()))
    parties = [m for m in mentions if m.kind == "entity"]
    out = set()
    for one, following in zip(parties, parties[1:]):
        between = text[one.end:following.start].lstrip(SKIP)
        if between and between in joins:
            out.add(id(one))
    return out


#: After the second of two names: their exchange (AとBの間で, AとB間の).
_EXCHANGE = re.compile(r"(?:と)?(?:の)?間(?:で|の|に)")


def between(text: str, mentions: list[Mention]) -> set[int]:
    """Ids of the two party names of …AとB(との)間で…, the ends of an exchange, or of the
    one class of peers of …保険者等間で…."""
    parties = [m for m in mentions if m.kind == "entity"]
    # 保険者等間で: one name, the class this municipality exchanges with (see coref)
    out = {id(m) for m in parties if m.how == "peers"}
    for one, other in zip(parties, parties[1:]):
        if text[one.end:other.start] == "と" and _EXCHANGE.match(text, other.end):
            out.update((id(one), id(other)))
    return out


def last_group(text: str, names: list, pats: dict) -> list:
    """Return the names nearest the verb that are joined by 、・及び (裁判所、警察署等から),
    not a recipient of another clause (教員への説明、保護者へ…提出してもらう)."""
    joins = tuple(pats.get("coordinators", ()))
    # (…連合会（以下「国保連合会」といいます。）及び支払基金に: the short form the definition
    # gives is no name of the list, nc68 M3)
    defined = [d.span() for d in _DEFINED.finditer(text)]
    names = [n for n in names if n is None or not any(a < n.start and n.end <= b for a, b in defined)] or names
    group = names[-1:]
    for one in reversed(names[:-1]):
        # (…機構（以下「機構」という。）の全国サーバ: a definition inside says nothing)
        between = _DEFINED.sub("", text[one.end:group[0].start]).lstrip("等など")
        # (…都道府県サーバ及びJ-LIS(機構)の全国サーバに: the next name's owner in between)
        owned = any(between.startswith(j) and _OWNS_NEXT.fullmatch(between, len(j)) for j in joins)
        # (政党及び世論調査を行う報道機関に対し: a clause that describes the next name)
        described = any(between.startswith(j) and _DESCRIBES_NEXT.fullmatch(between, len(j))
                        for j in ("及び", "並びに", "や", "又は", "または"))
        # (各自主防災組織の会長及び…民生委員に: the body whose head it is, and the next)
        headed = one is not None and _head_then(between)
        if one is None or (between not in joins and not owned and not described and not headed):
            break
        group.insert(0, one)
    return group


def _head_then(between: str) -> bool:
    """True when ``between`` is a body's head, a join and what the next name is of
    (の会長及び地区担当の)."""
    from kg.extract.particles import HEAD_THEN  # (particles reads lists: no cycle at import)

    head = HEAD_THEN.match(between)
    return head is not None and re.fullmatch(r"[^、。をにへがはでと]{0,8}?の?", between[head.end():]) is not None


#: A short name defined in brackets (（以下「機構」という。）).
_DEFINED = re.compile(r"[(（]以下[^()（）]{1,30}[)）]")
#: The owner of the next name in a list (…及び J-LIS(機構)の全国サーバ).
_OWNS_NEXT = re.compile(r"[^、。をにへがはでと]{1,30}の")
#: A relative clause that describes the next name in a list (…及び世論調査を行う 報道機関).
_DESCRIBES_NEXT = re.compile(r"[^、。にへがはでと]{1,14}?(?:を行う|を行っている|を目的とする|を実施する)")
#: 提供先は、…: the recipients are named as what the topic is (…でございます, …とする).
_NAMED_AS = re.compile(r"(?:の)?(?P<word>提供先|送付先|送信先|提出先|提供の相手方)は、?")


def recipients_named(state, sentence):
    """Return a flow frame for 平常時の提供先は、A、B及びCでございます (the recipients said as
    the topic's predicate, the data usually in the next sentence), or None."""
    from kg.extract.relations import Frame  # (relations reads lists: no cycle at import)
    from kg.extract.speakers import is_question

    match = _NAMED_AS.search(sentence.text)
    if match is None or is_question(sentence.text, state.pats):
        return None
    names = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
             and m.start >= match.end() and m.type not in ("system", "data-subject")]
    group = last_group(sentence.text, names, state.pats)
    if not group or group[0] is not names[0] or "を" in sentence.text[match.end():group[0].start]:
        return None  # (提供先は、提供を受けた情報を協議会の目的以外に…: a rule on its use)
    # (the frame reaches the last recipient: the quote holds them all)
    frame = Frame("提供", "flow", match.start("word"), group[-1].end)
    frame.slots["recipient"] = group
    return frame


def givers(state, sentence, frame) -> list:
    """Return the joined givers a frame names (保険年金課及び介護保険課は…提供する, 医療機関
    及び薬局から受け取る), each giving, or ``[None]``: the giver as :func:`kg.extract.ends.ends` finds it."""
    # (学校及び保育所からは、…報告してもらっている: asked of each giver the から names)
    if frame.asked and not frame.slots.get("provider") or frame.kind not in ("flow", "receive"):
        return [None]
    moved = [m for m in frame.slots.get("object", []) if m.type == "system"] \
        if frame.verb in state.pats.get("moving_verbs", ()) and not frame.slots.get("provider") else []
    if len(moved) > 1 and all(m.type == "system" for m in frame.slots.get("recipient", [None])[-1:] if m):
        # 住民記録システムと、…税務システムを、…ガバメントクラウドへ移行する: each system's data
        # goes, not the departments' that keep them
        return moved
    names = frame.slots.get("provider") or (frame.slots.get("subject") if frame.kind == "flow" else None)
    group = last_group(sentence.text, names or [None], state.pats)
    parties = each_member([m for m in group if m is not None and m.type != "data-subject"])
    return parties if len(parties) > 1 else [None]


def each_member(names: list) -> list:
    """Return ``names`` with a word for several bodies replaced by those it stands for: a
    union's members (構成町村: its towns), a group word after the bodies named together
    (各金融機関: the two banks); see :func:`kg.extract.bodies.members_named`."""
    return [one for m in names for one in (getattr(m, "members", ()) or (m,))]


#: Between a data name and a broader one, that the first is an example of the second (職歴等の
#: 不要な個人情報, 職歴や学歴などの細かな事柄を含む個人情報).
_EXAMPLE_OF = re.compile(r"(?:等|など)の(?:[^、。をにはがでと]|を含(?:む|んだ)){0,14}")
#: Between two data names, that they are listed together (職歴や学歴, 氏名、住所).
_LIST_JOIN = re.compile(r"(?:や|、|・|と|及び|および|並びに)")


def examples_for(state, sentence, named) -> list:
    """Return ``named`` with a data name that examples before it stand for (職歴や学歴などの
    細かな事柄を含む個人情報) replaced by those examples, each narrower than it: what the
    sentence names, not all of the broader kind."""
    mentions = sorted((m for m in state.mentions.get(sentence.index, []) if m.kind == "category" and m.id),
                      key=lambda m: m.start)
    out = []
    for m in named:
        before = [o for o in mentions if o.end <= m.start]
        examples = []
        if m.id and before and _EXAMPLE_OF.fullmatch(sentence.text, before[-1].end, m.start):
            examples = [before[-1]]
            for o in reversed(before[:-1]):  # (and the names listed with it)
                if not _LIST_JOIN.fullmatch(sentence.text, o.end, examples[0].start):
                    break
                examples.insert(0, o)
        if examples and all(m.id in state.lex.category_ancestors(o.id) and o.id != m.id for o in examples):
            out += [o for o in examples if o not in out]
        elif m not in out:
            out.append(m)
    return out
