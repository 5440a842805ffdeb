"""Incidents: a hand-over that went astray (a fax to a wrong number, a letter to
another household). The data reached an unnamed wrong recipient once: a flow with
status ``ended``, from whoever sent it.

Example::

    >>> misdirected(state, sentence, frame).label                 # doctest: +SKIP
    '個人情報の漏えい事案の誤送付先（名称不明）'
"""
from __future__ import annotations

import re

from kg.extract import relations
from kg.extract.labels import work_of
from kg.extract.ruler import Mention
from kg.extract.speakers import is_question


def feared(state, sentence, frame) -> bool:
    """True when the flow's verb is the one of a word for a mistake spoken of as a risk or
    heard of (ファクシミリの誤送信は心配です, 誤送付のおそれ, 誤送付で…漏れたという報道): no
    hand-over is said to happen."""
    return any(m.start() <= frame.start and frame.end <= m.end()
               and (_RISK.match(sentence.text, m.end()) or _HEARSAY.search(sentence.text, m.end()))
               for m in re.finditer("|".join(map(re.escape, state.pats.get("misdirected", ()))) or "$^",
                                    sentence.text))


#: A verb between 誤って and the flow verb: what went wrong is that verb.
_OTHER_VERB = re.compile(r"(?:した|する|して|され|させ)")


def misdirected(state, sentence, frame):
    """Return the unnamed wrong recipient of a hand-over the sentence says went astray
    (名簿を誤った番号にファクスで送信した, 別の世帯に誤送付した), or None."""
    text = sentence.text
    cue = next((m for m in re.finditer("|".join(map(re.escape, state.pats.get("misdirected", ()))) or "$^",
                                       text) if m.start() < frame.end + 4), None)
    if cue is None or is_question(text, state.pats) or _RISK.match(text, cue.end()):
        return None  # (誤送付のおそれが小さく, 誤送付を防ぐため: a risk, nothing went astray)
    if _CAUSE.match(text, cue.end()):
        return None  # 誤配送の事案を受けて、…手渡しに改めた: why the way changed, not this hand-over
    if _ELSEWHERE.search(text, 0, cue.start()) or _HEARSAY.search(text, cue.end()):
        # 別の自治体で受診勧奨はがきの誤送付があった, 以前、誤送付で個人番号が漏れたという
        # 報道を見た: not this municipality's data
        return None
    if cue.group(0) == "誤って" and _OTHER_VERB.search(text, cue.end(), frame.start):
        return None  # 誤って印刷した書類を本人に渡す: the printing was wrong, not the recipient
    if cue.group(0) == "誤って" and frame.verb in state.pats.get("registering_words", ()):
        return None  # 別人のデータに誤って入力した: a wrong entry, nothing handed to anyone
    item = state.item_of.get(sentence.index)
    mention = Mention(sentence.index, cue.start(), cue.end(), cue.group(0), "entity", "unnamed-party",
                      None, "other", True, "misdirected")
    # (高額療養費支給決定通知書の誤送付: …の誤送付先, not …の誤送付の誤送付先)
    work = re.sub(r"の?(?:誤送付|誤送信|誤交付|誤発送|誤配達|誤配布|誤送)$", "",
                  work_of(item, state.pats) if item else "本件") or "本件"
    mention.label = f"{work}の誤送付先（名称不明）"
    return mention


#: After a word for a mistake, that it is the cause of what the sentence says next (誤配送の
#:事案を受けて、…に改めた; 誤送付があったことから).
_CAUSE = re.compile(r"[^、。]{0,3}?(?:の(?:事案|事故|案件|件|発生))?(?:を受け|を踏まえ|を契機|をきっかけ|"
                    r"があった(?:ため|ことから|ことを受け))")


#: Another municipality the mistake happened at (別の自治体で, 他市において).
_ELSEWHERE = re.compile(r"(?:(?:別の|他の|ほかの)(?:自治体|市町村|市区町村|団体|市|町|村|区)|他(?:自治体|団体|市|町|村|区))"
                        r"(?:で|において|にて|では|の)")


#: After a word for a mistake, that it was heard of, not done here (…が漏れたという報道を見た).
_HEARSAY = re.compile(r"という(?:報道|ニュース|記事|新聞|話を)|(?:報道|ニュース|新聞)(?:で|を|が|に)")


#: After a word for a mistake, that it is a risk spoken of, not one that happened.
#: (誤送付等の事故があった場合には、直ちに市に報告: what is done if it happens; nc69 W8)
_RISK = re.compile(r"(?:の(?:おそれ|恐れ|可能性|リスク|危険|防止)|を(?:防|防止|避け|未然)|が(?:起き|生じ)(?:ない|にくい)|対策|防止"
                   r"|[がは](?:心配|不安|懸念)|を(?:心配|懸念)"  # (…誤送信が心配です: nc70 W9; …の誤送信は心配です)
                   r"|[^、。]{0,8}?が(?:あった|発生した|生じた|起きた)(?:場合|とき|際))")


def sender_at(state, sentence, frame):
    """Return the party the sentence says the mistake happened at (こども支援課において、
    …誤って郵送した; …を委託している株式会社Aにおいて、…別人に送付された; 有限会社B印刷の
    封入工程で、…別の世帯に誤って送付された), or None."""
    named = next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                  and m.end < frame.start and m.type in ("department", "municipality", "company", "public-body",
                                                         "association")
                  and (sentence.text.startswith(("において", "にて"), m.end)
                       or _ITS_WORK.match(sentence.text, m.end))), None)
    former = _FORMER_AT.search(sentence.text, 0, frame.start)
    if named is not None or former is None:
        return named
    # 当時委託していた別の事業者において、…別人に送付された: a former contractor, unnamed
    item = state.item_of.get(sentence.index)
    mention = Mention(sentence.index, former.start(1), former.end(1), former.group(1), "entity",
                      "unnamed-party", None, "other", True, "former")
    mention.label = f"{work_of(item, state.pats) if item else '本件'}の以前の委託先（名称不明）"
    return mention


#: A former contractor the mistake happened at, named by a common noun (当時委託していた
#: 別の事業者において).
_FORMER_AT = re.compile(r"委託(?:していた|しておりました|しておった)(?:別の|他の|前の)?"
                        r"((?:事業者|業者|会社|委託先|受託者))(?:において|にて|で)")


#: After a party, a step of its work the mistake happened in (有限会社A印刷の封入工程で).
_ITS_WORK = re.compile(r"の[^、。をにがは]{0,8}?(?:工程|作業|過程|業務)(?:で|において|にて|中に|の際に|の中で)")


def sender_before(state, sentence):
    """Return the department (or municipality) the sentence before, in the same item,
    names as who acts (保健福祉課の職員が, 市民課は), or None."""
    index = sentence.index - 1
    if index < 0 or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return None
    text = state.sents[index].text
    return next((m for m in reversed(state.mentions.get(index, [])) if m.kind == "entity"
                 and m.type in ("department", "municipality")
                 and text.startswith(("の職員が", "の職員は", "が", "は"), m.end)), None)


#: A question of what went astray (漏えいした情報の内容は。, 誤送付した項目は何か).
_WHAT_LEAKED = re.compile(r"(?:漏えい|漏洩|流出|誤送付|誤送信|誤交付|紛失)(?:した|された)?(?:情報|個人情報|データ|項目|書類)")


#: A sentence whose topic is what went astray (漏えいした情報は、…でございます).
_LEAKED_TOPIC = re.compile(r"[^、。]{0,14}?" + _WHAT_LEAKED.pattern + r"(?:の内容|の項目)?は、?")


def leaked_data(state, sentence) -> bool:
    """Give the item's hand-over gone astray the data a sentence names when the question
    just before asked what went astray (漏えいした情報の内容は。／受給者の氏名、住所及び
    手当額である。) or the sentence says it itself (漏えいした情報は、…氏名、住所…で
    ございます); that sentence becomes its second quote. True when it did."""
    index = sentence.index - 1
    item = state.item_of.get(sentence.index)
    if item is None or is_question(sentence.text, state.pats):
        return False
    asked = index >= 0 and state.item_of.get(index) is item \
        and is_question(state.sents[index].text, state.pats) and _WHAT_LEAKED.search(state.sents[index].text)
    if not asked and not _LEAKED_TOPIC.match(sentence.text):
        return False
    data = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                and not relations.negated(sentence.text, m.end + 2, state.pats)], sentence)
    astray = [f for f in state.flows if f["item"] == item.key and f.get("_to") is not None
              and f["_to"].how == "misdirected"]
    if not data or not astray:
        return False
    line, quote = sentence.quote()
    for flow in astray:
        flow["categories"] = [*[c for c in flow["categories"] if c != "personal-information"],
                              *[c for c in data if c not in flow["categories"]]]
        flow.setdefault("also", []).append({"line": line, "quote": quote})
    return True


def told_in_full(state, items) -> None:
    """Drop an incident's flows read from its agenda line or heading (要介護認定結果通知書の
    誤送付について) when its section tells the incident itself (…別の世帯に誤って郵送する
    事案がございました): one incident, one flow."""
    titled = {item.key: item.title for item in items}
    heading = lambda f: f.get("_index") is not None and titled.get(f["item"]) is not None \
        and titled[f["item"]] in state.sents[f["_index"]].text \
        and len(state.sents[f["_index"]].text) <= len(titled[f["item"]]) + 20  # noqa: E731
    told = {(f["from_key"], f["to_key"]) for f in state.flows if f["status"] == "ended" and not heading(f)}
    state.flows[:] = [f for f in state.flows if not (
        f["status"] == "ended" and heading(f) and (f["from_key"], f["to_key"]) in told)]



#: A sentence that puts the cause at a party (同社において封入の際に…が原因でございます).
_CAUSED_AT = re.compile(r"において[^。]*?(?:原因|誤って|ミス|誤り)")


def caused_at(state) -> None:
    """Make the sender of a misdirected paper the company a sentence just after puts the
    cause at (…が、別の受給者に送付されました。案内通知の印刷及び封入封緘は株式会社Aに
    委託しており、同社において封入の際に2通を1つの封筒に入れたことが原因), when the city's
    side was read as sending it: the mistake happened there, as a sentence of one says."""
    for flow in state.flows:
        to = flow.get("_to")
        if getattr(to, "how", None) != "misdirected" or flow.get("_index") is None \
                or getattr(flow.get("_from"), "type", None) not in ("municipality", "department"):
            continue
        item = state.item_of.get(flow["_index"])
        for index in range(flow["_index"] + 1, min(len(state.sents), flow["_index"] + 3)):
            if state.item_of.get(index) is not item:
                break
            text = state.sents[index].text
            cause = _CAUSED_AT.search(text)
            at = next((m for m in state.mentions.get(index, []) if cause and m.kind == "entity"
                       and m.type == "company" and m.end == cause.start()), None)
            if at is not None:
                flow.update({"from": state.label_of(at), "from_key": state.key(at), "from_id": at.id,
                             "_from": at})
                line, quote = state.sents[index].quote()
                flow.setdefault("also", []).append({"line": line, "quote": quote})
                break


def meant(sentence, frame) -> bool:
    """True when the verb is the hand-over meant while the sender erred (…を村立小学校へ
    ファクスで送信する際、番号を誤り、村外の事業所に送信いたしました): the one meant never
    received it, the one who got it is told next."""
    return _WHEN_ERRED.match(sentence.text, frame.end) is not None


#: After a verb, that while doing it the sender erred (送信する際、番号を誤り、).
_WHEN_ERRED = re.compile(r"(?:する|した)際に?、[^。]{0,8}?を誤")
