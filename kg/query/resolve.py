"""Resolve what a user types into an entity, category or municipality id.

A name matches by id, Japanese label, English label or alias, compared after
normalisation (NFKC, case, spaces and company-form marks removed), so
``J-L I S``, ``ｊ－ｌｉｓ`` and ``地方公共団体情報システム機構`` all find
J-LIS. An exact match wins; otherwise a unique partial match; otherwise a
LookupFailed error lists the candidates. A question about one municipality's
data narrows a party's name to that municipality's (:func:`resolve_entity`):
市民課 with 乙市 is 乙市's 市民課.

Example::

    >>> resolve_entity(proj, "J-L I S")           # doctest: +SKIP
    'jlis'
    >>> search(proj, "国保")[0]["id"]              # doctest: +SKIP
    'kokuho-rengokai-tokyo'
"""
from __future__ import annotations

from kg.data.names import name_key
from kg.errors import LookupFailed
from kg.graph.projection import Projection


def _names(record: dict) -> list[str]:
    return [n for n in [record["id"], record.get("label"), record.get("label_en"),
                        *record.get("aliases", [])] if n]


def _candidates(table: dict, text: str, keys: dict | None = None, every: bool = False
                ) -> tuple[list[str], list[str]]:
    """Return (exact matches, partial matches) of ``text`` among ``table``'s records;
    partial ones only when nothing matches exactly, unless ``every``.

    ``keys`` is :func:`_name_keys` of the table when the caller keeps it (a
    national projection has tens of thousands of names to normalise).
    """
    wanted = name_key(text)
    exact, partial = [], []
    if not wanted:
        return exact, partial
    if keys is None:
        keys = _name_keys(table)
    exact = keys["exact"].get(wanted, [])
    if every or not exact:
        # Only names that contain what was typed: a name inside the typed text
        # (住民票 in 住民票コード, J-LIS in "J-LIS!!") is another thing, or a typo, and
        # answering for it would be a confident wrong answer; it is suggested instead.
        partial = [key for key, names in keys["names"].items() if wanted not in names
                   and any(wanted in k for k in names)]
    return sorted(exact), sorted(partial)


def _keys_of(proj: Projection, name: str, table: dict) -> dict:
    """Return :func:`_name_keys` of the projection's table ``name``, made once."""
    return proj.memo(f"resolve.keys.{name}", lambda: _name_keys(table))


def _name_keys(table: dict) -> dict:
    """Return ``{"names": {key: [normalised names]}, "exact": {name: [keys]}}``."""
    names = {key: [name_key(n) for n in _names(record)] for key, record in table.items()}
    exact: dict[str, list[str]] = {}
    for key, found in names.items():
        for name in dict.fromkeys(found):
            exact.setdefault(name, []).append(key)
    return {"names": names, "exact": exact}


def _close(table: dict, text: str, n: int = 5) -> list[str]:
    """Return up to ``n`` keys of ``table`` whose names look like ``text``."""
    import difflib

    by_name = {}
    for key, record in table.items():
        for name in _names(record):
            by_name.setdefault(name_key(name), key)
    wanted = name_key(text)
    matches = difflib.get_close_matches(wanted, list(by_name), n=n, cutoff=0.5)
    found = [by_name[m] for m in matches]
    # a name that contains, or is contained in, what was typed is close too
    found += [key for name, key in sorted(by_name.items())
              if wanted and len(name) >= 2 and (wanted in name or name in wanted)]
    return list(dict.fromkeys(found))[:n]


#: What each table holds, as error messages and search rows say it.
KIND_NAMES = {"entities": "party or system", "categories": "data category",
              "items": "agenda item", "municipalities": "municipality"}
_ITEM_TYPES = {"consultation": "諮問", "report": "報告", "other": "その他"}


def item_name(kind: str | None, number, listed: bool = False, word: str | None = None) -> str:
    """Return how the minutes call an item of ``kind`` and ``number``: 諮問第1号, 報告第1号;
    諮問(1) where the number is only the item's place in the agenda's list (``listed``);
    No.1 for an item of no such kind (その他第1号 is no name the minutes use); the minutes'
    own ``word`` for the kind in place of 諮問 or 報告 (議案第7号).

    >>> item_name("report", "1"), item_name("consultation", "1", listed=True), item_name("other", "2")
    ('報告第1号', '諮問(1)', 'No.2')
    >>> item_name("consultation", "7", word="議案")
    '議案第7号'
    """
    if kind not in ("consultation", "report"):
        return f"No.{number}"
    said = word or _ITEM_TYPES[kind]
    return f"{said}({number})" if listed else f"{said}第{number}号"


def items(proj: Projection) -> dict[str, dict]:
    """Return the agenda items as name records: title, and 諮問第N号-style aliases."""
    def compute():
        out = {}
        for fact in proj.ordered_facts:
            if fact["kind"] == "item":
                whole = proj.facts.get(fact.get("part_of") or "")
                # (a part of 諮問第5号 is 諮問第5号(1); 諮問(1) too, as its list says)
                named = ([f"{item_name(whole['type'], whole['number'], whole.get('listed'), whole.get('numbered_as'))}"
                          f"({fact['number']})"]
                         if whole is not None and whole["type"] in ("consultation", "report") else []) \
                    + ([item_name(fact["type"], fact["number"], fact.get("listed"), fact.get("numbered_as"))]
                       if fact["type"] in ("consultation", "report") else [])
                if fact.get("listed") and fact.get("number"):
                    # (議題２, 案件２: what minutes that number their agenda's list call it)
                    # (議題（２）: minutes that bracket the number; nc65 U6)
                    named += [f"{word}{form.format(fact['number'])}" for word in ("議題", "案件")
                              for form in ("{}", "({})")]
                out[fact["id"]] = {"id": fact["id"], "label": fact["title"], "label_en": None,
                                   "aliases": named,
                                   "type": "item",
                                   "municipality": fact.get("municipality")}
        return out
    return proj.memo("resolve.items", compute)


def item_ref(proj: Projection, item: str | None) -> dict | None:
    """Return ``{"id", "name", "title"}`` of agenda item ``item`` (``name``: 諮問第14号, or
    the title when the item is no numbered consultation or report), or None.

    >>> item_ref(proj, "001-consultation-52")["name"]              # doctest: +SKIP
    '諮問第52号'
    """
    fact = proj.facts.get(item) if item else None
    if fact is None or fact.get("kind") != "item":
        return None
    # (an item of no kind the minutes say, その他第2号, is known by its title)
    numbered = fact.get("number") and fact.get("type") in ("consultation", "report")
    name = items(proj)[item]["aliases"][0] if numbered else fact["title"]
    return {"id": item, "name": name, "title": fact["title"]}


def _tables(proj: Projection) -> dict[str, dict]:
    return {"entities": proj.entities, "categories": proj.categories, "items": items(proj)}


def _suggest(proj: Projection, text: str, first: str, municipality: str | None = None) -> str:
    """Return the hint of a failed lookup: close names of the kind asked, then of others
    (with ``municipality``, an id: that municipality's and shared ones only)."""
    tables = _tables(proj)
    parts = []
    for name in [first] + [k for k in tables if k != first]:
        table = tables[name] if municipality is None else {
            k: v for k, v in tables[name].items()
            if _home(proj, name, k) is None or _of_municipality(proj, name, k, municipality)}
        close = _close(table, text, 4)
        if close:
            kind = KIND_NAMES[name]
            parts.append(", ".join(f"{tables[name][k]['label']} ({kind}, {k})" for k in close))
    if not parts:
        # a place only a draft names (kg extract) is there only in a build made with drafts
        # (not a hint to give when this build has them)
        drafts = any(f.get("draft") for f in proj.facts.values())
        return (f"; try `kg search {text}` or `kg list`" + ("" if drafts else
                " (a name only a draft gives needs `kg build --include-drafts`)"))
    return "; did you mean " + "; or ".join(parts) + "?"


def _matches(table: dict, text: str, what: str, proj: Projection | None = None,
             kind: str = "entities", table_name: str | None = None) -> list[str]:
    """Return the keys ``text`` names (exact matches, else partial ones), at least one;
    LookupFailed, with close names, when nothing matches."""
    keys = _keys_of(proj, table_name, table) if proj is not None and table_name else None
    exact, partial = _candidates(table, text, keys)
    found = exact or partial
    if not found:
        hint = _suggest(proj, text, kind) if proj is not None else ""
        raise LookupFailed(f"no {what} matches {text!r}{hint}")
    return found


def _ambiguous(table: dict, text: str, found: list[str], where: str = "", note: str = "",
               proj: Projection | None = None) -> LookupFailed:
    """Return the error of a name that matches every key of ``found``, listing them (with
    ``proj``, each with the municipality or prefecture it belongs to)."""
    def whose(key: str) -> str:
        home = owner(proj, key) if proj is not None else None
        return f", {table[home]['label']}" if home and home != key and home in table else ""

    listed = ", ".join(f"{k} ({table[k].get('label')}{whose(k)})" for k in found[:12])
    more = f" and {len(found) - 12} more" if len(found) > 12 else ""
    return LookupFailed(f"{text!r} is ambiguous{where}: it matches {len(found)}: "
                        f"{listed}{more}{note}")


def _resolve(table: dict, text: str, what: str, proj: Projection | None = None,
             kind: str = "entities", table_name: str | None = None) -> str:
    found = _matches(table, text, what, proj, kind, table_name)
    if len(found) == 1:
        return found[0]
    raise _ambiguous(table, text, found)


def owner(proj: Projection, key: str) -> str | None:
    """Return the municipality or prefecture entity ``key`` belongs to, or None (shared).

    A municipality or prefecture is its own; anything else is its ``municipality``'s
    (a prefecture for what the prefecture runs: its federation, its instance of a
    shared product), else that of what it is part or a member of.
    """
    seen = set()
    while key in proj.entities and key not in seen:
        seen.add(key)
        ent = proj.entities[key]
        if ent["type"] in ("municipality", "prefecture"):
            return key
        key = ent.get("municipality") or ent.get("part_of") or ent.get("member_of")
    return None


def belongs_to(proj: Projection, key: str, municipality: str) -> bool:
    """Return True when entity ``key`` is ``municipality``'s own, or its prefecture's."""
    found = owner(proj, key)
    return found is not None and found in (
        municipality, proj.entities.get(municipality, {}).get("prefecture"))


def resolve_entity(proj: Projection, text: str, municipality: str | None = None) -> str:
    """Return the id of the party or system ``text`` names.

    With ``municipality`` (an id: the question is about its data), a name that
    matches several entities (市民課 of two cities) names the one that belongs to
    that municipality or its prefecture (:func:`belongs_to`); it stays ambiguous
    when none or several of them do. A name that is exactly another municipality's
    party's names the one party of this municipality whose name holds it, if any.
    """
    table = proj.entities
    found = _matches(table, text, "party or system", proj, "entities", "entities")
    if len(found) == 1 and municipality and owner(proj, found[0]) not in (
            None, municipality, proj.entities.get(municipality, {}).get("prefecture")):
        # 国民健康保険団体連合会 -m 千鳥ヶ原市, the exact name another town's minutes gave
        # theirs: the one whose name holds it and that is this town's (or its
        # prefecture's, 緑川県国民健康保険団体連合会) is meant
        _, partial = _candidates(table, text, _keys_of(proj, "entities", table), every=True)
        mine = [key for key in partial if belongs_to(proj, key, municipality)]
        if len(mine) == 1:
            return mine[0]
    if len(found) == 1:
        return found[0]
    if not municipality:
        homes = {owner(proj, key) for key in found}
        raise _ambiguous(table, text, found, proj=proj, note="; give the municipality (-m) whose "
                         "it is" if len(homes) > 1 and None not in homes else "")
    mine = [key for key in found if belongs_to(proj, key, municipality)]
    if len(mine) == 1:
        return mine[0]
    label = table[municipality]["label"] if municipality in table else municipality
    if mine:
        raise _ambiguous(table, text, mine, where=f" in {label}", proj=proj)
    raise _ambiguous(table, text, found, note=f"; none of them belongs to {label}", proj=proj)


def resolve_category(proj: Projection, text: str) -> str:
    """Return the id of the data category or document type ``text`` names."""
    return _resolve(proj.categories, text, "data category", proj, "categories", "categories")


def resolve_municipality(proj: Projection, text: str) -> str:
    """Return the id of the municipality ``text`` names."""
    table = proj.memo("resolve.municipalities", lambda: {
        k: v for k, v in proj.entities.items() if v["type"] == "municipality"})
    return _resolve(table, text, "municipality", proj, "entities", "municipalities")


def resolve_any(proj: Projection, text: str, municipality: str | None = None) -> tuple[str, str]:
    """Return ``(kind, id)`` of the entity, category or agenda item ``text`` names.

    ``kind`` is ``entity``, ``category`` or ``item``; exact matches win over partial ones.
    With ``municipality`` (an id), a name several things match (保険年金課 of two cities,
    諮問第1号 of two councils) names the one that municipality's (or its prefecture's).

    >>> resolve_any(proj, "保険年金課", "shiki")                      # doctest: +SKIP
    ('entity', 'shiki-hoken-nenkin-ka')
    """
    tables = _tables(proj)
    found = {name: _candidates(table, text, _keys_of(proj, name, table))
             for name, table in tables.items()}
    kinds = {"entities": "entity", "categories": "category", "items": "item"}
    for which in (0, 1):  # exact, then partial
        hits = [(name, key) for name, pair in found.items() for key in pair[which]]
        mine = [hit for hit in hits if _of_municipality(proj, *hit, municipality)] if municipality else []
        if len(hits) > 1 and mine:
            hits = mine
        if len(hits) == 1:
            name, key = hits[0]
            return kinds[name], key
        if hits:
            homes = {_home(proj, n, k) for n, k in hits}
            listed = ", ".join(f"{k} ({tables[n][k]['label']}"
                               + (f", {proj.entities[h]['label']}" if h in proj.entities else "") + ")"
                               for n, k in hits[:12] for h in [_home(proj, n, k)])
            note = "; give the municipality (-m) whose it is" \
                if not municipality and len(homes) > 1 and None not in homes else ""
            if municipality and not mine:
                label = proj.entities.get(municipality, {}).get("label", municipality)
                note = f"; none of them is {label}'s"
            raise LookupFailed(f"{text!r} is ambiguous: it matches {len(hits)}: {listed}{note}")
    raise LookupFailed(f"nothing matches {text!r}{_suggest(proj, text, 'entities', municipality)}")


def _home(proj: Projection, table: str, key: str) -> str | None:
    """The municipality an entity or agenda item is of (None for a category)."""
    if table == "entities":
        return owner(proj, key)
    if table == "items":
        return proj.facts[key].get("municipality")
    return None


def _of_municipality(proj: Projection, table: str, key: str, municipality: str) -> bool:
    if table == "entities":
        return belongs_to(proj, key, municipality)
    return _home(proj, table, key) == municipality


def search(proj: Projection, text: str, limit: int = 50) -> list[dict]:
    """Return parties, systems, categories and agenda items whose names match ``text``.

    Best first. Each row: ``id``, ``kind`` (entity type, category kind or
    ``item``), ``label``, ``label_en``, ``aliases``, ``match`` (``exact`` or ``partial``),
    ``municipality`` (the id of the one a party, system or item belongs to, else None:
    児童相談所 of which town).
    """
    rows = []
    for name, table, kind_key in (("entities", proj.entities, "type"),
                                  ("categories", proj.categories, "kind"),
                                  ("items", items(proj), "type")):
        exact, partial = _candidates(table, text, _keys_of(proj, name, table), every=True)
        for match, keys in (("exact", exact), ("partial", partial)):
            for key in keys:
                rec = table[key]
                rows.append({"id": key, "kind": rec[kind_key], "label": rec["label"],
                             "label_en": rec["label_en"], "aliases": rec.get("aliases", []),
                             "match": match, "municipality": rec.get("municipality")})
    rows.sort(key=lambda r: (r["match"] != "exact", len(r["label"] or ""), r["id"]))
    return rows[:limit]
