from __future__ import annotations

import pytest

from newsdata.header.names import split_names
from newsdata.header.patterns import patterns
from newsdata.header.photos import match_photo_line


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Un câine pe stradă. Foto: Agerpres / Ion Pop", "Un câine pe stradă.", "Agerpres / Ion Pop"),
        ("A dog in the street. (Photo: AP/Jo Lee)", "A dog in the street.", "AP/Jo Lee"),
        ("Un cane in strada. (Foto Ansa)", "Un cane in strada.", "Ansa"),
        ("Ein Hund. Bild: dpa", "Ein Hund.", "dpa"),
        ("Un chien dans la rue © Marie Roux", "Un chien dans la rue", "Marie Roux"),
        ("Sursa foto: Inquam Photos", None, "Inquam Photos"),
        ("Bild: dpa", None, "dpa"),  # a lower-case agency alone on its line (found by the property suite)
        ("FOTO: imago", None, "imago"),
        ("Un perro en la calle. (Foto)", "Un perro en la calle.", None),
    ],
)
def test_photo_lines(line: str, caption: str | None, credit: str | None) -> None:
    found = match_photo_line(line, "ro")
    assert found is not None
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The photo exhibition opened on Monday and drew hundreds of visitors from the region.",
        "Fotografii de la protest au apărut pe rețelele sociale, iar poliția a deschis o anchetă.",
    ],
)
def test_prose_mentioning_photos_is_not_a_photo_line(line: str) -> None:
    assert match_photo_line(line, "ro") is None


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        ("en", "Laura Kessler and Daniel Okafor", ["Laura Kessler", "Daniel Okafor"]),
        ("en", "Ana Lopes, Ben Carter & Chloe Diaz", ["Ana Lopes", "Ben Carter", "Chloe Diaz"]),
        ("en", "Ana Lopes, Reuters", ["Ana Lopes"]),
        ("de", "Lena Brandt und Tobias Kern, dpa", ["Lena Brandt", "Tobias Kern"]),
        ("ro", "Ion Pop și Maria Ionescu", ["Ion Pop", "Maria Ionescu"]),
        ("fr", "Jean de La Fontaine", ["Jean de La Fontaine"]),
        ("en", "Reuters", ["Reuters"]),
        ("en", "the river had risen", []),
    ],
)
def test_byline_names(code: str, text: str, names: list[str]) -> None:
    assert split_names(text, patterns(code)) == names


@pytest.mark.parametrize(
    "line",
    [
        "The figures come from one source: the ministry of finance and two of its agencies.",
        "© 2026 Example Media Group",
    ],
)
def test_sentences_with_marker_words_are_not_photo_lines(line: str) -> None:
    assert match_photo_line(line, "en") is None
