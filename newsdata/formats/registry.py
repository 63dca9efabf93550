"""Formats by name.

Built-in formats register themselves when their module is imported; third-party
formats are found through the ``newsdata.formats`` entry-point group. A name maps to a
factory taking keyword options (e.g. ``version="2.1"`` for ninjs), so one name can
cover the versions of a standard.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from newsdata.errors import NewsdataError
from newsdata.formats.base import Format

FormatFactory = Callable[..., Format]

_REGISTRY: dict[str, FormatFactory] = {}
# Built-in format modules, imported on first use so start-up stays fast.
_BUILTIN_MODULES: tuple[str, ...] = (
    "newsdata.formats.canonical",
    "newsdata.formats.jsonld",
    "newsdata.formats.ninjs",
    "newsdata.formats.newsml",
    "newsdata.formats.csv_tables",
    "newsdata.formats.parquet",
)
_loaded = False


def register_format(name: str, factory: FormatFactory) -> None:
    _REGISTRY[name] = factory


def _load() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _BUILTIN_MODULES:
        importlib.import_module(module)
    for entry in entry_points(group="newsdata.formats"):
        if entry.name not in _REGISTRY:
            _REGISTRY[entry.name] = entry.load()


def available_formats() -> list[str]:
    _load()
    return sorted(_REGISTRY)


def get_format(name: str, **options: Any) -> Format:
    _load()
    try:
        factory = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise NewsdataError(f"unknown format {name!r} (known: {known})") from None
    return factory(**options)
