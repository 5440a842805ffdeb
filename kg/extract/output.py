"""Write a run's drafts and source texts under the output folder all at once.

Example::

    >>> write_folder(Path("drafts"), {"facts/005-draft.yaml": "..."})   # doctest: +SKIP
    [PosixPath('drafts/facts/005-draft.yaml')]
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from kg.errors import ExtractError


def write_folder(out_dir: Path, files: dict[str, str], force: bool = False) -> list[Path]:
    """Write ``{relative path: text}`` under ``out_dir`` all at once: into a temporary
    folder beside it, then each file moved into place, so a failure leaves nothing half-written.
    A file there already with other content (a draft under review) is kept: ExtractError,
    nothing written, unless ``force``; one with the same content is left as it is. Returns
    the paths written (not those left as they were)."""
    out_dir = Path(out_dir)
    there = {rel for rel in files if (out_dir / rel).is_file()}
    same = {rel for rel in there if (out_dir / rel).read_text(encoding="utf-8") == files[rel]}
    changed = [out_dir / rel for rel in files if rel in there - same]
    if changed and not force:
        # (whether someone edited it cannot be told: an earlier run's draft, or the same
        # minutes read against a data folder that changed since, differ too: nc68 U5)
        raise ExtractError("\n".join(f"{path}: exists and differs from the new draft (any edits to "
                                      f"it would be replaced); move it away or give --force"
                                      for path in changed))
    moved = _renumbered(out_dir, files)
    if moved and not force:
        # (nc70 U4: the data folder took 005 since, so the same minutes come out as 006 beside
        # their old 005 draft, which copied into data/ would make a second 005 of another town)
        raise ExtractError("\n".join(f"{old}: the same minutes drafted before as {old.name.split('_', 1)[0]}, "
                                      f"now {new}; move the old draft away or give --force"
                                      for old, new in moved))
    parent = out_dir.parent if not out_dir.exists() else out_dir
    parent.mkdir(parents=True, exist_ok=True) if not parent.exists() else None
    tmp = Path(tempfile.mkdtemp(dir=parent, prefix=".kg-extract.", suffix=".tmp"))
    written = []
    try:
        todo = {rel: text for rel, text in files.items() if rel not in same}
        for rel, text in todo.items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for rel in todo:  # (a rerun on the same minutes: the same draft left as it is)
            dest = out_dir / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / rel, dest)
            written.append(dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return written


def _renumbered(out_dir: Path, files: dict[str, str]) -> list[tuple[Path, str]]:
    """The earlier drafts' source texts in ``out_dir`` of minutes ``files`` saves under
    another number (``sources/005_<digest>.txt`` there, ``sources/006_<digest>.txt`` now),
    each with the new number."""
    out = []
    for rel in files:
        path = Path(rel)
        if path.parent.name != "sources" or "_" not in path.name:
            continue
        number, digest = path.name.split("_", 1)
        out += [(old, number) for old in sorted((out_dir / "sources").glob(f"*_{digest}"))
                if old.name != path.name]
    return out
