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

``C_EXTENSIONS`` are C written by hand against lxml's public C API (its headers come with
lxml: ``lxml.get_include()``), each a fast reader for Python code that stays as the
fallback: ``newsdata.validate._xmlview`` reads the fields of a NewsML-G2 item that the
validator's common view needs. Each is built on its own: where one fails (no lxml
headers, no ``dlfcn.h``), the build warns and the Python reader runs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import Extension, find_packages, setup
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

# mirrored in newsdata/_compiled.py (C_EXTENSIONS); tests/test_compiled.py checks the two agree
C_EXTENSIONS = {"newsdata.validate._xmlview": "newsdata/validate/_xmlview.c"}


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

    def build_extension(self, ext: Extension) -> None:
        if ext.name not in C_EXTENSIONS:
            super().build_extension(ext)
            return
        try:
            super().build_extension(ext)
        except Exception as error:  # a hand-written module is optional: its Python counterpart runs
            print(f"newsdata: building {ext.name} failed ({error}); its Python counterpart runs", file=sys.stderr)

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
    modules: list[object] = []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("newsdata: mypyc not available; installing pure Python", file=sys.stderr)
    else:
        modules += mypycify(COMPILED, opt_level="3", group_name="newsdata")
    try:
        import lxml
    except ImportError:
        print("newsdata: lxml not available to the build; its C readers are not built", file=sys.stderr)
    else:
        modules += [Extension(name, [source], include_dirs=lxml.get_include()) for name, source in C_EXTENSIONS.items()]
    return modules


setup(
    packages=[*find_packages(include=["newsdata", "newsdata.*"]), "newsdata._schemas"],
    ext_modules=ext_modules(),
    cmdclass={"build_ext": OptionalBuildExt},
)
