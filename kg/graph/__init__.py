"""Stage 2: the graph. Compile checked data into RDF, validate it with SHACL,
project it onto plain data for queries, and write and read the build folder.

Imports :mod:`kg.data`; never :mod:`kg.query` or the command line.
"""
