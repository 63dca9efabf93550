"""Conversion between the canonical model and the registered formats, for the CLI.

``load_articles`` takes what a user hands ``newsdata export``: raw article text (parsed)
or canonical JSON / JSON Lines (detected by its first character, which raw article
text never starts with). ``checked_export`` validates every document it returns: an
exporter that produces an invalid document is a bug in newsdata, reported as
``InvalidOutput`` with every problem, never written out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsdata.errors import InputError, NewsdataError
from newsdata.formats import Format, Problem, get_format
from newsdata.formats.csv_tables import CSVTables, write_table
from newsdata.model import Article
from newsdata.reading import decode

EXPORT_FORMATS = ("jsonld", "newsml", "ninjs", "csv")
IMPORT_FORMATS = ("jsonld", "newsml", "ninjs", "csv", "canonical")


class InvalidOutput(Exception):
    """An exporter produced a document its own validator rejects: a bug, not bad data."""

    def __init__(self, format_name: str, source: str, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"{source}: newsdata produced an invalid {format_name} document (a bug in newsdata, please report it):\n"
            + lines
        )


def looks_canonical(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def load_articles(
    data: bytes,
    source: str,
    *,
    language: str | None = None,
    territory: str | None = None,
    timezone: str | None = None,
    warnings: list[str] | None = None,
) -> list[Article]:
    """The articles in one input: canonical JSON (one or JSON Lines) or raw text."""
    if looks_canonical(data):
        return get_format("canonical").read(data, source=source)
    from newsdata.pipeline import parse_text

    decoded = decode(data, source=source)
    if warnings is not None:
        warnings.extend(decoded.warnings)
    return [parse_text(decoded.text, source=source, language=language, territory=territory, timezone=timezone)]


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def checked_export(fmt: Format, articles: Sequence[Article], source: str) -> str:
    """One document for the articles (a container for several), validated."""
    document = fmt.export(articles[0]) if len(articles) == 1 else fmt.export_many(articles)
    problems = _errors(fmt.validate(document.encode("utf-8"), source=source))
    if problems:
        raise InvalidOutput(fmt.name, source, problems)
    return document


def checked_tables(fmt: CSVTables, articles: Sequence[Article], only: str | None = None) -> dict[str, str]:
    """Each table's CSV text for the articles (or just table ``only``), validated."""
    texts: dict[str, str] = {}
    for table, rows in fmt.tables_many(articles).items():
        if only is not None and table != only:
            continue
        text = write_table(table, rows)
        problems = _errors(fmt.validate(text.encode("utf-8"), source=f"{table}.csv"))
        if problems:
            raise InvalidOutput("csv", f"{table}.csv", problems)
        texts[table] = text
    return texts


def read_input(fmt_name: str, path: Path, data: bytes | None, source: str, **options: str) -> list[Article]:
    """Articles from one input of a named format (``auto``: detected by sniffing).
    A CSV folder is read table by table."""
    if fmt_name == "csv" and path.is_dir():
        fmt = get_format("csv")
        assert isinstance(fmt, CSVTables)
        return fmt.read_folder(path)
    if data is None:
        raise InputError("is a directory, not a document", source=source)
    if fmt_name == "auto":
        fmt_name = detect_format(data, source)
    return get_format(fmt_name, **options).read(data, source=source)


def detect_format(data: bytes, source: str) -> str:
    for name in ("jsonld", "ninjs", "newsml", "csv", "canonical"):
        if get_format(name).sniff(data):
            return name
    raise NewsdataError("cannot tell the format; name it with --from", source=source)
