"""Who asked: the party a question just before an answer asked about as the one given
the data (委員：受託者には何を渡すのか。／課長：氏名…を渡します), and those whose
application a hand-over answers (報道機関からの申出2件であり、…を閲覧させた), the
body an inquiry was made of (…年金事務所に照会を行う), and the receivers a sentence that
adds to the one before leaves unsaid (…民生委員に提供いたします。なお、…災害が発生した場合に
限り提供いたします).

Example::

    >>> asked_recipient(state, sentence)                            # doctest: +SKIP
    Mention(... '受託者' ...)
"""
from __future__ import annotations

import re

from kg.extract import particles
from kg.extract.speakers import is_question, said_before, spoken


def asked_recipient(state, sentence):
    """Return the party a question just before asked about as the one given the data
    (問：国保連合会に提供する情報の中に…, 委員：受託者には何を渡すのか), or None: the answer
    speaks of that party."""
    index = said_before(state, sentence.index)
    if index > 0 and not is_question(state.sents[index].text, state.pats) \
            and state.item_of.get(index) is state.item_of.get(sentence.index) \
            and spoken(state, sentence) == sentence.text:
        # the answer's second sentence (…のみでございまして…。作業員が…閲覧できません)
        first = {f["to_key"] for f in state.flows if f.get("_index") == index}
        index = said_before(state, index)
    else:
        first = set()
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or is_question(sentence.text, state.pats):
        return None
    text = state.sents[index].text
    turn = max((m.end() for m in _TURN.finditer(text)), default=0)
    if _TO_US.search(text, turn) or any(
            m.kind == "entity" and m.start >= turn and m.type in ("municipality", "department")
            and particles.particle_after(text, m.end, state.pats)[0] == "recipient"
            for m in state.mentions.get(index, [])):
        # (…国保連合会に住所は提供しないとなっているが、国保連合会から町に送られてくる請求明細
        # には何が含まれているのか: what the town receives is asked, no outside party: nc68 W14)
        return None
    # (警察署からの照会に対して、住民票の写しを交付することはあるのか: who inquires is whom
    # the answer gives to, or not)
    asked = next((m for m in state.mentions.get(index, []) if m.kind == "entity"
                  and m.type not in ("municipality", "system", "data-subject", "department")
                  and (particles.particle_after(text, m.end, state.pats)[0] == "recipient"
                       or _INQUIRING.match(text, m.end))), None)
    # (…法務省に送るということですが…ですか。／…戸籍情報連携システムに送信しております。送信は
    # …都度…: the hand-over the answer's first sentence says, not the question's)
    return None if first and (asked is None or state.key(asked) not in first) else asked


#: The city itself as where data goes (…から町に送られてくる): no party of its own name.
_TO_US = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])(?:本|当)?(?:市|町|村|区)(?:に|へ)(?:送|届|提出|返|戻)")
#: A turn in a question to what it asks (…となっているが、…は何が含まれているのか).
_TURN = re.compile(r"(?:が|けれども|けど|ところ)、")
#: Words for the data a flow named before (同じ項目を, 同様の情報を).
_SAME_ITEMS = re.compile(r"(?:同じ|同一の|同様の)(?:項目|情報|内容|データ)を")


def asked_way(state, sentence):
    """Return the flow of the item whose way the question just before asked about
    (委員：ファクスを廃止したとのことですが、…どうしているのですか), when the answer moves
    the same data another way (現在は、同じ項目を電話により口頭でお伝えしております: to the
    same recipient), else None."""
    index = said_before(state, sentence.index)
    if not _SAME_ITEMS.search(sentence.text):
        return None
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or is_question(sentence.text, state.pats) \
            or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return None
    ways = {m.id for m in state.mentions.get(index, []) if m.kind == "channel"}
    if any(m.kind == "entity" and m.type != "municipality" for m in state.mentions.get(index, [])):
        return None  # (the question names a party: asked_recipient's)
    return next((f for f in reversed(state.flows) if f.get("channel") in ways and f.get("_to") is not None
                 and state.item_of.get(f["_index"]) is state.item_of.get(sentence.index)), None)


#: After a party, that it inquires and the question is about the answer to it (…からの照会に
#: 対して, …から照会があった場合).
_INQUIRING = re.compile(r"(?:からの(?:照会|依頼|請求|求め)(?:に対して|に対し|について|には)"
                        r"|から(?:照会|依頼|請求)(?:が|を受けた)(?:あった)?(?:場合|とき|際))")


#: After a party, that it applied for what the sentence then gives (報道機関からの申出;
#: 政党から2件、候補者から1件の閲覧申出: each of them).
_ASKED = r"(?:閲覧)?(?:申出|申し出|申請|請求|依頼)"
_APPLIED = re.compile(rf"(?:からの|の|から[0-9]+件の?){_ASKED}"
                      rf"|から[0-9]+件[、,](?=[^、。]{{1,12}}から[0-9]+件の?{_ASKED})")
#: After a party, after the act, that it made some of the acts counted (閲覧は、政党等による
#: ものが５件、報道機関の世論調査によるものが３件).
_COUNTED = re.compile(r"等?(?:の[^、。のに]{1,8}?)?によるもの(?:が|は)[0-9]+件")


def applicants(state, sentence, frame) -> list:
    """The parties whose application the sentence says a hand-over answers (報道機関からの
    申出2件であり、氏名…を閲覧させた: the press; 政党から2件、候補者から1件の閲覧申出: both),
    or ``[]``."""
    found = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
             and (m.end < frame.start and _APPLIED.match(sentence.text, m.end)
                  or frame.shown and m.start > frame.end and _COUNTED.match(sentence.text, m.end))]
    before = sentence.index - 1
    if not found and frame.shown and before >= 0 and _SHOWN_ITEMS.match(spoken(state, sentence)) \
            and state.item_of.get(before) is state.item_of.get(sentence.index):
        # 政党から3件、報道機関から2件の閲覧申出があり…。閲覧に供した項目は、…: those of the
        # sentence before
        text = state.sents[before].text
        found = [m for m in state.mentions.get(before, []) if m.kind == "entity" and _APPLIED.match(text, m.end)]
    return found


#: A sentence opening with what was shown (閲覧に供した項目は、…).
_SHOWN_ITEMS = re.compile(r"[・\s]*閲覧に供し(?:た|ている)(?:項目|情報|内容)は")


def inquired_of(state, at: int):
    """The body one of the three sentences before sentence ``at`` (in its item) says is
    inquired of (…鷹ノ巣年金事務所に照会を行う: 鷹ノ巣年金事務所), or None: the inquiry
    a later sentence speaks of (照会書には…, 照会には個人番号は利用しない) is made of it."""
    item = state.item_of.get(at)
    for index in range(at - 1, max(-1, at - 4), -1):
        if state.item_of.get(index) is not item:
            return None
        text = state.sents[index].text
        asked = [m for m in state.mentions.get(index, []) if m.kind == "entity"
                 and re.match(r"(?:に|へ)(?:対して|対し)?、?照会", text[m.end:])]
        if asked:
            return asked[-1]
    return None


#: A sentence's opening that adds to what the sentence before said (なお、, ただし、).
_ADDED = re.compile(r"(?:なお|ただし|但し)、")


def same_receivers(state, sentence, frame) -> list:
    """The receivers of the flows of the sentence just before (same item, same verb) when
    this one opens by adding to it (なお、…の情報は、災害が発生した場合に限り提供いたします)
    and names no receiver nor giver of its own; else []."""
    item = state.item_of.get(sentence.index)
    if item is None or not _ADDED.match(spoken(state, sentence)) or is_question(sentence.text, state.pats) \
            or any(frame.slots.get(k) for k in ("provider", "subject", "requester", "between")):
        return []
    before = [f for f in state.flows if f.get("_index") == sentence.index - 1 and f["item"] == item.key
              and f.get("verb") == frame.verb and f.get("_to") is not None and not f.get("_exchange")]
    return list({state.key(f["_to"]): f["_to"] for f in before}.values())


#: After a party, that the sentence speaks of the exchange with it (他の市町村との情報連携では、).
_PARTNER = re.compile(r"との(?:間の)?(?:情報)?(?:連携|やり取り|情報交換)(?:では|において|については|に当たっては)、?")


def partner(state, sentence, frame):
    """The party the sentence's topic names as the other side of an exchange, when the verb
    names no one it goes to (他の市町村との情報連携では、中間サーバーを経由して個人番号を
    用いた照会を随時行っております: the inquiry goes to the other municipalities), or None."""
    if is_question(sentence.text, state.pats) or frame.negated:
        return None
    # (not the exchange the topic names itself: 情報連携 of …との情報連携では)
    found = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                  and m.end <= frame.start and m.type not in ("department", "system", "data-subject")
                  and _PARTNER.match(sentence.text, m.end)
                  and _PARTNER.match(sentence.text, m.end).end() <= frame.start), None)
    if found is not None and not frame.slots.get("categories"):
        # (個人番号を用いた照会: the data it is made with, named before the verb)
        frame.slots["categories"] = [m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                     and found.end < m.start and m.end <= frame.start]
    return found


#: After a party, that it is where the counted acts went (国の機関等への…提供件数).
_COUNTED_TO = re.compile(r"(?:等|など)?への")


def counted_recipient(state, sentence, frame):
    """The party a count of hand-overs names as where they went (機構から国の機関等への本人
    確認情報の提供件数は、…件でございました), when the verb's noun is counted; else None."""
    if not sentence.text.startswith(("件数", "実績"), frame.end) or frame.negated:
        return None
    return next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                 and m.end <= frame.start and m.type not in ("system", "data-subject")
                 and _COUNTED_TO.match(sentence.text, m.end)), None)


#: After a party, that it asked for what the sentence then gives (…警察署から刑事訴訟法
#: 第197条第2項に基づく捜査関係事項照会を受け、).
_ASKED_BY = re.compile(r"から(?:の)?[^、。]{0,30}?(?:照会|依頼|請求|求め)(?:を受け|があ|に応じ|に基づ|に対し)")


def asker(state, sentence, frame):
    """The party the sentence says asked, before the verb, for what the verb then hands
    over (霞野警察署から…照会を受け、…氏名、住所…を回答した件数は: the answers went to it),
    when the verb names no one it goes to; else None."""
    if frame.negated or frame.slots.get("recipient") or is_question(sentence.text, state.pats):
        return None
    return next((m for m in reversed(state.mentions.get(sentence.index, [])) if m.kind == "entity"
                 and m.end <= frame.start and m.type not in ("system", "data-subject", "department", "municipality")
                 and (asked := _ASKED_BY.match(sentence.text, m.end)) is not None
                 and asked.end() <= frame.start), None)


#: After a party, that the clause is for its work (…社会福祉協議会が行う見守り訪問事業のため、).
_SERVED = re.compile(r"が(?:行う|行っている|実施する|実施している|担う)[^、。]{0,20}?(?:事業|業務|活動|訪問|支援)のため(?:に)?、")


def served(state, sentence, frame):
    """The party whose work the sentence says the hand-over is for (萩ノ浦町社会福祉協議会が
    行う見守り訪問事業のため、…氏名、住所…を、年２回、名簿にして手渡ししております), when the
    verb names no one it goes to; else None."""
    if frame.negated or frame.slots.get("recipient") or is_question(sentence.text, state.pats):
        return None
    return next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.end <= frame.start and m.type not in ("system", "data-subject", "department", "municipality")
                 and (work := _SERVED.match(sentence.text, m.end)) is not None and work.end() <= frame.start), None)


#: After a verb, that it is passive (提供される, 送付されることが).
_PASSIVE = re.compile(r"(?:さ|ら)れ")


def asked_giver(state, sentence, frame, to):
    """The party a question just before asked would give the data to ``to`` (委員：国保連合会
    から他の市町村に、…情報が提供されることはありますか。／課長：転居の際に、転居先の市町村に
    …提供されることがございます), when this answer says it passively and names no giver; else None."""
    index = sentence.index - 1
    if to is None or index < 0 or frame.slots.get("provider") or frame.slots.get("subject") \
            or not _PASSIVE.match(sentence.text, frame.end) or is_question(sentence.text, state.pats) \
            or not is_question(state.sents[index].text, state.pats) \
            or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return None
    asked = state.sents[index].text
    return next((m for m in state.mentions.get(index, []) if m.kind == "entity"
                 and m.type in ("public-body", "company", "association", "prefecture", "unnamed-party")
                 and asked.startswith("から", m.end) and state.key(m) != state.key(to)), None)
