"""The agenda items the minutes list and the sections that discuss them (the head of
the minutes, its date, council and municipality, is read by :mod:`kg.extract.head`).

Example::

    >>> [i.title for i in find_agenda(sentences, pats, set())]     # doctest: +SKIP
    ['防犯カメラ映像の提供']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.data.evidence import normalise
from kg.extract import agenda_forms, item_parts, opinions, outcomes
from kg.extract.opinions import nfkc
from kg.data.numerals import KANJI_NUMBER, arabic
from kg.extract.segment import OUTCOME_CELL as _OUTCOME_CELL, Sentence

HEAD_SENTENCES = 60


@dataclass
class AgendaItem:
    """An agenda item found in the minutes and the sentences of its section."""

    key: str
    title: str
    number: str | None
    type: str                  # consultation | report | other
    sentence: Sentence         # the heading it was first found in
    span: tuple[int, int]      # the title's span in that sentence
    department: object = None  # a Mention
    contractor: object = None     # the company the section entrusts (a Mention), when named
    subcontractor: object = None  # the company it re-entrusts to, when named
    #: the business words the section entrusts to before it names the company (専門の
    #: 事業者に委託する, then 委託先：株式会社A): (sentence, start) of each, that company too
    same_as_contractor: set = field(default_factory=set)
    #: the companies the section entrusts when it names several (Mentions, in order), and
    #: every mention of them by name (named again: ケアプランセンターあおばずくは、…)
    contractors: list = field(default_factory=list)
    contractors_named: list = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    outcome: str = "unknown"
    sentences: list[int] = field(default_factory=list)
    #: the section says another body entrusts the work (同事務所は、…を…に委託する): the
    #: title's entrustment is not the municipality's
    entrusted_by_other: bool = False
    #: the minutes say the council is consulted on it (諮問, 諮問事項, 審議事項, （新規）),
    #: not only that it is an item
    asked: bool = False
    word: str | None = None  # the minutes' word for its kind where no 諮問 or 報告 (議案)
    changed_to: object = None  # the contractor it changes to (委託先をBに変更), a Mention
    #: the key of the item this one is a part of (諮問第5号 …の外部提供、外部結合及び委託, then
    #: (1) …への提供: a part of it), or None
    part_of: str | None = None
    #: (line, quote) of each refusal of a part the council refused (kg/extract/refusals.py)
    refused_by: list = field(default_factory=list)

    def contractor_before(self, index: int):
        """The company the section entrusts, or of several the one named last a few
        sentences before ``index`` (…入力する作業は、株式会社Bに委託しております。…受託者
        及び再委託先が個人番号を見ることはございません: B, not the system's contractor
        named before), or None."""
        if self.contractor is not None:
            return self.contractor
        before = [m for m in self.contractors_named or self.contractors if index - NEAR <= m.sentence < index]
        return before[-1] if before else None


#: How many sentences back a contractor named last still stands for 受託者.
NEAR = 6


#: After an item's number and title in a sentence, that the chair opens it (本日は、諮問
#: 第12号「…について」を審議いたします): the item, as a heading would give it.
#: A sentence that lists the day's items (本日の案件は、諮問第12号「…」及び諮問第13号「…」の
#: 2件です): each numbered title in quotes after it is an item's heading.
_TODAYS = re.compile(r"(?:本日|今回|本日の会議)の(?:案件|議題|審議案件|諮問案件|議事)は、?")
_ANNOUNCED = re.compile(r"[」』]?(?:を|について)[、,]?[^。]{0,24}?(?:審議|審査|説明|ご説明|御説明|議題と)")


def find_agenda(sentences: list[Sentence], pats: dict, item_kinds: set[str]) -> list[AgendaItem]:
    """Return the agenda items, each with the sentences of its section (in order).

    An item is made by a heading (a match at the start of a sentence or a table
    row); a later mention of its number (諮問第63号について伺います) only opens
    its section again.
    """
    forms = [re.compile(p) for p in pats["agenda"]]
    items: dict[str, AgendaItem] = {}
    order: list[tuple[int, str]] = []
    block = "consultation"
    # a written opinion answers a consultation (…について（答申）): each section is asked
    said = any("答申" in s.text and "諮問" in s.text for s in sentences[:HEAD_SENTENCES])
    written = said
    consumed: set[int] = set()  # title cells already read for the row before them
    restarted = None  # the number of the last listed part a later heading named again
    restarted_style = None  # and that heading's form: （３） or ３
    materials: dict[str, str] = {}  # 資料3 → the item whose 資料 it is, read aloud under its title
    advised = opinions.recommendations(sentences, pats)
    reasoned = opinions.reasons(sentences)
    for sentence in sentences:
        text = sentence.text
        if sentence.index in consumed or sentence.index in advised \
                or opinions.REASONS.fullmatch(nfkc(text).strip()):
            continue  # (2. 審査会の判断 / its first point on the next line: no item's heading)
        if "報告事項" in text or "【報告" in text:
            block = "report"
        elif "諮問事項" in text or "審議事項" in text or "【諮問" in text:
            block, said = "consultation", True
        taken: list[tuple[int, int]] = []
        following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
        suffix = following.text if following is not None and _OPINION_MARK.fullmatch(following.text) else ""
        for _form, match in agenda_forms.matches(forms, sentence, suffix):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            groups = match.groupdict()
            kind = {"諮問": "consultation", "議案": "consultation", "報告": "report"}.get(groups.get("kind") or "", block)
            if not groups.get("kind") and groups.get("title") is not None and (
                    re.search(r"[(（]報告[)）]", text[match.end("title"):match.end()])
                    or re.search(r"[(（]報告[)）]\s*$", groups["title"])
                    or re.match(r"\s*(?:について)?\s*[(（]報告[)）]", text[match.end("title"):])):
                kind = "report"  # 案件２ 個人情報の漏えいについて（報告）（障害福祉課）
            number = arabic(nfkc(groups["number"])) if groups.get("number") else None
            key = f"{kind}-{number}" if number and groups.get("kind") else None
            if key in items:  # a mention of a known item opens its section again
                order.append((sentence.index, key))
                taken.append(match.span())
                agenda_forms.material(materials, text, key)
                continue
            # (日程第2　諮問第3号　…: the assembly's order of business before the item's number)
            heading = match.start() - getattr(match, "line_start", 0) <= 3 \
                or agenda_forms.ORDER_OF_BUSINESS.fullmatch(text, getattr(match, "line_start", 0), match.start()) \
                or groups.get("kind") and _ANNOUNCED.match(text, match.end()) is not None \
                or groups.get("kind") and _TODAYS.search(text, 0, match.start()) is not None \
                and text.startswith("「", match.start("title") - 1)
            if groups.get("title") is None:  # a table row: the title is the next cell
                following = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
                # (6. 審議事項 / 　…の第三者点検について: a listing's heading, its title on the
                # line after it)
                # (諮問第9 / 号 / …について（中央図書館）: a narrow cell's number on two lines,
                # its title on the line after the last)
                last = sentence.pieces[-1].line
                if following is not None and following.line == sentence.line and agenda_forms.PLACE_CELL.fullmatch(following.text):
                    # (議案第8号 | 柚ノ木村 | …の委託について | 住民福祉課: a joint council's table,
                    # the town the item is of before its title; nc75 W10)
                    consumed.add(following.index)
                    following = sentences[following.index + 1] if following.index + 1 < len(sentences) else None
                if following is None or following.line != sentence.line and not (
                        following.line == last + 1 and _LISTED_TITLE.fullmatch(following.text)):
                    continue
                listed = _LISTED_TITLE.fullmatch(following.text)
                span = listed.span("title") if listed else (0, len(following.text))
                where, title = following, following.text[span[0]:span[1]]
                heading = True
                consumed.add(following.index)
            else:
                where, title, span = sentence, match.group("title"), match.span("title")
            lead = re.match(r"[0-9]{1,2}(?=[^0-9年月日号回条項])", title)
            if lead and span[0] + lead.end() in where.gaps:
                title = title[lead.end():]  # (２　戸籍の広域交付…: the agenda's place, a space after it; nc69 U7)
            marked = re.match(r"(報告|諮問)(?=.{4})", title) if not groups.get("kind") else None
            if marked and span[0] + marked.end() in where.gaps:
                # (議題（４）報告　…について: the item's kind, a space after it; nc72 W11)
                title, kind = title[marked.end():], "report" if marked.group(1) == "報告" else "consultation"
            if not heading or not groups.get("kind") and re.search(r"こと[。.]?$", text) \
                    and groups.get("title") and not text.startswith("について", match.end("title")):
                continue  # (（2）…を契約書に明記すること。: a condition of an opinion, no item; nc72 W10)
            if number is not None and any(it.number == number for it in items.values()) \
                    and _captions_table(sentences, sentence):
                continue  # (議題1 …の共有 / 提供元	提供先	…: a table's caption in item 1's section, nc66 W7)
            # (諮問事項「…について」: the kind before the quoted title, and its brackets)
            title = re.sub(r"^(?:諮問|報告|審議|協議)事項「(.*?)」?$", r"\1", title.strip(" ・:：")).strip("「」 ")
            title = re.sub(r"^(?:諮問|報告|審議|協議)事項[\s　]*(?=.{4})", "", title)  # 報告事項　…について
            # (議題１　…について（諮問第１２号）: the agenda's place goes, the item's number stays)
            title = re.sub(r"^(?:議題|議事|議案|案件)[(（]?[0-9]{1,2}[)）]?[\s　.．:：]*(?=.{4})", "", title)
            # 「…の外部委託について(新規)」: the title without its note and its particle
            title = re.sub(r"\((?:新規|追加|変更|追加・変更|再実施|廃止)[^)]*\)$", "", title)
            # …の移設について(情報政策課): the department note after the title goes too
            title = re.sub(r"について\s*[(（][^()（）]{1,20}[)）]$", "について", title)
            title = _NEXT_ITEM.split(title, maxsplit=1)[0]  # (two titles one cell ran together)
            title = re.sub(r"(?:について|に関する)$", "", title) or title
            again = item_parts.listed_again(items, number, title, lambda t: _kinds(t, pats, item_kinds),
                                            sentence.index) \
                if not groups.get("kind") else None
            if again is not None:
                # (（１）…の委託 listed, then under 実施機関の説明 （１）委託について, （３）外部提供
                # について: the listed part's section, by its number and its work; nc73 W14)
                order.append((sentence.index, again))
                taken.append(match.span())
                restarted, restarted_style = number, item_parts.style(text)
                continue
            if len(title) < 4 or title in pats.get("my_number_terms", ()):
                continue  # (（3）個人番号について: a written opinion's topic, no item)
            if title.count("(") + title.count("（") > title.count(")") + title.count("）"):
                continue  # ((2)…審議(…の安全管理措置について質疑): a note's words, no title)
            if number is not None and _OUTCOME_LINE.fullmatch(nfkc(title)):
                continue  # (会議の結果　議事（１）　一部承認（…は継続審議）: an outcome, no item)
            cell = sentences[where.index - 1] if where.index else None
            if number is None and cell is not None and cell.line == where.line \
                    and re.fullmatch(r"[0-9]{1,2}", nfkc(cell.text)):
                number = nfkc(cell.text)  # | 1 | …の委託について |: the row's number cell
            named = re.fullmatch(rf"(諮問|報告|議案)第([0-9]+|{KANJI_NUMBER})号", nfkc(title)) if key is None else None
            # a heading that repeats a listed item's title where the section starts
            # (…の外部委託について（答申）) goes on that item when the item has no number of
            # its own to show it is the same; numbered listings stay as read
            same = next((k for k, it in items.items() if normalise(it.title) == normalise(title)
                         and (it.number is not None and it.key.startswith(("consultation-", "report-"))
                              and "答申" in sentence.text
                              # | 1 | …の委託について | then ## 議題１ …の委託について: the
                              # listing's row and the section's heading, numbers agreeing
                              or not it.key.startswith(("consultation-", "report-"))
                              and number in (None, it.number)
                              # 1. …について（諮問第3号） listed, then 1. …について: its section
                              or it.key.startswith(("consultation-", "report-")) and not groups.get("kind")
                              and "答申" not in sentence.text)
                         # (4) 市民税課が保有する課税情報の目的外利用, then 4 課税情報の目的外利用
                         # について: the heading says the listed title shorter, same number
                         # (（1）学習データについて in a written opinion's reasons: the
                         # part of the item (1) its title names)
                         or number is not None and number == it.number
                         and not it.key.startswith(("consultation-", "report-"))
                         and (normalise(it.title).endswith(normalise(title))
                              or len(title) >= 4 and normalise(title) in normalise(it.title))), None) \
                if key is None else None
            if groups.get("again") is not None and not (named or same):
                continue  # (資料1　委託先一覧: a 資料's own title, no item's)
            if named or same:
                # （１）諮問第7号について: the item numbered so; a heading that repeats an item's
                # title (…の外部委託について（答申）): that item, not a new one
                found = same or f"{'report' if named.group(1) == '報告' else 'consultation'}-{arabic(named.group(2))}"
                if same and items[same].number is None:
                    items[same].number = number
                if found in items:
                    order.append((sentence.index, found))
                    taken.append(match.span())
                    agenda_forms.material(materials, text, found)
                continue
            key = key or normalise(title)[:40]
            listed_as = [k for k, it in items.items() if sentence.index in reasoned and number is not None
                         and it.number == number and not k.startswith(("consultation-", "report-"))]
            if key not in items and len(listed_as) == 1:
                # (2. 審査会の判断／(1) 社協への提供について: the reasons of the part listed (1)
                # under 1. 諮問の内容, by a shorter name: that part, not a new item)
                order.append((sentence.index, listed_as[0]))
                taken.append(match.span())
                if items[listed_as[0]].sentence.index < sentence.index:
                    restarted, restarted_style = number, item_parts.style(text)  # (not the listing's own line)
                continue
            if key not in items and restarted is not None and number is not None and not groups.get("kind") \
                    and int(number) == int(restarted) + 1 and not any(it.number == number for it in items.values()) \
                    and item_parts.past_listing(items, number) and item_parts.style(text) == restarted_style:
                # (…（３）外部提供について, then （４）安全管理措置について: the account's next
                # point, past the parts listed, no item; nc73 W14)
                restarted = number
                taken.append(match.span())
                continue
            if key not in items and sentence.index in reasoned \
                    and not any(it.number for it in items.values()):
                # (第3　審査会の判断／１　委託の必要性について: a reason of the one item asked,
                # not an item; where the opinion lists numbered items, its reasons follow them)
                continue
            if key not in items:
                items[key] = AgendaItem(key, title, number, kind, where, span)
                items[key].kinds = _kinds(title, pats, item_kinds)
                items[key].word = "議案" if groups.get("kind") == "議案" else None
                # （諮問）, 諮問第3号, （新規） on its heading, or under 諮問事項: asked, not only listed
                items[key].asked = kind == "consultation" and bool(
                    groups.get("kind") or said or re.search(r"諮問|新規|審査案件|審議案件", where.text))
            order.append((sentence.index, key))
            taken.append(match.span())
    for sentence in sentences:  # 資料1について伺います: a question on that 資料's item (nc74 W19)
        asked = agenda_forms.MATERIAL_ASKED.search(sentence.text)
        if asked and asked.group(1) in materials:
            order.append((sentence.index, materials[asked.group(1)]))
    # 議題(2)について説明を: a mention of an item by its number alone opens its section
    by_number = {}
    for key, item in items.items():
        by_number.setdefault(item.number, []).append(key)
    # （1）諮問第5号　…について listed, then 議題（1）について: the item listed first
    listed = {nfkc(m.group(1) or m.group(2)): key for key, item in items.items()
              if (m := _LISTED_AT.match(item.sentence.text))}
    for sentence in sentences:
        for match in [*_ITEM_BY_NUMBER.finditer(sentence.text), _NUMBER_HEADING.match(sentence.text),
                      _BRACKETED_HEADING.match(sentence.text)]:
            # (議題２ is the second listed, even where 諮問第２号 is the first)
            keys = [listed[nfkc(match.group(1))]] if match and nfkc(match.group(1)) in listed else []
            keys = keys or (by_number.get(nfkc(match.group(1)), []) if match else [])
            if len(keys) == 1:
                order.append((sentence.index, keys[0]))
        reports = [k for k, it in items.items() if it.type == "report"]
        if len(reports) == 1 and _REPORTS_CALLED.search(sentence.text) and sentence.index > items[reports[0]].sentence.index:
            order.append((sentence.index, reports[0]))  # 続いて、報告事項に移ります: the one report
        for match in _ITEM_CALLED.finditer(sentence.text):
            # まず諮問第1号について、介護保険課から説明を: that item's section begins
            key = f"{'report' if match.group(1) == '報告' else 'consultation'}-{arabic(nfkc(match.group(2)))}"
            if key in items:
                order.append((sentence.index, key))
    for key in [k for k, it in items.items() if it.number is None and _OPINION_TITLE.search(it.sentence.text)
                and any(o.number is not None and o.sentence.index > it.sentence.index for o in items.values())]:
        # 個人情報の外部提供について（答申） above 諮問第１５号…: the written opinion's own
        # title, not an item of its own
        del items[key]
        order = [(at, k) for at, k in order if k != key]
    order = _forms_of_items(items, order)
    # each sentence belongs to the item whose heading came last before it
    heads = sorted(order, key=lambda x: x[0])
    pos = 0
    current = None
    for sentence in sentences:
        while pos < len(heads) and heads[pos][0] <= sentence.index:
            current = heads[pos][1]
            pos += 1
        if current is not None:
            items[current].sentences.append(sentence.index)
    for item in items.values():
        item.outcome = outcomes.of_item(item, sentences, pats)
    approved = pats.get("outcomes", {}).get("approved", ())
    # 1　審議会の結論 / 諮問第9号のとおり実施することは適当である。ただし、…附帯意見を遵守
    # されたい: a written opinion's conclusion, of every part of what was asked
    said, concluded = opinions.conclusion(sentences)
    if said or any(any(c in s.text for c in pats.get("outcome_all", ())) and any(c in s.text for c in approved)
                   for s in sentences):
        # 審議の結果、いずれも承認された: every item the minutes decide, not only the last
        for item in items.values():
            if item.outcome == "unknown" and item.type == "consultation":
                item.outcome = concluded
    outcomes.by_number(items, sentences, pats)  # 議題１は報告として了承し、議題２は承認した
    item_parts.mark_parts(items, heads, written)
    return list(items.values())


def _forms_of_items(items: dict, order: list) -> list:
    """Return ``order`` with an unnumbered item whose title a numbered item after it has
    (a 諮問書's 件名 field before the minutes list 諮問第7号 with that title: nc67 W5) made
    that item's, and the unnumbered one taken out of ``items``: the form's fields are the
    numbered item's."""
    for key, item in list(items.items()):
        later = [k for k, it in items.items() if it.number is not None and k.startswith(("consultation-", "report-"))
                 and it.sentence.index > item.sentence.index and normalise(it.title) == normalise(item.title)]
        if item.number is None and not key.startswith(("consultation-", "report-")) and len(later) == 1:
            del items[key]
            order = [(at, later[0] if k == key else k) for at, k in order]
    return order


def _captions_table(sentences: list[Sentence], sentence: Sentence) -> bool:
    """True when ``sentence`` is a line of its own right above a table's first row (three
    short cells or more, each read as a sentence of that line, none a sentence of prose):
    the table's caption."""
    row = sentence.pieces[-1].line + 1
    cells = [s for s in sentences[sentence.index + 1:sentence.index + 12] if s.line == row]
    return len(cells) >= 3 and all(len(s.pieces) == 1 and len(s.text) <= 20 and not s.text.endswith("。")
                                   for s in cells)


#: A turn to the reports, by their kind alone (報告事項に移ります, 報告事項について説明を).
_REPORTS_CALLED = re.compile(r"報告(?:事項|案件)(?:に移|に入|について|の説明|をお願い)")
#: The place a listed item has in its list (（1）諮問第5号　…, １　諮問第２号　…).
_LISTED_AT = re.compile(r"\s*(?:[(（]\s*([0-9０-９]{1,2})\s*[)）]|([0-9０-９]{1,2})[\s.．、]*(?=諮問|報告))")
#: A written opinion's mark on a line of its own, under its title (…について／（答申）).
_OPINION_MARK = re.compile(r"\s*[(（]答申[)）]\s*")
#: A heading that is a written opinion's title (…について（答申）).
#: In a title, the next item's number after its について (…について諮問第32号…; nc70 W21).
_NEXT_ITEM = re.compile(r"(?<=について)[\s　]*(?=(?:諮問|報告|議案)第[0-9０-９一二三四五六七八九十]{1,4}号)")
_OPINION_TITLE = re.compile(r"について\s*[(（]答申[)）]\s*$")
#: An item called by its kind and number where its explanation begins (諮問第1号について、
#: …から説明を; 諮問第3号の説明に入る).
_ITEM_CALLED = re.compile(rf"(諮問|報告|議案)第\s*([0-9０-９]+|{KANJI_NUMBER})\s*号(?:について|の説明|に入|[)）]?を議題)")
#: An item named by its number alone: 議題(2)について, 議事(1)に入る, 案件2の説明, 議題（２）報告事項について.
_ITEM_BY_NUMBER = re.compile(r"(?:議題|議事|案件)\s*[(（]?\s*([0-9０-９]{1,2})\s*[)）]?"
                             r"(?=(?:報告事項|諮問事項|審議事項|協議事項)?(?:について|に入|の|を|に移))")


#: What an item's number is followed by in a list of the meeting's results (議事（２）　報告了承).
_OUTCOME_LINE = re.compile(r"(?:一部|条件付き?|附帯意見付き?)?(?:承認|了承|報告了承|継続審議|不承認|可決|否決|決定)"
                           r"(?:\s*[(（][^()（）]*[)）])?")
#: A heading that is the item's number alone (答申の（１）について): its section again.
_NUMBER_HEADING = re.compile(r"\s*(?:諮問事項|議題|議事|案件)?\s*[(（]\s*([0-9０-９]{1,2})\s*[)）]\s*(?:について|に関して|関係)\s*$")


#: A heading that is the item's word and number in brackets alone (【議題１】).
_BRACKETED_HEADING = re.compile(r"\s*[【\[〔]\s*(?:議題|議事|議案|案件)\s*([0-9０-９]{1,2})\s*[】\]〕]\s*$")


def _kinds(title: str, pats: dict, known: set[str]) -> list[str]:
    kinds = []
    for kind, words in pats.get("item_kinds", {}).items():
        if any(w in title for w in words) and kind in known:
            if kind == "outsourcing" and "re-entrustment" in kinds and title.count("委託") == title.count("再委託"):
                continue
            kinds.append(kind)
    return kinds or (["other"] if "other" in known else sorted(known)[:1])


#: A title alone on its line under a listing's heading (…の第三者点検について), its
#: department after it too (…の委託について（中央図書館）).
#: (…の外部提供、委託及びオンライン結合について: a title may list with 、)
_LISTED_TITLE = re.compile(r"\s*(?P<title>[^。「」:：]{4,80}について\s*(?:[(（][^()（）、。]{1,20}[)）])?)"
                           r"\s*(?:" + _OUTCOME_CELL + r")?\s*")
