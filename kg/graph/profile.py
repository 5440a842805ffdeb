"""How dense a data folder is, per municipality: the figures synthetic data must match.

:func:`profile` returns, for the municipalities whose minutes a data folder
holds, the mean number of facts of each kind, evidence quotes per fact,
categories per flow, entities and compiled triples. Benchmarks compare the
bundled data's profile with a synthetic folder's (``benchmarks/data_profile.py``),
so that figures measured on synthetic data hold for real data.

Example::

    >>> figures = profile(paths.data_dir())             # doctest: +SKIP
    >>> figures["municipalities"], round(figures["flows"], 2)   # doctest: +SKIP
    (4, 29.75)
"""
from __future__ import annotations

from pathlib import Path

from kg.data import models
from kg.data.load import Dataset

#: Fact sections of a fact file, counted per municipality.
FACT_KINDS = ("agenda_items", "flows", "relations", "access", "safeguards", "concerns")
#: Every figure of a profile, in the order reports show them.
FIGURES = (*FACT_KINDS, "evidence_per_fact", "categories_per_flow", "entities", "triples")


def _quotes(node) -> int:
    """Return how many evidence quotes lie in ``node`` (its answers and votes included)."""
    if isinstance(node, models.Quote):
        return 1
    if isinstance(node, models.Strict):
        return sum(_quotes(getattr(node, name)) for name in type(node).model_fields)
    if isinstance(node, list):
        return sum(_quotes(item) for item in node)
    return 0


def profile_of(ds: Dataset, triples: int | None = None) -> dict:
    """Return the profile of a loaded dataset; ``triples`` is the size of its compiled graph.

    Means are over the municipalities that have minutes in ``ds`` (shared bodies
    and prefectures are spread over them); ``triples`` is None when not given.

    >>> profile_of(load_checked(MINI))["municipalities"]   # doctest: +SKIP
    2
    """
    municipalities = len({doc.entry.municipality for doc in ds.sources.values()})
    if not municipalities:
        raise ValueError(f"{ds.root} holds no minutes")
    counts = {kind: sum(len(getattr(ff, kind)) for ff in ds.fact_files) for kind in FACT_KINDS}
    facts = [fact for ff in ds.fact_files for kind in FACT_KINDS for fact in getattr(ff, kind)]
    flows = [flow for ff in ds.fact_files for flow in ff.flows]
    out = {"municipalities": municipalities, "documents": len(ds.sources)}
    out.update({kind: counts[kind] / municipalities for kind in FACT_KINDS})
    out["evidence_per_fact"] = sum(_quotes(f) for f in facts) / len(facts) if facts else 0.0
    out["categories_per_flow"] = (sum(len(f.categories) for f in flows) / len(flows)
                                  if flows else 0.0)
    out["entities"] = len(ds.entities) / municipalities
    out["triples"] = None if triples is None else triples / municipalities
    return out


def profile(data_dir: Path, triples: bool = True) -> dict:
    """Return the profile of the data folder ``data_dir`` after every check.

    ``triples=False`` skips compiling (the one slow step at national scale).

    >>> profile(paths.data_dir())["documents"]   # doctest: +SKIP
    5
    """
    from kg.graph.build import load_checked
    from kg.graph.compile import compile_dataset

    ds = load_checked(Path(data_dir))
    return profile_of(ds, len(compile_dataset(ds)) if triples else None)


def ratios(base: dict, other: dict) -> dict:
    """Return ``other / base`` for each figure both profiles have (None where base is 0).

    >>> ratios({"flows": 20.0, "triples": None}, {"flows": 25.0, "triples": 10.0})
    {'flows': 1.25, 'triples': None}
    """
    out = {}
    for figure in FIGURES:
        if figure in base and figure in other:
            a, b = base[figure], other[figure]
            out[figure] = b / a if a and b is not None else None
    return out
