"""What the data folder holds already that a new draft must respect: the reviewed facts
and rejections of its source (not proposed again), and what other drafts define (used by
id, not defined twice: a town's second minutes take its first draft's town).

Example::

    >>> keys = reviewed_keys(ds, "005_1f0c….txt")                # doctest: +SKIP
    >>> shared = defined(draft_entities, draft_categories)       # doctest: +SKIP
"""
from __future__ import annotations

import re

from kg.data.evidence import normalise
from kg.data.names import name_key

#: Entity types that belong to no municipality (others carry the one of their draft).
UNOWNED = ("municipality", "prefecture", "public-body", "company")
#: A body named by its kind of place alone (県, 都): the one of the minutes' place.
_UNPLACED = re.compile(r"(?:県|都|府|道)(?!道府県)")


def owned(kind: str, label: str, common_noun) -> bool:
    """True when an entity of ``kind`` named ``label`` is its municipality's own: a
    department, a system, an unnamed party, a body of no place named (県), or one a
    common noun names (``common_noun(label)``: 金融機関, the banks of this town's
    residents, not a body two towns share).

    >>> owned("public-body", "金融機関", lambda name: name == "金融機関")
    True
    >>> owned("company", "株式会社甲", lambda name: False)
    False
    """
    return kind not in UNOWNED or bool(_UNPLACED.match(label)) or common_noun(label)


_KINDS = {"agenda_items": "agenda_item", "flows": "flow", "relations": "relation", "access": "access"}


def reviewed_keys(ds, source: str, drafts=None) -> set:
    """``(kind, a, b, categories)`` of the reviewed facts of ``source`` (and its agenda
    items' titles), and ``("rejected", kind, line, quote)`` of the lines their evidence
    cites and of the proposals a reviewer turned down (in ``drafts`` too, the dataset
    with the drafts under review): not proposed again; and ``("id", id)`` of every id
    in use."""
    keys = set()
    for ff in ds.fact_files:
        if ff.source != source or ff.draft:
            continue
        for f in ff.flows:
            keys.add(("flow", f.source, f.target, frozenset(f.categories)))
        for r in ff.relations:
            keys.add((r.type, r.subject, r.object, frozenset(r.categories)))
        for a in ff.access:
            keys.add((a.type, a.party, None, frozenset(a.categories)))
        for item in ff.agenda_items:
            keys.add(("item", item.title, None, None))
        # a sentence a reviewed fact of the same kind cites was reviewed: what it proposes
        # comes back neither as it was (the reviewer corrected the giver) nor at all
        for section, kind in _KINDS.items():
            keys |= {("rejected", kind, q.line, normalise(q.quote))
                     for fact in getattr(ff, section) for q in fact.evidence if q.line}
    # turned down (in a reviewed file, or in a draft under review): not proposed again
    for ff in (drafts or ds).fact_files:
        if ff.source == source:
            for no in ff.rejected:
                ends = tuple(e for e in (no.source, no.target, no.subject, no.object, no.party) if e)
                keys |= {("rejected", no.kind, q.line, normalise(q.quote), *ends) for q in no.evidence}
    # every id the folder uses, so that a draft's ids stay clear of a reviewed file's
    ids = set(ds.entities) | set(ds.categories) | set(ds.meetings)
    for ff in ds.fact_files:
        for section in ("entities", "meetings", "agenda_items", "flows", "relations", "access",
                        "safeguards", "concerns"):
            ids |= {fact.id for fact in getattr(ff, section)}
    keys |= {("id", ident) for ident in ids}
    return keys


def defined(entities, categories, common_noun=lambda name: False) -> dict:
    """Return ``{(type, name key, municipality or None): id}`` for draft entities and
    categories (models or dicts), to pass as ``shared`` to :func:`fact_file`; the
    municipality is that of an entity its municipality owns (:func:`owned`)."""
    get = lambda row, key: row.get(key) if isinstance(row, dict) else getattr(row, key, None)  # noqa: E731
    out = {(get(e, "type"), name_key(get(e, "label")),
            get(e, "municipality") if owned(get(e, "type"), get(e, "label"), common_noun) else None):
           get(e, "id") for e in entities}
    out.update({("category", name_key(get(c, "label")), None): get(c, "id") for c in categories})
    return out


def carries_my_number(ds, source: str, ids: set[str]) -> bool:
    """True when a reviewed (not draft) flow of ``source`` carries one of the categories
    ``ids`` (those that hold a My Number): the reviewer said who receives it."""
    return any(set(f.categories) & ids for ff in ds.fact_files if ff.source == source and not ff.draft
               for f in ff.flows)
