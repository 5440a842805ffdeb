"""Interactive, offline data-flow diagrams of the knowledge graph (``kg viz``).

:func:`diagram` returns a view's plain data (nodes, edges, legend, filter
choices, layout mode); :func:`write_html` writes it as one self-contained HTML
page drawn with vis-network (the copy bundled with pyvis, inlined), which
opens from disk and fetches nothing.

Example::

    >>> from kg.store import load_projection                     # doctest: +SKIP
    >>> d = diagram(load_projection(), who_can_see="個人番号")     # doctest: +SKIP
    >>> write_html(d, Path("build/diagram.html"))                # doctest: +SKIP
    PosixPath('build/diagram.html')
"""
from .model import diagram
from .page import page_html, write_html
from .styles import LARGE_GRAPH

__all__ = ["diagram", "page_html", "write_html", "LARGE_GRAPH"]
