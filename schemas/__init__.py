"""Schemas newsdata needs at run time, installed as the package ``newsdata._schemas``.

pyproject.toml maps this folder to that package name so the same files serve the
repository (``schemas/article.schema.json`` is checked by the tests) and an installed
wheel; code reads them through ``importlib.resources`` (``newsdata/formats/resources.py``),
never through a path relative to the source tree.
"""
