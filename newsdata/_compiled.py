"""Compiled (mypyc) or pure Python: which copy of the parser modules gets imported.

setup.py compiles the parser's modules to C extensions next to their ``.py`` files (see
its docstring). Python prefers an extension to a source file, which is right for an
installed package but wrong in two cases, where this module makes ``newsdata.*`` imports
load the ``.py`` files instead:

- ``NEWSDATA_NO_COMPILE=1`` is set (to debug or profile the Python code line by line);
- in a source checkout (an editable install) a ``.py`` was edited after the last build, so
  the extension would run yesterday's code. A warning says to rebuild.

mypyc's modules call each other directly, so the choice is all or nothing.

One module is C written by hand, not compiled from Python (``C_EXTENSIONS``): a fast
reader for Python code that stays as its fallback, which ``extension`` hands out unless
``NEWSDATA_NO_COMPILE=1`` is set, it was not built, or its ``.c`` changed after the build
(the caller then runs the Python it stands in for).
"""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec, PathFinder
from importlib.util import spec_from_file_location
from pathlib import Path
from types import ModuleType

# setup.py's COMPILED list, as module names (tests/test_compiled.py checks they agree)
COMPILED_MODULES = (
    "newsdata.boilerplate",
    "newsdata.dates",
    "newsdata.document",
    "newsdata.gazetteer",
    "newsdata.text",
    "newsdata.zones",
    "newsdata.lang",
)
COMPILED_PACKAGES = (
    "newsdata.entities",
    "newsdata.events",
    "newsdata.header",
    "newsdata.pipeline",
    "newsdata.quotes",
)

# setup.py's C_EXTENSIONS: module name -> its C source, relative to the repository
C_EXTENSIONS = {"newsdata.validate._xmlview": "newsdata/validate/_xmlview.c"}

PACKAGE_DIR = Path(__file__).resolve().parent


def source_files() -> list[Path]:
    """The ``.py`` files setup.py compiles."""
    files: list[Path] = []
    for name in COMPILED_MODULES:
        path = PACKAGE_DIR.parent.joinpath(*name.split("."))
        files.append(path / "__init__.py" if path.is_dir() else path.with_suffix(".py"))
    for name in COMPILED_PACKAGES:
        files.extend(sorted(PACKAGE_DIR.parent.joinpath(*name.split(".")).glob("*.py")))
    return files


def _extension_of(source: Path) -> Path:
    return source.with_name(source.stem + EXTENSION_SUFFIXES[0])


def stale_sources() -> list[Path]:
    """Sources edited after their extension was built, in a source checkout only: an
    installed wheel's files carry install times, not edit times."""
    if not (PACKAGE_DIR.parent / "setup.py").exists():
        return []
    stale: list[Path] = []
    for source in source_files():
        extension = _extension_of(source)
        try:
            if source.stat().st_mtime > extension.stat().st_mtime:
                stale.append(source)
        except FileNotFoundError:
            continue
    return stale


class _SourceFinder(MetaPathFinder):
    """Finds ``newsdata.*`` modules as the path finder does, but the ``.py`` file where the
    path finder would pick the compiled extension."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not fullname.startswith("newsdata."):
            return None
        spec = PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, ExtensionFileLoader) or spec.origin is None:
            return spec
        extension = Path(spec.origin)
        stem = extension.name.split(".")[0]
        if stem == "__init__":
            return spec_from_file_location(
                fullname, extension.with_name("__init__.py"), submodule_search_locations=[str(extension.parent)]
            )
        source = extension.with_name(stem + ".py")
        return spec_from_file_location(fullname, source) if source.exists() else spec


def use_sources() -> None:
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder())


def choose() -> None:
    """Called once from ``newsdata/__init__.py``, before any compiled module is imported."""
    if os.environ.get("NEWSDATA_NO_COMPILE", "") not in ("", "0"):
        use_sources()
        return
    stale = stale_sources()
    if stale:
        names = ", ".join(str(p.relative_to(PACKAGE_DIR.parent)) for p in stale[:3])
        warnings.warn(
            f"newsdata: {names}{' ...' if len(stale) > 3 else ''} changed after the compiled modules were built;"
            " running the Python sources (rebuild with `pip install -e .`)",
            stacklevel=3,
        )
        use_sources()


def is_compiled() -> bool:
    """Whether the parser runs compiled (for the benchmark's report and the tests)."""
    import newsdata.text

    return not (newsdata.text.__file__ or "").endswith(".py")


def extension(name: str) -> ModuleType | None:
    """One of ``C_EXTENSIONS``, or None where its Python counterpart must run instead:
    ``NEWSDATA_NO_COMPILE=1`` is set, it was not built (no C compiler, no lxml headers), or
    its ``.c`` changed after the build in a checkout."""
    if os.environ.get("NEWSDATA_NO_COMPILE", "") not in ("", "0"):
        return None
    try:
        module = importlib.import_module(name)
    except ImportError:
        return None
    source = PACKAGE_DIR.parent / C_EXTENSIONS[name]
    built = Path(module.__file__ or "")
    checkout = (PACKAGE_DIR.parent / "setup.py").exists() and source.exists() and built.exists()
    if checkout and source.stat().st_mtime > built.stat().st_mtime:
        warnings.warn(
            f"newsdata: {C_EXTENSIONS[name]} changed after it was built; running the Python it stands in for"
            " (rebuild with `pip install -e .`)",
            stacklevel=2,
        )
        return None
    return module
