"""Semantic checks: what a schema cannot say, each with a stable code and severity.

A check reads one ``DocumentView`` (whatever the format) and a ``RunContext`` shared by
the whole run (for checks across documents, such as duplicate ids), and yields
``Finding``s; the engine turns them into ``Problem``s with the check's code and
severity. Checks live in a registry, so another module (or a plugin, through the
``newsdata.checks`` entry-point group, each entry a ``SemanticCheck``) adds one with
``register_check`` or the ``semantic_check`` decorator, without touching the engine.

``HEADLINE_LIMIT`` is 110 characters: the longest headline Google's Article structured
data guidelines accepted (AMP articles) and the length beyond which search results cut
a title short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import entry_points

from newsdata.formats.base import Severity
from newsdata.validate.view import DocumentView, Place

HEADLINE_LIMIT = 110
_HAS_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_HAS_ZONE = re.compile(r"(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$")


@dataclass(frozen=True, slots=True)
class Finding:
    message: str
    place: Place
    hint: str | None = None


@dataclass(slots=True)
class RunContext:
    """State the checks share: the run's ``state`` (for checks across files) and, for
    the input being checked, its ``source`` and ``seen_ids`` ((id, version) -> place of
    its first use). Ids are compared within one input (a JSON Lines feed, a JSON array,
    a newsMessage): separate files with one id are usually versions of one item."""

    source: str = "<input>"
    seen_ids: dict[tuple[str, str | None], Place] = field(default_factory=dict)
    state: dict[str, object] = field(default_factory=dict)

    def start_input(self, source: str) -> None:
        self.source = source
        self.seen_ids = {}


CheckFunction = Callable[[DocumentView, RunContext], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class SemanticCheck:
    code: str
    severity: Severity
    summary: str
    run: CheckFunction


_CHECKS: dict[str, SemanticCheck] = {}
_plugins_loaded = False


def register_check(check: SemanticCheck) -> None:
    """Add (or replace, by code) a check; checks run in registration order."""
    _CHECKS[check.code] = check


def semantic_check(code: str, severity: Severity, summary: str) -> Callable[[CheckFunction], CheckFunction]:
    def decorate(function: CheckFunction) -> CheckFunction:
        register_check(SemanticCheck(code, severity, summary, function))
        return function

    return decorate


def registered_checks() -> list[SemanticCheck]:
    global _plugins_loaded
    if not _plugins_loaded:
        _plugins_loaded = True
        for entry in entry_points(group="newsdata.checks"):
            check = entry.load()
            if isinstance(check, SemanticCheck):
                register_check(check)
    return list(_CHECKS.values())


# ------------------------------------------------------------------ the checks --
#
# The built-in checks return lists, not generators: they run for every document and
# mostly find nothing, and a generator object per check and document cost more than
# the test itself (issue 6's throughput).

_NOTHING: tuple[Finding, ...] = ()


def _instant(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return None


@semantic_check("semantic.modified-before-published", "error", "a later timestamp (modified) is before an earlier one")
def modified_before_published(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    if not view.ordered:
        return _NOTHING
    findings = []
    for earlier, later in view.ordered:
        if earlier.text == later.text:  # one text is one instant (or none): never before itself
            continue
        first, then = _instant(earlier.text), _instant(later.text)
        if first is None or then is None or (first.tzinfo is None) != (then.tzinfo is None):
            continue
        if then < first:
            findings.append(
                Finding(
                    f"{later.field} {later.text!r} is before {earlier.field} {earlier.text!r}",
                    later.place,
                    hint=f"a document cannot change before it exists: check {later.field} and its zone",
                )
            )
    return findings


# The longest zone _HAS_ZONE matches ("+02:00") has 6 characters, and it matches only at
# the end: searching from 6 before the end finds what a search from the start finds.
_LONGEST_ZONE = 6


def _ends_in_zone(text: str) -> bool:
    """Whether ``text`` ends in "Z", "z" or "+hh:mm" / "-hh:mm", the zones written most,
    which _HAS_ZONE finds too: told without the patterns (``isdecimal`` is ``\\d``: the
    Unicode category Nd). False says nothing: the patterns decide."""
    last = text[-1:]
    if last == "Z" or last == "z":
        return True
    return (
        len(text) >= _LONGEST_ZONE
        and text[-3] == ":"
        and text[-6] in "+-"
        and text[-5:-3].isdecimal()
        and text[-2:].isdecimal()
    )


@semantic_check("semantic.timestamp-without-zone", "warning", "a date-time without a UTC offset or Z")
def timestamp_without_zone(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    findings: list[Finding] = []
    for value in view.timestamps:
        text = value.text.strip()
        if _ends_in_zone(text):
            continue
        if _HAS_TIME.match(text) and not _HAS_ZONE.search(text, max(len(text) - _LONGEST_ZONE, 0)):
            findings.append(
                Finding(
                    f"{value.field} {text!r} has no time zone, so readers can place it hours off",
                    value.place,
                    hint="add the UTC offset (+02:00) or Z",
                )
            )
    return findings


@semantic_check(
    "semantic.declared-text-disagreement",
    "warning",
    "the page's declared metadata and its visible text give different values for a header field",
)
def declared_text_disagreement(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    """Recorded by the HTML reader in ``provenance`` (see the README's precedence table)."""
    disagreements = view.extra.get("disagreements") if view.extra else None
    if not disagreements:
        return _NOTHING
    findings = []
    for name, _kept, kept_from, other, declared_in, place in disagreements:
        where = f" ({declared_in})" if declared_in else ""
        findings.append(
            Finding(
                f"{name}: the article keeps the {kept_from} value; the other source{where} says {other!r}",
                place,
                hint="make the page's metadata and its visible text agree",
            )
        )
    return findings


@semantic_check("semantic.empty-headline", "error", "the headline is present but blank")
def empty_headline(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    if view.headline is not None and not view.headline.text.strip():
        return [Finding("the headline is empty", view.headline.place, hint="give the item a headline or leave it out")]
    return _NOTHING


@semantic_check("semantic.headline-too-long", "warning", f"the headline is longer than {HEADLINE_LIMIT} characters")
def headline_too_long(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    if view.headline is not None and len(view.headline.text) > HEADLINE_LIMIT:  # strip only when it may matter
        length = len(view.headline.text.strip())
        if length > HEADLINE_LIMIT:
            return [
                Finding(
                    f"the headline has {length} characters; search engines show about {HEADLINE_LIMIT}",
                    view.headline.place,
                    hint=f"keep headlines within {HEADLINE_LIMIT} characters (Google's Article guidelines)",
                )
            ]
    return _NOTHING


@semantic_check("semantic.dangling-speaker", "error", "a quote's speaker id names no participant")
def dangling_speaker(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    if not view.quotes:
        return _NOTHING
    return [
        Finding(
            f"the quote is attributed to {quote.speaker_id!r}, which no participant of the document is",
            quote.place,
            hint="declare the speaker as a participant or correct the reference",
        )
        for quote in view.quotes
        if quote.speaker_id is not None and quote.speaker_id not in view.participant_ids
    ]


@semantic_check("semantic.unknown-speaker", "warning", "a quote's speaker is not among the document's participants")
def unknown_speaker(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    if not view.participant_names or not view.quotes:
        return _NOTHING  # a document that lists no participants gives nothing to compare with
    return [
        Finding(
            f"the quote is attributed to {quote.speaker!r}, who is not among the participants",
            quote.place,
            hint="add the speaker to the participants (people, subjects, mentions) or fix the name",
        )
        for quote in view.quotes
        if quote.speaker_id is None and quote.speaker and quote.speaker not in view.participant_names
    ]


@semantic_check("semantic.duplicate-id", "error", "two documents of one input have the same id (and version)")
def duplicate_id(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    if view.id is None or not view.id.text:
        return _NOTHING
    key = (view.id.text, view.version)
    first = context.seen_ids.get(key)
    if first is None:  # the place is written out only when a duplicate needs it
        context.seen_ids[key] = view.id.place
        return _NOTHING
    here, there = view.id.place.where or "/", first.where or "/"
    if there == here:
        return _NOTHING
    version = f" (version {view.version})" if view.version is not None else ""
    return [
        Finding(
            f"{view.id.field} {view.id.text!r}{version} is already used at {there}",
            view.id.place,
            hint="every item needs its own id; an update keeps the id with a new version",
        )
    ]


@semantic_check("semantic.image-without-credit", "warning", "an image has no credit")
def image_without_credit(view: DocumentView, context: RunContext) -> Iterable[Finding]:
    if not view.images:
        return _NOTHING
    return [
        Finding(
            f"{image.label} has no credit",
            image.place,
            hint="credit the photographer or agency (creditline, by, creditText, media-producer)",
        )
        for image in view.images
        if not image.credit
    ]
