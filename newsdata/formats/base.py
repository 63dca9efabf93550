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

from newsdata.errors import InputError
from newsdata.model import Article

Severity = Literal["error", "warning"]

Loss = Literal["dropped", "instant", "whitespace", "empty_as_null", "unordered", "relabelled"]
"""How a format may change a canonical field on export then read (see ``Format.lossy_fields``)."""


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
    #   whitespace     runs of whitespace come back as one space, ends stripped
    #   empty_as_null  "" comes back as null (or the other way round)
    #   unordered      a list comes back in another order
    #   relabelled     ids come back renamed ("participants.id"); references follow them
    # Empty means lossless. The property suite (tests/test_properties_formats.py, through
    # newsdata.testing.roundtrip) checks every registered format against its declaration.
    lossy_fields: ClassVar[Mapping[str, Loss]] = MappingProxyType({})

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
    article after article to one file per table.
    """

    @abstractmethod
    def table_columns(self) -> dict[str, list[str]]:
        """Each table's name and its column names, in order."""

    @abstractmethod
    def tables(self, article: Article) -> dict[str, list[dict[str, str]]]:
        """Each table's rows for one article (cells already encoded as text)."""

    def tables_many(self, articles: Iterable[Article]) -> dict[str, list[dict[str, str]]]:
        merged: dict[str, list[dict[str, str]]] = {name: [] for name in self.table_columns()}
        for article in articles:
            for name, rows in self.tables(article).items():
                merged[name].extend(rows)
        return merged
