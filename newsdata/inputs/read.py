"""Any input the command line accepts (raw text, an HTML page, a WARC/ARC archive, each
possibly gzipped) to a stream of outcomes: an article or an error, never both, so a batch
reports every failure and converts everything else."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from newsdata.errors import InputError, NewsdataError
from newsdata.inputs.kind import SNIFF_BYTES, Kind, detect, gunzip
from newsdata.inputs.warc import ArchiveSummary, iter_records
from newsdata.model import Article
from newsdata.reading import MAX_BYTES_DEFAULT, decode


@dataclass(frozen=True)
class ParseOptions:
    language: str | None = None
    territory: str | None = None
    timezone: str | None = None


@dataclass
class Outcome:
    source: str
    article: Article | None = None
    error: NewsdataError | None = None
    warnings: tuple[str, ...] = ()


@dataclass
class InputReport:
    """One input's kind and, for archives, what happened to every record."""

    source: str
    kind: Kind
    compressed: bool
    archive: ArchiveSummary | None = None
    outcomes: list[Outcome] = field(default_factory=list)


def parse_document(
    data: bytes,
    *,
    source: str,
    kind: Kind,
    options: ParseOptions,
    url: str | None = None,
    http_charset: str | None = None,
) -> Outcome:
    """One text file or HTML page to one outcome."""
    from newsdata.inputs.page import parse_page
    from newsdata.pipeline import parse_text

    try:
        if kind is Kind.HTML:
            result = parse_page(
                data,
                source=source,
                url=url,
                http_charset=http_charset,
                language=options.language,
                territory=options.territory,
                timezone=options.timezone,
            )
            return Outcome(source, result.article, warnings=result.warnings)
        decoded = decode(data, source=source)
        article = parse_text(
            decoded.text,
            source=source,
            language=options.language,
            territory=options.territory,
            timezone=options.timezone,
        )
        return Outcome(source, article, warnings=decoded.warnings)
    except NewsdataError as exc:
        return Outcome(source, error=exc)


def _archive_outcomes(stream: IO[bytes], report: InputReport, options: ParseOptions) -> Iterator[Outcome]:
    summary = ArchiveSummary()
    report.archive = summary
    for record in iter_records(stream, summary=summary, name=report.source):
        yield parse_document(
            record.payload,
            source=record.input_id,
            kind=Kind.HTML,
            options=options,
            url=record.target_uri or None,
            http_charset=record.http_charset,
        )
    for error in summary.errors:
        yield Outcome(error.source or report.source, error=error)


def outcomes_from_stream(
    stream: IO[bytes],
    *,
    source: str,
    options: ParseOptions,
    on_kind: Callable[[InputReport], None] | None = None,
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> Iterator[Outcome]:
    """Outcomes of one input read from a binary stream; archives are streamed, anything
    else is read whole (up to ``max_bytes``)."""
    peek = getattr(stream, "peek", None)
    head = peek(SNIFF_BYTES)[:SNIFF_BYTES] if peek is not None else b""
    if peek is None or not head:
        data = stream.read(max_bytes + 1)
        head, stream = data[:SNIFF_BYTES], io.BufferedReader(io.BytesIO(data))
    kind, compressed = detect(head)
    report = InputReport(source, kind, compressed)
    if on_kind is not None:
        on_kind(report)
    if kind in (Kind.WARC, Kind.ARC):
        yield from _archive_outcomes(stream, report, options)
        return
    data = stream.read(max_bytes + 1)
    if compressed:
        try:
            data = gunzip(data, max_bytes=max_bytes)
        except (OSError, EOFError, ValueError) as exc:
            yield Outcome(source, error=InputError(f"cannot decompress gzip data ({exc})", source=source))
            return
    if len(data) > max_bytes:
        yield Outcome(source, error=InputError(f"input is over the {max_bytes}-byte limit", source=source))
        return
    yield parse_document(data, source=source, kind=kind, options=options)


def outcomes_from_path(
    path: str | Path, *, options: ParseOptions, on_kind: Callable[[InputReport], None] | None = None
) -> Iterator[Outcome]:
    source = str(path)
    p = Path(path)
    if not p.exists():
        yield Outcome(source, error=NewsdataError("no such file", source=source))
        return
    if p.is_dir():
        yield Outcome(source, error=NewsdataError("is a directory, not an article file", source=source))
        return
    try:
        handle = open(p, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except OSError as exc:
        yield Outcome(source, error=NewsdataError(f"cannot read: {exc.strerror}", source=source))
        return
    with handle:
        yield from outcomes_from_stream(handle, source=source, options=options, on_kind=on_kind)
