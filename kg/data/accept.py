"""Accept a reviewed draft: the mechanical steps of review, done at once and checked.

``kg extract --out`` writes ``facts/005-draft.yaml`` (``draft: true``, the registry
entry of its minutes as ``source_entry``, ids such as ``005-draft-flow-1a2b3c``) and
perhaps ``categories/005-draft.yaml``. Once a person has read every fact against its
quote and written the English labels, :func:`accept` does the rest: it moves the
``source_entry`` into ``sources.yaml`` as a list item, deletes ``draft: true``, drops the
``-draft`` from the file names and from the ids, and checks the data folder again. It
refuses (nothing changed) while the data has a problem or the draft still holds a
placeholder or a draft's note, naming each with its file and line; if the check after
the change fails, every file is put back as it was.

Example::

    >>> accept(Path("data"), "005")                                   # doctest: +SKIP
    {'facts': 'facts/005.yaml', 'categories': 'categories/005.yaml', 'source': '005_….txt', 'ids': 14}
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import yaml

from kg.data.check import check_dataset
from kg.data.load import load_dataset
from kg.data.review import DRAFT_MARK, inferred_notes, label_trouble, placeholders
from kg.errors import DataError, KGError, Problem

#: A draft fact file's name: its number, then -draft.
_DRAFT_NAME = re.compile(r"(?P<number>[0-9]{3,})-draft\.yaml")


class NotADraft(KGError):
    """The file named is not a draft fact file of the data folder."""


def accept(data_dir: Path, draft: str | Path) -> dict:
    """Accept the reviewed draft ``draft`` (``005``, ``005-draft.yaml`` or a path to it) of
    the data folder ``data_dir``; return what was done: ``{"facts", "categories" (None
    when the draft made no category), "source", "ids"}`` (paths relative to the folder,
    the number of ids renamed). Raises :class:`NotADraft`, or DataError with one problem
    per line when the data or the draft's review is not ready."""
    data_dir = Path(data_dir)
    facts_path = _draft_path(data_dir, draft)
    number = _DRAFT_NAME.fullmatch(facts_path.name).group("number")
    ds = load_dataset(data_dir, include_drafts=True)
    problems = check_dataset(ds)
    if problems:
        raise DataError(problems)  # (accepting data that does not check would hide the problem)
    rel = facts_path.relative_to(data_dir).as_posix()
    ff = next((f for f in ds.fact_files if f._file.endswith(rel)), None)
    if ff is None or not ff.draft:
        raise NotADraft(f"{rel}: not a draft (no draft: true); nothing to accept")
    cats_path = data_dir / "categories" / f"{number}-draft.yaml"
    left = _left_to_review(ds, rel, cats_path.relative_to(data_dir).as_posix())
    if left:
        raise DataError(left)
    targets = {facts_path: data_dir / "facts" / f"{number}.yaml",
               **({cats_path: data_dir / "categories" / f"{number}.yaml"} if cats_path.is_file() else {})}
    taken = [new for new in targets.values() if new.exists()]
    if taken:
        raise NotADraft("; ".join(f"{new.relative_to(data_dir).as_posix()}: exists already, "
                                  f"so the draft cannot take its name" for new in taken))
    text = facts_path.read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    entry = doc.get("source_entry")
    renames = _renames(ds, doc, cats_path, number)
    new_texts = {new: _renamed(old.read_text(encoding="utf-8"), renames) for old, new in targets.items()}
    new_texts[targets[facts_path]] = _renamed(_accepted(text), renames)
    registry = data_dir / "sources.yaml"
    before = registry.read_text(encoding="utf-8")
    if entry is not None:
        if any(s.get("file") == entry.get("file") for s in (yaml.safe_load(before) or {}).get("sources", [])):
            raise NotADraft(f"sources.yaml: lists {entry.get('file')} already; delete the draft's "
                            f"source_entry or that entry first")
        new_texts[registry] = before.rstrip("\n") + "\n" + _list_item(entry)
    _swap(new_texts, drop=list(targets), restore={registry: before, **{
        old: old.read_text(encoding="utf-8") for old in targets}}, data_dir=data_dir)
    return {"facts": targets[facts_path].relative_to(data_dir).as_posix(),
            "categories": targets[cats_path].relative_to(data_dir).as_posix() if cats_path in targets else None,
            "source": entry.get("file") if entry else None, "ids": len(renames)}


def _draft_path(data_dir: Path, draft: str | Path) -> Path:
    name = str(draft)
    if re.fullmatch(r"[0-9]{3,}", name):
        name = f"{name}-draft.yaml"
    path = Path(name)
    if not path.is_absolute() and not path.exists():
        path = data_dir / "facts" / path.name
    if not _DRAFT_NAME.fullmatch(path.name):
        raise NotADraft(f"{draft}: not a draft's name (facts/NNN-draft.yaml, or its number NNN)")
    if not path.is_file():
        raise NotADraft(f"{path}: no such draft in {data_dir / 'facts'}")
    try:
        return data_dir / path.resolve().relative_to(data_dir.resolve())
    except ValueError:
        raise NotADraft(f"{path}: not in the data folder {data_dir}") from None


def _left_to_review(ds, facts_file: str, cats_file: str) -> list[Problem]:
    """One problem per placeholder or draft's note the reviewer has still to replace."""
    records = [e for e in ds.entities.values() if e._file.endswith(facts_file)] \
        + [c for c in ds.categories.values() if c._file.endswith(cats_file)]
    return sorted(Problem(record._file, record.line_of(field),
                          f"label_en: write the English label of {record.label!r} before accepting"
                          + ("" if DRAFT_MARK in record.label_en else f": {label_trouble(record.label_en)}")
                          if field == "label_en" else
                          f"description: say what {record.label!r} is, or delete the draft's note, "
                          f"before accepting")
                  for record, field in placeholders(records)) + sorted(
        Problem(ff._file, flow.line_of("note"), f"note: check {flow.id} against its quotes, then delete "
                "the draft's note or say what was checked, before accepting")
        for ff in ds.fact_files if ff._file.endswith(facts_file) for flow in inferred_notes(ff))


def _renames(ds, doc: dict, cats_path: Path, number: str) -> dict[str, str]:
    """``{draft id: accepted id}`` for every id of the draft that says -draft-."""
    ids = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                ids.add(node["id"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(doc)
    if cats_path.is_file():
        walk(yaml.safe_load(cats_path.read_text(encoding="utf-8")))
    prefix = f"{number}-draft-"
    renames = {old: f"{number}-" + old[len(prefix):] for old in ids if old.startswith(prefix)}
    known = set(ds.entities) | set(ds.categories) | {i for f in ds.fact_files for i in _fact_ids(f)}
    clash = sorted(new for new in renames.values() if new in known)
    if clash:
        raise NotADraft(f"ids taken already, so the draft's cannot become them: {', '.join(clash)}")
    return renames


def _fact_ids(ff) -> list[str]:
    return [getattr(x, "id", None) for name in ("agenda_items", "flows", "relations", "access")
            for x in getattr(ff, name, None) or () if getattr(x, "id", None)]


def _renamed(text: str, renames: dict[str, str]) -> str:
    if not renames:
        return text
    # (whole ids only: a quote is the minutes' words and stays as it is)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(renames, key=len, reverse=True)))
                         + r")(?![\w-])")
    return pattern.sub(lambda m: renames[m.group(1)], text)


def _accepted(text: str) -> str:
    """The draft's text without its draft marks: the heading comment, ``draft: true`` and
    the ``source_entry`` block (it moves to sources.yaml)."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        if skipping and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        skipping = False
        if line.startswith("source_entry:"):
            skipping = True
            continue
        if line.rstrip() == "draft: true" or line.startswith("# kg extract の草案"):
            continue
        out.append(line)
    return "".join(out)


def _list_item(entry: dict) -> str:
    """The registry entry as an item of sources.yaml's list (two spaces, then - )."""
    body = yaml.safe_dump(entry, allow_unicode=True, sort_keys=False, width=1000).splitlines()
    return "".join(("  - " if n == 0 else "    ") + line + "\n" for n, line in enumerate(body))


def _swap(texts: dict[Path, str], drop: list[Path], restore: dict[Path, str], data_dir: Path) -> None:
    """Write ``texts`` (each to a temporary file, then renamed into place), delete the
    ``drop`` files, and check the folder; on a failed check put ``restore`` back, delete
    what was new, and raise the check's problems."""
    for path, text in texts.items():
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    for path in drop:
        path.unlink()
    try:
        problems = check_dataset(load_dataset(data_dir, include_drafts=True))
    except DataError as exc:
        problems = exc.problems
    if problems:
        for path in texts:
            if path not in restore:
                path.unlink(missing_ok=True)
        for path, text in restore.items():
            path.write_text(text, encoding="utf-8")
        raise DataError(problems)
