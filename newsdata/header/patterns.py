"""Compiled per-language patterns shared by the header extractors.

Built once per language from its data file (plus English, which leaks into every
outlet's templates) and cached, so parsing an article compiles nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsdata import lang
from newsdata.lang import alternation


@dataclass(frozen=True)
class HeaderPatterns:
    published: re.Pattern[str]
    modified: re.Pattern[str]
    byline: re.Pattern[str]
    conjunctions: re.Pattern[str]
    has_conjunction: re.Pattern[str]
    plural_byline: re.Pattern[str]
    reading: re.Pattern[str]
    reading_word: re.Pattern[str]
    photo_marker: str
    label_words: frozenset[str]
    roles: frozenset[str]
    particles: frozenset[str]


def _words(code: str, section: str, key: str) -> list[str]:
    words = list(lang.get(code).words(section, key))
    if code != "en":
        words += lang.get("en").words(section, key)
    return words


def _labels(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})(?![^\W\d_])", re.IGNORECASE)


@cache
def patterns(code: str) -> HeaderPatterns:
    published = _words(code, "header", "published")
    modified = _words(code, "header", "modified")
    byline = _words(code, "header", "byline")
    units = _words(code, "header", "minute_units")
    reading_words = _words(code, "header", "reading_words")
    photo = [w for c in lang.available() for w in lang.get(c).words("header", "photo_credit")]
    conjunctions = _words(code, "header", "conjunctions")
    fillers = _words(code, "header", "time_fillers")
    label_words = {
        token.casefold()
        for phrase in (*published, *modified, *fillers, *reading_words)
        for token in re.findall(r"[^\W\d_]+", phrase)
    }
    roles = {w.casefold() for c in lang.available() for w in lang.get(c).words("header", "author_roles")}
    return HeaderPatterns(
        published=_labels(published),
        modified=_labels(modified),
        byline=re.compile(rf"^(?:{alternation(byline)})\s*[:\-–]?\s+(?P<names>\S.*)$", re.IGNORECASE),
        conjunctions=re.compile(rf"\s*(?:[,;/]|\s(?:{alternation(conjunctions)})\s)\s*", re.IGNORECASE),
        has_conjunction=re.compile(rf"\s(?:{alternation(conjunctions)})\s", re.IGNORECASE),
        plural_byline=re.compile(
            rf"^(?:{alternation(_words(code, 'header', 'byline_plural'))})(?![^\W\d_])", re.IGNORECASE
        ),
        reading=re.compile(rf"(?<!\d)(?P<n>\d{{1,3}})\s*-?\s*(?:{alternation(units)})\.?(?![^\W\d_])", re.IGNORECASE),
        reading_word=_labels(reading_words),
        photo_marker=alternation(photo),
        label_words=frozenset(label_words),
        roles=frozenset(roles),
        particles=frozenset(lang.common()["name_particles"]),
    )
