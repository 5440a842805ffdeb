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

import re

from kg.errors import Problem

#: The mark every placeholder of a draft carries.
DRAFT_MARK = "(draft:"
#: How a draft's note on an entity begins (草案: 12行目で初出).
DRAFT_NOTE = "草案:"
#: The note a draft puts on a flow it inferred in part: the reviewer checks the flow, then
#: deletes the note or says what was checked.
INFERRED_NOTE = "推定を含む（送り手、データ、向きのいずれかを前後の文・議題から補った）。引用と前後の文で確かめること。"
#: Japanese script: kana (full- and half-width) and kanji.
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")
#: What an English label may quote in Japanese: a bracketed or parenthesised aside.
_ASIDE = re.compile(r"[（(［\[][^）)］\]]*[）)］\]]")


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
                                    f"label_en: {label_trouble(ent.label_en)}; "
                                    f"write the English label of {ent.label!r}"))
        else:  # (草案: 12行目で初出 says where the extractor first met the name, not what it is)
            problems.append(Problem(ent._file, ent.line_of("description"),
                                    f"description: still the draft's note ({ent.description!r}); "
                                    f"say what {ent.label!r} is or delete the line"))
    for ff in (f for f in ds.fact_files if not f.draft):
        problems += [Problem(ff._file, flow.line_of("note"), f"note: still the draft's note on {flow.id} "
                             "(check the flow against its quotes, then delete the note or say what was checked)")
                     for flow in inferred_notes(ff)]
        if ff.source_entry is not None:
            problems.append(Problem(ff._file, ff.line_of("source_entry"),
                                    "source_entry: move this entry into sources.yaml and delete it "
                                    "here (the file is accepted: it no longer says draft: true)"))
        if ff._file.endswith("-draft.yaml"):
            problems.append(Problem(ff._file, 1, "the file is accepted (no draft: true) but keeps its "
                                    f"draft name: rename it to "
                                    f"{ff._file.rsplit('/', 1)[-1].replace('-draft', '')}"))
    problems += [Problem(cat._file, cat.line_of("label_en"),
                         f"label_en: {label_trouble(cat.label_en)}; "
                         f"write the English label of {cat.label!r}")
                 for cat, _ in placeholders([c for c in ds.categories.values()
                                             if not c._file.endswith("-draft.yaml")])]
    return problems


def label_trouble(label_en: str) -> str:
    """What is wrong with an English label :func:`placeholders` names, with its value.

    >>> label_trouble("町 (draft: add the English label)")
    "still the draft's placeholder ('町 (draft: add the English label)')"
    """
    if DRAFT_MARK in label_en:
        return f"still the draft's placeholder ({label_en!r})"
    return f"not English ({label_en!r} keeps the Japanese name or has no English word)"


def placeholders(records) -> list[tuple]:
    """Return ``(record, field)`` for each placeholder a draft left in ``records`` (entities
    or categories): an English label still ``… (draft: …)``, an entity's note still the
    draft's (草案: …). :func:`unfinished` and :func:`kg.data.accept.accept` say them.

    >>> placeholders([])
    []
    """
    out = []
    for record in records:
        label_en = getattr(record, "label_en", None) or ""
        if DRAFT_MARK in label_en or untranslated(record.label, label_en):
            out.append((record, "label_en"))
        if (getattr(record, "description", None) or "").startswith(DRAFT_NOTE):
            out.append((record, "description"))
    return out


def untranslated(label: str, label_en: str) -> bool:
    """True when ``label_en`` is no English label of ``label``: it keeps the Japanese label
    whole (``reviewed: 千鳥ヶ原市``), or it has no Latin letter outside its asides (a reviewer
    who copied the Japanese). Japanese inside an aside, as in ``certified level of care
    (要支援 1–2)``, or a term of art among English words (``work of 諮問52``), is kept.

    >>> untranslated("千鳥ヶ原市", "reviewed: 千鳥ヶ原市"), untranslated("千鳥ヶ原市", "Chidorigahara City")
    (True, False)
    >>> untranslated("要介護度", "要介護度（かいごど）"), untranslated("要介護度", "care level (要介護度)")
    (True, False)
    """
    if not label_en or not _JAPANESE.search(label_en):
        return False
    outside = _ASIDE.sub("", label_en)
    if _JAPANESE.search(label) and label in outside:
        return True
    return not re.search(r"[A-Za-z]", outside)


def inferred_notes(fact_file) -> list:
    """Return the flows of ``fact_file`` that still carry the draft's note on an inferred
    flow (:data:`INFERRED_NOTE`).

    >>> inferred_notes(type("F", (), {"flows": []})())
    []
    """
    return [f for f in fact_file.flows if (f.note or "").startswith(INFERRED_NOTE)]
