"""Words that point back, added as mentions where no other name stands: 本システム and
当該システム (the item's system, set by the pipeline), 私ども and 当課 (the item's
department), 当市, 本区 and a lone 市 before a case particle (…を市に返還する: the
municipality of the minutes), and places named by their class (前住所地の市町村, 他の
保険者等: other municipalities, none named).

Example::

    >>> found = pointers(0, "受託者は個人情報を市に返還する。", tokens, [], ctx, pats)  # doctest: +SKIP
    >>> [m.text for m in found]                                            # doctest: +SKIP
    ['市']
"""
from __future__ import annotations

import re

from kg.extract.bodies import offices_of_others
from kg.extract.ruler import DocContext, Mention


#: After a lone 市/区/町/村 these make it a name of the municipality (市に返還する, 区から).
_CASE = ("に", "へ", "から", "が", "は", "より", "で", "と", "の")
#: After 市町村, the particles that put it in a flow's slot (市町村ごとの…情報: the data's holder).
_SLOT_CASE = ("に", "へ", "から", "が", "は", "より", "ごとの")
#: A character that would make 市町村 part of a longer word (県内市町村, 他市町村).
_WORD = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9]")
#: After a class of peers, what makes it an exchange among them: 保険者等間で, 市町村間の
_PEERS_AFTER = r"(?=間(?:で|の|における|において))"


#: ``id(pats) -> (pats, compiled)``, the patterns kept referenced while cached.
_PLACES: dict[int, tuple[dict, re.Pattern]] = {}


def _other_places(pats: dict) -> re.Pattern:
    """One pattern for every 〈place〉の〈class〉 phrase (前住所地の市町村, 他の保険者等), the
    longest first: a class of municipalities anywhere, a class of peers only in a slot; a
    class of peers joined to one of municipalities, both the place's (他の保険者や市町村)."""
    if id(pats) not in _PLACES:
        places = pats.get("anaphora", {}).get("other_places", ())
        classes = set(pats.get("anaphora", {}).get("municipalities", ()))
        peers = set(pats.get("anaphora", {}).get("peers", ())) - classes
        # (他の医療保険者等に対し、…照会: whom it asks; not …に対する, what a text is about)
        case = "と(?!の(?!間))|に(?!お|つ|よ|関|対)|に対し(?:て)?、|へ|から|より"
        # (他の地方公共団体及び行政機関からの照会: first of a list in a slot; a table's cell
        # of recipients, the cell alone)
        slot = f"(?={case}|(?:及び|並びに|又は|や|・|、)[^。、]{{1,30}}?(?:{case}|$)|$)"
        phrases = sorted([(f"{place}の{word}", "(?![間内])") for place in places for word in classes] + [
            (f"{place}の{word}", slot) for place in places for word in peers] + [
            (f"{place}の{peer}{join}{word}", slot) for place in places for peer in peers
            for join in ("や", "及び", "又は", "・", "、") for word in classes] + [
            # (転出元及び転入先の市町村との間で: two places of one class)
            (f"{place}{join}{other}の{word}", "(?![間内])") for place in places for other in places
            if other != place for join in ("及び", "又は", "・", "や") for word in classes],
            key=lambda p: len(p[0]), reverse=True)
        _PLACES[id(pats)] = (pats, re.compile("|".join(re.escape(p) + a for p, a in phrases) or "(?!)"))
    return _PLACES[id(pats)][1]


def pointers(index: int, text: str, tokens: list, found: list[Mention], ctx: DocContext,
             pats: dict, gaps: frozenset = frozenset()) -> list[Mention]:
    """Return ``found`` with the words that point back (本システム, 私ども, 当市, a lone 市)
    added where no other name stands; their targets are set by the pipeline or here.
    ``gaps`` are where the line had spaces (ウ　県は: a list mark, then the word alone)."""
    # 前住所地の市町村から, 転出先の市区町村に: other municipalities, none named; the data
    # name inside the place (住所 of 前住所地) is no data
    others: list[Mention] = []
    # (and of a class it belongs to, in a flow's slot: 他の地方公共団体と…照会・提供を行う,
    # not 他の自治体における…, what a member compares)
    for match in _other_places(pats).finditer(text):
        # (the longest first at each place: 前住所地の市町村, not 住所地の市町村 inside it)
        phrase = match.group(0)
        others.append(Mention(index, *match.span(), phrase, "entity", "unnamed-party",
                              None, "other", how="others"))
        others[-1].label = f"{phrase}（名称不明）"
    if others:
        found = [m for m in found if not any(o.start < m.end and m.start < o.end for o in others)]
        found = sorted(found + others, key=lambda m: m.start)
    found = offices_of_others(index, text, found, pats, ctx.municipality_label or "", gaps)
    taken = [False] * (len(text) + 1)
    for mention in found:
        for pos in range(mention.start, mention.end):
            taken[pos] = True
    added = []

    def put(start: int, end: int, typ: str, ident=None, label=None) -> None:
        if any(taken[start:end]):
            return
        for pos in range(start, end):
            taken[pos] = True
        mention = Mention(index, start, end, text[start:end], "entity", typ, ident, how="anaphora")
        if label:
            mention.label = label
        added.append(mention)

    words = [(w, "system") for w in pats.get("anaphora", {}).get("system", ())]
    words += [(w, "company") for w in pats.get("anaphora", {}).get("company", ())]
    words += [(w, "association") for w in pats.get("anaphora", {}).get("association", ())]
    words += [(w, "self") for w in pats.get("anaphora", {}).get("self", ())]
    if ctx.municipality_label:
        words += [(w, "municipality") for w in pats.get("anaphora", {}).get("municipality", ())
                  if w[-1] == ctx.municipality_label[-1]]
    for word, typ in sorted(words, key=lambda w: -len(w[0])):
        for match in re.finditer(re.escape(word), text):
            if typ == "municipality":
                put(*match.span(), typ, ctx.municipality, ctx.municipality_label)
            else:
                if typ in ("company", "association"):
                    # 当該事業者: the business word the ruler read without its 当該 points back
                    inside = [m for m in found if m.type == "unnamed-party"
                              and match.start() < m.start and m.end <= match.end()]
                    for m in inside:
                        found.remove(m)
                        taken[m.start:m.end] = [False] * (m.end - m.start)
                put(*match.span(), typ if typ in ("system", "company", "association") else "department")
    for word in pats.get("unnamed_bodies", ()):
        for match in re.finditer(re.escape(word), text):
            before = text[match.start() - 1:match.start()]
            if ctx.municipality_label and ctx.municipality_label.endswith(word) \
                    and (not before or not _WORD.match(before) or match.start() in gaps):
                # (広域連合は、…, in the minutes of the 広域連合 itself: the union; nc74 W4)
                put(*match.span(), "municipality", ctx.municipality, ctx.municipality_label)
                continue
            # 広域連合に送付 where the minutes name no 広域連合: one body, not named
            # (委員　転出先に…: after the speaker's label and its space)
            if (not before or not _WORD.match(before) or match.start() in gaps) \
                    and text[match.end():].startswith(_SLOT_CASE):
                put(*match.span(), "unnamed-party", None, f"{word}（名称不明）")
                if added and added[-1].start == match.start():
                    added[-1].role, added[-1].how = "other", "others"  # (not one item's party)
    if ctx.municipality_label:
        for word in pats.get("anaphora", {}).get("municipalities", ()):
            for match in re.finditer(re.escape(word), text):
                before = text[match.start() - 1:match.start()]
                # 市町村から国保連合会に送る: municipalities as a class, this one among them
                # (not 県内市町村, 他市町村, 市町村間: those name others or a relation)
                if (not before or not _WORD.match(before)) and \
                        text[match.end():].startswith(_SLOT_CASE):
                    put(*match.span(), "municipality", ctx.municipality, ctx.municipality_label)
        for word in pats.get("anaphora", {}).get("peers", ()):
            for match in re.finditer(re.escape(word) + _PEERS_AFTER, text):
                before = text[match.start() - 1:match.start()]
                # 保険者等間で行う…の提供: an exchange between this municipality and the
                # others of its class (not 県内市町村間: others among themselves)
                if not before or not _WORD.match(before):
                    end = match.start() + len(word)
                    put(match.start(), end, "unnamed-party", None, f"他の{word}（名称不明）")
                    added[-1].role, added[-1].how = "other", "peers"
        suffix = ctx.municipality_label[-1]
        for number, (begin, end, surface, pos, _) in enumerate(tokens):
            before = tokens[number - 1] if number else None
            # a lone 市 (its own word, not 市民 or 都市) followed by a case particle
            if surface == suffix and pos[0] in ("名詞", "接尾辞") and text[end:].startswith(_CASE) and \
                    (before is None or before[1] != begin or before[3][0] not in ("名詞", "接頭辞")
                     or before[2] in pats.get("frequencies", ()) or before[2] in _COUNTERS):
                # 毎月市に返ってくる, 月に1回町に届く: a time before it, not a name
                put(begin, end, "municipality", ctx.municipality, ctx.municipality_label)
            # a lone 県 (本市から県へ…送付): the prefecture the minutes name, as a party
            # (県は…を民間事業者に委託しており, in the minutes of a town the registry does not
            # know: the prefecture, unnamed, not the town)
            elif surface == (ctx.prefecture or "県")[-1] and surface in _PREFECTURE_SUFFIXES \
                    and surface != suffix and pos[0] == "名詞" and text[end:].startswith(_CASE) \
                    and (before is None or before[1] != begin or begin in gaps
                         or before[3][0] not in ("名詞", "接頭辞")):
                put(begin, end, "prefecture", None, ctx.prefecture or f"{surface}（名称不明）")
                if not ctx.prefecture and added and added[-1].start == begin:
                    added[-1].how = "unnamed"  # (its own quote: it points back to no name)
    return sorted(found + added, key=lambda m: m.start)


#: A prefecture's own word, standing alone for it (not 道: a road as often as 北海道).
_PREFECTURE_SUFFIXES = ("都", "府", "県")


_COUNTERS = {"回", "度", "日", "月", "年", "週"}
