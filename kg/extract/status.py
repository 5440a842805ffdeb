"""When a proposed fact holds, as its sentence says: planned, current, possible or
replaced.

A start dated after the meeting (令和6年4月からは…提供する, said in February 2024) or a
dated step still to come (令和9年2月に…移行します) is planned; a start already past is
current; otherwise the status cues of ``data/extract/patterns.yaml`` (予定, 可能性, 廃止 …)
decide, and a sentence that says none is current.

Example::

    >>> status.of(state, "令和7年4月から株式会社Aに委託する予定です")   # doctest: +SKIP
    'planned'
"""
from __future__ import annotations

import re

from kg.data.numerals import KANJI_NUMBER, arabic
from kg.extract.speakers import is_question, said_before, spoken


#: A month's or a day's number, in digits or kanji (令和八年四月一日から, as some minutes write).
_N = rf"(?:[0-9]{{1,2}}|{KANJI_NUMBER})"
#: A start the sentence dates: 令和6年4月から, 令和7年度より, 2025年1月以降.
FROM = re.compile(rf"(?P<era>平成|令和)?(?P<year>[0-9]{{1,4}}|元|{KANJI_NUMBER})年(?:度)?(?:(?P<month>{_N})月)?"
                  rf"(?:{_N}日)?(?:分)?(?:から|より|以降)")  # (令和8年度分から: that year's notices on)


#: A date the sentence puts something on: 令和9年2月に, 令和9年2月の3日間で, 令和8年度中に.
AT = re.compile(rf"(?P<era>平成|令和)(?P<year>[0-9]{{1,4}}|元|{KANJI_NUMBER})年(?:度)?(?:(?P<month>{_N})月)?"
                rf"(?:{_N}日)?(?:に|の|中|末|頃|までに|を目途に|を目処に|をめどに)")


def month(state, match) -> str | None:
    """The ``YYYY-MM`` a date match names (a fiscal year, 年度, from April), or None."""
    year = match.group("year")
    year = 1 if year == "元" else int(arabic(year))
    if match.group("era"):
        year += state.pats["eras"][match.group("era")]
    number = int(arabic(match.group("month")) if match.group("month") else 4)
    return f"{year:04d}-{number:02d}" if 1900 < year < 2200 and 1 <= number <= 12 else None


def stated(state, text: str) -> bool:
    """True when ``text`` says when its fact holds: a date, or a status cue (not the
    event it waits for: 同意がある場合に限り…受けることができる)."""
    text = _conditions_out(state, _nouns_out(state, text))
    return bool(FROM.search(text) or AT.search(text)) or any(
        c in text for cues in state.pats.get("statuses", {}).values() for c in cues)


def _nouns_out(state, text: str) -> str:
    """``text`` without the names that hold a status cue (個別ケース検討会議 is a meeting,
    not a weighing: 検討)."""
    for word in state.pats.get("status_nouns", ()):
        text = text.replace(word, "")
    return text


def _conditions_out(state, text: str) -> str:
    """``text`` without the events a flow waits for (…がある場合, …の都度)."""
    for pattern in state.pats.get("condition_frequencies", ()):
        text = re.sub(pattern, "", text)
    return text


def of(state, text: str) -> str:
    """The status of a flow its sentence gives: planned where it starts on a date after
    the meeting (令和6年4月からは…提供する, said in February 2024), current where that date
    is past; else what the cues say (予定: planned), else current."""
    meeting = getattr(state.ctx, "meeting_date", None)
    if _WEIGHED.search(text):
        return "possible"  # (令和6年度以降、…に送信する方式を検討しております: weighed, not planned; nc71 W8)
    match = FROM.search(text)
    if meeting and match:
        when = month(state, match)
        if when is not None:
            return "planned" if when > meeting[:7] else "current"
    # 令和9年2月に…移行します, said in November 2026: a dated step still to come
    if meeting and any((month(state, m) or "") > meeting[:7] for m in AT.finditer(text)):
        return "planned"
    # (8月以降は…LGWANのメールに一本化いたします, said in June: later this year)
    if meeting and any(int(m.group(1)) > int(meeting[5:7]) for m in _LATER_MONTH.finditer(text)):
        return "planned"
    # 虐待の可能性がある場合は…提供: the event a flow waits for is no status cue
    text = _continuing(state, _nouns_out(state, _conditions_out(state, text)))
    for status, cues in state.pats.get("statuses", {}).items():
        if any(c in text for c in cues):
            return status
    return "current"


#: A month with no year, from which something starts (8月以降は, 10月から).
_LATER_MONTH = re.compile(r"(?<![年0-9０-９])([0-9]{1,2})月(?:以降|から|より)")
#: A turn between two clauses (…郵送しておりましたが、…送信いたします).
_TURN = re.compile(r"(?:が|けれども|けれど|ものの)、")


def of_clause(state, text: str, start: int) -> str:
    """The status of the verb at ``start`` of a sentence that may set an old way against a
    new one (これまでは…郵送しておりましたが、令和9年4月からは専用回線で送信いたします):
    the new clause's own status; the old way's is current while the new one is still to
    come, else replaced. A sentence with no such turn is read whole (:func:`of`)."""
    abolished = _ABOLISHED.match(text, start)
    if abolished:
        # 学校への名簿の郵送を廃止し、令和6年9月から…手渡しする方法に改めた: the verb is what
        # was abolished, whatever date the new way has; replaced when a new way follows
        rest = text[abolished.end():]
        return "replaced" if _NEW_WAY.search(rest) or _moves(state, rest) else "ended"
    stop = _ENDED_AFTER.match(text, start)
    if stop and not (any(cue in text for cue in state.pats.get("statuses", {}).get("replaced", ()))
                     and _moves(state, text[stop.end():])):
        # …に審査を委託していたが、同月末で終了した; 以前は…提供していたが、令和5年度に廃止
        # した (not これまでは…ていたが、廃止し、…で送信する: a new way, so replaced)
        return "ended"
    if _UNTIL.search(text, 0, start) and _RAN.match(text, start):
        # 令和６年度まで、…を…センターに紙で年４回送付しておりました: it ran until then;
        # replaced when a new way follows
        rest = text[_RAN.match(text, start).end():]
        return "replaced" if _NEW_WAY.search(rest) or _moves(state, rest) else "ended"
    if _RUNS_FOR_NAME.match(text, start):
        # その作業は、CSの保守を行っている株式会社ことぶき情報システムが実施する: the verb
        # describes who does it now, whatever the main clause plans
        return "current"
    runs = _RUNS_HERE.match(text, start)
    if runs is not None and of(state, text[:runs.end()]) == "current":
        # 録画装置の保守は…に委託しており、保守作業の際に…目にすることがある: the verb's own
        # clause says it runs; the may of the next is the next clause's
        return "current"
    turn = turn_at(state, text)
    if turn is None:
        # …に委託しているが、令和9年4月から委託先を…に変更する予定である: the verb's own
        # clause says its status, not the plan that follows the turn
        after = next((t for t in _TURN.finditer(text) if t.start() >= start), None)
        found = of(state, text[:after.start()] if after is not None else text)
        return "planned" if found == "current" and _one_off(state, text, start) else found
    later = of(state, text[turn:])
    if start >= turn:
        return later
    return "current" if later == "planned" else "replaced"


def on_mishap(state, sentence) -> bool:
    """True when ``sentence`` answers what is done if something fails (…障害が起きた場合は
    どうしますか。／その場合は、紙の…を…持参いたします), or takes up a step the sentence
    before weighs (…を検討しております。その場合には、…): what may happen, not a plan."""
    before = said_before(state, sentence.index)
    if not _THAT_CASE.match(spoken(state, sentence)) or before < 0:
        return False
    asked = state.sents[before].text
    if not is_question(asked, state.pats) and _WEIGHED.search(spoken(state, state.sents[before])):
        return True  # (…の利用を検討しております。その場合には、…の提供を受ける: if it is chosen; nc71 W8)
    return is_question(asked, state.pats) and "場合" in asked and any(w in asked for w in _MISHAPS)


#: A sentence that says a step is being weighed, not decided (…を検討しております; …方式に
#: 変更できないか、両社と調整しております: whether it can, asked).
_WEIGHED = re.compile(r"検討(?:しております|しています|中|いたしております|を進めて)|(?:でき|し)ないか[、,]")


#: An answer that opens by taking up the case a question put (その場合は、, その際には).
_THAT_CASE = re.compile(r"(?:その|そうした|そのような)(?:場合|際|とき)(?:に)?(?:は|も)?、")
#: What a question may ask the fallback for (障害が起きた場合, 停止した場合).
_MISHAPS = ("障害", "停止", "故障", "災害", "不通", "緊急", "トラブル", "使えな", "止ま")


def settled(state, sentence, end: int) -> bool:
    """True when the sentence says when its verb (ending at ``end``) holds: a date or a
    status cue, a word for now (現在), or a form that says it runs or ran (提供している,
    送っております, 委託した). A fact that is not settled, in an item the council is
    consulted on, is what the item asks to be approved: planned (see
    :func:`kg.extract.timing.consulted`).

    Example::

        >>> settled(state, sentence, 12)                            # doctest: +SKIP
        False
    """
    # (…事業者に委託するが、事業者は現在選定中である: 現在 is of the other clause)
    after = next((t.start() for t in _TURN.finditer(sentence.text) if t.start() >= end), len(sentence.text))
    own = sentence.text[:after]
    own += remark_after(state, sentence)  # (…送付されます。これは従来どおりでございます。)
    return bool(stated(state, sentence.text) or _DONE.match(sentence.text, end)
                or any(word in own for word in state.pats.get("now_words", ()))
                # …照会書を年金事務所に郵送し、回答を受けている: the chain's last verb says it
                or _CHAINED.match(sentence.text, end) and _RUNS_NOW.search(sentence.text)
                # (…転入前の市町村に照会して取得しております: the verb it goes on to, no comma)
                or _THEN_RUNS.match(sentence.text, end)
                # 村が連合会に電子媒体で送付しており、連合会から…システムに登録される: the
                # step after one that runs now runs with it
                or _step_after_running(sentence.text, end)
                or _HAPPENS.match(sentence.text, end) is not None)


#: After a verb, how often what it names happens (…ことは年に数件ございます; nc73 W12).
_HAPPENS = re.compile(r"[^。、]{0,6}?こと[はがも]、?(?:年に|年間|毎年|月に|毎月)[^。]{0,8}?(?:数件|[0-9０-９]+件)"
                      r"(?:程度|ほど)?(?:ございます|あります|ある)")


#: A sentence that opens by speaking of what the one before said (これは, こちらも, この仕組み
#: は…変わらない).
_ABOUT_IT = re.compile(r"[^、。]{0,12}?[\s　)）:：]?(?:これ|こちら|この(?:仕組み|流れ|取扱い|方法|運用))(?:は|も)、?")


def remark_after(state, sentence) -> str:
    """The short remark the next sentence of the item makes on this one (…毎月本市に送付
    されます。これは従来どおりでございます。), or ""."""
    after = sentence.index + 1
    if after >= len(state.sents) or state.item_of.get(after) is not state.item_of.get(sentence.index):
        return ""
    text = state.sents[after].text
    opening = _ABOUT_IT.match(text)
    return text[opening.end():] if opening and len(text) - opening.end() <= 24 else ""


def _step_after_running(text: str, end: int) -> bool:
    """True when the verb ending at ``end`` ends the sentence in the plain present and
    follows, in the next clause, one that runs now (送付しており、…登録される。)."""
    ran = [m.end() for m in _RAN_BEFORE.finditer(text, 0, end)]
    return bool(ran) and "、" not in text[ran[-1]:end] and _STEP_AFTER.match(text, end) is not None


def _one_off(state, text: str, start: int) -> bool:
    """True when the verb at ``start`` is a step done once (移行, 移設; any verb said with
    １回限り) said in a form that has not happened and with no word for now: …へ移行いたし
    ます is still to come."""
    verb = next((v for v in state.pats.get("moving_verbs", ()) if text.startswith(v, start)), None)
    if verb is None and _ONCE.search(text):
        # …ファイルを株式会社Bに引き渡す方法で、１回限り行います: a hand-over done once, to come
        verb = re.match(r"[一-龥ぁ-ゖァ-ヶー]*?(?=[しすさせ]|[てで]|$)", text[start:]).group() or text[start:start + 1]
    return verb is not None and not _DONE.match(text, start + len(verb)) \
        and not any(word in text for word in state.pats.get("now_words", ()))


#: A step done once only (１回限り; not 年1回のみ, once a year): what is not yet done is
#: still to come.
_ONCE = re.compile(r"(?<![0-9０-９年月週日第])[1１一]回限り")


#: After a verb, a chain to the next (郵送し、, 抽出して、; 受け取り、 whose stem's kana
#: ends the verb).
_CHAINED = re.compile(r"(?:し|して|(?<=[りいきちみびぎに])て?)、")
#: A verb chained with して straight into one that says it runs (照会して取得しております).
_THEN_RUNS = re.compile(r"して[^、。してにをがは]{1,6}?(?:してい|してお|してまい|している|しております)")
#: A sentence's last verb (or a clause's) in a form that says it runs (受けている。, 送付しております。,
#: 運用しており、).
_RUNS_NOW = re.compile(r"(?:ている|ております|ています|ており)(?:との?こと(?:である|です))?[。、]?$")


def runs_now(text: str) -> bool:
    """True when ``text`` ends saying it runs now (…まとめて運用しております), not that
    it is wished, planned or weighed (…提供したいと考えております, …を予定しております)."""
    found = _RUNS_NOW.search(text)
    return found is not None and _INTENDED.search(text, 0, found.start()) is None


#: Before ている/ております, that what runs is an intention (…したいと考え, 予定し, 検討し).
_INTENDED = re.compile(r"(?:と考え|と思っ|と存じ|予定し|検討し|準備し|計画し|見込ん|目指し|調整し)$")


#: After a verb, that it ran and the next clause ends it (…委託していたが、同月末で終了した).
_ENDED_AFTER = re.compile(r"[^、。]{0,12}?(?:ていた|ておりました|ていました|ておった|てまいりました|てきました|いたしました"
                          r"|しました)が、[^。]{0,30}?"
                          r"(?:終了|廃止)(?:した|しました|いたしました|しており|している|となった|となりました|し、)")


def _moves(state, text: str) -> bool:
    """True when ``text`` holds a verb that moves data (a new way after an old one), not
    one that points back at the old way (…終了し、この郵送も廃止した)."""
    text = _SAME_WAY.sub("", text)
    return any(verb in text for verb, kind in state.pats.get("verbs", {}).items() if kind == "flow")


#: A verb's noun pointing back at the way just said (この郵送も, 当該送付は).
_SAME_WAY = re.compile(r"(?:この|当該|その|同)[^、。をがはも]{1,6}(?:も|は)")


#: After a verb's noun, that it was abolished (郵送を廃止し).
_ABOLISHED = re.compile(r"[^、。をがは]{0,4}?を(?:廃止|取りやめ|取り止め|中止)")
#: An end the sentence dates before its verb (令和６年度まで、, 同年3月末まで).
_UNTIL = re.compile(r"(?:年度|年|月)末?まで(?:は|の間)?、?")
#: A verb that ran and no longer does (送付しておりました。, 提供していたが、).
_RAN = re.compile(r"[^、。]{0,8}?(?:ておりました|ていました|ていた|てきました|てきた|てまいりました)(?:。|が、|けれども、|$)")
#: A new way put in an old one's place (…方法に改めた, …に切り替えた).
_NEW_WAY = re.compile(r"に(?:改め|切り替え|切替え|変更し|移行し)")
#: A verb's own clause that says it runs, ending at a comma (…に委託しており、).
#: After a verb, that it runs now and names who does it (保守を行っている株式会社…).
_RUNS_FOR_NAME = re.compile(r"[^、。]{0,3}?(?:を行っ|をし|し)?ている(?=株式会社|有限会社|[^、。をにでへ]{0,20}?(?:株式会社|有限会社|事業者|受託者)(?:が|は|に))")
_RUNS_HERE = re.compile(r"[^、。]{0,30}?(?:ており|ております|ている|ています)、")
#: A clause that runs now, then a comma (送付しており、): the steps after it run too.
_RAN_BEFORE = re.compile(r"(?:ており|ていて|ておって)、")
#: A plain present after such a clause (…に登録される。, …に送られる。).
_STEP_AFTER = re.compile(r"(?:される|されます|する|します|る)。?$")
#: A verb's ending that says it runs or ran (提供している, 送っております, 委託した,
#: 提供いたしました; not the humble 提供いたします, which is still to come).
_DONE = re.compile(r"(?:[^、。]{0,3}?|を[^、。をにがは]{0,4}?行っ|・[^、。・]{1,4}?し)"
                   r"(?:てい|てお|でい|でお|てき|てまいりました|てまいった|した|された|った|んだ|いた(?!し)|いたしました|いたして)")


def turn_at(state, text: str) -> int | None:
    """Return where a sentence turns from an old way to a new one (after これまでは…が、),
    or None when it sets no old way against a new one."""
    old = state.pats.get("statuses", {}).get("replaced", ())
    now = state.pats.get("turn_openers", ())
    plain = _continuing(state, text)  # (same length: the turn's offset holds)
    # (現在は…郵送しておりますが、令和7年10月からは…に切り替えたい: now, then a plan; not
    # 現在は紙で提供しておりますが、個人番号は提供していません)
    turn = next((t.end() for t in _TURN.finditer(plain) if any(c in plain[:t.start()] for c in old)
                 or any(c in plain[:t.start()] for c in now) and of(state, text[t.end():]) == "planned"),
                None)
    if turn is None:
        # 平成２５年から…に送信しておりましたが、令和６年３月からは、…に送信しております: a
        # way that ran until a dated start, then another (nc69 W15)
        past = _PAST_TURN.search(plain)
        turn = past.end() if past is not None else None
    if turn is None:
        # これまで週１回、…送付していた支給情報を、令和８年２月からは…送信するよう変更する:
        # the old way is the data's description, the turn its object's comma before a date
        turn = next((t.end() for t in _OBJECT_TURN.finditer(plain) if any(c in plain[:t.start()] for c in old)
                     and of(state, text[t.end():]) == "planned"), None)
    return turn


#: A way said to have run, then a date from which another runs (…しておりましたが、令和６年３月からは).
_PAST_TURN = re.compile(r"(?:ておりました|ていました|てまいりました|てきました)が、(?=(?:令和|平成)?[0-9元]{1,4}年(?:度)?"
                        r"(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:分)?(?:から|以降|より))")
#: An object set off before a date from which a new way runs (…支給情報を、令和８年２月からは).
_OBJECT_TURN = re.compile(r"(?:を|は)、(?=(?:令和|平成)?[0-9０-９元]{1,4}年(?:度)?(?:[0-9０-９]{1,2}月)?"
                          r"(?:[0-9０-９]{1,2}日)?(?:分)?(?:から|以降|より)|今後|来年度|次年度)")


def _continuing(state, text: str) -> str:
    """``text`` with words that say a way goes on (これまでどおり), or that hold a cue in a
    name (廃止日), blanked, same length."""
    for word in (*state.pats.get("continuing", ()), *state.pats.get("not_status", ())):
        text = text.replace(word, "＿" * len(word))
    return text


#: After a verb, that it was only a plan (…送付する計画であったが、…).
_WAS_PLAN = re.compile(r"[^、。]{0,6}?(?:(?:計画|予定|方針|つもり)(?:であった|でした|だった|でありました)"
                       r"|(?:予定|計画|想定|検討)(?:していた|しておりました|していました))(?:が|けれども|ものの)"
                       # (民生委員への名簿の提供については、…諮問を取り下げた: the topic of a withdrawal)
                       r"|(?:について|に関して)は?、")


def dropped(state, text: str, end: int) -> bool:
    """True when the verb ending at ``end`` was a plan the sentence says was dropped (…に
    直接送付する計画であったが、この計画は取りやめた), or only a question debated (…に提供
    することの是非について議論があった): nothing moved, nor will."""
    verb = re.match(r"(?:する|される|させる|す)?", text[end:]).end()
    if text.startswith(tuple(state.pats.get("debated_after", ())), end + verb):
        return True
    plan = _WAS_PLAN.match(text, end)
    return plan is not None and any(cue in text[plan.end():] for cue in state.pats.get("dropped_plans", ()))


def own_clause(state, text: str, start: int) -> str:
    """The part of ``text`` the verb at ``start`` belongs to when the sentence sets an old
    way against a new one (…年2回、郵送で回答しておりましたが、令和7年１月からは…提供), else
    all of it."""
    turn = turn_at(state, text)
    return text if turn is None else (text[turn:] if start >= turn else text[:turn])


def runs_at_verb(fact: dict) -> bool:
    """True when the verb of ``fact`` stands in its quote in the form that runs (現行の税務
    システムは、…が町役場のサーバ室で運用しておりますが、移行の完了をもって…)."""
    verb = fact.get("verb")
    return bool(verb) and re.search(re.escape(verb) + r"(?:し|い)?(?:て|で)(?:おり|いる|います)", fact["quote"]) is not None


#: A verb in the form that runs, anywhere in a sentence (運用しておりますが, 委託している).
RUNNING = re.compile(r"(?:て|で)(?:おり|いる|います|いた)")


#: A decision or a report said in the form that runs (…行わせることとしております, …協力会社
#: に再委託すると聞いております): the act's own form says when.
_DECIDED = re.compile(r"(?:(?:こと|予定)と(?:して|し)|と(?:聞いて|伺って|承知して))(?:おります|おり|いる|います)")


def runs(text: str) -> bool:
    """True when ``text`` says its act runs now (…手渡しております), not that it was
    decided or heard of (…再委託先に行わせることとしております, …すると聞いております)."""
    return runs_now(text) and not _DECIDED.search(text)


def a_time(text: str, end: int) -> bool:
    """True when the verb ending at ``end`` only names a time (標準準拠システムへ移行した後も、
    …: after the move, not the move).

    >>> a_time("標準準拠システムへ移行した後も、", 11)
    True
    >>> a_time("標準準拠システムへ移行し、", 11)
    False
    """
    return _A_TIME.match(text, end) is not None


#: After a verb, that its clause is when something else holds (…した後も, …されて以降は).
_A_TIME = re.compile(r"(?:し|され)?(?:た後|て以降|てから|た以降|たのち)(?:も|は|に|には)?、")
