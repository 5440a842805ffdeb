"""Resolve what a user types into an entity, category or municipality id.

A name matches by id, Japanese label, English label or alias, compared after
normalisation (NFKC, case, spaces and company-form marks removed), so
``J-L I S``, ``ｊ－ｌｉｓ`` and ``地方公共団体情報システム機構`` all find
J-LIS. An exact match wins; otherwise a unique partial match; otherwise a
LookupFailed error lists the candidates.

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


def _candidates(table: dict, text: str) -> tuple[list[str], list[str]]:
    """Return (exact matches, partial matches) of ``text`` among ``table``'s records."""
    wanted = name_key(text)
    exact, partial = [], []
    if not wanted:
        return exact, partial
    for key, record in table.items():
        keys = [name_key(n) for n in _names(record)]
        if wanted in keys:
            exact.append(key)
        elif any(wanted in k or (len(k) >= 2 and k in wanted) for k in keys):
            partial.append(key)
    return sorted(exact), sorted(partial)


def _close(table: dict, text: str, n: int = 5) -> list[str]:
    """Return up to ``n`` names in ``table`` that look like ``text`` (for error messages)."""
    import difflib

    by_key = {}
    for key, record in table.items():
        for name in _names(record):
            by_key.setdefault(name_key(name), f"{key} ({record.get('label')})")
    matches = difflib.get_close_matches(name_key(text), list(by_key), n=n, cutoff=0.5)
    return list(dict.fromkeys(by_key[m] for m in matches))


def _resolve(table: dict, text: str, what: str) -> str:
    exact, partial = _candidates(table, text)
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if not found:
        close = _close(table, text)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; try `kg search {text}`"
        raise LookupFailed(f"no {what} matches {text!r}{hint}")
    listed = ", ".join(f"{k} ({table[k].get('label')})" for k in found[:12])
    more = f" and {len(found) - 12} more" if len(found) > 12 else ""
    raise LookupFailed(f"{text!r} is ambiguous: it matches {len(found)}: {listed}{more}")


def resolve_entity(proj: Projection, text: str) -> str:
    """Return the id of the party or system ``text`` names."""
    return _resolve(proj.entities, text, "party or system")


def resolve_category(proj: Projection, text: str) -> str:
    """Return the id of the data category or document type ``text`` names."""
    return _resolve(proj.categories, text, "data category")


def resolve_municipality(proj: Projection, text: str) -> str:
    """Return the id of the municipality ``text`` names."""
    table = {k: v for k, v in proj.entities.items() if v["type"] == "municipality"}
    return _resolve(table, text, "municipality")


def search(proj: Projection, text: str, limit: int = 50) -> list[dict]:
    """Return entities and categories whose names match ``text``, best first.

    Each row: ``id``, ``kind`` (entity type or category kind), ``label``,
    ``label_en``, ``aliases``, ``match`` (``exact`` or ``partial``).
    """
    rows = []
    for table, kind_key in ((proj.entities, "type"), (proj.categories, "kind")):
        exact, partial = _candidates(table, text)
        for match, keys in (("exact", exact), ("partial", partial)):
            for key in keys:
                rec = table[key]
                rows.append({"id": key, "kind": rec[kind_key], "label": rec["label"],
                             "label_en": rec["label_en"], "aliases": rec.get("aliases", []),
                             "match": match})
    rows.sort(key=lambda r: (r["match"] != "exact", len(r["label"] or ""), r["id"]))
    return rows[:limit]
