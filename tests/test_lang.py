from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from newsdata import lang

SUPPORTED = ["ro", "en", "fr", "de", "es", "it"]


def _strings_only(value: Any, where: str) -> list[str]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _strings_only(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [p for v in value for p in _strings_only(v, where)]
    if isinstance(value, bool) or (not isinstance(value, (str, int)) and value is not None):
        return [f"{where}: {value!r}"]
    return []


def test_every_supported_language_has_data() -> None:
    assert set(SUPPORTED) <= set(lang.available())


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (resources.files("newsdata.lang") / "data").iterdir() if p.name.endswith(".yaml"))
)
def test_data_files_hold_only_words(name: str) -> None:
    """YAML turns bare no/on/off into booleans; a word list must never hold one."""
    data = yaml.safe_load((resources.files("newsdata.lang") / "data" / name).read_text(encoding="utf-8"))
    flags = {".body.lowercase_org_names", ".body.capitalises_nouns", ".body.compound_words", ".body.head_final_names"}
    bad = [
        p
        for p in _strings_only(data, name)
        if "zone_abbreviations" not in p and p.split(":")[0][len(name) :] not in flags
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("code", "name", "number"),
    [
        ("ro", "ianuarie", 1),
        ("ro", "iun", 6),
        ("fr", "févr", 2),
        ("de", "märz", 3),
        ("es", "septiembre", 9),
        ("it", "luglio", 7),
        ("en", "sept", 9),
    ],
)
def test_months_come_from_cldr_and_data(code: str, name: str, number: int) -> None:
    assert lang.get(code).months[name] == number


@pytest.mark.parametrize(("code", "order"), [("en", "MDY"), ("ro", "DMY"), ("de", "DMY"), ("fr", "DMY")])
def test_numeric_date_order_comes_from_cldr(code: str, order: str) -> None:
    assert lang.get(code).date_order == order


def test_region_subtags_use_the_primary_language() -> None:
    assert lang.get("de-AT").code == "de"


def test_unknown_language_names_the_available_ones() -> None:
    with pytest.raises(KeyError, match=r"available: .*ro"):
        lang.get("xx")
