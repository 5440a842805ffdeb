"""The tool finds its ontology and bundled data from a checkout and from a wheel."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import paths

ROOT = Path(__file__).resolve().parent.parent


def test_checkout_uses_the_repository_folders(monkeypatch):
    monkeypatch.delenv("KG_DATA", raising=False)
    assert paths.ontology_dir() == ROOT / "ontology"
    assert paths.data_dir() == ROOT / "data"


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_DATA", str(tmp_path / "d"))
    monkeypatch.setenv("KG_BUILD", str(tmp_path / "b"))
    assert paths.data_dir() == tmp_path / "d"
    assert paths.build_dir() == tmp_path / "b"


@pytest.mark.slow
def test_wheel_carries_ontology_data_and_styles(tmp_path):
    """Build the wheel, unpack it apart from the checkout, and run kg from there."""
    wheels = tmp_path / "wheels"
    # Build from a copy: setuptools leaves build/lib and build/bdist.* beside the sources,
    # and the checkout's build/ holds the user's graph.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", "build", ".git", "*.egg-info", "__pycache__", "test-artifacts", ".pytest_cache"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                            "-w", str(wheels), str(source)], capture_output=True, text=True)
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip().splitlines()[-1:]}")
    [wheel] = wheels.glob("*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--target", str(target), str(wheel)], check=True, capture_output=True)
    # Run from an empty folder with only the unpacked wheel first on the path:
    # the dependencies come from this venv, the package and its files from the wheel.
    env = {**os.environ, "PYTHONPATH": str(target), "KG_BUILD": str(tmp_path / "build")}
    env.pop("KG_DATA", None)
    work = tmp_path / "work"
    work.mkdir()
    probe = subprocess.run(
        [sys.executable, "-c", "import kg.paths as p; print(p.ontology_dir()); print(p.data_dir())"],
        cwd=work, env=env, capture_output=True, text=True, check=True).stdout.split()
    assert all(line.startswith(str(target)) for line in probe), probe
    for args in (["validate"], ["build"], ["who-can-see", "個人番号", "--format", "json"],
                 ["viz", "--out", str(tmp_path / "d.html"), "--format", "json"]):
        result = subprocess.run([sys.executable, "-m", "kg", *args], cwd=work, env=env,
                                capture_output=True, text=True)
        assert result.returncode == 0, (args, result.stderr)
    assert (tmp_path / "d.html").stat().st_size > 10_000
    # the Python API from the wheel, in a fresh build folder: built on first use
    api = subprocess.run([sys.executable, "-c", "import kg; g = kg.open(); "
                          "print(len(g.who_can_see('個人番号')['parties']))"], cwd=work,
                         env={**env, "KG_BUILD": str(tmp_path / "api-build")},
                         capture_output=True, text=True)
    assert api.returncode == 0, api.stderr
    assert int(api.stdout) > 5
