"""Synthetic data for benchmarks only: never mixed with the bundled data.

:func:`write_dataset` writes a complete data folder (minutes text, registries,
fact files) for N made-up municipalities into a folder of your choosing, so the
real pipeline (load, evidence check, compile) can be timed at the scale of all
1,741 municipalities of Japan. Every id starts with ``syn-`` and every minutes
file says it is synthetic. Taxonomies (categories, vocabulary) and audit rules are copied from
the bundled data so that queries such as ``who-can-see 個人番号`` work.

Example::

    >>> write_dataset(Path("/tmp/syn"), municipalities=10)   # doctest: +SKIP
    >>> proj = generate(10)                                   # doctest: +SKIP
    >>> sum(e["type"] == "municipality" for e in proj.entities.values())  # doctest: +SKIP
    10
"""
from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

import yaml

from kg import paths
from kg.errors import KGError

#: A file that marks a folder as written by :func:`write_dataset`.
MARKER = ".kg-synthetic"

PREFECTURES = 47
VENDORS = 40
CHANNELS = ["lgwan", "dedicated-line", "internet-tls", "usb", "cd-rw", "paper", "mail"]
CATEGORY_SETS = [["my-number", "name", "address"], ["insurance-eligibility", "name"],
                 ["health", "name", "date-of-birth"], ["child-protection", "name"],
                 ["juminhyo"], ["koseki"], ["income-tax", "name"], ["care-information"]]


def _dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_dataset(out_dir: Path, municipalities: int, seed: int = 0) -> Path:
    """Write a synthetic data folder for ``municipalities`` municipalities; return it."""
    rng = random.Random(seed)
    out = Path(out_dir)
    if out.exists() and any(out.iterdir()):
        # Only ever replace a folder this function wrote: never real data.
        if not (out / MARKER).is_file():
            raise KGError(f"{out} is not empty and holds no synthetic data; "
                          "give an empty or new folder")
        shutil.rmtree(out)
    real = paths.data_dir()
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("synthetic benchmark data written by kg.synthetic\n")
    shutil.copy(real / "vocabulary.yaml", out / "vocabulary.yaml")
    shutil.copy(real / "categories.yaml", out / "categories.yaml")
    shutil.copy(real / "rules.yaml", out / "rules.yaml")

    shared = [{"id": f"syn-pref-{p}", "type": "prefecture", "label": f"合成県{p}",
               "label_en": f"Synthetic prefecture {p}"} for p in range(PREFECTURES)]
    shared += [{"id": f"syn-kokuho-{p}", "type": "public-body",
                "label": f"合成県{p}国民健康保険団体連合会", "municipality": f"syn-pref-{p}",
                "label_en": f"Synthetic NHI federation {p}"} for p in range(PREFECTURES)]
    # One product, run separately by each prefecture's federation (an instance each).
    shared += [{"id": "syn-shuyaku", "type": "system", "label": "合成集約システム",
                "label_en": "Synthetic consolidation system (product)"}]
    shared += [{"id": f"syn-shuyaku-{p}", "type": "system", "instance_of": "syn-shuyaku",
                "label": f"合成集約システム（合成県{p}）", "municipality": f"syn-pref-{p}",
                "label_en": f"Synthetic consolidation system, prefecture {p}"}
               for p in range(PREFECTURES)]
    shared += [{"id": "syn-jlis", "type": "public-body", "label": "合成情報システム機構",
                "label_en": "Synthetic J-LIS", "aliases": ["SJ-LIS"]},
               {"id": "syn-center", "type": "system", "label": "合成証明書交付センター",
                "label_en": "Synthetic certificate centre"},
               {"id": "syn-juki-net", "type": "system", "label": "合成住基ネット",
                "label_en": "Synthetic resident network"}]
    shared += [{"id": f"syn-vendor-{v}", "type": "company", "label": f"合成ベンダー{v}株式会社",
                "label_en": f"Synthetic Vendor {v} Co."} for v in range(VENDORS)]
    sources = []
    for m in range(municipalities):
        pref = m % PREFECTURES
        mid = f"syn-muni-{m}"
        shared += [{"id": mid, "type": "municipality", "label": f"合成市{m}",
                    "label_en": f"Synthetic City {m}", "prefecture": f"syn-pref-{pref}"},
                   {"id": f"{mid}-council", "type": "council", "label": f"合成市{m}個人情報保護審議会",
                    "label_en": f"Synthetic City {m} privacy council", "municipality": mid}]
        file = f"syn_{m:05d}.txt"
        sources.append({"file": file, "municipality": mid, "title": f"合成市{m} 会議録（合成データ）",
                        "meeting": {"id": f"{mid}-meeting", "council": f"{mid}-council",
                                    "label": f"合成市{m}審議会", "date": f"20{17 + m % 4}-0{1 + m % 9}-15"}})
        _municipality(rng, out, m, pref, file)
    _dump(out / "entities" / "shared.yaml", {"entities": shared})
    _dump(out / "sources.yaml", {"sources": sources})
    return out


def _municipality(rng: random.Random, out: Path, m: int, pref: int, file: str) -> None:
    """Write one synthetic municipality's minutes and fact file."""
    mid = f"syn-muni-{m}"
    lines = [f"合成市{m}の会議録。これは性能測定のための合成データであり、実在しない。"]

    def say(text: str) -> str:
        lines.append(text)
        return text

    dept, system = f"{mid}-dept", f"{mid}-system"
    contractor, sub = f"{mid}-contractor", f"{mid}-subcontractor"
    vendor = f"syn-vendor-{min(int(rng.paretovariate(1.2)) - 1, VENDORS - 1)}"
    entities = [
        {"id": dept, "type": "department", "label": f"合成市{m}市民課", "label_en": "Citizens Division",
         "municipality": mid},
        {"id": system, "type": "system", "label": f"合成市{m}基幹システム", "label_en": "core system",
         "municipality": mid},
        {"id": contractor, "type": "unnamed-party", "role": "contractor",
         "label": f"合成市{m}受託者（名称不明）", "label_en": "unnamed contractor", "municipality": mid},
        {"id": sub, "type": "unnamed-party", "role": "subcontractor",
         "label": f"合成市{m}再委託先（名称不明）", "label_en": "unnamed subcontractor", "municipality": mid},
    ]
    items, flows, relations, access, safeguards, concerns = [], [], [], [], [], []
    for i in range(3):
        items.append({"id": f"{mid}-item-{i}", "type": "consultation", "number": str(i + 1),
                      "title": f"合成諮問{i + 1}", "kinds": ["outsourcing"], "department": dept,
                      "outcome": "approved", "evidence": [say(f"合成市{m}の諮問第{i + 1}号を承認した。")]})
    targets = [system, vendor, f"syn-shuyaku-{pref}", "syn-center", contractor, "syn-juki-net"]
    for f in range(8):
        source = dept if f % 2 == 0 else system
        target = targets[f % len(targets)]
        if target == source:
            target = f"syn-shuyaku-{pref}"
        cats = CATEGORY_SETS[rng.randrange(len(CATEGORY_SETS))]
        flow = {"id": f"{mid}-flow-{f}", "item": f"{mid}-item-{f % 3}", "source": source,
                "target": target, "categories": cats, "channel": rng.choice(CHANNELS),
                "frequency": "月次", "status": rng.choice(["current", "current", "planned"]),
                "evidence": [say(f"合成市{m}の流れ{f}：{'・'.join(cats)}を月次で送付する。")]}
        if "my-number" in cats and f % 4 == 1:
            flow["transformation"] = {"removes": ["my-number"], "adds": ["insured-person-number"]}
        flows.append(flow)
    relations += [
        {"id": f"{mid}-rel-0", "item": f"{mid}-item-0", "type": "entrusts", "subject": mid,
         "object": contractor, "categories": ["my-number", "name"],
         "evidence": [say(f"合成市{m}は受託者に業務を委託する。")]},
        {"id": f"{mid}-rel-1", "item": f"{mid}-item-0", "type": "re-entrusts", "subject": contractor,
         "object": sub, "permission": rng.choice(["allowed", "requires-approval", "forbidden"]),
         "evidence": [say(f"合成市{m}の受託者は再委託先に再委託する。")]},
        {"id": f"{mid}-rel-2", "item": f"{mid}-item-1", "type": "hosts", "subject": vendor,
         "object": system, "evidence": [say(f"合成市{m}の基幹システムはベンダーが設置する。")]},
        {"id": f"{mid}-rel-3", "item": f"{mid}-item-1", "type": "maintains", "subject": vendor,
         "object": system, "mode": "remote", "evidence": [say(f"合成市{m}の基幹システムはリモート保守とする。")]},
        {"id": f"{mid}-rel-4", "item": f"{mid}-item-1", "type": "operates",
         "subject": f"syn-kokuho-{pref}", "object": f"syn-shuyaku-{pref}",
         "evidence": [say(f"合成市{m}のデータを受ける集約システムは県の連合会が運用する。")]},
    ]
    if m == 0:  # a national body's system, stated once for every participant
        relations.append({"id": f"{mid}-rel-5", "item": f"{mid}-item-1", "type": "hosts",
                          "subject": "syn-jlis", "object": "syn-center",
                          "controller": "participants",
                          "evidence": [say("交付センターは機構が全ての参加団体のために設置する。")]})
    access.append({"id": f"{mid}-acc-0", "item": f"{mid}-item-2", "type": "excluded",
                   "party": contractor, "categories": ["koseki"], "context": "受託業務の範囲外",
                   "evidence": [say(f"合成市{m}の受託者は戸籍を取得できない。")]})
    safeguards.append({"id": f"{mid}-sg-0", "item": f"{mid}-item-0", "kind": "encryption",
                       "applies_to": [f"{mid}-flow-0"], "evidence": [say(f"合成市{m}は通信を暗号化する。")]})
    concerns.append({"id": f"{mid}-concern-0", "item": f"{mid}-item-0", "by": "委員",
                     "evidence": [say(f"合成市{m}の委員：再委託先の管理は十分か。")],
                     "answers": [{"by": "説明員", "evidence": [say(f"合成市{m}の説明員：契約で管理する。")]}]})
    (out / "sources").mkdir(exist_ok=True)
    (out / "sources" / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    _dump(out / "facts" / f"syn_{m:05d}.yaml", {
        "source": file, "entities": entities, "agenda_items": items, "flows": flows,
        "relations": relations, "access": access, "safeguards": safeguards, "concerns": concerns})


def generate(municipalities: int, seed: int = 0):
    """Return the Projection of a synthetic data set (built in a temporary folder)."""
    from kg.graph.build import load_checked
    from kg.graph.compile import compile_dataset
    from kg.graph.project import project

    with tempfile.TemporaryDirectory(prefix="kg-synthetic-") as tmp:
        data = write_dataset(Path(tmp) / "data", municipalities, seed)
        return project(compile_dataset(load_checked(data)))
