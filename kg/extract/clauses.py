"""What the words around a name say of its part in a verb: a relative clause that
describes a party or a way rather than acting (本人が依頼した居宅介護支援事業者に,
教育委員会が管理する専用回線を通じて), a name that asks for the data (…から求められ),
a name the verb does not concern (Aではなく、Bに), a data name a stand-in replaces
(…を別の番号に置き換えたもの).

Example::

    >>> bool(NOT_THIS.match("ではなく、", 0))
    True
"""
from __future__ import annotations

import re

from kg.extract.listing import SKIP

#: After a name, that it is the one the verb does not concern (Aではなく、Bに送信).
NOT_THIS = re.compile(r"(?:で|に|へ|から)?(?:は|も)?なく(?:て)?[、,]?")
#: After a data name, that what moves stands in for it (…を別の番号に置き換えたもの).
REPLACED = re.compile(r"を[^、。を]{0,10}?(?:に置き換え|に置換し|に置き替え|に変換し)た(?:もの|データ|番号|情報)")
#: After a subject, a relative clause on the network or system the data goes through.
DESCRIBES_WAY = re.compile(r"が(?:管理|運用|整備|設置|所有|保有|運営|提供)(?:する|している)[^、。をにはがで]{0,16}?"
                            r"(?:回線|ネットワーク|網|システム|サーバー?|クラウド)(?:を通じ|を通し|を経由|を介し|を使|を用い|を利用|で)")
#: After a subject, a relative clause on the party named next (本人が依頼した…事業者).
_DESCRIBING = re.compile(r"が[^、。をにはがで]{1,10}?(?:した|する|している|していた)")


def describes_party(text: str, mention, mentions, frames) -> bool:
    """True when ``mention`` is the subject of a relative clause on the party named right
    after it (本人が依頼した居宅介護支援事業者), whose verb is none of the frames (not
    株式会社Aが運営するサービス: A runs it), not of the sentence's verb."""
    found = _DESCRIBING.match(text, mention.end)
    return found is not None and any(m.kind == "entity" and m.start == found.end() and m.type != "data-subject"
                                     and text.startswith(("に", "へ", "から"), m.end) for m in mentions) \
        and not any(mention.end <= f.start < found.end() for f in frames)


def requests(text: str, end: int, particle: str, pats: dict) -> bool:
    """True when the name ending at ``end`` asks for the data: …から求められ,
    …からの請求, …から映像データ提供依頼があると (a request word before the next comma)."""
    pos = end
    while pos < len(text) and text[pos] in SKIP:
        pos += 1
    # (白鷺台警察署から、…映像の提供を求められました: the comma after から sets off the ask)
    rest = text[pos + len(particle):pos + len(particle) + 24].lstrip("、")[:20].split("、")[0]
    # (…からの請求情報は包括に入る: the data of a request, which moves, not one made)
    # (…児童相談所から照会があった場合、…を回答する: an inquiry the answer waits for)
    # (…協会から同じ認定調査依頼書の写しが渡されます: a paper so named, which moves)
    return any(re.search(re.escape(word) + r"(?!情報|データ|内容|記録|書)", rest)
               for word in pats.get("requests", ())) or any(
        re.search(re.escape(word + cond) + "(?![いお])", rest)  # (not 照会を受けている: a flow to us)
        for word in pats.get("inquiries", ()) for cond in pats.get("inquiry_conditions", ()))


#: After Xへの, an act named by a noun that is said to have ended (預け入れは終了し, 送付は
#: 廃止した): X is that act's recipient, no later verb's.
ENDED_ACT = re.compile(r"[^、。をにがは]{1,8}?(?:は|も)(?:[^、。]{0,12}?)(?:終了|廃止|中止|取りやめ)")


#: A clause ended by a contrast (…送信しておりますが、): what comes after is another
#: subject's doing.
CONTRAST = re.compile(r"(?:ます|です|ている|ていた|ある|いる|する|した|ない)が、")


def topic_clause(text: str, mention, frame, frames, mentions):
    """Return the frame a topic (…は) belongs to when a contrast clause stands between it
    and the verb the parse hangs it on (白樺町及び湯ノ沢村は、…送信しておりますが、鷲尾町は
    …提出しております: the first verb's, not 提出's), else ``frame``."""
    turn = CONTRAST.search(text, mention.end, frame.start)
    if turn is None or not any(m.kind == "entity" and turn.end() <= m.start < frame.start
                               and text.startswith("は", m.end) for m in mentions):
        return frame
    return next((f for f in reversed(frames) if mention.end <= f.start and f.end <= turn.start()
                 and f.kind in ("flow", "receive")), frame)


def share_across_contrast(text: str, frames) -> None:
    """Give a flow verb with a subject but no recipient the recipient, and (when its own
    is unsaid) give the next verb the data, of the contrast clause that follows
    (白樺町は、課税情報を…送信しておりますが、鷲尾町は…当広域連合に提出しております: both
    go to the union, and 鷲尾町's data is the same 課税情報)."""
    flows = [f for f in frames if f.kind == "flow" and not f.negated]
    for at, first in enumerate(flows):
        turn = next((t for t in CONTRAST.finditer(text, first.end) if not any(
            first.end < f.start < t.start() for f in frames)), None)
        after = [f for f in flows[at + 1:] if turn is not None and f.start > turn.end()
                 and "。" not in text[turn.end():f.start]]
        second = next((f for f in after if f.slots.get("recipient")), None)
        if second is None or not first.slots.get("subject") or first.slots.get("recipient") \
                or not second.slots.get("subject"):
            continue
        first.slots["recipient"] = list(second.slots["recipient"])
        for other in after[:after.index(second) + 1]:
            if not other.slots.get("categories") and first.slots.get("categories"):
                other.slots["categories"] = list(first.slots["categories"])


#: After a party, that it does the work named before it (…の保守は、Aが行い、).
_DOES = re.compile(r"が(?:行い|行って|行っており|実施し|担い|担当し)[、,]")


def doer_of_work_before(text: str, mention, frame, frames):
    """Return the work frame named before a party that "does" it in its own clause (…の保守は
    株式会社Aが行い、システムの運用は…課が行う: A maintains, and runs nothing), else ``frame``."""
    if not _DOES.match(text, mention.end):
        return frame
    return next((f for f in reversed(frames) if f.end <= mention.start and f.kind in ("maintain", "operate", "host")
                 and "。" not in text[f.end:mention.start]), frame)


#: After a data name, that its list is the sentence's topic (…、アカウント情報（…）及び…の記録は、).
_TOPIC_DATA = re.compile(r"[^。をにがはで]{0,60}?は、")
#: After a verb, that it describes the noun right after it (…が提供する学習支援クラウド).
_DESCRIBES_NEXT = re.compile(r"(?:する|している|した)(?=[一-龥ァ-ヶ「])")


def topic_data_frame(text: str, mention, frame, after: list):
    """Return the frame a data name of the sentence's topic goes with: the main verb after
    a relative clause (学習履歴…は、株式会社Aが提供する学習支援クラウドに保存されている: not
    提供する) or after a means (接種履歴は、個人番号を用いて、…照会しております: not 用いて);
    else ``frame``."""
    if _TOPIC_DATA.match(text, mention.end, frame.start) and (
            _DESCRIBES_NEXT.match(text, frame.end) or frame.kind == "access" and text.startswith("て、", frame.end)):
        return next((f for f in after if f.start > frame.end and f.kind in ("flow", "receive")), frame)
    return frame


#: After a party, that the place data is put is a service it offers (…が提供するクラウドサービス上に).
_OFFERED_PLACE = re.compile(r"が(?:提供|運営|管理|運用)(?:する|している)(?:クラウドサービス|クラウド|サーバー?|"
                            r"データセンター|基盤)上?(?:に|へ)")


def offered_store(text: str, mention, frames, pats: dict):
    """Return the storing frame a party's offered service is the place of (名簿のデータは、
    株式会社Aが提供するクラウドサービス上に保存いたします: the data goes to A), else None.

    Example::

        >>> offered_store(text, company, frames, pats).verb          # doctest: +SKIP
        '保存'
    """
    place = _OFFERED_PLACE.match(text, mention.end)
    if place is None:
        return None
    frame = next((f for f in frames if f.start >= place.end()), None)
    if frame is None or frame.verb not in pats.get("storing_verbs", ()) \
            or re.search("[、。]", text[place.end():frame.start]):
        return None
    return frame
