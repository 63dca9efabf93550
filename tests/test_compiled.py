"""The compiled (mypyc) parser and its Python sources are one program: setup.py and
newsdata/_compiled.py name the same modules, and the sources parse exactly as the build
in use does (compiled where the install could compile, pure Python otherwise)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from newsdata import _compiled
from newsdata.pipeline import parse_text
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent


def _setup_compiled_list() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError("setup.py has no COMPILED list")


def test_setup_and_the_runtime_switch_name_the_same_modules() -> None:
    from_setup = {p.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for p in _setup_compiled_list()}
    assert from_setup == {*_compiled.COMPILED_MODULES, *_compiled.COMPILED_PACKAGES}
    assert all(path.exists() for path in _compiled.source_files())


def test_the_python_sources_parse_as_the_installed_build_does() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))[::8]]
    assert len(texts) >= 6
    script = (
        "import json, sys, newsdata._compiled as c\n"
        "from newsdata.pipeline import parse_text\n"
        "texts = json.load(sys.stdin)\n"
        "print(json.dumps([c.is_compiled(), [parse_text(t).model_dump(mode='json') for t in texts]]))\n"
    )
    env = {**os.environ, "NEWSDATA_NO_COMPILE": "1"}
    run = subprocess.run(
        [sys.executable, "-c", script], input=json.dumps(texts), capture_output=True, text=True, env=env, check=True
    )
    compiled, articles = json.loads(run.stdout)
    assert compiled is False
    assert articles == [parse_text(t).model_dump(mode="json") for t in texts]


def _setup_assignment(name: str) -> object:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"setup.py has no {name}")


def test_setup_and_the_runtime_name_the_same_c_modules() -> None:
    assert _setup_assignment("C_EXTENSIONS") == _compiled.C_EXTENSIONS
    assert all((ROOT / source).exists() for source in _compiled.C_EXTENSIONS.values())


def test_the_python_reader_validates_as_the_c_reader_does() -> None:
    """``NEWSDATA_NO_COMPILE=1`` runs the Python the C modules stand in for; the NewsML-G2
    reports are the same either way."""
    from newsdata.validate import Validator
    from newsdata.validate.report import as_json

    files = sorted(str(p) for p in (ROOT / "tests" / "data" / "newsml-g2").rglob("*.xml"))
    script = (
        "import sys\n"
        "from newsdata.validate import Validator, views\n"
        "from newsdata.validate.report import as_json\n"
        "assert views._xmlview is None and views._c_item_view is None\n"
        "print(as_json(Validator().validate_paths(sys.argv[1:]), strict=False))\n"
    )
    env = {**os.environ, "NEWSDATA_NO_COMPILE": "1"}
    run = subprocess.run([sys.executable, "-c", script, *files], capture_output=True, text=True, env=env, check=True)
    assert run.stdout == as_json(Validator().validate_paths(files), strict=False) + "\n"
