"""The canonical model's JSON Schema, as committed in ``schemas/article.schema.json``."""

from __future__ import annotations

from typing import Any

from newsdata.model import Article

SCHEMA_ID = "https://newsdata.dev/schemas/article.schema.json"


def article_schema() -> dict[str, Any]:
    schema = Article.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
