"""Stage 4: serving the built graph to a team (``kg serve``).

A read-only SPARQL 1.1 Protocol endpoint, a JSON API with the fields of the
commands' ``--format json``, and pages for people, over one build. Imports the
stages before it; nothing imports it but the command line.
"""
from kg.serve.app import Config, create_app

__all__ = ["Config", "create_app"]
