"""What the head of the minutes says about them: the meeting's date, the council, the
municipality and its prefecture.

Example::

    >>> meeting_date(["開催日時 令和元年11月11日(月)午後6時"], load_patterns())   # doctest: +SKIP
    '2019-11-11'
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from kg.data.numerals import KANJI_NUMBER, arabic
from kg.extract.names import names_no_prefecture
from kg.extract.ruler import DocContext


def to_date(groups: dict, eras: dict) -> str | None:
    """Return an ISO date from era or western year, month and day groups (None if invalid).

    >>> to_date({"era": "令和", "year": "元", "month": "11", "day": "11"}, {"令和": 2018})
    '2019-11-11'
    """
    try:
        year = arabic(groups.get("year") or groups["western"])  # (2026/10/21: no era)
        year = 1 if year == "元" else int(year)
        if groups.get("era"):
            year += eras[groups["era"]]
        return dt.date(year, int(arabic(groups["month"])), int(arabic(groups["day"]))).isoformat()
    except (KeyError, ValueError):
        return None


def meeting_date(texts: list[str], pats: dict) -> str | None:
    """The meeting date: a date said to be the meeting's (…日に開催した本審議会), else the
    first date after a label such as 開催日時, else the first date."""
    meta = pats["meta"]
    forms = [re.compile(meta[key]) for key in ("date", "western_date", "short_date") if key in meta]
    held, labelled, first = None, None, None
    for index, text in enumerate(texts):
        for form in forms:
            for number, match in enumerate(form.finditer(text)):
                date = to_date(match.groupdict(), pats["eras"])
                if date is None:
                    continue
                if held is None and text.startswith(tuple(meta.get("date_held", ())), match.end()):
                    held = date
                if number:
                    continue  # (a label speaks of the first date of its line)
                first = first or date
                near = " ".join(texts[max(0, index - 1):index + 1])
                if labelled is None and any(label in near for label in meta["date_labels"]):
                    labelled = date
    return held or labelled or first or _in_fiscal_year(texts, pats)


def other_meetings(sents, lines: list[str], pats: dict, date: str | None) -> list[dict]:
    """The later meetings a file holds besides the one it is dated by: a date after a date
    label (開催日時, 日時), past the head's and another than ``date``, with the minutes' title
    (…会議録) within the three ``lines`` of the text before it (a running head, maybe, read
    as the page's). Each as ``{"date", "line"}``."""
    meta = pats["meta"]
    forms = [re.compile(meta[key]) for key in ("date", "western_date") if key in meta]
    found = []
    for sentence in sents:
        after = sents[sentence.index + 1] if sentence.index + 1 < len(sents) else None
        # (開催日時<tab>令和3年9月30日: the date in the cell after the label's)
        said = sentence.text + (after.text if after is not None and after.line == sentence.line else "")
        text = re.sub(r"\s+", "", said)
        if not any(text.lstrip("0123456789.．、 ").startswith(label) or f"{label}" in text[:8]
                   for label in meta["date_labels"]):
            continue
        titled = any("会議録" in line or "会議要旨" in line for line in lines[max(0, sentence.line - 4):sentence.line - 1])
        match = next((m for form in forms for m in form.finditer(said)), None)
        when = to_date(match.groupdict(), pats["eras"]) if match else None
        if titled and when:
            found.append({"date": when, "line": sentence.line})
    # (the first is the head's own, whatever date --date gave the file)
    later = [f for f in found[1:] if f["date"] not in (date, found[0]["date"])]
    return [f for n, f in enumerate(later) if f["date"] not in {g["date"] for g in later[:n]}]


#: A fiscal year (令和7年度) and a day with no year (開催日：9月30日).
_FISCAL_YEAR = re.compile(r"(?P<era>平成|令和)(?P<year>[0-9０-９]+|元)年度")
_DAY = re.compile(r"(?<![0-9０-９年])(?P<month>[0-9０-９]{1,2})月(?P<day>[0-9０-９]{1,2})日")


def _in_fiscal_year(texts: list[str], pats: dict) -> str | None:
    """The date of a meeting the head dates by its day alone, after a date label, in the
    fiscal year the head names (令和7年度第3回…審議会 / 開催日：9月30日: 2025-09-30; a day in
    January to March falls in the next calendar year), else None."""
    year = next((m for text in texts for m in _FISCAL_YEAR.finditer(text)), None)
    if year is None:
        return None
    for text in texts:
        label = next((text.index(w) for w in pats["meta"]["date_labels"] if w in text), None)
        day = _DAY.search(text, label) if label is not None else None
        if day is not None:
            month = int(arabic(day.group("month")))
            start = to_date({**year.groupdict(), "month": "4", "day": "1"}, pats["eras"])
            if start is None:
                return None
            return to_date({"year": str(int(start[:4]) + (month < 4)), "month": str(month),
                            "day": day.group("day")}, pats["eras"])
    return None


def council_name(texts: list[str], pats: dict) -> str | None:
    """The council's name as the head of the minutes writes it (ordinal and year left out)."""
    form = re.compile(pats["meta"]["council"])
    found = [m for text in texts for m in form.finditer(text)]
    # (ホーム > 市政情報 > 審議会・委員会 > 令和8年度第2回…個人情報保護審議会, or a path
    # line of its own, ホーム > … > 審査会の結果: a site's path names councils in general
    # before the one whose minutes these are)
    match = next((m for m in found if re.search(r"個人情報|情報公開|プライバシー", m.group("council"))),
                 found[0] if found else None)
    if match is None:
        return None
    name = re.sub(r"^.*?第[0-9一二三四五六七八九十]+回", "", match.group("council"))
    name = re.sub(r"^(?:平成|令和)(?:[0-9]+|元)年度", "", name)
    return name or match.group("council")


def document_kind(texts: list[str], pats: dict) -> str | None:
    """What the minutes call themselves right after the council's name in their head
    (朝凪市個人情報保護審議会　会議結果報告: ``会議結果報告``), or None.

    >>> document_kind(["令和7年度第2回朝凪市個人情報保護審議会　会議結果報告"],
    ...               {"meta": {"council": "(?P<council>[^\\s]{0,30}審議会)",
    ...                         "document_kinds": ["会議結果報告", "会議録"]}})
    '会議結果報告'
    """
    form = re.compile(pats["meta"]["council"])
    kinds = sorted(pats["meta"].get("document_kinds", ()), key=len, reverse=True)
    for text in texts:
        for match in form.finditer(text):
            rest = text[match.end():].lstrip(" 　")
            kind = next((k for k in kinds if rest.startswith(k)), None)
            if kind is not None:
                return kind
    return None


#: A municipality's word for itself (当町, 本市, 同区): no name.
_SELF = re.compile(r"[当本同][市区町村]")


def municipality_name(texts: list[str], known: list[str], pats: dict) -> str | None:
    """The municipality: a known one named in the head, else the one before the council name
    (…市個人情報保護審議会, …町情報公開・個人情報保護審査会, …市議会　厚生常任委員会), or the
    union of municipalities whose council it is (北嶺広域連合個人情報保護審議会)."""
    counts = Counter()
    head = "".join(texts)
    for name in known:
        counts[name] = head.count(name)
    best = [n for n, c in counts.most_common() if c > 0]
    if best:
        return best[0]
    # (北嶺広域連合個人情報保護審議会, …消防組合…: a union of municipalities keeps its own)
    # (東凪北部介護保険広域連合: a union's name is longer than a town's; nc71 W5)
    # (汐瀬郡町村個人情報保護審議会: the towns and villages of a district, a joint council;
    # no town named 汐瀬郡町 nor a village 汐瀬郡町村; nc75 W7)
    council = re.compile(rf"(?:第(?:[0-9]+|{KANJI_NUMBER})回)?(?P<name>[一-龥々ぁ-んァ-ヶ]{{1,5}}?"
                         r"(?<!郡)(?<!郡町)[市区町村](?!連合|組合|事務組合|[市区町村])"
                         r"|[一-龥々ぁ-んァ-ヶ]{1,12}?(?:広域連合|一部事務組合|事務組合|組合))"
                         r"(?:情報公開|個人情報|行政|議会|.{0,12}(?:審議会|審査会|協議会))")
    for text in texts:
        match = council.search(text)
        # 令和4年11月9日盛岡市…, 令和4年度盛岡市…: the date's last character is no part of it;
        # 当町の介護認定審査会: "this town" names none (nc66 W1)
        while match and (match.group("name")[0] in "年月日度回号" and match.start()
                         and (text[match.start() - 1].isdigit() or text[match.start() - 1] == "年")
                         or _SELF.fullmatch(match.group("name"))):
            match = council.search(text, match.start() + 1)
        if match:
            return match.group("name")
    return None


def prefecture_name(text: str, pats: dict) -> str | None:
    """The prefecture most often named in ``text``, known or not (青峰県教育委員会, 藍ヶ浦県北部
    児童相談所: 青峰県, 藍ヶ浦県), not counting where a company keeps data (東京都内に置く
    サーバ); None when none is named, or two as often.

    Example::

        >>> prefecture_name("…を青峰県教育委員会へ提供する。", pats)      # doctest: +SKIP
        '青峰県'
    """
    # (受託者が東京都内に置くサーバ, 大阪府内のデータセンター: where a company keeps data,
    # not the municipality's prefecture)
    counts = Counter({p: len(re.findall(re.escape(p) + r"(?!内|の(?:データセンター|事業所|本社))", text))
                      for p in pats["prefectures"]})
    unknown = Counter(m.group(1) for m in _PREFECTURE.finditer(text)
                      if not names_no_prefecture(m.group(1), pats) and m.group(1) not in counts)
    ranked = (counts + unknown).most_common(2)  # (a Counter sum keeps positive counts only)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None  # (two named as often: say none rather than guess)
    return ranked[0][0]


#: A name of a prefecture, starting after no kanji, going on into a body's or a survey's
#: name or ending at a particle or a cell (青峰県教育委員会, 青葉県に; not 都道府県, 他県).
_PREFECTURE = re.compile(r"(?<![\u4e00-\u9fffヶケノ])([\u4e00-\u9fff](?:[\u4e00-\u9fff]|[ヶケノ](?=[\u4e00-\u9fff])){1,3}[都府県])"
                         r"(?=[\u4e00-\u9fff]|[\s|]|に|へ|は|が|から|と|の)")  # (潮見県の災害対策本部)


def context(sents, head: list[str], lex, given: str | None = None):
    """Return the document's :class:`~kg.extract.ruler.DocContext`: the municipality the
    head names (else ``given``), linked when the registry knows it, and its prefecture."""
    pats = lex.patterns
    known = [e.label for e in lex.entities.values() if e.type == "municipality"]
    named = municipality_name(head, known, pats)
    # the reviewer's -m is their reading of the minutes: it wins over the head's (三回錦ヶ原市
    # read for 錦ヶ原市; nc66 U1: a neighbouring town read for the minutes' own); a batch
    # does not give it to the files that name theirs (kg.extract.extract_files)
    ctx = DocContext(municipality_label=given or named, named_in_minutes=named)
    name = ctx.municipality_label
    if name:
        for target in lex.lookup(name):
            if target.kind == "entity" and target.type == "municipality":
                ctx.municipality = target.id
                ent = lex.entities[target.id]
                if ent.prefecture and ent.prefecture in lex.entities:
                    ctx.prefecture = lex.entities[ent.prefecture].label
    if ctx.prefecture is None:
        ctx.prefecture = prefecture_name("\n".join(s.text for s in sents), pats)
    return ctx
