"""kg: an evidence-grounded knowledge graph of Japanese municipal personal-data flows.

The package reads curated facts from ``data/`` (each tied to a verbatim quote of
published council minutes), checks them, and compiles an RDF graph.
"""
__version__ = "0.1.0"
