"""Why the extractor missed each curated flow it missed (``kg extract --evaluate --misses``).

Each seed is read as in :mod:`kg.extract.evaluate` (leave-one-out), and every
curated flow no proposal matches gets one reason, the first that holds:

* ``other data``: a proposed flow has its ends but none of its data;
* ``one sentence``: one of the lines its quotes stand on names both ends (the
  municipality's own side counts as named everywhere: the extractor falls back
  on it), yet no flow is proposed there: a verb or pattern is missing;
* ``context``: no such line names both ends: the flow needs what other
  sentences, the agenda or the reader's knowledge say.

``data unknown`` adds whether every category of the flow was taught by that
seed alone, so the leave-one-out lexicon can only propose it as a new
category by the same name.

Example::

    >>> rows = missed_flows()                                     # doctest: +SKIP
    >>> rows[0]["reason"]                                         # doctest: +SKIP
    'context'
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg import paths
from kg.data.check import check_dataset
from kg.data.load import load_dataset
from kg.extract.evaluate import _Gold, hops, scored_flows
from kg.extract.lexicon import Lexicon, taught
from kg.extract.pipeline import analyse

REASONS = ("other data", "one sentence", "context")


def _named_on_one_line(gold: _Gold, proposal: dict, flow, lines: set[int], municipality) -> bool:
    own = [{"label": proposal["municipality"] or "", "type": "municipality",
            "id": proposal.get("municipality_id"), "lines": []}]
    for line in lines:
        named = [{**e, "lines": [line]} for e in proposal["entities"] if line in e.get("lines", [])]
        for src, dst in hops(flow):
            if all(any(gold.end_matches(e, end, municipality, gold.outside(other, municipality))
                           for e in named + own) for end, other in ((src, dst), (dst, src))):
                return True
    return False


def missed_source(ds, source: str, only_here: set[str]) -> list[dict]:
    """Return a row for each curated flow of ``source`` that no proposal matches."""
    lex = Lexicon.from_dataset(ds, exclude_source=source)
    doc = ds.sources[source]
    proposal = analyse(doc.text, lex)
    gold = _Gold(ds, source)
    municipality = doc.entry.municipality
    categories = {c["key"]: c for c in proposal["categories"]}
    flows = scored_flows(proposal)
    rows = []
    for flow in gold.flows:
        if any(gold.flow_matches(f, flow, municipality, categories) for f in flows):
            continue
        lines = {q._location.line for q in flow.evidence if q._location}
        if any(gold.flow_matches(f, flow, municipality, categories, data=False) for f in flows):
            reason = "other data"
        elif _named_on_one_line(gold, proposal, flow, lines, municipality):
            reason = "one sentence"
        else:
            reason = "context"
        rows.append({"source": source, "flow": flow.id,
                     "from": flow.source, "to": flow.target, "via": flow.via,
                     "categories": list(flow.categories), "lines": sorted(lines),
                     "reason": reason,
                     "data_unknown": all(c in only_here for c in flow.categories)})
    return rows


def missed_flows(data_dir: Path | None = None) -> dict:
    """Return ``{"flows": [rows], "reasons": {reason: count}, "data_unknown": count}`` over
    the curated seeds."""
    ds = load_dataset(Path(data_dir) if data_dir else paths.data_dir())
    check_dataset(ds)
    _, cats = taught(ds)
    rows = []
    for source in sorted(ds.sources):
        if any(ff.source == source for ff in ds.fact_files):
            here = {c for c, sources in cats.items() if sources == {source}}
            rows += missed_source(ds, source, here)
    counts = Counter(r["reason"] for r in rows)
    return {"flows": rows, "reasons": {r: counts.get(r, 0) for r in REASONS},
            "data_unknown": sum(r["data_unknown"] for r in rows)}
