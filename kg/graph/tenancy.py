"""Who each curated entity belongs to: one municipality, one prefecture, or everyone.

:class:`Tenancy` reads a data folder as plain YAML and gives every entity a
scope, which :mod:`kg.graph.synthetic` needs to replicate municipalities
without cloning what they share:

* ``local`` to one municipality: the municipality, its council, departments,
  local systems, unnamed contractors, the people its data is about;
* ``regional`` to one prefecture: the prefecture, what a curator placed in it
  (each NHI federation and its instance of a shared product) and named bodies
  named after it (東京弁護士会);
* ``shared``: national bodies, shared systems and products, named companies.

An entity the curators left unplaced is judged by the facts that name it
(data/README.md, rule 3: a local system names its municipality, so a system
that names none is not local; a party named only beside one prefecture's
bodies belongs to that prefecture; any other party stays with its document).

Example::

    >>> t = Tenancy(paths.data_dir())                         # doctest: +SKIP
    >>> t.scope["jlis"], t.scope["kokuho-shuyaku-tokyo"]      # doctest: +SKIP
    (('shared', None), ('regional', 'tokyo'))
"""
from __future__ import annotations

from pathlib import Path

import yaml

LOCAL, REGIONAL, SHARED = "local", "regional", "shared"
#: A label ends with the kind of body it names (東村山市, 杉並区, 東京都, 埼玉県).
MUNICIPALITY_KINDS, PREFECTURE_KINDS = "市区町村", "都道府県"
#: Named real-world bodies: never local, regional only when named after a prefecture.
NAMED_TYPES = frozenset({"company", "public-body", "association"})
#: Fields of an entity that place it (its scope follows theirs).
PLACING = ("municipality", "prefecture", "part_of", "member_of")
#: Keys whose values are ids of entities, facts or meetings.
ID_KEYS = frozenset({"id", "item", "source", "target", "via", "controller", "subject", "object",
                     "system", "party", "department", "meeting", "replaced_by", "applies_to",
                     "council", "instance_of", *PLACING})
#: Keys whose values are category or vocabulary ids, numbers or patterns.
KEPT_KEYS = frozenset({"categories", "removes", "adds", "kinds", "outcome", "channel", "status",
                       "kind", "type", "role", "permission", "mode", "basis", "vote", "line",
                       "agenda", "date", "date_end", "fiscal_year", "written"})
FACT_SECTIONS = ("agenda_items", "flows", "relations", "access", "safeguards", "concerns")


def load_yaml(path: Path):
    """Return the plain data of a YAML file (libyaml's parser when PyYAML has it)."""
    return yaml.load(path.read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def place_names(ent: dict, kinds: str, fictitious: str, fictitious_en: str) -> dict[str, str]:
    """Return ``{real name: fictitious name}`` for a municipality or prefecture entity.

    Its label, the label without its kind (東京 in 東京弁護士会), aliases of two
    or more characters (都 stands inside ordinary words), and in English its
    label and first word.

    >>> names = place_names({"label": "東京都", "label_en": "Tokyo Metropolitan Government",
    ...                      "aliases": ["都"]}, "都道府県", "合成第01県", "Synthetic Prefecture 01")
    >>> sorted(names)
    ['Tokyo', 'Tokyo Metropolitan Government', '東京', '東京都']
    """
    label, label_en = ent["label"], ent["label_en"]
    out = {label: fictitious}
    if label[-1] in kinds and len(label) >= 3:
        out[label[:-1]] = fictitious
    out.update({alias: fictitious for alias in ent.get("aliases", []) if len(alias) >= 2})
    out[label_en] = fictitious_en
    first = label_en.split()[0]
    if len(first) >= 4 and first[0].isupper():
        out[first] = fictitious_en
    return out


def ids(node):
    """Yield every value under an id key of ``node`` (a fact, a fact file ...).

    >>> list(ids({"id": "f", "source": "a", "categories": ["name"], "evidence": ["q"]}))
    ['f', 'a']
    """
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ID_KEYS:
                yield from value if isinstance(value, list) else [value]
            elif key not in KEPT_KEYS:
                yield from ids(value)
    elif isinstance(node, list):
        for item in node:
            yield from ids(item)


class Tenancy:
    """A data folder as plain YAML, and ``scope[id] = (local|regional|shared, owner)``.

    ``owner`` is the municipality of a local entity, the prefecture of a
    regional one, None for a shared one.
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self.registry = load_yaml(self.root / "sources.yaml")["sources"]
        self.shared = load_yaml(self.root / "entities" / "shared.yaml")["entities"]
        self.facts = {p.stem: load_yaml(p) for p in sorted((self.root / "facts").glob("*.yaml"))}
        self.entities = {e["id"]: e for e in self.shared}
        self.home = {}  # fact-file entity -> the municipality of its document
        muni_of = {s["file"]: s["municipality"] for s in self.registry}
        for ff in self.facts.values():
            for ent in ff.get("entities") or []:
                self.entities[ent["id"]] = ent
                self.home[ent["id"]] = muni_of[ff["source"]]
        self.municipalities = list(dict.fromkeys(s["municipality"] for s in self.registry))
        self.prefectures = [k for k, e in self.entities.items() if e["type"] == "prefecture"]
        self.scope = self._scopes()

    def _placed(self, key: str, seen: frozenset = frozenset()):
        """Return the scope an entity's own fields give it, or None."""
        if key in self.municipalities:
            return LOCAL, key
        if key in self.prefectures:
            return REGIONAL, key
        found = [self._placed(ref, seen | {key}) for ref in
                 (self.entities[key].get(name) for name in PLACING)
                 if ref in self.entities and ref not in seen]
        return next((s for s in found if s and s[0] == LOCAL), None) or \
            next((s for s in found if s), None)

    def _scopes(self) -> dict[str, tuple[str, str | None]]:
        placed = {key: self._placed(key) for key in self.entities}
        products = {e.get("instance_of") for e in self.entities.values()}
        named = {n: p for p in self.prefectures
                 for n in place_names(self.entities[p], PREFECTURE_KINDS, "", "")}
        near = self._named_together()
        scope = {}
        for key, ent in self.entities.items():
            if placed[key]:
                scope[key] = placed[key]
            elif ent["type"] in NAMED_TYPES:
                pref = next((p for n, p in named.items() if n in ent["label"]), None)
                scope[key] = (REGIONAL, pref) if pref else (SHARED, None)
            elif key in products or key not in self.home:
                scope[key] = (SHARED, None)
            else:
                around = [placed[k] for k in near.get(key, ()) if placed[k]]
                regional = next((s for s in around if s[0] == REGIONAL), None)
                if ent["type"] != "system" and (any(s[0] == LOCAL for s in around) or not regional):
                    scope[key] = (LOCAL, self.home[key])
                else:
                    scope[key] = regional or (SHARED, None)
        return scope

    def _named_together(self) -> dict[str, set[str]]:
        """Map each entity to the entities named in the same facts."""
        out: dict[str, set[str]] = {}
        for ff in self.facts.values():
            for section in FACT_SECTIONS[1:5]:  # the facts that name parties and systems
                for fact in ff.get(section) or []:
                    keys = {v for v in ids(fact) if v in self.entities}
                    for key in keys:
                        out.setdefault(key, set()).update(keys - {key})
        return out
