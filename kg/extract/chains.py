"""Slots carried along a sentence's chain of verbs, after each verb has its own.

One sentence often says one hand-over with several verbs, or lets a later verb take
what an earlier one named: the system data was put into is where it leaves from
(…に入力した情報が…送信される), who asks receives (…からの照会に応じて提供する), the
topic of a work goes on to the verb after it (支払基金は、…を運用し、…回答いたします),
and two verbs joined by て are one hand-over (介護保険課へ持参して提出する).

Example::

    >>> chain(frames, pats, text)                                   # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.extract.relations import Frame

_WORKS = {"operate", "host", "maintain"}
#: From a verb to the turn of its sentence (…しておりましたが、).
_TURN = re.compile(r"[^、。]{0,12}?(?:が|けれども|けれど)、")
#: A passive relative clause before the data it describes (…から申請された申請データは).
_RECEIVED_FROM = re.compile(r"[さら]?れた[^、。をにがはでと]{1,16}?(?:は|を)")
#: After a registering verb, a passive relative clause on the data kept (登録された高齢者の).
_STORED = re.compile(r"(?:され|されて|されてい)(?:た|る)[^、。をにがはでと]")
#: After a work's noun (運用, 運用保守), that it is the object the next verb takes (を).
_WORK_OBJECT = re.compile(r"(?:及び|・)?(?:保守|運用|管理)?(?:業務|作業|等)?を")
#: Between a work's noun and the entrusting verb: the other works of the list and を.
_WORKS_THEN = re.compile(r"(?:(?:及び|並びに|・|、)[^、。をにがは]{1,8}?)*(?:業務|作業|等)?を")
#: After a flow's noun, that it is the purpose of the verb after it (登録のため、).
_PURPOSE = re.compile(r"(?:する|される|の)?ため(?:に)?、")
#: 提供する項目は、: the verb's data is listed next.
_LISTS = re.compile(r"[ぁ-ん]{1,5}(?:個人)?(?:情報|項目|データ)(?:は|の項目は)")


#: After a person, that the act asks their consent (本人から同意を得た, 本人からの同意).
_CONSENTS = re.compile(r"から(?:の)?(?:書面による|事前に|事前の)?(?:同意|承諾|了承|了解)")
#: After a party, that it holds the data named next (他の市町村が保有する地方税関係情報を).
_HOLDS = re.compile(r"が(?:保有|保管|管理|所有)(?:する|している|しております)[^、。をはが]{1,20}を")


def chain(frames: list[Frame], pats: dict | None = None, text: str = "") -> None:
    """Carry the data along a chain of flow verbs in one sentence: what was put into a
    system (…に入力した情報が…送信される, …端末に移行して送信する) leaves from it, so a
    later flow verb without a giver gets the earlier verb's system recipient as provider;
    and who passes on data a relative clause received is who received it, and who asks
    (…からの照会に応じて: a request or inquiry of ``pats`` that is the condition of the next
    verb, in the sentence ``text``) receives what the next verb provides."""
    pats = pats or {}
    for at, frame in enumerate(frames):
        work = next((f for f in reversed(frames[:at]) if f.kind in _WORKS and f.slots.get("recipient")), None)
        if frame.kind == "entrust" and not frame.slots.get("recipient") and work is not None \
                and _WORKS_THEN.fullmatch(text, work.end, frame.start):
            # (…として、株式会社Aに…システムの運用及び保守を委託: A, taken by the work's noun
            # named first, is whom the verb entrusts too; nc67 M2)
            frame.slots["recipient"] = list(work.slots["recipient"])
    for frame in frames:  # (本人から同意を得た方の名簿情報を: who consents gives nothing)
        if frame.slots.get("provider"):
            frame.slots["provider"] = [m for m in frame.slots["provider"] if not _CONSENTS.match(text, m.end)]
            if not frame.slots["provider"]:
                del frame.slots["provider"]
    for frame in frames:  # 他の市町村が保有する地方税関係情報を…取得: the holder gives
        holder = (frame.slots.get("subject") or [None])[-1]
        if frame.kind == "receive" and holder is not None and not frame.slots.get("provider") \
                and _HOLDS.match(text, holder.end):
            frame.slots["provider"] = frame.slots.pop("subject")
    asks = tuple(pats.get("requests", ())) + tuple(pats.get("inquiries", ()))
    for before, after in zip(frames, frames[1:]):
        if before.kind == after.kind == "flow" and _PURPOSE.match(text, before.end):
            # …介護保険総合データベースへの登録のため、国民健康保険中央会に送信: what it is
            # sent for, no hand-over of its own; its data is what goes
            if not after.slots.get("categories") and before.slots.get("categories"):
                after.slots["categories"] = before.slots["categories"]
            before.kind, before.slots = "purpose", {}
    for before, after in zip(frames, frames[1:]):
        if before.kind == "flow" and after.kind == "access" and before.verb in pats.get("registering_words", ()) \
                and _STORED.match(text, before.end):
            # …システムに登録された高齢者の氏名…を、…閲覧している: the data as it is kept
            # there, what is seen; nothing is put in by this sentence
            if not after.slots.get("categories") and before.slots.get("categories"):
                after.slots["categories"] = before.slots["categories"]
            before.kind, before.slots = "purpose", {}
    for frame in frames:
        # 税務署から、…調査のための照会があった場合、市民税課は、…を回答いたします: the one
        # who inquires (the parse hung it on the answer) receives; the subject gives
        given = frame.slots.get("provider")
        between = text[given[-1].end:frame.start] if given else ""
        if frame.kind == "flow" and given and frame.slots.get("subject") \
                and not frame.slots.get("recipient") and not frame.slots.get("requester") \
                and any(ask in between for ask in asks) \
                and any(c in between for c in pats.get("inquiry_conditions", ())):
            frame.slots["requester"] = frame.slots.pop("provider")
    for number, before in enumerate(frames):
        # 支払基金は、…システムを運用し、…照会に対して資格情報を回答いたします: the topic of
        # the work goes on to the next verb that moves data (not to the inquiry)
        after = next((f for f in frames[number + 1:] if f.kind == "flow"
                      and not f.verb.startswith(asks)), None)
        # (学校給食課は、…株式会社Aに委託しており、同社には…を渡しております: who entrusts
        # hands the data over)
        if before.kind in (*_WORKS, "entrust") and before.slots.get("subject") and after is not None \
                and not (after.slots.get("subject") or after.slots.get("provider")) \
                and text[before.end:before.end + 2] in ("し、", "して"):
            after.slots["subject"] = before.slots["subject"]
    for before, after in zip(frames, frames[1:]):
        if before.kind == after.kind == "flow" and before.negated and before.slots.get("recipient") \
                and not after.negated and not after.slots.get("recipient") \
                and re.match(r"(?:ず|ないで)、", text[before.end:before.end + 6].lstrip("さ")):
            # Bには氏名と住所は渡さず、…健診結果のみを渡します: what goes, goes to B
            after.slots["recipient"] = list(before.slots["recipient"])
    for before, after in zip(frames, frames[1:]):
        if before.kind == "flow" and after.kind == "flow" and before.slots.get("subject") \
                and not (after.slots.get("subject") or after.slots.get("provider")) \
                and text[before.end:before.end + 2] in ("し、", "して") \
                and not re.search(r"[はが]、", text[before.end:after.start]):
            # 受託者が毎日市役所に持参して税務課に返却: who carries it hands it back (not
            # …持参し、入力後のデータは、…取り込みます: a topic of its own)
            after.slots["subject"] = before.slots["subject"]
        if after.kind == "access" and before.kind in ("connect", "flow", "receive") \
                and before.slots.get("subject") and not after.slots.get("subject") \
                and text[before.end:before.end + 2] in ("し、", "して") \
                and not re.search(r"[はが]、", text[before.end:after.start]):
            # 警察署が録画サーバに直接接続して映像を閲覧することはできません: who would
            # connect would see (nc67 W12: the server's maintainer was kept out instead)
            after.slots["subject"] = before.slots["subject"]
        topic = (after.slots.get("subject") or [None])[-1]
        if before.kind in ("flow", "receive") and topic is not None and topic.end < before.start \
                and not before.slots.get("subject") and not (before.kind == "flow" and before.slots.get("provider")) \
                and text[topic.end:topic.end + 1] == "は" and text[before.end:before.end + 2] in ("し、", "して"):
            # 図書館システムは…サービスに…を送信し、…結果を受け取ります: the topic does both
            # (証明書発行サーバは、住民記録システムから…を取得し、…を…に送信: takes, then sends)
            before.slots["subject"] = [topic]
        # (a frame of 照会を受けた場合 ends after 受け: the condition starts before its end)
        condition = text[max(0, before.start - 1):after.start]
        inquired = any(c in condition for c in pats.get("inquiry_conditions", ()))
        if before.verb.startswith(asks) and inquired and before.slots.get("categories") \
                and after.kind == "flow" and not after.slots.get("categories"):
            # 受給者情報を、…他の地方公共団体へ照会に応じて提供する: the data is what is provided
            after.slots["categories"] = before.slots.pop("categories")
        asked = before.slots.get("requester") or before.slots.get("provider")
        if before.verb.startswith(asks) and not before.slots and after.slots.get("provider") \
                and after.slots["provider"][-1].end <= before.start and after.kind == "flow" \
                and inquired:
            # 警察署から照会があった場合には、…回答: the から went to the later verb, but
            # it is who inquires
            asked = [after.slots.pop("provider")[-1]]
        # (…から所得情報の照会を受けた場合にも、…を経由して所得情報を提供: what is asked, and
        # through which network, say no more than who asks)
        if before.verb.startswith(asks) and asked \
                and set(before.slots) <= {"requester", "provider", "categories", "via"} \
                and after.kind == "flow" and not after.slots.get("recipient") \
                and not after.slots.get("requester") \
                and inquired:
            # 国の機関からの照会に応じて…提供する: who inquires receives what is provided
            after.slots["requester"] = asked
            before.slots.clear()
        shared = {id(m) for m in before.slots.get("categories", ())} & {
            id(m) for m in after.slots.get("categories", ())}
        if before.kind == "receive" and shared and not before.slots.get("subject") \
                and after.slots.get("subject"):
            # 健康課は、医療機関から受け取った健診結果を…渡す: who passes the data on received it
            before.slots["subject"] = after.slots["subject"]
        if before.kind == "receive" and after.kind == "flow" and before.slots.get("categories") \
                and not after.slots.get("categories") and not before.negated \
                and re.match(r"(?:し|して|て)、", text[before.end:before.end + 4]) \
                and "を" not in text[before.end:after.start]:
            # 職員が毎日ダウンロードし、医療費助成システムに取り込む: what was taken goes on
            # (not …を取得し、証明書の画像データを作成して送信: what goes is named)
            after.slots["categories"] = list(before.slots["categories"])
        if before.kind != "flow" or after.kind != "flow" or before.negated:
            continue
        if not before.slots and _LISTS.match(text, before.end) and not after.slots.get("recipient"):
            # 提供する項目は、氏名…で、紙の名簿を手渡しいたします: the list is what 提供 moves
            before.slots["categories"] = after.slots.pop("categories", [])
        if _new_way(before, after, text, pats):
            continue
        if text[before.end:after.start] in ("して", "し", "て"):
            # 調査票を介護保険課へ持参して提出する: one hand-over, said with two verbs
            for name, found in before.slots.items():
                after.slots.setdefault(name, [])[:0] = [m for m in found if m not in after.slots.get(name, ())]
            before.slots.clear()
            continue
        if before.slots.get("categories") and not after.slots.get("categories") \
                and re.match(r"(?:し|して|り|て)、", text[before.end:before.end + 4]):
            # 個人番号は…端末で入力し、広域連合に送っている: what was entered is sent
            after.slots["categories"] = list(before.slots["categories"])
        if set(before.slots) == {"provider"} and not (after.slots.get("provider") or after.slots.get(
                "subject")) and _RECEIVED_FROM.match(text, before.end):
            # ぴったりサービスから申請されたデータは、…システムに取り込む: where the data the
            # clause describes came from is where the later verb takes it from
            after.slots["provider"] = before.slots.pop("provider")
            continue
        target = (before.slots.get("recipient") or [None])[-1]
        if target is None or target.type != "system":
            continue
        if not after.slots.get("provider") and not after.slots.get("subject"):
            after.slots["provider"] = [target]
    for number, work in enumerate(frames):
        # 同社にはシステムの運用及び保守を委託いたします: the topic is whom the work is
        # entrusted to, though the parse hangs it on the work's noun
        entrust = next((f for f in frames[number + 1:] if f.kind in ("entrust", "re-entrust")), None)
        if work.kind in _WORKS and set(work.slots) == {"recipient"} and entrust is not None \
                and not entrust.slots.get("recipient") and not re.search("[、。]", text[work.end:entrust.start]):
            entrust.slots["recipient"] = list(work.slots["recipient"])
        if work.kind in _WORKS and work.slots.get("subject") and entrust is not None \
                and not entrust.slots.get("subject") and entrust.slots.get("recipient") \
                and not re.search("[、。]", text[work.end:entrust.start]) and _WORK_OBJECT.match(text, work.end):
            # 連合会は、…システムの運用保守を株式会社Aに委託している: who entrusts the work,
            # not who does it (the one it is entrusted to does)
            entrust.slots["subject"] = work.slots.pop("subject")
    for number, before in enumerate(frames):
        # Bには、受託者が…を渡し、…データは同社から課へ納品されます: the topic Bには is
        # whom the first verb gives to, though the parse hangs it on the last one
        later = next((f for f in frames[number + 1:] if len(f.slots.get("recipient", ())) >= 2), None)
        first = later.slots["recipient"][0] if later is not None else None
        if before.kind == "flow" and not before.slots.get("recipient") and first is not None \
                and first.end < before.start and text.startswith("には、", first.end) \
                and re.match(r"(?:し|して)?、", text[before.end:]):
            before.slots["recipient"] = [later.slots["recipient"].pop(0)]
    for number, after in enumerate(frames):
        # …照会には、…郵送で回答しておりましたが、令和7年１月からは、…機構のｅＬＴＡＸを経由して、
        # 電子的に所得情報を提供することといたします: a verb of another kind between
        before = next((f for f in reversed(frames[:number]) if f.kind == "flow"), None)
        if before is not None and before is not frames[number - 1]:
            _new_way(before, after, text, pats)


def _new_way(before, after, text: str, pats: dict) -> bool:
    """Give ``after`` the ends and data of ``before`` when it is the same hand-over a new
    way (…資格情報を…広域連合に郵送しておりましたが、…からは専用回線で送信いたします: its
    own channel and data, not the ones named before the turn); True when it did."""
    if after.kind != "flow" or not (before.slots.get("recipient") or before.slots.get("requester")) \
            or any(after.slots.get(k) for k in ("recipient", "provider", "requester")) \
            or not _TURN.match(text, before.end) \
            or not any(c in text[:before.start] for c in pats.get("statuses", {}).get("replaced", ())):
        return False
    after.slots["channel"] = [m for m in after.slots.get("channel", []) if m.start > before.end]
    for name in ("recipient", "requester", "categories", "subject", "provider", "of"):
        if before.slots.get(name) and not after.slots.get(name):
            after.slots[name] = list(before.slots[name])
    return True
