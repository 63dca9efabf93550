"""Checking JSON-LD against the schema.org vocabulary, offline.

The vocabulary index (``schemas/schemaorg/vocabulary.json``, built by
``tools/build_schemaorg_index.py``) gives every type its superclasses and every property
its domain and range, so the checks are subclass-aware: ``headline`` fits a NewsArticle
because NewsArticle is an Article is a CreativeWork, the property's domain. It is loaded
once per process; the checks are dictionary and set look-ups, fast enough to validate
every exported document.

What is checked, node by node (a node is an object with ``@type``): each type exists
(superseded types are warnings), each property exists and its domain includes one of
the node's types or their superclasses, and each value fits the range: a nested node by
its types, a string by the data types in the range (Date, DateTime, Duration, URL,
Number and Boolean by their lexical form). A string where the range has no data type
(``"author": "Ana Pop"``) is a warning, since schema.org accepts text anywhere but
consumers expect a node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsdata.formats.base import Problem, Severity
from newsdata.formats.jsondoc import pointer
from newsdata.formats.resources import load_json

CONTEXTS = frozenset({"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"})
ARTICLE_RECOMMENDED = ("headline", "image", "datePublished", "dateModified", "author")

_DATE = re.compile(r"^-?\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_DURATION = re.compile(r"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_URL = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|/|#|\.)\S*$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_BOOLEAN = re.compile(r"^(true|false|https?://schema\.org/(True|False))$")
_LEXICAL = {
    "URL": _URL,
    "Date": _DATE,
    "DateTime": _DATETIME,
    "Time": _TIME,
    "Duration": _DURATION,
    "Number": _NUMBER,
    "Float": _NUMBER,
    "Integer": _INTEGER,
    "Boolean": _BOOLEAN,
}
_TEXT_TYPES = ("Text", "PronounceableText", "CssSelectorType", "XPathType")


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per process
class Vocabulary:
    types: dict[str, frozenset[str]]
    domains: dict[str, frozenset[str]]
    ranges: dict[str, frozenset[str]]
    datatypes: frozenset[str]
    superseded: dict[str, str]

    def ancestors(self, types: tuple[str, ...]) -> frozenset[str]:
        return _ancestors(self, types)


@cache
def _ancestors(vocabulary: Vocabulary, types: tuple[str, ...]) -> frozenset[str]:
    result: set[str] = set()
    for name in types:
        result |= vocabulary.types.get(name, frozenset())
    return frozenset(result)


@cache
def vocabulary() -> Vocabulary:
    raw = load_json("schemaorg", "vocabulary.json")
    return Vocabulary(
        types={name: frozenset(closure) for name, closure in raw["types"].items()},
        domains={name: frozenset(p["domain"]) for name, p in raw["properties"].items()},
        ranges={name: frozenset(p["range"]) for name, p in raw["properties"].items()},
        datatypes=frozenset(raw["datatypes"]),
        superseded=dict(raw["superseded"]),
    )


def _types(node: dict[str, Any]) -> tuple[str, ...]:
    value = node.get("@type")
    if isinstance(value, str):
        return (_term(value),)
    items = value if isinstance(value, list) else [value] if value is not None else []
    return tuple(_term(str(t)) for t in items)


def _term(name: str) -> str:
    if ":" not in name:
        return name
    for prefix in ("https://schema.org/", "http://schema.org/", "schema:"):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _range_hint(range_: frozenset[str]) -> str:
    return "its range is " + ", ".join(sorted(range_))


@cache
def _literal_kinds(range_: frozenset[str]) -> frozenset[str] | bool | None:
    """The data types of a range: True when any text fits, None when there are none."""
    kinds = range_ & vocabulary().datatypes
    if not kinds:
        return None
    if any(t in kinds for t in _TEXT_TYPES):
        return True
    return kinds


def _string_fits(value: str, range_: frozenset[str]) -> bool | None:
    """Whether a string is a valid literal of one of the range's data types; None when
    the range has no data type at all."""
    kinds = _literal_kinds(range_)
    if kinds is None or kinds is True:
        return kinds
    assert isinstance(kinds, frozenset)
    fits = [pattern.match(value) is not None for kind, pattern in _LEXICAL.items() if kind in kinds]
    # Quantity, Distance, Energy, Mass: free text like "5 kg" by definition.
    other = kinds - _LEXICAL.keys()
    return any(fits) or bool(other)


class _Checker:
    def __init__(self, source: str) -> None:
        self.vocabulary = vocabulary()
        self.source = source
        self.problems: list[Problem] = []

    def add(
        self, code: str, message: str, path: list[str | int], severity: Severity = "error", hint: str | None = None
    ) -> None:
        where = pointer(path) or "/"
        self.problems.append(Problem(code, message, severity=severity, source=self.source, where=where, hint=hint))

    def node(self, node: dict[str, Any], path: list[str | int]) -> None:
        types = _types(node)
        known = tuple(t for t in types if t in self.vocabulary.types)
        for t in types:
            if t not in self.vocabulary.types:
                self.add("schemaorg.unknown-type", f"{t!r} is not a schema.org type", [*path, "@type"])
            elif t in self.vocabulary.superseded:
                self.add(
                    "schemaorg.superseded",
                    f"type {t!r} is superseded by {self.vocabulary.superseded[t]!r}",
                    [*path, "@type"],
                    severity="warning",
                )
        ancestors = self.vocabulary.ancestors(known)
        for key, value in node.items():
            if key.startswith("@"):
                if key == "@graph" and isinstance(value, list):
                    self.values(value, frozenset(), [*path, key], None)
                continue
            prop = _term(key)
            domain = self.vocabulary.domains.get(prop)
            if domain is None:
                self.add("schemaorg.unknown-property", f"{key!r} is not a schema.org property", [*path, key])
                continue
            if prop in self.vocabulary.superseded:
                self.add(
                    "schemaorg.superseded",
                    f"property {prop!r} is superseded by {self.vocabulary.superseded[prop]!r}",
                    [*path, key],
                    severity="warning",
                )
            if known and domain and not (domain & ancestors):
                self.add(
                    "schemaorg.domain",
                    f"{prop!r} is not a property of {'/'.join(known)}",
                    [*path, key],
                    hint="its domain is " + ", ".join(sorted(domain)),
                )
            self.values(value, self.vocabulary.ranges[prop], [*path, key], prop)

    def values(self, value: Any, range_: frozenset[str], path: list[str | int], prop: str | None) -> None:
        if isinstance(value, list):
            for i, item in enumerate(value):
                self.values(item, range_, [*path, i], prop)
            return
        if prop is None:  # inside @graph: only nodes
            if isinstance(value, dict):
                self.node(value, path)
            return
        if isinstance(value, dict):
            if "@value" in value:
                self.values(value["@value"], range_, path, prop)
                return
            types = tuple(t for t in _types(value) if t in self.vocabulary.types)
            if types and range_ and not (self.vocabulary.ancestors(types) & range_):
                self.add(
                    "schemaorg.range",
                    f"a {'/'.join(types)} is not a valid value of {prop!r}",
                    path,
                    hint=_range_hint(range_),
                )
            if "@type" in value:
                self.node(value, path)
            return
        if isinstance(value, bool):
            if range_ and "Boolean" not in range_:
                self.add(
                    "schemaorg.range", f"a boolean is not a valid value of {prop!r}", path, hint=_range_hint(range_)
                )
            return
        if isinstance(value, int | float):
            if range_ and not range_ & {"Number", "Integer", "Float", "Text", "Quantity"}:
                self.add(
                    "schemaorg.range", f"a number is not a valid value of {prop!r}", path, hint=_range_hint(range_)
                )
            return
        if isinstance(value, str):
            fits = _string_fits(value, range_) if range_ else True
            if fits is None:
                self.add(
                    "schemaorg.text-for-node",
                    f"{prop!r} expects a node, got text",
                    path,
                    severity="warning",
                    hint=_range_hint(range_),
                )
            elif not fits:
                kinds = ", ".join(sorted(range_ & self.vocabulary.datatypes))
                self.add("schemaorg.range", f"{value[:40]!r} is not a valid {kinds}", path, hint=_range_hint(range_))
            return
        if value is None:
            self.add("jsonld.null", f"{prop!r} is null; leave the property out instead", path)


def check_document(document: Any, *, source: str) -> list[Problem]:
    """Every problem of one JSON-LD document (an object, or a list of objects)."""
    checker = _Checker(source)
    roots = document if isinstance(document, list) else [document]
    for i, root in enumerate(roots):
        path: list[str | int] = [i] if isinstance(document, list) else []
        if not isinstance(root, dict):
            checker.add("jsonld.not-object", "a JSON-LD document is an object", path)
            continue
        context = root.get("@context")
        if context is None:
            checker.add("jsonld.context", "no @context", path, hint='use "@context": "https://schema.org"')
        elif not isinstance(context, str) or context not in CONTEXTS:
            checker.add(
                "jsonld.context",
                "@context is not schema.org; only plain schema.org contexts can be checked",
                [*path, "@context"],
                hint='use "@context": "https://schema.org"',
            )
        if "@type" not in root and "@graph" not in root:
            checker.add("jsonld.no-type", "the top node has no @type", path)
        checker.node(root, path)
        recommended_check(checker, root, path)
    return checker.problems


def recommended_check(checker: _Checker, root: dict[str, Any], path: list[str | int]) -> None:
    """Google's recommended properties for Article pages, as warnings."""
    nodes = root.get("@graph", [root])
    for i, node in enumerate(nodes if isinstance(nodes, list) else []):
        if not isinstance(node, dict) or "Article" not in checker.vocabulary.ancestors(_types(node)):
            continue
        where = path if node is root else [*path, "@graph", i]
        for prop in ARTICLE_RECOMMENDED:
            if prop not in node:
                checker.add(
                    "google.recommended",
                    f"an article should have {prop!r} (Google's recommended properties)",
                    where,
                    severity="warning",
                )


def is_article(types: tuple[str, ...]) -> bool:
    return "Article" in vocabulary().ancestors(tuple(_term(t) for t in types))
