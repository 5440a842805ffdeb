"""The JSON API answers with the same fields as the commands' --format json."""
from __future__ import annotations

import json

import httpx

from serve_fixtures import server, xss_server  # noqa: F401
import pytest
from click.testing import CliRunner

from kg.cli import main

SAME = [  # (API, parameters, the same question on the command line)
    ("who-can-see", {"category": "個人番号", "municipality": "杉並区"},
     ["who-can-see", "個人番号", "-m", "杉並区"]),
    ("trace", {"category": "個人番号", "municipality": "川口市"}, ["trace", "個人番号", "-m", "川口市"]),
    ("impact", {"target": "J-LIS", "mode": "leak"}, ["impact", "J-LIS", "--mode", "leak"]),
    ("path", {"a": "国民健康保険課", "b": "埼玉県国民健康保険団体連合会"},
     ["path", "国民健康保険課", "埼玉県国民健康保険団体連合会"]),
    ("touches", {"party": "J-LIS"}, ["touches", "J-LIS"]),
    ("search", {"q": "国保"}, ["search", "国保"]),
    ("findings", {"municipality": "杉並区"}, ["findings", "-m", "杉並区"]),
    ("show", {"name": "諮問第52号"}, ["show", "諮問第52号"]),
    ("show", {"name": "保険年金課", "municipality": "志木市"}, ["show", "保険年金課", "-m", "志木市"]),
    ("list", {"kind": "systems"}, ["list", "systems"]),
]


@pytest.mark.parametrize("name, params, command", SAME, ids=[s[0] for s in SAME])
def test_api_equals_the_command(server, real_build, name, params, command):
    response = httpx.get(f"{server.url}/api/{name}", params=params, timeout=30)
    assert response.status_code == 200, response.text
    cli = CliRunner().invoke(main, [*command, "--format", "json", "--build", str(real_build)])
    assert cli.exit_code == 0, cli.output
    assert response.json() == json.loads(cli.stdout)


@pytest.mark.parametrize("path, params, status, fragment", [
    ("/api/who-can-see", {"category": "存在しない情報"}, 404, "no data category matches"),
    ("/api/who-can-see", {}, 400, "missing parameter 'category'"),
    ("/api/who-can-see", {"category": "個人番号", "colour": "x"}, 400, "unknown parameter"),
    ("/api/who-can-see", {"category": "個人番号", "status": "bogus"}, 400, "'bogus' is not one of"),
    ("/api/who-can-see", {"category": "個人番号", "as_of": "2020-13-01"}, 400, "not a date"),
    ("/api/impact", {"target": "J-LIS", "mode": "explode"}, 400, "leak or outage"),
    ("/api/path", {"a": "jlis", "b": "jlis"}, 400, "same party"),
    ("/api/nothing", {}, 404, "the APIs are"),
])
def test_api_errors(server, path, params, status, fragment):
    response = httpx.get(server.url + path, params=params)
    assert response.status_code == status
    assert fragment in response.json()["error"]
    assert server.alive()


def test_api_index_lists_the_questions(server):
    index = httpx.get(server.url + "/api").json()
    assert {"who-can-see", "trace", "impact", "path", "touches", "search", "findings"} <= set(index)
