"""The format interface: export, read back, validate.

``Problem`` is what every validator reports, so ``newsdata validate`` can print and
serialise the findings of any format the same way: the file, the place (a JSON pointer
or an XML line), the rule broken and a hint.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar, Literal

from pydantic import ValidationError

from newsdata.errors import InputError, NewsdataError
from newsdata.model import Article

Severity = Literal["error", "warning"]

Loss = Literal["dropped", "instant", "whitespace", "empty_as_null", "unordered", "relabelled", "blank_dropped"]
"""How a format may change a canonical field on export then read (see ``Format.lossy_fields``)."""

# An optional text that is "" comes back as null: where a format has no way to tell an empty
# value from a missing one (an empty CSV cell, a nullable Parquet string) or its readers
# treat an empty element or property as absent, as other producers' documents need.
# Required texts keep "" (the headline) or cannot be empty (names, quote texts, ids).
EMPTY_OPTIONAL_TEXTS: Mapping[str, Loss] = MappingProxyType(
    dict.fromkeys(
        (
            "authors.url",
            "photos.caption",
            "photos.credit",
            "photos.url",
            "quotes.speaker",
            "quotes.cue",
            "events.location",
            "events.summary",
            "source.path",
            "source.url",
            "source.outlet",
        ),
        "empty_as_null",
    )
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding of a validator.

    ``where`` is a JSON pointer ("/participants/2/id") for JSON documents and
    "line N" for XML; ``line`` repeats the line number when there is one.
    """

    code: str
    message: str
    severity: Severity = "error"
    source: str | None = None
    where: str | None = None
    line: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        place = self.source or "<input>"
        if self.where:
            place = f"{place}:{self.where}"
        text = f"{place}: {self.severity} {self.code}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


def article_from_fields(
    fields: dict[str, Any], *, source: str, where: Callable[[tuple[int | str, ...]], str | None]
) -> Article:
    """The canonical article an importer mapped, or an InputError naming the place in the
    source document that ``where`` gives for the first field the model rejects."""
    try:
        return Article.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        message = f"cannot map to an article: {first['msg']}"
        raise InputError(message, source=source, where=where(first["loc"])) from None


class Format(ABC):
    """One document format. Subclasses set the class attributes and the three methods.

    ``export`` must return a document that ``validate`` accepts; an invalid output is a
    bug in newsdata, so exporters validate before returning when asked to.
    """

    name: ClassVar[str]
    extension: ClassVar[str]
    media_type: ClassVar[str]
    # What export-then-read does not give back exactly, as dotted paths into the canonical
    # article (through lists: "quotes.span", "participants.mentions", "photos.url") and how:
    #   dropped        the format has no place for the field; it is ignored on both sides
    #   instant        a timestamp keeps its instant but not its printed UTC offset
    #   whitespace     runs of whitespace come back as one space, ends stripped, and an
    #                  empty text as null (so it covers empty_as_null too)
    #   empty_as_null  "" comes back as null (or the other way round)
    #   unordered      a list comes back in another order
    #   relabelled     ids come back renamed ("participants.id"); references follow them
    #   blank_dropped  empty paragraphs are not carried ("body"); the paragraph numbers of
    #                  quote spans and mentions after them move down accordingly
    # Empty means lossless. The property suite (tests/test_properties_formats.py, through
    # newsdata.testing.roundtrip) checks every registered format against its declaration,
    # and the per-format tests and the README's table are read from it, so this is the one
    # place a format's losses are stated. A class attribute, or set per instance where an
    # option changes what the format can hold (ninjs 2.1 has no event details).
    lossy_fields: Mapping[str, Loss] = MappingProxyType({})
    # Whether ``export`` gives one article as a text document (and ``read`` takes it back).
    # False for a format whose output is binary or holds many articles by nature (Parquet):
    # the per-document properties and strategies (``documents``, ``exported``) skip it.
    per_article_documents: ClassVar[bool] = True

    @abstractmethod
    def export(self, article: Article) -> str:
        """One article as one document of this format."""

    def export_many(self, articles: Sequence[Article]) -> str:
        """Several articles as one document, for formats that have a container (e.g.
        a NewsML-G2 newsMessage). The default is one document per line (JSONL style)."""
        return "".join(self.export(article).rstrip("\n") + "\n" for article in articles)

    @abstractmethod
    def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
        """Articles from one document; raises ``newsdata.errors.InputError`` naming the
        source and the place when the document cannot be mapped."""

    @abstractmethod
    def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
        """Every problem found in one document; an empty list means valid."""

    def sniff(self, data: bytes) -> bool:
        """Whether the document looks like this format (for format detection)."""
        return False


class TabularFormat(Format):
    """A format whose natural output is a set of tables (CSV, Parquet).

    ``tables`` gives each table's rows for one article, so a converter can append
    article after article to one file per table; ``read_tables`` is its inverse, so the
    round trip of a table format goes through its tables (a single document, such as
    CSV's articles table, holds only part of an article).
    """

    @abstractmethod
    def table_columns(self) -> dict[str, list[str]]:
        """Each table's name and its column names, in order."""

    @abstractmethod
    def tables(self, article: Article) -> dict[str, list[dict[str, str]]]:
        """Each table's rows for one article (cells already encoded as text)."""

    def read_tables(
        self, tables: Mapping[str, Sequence[Mapping[str, str]]], *, source: str = "<tables>"
    ) -> list[Article]:
        """The articles of tables shaped as ``tables``/``tables_many`` give them, in the
        order of the articles table; InputError naming the table row that cannot be mapped.
        A table format that only writes (a third party's export plugin) keeps this default."""
        raise NewsdataError(f"the {self.name} format does not read its tables back", source=source)

    def tables_many(self, articles: Iterable[Article]) -> dict[str, list[dict[str, str]]]:
        merged: dict[str, list[dict[str, str]]] = {name: [] for name in self.table_columns()}
        for article in articles:
            for name, rows in self.tables(article).items():
                merged[name].extend(rows)
        return merged
