"""kg: an evidence-grounded knowledge graph of Japanese municipal personal-data flows.

The package reads curated facts from ``data/`` (each tied to a verbatim quote of
published council minutes), checks them, compiles an RDF graph and answers
questions about it. From Python::

    import kg
    graph = kg.open()                 # the build; the bundled data is built on first use
    graph.who_can_see("個人番号", municipality="杉並区")

The pipeline: :mod:`kg.data` (models, YAML, evidence, checks) → :mod:`kg.graph`
(compile, store, projection) → :mod:`kg.query` (access, impact, findings,
SPARQL) → :mod:`kg.cli` and :mod:`kg.api`.
"""
__version__ = "0.2.0"


def open(build=None):  # noqa: A001 (like io.open)
    """Return the built graph, ready to be asked (see :func:`kg.api.open`)."""
    from kg.api import open as _open

    return _open(build)
