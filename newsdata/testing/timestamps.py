"""Aware timestamps that stress offset handling.

Three sources, mixed: instants a few hours either side of a zone's daylight-saving
change (both readings of an ambiguous hour included, nonexistent wall-clock times never
produced because a real instant is converted to the zone), fixed odd offsets (+05:45,
-03:30, +14:00, ...), and ordinary instants in a zone with rules. Years stay in 1990-2040,
where every zone's offset is a whole number of minutes, as RFC 3339 requires.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from newsdata.testing.vocabulary import INTERESTING_ZONES, ODD_OFFSETS_MINUTES

MIN_YEAR = 1990
MAX_YEAR = 2040


@cache
def transitions(zone_name: str, year: int) -> tuple[datetime, ...]:
    """UTC instants in ``year`` at which ``zone_name`` changes its offset."""
    zone = ZoneInfo(zone_name)
    found: list[datetime] = []
    start = datetime(year, 1, 1, tzinfo=UTC)
    step = timedelta(days=1)
    previous = start.astimezone(zone).utcoffset()
    day = start
    while day.year == year:
        following = day + step
        offset = following.astimezone(zone).utcoffset()
        if offset != previous:
            low, high = day, following  # bisect to the minute
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == previous:
                    low = middle
                else:
                    high = middle
            found.append(high.replace(second=0, microsecond=0))
            previous = offset
        day = following
    return tuple(found)


@cache
def fixed_offsets() -> st.SearchStrategy[tzinfo]:
    """UTC itself, printed odd offsets, and any whole-minute offset within +-23:59."""
    return st.one_of(
        st.just(UTC),
        st.sampled_from(ODD_OFFSETS_MINUTES).map(lambda m: timezone(timedelta(minutes=m))),
        st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m))),
    )


@st.composite
def _near_transition(draw: st.DrawFn, zones: tuple[str, ...], seconds: bool) -> datetime:
    zone_name = draw(st.sampled_from(zones))
    year = draw(st.integers(2000, 2035))
    changes = transitions(zone_name, year)
    instant = draw(st.sampled_from(changes)) if changes else datetime(year, 6, 1, 12, tzinfo=UTC)
    shift = draw(st.integers(-4 * 3600, 4 * 3600))
    if not seconds:
        shift -= shift % 60
    return (instant + timedelta(seconds=shift)).astimezone(ZoneInfo(zone_name))


@cache
def aware_datetimes(
    *,
    zones: tuple[str, ...] = INTERESTING_ZONES,
    microseconds: bool = False,
    seconds: bool = True,
) -> st.SearchStrategy[datetime]:
    """Timezone-aware datetimes between 1990 and 2040.

    ``microseconds`` allows sub-second precision (most CMSs print whole seconds);
    ``seconds=False`` keeps whole minutes, as printed article headers do.
    """
    plain = st.datetimes(
        min_value=datetime(MIN_YEAR, 1, 1),
        max_value=datetime(MAX_YEAR, 12, 31, 23, 59, 59),
        timezones=st.one_of(fixed_offsets(), st.sampled_from(zones).map(ZoneInfo)),
        allow_imaginary=False,
    )

    def trim(value: datetime) -> datetime:
        if not microseconds:
            value = value.replace(microsecond=0)
        if not seconds:
            value = value.replace(second=0)
        return value

    return st.one_of(_near_transition(zones, seconds), plain).map(trim)
