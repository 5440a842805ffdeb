"""Synthetic data for benchmarks: the curated documents replicated as fictitious municipalities.

:func:`write_dataset` writes a complete, valid data folder for N made-up
municipalities, so the real pipeline can be timed at the scale of all 1,741
municipalities of Japan *at the density of real data*. Municipality i takes
the minutes and fact files of one bundled municipality (its template, in turn:
東村山市's two documents, 杉並区's, ...) and gets a fictitious name
(``合成第0001市``) in one of 47 fictitious prefectures (``合成第01県``).

* Every local id (municipality, council, departments, local parties and
  systems, meetings, facts) is rewritten as ``syn-m0001-...``; the minutes are
  copied with the municipality's and its prefecture's names replaced the same
  way in the text and in every quote, so each quote still stands on its line.
  The first line of each minutes file says it is synthetic.
* Shared bodies are not cloned: national bodies, shared systems and products,
  and named companies keep their real ids and are used by every copy, so
  concentration and impact queries see the real multi-tenant shape.
* What the curated data ties to a prefecture (its NHI federation, the
  federation's instance of a shared product, bodies named after it) becomes
  one entity per synthetic prefecture, shared by that prefecture's
  municipalities: never 東京都's for a municipality elsewhere.
* The taxonomy, vocabulary and audit rules are copied once, unchanged.

Example::

    >>> write_dataset(Path("/tmp/syn"), municipalities=10)   # doctest: +SKIP
    PosixPath('/tmp/syn')
    >>> proj = generate(4)                                    # doctest: +SKIP
    >>> len({s["municipality"] for s in proj.sources.values()})  # doctest: +SKIP
    4
"""
from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg import paths
from kg.data.evidence import locate
from kg.errors import KGError
from kg.graph.tenancy import (FACT_SECTIONS, ID_KEYS, KEPT_KEYS, LOCAL, MUNICIPALITY_KINDS, PLACING,
                              PREFECTURE_KINDS, REGIONAL, SHARED, Tenancy, ids, place_names)

#: A file that marks a folder as written by :func:`write_dataset`.
MARKER = ".kg-synthetic"
PREFECTURES = 47

# -- generation parameters: how the fictitious names are written ------------------
#: 合成 ("synthetic") and an ordinal: no real place is named like this.
MUNICIPALITY_LABEL = "合成第{n}{kind}"
MUNICIPALITY_LABEL_EN = "Synthetic {kind} {n}"
PREFECTURE_LABEL = "合成第{n}県"
PREFECTURE_LABEL_EN = "Synthetic Prefecture {n}"
NOTICE = ("【合成データ】性能測定のために実在の会議録を複製し、自治体名と都道府県名を"
          "架空の名前に置き換えたもの。実在の自治体の会議録ではない。")

#: Placeholders for municipality i's number and its prefecture's: private-use
#: characters that no real text holds, so each template is rewritten once and
#: each municipality is then a plain replace (1,741 municipalities in seconds).
_M, _P = "\ue000", "\ue001"


def _dump(data) -> str:
    """Return ``data`` as block YAML, one line per value (no folding)."""
    return yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                     allow_unicode=True, sort_keys=False, width=1 << 30)


def _renamer(names: dict[str, str]):
    """Return a function replacing every name (longest first) in a text."""
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: names[m.group()], text)


@dataclass
class _Template:
    """One bundled municipality's documents, rewritten with placeholders."""

    municipality: str
    files: list[tuple[str, str]] = field(default_factory=list)  # (path, text)
    sources: str = ""     # its sources.yaml entries
    entities: str = ""    # its local entities kept in shared.yaml (itself, its council)
    regional: set[str] = field(default_factory=set)    # regional entity ids it uses
    shared: set[str] = field(default_factory=set)      # shared entity ids it uses


class _Rewriter:
    """Rewrite one template's files: map ids, rename places, keep every quote standing."""

    def __init__(self, bundled: Tenancy, muni: str):
        self.b, self.muni = bundled, muni
        ent = bundled.entities[muni]
        self.pref = ent.get("prefecture")
        kind = ent["label"][-1] if ent["label"][-1] in MUNICIPALITY_KINDS else "市"
        kind_en = ent["label_en"].split()[-1] if " " in ent["label_en"] else "Municipality"
        names = place_names(ent, MUNICIPALITY_KINDS, MUNICIPALITY_LABEL.format(n=_M, kind=kind),
                            MUNICIPALITY_LABEL_EN.format(n=_M, kind=kind_en))
        if self.pref:
            names = {**place_names(bundled.entities[self.pref], PREFECTURE_KINDS,
                                   PREFECTURE_LABEL.format(n=_P), PREFECTURE_LABEL_EN.format(n=_P)),
                     **names}
        self.rename = _renamer(names)
        self.ids = self._id_map()
        self.text = self.original = ""

    def _id_map(self) -> dict[str, str]:
        out = {}
        for key, (scope, owner) in self.b.scope.items():
            if scope == LOCAL and owner == self.muni:
                out[key] = _strip(key, self.muni, f"syn-m{_M}")
            elif scope == REGIONAL and owner == self.pref:
                out[key] = _strip(key, self.pref, f"syn-p{_P}")
        docs = [s for s in self.b.registry if s["municipality"] == self.muni]
        for entry in docs:
            out[entry["meeting"]["id"]] = _strip(entry["meeting"]["id"], self.muni, f"syn-m{_M}")
        for ff in self.b.facts.values():
            if ff["source"] in {s["file"] for s in docs}:
                for meeting in ff.get("meetings") or []:
                    out[meeting["id"]] = _strip(meeting["id"], self.muni, f"syn-m{_M}")
                for fact in (f for section in FACT_SECTIONS for f in ff.get(section) or []):
                    out[fact["id"]] = f"syn-m{_M}-{fact['id']}"
        if len(set(out.values())) != len(out):
            raise KGError(f"synthetic ids of {self.muni} collide; rename a local id")
        return out

    def entity(self, ent: dict) -> dict:
        """Return an entity rewritten; a clone names its scope when the original named none."""
        out = self.node(ent)
        scope = self.b.scope[ent["id"]][0]
        if scope == REGIONAL:  # unchanged aliases may still mean the real one (都国保連)
            out["aliases"] = [self.rename(a) for a in ent.get("aliases", [])
                              if self.rename(a) != a]
            out = {k: v for k, v in out.items() if v != []}
        if ent["id"] not in (self.muni, self.pref) and not out.get("municipality"):
            out["municipality"] = self.ids[self.muni if scope == LOCAL else self.pref]
        return out

    def node(self, node):
        """Return ``node`` with ids mapped and names replaced (quotes checked)."""
        if isinstance(node, dict):
            return {k: (self.ids_of(v) if k in ID_KEYS else v if k in KEPT_KEYS
                        else self.evidence(v) if k == "evidence" else self.node(v))
                    for k, v in node.items()}
        if isinstance(node, list):
            return [self.node(item) for item in node]
        return self.rename(node) if isinstance(node, str) else node

    def ids_of(self, value):
        if isinstance(value, dict):  # a source's meeting: a record, not a reference
            return self.node(value)
        if isinstance(value, list):
            return [self.ids.get(v, v) for v in value]
        return self.ids.get(value, value)

    def evidence(self, value) -> list:
        return [self.quote(q) for q in (value if isinstance(value, list) else [value])]

    def quote(self, quote):
        """Return a quote renamed; pin its line when the renamed text would move it."""
        text, line = ((quote, None) if isinstance(quote, str)
                      else (quote["quote"], quote.get("line")))
        where, new = locate(self.original, text, line), self.rename(text)
        if where is None:
            raise KGError(f"bundled quote not found in its minutes: {text!r}; run kg validate")
        found = locate(self.text, new, line)
        if found is not None and found.line == where.line:
            return new if isinstance(quote, str) else self.node(quote)
        if locate(self.text, new, where.line) is None:
            raise KGError(f"renaming breaks the quote {text!r}; it straddles a place name")
        pinned = {"quote": new, "line": where.line}
        if isinstance(quote, dict) and quote.get("note"):
            pinned["note"] = self.rename(quote["note"])
        return pinned

    def source(self, file: str) -> str:
        """Set the minutes being quoted and return their rewritten text."""
        self.original = (self.b.root / "sources" / file).read_text(encoding="utf-8")
        self.text = NOTICE + self.rename(self.original)  # line 1 says it; lines keep their numbers
        return self.text


def _strip(key: str, place: str, prefix: str) -> str:
    """``higashimurayama-somu-ka`` -> ``syn-m\\ue000-somu-ka``: the real name leaves the id."""
    rest = "-".join(part for part in key.split("-") if part != place)
    return f"{prefix}-{rest}" if rest else prefix


def _file(name: str) -> str:
    """``000_670b8370b20d9432.txt`` -> ``syn_\\ue000_000.txt``."""
    return f"syn_{_M}_{name.split('_')[0]}.txt"


def _template(b: Tenancy, muni: str) -> _Template:
    """Rewrite one bundled municipality's documents once, with placeholders."""
    rw, t = _Rewriter(b, muni), _Template(muni)
    used: set[str] = set()
    entries = []
    for entry in (s for s in b.registry if s["municipality"] == muni):
        new = rw.node({k: v for k, v in entry.items() if k != "url"})  # the real page is not ours
        new.update(file=_file(entry["file"]), title=new["title"] + "（合成データ）")
        entries.append(new)
        t.files.append((f"sources/{_file(entry['file'])}", rw.source(entry["file"])))
        used.add(entry["meeting"]["council"])
        for stem, ff in b.facts.items():
            if ff["source"] != entry["file"]:
                continue
            out = rw.node({k: v for k, v in ff.items() if k not in ("source", "entities")})
            local = [e for e in ff.get("entities") or [] if b.scope[e["id"]][0] == LOCAL]
            used.update(e["id"] for e in ff.get("entities") or [])
            used.update(v for v in ids({k: v for k, v in ff.items() if k != "source"})
                        if v in b.entities)
            t.files.append((f"facts/syn_{_M}_{stem}.yaml", _dump(
                {"source": _file(ff["source"]), "entities": [rw.entity(e) for e in local], **out})))
    t.sources = _dump(entries)
    used |= {k for k, (scope, owner) in b.scope.items() if scope == LOCAL and owner == muni}
    for key in _closure(b, used):
        scope, owner = b.scope[key]
        if scope == REGIONAL and owner != rw.pref:
            raise KGError(f"{muni}'s documents name '{key}' of another prefecture ({owner})")
        if scope == REGIONAL and key != rw.pref:
            t.regional.add(key)
        elif scope == SHARED:
            t.shared.add(key)
    t.entities = _dump([rw.entity(e) for e in b.shared if b.scope[e["id"]] == (LOCAL, muni)])
    return t


def _closure(b: Tenancy, keys: set[str]) -> list[str]:
    """Return ``keys`` and every entity they place or instantiate, in the bundled order."""
    todo, seen = list(keys), set()
    while todo:
        key = todo.pop()
        if key in seen or key not in b.entities:
            continue
        seen.add(key)
        todo.extend(b.entities[key].get(f) for f in (*PLACING, "instance_of"))
    return [key for key in b.entities if key in seen]


def _regional(b: Tenancy) -> tuple[dict[str, str], str]:
    """Return ``{regional entity: YAML with a prefecture placeholder}`` and the prefecture's.

    東京都国保連 and 埼玉県国保連 both become 合成第NN県国保連: one block, aliases merged.
    """
    merged: dict[str, dict] = {}  # synthetic id -> entity
    made: dict[str, str] = {}     # bundled id -> synthetic id
    for muni in b.municipalities:
        rw = _Rewriter(b, muni)
        for key in (k for k, s in b.scope.items() if s == (REGIONAL, rw.pref)):
            ent = rw.entity(b.entities[key])
            first = merged.setdefault(ent["id"], ent)
            aliases = list(dict.fromkeys(first.get("aliases", []) + ent.get("aliases", [])))
            first.update({"aliases": aliases} if aliases else {})
            made[key] = ent["id"]
    blocks = {key: _dump([merged[new]]) for key, new in made.items()}
    return blocks, next((blocks[p] for p in b.prefectures if p in blocks), "")


def _fresh(out_dir: Path, protect: Path) -> Path:
    """Return ``out_dir``, emptied only when :func:`write_dataset` wrote it."""
    out = Path(out_dir)
    if out.resolve() in (protect.resolve(), *protect.resolve().parents):
        raise KGError(f"{out} holds the data the synthetic data is made from; give another folder")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        # Only ever replace a folder this function wrote: never real data.
        if not (out / MARKER).is_file():
            raise KGError(f"{out} is not empty and holds no synthetic data; "
                          "give an empty or new folder")
        shutil.rmtree(out)
    (out / "sources").mkdir(parents=True, exist_ok=True)
    (out / "facts").mkdir(exist_ok=True)
    (out / "entities").mkdir(exist_ok=True)
    (out / MARKER).write_text("synthetic benchmark data written by kg.graph.synthetic\n")
    return out


def write_dataset(out_dir: Path, municipalities: int, seed: int = 0, *,
                  prefectures: int = PREFECTURES, data_dir: Path | None = None) -> Path:
    """Write a data folder of ``municipalities`` fictitious municipalities; return it.

    Municipality i (numbered from 1) copies template ``(i - 1 + seed) % T`` of
    the T bundled municipalities and lies in prefecture ``(i - 1) % prefectures + 1``.
    Refuses a non-empty folder it did not write (see :data:`MARKER`).

    >>> write_dataset(Path("/tmp/syn"), 4, prefectures=2)   # doctest: +SKIP
    PosixPath('/tmp/syn')
    """
    if municipalities < 1 or prefectures < 1:
        raise KGError("give at least one municipality and one prefecture")
    b = Tenancy(Path(data_dir) if data_dir else paths.data_dir())
    out = _fresh(out_dir, protect=b.root)
    for name in ("vocabulary.yaml", "categories.yaml", "rules.yaml"):
        shutil.copy(b.root / name, out / name)
    if (b.root / "categories").is_dir():  # document-specific categories, copied once
        shutil.copytree(b.root / "categories", out / "categories")
    templates = [_template(b, muni) for muni in b.municipalities]
    regional, prefecture = _regional(b)
    width, pwidth = max(4, len(str(municipalities))), max(2, len(str(prefectures)))
    sources, local = [], []
    needs: dict[str, set[str]] = {}  # prefecture number -> regional ids its municipalities use
    shared: set[str] = set()
    for i in range(municipalities):
        t = templates[(i + seed) % len(templates)]
        m, p = f"{i + 1:0{width}d}", f"{i % prefectures + 1:0{pwidth}d}"
        for path, text in t.files:
            (out / path.replace(_M, m)).write_text(text.replace(_M, m).replace(_P, p),
                                                   encoding="utf-8")
        sources.append(t.sources.replace(_M, m).replace(_P, p))
        local.append(t.entities.replace(_M, m).replace(_P, p))
        needs.setdefault(p, set()).update(t.regional)
        shared |= t.shared
    # The registry's national bodies and shared systems are there even when no copy names them.
    shared |= {e["id"] for e in b.shared if b.scope[e["id"]][0] == SHARED}
    entities = [prefecture.replace(_P, p) for p in sorted(needs)]
    entities += [_dump([e]) for e in b.entities.values() if e["id"] in shared]
    for p in sorted(needs):  # two template prefectures' bodies may be one synthetic body
        entities += dict.fromkeys(regional[k].replace(_P, p) for k in regional if k in needs[p])
    (out / "entities" / "shared.yaml").write_text(
        "entities:\n" + "".join(entities + local), encoding="utf-8")
    (out / "sources.yaml").write_text("sources:\n" + "".join(sources), encoding="utf-8")
    return out


def generate(municipalities: int, seed: int = 0, **options):
    """Return the Projection of a synthetic data set (built in a temporary folder).

    >>> len(generate(2).sources)   # doctest: +SKIP
    3
    """
    from kg.graph.build import load_checked
    from kg.graph.compile import compile_dataset
    from kg.graph.project import project

    with tempfile.TemporaryDirectory(prefix="kg-synthetic-") as tmp:
        data = write_dataset(Path(tmp) / "data", municipalities, seed, **options)
        return project(compile_dataset(load_checked(data)))
