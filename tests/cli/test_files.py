"""Files: never replace a file the user cannot write, never create folders unasked,
every I/O failure one line with its path and exit 1, nothing half-written."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from conftest import assert_clean_exit
from kg.cli import main
from query_fixtures import flows_build  # noqa: F401


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_line(result) -> str:
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("command", [["viz"], ["export", "--format", "csv"]])
def test_an_out_in_a_missing_folder_is_refused_unless_asked(flows_build, tmp_path, command):
    target = tmp_path / "new" / "deeper" / "out.file"
    result = run(*command, "--build", flows_build, "--out", target)
    assert_clean_exit(result, 1)
    assert "no such folder (add --mkdir to create it)" in one_line(result)
    assert not (tmp_path / "new").exists()
    assert_clean_exit(run(*command, "--build", flows_build, "--out", target, "--mkdir"), 0)
    assert target.stat().st_size > 100


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only file")
@pytest.mark.parametrize("command", [["viz"], ["export", "--format", "csv"]])
def test_a_read_only_file_is_not_replaced(flows_build, tmp_path, command):
    target = tmp_path / "keep.html"
    target.write_text("mine", encoding="utf-8")
    target.chmod(0o444)
    result = run(*command, "--build", flows_build, "--out", target)
    assert_clean_exit(result, 1)
    assert "not writable; refusing to replace it" in one_line(result)
    assert target.read_text(encoding="utf-8") == "mine"


def test_a_read_only_file_is_not_replaced_even_for_root(flows_build, tmp_path, monkeypatch):
    # root may write anything, so the check asks the operating system the user's question
    target = tmp_path / "keep.html"
    target.write_text("mine", encoding="utf-8")
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: real(path, mode) and not (
        str(path) == str(target) and mode == os.W_OK))
    result = run("viz", "--build", flows_build, "--out", target)
    assert_clean_exit(result, 1)
    assert f"{target}: not writable" in one_line(result)
    assert target.read_text(encoding="utf-8") == "mine"


def test_an_out_that_is_a_folder_is_refused(flows_build, tmp_path):
    result = run("export", "--format", "csv", "--build", flows_build, "--out", tmp_path)
    assert_clean_exit(result, 2)  # click knows a folder is not a file name


def test_a_write_that_fails_is_one_line_with_the_path(flows_build, tmp_path, monkeypatch):
    import kg.graph.store as store

    def refuse(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(store, "write_atomic", refuse)
    target = tmp_path / "out.csv"
    result = run("export", "--format", "csv", "--build", flows_build, "--out", target)
    assert_clean_exit(result, 1)
    assert one_line(result) == f"error: {target}: Permission denied"


def test_a_projection_that_is_not_an_object_says_rebuild(tmp_path):
    build = tmp_path / "build"
    (build / "projection").mkdir(parents=True)
    (build / "projection" / "core.json").write_text(json.dumps([1, 2, 3]), encoding="utf-8")
    result = run("who-can-see", "個人番号", "--build", build)
    assert_clean_exit(result, 1)
    assert "run `kg build`" in one_line(result)


def test_a_corrupt_projection_says_rebuild(tmp_path):
    build = tmp_path / "build"
    (build / "projection").mkdir(parents=True)
    (build / "projection" / "core.json").write_bytes(b"\xff\x00{")
    result = run("who-can-see", "個人番号", "--build", build)
    assert_clean_exit(result, 1)
    assert "cannot read the built graph" in one_line(result)


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("ntriples", "nt"),
                                         ("jsonld", "json-ld"), ("nquads", "nquads")])
def test_every_rdf_format_exports_through_the_command(flows_build, tmp_path, fmt, parser):
    import pyoxigraph as ox

    from kg.cli.building import EXPORT_FORMATS
    from kg.graph.export import FORMATS

    assert EXPORT_FORMATS == FORMATS  # the command offers what the library writes
    target = tmp_path / f"graph.{fmt}"
    result = run("export", "--format", fmt, "--build", flows_build, "--out", target)
    assert_clean_exit(result, 0)
    kind = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
            "json-ld": ox.RdfFormat.JSON_LD, "nquads": ox.RdfFormat.N_QUADS}[parser]
    assert len(list(ox.parse(path=str(target), format=kind))) > 100


def test_a_write_that_fails_names_the_file_asked_for(flows_build):
    # /sys refuses new files even to root (a read-only folder would not stop root)
    target = "/sys/kg-test-export.csv"
    result = run("export", "--format", "csv", "--build", flows_build, "--out", target)
    assert_clean_exit(result, 1)
    line = one_line(result)
    assert line.startswith(f"error: {target}: "), line  # not the temporary file's name
