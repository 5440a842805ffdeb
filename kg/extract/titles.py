"""Facts the minutes state only in an agenda item's title.

* 「…業務の委託について」: the municipality entrusts a contractor (the one the
  section names, else an unnamed one) and the department hands it the data the
  title names;
* 「…システムに記録する個人情報の項目について」: the department puts the data
  the title names in the system the title names.

Both are drafts of low confidence with ``basis: inferred``: the title says that
the work is outsourced, not which data moves when. The data is what the title
names (戸籍に関する業務の…, 要保護児童等に関する情報共有システムへの…, even
inside a system's name); a title that names none states no flow (the
entrustment is still proposed, with the data the item's section names most).

Example::

    >>> title_facts(state, items)                 # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.extract import holdings, timing
from kg.extract.labels import link_unnamed, work_of
from kg.extract.ruler import Mention


def title_facts(state, items) -> None:
    """Add the facts stated only in agenda titles to ``state``: 「…業務の委託について」
    entrusts a contractor (the one the section names, else an unnamed one), and hands
    it the data the title names; 「…システムに記録する…」 puts that data in the system."""
    whole = {item.part_of for item in items}
    for item in items:
        if item.key in whole:
            continue  # (…の外部提供、外部結合及び委託: its parts, (3) …の委託, say each)
        if "recorded-items" in item.kinds:
            recorded_items(state, item)
        if "outsourcing" not in item.kinds or state.municipality is None or item.entrusted_by_other:
            continue
        if item.contractor is None and any(
                r["type"] == "entrusts" and r["item"] == item.key
                and state.entities.get(r["subject_key"], {}).get("type") in ("municipality", "department")
                for r in state.relations):
            # a sentence of the section says whom the work goes to (…は株式会社Aに委託いたし
            # ます): the title adds no other contractor (not コンビニ of 証明書コンビニ交付事業;
            # but 国保連合会から委託を受けた印刷事業者 is the contractor's own)
            continue
        # not a group or a data centre the section names (学校, データセンター): no contractor
        named = [m for i in item.sentences for m in state.mentions.get(i, [])
                 if m.type in ("unnamed-party", "company", "public-body", "association")
                 and m.role not in ("subcontractor", "other") and _may_contract(state, m)]
        line, quote = item.sentence.quote(*item.span)
        if item.contractor is not None:
            contractor = item.contractor
        elif named:
            contractor = named[0]
        else:
            contractor = unnamed_contractor(state, item)
        # (マイナンバーカード交付予約受付業務: the card is what the work is about, a part of
        # its name, not data the title says is handed over)
        named = title_categories(state, item, free=True, within=_entrusted_part(item.title))
        # (not what the item denies the contractor: 受託者の社員は個人番号を見ることができるのか。
        # 見ることはできません — the section names 個人番号 most, and still it is not handed over)
        denied = {c for a in state.access if a["type"] == "excluded" and a["item"] == item.key
                  and a["party_key"] == state.key(contractor) for c in a["categories"]}
        categories = [c for c in named or state.item_categories(item)
                      if not ({c} | state.lex.category_ancestors(c)) & denied]
        provider = item.department or state.municipality_mention()
        # the flow rests on the title alone: only when the title says which data moves
        # (the section's most named data is a guess the title does not support), not
        # for maintenance or operation (the contractor reaches the system, nothing is
        # handed over), and not when a sentence states the hand-over already
        upkeep = any(word in item.title for words in state.pats.get("holding_titles", {}).values()
                     for word in words)
        stated = any(f["to_key"] == state.key(contractor) and f["from_key"] == state.key(provider)
                     for f in state.flows) if provider is not None else True
        if named and provider is not None and not upkeep and not stated:
            # (…の外部委託 whose section says the work is entrusted from a later date: when
            # the entrustment is planned, so is the hand-over its title implies)
            entrusted = next((r for r in state.relations if r["type"] == "entrusts"
                              and r["object_key"] == state.key(contractor)), None)
            later = {"status": "planned"} if entrusted and entrusted.get("status") == "planned" else {}
            item_flow(state, item, "委託", provider, contractor, named, line, quote, **later)
        state.entity_for(contractor, line, quote)
        holdings.title_holdings(state, item, contractor, line, quote)
        if any(r["type"] == "entrusts" and r["object_key"] == state.key(contractor)
               for r in state.relations):
            continue  # a sentence of the section states the entrustment
        state.relations.append({
            "item": item.key, "line": line, "quote": quote, "verb": "委託",
            "type": "entrusts", "subject": state.municipality["label"],
            "object": state.label_of(contractor), "subject_key": state.municipality["key"],
            "object_key": state.key(contractor), "subject_id": state.municipality["id"],
            "object_id": contractor.id, "categories": categories,
            "permission": None, "confidence": 0.6})
        timing.entrusted_later(state, item, state.key(contractor), state.relations[-1])


def _may_contract(state, mention) -> bool:
    """True when the section's ``mention`` may be the item's contractor: not a court or
    the police the section names as a recipient (裁判所、警察署等から求められた際に提供)."""
    return mention.type != "public-body" \
        or normalise(mention.text) not in state.pats.get("generic_bodies", [])


def recorded_items(state, item) -> None:
    """Add the flow of the data the title names from the department into the system
    the title names (nothing when the title names no data)."""
    heading = state.mentions.get(item.sentence.index, [])
    systems = [m for m in heading if m.type == "system" and m.start < item.span[1]]
    provider = item.department or state.municipality_mention()
    categories = title_categories(state, item)
    # 「…に記録する個人情報の項目」 names no data itself: a flow needs the title to name some
    if not systems or provider is None or not categories:
        return
    line, quote = item.sentence.quote(*item.span)
    item_flow(state, item, "記録", provider, systems[0], categories, line, quote)


def item_flow(state, item, verb: str, provider, recipient, categories, line, quote, **said) -> None:
    """Add a flow that an item states outside a sentence's verb: by default one its agenda
    title alone states (inferred, with low confidence); ``said`` overrides (a form's
    channel, status, basis and confidence)."""
    state.flows.append({
        "item": item.key, "line": line, "quote": quote, "verb": verb,
        "from": state.label_of(provider), "to": state.label_of(recipient),
        "from_key": state.key(provider), "to_key": state.key(recipient),
        "from_id": provider.id, "to_id": recipient.id, "via": None, "via_key": None,
        "categories": categories, "channel": None, "frequency": None,
        "status": "current", "basis": "inferred", "confidence": 0.4, **said})


#: What may follow a data name that stands free in a title (戸籍に関する業務, 氏名等の…).
_FREE = re.compile(r"(?:に関する|に係る|について|の|等|など|・|、|及び|並びに|又は|や|と|を|\)|）|$)")


def _entrusted_part(title: str) -> tuple[int, int]:
    """The span of the title that may name the entrusted work's data: of …業務委託及び住民
    基本台帳の目的外使用, the part before 及び (the register is the data of another act, a use
    beyond purpose); the whole title otherwise (…の標準化及びクラウド移行に伴う外部委託)."""
    start = 0
    parts = re.split(r"(?<=[^、])(?:及び|並びに)", title)
    for part in parts:
        if "委託" in part and any("目的外" in other and "委託" not in other for other in parts):
            return start, start + len(part)
        start += len(part) + 2
    return 0, len(title)


def short_for(state, mention) -> str | None:
    """The known category the item's title names whose name a new data word shortens
    (名簿情報, 名簿 for 避難行動要支援者名簿; 台帳 for 要保護児童等台帳), or None."""
    item = state.item_of.get(mention.sentence)
    short = re.sub(r"(?:の)?(?:情報|データ)$", "", normalise(mention.text))
    if item is None or len(short) < 2:
        return None
    found = {c for c in title_categories(state, item) if c in state.lex.categories
             and normalise(state.lex.categories[c].label).endswith(short)
             and normalise(state.lex.categories[c].label) != short}
    return found.pop() if len(found) == 1 else None


def title_categories(state, item, free: bool = False, within: tuple[int, int] | None = None) -> list[str]:
    """Return the categories the item's title names (the generic 個人情報 left out),
    registered as the proposal's categories with the title as their quote; with ``free``
    only those not inside a longer compound (not マイナンバーカード of
    マイナンバーカード交付予約受付業務); with ``within``, only those in that span of it."""
    from kg.extract.ruler import resolve as pick

    keys = []
    start = item.span[0]
    for begin, end, target, inside in _names(state, item.title, pick):
        if target.kind != "category" or target.id == "personal-information":
            continue
        if within is not None and not within[0] <= begin < within[1]:
            continue
        if free and not inside and not _FREE.match(item.title, end) \
                and not _system_name(state, item.title, end):
            continue  # (inside a system's name it is the system's data: 個人番号照合システム)
        at = item.sentence.text.find(item.title[begin:end], start)
        if at < 0:
            continue
        line, quote = item.sentence.quote(at, at + end - begin)
        mention = Mention(item.sentence.index, at, at + end - begin, item.title[begin:end],
                          "category", None, target.id)
        entry = state.category_for(mention, line, quote)
        if entry["key"] not in keys:
            keys.append(entry["key"])
    return keys


def _system_name(state, title: str, end: int) -> bool:
    """True when the compound going on at ``end`` is a system's name (個人番号 + 照合システム)."""
    rest = re.match(r"[^のにをへとがは、・()（）]*", title[end:]).group()
    return rest.endswith(tuple(state.pats.get("suffixes", {}).get("system", ())))


def _names(state, text: str, pick, offset: int = 0, inside: bool = False):
    """Yield ``(start, end, target, inside)`` of the registry names in ``text``, and of the
    names inside a party's or system's name (要保護児童等に関する情報 in 要保護児童等に関する
    情報共有システム; ``inside`` true)."""
    for begin, end, targets in state.lex.scan(text):
        target = pick(targets, state.lex, state.ctx)
        if target is None:
            continue
        yield offset + begin, offset + end, target, inside
        if target.kind == "entity" and end - begin > 2:
            yield from _names(state, text[begin:end - 1], pick, offset + begin, True)


def unnamed_contractor(state, item, role: str = "contractor", of=None) -> Mention:
    """Return the item's contractor (or ``role`` subcontractor) the minutes do not name:
    「〈work〉の受託者（名称不明）」, 「〈work〉の再委託先（名称不明）」, the work being what the
    title entrusts (:func:`kg.extract.labels.work_of`; linked to the reviewed entity of
    that label when there is one); the subcontractor ``of`` a party is named after it
    (株式会社Aの再委託先（名称不明）), where the item has another contractor's."""
    contractor = Mention(item.sentence.index, *item.span, item.title, "entity",
                         "unnamed-party", None, role, True, "title")
    word = "再委託先" if role == "subcontractor" else "受託者"
    whose = state.label_of(of) if of is not None else work_of(item, state.pats)
    contractor.label = f"{whose}の{word}（名称不明）"
    link_unnamed(state, contractor, f"{state.label_of(of) if of is not None else item.title}の{word}（名称不明）")
    return contractor


def said_in_body(flows: list[dict], items, lex=None) -> list[dict]:
    """Return ``flows`` without those an agenda heading states (…の医師会への提供について)
    that a sentence of the item's section states too: same recipient and data (any data,
    when the heading names none; data the heading's contains or is part of, with ``lex``:
    防犯カメラ映像, then 映像)."""
    def wider(keys) -> set:
        if lex is None:
            return set(keys)
        return {w for k in keys for w in [*lex.category_ancestors(k), *(
            lex.categories[k].contains if k in lex.categories else ())]} - {"personal-information"}
    title = {item.key: normalise(item.title) for item in items}
    heading = [normalise(f["quote"]).find(title.get(f["item"], "\0")) >= 0 for f in flows]
    body = [f for f, h in zip(flows, heading) if not h]
    for f in [f for f, h in zip(flows, heading) if h]:
        # (…避難行動要支援者名簿の…への提供について, then …の名簿情報を…に提供: the body names
        # the heading's paper in words the tree does not know; it is that paper)
        # (…防犯カメラ画像の警察への提供について, then …画像のみを…警察署へ持参: the body names
        # no data the tree knows, and the heading says which)
        for b in body:
            if b["item"] == f["item"] and _same_recipient(f, b) and b["categories"] \
                    and all(c.startswith("new:") or c == "personal-information" for c in b["categories"]):
                b["categories"] = [c for c in b["categories"] if c != "personal-information"] + [
                    c for c in f["categories"] if c not in b["categories"] and not c.startswith("new:")] \
                    or b["categories"]
    # (a heading naming no data, …のガバメントクラウドへの移行, is said by any body flow there;
    # 報告第1号　…納税通知書の誤送付について: the incident the body tells, whoever it blames)
    def said(f, b) -> bool:
        return b["item"] == f["item"] and _same_recipient(f, b) and (
            set(b["categories"]) & set(f["categories"]) or wider(b["categories"]) & wider(f["categories"])
            or f["categories"] == ["personal-information"]
            # (…名簿の社会福祉協議会への提供: a paper the tree does not know, whatever the
            # body calls what it holds)
            or all(c.startswith("new:") for c in f["categories"])
            or f["status"] == b["status"] == "ended")

    out = []
    for f, h in zip(flows, heading):
        if not h:
            out.append(f)
            continue
        if any(said(f, b) for b in body):
            continue  # (the body says it: the heading's flow is its title)
        # (議題（１）予防接種記録のワクチン接種記録システムへの登録について, then …登録する情報は、
        # 個人番号、氏名…: the body's one hand-over to that system lists the record's items;
        # the heading's record joins them)
        same = [b for b in body if b["item"] == f["item"] and (b["from_key"], b["to_key"]) == (f["from_key"], f["to_key"])]
        if len(same) == 1:
            same[0]["categories"] += [c for c in f["categories"] if c not in same[0]["categories"]]
            continue
        out.append(f)
    return out


def told_in_parts(flows: list[dict], items) -> list[dict]:
    """Return ``flows`` without those an item's own account states naming no data (答申:
    介護福祉課は、…国保連合会との間で…データを授受している) that a part of the item states
    with its data (別紙（４）…国保連合会に、受給者台帳情報…を…送信する): the account's
    sentence joins that flow's quotes."""
    parts = {item.key: item.part_of for item in items if item.part_of}
    out = []
    for flow in flows:
        told = next((f for f in flows if flow["categories"] == ["personal-information"] and flow["basis"] == "inferred"
                     and parts.get(f["item"]) == flow["item"] and flow["item"] is not None
                     and (f["from_key"], f["to_key"]) == (flow["from_key"], flow["to_key"])
                     and f["categories"] != ["personal-information"]), None)
        if told is None:
            out.append(flow)
        elif {"line": flow["line"], "quote": flow["quote"]} not in told.setdefault("also", []):
            told["also"].append({"line": flow["line"], "quote": flow["quote"]})
    return out


def rows_in_parts(flows: list[dict], items, own: set) -> list[dict]:
    """Return ``flows`` without the rows of a part's table (答申の別紙（６）個人情報の提供の
    状況: 千草町 → 主治医 / 氏名、住所… / 郵送) that another part of the same item states in
    prose (（２）…介護福祉課は、…主治医に郵送する): from the municipality's side to the same
    party (an unnamed one however its words are joined: 審査会委員, 審査会の委員), in the
    same status, of data in common or unnamed. The row's quote, way, frequency and (for
    data the prose does not name) data join the prose's flow. ``own`` holds the keys of the
    municipality and its departments."""
    parent = {item.key: item.part_of for item in items if item.part_of}
    bare = lambda key: re.sub(r"の(?=[^（(]*[（(]名称不明[）)]$)", "", key or "")  # noqa: E731
    vague = {"personal-information"}
    out = []
    for row in flows:
        said = next((f for f in flows if row.get("verb") == "表" and f.get("verb") != "表" and row["item"] in parent
                     and parent.get(f["item"]) == parent[row["item"]] and f["item"] != row["item"]
                     and row["from_key"] in own and f["from_key"] in own and row["status"] == f["status"]
                     and bare(row["to_key"]) == bare(f["to_key"])
                     and (set(row["categories"]) & set(f["categories"]) or set(f["categories"]) <= vague)), None)
        if said is None:
            out.append(row)
            continue
        if set(said["categories"]) <= vague:
            said["categories"] = list(row["categories"])
        said["channel"] = said.get("channel") or row.get("channel")
        said["frequency"] = said.get("frequency") or row.get("frequency")
        if {"line": row["line"], "quote": row["quote"]} not in said.setdefault("also", []):
            said["also"].append({"line": row["line"], "quote": row["quote"]})
        row["_folded_into"] = said  # (what the row keeps from its party is kept from this one)
    return out


def entrusted_in_parts(relations: list[dict], items, unnamed: set) -> list[dict]:
    """Return ``relations`` without an item's own account's entrustment to a party it does
    not name (答申: …認定調査の一部を外部の事業者に委託し) where its parts name whom it
    entrusts (別紙（１）…新規申請分をAに、更新申請分をBに委託する): that sentence joins their
    quotes. ``unnamed`` holds the keys of the unnamed parties."""
    parts = {item.key: item.part_of for item in items if item.part_of}
    out = []
    for rel in relations:
        named = [r for r in relations if rel["type"] == "entrusts" and rel["object_key"] in unnamed
                 and rel["item"] is not None and parts.get(r["item"]) == rel["item"]
                 and r["type"] == "entrusts" and r["object_key"] not in unnamed] if rel["type"] == "entrusts" else []
        if not named:
            out.append(rel)
        for r in named:
            if {"line": rel["line"], "quote": rel["quote"]} not in r.setdefault("also", []):
                r["also"].append({"line": rel["line"], "quote": rel["quote"]})
    return out


def _same_recipient(heading: dict, body: dict) -> bool:
    """True when a body flow goes where the heading's does, or to one of the kind the
    heading names (…の警察への提供について, then …青葉川警察署…に提供した)."""
    said, named = normalise(heading["to"]), normalise(body["to"])
    return body["to_key"] == heading["to_key"] or len(said) >= 2 and said in named


def relations_once(relations: list[dict], items, own: frozenset = frozenset()) -> list[dict]:
    """Return ``relations`` with one row per (type, subject, object): a sentence of the
    body rather than an agenda heading or listing (…連合会への委託について), not one that
    only says it may be (…を行う場合は、…承諾を得ること), and of those the first that names
    data, with a permission another row gives. The others restate it (高松市 entrusts
    連合会 in the listing, the heading and the explanation). An entrustment by the
    municipality and one by its department (keys in ``own``) are one: the prose's, before
    a 委託先一覧 row's."""
    titles = [normalise(item.title) for item in items]
    heading = lambda r: any(t and t in normalise(r["quote"]) for t in titles)  # noqa: E731
    groups: dict[tuple, list[dict]] = {}
    for row in relations:
        # (the town and its department entrusting one contractor in one item: one entrustment,
        # said in prose and restated by a 委託先一覧 row, ``own`` holding their keys)
        subject = "own" if row["type"] == "entrusts" and row["subject_key"] in own else row["subject_key"]
        groups.setdefault((row["type"], subject, row["object_key"]), []).append(row)
    keep = set()
    for rows in groups.values():
        body = [r for r in rows if not heading(r)] or rows
        # (受託者が再委託を行う場合は、…承諾を得ること / 同社は、…をB社に再委託する予定:
        # the sentence that says it is done or planned, not the condition on whether it may be)
        maybe = {r["line"] for r in body if r.get("status") == "possible"}
        body = [r for r in body if r["line"] not in maybe] or body
        chosen = next((r for r in body if r["categories"]), body[0])
        said = [r for r in body if not r.get("_table")]
        if said and chosen.get("_table"):  # (the prose's, with the data the row names)
            said[0]["categories"] = said[0]["categories"] or list(chosen["categories"])
            if {"line": chosen["line"], "quote": chosen["quote"]} not in said[0].setdefault("also", []):
                said[0]["also"].append({"line": chosen["line"], "quote": chosen["quote"]})
            chosen = said[0]
        given = next((r for r in rows if r.get("permission") and r is not chosen), None)
        if given is not None and not chosen.get("permission"):
            chosen["permission"] = given["permission"]
            chosen.setdefault("also", []).append({"line": given["line"], "quote": given["quote"]})
        # (１　…を株式会社Aに委託すること / 令和7年4月からは、…株式会社Aに委託し: when, as
        # the row that says it)
        said = next((r for r in rows if r.get("_settled") and r.get("status") == "planned"), None)
        if said is not None and chosen.get("_settled") is False and chosen.get("status") == "current":
            chosen["status"] = said["status"]
            chosen.setdefault("also", []).append({"line": said["line"], "quote": said["quote"]})
        keep.add(id(chosen))
    return [r for r in relations if id(r) in keep]


def title_twins(state) -> None:
    """Fold a flow read from an item's title into the same flow read from the title said
    again (the agenda's list, then the section's heading: one hand-over, not two); the
    second quote goes with the first."""
    seen: dict[tuple, dict] = {}
    kept = []
    for flow in state.flows:
        item = state.item_of.get(flow.get("_index", -1))
        title = item.title if item is not None else None
        if title and flow["basis"] == "inferred" and title in flow["quote"].replace("\n", ""):
            key = (item.key, flow["from_key"], flow["to_key"], tuple(sorted(flow["categories"])))
            if key in seen:
                also = {"line": flow["line"], "quote": flow["quote"]}
                if also not in seen[key].setdefault("also", []):
                    seen[key]["also"].append(also)
                continue
            seen[key] = flow
        kept.append(flow)
    state.flows[:] = kept

