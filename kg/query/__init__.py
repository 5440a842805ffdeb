"""Stage 3: questions asked of the built graph (who can see, trace, impact,
findings, SPARQL ...). Every function takes a projection and returns plain data.

Imports :mod:`kg.graph` and :mod:`kg.data`; never the command line.
"""
