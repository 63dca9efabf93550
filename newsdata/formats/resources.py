"""The vendored schemas, read from the installed package ``newsdata._schemas``.

pyproject maps the repository's ``schemas/`` folder to that package, so a checkout, an
editable install and a wheel all read the same files through ``importlib.resources``.
XSDs import each other by relative path, so they need a real folder: when the package
is not on a file system (a zip import), the folder is copied out once per process.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

PACKAGE = "newsdata._schemas"


def schema_file(*parts: str) -> Traversable:
    node: Traversable = resources.files(PACKAGE)
    for part in parts:
        node = node / part
    return node


@cache
def load_json(*parts: str) -> Any:
    """A vendored JSON document, parsed once per process."""
    return json.loads(schema_file(*parts).read_text(encoding="utf-8"))


def _copy_tree(node: Traversable, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for child in node.iterdir():
        if child.is_dir():
            _copy_tree(child, target / child.name)
        else:
            (target / child.name).write_bytes(child.read_bytes())


@cache
def schema_folder(name: str) -> Path:
    """A real folder holding ``schemas/<name>``, for files that refer to their siblings.

    A copy (only for zip imports) is a few hundred kB in the temp dir, left for the OS
    to clean, since the compiled schemas are used until the process ends."""
    node = schema_file(name)
    if isinstance(node, Path):
        return node
    target = Path(tempfile.mkdtemp(prefix="newsdata-schemas-")) / name
    _copy_tree(node, target)
    return target
