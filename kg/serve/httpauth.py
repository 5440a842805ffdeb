"""HTTP Basic and Digest authentication (RFC 7617, RFC 7616) for ``kg push``.

The standard library's handlers answer a challenge by sending the request
again, which for a push means uploading the whole graph twice (and a streamed
body cannot be sent twice). ``kg push`` instead asks first with a body-less
request, then answers the challenge on the one upload; these functions read
the challenge and write the answer.

Example::

    >>> challenges = parse_challenges(['Digest realm="SPARQL", nonce="abc", qop="auth"'])
    >>> authorize(challenges, "kg", "secret", "PUT", "/sparql-graph-crud-auth?graph=urn:x",
    ...           ).startswith('Digest username="kg", realm="SPARQL", nonce="abc"')
    True
"""
from __future__ import annotations

import base64
import hashlib
import re
import secrets

from kg.errors import KGError


class AuthError(KGError):
    """The server asks for a kind of authentication this client does not speak."""


def parse_challenges(headers: list[str]) -> dict[str, dict]:
    """``WWW-Authenticate`` values -> {scheme (lower case): its parameters}.

    >>> parse_challenges(['Digest realm="SPARQL", nonce="a,b", qop="auth", Basic realm="x"'])
    {'digest': {'realm': 'SPARQL', 'nonce': 'a,b', 'qop': 'auth'}, 'basic': {'realm': 'x'}}
    """
    found: dict[str, dict] = {}
    for header in headers:
        params: dict | None = None
        for item in _split_commas(header):
            if not item:
                continue
            if re.match(r"[\w-]+\s*=", item) is None:  # "Scheme" or "Scheme key=value"
                scheme, _, item = item.partition(" ")
                params = found.setdefault(scheme.lower(), {})
                item = item.strip()
                if not item:
                    continue
            key, _, value = item.partition("=")
            if params is not None:
                params[key.strip().lower()] = _unquote(value.strip())
    return found


def _split_commas(text: str) -> list[str]:
    """Split on the commas outside quoted strings."""
    items, current, quoted, escaped = [], [], False, False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            items.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    items.append("".join(current).strip())
    return items


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def fresh_digest(challenges: dict, sent: str | None) -> bool:
    """Whether a 401 offers a Digest nonce other than the one just answered."""
    nonce = challenges.get("digest", {}).get("nonce")
    return bool(nonce) and (sent is None or f'nonce="{nonce}"' not in sent)


def authorize(challenges: dict[str, dict], user: str, password: str, method: str,
              uri: str) -> str:
    """Return the Authorization header answering ``challenges``: Digest when offered,
    else Basic (also when the server did not ask: the user asked to sign in).

    >>> authorize({}, "kg", "secret", "PUT", "/store?default")
    'Basic a2c6c2VjcmV0'
    """
    if "digest" in challenges:
        return digest(challenges["digest"], user, password, method, uri)
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return f"Basic {token}"


_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}


def digest(challenge: dict, user: str, password: str, method: str, uri: str,
           cnonce: str | None = None, nc: int = 1) -> str:
    """Return a Digest Authorization header (RFC 7616: MD5 or SHA-256, qop=auth).

    >>> digest({"realm": "r", "nonce": "n"}, "u", "p", "GET", "/")
    'Digest username="u", realm="r", nonce="n", uri="/", response="f23121ca97143c6b358da620220c83b4", algorithm=MD5'
    """
    algorithm = challenge.get("algorithm", "MD5")
    base = algorithm.upper().removesuffix("-SESS")
    function = _HASHES.get(base)
    if function is None:
        raise AuthError(f"the server asks for Digest with {algorithm}, which kg push does "
                        "not support (MD5 and SHA-256 are)")

    def h(text: str) -> str:
        return function(text.encode("utf-8")).hexdigest()

    realm, nonce = challenge.get("realm", ""), challenge.get("nonce", "")
    cnonce = cnonce or secrets.token_hex(16)
    count = f"{nc:08x}"
    ha1 = h(f"{user}:{realm}:{password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    offered = [q.strip() for q in challenge.get("qop", "").split(",") if q.strip()]
    if offered and "auth" not in offered:
        raise AuthError(f"the server asks for Digest with qop={','.join(offered)}, which "
                        "kg push does not support (qop=auth is)")
    if offered:
        response = h(f"{ha1}:{nonce}:{count}:{cnonce}:auth:{ha2}")
    else:  # RFC 2069, without qop
        response = h(f"{ha1}:{nonce}:{ha2}")

    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    fields = [f"username={q(user)}", f"realm={q(realm)}", f"nonce={q(nonce)}", f"uri={q(uri)}",
              f"response={q(response)}", f"algorithm={algorithm}"]
    if offered:
        fields += ["qop=auth", f"nc={count}", f"cnonce={q(cnonce)}"]
    if "opaque" in challenge:
        fields.append(f"opaque={q(challenge['opaque'])}")
    return "Digest " + ", ".join(fields)
