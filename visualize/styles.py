"""How the diagram looks: node styles by type, edge styles, the legend, vis options.

Everything here is plain data. The page's script (``static/diagram.js``)
applies these styles to the nodes and edges of :func:`visualize.diagram`, so
the JSON a user gets from ``kg viz --format json`` stays free of drawing
details.

Example::

    >>> NODE_STYLES["system"]["shape"]
    'database'
    >>> edge_styles({"kind": "flow", "specific": True, "status": "planned"})
    ['flow', 'specific', 'planned']
"""
from __future__ import annotations

# Views above this many nodes get a layout computed in Python (see layout.py),
# no physics and a level-of-detail switch in the browser; up to it vis-network's
# physics settles the layout, then stops. Physics stabilisation in headless
# Chromium (software rendering) takes about 1 s for 150 nodes, 2.6 s for 300 and
# 4.5-6 s for 600-1,000, while the precomputed layout of 5,000 nodes and 10,500
# edges is drawn and still in about 2.5 s (benchmarks/bench_viz.py --sweep).
LARGE_GRAPH = 500

FONT = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif"

# type -> Japanese label, English label, vis shape, fill colour, border colour, size
NODE_STYLES: dict[str, dict] = {
    "municipality": {"label": "自治体", "label_en": "municipality", "shape": "hexagon",
                     "color": "#1f5fa8", "border": "#0b2f5b", "size": 28},
    "prefecture": {"label": "都道府県", "label_en": "prefecture", "shape": "hexagon",
                   "color": "#85a9d6", "border": "#1f5fa8", "size": 22},
    "department": {"label": "部署", "label_en": "department", "shape": "dot",
                   "color": "#5dade2", "border": "#1a5276", "size": 13},
    "council": {"label": "審議会", "label_en": "council", "shape": "triangleDown",
                "color": "#48c9b0", "border": "#117864", "size": 13},
    "public-body": {"label": "公的機関", "label_en": "public body", "shape": "diamond",
                    "color": "#239b56", "border": "#0b5345", "size": 22},
    "company": {"label": "事業者", "label_en": "company", "shape": "square",
                "color": "#e67e22", "border": "#873600", "size": 17},
    "association": {"label": "団体", "label_en": "association", "shape": "square",
                    "color": "#f5cba7", "border": "#873600", "size": 15},
    "unnamed-party": {"label": "名称不明の受託者等", "label_en": "unnamed contractor",
                      "shape": "triangle", "color": "#a04000", "border": "#4a1c00", "size": 15},
    "person-role": {"label": "個人・役職", "label_en": "person or role", "shape": "dot",
                    "color": "#d5dbdb", "border": "#616a6b", "size": 10},
    "data-subject": {"label": "本人", "label_en": "data subject", "shape": "star",
                     "color": "#f7dc6f", "border": "#7d6608", "size": 12},
    "system": {"label": "システム", "label_en": "system", "shape": "database",
               "color": "#566573", "border": "#1c2833", "size": 16},
    "category": {"label": "データ項目", "label_en": "data category", "shape": "box",
                 "color": "#f4ecf7", "border": "#7d3c98", "size": 14},
}

# style key -> how an edge of that style is drawn. An edge has one base style
# (flow, relation, incidental, excluded) and any modifiers (specific, planned,
# replaced, draft, route), applied in this order: a draft is drawn thin whatever
# its colour and dashes say.
EDGE_STYLES: dict[str, dict] = {
    "flow": {"label": "データの流れ（ラベル＝経路）", "label_en": "data flow (label = channel)",
             "color": "#2e86c1", "width": 2, "dashes": False, "arrow": "arrow"},
    "specific": {"label": "特定個人情報を含む流れ", "label_en": "flow carrying specific personal "
                 "information (My Number)", "color": "#8e44ad", "width": 4},
    "planned": {"label": "予定・可能性の流れ", "label_en": "planned or possible flow",
                "dashes": [10, 6]},
    "replaced": {"label": "置換済み・終了した流れ", "label_en": "replaced or ended flow",
                 "color": "#aab7b8", "dashes": [2, 6]},
    "relation": {"label": "責任関係（委託・設置・保守など）", "label_en": "responsibility "
                 "(entrusts, hosts, maintains ...)", "color": "#7f8c8d", "width": 1,
                 "dashes": False, "arrow": "vee"},
    "incidental": {"label": "偶発的に見えうる", "label_en": "incidental exposure",
                   "color": "#f39c12", "width": 2, "dashes": [4, 4], "arrow": "circle"},
    "excluded": {"label": "取得できない（除外）", "label_en": "explicitly excluded",
                 "color": "#e74c3c", "width": 2, "dashes": [1, 5], "arrow": "bar"},
    "draft": {"label": "草案（kg extract の未確認の提案、ラベルに「草案」）",
              "label_en": "draft: proposed by kg extract, not yet reviewed", "width": 1},
    "route": {"label": "問い合わせの経路（強調）",
              "label_en": "route of the who-can-see or impact answer", "shadow": "#f1c40f"},
}

RELATION_LABELS = {
    "entrusts": "委託", "re-entrusts": "再委託", "hosts": "設置", "operates": "運用",
    "maintains": "保守", "uses": "利用", "contracts-with": "契約", "connects-to": "接続",
    "provides": "提供",
}
PERMISSION_LABELS = {"allowed": "可", "requires-approval": "要承認", "forbidden": "禁止"}
ACCESS_LABELS = {"incidental": "偶発的閲覧", "excluded": "取得不可"}


def edge_styles(edge: dict) -> list[str]:
    """Return the style keys of an edge, base style first.

    >>> edge_styles({"kind": "access", "type": "excluded"})
    ['excluded']
    """
    draft = ["draft"] if edge.get("draft") else []
    if edge["kind"] == "access":
        return [edge["type"]] + draft + (["route"] if edge.get("highlight") else [])
    if edge["kind"] == "relation":
        styles = ["relation"]
    else:
        styles = ["flow"]
        if edge.get("specific"):
            styles.append("specific")
    if edge.get("status") in ("planned", "possible"):
        styles.append("planned")
    elif edge.get("status") in ("replaced", "ended"):
        styles.append("replaced")
    styles += draft
    if edge.get("highlight"):
        styles.append("route")
    return styles


def legend(nodes: list[dict], edges: list[dict]) -> dict:
    """Return the legend: every node type and edge style, with how many the view has.

    >>> legend([{"type": "system"}], [])["nodes"][-2]["count"]
    1
    """
    node_counts: dict[str, int] = {}
    for node in nodes:
        node_counts[node["type"]] = node_counts.get(node["type"], 0) + 1
    edge_counts: dict[str, int] = {}
    for edge in edges:
        for style in edge["style"]:
            edge_counts[style] = edge_counts.get(style, 0) + 1
    return {
        "nodes": [{"type": key, **style, "count": node_counts.get(key, 0)}
                  for key, style in NODE_STYLES.items()],
        "edges": [{"style": key, **style, "count": edge_counts.get(key, 0)}
                  for key, style in EDGE_STYLES.items()],
    }


def vis_options(large: bool) -> dict:
    """Return vis-network options; ``large`` turns physics off (positions are given).

    >>> vis_options(True)["physics"]["enabled"]
    False
    """
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": not large},
        "nodes": {"font": {"face": FONT, "size": 15, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1.5},
        "edges": {"font": {"face": FONT, "size": 11, "align": "middle", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "smooth": False if large else {"enabled": True, "type": "continuous",
                                                 "roundness": 0.3},
                  "selectionWidth": 2, "hoverWidth": 1.5},
        "interaction": {"hover": True, "hoverConnectedEdges": False, "tooltipDelay": 80,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "multiselect": False, "navigationButtons": False},
        "physics": {"enabled": not large, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -70, "springLength": 130,
                                         "springConstant": 0.06, "avoidOverlap": 0.5},
                    "minVelocity": 1.0,
                    "stabilization": {"enabled": True, "iterations": 400,
                                      "updateInterval": 50, "fit": True}},
    }
