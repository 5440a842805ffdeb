"""What a draft left behind in a fact file its reviewer has accepted.

``kg extract`` writes placeholders for the reviewer to fill: an English label
``"… (draft: add the English label)"`` or ``"… (draft: check)"``. A fact file that no longer says ``draft: true`` has been accepted;
a placeholder left in it is review not finished, and ``kg validate`` says where.

Example::

    >>> unfinished(load_dataset(path))                             # doctest: +SKIP
    [Problem(file='facts/005.yaml', line=12, message="label_en: still the draft's …")]
"""
from __future__ import annotations

from kg.errors import Problem

#: The mark every placeholder of a draft carries.
DRAFT_MARK = "(draft:"


def unfinished(ds) -> list[Problem]:
    """Return one problem per draft placeholder in an accepted (non-draft) fact file's
    entities: an English label still to write. (A draft's new categories sit in a file
    of their own that says nothing of its review; they are not checked here.)"""
    accepted = {ff._file for ff in ds.fact_files if not ff.draft}
    return [Problem(ent._file, ent.line_of("label_en"),
                    f"label_en: still the draft's placeholder ({ent.label_en!r}); "
                    f"write the English label of {ent.label!r}")
            for ent in ds.entities.values()
            if ent._file in accepted and DRAFT_MARK in (ent.label_en or "")]
