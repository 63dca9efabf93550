"""Where a story is told from, for the outlet's clock when the text prints no zone.

A time printed without a zone is in the outlet's local time. When neither the text, a
URL's country domain nor the caller says where the outlet is, the language's default
territory is only a guess ('Nov. 3, 2025 at 5:45 a.m.' under a Minneapolis dateline is
Central time, not Eastern). The dateline, the lines around the byline and the headline
name the place the story is told from; when that place lies in a territory where the
language is official, its zone (the city's own, from GeoNames, else the territory's) is
the better guess. A place abroad ('Witkoff și Kushner ... la Paris' in a Romanian
paper) says nothing about the outlet's clock and is passed over.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import tzinfo
from zoneinfo import ZoneInfo

from newsdata import gazetteer, zones
from newsdata.entities.lexicon import lexicon

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MAX_WORDS = 3
SINGLE_WORD_MIN_POPULATION = 50_000  # a lone capitalised word is a town only if a big one


@dataclass(frozen=True)
class StoryPlace:
    name: str
    country: str
    zone: tzinfo


def _candidates(text: str, connectors: frozenset[str]) -> Iterable[str]:
    """Runs of one to three capitalised words, with the lower-case connectors names hold
    ('Ciudad de México'), longest first at each start."""
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        if not word[:1].isupper():
            continue
        for n in range(min(MAX_WORDS + 1, len(words) - i), 0, -1):
            run = words[i : i + n]
            if run[-1][:1].isupper() and all(w[:1].isupper() or w.casefold() in connectors for w in run):
                yield " ".join(run)


def story_place(texts: Iterable[str], code: str, context: Iterable[str] = ()) -> StoryPlace | None:
    """The first place the texts name that lies where the language is official. A name
    several such countries share ('Valencia', 'Melbourne', 'Córdoba') takes the reading in
    the country the other places of ``context`` (the lead paragraphs) lie in; failing
    that, the most populous."""
    lex = lexicon(code)
    if not lex.territories:
        return None
    support: Counter[str] | None = None
    for text in texts:
        for candidate in _candidates(text, lex.connectors):
            readings = [p for p in gazetteer.places(candidate) if p.country and p.country in lex.territories]
            if not readings:
                continue
            place = readings[0]
            if len({p.country for p in readings}) > 1:
                support = _countries(context, lex.connectors) if support is None else support
                place = max(readings, key=lambda p: support[p.country or ""] if support else 0)
            country = place.country or ""
            if place.kind == "city" and " " not in candidate and place.population < SINGLE_WORD_MIN_POPULATION:
                continue
            zone_name = gazetteer.city_zone(place.name, country) if place.kind == "city" else None
            zone = ZoneInfo(zone_name) if zone_name else zones.zone_for_territory(country)
            if zone is not None:
                return StoryPlace(place.name, country, zone)
    return None


def _countries(texts: Iterable[str], connectors: frozenset[str]) -> Counter[str]:
    """How often the texts name a place of each country, counting names with one country only."""
    tally: Counter[str] = Counter()
    for text in texts:
        for candidate in _candidates(text, connectors):
            countries = {p.country for p in gazetteer.places(candidate) if p.country}
            if len(countries) == 1:
                tally[countries.pop()] += 1
    return tally


# 'MINNEAPOLIS —', 'BRUSSELS, Feb 3 (Reuters) -', 'Rostock. Es war ...', 'PARIS (AFP) –'
_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][\w'’-]*(?:[ -][\w'’-]+){0,3}?)\s*(?:\([^)]{1,40}\)\s*)?(?:[—–]|--|-\s|,\s|\.\s)"
)


def dateline(paragraph: str) -> str:
    """The place a paragraph opens with as its dateline, or ''. Every word of it is
    capitalised but connectors, so 'Consilierii locali din Brașov au aprobat joi, ...' is none."""
    m = _DATELINE.match(paragraph)
    if m is None:
        return ""
    words = m["place"].replace("-", " ").split()
    return m["place"] if words[0][:1].isupper() and words[-1][:1].isupper() else ""
