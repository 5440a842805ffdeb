"""Pages for people: search, one thing with its quotes, who can see, impact, the
diagram, lists and a SPARQL page with examples.

Every text from a document reaches the page through Jinja2's autoescaping; the
pages load only this server's own style sheet and, for the diagram, scripts
that carry the response's CSP nonce.
"""
from __future__ import annotations

from functools import lru_cache

import jinja2
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from kg.errors import KGError, LookupFailed, QueryError
from kg.query.access import first_quote, route_text, statuses_of
from kg.serve.api import answer

KIND_LABELS = {"flow": "データの流れ", "relation": "関係", "access": "アクセス", "item": "議題",
               "safeguard": "安全管理措置", "concern": "質問・意見"}
HREF = {"entity": "/entity/", "category": "/category/", "item": "/item/"}


@lru_cache(maxsize=None)
def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("kg.serve", "templates"),
                              autoescape=True, undefined=jinja2.ChainableUndefined)


def render(request: Request, template: str, status: int = 200, **values) -> HTMLResponse:
    html = _env().get_template(template).render(**values)
    return HTMLResponse(html, status_code=status)


def _label(proj, key) -> str:
    if not key:
        return "参加自治体共通"
    ent = proj.entities.get(key) or proj.categories.get(key)
    return ent["label"] if ent else key


def _fact_rows(proj, steps) -> list[dict]:
    rows = []
    for step in steps:
        cats = step.get("categories") or []
        rows.append({**step, "kind_label": KIND_LABELS.get(step["kind"], step["kind"])
                     + (f"（{step['type']}）" if step.get("type") else ""),
                     "from_label": _label(proj, step["from"]) if step.get("from") else "",
                     "category_labels": "、".join(_label(proj, c) for c in cats),
                     "whose": _label(proj, step.get("municipality")) if step["kind"] in (
                         "flow", "relation", "access") else _label(
                         proj, step.get("document_municipality"))})
    return rows


def _reaching(route: dict) -> dict | None:
    """The quote of the hop that reaches the party (a held route: its holding fact)."""
    steps = list(reversed(route["hops"])) or route.get("holds") or []
    return next((first_quote(s["evidence"]) for s in steps if s["evidence"]), None)


def _quote(ev: dict | None) -> str:
    """A quote with where it stands; a draft's (not yet reviewed) marked （草案・未確認）."""
    if not ev:
        return ""
    lines = f"{ev['line']}–{ev['last_line']}" if ev.get("last_line") else f"{ev['line']}"
    return ("（草案・未確認） " if ev.get("draft") else "") + f"{ev['quote']} ({ev['source']}:{lines})"


async def _ask(request: Request, name: str, params: dict):
    state = request.app.state
    key = (name, tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                              for k, v in params.items())))
    return await run_in_threadpool(state.cache.get, key,
                                   lambda: answer(state.projection, name, params))


async def home(request: Request) -> Response:
    rows = (await _ask(request, "list", {"kind": "municipalities"}))["rows"]
    return render(request, "home.html", title="自治体の個人情報の流れ",
                  municipalities=[r for r in rows if r["documents"]])


async def search(request: Request) -> Response:
    text = request.query_params.get("q", "").strip()
    results = []
    if text:
        for r in (await _ask(request, "search", {"q": text}))["results"]:
            kind = "item" if r["kind"] == "item" else "category" if r["kind"] in (
                "category", "document") else "entity"
            results.append({**r, "href": HREF[kind] + r["id"]})
    return render(request, "search.html", title=f"検索: {text}" if text else "検索",
                  query=text, results=results)


async def show(request: Request) -> Response:
    kind, key = request.url.path.split("/")[1], request.path_params["key"]
    proj = request.app.state.projection
    table = {"entity": proj.entities, "category": proj.categories,
             "item": {k: f for k, f in proj.facts.items() if f["kind"] == "item"}}[kind]
    if key not in table:
        return not_found(request, f"no {kind} {key!r} in the graph")
    shown = await _ask(request, "show", {"name": key})
    if shown["kind"] != kind:  # an id that is also another thing's name: show by id
        from kg.query import browse

        shown = getattr(browse, f"_show_{kind}")(proj, key)
    subject = shown["subject"]
    links, summary = [], []
    if kind == "entity":
        facts = [f for role in shown["facts"].values() for f in role]
        summary = [("種類 (type)", subject["type"]), ("English", subject["label_en"]),
                   ("データ項目", "、".join(_label(proj, c) for c in shown["categories"])),
                   ("誰のデータ", "、".join(_label(proj, m) for m in shown["municipalities"]))]
        links = [(f"{subject['label']} が関わる影響（停止）", f"/impact?target={key}&mode=outage"),
                 ("漏えい時", f"/impact?target={key}&mode=leak"),
                 ("図 (diagram)", f"/diagram?party={key}")]
        title = subject["label"]
    elif kind == "category":
        facts = shown["facts"]
        summary = [("English", subject["label_en"]), ("機微性", subject["sensitivity"]),
                   ("上位", "、".join(c["label"] for c in shown["broader"])),
                   ("下位", "、".join(c["label"] for c in shown["narrower"]))]
        links = [("誰が見られるか (who can see)", f"/who-can-see?category={key}")]
        title = subject["label"]
    else:
        facts = shown["facts"]
        summary = [("番号", subject.get("name") or subject["number"]), ("自治体", _label(proj, subject["municipality"])),
                   ("会議日", subject["date"]), ("担当", _label(proj, subject["department"])
                                                 if subject["department"] else ""),
                   ("結果", subject["outcome"])]
        title = subject["title"]
    return render(request, "show.html", title=title, summary=summary, links=links,
                  facts=_fact_rows(proj, facts), item_evidence=shown.get("evidence"))


def _municipality_choices(proj):
    return [("", "すべて")] + [(k, e["label"]) for k, e in sorted(proj.entities.items())
                               if e["type"] == "municipality"
                               and any(s["municipality"] == k for s in proj.sources.values())]


async def who_can_see(request: Request) -> Response:
    proj = request.app.state.projection
    category = request.query_params.get("category", "").strip()
    muni = request.query_params.get("municipality", "").strip()
    fields = [{"name": "category", "label": "データ項目", "value": category},
              {"name": "municipality", "label": "自治体", "value": muni,
               "choices": _municipality_choices(proj)}]
    values = {"title": "誰が見られるか (who can see)", "fields": fields}
    if not category:
        return render(request, "answer.html", **values)
    params = {"category": category, "status": []}
    if muni:
        params["municipality"] = muni
    try:
        data = await _ask(request, "who-can-see", params)
    except (KGError, ValueError) as exc:
        return render(request, "answer.html", status=404 if isinstance(exc, LookupFailed)
                      else 400, error=str(exc), **values)
    rows = []
    for entry in data["parties"] + data["systems"] + data["subjects"]:
        for route in entry["routes"]:
            ev = _reaching(route)
            rows.append({"party": entry["label"], "access": route["access"],
                         "municipality": _label(proj, route["municipality"]),
                         "route": route_text(route), "status": route["status"],
                         "quote": _quote(ev),
                         "links": {"party": f"/entity/{entry['id']}"}})
    for row in data["excluded"]:
        ev = first_quote(row["evidence"])
        rows.append({"party": row["label"], "access": "excluded",
                     "municipality": _label(proj, row["municipality"]),
                     "route": row["context"] or "", "status": "", "quote": _quote(ev),
                     "links": {"party": f"/entity/{row['id']}"}})
    cat = data["category"]
    diagram = f"/diagram?who_can_see={cat['id']}" + (f"&municipality={muni}" if muni else "")
    return render(request, "answer.html", rows=rows, diagram=diagram,
                  columns=["party", "access", "municipality", "route", "status", "quote"],
                  summary=f"{cat['label']}: {len(data['parties'])} parties, "
                          f"{len(data['systems'])} systems, {len(data['excluded'])} exclusions",
                  **values)


async def impact(request: Request) -> Response:
    proj = request.app.state.projection
    target = request.query_params.get("target", "").strip()
    mode = request.query_params.get("mode", "outage")
    fields = [{"name": "target", "label": "関係者・システム", "value": target},
              {"name": "mode", "label": "種類", "value": mode,
               "choices": [("outage", "停止 (outage)"), ("leak", "漏えい (leak)")]}]
    values = {"title": "影響 (impact)", "fields": fields}
    if not target:
        return render(request, "answer.html", **values)
    try:
        data = await _ask(request, "impact", {"target": target, "mode": mode, "status": []})
    except (KGError, ValueError) as exc:
        return render(request, "answer.html", status=404 if isinstance(exc, LookupFailed)
                      else 400, error=str(exc), **values)
    rows = [{"distance": r["distance"], "party": r["party"]["label"],
             "municipality": _label(proj, r["municipality"]), "dependency": r["dependency"],
             "categories": "、".join(_label(proj, c) for c in r["categories"]),
             "status": statuses_of(r["routes"]),
             "quote": _quote(_reaching(r["routes"][0]) if r["routes"] else None),
             "links": {"party": f"/entity/{r['party']['id']}"}} for r in data["affected"]]
    return render(request, "answer.html", rows=rows,
                  columns=["distance", "party", "municipality", "dependency", "categories",
                           "status", "quote"],
                  diagram=f"/diagram?impact={data['subject']['id']}&mode={mode}",
                  summary=f"{data['subject']['label']}: {data['summary']['parties']} parties",
                  **values)


async def diagram(request: Request) -> Response:
    """The interactive diagram of a view; its inline scripts carry the CSP nonce."""
    from visualize import diagram as build_diagram
    from visualize.page import page_html

    allowed = ("municipality", "category", "party", "who_can_see", "impact", "mode")
    params = {k: v for k, v in request.query_params.items() if k in allowed and v.strip()}
    proj = request.app.state.projection
    try:
        view = await run_in_threadpool(lambda: build_diagram(proj, **params))
    except LookupFailed as exc:
        return not_found(request, str(exc))
    except (KGError, ValueError, TypeError) as exc:
        return render(request, "error.html", status=400, title="図 (diagram)", message=str(exc))
    return HTMLResponse(page_html(view, nonce=request.state.nonce))


async def lists(request: Request) -> Response:
    from kg.query.browse import KINDS

    kind = request.query_params.get("kind", "categories")
    if kind not in KINDS:
        return render(request, "error.html", status=400, title="一覧",
                      message=f"no list {kind!r}; the lists are {', '.join(KINDS)}")
    data = await _ask(request, "list", {"kind": kind})
    columns = {"categories": ["tree", "sensitivity", "facts"], "systems": ["label", "product"],
               "parties": ["label", "type", "home"], "items": ["title", "municipality", "date"],
               "municipalities": ["label", "prefecture", "documents"]}[kind]
    prefix = {"categories": "/category/", "items": "/item/"}.get(kind, "/entity/")
    rows = [{**r, "href": prefix + r["id"]} for r in data["rows"]]
    return render(request, "lists.html", title=f"一覧: {kind}", kinds=KINDS, rows=rows,
                  columns=columns)


async def query(request: Request) -> Response:
    """A SPARQL page: a form, the examples, and results as an escaped table."""
    from kg.query.sparql import cell, check, example, examples

    state = request.app.state
    values = {"title": "SPARQL", "examples": examples(), "text": "", "boolean": None}
    if request.method == "POST":
        from kg.serve.endpoint import MAX_QUERY, parse_form

        body = await request.body()
        form = parse_form(body) if len(body) <= MAX_QUERY else None
        if form is None:
            return render(request, "query.html", status=400, **values,
                          error=f"the form must be UTF-8 text of at most {MAX_QUERY:,} characters")
        values["text"] = form.get("query", "")
    elif request.query_params.get("example"):
        try:
            values["text"] = example(request.query_params["example"])["text"]
        except QueryError as exc:
            return render(request, "query.html", status=404, error=str(exc), **values)
    if not values["text"].strip() or request.method != "POST" and "example" not in \
            request.query_params:
        return render(request, "query.html", **values)
    try:
        kind = check(values["text"])
        data = await state.run_query(values["text"], state.config.timeout, state.config.max_rows)
    except QueryError as exc:
        return render(request, "query.html", status=400, error=str(exc), **values)
    if kind == "ask":
        values["boolean"] = "true" if data["boolean"] else "false"
        return render(request, "query.html", **values)
    labels = state.labels
    rows = [{v: cell(row.get(v), labels) for v in data["vars"]} for row in data["rows"]]
    return render(request, "query.html", vars=data["vars"], rows=rows,
                  truncated=data.get("truncated"), **values)


def not_found(request: Request, message: str) -> HTMLResponse:
    return render(request, "error.html", status=404, title="見つかりません (not found)",
                  message=message)
