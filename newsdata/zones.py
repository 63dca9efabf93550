"""From a printed local time to an aware timestamp in the outlet's offset.

An explicit zone printed next to the time wins. Otherwise the outlet's zone comes from
its territory (a country cue, else the language's default territory) through CLDR's
territory-to-zone table, and zoneinfo gives the offset at that instant, so daylight
saving time is right on both sides of each change.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsdata import lang

_OFFSET = re.compile(r"^(?:GMT|UTC)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def _fixed(sign: str, hours: int, minutes: int) -> timezone:
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if sign == "-" else delta)


@cache
def zone_for_territory(territory: str) -> tzinfo | None:
    """The zone national outlets of a territory print times in, or None if unknown."""
    from babel.core import get_global

    territory = territory.upper()
    primary = lang.common()["primary_zones"].get(territory)
    if primary is None:
        zones = get_global("territory_zones").get(territory) or []
        if len(zones) != 1:
            return None
        primary = zones[0]
    try:
        return ZoneInfo(primary)
    except ZoneInfoNotFoundError:
        return None


def zone_from_token(token: str, territory: str | None = None) -> tzinfo | None:
    """A zone printed in the text: an abbreviation, 'GMT+2', '+02:00' or 'Z'. An
    abbreviation several zones share ('IST': India, Ireland, Israel) is read as the one of
    the territory the story is told from, when it is one of them."""
    token = token.strip().strip("()").replace("−", "-")
    shared: dict[str, dict[str, str]] = lang.common()["shared_zone_abbreviations"]
    if territory and territory in shared.get(token.upper(), {}):
        token = shared[token.upper()][territory]
    abbreviations: dict[str, str | None] = lang.common()["zone_abbreviations"]
    if token.upper() in abbreviations:
        offset = abbreviations[token.upper()]
        if offset is None:
            return ZoneInfo(lang.common()["zone_names"][token.upper()])
        token = offset
    if token.upper() == "Z":
        return UTC
    m = _OFFSET.match(token)
    if m is None:
        return None
    return _fixed(m[1], int(m[2]), int(m[3] or 0))


_UNIVERSAL = frozenset({"Z", "UTC"})


def is_universal(token: str | None) -> bool:
    """'Z' or 'UTC': a machine's clock, not the outlet's. 'GMT' is left alone, as British
    outlets print their own winter time so."""
    return token is not None and token.strip().strip("()").upper() in _UNIVERSAL


def outlet_zone(language: str, territory: str | None = None, zone_name: str | None = None) -> tzinfo:
    """The outlet's zone: an explicit IANA name, else its territory, else its language's."""
    if zone_name:
        return ZoneInfo(zone_name)
    for candidate in (territory, _language_territory(language)):
        if candidate:
            zone = zone_for_territory(candidate)
            if zone is not None:
                return zone
    return UTC


def _language_territory(code: str) -> str | None:
    try:
        return lang.get(code).territory
    except KeyError:
        from babel.core import get_global

        likely: str | None = get_global("likely_subtags").get(code)
        return likely.split("_")[-1] if likely else None


def localize(day: date, clock: time | None, zone: tzinfo) -> datetime:
    """Attach ``zone`` to a wall-clock time; an ambiguous hour takes its first reading."""
    naive = datetime.combine(day, clock or time(0, 0))
    return naive.replace(tzinfo=zone, fold=0)


def tld_territory(url: str) -> str | None:
    """The territory a URL's country-code top-level domain names ('.ro' -> 'RO')."""
    m = re.match(r"^(?:https?://)?([^/:?#\s]+)", url.strip(), re.IGNORECASE)
    if not m:
        return None
    tld = m[1].rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or not tld.isalpha():
        return None
    mapped: str = lang.common()["tld_territories"].get(tld, tld)
    return mapped.upper()
