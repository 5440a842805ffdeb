"""One vocabulary of options, every value checked: each invalid value gets a one-line
message naming the problem, exit 2 for a usage error, exit 1 for bad input."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import assert_clean_exit
from kg.cli import main
from query_fixtures import flows_build  # noqa: F401


@pytest.fixture
def kg(flows_build):
    def invoke(*args, build=True):
        extra = ["--build", str(flows_build)] if build else []
        return CliRunner().invoke(main, [*map(str, args), *extra])
    return invoke


def one_line(result) -> str:
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


USAGE = [  # (arguments, what the message must say)
    (["findings", "--rule", "nope"], "'nope' is not a rule; choose from R1-physical-media"),
    (["findings", "--rule", ""], "give a name"),
    (["findings", "--severity", "urgent"], "'urgent' is not one of"),
    (["who-can-see", "my-number", "--status", "bogus"], "'bogus' is not a status; choose from "
                                                         "current, planned"),
    (["trace", "my-number", "--status", "Current"], "'Current' is not a status"),
    (["impact", "jlis", "--status", "done"], "'done' is not a status"),
    (["viz", "--party", ""], "give a name, not an empty string"),
    (["viz", "--who-can-see", " "], "give a name"),
    (["viz", "--impact", "jlis", "--mode", "explode"], "'explode' is not one of"),
    (["path", "jlis", "soumusho", "--max-hops", "-1"], "-1 is not in the range 1<=x<=20"),
    (["path", "jlis", "soumusho", "--max-hops", "many"], "'many' is not a valid integer"),
    (["impact", "jlis", "--mode", "explode"], "'explode' is not one of 'leak', 'outage'"),
    (["who-can-see", "my-number", "--as-of", "2020-13-01"], "'2020-13-01' is not a date"),
    (["who-can-see", "my-number", "--as-of", "令和2年1月15日"], "write YYYY-MM-DD"),
    (["who-can-see", "my-number", "--format", "xml"], "'xml' is not one of"),
    (["who-can-see"], "Missing argument 'CATEGORY'"),
    (["who-can-see", "my-number", "--colour"], "No such option '--colour'"),
    (["list", "everything"], "'everything' is not one of 'categories'"),
    (["sparql", "ASK {}", "--timeout", "0"], "0.0 is not in the range"),
    (["sparql", "ASK {}", "--max-rows", "0"], "0 is not in the range x>=1"),
    (["sparql", "--file", "/no/such/query.rq"], "does not exist"),
    (["sparql"], "give one query"),
    (["sparql", "ASK { ?s ?p ?o }", "--bind", "name"], "binding 'name' is not of the form"),
    (["export"], "Missing option '--format'. Choose from: graphml, csv, turtle, jsonld, "
                 "ntriples, nquads"),
    (["export", "--format", "pdf"], "'pdf' is not one of"),
    (["no-such-command"], "No such command 'no-such-command'"),
    # nc71 U1: kg flows said nothing of where flows are asked about
    (["flows"], "No such command 'flows'; these speak of flow: export, extract, touches, trace, viz."),
]


@pytest.mark.parametrize("args, fragment", USAGE, ids=[" ".join(a) for a, _ in USAGE])
def test_usage_errors_exit_2_with_one_line(kg, args, fragment):
    result = kg(*args, build=args[0] not in ("no-such-command", "flows"))
    assert_clean_exit(result, 2)
    line = one_line(result)
    assert line.startswith("error: ") and fragment in line, line
    assert "-h`" in line  # says where help is


BAD_INPUT = [  # (arguments, what the message must say)
    (["who-can-see", "存在しない情報"], "no data category matches '存在しない情報'"),
    (["who-can-see", "my-number", "-m", "丙村"], "no municipality matches '丙村'"),
    (["path", "J-LIS", "J-LIS"], "name the same party"),
    (["path", "jlis", "jlis"], "name the same party"),
    (["compare", "甲市", "ko-city"], "the same municipality is named twice"),
    (["show", "存在しないもの"], "nothing matches '存在しないもの'"),
    (["sparql", "SELECT ?s WHERE { ?s ?p"], "syntax error at line 1, column"),
    (["sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"], "not a read-only query"),
    (["sparql", "ASK {}", "--example", "x"], "give one query"),
]


@pytest.mark.parametrize("args, fragment", BAD_INPUT, ids=[" ".join(a) for a, _ in BAD_INPUT])
def test_bad_input_exits_1_with_one_line(kg, args, fragment):
    result = kg(*args)
    expected = 2 if "--example" in args else 1
    assert_clean_exit(result, expected)
    assert fragment in one_line(result)


def test_a_non_utf8_query_file_is_one_line(kg, tmp_path):
    query = tmp_path / "q.rq"
    query.write_bytes("SELECT ?s WHERE { ?s rdfs:label \"市\" }".encode("shift_jis"))
    result = kg("sparql", "--file", query)
    assert_clean_exit(result, 1)
    assert "not UTF-8 text" in one_line(result) and str(query) in one_line(result)


def test_an_unknown_example_lists_the_examples(kg):
    result = kg("sparql", "--example", "no-such")
    assert_clean_exit(result, 1)
    assert "the examples are: " in one_line(result)


@pytest.mark.parametrize("args", [["-h"], ["--help"], ["who-can-see", "-h"], ["sparql", "-h"],
                                  ["viz", "--help"], ["list", "-h"]])
def test_help_everywhere_with_exit_codes(args):
    result = CliRunner().invoke(main, args)
    assert_clean_exit(result, 0)
    assert "Usage:" in result.stdout and "Exit codes:" in result.stdout
    assert "2  usage" in result.stdout


@pytest.mark.parametrize("command", [
    ["who-can-see", "my-number"], ["trace", "my-number"], ["touches", "jlis"],
    ["impact", "jlis"], ["path", "ko-shimin", "jlis"], ["findings"], ["compare", "甲市", "乙市"],
    ["list", "items"], ["viz"]])
def test_as_of_and_build_are_on_every_query(kg, tmp_path, command):
    out = ["--out", tmp_path / "d.html"] if command == ["viz"] else []
    result = kg(*command, *out, "--as-of", "2020-01-01")
    assert_clean_exit(result, 0)


@pytest.mark.parametrize("command", [["who-can-see", "my-number"], ["trace", "my-number"],
                                     ["touches", "jlis"], ["impact", "jlis"],
                                     ["path", "ko-shimin", "jlis"]])
def test_status_is_on_every_query_of_flows(kg, command):
    assert_clean_exit(kg(*command, "--status", "current", "--status", "planned"), 0)
