"""Flows a table states: 別表 rows of where the data goes, what, how and how often.

Minutes and their attachments list provisions as a table whose header names
the recipient (提供先, 送付先) and the data (提供項目, 項目), and often the method
(提供方法) and the frequency (頻度)::

    提供先　　　　　　　　　　　提供項目　　　　　　　提供方法　　　頻度
    岡山県国民健康保険団体連合会　支給決定情報、氏名　オンライン　　毎月

Cells are split at tabs, at ``|`` (a Markdown table, an HTML table as read), at
the box-drawing ``│`` of a table drawn in text (its rules ├──┼──┤ skipped),
at a full-width slash ``／``, at a full-width space and at runs of two or more spaces;
under a header whose cells are one space apart (a PDF's text layer), at any space, and
a row wrapped over lines there is left alone. Each row under such a header whose
recipient cell names a party and whose data cell names data is a flow from the
item's department (else the municipality), stated, with the row as its quote.
Under a header whose column names the subcontractor (再委託先一覧: 再委託先, 取り扱う
個人情報), each row is the re-entrustment of its company by the item's contractor, and
the flow of the row's data from the one to the other. In a table drawn between bars, a
line whose party cell is empty goes on the row above, and a row marked 再委託 is handed
on by the contractor above it (:mod:`kg.extract.table_rows`).
Header words live in ``data/extract/patterns.yaml`` (``table_headers``).

Example::

    >>> table_flows(state, text)                                   # doctest: +SKIP
    >>> state.flows[-1]["verb"]                                    # doctest: +SKIP
    '表'
"""
from __future__ import annotations

import re
import unicodedata

from kg.extract import (contracts, exclusions, nlp, permissions, pointers, refusals, relations, rosters, row_items,
                        status, table_rows)
from kg.extract.pages import page_furniture
from kg.extract.table_cells import CELL_GAP, cell_mentions, cell_sentences, listed_with
from kg.extract.ways import frequency
from kg.extract.speakers import is_question

#: Between cells of a PDF's table whose header's cells are one space apart: any space.
_SPACE = re.compile(r"[ \u3000\t]+")
#: A rule of a table drawn with box characters (├──┼──┤, └──┴──┘, +---+): it goes on.
_RULE = re.compile(r"[\s\u3000\u2500-\u257f+\-=|]*")
#: The columns a header may name, by the role of the column.
_ROLES = ("giver", "recipient", "subcontractor", "data", "method", "frequency", "period", "verdict")


def table_flows(state, text: str) -> None:
    """Append to ``state.flows`` the flows the document's provision tables state."""
    headers = state.pats.get("table_headers", {})
    lines = text.split("\n")
    roles: dict[int, str] | None = None
    gap = CELL_GAP
    running = False  # the prose before the table says its rows run now
    above, row_flows, contractor = None, [], None  # the row above, its flows, the last contractor's
    furniture = page_furniture(lines)
    for number, raw in enumerate(lines, start=1):
        if number in furniture:
            continue  # a page's header or number between rows (a PDF): the table goes on
        if roles is not None and raw.strip() and _RULE.fullmatch(raw):
            continue  # a rule between rows: the table goes on
        if not raw.strip():
            continue  # a blank line between rows (an HTML table as text): it goes on
        cells = [c.strip() for c in gap.split(raw)]
        filled = [c for c in cells if c and not _RULE.fullmatch(c)]
        if roles is None and len(filled) < 2 and _header(_SPACE.split(raw.strip()), headers) is not None:
            # 提供先 提供項目 提供方法 頻度: a PDF's table, its cells one space apart
            gap, roles = _SPACE, _header(_SPACE.split(raw.strip()), headers)
            running = runs_before(state, lines, number)
            continue
        if gap is _SPACE and (len(filled) < 2 and not raw.rstrip().endswith("。")
                              or 2 <= len(filled) != len(roles)):
            continue  # a row wrapped over lines: no guess at which part is which cell
        if len(filled) < 2 or roles is not None and len(filled) <= max(roles) and filled[-1].endswith("。"):
            # a line of one cell (the prose after the table) ends it, and so does a speech
            # (会長　続いて…お願いします。: its speaker a cell, too few for the table's columns)
            roles, gap = None, CELL_GAP
            continue
        found = _header(filled, headers)
        if found is not None:
            roles, running = found, runs_before(state, lines, number)
            above, row_flows, contractor = None, [], None
            continue
        if roles is None:
            continue
        cells = table_rows.bar_cells(raw)
        if table_rows.is_wrapped(cells, above, roles):
            table_rows.wrapped_data(state, number, raw, cells, roles, row_flows)
            continue  # (a cell wrapped onto the next line: the row above goes on)
        before = len(state.flows)
        _row(state, text, number, raw, filled, roles, gap, running)
        above, row_flows = cells, state.flows[before:]
        verdict = next((filled[c] for c, role in roles.items() if role == "verdict" and c < len(filled)), None)
        if verdict is not None and refusals.refused_cell(verdict):
            # (…毎月	適当でない: the council refused this row, not the rest; nc73 W7)
            what = next((filled[c] for c, role in roles.items() if role == "data" and c < len(filled)), None)
            for flow in row_flows:
                flow["_refused"] = {"line": number, "quote": raw.strip(), "what": what}
        if cells and "subcontractor" not in roles.values() and table_rows.is_re_entrusted(cells, roles):
            table_rows.re_entrusted_row(state, row_flows, contractor)
        elif row_flows:
            contractor = row_flows[-1]


def _header(cells: list[str], headers: dict) -> dict[int, str] | None:
    """The role of each column of a header row (None when it is no provision header)."""
    roles = {}
    for column, cell in enumerate(cells):
        role = next((r for r in _ROLES if any(cell.startswith(w) for w in headers.get(r, ()))), None)
        if role is not None and role not in roles.values():
            roles[column] = role
    named = set(roles.values())
    return roles if "data" in named and named & {"recipient", "subcontractor"} else None


def runs_before(state, lines: list[str], header: int) -> bool:
    """True when the prose just before the table's header (line ``header``) says its rows
    run now (…の情報を下表のとおり外部機関に提供しております。; 名簿は、…に提供しており、
    その内容は次のとおりです。: the clause before the pointer)."""
    # (the table's caption may stand between: …への提供は、次の表のとおりでございます。／
    # 構成機関への情報提供／提供先 …)
    near = [line for line in reversed(lines[:header - 1]) if line.strip()][:_LOOK_BACK]
    at = next((i for i, line in enumerate(near) if _POINTER.search(line)), None)
    if at is None:
        return False
    said = next((part for part in re.split("(?<=。)", near[at]) if _POINTER.search(part)), "").strip()
    pointer = _POINTER.search(said)
    lead = said[:said.rfind("、", 0, pointer.start()) + 1]
    # (…どのような情報を提供しているのですか。／…次の表のとおりでございます: what runs now,
    # asked and shown)
    asked = next((line for line in near[at + 1:] if is_question(line.strip(), state.pats)), "")
    return status.runs_now(said) or bool(lead) and status.runs_now(lead) or bool(_ASKED_NOW.search(asked))


#: How many lines before a table's header its pointing sentence and a question may stand.
_LOOK_BACK = 4
#: A question asked of what runs now (…を提供しているのですか, …渡していますか).
_ASKED_NOW = re.compile(r"(?:して|で)(?:いる|おる|おります|います)(?:のです|んです|のでしょう)?か")


def _new(state, text: str) -> bool:
    """True when ``text`` dates its hand-over or says it is new (…への提供を新たに追加)."""
    return status.stated(state, text) or any(w in text for w in state.pats.get("new_words", ()))


#: A data cell that gives all of a list (名簿の全項目, 名簿の全部).
_WHOLE_LIST = re.compile(r"(名簿|台帳)の?(?:全項目|全部|全て|すべて|すべての項目|全ての項目)")
#: Words that point to the table after them (下表のとおり, 次のとおり).
_POINTER = re.compile(r"(?:下表|次表|以下の表|次の表|下の表|別表|次|以下|下記)の?とおり")


def _row(state, text: str, number: int, raw: str, cells: list[str], roles: dict[int, str], gap=CELL_GAP,
         running: bool = False) -> None:
    """Propose the flow of one row, if its recipient and data cells name them."""
    cell_sents = cell_sentences(number, raw, gap)
    if len(cell_sents) != len(cells):
        return  # a cell the split reads differently: no guess at the columns
    named = {}
    for column, role in roles.items():
        sentence = cell_sents[column] if column < len(cell_sents) else None
        if sentence is None:
            continue
        tokens = [(b, e, s, t, lemma) for b, e, s, t, lemma in nlp.tokenize(sentence.text)]
        found = cell_mentions(state, sentence, tokens)
        # 転出先の市町村: other municipalities, none named (the words that point, as in the text)
        named[role] = (sentence, pointers.pointers(-1, sentence.text, tokens, found, state.ctx, state.pats))
    index = next((s.index for s in state.sents if any(p.line == number for p in s.pieces)), None)
    item = row_items.numbered_item(state, cells) or (state.item_of.get(index) if index is not None else None)
    if "subcontractor" in named and "recipient" in named:
        # (委託先一覧 with a 再委託先 column: the row's contractor, and whom it re-entrusts)
        contracts.contract_row(state, named, item, index, number, raw, _row_flow)
        return
    listed = "subcontractor" in named  # (再委託先一覧: the contractor re-entrusts the row's company)
    if listed and re.search("[、。]", named["subcontractor"][0].text):
        return  # (健康推進課長　次に、転出先の…: the prose after the table, not a company's cell)
    to = next((m for m in named.get("subcontractor" if listed else "recipient", (None, []))[1]
               if m.kind == "entity" and m.type not in ("data-subject", "system")), None)
    cell = named.get("data", (None, []))[0]
    # (…主治医意見書（いずれも氏名を除く。）: 氏名 is taken out, and the note denies nothing
    # before it)
    notes = [n.span() for n in _EXCEPT_NOTE.finditer(cell.text)] if cell is not None else []
    plain = _EXCEPT_NOTE.sub(lambda n: "　" * len(n.group()), cell.text) if cell is not None else ""
    # (受給者数、助成額（氏名は含まない集計値）: not the names; counts identify no one)
    data = [m for m in named.get("data", (None, []))[1] if m.kind == "category"
            and not any(a <= m.start < b for a, b in notes)
            and not relations.negated(plain, m.end + 2, state.pats)]
    whole = _WHOLE_LIST.fullmatch(cell.text.strip()) if cell is not None and not data else None
    # 名簿の全項目: all of the roster the item names
    full = rosters.full_list(state, index, whole.group(1)) if whole and index is not None else []
    no_data = not (data or full) or any(cue in cell.text for cue in state.pats.get("no_personal_data", ()))
    if to is None or no_data and not listed:
        return  # (a subcontractor the row names is re-entrusted, whatever its data cell says)
    item = row_items.titled_item(state, to, item) or item
    cell_of = named["subcontractor" if listed else "recipient"][0]
    # (他の地方公共団体及び行政機関: each party a cell of recipients lists is one)
    tos = [to] + ([] if listed else listed_with(cell_of.text, named["recipient"][1], to))
    for to in tos:
        if to.type == "unnamed-party":
            state.name_unnamed(to, item)  # 相談支援事業所: the group the text names elsewhere too
        if listed:
            frm = item.contractor_before(index) if item is not None and index is not None else None
        else:
            frm = (item.department if item else None) or state.municipality_mention()
        # (実施機関 介護保険課・障害福祉課: each department the row's own column names gives)
        givers = [m for m in named.get("giver", (None, []))[1] if m.kind == "entity"
                  and m.type in ("department", "municipality") and state.key(m) != state.key(to)] if not listed else []
        # (株式会社B（株式会社Aから）: the party the recipient's cell says it gets it from, nc66 W4)
        givers = givers or [m for m in named.get("recipient", (None, []))[1] if not listed and m.kind == "entity"
                            and m.start > to.end and _FROM_NOTE.match(cell_of.text, m.end)
                            and state.key(m) != state.key(to)][:1]
        frm = givers[0] if givers else frm
        if frm is None or state.key(frm) == state.key(to):
            continue  # (a subcontractor's table whose contractor the item does not name: no guess)
        line, quote = number, raw.strip()
        state.entity_for(to, line, cell_of.quote(to.start, to.end)[1])
        if listed:
            permissions.re_entrusts(state, {"item": item.key, "line": line, "quote": quote, "verb": "再委託"},
                                    frm, to, None, 0.7)
            state.relations[-1].update(_settled=False, _table=True)  # (a row says nothing of when, as below)
            if no_data:
                continue  # (予診票原本の保管: what it keeps is named by no data word)
        for giver in givers or [frm]:
            if giver in givers:  # (named in the giver's column, or in the recipient's note)
                column = named["giver"][0] if giver in named.get("giver", (None, []))[1] else cell_of
                state.entity_for(giver, line, column.quote(giver.start, giver.end)[1])
            _row_flow(state, named, item, index, number, raw, to, giver, data, full, running)
            # (the item's department by default: a sentence may say which one gives this data)
            state.flows[-1]["_giver_default"] = not givers and not listed and item is not None \
                and giver is item.department
        taken_out = [m for m in named.get("data", (None, []))[1] if m.kind == "category"
                     and any(a <= m.start < b for a, b in notes)]
        if taken_out and data:  # (…（いずれも氏名を除く。）: kept from the recipient, in those papers)
            exclusions.append(state, {"item": item.key if item else None, "line": line, "quote": quote, "verb": "表"},
                              "excluded", to, state.category_keys(taken_out, cell), None,
                              _EXCEPT_NOTE.sub("", cell.text).strip(), 0.6)


#: After a name in a recipient's cell, that the row's data comes from it (（株式会社Aから）).
_FROM_NOTE = re.compile(r"(?:から|より)[)）]")
#: A note in brackets that takes some data out of a cell's list (（いずれも氏名を除く。）,
#: （氏名を伏せたもの）, （氏名をマスキング）).
_EXCEPT_NOTE = re.compile(r"[（(][^（()）]*?(?:を除く|を除き|は除く|を除いた|を伏せ|をマスキング|を黒塗り|を塗りつぶ|を墨消し|を削除)"
                          r"[^（()）]*[）)]")


def _row_flow(state, named, item, index, number, raw, to, frm, data, full, running) -> None:
    """Append the flow of one row from ``frm`` to ``to`` (its way, how often, and when)."""
    line, quote = number, raw.strip()
    cats = state.category_keys(data, named["data"][0]) if data else full
    method = named.get("method", (None, []))[1]
    # a channel named, else the network a system's name is (LGWAN; not over LGWANの電子メール)
    channel = next((m.id for m in method if m.kind == "channel"), None) or next(
        (m.channel for m in method if getattr(m, "channel", None)), None)
    said = named.get("method", (None, []))[0]
    # 連合会を経由: the body the way names passes it on (its own hand-over is its row)
    conduit = next((m for m in method if said is not None and m.kind == "entity"
                    and m.type not in ("system", "data-subject") and _THROUGH.match(said.text, m.end)
                    and state.key(m) not in (state.key(to), state.key(frm))), None)
    if conduit is not None:
        frm = conduit
        state.entity_for(conduit, line, said.quote(conduit.start, conduit.end)[1])
    # 中間サーバー（情報提供ネットワークシステム経由）: the system the data goes through
    via = next((m for m in method if m.kind == "entity" and m.type == "system"
                and not getattr(m, "channel", None) and state.key(m) != state.key(to)), None)
    if via is not None:
        state.entity_for(via, line, said.quote(via.start, via.end)[1])
    if channel is None and said is not None:
        # 紙 alone in its cell: 紙で, as a sentence says it
        # (紙（会議終了後に回収）: the note in brackets is no part of the way)
        way = re.sub(r"[（(][^（()）]*[）)]", "", said.text).strip()
        channel = state.pats.get("channel_forms", {}).get(way + "で")
    state.flows.append({
        "item": item.key if item else None, "line": line, "quote": quote, "verb": "表",
        "from": state.label_of(frm), "to": state.label_of(to),
        "from_key": state.key(frm), "to_key": state.key(to), "from_id": frm.id, "to_id": to.id,
        "via": state.label_of(via) if via else None, "via_key": state.key(via) if via else None,
        "categories": cats, "channel": channel,
        "frequency": frequency(state.pats, unicodedata.normalize("NFKC", raw)), "status": "current", "basis": "stated",
        "confidence": 0.7, "_index": index if index is not None else -1, "_from": frm, "_to": to,
        # (a row says nothing of when: in an item asked to be approved, it is proposed,
        # unless the prose before the table says the rows run now)
        "_said": True, "_settled": running, "_running_row": running})
    dated = unicodedata.normalize("NFKC", raw)
    if status.FROM.search(dated):
        # 専用回線によるオンライン結合（令和8年1月から）: the row says when, whatever the prose
        state.flows[-1].update(status=status.of(state, dated), _settled=True, _running_row=False)


#: After a body in a row's way cell, that the data goes through it (連合会を経由, 県を通じて).
_THROUGH = re.compile(r"を?(?:経由|通じ|通し|介し)")


def one_flow_a_row(state) -> None:
    """Drop the flows read from the cells of a provision table's row as prose (…から配信事業者
    のサーバへの自動連携, the row's way): the row is one hand-over, proposed from its cells."""
    rows = {f["line"] for f in state.flows if f["verb"] == "表"}
    state.flows[:] = [f for f in state.flows if f["verb"] == "表" or f["line"] not in rows
                      or f.get("_index") is None or "\t" not in _raw(state, f["_index"])]


def _raw(state, index: int) -> str:
    pieces = state.sents[index].pieces if 0 <= index < len(state.sents) else ()
    return pieces[0].raw if len(pieces) == 1 else ""


def listed_subcontractors(state) -> None:
    """Drop an item's re-entrustment to an unnamed subcontractor where a table names the
    contractor's subcontractors (同社が…再委託する先は、次の一覧のとおり, then the rows):
    they are the ones the sentence points to; its permission goes to them."""
    named = {(r["item"], r["subject_key"]): r for r in state.relations if r.get("_table")}
    kept = []
    for rel in state.relations:
        row = named.get((rel["item"], rel["subject_key"])) if rel["type"] == "re-entrusts" else None
        if row is not None and not rel.get("_table") and rel["object_key"].startswith("unnamed-party:"):
            for other in state.relations:
                if other.get("_table") and (other["item"], other["subject_key"]) == (rel["item"], rel["subject_key"]):
                    other["permission"] = other["permission"] or rel["permission"]
            for found in state.mentions.values():  # (nor is it a party of its own)
                found[:] = [m for m in found if m.kind != "entity" or state.key(m) != rel["object_key"]]
            continue
        kept.append(rel)
    state.relations[:] = kept


def rows_beside_new(state) -> None:
    """Make planned a row said to run now whose recipient a sentence of the item says the
    hand-over to is new and planned (下表のとおり…提供しております, then 連合会への提供は、
    令和7年10月から開始する予定です); that sentence joins the row's quotes. A flow a
    sentence of the item only implies (inferred, no channel) to a row's recipient, with
    none of the row's data missing, is that row's hand-over: it goes, quoted with the row.
    Between the two, the planned rows the prose says run now become current
    (:func:`said_running`), so that the sentence saying so is quoted with its rows."""
    for row in state.flows:
        if not row.get("_running_row") or row["status"] != "current":
            continue
        new = next((f for f in state.flows if f is not row and f["item"] == row["item"]
                    and f["to_key"] == row["to_key"] and f["status"] == "planned"
                    and f.get("_index") is not None and _new(state, state.sents[f["_index"]].text)), None)
        if new is not None:
            row["status"] = "planned"
            row.setdefault("also", []).append({"line": new["line"], "quote": new["quote"]})
    said_running(state)
    # (今回、…連合会への提供を新たに追加する, read with the data of the sentence before,
    # then the table's row for 連合会: one hand-over, the row's, quoting both)
    rows = [f for f in state.flows if f["verb"] == "表"]
    kept = []
    for flow in state.flows:
        row = next((r for r in rows if flow["basis"] == "inferred" and flow["verb"] != "表"
                    and not flow.get("channel") and (r["item"], r["from_key"], r["to_key"])
                    == (flow["item"], flow["from_key"], flow["to_key"])
                    and set(flow["categories"]) <= set(r["categories"]) | {"personal-information"}), None)
        if row is None:
            kept.append(flow)
        elif {"line": flow["line"], "quote": flow["quote"]} not in row.setdefault("also", []):
            row["also"].append({"line": flow["line"], "quote": flow["quote"]})
    state.flows[:] = kept


#: That the hand-overs to the parties named before run now (…と警察署への提供は、現在も
#: 行っております).
_RUNNING = re.compile(r"への(?:提供|送付|送信|受け渡し|引渡し)は、?(?:現在も|現在|既に|すでに|従来から|以前から)、?"
                      r"[^。、]{0,8}?(?:行って|実施して|提供して|お渡しして|送付して)(?:おり|い)")


def said_running(state) -> None:
    """Make current a table's planned row whose recipient a sentence of its item says the
    hand-over to runs now (別表のとおり…提供したい, then このうち、児童相談所と警察署への
    提供は、現在も行っております: those two rows run; the others stay planned); the
    sentence joins the row's quotes."""
    rows = [f for f in state.flows if f["verb"] == "表" and f["status"] == "planned"]
    for sentence in state.sents:
        found = _RUNNING.search(sentence.text) if rows else None
        if found is None or is_question(sentence.text, state.pats):
            continue
        item = state.item_of.get(sentence.index)
        mentions = [m for m in state.mentions.get(sentence.index, []) if m.kind == "entity"]
        # the clause before it, and a list of names before that (児童相談所、警察署への提供は)
        begin = sentence.text.rfind("、", 0, found.start())
        while begin > 0 and any(m.end == begin for m in mentions):
            begin = sentence.text.rfind("、", 0, begin)
        named = [m for m in mentions if begin < m.start and m.end <= found.start()]
        line, quote = sentence.quote()
        for row in rows:
            label = state.label_of(row["_to"]) if row.get("_to") is not None else row["to"]
            if (item is None or row["item"] == item.key) and any(
                    state.key(m) == row["to_key"] or label.endswith(state.label_of(m)) for m in named):
                row["status"] = "current"
                if {"line": line, "quote": quote} not in row.setdefault("also", []):
                    row["also"].append({"line": line, "quote": quote})
