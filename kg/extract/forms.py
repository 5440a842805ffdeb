"""An entrustment written as a form, one field a line (the consultation sheet many
councils print in their minutes):

    １　委託先　株式会社A
    ３　取り扱う個人情報　対象者の氏名、住所、生年月日
    ４　個人情報の受渡し方法　暗号化した電子媒体を手渡し
    ５　再委託の有無　有（再委託先：株式会社B）
    ６　委託期間　令和8年10月1日から令和9年3月31日まで

The field names live in ``data/extract/patterns.yaml`` (``form_fields``). The data
line says what the item's contractor receives from the item's department: a flow
with the method line's channel and the period's status (planned when it starts
after the meeting), and the data of the entrustment; 再委託の有無 無 is a
re-entrustment with ``permission: forbidden`` (it grants nothing). A contractor
named on the 委託先 line is found by :func:`kg.extract.contractors.item_contractors`.

Example::

    >>> form_facts(state, items)                                    # doctest: +SKIP
"""
from __future__ import annotations

import re
import unicodedata

from kg.extract import permissions, relations, status
from kg.extract.denial import clause_denied
from kg.extract.exclusions import append
from kg.extract.speakers import is_question
from kg.extract.titles import item_flow, unnamed_contractor
from kg.extract.ways import frequency

#: Before a field's name: its number (１, (1), ①, which NFKC makes 1).
_NUMBER = re.compile(r"^(?:[0-9]{1,2}|[(（][0-9]{1,2}[)）])?[.．、]?")
#: After a field's name, its other name in brackets (提供先（結合先）).
_LABEL_NOTE = re.compile(r"\s*[(（][^()（）]{1,12}[)）]")
#: A value that says there is none (再委託の有無　無, なし, 予定なし, 行わない).
_NONE = re.compile(r"^(?:無|なし|無し|予定なし|しない|行わない|ありません|ない)")
#: A value that says there is one (再委託の有無　有（…）, あり, 予定あり).
_YES = re.compile(r"^(?:有|あり|有り|予定あり|予定有|する|行う)")


def fields(state, item) -> dict[str, tuple]:
    """Return ``{field: (sentence, start of its value)}`` for the form lines of ``item``."""
    names = sorted(((name, label) for name, labels in state.pats.get("form_fields", {}).items()
                    for label in labels), key=lambda pair: -len(pair[1]))
    out: dict[str, tuple] = {}
    for index in item.sentences:
        sentence = state.sents[index]
        text = sentence.text
        at = _NUMBER.match(text).end()
        found = next(((name, label) for name, label in names if text.startswith(label, at)), None)
        if found is None:
            continue
        start = at + len(found[1])
        note = _LABEL_NOTE.match(text, start)
        start = note.end() if note else start  # 提供先（結合先）: the label's other name
        following = state.sents[index + 1] if index + 1 < len(state.sents) else None
        if start == len(text.rstrip()) and following is not None \
                and following.pieces[0].line in (sentence.pieces[-1].line, sentence.pieces[-1].line + 1):
            # 提供先<tab>県中央児童相談所 (a 項目/内容 table): the value is the cell beside it;
            # ②委託先 / 　　株式会社A（…）。: the line under the field's (nc74 M5)
            out.setdefault(found[0], (following, 0))
            continue
        if text.startswith(("：", ":"), start):
            start += 1
        elif not text[start:start + 1] or text[start] in "はがをにのでとへも":
            continue  # 委託先は…とする: prose, not a field
        out.setdefault(found[0], (sentence, start))
    return out


def form_facts(state, items) -> None:
    """Add what each item's form states (see the module) to ``state``, and give each
    re-entrustment that names no data what its subcontractor is said to handle."""
    for item in items:
        if state.municipality is None:
            continue
        form = fields(state, item)
        if {"recipient", "data"} <= set(form) and _provision(state, item, form):
            continue
        if "outsourcing" not in item.kinds:
            continue
        _subcontracted_data(state, item)
        if "data" not in form:
            continue
        sentence, start = form["data"]
        named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category" and m.start >= start]
        data = state.category_keys(named, sentence) if named else []
        contractor = item.contractor or unnamed_contractor(state, item)
        provider = item.department or state.municipality_mention()
        if not data or provider is None:
            continue
        line, quote = _whole_line(sentence)
        also = [dict(zip(("line", "quote"), _whole_line(form[f][0]))) for f in ("method", "period") if f in form]
        state.entity_for(contractor, line, quote)
        # (a form with no period: the hand-over starts with the entrustment the body states,
        # …に委託いたします, planned; 委託の概要 | 取り扱う個人情報 | …)
        said = next((r.get("status") for r in state.relations if r["type"] == "entrusts" and r["item"] == item.key
                     and r["object_key"] == state.key(contractor)), None) \
            if not {"period", "start"} & set(form) else None
        item_flow(state, item, "委託", provider, contractor, data, line, quote,
                  channel=_channel(state, form), status=said or _status(state, form),
                  basis="stated" if "method" in form else "inferred",
                  confidence=0.7 if "method" in form else 0.5, **({"also": also} if also else {}),
                  _index=sentence.index, _from=provider, _to=contractor, _said=False)
        for rel in state.relations:  # the entrustment hands over that data
            if rel["type"] == "entrusts" and rel["object_key"] == state.key(contractor):
                rel["categories"] = list(dict.fromkeys(
                    [c for c in rel["categories"] if c != "personal-information"] + data))
            # (委託期間　令和7年7月1日から…, said in June: the contractor's work starts then)
            if "period" in form and rel["item"] == item.key and state.key(contractor) in (
                    rel["subject_key"], rel["object_key"]) and not rel.get("_settled") \
                    and rel["type"] in ("entrusts", "operates", "maintains") and rel.get("status") in (None, "current"):
                rel["status"] = _status(state, form)
        _no_subcontract(state, item, form, contractor)


def _provision(state, item, form) -> bool:
    """提供先 / 提供項目 / 提供方法 / 頻度 / 開始時期, one field a line (a 項目/内容 table as a
    page shows it): the flow of the data line's data from the 提供元 line's party (else the
    item's department, else the municipality) to the 提供先 line's, with the method's
    channel, the frequency line's frequency and the status the start line gives (else
    planned in an item asked to be approved, current otherwise). Return True when it does."""
    sentence, start = form["recipient"]
    to = next((m for m in state.mentions.get(sentence.index, []) if m.start >= start
               and m.kind == "entity" and m.type not in ("system", "data-subject")), None)
    said, begin = form["data"]
    named = [m for m in state.mentions.get(said.index, []) if m.kind == "category" and m.start >= begin
             and not relations.negated(said.text, m.end + 2, state.pats) and not _kept_in_note(said.text, m)]
    data = state.category_keys(named, said) if named else []
    frm = None
    if "provider" in form:
        given, at = form["provider"]
        frm = next((m for m in state.mentions.get(given.index, []) if m.start >= at and m.kind == "entity"
                    and m.type in ("department", "municipality")), None)
    frm = frm or item.department or state.municipality_mention()
    if to is None or not data or frm is None or state.key(frm) == state.key(to):
        return False  # (提供先　提供項目　提供方法: a table's header, its rows read elsewhere)
    line, quote = _whole_line(sentence)
    state.entity_for(to, line, sentence.quote(to.start, to.end)[1])
    also = [dict(zip(("line", "quote"), _whole_line(form[f][0])))
            for f in ("data", "method", "frequency", "start") if f in form]
    often = None
    if "frequency" in form:
        told, at = form["frequency"]
        value = unicodedata.normalize("NFKC", told.text[at:])
        # (随時（ケースの送致又は援助依頼の都度）: 随時, the note in brackets says when)
        often = frequency(state.pats, value) or frequency(state.pats, value, events=True)
        if often == "都度":  # (申請の都度: of what, too)
            often = frequency(state.pats, value, events=True) or often
    if "start" in form:
        told, at = form["start"]
        # (開始時期　令和6年8月: the date the hand-over starts from; a note in brackets aside)
        when = re.sub(r"[（(][^（()）]*[）)]", "", unicodedata.normalize("NFKC", told.text[at:])).strip()
        now = status.of(state, when + ("から" if re.search("[0-9]日?$|月$|年度?$", when) else ""))
    else:
        now = "planned" if item.asked else "current"
    kept = _noted_denial(state, item, form, to)
    data = [c for c in data if c not in kept] or data
    item_flow(state, item, "表", frm, to, data, line, quote, channel=_channel(state, form), frequency=often,
              status=now, basis="stated", confidence=0.7, also=also, _index=said.index, _from=frm, _to=to,
              _said=True, _settled=True)
    return True


#: A bracketed note inside a field's value, and a hand-over it denies (（個人番号は…
#: 紐付けにのみ利用し、支払基金には提供しない。）).
_NOTE = re.compile(r"[(（][^()（）]*[)）]")
_NOT_GIVEN = re.compile(r"(?:提供|送付|送信|渡)(?:し|いたし|さ)?(?:ない|ません|せず|れない)")


def _kept_in_note(text: str, mention) -> bool:
    """True when ``mention`` stands in a bracketed note of a field's value that says it is
    not given (nc67 W1: the data line's note kept 個人番号 from the recipient, and the flow
    still carried it)."""
    return any(m.start() < mention.start and mention.end <= m.end() and _NOT_GIVEN.search(m.group())
               for m in _NOTE.finditer(text))


def _noted_denial(state, item, form, to) -> set[str]:
    """備考　個人番号は提供しない: the recipient ``to`` kept from that data, an exclusion
    quoted with its line; returns the data kept from it."""
    if "note" not in form:
        return set()
    sentence, start = form["note"]
    named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category" and m.start >= start
             and clause_denied(sentence.text, m.end, state.pats)]
    if not named:
        return set()
    data = state.category_keys(named, sentence)
    line, quote = _whole_line(sentence)
    append(state, {"item": item.key, "line": line, "quote": quote, "_sentence": sentence.index},
           "excluded", to, data, None, item.title, 0.7)
    return set(data)


def _whole_line(sentence) -> tuple[int, str]:
    """``(line, text)`` of the line ``sentence`` stands on, with its field's name when the
    value is a cell of its own (提供先<tab>県中央児童相談所)."""
    piece = sentence.pieces[0]
    return (piece.line, piece.raw.strip()) if len(sentence.pieces) == 1 else sentence.quote()


def _channel(state, form) -> str | None:
    """The channel the method line names (暗号化した電子媒体を手渡し: electronic media)."""
    if "method" not in form:
        return None
    sentence, start = form["method"]
    found = [m for m in state.mentions.get(sentence.index, []) if m.start >= start
             and (m.kind == "channel" or getattr(m, "channel", None))]
    if not found:
        return None
    return found[0].id if found[0].kind == "channel" else found[0].channel


def _status(state, form) -> str:
    """Planned when the period line (else the line of when it starts: ⑦実施時期) starts after
    the meeting, else current."""
    field = "period" if "period" in form else "start" if "start" in form else None
    if field is None:
        return "current"
    sentence, start = form[field]
    return status.of(state, sentence.text[start:])


def _no_subcontract(state, item, form, contractor) -> None:
    """再委託の有無　無: a re-entrustment with ``permission: forbidden``; 有（…事前に町の書面に
    よる承認を得る）: one with the permission its words give, when the item states none
    elsewhere (the field's name, 再委託の有無, states none of either)."""
    if "subcontract" not in form:
        return
    sentence, start = form["subcontract"]
    line, quote = _whole_line(sentence)
    # (not 有（再委託先：株式会社B）: a subcontractor the value names)
    state.relations[:] = [r for r in state.relations if not (
        r["type"] == "re-entrusts" and r["item"] == item.key and r["line"] == line
        and r["object_key"].startswith("unnamed-party:"))]
    if any(r["type"] == "re-entrusts" and r["item"] == item.key for r in state.relations):
        return
    value = sentence.text[start:].strip()
    if _NONE.match(value):
        permission = "forbidden"
    elif _YES.match(value):
        permission = permissions.permission(state, sentence)
    else:
        return
    to = unnamed_contractor(state, item, "subcontractor")
    state.entity_for(to, line, quote)
    permissions.re_entrusts(state, {"item": item.key, "line": line, "quote": quote, "verb": "再委託"},
                            contractor, to, permission, 0.6)
    state.relations[-1]["status"] = _status(state, form)


#: A subcontractor handling data: 再委託先は印刷のみを行い、氏名と住所のみを取り扱います.
_HANDLES = re.compile(r"(?:取り扱|取扱|扱)(?:い|う|います|っております|っています)")


def _subcontracted_data(state, item) -> None:
    """Give a re-entrustment of ``item`` that names no data the data a sentence says its
    subcontractor handles (再委託先は…氏名と住所のみを取り扱います), with that quote."""
    for rel in state.relations:
        if rel["type"] != "re-entrusts" or rel["item"] != item.key or rel["categories"] \
                or rel.get("permission") == "forbidden":
            continue
        for index in item.sentences:
            sentence = state.sents[index]
            mentions = state.mentions.get(index, [])
            subject = next((m for m in mentions if m.kind == "entity" and sentence.text.startswith(("は", "が"), m.end)
                            and (state.key(m) == rel["object_key"] or m.role == "subcontractor")), None)
            handles = _HANDLES.search(sentence.text, subject.end) if subject is not None else None
            if handles is None or relations.negated(sentence.text, handles.end(), state.pats) \
                    or is_question(sentence.text, state.pats):
                continue
            named = [m for m in mentions if m.kind == "category" and subject.end < m.start < handles.start()]
            if named:
                rel["categories"] = state.category_keys(named, sentence)
                rel.setdefault("also", []).append(dict(zip(("line", "quote"), sentence.quote())))
                break
