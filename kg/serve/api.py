"""The JSON API: the query commands over HTTP, with the same fields as ``--format json``.

``GET /api/who-can-see?category=個人番号&municipality=杉並区``, ``/api/trace``,
``/api/impact``, ``/api/path``, ``/api/touches``, ``/api/search``,
``/api/findings``, ``/api/show``, ``/api/list``. A name the graph does not know
is a 404 with the tool's message; a malformed parameter a 400. Answers are
cached (the build does not change while the server runs).
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from threading import Lock

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kg.errors import KGError, LookupFailed

ENDPOINTS = {  # name -> (parameters, required ones)
    "who-can-see": (("category", "municipality", "as_of", "status"), ("category",)),
    "trace": (("category", "from", "municipality", "as_of", "status"), ("category",)),
    "impact": (("target", "mode", "municipality", "as_of", "status"), ("target",)),
    "path": (("a", "b", "municipality", "max_hops"), ("a", "b")),
    "touches": (("party", "as_of", "status"), ("party",)),
    "search": (("q",), ("q",)),
    "findings": (("municipality", "severity", "rule", "as_of"), ()),
    "show": (("name", "municipality"), ("name",)),
    "list": (("kind", "municipality", "as_of"), ("kind",)),
}


class AnswerCache:
    """A small LRU cache of answers by question: bounded, so memory stays flat."""

    def __init__(self, size: int = 256):
        self.size, self.items, self.lock = size, OrderedDict(), Lock()

    def get(self, key, compute, keep=None):
        """Return the answer kept for ``key``, else ``compute()`` (kept unless
        ``keep(answer)`` is false; an exception is never kept)."""
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = compute()
        if keep is not None and not keep(value):
            return value
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


def _date(value):
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"as_of: {value!r} is not a date; write YYYY-MM-DD") from None


def answer(proj, name: str, params: dict):
    """Return the answer of API ``name`` for ``params`` (plain data)."""
    from kg.query import access, browse, explore, findings, impact, resolve, trace

    as_of = _date(params.get("as_of"))
    statuses = params.get("status") or None
    if statuses:
        known = set(proj.terms.get("statuses", {}))
        bad = [s for s in statuses if s not in known]
        if bad:
            raise ValueError(f"status: {bad[0]!r} is not one of {', '.join(sorted(known))}")
    one = {k: v for k, v in params.items() if k != "status"}
    if name == "who-can-see":
        return access.who_can_see(proj, one["category"], one.get("municipality"), as_of, statuses)
    if name == "trace":
        return trace.trace(proj, one["category"], one.get("from"), one.get("municipality"),
                           as_of, statuses)
    if name == "impact":
        mode = one.get("mode") or "outage"
        if mode not in ("leak", "outage"):
            raise ValueError(f"mode: {mode!r} is not leak or outage")
        return impact.impact(proj, one["target"], mode, one.get("municipality"), as_of, statuses)
    if name == "path":
        try:
            hops = int(one.get("max_hops") or 5)
        except ValueError:
            raise ValueError("max_hops: give a whole number") from None
        if not 1 <= hops <= 20:
            raise ValueError("max_hops: between 1 and 20")
        return explore.paths_between(proj, one["a"], one["b"], hops,
                                     municipality=one.get("municipality"))
    if name == "touches":
        return explore.touches(proj, one["party"], as_of, statuses)
    if name == "search":
        return {"query": one["q"], "results": resolve.search(proj, one["q"])}
    if name == "findings":
        severity = one.get("severity")
        if severity and severity not in findings.SEVERITIES:
            raise ValueError(f"severity: {severity!r} is not one of high, medium, low")
        return {"findings": findings.findings(proj, one.get("municipality"), severity,
                                              one.get("rule"), as_of=as_of)}
    if name == "show":
        return browse.show(proj, one["name"], one.get("municipality"))
    if one["kind"] not in browse.KINDS:
        raise ValueError(f"kind: {one['kind']!r} is not one of {', '.join(browse.KINDS)}")
    return browse.listing(proj, one["kind"], one.get("municipality"), as_of)


async def api(request: Request) -> Response:
    """``/api/{name}``: one query, as JSON."""
    name = request.path_params["name"]
    if name not in ENDPOINTS:
        return JSONResponse({"error": f"no API {name!r}; the APIs are: "
                                      f"{', '.join(ENDPOINTS)}"}, status_code=404)
    allowed, required = ENDPOINTS[name]
    query = request.query_params
    unknown = sorted(set(query) - set(allowed))
    if unknown:
        return JSONResponse({"error": f"unknown parameter {unknown[0]!r}; {name} takes "
                                      f"{', '.join(allowed)}"}, status_code=400)
    missing = [p for p in required if not query.get(p, "").strip()]
    if missing:
        return JSONResponse({"error": f"missing parameter {missing[0]!r}"}, status_code=400)
    params = {k: query.get(k) for k in allowed if k != "status" and query.get(k)}
    params["status"] = query.getlist("status")
    key = (name, tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                              for k, v in params.items())))
    state = request.app.state
    try:
        data = await run_in_threadpool(state.cache.get, key,
                                       lambda: answer(state.projection, name, params))
    except LookupFailed as exc:
        return JSONResponse({"error": str(exc)}, status_code=404)
    except (ValueError, KGError) as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    return JSONResponse(data)


async def index(request: Request) -> Response:
    """``/api``: what can be asked, and with which parameters."""
    return JSONResponse({name: {"parameters": list(params), "required": list(required)}
                         for name, (params, required) in ENDPOINTS.items()})
