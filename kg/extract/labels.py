"""How an unnamed party is labelled (:func:`name_unnamed`): by the work its agenda item
entrusts, not the whole title (要介護認定事務における認定調査業務の委託及び…の提供 ->
認定調査業務の受託者（名称不明）); a group by its noun alone; a class by its qualifier
(民間の事業者（名称不明）).
The cue words live in ``data/extract/patterns.yaml`` (``work_name``).

Example::

    >>> work_of(item, pats)                                       # doctest: +SKIP
    '認定調査業務'
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract import coref
from kg.extract.ruler import resolve

#: After an unnamed party, that the work is entrusted to it (外部の事業者に委託したい).
_ENTRUSTED = re.compile(r"等?(?:に|へ)(?:対し、?)?(?:[^、。再]{0,12}?)委託")
#: After it, that work is entrusted or re-entrusted to it.
_GIVEN_WORK = re.compile(r"等?(?:に|へ)(?:対し、?)?[^、。]{0,12}?委託")


def work_of(item, pats: dict) -> str:
    """Return the work the item entrusts, for an unnamed party's label: the title
    before its entrustment word and after the setting it opens with; the whole title
    when it has no such word (…の提供について), or when so little would be left.

    >>> work_of(item, pats)                            # doctest: +SKIP
    '認定調査業務'   # of 要介護認定事務における認定調査業務の委託及び…への認定情報の提供
    """
    words = pats.get("work_name", {})
    title = item.title
    cut = min((at for at in (title.find(w) for w in words.get("entrusted", ())) if at >= 4),
              default=len(title))
    work = title[:cut]
    for tail in words.get("trailing", ()):
        if work.endswith(tail) and len(work) - len(tail) >= 4:
            work = work[:-len(tail)]
            break
    generic = tuple(words.get("generic", ()))
    for cue in words.get("generic_after", ()):
        at = work.find(cue)
        if at >= 4 and work.startswith(generic, at + len(cue)):
            return work[:at]
    for setting in words.get("settings", ()):
        at = work.rfind(setting)
        if at >= 0 and len(work) - at - len(setting) >= 4:
            work = work[at + len(setting):]
    # (防犯カメラの映像の警察署への提供及び保守管理業務: of a hand-over and a 業務 joined, the
    # 業務, not a contractor of the provision to the police: nc67 U5; 医療証の印刷及び封入封緘
    # 業務 is one work)
    parts = re.split("及び|並びに", work)
    acts = tuple(words.get("not_entrusted", ()))
    if len(parts) > 1 and parts[-1].endswith("業務") and len(parts[-1]) >= 4 \
            and all(any(a in p for a in acts) and "業務" not in p for p in parts[:-1]):
        work = parts[-1]
    if len(work) > LONGEST_WORK and item.number and item.key == f"{item.type}-{item.number}":
        # (住民記録システム及び税務システムの標準化に伴う…移行並びに運用保守業務: a label that
        # wraps over four lines, and no one part of it is surely the work: the item's name)
        work = f"{'報告' if item.type == 'report' else '諮問'}第{item.number}号"
    return work


#: The longest work an unnamed party's label spells out; a longer one is named by its item.
LONGEST_WORK = 24


def name_unnamed(state, mention, item) -> None:
    """Label an unnamed party by the work its item entrusts (「認定調査業務の受託者（名称
    不明）」, not the whole title), a group by its noun
    alone (学校（名称不明）: the municipality's, not one item's); link a reviewed one."""
    if mention.how in ("peers", "others"):
        return  # 他の保険者等（名称不明）: the municipality's peers, not one item's party
    what = work_of(item, state.pats) if item else "本件"
    word, text = normalise(mention.text), state.sents[mention.sentence].text
    if mention.role == "subcontractor":
        word = "再委託先"
    elif any_business(state, item, mention):
        mention.role = "other"  # 特別徴収義務者である事業所: a business, no one's contractor
    elif word in coref.anaphora(state.pats, "contractor") or (
            word in state.pats["unnamed_parties"]["contractor"] and mention.role == "contractor"
            and _ENTRUSTED.match(state.sents[mention.sentence].text, mention.end)):
        # 受注者, 委託先 ... of one item are its one contractor, and so is the party
        # the work is entrusted to (外部の事業者に委託したい)
        word = "受託者"
    elif mention.role == "contractor" and word in state.pats.get("business_words", ()) \
            and (item is None or "outsourcing" not in item.kinds or text.endswith("である", 0, mention.start)
                 or getattr(item.contractor, "type", None) == "company") \
            and "委託" not in text:
        mention.role = "other"  # 特別徴収義務者である事業者: a business, no one's contractor
    qualifier = next((q for q in state.pats.get("class_qualifiers", ()) if text.endswith(q, 0, mention.start)), None)
    if qualifier is not None and mention.role != "subcontractor" and not _GIVEN_WORK.match(text, mention.end):
        # 連合会から、民間の事業者に資格情報が提供されることはあるのですか: any business, a
        # class, not a party of the item's work (民間の事業者に委託する, 連合会は…民間の
        # 事業者に再委託: a party of its own, one item's)
        mention.role = "other"
        mention.label = f"{qualifier}{word}（名称不明）"
        link_unnamed(state, mention)
        return
    groups = state.pats.get("groups", ())
    if word in groups:
        # 民生委員 after 民生委員・児童委員: the pair the document named, one group
        word = next((g for g in groups if "・" in g and word in g.split("・")
                     and any(g in normalise(s.text) for s in state.sents[:mention.sentence + 1])),
                    word)
    own = (state.ctx.municipality_label or "") + "立"  # 菖蒲沢市立小学校: the city's schools
    # (…給与支払報告書のデータを事業者から受け取っている: the employers at large, not a
    # party of the item's work: 事業者（名称不明）, in every sentence of an item that says so)
    grouped = word in groups or word in state.pats.get("member_words", ()) or len(own) > 1 and word.startswith(own) and word[len(own):] in groups \
        or mention.role == "other" and word in state.pats.get("business_words", ()) \
        and any(cue in said for cue in state.pats.get("employer_cues", ())
                for said in ([state.sents[i].text for i in item.sentences] if item else [text]))
    mention.label = f"{word}（名称不明）" if grouped else f"{what}の{word}（名称不明）"
    link_unnamed(state, mention, item and not grouped and f"{item.title}の{word}（名称不明）")


def any_business(state, item, mention) -> bool:
    """True when a bare business word (事業所, 業者) names whoever does business, not the
    item's contractor: outside an entrustment (neither its item nor its sentence
    entrusts), or said to be another role (特別徴収義務者である事業所に…送付):
    事業所から給与支払報告書を受け取り in an item whose printer a side answer names."""
    text = state.sents[mention.sentence].text
    if normalise(mention.text) not in state.pats.get("business_words", ()) or "委託" in text:
        return False
    if text.endswith(tuple(state.pats.get("business_quantifiers", ())), 0, mention.start):
        return True  # (多くの事業所から…提出されております: the employers, many)
    if text.startswith("から", mention.end) and any(c in text for c in state.pats.get("employer_cues", ())):
        # (給与支払報告書は、事業所から…eLTAXを経由して、…税務課が受け取っている: the
        # employers file them, not the company entrusted with typing them in; nc77 W1)
        return True
    return item is None or "outsourcing" not in item.kinds or text.endswith("である", 0, mention.start)


def link_unnamed(state, mention, titled: str | None = None) -> None:
    """Link an unnamed party to the reviewed entity of its label, or of the label an
    earlier version gave it (``titled``: the item's whole title, then its word)."""
    for label in (mention.label, titled):
        known = resolve(state.lex.lookup(label), state.lex, state.ctx) if label else None
        if known is not None and known.kind == "entity":  # reviewed before
            mention.id = known.id
            return
