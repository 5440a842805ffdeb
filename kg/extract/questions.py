"""What the question just before an answer asked (委員：受託者は個人番号を見ることができる
のか。／課長：できません。): the party and data it asked could be seen, the data it asked
someone may see or be given, the data it asked the item's data holds. An answer that names no party
or data speaks of these; an answer that says no (いいえ, …は提供しない, other data given)
takes back the flow the question asked of.

Example::

    >>> access(state, sentence)                                  # doctest: +SKIP
    (Mention(... '受託者' ...), ['my-number'])
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract import particles
from kg.extract.denial import clause_denied
from kg.extract.objects import unspecified
from kg.extract.relations import negated
from kg.extract.speakers import is_question, said_before, spoken

#: Parties whose access is no exclusion: the municipality, a system, the person it is about
#: (a department may be excluded: 保育課の職員は…課税情報を閲覧できない).
OWN = ("municipality", "system", "data-subject")


#: A member's remark that asks to be confirmed (…ことになりますね。, …のですね。).
_CHECKED = re.compile(r"(?:ます|です|ですよ|ますよ)ね[。？?]?$")
#: An answer that opens by saying yes.
_YES = re.compile(r"(?:はい|そのとおり|その通り|おっしゃるとおり)")
#: What a paper says, as what is seen (通知書の内容, 書類の記載事項).
_PAPERS_CONTENTS = re.compile(r"(?:書|票|通知|名簿)の(?:記載事項|記載内容|内容|中身)(?:が|を|に|は|も)")


def _asked_before(state, sentence) -> int:
    """The index of the sentence a question would stand at: the one before, or before the
    answer's first sentence when this one goes on the same line after a denial (…。通常は
    閲覧いたしません。障害対応の場合に限り、…閲覧することがございます: both answer it)."""
    index = sentence.index - 1
    # (only over a denial: 通常は閲覧いたしません。…ことがございます; not over an answer
    # that says who sees, after which 閲覧した範囲を報告させる asks nothing)
    while index > 0 and sentence.index - index < 3 and state.sents[index].line == sentence.line \
            and not is_question(state.sents[index].text, state.pats) \
            and any(word in state.sents[index].text for word in state.pats.get("negations", ())):
        index -= 1
    return index


def access(state, sentence) -> tuple:
    """Return ``(party, data)`` a question just before asked could see some data
    (受託者は個人番号を見ることができるのか), or ``(None, [])``."""
    index = _asked_before(state, sentence)
    # (…通知書の内容を見ることになりますね。／はい、…目に触れることはございます: a member's
    # check the answer confirms)
    confirmed = index >= 0 and _CHECKED.search(state.sents[index].text) is not None \
        and _YES.match(spoken(state, sentence)) is not None
    if index < 0 or not (is_question(state.sents[index].text, state.pats) or confirmed) \
            or is_question(sentence.text, state.pats):
        return None, []
    asked = state.sents[index]
    mentions = state.mentions.get(index, [])
    # (株式会社Aの保守担当者は、…を見ることがあるのか: the company, through its people)
    parties = [m for m in mentions if m.kind == "entity" and m.type not in OWN
               and (particles.particle_after(asked.text, m.end, state.pats)[0] == "subject"
                    or _staff_after(state, asked.text, m.end))]
    # (国保中央会が契約する保守事業者が本番データにアクセスする…: the subject nearest the verb of
    # access, not the one of the clause on it; nc74 W5)
    seen = min((asked.text.find(v) for v, kind in state.pats.get("verbs", {}).items()
                if kind == "access" and v in asked.text), default=-1)
    party = next((m for m in reversed(parties) if m.end <= seen), parties[0] if parties else None)
    named = [m for m in mentions if m.kind == "category"]
    if party is not None and not named and confirmed and _PAPERS_CONTENTS.search(asked.text):
        return party, ["personal-information"]  # (通知書の内容: whatever it holds of anyone)
    # (…広告に使うことはないのか asks of use too: 使う is no verb of access elsewhere, where
    # 保険証を使って says how a person is treated)
    if party is None or not named or not (re.search(r"使[うわいっえ]", asked.text) or any(
            verb in asked.text for verb, kind in state.pats.get("verbs", {}).items() if kind == "access")):
        return None, []
    return party, state.category_keys(named, asked)


def handed(state, sentence, verb: str) -> tuple:
    """Return ``(party, data)`` a question just before asked would be given by ``verb``
    (委員：支払基金に個人番号を渡すのか。／事務局：渡さない。), or ``(None, [])``: a bare
    denial of that verb is of them."""
    index = sentence.index - 1
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or is_question(sentence.text, state.pats) or verb not in state.sents[index].text \
            or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return None, []
    asked = state.sents[index]
    mentions = state.mentions.get(index, [])
    party = next((m for m in mentions if m.kind == "entity" and m.type not in OWN + ("department",)
                  and particles.particle_after(asked.text, m.end, state.pats)[0] == "recipient"), None)
    named = [m for m in mentions if m.kind == "category"]
    if party is None or not named:
        return None, []
    return party, state.category_keys(named, asked)


def asked(state, sentence) -> str:
    """The text of the question just before ``sentence`` (same item), else ''."""
    index = _asked_before(state, sentence)
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return ""
    return state.sents[index].text


def data(state, sentence) -> list[str]:
    """Return the data a question just before (same item) asked whether someone sees
    (保守作業でレセプトを見ることはあるのか), or ``[]``."""
    index = _asked_before(state, sentence)
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or is_question(sentence.text, state.pats) \
            or state.item_of.get(index) is not state.item_of.get(sentence.index) \
            or not any(verb in state.sents[index].text for verb in state.pats.get("incidental_verbs", ())):
        return []
    named = state.category_keys([m for m in state.mentions.get(index, []) if m.kind == "category"],
                                state.sents[index])
    if not named and _ANY_DATA.search(state.sents[index].text):
        # (同社の社員がデータを見ることはあるのか。／…保守担当者が閲覧することがある: data it
        # does not name, personal information unspecified)
        named = [unspecified(state, state.sents[index])]
    return named


#: In a question, data asked about by no narrower word (データを見る, 個人情報を閲覧).
_ANY_DATA = re.compile(r"(?<![の])(?:データ|個人情報|情報)(?:を|が|は)")


def contents(state, sentence) -> list[str]:
    """Return the data a question just before asked whether the item's data holds
    (個人番号は含まれるのか), or ``[]`` (past a speaker's label line between them)."""
    index = said_before(state, sentence.index)
    if index < 0 or not is_question(state.sents[index].text, state.pats) \
            or is_question(sentence.text, state.pats) \
            or state.item_of.get(index) is not state.item_of.get(sentence.index):
        return []
    asked = state.sents[index].text
    if not any(verb[:-1] in asked for verb in state.pats.get("containment_verbs", ())):
        return []
    return state.category_keys([m for m in state.mentions.get(index, []) if m.kind == "category"],
                               state.sents[index])


#: After a flow verb, a yes-or-no question's end with no other clause before it (…共有して
#: いるのか。, …送られるのか。, …渡ることはありますか。).
_ASKED_WHETHER = re.compile(r"[^、。,]*?(?:のか|のですか|ますか|ありますか|ございますか|でしょうか)[。？?]?\s*$")
#: A question word: the question asks what, how or why of what it takes as done.
_WH = re.compile(r"どのよう|どう|何|なに|どこ|いつ|なぜ|誰|だれ|どの|どれ|いくら|どれくらい|どの程度")


def only_asked(state, sentence, frame) -> bool:
    """True when a question only asks whether its verb's act happens (健診結果は保健所とも
    共有しているのか。), not how or why of an act it takes as done (…どのように提供するのか),
    and the answer does not open with a yes: the act is no fact of its own."""
    return _ASKED_WHETHER.match(sentence.text, frame.end) is not None and not _WH.search(sentence.text) \
        and not answered_yes(state, sentence)


def answered_yes(state, sentence) -> bool:
    """True when the sentence after the question ``sentence`` (in its item, past a
    speaker's label) opens with a yes (（委員）…送られるのか。／（市民課長）はい。)."""
    for index in range(sentence.index + 1, min(len(state.sents), sentence.index + 3)):
        if state.item_of.get(index) is not state.item_of.get(sentence.index):
            return False
        text = spoken(state, state.sents[index])
        if text.strip():
            return _YES.match(text.lstrip(" \u3000・-－")) is not None
    return False


def answered_no(state, sentence, frame, reach: int = 5) -> bool:
    """True when the answer (up to ``reach`` sentences after a question, until the next
    question) denies what it asked and affirms none of it:
    the data it names, or its verb, followed by a negation (問：…個人番号は含まれるか。
    答：個人番号は提供しない。／…再委託をするのか。再委託は認めていない。), いいえ, or
    its verb given other data only (…を渡しているのか。…氏名と住所を紙で渡しております)."""
    asked = {m.id for m in frame.slots.get("categories", []) if m.id}
    # (社会福祉協議会に受給者証番号は渡すのか。…受給者証番号は提供しない。: a data name no
    # category matches, asked and denied word for word)
    new = {m.text for m in frame.slots.get("categories", []) if not m.id}
    # (…を送るときに個人番号を用いないのはなぜか: a question of why takes its flow as so)
    why = _WHY.search(sentence.text) is not None
    recipients = {normalise(m.text) for m in frame.slots.get("recipient", []) if m.kind == "entity"}
    denied = affirmed = False
    for index in range(sentence.index + 1, min(len(state.sents), sentence.index + 1 + reach)):
        text = state.sents[index].text
        if is_question(text, state.pats) or state.item_of.get(index) is not state.item_of.get(sentence.index):
            break  # the next question, or the next item's heading: the answer has ended
        if bare_no(text, state.pats) or bare_no(spoken(state, state.sents[index]), state.pats):
            denied = True  # (○介護保険課長　いいえ、…: after the speaker's label)
        for mention in state.mentions.get(index, []):
            if mention.kind == "category" and (mention.id in asked or not mention.id and mention.text in new) \
                    and (negated(text, mention.end + 2, state.pats) or _topic_denied(text, mention.end, state.pats)):
                denied = True
        names = [(m.start, m.end) for m in state.mentions.get(index, []) if m.kind == "entity"]
        for at in (m.end() for m in re.finditer(re.escape(frame.verb), text)
                   if not any(b <= m.start() < e for b, e in names)):  # (not 情報提供ネットワーク…)
            if negated(text, at, state.pats):
                denied = True
            elif not why and _SAYS_WHICH.match(text, at) and _other_data(state, index, at, asked, after=True):
                # 個人番号は連合会には送付いたしません。送るのは被保険者番号でございます: what is
                # given is other data
                denied = True
            else:  # …は提供しない。したがって、…を提供する: a part is denied, the rest given
                affirmed = True
        for mention in state.mentions.get(index, []):
            # (児童手当でも…県に所得情報を送るのでしょうか。／…県には提供いたしません: the
            # one asked of is denied a hand-over, by whatever verb)
            if mention.kind == "entity" and normalise(mention.text) in recipients \
                    and re.match(r"[にへ](?:は|も)?", text[mention.end:]) and clause_denied(text, mention.end, state.pats) \
                    and _hands_over(text, mention.end, state.pats):
                denied = True
        # (渡る asked, 渡しております answered: the stem of a verb that inflects, before its
        # kana, not 送 of 送付 for 送る) only says no, never yes
        stem = frame.verb[:-1] if len(frame.verb) > 1 and frame.verb[-1] in _INFLECTED else None
        for found in re.finditer(re.escape(stem) + "(?=[ぁ-ん])", text) if stem else ():
            if negated(text, found.end(), state.pats) or not why and _other_data(state, index, found.end(), asked):
                denied = True
    return denied and not affirmed


def _staff_after(state, text: str, end: int) -> bool:
    from kg.extract.whom import staff_after  # (whom reads the questions too)

    return staff_after(state, text, end, acting=True)


def _topic_denied(text: str, end: int, pats: dict) -> bool:
    """True when the data name ending at ``end`` is the topic of a clause that ends denied
    (個人番号は医療機関や薬局には提供されません。: the denial further than a verb's)."""
    topic = re.match(r"(?:そのもの|自体)?は", text[end:])  # (個人番号そのものは…提供しない)
    if topic is None:
        return False
    clause = re.split("[、。]", text[end + topic.end():], maxsplit=1)[0]
    return any(clause.endswith(cue) or clause.endswith(cue + "でした") for cue in pats.get("negations", ()))


def _other_data(state, index: int, at: int, asked: set[str], after: bool = False) -> bool:
    """True when sentence ``index`` names data before ``at`` (``after``: after it) and none
    of it is (under or over) what was ``asked``: 委員：委託先にはシステムのデータを渡して
    いるのか。課長：…氏名、住所、連絡先を紙で渡しております (the answer's own flow is what
    goes); …送るのは被保険者番号でございます."""
    given = {m.id for m in state.mentions.get(index, []) if m.kind == "category" and m.id
             and (m.start >= at if after else m.end <= at)}
    near = asked | {a for c in asked for a in state.lex.category_ancestors(c)}
    return bool(given) and not any(c in near or state.lex.category_ancestors(c) & asked for c in given)


#: After a verb, the data it names next: 送るのは被保険者番号でございます.
_SAYS_WHICH = re.compile(r"(?:の|もの)(?:は|が)")
#: A speaker's label in brackets at the start of an answer (【健康推進課長】).
_LABEL = re.compile(r"^(?:[【［\[〔][^】］\]〕]{1,16}[】］\]〕]|[<＜〈][^>＞〉]{1,16}[>＞〉])\s*")  # (＜事務局（区民課長）＞)
#: A question of why, which takes what it says as so.
_WHY = re.compile(r"なぜ|何故|どうして|理由")
#: The last kana of a verb's dictionary form that inflects away (渡す: 渡して).
_INFLECTED = "うくすつぬふむゆるぐぶ"


def bare_no(text: str, pats: dict) -> bool:
    """True when ``text`` is a bare no: いいえ…, or a reply that is only a denial after
    the speaker's label (国保年金課長ございません。, 答：ありません。)."""
    body = text.strip("　 。.")
    body = _LABEL.sub("", body)  # (【健康推進課長】いいえ。: a label in brackets before it)
    if body.lstrip("答:：A.").startswith(("いいえ", "いや")):
        return True
    word = next((w for w in pats.get("bare_denials", ()) if body.endswith(w)), None)
    if word is None:
        return False
    label = body[:-len(word)].rstrip("：:　 ").strip("()（）〈〉【】[]○◯")
    return not label or len(label) <= 12 and label.endswith(
        tuple(pats.get("titles", ())) + ("答", "事務局", "担当", "委員"))


#: A question of what a paper held (誤って届いた通知には、どのような情報が載っていたのですか).
_WHAT_HELD = re.compile(r"には、?(?:どのような|どんな|何が|なにが)[^。]{0,20}?(?:載って|記載|含まれ|書かれ)")


def asked_what_held(state, sentence) -> bool:
    """True when the question a sentence answers, the nearest within four sentences before
    it in the item (past the answer's first sentence and a speaker's label line), asks what
    a paper held (…通知には、どのような情報が載っていたのですか。／氏名…でございます。個人番号は
    記載されておりません): a bare denial of writing is of that paper, whoever got it, not of
    the item's parties (nc73 W1)."""
    for index in range(sentence.index - 1, sentence.index - 5, -1):  # (past a speaker's label line)
        if index < 0 or state.item_of.get(index) is not state.item_of.get(sentence.index):
            return False
        if is_question(state.sents[index].text, state.pats):
            return _WHAT_HELD.search(state.sents[index].text) is not None
    return False


def of_notice(state, sentence) -> bool:
    """True when the question just before asks of a report or notice (委員：この事案は個人
    情報保護委員会に報告したのですか。): what the answer denies a leak held (要配慮個人情報は
    含まれておらず) is of the event, not of data handed to the one reported to."""
    index = said_before(state, sentence.index)
    return index >= 0 and is_question(state.sents[index].text, state.pats) \
        and any(verb in state.sents[index].text for verb in state.pats.get("notice_verbs", ()))


def my_number_unconfirmed(state, flow: dict) -> bool:
    """True when ``flow``, proposed from a question, carries My Number and the answer right
    after it neither opens with yes nor hands My Number to the same party (支払基金には個人
    番号が渡るのでしょうか。／…個人番号に対応した機関別符号により照会・提供: the code goes, and
    a question is no evidence that the number does)."""
    if not set(flow["categories"]) & state.my_number_ids:
        return False
    at, item = flow["_index"], state.item_of.get(flow["_index"])
    answers = [i for i in range(at + 1, min(len(state.sents), at + 4))
               if state.item_of.get(i) is item and not is_question(state.sents[i].text, state.pats)][:2]
    if answers and _YES.match(spoken(state, state.sents[answers[0]])):
        return False
    return not any(f.get("_index") in answers and f["to_key"] == flow["to_key"]
                   and set(f["categories"]) & state.my_number_ids for f in state.flows)


def _hands_over(text: str, pos: int, pats: dict) -> bool:
    """True when the clause after ``pos`` (to its 、 or 。) holds a verb of handing over
    (提供, 送付; 渡す by its stem 渡)."""
    clause = re.split("[、。]", text[pos:], maxsplit=1)[0]
    return any((verb[:-1] if verb[-1] in _INFLECTED else verb) in clause
               for verb, kind in pats["verbs"].items() if kind == "flow" and len(verb) > 1)
