"""One fact where an agenda heading and the item's body state it both: the heading's flow
folds into the body's (:func:`said_in_body`), a heading stated part by part into its
parts (:func:`told_in_parts`, :func:`rows_in_parts`, :func:`entrusted_in_parts`), an
entrustment said twice is one (:func:`relations_once`), and a title said twice (the
agenda's list, then the section's heading) gives one flow (:func:`title_twins`). The
heading's quote goes with the fact it folds into.

Example::

    >>> flows = said_in_body(state.flows, items, state.lex)        # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise


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
