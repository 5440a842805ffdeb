"""Which kinds of entity end a route, kept apart from the pydantic models so that
answering a question (which never reads YAML) does not import pydantic.

>>> "municipality" in ENDPOINT_TYPES
True
"""
from __future__ import annotations

#: Types that end a route: data reaching them goes no further on its own.
#: A municipality or department is a controller, a council or a person the data is
#: about is a recipient; none of them is a pipe between other parties.
ENDPOINT_TYPES = frozenset({"municipality", "department", "council", "data-subject"})
