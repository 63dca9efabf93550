"""The validation run: read each input safely, tell its format, check it by its standard
and by the semantic checks, and collect every problem with its place.

The format validators (``newsdata.formats``) do the standard's part on the document
parsed here once (``validate_root`` / ``validate_object``); their schemas are compiled
once per process, so once per run. Hostile inputs are refused before any parser runs:
an oversized file by its size on disk (it is never read), a DTD before XML parsing,
deep JSON nesting before ``json.loads``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from newsdata.errors import InputError
from newsdata.formats.base import Problem
from newsdata.formats.canonical import CanonicalJSON
from newsdata.formats.guards import JSON_MAX_DEPTH, HostileInput, json_depth_exceeds
from newsdata.formats.jsondoc import parse_json
from newsdata.formats.jsonld import JSONLD
from newsdata.formats.newsml import NewsML, parse_xml
from newsdata.formats.ninjs import VERSIONS, Ninjs, declared_version, detect_version
from newsdata.formats.resources import load_json
from newsdata.reading import MAX_BYTES_DEFAULT
from newsdata.validate.checks import RunContext, SemanticCheck, registered_checks
from newsdata.validate.view import DocumentView
from newsdata.validate.views import canonical_view, jsonld_views, newsml_views, ninjs_view

FORMATS = ("newsml", "ninjs", "jsonld", "canonical")
# what may come before a document's first character: a UTF-8 byte order mark and white space
_SKIPPED = b"\xef\xbb\xbf \t\r\n"
_LEADING = frozenset(bytes([b]) for b in _SKIPPED)
FEED_SUFFIXES = frozenset({".xml", ".json", ".jsonl", ".ndjson", ".jsonld", ".ninjs"})


@dataclass(frozen=True, slots=True)
class Options:
    """``format`` None detects each document's format; ``ninjs_version`` None detects
    each ninjs document's version (declared, else by its property spellings)."""

    format: str | None = None
    ninjs_version: str | None = None
    strict: bool = False
    max_bytes: int = MAX_BYTES_DEFAULT
    max_depth: int = JSON_MAX_DEPTH


@dataclass(slots=True)
class FileReport:
    source: str
    formats: list[str] = field(default_factory=list)
    documents: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")

    def valid(self, strict: bool = False) -> bool:
        return self.errors == 0 and (not strict or self.warnings == 0)

    def add_format(self, name: str) -> None:
        if name not in self.formats:
            self.formats.append(name)


def problem_from_error(error: InputError, source: str) -> Problem:
    code = error.code if isinstance(error, HostileInput) else "input.unreadable"
    if not isinstance(error, HostileInput) and error.message.startswith("not well-formed XML"):
        code = "xml.syntax"
    elif not isinstance(error, HostileInput) and error.message.startswith(("not JSON", "not UTF-8")):
        code = "json.syntax"
    where = error.where
    line = int(where.split()[1]) if where and where.startswith("line ") and where.split()[1].isdigit() else None
    return Problem(code, error.message, source=error.source or source, where=where, line=line)


@cache
def _ninjs_top_names() -> frozenset[str]:
    """Top-level property names of every ninjs version, to recognise a ninjs object
    that lacks its required ``uri``."""
    names: set[str] = set()
    for version in VERSIONS:
        names.update(load_json("ninjs", f"ninjs-schema_{version}.json").get("properties", {}))
    return frozenset(names)


def classify(document: Any) -> str | None:
    """The JSON format of a parsed document (an array by its first object), or None."""
    probe = document
    if isinstance(document, list):
        probe = next((item for item in document if isinstance(item, dict)), None)
    if not isinstance(probe, dict):
        return None
    if "@context" in probe or "@graph" in probe:
        return "jsonld"
    if "participants" in probe and "headline" in probe and "id" in probe:
        return "canonical"
    if "uri" in probe or "standard" in probe or declared_version(probe) is not None:
        return "ninjs"
    if probe.keys() & _ninjs_top_names():
        return "ninjs"
    return None


class Validator:
    """One run: options, the run-wide context of the semantic checks, and the reports."""

    def __init__(self, options: Options | None = None, checks: Iterable[SemanticCheck] | None = None) -> None:
        self.options = options or Options()
        if self.options.format is not None and self.options.format not in FORMATS:
            raise ValueError(f"unknown format {self.options.format!r}")
        if self.options.ninjs_version is not None and self.options.ninjs_version not in VERSIONS:
            raise ValueError(f"unknown ninjs version {self.options.ninjs_version!r}")
        self.checks = list(checks) if checks is not None else registered_checks()
        self.context = RunContext()
        self.newsml = NewsML()
        self.ninjs = Ninjs()
        self.jsonld = JSONLD()
        self.canonical = CanonicalJSON()

    # -------------------------------------------------------------- inputs --

    def validate_paths(self, paths: Iterable[str]) -> list[FileReport]:
        reports: list[FileReport] = []
        for path in paths:
            for source, data in self._inputs(path, reports):
                reports.append(self.validate_bytes(data, source))
        return reports

    def _inputs(self, path: str, reports: list[FileReport]) -> Iterator[tuple[str, bytes]]:
        """(source, bytes) per file; a refused or unreadable input becomes a report."""
        if path == "-":
            data = sys.stdin.buffer.read(self.options.max_bytes + 1)
            yield "<stdin>", data
            return
        target = Path(path)
        if target.is_dir():
            files = sorted(
                p
                for p in target.rglob("*")
                if p.is_file() and p.suffix.lower() in FEED_SUFFIXES and not p.name.startswith(".")
            )
            if not files:
                empty = Problem("input.no-files", "the folder holds no feed files", source=path)
                reports.append(FileReport(path, problems=[empty]))
            for file in files:
                yield from self._file(file, reports)
            return
        yield from self._file(target, reports, source=path)

    def _file(self, path: Path, reports: list[FileReport], source: str | None = None) -> Iterator[tuple[str, bytes]]:
        source = source or str(path)
        try:
            size = path.stat().st_size
            if size > self.options.max_bytes:
                raise HostileInput("input.too-large", self._too_large(size), source=source)
            with path.open("rb") as stream:  # read(n) reserves n bytes: ask for what is there
                data = stream.read(min(size, self.options.max_bytes) + 1)
        except InputError as exc:
            reports.append(FileReport(source, problems=[problem_from_error(exc, source)]))
            return
        except OSError as exc:
            message = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc.strerror}"
            reports.append(FileReport(source, problems=[Problem("input.unreadable", message, source=source)]))
            return
        yield source, data

    def _too_large(self, size: int) -> str:
        return f"file is {size} bytes, over the {self.options.max_bytes}-byte limit (raise it with --max-bytes)"

    # ---------------------------------------------------------- one input --

    def validate_bytes(self, data: bytes, source: str = "<input>") -> FileReport:
        """Every problem of one input (a document or a JSON Lines feed)."""
        report = FileReport(source)
        self.context.start_input(source)
        try:
            if len(data) > self.options.max_bytes:
                raise HostileInput("input.too-large", self._too_large(len(data)), source=source)
            start = data[:1]
            if start in _LEADING:  # lstrip copies the whole input: only when there is something to strip
                start = data.lstrip(_SKIPPED)[:1]
            xml = start == b"<" or data.startswith((b"\xff\xfe", b"\xfe\xff"))
            if not start:
                report.problems.append(Problem("input.empty", "the file is empty", source=source))
            elif self.options.format == "newsml" or (self.options.format is None and xml):
                self._xml(data, report)
            elif self.options.format is not None or start in (b"{", b"["):
                self._json(data, report)
            else:
                report.problems.append(
                    Problem(
                        "input.unknown-format",
                        "neither XML nor JSON",
                        source=source,
                        hint="validate NewsML-G2, ninjs, JSON-LD or canonical JSON (one document or JSON Lines)",
                    )
                )
        except InputError as exc:
            report.problems.append(problem_from_error(exc, source))
        return report

    def _xml(self, data: bytes, report: FileReport) -> None:
        root = parse_xml(data, report.source)
        report.add_format("newsml")
        report.problems += self.newsml.validate_root(root, source=report.source)
        views = newsml_views(root)
        report.documents += len(views)
        self._check(views, report)

    def _json(self, data: bytes, report: FileReport) -> None:
        for place, document in self._json_units(data, report):
            report.documents += 1
            name = self.options.format or classify(document)
            if name == "ninjs":
                self._ninjs(document, place, report)
            elif name == "jsonld":
                report.add_format("jsonld")
                report.problems += self.jsonld.validate_object(document, source=report.source, place=place)
                self._check(jsonld_views(document, place), report)
            elif name == "canonical":
                report.add_format("canonical")
                report.problems += self.canonical.validate_object(document, source=report.source, place=place)
                if isinstance(document, dict):
                    self._check([canonical_view(document, place)], report)
            else:
                report.problems.append(self._unknown_json(report.source, place))

    def _unknown_json(self, source: str, place: str) -> Problem:
        return Problem(
            "input.unknown-format",
            "JSON, but not ninjs, schema.org JSON-LD or a canonical article",
            source=source,
            where=place or None,
            line=int(place.split()[1]) if place.startswith("line ") else None,
            hint="name the format with --format",
        )

    def _json_units(self, data: bytes, report: FileReport) -> list[tuple[str, Any]]:
        """(place, parsed value): the document, each member of a top-level array of
        ninjs or canonical objects, or each line of JSON Lines (a bad line is reported
        and the others are still checked)."""
        try:
            document = parse_json(data, report.source, max_depth=self.options.max_depth)
        except InputError as whole:  # not one JSON value (or too deep as a whole): JSON Lines?
            lines = [(n, line) for n, line in enumerate(data.splitlines(), 1) if line.strip()]
            if len(lines) < 2 or not _parses(lines[0][1]):
                raise whole from None
            units: list[tuple[str, Any]] = []
            for n, line in lines:
                try:
                    units.append((f"line {n}", parse_json(line, report.source, max_depth=self.options.max_depth)))
                except InputError as exc:
                    report.problems.append(
                        Problem(
                            exc.code if isinstance(exc, HostileInput) else "json.syntax",
                            exc.message,
                            source=report.source,
                            where=f"line {n}",
                            line=n,
                        )
                    )
            return units
        if isinstance(document, list) and (self.options.format or classify(document)) in ("ninjs", "canonical"):
            return [(f"/{i}", item) for i, item in enumerate(document)]
        return [("", document)]

    def _ninjs(self, document: Any, place: str, report: FileReport) -> None:
        version = self.options.ninjs_version
        if version is None and isinstance(document, dict):
            declared = declared_version(document)
            if declared is not None and declared[:3] in VERSIONS:  # what detect_version does first
                version, how = declared[:3], "declared"
            else:
                version, how = detect_version(document)
            if declared is not None and how != "declared":
                report.problems.append(
                    Problem(
                        "ninjs.unknown-version",
                        f"declares ninjs {declared}, which has no published schema; validated as {version}"
                        f" ({'by its property names' if how == 'content' else 'the newest'})",
                        "warning",
                        source=report.source,
                        where=(place + " /standard" if place.startswith("line ") else place + "/standard"),
                        line=int(place.split()[1]) if place.startswith("line ") else None,
                        hint="declare standard.version 2.1, 3.0 or 3.1",
                    )
                )
        version = version or self.ninjs.version
        report.add_format(f"ninjs {version}")
        report.problems += self.ninjs.validate_object(document, version, source=report.source, place=place)
        if isinstance(document, dict):
            self._check([ninjs_view(document, version, place)], report)

    def _check(self, views: list[DocumentView], report: FileReport) -> None:
        context = self.context
        for view in views:
            for check in self.checks:
                for finding in check.run(view, context):
                    report.problems.append(
                        Problem(
                            check.code,
                            finding.message,
                            check.severity,
                            source=report.source,
                            where=finding.place.where,
                            line=finding.place.line,
                            hint=finding.hint,
                        )
                    )


def _parses(line: bytes) -> bool:
    if json_depth_exceeds(line):
        return True  # JSON Lines whose line is refused as too deep, when parsed alone
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True
