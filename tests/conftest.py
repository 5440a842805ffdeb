"""Shared fixtures and helpers for the test suite.

* ``mini_dir``: a fresh copy of ``tests/fixtures/mini`` (a tiny, hand-made,
  valid data folder) in ``tmp_path``, so a test can break it freely.
* ``runner`` / ``cli``: click's CliRunner on :func:`kg.cli.main`.
* ``real_data``: the bundled data folder (``paths.data_dir()``).
* ``edit``, ``line_of``, ``problems_of`` ...: small helpers to break a file
  and to read ``file:line: message`` problem lines back.

Every test runs without ``$KG_DATA`` and with ``$KG_BUILD`` pointing into its
own ``tmp_path``, so nothing is read from or written to the user's setup.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg import paths
from kg.cli import main
from kg.graph.store import load_projection

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"

FACT_SECTIONS = ("agenda_items", "flows", "relations", "access", "safeguards", "concerns")

PROBLEM_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<message>.*)$")


# --- environment ------------------------------------------------------------


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    monkeypatch.delenv("KG_DATA", raising=False)
    monkeypatch.setenv("KG_BUILD", str(tmp_path / "default-build"))


def _bundled_data_dir() -> Path:
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("KG_DATA", raising=False)
        return paths.data_dir()


@pytest.fixture(scope="session")
def real_data() -> Path:
    """The bundled, curated data folder."""
    return _bundled_data_dir()


@pytest.fixture
def mini_dir(tmp_path) -> Path:
    """A fresh, writable copy of the mini data folder."""
    dest = tmp_path / "mini"
    shutil.copytree(MINI, dest)
    return dest


# --- running the CLI ----------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner):
    """``cli("validate", "--data", d)`` -> click Result (stdout and stderr kept apart)."""

    def invoke(*args):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=True)

    return invoke


def csv_rows(text: str) -> list[dict]:
    """The rows of a CLI's CSV output (its BOM left out), as dicts by header."""
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def assert_clean_exit(result, code: int) -> None:
    """The command exited with ``code`` by itself: no uncaught exception, no traceback."""
    unexpected = result.exception if not isinstance(result.exception, SystemExit) else None
    assert unexpected is None, f"uncaught {type(unexpected).__name__}: {unexpected}"
    assert "Traceback" not in result.output
    assert result.exit_code == code, result.output


# --- editing fixture files --------------------------------------------------------


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def edit(path: Path, old: str, new: str) -> Path:
    """Replace the single occurrence of ``old`` in ``path`` by ``new``.

    Fails if ``old`` is missing or not unique, so a test cannot silently break
    nothing.
    """
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    """Return the 1-based line of the ``nth`` line of ``path`` that contains ``needle``."""
    hits = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if needle in line]
    assert len(hits) >= nth, f"{needle!r} not found {nth} time(s) in {path}"
    return hits[nth - 1]


# --- reading problems back ----------------------------------------------------------


@dataclass(frozen=True)
class Reported:
    file: str
    line: int
    message: str

    def at(self, path: Path, line: int, base: Path | None = None) -> bool:
        """True when reported at ``path:line`` (a relative file is taken from ``base``)."""
        shown = Path(base or ".", self.file)
        return shown.resolve() == Path(path).resolve() and self.line == line


def problems_of(text: str) -> list[Reported]:
    """Parse ``file:line: message`` lines; any other non-empty line fails the test."""
    found = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        match = PROBLEM_LINE.match(raw)
        assert match, f"problem line without file:line: prefix: {raw!r}"
        found.append(Reported(match["file"], int(match["line"]), match["message"]))
    return found


def find_problem(reported, path: Path, line: int, *fragments: str, base: Path | None = None) -> Reported:
    """Return the problem reported at ``path:line`` whose message has all ``fragments``."""
    for problem in reported:
        if problem.at(path, line, base) and all(f in problem.message for f in fragments):
            return problem
    listing = "\n".join(f"  {p.file}:{p.line}: {p.message}" for p in reported)
    raise AssertionError(f"no problem at {path}:{line} with {fragments}; reported:\n{listing}")


# --- reading fact files independently of kg.load ----------------------------------


def raw_yaml(path: Path):
    """Parse ``path`` with plain PyYAML (the C loader when available), not with kg.yamlio."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def fact_files_by_source(data_dir: Path) -> dict[str, list[dict]]:
    """Map each source file name to the parsed fact files that cite it (plain PyYAML)."""
    out: dict[str, list[dict]] = {}
    for path in sorted((data_dir / "facts").glob("*.yaml")):
        doc = raw_yaml(path)
        out.setdefault(doc["source"], []).append(doc)
    return out


def count_quotes(node) -> int:
    """Count evidence quotes anywhere below ``node`` (facts, answers, votes)."""
    if isinstance(node, dict):
        total = 0
        for key, value in node.items():
            if key == "evidence":
                total += len(value) if isinstance(value, list) else 1
            else:
                total += count_quotes(value)
        return total
    if isinstance(node, list):
        return sum(count_quotes(item) for item in node)
    return 0


def expected_counts(docs: list[dict]) -> dict[str, int]:
    """Per-source counts a correct ``stats`` must report for these fact files."""
    counts = {key: sum(len(doc.get(key) or []) for doc in docs) for key in FACT_SECTIONS}
    counts["evidence"] = sum(count_quotes({k: doc.get(k) for k in FACT_SECTIONS}) for doc in docs)
    return counts


def all_quotes(node):
    """Yield every Quote below ``node``: the tests' own walk, independent of kg.check's,
    so a quote that kg.check would skip is still verified."""
    from kg.data import models

    if isinstance(node, models.Quote):
        yield node
    elif isinstance(node, models.Strict):
        for name in type(node).model_fields:
            yield from all_quotes(getattr(node, name))
    elif isinstance(node, list):
        for item in node:
            yield from all_quotes(item)


# --- built graphs for the diagram tests (test_render.py, test_viz_browser.py) ------------


def kg(*args):
    """Run the kg CLI in-process; return click's Result (stdout and stderr apart)."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=True)


def build(data_dir: Path, out: Path) -> Path:
    """`kg build --data data_dir --out out`; fail with the CLI's message if it fails."""
    result = kg("build", "--data", data_dir, "--out", out, "--no-shacl")
    assert result.exit_code == 0, result.output + result.stderr
    return out


def xss_data(dest: Path) -> Path:
    """A copy of the XSS fixture; rules.yaml comes from the mini fixture (not under test here)."""
    shutil.copytree(FIXTURES / "xss", dest)
    if (MINI / "rules.yaml").is_file():
        shutil.copy(MINI / "rules.yaml", dest / "rules.yaml")
    return dest


def build_bundled(tmp: Path) -> Path:
    """Build the bundled data as it is; broken data fails here, it is never worked around."""
    result = kg("build", "--data", paths.data_dir(), "--out", tmp / "build", "--no-shacl")
    assert result.exit_code == 0, result.stderr
    return tmp / "build"


@pytest.fixture(scope="session")
def mini_build(tmp_path_factory) -> Path:
    return build(MINI, tmp_path_factory.mktemp("mini") / "build")


@pytest.fixture(scope="session")
def xss_build(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("xss")
    return build(xss_data(tmp / "data"), tmp / "build")


@pytest.fixture(scope="session")
def real_build(tmp_path_factory) -> Path:
    return build_bundled(tmp_path_factory.mktemp("bundled"))


#: A new 試験市 meeting for draft builds: a flow from 健康課 (which the mini data's
#: 900-flow-1 also names) to a contractor, who re-entrusts part of the work.
DRAFT_MINUTES = """# 令和3年度第1回試験市個人情報保護審議会 会議録

開催日時\t令和3年6月1日（火）午後2時
<p>【諮問事項】</p>
（1）健診データ入力業務委託（健康課）
健康課は、個人番号を含む健診結果をUSBメモリで受託者へ渡す。
受託者は、市の承認を得て、氏名の入力作業を再委託先に再委託する。
審議の結果、承認された。
"""


def build_with_draft(tmp: Path, text: str) -> Path:
    """Copy the mini data into ``tmp``, move ``kg extract``'s draft of the minutes ``text``
    (its facts 902-…) into it and build with ``--include-drafts``, as the README's review
    workflow does; return the build folder."""
    data = tmp / "mini"
    shutil.copytree(MINI, data)
    minutes = tmp / "minutes.txt"
    minutes.write_text(text, encoding="utf-8")
    result = kg("extract", minutes, "--data", data, "--out", tmp / "drafts", "--mkdir")
    assert result.exit_code == 0, result.stderr
    for sub in ("sources", "facts", "categories"):  # (new data words: a draft category file)
        for file in (tmp / "drafts" / sub).iterdir() if (tmp / "drafts" / sub).is_dir() else ():
            (data / sub).mkdir(exist_ok=True)
            shutil.move(str(file), data / sub / file.name)
    result = kg("build", "--data", data, "--build", tmp / "build", "--no-shacl",
                "--include-drafts")
    assert result.exit_code == 0, result.stderr
    return tmp / "build"


@pytest.fixture(scope="session")
def draft_build(tmp_path_factory) -> Path:
    """The mini data with a draft of DRAFT_MINUTES, built with ``--include-drafts``."""
    return build_with_draft(tmp_path_factory.mktemp("drafted"), DRAFT_MINUTES)


@pytest.fixture(scope="session")
def mini_proj(mini_build):
    return load_projection(mini_build)


@pytest.fixture(scope="session")
def xss_proj(xss_build):
    return load_projection(xss_build)


@pytest.fixture(scope="session")
def real_proj(real_build):
    return load_projection(real_build)


def busiest(proj, kind: str | None = None) -> str:
    """The entity (of ``kind``) that appears in the most flows and relations."""
    counts: dict[str, int] = {}
    for fact in proj.facts.values():
        for key in ("from", "to", "subject", "object"):
            end = fact.get(key)
            if end and (kind is None or proj.entities[end]["type"] == kind):
                counts[end] = counts.get(end, 0) + 1
    return max(sorted(counts), key=counts.get)


def newcomer_proposals(folder: str) -> dict[str, dict]:
    """``{file stem: proposal}`` of ``kg extract`` for each minutes file a newcomer wrote,
    in ``tests/fixtures/<folder>``, read with the bundled registry."""
    from kg.extract import extract_files

    return {Path(r["input"]).stem: r for r in extract_files(sorted((FIXTURES / folder).iterdir()))}


def on_line(rows: list[dict], line: int) -> list[dict]:
    """The proposed facts (flows, relations, access) of ``rows`` on ``line``."""
    return [r for r in rows if r["line"] == line]


def drafted(cli, mini_dir: Path, tmp_path: Path, data: str = "住民の氏名") -> Path:
    """Extract one sentence's minutes that hand ``data`` over and move the drafts (sources,
    facts, new categories) into the data folder; return the fact file's path."""
    minutes = tmp_path / "m.txt"
    minutes.write_text("# 令和3年度第1回試験市個人情報保護審議会 会議録\n\n開催日時\t令和3年6月1日\n"
                       f"（1）保守業務委託（市民課）\n市民課は、{data}を株式会社試験保守に提供する。\n",
                       encoding="utf-8")
    out = tmp_path / "drafts"
    assert_clean_exit(cli("extract", minutes, "--data", mini_dir, "--out", out, "--mkdir"), 0)
    for sub in ("sources", "facts", "categories"):
        (mini_dir / sub).mkdir(exist_ok=True)
        for file in (out / sub).iterdir() if (out / sub).is_dir() else ():
            shutil.move(str(file), mini_dir / sub / file.name)
    return next((mini_dir / "facts").glob("*-draft.yaml"))
