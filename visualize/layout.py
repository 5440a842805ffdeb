"""A precomputed layout for large diagrams, in pure Python and linear time.

Physics in the browser becomes slow beyond a few hundred nodes (see
``styles.LARGE_GRAPH``), so large views get positions from here and vis-network
draws them with physics off. Nodes are clustered by municipality: each
municipality's own nodes sit on a sunflower (Vogel) spiral around the
municipality itself, the clusters sit on a larger spiral, and the nodes shared
by several municipalities (national bodies, vendors, shared systems) fill the
centre, most connected first, so that edges to them run inwards.

Example::

    >>> nodes = [{"id": "a", "type": "municipality", "municipality": "a", "municipalities": ["a"]},
    ...          {"id": "b", "type": "department", "municipality": "a", "municipalities": ["a"]}]
    >>> positions(nodes, [])[0]
    (0.0, 0.0)
"""
from __future__ import annotations

import math

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
SPACING = 55.0  # distance unit between neighbouring nodes, in vis canvas pixels
TYPE_ORDER = ["municipality", "prefecture", "department", "council", "system", "company",
              "association", "public-body", "unnamed-party", "person-role", "data-subject",
              "category"]


def _spiral(count: int, spacing: float, start: int = 0) -> list[tuple[float, float]]:
    """Return ``count`` points of a Vogel spiral, evenly spread, ``spacing`` apart.

    >>> _spiral(1, 10.0)
    [(0.0, 0.0)]
    """
    out = []
    for k in range(start, start + count):
        r = spacing * 0.6 * math.sqrt(k)
        angle = k * GOLDEN_ANGLE
        out.append((round(r * math.cos(angle), 1), round(r * math.sin(angle), 1)))
    return out


def _radius(count: int, spacing: float) -> float:
    return spacing * 0.6 * math.sqrt(max(count - 1, 0)) + spacing


def _cluster_of(node: dict) -> str | None:
    if node.get("municipality"):
        return node["municipality"]
    munis = node.get("municipalities") or []
    return munis[0] if len(munis) == 1 else None


def positions(nodes: list[dict], edges: list[dict]) -> list[tuple[float, float]]:
    """Return one ``(x, y)`` per node, in the order of ``nodes``.

    Deterministic: the same nodes and edges give the same positions.
    """
    degree: dict[str, int] = {}
    for edge in edges:
        degree[edge["from"]] = degree.get(edge["from"], 0) + 1
        degree[edge["to"]] = degree.get(edge["to"], 0) + 1
    order = {t: i for i, t in enumerate(TYPE_ORDER)}
    clusters: dict[str, list[int]] = {}
    shared: list[int] = []
    for index, node in enumerate(nodes):
        key = _cluster_of(node)
        (clusters.setdefault(key, []) if key else shared).append(index)

    def rank(index: int):
        node = nodes[index]
        is_centre = node["type"] == "municipality" and node["id"] == _cluster_of(node)
        return (not is_centre, order.get(node["type"], len(order)),
                -degree.get(node["id"], 0), node["id"])

    result: list[tuple[float, float]] = [(0.0, 0.0)] * len(nodes)
    shared.sort(key=lambda i: (-degree.get(nodes[i]["id"], 0), nodes[i]["id"]))
    for index, point in zip(shared, _spiral(len(shared), SPACING * 1.6)):
        result[index] = point
    if not clusters:
        return result
    biggest = max(len(members) for members in clusters.values())
    cluster_radius = _radius(biggest, SPACING)
    centre_radius = _radius(len(shared), SPACING * 1.6) if shared else 0.0
    # Neighbouring spiral points lie about 1.77 * 0.6 * step apart.
    step = (2 * cluster_radius + SPACING * 2) / (1.77 * 0.6)
    start = math.ceil(((centre_radius + cluster_radius + SPACING * 3) / (0.6 * step)) ** 2)
    start = max(start, 1) if shared else 0
    keys = sorted(clusters, key=lambda k: (-len(clusters[k]), k))
    for key, (cx, cy) in zip(keys, _spiral(len(keys), step, start)):
        members = sorted(clusters[key], key=rank)
        for index, (x, y) in zip(members, _spiral(len(members), SPACING)):
            result[index] = (round(cx + x, 1), round(cy + y, 1))
    return result
