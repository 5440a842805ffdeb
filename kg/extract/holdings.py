"""Propose who hosts, operates and maintains a system (設置, 運用, 保守).

These relationships say where data is held and who can reach it, so impact and
access queries need them as much as flows. A sentence states them with a verb
of ``patterns.yaml`` whose kind is ``host``, ``operate`` or ``maintain``:

* hosting: the place is the party in the に slot (…連合会に集約システムが設置され,
  コンビニに設置される端末) or the subject (市が…サーバを設置する); the system is the
  one the sentence names in a を/が/は slot or right after the verb (設置される端末);
* operating and maintaining: the party is the subject (受託者が…システムの保守を行う)
  and the system the one named with の/を (or as the subject when the party is not);
* an agenda title of an entrustment for 保守 or 運用 (「図書館システム保守委託」) says
  the item's contractor maintains or operates each system the title names
  (:mod:`kg.extract.title_holdings`).

A party is never a system nor the person the data is about, and nothing is
proposed when an end is missing.

Example::

    >>> holding_facts(state, sentence, frame, base, 0.8)          # doctest: +SKIP
    >>> state.relations[-1]["type"]                               # doctest: +SKIP
    'hosts'
"""
from __future__ import annotations

import re

from kg.extract import bodies, status
from kg.extract.contractors import CHANGED_TO
from kg.extract.listing import last_group
from kg.extract.questions import bare_no
from kg.extract.segment import clause_end
from kg.extract.speakers import is_question, said_before, spoken

#: A frame's kind and the relationship type it proposes.
TYPES = {"host": "hosts", "operate": "operates", "maintain": "maintains"}
_PARTY = {"municipality", "department", "public-body", "company", "association", "unnamed-party",
          "prefecture", "council"}
#: Characters that end a name when read backwards from a work word (の, particles, brackets).
#: After the party that does a work named before it: が行う, が実施する, が担う.
#: (not 広域連合が契約する事業者が行って: the business it contracts does the work, nc68 M9)
_DOES = re.compile(r"(?:が|は)[^、。が]{0,8}?(?:行う|行い|行っ|行います|実施|担)")
#: A bracketed note after a name: （以下、「都国保連」という。）
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
#: From a place to its verb: に, then anything but a clause break (…に集約システムが新たに).
_AT = re.compile(r"^に(?:は)?[^、。]*$")
#: What may stand before a work word that opens its sentence (なお、保守は…が行う).
_OPENING = re.compile(r"(?:なお|また|また、その|その)?[、,]?(?:システムの)?")
#: After a party, the service it offers that a system is placed on (が提供するクラウドサービス上).
_OFFERED = re.compile(r"が(?:提供|運営|管理|運用)(?:する|している)(?:クラウドサービス|クラウド|サーバー?|データセンター|基盤)上?")
#: The verb ending before the noun a relative clause describes (設置される端末).
_RELATIVE = re.compile(r"(?:される|された|されている|している|した|する|て(?:いる|ある))")


def _chained_system(sentence, frame, previous):
    """The system the clause before puts data into, when a work's verb names none and
    follows it in a chain (…まなびの森のクラウド上に保存され、株式会社Aが運用いたします)."""
    if previous is None or previous.kind not in ("flow", "receive") or "。" in sentence.text[previous.end:frame.start]:
        return None
    return next((m for m in reversed(previous.slots.get("recipient", [])) if m.type == "system"), None)


def holding_facts(state, sentence, frame, base: dict, confidence: float, previous=None) -> None:
    """Append the relationship a host/operate/maintain frame states to ``state.relations``.
    Along a chain (…システムは、連合会が設置し、運用する) a frame shares the names of the
    ``previous`` frame of the sentence that it lacks."""
    if is_question(sentence.text, state.pats) and sentence.index + 1 < len(state.sents) \
            and bare_no(state.sents[sentence.index + 1].text, state.pats):
        return  # ＣＳの保守は…受託事業者が行っているのか。／いいえ。: asked, and denied (nc72 W3)
    slots = dict(frame.slots)
    # (同社には…の運用及び保守を委託: a pair of works shares whom they are entrusted to)
    paired = previous is not None and sentence.text[previous.end:frame.start] in ("及び", "・", "と", "並びに")
    own = sentence.text.startswith("は", frame.end) and (any(
        m.type == "system" for name in ("of", "object") for m in frame.slots.get(name, []))
        # (…の保守は株式会社Aが行い、システムの運用は引き続き介護保険課が行う: a doer of its own)
        or previous is not None and "、" in sentence.text[previous.end:frame.start]
        and _doer_after(state, sentence, frame) is not None)
    if previous is not None and previous.kind in TYPES and (paired or not own):
        # (not …は広域連合が運用しており、本市の窓口端末の保守は…に委託: a work on a system
        # of its own, its clause's topic, starts a clause of its own)
        for name in ("subject", "object", "of", *(("recipient",) if paired else ())):
            # the frame's own names come last: they are taken first
            slots[name] = [*previous.slots.get(name, []), *frame.slots.get(name, [])]
    systems = [m for name in ("object", "of", "subject", "via") for m in slots.get(name, [])
               if m.type == "system"]
    after = _system_after(state, sentence, frame)
    if frame.kind == "host":
        # (A社は市役所内のサーバー室に設置された税務システムの保守を: placed there, A the
        # maintainer, not who hosts it)
        placed = _PLACED.match(sentence.text, frame.end)
        passive = placed is not None and any(
            m.kind == "entity" and m.type == "system" and m.start == placed.end()
            for m in state.mentions.get(sentence.index, []))
        place = _place_before(state, sentence, frame) \
            or next((m for m in reversed(slots.get("recipient", [])) if m.type in _PARTY), None) \
            or (None if passive else next((m for m in reversed(slots.get("subject", [])) if m.type in _PARTY),
                                          None)) \
            or _party_after(state, sentence, frame)
        system = after or (systems[-1] if systems else None)
    else:
        if _thing_after(state, sentence, frame):
            return  # 株式会社Aが運営するデータセンター: A runs the data centre, not a system
        # (株式会社Aが開発したシステムを庁舎内のサーバで運用しており: A made it, who runs it
        # is not said)
        place = next((m for m in reversed(slots.get("subject", [])) if m.type in _PARTY
                      and not _MADE.match(sentence.text, m.end)), None) \
            or _doer_after(state, sentence, frame) or _own_premises(state, sentence, frame) \
            or next((m for m in reversed(slots.get("recipient", [])) if m.type in _PARTY
                     and _ENTRUSTED_WORK.match(sentence.text, frame.end)), None) \
            or _given_work(state, sentence, frame)  # 同社には…の運用を委託; …はB社に運用を委託
        # (…システムを、株式会社Bが運営する預貯金照会サービスと結合: B runs the service its
        # relative clause names, not the system the sentence is about)
        attributive = after is not None and any(m is place for m in frame.slots.get("subject", []))
        system = after if attributive else (systems[-1] if systems else None) or after
    system = system or topic_system(state, sentence, frame) or _worked_before(state, sentence, frame, place) \
        or _bare_system(state, sentence, frame.start) \
        or next((m for m in state.mentions.get(sentence.index, []) if m.type == "system"
                 and m.kind == "entity" and sentence.text[m.end:frame.start] == "の"), None) \
        or _chained_system(sentence, frame, previous) or _asked_system(state, sentence, frame)
    # (図書館システムの運用保守は: the system of the pair's first work too)
    if place is None or system is None or state.key(place) == state.key(system):
        return
    # (運用保守は、…Aに委託していたが、…終了し: the clause of the party named after the
    # work says when it did it)
    after_work = place.sentence == sentence.index and place.start > frame.start
    given = _GIVEN_TO.match(sentence.text, place.end) if after_work else None
    if after_work:  # (システムの保守は、 / 引き続き潮凪情報サービス株式会社が行います: the doer
        # too, in the quote shown; what the clause says of when is read from the verb's own)
        shown = sentence.quote(sentence.piece_at(frame.start).start, clause_end(sentence.text, place.end))
        base = {**base, "_shown": shown} if len(shown[1]) > len(base["quote"]) else base
    # (住民記録システム及び税務システムは、…のデータセンターに設置しており: each of them)
    systems = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity" and m.type == "system"
               and m.end <= system.end] if system.sentence == sentence.index else []
    for one in (last_group(sentence.text, systems, state.pats) if systems and systems[-1] is system else [system]):
        append(state, base, TYPES[frame.kind], place, one, confidence, sentence,
               given.end() if given else frame.start)
    # (…の保守は、これまで株式会社Aが行っていたが、令和6年4月から株式会社Bに変更した: B now;
    # …Aに委託していたが、…終了し、令和6年4月からは株式会社Bに委託している: B too)
    changed = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                    and m.type == "company" and m.start > frame.end and state.key(m) != state.key(place)
                    and (CHANGED_TO.match(sentence.text, m.end)
                         or after_work and _ENDED_THEN.search(sentence.text, place.end, m.start)
                         and re.match(r"に委託", sentence.text[m.end:]))), None)
    if changed is not None:
        append(state, base, TYPES[frame.kind], changed, system, confidence, sentence, changed.start)


def _given_work(state, sentence, frame):
    """The party named with に just before the work's noun when the work is entrusted
    (戸籍情報システムは株式会社ホナミ電算に運用を委託しており: ホナミ電算), or just after
    it, or None."""
    given = _ENTRUSTED_WORK.match(sentence.text, frame.end)
    if not given:
        return None
    # (…の運用管理を株式会社アオバクラウドに委託: the party between the work and the verb)
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.type in _PARTY and sentence.text[m.end:frame.start] in ("に", "には", "へ")), None) \
        or next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity" and m.type in _PARTY
                 and frame.end < m.start and m.end < given.end() and sentence.text[m.end] in "にへ"), None)


#: Between a work and a party after it, another work named (…運用しており、保守も同社が).
#: A work named between a party's が and its verb (が保守を行って).
_ANOTHER_WORK = re.compile(r"(?:保守|運用|管理|監視|開発|設置)(?:を|も)")
_OTHER_WORK_BETWEEN = re.compile(r"、[^。]*?(?:保守|運用|管理|監視|開発)(?:も|は)")
#: After a party, that it made the system the clause goes on about (…が開発したシステム).
_MADE = re.compile(r"が(?:開発|構築|製造|販売|納入)(?:した|する)")
#: After a party named after the work, the words up to the verb it is given with (…に委託).
_GIVEN_TO = re.compile(r"[にへ][^、。]{0,10}?(?=委託)")
#: Between an old party and a new one, that the old one's work ended (…終了し、…からは).
_ENDED_THEN = re.compile(r"(?:終了|満了|解除)し[^。]*?から(?:は)?")
#: After a work's noun, that it is entrusted (…の運用及び保守を委託いたします).
_ENTRUSTED_WORK = re.compile(r"[^、。をにがは]{0,8}を(?:[^、。]{0,20})?委託")
#: After a placing verb, the passive that describes a thing placed (設置された税務システム;
#: not …プラットフォームに設置されている。, which says where it is).
_PLACED = re.compile(r"(?:さ|か)れ(?:た|ている|てある)")


def _asked_system(state, sentence, frame):
    """Return the one system the question just before asks who works on (委員：…システムの
    保守はどこが行うのか。／…株式会社Aが保守を行う。), or None."""
    index = said_before(state, sentence.index)
    if index < 0 or state.item_of.get(index) is not state.item_of.get(sentence.index) \
            or not is_question(state.sents[index].text, state.pats) or frame.verb not in state.sents[index].text:
        return None
    systems = {state.key(m): m for m in state.mentions.get(index, []) if m.kind == "entity" and m.type == "system"}
    if not systems:  # (委員：システムの保守は誰が行うのか。: the system the item named last)
        return _bare_system(state, state.sents[index], state.sents[index].text.find(frame.verb))
    return next(iter(systems.values())) if len(systems) == 1 else None


def topic_system(state, sentence, frame):
    """Return the system the sentence is about (国保情報集約システムは、…が設置し), or None."""
    for mention in state.mentions.get(sentence.index, []):
        if mention.type == "system" and mention.kind == "entity" and mention.end < frame.start \
                and sentence.text[mention.end:mention.end + 1] == "は":
            return mention
    return None


def topic_before(state, sentence):
    """Return the system the sentence before, in the same item, is about when this one names
    none (現在の図書館情報システムは、…保守期限を迎えます。このため、…クラウドサービスに移行
    することを予定), or None."""
    before = sentence.index - 1
    if before < 0 or state.item_of.get(before) is not state.item_of.get(sentence.index) \
            or any(m.kind == "entity" and m.type == "system" for m in state.mentions.get(sentence.index, [])):
        return None
    text = state.sents[before].text
    return next((m for m in state.mentions.get(before, []) if m.kind == "entity" and m.type == "system"
                 and text.startswith("は", m.end)), None)


def _place_before(state, sentence, frame):
    """Return the party of …Xに(…Yが)設置される: the last party before the verb followed
    by に, with no other party nor clause break between (bracketed notes skipped), or None."""
    noted = {pos for match in _BRACKETS.finditer(sentence.text)
             for pos in range(match.start(), match.end())}
    mentions = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                and m.end <= frame.start and m.start not in noted]
    for mention in reversed(mentions):
        between = _BRACKETS.sub("", sentence.text[mention.end:frame.start])
        # 株式会社Aのデータセンターに設置する: A's place stands for A
        between = between[bodies.owned_at(between, 0, state.pats):]
        # (株式会社Aが提供するクラウドサービス上に構築し: A's service stands for A too)
        offered = _OFFERED.match(between)
        between = between[offered.end():] if offered else between
        if mention.type in _PARTY and _AT.match(between):
            return mention
        if mention.type in _PARTY:
            return None
    return None


def _own_premises(state, sentence, frame):
    """Return the party on whose premises the clause does the work (同社のデータセンターで
    選挙システムを運用しております: 同社 operates it), or None."""
    clause = max(sentence.text.rfind("、", 0, frame.start), sentence.text.rfind("。", 0, frame.start))
    for mention in reversed(state.mentions.get(sentence.index, [])):
        if mention.kind != "entity" or mention.type not in _PARTY or not clause < mention.start \
                or mention.end > frame.start:
            continue
        rest = sentence.text[mention.end:frame.start]
        size = bodies.owned_at(rest, 0, state.pats)
        if size and re.match(r"(?:で|において|にて)", rest[size:]):
            return mention
    return None


def _party_after(state, sentence, frame):
    """Return the party a relative clause describes (情報連携端末を設置している課), or None."""
    for mention in state.mentions.get(sentence.index, []):
        if mention.kind == "entity" and mention.type in _PARTY and mention.start >= frame.end \
                and _RELATIVE.fullmatch(sentence.text[frame.end:mention.start]):
            return mention
    return None


def _thing_after(state, sentence, frame) -> bool:
    """True when the verb's relative clause describes a party, not a system (…が運営する
    データセンター)."""
    places = tuple(w for words in state.pats.get("unnamed_parties", {}).values() for w in words
                   if w.startswith("データセンター"))
    after = _RELATIVE.match(sentence.text, frame.end)
    return any(m.kind == "entity" and m.type != "system" and m.start >= frame.end
               and _RELATIVE.fullmatch(sentence.text[frame.end:m.start])
               for m in state.mentions.get(sentence.index, [])) or bool(
        # the centre itself may stand for its company now (…が運営するデータセンター)
        after and places and sentence.text.startswith(places, after.end()))


def _worked_before(state, sentence, frame, place):
    """The system ``place`` was said earlier in the item to do this work on, when a bare
    システム stands for it now (…システムの運用は浜菊県が株式会社Aに委託…。株式会社Aは
    システムの運用を行う立場で: that system, not the last one named; nc67 W14), else None."""
    item = state.item_of.get(sentence.index)
    if place is None or item is None or _bare_system(state, sentence, frame.start) is None:
        return None
    done = [r["object_key"] for r in state.relations if r["type"] == TYPES.get(frame.kind)
            and r["item"] == item.key and r["subject_key"] == state.key(place)]
    if not done:
        return None
    return next((m for index in reversed([i for i in item.sentences if i < sentence.index])
                 for m in state.mentions.get(index, []) if m.kind == "entity" and m.type == "system"
                 and state.key(m) == done[-1]), None)


def _bare_system(state, sentence, start: int):
    """Return the system a bare システム before the verb stands for (システムの保守は…):
    the last one the item names before this sentence, its title included (outside an
    item, the last of the three sentences before); or None."""
    # (after a speaker's label: ○介護保険課長　システムの…)
    before = sentence.text[len(sentence.text) - len(spoken(state, sentence)):start]
    before = before[1:] if before[:1] in "・･" else before  # (・システムの運用保守は…: a bullet)
    # (システムの運用及び保守は: the second work too; 保守は同社が行い opening the
    # sentence: the work of the system just named)
    # (移行後のシステムの運用及び保守は: the system the item moves, after the move)
    # (…のデータセンターでシステムを運用いたします: the work done on it)
    if not re.search(r"(?:^|[、。はをがでに)）\s:：])(?:本|当該|同|(?:移行|更新|導入|切替)後の)?システム(?:の"
                     r"(?:[^、。はをがに]{1,6}(?:及び|並びに|・))?|を)$", before) and not _OPENING.fullmatch(before):
        return None
    item = state.item_of.get(sentence.index)
    # outside an item: the sentences just before
    indexes = sorted({item.sentence.index, *item.sentences}) if item is not None \
        else range(max(0, sentence.index - 3), sentence.index)
    # (not a body's centre: …連合会の電算処理センターに設置されております。システムの保守は…)
    named = [m for index in indexes if index < sentence.index
             for m in state.mentions.get(index, []) if m.kind == "entity" and m.type == "system"
             and m.role != "facility"]
    # (…中間サーバーを介して情報提供ネットワークシステムと接続し…。システムの保守は、株式会社
    # Aに委託: the municipality's own system, not the national one it connects to)
    # (…国保総合システムは…連合会の電算処理センターに設置されております。システムの保守は: the
    # system the sentence before is about, whoever's)
    topic = next((m for m in state.mentions.get(sentence.index - 1, []) if m.kind == "entity"
                  and m.type == "system" and state.sents[sentence.index - 1].text.startswith("は", m.end)), None)
    own = [m for m in named if m.id is None or getattr(state.lex.entities.get(m.id), "municipality", None)
           == state.ctx.municipality is not None]
    return topic if topic is not None and topic in named else (own or named)[-1] if named else None


def _doer_after(state, sentence, frame):
    """Return the party that does the work named before it (住民記録システムの保守は、
    株式会社Bが行う; …の運用及び保守は、株式会社Bに委託する), or None."""
    for mention in state.mentions.get(sentence.index, []):
        if mention.kind != "entity" or mention.type not in _PARTY or mention.start <= frame.end \
                or _OTHER_WORK_BETWEEN.search(sentence.text, frame.end, mention.start):
            continue  # (…で運用しており、保守も同社が行っている: 同社 does the other work)
        # (株式会社A（以下「A社」という。）に委託: past the definition after the name)
        note = _BRACKETS.match(sentence.text, mention.end)
        after = note.end() if note else mention.end
        does = _DOES.match(sentence.text, after)
        if does and "、" in sentence.text[frame.end:mention.start] \
                and _ANOTHER_WORK.search(sentence.text, after, does.end()):
            continue  # (…のサーバで運用しており、株式会社Aが保守を行って: A does the other work)
        if does or sentence.text.startswith(("に委託", "へ委託"), after):
            return mention
    return None


def _system_after(state, sentence, frame, ending=None):
    """Return the system named right after the verb's relative ending (設置される端末; or
    after ``ending``), or None."""
    for mention in state.mentions.get(sentence.index, []):
        if mention.type == "system" and mention.kind == "entity" and mention.start >= frame.end \
                and ((ending or _RELATIVE).fullmatch(sentence.text[frame.end:mention.start])
                     or ending is None and _NAMED_KIND.fullmatch(sentence.text[frame.end:mention.start])):
            return mention
    return None


#: Between a relative ending and a system's bracketed name, the kind of thing it is
#: (…が運用する予診情報連携システム「きらりネット」; nc65 M11).
_NAMED_KIND = re.compile(_RELATIVE.pattern + r"[^、。「」をにがはで]{1,24}?(?:システム|サービス|ネットワーク|ネット|基盤)「")


def append(state, base: dict, kind: str, party, system, confidence: float, sentence=None,
           start: int = 0) -> None:
    """Append the relationship, with the status its ``sentence`` gives (令和7年1月から…
    移行いたします: planned), else current."""
    state.relations.append({
        **base, "type": kind,
        "subject": state.label_of(party), "object": state.label_of(system),
        "subject_key": state.key(party), "object_key": state.key(system),
        "subject_id": party.id, "object_id": system.id,
        "categories": [], "permission": None, "confidence": confidence,
        "status": status.of_clause(state, sentence.text, start) if sentence is not None else "current"})


#: After 提供 of a product: the relative ending and a word for the kind of product.
_PRODUCT = re.compile(r"(?:する|している|した)(?:[^、。をにがはで「」]{1,8}?の|[^、。をにがはで「」]{1,6}?(?=クラウド|サービス|プラットフォーム))?"
                      r"(?:クラウドサービス|クラウド|プラットフォーム|サービス|システム|製品|ソフトウェア|アプリ)?[「『]?")


def product(state, sentence, frame):
    """Return the system a relative clause of the verb names as a product (…が提供する
    クラウドサービス「kintone」), or None."""
    return _system_after(state, sentence, frame, _PRODUCT)
