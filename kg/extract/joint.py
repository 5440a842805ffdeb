"""A joint council's items, each of its own town (汐見郡町村個人情報保護審議会).

Towns of a district may set up one council between them (共同設置). Its minutes name no
town in their head: each item is one town's, as the agenda's table says (議案第8号 |
柚木村 | …の委託について | 住民福祉課) and the item's heading repeats (…について（柚木村）).
The data an item hands over is that town's, so its facts get the town as ``controller``,
the town stands where the extractor put the document's own municipality (the giver it
falls back on, the one who entrusts), and the departments the item names are that town's
(``柚木村住民福祉課``: two towns' 住民福祉課 are two).

Example::

    >>> proposal = per_town(proposal, state, items)               # doctest: +SKIP
    >>> proposal["flows"][0]["controller"]                         # doctest: +SKIP
    '柚木村'
"""
from __future__ import annotations

import re

from kg.extract.agenda_forms import PLACE_CELL
from kg.extract.opinions import nfkc

#: The town an item's heading ends with: …の委託について（柚木村）.
_HEADING_TOWN = re.compile(r"[(（]\s*(?P<town>[^\s、。()（）]{1,6}[市町村])\s*[)）]\s*$")
#: Words that name no one town (市町村, 各町村, 当町, 本村, 他市).
_NO_TOWN = re.compile(r"(?:[各当本同全他両]|構成|関係|近隣)?[市区町村]{1,3}")
#: The end of a department's name after its town's (柚木村住民福祉課, 鳴海町健康増進課).
_DEPARTMENT = re.compile(r".+(?:課|室|係|局|部|センター)")


def item_towns(items, sents) -> dict[str, tuple[str, int, str]]:
    """Return ``{item key: (town, line, quote)}`` for the items whose table row or heading
    names the town they are of.

    Example::

        >>> item_towns(items, sents)["consultation-8"][0]           # doctest: +SKIP
        '柚木村'
    """
    towns: dict[str, tuple[str, int, str]] = {}
    for item in items:
        row = item.sentence.line
        # the table's row: a cell of the town on the title's line (議案第8号 | 柚木村 | …)
        for s in sents[max(0, item.sentence.index - 3):item.sentence.index + 3]:
            if s.line == row and s.index != item.sentence.index and PLACE_CELL.fullmatch(s.text):
                town = nfkc(s.text).strip()
                if not _NO_TOWN.fullmatch(town):
                    start = s.text.find(s.text.strip())
                    towns[item.key] = (town, *s.quote(start, start + len(s.text.strip())))
                    break
        if item.key in towns:
            continue
        # the section's heading: …について（柚木村）
        for index in [item.sentence.index, *item.sentences]:
            s = sents[index]
            if item.title not in s.text and not (item.number and f"第{item.number}号" in nfkc(s.text)):
                continue
            match = _HEADING_TOWN.search(s.text)
            if match and not _NO_TOWN.fullmatch(nfkc(match.group("town"))):
                towns[item.key] = (nfkc(match.group("town")), *s.quote(*match.span("town")))
                break
    return towns


def per_town(proposal: dict, state, items) -> dict:
    """Return ``proposal`` with the facts of each item of another town than the document's
    made that town's (``controller``, its ends, its departments); unchanged when the
    minutes' head names their town (one town's minutes) or no item names one."""
    if proposal.get("municipality_in_minutes"):
        return proposal
    towns = item_towns(items, state.sents)
    own = proposal.get("municipality")
    if not towns or all(t == own for t, _, _ in towns.values()):
        return proposal
    entities = {e["key"]: e for e in proposal["entities"]}
    own_keys = {k for k, e in entities.items() if e["type"] == "municipality" and e["label"] == own}
    named = {t for t, _, _ in towns.values()}

    def town_entity(town: str, line: int, quote: str) -> str:
        key = next((k for k, e in entities.items() if e["type"] == "municipality" and e["label"] == town), None)
        if key is None:
            key = f"municipality:{town}"
            entities[key] = {"key": key, "label": town, "type": "municipality", "id": None,
                             "role": None, "new": True, "line": line, "quote": quote,
                             "mentions": 1, "lines": [line]}
        return key

    def department(key: str, town: str, town_key: str) -> str:
        """The key of ``town``'s department the entity ``key`` names (made once)."""
        entry = entities.get(key)
        if entry is None or entry["type"] not in ("department", "public-body"):
            return key
        label = entry["label"]
        if entry["type"] == "public-body":
            # (柚木村住民福祉課: a public body only while no town was the item's)
            prefix = next((t for t in named if label.startswith(t)), None)
            if prefix is None or not _DEPARTMENT.fullmatch(label[len(prefix):]):
                return key
            town, town_key = prefix, town_entity(prefix, entry["line"], entry["quote"])
        elif label.startswith(town):
            pass
        else:
            label = town + label
        new = f"department:{label}"
        if new not in entities:
            entities[new] = {**entry, "key": new, "label": label, "type": "department",
                             "municipality_key": town_key}
        return new

    for item in proposal["agenda_items"]:
        if item["key"] not in towns:
            continue
        town, line, quote = towns[item["key"]]
        town_key = town_entity(town, line, quote)
        item.update(municipality=town, municipality_key=town_key, municipality_line=line)
        if item.get("department_key"):
            item["department_key"] = department(item["department_key"], town, town_key)
            item["department"] = entities[item["department_key"]]["label"]
        for kind, ends in (("flows", (("from", "from_key"), ("to", "to_key"))),
                           ("relations", (("subject", "subject_key"), ("object", "object_key"))),
                           ("access", (("party", "party_key"),))):
            for fact in proposal[kind]:
                if fact.get("item") != item["key"]:
                    continue
                for label, key in ends:
                    value = fact.get(key)
                    if value in own_keys and town != own:
                        fact[key] = town_key
                    elif value is not None:
                        fact[key] = department(value, town, town_key)
                    fact[label] = entities[fact[key]]["label"] if fact[key] in entities else fact[label]
                if town != own:
                    fact["controller"], fact["controller_key"] = town, town_key
    # a body or system only one other town's items name is that town's, where the draft
    # makes such a one the document's own (社会福祉法人柚和会 of 柚木村's item)
    uses: dict[str, set] = {}
    for kind in ("flows", "relations", "access"):
        for fact in proposal[kind]:
            for k in ("from_key", "to_key", "via_key", "subject_key", "object_key", "party_key", "system_key"):
                if fact.get(k):
                    uses.setdefault(fact[k], set()).add(fact.get("controller_key"))
    for key, whose in uses.items():
        if len(whose) == 1 and None not in whose and key in entities \
                and entities[key]["type"] not in ("municipality", "department"):
            entities[key]["town_key"] = next(iter(whose))
    used = {f.get(k) for kind in ("flows", "relations", "access") for f in proposal[kind]
            for k in ("from_key", "to_key", "subject_key", "object_key", "party_key", "controller_key")} \
        | {i.get("department_key") for i in proposal["agenda_items"]} \
        | {e.get("municipality_key") for e in entities.values()}
    # a department now each town's own under its town's name is no entity of its own
    # beside them, unless a fact outside the towns' items still names it
    replaced = {k for k, e in entities.items() if e["type"] in ("department", "public-body")
                and any(n.get("municipality_key") and n["key"] != k and n["label"].endswith(e["label"])
                        for n in entities.values())}
    proposal["entities"] = sorted((e for k, e in entities.items() if k not in replaced or k in used),
                                  key=lambda e: e["line"])
    return proposal
