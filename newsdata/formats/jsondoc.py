"""JSON documents for the JSON-based formats: parsing with a place on error, JSON
pointers, and JSON Schema validation through compiled validators (jsonschema-rs).

Parsing tries orjson first (several times faster than ``json``, which cost a third of a
ninjs validation) and takes its result only when it succeeds: orjson refuses what the
standard parser accepts beyond RFC 8259 (NaN, numbers out of a double's range, lone
surrogates), so anything it refuses goes through ``json`` as before, which gives the
verdict and the error message. orjson turns an integer beyond 64 bits into a float
where ``json`` keeps it exact, so a document with a run of 19 or more digits anywhere
(the shortest such integer has 19) is left to ``json`` too. For every other document
orjson accepts, both build the same value.

Validators are compiled once per process (``compiled``) and never fetch anything:
every ``$ref`` outside the schema must be in the registry handed over (ninjs 3.x points
at GeoJSON's public URL; the vendored copy is registered under that URL).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import jsonschema_rs
import orjson

from newsdata.errors import InputError
from newsdata.formats.base import Problem
from newsdata.formats.guards import JSON_MAX_DEPTH, HostileInput, check_json_depth, json_scan

# a run of 19 digits in json_scan's picture of the document
_LONG_NUMBER = b"0" * 19


def _loads_fast(body: bytes, scan: bytes) -> Any:
    """orjson's value, or ``_NOT_FAST`` when ``json`` must decide (see the docstring);
    ``scan`` is ``json_scan`` of the document, shared with the nesting guard."""
    if _LONG_NUMBER in scan:
        return _NOT_FAST
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return _NOT_FAST  # not strict JSON (or not JSON): the standard parser's verdict and message


_NOT_FAST = object()


def pointer(parts: Iterable[str | int]) -> str:
    """RFC 6901 pointer for a path of keys and indexes ("" is the whole document)."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def parse_json(data: bytes, source: str, *, max_depth: int = JSON_MAX_DEPTH) -> Any:
    """The parsed document; InputError naming line and column when it is not JSON, and
    HostileInput (before parsing) when it nests deeper than ``max_depth``."""
    scan = json_scan(data)
    check_json_depth(data, source=source, limit=max_depth, scan=scan)
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    document = _loads_fast(body, scan)
    if document is not _NOT_FAST:
        return document
    try:  # utf-8-sig's decoder is Python code; the same as a BOM cut and the C decoder
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8: {exc.reason}", source=source, where=f"byte {exc.start}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", source=source, where=f"line {exc.lineno} column {exc.colno}") from None


def is_json(data: bytes) -> bool:
    """Whether the bytes are one JSON value (to tell JSON Lines from a broken document)."""
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def syntax_problem(error: InputError, code: str = "json.syntax") -> Problem:
    if isinstance(error, HostileInput):
        code = error.code
    line = None
    if error.where and error.where.startswith("line "):
        line = int(error.where.split()[1])
    return Problem(code, error.message, source=error.source, where=error.where, line=line)


def _refuse_download(uri: str) -> Any:
    raise ValueError(f"{uri} is not vendored and newsdata never downloads schemas")


def compile_schema(schema: dict[str, Any], resources: Iterable[tuple[str, Any]] = ()) -> jsonschema_rs.Validator:
    """A compiled validator that checks formats (date-time, uri, ...) as assertions and
    resolves external references only from ``resources`` (uri, schema) pairs."""
    registry = jsonschema_rs.Registry(list(resources), retriever=_refuse_download)
    return jsonschema_rs.validator_for(schema, registry=registry, retriever=_refuse_download, validate_formats=True)


def schema_problems(
    validator: jsonschema_rs.Validator, document: Any, *, source: str, code: str, prefix: str = ""
) -> list[Problem]:
    """Every schema violation as a Problem whose ``where`` is a JSON pointer.

    ``is_valid`` first: it stops at nothing it need not collect and cost a quarter of
    ``iter_errors`` on a valid ninjs document; an invalid one still gets every error."""
    if validator.is_valid(document):
        return []
    problems = []
    for error in validator.iter_errors(document):
        keyword = next((str(p) for p in reversed(error.schema_path) if isinstance(p, str)), "schema")
        problems.append(
            Problem(
                f"{code}.{keyword}",
                error.message,
                source=source,
                where=prefix + pointer(error.instance_path) or "/",
                hint="schema rule " + pointer(error.schema_path),
            )
        )
    return problems
