"""Shared fixtures for the query-layer tests (who-can-see, trace, explore, findings ...).

``tests/fixtures/flows`` is a small, hand-made data folder in which every case
is built for one semantic of the query layer (see the comments in its fact
files). It is built once per test module, without the SHACL check (the CLI
tests build it with ``kg build``, which runs SHACL), and read back the way the
query commands read it: from the build folder, never from the YAML.

Import the fixtures you use into a test module::

    from query_fixtures import flows_proj, flows_graph  # noqa: F401
"""
from __future__ import annotations

from pathlib import Path

import pytest

from click.testing import CliRunner

from kg.cli import main
from kg.graph.store import load_projection, load_rdf

FLOWS = Path(__file__).parent / "fixtures" / "flows"


def kg_build(data: Path, out: Path, *extra: str):
    """Run ``kg build --data data --out out`` in-process; return click's Result."""
    return CliRunner().invoke(main, ["build", "--data", str(data), "--out", str(out), *extra])


def build_flows(out: Path) -> Path:
    """Build the flows fixture into ``out`` (Turtle, JSON-LD, projection with rules)."""
    result = kg_build(FLOWS, out, "--no-shacl")
    assert result.exit_code == 0, result.output
    return out


def flows_plus(tmp: Path, file: str, minutes: str, facts: str, date: str) -> Path:
    """Copy the flows fixture into ``tmp/data``, add one more minutes of 甲市 (``file``,
    its text and its fact file, a meeting on ``date``), build it into ``tmp/build``
    and return the build folder."""
    import shutil
    data = tmp / "data"
    shutil.copytree(FLOWS, data)
    (data / "sources" / file).write_text(minutes, encoding="utf-8")
    (data / "facts" / file.replace(".txt", ".yaml")).write_text(facts, encoding="utf-8")
    with (data / "sources.yaml").open("a", encoding="utf-8") as fh:
        fh.write(f"  - file: {file}\n    municipality: ko-city\n    title: {file}（架空）\n"
                 f"    meeting: {{id: ko-{date}, council: ko-council, label: 甲市個人情報保護審議会 {date},"
                 f" label_en: 'Ko City privacy council {date}', date: {date}}}\n")
    result = kg_build(data, tmp / "build")
    assert result.exit_code == 0, result.output
    return tmp / "build"


@pytest.fixture(scope="module")
def flows_build(tmp_path_factory) -> Path:
    """A build folder holding the flows fixture."""
    return build_flows(tmp_path_factory.mktemp("flows-build"))


@pytest.fixture(scope="module")
def flows_proj(flows_build):
    """The projection of the flows fixture, as the query commands load it."""
    return load_projection(flows_build)


@pytest.fixture(scope="module")
def flows_graph(flows_build):
    """The RDF graph of the flows fixture, as ``kg sparql`` loads it."""
    return load_rdf(flows_build)


# --- reading answers ------------------------------------------------------------


def by_id(rows) -> dict:
    """``{row["id"]: row}`` of a list of party/system rows."""
    return {row["id"]: row for row in rows}


def hop_facts(route: dict) -> list[str]:
    """The distinct fact ids of a route's hops, in order (a flow through a system is two hops)."""
    return list(dict.fromkeys(h["fact"] for h in route["hops"]))


def routes_of(row: dict) -> list[list[str]]:
    """The fact ids of each route of a party row."""
    return [hop_facts(r) for r in row["routes"]]


def everyone(answer: dict) -> set[str]:
    """Every id a who-can-see answer names anywhere (parties, systems, excluded)."""
    return {r["id"] for key in ("parties", "systems", "excluded") for r in answer[key]}


def source_line(source: str, line: int, data_dir: Path = FLOWS) -> str:
    """Return line ``line`` (1-based) of ``data_dir/sources/source``, split on newlines only."""
    text = (data_dir / "sources" / source).read_bytes().decode("utf-8")
    lines = text.split("\n")
    assert 1 <= line <= len(lines), f"{source} has no line {line}"
    return lines[line - 1]


# --- routes are chains ----------------------------------------------------------


def hop_pairs(proj, fact: dict) -> set[tuple[str, str]]:
    """The (from, to) pairs a fact can stand for as a hop, in either orientation rules allow."""
    kind = fact["kind"]
    if kind == "flow":
        if fact["via"]:
            return {(fact["from"], fact["via"]), (fact["via"], fact["to"])}
        return {(fact["from"], fact["to"])}
    if kind == "relation":
        s, o, system = fact["subject"], fact["object"], fact["system"]
        pairs = {(s, o), (o, s)}
        if system:
            pairs.add((system, o))
        return pairs
    if kind == "access":
        src = fact.get("from") or fact.get("controller")
        return {(src, fact["party"])}
    return set()


def assert_chain(proj, route: dict, party: str, upstream: bool = False) -> None:
    """Assert that ``route`` is a continuous directed chain of facts of one controller,
    each hop standing for its fact, ending (upstream: starting) at ``party``."""
    muni = route["municipality"]
    hops = route["hops"]
    if not hops:
        assert route["start"] == route["end"] == party, route
        holds = route.get("holds")
        if holds is not None:  # who-can-see: the facts that say the data is held there
            assert holds, route
            for step in holds:
                fact = proj.facts[step["fact"]]
                assert fact.get("controller") in (muni, None)
                ends = {fact.get(k) for k in ("from", "to", "via", "subject", "object", "party")}
                assert party in ends, (party, step["fact"])
        return
    assert hops[0]["from"] == route["start"], route
    for before, after in zip(hops, hops[1:]):
        assert before["to"] == after["from"], (before["fact"], after["fact"])
    for hop in hops:
        fact = proj.facts[hop["fact"]]
        assert fact.get("controller") in (muni, None), (hop["fact"], muni)
        assert hop["municipality"] == muni
        assert (hop["from"], hop["to"]) in hop_pairs(proj, fact), hop["fact"]
        for ev in hop["evidence"]:
            assert ev["quote"]
    if upstream:
        assert route["start"] == party, route
    else:
        assert hops[-1]["to"] == route["end"] == party, route
