"""Streaming the HTML pages out of a WARC or ARC web archive, gzipped or not.

Records are read one at a time (warcio), so memory stays flat however large the archive:
only the current payload and one digest per distinct page are held. Every record is
accounted for: a page is yielded, or skipped with a reason that is counted (request and
metadata records, non-HTML responses, error statuses, duplicate payloads, ...), or
reported as an error with its byte offset (a truncated or unreadable record).

warcio rather than FastWARC: it reads ARC as well as WARC, is pure Python (no compiled
wheel to match the platform), and writes WARCs for the tests; reading records is a
small part of the cost next to parsing each page (see bench/bench_html.py).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newsdata.errors import InputError
from newsdata.inputs.charset import charset_from_content_type
from newsdata.inputs.kind import Kind, detect

MAX_PAYLOAD_BYTES = 20 * 1024 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml+xhtml"})
_CHUNK = 1 << 16
RECORD_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)


@dataclass(frozen=True)
class HtmlRecord:
    """One HTML response from the archive."""

    input_id: str  # 'crawl.warc.gz@1234': the archive and the record's byte offset
    offset: int
    target_uri: str
    record_id: str | None
    date: str | None
    http_charset: str | None
    payload: bytes
    digest: str  # sha1 of the payload, hex


@dataclass
class ArchiveSummary:
    """What happened to every record of one archive."""

    records: int = 0
    pages: int = 0  # HTML responses yielded
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> records
    errors: list[InputError] = field(default_factory=list)

    @property
    def accounted(self) -> int:
        return self.pages + sum(self.skipped.values()) + len(self.errors)

    def describe(self) -> str:
        parts = [f"{self.records} record(s): {self.pages} HTML page(s)"]
        parts += [f"{n} skipped ({reason})" for reason, n in sorted(self.skipped.items())]
        if self.errors:
            parts.append(f"{len(self.errors)} error(s)")
        return ", ".join(parts)


def _mime(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().casefold()


def _read_payload(stream: Any, limit: int) -> bytes | None:
    """The payload, or None (after draining it) when it is over ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            while stream.read(_CHUNK):
                pass
            return None
        chunks.append(chunk)


def _malformed(record: Any) -> str | None:
    """Why a record cannot be trusted at all (a header cut short, an unknown type)."""
    if record.rec_type not in RECORD_TYPES:
        return f"malformed record (unknown WARC-Type {record.rec_type!r}; header cut short?)"
    if record.format != "arc" and record.rec_headers.get_header("Content-Length") is None:
        return "malformed record (no Content-Length; header cut short?)"
    return None


def _skip_reason(record: Any) -> str | None:
    """Why a record is not an HTML page, judged from its headers alone."""
    if record.rec_type != "response":
        return f"{record.rec_type} record"
    http = record.http_headers
    if http is None:
        return "response without HTTP headers"
    status = http.get_statuscode()
    if status != "200":
        return f"HTTP status {status}"
    mime = _mime(http.get_header("Content-Type"))
    if mime and mime not in HTML_TYPES:
        return f"not HTML ({mime})"
    return None


def iter_records(
    archive: str | Path | IO[bytes],
    *,
    summary: ArchiveSummary | None = None,
    name: str | None = None,
    max_payload: int = MAX_PAYLOAD_BYTES,
) -> Iterator[HtmlRecord]:
    """The archive's distinct HTML responses, in order. Pass a ``summary`` to learn what
    happened to the other records; errors are collected there, never raised, so one bad
    record does not lose the rest of the archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    summary = summary if summary is not None else ArchiveSummary()
    if isinstance(archive, str | Path):
        label = name or str(archive)
        with open(archive, "rb") as handle:
            yield from iter_records(handle, summary=summary, name=label, max_payload=max_payload)
        return
    label = name or str(getattr(archive, "name", "<archive>"))
    seen: set[bytes] = set()
    iterator = ArchiveIterator(archive, arc2warc=True)
    offset = 0
    try:
        for record in iterator:
            offset = iterator.offset
            summary.records += 1
            broken = _malformed(record)
            if broken is not None:
                summary.errors.append(InputError(broken, source=label, where=f"offset {offset}"))
                continue
            reason = _skip_reason(record)
            payload = _read_payload(record.content_stream(), max_payload) if reason is None else None
            if reason is None and payload is None:
                reason = f"payload over {max_payload} bytes"
            if reason is not None:
                _read_payload(record.raw_stream, 0)  # drain, to check the record is whole
            missing = getattr(record.raw_stream, "limit", 0)
            if missing:
                summary.errors.append(
                    InputError(
                        f"record is truncated ({missing} byte(s) missing)", source=label, where=f"offset {offset}"
                    )
                )
                continue
            if reason is not None:
                summary.skipped[reason] += 1
                continue
            assert payload is not None
            if not payload.strip():
                summary.skipped["empty payload"] += 1
                continue
            if not _mime(record.http_headers.get_header("Content-Type")) and detect(payload[:4096])[0] is not Kind.HTML:
                summary.skipped["not HTML (no content type, content is not markup)"] += 1
                continue
            digest = hashlib.sha1(payload).digest()
            if digest in seen:
                summary.skipped["duplicate payload"] += 1
                continue
            seen.add(digest)
            summary.pages += 1
            headers = record.rec_headers
            yield HtmlRecord(
                input_id=f"{label}@{offset}",
                offset=offset,
                target_uri=headers.get_header("WARC-Target-URI") or headers.get_header("uri") or "",
                record_id=headers.get_header("WARC-Record-ID"),
                date=headers.get_header("WARC-Date"),
                http_charset=charset_from_content_type(record.http_headers.get_header("Content-Type")),
                payload=payload,
                digest=digest.hex(),
            )
    except (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, OSError, ValueError) as exc:
        where = f"offset {iterator.offset if iterator.offset is not None else offset}"
        summary.records += 1
        summary.errors.append(
            InputError(f"unreadable record ({exc}); the rest of the archive is lost", source=label, where=where)
        )


def iter_inputs(archive: str | Path, summary: ArchiveSummary | None = None) -> Iterator[tuple[str, bytes]]:
    """The archive as ``(input id, bytes)`` pairs, for converters that take any source of
    documents; ``iter_records`` keeps the URL and charset that a page parse wants."""
    for record in iter_records(archive, summary=summary):
        yield record.input_id, record.payload
