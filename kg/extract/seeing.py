"""What a party outside the municipality sees: the data a verb of seeing is limited to
(受託者が閲覧できるのは氏名及び住所のみ), a person's information or a list of people named
as what is seen (受給者の情報, 名簿の内容), data an outside group looks at on purpose
(候補者や政党等が選挙人名簿抄本を閲覧する: shown to them, a flow in person), and the data
a denial that names none speaks of (主治医意見書は…渡しません; これは…渡しません), and
what a denial leaves seen: data it excepts (所得情報以外の項目は), data the same sentence
gives the party, everyone but a party (担当職員以外は…閲覧できない).

Example::

    >>> only_seen(state, sentence, frame)                           # doctest: +SKIP
    ['name', 'address']
"""
from __future__ import annotations

import re

from kg.extract import whom
from kg.extract.objects import recent_categories
from kg.extract.listing import last_group
from kg.extract.relations import Frame
from kg.extract.ruler import Mention
from kg.extract.speakers import spoken


def inspects(state, sentence, frame, party) -> bool:
    """Propose the data an outside group looks at on purpose (候補者や政党等が…選挙人名簿抄本を
    閲覧する: the roll is shown to them, in person), not by chance in its work, as a flow
    to each of them; True when it did."""
    if party is None or party.type != "unnamed-party" or party.role != "other" or frame.negated:
        return False
    if not frame.slots.get("categories") and not (
            _BY_DESIGN.match(sentence.text, frame.end) and persons_information(state, sentence, frame)):
        return False
    # (タブレット端末で…閲覧する: on a device, not shown in person)
    shown = Frame(frame.verb, "flow", frame.start, frame.end, shown=not frame.slots.get("via"))
    if frame.slots.get("via"):
        shown.slots["via"] = frame.slots["via"]
    shown.slots.update(categories=frame.slots.get("categories", []),
                       recipient=last_group(sentence.text, frame.slots.get("subject", [party]), state.pats))
    before = len(state.flows)
    state.frame_facts(sentence, shown)
    return len(state.flows) > before


#: After a system, that the party connects to it (…本システムに接続し、).
_CONNECTS = re.compile(r"に(?:接続|ログイン|アクセス)(?:し|して)、?")
#: After a verb of seeing, that it happens only by chance (閲覧することがある).
_BY_CHANCE = re.compile(r"(?:する|できる)?(?:ことが|場合が)(?:ある|あり|ござい)")


def connected(state, sentence, frame, party) -> bool:
    """Propose the data an outside body sees in a system it connects to as its work (児童
    相談所は、…ＬＧＷＡＮを経由して本システムに接続し、村が登録したケース記録を閲覧する: the
    system's data reaches it, a flow over that network), not by chance; True when it did."""
    if frame.negated or _BY_CHANCE.match(sentence.text, frame.end) or not frame.slots.get("categories"):
        return False
    found = state.mentions.get(sentence.index, [])
    system = next((m for m in found if m.kind == "entity" and m.type == "system" and m.end < frame.start
                   and _CONNECTS.match(sentence.text, m.end)), None)
    if system is None:
        return False
    # (児童相談所は、…に接続し、…を閲覧する: the topic that connects views, when the verb
    # of seeing names no one)
    party = party or next((m for m in found if m.kind == "entity" and m.end < system.start
                           and sentence.text.startswith("は", m.end)), None)
    if party is None or party.type not in ("public-body", "association"):
        return False
    # (ＬＧＷＡＮを経由して本システムに接続し: the network it connects over)
    ways = [m if m.kind == "channel" else Mention(m.sentence, m.start, m.end, m.text, "channel", None, m.channel)
            for m in state.mentions.get(sentence.index, []) if party.end < m.start and m.end <= system.start
            and (m.kind == "channel" or getattr(m, "channel", None))]
    shown = Frame(frame.verb, "flow", frame.start, frame.end)
    shown.slots.update(provider=[system], recipient=[party], categories=frame.slots["categories"],
                       **({"channel": ways} if ways else {}))
    before = len(state.flows)
    state.frame_facts(sentence, shown)
    return len(state.flows) > before


def on_screen(state, sentence, frame) -> bool:
    """Propose the data a company's staff look at on a system's screen as their work
    (同社のオペレーターは予約システムの画面で対象者を確認する: what the item puts into that
    system reaches the company, on screen), as a flow from the system; True when it did."""
    company = whom.staff_of(state, sentence, frame)
    screen = next((m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                   and m.type == "system" and m.end < frame.start
                   and _SCREEN.match(sentence.text, m.end)), None)
    if company is None or screen is None or frame.negated:
        return False
    item = state.item_of.get(sentence.index)
    held = [c for f in state.flows if f.get("to_key") == state.key(screen) and item is not None
            and f["item"] == item.key for c in f["categories"]]
    shown = Frame(frame.verb, "flow", frame.start, frame.end)
    shown.slots.update(provider=[screen], recipient=[company])
    before = len(state.flows)
    state.frame_facts(sentence, shown)
    for flow in state.flows[before:]:
        flow["categories"] = frame.slots.get("categories") and flow["categories"] or list(dict.fromkeys(held)) \
            or flow["categories"]
    return len(state.flows) > before


#: After a system, that its screen is where the data is looked at (予約システムの画面で).
_SCREEN = re.compile(r"の(?:画面|端末|管理画面)(?:上)?で")


#: After a verb of seeing: the way the data is to be given (タブレット端末で民生委員が名簿を
#: 閲覧する方式に切り替える), not what a party may come across in other work.
_BY_DESIGN = re.compile(r"(?:する|できる)(?:方式|方法|仕組み|形式|形)")


#: What a verb of seeing is limited to (閲覧できるのは氏名及び住所のみ).
_ONLY = re.compile(r"[^、。]{0,6}?(?:の|もの)は([^、。]{1,40}?)(?:のみ|だけ)")
def only_seen(state, sentence, frame) -> list[str]:
    """The data after a verb of seeing that it is limited to (受託者が閲覧できるのは氏名及び
    住所のみ: name and address), or ``[]``."""
    found = _ONLY.match(sentence.text, frame.end)
    if found is None:
        return []
    return state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                and found.start(1) <= m.start and m.end <= found.end(1)], sentence)


#: A list of people, or what is on it, as the thing seen (名簿のデータに触れる, 名簿の中身を見る).
_ROSTER = re.compile(r"(?:名簿|通知書|申請書|調査票)(?:の(?:データ|中身|内容|情報|記載内容))?(?:に|を)[^、。]{0,6}$")


def persons_information(state, sentence, frame) -> bool:
    """True when the clause names a person's information (受給者の情報, 利用者の個人情報) or
    a list of people's (名簿のデータ, 名簿の内容: who is on it is personal data), or a paper
    about a person (通知書の記載内容, 申請書, 調査票)."""
    text = sentence.text
    return any(m.type == "data-subject" and m.end < frame.start
               and text.startswith(("の情報", "の個人情報"), m.end)
               for m in state.mentions.get(sentence.index, [])) \
        or _ROSTER.search(text, 0, frame.start) is not None \
        or _HELD.search(text, 0, frame.start) is not None


#: Right before a verb of seeing, people's information or the data a system holds
#: (納税義務者の情報を, 登録データを, データベース内の調査結果に): someone's personal data.
_HELD = re.compile(r"(?:[一-龥ァ-ヶ]{1,8}(?:者|員|児童|生徒|住民)の(?:個人)?情報|(?:登録|格納|保存)?データ"
                   r"|データベース内の[^、。をに]{1,10})(?:を|に)[^、。]{0,4}$")


#: After a party, whose screen it is (受託者用の端末では, 審査会委員に貸与するタブレット端末には).
_SCREEN_OF = re.compile(r"(?:用の|に貸与する|に貸与される|が使用する|が利用する|が使う|の)"
                        r"[^、。はがを]{0,8}?(?:端末|画面|タブレット|パソコン)(?:には|では|で|に|上)")


#: The contractor, called by its role, before whose screen it is (受託者用の端末).
_CONTRACTOR_SCREEN = re.compile(r"(?:受託者|委託先|受託事業者|委託事業者)" + _SCREEN_OF.pattern)


def screen_user(state, sentence, frame):
    """The party whose screen a verb of display speaks of (受託者用の端末では、個人番号は
    表示されない: the item's contractor), or None when the sentence names no one's."""
    for mention in state.mentions.get(sentence.index, []):
        if mention.kind != "category" and mention.end < frame.start \
                and _SCREEN_OF.match(sentence.text, mention.end):
            return mention
    if _CONTRACTOR_SCREEN.search(sentence.text, 0, frame.start):
        return whom.item_contractor(state, state.item_of.get(sentence.index), sentence.index)
    return None


def account_user(sentence, frame, previous):
    """The party who sees the data in the clause before, when a verb of display is denied
    on an account for that work (同社の技術者は被保険者情報を閲覧することがありますが、保守用
    アカウントでは個人番号を表示できない: the company; nc71 W4), or None."""
    if previous is None or previous.kind != "access" or previous.negated or previous.end > frame.start:
        return None
    if not _ACCOUNT.search(sentence.text, previous.end, frame.start):
        return None
    return (previous.slots.get("subject") or [None])[-1]


#: An account or right a screen is used with (保守用アカウントでは, 閲覧権限では).
_ACCOUNT = re.compile(r"[^、。はがを]{0,8}?(?:アカウント|権限|ユーザーID|ユーザID)(?:では|には|で)")


#: A speaker's label before a turn (A4（介護保険課長）：).
_LABEL = re.compile(r"[^、。]{1,20}[：:]\s*")


def denied_elsewhere(state, sentence) -> list[str]:
    """The data a denial that names none speaks of: the data its sentence opens with as
    topic (主治医意見書は今回の委託の対象外であり、同社には渡しません), else, when it opens
    with これは and the like, what the sentence before named (…登記済通知書の送付を受けて
    おります。これは本件の委託先には渡しません); ``[]`` when neither."""
    words = spoken(state, sentence)
    opening = len(sentence.text) - len(words)
    data = state.category_keys([m for m in state.mentions.get(sentence.index, []) if m.kind == "category"
                                and (m.start == opening or _LABEL.fullmatch(sentence.text, 0, m.start))
                                and sentence.text.startswith("は", m.end)], sentence)
    if not data and words.startswith(tuple(state.pats.get("pointing_topics", ()))):
        data = recent_categories(state, sentence.index)
    return data


#: A party that is the only one not denied (担当職員以外は, 担当者以外の職員は).
_ALL_BUT = re.compile(r"以外(?!の(?:ケース|場合|事案|とき|時))(?:の[^、。はがをに]{1,8})?(?:は|が|には|では)")
#: (それ以外のケースの情報は、警察には提供していない: the other cases, not everyone else)


def granted(state, sentence, party, frame=None) -> set[str]:
    """The categories a flow of the same sentence gives ``party`` (none when the denial at
    ``frame`` holds from a later step than the hand-over: 従来、…同社に年1回提供していたが、
    移行後は同社に提供しない, a denial of its own, for after the move)."""
    if frame is not None and later_step(sentence.text, frame.start):
        return set()
    key = state.key(party)
    # (not a flow the denied verb itself was read to state: …は学校内でのみ利用し、児童相談所や
    # 警察には提供しない gives the police nothing)
    return {c for f in state.flows if f.get("_index") == sentence.index and f["to_key"] == key
            and (frame is None or f.get("_at") != frame.start) for c in f["categories"]}


def later_step(text: str, end: int) -> bool:
    """True when the clause before ``end`` turns from what was done (…していたが、) to a step
    after it (移行後は, 今後は, 令和7年度以降は).

    >>> later_step("従来、同社に提供していたが、移行後は同社に提供しない。", 23)
    True
    >>> later_step("氏名のみを提供し、住所は提供しない。", 13)
    False
    """
    turn = _TURN.search(text, 0, end)
    return turn is not None and _LATER.search(text, turn.end(), end) is not None


#: What was done, turned from (…していたが、, …しておりましたが、).
_TURN = re.compile(r"(?:ていた|でいた|ておりました|ていました|てきた|てまいりました)(?:が|けれども)、")
#: A step or time after the turn (移行後は, 今後は, 以降は, 令和7年1月からは).
_LATER = re.compile(r"(?:後|今後|以降|以後|からは)(?:は|には)?、?")


def excepted(state, sentence) -> set[str]:
    """The categories a denial excepts (税情報のうち、所得情報以外の項目は閲覧できない: what
    can be seen is 所得情報), with every broader one: none of them is denied."""
    out = set()
    for mention in state.mentions.get(sentence.index, []):
        if mention.kind == "category" and mention.id and \
                sentence.text[mention.end:mention.end + 4].lstrip("等").startswith("以外"):
            out |= state.lex.category_ancestors(mention.id)
    return out


def everyone_but(state, sentence, frame) -> bool:
    """True when a denial is of everyone but a party (担当職員以外は…閲覧できない), not of
    data but some (所得情報以外の項目は: that is :func:`excepted`)."""
    categories = {m.end for m in state.mentions.get(sentence.index, []) if m.kind == "category"}
    return any(found.start() not in categories and not (
        sentence.text[found.start() - 1] == "等" and found.start() - 1 in categories)
        for found in _ALL_BUT.finditer(sentence.text, 0, frame.start))
