"""Who gives and who receives in a flow verb's frame (see :mod:`kg.extract.relations`):

* the recipient is the に/へ slot, else a party that asked for the data
  (警察署等から求められた際に提供する), one flow for each name joined to it;
  a receiving verb (取得, 聴取) has its subject as recipient, and a received
  noun (名簿の提出を受託者より受ける) the item's department when unsaid;
  …に提出してもらう turns the に party into the giver;
* the provider is the から slot or the subject (or, along a chain of flow
  verbs, the system the data was put into, or the outside body the sentence
  opens with as its topic: J-LISは…町に返す); when unsaid it is the provider
  of a flow stated just before in the same item (an answer goes on with the
  question's subject), else the data subject a taking verb takes the data
  from, else the contractor of an entrustment whose work a sentence describes
  (…システムへ…取り込むものである), else the item's department, else the municipality, but never a guess
  for data handed to the person it is about, nor where a body's short form
  that names no one is the topic (機構は…).

Example::

    >>> ends(state, sentence, frame)                         # doctest: +SKIP
    (Mention(… '市民課' …), Mention(… '警察' …), False)
"""
from __future__ import annotations

import re

from kg.extract.askers import inquired_of
from kg.extract.earlier_givers import (_OURS, CARRY_SAME, _same, carried_provider, given_before,
                                       put_into, received_before)
from kg.extract.inquiries import on_letter
from kg.extract.relations import last as _last
from kg.extract.segment import COLON_LABEL
from kg.extract.speakers import is_question, spoken
from kg.extract.titles import unnamed_contractor

#: After a network's name, a terminal of it data is taken through (接続系の端末から; LGWANに
#: 接続された端末でダウンロード: the network, not where the data waits; nc72).
_TERMINAL_FROM = re.compile(r"[^、。をにがは]{0,8}端末から|に接続(?:された|した|している)[^、。をにがは]{0,6}端末(?:から|で)")


def _stored_at(state, text: str, pos: int) -> bool:
    """True when the words after a party at ``pos`` put data on its own system or place
    (のクラウドサービス上に保存され: ``owned_systems``, then a ``storing_verbs`` verb)."""
    owned = sorted(state.pats.get("owned_systems", ()), key=len, reverse=True)
    place = next((w for w in owned if text.startswith(w, pos)), None)
    if place is None:
        return False
    rest = re.sub(r"^上?に(?:一時的に|一時)?", "", text[pos + len(place):pos + len(place) + 12])
    return rest.startswith(tuple(state.pats.get("storing_verbs", ())))


#: A sentence that goes on with the next step of the same hand-over (その後、…送付いたします).
_THEN = re.compile(r"(?:その後|続いて|次いで|引き続き)、")


def ends(state, sentence, frame, to=None, giver=None) -> tuple | None:
    """Return ``(provider, recipient, inferred)`` for a flow frame (to recipient ``to``
    and from ``giver``, one of joined givers, when given), or None when an end is missing."""
    slots = frame.slots
    to = to or _last(slots, "recipient") or _last(slots, "requester")
    frm = giver or _last(slots, "provider")
    subject = _last(slots, "subject")
    if giver is None and frm is not None and frm.type == "system" and (subject is None or _ours(state, subject)) \
            and frm.text.endswith(tuple(state.pats.get("input_devices", ()))) and frame.kind == "flow" \
            and (subject is not None or sentence.text.startswith("から", frm.end) and frm.text.endswith(("端末", "端末機"))):
        # 本市は、…専用のタブレット端末からインターネット経由でVRSに登録: the city gives, at
        # its terminal (a device it keys the data in at, no holder of its own); with no one
        # said, the item's side at a terminal (LGWANに接続した専用端末から、デジタル庁のPMHに登録:
        # nc68 W10; not 国保総合PCから…提供, a system holding the data)
        frm = subject or state.provider_default(sentence.index) or frm
    if frame.asked and frm is not None and to is not None:
        if _same(state, frm, to) or _own_side(state, frm, to):
            return None
        if frame.verb in state.pats.get("inquiries", ()) and not on_letter(sentence.text, slots.get("categories", [])):
            # 介護保険システムから…転入前の市町村に所得情報を照会し: the asked answers the asker
            return to, frm, False
        # 学校から児童相談所へ…提供していただく names its giver: read as it stands
        return frm, to, False
    if frame.asked and not slots.get("recipient") and slots.get("requester"):
        # 警察署から、…映像の提供を求められました: who asks receives, from us
        frm = _last(slots, "subject") or state.provider_default(sentence.index) or state.municipality_mention()
        return None if frm is None or _same(state, frm, to) else (frm, to, False)
    if frame.asked and frame.verb in state.pats.get("inquiries", ()) \
            and on_letter(sentence.text, slots.get("categories", [])):
        # 年金事務所に対し、氏名及び基礎年金番号を記載した文書で…照会: the letter goes to whom it asks
        asked, frm = to or frm, _last(slots, "subject") or state.provider_default(sentence.index) \
            or state.municipality_mention()
        return None if asked is None or frm is None or _same(state, frm, asked) else (frm, asked, False)
    if frame.asked and frm is None and to is not None and to.role == "facility":
        # 確認書は、受託者が…設置する事務センターに、…郵送していただきます: the facility is
        # where it goes, not who is asked, and who is asked is not said (nc71 W16)
        return None
    if frame.asked:  # 保護者へ同意書を提出してもらう: the 保護者 gives it to us
        frm = to or frm  # (保護者から課税証明書を提出させていた: the から party)
        subject = _last(slots, "subject")
        outside = next((m for m in reversed(slots.get("of", [])) if m.type not in _OURS), None)
        if subject is None and frm is not None and frm.type in _OURS and outside is not None:
            # 委託先の調査員が作成した認定調査票は、原本を郵送で市に返送していただきます: the
            # contractor returns it to the city
            return outside, frm, False
        if subject is None and frm is not None and frm.type in _OURS:
            # …医師会がとりまとめ、…町に郵送していただいております。令和8年4月からは、…町に
            # 提出していただく予定です: the one asked before is asked again
            giver = carried_provider(state, sentence.index, frm)
            if giver is not None and giver.type not in _OURS and not _ours(state, giver):
                return giver, frm, True
        to = subject or state.provider_default(sentence.index) or state.municipality_mention()
        if frm is not None and frm.type in ("municipality", "department") and subject is not None \
                and not _ours(state, subject) and frame.verb not in state.pats.get("inquiries", ()):
            # 受託者が…個人情報は市に返還させ: the city is where it goes, the one made to
            # return it gives (楓川町の職員が…当課に返送していただいております: another town;
            # not 受託者は、障害福祉課に照会して…回答を受ける: who is asked answers)
            frm, to = subject, frm
        if frm is None or to is None or _same(state, frm, to) or _own_side(state, frm, to):
            return None
        return frm, to, False
    if frame.kind == "receive":
        to = _last(slots, "subject")
        if frame.taken and frm is not None and frame.verb in state.pats.get("inquiries", ()):
            # 日本年金機構から、…所得情報について照会を受けている: who asks is answered by us
            to = to or state.provider_default(sentence.index) or state.municipality_mention()
            return None if to is None or _same(state, frm, to) else (to, frm, False)
        if frame.taken and frm is None:
            return None  # 誓約書の提出を受ける: the giver is not named
        if to is None and (frame.taken or frm is not None and (
                frame.verb not in state.pats.get("taking_verbs", ())
                # 他の市区町村から所得情報を取得いたします: humble, so the speaker's side
                or sentence.text.startswith(("いたし", "させていただ"), frame.end)
                # (…前住所地の市町村から課税情報を取得しております: a body the data comes from,
                # not a terminal a resident uses; nc69 M2)
                or frm.type in ("municipality", "public-body", "prefecture") + (("unnamed-party",) if frm.how == "others" else ())
                and frm in slots.get("provider", ()))):
            # 名簿の提出を受託者より受けている, 市民税課から…受け取ります: we (the item's
            # department, or the city) receive (not 端末から住民票を取得する: a resident does)
            to = state.provider_default(sentence.index) or state.municipality_mention()
        if frm is None and frame.verb in state.pats.get("taking_verbs", ()):
            # 受講者が希望する…情報は受託者が聴取する: taken from the person it is about
            # (not 利用者の認定情報を受け取る: that comes from whoever holds it)
            frm = next((m for name in ("subject", "of", "object") for m in slots.get(name, [])
                        if m.type == "data-subject" and (to is None or m.key != to.key)), None)
        if frm is None and frame.verb in state.pats.get("download_verbs", ()):
            # …は、同サービスのサーバに一時保存され、職員が毎日ダウンロードし: from the
            # system named before it where the data waits
            # (not LGWAN of …ＬＧＷＡＮ接続系の端末からダウンロード: the terminal is the means;
            # …は同社のクラウドサービス上に保存され: the company whose cloud holds it)
            frm = next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                        and m.end <= frame.start and (to is None or not _same(state, m, to))
                        and (m.type == "system" and not _TERMINAL_FROM.match(sentence.text, m.end)
                             or m.type in ("company", "public-body") and _stored_at(state, sentence.text, m.end))),
                       None)
        if frm is None and to is not None and to.type != "data-subject":
            # 受託者が取得する個人情報, 児童相談所が受理した虐待事案: from whom is not said
            # (not the department); what is handed to a person comes from the city
            return None
    elif frm is None:
        # (南浜県が実施する…事業の対象者として推薦し、…を県に提供: not the one it goes to)
        subject = next((m for m in reversed(slots.get("subject", [])) if to is None or not (
            _same(state, m, to) and sentence.text.startswith("が", m.end))), None)
        if subject is not None and to is not None and any(
                state.key(m) == state.key(subject) and sentence.text[m.end:to.start] == "の"
                for m in state.mentions.get(sentence.index, []) if m.kind == "entity"):
            subject = None  # …データは同社のクラウドサーバに保存される: its owner keeps, not gives
        frm = subject or _holder(state, sentence, frame) or _moved(state, sentence, frame, to) \
            or _topic_giver(state, sentence, frame, to)
    if to is None and frame.kind == "flow" and _INQUIRY_PAPER.search(sentence.text, 0, frame.start):
        # 照会書には、対象者の氏名…を記載し、郵送で送付する: to the one inquired of
        to = inquired_of(state, sentence.index)
    if to is None and frame.kind == "flow" and not slots.get("subject") and _THEN.match(spoken(state, sentence)):
        # …汐入町福祉事務所に…連絡いたします。その後、…の記録を、書留郵便で…送付いたします:
        # the next hand-over of the same giver to the same office
        last = next((f for f in reversed(state.flows) if f.get("_index") == sentence.index - 1
                     and f.get("_to") is not None and state.item_of.get(f["_index"]) is state.item_of.get(sentence.index)), None)
        if last is not None:
            to, frm = last["_to"], frm or last["_from"]
    if to is None and frame.kind == "flow" and frm is not None and frm.type not in _OURS + ("system", "data-subject") \
            and frame.verb in state.pats.get("submitting_verbs", ()) and not is_question(sentence.text, state.pats) \
            and not sentence.text.startswith(("され", "さ れ"), frame.end):  # (not 医療機関から提出されたレセプト)
        # 多くの事業所はeLTAXを通じて電子データで提出しております: to the city, that asks for it
        to = state.provider_default(sentence.index) or state.municipality_mention()
    if to is None or (frm is not None and _same(state, frm, to)):
        return None
    inferred = frm is None or frm.type == "data-subject" and frame.kind == "receive" \
        and frm not in slots.get("provider", ())
    if frm is None and to.type == "data-subject" and frame.kind != "receive":
        # 誤印刷の証明書をご本人に渡す: whoever meets the person hands it over (a clerk,
        # a contractor, a teacher), too often not the item's department to guess it
        return None
    if frm is None and _unresolved_giver(state, sentence.text[:frame.start]):
        return None  # 機構は…提供する with no 機構 named: the giver is said, but not who
    if frm is None:  # 再委託先には氏名のみを渡す: the contractor hands on to its subcontractor
        frm = _entrusting(state, sentence.index, to)
    if frm is None and frame.verb in state.pats.get("return_verbs", ()):
        # 再委託先には調査票の写しのみを渡し、入力したデータは…受託者に返す: back from
        # whom the recipient gave to last in the item
        frm = _given_by(state, sentence.index, to)
    if frm is None and frame.verb in state.pats.get("return_verbs", ()) and to.type in _OURS:
        # 点検結果は同じ回線により市に返却される: the item's contractor gives back
        item = state.item_of.get(sentence.index)
        frm = item.contractor if item is not None else None
    if frm is None:  # …システムへ、…データを変換して取り込むものである: the work entrusted
        frm = work_doer(state, sentence, frame, to)
    if frm is None and not slots.get("categories"):  # the data put there, named before
        frm = put_into(state, sentence.index, to)
    if frm is None:
        frm = received_before(state, sentence, frame, to) or given_before(state, sentence, frame, to)
    if frm is None:
        frm = carried_provider(state, sentence.index, to)
    if frm is None:
        frm = state.provider_default(sentence.index) or state.municipality_mention()
    if frm is None or _same(state, frm, to) or _own_side(state, frm, to):
        return None
    return frm, to, inferred


def _given_by(state, index: int, to):
    """The party the latest flow of the item up to sentence ``index`` went to from ``to``
    (what comes back to ``to`` comes from it), or None."""
    item = state.item_of.get(index)
    if item is None:
        return None
    return next((f["_to"] for f in reversed(state.flows) if f.get("_index") is not None
                 and f["_index"] <= index and f.get("item") == item.key and f.get("_from") is not None
                 and state.key(f["_from"]) == state.key(to)), None)


#: What a sentence describing an agenda item's business ends with (…取り込むものである).
_DESCRIBES_WORK = re.compile(r"(?:もの|業務|内容)(?:である|です|となる|となります)。?$")


def work_doer(state, sentence, frame, to):
    """The contractor of an entrustment item whose business a sentence describes, with no
    doer said, as putting data into a system (…情報共有システムへ、…エクセルデータをCSVに
    変換して取り込むものである: the work the contractor is entrusted with), or None."""
    item = state.item_of.get(sentence.index)
    if item is None or to.type != "system" or "outsourcing" not in item.kinds \
            or frame.kind != "flow" or is_question(sentence.text, state.pats) \
            or not _DESCRIBES_WORK.match(sentence.text, frame.end):
        return None
    if item.contractor is not None:
        return item.contractor if item.contractor.sentence < sentence.index else None
    return unnamed_contractor(state, item)


#: The paper an inquiry is made with (照会書には、…を記載し、郵送で送付する).
_INQUIRY_PAPER = re.compile(r"照会(?:書|文書|票)(?:には|に|は|を)")


def _moved(state, sentence, frame, to):
    """The system a moving verb moves onto another in its own clause (…システムをミナト
    クラウドへ移行する: its data goes from the one to the other; not サーバーを構築し、
    データを当該サーバーに移行する), or None."""
    if frame.verb not in state.pats.get("moving_verbs", ()) or to is None or to.type != "system":
        return None
    return next((m for m in reversed(frame.slots.get("object", [])) if m.type == "system"
                 and not _same(state, m, to) and "、" not in sentence.text[m.end:frame.start]), None)


def _unresolved_giver(state, before: str) -> bool:
    """True when the clause before the verb opens with a body's short form as its topic
    or subject (機構は, 同社が) that named no party: someone else gives, not the item's
    department."""
    words = [*state.pats.get("short_forms", ()), *state.pats.get("prefecture_forms", {}),
             *state.pats.get("anaphora", {}).get("company", ())]
    # the word alone, not the end of a longer name (年金機構は is a named body)
    return any(re.search(rf"(?<![\u4e00-\u9fff\u30a0-\u30ffA-Za-z]){re.escape(w)}[はが]", before)
               for w in words)


def _entrusting(state, index: int, to):
    """Return the item's contractor when ``to`` is its subcontractor, else None."""
    item = state.item_of.get(index)
    if item is None:
        return None
    sub = item.subcontractor
    if item.contractor is not None and (
            to.role == "subcontractor" or (sub is not None and state.key(sub) == state.key(to))):
        return item.contractor
    # 配送は、受託者から配送事業者に再委託されます。配送事業者には氏名と住所のみを渡し: who
    # re-entrusted it the work hands on the data
    rel = next((r for r in reversed(state.relations) if r["type"] == "re-entrusts"
                and r["item"] == item.key and r["object_key"] == state.key(to)), None)
    if rel is None:
        return None
    return next((m for i in range(index, max(-1, index - CARRY_SAME), -1)
                 for m in state.mentions.get(i, []) if m.kind == "entity"
                 and state.key(m) == rel["subject_key"]), None)


def _holder(state, sentence, frame):
    """Return the municipality or department whose data the frame moves (市町村ごとの高額療養費
    情報を…集約し, 市民課の住民票データを…): the holder gives it; else None."""
    data = frame.slots.get("categories", [])
    for mention in reversed(frame.slots.get("of", [])):
        follows = sentence.text[mention.end:mention.end + 4]
        if mention.type in ("municipality", "department") and follows.startswith(("の", "ごとの")) \
                and any(0 <= m.start - mention.end <= 4 for m in data):
            return mention
    return None


#: Outside parties that, as a sentence's topic, give what its flow verb moves.
_GIVERS = ("public-body", "company", "association", "municipality", "prefecture", "national")


def _topic_giver(state, sentence, frame, to):
    """The outside body the sentence opens with as its topic (J-LISは交付の記録を町に返す
    のみで: J-LIS), when no other party stands between it and the verb, or None."""
    begin = len(sentence.text) - len(spoken(state, sentence))
    label = COLON_LABEL.match(sentence.text, begin)  # (事務局：J-LISは…: when not read as a speaker)
    begin = label.end() if label else begin
    # (…国民健康保険中央会の中間サーバーに登録し: the recipient's owner stands for no other giver)
    named = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
             and begin <= m.start < frame.start and (to is None or state.key(m) != state.key(to))
             and not (to is not None and m.end + 1 == to.start and sentence.text[m.end] == "の")]
    first = named[0] if named else None
    if first is None or first.type not in _GIVERS or len(named) > 1 or first.start != begin \
            or not sentence.text.startswith("は", first.end):
        return None
    return first


def _own_side(state, one, other) -> bool:
    """True when one end is the municipality and the other its department or itself:
    data that stays with the controller (…を市に返却する said by the department)."""
    own = state.municipality["key"] if state.municipality else None
    keys = {state.key(one), state.key(other)}
    # (not another municipality: 鷲尾町は…当広域連合に提出 leaves the town for the union)
    return own in keys and all(m.type == "department" or m.type == "municipality" and state.key(m) == own
                               for m in (one, other))


def _ours(state, mention) -> bool:
    """True when ``mention`` is the municipality of the minutes or a department (not another
    municipality: 楓川町 in 白樺台市's minutes)."""
    if mention.type == "department":
        return True
    own = state.municipality["key"] if state.municipality else None
    return mention.type == "municipality" and (own is None or state.key(mention) == own)
