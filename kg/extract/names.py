"""What a noun run names, by its words: a party of some type (…課, …連合会,
株式会社…), an unnamed party (受託者, 再委託先, a group such as 学校), a data subject,
a system, or a data category not in the tree (…情報, …記録); None when it names
nothing. The suffixes and word lists are ``data/extract/patterns.yaml``.

Example::

    >>> classify("志木市保険年金課", lex, ctx)                  # doctest: +SKIP
    ('entity', 'department', None, 3)
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.data.evidence import normalise
from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:  # (the ruler imports this module)
    from kg.extract.ruler import DocContext

#: A prefecture's name the list does not know (潮見県): two or three kanji, then 県.
_PREFECTURE = re.compile(r"[一-龥々ヶ]{2,3}県")


def names_no_prefecture(name: str, pats: dict) -> bool:
    """True when ``name``, of a prefecture's shape, names none (都道府県, 他県, 近隣県, and
    市県民税 of 諮問第2号　市県民税: no prefecture's name holds 号, 第 or 市).

    >>> names_no_prefecture("近隣県", {"not_prefecture_heads": ["近隣"]})
    True
    """
    return name in pats.get("not_prefectures", ()) \
        or any(w in name for w in pats.get("not_prefecture_parts", ())) \
        or name.startswith(tuple(pats.get("not_prefecture_heads", ()))) \
        or re.search("[号第市町村区]", name[:-1]) is not None


#: A name that starts with a prefecture's (東雲県, 大阪府; not 上下水道課: 都道 stand first).
_PREFECTURE_FIRST = re.compile(r"[\u4e00-\u9fff]{2,3}[県府](?=[\u3040-\u30ff\u4e00-\u9fff]{2,})")

#: After 市 (町, 村, 区), characters that make one word with it (市民, 市税, 市長, 市政).
_CITY_WORDS = "民税長政議営立内外場街有道"


#: A place's name: kanji, with ノ or ケ only between two of them.
_PLACE_NAME = re.compile(r"[一-龥々ヶ](?:[一-龥々ヶ]|[ノケ](?=[一-龥]))*")


def _place(stem: str, suffix: str = "市") -> bool:
    """A municipality's name before 市/区/町/村: one to four kanji, not a number, a
    word such as 先進 (先進市) or a list of kinds (他市町村); a village or town of one
    kanji (川村, 中村, 森町) is far likelier a surname, unless the registry knows it."""
    if len(stem) == 1 and suffix in "村町":
        return False
    if suffix == "区" and stem.endswith("地"):
        return False  # 北部地区: a district of the city, no ward
    # (湯ノ沢村, 一ノ関市: ノ and ケ between kanji are part of a place's name)
    return (bool(_PLACE_NAME.fullmatch(stem)) and len(stem.replace("ノ", "").replace("ケ", "")) <= 4
            and stem not in _NOT_PLACES
            and not any(ch in "市区町村" for ch in stem) and stem[0] not in "他各全同本当")


def _other_town(name: str, own: str) -> bool:
    """True when ``name`` starts with another municipality's name (鶴見台町福祉事務所,
    中野区保健所 in 杉並区's minutes); a ward of a city's own (中区役所 in a city's minutes)
    and one-kanji stems (a surname as often as a town) are not."""
    m = re.match(r"([一-龥々ヶ]{2,4}?)([市区町村])(?=[一-龥ァ-ヶ]{2,})", name)
    if not m or not _place(m.group(1), m.group(2)) or name.startswith(own or "\0"):
        return False
    rest = name[m.end():]
    return rest[0] not in _CITY_WORDS and not (m.group(2) == "区" and own.endswith("市"))


_NOT_PLACES = {"先進", "他", "各", "全", "同", "本", "当", "近隣", "周辺", "他の", "一部", "都市", "全国"}


def known_stem(name: str, lex: Lexicon) -> str | None:
    """Return the category a new-looking name is, by its stem: 要介護認定情報 is 要介護認定
    (care information) with 情報 after it; None when the stem names no one category."""
    for ending in sorted(lex.patterns.get("new_category_endings", ()), key=len, reverse=True):
        if name.endswith(ending) and len(name) > len(ending) + 1:
            found = {t.id for t in lex.lookup(name[:-len(ending)]) if t.kind == "category"}
            return found.pop() if len(found) == 1 else None
    return None


_RANKED: dict[int, tuple[dict, dict]] = {}  # id(pats) -> (pats kept, so the id stays its, lists)


def _longest_first(pats: dict, group: str) -> list[tuple[str, str]]:
    """Return ``(word, tag)`` of the word lists under ``pats[group]``, longest word first."""
    _, groups = _RANKED.setdefault(id(pats), (pats, {}))
    if group not in groups:
        groups[group] = sorted(((w, tag) for tag, words in pats.get(group, {}).items() for w in words),
                               key=lambda x: -len(x[0]))
    return groups[group]


#: A name in kana: hiragana, katakana and the long-vowel mark.
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30ffー]{2,}")


def kana_named(name: str, pats: dict) -> bool:
    """True when ``name`` is a business's own name in kana around a word for its kind:
    before a kind of business that alone names none (さくらだ居宅介護支援事業所), or after
    a facility's word (ケアプランセンターあおばずく). Such agencies are named, not unnamed.

    >>> pats = {"groups": ["居宅介護支援事業所"], "business_words": ["事業所"],
    ...         "named_facility_words": ["センター"], "kana_not_names": ["すべて"]}
    >>> kana_named("さくらだ居宅介護支援事業所", pats), kana_named("すべて居宅介護支援事業所", pats)
    (True, False)
    >>> kana_named("ケアプランセンターあおばずく", pats), kana_named("ケアプランセンター", pats)
    (True, False)
    """
    business = tuple(pats.get("business_words", ()))
    kinds = [g for g in pats.get("groups", ()) if g.endswith(business)]
    head = next((name[:-len(g)] for g in sorted(kinds, key=len, reverse=True) if name.endswith(g)), None)
    if head and _KANA.fullmatch(head) and head not in pats.get("kana_not_names", ()):
        return True
    for word in pats.get("named_facility_words", ()):
        at = name.find(word)
        tail = name[at + len(word):] if at > 0 else ""
        if _KANA.fullmatch(tail) and re.search(r"[\u3041-\u309f]", tail) \
                and tail not in pats.get("kana_not_names", ()):
            return True  # (a hiragana tail: センターサービス is a katakana word, no name)
    return False


def kana_start(tokens: list, start: int, name: str, pats: dict) -> int:
    """Return where a business's kana name before ``name`` starts, else ``start``: the noun
    run broke inside it (さくらだ read as さくら + だ), so the name was read without it.
    ``tokens`` are the sentence's ``(start, end, surface, pos)``; the name is the hiragana
    nouns just before (and a だ right before ``name``), not a particle or verb before them.

    >>> pats = {"groups": ["居宅介護支援事業所"], "business_words": ["事業所"]}
    >>> toks = [(0, 2, "これ", ("代名詞",)), (2, 4, "まで", ("助詞",)),
    ...         (4, 7, "さくら", ("名詞",)), (7, 8, "だ", ("助動詞",))]
    >>> kana_start(toks, 8, "居宅介護支援事業所", pats)
    4
    """
    before = [t for t in tokens if t[1] <= start]
    at = start
    for i, tok in enumerate(reversed(before)):
        if tok[1] != at or not re.fullmatch(r"[\u3041-\u309f]+", tok[2]) or not (
                tok[3][0] in ("名詞", "接尾辞") or i == 0 and tok[2] == "だ"):
            break
        at = tok[0]
    head = "".join(t[2] for t in before if t[0] >= at)  # ("" when nothing is taken)
    if len(head) < 2 or head.endswith("だ") and len(head) < 3 or not kana_named(head + name, pats):
        return start
    return at


def classify(name: str, lex: Lexicon, ctx: DocContext):
    """Return ``(kind, type, role, offset)`` for a noun run, or None when it names nothing."""
    pats = lex.patterns
    key = normalise(name)
    if key in pats["not_names"] or len(name) < 2 or \
            any(name.endswith(e) for e in pats.get("not_name_endings", ())):
        return None
    if name in pats.get("groups", ()) or name in pats.get("member_words", ()):
        # 学校に, 相談支援事業所は: bodies, none named (構成町村: see bodies.members_named)
        return "entity", "unnamed-party", "other", 0
    if name in pats.get("prefectures", ()) or name == ctx.prefecture \
            or _PREFECTURE.fullmatch(name) and not names_no_prefecture(name, pats):
        # 岩手県に提供する: the prefecture as a party (北汐県を経由して: one the list does not
        # know, the minutes' own; 潮見県の災害対策本部に: one the head does not name either)
        return "entity", "prefecture", None, 0
    if any(name.startswith(f) and len(name) > len(f) for f in pats.get("company_forms", ())):
        return "entity", "company", None, 0  # 株式会社北陸データセンター: named, whatever its end
    if kana_named(name, pats):
        return "entity", "company", None, 0  # さくらだ居宅介護支援事業所: one business by its name
    # the longest role word decides: 再委託先 is a subcontractor, not a 委託先
    for word, role in _longest_first(pats, "unnamed_parties"):
        if name.endswith(word):
            return "entity", "unnamed-party", role, 0
    if name in pats.get("generic_bodies", ()):
        return "entity", "public-body", None, 0
    own = ctx.municipality_label or ""
    if own and name == own:
        return "entity", "municipality", None, 0  # (東凪北部介護保険広域連合: the union the minutes are of; nc71 W5)
    body = next((w for w in pats.get("own_bodies", ()) if name.endswith(w) and len(name) > len(w) + 2), None)
    if body and not (own and name.startswith(own)) and (classify(name[:-len(body)], lex, ctx) or (0, ""))[1] \
            in ("public-body", "municipality", "prefecture"):
        # 浜菊県東部広域消防組合消防本部: a union's (another town's, the prefecture's) body,
        # not the municipality's own (nc67 W10: read as the town's 消防本部, the controller)
        return "entity", "public-body", None, 0
    if name in pats.get("own_bodies", ()) or (own and name.startswith(own) and name[len(own):]
                                              in pats.get("own_bodies", ())):
        # 教育委員会は, 白浜台市消防本部に: the municipality's own body
        return "entity", "department", None, 0
    if any(name.endswith(w) for w in pats.get("data_subjects", ())):
        return "entity", "data-subject", None, 0
    if any(name.startswith(f) or name.endswith(f) for f in pats.get("company_forms", ())):
        return "entity", "company", None, 0
    if any(name.startswith(f) and len(name) > len(f) for f in pats.get("association_forms", ())):
        return "entity", "association", None, 0
    if any(name.endswith(w) and len(name) > len(w) + 1 for w in pats.get("hospitals", ())):
        if own and (name.startswith(own) or name.startswith(own[-1] + "立")):
            return "entity", "department", None, 0  # 菖蒲沢市民病院, 町立星ヶ浦病院: the town's
        prefectural = re.match(r"[一-龥]{1,3}[都道府県]立", name) is not None
        return "entity", "public-body" if prefectural else "company", None, 0
    if re.match(r"(?:[一-龥]{1,3})?(?:[都道府県]立|国立)", name) and len(name) > 3 \
            and not (own and name.startswith(own)):
        # 県立図書館, 国立病院機構…: a body of the prefecture (the state), not the municipality's
        return "entity", "public-body", None, 0
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9-]{3,}", name):
        # a product written in Latin letters (kintone, Webex) is a system; acronyms
        # and file formats are not
        if key in {normalise(w) for w in pats.get("latin_not_systems", ())} or \
                (name.isupper() and len(name) <= 5):
            return None
        return "entity", "system", None, 0
    if name.endswith("審議会") and len(name) > 5:
        return "entity", "council", None, 0
    # the longest suffix of any type decides: 伊勢年金事務所 is a 年金事務所 (a public body),
    # not a 事務所 (a department)
    for suffix, typ in _longest_first(pats, "suffixes"):
        if name.endswith(suffix) and len(name) > len(suffix):
            offset = 0
            if typ == "department" and ctx.municipality_label and name.startswith(ctx.municipality_label) \
                    and name[len(ctx.municipality_label)] == "立":
                # 菖蒲沢市立第二小学校: the city's school by its whole name (not 立小学校);
                # 菖蒲沢市立小学校: the city's schools, none named
                if name[len(ctx.municipality_label) + 1:] in pats.get("groups", ()):
                    return "entity", "unnamed-party", "other", 0
            elif typ == "department" and ctx.municipality_label and \
                    name.startswith(ctx.municipality_label) and len(name) > len(ctx.municipality_label) + 1:
                offset = len(ctx.municipality_label)  # 志木市保険年金課 -> 保険年金課
            elif typ == "department" and ctx.municipality_label and len(name) >= 5 \
                    and name[0] == ctx.municipality_label[-1] and name[1] not in _CITY_WORDS \
                    and "\u4e00" <= name[1] <= "\u9fff":
                offset = 1  # 市保険年金課は: the city's 保険年金課 (not 市民課, 市税課, 市長公室)
            elif typ == "department" and ctx.municipality_label and len(name) >= 5 \
                    and name[:2] in pats.get("anaphora", {}).get("municipality", ()) \
                    and name[1] == ctx.municipality_label[-1]:
                offset = 2  # 本市生活福祉課: the city's 生活福祉課
            if typ == "municipality" and (len(name) > 6 or not _place(name[:-1], name[-1])):
                return None
            if typ == "department" and (any(name.startswith(p) for p in pats.get("prefectures", ()))
                                        or name[0] in "都道府県" and name[1:] in pats.get("own_bodies", ())
                                        # (東雲県こども未来課: a prefecture the list does not know)
                                        or _PREFECTURE_FIRST.match(name) and ctx.municipality_label
                                        and not name.startswith(ctx.municipality_label)):
                typ = "public-body"  # (県教育委員会: the prefecture's board, not the city's)
            elif typ == "department" and offset == 0 and _other_town(name, ctx.municipality_label or ""):
                typ = "public-body"  # 鶴見台町福祉事務所: another town's office, not the city's
            return "entity", typ, None, offset
    endings = tuple(pats.get("new_category_endings", ()))
    # (医療券, 医療証: a paper about one person on its own)
    if (name.endswith(endings) and len(name) >= 4 or name in pats.get("person_papers", ())) and \
            key not in {normalise(g) for g in pats.get("generic_data", ())} and \
            not any(name[:-len(e)] in pats.get("not_data_stems", ()) for e in endings if name.endswith(e)):
        return "category", None, None, 0
    return None
