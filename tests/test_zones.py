from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from newsdata import zones


def _offset(day: date, clock: time, language: str, territory: str | None = None) -> timedelta | None:
    return zones.localize(day, clock, zones.outlet_zone(language, territory)).utcoffset()


@pytest.mark.parametrize(
    ("language", "day", "clock", "hours"),
    [
        ("ro", date(2026, 3, 29), time(2, 30), 2),  # before the spring change in Bucharest (03:00)
        ("ro", date(2026, 3, 29), time(4, 30), 3),  # after it
        ("de", date(2026, 10, 25), time(2, 30), 2),  # ambiguous hour: the first (summer) reading
        ("de", date(2026, 10, 25), time(9, 0), 1),
        ("fr", date(2025, 11, 14), time(7, 42), 1),
        ("es", date(2026, 7, 1), time(12, 0), 2),
        ("it", date(2026, 7, 9), time(12, 30), 2),
        ("en", date(2026, 3, 7), time(12, 0), -5),  # US Eastern before 8 March 2026
        ("en", date(2026, 3, 9), time(12, 0), -4),
    ],
)
def test_outlet_offset_follows_daylight_saving(language: str, day: date, clock: time, hours: int) -> None:
    assert _offset(day, clock, language) == timedelta(hours=hours)


def test_country_cue_overrides_the_language_default() -> None:
    assert _offset(date(2026, 7, 1), time(12, 0), "en", "GB") == timedelta(hours=1)
    assert _offset(date(2026, 1, 15), time(12, 0), "en", "AU") == timedelta(hours=11)


@pytest.mark.parametrize(
    ("token", "hours"),
    [("EDT", -4), ("EST", -5), ("BST", 1), ("CEST", 2), ("MESZ", 2), ("GMT+2", 2), ("UTC-03:00", -3), ("+0530", 5.5)],
)
def test_printed_zone_tokens(token: str, hours: float) -> None:
    zone = zones.zone_from_token(token)
    assert zone is not None
    assert zone.utcoffset(None) == timedelta(hours=hours)


def test_generic_us_zone_names_use_the_zone_rules() -> None:
    zone = zones.zone_from_token("ET")
    assert zone is not None
    assert zones.localize(date(2026, 7, 1), time(9, 0), zone).utcoffset() == timedelta(hours=-4)


@pytest.mark.parametrize(
    ("url", "territory"),
    [("https://www.example.ro/a", "RO"), ("www.example.co.uk/x", "GB"), ("https://example.com/", None)],
)
def test_territory_from_url(url: str, territory: str | None) -> None:
    assert zones.tld_territory(url) == territory
