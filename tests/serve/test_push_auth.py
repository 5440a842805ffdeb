"""`kg push` signs in with HTTP Basic or Digest (Oxigraph's server has no accounts,
so a small stdlib server plays one that does), never shows the password, and
reports a server's refusal, error or silence in one line."""
from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from conftest import assert_clean_exit
from kg.cli import main
from kg.serve.httpauth import digest, parse_challenges

PASSWORD = "s3cret-パスワード"


class Gate(ThreadingHTTPServer):
    """A Graph Store stand-in on a free loopback port. ``mode``: ``digest`` or ``basic``
    (asks for credentials, 201 when they are right), ``broken`` (500 with an HTML
    page) or ``silent`` (reads the body, then does not answer for 3 s)."""

    daemon_threads = True

    def __init__(self, mode: str, algorithm: str = "MD5"):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode, self.algorithm = mode, algorithm
        self.nonce = secrets.token_hex(8)
        self.received: list[dict] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}/sparql-graph-crud-auth"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def authorized(self, handler) -> bool:
        header = handler.headers.get("Authorization") or ""
        if self.mode == "basic":
            expected = base64.b64encode(f"kg:{PASSWORD}".encode()).decode()
            return header == f"Basic {expected}"
        if not header.startswith("Digest "):
            return False
        fields = parse_challenges([header])["digest"]
        hash_ = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}[self.algorithm]
        h = lambda text: hash_(text.encode()).hexdigest()  # noqa: E731
        ha1 = h(f"kg:SPARQL:{PASSWORD}")
        ha2 = h(f"{handler.command}:{handler.path}")
        expected = h(f"{ha1}:{self.nonce}:{fields['nc']}:{fields['cnonce']}:auth:{ha2}")
        # the digest covers the request-target as sent, and the nonce this server gave
        return (fields.get("response") == expected and fields.get("uri") == handler.path
                and fields.get("nonce") == self.nonce and fields.get("qop") == "auth")

    def handle_error(self, request, client_address):
        # A client that gave up (the silent mode's timeout) makes the late answer fail
        # in a handler thread that outlives the test; printing that traceback would land
        # in whatever a later test is capturing.
        pass

    def challenge(self) -> str:
        if self.mode == "basic":
            return 'Basic realm="SPARQL"'
        return (f'Digest realm="SPARQL", nonce="{self.nonce}", qop="auth", '
                f'opaque="5ebe2294", algorithm={self.algorithm}')


class _Handler(BaseHTTPRequestHandler):
    server: Gate

    def log_message(self, *args):  # keep the test output clean
        pass

    def _answer(self, status: int, body: bytes = b"", headers: dict | None = None):
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        if self.server.mode in ("digest", "basic") and not self.server.authorized(self):
            return self._answer(401, headers={"WWW-Authenticate": self.server.challenge()})
        return self._answer(404)

    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        gate = self.server
        if gate.mode == "broken":
            page = (b"<html><head><title>Error</title></head><body><h1>Virtuoso 22023 "
                    b"Error SP031</h1>\n<p>second line</p></body></html>")
            return self._answer(500, page, {"Content-Type": "text/html"})
        if gate.mode == "silent":
            time.sleep(3)
            return self._answer(201)
        if not gate.authorized(self):
            return self._answer(401, b"Unauthorized\nmore detail\n",
                                {"WWW-Authenticate": gate.challenge()})
        gate.received.append({"path": self.path, "type": self.headers["Content-Type"],
                              "bytes": len(body), "lines": body.count(b"\n")})
        return self._answer(201)


@pytest.fixture
def gate(request):
    server = Gate(*request.param)
    yield server
    server.shutdown()
    server.server_close()


def run(*args, password: str | None = PASSWORD):
    return CliRunner(env={"KG_PUSH_PASSWORD": password}).invoke(
        main, ["push", *map(str, args)], catch_exceptions=True)


@pytest.mark.parametrize("gate", [("digest", "MD5"), ("digest", "SHA-256"), ("basic",)],
                         indirect=True, ids=["digest-md5", "digest-sha256", "basic"])
def test_signs_in_as_the_server_asks(gate, real_build):
    result = run(gate.url, "--graph", "urn:kg:test", "--user", "kg", "--build", real_build,
                 "--format", "json")
    assert_clean_exit(result, 0)
    answer = json.loads(result.stdout)
    [received] = gate.received
    assert received["path"] == "/sparql-graph-crud-auth?graph=urn%3Akg%3Atest"
    assert received["type"] == "application/n-triples"
    assert received["bytes"] == answer["bytes"] and received["lines"] == answer["triples"] > 0
    assert PASSWORD not in result.output


@pytest.mark.parametrize("gate", [("digest",), ("basic",)], indirect=True,
                         ids=["digest", "basic"])
def test_wrong_password_is_one_line(gate, real_build):
    result = run(gate.url, "--user", "kg", "--build", real_build, password="wrong-password")
    assert_clean_exit(result, 1)
    [line] = result.stderr.splitlines()
    assert "401" in line and "refused the credentials of user 'kg'" in line
    assert "the server says: Unauthorized" in line and "more detail" not in line
    assert "wrong-password" not in result.output and not gate.received


@pytest.mark.parametrize("gate", [("digest",)], indirect=True)
def test_no_user_on_a_server_that_asks_for_one(gate, real_build):
    result = run(gate.url, "--build", real_build)
    assert_clean_exit(result, 1)
    [line] = result.stderr.splitlines()
    assert "401" in line and "give --user NAME and set $KG_PUSH_PASSWORD" in line


@pytest.mark.parametrize("gate", [("broken",)], indirect=True)
def test_a_server_error_shows_the_first_line_of_its_message(gate, real_build):
    result = run(gate.url, "--graph", "urn:kg:test", "--build", real_build)
    assert_clean_exit(result, 1)
    [line] = result.stderr.splitlines()
    assert "500" in line and line.endswith("the server says: Virtuoso 22023 Error SP031")


@pytest.mark.parametrize("gate", [("silent",)], indirect=True)
def test_a_silent_server_times_out(gate, real_build):
    started = time.monotonic()
    result = run(gate.url, "--timeout", "1", "--build", real_build)
    assert_clean_exit(result, 1)
    [line] = result.stderr.splitlines()
    assert "no answer from" in line and "within 1 s" in line
    assert time.monotonic() - started < 3


# Known answers from the RFCs' own examples (RFC 2617 section 3.5, RFC 7616 section 3.9.1).
RFC7616 = {"realm": "http-auth@example.org", "qop": "auth, auth-int",
           "nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
           "opaque": "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"}
RFC_EXAMPLES = [
    ({"realm": "testrealm@host.com", "qop": "auth,auth-int",
      "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093", "opaque": "5ccc069c403ebaf9f0171e9517f40e41"},
     "Circle Of Life", "0a4f113b", "6629fae49393a05397450978507c4ef1"),
    ({**RFC7616, "algorithm": "MD5"}, "Circle of Life",
     "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "8ca523f5e9506fed4657c9700eebdbec"),
    ({**RFC7616, "algorithm": "SHA-256"}, "Circle of Life",
     "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
     "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
]


@pytest.mark.parametrize("challenge, password, cnonce, response", RFC_EXAMPLES,
                         ids=["rfc2617", "rfc7616-md5", "rfc7616-sha256"])
def test_digest_matches_the_rfc_examples(challenge, password, cnonce, response):
    header = digest(challenge, "Mufasa", password, "GET", "/dir/index.html", cnonce=cnonce)
    fields = parse_challenges([header])["digest"]
    assert fields["response"] == response
    assert fields["nc"] == "00000001" and fields["qop"] == "auth"
    assert fields["opaque"] == challenge["opaque"] and fields["uri"] == "/dir/index.html"


def test_challenges_with_several_schemes_and_quoted_commas():
    found = parse_challenges(['Basic realm="a, \\"b\\""',
                              'Digest realm="SPARQL", nonce="x,y", qop="auth,auth-int", stale=true'])
    assert found == {"basic": {"realm": 'a, "b"'},
                     "digest": {"realm": "SPARQL", "nonce": "x,y", "qop": "auth,auth-int",
                                "stale": "true"}}
