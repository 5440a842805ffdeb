"""What the data folder holds already that a new draft must respect: the reviewed facts
and rejections of its source (not proposed again), and what other drafts define (used by
id, not defined twice: a town's second minutes take its first draft's town).

Example::

    >>> keys = reviewed_keys(ds, "005_1f0c….txt")                # doctest: +SKIP
    >>> shared = defined(draft_entities, draft_categories)       # doctest: +SKIP
"""
from __future__ import annotations

from kg.data.evidence import normalise
from kg.data.names import name_key

#: Entity types that belong to no municipality (others carry the one of their draft).
UNOWNED = ("municipality", "prefecture", "public-body", "company")


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


def defined(entities, categories) -> dict:
    """Return ``{(type, name key, municipality or None): id}`` for draft entities and
    categories (models or dicts), to pass as ``shared`` to :func:`fact_file`."""
    get = lambda row, key: row.get(key) if isinstance(row, dict) else getattr(row, key, None)  # noqa: E731
    out = {(get(e, "type"), name_key(get(e, "label")),
            get(e, "municipality") if get(e, "type") not in UNOWNED else None): get(e, "id")
           for e in entities}
    out.update({("category", name_key(get(c, "label")), None): get(c, "id") for c in categories})
    return out
