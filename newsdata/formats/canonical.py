"""Canonical JSON: the model itself, one article per document or per JSONL line."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from pydantic import ValidationError

from newsdata.errors import InputError
from newsdata.formats.base import Format, Problem
from newsdata.formats.guards import HostileInput, check_json_depth
from newsdata.formats.registry import register_format
from newsdata.model import Article


def _pointer(loc: tuple[int | str, ...]) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in loc) if loc else ""


def _documents(data: bytes, source: str) -> list[tuple[str, Any]]:
    """(place, parsed JSON) for a JSON document or each line of a JSONL feed."""
    check_json_depth(data, source=source)
    text = data.decode("utf-8-sig")
    try:
        return [("", json.loads(text))]
    except json.JSONDecodeError as whole:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        if len(lines) < 2:
            raise InputError(f"not JSON: {whole.msg}", source=source, where=f"line {whole.lineno}") from None
        parsed: list[tuple[str, Any]] = []
        for n, line in lines:
            try:
                parsed.append((f"line {n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc.msg}", source=source, where=f"line {n}") from None
        return parsed


class CanonicalJSON(Format):
    name: ClassVar[str] = "canonical"
    extension: ClassVar[str] = ".json"
    media_type: ClassVar[str] = "application/json"

    def export(self, article: Article) -> str:
        return article.model_dump_json(indent=2) + "\n"

    def export_many(self, articles: Any) -> str:
        return "".join(article.model_dump_json() + "\n" for article in articles)

    def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
        articles: list[Article] = []
        for place, document in _documents(data, source):
            try:
                articles.append(Article.model_validate(document))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = " ".join(p for p in (place, _pointer(tuple(first["loc"]))) if p)
                raise InputError(f"not a canonical article: {first['msg']}", source=source, where=where) from None
        return articles

    def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
        try:
            documents = _documents(data, source)
        except (InputError, UnicodeDecodeError) as exc:
            code = exc.code if isinstance(exc, HostileInput) else "json.syntax"
            return [Problem(code, str(getattr(exc, "message", exc)), source=source)]
        problems: list[Problem] = []
        for place, document in documents:
            problems += self.validate_object(document, source=source, place=place)
        return problems

    def validate_object(self, document: Any, *, source: str, place: str = "") -> list[Problem]:
        """The model's problems with one parsed document, each at its JSON pointer."""
        try:
            Article.model_validate(document)
        except ValidationError as exc:
            line = int(place.split()[1]) if place.startswith("line ") else None
            problems = []
            for error in exc.errors():
                pointer = _pointer(tuple(error["loc"]))
                where = " ".join(p for p in (place, pointer) if p) or None
                problems.append(
                    Problem(f"canonical.{error['type']}", error["msg"], source=source, where=where, line=line)
                )
            return problems
        return []

    def sniff(self, data: bytes) -> bool:
        head = data[:4096].lstrip()
        # the whole document: a long body pushes "participants" past any fixed prefix
        return head.startswith(b"{") and b'"participants"' in data and b'"@context"' not in head


register_format("canonical", CanonicalJSON)
