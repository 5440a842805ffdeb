"""When what an entrustment brings holds: with the contract. The work a planned
entrustment gives its contractor (運用, 保守), the hand-overs to it and the bans in it
start when the contract starts; an entrustment only the item's title states is planned
when a sentence dates a start after the meeting; and what the contractor does under a
contract that runs now runs now too.

Each makes a current fact planned and adds the sentence that says when to its quotes
(:func:`planned_from`); :mod:`kg.extract.timing` calls these in its order.

Example::

    >>> planned_with_entrustment(state)                             # doctest: +SKIP
    >>> state.flows[-1]["status"], state.flows[-1]["also"][0]["line"]  # doctest: +SKIP
    ('planned', 5)
"""
from __future__ import annotations

from kg.extract import status
from kg.extract.speakers import is_question


def re_entrusted_now(state, flow: dict) -> bool:
    """True when ``flow`` goes between a contractor and the subcontractor its item says it
    re-entrusts to now (…再委託しております。…再委託先には、…写しが、同社から渡ります): the
    share runs with the re-entrustment, whatever the item plans besides."""
    ends = {flow["from_key"], flow["to_key"]}
    return any(r["type"] == "re-entrusts" and r.get("status") == "current" and r["item"] == flow["item"]
               and {r["subject_key"], r["object_key"]} == ends for r in state.relations)


def _entrusted_before(state, rel: dict) -> bool:
    """True when the item of the planned entrustment ``rel`` says first that the same
    contractor works for it now (…のうち、更新申請分を協会に委託しております。今回、新規申請分
    につきましても同協会に委託したい): the hand-overs it names run under that contract,
    the new work widens it."""
    return contracted_now(state, rel["item"], {rel["object_key"]}, rel["line"], rel["type"])


def contracted_now(state, item: str, parties: set, line: int, kind: str = "entrusts") -> bool:
    """True when the item says before ``line`` that one of ``parties`` works for it now
    (…を協会に委託しております), in a sentence of its own."""
    return any(r["type"] == kind and r.get("status") == "current" and r.get("_settled")
               and r["item"] == item and r["line"] < line and r["object_key"] in parties
               and status.runs(said_whole(state, r)) for r in state.relations)


def said_whole(state, fact: dict) -> str:
    """The whole sentence a fact was read from (its quote may stop at the verb's clause:
    …を送信する仕組みは、移行後も変わりません), with a short remark on it after it (…が毎月
    本市に送付されます。これは従来どおりでございます。), else its quote."""
    index = fact.get("_index")
    if index is None:
        return fact["quote"]
    return state.sents[index].text + status.remark_after(state, state.sents[index])


def entrusted_with_work(state) -> None:
    """Make planned an entrustment whose work, said in the same sentence, is planned (新シス
    テムの運用保守は、…事業者に委託する: the operating starts with the move, so does the contract)."""
    for rel in state.relations:
        if rel["type"] != "entrusts" or rel.get("status") != "current":
            continue
        work = next((w for w in state.relations if w["type"] in ("operates", "maintains")
                     and w.get("status") == "planned" and w["line"] == rel["line"]
                     and w["item"] == rel["item"] and w["subject_key"] == rel["object_key"]), None)
        if work is not None and not status.stated(state, rel["quote"]):
            when = (work.get("also") or [work])[-1]  # the sentence that says when, else the work's
            planned_from(rel, when["line"], when["quote"])


def work_with_entrustment(state) -> None:
    """Make planned the work (operates, maintains) a planned entrustment of the same sentence
    gives its contractor (標準準拠システムの構築及び運用保守は、株式会社オオルリ電算に委託いたし
    ます: the maintaining starts with the contract), and what the contractor of the item's
    planned entrustment may see in the course of that work (障害対応の際に限り、同社の保守担当者
    が受給者の情報を閲覧することがございます: then, not now)."""
    planned = {(r["item"], r["object_key"]) for r in state.relations
               if r["type"] in ("entrusts", "re-entrusts") and r.get("status") == "planned"}
    running = {(r["item"], r["object_key"]) for r in state.relations
               if r["type"] in ("entrusts", "re-entrusts") and r.get("status") == "current"}
    for acc in state.access:
        key = (acc["item"], acc["party_key"])
        # (…することがございます says it may happen, not when: the contract says that)
        if acc.get("status") == "current" and key in planned and key not in running \
                and not (status.FROM.search(acc["quote"]) or status.AT.search(acc["quote"])) \
                and not any(w in acc["quote"] for w in state.pats.get("now_words", ())):
            acc["status"] = "planned"
    for flow in state.flows:
        # (同社が取り扱う個人情報は、…でございます: it has them once its contract starts)
        key = (flow["item"], flow["to_key"])
        if flow.get("_handled") and flow.get("status") == "current" and key in planned and key not in running:
            rel = next(r for r in state.relations if r["type"] in ("entrusts", "re-entrusts")
                       and (r["item"], r["object_key"]) == key)
            planned_from(flow, rel["line"], rel["quote"])
    for ban in state.relations:
        # (システムの保守も同社に委託いたします。同社が業務を第三者に再委託することは、契約に
        # より禁止いたします: the contract that bans it starts with the entrustment)
        key = (ban["item"], ban["subject_key"])
        if ban["type"] == "re-entrusts" and ban.get("permission") == "forbidden" and ban.get("status") == "current" \
                and key in planned and key not in running and not status.stated(state, ban["quote"]) \
                and not any(w in ban["quote"] for w in state.pats.get("now_words", ())):
            rel = next(r for r in state.relations if r["type"] in ("entrusts", "re-entrusts")
                       and (r["item"], r["object_key"]) == key and r.get("status") == "planned")
            if rel["line"] == ban["line"]:
                ban["status"] = "planned"
            else:
                planned_from(ban, rel["line"], rel["quote"])
    for work in state.relations:
        if work["type"] not in ("operates", "maintains") or work.get("status") != "current" \
                or status.stated(state, work["quote"]):
            continue
        rel = next((r for r in state.relations if r["type"] == "entrusts" and r.get("status") == "planned"
                    and r["line"] == work["line"] and r["item"] == work["item"]
                    and r["object_key"] == work["subject_key"]), None)
        key = (work["item"], work["subject_key"])
        if rel is None and key in planned and key not in running \
                and state.entities.get(work["subject_key"], {}).get("type") in ("company", "unnamed-party") \
                and not any(w in work["quote"] for w in state.pats.get("now_words", ())):
            # (その運用を株式会社Aに再委託することとなりました。…Aは、…でシステムを運用いたします:
            # a company runs the system once it is entrusted with it; a federation runs its
            # own system now, whatever it is newly entrusted with)
            rel = next(r for r in state.relations if r["type"] in ("entrusts", "re-entrusts")
                       and (r["item"], r["object_key"]) == key and r.get("status") == "planned")
        if rel is not None:
            when = (rel.get("also") or [rel])[-1]
            if when["line"] == work["line"]:
                work["status"] = "planned"  # (its own sentence says so: no second quote)
            else:
                planned_from(work, when["line"], when["quote"])


def entrusted_later(state, item, contractor_key: str, rel: dict) -> None:
    """Make planned an entrustment only the item's title states (``rel``) when a sentence of
    the item dates a start after the meeting and names the contractor (令和8年4月から、
    株式会社Aが提供する…に移行する予定); so too the contractor's re-entrustments in the item
    whose own sentence says nothing of when. That sentence joins their quotes."""
    meeting = getattr(state.ctx, "meeting_date", None)
    if not meeting or item is None:
        return
    for index in item.sentences:
        sentence = state.sents[index]
        dated = [status.month(state, m) for m in status.FROM.finditer(sentence.text)]
        if is_question(sentence.text, state.pats) or not any(d and d > meeting[:7] for d in dated) \
                or contractor_key not in {state.key(m) for m in state.mentions.get(index, [])}:
            continue
        line, quote = sentence.quote()
        planned_from(rel, line, quote)
        for onward in state.relations:
            if onward["type"] == "re-entrusts" and onward["item"] == item.key \
                    and onward["subject_key"] == contractor_key and onward.get("status") == "current" \
                    and not status.stated(state, onward["quote"]):
                planned_from(onward, line, quote)
        return


def planned_from(fact: dict, line: int, quote: str) -> None:
    """Make ``fact`` planned, the sentence that says when it starts joining its quotes."""
    fact["status"] = "planned"
    fact.setdefault("also", []).append({"line": line, "quote": quote})


def planned_with_entrustment(state) -> None:
    """Make planned the flows to or from a contractor whose entrustment starts after the
    meeting when their own sentence says nothing of when (令和7年4月から…株式会社Aに委託する予定
    です。委託先には、氏名…を提供します。): the entrustment's sentence joins their quotes."""
    for rel in state.relations:
        if rel["type"] not in ("entrusts", "re-entrusts") or rel.get("status") != "planned":
            continue
        for onward in state.relations:
            # …に委託いたします (from 令和6年7月)。なお、同社は…の一部を再委託いたします: no
            # re-entrustment before the entrustment
            # (…再委託しております: it runs now, under the contract that already runs)
            if onward["type"] == "re-entrusts" and onward.get("status") == "current" \
                    and onward["subject_key"] == rel["object_key"] and onward["item"] == rel["item"] \
                    and onward["line"] >= rel["line"] and not status.stated(state, onward["quote"]) \
                    and not status.runs(said_whole(state, onward)):
                planned_from(onward, rel["line"], rel["quote"])
        # (…再委託しております。…再委託先には、…写しが、同社から渡ります: the current
        # subcontractor's share runs with it)
        for flow in state.flows:
            if flow["status"] == "current" and rel["object_key"] in (flow["to_key"], flow["from_key"]) \
                    and not re_entrusted_now(state, flow) and not _entrusted_before(state, rel) \
                    and flow["item"] == rel["item"] and flow["line"] >= rel["line"] \
                    and flow.get("_index") is not None \
                    and not status.stated(state, state.sents[flow["_index"]].text) \
                    and not status.runs(said_whole(state, flow)):
                # (受託者には、…を紙で手渡しております: it runs now, under the contract for the
                # work entrusted already; 令和8年4月からは…も同社に委託する予定 adds to it)
                planned_from(flow, rel["line"], rel["quote"])
