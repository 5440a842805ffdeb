"""What the extractor knows: the patterns of ``data/extract/`` and the project's registries.

Every curated document teaches the extractor: the labels and aliases of the
parties and systems of ``entities/`` and of every fact file, the category tree
and the channels become names the entity ruler finds. For the leave-one-out
evaluation a lexicon can leave out what only one document taught.

Example::

    >>> lex = Lexicon.from_data(paths.data_dir())                # doctest: +SKIP
    >>> [t.id for t in lex.lookup("J-L I S")]                     # doctest: +SKIP
    ['jlis']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg import paths
from kg.data import models
from kg.data.evidence import normalise
from kg.data.load import Dataset, load_dataset
from kg.errors import ExtractError

#: Fact fields that name an entity: an entity any of them names was taught by that document.
_ENTITY_FIELDS = {"flows": ("source", "target", "via", "controller"),
                  "relations": ("subject", "object", "system", "controller"),
                  "access": ("party", "system", "source", "controller"),
                  "agenda_items": ("department",)}
#: Types of local entities never matched by name in another document: they stand for
#: one document's unnamed contractor or group of people.
_DOCUMENT_ONLY = {"unnamed-party", "data-subject"}


@dataclass(frozen=True)
class Target:
    """What a name stands for: an entity, a category or a channel of the registries."""

    kind: str          # entity | category | channel
    id: str
    type: str | None = None


@dataclass
class Lexicon:
    """Patterns plus the registries' names; ``names`` maps a normalised name to targets."""

    patterns: dict
    entities: dict[str, models.Entity] = field(default_factory=dict)
    categories: dict[str, models.Category] = field(default_factory=dict)
    channels: dict[str, models.Term] = field(default_factory=dict)
    names: dict[str, list[Target]] = field(default_factory=dict)
    #: source file -> registry entry of the minutes the data folder already has
    sources: dict[str, models.Source] = field(default_factory=dict)
    source_texts: dict[str, str] = field(default_factory=dict)
    _scanner: re.Pattern | None = None

    @classmethod
    def from_data(cls, data_dir: Path | None = None, exclude_source: str | None = None
                  ) -> "Lexicon":
        """Return the lexicon of a data folder (curated facts only, drafts left out)."""
        ds = load_dataset(Path(data_dir) if data_dir else paths.data_dir())
        return cls.from_dataset(ds, exclude_source)

    @classmethod
    def from_dataset(cls, ds: Dataset, exclude_source: str | None = None) -> "Lexicon":
        """Return the lexicon of ``ds``; with ``exclude_source``, without what only it taught."""
        taught_e, taught_c = taught(ds)
        only = lambda table, key: exclude_source is not None and table.get(key) == {exclude_source}  # noqa: E731
        lex = cls(patterns=load_patterns())
        lex.entities = {k: e for k, e in ds.entities.items() if not only(taught_e, k)}
        lex.taught_by = taught_e
        # a document's own categories (categories/NNN.yaml) are its local words, not the tree's
        lex.categories = {k: c for k, c in ds.categories.items() if not only(taught_c, k)
                          and "categories/" not in c._file.replace("\\", "/")}
        lex.channels = {t.id: t for t in ds.vocabulary.channels} if ds.vocabulary else {}
        lex.item_kinds = {t.id for t in ds.vocabulary.item_kinds} if ds.vocabulary else set()
        lex.sources = {f: d.entry for f, d in ds.sources.items() if f != exclude_source}
        lex.source_texts = {f: d.text for f, d in ds.sources.items() if f != exclude_source}
        lex._index()
        return lex

    # -- names ---------------------------------------------------------------

    def _add(self, name: str | None, target: Target) -> None:
        key = normalise(name or "")
        if len(key) < 2 or key in self.patterns.get("not_names", ()):
            return
        bucket = self.names.setdefault(key, [])
        if target not in bucket:
            bucket.append(target)

    def _index(self) -> None:
        forms = self.patterns.get("company_forms", [])
        for ent in self.entities.values():
            target = Target("entity", ent.id, ent.type)
            for name in [ent.label, *ent.aliases]:
                self._add(name, target)
                bare = name
                for form in forms:
                    bare = bare.replace(form, "")
                if bare != name and len(normalise(bare)) >= 3:
                    self._add(bare, target)
                if "（" in name or "(" in name:  # 国保資格システム（志木市） -> 国保資格システム
                    self._add(re.split(r"[（(]", name)[0], target)
        for cat in self.categories.values():
            for name in [cat.label, *cat.aliases]:
                self._add(name, Target("category", cat.id))
        for word, key in load_category_words().items():
            if key in self.categories:
                self._add(word, Target("category", key))
        for term in self.channels.values():
            for name in [term.label, *term.aliases]:
                self._add(name, Target("channel", term.id))
        for form, channel in self.patterns.get("channel_forms", {}).items():
            if channel in self.channels:
                self._add(form, Target("channel", channel))
        keys = sorted(self.names, key=len, reverse=True)
        self._scanner = re.compile("|".join(re.escape(k) for k in keys), re.IGNORECASE) if keys else None

    def lookup(self, name: str) -> list[Target]:
        """Return the targets a name stands for (empty when unknown)."""
        return list(self.names.get(normalise(name), []))

    def scan(self, text: str):
        """Yield ``(start, end, targets)`` for each registry name in cleaned ``text``."""
        if self._scanner is None:
            return
        for match in self._scanner.finditer(text):
            yield match.start(), match.end(), self.names[match.group(0).lower()] \
                if match.group(0).lower() in self.names else self.lookup(match.group(0))

    def entity_usable(self, ent: models.Entity, municipality: str | None,
                      prefecture: str | None = None, source: str | None = None) -> bool:
        """A local entity is linked only in its own municipality's (or prefecture's) minutes;
        an unnamed party or a group of people only in the minutes that named it."""
        if ent.type in _DOCUMENT_ONLY or self._generic(ent) and (
                ent.type in ("company", "association") or "facts/" in ent._file.replace("\\", "/")):
            # (医療機関, alias 病院, of 杉並区's minutes: that ward's hospitals, not another
            # town's 町立病院; 金融機関 one town's minutes name: its banks, not another's. A
            # body the registry holds for every municipality, such as 警察, is linked anywhere.)
            return source is not None and source in getattr(self, "taught_by", {}).get(ent.id, ())
        if ent.municipality is None:
            return True
        owner = self.entities.get(ent.municipality)
        if owner is not None and owner.type == "prefecture":
            return prefecture is not None and owner.label == prefecture
        return ent.municipality == municipality

    def _generic(self, ent: models.Entity) -> bool:
        """True when a company's or association's names are all common nouns for many
        bodies (医療機関, 病院): a group, not one business."""
        return all(self.common_noun(name) for name in (ent.label, *ent.aliases))

    def common_noun(self, name: str) -> bool:
        """True when ``name`` is a common noun for many bodies (金融機関, 警察, 医療機関).

        >>> Lexicon(patterns={"generic_bodies": ["金融機関"]}).common_noun("金融機関")
        True
        """
        if not hasattr(self, "_common"):  # (asked once per mention: the words are read once)
            self._common = {normalise(w) for key in ("generic_bodies", "groups")
                            for w in self.patterns.get(key, ())}
        return normalise(name) in self._common

    def unplaced_body(self, name: str) -> bool:
        """True when ``name`` is a body every prefecture has, said without which
        (国民健康保険団体連合会, 国保連合会): the one of the minutes' own prefecture.

        >>> Lexicon(patterns={"prefecture_forms": {"国保連": "{prefecture}国民健康保険団体連合会"}}).unplaced_body("国民健康保険団体連合会")
        True
        """
        forms = self.patterns.get("prefecture_forms", {})
        plain = {normalise(p.replace("{prefecture}", "")) for p in forms.values() if "{prefecture}" in p}
        return normalise(name) in plain | {normalise(k) for k, p in forms.items() if "{prefecture}" in p}

    def instances(self, product: str) -> list[models.Entity]:
        return [e for e in self.entities.values() if e.instance_of == product]

    def category_under(self, label: str) -> str:
        """Return the category of the tree a new category named ``label`` goes under: the
        one its name ends with before a generic ending (医療レセプト情報: レセプト, nc58
        W13: who-can-see レセプト missed data under a new name), else personal-information.

        >>> Lexicon.from_data().category_under("医療レセプト情報")          # doctest: +SKIP
        'receipt'
        """
        stem = re.sub(r"(?:の)?(?:情報|データ|記録|一覧)$", "", label)
        found = [(len(name), cid) for cid, cat in self.categories.items() for name in (cat.label, *cat.aliases)
                 if len(name) >= 2 and stem.endswith(name) and name != label]
        return max(found)[1] if found else "personal-information"

    def category_ancestors(self, key: str) -> set[str]:
        """Return ``key`` with every broader category and what it contains (transitively)."""
        seen, stack = set(), [key]
        while stack:
            cur = stack.pop()
            if cur in seen or cur not in self.categories:
                seen.add(cur)
                continue
            seen.add(cur)
            stack.extend(self.categories[cur].broader)
        return seen


def my_number_categories(categories: dict, root: str = "my-number") -> set[str]:
    """Return the ids of the categories that carry a My Number: ``root`` and every category
    narrower than it or holding it, directly or through another (特定個人情報, the card,
    本人確認情報), so the tree in ``data/`` decides, not a list in code.

    Example::

        >>> sorted(my_number_categories(Lexicon.from_data().categories))   # doctest: +SKIP
        ['honnin-kakunin-joho', 'my-number', 'my-number-card', 'specific-personal-information']
    """
    def reaches(key: str) -> bool:
        seen, stack = set(), [key]
        while stack:
            cur = stack.pop()
            if cur == root:
                return True
            if cur in seen or cur not in categories:
                continue
            seen.add(cur)
            stack.extend([*categories[cur].broader, *categories[cur].contains])
        return False
    return {key for key in categories if reaches(key)} | {root}


def taught(ds: Dataset) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Return which sources taught each entity and each category (named it in their facts)."""
    entities: dict[str, set[str]] = {}
    categories: dict[str, set[str]] = {}
    for ff in ds.fact_files:
        for ent in ff.entities:
            entities.setdefault(ent.id, set()).add(ff.source)
        for section, fields in _ENTITY_FIELDS.items():
            for fact in getattr(ff, section):
                for name in fields:
                    value = getattr(fact, name, None)
                    if value:
                        entities.setdefault(value, set()).add(ff.source)
                for cat in getattr(fact, "categories", []) or []:
                    categories.setdefault(cat, set()).add(ff.source)
    return entities, categories


def patterns_path() -> Path:
    return paths.data_dir() / "extract" / "patterns.yaml"


@lru_cache(maxsize=4)
def _patterns(path: str, mtime: float) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractError(f"{path}: cannot read the extraction patterns ({exc})") from None
    if not isinstance(data, dict):
        raise ExtractError(f"{path}: expected a mapping of patterns")
    data["not_names"] = {normalise(n) for n in data.get("not_names", [])}
    return data


def load_category_words() -> dict[str, str]:
    """Return ``data/extract/categories.yaml``: words of the minutes -> category ids."""
    path = patterns_path().parent / "categories.yaml"
    if not path.is_file():
        path = paths._bundled("data") / "extract" / "categories.yaml"
    if not path.is_file():
        return {}
    data = _patterns(str(path), path.stat().st_mtime)
    words = data.get("words") or {}
    if not isinstance(words, dict):
        raise ExtractError(f"{path}: 'words' must map words to category ids")
    return words


def load_patterns(path: Path | None = None) -> dict:
    """Return ``data/extract/patterns.yaml`` (read once per change of the file)."""
    path = Path(path) if path else patterns_path()
    if not path.is_file():
        # the patterns travel with the bundled data even when $KG_DATA points elsewhere
        path = paths._bundled("data") / "extract" / "patterns.yaml"
    try:
        mtime = path.stat().st_mtime
    except OSError:
        raise ExtractError(f"{path}: the extraction patterns are missing") from None
    return _patterns(str(path), mtime)
