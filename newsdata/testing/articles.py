"""Canonical articles that are valid by construction.

``articles()`` draws a whole :class:`~newsdata.model.Article`: participants with unique
ids, quotes and events whose references resolve, mentions and quote spans that point at
the text they name in the body, aware timestamps (around DST changes and at odd offsets),
prose in the six supported languages with their diacritics and their quotation marks
nested inside each other, plus empty, random-Unicode and huge fields. Every knob can be
pinned so a user can test the slice of the space their pipeline handles.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from typing import Any, Literal, TypeVar

from hypothesis import strategies as st

from newsdata.model import Article
from newsdata.testing.timestamps import aware_datetimes
from newsdata.testing.vocabulary import LANGUAGES, VOCABULARIES, Vocabulary

Count = int | tuple[int, int] | None
"""How many of something: an exact number, an inclusive (min, max) range, or None for the default."""

Alphabet = Literal["printable", "any"]

T = TypeVar("T")

EVENT_TYPES = (
    "meeting", "visit", "statement", "negotiation", "agreement", "election",
    "protest", "attack", "accident", "announcement", "other",
)  # fmt: skip
REGIONS: dict[str, tuple[str, ...]] = {
    "ro": ("RO", "MD"),
    "en": ("GB", "US", "AU", "IE"),
    "fr": ("FR", "CA", "BE", "CH"),
    "de": ("DE", "AT", "CH"),
    "es": ("ES", "MX", "AR"),
    "it": ("IT", "CH"),
}
HUGE_MIN_CHARS = 20_000
HUGE_MAX_CHARS = 60_000
# Fields one article may make huge; only one per article, so a draw stays cheap.
HUGE_TARGETS = ("headline", "body", "quote", "caption", "name", "summary")


def _range(spec: Count, default: tuple[int, int], what: str) -> tuple[int, int]:
    if spec is None:
        return default
    if isinstance(spec, int):
        low = high = spec
    else:
        low, high = spec
    if low < 0 or high < low:
        raise ValueError(f"{what}: need 0 <= min <= max, got {spec!r}")
    return low, high


def _switch(flag: bool | None, spec: Count, default: tuple[int, int], what: str) -> tuple[int, int]:
    """Combine a with_X flag and an X count: False means none, True at least one."""
    low, high = _range(spec, default, what)
    if flag is False:
        if spec is not None and low > 0:
            raise ValueError(f"with_{what}=False contradicts {what}={spec!r}")
        return 0, 0
    if flag is True:
        return max(low, 1), max(high, 1)
    return low, high


def _characters(alphabet: Alphabet) -> st.SearchStrategy[str]:
    if alphabet == "any":
        return st.characters(codec="utf-8", exclude_categories=["Cs"])
    return st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Co", "Cn"])


def _word_characters() -> st.SearchStrategy[str]:
    """Characters that survive whitespace stripping: ids and non-empty fields stay non-empty."""
    return st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Co", "Cn", "Zs", "Zl", "Zp"])


def random_text(alphabet: Alphabet = "printable", *, min_size: int = 0, max_size: int = 80) -> st.SearchStrategy[str]:
    """Any text (mixed scripts, emoji, combining marks), not article-like at all."""
    return st.text(_characters(alphabet), min_size=min_size, max_size=max_size)


def non_empty_text(alphabet: Alphabet = "printable", *, max_size: int = 40) -> st.SearchStrategy[str]:
    """Text with at least one character that is not whitespace, anywhere in it."""
    return st.tuples(random_text(alphabet, max_size=max_size), st.text(_word_characters(), min_size=1, max_size=8)).map(
        lambda parts: parts[0] + parts[1]
    )


def _huge(piece: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def grow(args: tuple[str, int]) -> str:
        text, target = args
        text = text.strip() or "x"
        return (text + " ") * (target // (len(text) + 1) + 1)

    return st.tuples(piece, st.integers(HUGE_MIN_CHARS, HUGE_MAX_CHARS)).map(grow)


def _nested_quote(vocab: Vocabulary, template: str) -> str:
    inner_open, inner_close = vocab.inner_quotes
    return template.format(inner=inner_open, close=inner_close)


def _choose(draw: st.DrawFn, options: tuple[T, ...] | list[T]) -> T:
    """One of ``options``; an index draw, so no strategy is built per call (that is slow)."""
    return options[draw(st.integers(0, len(options) - 1))]


def _coin(draw: st.DrawFn) -> bool:
    return draw(st.booleans())


def _maybe(draw: st.DrawFn, value: T) -> T | None:
    return value if _coin(draw) else None


class _Build:
    """One article's drawing context: its language, alphabet and the field allowed to be huge."""

    def __init__(self, draw: st.DrawFn, vocab: Vocabulary, alphabet: Alphabet, huge: str | None) -> None:
        self.draw = draw
        self.vocab = vocab
        self.alphabet = alphabet
        self.huge = huge

    def text(self, field: str, realistic: st.SearchStrategy[str], *, non_empty: bool = False) -> str:
        """Realistic text mostly, random Unicode sometimes, empty rarely, huge when this field was picked."""
        if self.huge == field:
            self.huge = None  # once
            return self.draw(_huge(realistic))
        kind = _choose(self.draw, _KINDS_NON_EMPTY if non_empty else _KINDS)
        if kind == "realistic":
            return self.draw(realistic)
        if kind == "empty":
            return ""
        if non_empty:
            return self.draw(non_empty_text(self.alphabet))
        return self.draw(random_text(self.alphabet))

    def person(self) -> str:
        return f"{_choose(self.draw, self.vocab.given_names)} {_choose(self.draw, self.vocab.surnames)}"


_HUGE_CHOICES: tuple[str | None, ...] = (None,) * 6 + HUGE_TARGETS
_DATES = st.dates().map(lambda d: d.isoformat())


_KINDS = ("realistic", "realistic", "realistic", "random", "empty")
_KINDS_NON_EMPTY = ("realistic", "realistic", "realistic", "random")


@cache
def _sentences(code: str, max_size: int = 3) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(VOCABULARIES[code].sentences), min_size=1, max_size=max_size).map(" ".join)


@cache
def _quote_text(code: str) -> st.SearchStrategy[str]:
    vocab = VOCABULARIES[code]
    return st.sampled_from(vocab.quotes).map(lambda q: _nested_quote(vocab, q))


@cache
def _people(code: str) -> st.SearchStrategy[str]:
    vocab = VOCABULARIES[code]
    return st.builds("{} {}".format, st.sampled_from(vocab.given_names), st.sampled_from(vocab.surnames))


@cache
def _sampled(options: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(options)


_ARTICLE_IDS = st.one_of(st.text(_word_characters(), min_size=1, max_size=24), st.uuids().map(str))


@cache
def _ids(n: int) -> st.SearchStrategy[list[str]]:
    token = st.one_of(
        st.integers(1, 10_000).map(lambda i: f"p{i}"),
        st.text(_word_characters(), min_size=1, max_size=12),
    )
    return st.lists(token, min_size=n, max_size=n, unique=True)


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    language: str | None = None,
    participants: Count = None,
    with_photos: bool | None = None,
    photos: Count = None,
    with_quotes: bool | None = None,
    quotes: Count = None,
    with_events: bool | None = None,
    events: Count = None,
    authors: Count = None,
    paragraphs: Count = None,
    with_timestamps: bool | None = None,
    alphabet: Alphabet = "printable",
    huge_fields: bool = True,
) -> Article:
    """A valid canonical Article.

    ``language`` pins the BCP 47 tag (its primary subtag picks the vocabulary: ro, en,
    fr, de, es, it). Counts take an exact number or a (min, max) pair; ``with_X=True``
    asks for at least one, ``False`` for none. ``alphabet="any"`` lets random text
    carry control characters too (the model accepts them; XML cannot carry all of them).
    ``huge_fields`` lets one field per article grow to tens of thousands of characters.
    """
    code = (language or _choose(draw, LANGUAGES)).split("-")[0].lower()
    if code not in VOCABULARIES:
        code = "en"
    vocab = VOCABULARIES[code]
    tag = language
    if tag is None:
        region = _maybe(draw, _choose(draw, REGIONS[code]))
        tag = f"{code}-{region}" if region else code
    huge = _choose(draw, _HUGE_CHOICES) if huge_fields else None
    b = _Build(draw, vocab, alphabet, huge)

    # participants: unique ids, names drawn from the language's invented people and real places
    n_participants = draw(st.integers(*_range(participants, (0, 5), "participants")))
    ids = draw(_ids(n_participants))
    entities: list[dict[str, Any]] = []
    for pid in ids:
        kind = _choose(draw, ("person", "person", "organization", "place"))
        realistic = {
            "person": _people(code),
            "organization": _sampled(vocab.organisations),
            "place": _sampled(vocab.places),
        }[kind]
        name = b.text("name", realistic, non_empty=True).strip()
        aliases = [name.split()[-1]] if kind == "person" and draw(st.booleans()) else []
        entities.append({"id": pid, "name": name, "type": kind, "aliases": aliases, "mentions": []})

    # body: paragraphs of prose, some naming participants and carrying quotations
    n_paragraphs = draw(st.integers(*_range(paragraphs, (0, 4), "paragraphs")))
    body: list[str] = [b.text("body", _sentences(code)).strip() for _ in range(n_paragraphs)]

    def append(i: int, text: str, *, glue: str = " ") -> int:
        """Add ``text`` to paragraph ``i``; returns where it starts."""
        prefix = f"{body[i]}{glue}" if body[i] else ""
        body[i] = prefix + text
        return len(prefix)

    for entity in entities:
        if body and _coin(draw):
            i = draw(st.integers(0, len(body) - 1))
            start = append(i, entity["name"])
            entity["mentions"].append(
                {"paragraph": i, "start": start, "end": start + len(entity["name"]), "text": entity["name"]}
            )

    n_quotes = draw(st.integers(*_switch(with_quotes, quotes, (0, 3), "quotes")))
    speakers = [e for e in entities if e["type"] != "place"]
    quote_list: list[dict[str, Any]] = []
    for _ in range(n_quotes):
        text = b.text("quote", _quote_text(code), non_empty=True).strip()
        speaker = _maybe(draw, _choose(draw, speakers)) if speakers else None
        speaker_name = speaker["name"] if speaker else _maybe(draw, b.person())
        quote: dict[str, Any] = {
            "text": text,
            "speaker": speaker_name,
            "speaker_id": speaker["id"] if speaker else None,
            "cue": _maybe(draw, vocab.cue),
            "span": None,
        }
        if body and _coin(draw):  # printed in the body, inside the language's marks
            i = draw(st.integers(0, len(body) - 1))
            opening, closing = vocab.outer_quotes
            start = append(i, opening + text + closing) + len(opening)
            quote["span"] = {"paragraph": i, "start": start, "end": start + len(text)}
            append(i, f"{vocab.cue} {speaker_name or ''}".strip(), glue=", ")
        quote_list.append(quote)

    published = None
    if with_timestamps is not False and (with_timestamps or _coin(draw)):
        published = draw(aware_datetimes())
    modified = None
    if published is not None and _coin(draw):
        later = draw(st.integers(0, 10 * 24 * 3600))
        modified = (published + timedelta(seconds=later)).astimezone(published.tzinfo)

    n_events = draw(st.integers(*_switch(with_events, events, (0, 2), "events")))
    places = [e for e in entities if e["type"] == "place"]
    event_list: list[dict[str, Any]] = []
    for _ in range(n_events):
        place = _maybe(draw, _choose(draw, places)) if places else None
        day = _maybe(draw, draw(_DATES))
        if day is None and published is not None and _coin(draw):
            day = published.date().isoformat()
        event_list.append(
            {
                "type": _choose(draw, EVENT_TYPES),
                "date": day,
                "location": place["name"] if place else None,
                "location_id": place["id"] if place else None,
                "participants": draw(st.lists(st.sampled_from(tuple(ids)), unique=True, max_size=4)) if ids else [],
                "summary": b.text("summary", _sentences(code, 1)) if draw(st.booleans()) else None,
            }
        )

    n_photos = draw(st.integers(*_switch(with_photos, photos, (0, 2), "photos")))
    photo_list = [
        {
            "caption": b.text("caption", _sampled(vocab.captions)) if draw(st.booleans()) else None,
            "credit": _maybe(draw, _choose(draw, (*vocab.agencies, b.person()))),
            "url": _maybe(draw, f"https://img.example.org/{code}/{draw(st.integers(1, 999))}.jpg"),
        }
        for _ in range(n_photos)
    ]
    n_authors = draw(st.integers(*_range(authors, (0, 3), "authors")))
    author_list = [
        {"name": b.person(), "url": _maybe(draw, f"https://news.example.org/authors/{n}")} for n in range(n_authors)
    ]
    reading_time = _maybe(draw, draw(st.integers(0, 120) | st.integers(0, 10**6)))
    data: dict[str, Any] = {
        "id": draw(_ARTICLE_IDS),
        "language": tag,
        "headline": b.text("headline", _sampled(vocab.headlines)),
        "published": published,
        "modified": modified,
        "reading_time_minutes": reading_time,
        "authors": author_list,
        "photos": photo_list,
        "body": body,
        "quotes": quote_list,
        "participants": entities,
        "events": event_list,
        "source": {
            "path": _maybe(draw, f"{code}/article.txt"),
            "url": _maybe(draw, f"https://news.example.org/{code}/story"),
            "outlet": _maybe(draw, "Example News"),
        },
    }
    return Article.model_validate(data)


def article_dicts(**constraints: Any) -> st.SearchStrategy[dict[str, Any]]:
    """Articles as JSON-ready dicts (``model_dump(mode="json")``): the canonical wire shape."""
    return articles(**constraints).map(lambda a: a.model_dump(mode="json"))

