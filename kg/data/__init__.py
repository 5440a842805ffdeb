"""Stage 1: the curated data. Models of the YAML files, reading them with line
numbers, finding every evidence quote in its source, and checking references.

Nothing here knows RDF or queries; :mod:`kg.graph` builds on it.
"""
