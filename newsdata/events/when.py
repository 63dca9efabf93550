"""Resolving the date a sentence speaks of, against the article's publication date.

Explicit dates ('12 martie', 'March 12'), relative days (yesterday, today, tomorrow)
and weekday names ('miercuri', 'jeudi soir', 'am Montagmorgen', 'this Monday') from the
language's data. A weekday without a modifier is the most recent one on or before
publication, as news uses them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from newsdata import lang
from newsdata.dates import find_stamps
from newsdata.text import tokenize

_RELATIVE_OFFSETS = {"day_before_yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1}


@dataclass(frozen=True)
class _Words:
    code: str
    weekdays: dict[str, int]
    relative: dict[str, int]
    this: frozenset[str]
    last: frozenset[str]
    next: frozenset[str]
    compounds: bool
    # every word a relative day or a weekday is printed with: a text holding none of them
    # (most sentences) needs no look at its words
    day_words: tuple[str, ...]


@cache
def _words(code: str) -> _Words:
    language = lang.get_or_fallback(code)
    relative: dict[str, int] = {}
    for key, words in language.body_map("relative_days").items():
        for word in words:
            relative[word.casefold()] = _RELATIVE_OFFSETS.get(key, 0)
    modifiers = language.body_map("week_modifiers")
    weekdays = {name: number for name, number in language.weekdays.items() if len(name) > 3}
    return _Words(
        code=language.code,
        weekdays=weekdays,
        relative=relative,
        this=frozenset(w.casefold() for w in modifiers.get("this", ())),
        last=frozenset(w.casefold() for w in modifiers.get("last", ())),
        next=frozenset(w.casefold() for w in modifiers.get("next", ())),
        compounds=language.flag("compound_words"),
        day_words=tuple(sorted({word for phrase in relative for word in phrase.split()} | set(weekdays))),
    )


def _weekday(word: str, w: _Words) -> int | None:
    folded = word.casefold()
    if folded in w.weekdays:
        return w.weekdays[folded]
    if w.compounds:
        for name, number in w.weekdays.items():
            if folded.startswith(name):
                return number
    return None


def most_recent(weekday: int, published: date, *, strictly_before: bool = False) -> date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


UPDATE_DAYS = 2  # an update this soon after publication may tell what happened since


def resolve_date(text: str, published: date | None, code: str, *, updated: date | None = None) -> date | None:
    """The first date the text speaks of, or None. With the day the article was last
    ``updated`` on, shortly after publication, a weekday between the two is that day: the
    update told it ('dimanche matin' in a story of Saturday night updated on Sunday)."""
    if published is None:
        return None
    w = _words(code)
    best: tuple[int, date] | None = None
    for stamp in find_stamps(text, w.code, default_year=published.year):
        if stamp.day is not None:
            best = (stamp.start, stamp.day)
            break
    folded = text.casefold()
    if not any(word in folded for word in w.day_words):
        return best[1] if best else None  # no word below could name a day
    tokens = tokenize(text)
    for i, tok in enumerate(tokens):
        if best is not None and tok.start >= best[0]:
            break
        if tok.kind != "word":
            continue
        phrase2 = f"{tokens[i - 1].folded} {tok.folded}" if i else ""
        if phrase2 in w.relative:
            return published + timedelta(days=w.relative[phrase2])
        if tok.folded in w.relative:
            return published + timedelta(days=w.relative[tok.folded])
        weekday = _weekday(tok.text, w)
        if weekday is None:
            continue
        previous = {t.folded for t in tokens[max(0, i - 2) : i]}
        following = tokens[i + 1].folded if i + 1 < len(tokens) else ""
        if previous & w.next or following in w.next:
            return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
        if previous & w.last or following in w.last:
            return most_recent(weekday, published, strictly_before=True)
        if updated is not None and 0 < (updated - published).days <= UPDATE_DAYS:
            since = most_recent(weekday, updated)
            if since > published:
                return since
        return most_recent(weekday, published)
    return best[1] if best else None
