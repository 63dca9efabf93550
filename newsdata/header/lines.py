"""Classifying one header line: noise, timestamps, byline, reading time, or text.

A header line can carry several fields at once ("3 min read · By A · 17.09.2025 16:18"),
so a line is taken apart: reading time and timestamps are cut out, the rest is split
on separators, and each piece must be a label, a byline or a name. A line counts as
header metadata only when (almost) nothing is left over; otherwise it is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsdata import gazetteer, lang
from newsdata.boilerplate import URL, is_noise, is_teaser
from newsdata.dates import Stamp, find_stamps
from newsdata.header.names import looks_like_name, split_names
from newsdata.header.patterns import HeaderPatterns, patterns
from newsdata.text import find_words

_SEPARATORS = re.compile(r"\s*(?:[|•·▪●/]|\s[–—-]\s|\s{2,})\s*")
_SEPARATOR_MARK = re.compile(r"[|•·▪●/–—-]|\s\s")  # what every _SEPARATORS match holds
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_METADATA_KEY = re.compile(
    r"^(?P<key>url|link|source|canonical|category|section|tags?|keywords|id|lang|language|title|headline)"
    r"\s*[:=]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_PREFIX_DATE = re.compile(
    r"^(?:date|datetime|published|time)?\s*[:=]?\s*"
    r"(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_PREFIX_URL = re.compile(r"^(?P<url>https?://\S+)\s+(?P<rest>\S.*)$", re.IGNORECASE)


_TIME_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?(?:h|hrs?|uhr|Uhr))?$")


MAX_AFFILIATION_WORDS = 5


@dataclass
class LineInfo:
    kind: str  # noise | meta | text
    stamps: list[tuple[Stamp, str | None]] = field(default_factory=list)  # with their label
    authors: list[str] = field(default_factory=list)
    reading_time: int | None = None
    pending_label: str | None = None  # a label alone on its line applies to the next stamp
    metadata: dict[str, str] = field(default_factory=dict)  # scraper key-value noise
    rest: str = ""

    # (written out so that mypyc compiles it: see Mention in newsdata/document.py)
    def __init__(
        self,
        kind: str,
        stamps: list[tuple[Stamp, str | None]] | None = None,
        authors: list[str] | None = None,
        reading_time: int | None = None,
        pending_label: str | None = None,
        metadata: dict[str, str] | None = None,
        rest: str = "",
    ) -> None:
        self.kind = kind
        self.stamps = [] if stamps is None else stamps
        self.authors = [] if authors is None else authors
        self.reading_time = reading_time
        self.pending_label = pending_label
        self.metadata = {} if metadata is None else metadata
        self.rest = rest


def split_prefix(text: str) -> tuple[str, dict[str, str]]:
    """Strip scraper metadata glued in front of a line ('date 2026-01-08 Headline')."""
    found: dict[str, str] = {}
    while True:
        m = _PREFIX_DATE.match(text)
        if m:
            found.setdefault("date", m["iso"])
            text = m["rest"]
            continue
        m = _PREFIX_URL.match(text)
        if m:
            found.setdefault("url", m["url"])
            text = m["rest"]
            continue
        return text, found


def metadata_line(text: str) -> dict[str, str] | None:
    m = _METADATA_KEY.match(text)
    if not m or not m["value"].strip():
        return None
    return {m["key"].casefold(): m["value"].strip()}


def _label(text: str, p: HeaderPatterns) -> str | None:
    """'modified' or 'published' from the label words in ``text``.

    ``text`` is what stands between the previous stamp and this one, so an update label
    there ('mis à jour le') outranks a publication word it may contain.
    """
    if p.modified.search(text):
        return "modified"
    if p.published.search(text):
        return "published"
    return None


def _leftover_words(text: str, p: HeaderPatterns, code: str) -> list[str]:
    weekdays = lang.get(code).weekdays
    return [
        w
        for w in find_words(_WORD, text)
        if w.casefold() not in p.label_words and w.casefold().rstrip(".") not in weekdays
    ]


def classify(text: str, code: str, *, default_year: int | None = None, pending: str | None = None) -> LineInfo:
    """What a header line carries. ``pending`` is a label left alone on the line before."""
    p = patterns(code)
    if URL.match(text):
        return LineInfo(kind="noise", metadata={"url": text})
    if _TIME_ALONE.match(text):  # '14:22' under '27 ottobre 2025': the clock of that date
        return LineInfo(kind="meta", stamps=[(stamp, pending) for stamp in find_stamps(text, code)])
    if is_noise(text) or is_teaser(text):
        return LineInfo(kind="noise")
    meta = metadata_line(text)
    if meta is not None and not ({"title", "headline"} & meta.keys()):
        return LineInfo(kind="noise", metadata=meta)

    info = LineInfo(kind="text", rest=text)
    work = text
    has_reading_word = p.reading_word.search(work)
    reading = p.reading.search(work) if has_reading_word else None
    if reading:
        info.reading_time = int(reading["n"])
        work = work[: reading.start()] + " " * (reading.end() - reading.start()) + work[reading.end() :]
        work = p.reading_word.sub(lambda m: " " * len(m.group()), work)

    stamps = find_stamps(work, code, default_year=default_year)
    if stamps:
        cursor = 0
        blanked = list(work)
        for stamp in stamps:
            before = work[cursor : stamp.start]
            label = _label(before, p) or (pending if not info.stamps else None)
            info.stamps.append((stamp, label))
            blanked[stamp.start : stamp.end] = " " * (stamp.end - stamp.start)
            cursor = stamp.end
        work = "".join(blanked)

    stopwords = lang.get(code).stopwords
    leftover: list[str] = []
    affiliations: list[str] = []  # 'By A and B | Twin Cities Ledger': an outlet or a place beside a byline
    whole = p.byline.match(work.strip(" ,;:|•·"))
    if whole and not info.stamps:
        # 'Por Ana Gil / Luis Pardo': the separators belong to the byline
        names = split_names(whole["names"], p, several=p.plural_byline.match(work.strip()) is not None)
        name_words = sum(len(n.split()) for n in names)
        if names and len(_leftover_words(whole["names"], p, code)) <= name_words + 1:  # + a conjunction
            info.authors.extend(names)
            info.kind = "meta"
            return info
    # most lines (prose) hold no separator at all: one scan tells, instead of a split that
    # tries the separator pattern at every character
    pieces = _SEPARATORS.split(work) if _SEPARATOR_MARK.search(work) else [work]
    for piece in pieces:
        piece = piece.strip(" ,;:")
        if not piece:
            continue
        byline = p.byline.match(piece)
        if byline:
            names = split_names(byline["names"], p, several=p.plural_byline.match(piece) is not None)
            if names:
                info.authors.extend(names)
                continue
        if info.stamps:
            stripped = p.published.sub(" ", p.modified.sub(" ", piece)).strip(" ,;:")
            if (
                len(stripped.split()) >= 2
                and looks_like_name(stripped, p, max_tokens=4)
                and not gazetteer.places(stripped)  # 'Ciudad de México / 19.01.2026 09:30': a dateline
            ):
                info.authors.append(stripped)  # 'Ana Lopes | 17.09.2025 16:18': a byline without 'By'
                continue
        words = _leftover_words(piece, p, code)
        if words and all(w[:1].isupper() or w.casefold() in p.particles or w.casefold() in stopwords for w in words):
            affiliations.extend(words)
        else:
            leftover.extend(words)
    if not info.authors and not (info.stamps and len(affiliations) <= MAX_AFFILIATION_WORDS):
        # 'By A | Twin Cities Ledger', '17.02.2026, 18.45 Uhr • aus der MÜNCHNER ABENDPOST',
        # 'Ciudad de México / 19.01.2026': an outlet or a place beside a byline or a date
        leftover.extend(affiliations)

    recognised = bool(info.stamps or info.authors or info.reading_time is not None)
    if recognised and len(leftover) <= 2:
        info.kind = "meta"
    elif not leftover and (p.published.search(text) or p.modified.search(text)):
        info.kind = "meta"  # a label alone, its stamp on the next line
        info.pending_label = _label(text, p)
    return info
