"""The committed JSON Schema as a validator that asserts formats, like the model does."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

from newsdata.model import RFC3339
from newsdata.schema import article_schema


def _date_time(value: object) -> bool:
    """RFC 3339 'date-time' with a real calendar day (jsonschema checks it only with an extra package)."""
    if not isinstance(value, str):
        return True  # formats constrain strings only; "type" catches the rest
    import re

    if not re.match(RFC3339, value):
        return False
    try:
        date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return False
    return True


@cache
def _format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker()
    checker.checks("date-time")(_date_time)
    return checker


def committed_schema() -> dict[str, Any]:
    """``schemas/article.schema.json`` when running from the repository, else the model's own."""
    path = Path(str(resources.files("newsdata"))).parent / "schemas" / "article.schema.json"
    if path.is_file():
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    return article_schema()


def schema_validator(schema: dict[str, Any] | None = None) -> jsonschema.protocols.Validator:
    """A Draft 2020-12 validator for the article schema, with 'date-time' asserted."""
    return jsonschema.Draft202012Validator(schema or committed_schema(), format_checker=_format_checker())
