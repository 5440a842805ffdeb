"""What a draft left behind in a fact file its reviewer has accepted.

``kg extract`` writes placeholders for the reviewer to fill: an English label
``"… (draft: add the English label)"`` or ``"… (draft: check)"``, and a note on each
new entity (``草案: 12行目で初出``). A fact file that no longer says ``draft: true``
has been accepted; a placeholder or note left in it, or the draft's file name
(``005-draft.yaml``), is review not finished, and ``kg validate`` says where.

Example::

    >>> unfinished(load_dataset(path))                             # doctest: +SKIP
    [Problem(file='facts/005.yaml', line=12, message="label_en: still the draft's …")]
"""
from __future__ import annotations

from kg.errors import Problem

#: The mark every placeholder of a draft carries.
DRAFT_MARK = "(draft:"
#: How a draft's note on an entity begins (草案: 12行目で初出).
DRAFT_NOTE = "草案:"


def unfinished(ds) -> list[Problem]:
    """Return one problem per step of review left undone in an accepted (non-draft) fact
    file: an English label still the draft's placeholder, an entity's note still the
    draft's, the ``source_entry`` not yet moved into ``sources.yaml``, the draft's file
    name kept; and per placeholder left in a categories file renamed from its draft name
    (``categories/005-draft.yaml`` to ``categories/005.yaml``)."""
    accepted = {ff._file for ff in ds.fact_files if not ff.draft}
    problems = []
    for ent, field in placeholders([e for e in ds.entities.values() if e._file in accepted]):
        if field == "label_en":
            problems.append(Problem(ent._file, ent.line_of("label_en"),
                                    f"label_en: still the draft's placeholder ({ent.label_en!r}); "
                                    f"write the English label of {ent.label!r}"))
        else:  # (草案: 12行目で初出 says where the extractor first met the name, not what it is)
            problems.append(Problem(ent._file, ent.line_of("description"),
                                    f"description: still the draft's note ({ent.description!r}); "
                                    f"say what {ent.label!r} is or delete the line"))
    for ff in (f for f in ds.fact_files if not f.draft):
        if ff.source_entry is not None:
            problems.append(Problem(ff._file, ff.line_of("source_entry"),
                                    "source_entry: move this entry into sources.yaml and delete it "
                                    "here (the file is accepted: it no longer says draft: true)"))
        if ff._file.endswith("-draft.yaml"):
            problems.append(Problem(ff._file, 1, "the file is accepted (no draft: true) but keeps its "
                                    f"draft name: rename it to "
                                    f"{ff._file.rsplit('/', 1)[-1].replace('-draft', '')}"))
    problems += [Problem(cat._file, cat.line_of("label_en"),
                         f"label_en: still the draft's placeholder ({cat.label_en!r}); "
                         f"write the English label of {cat.label!r}")
                 for cat, _ in placeholders([c for c in ds.categories.values()
                                             if not c._file.endswith("-draft.yaml")])]
    return problems


def placeholders(records) -> list[tuple]:
    """Return ``(record, field)`` for each placeholder a draft left in ``records`` (entities
    or categories): an English label still ``… (draft: …)``, an entity's note still the
    draft's (草案: …). :func:`unfinished` and :func:`kg.data.accept.accept` say them.

    >>> placeholders([])
    []
    """
    out = []
    for record in records:
        if DRAFT_MARK in (getattr(record, "label_en", None) or ""):
            out.append((record, "label_en"))
        if (getattr(record, "description", None) or "").startswith(DRAFT_NOTE):
            out.append((record, "description"))
    return out
