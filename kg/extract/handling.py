"""Data an entrusted party is said to handle: ``株式会社Aに委託いたします。同社は、保守作業
のため、住民記録データ…を取り扱います。これらのデータには個人番号が含まれます。``

The party the item entrusts the work to handles that data, so the item's department
(else the municipality) hands it over: a flow, inferred (the sentence says the party
has the data, not how it gets it), quoting the sentence that names the data. A next
sentence that says what that data holds (これらのデータには個人番号が含まれます) adds it.

Example::

    >>> handled(state, sentence, frame, base, 0.8)                 # doctest: +SKIP
    >>> state.flows[-1]["to"], state.flows[-1]["categories"]       # doctest: +SKIP
    ('株式会社A', ['resident-register-data', 'my-number'])
"""
from __future__ import annotations

import re

from kg.extract.flows import SCENE, append_flow
from kg.extract.titles import item_flow
from kg.extract.relations import negated
from kg.extract.speakers import is_question
from kg.extract.whom import item_contractor

#: After the verb, a turn to what the item's work does (…取り扱っているが、).
_TURN = re.compile(r"[^、。]{0,10}?(?:が|けれども|けれど|ものの)、")
#: After the verb, its data as the sentence's topic, listed after (…取り扱う個人情報は、).
_DATA_TOPIC = re.compile(r"(?:個人)?(?:情報|データ)は、?")
#: …の情報には…が含まれます: what the data just named holds.
#: A sentence that lists the data the one before said a party handles (取り扱う個人情報は、).
_LISTED_NEXT = re.compile(r"^(?:同社が|受託者が)?(?:取り扱う|取扱う|扱う)(?:個人)?(?:情報|データ)は、")
_HOLDS_TOO = re.compile(r"^(?:これら|この|当該|上記|それら)の?(?:データ|情報|個人情報|ファイル)(?:に|の中に)は")


def handled(state, sentence, frame, base: dict, confidence: float) -> None:
    """Append the flow to the party an item entrusts the work to, of the data a sentence
    says that party handles (see the module); nothing for a question, a denial, a party
    the item does not entrust, or a sentence that names no data."""
    if frame.kind != "access" or frame.negated or frame.verb not in state.pats.get("handling_verbs", ()) \
            or not frame.slots.get("categories") or is_question(sentence.text, state.pats):
        return
    if _TURN.match(sentence.text, frame.end):
        return  # …資格管理で個人番号を取り扱っているが、今回の分析業務では用いない: other work
    if SCENE.match(sentence.text, frame.end):
        return  # (…外部の事業者が取り扱う場面や、…: a kind of case, no work of anyone's; nc74 W3)
    item = state.item_of.get(sentence.index)
    party = (frame.slots.get("subject") or [None])[-1] or _staff_of(state, sentence, frame)
    if item is None or party is None:
        return
    entrusted = next((r for r in state.relations if r["type"] == "entrusts" and r["item"] == item.key
                      and r["object_key"] == state.key(party)), None)
    ends = re.match(r"[^、。]{0,8}?[、。]", sentence.text[frame.end:])
    if entrusted is None and (party.type != "unnamed-party" or ends is None or re.search("か|こと", ends.group())):
        return  # (…区民課の窓口業務の受託事業者の従事者が…照合している: the work's contractor,
        # unnamed, its entrustment said only in a question, nc72 M3; not 受託者が取扱う個人
        # 情報の種類, a clause on a noun, nor …どう取り扱っているか確認すること)
    giver = state.provider_default(sentence.index) or state.municipality_mention()
    if giver is None:
        return
    data = state.category_keys(frame.slots["categories"], sentence)
    listed = _DATA_TOPIC.match(sentence.text, frame.end)
    if listed is not None:
        # 同社が取り扱う個人情報は、…氏名、住所…並びに個人番号でございます: what the
        # sentence lists after its topic, the whole sentence the quote
        named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                 and m.start >= listed.end() and not negated(sentence.text, m.end + 2, state.pats)]
        data = state.category_keys(named, sentence) or data
    after = state.sents[sentence.index + 1] if sentence.index + 1 < len(state.sents) else None
    listed_next = after is not None and listed is None and _LISTED_NEXT.match(after.text) is not None
    if listed_next:
        # 同社は…各データを取り扱います。取り扱う個人情報は、住民票記載事項…、個人番号…で
        # ございます: the next sentence lists what the handled data is (nc67 M2)
        named = [m for m in state.mentions.get(after.index, []) if m.kind == "category"
                 and not negated(after.text, m.end + 2, state.pats)]
        data = [c for c in state.category_keys(named, after) if c != "personal-information"] or data
    also = []
    if after is not None and _HOLDS_TOO.match(after.text) and "含ま" in after.text \
            and not any(word in after.text for word in ("含まれない", "含まれず", "含まれておりません",
                                                         "含まれません", "含みません")):
        more = state.category_keys([m for m in state.mentions.get(after.index, []) if m.kind == "category"],
                                   after)
        # (a later denial of that data denies what it holds too: …は、住民記録データ及び
        # 課税データは閲覧できません keeps 個人番号 from the subcontractor as well)
        for key in data:
            state.held_with.setdefault(key, set()).update(k for k in more if k not in data)
        data += [key for key in more if key not in data]
        also = [dict(zip(("line", "quote"), after.quote()))] if more else []
    before = len(state.flows)
    append_flow(state, sentence, frame, {**base, "verb": frame.verb}, min(confidence, 0.6), giver, party,
                True, data)
    if listed_next:
        also = [dict(zip(("line", "quote"), after.quote()))]
    for flow in state.flows[before:]:
        flow.setdefault("also", []).extend(also)
        flow["status"] = (entrusted or {}).get("status") or flow["status"]
        flow["_handled"] = True
        if listed is not None:
            flow["line"], flow["quote"] = sentence.quote()


def _staff_of(state, sentence, frame):
    """The party whose staff are the sentence's topic (受託者の入力作業員は個人番号を取り扱う:
    the contractor, by its workers; nc71 M1), or None."""
    titles = "|".join(map(re.escape, sorted(state.pats.get("titles", ()), key=len, reverse=True)))
    for mention in reversed(frame.slots.get("of", [])):
        if getattr(mention, "kind", None) == "entity" and mention.end < frame.start and re.match(
                rf"の[一-龥ァ-ヶー]{{0,6}}?(?:{titles})(?:は|が|も)", sentence.text[mention.end:frame.start]):
            return mention
    return None


#: A sentence that says what data its item's system handles (本システムで取り扱う個人情報は、).
_SYSTEM_DATA = re.compile(r"(?:本|当該|同|この|新)?システム(?:で|において|が|に)?、?(?:取り扱う|取扱う|扱う|保有する|"
                          r"管理する|記録する|保存する)(?:個人)?(?:情報|データ)は、?")


def system_data(state) -> None:
    """Give the flows of an item to a system whose data nothing named (…システムのガバメント
    クラウドへの移行に伴う個人情報の取扱い: 個人情報, unspecified) the data a sentence of the item
    says the item's system handles (本システムで取り扱う個人情報は、…及び個人番号でございます);
    that sentence joins their quotes."""
    for sentence in state.sents:
        said = _SYSTEM_DATA.search(sentence.text)
        item = state.item_of.get(sentence.index)
        if said is None or item is None or is_question(sentence.text, state.pats):
            continue
        named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                 and m.start >= said.end() and not negated(sentence.text, m.end + 2, state.pats)]
        data = state.category_keys(named, sentence)
        if not data:
            continue
        line, quote = sentence.quote()
        for flow in state.flows:
            if flow["item"] == item.key and flow["categories"] == ["personal-information"] \
                    and state.entities.get(flow["to_key"], {}).get("type") == "system":
                flow["categories"] = list(data)
                flow.setdefault("also", []).append({"line": line, "quote": quote})


#: A sentence saying the entrustment itself handles data (特定個人情報を取り扱う委託となります).
_HANDLING_WORK = re.compile(r"を(?:取り扱う|取扱う|扱う)(?:業務の)?(?:委託|業務委託)(?:と|に)(?:なり|なる|該当|当た)")


def entrusted_data(state) -> None:
    """Propose the hand-over to the item's contractor of the data a sentence says the
    entrusted work handles (申告書には、氏名…及び個人番号が記載されておりますので、特定個人
    情報を取り扱う委託となります: the papers it enters hold them), from the item's department,
    inferred, with the entrustment's status; nothing where a flow to it carries data already."""
    for sentence in state.sents:
        said = _HANDLING_WORK.search(sentence.text)
        item = state.item_of.get(sentence.index)
        if said is None or item is None or is_question(sentence.text, state.pats):
            continue
        entrusted = [r for r in state.relations if r["type"] == "entrusts" and r["item"] == item.key]
        keys = {r["object_key"] for r in entrusted}
        if len(keys) != 1 or any(f["item"] == item.key and f["to_key"] in keys
                                 and f["categories"] != ["personal-information"] for f in state.flows):
            continue
        contractor = item_contractor(state, item, sentence.index + 1)
        contractor = contractor if contractor is not None and state.key(contractor) in keys else None
        giver = item.department or state.municipality_mention()
        named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                 and m.start < said.start() and not negated(sentence.text, m.end + 2, state.pats)]
        data = state.category_keys(named, sentence)
        if contractor is None or giver is None or not data:
            continue
        line, quote = sentence.quote()
        item_flow(state, item, "取り扱う", giver, contractor, data, line, quote,
                  _index=sentence.index, _said=False)
        state.flows[-1]["status"] = entrusted[0].get("status") or state.flows[-1]["status"]

