"""Read YAML while remembering the line each mapping and string started on.

Returns plain dicts, lists and strings (subclasses carrying ``.line``), so
pydantic can validate them and errors can still point at ``file:line``.

Example::

    >>> doc = loads("a:\\n  - x: 1\\n")
    >>> doc["a"][0].line
    2
"""
from __future__ import annotations

import yaml

from kg.errors import Problem


class LineDict(dict):
    line = 0


class LineList(list):
    line = 0


class LineStr(str):
    line = 0


# libyaml's parser when PyYAML has it (every PyPI wheel does): five to ten times
# faster than the pure-Python one, with the same marks for line numbers.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


def _mapping(loader, node):
    value = LineDict(loader.construct_mapping(node, deep=True))
    value.line = node.start_mark.line + 1
    return value


def _sequence(loader, node):
    value = LineList(loader.construct_sequence(node, deep=True))
    value.line = node.start_mark.line + 1
    return value


def _string(loader, node):
    value = LineStr(loader.construct_scalar(node))
    value.line = node.start_mark.line + 1
    return value


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_Loader.add_constructor("tag:yaml.org,2002:str", _string)
# Dates stay text here so that a bad one (2020-13-01) is reported by the model
# with its line, instead of PyYAML raising without one.
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _string)


def _no_duplicate_keys(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen[key] = True
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=deep)


_Loader.construct_mapping = _no_duplicate_keys


def loads(text: str):
    """Parse YAML text into line-aware dicts, lists and strings."""
    return yaml.load(text, Loader=_Loader)


def read_text(path, display: str) -> str:
    """Return the UTF-8 text of ``path``; raise a one-problem DataError otherwise."""
    from kg.errors import DataError

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(display, 0, f"cannot read file: {exc.strerror}")]) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataError([Problem(display, line, "not valid UTF-8 text")]) from None


def load_file(path, display: str):
    """Read and parse one YAML file; malformed YAML becomes a DataError at its line."""
    from kg.errors import DataError

    text = read_text(path, display)
    try:
        return loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError([Problem(display, line, f"malformed YAML: {what}")]) from None


def line_at(raw, loc) -> int:
    """Return the line of the node reached by following ``loc`` into ``raw``.

    Falls back to the nearest enclosing node that has a line.
    """
    line = getattr(raw, "line", 0)
    node = raw
    for key in loc:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        line = getattr(node, "line", line) or line
    return line
