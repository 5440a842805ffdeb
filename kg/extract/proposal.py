"""The proposal of one document as plain data: what :func:`~kg.extract.pipeline.analyse`
returns once every step has read the minutes.

Each section is in the order of the text; a fact the minutes restate (an agenda
heading, the listing and the explanation) is proposed once.

Example::

    >>> assemble(state, items, head, pats)["my_number_involved"]    # doctest: +SKIP
    True
"""
from __future__ import annotations

from kg.extract import amendments, heading_twins, mynumber, outcomes, wrapped_quotes
from kg.extract import head as minutes_head
from kg.extract.ruler import Mention, resolve
from kg.extract.speakers import is_question, spoken


def assemble(state, items, head, pats) -> dict:
    """Return the proposal (see :func:`kg.extract.extract_files` for its keys) of the
    document ``state`` has read, with agenda ``items`` and head sentences ``head``."""
    involved = mynumber.involved(state.my_number) or any(
        set(f["categories"]) & state.my_number_ids for f in state.flows + state.relations)
    council = minutes_head.council_name(head, pats)
    if council:  # the council the minutes are of: a party of the source's registry entry
        index, start = next(((s.index, s.text.find(council)) for s in state.sents
                             if council in s.text), (None, -1))
        if index is not None:
            line, quote = state.sents[index].quote(start, start + len(council))
            known = resolve(state.lex.lookup(council), state.lex, state.ctx)
            state.entity_for(Mention(index, start, start + len(council), council, "entity",
                                    "council", known.id if known else None), line, quote)
    if state.municipality is not None and not state.municipality["line"]:
        # named only in the head or inside other names (八王子市医師会): its first line
        label = state.municipality["label"]
        for sentence in state.sents:
            at = sentence.text.find(label)
            if at >= 0:
                line, quote = sentence.quote(at, at + len(label))
                state.municipality.update(line=line, quote=quote, lines=[line])
                break
    own = {k for k, e in state.entities.items() if e["type"] in ("municipality", "department")}
    # the prefecture is the document's setting (it picks instances), not a proposal,
    # unless a fact names it as a party (市は、埼玉県に対し…を提供する)
    used = {f[k] for f in state.flows for k in ("from_key", "to_key")} \
        | {r[k] for r in state.relations for k in ("subject_key", "object_key")} \
        | {a["party_key"] for a in state.access}
    # (委員：クラウド事業者の社員がデータを見ることはありますか: a party only asked about,
    # never in an answer or a fact, is no party the minutes name)
    # (nor one only an agenda title names, 図書館システムの保守業者の変更, that no fact takes:
    # the body names who they are)
    said = {state.key(m) for i, found in state.mentions.items() for m in found
            if m.kind == "entity" and m.type == "unnamed-party" and not getattr(m, "members", ())
            and not _asked(state.sents[i].text, m.end, pats)
            and not _in_title(state.sents[i].text, m.start, items)}
    entities = [e for e in state.entities.values()
                if e["line"] and (e["type"] != "prefecture" or e["key"] in used)
                and (e["type"] != "unnamed-party" or e["key"] in used | said)]
    flows = [{k: v for k, v in f.items() if not k.startswith("_")}
             for f in _same_way_once(state, _moves_once(state, _answered_in_full(state, _links_told(state, _unique(amendments.restated_once(
                 heading_twins.rows_in_parts(heading_twins.told_in_parts(heading_twins.said_in_body(state.flows, items, state.lex), items),
                                      items, own), own),
                 ("from_key", "to_key", "line", "channel"))))))]
    # (a work's quote goes on to its doer: 保守は、/ 引き続き…株式会社が行います)
    relations = [{**{k: v for k, v in r.items() if not k.startswith("_")},
                  **(dict(zip(("line", "quote"), r["_shown"])) if "_shown" in r else {})}
                 for r in heading_twins.entrusted_in_parts(heading_twins.relations_once(state.relations, items, frozenset(own)), items, {
                     k for k, e in state.entities.items() if e["type"] == "unnamed-party"})]
    # (a table row said again in prose: its exclusion is of the prose's party)
    folded = {(f["line"], f["to_key"]): f["_folded_into"] for f in state.flows if "_folded_into" in f}
    for a in state.access:
        into = folded.get((a["line"], a["party_key"]))
        if into is not None:
            a.update(party=into["to"], party_key=into["to_key"], party_id=into["to_id"])
    access = [{k: v for k, v in a.items() if not k.startswith("_")} for a in _joined(state.access)]
    wrapped_quotes.whole_sentences(state.sents, flows + relations + access)
    return {
        "municipality": state.ctx.municipality_label, "municipality_id": state.ctx.municipality,
        "municipality_in_minutes": state.ctx.named_in_minutes,
        "prefecture": state.ctx.prefecture, "date": state.ctx.meeting_date,
        "council": council, "document": minutes_head.document_kind(head, pats),
        "agenda_items": [item_dict(state, item) for item in items],
        "entities": sorted(entities, key=lambda e: e["line"]),
        "categories": sorted(state.categories.values(), key=lambda c: c["line"]),
        "flows": flows, "relations": relations, "access": access,
        "my_number_involved": bool(involved),
        "my_number_evidence": state.my_number,
        # (My Number involved, and no flow names who gets it: the review must say)
        "my_number_carried": any(set(f["categories"]) & state.my_number_ids for f in flows),
        "other_meetings": minutes_head.other_meetings(state.sents, state.lines, pats, state.ctx.meeting_date),  # (nc74 M9)
    }


def item_dict(state, item) -> dict:
    """Return an agenda item as the proposal gives it: key, title, number (``listed`` when
    it is only the item's place in the agenda's list, （１）, not a 諮問第1号 it bears),
    kinds, outcome, department (label, key, id), line and quote."""
    line, quote = item.sentence.quote(*item.span)
    dept = item.department
    # (an item bearing its number is keyed by it: consultation-52)
    listed = item.number is not None and item.key != f"{item.type}-{item.number}"
    return {"key": item.key, "title": item.title, "number": item.number, "listed": listed,
            "type": item.type, **({"numbered_as": item.word} if item.word else {}),
            "kinds": item.kinds, "outcome": item.outcome,
            "department": state.label_of(dept) if dept else None,
            "department_key": state.key(dept) if dept else None,
            "department_id": dept.id if dept else None,
            # (諮問第5号 …の外部提供、外部結合及び委託, then (1) …への提供: a part of it)
            "part_of": item.part_of,
            "part_of_number": next((i.number for i in state.item_of.values() if i.key == item.part_of), None)
            if item.part_of else None,
            "line": line, "quote": quote,
            # (approved on conditions: the sentences that state them, nc58 M6)
            **(_conditions(state, item) if item.outcome == "approved-with-conditions" else {}),
            **({"also": [{"line": ln, "quote": q} for ln, q in item.refused_by]} if item.refused_by else {})}


def _conditions(state, item) -> dict:
    # (each condition whole, and quoted line by line where wrapping spread it: 条件　…その証 /
    # 明書を町に提出すること。, nc71 W17)
    said = [state.sents[i].lines() for i in outcomes.conditions(item, state.sents)]
    return {"conditions": " ".join("".join(q for _, q in lines) for lines in said),
            "also": [{"line": line, "quote": q} for lines in said for line, q in lines]} if said else {}


def _links_told(state, flows: list[dict]) -> list[dict]:
    """Return ``flows`` with the unspecified data a connection alone was read to move
    (…福祉総合システムを中間サーバーに接続し: personal information, inferred) folded into a
    flow of the same item from the same side to the same party (or through it) that says
    which data goes (福祉総合システムから中間サーバーへは、…受給資格情報…を…登録いたします):
    that one is what the link carries; the connection's sentence becomes its second quote.
    So too into a hand-over its own sentence states with named data (…ネットワークシステムと
    接続しており、…を転入前の市町村に照会して取得しております: the link is its way).

    >>> _links_told(state, flows)                                 # doctest: +SKIP
    """
    verbs = {v for v, kind in state.pats.get("verbs", {}).items() if kind == "connect"}
    ours = ("municipality", "department", "system")

    def side(flow: dict):  # (the town, its departments and systems give as one side)
        end = flow.get("_from")
        return "ours" if getattr(end, "type", None) in ours and state.entities.get(
            flow["from_key"], {}).get("type") != "unnamed-party" and not _outside(state, end) else flow["from_key"]

    out = []
    for flow in flows:
        told = None
        # (a flow of the same ends takes it in later: _same_way_once)
        if flow.get("verb") in verbs and flow["basis"] == "inferred" and flow["categories"] == ["personal-information"] \
                and not any(f is not flow and (f["item"], f["from_key"], f["to_key"]) == (
                    flow["item"], flow["from_key"], flow["to_key"]) for f in flows):
            told = next((f for f in flows if f is not flow and f["basis"] == "stated" and f["item"] == flow["item"]
                         and set(f["categories"]) - {"personal-information"} and side(f) == side(flow)
                         and flow["to_key"] in (f["to_key"], f.get("via_key"))), None) \
                or next((f for f in flows if f is not flow and f["basis"] == "stated"
                         # (…システムは、…ネットワークシステムと接続しており、…を転入前の市町村に照会
                         # して取得しております: the link is the way of the hand-over its sentence says)
                         and f.get("_index") is not None and f.get("_index") == flow.get("_index")
                         and set(f["categories"]) - {"personal-information"}), None)
        if told is None:
            out.append(flow)
        elif all(q["quote"] != flow["quote"] for q in told.get("also", ())):
            told.setdefault("also", []).append({"line": flow["line"], "quote": flow["quote"]})
    return out


def _outside(state, mention) -> bool:
    """True when a system ``mention`` is another body's (linked to an entity of another
    municipality, or none: the registry's shared systems)."""
    if getattr(mention, "type", None) != "system" or not getattr(mention, "id", None):
        return False
    ent = state.lex.entities.get(mention.id)
    return ent is not None and getattr(ent, "municipality", None) != state.ctx.municipality


#: How many sentences after a bare yes the answer's own hand-overs may stand.
_ANSWER_REACH = 3


def _answered_in_full(state, flows: list[dict]) -> list[dict]:
    """Return ``flows`` without those a question asks of (委員：…住民票の異動情報は住基ネットに
    送られるのか。) where the answer opens with a bare yes (送られる。, はい。) and then states
    hand-overs of its own (異動があった都度、住民記録システムから…都道府県サーバ…に送信する):
    the answer says what moves, the question only what the member guessed; nor those whose
    hand-over the answer just after states again.

    >>> _answered_in_full(state, flows)                           # doctest: +SKIP
    """
    def asks(index) -> bool:
        return index is not None and is_question(state.sents[index].text, state.pats)

    negations = state.pats.get("negations", ())
    gone = set()
    for index in {f.get("_index") for f in flows if asks(f.get("_index"))}:
        answer = index + 1
        if answer >= len(state.sents) or asks(answer):
            continue
        words = spoken(state, state.sents[answer])
        named = [m for m in state.mentions.get(answer, []) if m.kind in ("entity", "category")
                 and m.start >= len(state.sents[answer].text) - len(words)]
        if named or len(words) > 12 or any(n in words for n in negations):
            continue  # (not a bare yes: the answer's own words, or a no)
        later = range(answer, answer + _ANSWER_REACH + 1)
        if any(f.get("_index") in later and not asks(f["_index"]) and f["basis"] == "stated" for f in flows):
            gone.add(index)
    # (問　医師会から村への健診結果の返却はどのようにしているのですか。答　医師会は、健診結果を
    # …毎月村に提出しております: the answer just after says the same hand-over in its own words)
    said = {(f.get("_index"), f["from_key"], f["to_key"]) for f in flows}
    # (…に提供するアレルギーの情報は、紙で渡すのか: a question of a hand-over the item states,
    # to the same party and of the same data, from the municipality or its department)
    own = lambda key: state.entities.get(key, {}).get("type") in ("municipality", "department")  # noqa: E731
    stated = [f for f in flows if f.get("_index") is not None and not asks(f["_index"])]
    return [f for f in flows if f.get("_index") not in gone and not (
        asks(f.get("_index")) and f["_index"] + 1 < len(state.sents) and not asks(f["_index"] + 1)
        and state.item_of.get(f["_index"] + 1) is state.item_of.get(f["_index"])
        and (f["_index"] + 1, f["from_key"], f["to_key"]) in said) and not (
        asks(f.get("_index")) and own(f["from_key"]) and any(
            g["item"] == f["item"] and g["to_key"] == f["to_key"] and own(g["from_key"])
            and set(f["categories"]) <= set(g["categories"]) for g in stated))]


def _moves_once(state, flows: list[dict]) -> list[dict]:
    """Return ``flows`` with each move into a system said once: a move a later clause only
    names as a time (標準準拠システムへ移行した後も、…を利用する) or a sentence names with no
    data of its own (諮問のあった…システムへの移行…について) is the move another flow of
    the item states with its data (…各業務に係る基幹業務システムを、標準準拠システムへ移行し),
    its quote beside that one's, unless it is a time only."""
    moving = state.lex.patterns.get("moving_verbs", ())
    vague = {"personal-information"}
    out = list(flows)
    for flow in flows:
        if flow.get("verb") not in moving or not (flow.get("_step") or set(flow["categories"]) <= vague):
            continue
        twin = next((f for f in out if f is not flow and f.get("verb") in moving and f["item"] == flow["item"]
                     and (f["from_key"], f["to_key"]) == (flow["from_key"], flow["to_key"])
                     and (flow.get("_step") or f["status"] == flow["status"]) and not f.get("_step") and not set(f["categories"]) <= vague), None)
        if twin is None:
            continue
        out.remove(flow)
        if not flow.get("_step"):
            twin.setdefault("also", []).append({"line": flow["line"], "quote": flow["quote"]})
    return out


def _same_way_once(state, flows: list[dict]) -> list[dict]:
    """Return ``flows`` with a hand-over the item states again, however far apart (…毎日、
    連合会に送信され; the provision table's row; …ＬＧＷＡＮにより毎日送信する方式に改めます),
    folded into the first: the same item, ends, status and frequency, the same channel or
    one unsaid, and data that overlaps; or, naming no data and no frequency, its way. Its
    data, channel and quote join the first."""
    def near(cats) -> set[str]:
        return (set(cats) | {a for c in cats for a in state.lex.category_ancestors(c)}) - {"personal-information"}

    def again(f: dict, flow: dict) -> bool:
        if f.get("frequency") and f.get("frequency") == flow.get("frequency"):
            return bool(near(f["categories"]) & near(flow["categories"]))
        # (…名簿を、毎年１０月に葦原地方裁判所に送付いたします, then, asked how: 地方裁判所へ
        # は、…媒体を書留郵便で送付しております: the way of that hand-over, naming no data;
        # but …ケース台帳を同システムに移行, then 通告の内容は…登録する: a move once, not
        # the way of the hand-overs after it)
        if "表" in (f.get("verb"), flow.get("verb")) and f.get("verb") != flow.get("verb") \
                and near(f["categories"]) and near(flow["categories"]):
            # (…LGWANのメールに一本化いたします, and the 項目/内容 table's 提供先 and 提供項目:
            # one hand-over, the one's data within the other's)
            row, said = (f, flow) if f.get("verb") == "表" else (flow, f)
            return near(said["categories"]) <= near(row["categories"])
        moving = state.lex.patterns.get("moving_verbs", ())
        if f.get("verb") in moving or flow.get("verb") in moving or not near(f["categories"]):
            return False
        if flow.get("_borrowed") and not (f.get("frequency") and flow.get("frequency")) \
                and set(flow["categories"]) <= set(f["categories"]):
            # (再委託先に渡りますのは、氏名…に限られ, then, asked how: …暗号化したデータを専用の
            # 回線で送信いたします: that data, its way and how often)
            return True
        # (…照会があった場合に限り、…を回答しております: a hand-over of its own, in its case)
        return not near(flow["categories"]) and not flow.get("frequency") and not flow.get("condition")

    out: list[dict] = []
    for flow in flows:
        first = next((f for f in out if f["item"] is not None and f["item"] == flow["item"]
                      and (f["from_key"], f["to_key"], f["status"]) == (flow["from_key"], flow["to_key"], flow["status"])
                      and (not f.get("channel") or not flow.get("channel") or f["channel"] == flow["channel"])
                      and (f.get("via_key") or None) in (None, flow.get("via_key"))
                      and (None in (f.get("condition"), flow.get("condition"))
                           or f.get("condition") == flow.get("condition"))
                      and again(f, flow)), None)
        if first is None:
            out.append(flow)
            continue
        if near(flow["categories"]):
            first["categories"] = list(dict.fromkeys([*first["categories"], *flow["categories"]]))
        first["channel"] = first.get("channel") or flow.get("channel")
        first["frequency"] = first.get("frequency") or flow.get("frequency")
        first["condition"] = first.get("condition") or flow.get("condition")
        first["basis"] = "stated" if "stated" in (first.get("basis"), flow.get("basis")) else first.get("basis")
        also = first.setdefault("also", [])
        for quote in [{"line": flow["line"], "quote": flow["quote"]}, *flow.get("also", ())]:
            if quote not in also and quote["quote"] != first["quote"]:
                also.append(quote)
    return out


def _unique(rows: list[dict], keys: tuple) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        mark = tuple(str(row.get(k)) for k in keys)
        if mark not in seen:
            seen.add(mark)
            out.append(row)
    return out


def _joined(access: list[dict]) -> list[dict]:
    """Return ``access`` with one row per kind, party, line and context: a second sentence on
    the line that says the same of the party in the same context (病名は提供いたしません。
    また、個人番号は提供しない取扱いです。) adds its data and its quote to the first, and so
    does a row on the next line of the same sentence that says the same data again."""
    out: dict[tuple, dict] = {}
    for row in access:
        # (…水道料金システムにはアクセスできず、口座情報を閲覧することはできない: of that
        # system, then of that data; two rows, each in its own context)
        key = (row["type"], row["party_key"], row["line"], row.get("system_key"), row.get("context"))
        # (名簿には個人番号を記載しておらず、いずれの提供先にも個人番号は提供しない: the same
        # data said twice, in two contexts: one row, the first)
        key = next((k for k, r in out.items() if k[:3] == key[:3]
                    and set(r["categories"]) == set(row["categories"])), key)
        # (…利用しておりませんので、／本件で個人番号を利用することはございません: a wrapped
        # sentence that says it twice, once on each line)
        key = next((k for k, r in out.items() if k[:2] == key[:2] and abs(k[2] - key[2]) == 1
                    and k[3:] == key[3:]
                    and r.get("_sentence") is not None and r.get("_sentence") == row.get("_sentence")
                    and set(r["categories"]) == set(row["categories"])), key)
        first = out.get(key)
        if first is None:
            out[key] = row
        else:
            first["categories"] = list(dict.fromkeys([*first["categories"], *row["categories"]]))
            if row["quote"] != first["quote"] and all(q["quote"] != row["quote"] for q in first.get("also", ())):
                first.setdefault("also", []).append({"line": row["line"], "quote": row["quote"]})
    return list(out.values())


def _in_title(text: str, at: int, items) -> bool:
    """True when position ``at`` of ``text`` lies in an agenda item's title written there."""
    for item in items:
        start = text.find(item.title)
        while start >= 0:
            if start <= at < start + len(item.title):
                return True
            start = text.find(item.title, start + 1)
    return False


def _asked(text: str, end: int, pats: dict) -> bool:
    """True when a name ending at ``end`` stands in a question: the sentence asks, or
    reports a question the name comes before (委員から、クラウド事業者が…できるのかとの質問
    があり、…との回答があった)."""
    return is_question(text, pats) or any(0 <= text.find(q, end) for q in pats.get("reported_questions", ()))

