"""Raw article text in the header layouts outlets print, with the header fields it encodes.

``raw_articles()`` draws a :class:`RawArticle`: the text a scraper would hand over (noise
and a section kicker above the headline, a byline, publication and update lines in the
language's date formats, a reading time, a photo caption and credit, prose paragraphs)
together with the fields a correct parser must read from it. The layouts are the ones
the parser is documented to read (``fixtures/articles/README.md``); the generator keeps
to them on purpose, and the constraints are listed here:

- a wall-clock time printed without a zone is read in the language's default outlet
  zone (``DEFAULT_ZONES``); an hour the autumn change prints twice means its first
  (summer-time) reading, as ``newsdata.zones.localize`` documents. Times that do not
  exist locally (the spring gap) are never printed, as no CMS prints them.
- a time-only update ('Actualizat: 13:47') is printed only when the update falls on the
  publication's local day, since it names no day.
- a name in a byline is an invented given name and surname of the article's language.
- headlines, captions and paragraphs come from ``vocabulary``: prose that carries no
  date, no byline word at the start and no photo marker, so every field has one source.
- a credit on its own line under its caption ('Bild: picture alliance/dpa') has mostly
  capitalised words (or is one word): the parser reads a marker line of several mostly
  lower-case words as a caption without credit ('Photo: the main chamber during the
  vote'), so 'picture alliance/dpa' there is read as a caption. Reported as a parser
  limitation; the other photo styles still print such credits.
- the lead paragraph has two sentences or more: a short one-sentence line set apart
  right under the header is what the parser reads as a photo caption printed without a
  credit (``header._bare_caption``), and a real lead is not that short.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from typing import Any, Literal
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from newsdata.testing.timestamps import transitions
from newsdata.testing.vocabulary import DEFAULT_ZONES, LANGUAGES, VOCABULARIES


@dataclass(frozen=True)
class RawArticle:
    """Raw text and the header fields it was built from."""

    text: str
    language: str
    headline: str
    published: datetime | None
    modified: datetime | None
    authors: tuple[str, ...]
    photos: tuple[tuple[str | None, str | None], ...]
    reading_time_minutes: int | None
    layout: tuple[str, ...] = field(default=())  # which variants were drawn, for failure messages

    def expected(self) -> dict[str, Any]:
        """The header fields as ``Article.model_dump(mode="json")`` prints them."""
        return {
            "language": self.language,
            "headline": self.headline,
            "published": self.published.isoformat() if self.published else None,
            "modified": self.modified.isoformat() if self.modified else None,
            "authors": list(self.authors),
            "photos": [list(p) for p in self.photos],
            "reading_time_minutes": self.reading_time_minutes,
        }


@dataclass(frozen=True)
class _Words:
    byline: str
    conjunction: str
    published: tuple[str, ...]
    modified: tuple[str, ...]
    photo: tuple[str, ...]
    reading: str  # with {n}
    noise: tuple[str, ...]


WORDS: dict[str, _Words] = {
    "ro": _Words("de", "și", ("Publicat:", "Publicat la"), ("Actualizat:", "Ultima actualizare:"), ("Foto", "FOTO"),
                 "Timp de citire: {n} min", ("Meniu", "Skip to content")),
    "en": _Words("By", "and", ("Published", "Posted:"), ("Updated", "Last updated"), ("Photo", "Credit"),
                 "{n} min read", ("Skip to content", "Advertisement")),
    "fr": _Words("Par", "et", ("Publié le",), ("Mis à jour le",), ("Photo", "Crédit photo"),
                 "Lecture : {n} min", ("Aller au contenu principal", "Publicité")),
    "de": _Words("Von", "und", ("Veröffentlicht am", "Erstellt:"), ("Aktualisiert:", "Zuletzt aktualisiert:"),
                 ("Foto", "Bild"), "Lesezeit: {n} Min.", ("Anzeige", "Menu")),
    "es": _Words("Por", "y", ("Publicado:", "Publicado el"), ("Actualizado:",), ("Foto", "Imagen"),
                 "Tiempo de lectura: {n} minutos", ("Publicidad", "Menu")),
    "it": _Words("di", "e", ("Pubblicato il", "Pubblicato:"), ("Aggiornato:", "Aggiornato il"), ("Foto", "FOTO"),
                 "Tempo di lettura: {n} minuti", ("Pubblicità", "Menu")),
}  # fmt: skip


# 'Autor: A' / 'Autori: A, B': a labelled byline; several names need the plural label.
AUTHOR_LABELS: dict[str, tuple[str, str]] = {
    "ro": ("Autor:", "Autori:"),
    "de": ("Autor:", "Autoren:"),
    "es": ("Autor:", "Autores:"),
    "fr": ("Auteur :", "Auteurs :"),
    "it": ("Autore:", "Autori:"),
    "en": ("Author:", "Authors:"),
}


@cache
def _months(code: str, width: Literal["abbreviated", "wide"]) -> dict[int, str]:
    from babel.dates import get_month_names

    return {int(k): str(v) for k, v in get_month_names(width, "format", locale=code).items()}


@cache
def _weekdays(code: str) -> dict[int, str]:
    from babel.dates import get_day_names

    return {int(k): str(v) for k, v in get_day_names("wide", "format", locale=code).items()}


def _coin(draw: st.DrawFn) -> bool:
    return draw(st.booleans())


def _clock12(t: datetime) -> str:
    hour = t.hour % 12 or 12
    return f"{hour}:{t:%M} {'a.m.' if t.hour < 12 else 'p.m.'}"


def _written(code: str, t: datetime, variant: int) -> str:
    """A day and a time in one of the language's written forms (variant picks the form)."""
    month = _months(code, "wide")[t.month]
    short = _months(code, "abbreviated")[t.month]
    weekday = _weekdays(code)[t.weekday()]
    hm = f"{t:%H}:{t:%M}"
    forms: dict[str, tuple[str, ...]] = {
        "ro": (f"{weekday}, {t.day} {month} {t.year}, {hm}", f"{t.day:02d} {short} {t.year}, ora {hm}",
               f"{t:%d}.{t:%m}.{t.year} {hm}"),
        "en": (f"{month} {t.day}, {t.year} at {_clock12(t)}", f"{t.day} {month} {t.year}, {hm}",
               f"{t.month}/{t.day}/{t.year} {_clock12(t).replace('.', '').upper()}"),
        "fr": (f"{t.day} {month} {t.year} à {t:%H}h{t:%M}", f"{weekday} {t.day} {short} {t.year} à {hm}",
               f"{t:%d}/{t:%m}/{t.year} à {hm}"),
        "de": (f"{weekday}, {t.day}. {month} {t.year}, {hm} Uhr", f"{t:%d}.{t:%m}.{t.year}, {hm} Uhr",
               f"{t.day}. {short} {t.year}, {hm} Uhr"),
        "es": (f"{weekday}, {t.day} de {month} de {t.year}, {hm}", f"{t:%d}/{t:%m}/{t.year} - {hm} h",
               f"{t.day} de {month} de {t.year} a las {t.hour}:{t:%M} h"),
        "it": (f"{weekday} {t.day} {month} {t.year}, ore {hm}", f"{t:%d}/{t:%m}/{t.year} ore {t:%H}.{t:%M}",
               f"{t.day} {month} {t.year} alle {hm}"),
    }  # fmt: skip
    options = forms[code]
    return options[variant % len(options)]


def _time_only(code: str, t: datetime) -> str:
    return {"en": _clock12(t), "de": f"{t:%H}:{t:%M} Uhr", "fr": f"{t:%H}h{t:%M}"}.get(code, f"{t:%H}:{t:%M}")


@st.composite
def _local_time(draw: st.DrawFn, zone_name: str) -> datetime:
    """A whole-minute wall time in the zone, often within hours of a DST change."""
    zone = ZoneInfo(zone_name)
    year = draw(st.integers(2000, 2035))
    changes = transitions(zone_name, year)
    if changes and _coin(draw):
        instant = draw(st.sampled_from(changes)) + timedelta(minutes=draw(st.integers(-300, 300)))
    else:
        start = datetime(year, 1, 1, tzinfo=UTC)
        instant = start + timedelta(minutes=draw(st.integers(0, 365 * 24 * 60 - 1)))
    local = instant.astimezone(zone)
    # the printed wall time, read back as the parser documents: an ambiguous hour's first reading
    return local.replace(second=0, microsecond=0, fold=0)


_EXPLICIT_ZONES: dict[str, tuple[tuple[str, tzinfo], ...]] = {
    "en": (("EST", timezone(timedelta(hours=-5))), ("EDT", timezone(timedelta(hours=-4))), ("GMT", UTC)),
    "de": (("MESZ", timezone(timedelta(hours=2))), ("MEZ", timezone(timedelta(hours=1)))),
    "it": (("CET", timezone(timedelta(hours=1))), ("CEST", timezone(timedelta(hours=2)))),
}


@st.composite
def _stamp(draw: st.DrawFn, code: str, local: datetime, layout: list[str]) -> tuple[str, datetime]:
    """One printed timestamp and the aware datetime it denotes."""
    kind = draw(st.sampled_from(("written", "written", "iso", "iso_offset", "explicit_zone")))
    if kind == "iso":
        layout.append("iso")
        return f"{local:%Y-%m-%d %H:%M}", local
    if kind == "iso_offset":
        offset = local.utcoffset() or timedelta(0)
        fixed = local.replace(tzinfo=timezone(offset))
        sign = "-" if offset < timedelta(0) else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        layout.append("iso+offset")
        return f"{local:%Y-%m-%d %H:%M} {sign}{minutes // 60:02d}:{minutes % 60:02d}", fixed
    variant = draw(st.integers(0, 2))
    if kind == "explicit_zone" and code in _EXPLICIT_ZONES:
        abbreviation, zone = draw(st.sampled_from(_EXPLICIT_ZONES[code]))
        layout.append(f"written{variant}+{abbreviation}")
        return f"{_written(code, local, variant)} {abbreviation}", local.replace(tzinfo=zone)
    layout.append(f"written{variant}")
    return _written(code, local, variant), local


def _mostly_capitalised(credit: str) -> bool:
    words = credit.split()
    return len(words) == 1 or sum(w[0].isupper() or not w[0].isalpha() for w in words) >= len(words) / 2


def _join_names(names: list[str], conjunction: str) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1]


@st.composite
def raw_articles(
    draw: st.DrawFn,
    *,
    language: str | None = None,
    with_byline: bool | None = None,
    with_dates: bool | None = None,
    with_modified: bool | None = None,
    with_photos: bool | None = None,
    with_reading_time: bool | None = None,
    with_noise: bool | None = None,
    compact: bool | None = None,
) -> RawArticle:
    """Raw article text in one of the header layouts the parser reads, with its expected header.

    ``compact=True`` prints no blank lines at all (as some archive dumps do).
    """
    code = language or draw(st.sampled_from(LANGUAGES))
    if code not in VOCABULARIES:
        raise ValueError(f"no vocabulary for {code!r}; one of {', '.join(LANGUAGES)}")
    vocab, words = VOCABULARIES[code], WORDS[code]
    layout: list[str] = [code]

    def flag(value: bool | None) -> bool:
        return draw(st.booleans()) if value is None else value

    top: list[str] = []
    if flag(with_noise):
        top.append(draw(st.sampled_from(words.noise)))
        layout.append("noise")
        if draw(st.booleans()):
            top.append(f"https://news.example.org/{code}/2026/story-{draw(st.integers(1, 999))}")
            layout.append("url")
    if draw(st.booleans()):
        top.append(draw(st.sampled_from(vocab.kickers)))
        layout.append("kicker")
    headline = draw(st.sampled_from(vocab.headlines))

    header: list[str] = []
    authors: list[str] = []
    if flag(with_byline):
        people = draw(
            st.lists(
                st.builds("{} {}".format, st.sampled_from(vocab.given_names), st.sampled_from(vocab.surnames)),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        authors = people
        affiliation = f", {draw(st.sampled_from(vocab.agencies))}" if len(people) == 1 and draw(st.booleans()) else ""
        labelled = AUTHOR_LABELS.get(code)
        if labelled and not affiliation and draw(st.booleans()):
            single, several = labelled
            names = f"{single} {people[0]}" if len(people) == 1 else f"{several} {', '.join(people)}"
            header.append(names)
            layout.append(f"labelled byline{len(people)}")
        else:
            header.append(f"{words.byline} {_join_names(people, words.conjunction)}{affiliation}")
            layout.append(f"byline{len(people)}{'+affiliation' if affiliation else ''}")

    published: datetime | None = None
    modified: datetime | None = None
    date_lines: list[str] = []
    if flag(with_dates):
        local = draw(_local_time(DEFAULT_ZONES[code]))
        printed, published = draw(_stamp(code, local, layout))
        label = draw(st.none() | st.sampled_from(words.published))
        first = f"{label} {printed}" if label else printed
        if label and draw(st.integers(0, 3)) == 0:
            first = f"{label.rstrip(':')}:\n{printed}"  # the label alone on its line
            layout.append("label on its own line")
        if flag(with_modified):
            later = (local.astimezone(UTC) + timedelta(minutes=draw(st.integers(1, 3 * 24 * 60)))).astimezone(
                ZoneInfo(DEFAULT_ZONES[code])
            )
            later = later.replace(fold=0)
            mod_label = draw(st.sampled_from(words.modified))
            same_day = later.date() == local.date() and published.tzinfo is local.tzinfo
            if same_day and draw(st.booleans()):
                mod_printed, modified = _time_only(code, later), later
                layout.append("time-only update")
            else:
                mod_printed, modified = draw(_stamp(code, later, layout))
            second = f"{mod_label} {mod_printed}"
            if draw(st.booleans()):
                date_lines.append(f"{first} {draw(st.sampled_from(('·', '|')))} {second}")
                layout.append("one date line")
            else:
                date_lines += [first, second]
        else:
            date_lines.append(first)
    header = [*date_lines, *header] if date_lines and _coin(draw) else [*header, *date_lines]

    reading: int | None = None
    if flag(with_reading_time):
        reading = draw(st.integers(1, 30))
        header.append(words.reading.format(n=reading))
        layout.append("reading time")

    photo_lines: list[str] = []
    photos: list[tuple[str | None, str | None]] = []
    if flag(with_photos):
        caption = draw(st.sampled_from(vocab.captions))
        credit = draw(st.sampled_from(vocab.agencies))
        if draw(st.booleans()):
            photographer = draw(
                st.builds("{} {}".format, st.sampled_from(vocab.given_names), st.sampled_from(vocab.surnames))
            )
            credit = f"{credit} / {photographer}"
        marker = draw(st.sampled_from(words.photo))
        style = draw(st.sampled_from(("inline", "own line", "parenthesised", "copyright", "credit first")))
        if style == "own line" and not _mostly_capitalised(credit):
            style = "inline"  # see the module docstring: a lower-case credit on its own line reads as a caption
        layout.append(f"photo {style}")
        if style == "inline":
            photo_lines.append(f"{caption}. {marker}: {credit}")
            photos.append((f"{caption}.", credit))
        elif style == "own line":
            photo_lines += [caption, f"{marker}: {credit}"]
            photos.append((caption, credit))
        elif style == "parenthesised":
            photo_lines.append(f"{caption} ({marker}: {credit})")
            photos.append((caption, credit))
        elif style == "copyright":
            photo_lines.append(f"{caption} © {credit}")
            photos.append((caption, credit))
        else:
            photo_lines.append(f"{marker.upper()}: {credit} — {caption}.")
            photos.append((f"{caption}.", credit))

    prose = st.lists(st.sampled_from(vocab.sentences), min_size=1, max_size=3).map(" ".join)
    lead = draw(st.lists(st.sampled_from(vocab.sentences), min_size=2, max_size=3).map(" ".join))
    paragraphs = [lead, *draw(st.lists(prose, min_size=1, max_size=3))]
    blank = "\n" if flag(compact) else "\n\n"
    if blank == "\n":
        layout.append("compact")
    blocks = ["\n".join([*top, headline]), "\n".join(header), "\n".join(photo_lines), blank.join(paragraphs)]
    text = blank.join(block for block in blocks if block) + "\n"
    return RawArticle(
        text=text,
        language=code,
        headline=headline,
        published=published,
        modified=modified,
        authors=tuple(authors),
        photos=tuple(photos),
        reading_time_minutes=reading,
        layout=tuple(layout),
    )


def expected_day(article: RawArticle) -> date | None:
    """The publication's local day, as the article prints it."""
    return article.published.date() if article.published else None
