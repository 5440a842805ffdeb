"""The HTML page: one self-contained file that works opened from disk.

The page carries vis-network (the copy bundled with pyvis, the same files
pyvis inlines with ``cdn_resources="in_line"``), our own script and styles
from ``visualize/static/``, and the diagram's data as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
escaped, so no text from the data can close the block or become markup. The
script builds every text on the page with ``textContent``. A Content Security
Policy forbids every network request.

Example::

    >>> html = page_html({"view": {"title": "<b>x</b>"}, "nodes": [], "edges": [],
    ...                   "legend": {"nodes": [], "edges": []}, "filters": {},
    ...                   "layout": {"mode": "physics"}})
    >>> "<b>x</b>" in html, "&lt;b&gt;x&lt;/b&gt;" in html
    (False, True)
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

import jinja2
from markupsafe import Markup

from kg.graph.store import write_atomic

from .styles import vis_options

# pyvis's own copy of vis-network, found without importing pyvis (which is slow to import).
PYVIS_LIB = Path(find_spec("pyvis").submodule_search_locations[0]) / "templates" / "lib"
VIS_VERSION = "vis-9.1.2"  # the vis-network release pyvis 0.3.2 ships and inlines

CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; font-src data:; connect-src 'none'; media-src 'none'; "
       "object-src 'none'; frame-src 'none'; worker-src 'none'; base-uri 'none'; "
       "form-action 'none'")

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                 0x2028: "\\u2028", 0x2029: "\\u2029"}


def json_for_script(data) -> str:
    """Return ``data`` as JSON safe inside an HTML ``<script>`` element.

    >>> json_for_script({"label": "</script><img src=x>"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e"}'
    """
    return json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)


def _inline(text: str, tag: str, origin: str) -> Markup:
    """Return a library's text to put inside ``<tag>``; refuse text that could end it."""
    lowered = text.lower()
    if f"</{tag}" in lowered or "<!--" in lowered:
        raise ValueError(f"{origin} cannot be inlined: it contains '</{tag}' or '<!--'")
    return Markup(text)


@lru_cache(maxsize=None)
def _assets() -> dict[str, Markup]:
    static = resources.files("visualize") / "static"
    lib = PYVIS_LIB / VIS_VERSION
    if not lib.is_dir():  # another pyvis release: take the newest vis-network it ships
        lib = max(PYVIS_LIB.glob("vis-*"),
                  key=lambda p: [int(x) for x in re.findall(r"\d+", p.name)])
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    vis_js = re.sub(r"//# sourceMappingURL=\S*\s*$", "", vis_js)  # no map file to look for
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8")
    own_js = (static / "diagram.js").read_text(encoding="utf-8")
    own_css = (static / "diagram.css").read_text(encoding="utf-8")
    return {"vis_js": _inline(vis_js, "script", "vis-network.min.js"),
            "vis_css": _inline(vis_css, "style", "vis-network.css"),
            "js": _inline(own_js, "script", "diagram.js"),
            "css": _inline(own_css, "style", "diagram.css")}


@lru_cache(maxsize=None)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("visualize", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined)
    return env.get_template("diagram.html")


def page_html(diagram: dict, nonce: str = "") -> str:
    """Return the complete HTML page of ``diagram`` (as returned by :func:`visualize.diagram`).

    ``nonce`` marks the page's inline scripts and styles for a server whose
    Content-Security-Policy header allows only those (``kg serve``).
    """
    large = diagram["layout"]["mode"] == "precomputed"
    payload = {**diagram, "options": vis_options(large)}
    return _template().render(
        title=diagram["view"]["title"], csp=CSP, nonce=nonce,
        data_json=Markup(json_for_script(payload)), **_assets())


def write_html(diagram: dict, path: Path) -> Path:
    """Write the page of ``diagram`` to ``path`` atomically; return the path.

    >>> write_html(diagram(proj), Path("build/diagram.html"))   # doctest: +SKIP
    PosixPath('build/diagram.html')
    """
    path = Path(path)
    write_atomic(path, page_html(diagram).encode("utf-8"))
    return path
