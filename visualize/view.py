"""The library entry of ``kg viz``: a view of the built graph as a diagram and its page.

Thin wrappers over :mod:`visualize`, reading the built graph like every query.

Example::

    >>> d = view_diagram(municipality="杉並区", who_can_see="個人番号")   # doctest: +SKIP
    >>> write_page(d, Path("build/diagram.html"))                       # doctest: +SKIP
    PosixPath('build/diagram.html')
"""
from __future__ import annotations

from pathlib import Path

from kg import paths
from kg.graph.store import load_projection

DEFAULT_PAGE = "diagram.html"


def view_diagram(build_dir: Path | None = None, municipality: str | None = None,
                 category: str | None = None, party: str | None = None,
                 who_can_see: str | None = None, as_of=None,
                 large_threshold: int | None = None, impact: str | None = None,
                 mode: str = "outage") -> dict:
    """Return the diagram data of a view of the built graph (see :func:`visualize.diagram`).

    Returns ``{"view", "nodes", "edges", "legend", "filters", "layout"}``; raises
    BuildMissing without a built graph and LookupFailed for an unknown name.
    """
    from visualize import LARGE_GRAPH, diagram

    return diagram(load_projection(build_dir), municipality=municipality, category=category,
                   party=party, who_can_see=who_can_see, as_of=as_of, impact=impact, mode=mode,
                   large_threshold=LARGE_GRAPH if large_threshold is None else large_threshold)


def default_page(build_dir: Path | None = None) -> Path:
    """Return where the page goes by default: ``diagram.html`` in the build folder.

    >>> default_page(Path("build"))
    PosixPath('build/diagram.html')
    """
    return Path(build_dir or paths.build_dir()) / DEFAULT_PAGE


def write_page(diagram: dict, path: Path) -> Path:
    """Write the self-contained HTML page of ``diagram`` atomically; return its path."""
    from visualize import write_html

    return write_html(diagram, Path(path))


def summary_rows(diagram: dict) -> list[dict]:
    """Return one row per node type and per edge style with its count.

    >>> rows = summary_rows({"nodes": [{"type": "system"}], "edges": [{"style": ["flow"]}]})
    >>> rows[0], rows[1]["kind"]
    ({'element': 'node', 'kind': 'system', 'count': 1}, 'flow')
    """
    rows: dict[tuple[str, str], int] = {}
    for node in diagram["nodes"]:
        rows[("node", node["type"])] = rows.get(("node", node["type"]), 0) + 1
    for edge in diagram["edges"]:
        for style in edge["style"]:
            rows[("edge", style)] = rows.get(("edge", style), 0) + 1
    return [{"element": element, "kind": kind, "count": count}
            for (element, kind), count in rows.items()]
