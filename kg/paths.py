"""Where the ontology, the bundled data and the build output live.

From a checkout (or an editable install) they are the repository's own
``ontology/`` and ``data/`` folders, and the build goes to its ``build/``; from
a wheel they are installed inside
the package as ``kg/_ontology`` and ``kg/_data`` (``kg.data`` is the
code that reads them). ``KG_DATA``, ``KG_BUILD`` and ``KG_ONTOLOGY``
override the data, build and ontology folders.

Example::

    >>> (ontology_dir() / "kg.ttl").is_file()
    True
"""
from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _bundled(name: str) -> Path:
    # A checkout has setup.cfg beside the package; a wheel installs the folders
    # inside the package as kg/_ontology and kg/_data.
    if (_CHECKOUT / "setup.cfg").is_file() and (_CHECKOUT / name).is_dir():
        return _CHECKOUT / name
    return _PACKAGE / f"_{name}"


def ontology_dir() -> Path:
    """Return the folder holding ``kg.ttl`` and ``shapes.ttl`` (``$KG_ONTOLOGY`` if set)."""
    return Path(os.environ["KG_ONTOLOGY"]) if os.environ.get("KG_ONTOLOGY") else _bundled("ontology")


def data_dir() -> Path:
    """Return the curated data folder (``$KG_DATA`` if set)."""
    return Path(os.environ["KG_DATA"]) if os.environ.get("KG_DATA") else _bundled("data")


def build_dir() -> Path:
    """Return where ``kg build`` writes and queries read.

    ``$KG_BUILD`` when set; else, from a checkout, its ``build/`` folder (so the
    tool and the Python API find it from any working folder); else, installed
    from a wheel, ``kg-pdflow/build`` in the user's cache folder.
    """
    if os.environ.get("KG_BUILD"):
        return Path(os.environ["KG_BUILD"])
    if (_CHECKOUT / "setup.cfg").is_file() and (_CHECKOUT / "kg").is_dir():
        return _CHECKOUT / "build"
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "kg-pdflow" / "build"
