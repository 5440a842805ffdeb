"""`kg viz` pages in real headless Chromium, offline.

Playwright drives Debian's /usr/bin/chromium; every request that is not
file:// is aborted and recorded, and each test asserts none was attempted and
that the console stayed free of errors. Counts on the page are compared with
the JSON answer of the same `kg viz ... --format json`. Screenshots go to
test-artifacts/ at the repository root.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from conftest import busiest, edit, kg

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="browser tests need Debian's chromium at /usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Page:
    """An opened diagram page with what it logged, requested and tried to pop up."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1500, "height": 950})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-layout=stable]", state="attached", timeout=60_000)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"viz-{name}.png"
        self.page.screenshot(path=str(path))
        return path

    def hover_edge(self, edge_id: str) -> str:
        """Move the mouse onto an edge's midpoint; return the tooltip's text ('' if hidden)."""
        self.page.mouse.move(5, 5)
        point = self.js("id => kgDiagram.edgePoint(id)", edge_id)
        self.page.mouse.move(point["x"], point["y"], steps=3)
        self.page.wait_for_timeout(120)
        return self.js("(t => t.hidden ? '' : t.textContent)"
                       "(document.getElementById('kg-tooltip'))")

    def assert_clean(self):
        assert self.requests == [], f"the page tried to fetch {self.requests}"
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"

    def close(self):
        self.page.close()


def viz(build_dir: Path, out: Path, *options) -> dict:
    """Run `kg viz OPTIONS --format json`; return the printed diagram (the page is at ``out``)."""
    result = kg("viz", *options, "--build", build_dir, "--out", out, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def drawn(page: Page) -> tuple[list[str], list[str]]:
    return (sorted(page.js("kgDiagram.nodes.getIds()")),
            sorted(page.js("kgDiagram.edges.getIds()")))


VIEWS = {
    "whole": lambda proj_party: [],
    "municipality": lambda proj_party: ["-m", "杉並区"],
    "category": lambda proj_party: ["--category", "個人番号"],
    "party": lambda proj_party: ["--party", proj_party],
    "who-can-see": lambda proj_party: ["--who-can-see", "個人番号"],
    "combined": lambda proj_party: ["-m", "川口市", "--who-can-see", "特定個人情報"],
    "large": lambda proj_party: ["--layout-threshold", "20"],
}


@pytest.mark.parametrize("view", list(VIEWS))
def test_page_draws_exactly_the_json_answer_offline(browser, real_build, tmp_path, view):
    from kg.graph.store import load_projection

    party = busiest(load_projection(real_build))
    out = tmp_path / f"{view}.html"
    data = viz(real_build, out, *VIEWS[view](party))
    page = Page(browser, out)
    try:
        nodes, edges = drawn(page)
        assert nodes == sorted(n["id"] for n in data["nodes"])
        assert edges == sorted(e["id"] for e in data["edges"])
        assert page.js("[kgDiagram.nodeView.length, kgDiagram.edgeView.length]") == \
            [len(data["nodes"]), len(data["edges"])]
        legend = page.page.locator("#kg-legend")
        assert legend.is_visible() and "特定個人情報を含む流れ" in legend.inner_text()
        page.shot(view)
        page.assert_clean()
    finally:
        page.close()


def test_layout_settles_then_holds_still(browser, real_build, tmp_path):
    out = tmp_path / "whole.html"
    viz(real_build, out)
    page = Page(browser, out)
    try:
        before = page.js("kgDiagram.network.getPositions()")
        page.page.wait_for_timeout(800)
        assert page.js("kgDiagram.network.getPositions()") == before
        assert page.js("kgDiagram.network.physics.physicsEnabled") is False
        page.assert_clean()
    finally:
        page.close()


def test_large_view_uses_the_precomputed_layout(browser, real_build, tmp_path):
    out = tmp_path / "large.html"
    data = viz(real_build, out, "--layout-threshold", "20")
    assert data["layout"]["mode"] == "precomputed"
    page = Page(browser, out)
    try:
        positions = page.js("kgDiagram.network.getPositions()")
        for node in data["nodes"][:50]:
            got = positions[node["id"]]  # vis reports whole pixels
            assert abs(got["x"] - node["x"]) <= 1 and abs(got["y"] - node["y"]) <= 1
        # click highlights by selection in large views
        point = page.js("id => kgDiagram.nodePoint(id)", data["edges"][0]["from"])
        page.page.mouse.click(point["x"], point["y"])
        assert data["edges"][0]["from"] in page.js("kgDiagram.network.getSelectedNodes()")
        page.assert_clean()
    finally:
        page.close()


def test_hovering_an_edge_shows_its_fact_and_quote(browser, real_build, tmp_path):
    out = tmp_path / "wcs.html"
    data = viz(real_build, out, "--who-can-see", "個人番号")
    page = Page(browser, out)
    try:
        shown = 0
        for edge in data["edges"]:
            text = page.hover_edge(edge["id"])
            if f"[{edge['fact']}]" not in text:
                continue  # another edge lies on top of this one's midpoint
            shown += 1
            assert edge["evidence"][0]["quote"] in text
            ev = edge["evidence"][0]
            assert f"{ev['source']} : {ev['line']} 行目（会議日 {ev['date']}）" in text
        assert shown >= max(1, len(data["edges"]) * 2 // 3), f"{shown} of {len(data['edges'])}"
        page.shot("hover-edge")
        page.assert_clean()
    finally:
        page.close()


def test_a_conditional_flows_card_names_its_case(browser, mini_dir, tmp_path):
    case = "受診者本人の同意を得た場合に限り"
    edit(mini_dir / "facts" / "900.yaml", "    purpose: 健診結果の入力\n",
         f"    purpose: 健診結果の入力\n    condition: {case}\n")
    build_dir = tmp_path / "build"
    assert kg("build", "--data", mini_dir, "--out", build_dir).exit_code == 0
    out = tmp_path / "conditional.html"
    data = viz(build_dir, out, "--category", "健診結果票")
    [edge] = [e for e in data["edges"] if e["fact"] == "900-flow-1"]
    page = Page(browser, out)
    try:
        text = page.hover_edge(edge["id"])
        assert "条件" in text and case in text
        page.shot("conditional-flow")
        page.assert_clean()
    finally:
        page.close()


def test_click_search_and_filters(browser, real_build, tmp_path):
    out = tmp_path / "whole.html"
    data = viz(real_build, out)
    page = Page(browser, out)
    try:
        # clicking a node dims everything outside its neighbourhood
        node = busiest_node(data)
        point = page.js("id => kgDiagram.nodePoint(id)", node)
        page.page.mouse.click(point["x"], point["y"])
        neighbours = {node} | {e["to"] for e in data["edges"] if e["from"] == node} | \
            {e["from"] for e in data["edges"] if e["to"] == node}
        opacity = page.js("Object.fromEntries(kgDiagram.nodes.get().map(n => [n.id, n.opacity]))")
        assert {k for k, v in opacity.items() if v == 1} >= neighbours
        assert any(v < 1 for v in opacity.values())
        assert page.page.locator("#kg-details").is_visible()
        page.js("void kgDiagram.network.emit('click', {nodes: [], edges: []})")  # empty canvas
        assert set(page.js("kgDiagram.nodes.get().map(n => n.opacity)")) == {1}

        # search by alias, case and width insensitive
        page.page.fill("#kg-search", "ｊ－ｌｉｓ")
        page.page.press("#kg-search", "Enter")
        expected = [n["id"] for n in data["nodes"] if any("j-lis" in "".join(
            unicodedata.normalize("NFKC", name).lower().split())
            for name in [n["id"], n["label"], n["label_en"] or ""] + n["aliases"])]
        assert "jlis" in expected
        assert page.page.inner_text("#kg-search-count") == f"{len(expected)} 件"
        assert sorted(page.js("kgDiagram.network.getSelectedNodes()")) == sorted(expected)

        # municipality filter: exactly that municipality's edges
        muni = data["filters"]["municipalities"][0]["id"]
        page.page.select_option("#kg-filter-municipality", muni)
        assert page.js("kgDiagram.edgeView.length") == \
            sum(e["municipality"] == muni for e in data["edges"])
        page.page.click("#kg-reset")
        # node-type filter: no system left on the canvas
        page.page.uncheck("#kg-filter-types input[value=system]")
        types = page.js("kgDiagram.nodeView.get()"
                        ".map(n => kgDiagram.data.nodes.find(m => m.id === n.id).type)")
        assert "system" not in types and types
        page.page.click("#kg-reset")
        assert page.js("kgDiagram.nodeView.length") == len(data["nodes"])
        # category filter: only edges carrying the chosen category
        page.page.select_option("#kg-filter-category", "my-number")
        closure = next(c["closure"] for c in data["filters"]["categories"]
                       if c["id"] == "my-number")
        assert page.js("kgDiagram.edgeView.length") == \
            sum(bool(set(e["categories"]) & set(closure)) for e in data["edges"])
        page.assert_clean()
    finally:
        page.close()


def busiest_node(data: dict) -> str:
    degree: dict[str, int] = {}
    for e in data["edges"]:
        for end in (e["from"], e["to"]):
            degree[end] = degree.get(end, 0) + 1
    return max(sorted(degree), key=degree.get)


def test_xss_labels_are_text_and_run_nothing(browser, xss_build, tmp_path):
    out = tmp_path / "xss.html"
    data = viz(xss_build, out, "-m", "XSS町")
    page = Page(browser, out)
    try:
        texts = "".join(page.hover_edge(e["id"]) for e in data["edges"])
        assert "<script>alert(4)</script>" in texts  # a quote, shown as text
        for node in data["nodes"]:
            point = page.js("id => kgDiagram.nodePoint(id)", node["id"])
            page.page.mouse.click(point["x"], point["y"])
            page.page.wait_for_timeout(50)
        assert "<img src=x onerror=alert(1)>" in page.page.inner_text("#kg-details") + \
            page.page.inner_text("#kg-title")
        page.page.fill("#kg-search", "<img")
        page.page.press("#kg-search", "Enter")
        page.page.select_option("#kg-filter-category", "xss-category")
        page.page.wait_for_timeout(300)
        assert page.js("document.title").endswith("XSS町<img src=x onerror=alert(1)>")
        injected = page.js("document.querySelectorAll('img, iframe, svg script, [onerror], "
                           "[onload], [onmouseover]').length")
        assert injected == 0
        page.shot("xss")
        page.assert_clean()
    finally:
        page.close()


def test_the_page_itself_cannot_reach_the_network(browser, mini_build, tmp_path):
    out = tmp_path / "mini.html"
    viz(mini_build, out)
    page = Page(browser, out)
    try:
        result = page.js("fetch('https://example.org/x').then(() => 'fetched', () => 'blocked')")
        assert result == "blocked"
        assert page.requests == []  # the policy stopped it before any request left
        page.errors.clear()  # the policy violation is reported on the console, as it should be
        page.assert_clean()
    finally:
        page.close()


def test_a_draft_edge_is_drawn_thin_and_its_card_says_draft(browser, draft_build, tmp_path):
    out = tmp_path / "drafted.html"
    data = viz(draft_build, out)
    drafts = [e for e in data["edges"] if e["fact"].startswith("902-")]
    assert drafts and all(e.get("draft") and "draft" in e["style"] for e in drafts)
    assert not any(e.get("draft") or "draft" in e["style"] for e in data["edges"]
                   if not e["fact"].startswith("902-"))
    page = Page(browser, out)
    try:
        widths = page.js("ids => ids.map(id => kgDiagram.edges.get(id).width)",
                         [e["id"] for e in drafts])
        assert widths == [1] * len(drafts)
        shown = 0
        for edge in drafts:
            text = page.hover_edge(edge["id"])
            if f"[{edge['fact']}]" in text:
                shown += 1
                assert "草案・未確認" in text
                # a relation's card names who does it and to what, not a sender
                assert ("主体 → 対象" in text) == (edge["kind"] == "relation")
        assert shown >= 1
        assert "草案" in page.page.locator("#kg-legend").inner_text()
        page.shot("draft-edge")
        page.assert_clean()
    finally:
        page.close()
