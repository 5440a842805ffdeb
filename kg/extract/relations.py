"""Propose flows, relationships and exclusions from the sentences that state them.

A sentence is a candidate when it holds a verb of ``patterns.yaml`` (提供,
送付, 委託, 再委託, 閲覧 ...) and typed names. The case particle after a name
gives its slot: に/へ the recipient, から the provider, が/は the subject, で
the channel (or the system the data passes through); a slot filled by a time
or a circumstance (…時等に) is no party. When a sentence has several verbs,
GiNZA's dependency parse says which verb each name belongs to. An unsaid
provider is the agenda item's department, else the municipality.

Example::

    >>> frame = Frame(verb="提供", kind="flow", start=10, end=12)
    >>> frame.kind
    'flow'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import clauses, listing
from kg.extract.denial import clause_denied, denial_at, negated  # noqa: F401 (read through relations too)
from kg.extract.particles import HEAD_THEN, HEAD_TO, OFFICE_TO, particle_after
from kg.extract.ruler import Mention

_HOLDING = ("host", "operate", "maintain")  # frames whose data is a system's
_BODIES = {"public-body", "association", "company", "unnamed-party"}
#: The rest of a list of data up to its を (…と個人番号を), or the を itself.
_OBJECT_LIST = re.compile(r"(?:(?:と|及び|並びに|、|・|や)[^、。をにがはで]{1,20}?)*(?:を|は、)")
#: After a place's に, a verb of being there that describes the noun after it (…に残っていた書類,
#: …に保管されている名簿): the place is where the thing was, no one it goes to.
_WHERE_IT_WAS = re.compile(r"(?:残って|残され|置かれ|保管され|保存され|あっ|あり)(?:いた|いる|た)(?=[一-龥ァ-ヶ])")
#: The verb ending of a relative clause (渡される, 送った, 提出する) before the noun it describes.
_RELATIVE = re.compile(r"(?:される|された|れる|れた|する|した|る|た)")
#: After a data name, the phrase of what a question or opinion was about (…の電子証明書に
#: ついて質問があり, …について意見があった): the data is the topic, not what moves.
_ASKED_ABOUT = re.compile(r"[^、。]{0,24}?について(?:の)?(?:質問|意見|質疑|問い合わせ|お尋ね)")
#: After a paper's name, that what moves asks that it be written (主治医意見書の作成を依頼する
#: 文書を; not …の提出を求め: that asks for it to come back, the paper's own hand-over).
_ASKED_FOR = re.compile(r"の(?:作成|記入)(?:を|の)(?:依頼|要請|お願い)")
#: A category that is the object of another predicate before a comma (…を用い、; not a list
#: …を裁判所、警察署から, nor a noun the clause describes, itself the object: …を記載した名簿を、).
#: (not a verb that puts it in the form that moves: …及び個人番号を電子データ化し、…送信する;
#: 医療券を紙で作成し、…郵送している)
_OTHER_OBJECT = re.compile(r"を(?![^、。を]{0,7}?(?:化し|化して|格納し|変換し|添付し|まとめ|作成し|印刷し|出力し|複写し))"
                           r"[^、。を]{0,7}[ぁ-ゑん]、")
#: A data name as the object of a verb denied on the way (…を紐付けずに保管する).
NOT_DONE_TO = re.compile(r"を[^、。を]{0,6}?(?:ずに|せずに|ないで|ないように)")
#: The rest of a list after its last known name, up to the particle of the recipient.
_LIST_TAIL = re.compile(r"(?:及び|並びに|又は|または|、|・|や)[^、。をにへがはでと]{1,20}?(?:に|へ)(?!よ|お|関|つい|係|伴)")
#: A clause that ends in a copula (…であり、): a subject before it is not the next verb's.
#: After a verb, the turn to a clause set against it (…郵送してまいりましたが、).
_TURN_AFTER = re.compile(r"[^、。]{0,12}?(?:が|けれども|ものの)、")
_COPULA = re.compile(r"(?:であり|であって|であるが|ですが|でありますが)、")
#: After a data name, the place on a form it is written in (個人番号の欄, 個人番号記載欄).
_FIELD = re.compile(r"(?:の|等の)?(?:記載欄|記入欄|欄|記載部分)")
#: After a data name, what it is said about (住民票の記載事項について).
_ABOUT = re.compile(r"(?:の[^、。をにがはで]{1,8}?)?について")
#: After a name with が, a condition of its own (本人が希望すれば、…を高等学校に引き継ぐ):
#: who wishes is not who hands the data on.
_CONDITION = re.compile(r"が[^、。]{0,12}?(?:すれば|れば|たら|なら)、")
#: …が…した場合、 after a party named as the topic (生活福祉課は、受給者が転居した場合、…):
#: the one the case is about, not who acts (without a topic, the same one may act: 事業者が
#: 気付いた場合には、…に連絡していただいております).
_CASE_OF = re.compile(r"が[^、。]{0,16}?(?:た|る)(?:場合|とき|際)(?:に|は|には)?、")
#: Between two data names of one list (氏名、住所; 氏名及び住所).
JOINS = re.compile(r"等?(?:、|，|・|及び|並びに|や|と|又は|または)")
_TOPIC_BEFORE = re.compile(r"[^、。]{2,}は、")
#: After a verb, that what it does is said next (送信されるのは利用者IDと…).
_CLEFT = re.compile(r"(?:し)?(?:される|された|されている|れる|れた|れている|する|した|している|いる)?のは、?")
#: Between that and the data: nothing, or whose it is (…のは訪問先の氏名と住所のみ).
_WHOSE = re.compile(r"(?:[^、。をにがはでと]{1,8}の)?")
#: …が…ようにするため、 / …が…したため、: the one a clause of purpose or reason is about,
#: not who does what follows (受給者が…資格確認を受けられるようにするため、医療券等の情報を
#: …システムに登録する: nc67 W6).
_WHY = re.compile(r"が[^。]{0,40}?(?:ようにするため|ようにする為|できるよう|ため|為)に?、"
                  # (各学校の教員が…故障対応を行っておりますが、…外部の事業者に委託する予定:
                  # who does it now (its staff too), in a clause that turns to what comes; nc67 W18)
                  r"|(?:の[^\s、。がをには]{1,5})?が[^。、]{0,30}?(?:ておりますが|ていますが|ているが|ておりましたが|ていたが)、")


@dataclass
class Frame:
    """One verb of a sentence with the names that fill its slots."""

    verb: str
    kind: str   # flow | receive | entrust | re-entrust | access | connect | host | operate | maintain
    start: int
    end: int
    negated: bool = False
    #: a flow noun received (提出を受ける): only a named giver fills its provider
    taken: bool = False
    #: …に提出してもらう: the に/へ party gives, the subject (or we) receives
    asked: bool = False
    #: 閲覧させる: data shown to the に party (a flow in person)
    shown: bool = False
    #: a noun that is the topic of the next verb (…への照会にも…使用しない)
    topic: bool = False
    slots: dict[str, list[Mention]] = field(default_factory=dict)


def last(slots: dict, name: str):
    """Return the mention of slot ``name`` nearest the verb, or None."""
    return (slots.get(name) or [None])[-1]




#: After a data name, that it is not what the clause speaks of (住民記録の情報以外に).
_BESIDES = re.compile(r"(?:の(?:情報|データ|項目))?(?:以外|のほか|の他)")
#: After data, an act it is the occasion of (高額療養費の支給に当たり、): what moves is
#: said after.
_OCCASION = re.compile(r"の[^、。をにがはで]{0,6}?(?:に当たり|にあたり|に当たって|にあたって|に際し|に際して)、")
#: Between data and a verb, a clause of its own that a turn closes (…申請書には個人番号の
#: 記載欄があるが、協会に渡す…: the field is there, it is not what is handed on; nc72 W1).
_TURNED = re.compile(r"[^、。]{0,16}?(?:ある|あります|いる|います|おります|です)が[、,]")

def masked(text: str, mention: Mention, pats: dict) -> bool:
    """True when ``mention`` names a field of a paper that ``text`` says is masked before
    it moves (個人番号の欄を黒塗りにしたイメージデータ): the data is kept back."""
    words = pats.get("masking_words", ())
    if _FIELD.match(text, mention.end) and any(word in text for word in words):
        return True
    # (個人番号及び税額の項目をマスキングしたテスト用データ: the items a list names, masked)
    items = _MASKED_ITEMS.match(text, mention.end)
    return bool(items) and text.startswith(tuple(words), items.end())


#: After a data name, the rest of its list and the word for its items, then the object
#: particle a masking verb follows (…及び税額の項目を, …欄は).
_MASKED_ITEMS = re.compile(r"(?:(?:及び|並びに|、|・|や)[^、。をはが]{1,12}?)*(?:の|等の)?"
                           r"(?:記載欄|記入欄|欄|記載部分|項目|部分)?(?:を|は)")


def fill(text: str, mentions: list[Mention], frames: list[Frame], pats: dict,
         attach: dict[int, int] | None = None) -> None:
    """Put each mention into a slot of the frame it belongs to.

    ``attach`` maps a mention's start to the start of its verb (from the parse);
    without it a name belongs to the first verb after it.
    """
    not_slots = tuple(pats.get("not_slots", ()))
    joined = listing.coordinated(text, mentions, pats)
    between = listing.between(text, mentions)
    pending: list[Mention] = []  # 裁判所、警察署等から: names joined to the next one share its slot
    cats = [m for m in mentions if m.kind == "category"]
    for mention in mentions:
        frame = None
        if mention.kind == "category" and left_out(text, mention, cats, pats):
            continue  # 所得情報以外の項目, 氏名等を削除し: not the data that moves
        if mention.kind == "category" and masked(text, mention, pats):
            continue  # 申告書の個人番号の欄は、受託者に渡す前に…目隠しのシールを貼る: kept back
        if mention.kind == "category" and (_ASKED_ABOUT.match(text, mention.end) or _ASKED_FOR.match(text, mention.end)):
            # マイナンバーカードの…電子証明書について質問があり: what was asked about;
            # 主治医意見書の作成を依頼する文書を…郵送: a request for it goes, not it
            continue
        if mention.kind == "category" and _ABOUT.match(text, mention.end) and any(
                word in text[mention.end:mention.end + 40].split("。")[0]
                for word in pats.get("inquiries", ())):
            # 所得情報について照会を受けている, 住民課に住民票の記載事項について14件、税務課に
            # …について3件の照会があった: what is asked about, not given
            continue
        stored = clauses.offered_store(text, mention, frames, pats) if mention.kind == "entity" \
            and mention.type in ("company", "public-body", "association") else None
        if stored is not None:  # (…は、株式会社Aが提供するクラウドサービス上に保存: to A)
            stored.slots.setdefault("recipient", []).append(mention)
            continue
        if attach is not None and mention.kind == "entity":
            # parsed: a party belongs to the verb it depends on; a topic (…は) that
            # depends on another verb carries along the て/し chain to the next one
            frame = next((f for f in frames if f.start == attach.get(mention.start)), None)
            slot = particle_after(text, mention.end, pats)[0]
            if frame is not None and frame.kind not in ("flow", "receive") and slot == "provider":
                # 集約システムから、…を運営する支払基金に…提供される: から goes with the flow verb
                frame = next((f for f in frames if f.start > frame.start
                              and f.kind in ("flow", "receive")), frame)
            # (a verb of seeing or using in between describes someone: …振興局から、…を
            # 使用している方の氏名…の提供を受け)
            later = [f for f in frames if f.start >= mention.end and f.kind != "access"]
            if frame is None and slot in ("recipient", "provider") and (
                    len(later) == 1 or later and not re.search("[、。]", text[mention.end:later[0].start])):
                # 集約システムには、…データを…提供する形となる, 町の端末から、…に送っている: the
                # one verb after the name takes it, even where the parse hangs it elsewhere
                # (警察署から…法第197条第2項に基づく照会があった場合: the next verb, in one clause)
                frame = later[0]
            if frame is None and id(mention) in between:
                # 保険者等間で行う…の提供は: the exchange is the flow verb's, whatever the
                # verb (行う) the parse hangs the name on
                frame = next((f for f in frames if f.start >= mention.end and f.kind == "flow"), None)
            if slot == "channel" and (frame is None or frame.kind not in ("flow", "receive")):
                # …から、LGWANを経由して、機構が運用する中間サーバーに…送信する: the network
                # goes with the next verb that moves data, whatever the parse hangs it on
                frame = next((f for f in frames if f.start >= mention.end
                              and f.kind in ("flow", "receive")), frame)
            if frame is None and slot != "subject" and id(mention) not in joined:
                continue  # (朝霧町及び星ノ森村は: the parse hangs the first nowhere; it joins the next)
            if frame is not None and slot == "subject":  # (Aは…送信していますが、Bは…提出: each its own)
                frame = clauses.topic_clause(text, mention, frame, frames, mentions)
        if frame is None and mention.kind == "category":
            # 児童に渡される結果報告書: the data a relative clause's verb moves follows it
            frame = next((f for f in frames if 0 <= mention.start - f.end <= 3
                          and _RELATIVE.fullmatch(text[f.end:mention.start])), None)
            later = next((f for f in frames if f.start >= mention.end), None)
            if frame is not None and later is not None and _OBJECT_LIST.match(text, mention.end):
                # 学校から受け取った健診結果を受託者に渡す: the data the clause received is
                # what the main verb moves on too (…受け取った資格情報と個人番号を: all of it;
                # 申請者が入力した氏名、住所…は、…受付システムに届く)
                later.slots.setdefault("categories", []).append(mention)
        if frame is None and mention.kind == "channel" and any(f.start <= mention.start < f.end for f in frames) \
                and _TURN_AFTER.match(text, mention.end):
            # (…郵送してまいりましたが、…送付いたします: 郵送 is its own verb's way, not the
            # next clause's, across the turn)
            continue
        if frame is None and mention.kind == "category":
            # 文部科学省に送信されるのは利用者IDと解答データのみであり: what the verb moves is
            # said after it (nc67 W20), not the next verb's
            frame = next((f for f in reversed(frames) if f.end <= mention.start
                          and (cleft := _CLEFT.match(text, f.end)) is not None
                          and (_WHOSE.fullmatch(text, cleft.end(), mention.start) or any(
                              m.kind == "category" and m in f.slots.get("categories", ())
                              and JOINS.fullmatch(text, m.end, mention.start) for m in mentions))), None)
        if frame is None:  # (…性別を、Aが運営する防災アプリに提供する: 提供's data, not 運営's)
            after = [f for f in frames if f.start >= mention.end]
            frame = next((f for f in after if mention.kind != "category" or f.kind not in _HOLDING),
                         after[0] if after else None)
            if frame is not None and mention.kind == "category":  # (…は、Aが提供する…に保存)
                frame = clauses.topic_data_frame(text, mention, frame, after)
            if frame is not None and mention.kind == "category" \
                    and (_OTHER_OBJECT.match(text, mention.end, frame.start)
                         or NOT_DONE_TO.match(text, mention.end, frame.start)
                         or _BESIDES.match(text, mention.end, frame.start)
                         or _OCCASION.match(text, mention.end, frame.start)
                         or _TURNED.match(text, mention.end, frame.start)):
                # 個人番号を用い、…送る: the object of the verb before the comma; 符号と個人番号を
                # 紐付けずに保管: of a verb not done; 住民記録の情報以外に、…, 高額療養費の支給に
                # 当たり、…: not what moves
                continue
        if frame is None and mention.kind == "category" and frames \
                and (not frames[-1].slots.get("categories")
                     or listing.joined(text, frames[-1].slots["categories"][-1], mention, pats)
                     # 被保険者証の記号番号: a data name that refines the one before it
                     or text[frames[-1].slots["categories"][-1].end:mention.start] == "の"
                     # 渡す個人情報は、被保険者番号、氏名…です: the list says what it is
                     or any(_spelled_out(text, topic, mention, pats)
                            for topic in frames[-1].slots["categories"])) \
                and not negated(text, mention.end + 2, pats):
            # 送られた個人番号は…: the data named after the last verb is what it moved
            # (not when denied: 送るときに個人番号を用いない)
            frame = frames[-1]
        if frame is None:
            continue
        if mention.kind == "category" and clauses.REPLACED.match(text, mention.end):
            continue  # 被保険者番号を別の番号に置き換えたもの: a stand-in moves, not the number
        cop = _COPULA.search(text, mention.end, frame.start) if mention.kind == "category" else None
        if cop and any(m.kind == "category" and cop.end() <= m.start < frame.start for m in mentions):
            continue  # 照会する項目は、氏名…であり、金融機関は…取引履歴を…回答: the copula's data
        if mention.kind == "category":
            named = frame.slots.setdefault("categories", [])
            # 渡す個人情報は、氏名…: the generic word the list spells out is no data of its
            # own, nor the paper the list is on (…は、給与支払報告書に記載された氏名、…)
            if not _ON_PAPER_AFTER.match(text, mention.end):
                topic = next((m for m in named if _spelled_out(text, m, mention, pats)), None)
                if topic is not None:
                    named[:] = [m for m in named if not topic.start <= m.start < mention.start]
            # (課税情報のうち、…氏名、住所及び電話番号を: the parts listed, not the whole; nc70 W6)
            named[:] = [m for m in named if not ((part := _PART_OF.match(text, m.end))
                                                 and _WHOSE.fullmatch(text, part.end(), mention.start))]
            named.append(mention)
            continue
        if mention.kind == "channel":
            frame.slots.setdefault("channel", []).append(mention)
            continue
        if id(mention) in between:  # 入管庁と杉並区の間で連携: data goes both ways
            frame.slots.setdefault("between", []).append(mention)
            continue
        if mention.kind == "entity" and clauses.NOT_THIS.match(text, mention.end):
            continue  # 本来送信すべきA保育園ではなく、B保育園に誤って送信: A is no end of it
        slot, particle = ("recipient", "に") if mention.kind == "entity" and (
            HEAD_TO.match(text, mention.end) or mention.type not in ("municipality", "department")
            and OFFICE_TO.match(text, mention.end)) else particle_after(text, mention.end, pats)
        if slot is None:
            # (ASP事業者として、株式会社Aに…: として names the role of the party after it, no list)
            if id(mention) in joined or (mention.kind == "entity" and (text.startswith(
                    tuple(pats.get("coordinators", ())), mention.end) and not text.startswith("として", mention.end)
                    or HEAD_THEN.match(text, mention.end))):
                pending.append(mention)
            continue
        if slot == "subject":  # (…の保守は、Aが行い、…の運用は…: A's is the work before it)
            frame = clauses.doer_of_work_before(text, mention, frame, frames)
        way = clauses.DESCRIBES_WAY.match(text, mention.end) if slot == "subject" else None
        if way is not None and not mention.end <= frame.start < way.end():
            continue  # 教育委員会が管理する専用回線を通じて送信: whose network, not who sends
        if slot == "subject" and clauses.describes_party(text, mention, mentions, frames):
            continue  # 本人が依頼した居宅介護支援事業者に提供: who chose the recipient, not who gives
        if slot == "provider" and clauses.requests(text, mention.end, particle, pats):
            # 警察署等から求められた際に提供する: who asks for the data receives it
            slot = "requester"
        if text[mention.end:mention.end + 3].startswith(not_slots) and slot == "recipient":
            continue
        within = _WHERE_IT_WAS.match(text, mention.end + len(particle)) if slot == "recipient" else None
        if within is not None and within.end() <= frame.start \
                and not any(mention.end < f.start < within.end() for f in frames):
            continue  # 同事業所に残っていた書類はすべて回収し、町で保管: where the papers were (nc66 W5)
        if slot == "recipient" and text.startswith("の", mention.end + len(particle)) \
                and not any(f.start == mention.end + len(particle) + 1 for f in frames) \
                and clauses.ENDED_ACT.match(text, mention.end + len(particle) + 1):
            continue  # 保管業者への預け入れは終了し、…金庫で保管: the ended act's, not the next verb's
        if slot in ("provider", "recipient") and text.startswith(
                tuple(pats.get("moves_of_people", ())), mention.end + len(particle)):
            continue  # 他の市区町村から転入した受給者: where a person moved, not where data goes
        if slot == "channel" and mention.type == "system" and mention.channel:
            # LGWANを経由して: a network the data passes over, not a system that holds it
            frame.slots.setdefault("channel", []).append(
                Mention(mention.sentence, mention.start, mention.end, mention.text, "channel",
                        None, mention.channel))
            continue
        if slot == "channel" and mention.type == "system":
            slot = "via"
        elif slot == "channel":
            continue
        if slot == "subject" and _COPULA.search(text, mention.end, frame.start):
            continue  # Aは、Bが調達したCであり、…に委託する: of the clause that ends at であり
        # (被保険者が市外に転出する場合には、…に提供しております: a person the data is about
        # moves; the office gives, whether named or not)
        case = _CONDITION.match(text, mention.end) or (
            (_TOPIC_BEFORE.search(text, 0, mention.start) or mention.type == "data-subject")
            and _CASE_OF.match(text, mention.end))
        case = case or (_WHY.match(text, mention.end) if slot == "subject" else None)
        if slot == "subject" and case and case.end() <= frame.start:
            # 本人が希望すれば、…を引き継ぐ, 受給者が転居した場合、…を提供します: the one who
            # wishes or moves, not who hands on
            continue
        if slot == "object":
            slot = "object" if particle == "を" else "of"
        # 医療機関や薬局から: bodies of two kinds; 学校及び保育所からは: givers of any kinds
        group = [m for m in pending if m.type == mention.type or slot in ("recipient", "requester", "provider")
                 or {m.type, mention.type} <= _BODIES]
        if slot == "of" and pending and not group:
            # …都道府県サーバ及びJ-LISの全国サーバに: the owner before の ends no list
            frame.slots.setdefault(slot, []).append(mention)
            continue
        frame.slots.setdefault(slot, []).extend([*group, mention])
        pending = [m for m in pending if m not in group] \
            if _RELATIVE_SUBJECT.match(text, mention.end) else []  # (Aと、課が所管するBを: A waits)
    clauses.share_across_contrast(text, frames)
    if pending:
        # A、B及び各クラブの運営委員会に提供する: the list ends in a name not known, its
        # particle still gives the slot of the names before it
        tail = _LIST_TAIL.match(text, pending[-1].end)
        frame = next((f for f in frames if tail and f.start >= tail.end()), None)
        if frame is not None:
            frame.slots.setdefault("recipient", []).extend(pending)


def left_out(text: str, mention: Mention, cats: list[Mention], pats: dict) -> bool:
    """True when the list ``mention`` is in (氏名、住所を伏せた資料: the whole list) is said to
    be taken out of what moves (所得情報以外の項目, 氏名、住所及び被保険者番号を削除し)."""
    words = tuple(pats.get("left_out_after", ()))
    end = list_end(text, mention, cats).end
    return bool(words) and text[end:end + 8].lstrip("等").startswith(words)


def list_end(text: str, mention: Mention, cats: list[Mention]) -> Mention:
    """Return the last data name of the list ``mention`` begins (氏名、住所を…: 住所)."""
    last = mention
    while True:
        nxt = next((m for m in cats if m.start > last.end), None)
        if nxt is None or not JOINS.fullmatch(text, last.end, nxt.start):
            return last
        last = nxt


def _spelled_out(text: str, topic: Mention, mention: Mention, pats: dict) -> bool:
    """True when ``mention`` starts the list that spells out the generic data ``topic``
    (渡す個人情報は、被保険者番号、氏名…です; the rest of the list joins the first)."""
    between = text[topic.end:mention.start]
    # (…個人情報は、給与支払報告書に記載された氏名、…: the list after the paper it is on)
    return topic.text in pats.get("generic_data", ()) and (
        between.strip("、, 　") == "は" or _ON_PAPER.fullmatch(between) is not None)


#: After a data name, that the data named next are a part of it (課税情報のうち、).
_PART_OF = re.compile(r"(?:のうち|の中から|の一部である)、?")
#: Between that and the first part, whose it is (納税義務者の氏名), if anything.
_WHOSE = re.compile(r"(?:[^、。をにがはでと]{1,10}の)?")
#: After a name, that it is the subject of a relative clause (税務課が所管する…).
_RELATIVE_SUBJECT = re.compile(r"が[一-龥ぁ-ん]{1,6}?(?:する|している|した)(?=[一-龥ァ-ヶ])")
#: After a data name, what makes it the paper a list is written on.
_ON_PAPER_AFTER = re.compile(r"(?:に記載された|に記載されている|に記載の|に記入された)")
#: After a generic data topic, the paper its list is written on (は、…に記載された).
_ON_PAPER = re.compile(r"は、[^、。]{1,20}?" + _ON_PAPER_AFTER.pattern)


#: After a party, a relative clause that describes the party named next (本人が依頼した).
