"""The entity ruler: names of parties, systems, categories and channels in a sentence.

Two sources of names, tried together and the longer span kept:

* the registries (:class:`~kg.extract.lexicon.Lexicon`): labels and aliases of
  known parties and systems, the category tree, the channels; a product run as
  separate instances is linked to the instance of the document's prefecture;
* Sudachi noun runs ending with a suffix of ``data/extract/patterns.yaml``
  (…システム, …課, …連合会, 株式会社…): names not seen yet, unlinked; a role
  noun (受託者, 再委託先) is an unnamed party, a noun such as 参加者 a data subject.

Example::

    >>> [(m.text, m.type) for m in find_mentions(sentence, tokens, lex, ctx)]  # doctest: +SKIP
    [('長寿応援課', 'department'), ('受注者', 'unnamed-party')]
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from kg.data.evidence import normalise
from kg.extract.lexicon import Lexicon, Target
from kg.extract.names import classify as _classify, kana_start, known_stem as _known_stem
from kg.extract.runs import noun_runs



@dataclass
class Mention:
    """A name in a sentence: ``kind`` entity | category | channel; linked ``id`` when known."""

    sentence: int
    start: int
    end: int
    text: str
    kind: str
    type: str | None = None
    id: str | None = None
    role: str | None = None
    new: bool = False
    #: registry, suffix, alias (a definition or a short form), anaphora, peers (the
    #: others of the municipality's class: 保険者等間で), others (前住所地の市町村)
    how: str = "registry"
    #: the channel a system's name also names (LGWAN): what it is after で, 経由
    channel: str | None = None

    @property
    def key(self) -> str:
        return self.id or f"{self.type}:{normalise(self.text)}"


@dataclass
class DocContext:
    """What the ruler needs to know about the document being read."""

    municipality: str | None = None          # entity id when known
    source: str | None = None                # the saved file name, when the data knows it
    municipality_label: str | None = None
    named_in_minutes: str | None = None      # the municipality the minutes' head names
    meeting_date: str | None = None          # ISO date, when the head says it
    prefecture: str | None = None            # label, e.g. 東京都
    #: names this document defines: （以下「J-LIS」という。）, 国保連合会 -> the prefecture's
    aliases: dict[str, Mention] = field(default_factory=dict)
    #: common nouns that stand for the one body named with them (医師会), and those that
    #: name two bodies of the document (no longer short forms)
    short: set[str] = field(default_factory=set)
    ambiguous: set[str] = field(default_factory=set)
    #: the systems the document has named by suffix, by normalised name (see coref.short_forms)
    systems: dict[str, Mention] = field(default_factory=dict)
    _alias_re: re.Pattern | None = None

    def add_alias(self, name: str, mention: Mention) -> None:
        key = normalise(name)
        if len(key) >= 2:
            self.aliases[key] = mention
            self._compile()

    def drop_alias(self, key: str) -> None:
        self.aliases.pop(key, None)
        self._compile()

    def _compile(self) -> None:
        keys = sorted(self.aliases, key=len, reverse=True)
        self._alias_re = re.compile("|".join(re.escape(k) for k in keys), re.IGNORECASE) \
            if keys else None


def resolve(targets: list[Target], lex: Lexicon, ctx: DocContext) -> Target | None:
    """Pick the target a name stands for in this document, or None when none fits."""
    usable = []
    for target in targets:
        if target.kind != "entity":
            usable.append(target)
            continue
        ent = lex.entities.get(target.id)
        if ent is not None and lex.entity_usable(ent, ctx.municipality, ctx.prefecture, ctx.source):
            usable.append(target)
    if not usable:
        return None
    if len(usable) > 1 and ctx.prefecture:  # 国保情報集約システム: the prefecture's instance
        mine = [t for t in usable if t.kind == "entity" and _stem(ctx.prefecture) in lex.entities[t.id].label]
        usable = mine or usable
    # the document's own local entity before a national one, an entity before a category
    usable.sort(key=lambda t: (t.kind != "entity",
                               not (t.kind == "entity" and lex.entities[t.id].municipality)))
    chosen = usable[0]
    if chosen.kind == "entity":
        instances = lex.instances(chosen.id)
        if instances:
            mine = [e for e in instances if ctx.prefecture and _stem(ctx.prefecture) in e.label]
            if len(mine) == 1:
                return Target("entity", mine[0].id, mine[0].type)
    return chosen


_KATAKANA = re.compile(r"[ァ-ヶー]+")
_KANJI = re.compile(r"[一-龥々]")
#: Katakana words a data name in katakana goes on into and stays that data (レセプトデータ;
#: マイナンバーカード, where the card is no name of its own, holds the number).
_DATA_WORDS = ("データ", "ファイル", "リスト", "カード")


def _in_katakana_word(text: str, start: int, end: int) -> bool:
    """True when a data name written in katakana is only part of a longer katakana word
    (クラス of クラスター)."""
    if not _KATAKANA.fullmatch(text, start, end):
        return False
    return bool(start and _KATAKANA.match(text[start - 1])) or bool(
        end < len(text) and _KATAKANA.match(text[end]) and not text.startswith(_DATA_WORDS, end))


def _in_kanji_word(text: str, start: int, end: int) -> bool:
    """True when a channel's name in kanji begins a longer word (電話 of 電話番号 or
    電話勧奨, 郵便 of 郵便番号): a data name or an activity, not the way data goes."""
    return _KANJI.match(text[end - 1]) is not None and end < len(text) \
        and _KANJI.match(text[end]) is not None and text[end] not in "等経"


def _stem(prefecture: str) -> str:
    return prefecture[:-1] if prefecture.endswith(("都", "県", "府")) else prefecture


def find_mentions(index: int, text: str, tokens: list, lex: Lexicon, ctx: DocContext,
                  gaps: set | None = None) -> list[Mention]:
    """Return the mentions of sentence ``index`` (cleaned ``text``, its Sudachi ``tokens``;
    ``gaps``: positions that followed white space in the raw text)."""
    found: list[Mention] = []
    for start, end, targets in lex.scan(text):
        target = resolve(targets, lex, ctx)
        if target is None or target.kind == "category" and _in_katakana_word(text, start, end) \
                or target.kind == "channel" and _in_kanji_word(text, start, end):
            continue
        kind = target.kind
        found.append(Mention(index, start, end, text[start:end], kind,
                             target.type if kind == "entity" else None, target.id))
        if kind == "entity" and target.type == "system":
            found[-1].channel = next((t.id for t in targets if t.kind == "channel"), None)
    if ctx._alias_re is not None:
        for match in ctx._alias_re.finditer(text):
            ref = ctx.aliases[match.group(0).lower()]
            if getattr(ref, "bare_site", False) and text[:match.start()].endswith("の"):
                continue  # (国内のデータセンター: not the company's own named before)
            found.append(Mention(index, match.start(), match.end(), match.group(0), ref.kind,
                                 ref.type, ref.id, ref.role, ref.new, "alias"))
            found[-1].label = getattr(ref, "label", ref.text)
    found.extend(_suffix_mentions(index, text, tokens, lex, ctx, gaps or set()))
    for body in lex.patterns.get("generic_bodies", ()):
        # 国の機関: a body named with の is no single noun run; found as written
        if "の" in body:
            # (not 外国の機関, 母国の機関: a foreign body is no 国の機関)
            found.extend(Mention(index, m.start(), m.end(), body, "entity", "public-body", None,
                                 None, True, "suffix") for m in re.finditer(re.escape(body), text)
                         if not text[:m.start()].endswith(("外", "諸", "母", "本", "各", "他", "両", "全")))
    kinds = "|".join(map(re.escape, lex.patterns.get("product_kinds", ())))
    for m in re.finditer(rf"(?:{kinds})「([^「」、。]{{2,20}})」", text) if kinds else ():
        # クラウドサービス「こどもナビ」: a product the minutes name in brackets after its kind
        named = [f for f in found if f.kind == "entity" and f.start <= m.start(1) < f.end]
        if named and not any(f.type == "system" and (f.start, f.end) == m.span(1) for f in named):
            continue
        # (学習支援クラウドサービス「まなびポケット東山」: the words before describe it, also
        # where the product is already known by its name)
        kind = [f for f in found if f.kind == "entity" and f.type == "system"
                and f.end == m.start(1) - 1 and f.id is None]
        # (介護保険システム「ほくれいケアNEXT」: nor is 介護保険 in the kind's name data)
        found = [f for f in found if f not in kind and not (f.kind == "category" and any(
            k.start <= f.start and f.end <= k.end for k in kind))]
        if not named:
            found.append(Mention(index, m.start(1), m.end(1), m.group(1), "entity", "system", None,
                                 None, True, "suffix"))
    for group in lex.patterns.get("groups", ()):
        # 介護認定審査会の委員に: a group written with の, no single noun run either
        if "の" in group:
            found.extend(Mention(index, m.start(), m.end(), group, "entity", "unnamed-party", None,
                                 "other", True, "suffix") for m in re.finditer(re.escape(group), text))
    after = tuple(lex.patterns.get("not_data_after", ()))
    papers = set(lex.patterns.get("not_data", ()))
    # 個人情報保護条例 names a law, 作業報告書 a paper about the work: no data of anyone
    purpose = lex.patterns.get("purpose_after")  # 選挙人名簿の調製のため: why, not what
    before = tuple(lex.patterns.get("not_data_before", ()))
    found = [m for m in found if m.kind != "category"
             or not (text.startswith(after, m.end) or m.text in papers
                     or (before and text.endswith(before, 0, m.start))  # 航空写真: of land
                     or (purpose and re.match(purpose, text[m.end:])))]
    for mention in [m for m in found if m.kind == "category"]:
        # 主治医の氏名: the doctor's name, data of its own (not the residents' 氏名 a
        # denial of it would keep from a party the same line gives them to)
        who = next((w for w in lex.patterns.get("other_persons", ()) if text.endswith(w + "の", 0, mention.start)), None)
        if who:
            start = mention.start - len(who) - 1
            found.append(Mention(index, start, mention.end, text[start:mention.end], "category", None, None,
                                 None, True, "suffix"))
    status = lex.patterns.get("document_status_after")
    for mention in [m for m in found if m.kind == "category" and m.id in lex.categories
                    and lex.categories[m.id].kind == "document"] if status else ():
        # マイナンバーカードの…利用登録の状況: whether one registered, not the card (nor
        # the number it carries): a data name of its own
        match = re.match(status, text[mention.end:])
        if match:
            end = mention.end + match.end()
            found.append(Mention(index, mention.start, end, text[mention.start:end], "category", None, None,
                                 None, True, "suffix"))
    own = ctx.municipality_label or ""
    for mention in [m for m in found if m.kind == "entity" and m.text != own and own.endswith(m.text)]:
        # 東浜|北部介護保険広域連合: a word read as a surname cut the union's name the head
        # gives whole (nc71 W5)
        start = mention.start - (len(own) - len(mention.text))
        if start >= 0 and text[start:mention.end] == own:
            found.append(Mention(index, start, mention.end, own, "entity", "municipality", None, None,
                                 False, "suffix"))
    return _best(found)


def _best(found: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (the registry's on a tie)."""
    order = {"alias": 0, "registry": 1, "suffix": 2}
    found.sort(key=lambda m: (-(m.end - m.start), order.get(m.how, 3), m.start))
    kept: list[Mention] = []
    taken = [False] * (max((m.end for m in found), default=0) + 1)
    for mention in found:
        if any(taken[mention.start:mention.end]):
            continue
        for pos in range(mention.start, mention.end):
            taken[pos] = True
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


#: A title that starts with one of these keeps it in the name (課長 of 市民課長: 市民課).
_UNITS = "課係室"

#: A table's cell wall drawn in text (│, ┃, ｜, |): never inside a name.
_WALL = re.compile(r"[|\uff5c\u2500-\u257f]+")
#: A name starts after these: a number, a list mark, a formal noun (…するため個人番号を).
_CUT_AFTER = {"号", "・", "年度", "階", "第", "回", "及び", "並びに", "ため", "こと", "もの", "場合", "限り", "対し"}


_UNIT_BEFORE = re.compile(r"(?:課|係|室|担当|同課|同係|同室)$")


def _staff(text: str, run: list, gaps: set, pats: dict) -> bool:
    """True when the run is a person after their unit in an attendance list (同課 中村主任,
    文書行政課 河合課長): it starts after white space that follows a unit, and is a short
    name and a title — not a department (市民局 区政課長 names 区政課)."""
    start = run[0][0]
    after_unit = start in gaps and _UNIT_BEFORE.search(text[:start])
    # 前田課長、福井係長: the next person of a list of staff
    after_staff = text[:start].endswith("、") and any(
        text[:start - 1].endswith(t) for t in pats.get("person_titles", ()))
    if not (after_unit or after_staff):
        return False
    name = "".join(tok[2] for tok in run)
    titles = sorted(pats.get("titles", ()), key=len, reverse=True)
    title = next((t for t in titles if name.endswith(t) and len(name) > len(t)), None)
    return title is not None and len(name) - len(title) <= 3


#: After a name's first token, what makes it a place (緑川県, read as a surname 緑川 + 県).
_PLACES = ("市", "町", "村", "区", "郡", "県", "府", "都")


def _suffix_mentions(index: int, text: str, tokens: list, lex: Lexicon, ctx: DocContext,
                     gaps: set) -> list[Mention]:
    pats = lex.patterns
    out = []
    # (一般社団法人しいな介護協会: a legal person's name after its form is one run too)
    legal_forms = tuple(pats.get("company_forms", ())) + tuple(pats.get("association_forms", ()))
    for start, end, run in noun_runs(tokens, text, gaps, legal_forms, frozenset(pats.get("firm_trades", ())),
                                      frozenset(pats.get("adverb_nouns", ()))):
        # a name starts after an item number, a floor, a list mark (・令和元年度諮問第9号 …)
        # (and after a table's cell wall: ││白浜台警察署), never inside a company's name
        # after its legal form (株式会社ことのはラボ: こと is the name's)
        firm_from = next((i for i, tok in enumerate(run) if tok[2] in pats.get("company_forms", ())), len(run))
        numbered = _numbered(run, pats)
        cut = max((i for i, tok in enumerate(run[:-1]) if i not in numbered and i < firm_from and (tok[2] in _CUT_AFTER and
                                                           (tok[2] != "・" or i == 0))
                   or _WALL.fullmatch(tok[2])
                   # (a count, 3階, 第十回; not 千 of 千曲県: a place's first character)
                   or tok[3][1] == "数詞" and (re.search(r"[0-9０-９]", tok[2])
                                               or run[i + 1][3][2] == "助数詞可能")
                   or tok[2] in pats.get("person_titles", ())), default=-1)
        run = run[cut + 1:]
        if run and _staff(text, run, gaps, pats):
            continue
        # leave out a leading vague word (各, 当該, 本 ...) and a person's name
        # (飯嶋保健予防課長); 再 of 再委託先 stays
        # 従来どおり株式会社A: a company named by its legal form first starts there (例年どおり
        # 一般社団法人A: an association too; nc76 W13)
        forms = tuple(pats.get("company_forms", ())) + tuple(pats.get("association_forms", ()))
        # (not 日本郵便株式会社西浦沢郵便局: a proper name before the form is the company's own)
        firm_at = next((i for i, tok in enumerate(run[:-1]) if i and tok[2] in forms
                        and run[i - 1][3][1] != "固有名詞"), None)
        if firm_at is not None:
            run = run[firm_at:]
        # (not the founder's name a company's starts with: 鈴木商事, ひばり信用金庫)
        firm = "".join(tok[2] for tok in run).endswith(tuple(pats.get("suffixes", {}).get("company", ())))
        # (nor the place a public body is named for: 北浜警察署, 北浜 read as a surname)
        firm = firm or "".join(tok[2] for tok in run).endswith(tuple(pats.get("place_named_bodies", ())))
        while run and (run[0][2] in pats.get("vague_heads", ()) or run[0][3][0] == "副詞"
                       # (not ひばり of ひばり町社会福祉協議会: a given name's reading, the town's)
                       # (nor 翠 of 翠嶺県…: a place's first character, read as a surname)
                       or (run[0][3][2] == "人名" and not firm and not (
                           # (潮見県: a surname's reading, then 県, is a prefecture's name;
                           # 蓮見野町: two surnames, the second ending in 町, a town's; nc71 M4)
                           len(run) == 2 and (run[1][2] in ("県", "府") or len(run[1][2]) >= 2
                                              and run[1][3][2] == "人名" and run[1][2].endswith(("町", "村")))
                           or len(run) > 2 and (
                           run[1][2] in _PLACES or len(run) > 3 and len(run[1][2]) == 1
                           and run[2][2] in _PLACES
                           # (nor 藤見 of 藤見沢町社会福祉協議会: 沢町 read as a place's name)
                           or run[1][3][2] == "地名" and run[1][2].endswith(_PLACES))))
                       or run[0][2] in pats.get("frequencies", ())):
            run = run[1:]
        # 警察署等, 児童相談所とも: the plural mark (and "too") is no part of the name, nor
        # is the way through it (eLTAX経由で)
        while len(run) > 1 and run[-1][2] in ("等", "など", "とも", "経由"):
            run = run[:-1]
        # a title after a department names the department: 保健予防課長 -> 保健予防課, and
        # 市民課長 read as 市民 + 課長 -> 市民課 (not the residents)
        unit = None
        grouped = run and text[run[0][0]:run[-1][1]] in pats.get("groups", ())  # 民生委員・児童委員
        while not grouped and len(run) > 1 and run[-1][2] in pats.get("titles", ()):
            if len(run[-1][2]) > 1 and run[-1][2][0] in _UNITS and not run[-2][2].endswith(
                    tuple(pats.get("suffixes", {}).get("department", ()))):
                unit = run[-1][0] + 1  # not 保険年金課担当 + 係長: 担当 names the unit already
            run = run[:-1]
            if len(run) > 1 and run[-1][2] == "担当" and unit is None:
                run = run[:-1]  # 保険年金課担当係長: 担当係長 is the title, 保険年金課 the unit
        if run and run[-1][2] in pats.get("titles", ()) and not grouped:
            continue
        end = unit or (run[-1][1] if run else end)
        if not run:
            continue
        if text.startswith("長", end) and text[:end].endswith(("課係", "部係", "室係")):
            end -= 1  # 住民保険課係長 read as 住民保険課係 + 長: 係長 is the title
        start = run[0][0]
        start = kana_start(tokens, start, text[start:end], pats)  # (さくらだ居宅介護支援事業所)
        name = text[start:end]
        parts = name.split("・")
        if len(parts) > 1 and all((_classify(p, lex, ctx) or (0, 0))[1] == "department" for p in parts):
            # 危機管理課・福祉総務課: two departments, each its own party
            for part, at in zip(parts, itertools.accumulate([start, *(len(p) + 1 for p in parts[:-1])])):
                out.append(Mention(index, at, at + len(part), part, "entity", "department", None, None, True, "suffix"))
            continue
        mention = _classify(name, lex, ctx)
        if mention is None:
            continue
        kind, typ, role, offset = mention
        known = _known_stem(name, lex) if kind == "category" else None
        out.append(Mention(index, start + offset, end, name[offset:], kind, typ, known, role,
                           known is None, "suffix"))
    return out


def _numbered(run: list, pats: dict) -> set[int]:
    """Return the indexes of 第 and its number where they open a numbered body's name
    (菖蒲沢市立第二小学校, 第3中学校), so no cut falls there as it does in 第2回, 第十号."""
    out = set()
    for i, tok in enumerate(run[:-2]):
        rest = "".join(t[2] for t in run[i + 2:])
        if tok[2] == "第" and run[i + 1][3][1] == "数詞" and run[i + 2][3][2] != "助数詞可能" \
                and rest.endswith(tuple(pats.get("numbered_bodies", ()))):
            out.update((i, i + 1))
    return out
