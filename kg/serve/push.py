"""Load the built graph into a SPARQL server that speaks the SPARQL 1.1 Graph Store
HTTP Protocol (Oxigraph, Apache Jena Fuseki, Virtuoso ...), in one request.

:func:`push` writes the store's graphs (the built graph and the ontology, which the
store keeps apart: what ``kg sparql`` queries) to a temporary N-Triples file, then sends it as ONE
``PUT`` to ``URL?default`` or ``URL?graph=IRI``: the protocol's "replace this
graph with the body", which the servers named above apply in one transaction.
The body is streamed from the file with a Content-Length, so memory stays flat
however large the graph. Credentials: HTTP Basic or Digest, whichever the
server asks for. Errors are :class:`PushError` with a one-line message; nothing
is printed here.

Example::

    >>> push("http://localhost:7878/store", "https://example.org/graph/kg")  # doctest: +SKIP
    {'url': 'http://localhost:7878/store', 'graph': 'https://example.org/graph/kg',
     'triples': 24396, 'bytes': 4351840, 'seconds': 0.41, 'status': 201}
"""
from __future__ import annotations

import contextlib
import html
import os
import re
import socket
import ssl
import tempfile
import time
import urllib.error
import urllib.request
from http.client import HTTPException
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from kg.errors import KGError
from kg.serve.httpauth import authorize, fresh_digest, parse_challenges

#: Seconds to wait for the server at any one step: connecting, sending a block, its answer.
TIMEOUT = 600.0
#: The body's media type: N-Triples is read by every Graph Store server we know of.
MEDIA_TYPE = "application/n-triples"
#: Characters left as they are in a URL's path and query; everything else is %-escaped.
_URL_SAFE = "/:@!$&'()*+,;=-._~%"
_BLOCK = 1 << 20


class PushError(KGError):
    """A push that could not be made, or that the server refused."""


def push(url: str, graph: str | None = None, *, build_dir: Path | None = None,
         user: str | None = None, password: str | None = None,
         timeout: float = TIMEOUT) -> dict:
    """Replace the default graph (or the named ``graph``) at ``url`` with the built graph.

    ``url`` is the server's Graph Store endpoint (Oxigraph ``/store``, Fuseki
    ``/DATASET/data``, Virtuoso ``/sparql-graph-crud-auth``). With ``user``,
    ``password`` answers the server's Basic or Digest challenge. Returns plain
    data: ``{"url", "graph", "triples", "bytes", "seconds", "status"}``
    (``graph`` None for the default graph; ``status`` the HTTP status, 201 or 204
    as a rule). Raises :class:`PushError` (or BuildMissing) with one line.

    >>> push("http://localhost:7878/store", "graph1")
    Traceback (most recent call last):
    kg.serve.push.PushError: graph 'graph1' is not an absolute IRI (No scheme found in an absolute IRI); write one such as https://example.org/graph/kg
    """
    from kg.graph.store import store_path

    target = target_url(url, graph)  # a bad URL or IRI is reported before any work
    if user is not None and password is None:
        raise PushError(f"a password is needed for user {user!r}")
    store = store_path(build_dir)
    started = time.monotonic()
    with _dumped(store) as dump:
        size = dump.stat().st_size
        status, triples = _send(target, dump, size, user, password, timeout)
    return {"url": url, "graph": graph, "triples": triples, "bytes": size,
            "seconds": round(time.monotonic() - started, 3), "status": status}


def target_url(url: str, graph: str | None = None) -> str:
    """Return the request URL: ``url`` with ``?default`` or ``?graph=IRI`` (escaped).

    >>> target_url("http://localhost:7878/store", "https://example.org/g?x=1")
    'http://localhost:7878/store?graph=https%3A%2F%2Fexample.org%2Fg%3Fx%3D1'
    >>> target_url("http://localhost:3030/ds/data")
    'http://localhost:3030/ds/data?default'
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise PushError(f"{url!r} is not an http:// or https:// URL; give the server's Graph "
                        f"Store endpoint, such as http://localhost:7878/store")
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise PushError(f"{url!r}: the port is not a number between 0 and 65535") from None
    if not parts.hostname:
        raise PushError(f"{url!r} names no host")
    if parts.username is not None or parts.password is not None:
        # a password in the URL would end up in shell history and in messages
        raise PushError("give the user with --user and the password in $KG_PUSH_PASSWORD, "
                        "not in the URL")
    if any(key in ("graph", "default", "graph-uri")
           for key, _ in parse_qsl(parts.query, keep_blank_values=True)):
        raise PushError("give the graph with --graph, not in the URL")
    if graph is None:
        which = "default"
    else:
        check_graph(graph)
        which = "graph=" + quote(graph, safe="")
    query = f"{quote(parts.query, safe=_URL_SAFE)}&{which}" if parts.query else which
    return urlunsplit((parts.scheme.lower(), parts.netloc, quote(parts.path or "/", safe=_URL_SAFE),
                       query, ""))


def check_graph(iri: str) -> str:
    """Return ``iri`` when it is an absolute IRI; else raise PushError saying why.

    >>> check_graph("https://example.org/graph/kg")
    'https://example.org/graph/kg'
    """
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(iri)
    except ValueError as exc:
        reason = " ".join(str(exc).split())
        raise PushError(f"graph {iri!r} is not an absolute IRI ({reason}); write one such "
                        f"as https://example.org/graph/kg") from None
    return iri


@contextlib.contextmanager
def _dumped(store: Path):
    """Yield a temporary N-Triples file of the store's data and ontology; remove it after.

    It is written beside the build (on disk: a national graph is gigabytes, and
    the system's temporary folder may be memory), else in the temporary folder.
    """
    import pyoxigraph

    try:
        fd, name = tempfile.mkstemp(dir=store.parent, prefix=".push-", suffix=".nt")
    except OSError:
        fd, name = tempfile.mkstemp(prefix="kg-push-", suffix=".nt")
    os.close(fd)
    try:
        try:
            from kg.graph.assemble import ONTOLOGY_GRAPH

            opened = pyoxigraph.Store.read_only(str(store))
            with open(name, "wb") as handle:
                # The data and the ontology as one graph: what `kg sparql` sees (the
                # union of the store's graphs), so the server answers the same.
                for graph in (pyoxigraph.DefaultGraph(), pyoxigraph.NamedNode(ONTOLOGY_GRAPH)):
                    opened.dump(handle, pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph)
            del opened  # closes the store
        except OSError as exc:
            reason = " ".join(str(exc).split())
            raise PushError(f"cannot read the built graph at {store} ({reason}); "
                            "run `kg build`") from None
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


class _Body:
    """The file as a request body, counting the lines (N-Triples: one triple each) sent."""

    def __init__(self, handle):
        self.handle, self.lines = handle, 0

    def read(self, size: int = -1) -> bytes:
        # http.client asks for 8 KB at a time; larger blocks send a big graph faster.
        block = self.handle.read(max(size, _BLOCK) if size and size > 0 else -1)
        self.lines += block.count(b"\n")
        return block


def _send(url: str, dump: Path, size: int, user, password, timeout: float) -> tuple[int, int]:
    """PUT the file to ``url``; return (HTTP status, triples sent)."""
    opener = urllib.request.build_opener()  # proxies and HTTPS as urllib does them
    selector = _selector(url)
    authorization = None
    if user is not None:
        challenges = _challenges_of(opener, url, timeout)
        authorization = authorize(challenges, user, password, "PUT", selector)
    for attempt in (1, 2):
        headers = {"Content-Type": MEDIA_TYPE, "Content-Length": str(size)}
        if authorization:
            headers["Authorization"] = authorization
        with open(dump, "rb") as handle:
            body = _Body(handle)
            request = urllib.request.Request(url, data=body, headers=headers, method="PUT")
            try:
                with opener.open(request, timeout=timeout) as response:
                    response.read(1 << 16)
                    return response.status, body.lines
            except urllib.error.HTTPError as exc:
                challenges = parse_challenges(exc.headers.get_all("WWW-Authenticate") or [])
                retry = (exc.code == 401 and user is not None and attempt == 1
                         and fresh_digest(challenges, authorization))
                if not retry:
                    raise _refused(exc, url, user) from None
                # a stale nonce, or a server that challenges writes only: answer it once
                authorization = authorize(challenges, user, password, "PUT", selector)
            except (urllib.error.URLError, OSError, HTTPException) as exc:
                raise _unreachable(exc, url, timeout) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _selector(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _challenges_of(opener, url: str, timeout: float) -> dict[str, dict]:
    """Ask the server (HEAD, no body) how it wants credentials; {} when it does not ask."""
    try:
        with opener.open(urllib.request.Request(url, method="HEAD"), timeout=timeout):
            return {}
    except urllib.error.HTTPError as exc:
        if exc.code != 401:
            return {}
        return parse_challenges(exc.headers.get_all("WWW-Authenticate") or [])
    except (urllib.error.URLError, OSError, HTTPException) as exc:
        raise _unreachable(exc, url, timeout) from None


def _first_line(exc: urllib.error.HTTPError) -> str:
    """The first line of the server's message (HTML tags removed), at most 200 characters."""
    try:
        raw = exc.read(1 << 16)
    except (OSError, HTTPException):
        return ""
    text = raw.decode("utf-8", errors="replace")
    if "html" in (exc.headers.get("Content-Type") or "").lower() or text.lstrip().startswith("<"):
        text = re.sub(r"<(script|style|title|head)\b.*?</\1\s*>", " ", text, flags=re.S | re.I)
        text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= 200 else line[:197].rstrip() + "…"


_HINTS = {
    403: "the user may not write there (Virtuoso: give it the SPARQL_UPDATE role)",
    404: "no Graph Store endpoint at this path (Oxigraph: /store, Fuseki: /DATASET/data, "
         "Virtuoso: /sparql-graph-crud-auth)",
    405: "this endpoint does not accept PUT: is it read-only, or a query endpoint?",
    413: "the server refuses a body this large; raise its upload limit",
    415: "the server does not read N-Triples (application/n-triples) here",
}


def _refused(exc: urllib.error.HTTPError, url: str, user) -> PushError:
    status = f"{exc.code} {exc.reason}".strip()
    if 300 <= exc.code < 400:
        where = exc.headers.get("Location") or "another URL"
        return PushError(f"PUT {url}: {status}: the server redirects to {where}; push there")
    if exc.code == 401:
        hint = (f"the server refused the credentials of user {user!r}" if user is not None else
                "the server asks for credentials: give --user NAME and set $KG_PUSH_PASSWORD")
    else:
        hint = _HINTS.get(exc.code, "")
    message = _first_line(exc)
    detail = "; ".join(part for part in (hint, f"the server says: {message}" if message else "")
                       if part)
    return PushError(f"PUT {url}: {status}" + (f": {detail}" if detail else ""))


def _unreachable(exc: BaseException, url: str, timeout: float) -> PushError:
    # Messages never start with "host:port: ", which the CLI would take for file:line.
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    parts = urlsplit(url)
    where = f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"
    if isinstance(reason, ConnectionRefusedError):
        return PushError(f"cannot connect to {where} (connection refused); is the server "
                         "running and listening there?")
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return PushError(f"no answer from {where} within {timeout:g} s; raise --timeout for "
                         "a large graph or a slow server")
    if isinstance(reason, socket.gaierror):
        return PushError(f"cannot connect to {parts.hostname} (unknown host)")
    if isinstance(reason, ssl.SSLCertVerificationError):
        return PushError(f"cannot connect to {where} (its certificate is not trusted: "
                         f"{reason.verify_message})")
    if isinstance(reason, (ConnectionResetError, BrokenPipeError)):
        return PushError(f"the server at {where} closed the connection before answering")
    if isinstance(reason, HTTPException):
        return PushError(f"the server at {where} does not answer in HTTP "
                         f"({type(reason).__name__}); is this the right port?")
    text = " ".join(str(getattr(reason, "strerror", None) or reason).split())
    return PushError(f"cannot connect to {where} ({text or type(reason).__name__})")
