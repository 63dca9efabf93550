"""The package list and the compiled parser modules (everything else is in pyproject.toml).

``schemas/`` is installed as ``newsdata._schemas`` (mapped in pyproject's package-dir);
pyproject's ``packages.find`` cannot add a remapped folder to what it finds, so the list
is the found ``newsdata*`` packages plus that one.

The parser's modules are compiled to C extensions with mypyc (issue 4: the parser spends
its time in per-token Python loops, which mypyc runs without the interpreter's overhead).
mypyc comes from pyproject's ``[build-system] requires``. The same ``.py`` files stay the
source of truth and remain importable: with ``NEWSDATA_NO_COMPILE=1`` nothing is compiled,
and where compiling fails (no C compiler) the build warns and installs pure Python.
At run time ``newsdata/__init__.py`` falls back to the sources when the compiled modules
are stale (a checkout edited after ``pip install -e``) or ``NEWSDATA_NO_COMPILE=1`` is set.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext

# The parse pipeline and what it calls per token, sentence and line. Not the model
# (pydantic), the formats, the CLI or newsdata.testing: they gain nothing from compiling.
# The list is mirrored in newsdata/_compiled.py (COMPILED_PACKAGES, COMPILED_MODULES);
# tests/test_compiled.py checks the two agree.
COMPILED = [
    "newsdata/boilerplate.py",
    "newsdata/dates.py",
    "newsdata/document.py",
    "newsdata/gazetteer.py",
    "newsdata/text.py",
    "newsdata/zones.py",
    "newsdata/lang/__init__.py",
    "newsdata/entities",
    "newsdata/events",
    "newsdata/header",
    "newsdata/pipeline",
    "newsdata/quotes",
]


class OptionalBuildExt(build_ext):
    """Build the compiled modules if the machine can; otherwise keep the pure-Python package.

    mypyc's modules share one library, so it is all or nothing: on any failure every
    extension this build wrote is removed again."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # any compiler failure means "install pure Python"
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)
            if self.inplace:
                for output in self._inplace_outputs():
                    output.unlink(missing_ok=True)
            print(f"newsdata: compiling with mypyc failed ({error}); installing pure Python", file=sys.stderr)

    def _inplace_outputs(self) -> list[Path]:
        build_py = self.get_finalized_command("build_py")
        out = []
        for ext in self.extensions:
            package = ".".join(ext.name.split(".")[:-1])
            folder = Path(build_py.get_package_dir(package)) if package else Path()
            out.append(folder / Path(self.get_ext_filename(ext.name)).name)
        return out


def ext_modules() -> list[object]:
    if os.environ.get("NEWSDATA_NO_COMPILE", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("newsdata: mypyc not available; installing pure Python", file=sys.stderr)
        return []
    return list(mypycify(COMPILED, opt_level="3", group_name="newsdata"))


setup(
    packages=[*find_packages(include=["newsdata", "newsdata.*"]), "newsdata._schemas"],
    ext_modules=ext_modules(),
    cmdclass={"build_ext": OptionalBuildExt},
)
