"""When a proposed fact holds, from sentences other than its own: a start a sentence
before dates (…を令和7年9月から利用する), a planned move onto a platform, an entrustment
that starts later (:mod:`kg.extract.with_contract`), and an item the council is asked
to approve (what it proposes is planned unless a form or a word says it runs:
…提供しております, 現在…).

Each makes a current fact planned and adds the sentence that says when to its quotes.

Example::

    >>> planned_with_move(state)                                    # doctest: +SKIP
    >>> state.flows[-1]["status"], state.flows[-1]["also"][0]["line"]  # doctest: +SKIP
    ('planned', 5)
"""
from __future__ import annotations

import re

from kg.extract import status
from kg.extract.with_contract import (contracted_now, entrusted_with_work, planned_from, planned_with_entrustment,
                                      re_entrusted_now, said_whole, work_with_entrustment)
from kg.extract.speakers import is_question, speaker_of


def settle(state, items) -> None:
    """Give each fact the status other sentences of its item say it has, in order: a
    planned move, entrustment, recipient or start makes what follows planned; a recipient
    added beside the old ones leaves those running; an item the council is consulted on
    makes planned what nothing says runs; the work of a planned entrustment is planned."""
    planned_with_move(state)
    planned_with_entrustment(state)
    planned_with_recipient(state)
    planned_with_start(state)
    entrusted_with_work(state)
    continued_beside_new(state)
    consulted(state, items)
    work_with_entrustment(state)


def planned_with_start(state) -> None:
    """Make planned the facts of an item that involve what a sentence before says starts
    after the meeting, when their own sentence says nothing of when (…「まなびノート」を令和7年
    9月から利用する。…学習履歴は同社のサーバーに保存される: the company's part starts
    then); that sentence joins their quotes."""
    meeting = getattr(state.ctx, "meeting_date", None)
    if not meeting:
        return
    for item_index, sentence in ((state.item_of.get(s.index), s) for s in state.sents):
        # (…から, and a dated move: 令和8年1月に、…標準準拠システムへ移行する予定である; not
        # a dated renewal of equipment, 令和５年３月に更新する: what runs on it runs on)
        moves = any(v in sentence.text for v in (*state.pats.get("moving_verbs", ()), "導入", "稼働"))
        dated = [status.month(state, m) for m in (*status.FROM.finditer(sentence.text),
                                                  *(status.AT.finditer(sentence.text) if moves else ()))]
        # (…が提供する要支援者管理システムを導入する, in an item asked to be approved: what
        # the system and its company do starts with it, dated or not)
        introduced = item_index is not None and item_index.asked and "導入" in sentence.text \
            and status.of(state, sentence.text) == "planned"
        if item_index is None or not (introduced or any(d and d > meeting[:7] for d in dated)) \
                or is_question(sentence.text, state.pats):
            continue
        named = {state.key(m) for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                 and m.type in ("company", "system", "association")}
        systems = {state.key(m) for m in state.mentions.get(sentence.index, []) if m.kind == "entity"
                   and m.type == "system"}
        # (令和８年２月から、…証明書の交付を開始する予定です: the item's service starts then,
        # and all that the item says of how it goes after that, whoever does it)
        service = _SERVICE_STARTS.search(sentence.text) is not None
        line, quote = sentence.quote()
        for fact in [*state.flows, *state.relations]:
            ends = {fact.get("from_key"), fact.get("to_key"), fact.get("subject_key"), fact.get("object_key")}
            later = fact["_index"] > sentence.index if fact.get("_index") is not None else fact["line"] > line
            if fact.get("status") == "current" and fact["item"] == item_index.key and later \
                    and (ends & named or service and fact.get("from_key") or _on(state, fact, item_index, systems)) \
                    and not status.stated(state, fact["quote"]) \
                    and not any(w in said_whole(state, fact) for w in state.pats.get("now_words", ())) \
                    and not status.runs_now(fact["quote"]) and not status.runs_at_verb(fact) \
                    and fact.get("type") not in ("re-entrusts",) and not fact.get("_received") \
                    and not (fact.get("from_key") and re_entrusted_now(state, fact)) \
                    and not (fact.get("from_key") and contracted_now(state, fact["item"], ends & named, line)):
                # (not 機構が…まとめて運用しております: it runs; nor what goes to a contractor
                # the item entrusts now, whose new work starts then)
                planned_from(fact, line, quote)


def _on(state, fact: dict, item, systems: set) -> bool:
    """True when ``fact`` is an entrustment whose sentence (of ``item``) names one of
    ``systems`` (…を令和7年12月を目途にガバメントクラウド上で稼働させる予定, then ガバメント
    クラウド上での運用及び保守も同社に委託いたします: work on what starts then starts then
    too)."""
    if fact.get("type") != "entrusts":
        return False
    # (not 現行の税務システムは、…北陸計算センターが運用しておりますが、: what runs now)
    own = [state.sents[i] for i in item.sentences if state.sents[i].quote()[0] == fact["line"]
           and fact["quote"] in state.sents[i].text and not status.RUNNING.search(state.sents[i].text)]
    return any(state.key(m) in systems for s in own for m in state.mentions.get(s.index, []) if m.kind == "entity")


#: A sentence saying the item's service itself starts (…の交付を開始する予定です, 令和8年2月
#: から、…を交付するサービスを開始いたします).
_SERVICE_STARTS = re.compile(r"(?:を|の)(?:開始|実施|導入)(?:する|いたす|いたします|します)(?:予定|。|$)")


def planned_with_move(state) -> None:
    """Make planned the work and data of an item on a platform a planned move puts a system
    on (…をA社のクラウドサービスに移行いたします (from 令和7年1月)。運用保守は、A社に委託
    いたします; システムのデータは、A社の…データセンターに保存されます): they start with it."""
    for rel in state.relations:
        if rel["type"] != "hosts" or rel.get("status") != "planned":
            continue
        for work in [*state.relations, *state.flows]:
            keys = (work["from_key"], work["to_key"]) if "from_key" in work else (
                (work["subject_key"], work["object_key"])
                if work["type"] in ("entrusts", "operates", "maintains") else ())
            if work.get("status") == "current" and rel["subject_key"] in keys \
                    and work["item"] == rel["item"] and work["line"] >= rel["line"] \
                    and not status.stated(state, work["quote"]):
                planned_from(work, rel["line"], rel["quote"])


def consulted(state, items) -> None:
    """Make planned the flows and entrustments of an item the council is consulted on
    whose sentences do not say when they hold (…を国保連合会に提供する, asked to be
    approved, is not done yet; …提供しております, 現在…, 令和6年から… say it is)."""
    asked = {item.key for item in items if item.asked}
    # (…の入力業務を、令和6年度も引き続き株式会社Aに委託している。…入力データを…市に納品
    # する: the hand-overs of a contract said to run are the contract's, running too)
    # (not 連合会 → 株式会社B of 今回、連合会は…Bに再委託することとした: a new pair)
    own = {k for k, e in state.entities.items() if e["type"] in ("municipality", "department")}
    # (上下水道局は、水道料金システムから抽出した…を株式会社Aに提供する, A entrusted now: the
    # city's system gives for the city; a system no one is said to run for another)
    run_by = {r["object_key"] for r in state.relations if r["type"] in ("hosts", "operates", "provides")
              and r["subject_key"] not in own}
    own |= {k for k, e in state.entities.items() if e["type"] == "system" and k not in run_by}
    side = lambda key: "own" if key in own else key  # noqa: E731
    running = {(rel["item"], frozenset((side(rel["subject_key"]), side(rel["object_key"]))))
               for rel in state.relations if rel["type"] in ("entrusts", "re-entrusts")
               and rel.get("status") == "current" and rel.get("_settled")}
    # (これまで、…民生委員・児童委員に紙で年1回提供してきた。, then the table's row for them:
    # the hand-over the account says runs, the same way; not a new way in a sentence, which
    # is proposed)
    shown = {(flow["item"], frozenset((side(flow["from_key"]), side(flow["to_key"]))), flow["channel"])
             for flow in state.flows if flow.get("status") == "current" and flow.get("_settled")
             and flow.get("channel")}
    # (事業所は、毎年１月３１日までに、…給与支払報告書を町に提出します, in an item asking to
    # entrust the printing to 株式会社A: the routine the new work serves, running already)
    entrusted: dict[str, set] = {}
    asked_at: dict[str, int] = {}
    # (not an item asking for a provision or a connection too: its flows are asked for)
    only_work = {item.key for item in items if item.asked
                 and not {"provision-outside", "online-connection", "cloud"} & set(item.kinds)}
    for rel in state.relations:  # (the entrustment the item asks for, still to come)
        if rel["type"] in ("entrusts", "re-entrusts") and rel["item"] in only_work \
                and (rel.get("status") == "planned" or rel.get("_settled") is False):
            entrusted.setdefault(rel["item"], set()).update((rel["object_key"], rel["subject_key"]))
            asked_at[rel["item"]] = min(asked_at.get(rel["item"], rel["line"]), rel["line"])
    # (…ヤマセミ収納サービスに委託しており、毎月…データを…同社に送信しております。同社は、
    # そのデータをもとに各金融機関に…送信し: the contractor's part of the work that runs)
    contractors = {(rel["item"], rel["object_key"]): rel.get("_sentence", -1) for rel in state.relations
                   if rel["type"] == "entrusts" and rel.get("status") == "current" and rel.get("_settled")}
    # (答申: 介護福祉課は、…国保連合会との間で…データを授受している, then its annex's part
    # (４)…国保連合会に…送信する: the exchange the item's own account says runs, in detail)
    parent = {item.key: item.part_of for item in items if item.part_of}
    told = {(flow["item"], frozenset((side(flow["from_key"]), side(flow["to_key"])))) for flow in state.flows
            if flow.get("status") == "current" and flow.get("_settled") and flow["item"] in asked}
    for fact in [*state.flows, *state.relations]:
        pair = frozenset((side(fact.get("from_key")), side(fact.get("to_key"))))
        if (parent.get(fact["item"]), pair) in told and "from_key" in fact:
            continue
        said = contractors.get((fact["item"], fact.get("from_key")))
        if fact.get("_settled") is False and fact.get("status") == "current" and fact["item"] in asked \
                and (fact["item"], pair) not in running \
                and not (said is not None and said >= 0 and 0 < fact.get("_index", -1) - said <= 2) \
                and not (fact.get("verb") == "表" and (fact["item"], pair, fact["channel"]) in shown) \
                and not (fact["line"] < asked_at.get(fact["item"], 0)
                         and _routine_beside(state, fact, entrusted.get(fact["item"], set()) - own)) \
                and not _way_of_running(state, fact) and not _as_before(state, fact) \
                and not _running_next(state, fact) and not _said_to_run_already(state, fact):
            fact["status"] = "planned"


#: What says a way of doing goes on as it has (これまでどおり紙の医療券を発行いたします).
_AS_BEFORE = re.compile(r"これまでどおり|これまで通り|従来どおり|従来通り|これまでと同様")


def _as_before(state, fact: dict) -> bool:
    """True when the sentence before ``fact``'s, said by the same speaker, says the way
    goes on as it has (…には、これまでどおり紙の医療券を発行いたします。医療券は、…に郵送
    するか、…交付いたします: the mailing runs now; nc67 W24)."""
    index = fact.get("_index")
    if index is None or index < 1:
        return False
    return _AS_BEFORE.search(state.sents[index - 1].text) is not None \
        and speaker_of(state, index - 1) == speaker_of(state, index)


#: A sentence that says what the one before told of runs already (この連携は令和3年から既に
#: 稼働しているものです, これは従前から実施しているものである, この仕組みは現行のシステムでも
#: 稼働しており).
_ALREADY = re.compile(r"^(?:この|これ|その|当該)[^。]{0,30}?(?:既に|すでに|従前から|以前から|現行の[^。]{0,12}?でも|"
                      r"これまでも|現在も)[^。]{0,16}?(?:稼働|実施|運用|行って|利用)(?:して|されて|され)?(?:おり|いる|います)")


def _said_to_run_already(state, fact: dict) -> bool:
    """True when the next sentence, by the same speaker, says the hand-over ``fact``'s
    sentence told of runs already (…に送られ、…に登録されております。この連携は令和3年から
    既に稼働しているものです; nc73 W12)."""
    index = fact.get("_index")
    if index is None or index < 0 or index + 1 >= len(state.sents) \
            or speaker_of(state, index + 1) != speaker_of(state, index):
        return False
    return _ALREADY.search(state.sents[index + 1].text.lstrip("　 ")) is not None


def _running_next(state, fact: dict) -> bool:
    """True when the next sentence of ``fact``'s item, said by the same speaker, says its
    verb runs (…事業所に送付する。事業所用の通知は、eLTAXで電子的に送付している: a plain
    present the minutes go on to say runs, nc68 W20), with no word for now or a plan that
    would set it against the fact (現在は紙で送付している: the old way beside the new)."""
    index, verb = fact.get("_index"), fact.get("verb") or ""
    if "from_key" not in fact or index is None or index + 1 >= len(state.sents) or len(verb) < 2:
        return False
    if state.item_of.get(index + 1) is not state.item_of.get(index) \
            or speaker_of(state, index + 1) != speaker_of(state, index):
        return False
    # (…汐見県に提供いたします。また、…消防本部に提供しております: another hand-over)
    if any(f.get("_index") == index + 1 and (f["from_key"], f["to_key"]) != (fact["from_key"], fact["to_key"])
           for f in state.flows):
        return False
    text = state.sents[index + 1].text
    return re.search(re.escape(verb) + _VERB_RUNS, text) is not None \
        and not any(word in text for word in state.pats.get("now_words", ())) \
        and status.of(state, text) != "planned"


#: After a verb's noun, a form that says it runs (送付している, 提出されております); not
#: :data:`kg.extract.status._RUNS_NOW`, which reads a clause's ending.
_VERB_RUNS = r"(?:され|し)(?:ている|ております|ています)"


def _way_of_running(state, fact: dict) -> bool:
    """True when ``fact`` is a flow that says how one just before goes, which its sentence
    says runs (…令和６年度分から電子データで送付しております。電子データの送付につきまし
    ては、…ｅＬＴＡＸを経由して事業所に届きます): the same hand-over, running too."""
    index = fact.get("_index")
    return "from_key" in fact and index is not None and any(
        f is not fact and f.get("_settled") and f.get("status") == "current" and f["item"] == fact["item"]
        and (f["from_key"], f["to_key"]) == (fact["from_key"], fact["to_key"])
        and f.get("_index") is not None and 0 < index - f["_index"] <= 1
        and set(fact["categories"]) <= set(f["categories"]) for f in state.flows)


def _routine_beside(state, fact: dict, contractors: set) -> bool:
    """True when ``fact`` is a flow between parties none of which the item entrusts (nor a
    system), said to recur every year, month, week or day (and, see :func:`consulted`,
    before the entrustment is asked for): the routine the work serves, not that work."""
    ends = {fact.get("from_key"), fact.get("to_key")}
    # (not a table's row: what the table lists is what the item asks for)
    return bool(contractors) and "from_key" in fact and fact.get("verb") != "表" and not ends & contractors \
        and not any(state.entities.get(key, {}).get("type") == "system" for key in ends) \
        and _ROUTINE.search(said_whole(state, fact)) is not None


#: A routine said with its period (毎年１月３１日までに, 毎月).
_ROUTINE = re.compile(r"毎(?:年|月|週|日)")


def continued_beside_new(state) -> None:
    """Make current again a hand-over said to have run so far (これまで、…民生委員に紙で
    提供してきた) when a later sentence of its item adds recipients beside it (新たに…社会
    福祉協議会…にも提供する予定): the old way goes on, it is not replaced."""
    for flow in state.flows:
        if flow["status"] != "replaced" or flow.get("_index") is None:
            continue
        if any(later["item"] == flow["item"] and later["from_key"] == flow["from_key"]
               and later["status"] == "planned" and later.get("_index", -1) > flow["_index"]
               and _ALSO.search(state.sents[later["_index"]].text) for later in state.flows):
            flow["status"] = "current"


#: Recipients added beside the ones before (新たに…にも提供する).
_ALSO = re.compile(r"新たに[^。]*?にも")


def planned_with_recipient(state) -> None:
    """Make planned the later flows of an item to a party that a flow before them is
    planned to start giving to, when their own sentence says nothing of when (今回、新たに
    自主防災組織にも名簿を提供したい。…名簿は、毎年6月に紙で各自主防災組織の会長に手渡し
    いたします: how the new hand-over is to go); the planning sentence joins their quotes."""
    firsts = {}
    for flow in state.flows:
        if flow["status"] == "planned" and flow.get("_settled") and flow.get("_index") is not None:
            firsts.setdefault((flow["item"], flow["from_key"], flow["to_key"]), flow)
    for flow in state.flows:
        first = firsts.get((flow["item"], flow["from_key"], flow["to_key"]))
        if first is not None and flow["item"] is not None and flow["status"] == "current" \
                and flow.get("_settled") is False and flow.get("_index", -1) > first["_index"] \
                and _same_data(state, first, flow):
            planned_from(flow, first["line"], first["quote"])


def _same_data(state, one, other) -> bool:
    """True when two flows may move the same data: a category in common, or one within
    another (被保険者番号 of 資格情報), or one of them naming none narrower than personal
    information (the 支給情報 planned to go daily is not the 資格情報 that goes already, to
    the same federation)."""
    a, b = set(one.get("categories") or ()), set(other.get("categories") or ())
    if a <= _ANY or b <= _ANY:
        return True
    up = lambda keys: set().union(*(state.lex.category_ancestors(k) for k in keys)) - _ANY  # noqa: E731
    return bool(a & up(b) or b & up(a))


_ANY = {"personal-information"}


def withdrawn(state, items) -> None:
    """Drop the flows and entrustments of an item whose consultation was withdrawn, and the
    unsettled flows elsewhere to a party its title names (第2 諮問の内容 ４ 民生委員に…名簿を
    提供すること, then 民生委員への名簿の提供について … 諮問を取り下げた): they will not run."""
    gone = {item.key for item in items if item.outcome == "withdrawn"}
    if not gone:
        return
    named = {state.key(m) for item in items if item.key in gone
             for m in state.mentions.get(item.sentence.index, [])
             if m.kind == "entity" and item.span[0] <= m.start < item.span[1]}
    state.flows[:] = [f for f in state.flows if f["item"] not in gone and not (
        f["to_key"] in named and f.get("_settled") is False)]
    state.relations[:] = [r for r in state.relations if r["item"] not in gone]
