"""Finding printed timestamps in a line of text, in any language with a data file.

Outlets print dates in a few shapes (ISO, numeric in the locale's order, day-month-year
and month-day-year with written month names) and times in a few more (24-hour with ':',
'.', 'h' or 'Uhr', 12-hour with am/pm, an optional zone). The grammar below is built
per language from CLDR month names plus the data file, and a date and a time next to
each other are paired into one stamp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import cache

from newsdata import lang
from newsdata.lang import alternation

_APOSTROPHES = "'’"


@dataclass(frozen=True)
class Stamp:
    """A date and/or time printed in the text, with where it sits."""

    start: int
    end: int
    day: date | None
    clock: time | None
    zone: str | None  # as printed: 'EDT', 'GMT+2', '+02:00'


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    day: date | None = None
    clock: time | None = None
    zone: str | None = None


@dataclass(frozen=True)
class DateGrammar:
    dates: re.Pattern[str]
    times: re.Pattern[str]
    filler: re.Pattern[str]
    time_lead: re.Pattern[str]
    order: str
    months: dict[str, int]
    months_are_words: bool  # every month name is letters only (see _month_first_starts)


def _month_pattern(names: dict[str, int]) -> str:
    return rf"(?:{alternation(names)})(?:\.|(?![^\W\d_]))"


@cache
def grammar(code: str) -> DateGrammar:
    """The date grammar for one language; English month names are accepted everywhere."""
    language = lang.get(code)
    months = dict(lang.get("en").months)
    months.update(language.months)
    weekdays = set(language.weekdays) | set(lang.get("en").weekdays)
    month = _month_pattern(months)
    zone_abbr = alternation(lang.common()["zone_abbreviations"])
    day_suffix = r"(?:\.|er|st|nd|rd|th|º|°|-?lea|-?a)?"
    # The four shapes that start with a digit sit behind one (?=\d) (and the month-first
    # shape behind the month names' first letters, in alternation()): without it the
    # regex engine tried all five shapes at every character of every line (the branches
    # are tried in the same order as before, so the matches are the same).
    dates = re.compile(
        r"(?=\d)(?:"
        r"(?P<iso>(?<!\d)(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
        r"(?:[T ](?P<ih>\d{2}):(?P<imi>\d{2})(?::(?P<is>\d{2})(?:\.\d+)?)?"
        r"(?:\s?(?P<ioff>Z|[+-]\d{2}:?\d{2}))?)?(?!\d))"
        r"|(?P<ymd>(?<![\d.])(?P<yy>\d{4})[./](?P<ym>\d{1,2})[./](?P<yd>\d{1,2})(?![\d]))"
        r"|(?P<num>(?<![\d.:])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})(?![\d]|\.\d))"
        rf"|(?P<dmy>(?<![\w.])(?P<d>\d{{1,2}}){day_suffix}\s*(?:de\s+|of\s+|-)?(?P<m>{month})"
        r"(?:,?\s*(?:de\s+|del\s+|-)?(?P<y>\d{4}))?(?!\d)))"
        rf"|(?P<mdy>(?<![\w])(?P<m2>{month})\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.]\d)(?!\d)"
        r"(?:,?\s+(?P<y2>\d{4})(?!\d))?)",
        re.IGNORECASE,
    )
    times = re.compile(
        r"(?<![\w.:,/+\-−])(?P<h>[01]?\d|2[0-3])"
        r"(?:(?P<sep>\s?[:h.]\s?)(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?(?!\d|[.,]\d)"
        r"(?:\s*(?P<ampm>[ap]\.?\s?m\b\.?))?"
        r"(?:\s*(?P<suffix>uhr|h|hs|hrs|horas|ore|heures)(?![^\W\d_]))?"
        rf"(?:\s*\(?\s*(?P<zone>(?:GMT|UTC)\s?[+\-−]\s?\d{{1,2}}(?::?\d{{2}})?|[+\-−]\d{{2}}:?\d{{2}}"
        rf"|(?-i:{zone_abbr}))\)?(?![^\W\d_]))?",
        re.IGNORECASE,
    )
    fillers = [
        *language.words("header", "time_fillers"),
        *lang.get("en").words("header", "time_fillers"),
    ]
    filler = re.compile(
        rf"^(?:\s|[,;|•·–—/()\-]|(?:{alternation(fillers)}|{alternation(weekdays)})(?![^\W\d_])\.?)*$",
        re.IGNORECASE,
    )
    time_lead = re.compile(rf"(?<![^\W\d_])(?:{alternation(w for w in fillers if w[0].isalpha())})\s*$", re.I)
    return DateGrammar(
        dates=dates,
        times=times,
        filler=filler,
        time_lead=time_lead,
        order=language.date_order,
        months=months,
        months_are_words=all(name.isalpha() for name in months),
    )


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _safe_time(hour: int, minute: int, second: int) -> time | None:
    """'T00:60' is no time of day ('2026-03-12T24:00' neither): the date stands alone."""
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


def _numeric(a: int, b: int, year: int, order: str) -> date | None:
    day, month = (b, a) if order.index("M") < order.index("D") else (a, b)
    if month > 12 and day <= 12:  # the printed order contradicts the locale's: trust the numbers
        day, month = month, day
    return _safe_date(year, month, day)


def _month_number(g: DateGrammar, name: str) -> int:
    return g.months[name.casefold().rstrip(".")]


_DIGITS = re.compile(r"\d+")


def _digit_runs(text: str) -> list[int]:
    """Where each run of digits starts. Every date and time starts at one (the digit-first
    shapes) or ends its month name just before one (see _month_first_starts)."""
    return [m.start() for m in _DIGITS.finditer(text)]


def _month_first_starts(text: str, digit_runs: list[int]) -> list[int]:
    """Where a month-first date ('March 12', 'Sept. 3') may start: its day is a run of digits,
    and before that lie spacing, perhaps a full stop, and the month's name, which starts a
    run of word characters."""
    starts: list[int] = []
    for run in digit_runs:
        end = run
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end > 0 and text[end - 1] == ".":
            end -= 1
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            start -= 1
        if start < end:
            starts.append(start)
    return starts


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern that matches only from one of ``starts``
    (sorted, distinct) and never matches nothing: it is tried there and nowhere else, where
    finditer tries it at every character (several hundred instructions each, for the date
    and time patterns)."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def _date_hits(text: str, g: DateGrammar, default_year: int | None, digit_runs: list[int]) -> list[_Hit]:
    hits: list[_Hit] = []
    if g.months_are_words:
        matches = _matches_at(g.dates, text, sorted({*digit_runs, *_month_first_starts(text, digit_runs)}))
    else:
        matches = list(g.dates.finditer(text))
    for m in matches:
        clock: time | None = None
        zone: str | None = None
        day: date | None
        if m["iso"]:
            day = _safe_date(int(m["iy"]), int(m["im"]), int(m["id"]))
            if m["ih"]:
                clock = _safe_time(int(m["ih"]), int(m["imi"]), int(m["is"] or 0))
                zone = m["ioff"] if clock is not None else None
        elif m["ymd"]:
            day = _safe_date(int(m["yy"]), int(m["ym"]), int(m["yd"]))
        elif m["num"]:
            day = _numeric(int(m["a"]), int(m["b"]), _year(m["c"]), g.order)
        elif m["dmy"]:
            year = int(m["y"]) if m["y"] else default_year
            day = _safe_date(year, _month_number(g, m["m"]), int(m["d"]))
        else:
            year = int(m["y2"]) if m["y2"] else default_year
            day = _safe_date(year, _month_number(g, m["m2"]), int(m["d2"]))
        if day is not None:
            hits.append(_Hit(m.start(), m.end(), day=day, clock=clock, zone=zone))
    return hits


def _time_hits(text: str, g: DateGrammar, digit_runs: list[int]) -> list[_Hit]:
    hits: list[_Hit] = []
    for m in _matches_at(g.times, text, digit_runs):  # a time starts with its hour's digits
        if not (m["mi"] or m["ampm"] or (m["suffix"] and m["suffix"].casefold() == "uhr")):
            continue  # a bare number is not a time
        dotted = m["sep"] and m["sep"].strip() == "." and not (m["suffix"] or m["ampm"] or m["zone"])
        if dotted and len(m["h"]) == 1 and not g.time_lead.search(text[: m.start()]):
            continue  # '12.30' is a time in Italian and German headers, '3.50' in a price is not
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        if m["ampm"]:
            pm = m["ampm"].casefold().startswith("p")
            if hour > 12:
                continue
            hour = (hour % 12) + (12 if pm else 0)
        zone = m["zone"].replace("−", "-") if m["zone"] else None
        hits.append(_Hit(m.start(), m.end(), clock=time(hour, minute, int(m["s"] or 0)), zone=zone))
    return hits


def find_stamps(text: str, code: str, *, default_year: int | None = None) -> list[Stamp]:
    """Every date, time, or date-with-time printed in ``text``, left to right."""
    digit_runs = _digit_runs(text)
    if not digit_runs:
        return []  # every date and time form has a number in it; most body sentences have none
    g = grammar(code)
    dates = _date_hits(text, g, default_year, digit_runs)
    if dates:
        chars = list(text)
        for hit in dates:
            chars[hit.start : hit.end] = " " * (hit.end - hit.start)
        masked = "".join(chars)
        times = _time_hits(masked, g, _digit_runs(masked))
    else:
        times = _time_hits(text, g, digit_runs)
    items = sorted(dates + times, key=lambda h: h.start)
    stamps: list[Stamp] = []
    for item in items:
        prev = stamps[-1] if stamps else None
        adjacent = prev is not None and g.filler.match(text[prev.end : item.start]) is not None
        if prev is not None and adjacent and _fits(prev, item):
            stamps[-1] = Stamp(
                start=prev.start,
                end=item.end,
                day=prev.day or item.day,
                clock=prev.clock or item.clock,
                zone=prev.zone or item.zone,
            )
        else:
            stamps.append(Stamp(item.start, item.end, item.day, item.clock, item.zone))
    return stamps


def _fits(prev: Stamp, item: _Hit) -> bool:
    """A date and a time combine; two dates or two times do not."""
    return (prev.day is None and item.day is not None and item.clock is None) or (
        prev.clock is None and item.clock is not None and item.day is None
    )
