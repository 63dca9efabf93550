"""The work done for one input, the same on every engine: decode, parse, export.

Everything here is a pure function of (record, spec) so it can run in a local process
pool or on a Dask worker and give byte-identical results. Failures of any kind become
an ``Outcome`` with the stage that failed; nothing a single input does can stop a run.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import ValidationError

from newsdata.convert.sources import Record
from newsdata.errors import NewsdataError
from newsdata.formats import Format, TabularFormat, get_format
from newsdata.model import Article

Stage = Literal["read", "decode", "parse", "export"]
Rows = dict[str, list[dict[str, str]]]


@dataclass(frozen=True, slots=True)
class WorkSpec:
    """What to do with every input; picklable, so it travels to workers."""

    to: str
    format_options: tuple[tuple[str, Any], ...] = ()
    language: str | None = None
    territory: str | None = None
    timezone: str | None = None
    jsonl_lines: bool = False  # documents become single JSON lines (for shards)


@dataclass(slots=True)
class Outcome:
    """What became of one input. Exactly one of ``document``/``rows``/``error`` is set
    (``document`` and ``rows`` both absent only on failure)."""

    id: str
    stem: str
    digest: str
    document: str | None = None
    rows: Rows | None = None
    stage: Stage | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@lru_cache(maxsize=8)
def _format(spec_to: str, options: tuple[tuple[str, Any], ...]) -> Format:
    return get_format(spec_to, **dict(options))


def output_format(spec: WorkSpec) -> Format:
    return _format(spec.to, spec.format_options)


def _message(exc: BaseException) -> str:
    if isinstance(exc, NewsdataError):
        return exc.message + (f" (at {exc.where})" if exc.where else "")
    return f"{type(exc).__name__}: {exc}"


def _from_jsonl(record: Record, spec: WorkSpec) -> Article:
    from newsdata.pipeline import parse_text

    try:
        value = json.loads(record.data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise NewsdataError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise NewsdataError("a JSON Lines record must be an object")
    if isinstance(value.get("text"), str):
        article = parse_text(
            value["text"],
            source=str(value.get("id") or record.id),
            language=value.get("language") or spec.language,
            territory=value.get("territory") or spec.territory,
            timezone=value.get("timezone") or spec.timezone,
        )
        if isinstance(value.get("url"), str) and article.source.url is None:
            article = article.model_copy(update={"source": article.source.model_copy(update={"url": value["url"]})})
        return article
    try:
        return Article.model_validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = "/" + "/".join(str(p) for p in first["loc"])
        raise NewsdataError(f"neither raw text nor a canonical article: {first['msg']} at {where}") from None


def _one_line(document: str) -> str:
    """JSON documents as one line each, so a shard is valid JSON Lines whatever
    indentation the format's exporter chose."""
    body = document.rstrip("\n")
    if "\n" in body:
        body = json.dumps(json.loads(body), ensure_ascii=False, separators=(",", ":"))
    return body + "\n"


def convert_record(record: Record, spec: WorkSpec) -> Outcome:
    from newsdata.pipeline import parse_text
    from newsdata.reading import decode

    outcome = Outcome(id=record.id, stem=record.stem, digest=digest(record.data))
    stage: Stage = "read"
    try:
        if record.error is not None:
            raise NewsdataError(record.error)
        if record.kind == "jsonl":
            stage = "parse"
            article = _from_jsonl(record, spec)
        elif _is_html(record):
            stage = "parse"
            article, warnings = _from_page(record, spec)
            outcome.warnings.extend(warnings)
        else:
            stage = "decode"
            decoded = decode(record.data, source=record.id)
            outcome.warnings.extend(decoded.warnings)
            stage = "parse"
            article = parse_text(
                decoded.text, source=record.id, language=spec.language, territory=spec.territory,
                timezone=spec.timezone,
            )
        stage = "export"
        fmt = output_format(spec)
        if isinstance(fmt, TabularFormat):
            outcome.rows = fmt.tables(article)
        else:
            # a JSON Lines shard wants one line: export_many gives it without re-parsing where
            # the format writes compact lines already (canonical)
            outcome.document = _one_line(fmt.export_many([article])) if spec.jsonl_lines else fmt.export(article)
    except Exception as exc:  # one input must never stop the run: whatever it raised is reported
        outcome.stage, outcome.error = stage, _message(exc)
    return outcome


def _is_html(record: Record) -> bool:
    from newsdata.inputs.kind import Kind, detect

    return record.url is not None or detect(record.data[:4096])[0] is Kind.HTML


def _from_page(record: Record, spec: WorkSpec) -> tuple[Article, tuple[str, ...]]:
    """An HTML page (a saved page, or a web archive's response) through the page reader:
    main text, declared metadata and provenance."""
    from newsdata.inputs.page import parse_page

    result = parse_page(
        record.data,
        source=record.id,
        url=record.url,
        http_charset=record.charset,
        language=spec.language,
        territory=spec.territory,
        timezone=spec.timezone,
    )
    return result.article, tuple(result.warnings)


def warm_up() -> None:
    """Load the language data and the gazetteer now. Called in the parent before the
    pool forks, so every worker shares one copy instead of loading its own."""
    from newsdata import gazetteer, lang

    for code in lang.available():
        lang.get(code)
    gazetteer.is_place("x")
    gazetteer.is_given_name("x")


def convert_batch(records: list[Record], spec: WorkSpec) -> list[Outcome]:
    return [convert_record(record, spec) for record in records]
