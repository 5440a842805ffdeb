"""The read-only web application of ``kg serve`` (Starlette).

:func:`create_app` returns an ASGI app over one build: a SPARQL 1.1 Protocol
endpoint (``/sparql``), a JSON API (``/api/...``) and pages for people. Every
response carries a strict Content-Security-Policy (scripts only with the
response's nonce, styles only from this server or with the nonce, no
framing, no forms to elsewhere) and ``nosniff``.

Example::

    >>> app = create_app(Path("build"))       # doctest: +SKIP
    >>> uvicorn.run(app, host="127.0.0.1", port=8000)   # doctest: +SKIP
"""
from __future__ import annotations

import asyncio
import contextlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg import paths
from kg.query import sparql as engine
from kg.serve import api, endpoint, pages
from kg.serve.api import AnswerCache

STATIC = Path(__file__).resolve().parent / "static"
#: SPARQL answers of at most this many rows are kept for the same query asked again.
KEPT_ROWS = 1000


@dataclass(frozen=True)
class Config:
    """The limits every query of the server runs under."""

    timeout: float = engine.TIMEOUT
    max_rows: int = engine.MAX_ROWS
    max_memory: int = engine.MAX_MEMORY
    workers: int = 2
    #: answers kept: of the JSON API, and (as many again) of SPARQL queries
    cache: int = 256


def _csp(nonce: str) -> str:
    return ("default-src 'none'; "
            f"script-src 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; "
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'")


class _Security:
    """ASGI middleware: a nonce per request, and the security headers on every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["nonce"] = nonce

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", _csp(nonce).encode()),
                            (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"),
                            (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(build_dir: Path | None = None, config: Config | None = None) -> Starlette:
    """Return the server's app over the build in ``build_dir`` (default: the usual build)."""
    from kg.graph.store import load_projection, store_path
    from kg.namespace import category_iri, entity_iri, fact_iri
    from kg.serve.workers import QueryPool

    config = config or Config()
    build_dir = Path(build_dir or paths.build_dir())
    store = store_path(build_dir)
    projection = load_projection(build_dir)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        app.state.pool = QueryPool(store, config.workers)
        try:
            yield
        finally:
            app.state.pool.close()

    sparql_answers = AnswerCache(config.cache)

    async def run_query(text: str, timeout: float, max_rows: int) -> dict:
        """Return the answer of a checked query: the store does not change while the
        server runs, so a query asked again is answered from the last answers kept
        (small ones only, so memory stays bounded); failures are never kept."""
        pool = app.state.pool

        def compute():
            return pool.run(text, timeout=timeout, max_rows=max_rows,
                            max_memory=config.max_memory)

        answer = await asyncio.to_thread(sparql_answers.get, (text, max_rows), compute,
                                         lambda a: len(a.get("rows", ())) <= KEPT_ROWS)
        return dict(answer)  # callers add to the answer; the kept one stays as it was

    routes = [
        Route("/", pages.home),
        Route("/search", pages.search),
        Route("/entity/{key:str}", pages.show),
        Route("/category/{key:str}", pages.show),
        Route("/item/{key:str}", pages.show),
        Route("/who-can-see", pages.who_can_see),
        Route("/impact", pages.impact),
        Route("/diagram", pages.diagram),
        Route("/lists", pages.lists),
        Route("/query", pages.query, methods=["GET", "POST"]),
        Route("/sparql", endpoint.sparql, methods=["GET", "POST"]),
        Route("/api", api.index),
        Route("/api/{name:str}", api.api),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(_Security)],
                    exception_handlers={HTTPException: _http_error, Exception: _server_error})
    app.state.config = config
    app.state.projection = projection
    app.state.cache = AnswerCache(config.cache)
    app.state.run_query = run_query
    app.state.labels = {**{str(entity_iri(k)): e["label"] for k, e in projection.entities.items()},
                        **{str(category_iri(k)): c["label"]
                           for k, c in projection.categories.items()},
                        **{str(fact_iri(k)): f["title"] for k, f in projection.facts.items()
                           if f.get("title")}}
    return app


async def _http_error(request: Request, exc: HTTPException) -> Response:
    if request.url.path.startswith(("/api", "/sparql")):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
    if exc.status_code == 404:
        return pages.not_found(request, f"no page at {request.url.path}")
    return PlainTextResponse(str(exc.detail), status_code=exc.status_code)


async def _server_error(request: Request, exc: Exception) -> Response:
    # One line for the client; nothing of the server's insides.
    return PlainTextResponse("the server could not answer this request\n", status_code=500)
