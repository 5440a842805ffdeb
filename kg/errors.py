"""Errors raised by library code. The CLI turns each into one line per problem.

Library functions never print or exit; they raise one of these.

Example::

    >>> str(DataError([Problem("data/facts/002.yaml", 12, "unknown entity 'jlsi'")]))
    "data/facts/002.yaml:12: unknown entity 'jlsi'"
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one input file, at a 1-based line (0 when unknown)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class KGError(Exception):
    """Base of every error the tool reports to its user."""

    exit_code = 1

    def lines(self) -> list[str]:
        """Return the error as the lines the CLI prints (one per problem)."""
        return str(self).split("\n")


class DataError(KGError):
    """The curated data is malformed, inconsistent or not backed by its sources."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]


class BuildMissing(KGError):
    """No built graph was found where a query expected one."""


class LookupFailed(KGError):
    """A name given on the command line matches nothing, or more than one thing."""


class BadQuestion(KGError):
    """A question that cannot be asked as put: a path from a party to itself, a
    municipality named twice, an unknown mode."""


class QueryError(KGError):
    """A SPARQL query is malformed or not read-only."""


class ExtractError(KGError):
    """A document cannot be read or has nothing to propose (``kg extract``).

    ``results`` holds the proposals of the other files of the batch, when they are
    shown anyway (nothing is written when one file fails)."""

    def __init__(self, message: str, results: list | None = None):
        super().__init__(message)
        self.results = results or []
