from __future__ import annotations

from datetime import date, time

import pytest

from newsdata.dates import find_stamps


@pytest.mark.parametrize(
    ("code", "text", "day", "clock", "zone"),
    [
        ("ro", "Publicat la 21:59 08 Ian 2026", date(2026, 1, 8), time(21, 59), None),
        ("ro", "luni, 30 martie 2026, 10:15", date(2026, 3, 30), time(10, 15), None),
        ("ro", "22.07.2025, 08:47", date(2025, 7, 22), time(8, 47), None),
        ("en", "Published 4:18 PM EDT, September 17, 2025", date(2025, 9, 17), time(16, 18), "EDT"),
        ("en", "Sept. 17, 2025, 10:02 p.m. PDT", date(2025, 9, 17), time(22, 2), "PDT"),
        ("en", "March 3rd, 2026 at 9:05 a.m. EST", date(2026, 3, 3), time(9, 5), "EST"),
        ("en", "Tuesday 3 March 2026 14.05 GMT", date(2026, 3, 3), time(14, 5), "GMT"),
        ("en", "3/9/2026 4:18 PM", date(2026, 3, 9), time(16, 18), None),
        ("en", "2026-01-08T21:59:00+02:00", date(2026, 1, 8), time(21, 59), "+02:00"),
        ("fr", "Publié le 14 novembre 2025 à 07h42", date(2025, 11, 14), time(7, 42), None),
        ("fr", "mercredi 1er avril 2026 à 14h05", date(2026, 4, 1), time(14, 5), None),
        ("de", "Mittwoch, 29. Oktober 2025, 16:18 Uhr", date(2025, 10, 29), time(16, 18), None),
        ("de", "27.10.2025, 09:14 Uhr", date(2025, 10, 27), time(9, 14), None),
        ("es", "martes, 3 de marzo de 2026, 09:05 h", date(2026, 3, 3), time(9, 5), None),
        ("es", "Publicado: 10/02/2026 13:20", date(2026, 2, 10), time(13, 20), None),
        ("it", "9 luglio 2026 alle 12:30", date(2026, 7, 9), time(12, 30), None),
        ("it", "25 ottobre 2026 ore 12.30", date(2026, 10, 25), time(12, 30), None),
    ],
)
def test_one_stamp(code: str, text: str, day: date, clock: time, zone: str | None) -> None:
    stamps = find_stamps(text, code)
    assert len(stamps) == 1, stamps
    assert (stamps[0].day, stamps[0].clock, stamps[0].zone) == (day, clock, zone)


def test_two_stamps_on_one_line_pair_each_time_with_its_date() -> None:
    stamps = find_stamps("Publicat la 21:59 08 Ian 2026 Modificat la 22:10 09 Ian 2026", "ro")
    assert [(s.day, s.clock) for s in stamps] == [
        (date(2026, 1, 8), time(21, 59)),
        (date(2026, 1, 9), time(22, 10)),
    ]


def test_time_only_update_stays_a_separate_stamp() -> None:
    stamps = find_stamps("Pubblicato il 9 luglio 2026 alle 12:30, aggiornato alle 15:10", "it")
    assert [(s.day, s.clock) for s in stamps] == [(date(2026, 7, 9), time(12, 30)), (None, time(15, 10))]


def test_year_less_date_takes_the_default_year() -> None:
    [stamp] = find_stamps("14 novembre à 07h42", "fr", default_year=2025)
    assert stamp.day == date(2025, 11, 14)


@pytest.mark.parametrize("text", ["19 voturi pentru", "4,5 milioane de euro", "cu 28.000 de pasageri", "31.02.2025"])
def test_numbers_that_are_not_timestamps(text: str) -> None:
    assert find_stamps(text, "ro") == []


def test_month_first_numbers_fall_back_when_impossible() -> None:
    [stamp] = find_stamps("30/03/2026 09:15", "en")
    assert stamp.day == date(2026, 3, 30)
