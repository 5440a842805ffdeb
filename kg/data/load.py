"""Load the curated data folder into one validated, in-memory :class:`Dataset`.

Reading is strict: every file must be UTF-8, well-formed YAML and match its
model in :mod:`kg.models`. All problems are collected and raised together as
one :class:`~kg.errors.DataError`, one ``file:line: message`` each.

Example::

    >>> ds = load_dataset(paths.data_dir())        # doctest: +SKIP
    >>> ds.entities["jlis"].label                  # doctest: +SKIP
    '地方公共団体情報システム機構'
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from kg.data import models
from kg.errors import DataError, Problem
from kg.data.yamlio import line_at, load_file, read_text


@dataclass
class SourceDoc:
    """A minutes file and its registry entry."""

    file: str
    display: str
    text: str | None  # None until read (see read_source_text)
    entry: models.Source


@dataclass
class Dataset:
    """Everything in ``data/``, validated for shape; see :mod:`kg.check` for references."""

    root: Path
    sources: dict[str, SourceDoc] = field(default_factory=dict)
    entities: dict[str, models.Entity] = field(default_factory=dict)
    categories: dict[str, models.Category] = field(default_factory=dict)
    vocabulary: models.Vocabulary | None = None
    meetings: dict[str, models.Meeting] = field(default_factory=dict)
    fact_files: list[models.FactFile] = field(default_factory=list)
    #: meeting id -> source file of the document that records that meeting
    meeting_source: dict[str, str] = field(default_factory=dict)
    #: audit rules (``rules.yaml``) as plain dicts
    rules: list[dict] = field(default_factory=list)
    #: files the sources registry lists (None when it could not be read)
    registered: set | None = None
    #: draft fact files (``kg extract``) read but left out, not asked for
    drafts_left_out: int = 0


def display_path(path: Path) -> str:
    """Return ``path`` relative to the working directory when it lies below it."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else str(path)
    except ValueError:  # other drive on Windows
        return str(path)


def attach_origin(model, raw, file: str) -> None:
    """Record on ``model`` (and every nested model) the file and line it came from,
    and the line of each of its fields."""
    if isinstance(model, BaseModel):
        private = model.__pydantic_private__  # set directly: a national build has millions
        private["_file"] = file
        private["_line"] = getattr(raw, "line", 0)
        lines = private["_field_lines"]
        fields = raw if isinstance(raw, dict) else {}
        for name, value in model.__dict__.items():
            sub = fields.get(name)
            line = getattr(sub, "line", 0)
            if line:
                lines[name] = line
            if isinstance(value, (BaseModel, list)):
                attach_origin(value, sub, file)
    elif isinstance(model, list) and isinstance(raw, list):
        for item, sub in zip(model, raw):
            if isinstance(item, (BaseModel, list)):
                attach_origin(item, sub, file)
    elif isinstance(model, list):
        for item in model:
            if isinstance(item, (BaseModel, list)):
                attach_origin(item, raw, file)


def _validate(cls, raw, display: str, problems: list[Problem]):
    """Validate ``raw`` as ``cls``; on failure add one problem per error and return None."""
    if not isinstance(raw, dict):
        problems.append(Problem(display, getattr(raw, "line", 1) or 1,
                                f"expected a mapping at the top of the file, found {type(raw).__name__}"))
        return None
    try:
        model = cls.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            loc = err["loc"]
            where = ".".join(str(p) for p in loc)
            msg = err["msg"]
            if err["type"] == "missing":
                msg = f"missing field '{loc[-1]}'"
                where = ".".join(str(p) for p in loc[:-1])
            elif err["type"] == "extra_forbidden":
                msg = f"unknown field '{loc[-1]}'"
                if any(ch in str(loc[-1]) for ch in " )）"):
                    msg += " (a value with a comma inside {...} must be quoted)"
                where = ".".join(str(p) for p in loc[:-1])
            elif "date" in err["type"]:
                msg = f"bad date {err.get('input')!r} (write YYYY-MM-DD)"
            problems.append(Problem(display, line_at(raw, loc),
                                    f"{where}: {msg}" if where else msg))
        return None
    attach_origin(model, raw, display)
    return model


def read_model(path: Path, cls, problems: list[Problem]):
    """Read one YAML file as model ``cls``; add problems and return None on failure."""
    display = display_path(path)
    try:
        raw = load_file(path, display)
    except DataError as exc:
        problems.extend(exc.problems)
        return None
    return _validate(cls, raw, display, problems)


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def load_dataset(root: Path, include_drafts: bool = False) -> Dataset:
    """Read every file under ``root`` (a ``data/`` folder) and return a Dataset.

    Fact files marked ``draft: true`` (proposed by ``kg extract``) are left out
    unless ``include_drafts``. Raises DataError listing every problem found,
    each as ``file:line: message``.
    """
    root = Path(root)
    problems: list[Problem] = []
    ds = load_registry(root, problems)
    for path in fact_file_paths(root):
        facts = read_model(path, models.FactFile, problems)
        if facts is not None and facts.draft and not include_drafts:
            ds.drafts_left_out += 1
        if facts is None or (facts.draft and not include_drafts):
            continue
        if facts.source_entry is not None:
            register_draft_source(ds, facts, problems)
        add_fact_file(ds, facts, problems)
    if problems:
        raise DataError(problems)
    return ds


def fact_file_paths(root: Path) -> list[Path]:
    """Return the fact files of the data folder ``root``, in build order."""
    return _yaml_files(Path(root) / "facts")


def load_registry(root: Path, problems: list[Problem], *, texts: bool = True) -> Dataset:
    """Return a Dataset of everything in ``root`` but the fact files: the sources
    registry and minutes, vocabulary, rules, categories and shared entities.

    Problems are added to ``problems``. With ``texts=False`` the minutes are not
    read (only checked to exist); :func:`read_source_text` reads one when needed.
    """
    root = Path(root)
    ds = Dataset(root=root)
    registry = read_model(root / "sources.yaml", models.SourceRegistry, problems)
    ds.registered = {entry.file for entry in registry.sources} if registry else None
    for entry in registry.sources if registry else []:
        path = root / "sources" / entry.file
        display = display_path(path)
        if not path.is_file():
            problems.append(Problem(entry._file, entry._line, f"source file not found: {display}"))
            continue
        text = None
        if texts:
            try:
                text = read_text(path, display)
            except DataError as exc:
                problems.extend(exc.problems)
                continue
        ds.sources[entry.file] = SourceDoc(entry.file, display, text, entry)
        _add(ds.meetings, entry.meeting, problems, "meeting")
        ds.meeting_source[entry.meeting.id] = entry.file

    ds.vocabulary = read_model(root / "vocabulary.yaml", models.Vocabulary, problems)
    rules = read_model(root / "rules.yaml", models.RuleFile, problems)
    ds.rules = [rule.model_dump() for rule in rules.rules] if rules else []

    for path in registry_file_paths(root)["categories"]:
        taxonomy = read_model(path, _CategoryFile, problems)
        for cat in taxonomy.categories if taxonomy else []:
            _add(ds.categories, cat, problems, "category")

    for path in registry_file_paths(root)["entities"]:
        reg = read_model(path, _EntityFile, problems)
        for ent in reg.entities if reg else []:
            _add(ds.entities, ent, problems, "entity")
    return ds


def registry_file_paths(root: Path) -> dict[str, list[Path]]:
    """Return the files of the shared registries by kind (everything but facts and minutes)."""
    root = Path(root)
    return {"sources": [root / "sources.yaml"], "vocabulary": [root / "vocabulary.yaml"],
            "rules": [root / "rules.yaml"],
            "categories": [root / "categories.yaml", *_yaml_files(root / "categories")],
            "entities": _yaml_files(root / "entities")}


def read_source_text(ds: Dataset, file: str) -> str:
    """Return the text of the minutes ``file``, reading it once; raise DataError if unreadable."""
    doc = ds.sources[file]
    if doc.text is None:
        doc.text = read_text(ds.root / "sources" / file, doc.display)
    return doc.text


def add_fact_file(ds: Dataset, facts: models.FactFile | None, problems: list[Problem]) -> bool:
    """Add a read fact file (and the entities and meetings it defines) to ``ds``;
    return whether it was added (its source must be registered and readable)."""
    if facts is None:
        return False
    if facts.source not in ds.sources:
        # A source that is registered but could not be read is reported already.
        if ds.registered is not None and facts.source not in ds.registered:
            known = ", ".join(sorted(ds.registered)) or "none"
            problems.append(Problem(facts._file, facts._line,
                                    f"unknown source '{facts.source}' (known: {known})"))
        return False
    ds.fact_files.append(facts)
    for ent in facts.entities:
        _add(ds.entities, ent, problems, "entity")
    for meeting in facts.meetings:
        _add(ds.meetings, meeting, problems, "meeting")
    return True


def register_draft_source(ds: Dataset, facts: models.FactFile, problems: list[Problem], *,
                          texts: bool = True) -> None:
    """Register the minutes a draft fact file carries the registry entry of
    (``source_entry``: minutes the registry does not list yet)."""
    entry = facts.source_entry
    if entry.file != facts.source:
        problems.append(Problem(facts._file, entry._line,
                                f"source_entry.file '{entry.file}' is not the source '{facts.source}'"))
        return
    if entry.file in ds.sources or (ds.registered and entry.file in ds.registered):
        return
    path = ds.root / "sources" / entry.file
    if not path.is_file():
        problems.append(Problem(facts._file, entry._line,
                                f"source file not found: {display_path(path)}"))
        return
    text = None
    if texts:
        try:
            text = read_text(path, display_path(path))
        except DataError as exc:
            problems.extend(exc.problems)
            return
    ds.sources[entry.file] = SourceDoc(entry.file, display_path(path), text, entry)
    _add(ds.meetings, entry.meeting, problems, "meeting")
    ds.meeting_source[entry.meeting.id] = entry.file


class _CategoryFile(models.Strict):
    categories: list[models.Category]


class _EntityFile(models.Strict):
    entities: list[models.Entity]


def _add(table: dict, obj, problems: list[Problem], what: str) -> None:
    if obj.id in table:
        first = table[obj.id]
        problems.append(Problem(obj._file, obj._line,
                                f"duplicate {what} id '{obj.id}' (first defined at {first.where})"))
    else:
        table[obj.id] = obj
