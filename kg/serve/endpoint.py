"""The SPARQL 1.1 Protocol endpoint (``/sparql``), read-only.

``GET /sparql?query=...`` and ``POST /sparql`` (a form with ``query=``, or the
query itself as ``application/sparql-query``) answer in the format the Accept
header asks for (SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, JSON-LD for
graphs). Updates (``update=`` or ``application/sparql-update``), ``LOAD``,
``SERVICE``, dataset parameters and oversized queries are refused with a
clear 4xx error; a query that overruns the timeout or memory gets 503.
"""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.errors import QueryError
from kg.query.sparql import bind, check
from kg.serve.results import negotiate, serialize

#: Longest query accepted (characters); the form of a 10 MB query is refused unread.
MAX_QUERY = 100_000


def parse_form(body: bytes) -> dict[str, str] | None:
    """Return the fields of a URL-encoded form (the first value of each), None if not UTF-8.

    >>> parse_form(b"query=ASK%20%7B%7D&x=1")
    {'query': 'ASK {}', 'x': '1'}
    """
    from urllib.parse import parse_qsl

    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None
    out: dict[str, str] = {}
    for key, value in pairs:
        out.setdefault(key, value)
    return out


def error(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


async def query_text(request: Request) -> str | Response:
    """Return the query of a protocol request, or the error response to send."""
    if request.method == "GET":
        params = request.query_params
        if "update" in params:
            return error(403, "updates are not allowed: this endpoint is read-only")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return error(400, "dataset parameters are not allowed: queries read the built graph")
        text = params.get("query")
    else:
        size = int(request.headers.get("content-length") or 0)
        if size > MAX_QUERY:
            return error(413, f"the query is larger than {MAX_QUERY:,} characters")
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()
        if len(body) > MAX_QUERY:
            return error(413, f"the query is larger than {MAX_QUERY:,} characters")
        if kind == "application/sparql-update":
            return error(403, "updates are not allowed: this endpoint is read-only")
        if kind == "application/sparql-query":
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                return error(400, "the query is not UTF-8 text")
        elif kind == "application/x-www-form-urlencoded":
            form = parse_form(body)
            if form is None:
                return error(400, "the form is not UTF-8 text")
            if "update" in form:
                return error(403, "updates are not allowed: this endpoint is read-only")
            if "default-graph-uri" in form or "named-graph-uri" in form:
                return error(400, "dataset parameters are not allowed: queries read the built graph")
            text = form.get("query")
        else:
            return error(415, "send the query as application/sparql-query or as a form "
                              "(application/x-www-form-urlencoded) with query=...")
    if not text:
        return error(400, "no query: give query=... (a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE)")
    if len(text) > MAX_QUERY:
        return error(413, f"the query is larger than {MAX_QUERY:,} characters")
    return text


async def sparql(request: Request) -> Response:
    """Answer one SPARQL protocol request."""
    text = await query_text(request)
    if isinstance(text, Response):
        return text
    try:
        kind = check(text)
    except QueryError as exc:
        status = 403 if "read-only" in str(exc) or "SERVICE" in str(exc) else 400
        return error(status, str(exc))
    media = negotiate(request.headers.get("accept"), kind)
    if media is None:
        return error(406, f"cannot answer a {kind.upper()} query in {request.headers['accept']}")
    config = request.app.state.config
    try:
        answer = await request.app.state.run_query(bind(text, {}), config.timeout,
                                                   config.max_rows)
    except QueryError as exc:
        message = str(exc)
        status = 503 if "stopped" in message or "busy" in message else 400
        return error(status, message)
    answer["type"] = kind
    body, media = serialize(answer, media)
    headers = {"Vary": "Accept"}
    if answer.get("truncated"):
        headers["X-Result-Truncated"] = f"more than {config.max_rows} rows; add LIMIT"
    return Response(body, media_type=media, headers=headers)
