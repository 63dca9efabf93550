"""Value conversions the importers share: timestamps and identifiers from other formats."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any
from urllib.parse import quote, unquote

from newsdata.errors import InputError

URN_PREFIX = "urn:newsdata:article:"


def aware_datetime(value: Any, *, source: str, where: str) -> datetime | None:
    """An ISO 8601 timestamp with its UTC offset; a timestamp without one is an error
    (the canonical model has no naive times, and guessing a zone would be silent
    corruption). None and "" are None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"timestamp is not a string: {value!r}", source=source, where=where)
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"not an ISO 8601 timestamp: {value!r}", source=source, where=where) from None
    if parsed.tzinfo is None:
        raise InputError(f"timestamp {value!r} has no UTC offset", source=source, where=where)
    return parsed


# What stays readable in an id inside a URI or qcode: RFC 3986 unreserved characters and
# the sub-delimiters and ":"/"@" a URN's or a qcode's code part may hold. Everything else
# (spaces, "%", "/", "#", "?", brackets, quotes, non-ASCII) is percent-encoded as UTF-8, so
# any id the model accepts makes a valid URI and ``unquote`` gives the id back exactly.
_ID_SAFE = "-._~!$&'()*+,;=:@"


def encode_id(value: str) -> str:
    """An article or participant id as it goes into a URI, qcode or node id."""
    return quote(value, safe=_ID_SAFE)


def decode_id(value: str) -> str:
    """The id ``encode_id`` encoded; another producer's text whose "%" sequences are not
    UTF-8 is kept as written."""
    if "%" not in value:
        return value
    try:
        return unquote(value, errors="strict")
    except UnicodeDecodeError:
        return value


def article_uri(article_id: str) -> str:
    """The URN an exported article is known by; ``article_id_from_uri`` reverses it."""
    return URN_PREFIX + encode_id(article_id)


def article_id_from_uri(uri: str) -> str:
    """Our URN's id decoded; any other URI is the id itself."""
    if uri.startswith(URN_PREFIX) and len(uri) > len(URN_PREFIX):
        return decode_id(uri[len(URN_PREFIX) :])
    return uri


def fallback_id(*parts: str | None) -> str:
    """A stable id for a document that has none (hash of what it does have)."""
    digest = hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8"), usedforsecurity=False)
    return digest.hexdigest()[:20]


def text_or_none(value: Any) -> str | None:
    """A stripped string, or None for anything else (absent, empty, a non-string)."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None
