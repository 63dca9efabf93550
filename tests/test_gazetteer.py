from __future__ import annotations

import dataclasses
import fnmatch
import gzip
import tomllib
import unicodedata
from importlib import resources
from pathlib import Path

import pytest

from newsdata import gazetteer
from newsdata.gazetteer import Place, given_name_countries, is_given_name, is_place, normalise, places

ROOT = Path(__file__).resolve().parent.parent
DATA = "lang/data/gazetteer"
FILES = ("places.tsv.gz", "given_names.tsv.gz")
_NAMES = "given_names.tsv.gz"


def _rows(filename: str) -> list[list[str]]:
    resource = resources.files("newsdata.lang").joinpath("data", "gazetteer", filename)
    text = gzip.decompress(resource.read_bytes()).decode("utf-8")
    return [line.split("\t") for line in text.splitlines()]


# --- normalise ------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Brașov", "Braşov", "Brasov", "BRAȘOV", "  Bra\u0219ov\n", "Bras\u0327ov"])
def test_normalise_folds_diacritics_case_and_space(spelling: str) -> None:
    assert normalise(spelling) == "brasov"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("São  Paulo", "sao paulo"),
        ("Straße", "strasse"),
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Łódź", "łodz"),  # ł has no decomposition: it stays
        ("Schleswig-\u00a0Holstein", "schleswig- holstein"),
        ("", ""),
    ],
)
def test_normalise_examples(raw: str, key: str) -> None:
    assert normalise(raw) == key


# --- places -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["București", "Bucuresti", "Bucharest", "Bucarest", "Bukarest"])
def test_bucharest_is_the_romanian_capital(name: str) -> None:
    first = places(name)[0]
    assert (first.kind, first.country) == ("city", "RO")
    assert first.population > 1_000_000


@pytest.mark.parametrize(
    "name", ["Germania", "Allemagne", "Deutschland", "Germany", "Alemania", "Bundesrepublik Deutschland"]
)
def test_germany_in_every_language_is_the_country(name: str) -> None:
    assert places(name)[0] == places("Germany")[0]
    assert (places(name)[0].kind, places(name)[0].country) == ("country", "DE")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Republica Moldova", "MD"),
        ("Moldova", "MD"),
        ("Regatul Unit", "GB"),
        ("Royaume-Uni", "GB"),
        ("États-Unis", "US"),
        ("Stati Uniti", "US"),
        ("Côte d'Ivoire", "CI"),
        ("Costa d’Avorio", "CI"),
        ("Burma", "MM"),
        ("Myanmar", "MM"),
    ],
)
def test_country_names_and_variants(name: str, country: str) -> None:
    assert any(p.kind == "country" and p.country == country for p in places(name))


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Schleswig-Holstein", "DE"),
        ("Bayern", "DE"),
        ("Bavaria", "DE"),
        ("Andalucía", "ES"),
        ("Andalusia", "ES"),
        ("Andalousie", "ES"),
        ("Principado de Asturias", "ES"),
        ("Massachusetts", "US"),
        ("Île-de-France", "FR"),
        ("Toscana", "IT"),
        ("Cluj", "RO"),
        ("Vâlcea", "RO"),
        ("Gagauzia", "MD"),
        ("Ontario", "CA"),
        ("Tirol", "AT"),
    ],
)
def test_regions(name: str, country: str) -> None:
    assert any(p.kind == "region" and p.country == country for p in places(name))


@pytest.mark.parametrize("name", ["Europa", "Europe", "Afrique", "Asien", "America de Sud", "Oceania", "Nordamerika"])
def test_continents(name: str) -> None:
    first = places(name)[0]
    assert first.kind == "continent"
    assert first.country is None


def test_order_puts_the_country_first_then_the_most_populous() -> None:
    luxembourg = places("Luxembourg")
    assert luxembourg[0].kind == "country"
    assert {p.kind for p in luxembourg} >= {"country", "region", "city"}
    assert places("Paris")[0] == Place("Paris", "city", "FR", places("Paris")[0].population)
    cities = [p.population for p in places("Paris") if p.kind == "city"]
    assert cities == sorted(cities, reverse=True)
    # a region counts as a mid-sized place: before a small namesake town, after a big city
    assert places("Andalucía")[0] == Place("Andalucía", "region", "ES", 0)
    assert places("Milano")[0].kind == "city"


def test_ambiguous_key_keeps_every_place() -> None:
    countries = {p.country for p in places("Congo") if p.kind == "country"}
    assert countries == {"CD", "CG"}


def test_min_population_applies_to_cities_only() -> None:
    assert is_place("Este")  # a town of ~17,000 near Padua, and the Romanian for "is"
    assert not is_place("Este", min_population=50_000)
    assert is_place("Schleswig-Holstein", min_population=10**9)
    assert is_place("Bucharest", min_population=1_000_000)


@pytest.mark.parametrize("word", ["Mare", "The", "und", "Zzyzzx", "", "   "])
def test_not_places(word: str) -> None:
    assert places(word) == ()
    assert not is_place(word)


def test_place_is_frozen_and_hashable() -> None:
    place = places("Bucharest")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.name = "x"  # type: ignore[misc]
    assert place in {place}


# --- given names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Maria",
        "Jean",
        "Giulia",
        "Thomas",
        "Ion",
        "Mihai",
        "Ioana",
        "Elena",
        "José",
        "Jose",
        "Ștefan",  # comma below, as Romanian is written
        "Ştefan",  # cedilla, as nam_dict.txt and older Romanian text write it
        "Jürgen",
        "Jörg",
        "François",
    ],
)
def test_common_given_names(name: str) -> None:
    assert is_given_name(name)
    assert is_given_name(name.upper())


# "The" is a Vietnamese name in nam_dict.txt (and "Les", "Del" rare English ones): the
# stopword filter and the frequency threshold keep them out.
@pytest.mark.parametrize("word", ["The", "Und", "Der", "Les", "Del", "Von", "Le", "De", ""])
def test_ordinary_words_are_not_given_names(word: str) -> None:
    assert not is_given_name(word)
    assert given_name_countries(word) == frozenset()


@pytest.mark.parametrize(
    "surname",
    ["Rusu", "Ciobanu", "Munteanu", "Popescu", "Müller", "Schmidt", "Rossi", "Hernandez", "García", "Dubois"],
)
def test_common_surnames_are_not_given_names(surname: str) -> None:
    """nam_dict.txt lists first names only: common surnames are simply absent."""
    assert not is_given_name(surname)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Giulia", "IT"),
        ("Ion", "MD"),
        ("Ion", "RO"),
        ("Thomas", "DE"),
        ("Jean", "FR"),
        ("Ștefan", "RO"),
        ("Jürgen", "DE"),
    ],
)
def test_given_name_countries(name: str, country: str) -> None:
    assert country in given_name_countries(name)


def test_rare_spellings_do_not_count_for_a_country() -> None:
    """nam_dict.txt has Ion at class 1 ("rare") in GB and ES: below the threshold."""
    assert given_name_countries("Ion") == frozenset({"MD", "RO"})


def _names(key: str) -> dict[tuple[str, str], set[str]]:
    return {(name, gender): set(countries.split(",")) for k, name, gender, countries in _rows(_NAMES) if k == key}


def test_nam_dict_letters_are_decoded() -> None:
    """Letters outside Latin-1 (the c't file's "<S,>"-style escapes) come out as letters;
    Romanian-only names get the comma below, Turkish ones keep the cedilla."""
    stefan = _names("stefan")
    assert stefan[("Ștefan", "M")] == {"MD", "RO"}
    assert ("Štefan", "M") in stefan and ("Stefan", "M") in stefan
    assert ("Jörg", "M") in _names("jorg")
    assert ("Jürgen", "M") in _names("jurgen")
    assert ("François", "M") in _names("francois")
    assert ("Ayşe", "F") in _names("ayse")
    for _key, name, _gender, countries in _rows(_NAMES)[1:]:
        assert not set("<>+/") & set(name), name
        if set(countries.split(",")) <= {"RO", "MD"}:
            assert not set("şţŞŢ") & set(name), name


def test_genders_per_spelling() -> None:
    jean = _names("jean")
    assert "FR" in jean[("Jean", "M")]
    assert "GB" in jean[("Jean", "F")]  # nam_dict.txt: mostly female in Great Britain
    assert set(_names("giulia")) == {("Giulia", "F")}


def test_plus_names_give_their_one_word_spellings() -> None:
    """nam_dict.txt's "Xiao+Ming" stands for Xiao-Ming, Xiao Ming and Xiaoming."""
    assert "CN" in given_name_countries("Xiaoming")
    assert "CN" in given_name_countries("Xiao-Ming")
    assert not is_given_name("Xiao Ming")


# --- the packaged files -------------------------------------------------------------------


def _package_data() -> list[str]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(pyproject["tool"]["setuptools"]["package-data"]["newsdata"])


@pytest.mark.parametrize("filename", FILES)
def test_data_files_ship_with_the_package(filename: str) -> None:
    resource = resources.files("newsdata.lang").joinpath("data", "gazetteer", filename)
    assert resource.is_file()
    assert any(fnmatch.fnmatch(f"{DATA}/{filename}", pattern) for pattern in _package_data())


def test_licences_and_readme_ship_with_the_data() -> None:
    folder = resources.files("newsdata.lang").joinpath("data", "gazetteer")
    names = sorted(item.name for item in folder.iterdir() if item.is_file())
    assert "README.md" in names
    assert {"LICENSE-geonames.txt", "LICENSE-unicode-cldr.txt", "LICENSE-nam_dict.txt"} <= set(names)
    assert "LICENSE-names-dataset.txt" not in names
    for name in names:
        assert any(fnmatch.fnmatch(f"{DATA}/{name}", pattern) for pattern in _package_data()), name


def test_nam_dict_licence_keeps_the_notice_and_the_gfdl() -> None:
    text = resources.files("newsdata.lang").joinpath("data", "gazetteer", "LICENSE-nam_dict.txt").read_text("utf-8")
    assert "Jörg MICHAEL" in text
    assert "GNU Free Documentation" in text and "Version 1.2 or any later version" in text
    assert "no Invariant Sections" in text
    assert "APPLICABILITY AND DEFINITIONS" in text  # the licence text itself, not just its name


def test_places_file_is_sorted_and_well_formed() -> None:
    rows = _rows("places.tsv.gz")
    assert rows[0] == ["key", "name", "kind", "country", "population"]
    body = rows[1:]
    assert len(body) > 50_000
    assert body == sorted(body, key=lambda r: (r[0], r[1], r[2], r[3], int(r[4])))
    for key, name, kind, country, population in body:
        assert key == normalise(key) and key
        assert name
        assert kind in gazetteer.KINDS
        assert (country == "") == (kind == "continent"), (key, name, kind, country)
        assert country == "" or (len(country) == 2 and country.isupper())
        assert int(population) >= 0


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def test_given_names_file_is_sorted_latin_and_keyed_by_normalise() -> None:
    rows = _rows("given_names.tsv.gz")
    assert rows[0] == ["key", "name", "gender", "countries"]
    body = rows[1:]
    assert 10_000 < len({row[0] for row in body}) < 40_000
    assert body == sorted(body)
    for key, name, gender, countries in body:
        assert key == normalise(name)
        assert _latin(name), name
        assert len(name) >= 3 and " " not in name and name[0].isupper()
        assert gender in ("M", "F")
        codes = countries.split(",")
        assert codes == sorted(codes) and all(len(c) == 2 and c.isupper() for c in codes)


def test_loaders_are_cached() -> None:
    assert gazetteer._place_rows() is gazetteer._place_rows()
    assert gazetteer._given_names() is gazetteer._given_names()
