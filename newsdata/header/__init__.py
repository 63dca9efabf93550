"""Header stage: headline, timestamps, byline, reading time and photos.

The header is the run of lines from the top of the text to the last metadata line
before the article's prose starts. Scraper noise before the headline is skipped, a
section kicker above the headline is dropped, and photo lines are collected from the
whole text, since second photos sit in the body.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from functools import cache

from newsdata import gazetteer, lang, zones
from newsdata.boilerplate import is_boilerplate, is_breadcrumb, is_noise, is_rights_notice, is_spaced_row, is_trailer
from newsdata.dates import Stamp, find_stamps
from newsdata.document import Document, Header, Line, PhotoDraft
from newsdata.header.dateline import StoryPlace, dateline, story_place
from newsdata.header.fields import export_field, is_field_label, is_field_line, is_program_field
from newsdata.header.lines import LineInfo, classify, metadata_line, split_prefix
from newsdata.header.names import is_news_agency, looks_like_name, name_with_role, split_names
from newsdata.header.patterns import HeaderPatterns, patterns
from newsdata.header.photos import clean_caption, has_photo_marker, match_photo_line
from newsdata.lang import alternation
from newsdata.text import strip_accents

# How far down the text a header can reach, in lines, and how many prose lines end it.
HEADER_WINDOW = 16
PROSE_LINES_ENDING_HEADER = 2
# Before the headline is known, a long headline and a standfirst under it read as prose
# too: the byline after them ('Por Nicolás Ferreyra') is still header.
PROSE_LINES_BEFORE_BODY = 3
DATELINE_PARAGRAPHS = 2
CONTEXT_PARAGRAPHS = 4  # whose places tell which 'Valencia' a dateline means
PROSE_MIN_WORDS = 14


def _words(text: str) -> int:
    return len(text.split())


def _is_prose(text: str) -> bool:
    return _words(text) >= PROSE_MIN_WORDS


def _language_code(doc: Document) -> str:
    return lang.get_or_fallback(doc.language).code


HEADLINE_MAX_WORDS = 40
LABEL_MAX_WORDS = 5
_LABEL_SEPARATOR = re.compile(r"\s[|·•/>›»]\s")


def is_label(text: str) -> bool:
    """A section label above the headline: 'WORLD', 'Wales | Cardiff', 'Pamplona · Sanfermines 2025'."""
    words = _words(text)
    if words > LABEL_MAX_WORDS or re.search(r"[.!?:;,]$", text):
        return False
    return bool(_LABEL_SEPARATOR.search(text)) or (text.isupper() and words <= 4)


NAV_MIN_ITEMS = 3
NAV_ITEM_MAX_WORDS = 3


def is_navigation(text: str) -> bool:
    """A site's menu row above the headline: 'Home | UK | World | Politics | Climate'."""
    items = _LABEL_SEPARATOR.split(text)  # the separators section labels use
    return (
        len(items) >= NAV_MIN_ITEMS
        and all(0 < _words(item) <= NAV_ITEM_MAX_WORDS for item in items)
        and not any(ch.isdigit() for ch in text)
    )


@cache
def _headline_label() -> re.Pattern[str]:
    """'Titre : ...', 'Titolo: ...': a label an export prints before the headline, in any language."""
    labels = [w for c in lang.available() for w in lang.get(c).words("header", "headline_labels")]
    labels += [strip_accents(w) for w in labels]  # an export's field names are often ASCII: 'TITULO'
    return re.compile(rf"^(?:{alternation(labels)})\s*:\s*(?=\S)", re.IGNORECASE)


EXPORT_MIN_FIELDS = 3  # named fields in the header: a scraper's or an archive's record
KICKER_MAX_WORDS = 4
HEADLINE_OVER_KICKER_MIN_WORDS = 6


def is_kicker(text: str, following: str) -> bool:
    """A few words over a headline: 'Bahnchaos in München', 'Polizei & Justiz', an outlet's
    name. The line under it is a headline, not a standfirst: longer, and not a sentence
    that ends with a full stop (a short headline's standfirst does)."""
    words = _words(text)
    return (
        _kicker_shaped(text)
        and _words(following) >= max(HEADLINE_OVER_KICKER_MIN_WORDS, 2 * words)
        and not following.endswith(".")
        and _words(following) <= HEADLINE_MAX_WORDS
    )


def _kicker_shaped(text: str) -> bool:
    return _words(text) <= KICKER_MAX_WORDS and not text.endswith((".", "!", "?", ":"))


def _record_lines(lines: tuple[Line, ...], window: int, photo_of: list[PhotoDraft | None]) -> set[int]:
    """The short field lines of an export's record, down to its text: its metadata, never
    the article's ('EDITION: Online', 'TEXTE:'). A photo's field is the photo's, and a
    field of prose ('SOMMARIO: ...', a standfirst) tells the story."""
    found: set[int] = set()
    for i in range(window):
        text = lines[i].text
        if _is_prose(text) and not is_field_line(text):
            break
        if (is_field_line(text) or is_field_label(text)) and photo_of[i] is None and not _is_prose(text):
            found.add(i)
    return found


def _export_record(lines: tuple[Line, ...], window: int) -> bool:
    """Do fields named as programs name them head the text? Counted above the first
    paragraph of prose that is not a field, so an interview's 'Frage: ...' lines, or a
    site's 'Author:' and 'Posted:' labels, do not make one."""
    fields = 0
    for i in range(window):
        text = lines[i].text
        if is_program_field(text):
            fields += 1
            if fields >= EXPORT_MIN_FIELDS:
                return True
        elif _is_prose(text):
            return False
    return False


def _above_breadcrumb(lines: tuple[Line, ...], i: int, candidates: list[int], at: int) -> bool:
    """An outlet's name or its tagline: a line above a breadcrumb ('Inicio / Antioquia /
    Oriente') that comes before the prose, with a line of text under it, since a page's
    trail leads to its headline."""
    later = candidates[at + 1 :]
    prose = next((k for k in later if _is_prose(lines[k].text)), len(lines))
    return bool(later) and any(is_breadcrumb(lines[k].text) and later[-1] > k for k in range(i + 1, prose))


def _find_headline(
    lines: tuple[Line, ...], infos: list[LineInfo], metadata: dict[str, str], *, in_record: bool
) -> tuple[int, str]:
    """Index and text of the headline: the first line that is neither noise, metadata, a
    label nor a kicker."""
    candidates = [i for i, info in enumerate(infos) if info.kind == "text"]
    if not candidates:
        return -1, metadata.get("title", metadata.get("headline", ""))
    if in_record:
        # an export's record ('ID_NOTA: ...', 'MEDIO: ...', 'TITULO: ...'): its headline is
        # the field named so, and no other field is a headline
        for i in candidates:
            labelled = _headline_label().match(lines[i].text)
            if labelled and is_field_line(lines[i].text):
                return i, lines[i].text[labelled.end() :]
        candidates = [i for i in candidates if not is_field_line(lines[i].text)] or candidates
    for at, i in enumerate(candidates):
        text, prefix = split_prefix(lines[i].text)
        # 'Société' over 'Logement' over the headline: kickers may stack
        later = (lines[k].text for k in candidates[at + 1 :])
        following = next((t for t in later if not _kicker_shaped(t)), "")
        above_the_story = is_label(text) or is_navigation(text) or _above_breadcrumb(lines, i, candidates, at)
        if (
            (above_the_story and i != candidates[-1])
            or _words(text) > HEADLINE_MAX_WORDS
            or is_kicker(text, following)
        ):
            continue
        metadata.update({k: v for k, v in prefix.items() if k not in metadata})
        return i, _headline_label().sub("", text)
    first = candidates[0]
    return first, split_prefix(lines[first].text)[0]


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _first_year(lines: tuple[Line, ...]) -> int | None:
    """A year printed near the top, for dates printed without one ('14 novembre à 07h42')."""
    for line in lines:
        m = _YEAR.search(line.text)
        if m:
            return int(m.group())
    return None


FULL_NAME_MAX_PARTICLES = 2  # 'Itzel Ramírez de la Cruz'


def _is_full_name(text: str, p: HeaderPatterns) -> bool:
    words = text.split()
    named = [w for w in words if w.casefold() not in p.particles]
    return (
        2 <= len(named) <= 4
        and len(words) - len(named) <= FULL_NAME_MAX_PARTICLES
        and looks_like_name(text, p, max_tokens=4 + FULL_NAME_MAX_PARTICLES)
    )


COMMON_WORD_RANK = 10000


def _common_phrase(text: str, code: str) -> bool:
    """'Weitere Meldungen', 'Mehr Nachrichten': capitalised, but every word is among the
    language's most frequent and none is a given name."""
    ranks = lang.common_words(code)
    words = text.split()
    return all(ranks.get(w.casefold(), COMMON_WORD_RANK) < COMMON_WORD_RANK for w in words) and not any(
        gazetteer.is_given_name(w) for w in words
    )


def _not_a_name(text: str, code: str) -> bool:
    """Short capitalised lines in a header that name no one: 'Weitere Meldungen', a place,
    an outlet ('Le Quotidien de Montréal', 'The Evening Ledger'), a desk ('Redazione ANSA')."""
    first = text.split()[0].casefold()
    language = lang.get_or_fallback(code)
    return (
        _common_phrase(text, code)
        or bool(gazetteer.places(text))
        or first in language.body("articles")
        or first in language.words("header", "desks")
    )


def _bare_byline(text: str, p: HeaderPatterns, code: str) -> list[str]:
    """A header line that is only names: 'Ana Lopes', 'Dario Köppel, Annina Frei', a name
    and a role ('Ana Lopes, reporter'), or a name and a desk ('Sorina Bălan | Redactor Justiție')."""
    if is_news_agency(text):
        return [text.strip()]  # wire copy signed by its agency
    if _is_full_name(text, p):
        return [] if _not_a_name(text, code) else [text]
    with_role = name_with_role(text, p) or name_with_role(text.replace(" | ", ", ", 1), p)
    if with_role:
        return [with_role]
    # 'Itzel Ramírez y Omar Villaseñor | Metrópoli Noticias': the outlet after the names
    names = text.split(" | ", 1)[0]
    parts = [part.strip() for part in p.conjunctions.split(names) if part.strip()]
    if len(parts) >= 2 and all(_is_full_name(part, p) for part in parts):
        return parts
    return []


def _byline_under(
    lines: tuple[Line, ...],
    infos: list[LineInfo],
    photo_of: list[PhotoDraft | None],
    at: int,
    window: int,
    p: HeaderPatterns,
    code: str,
) -> tuple[list[str], int] | None:
    """The names on the line ``at``, right under the header's metadata, and how many lines
    they take: two with a role line under them ('Business Correspondent')."""
    if at >= window or infos[at].kind != "text" or photo_of[at] is not None or _is_prose(lines[at].text):
        return None
    names = _bare_byline(lines[at].text, p, code)
    if not names:
        return None
    below = at + 1
    role_line = below < window and infos[below].kind == "text" and _is_role_line(lines[below].text, p)
    return names, 2 if role_line else 1


def _is_role_line(text: str, p: HeaderPatterns) -> bool:
    """'Business Correspondent', 'Senior Reporter': a few words, one of them an author's role."""
    words = text.split()
    return 0 < len(words) <= MAX_ROLE_LINE_WORDS and any(w.casefold().strip(".,") in p.roles for w in words)


MAX_ROLE_LINE_WORDS = 4


def _resolve(
    stamp: Stamp, day: date | None, doc: Document, code: str, territory: str | None, story: StoryPlace | None
) -> datetime | None:
    day = stamp.day or day
    if day is None:
        return None
    zone = zones.zone_from_token(stamp.zone, story.country if story else territory) if stamp.zone else None
    if zone is None or zones.is_universal(stamp.zone):
        # a machine stamp in UTC ('2026-08-03T04:30:00Z') is shown in the outlet's local time
        instant = zones.localize(day, stamp.clock, zone) if zone is not None else None
        if story is not None and territory is None and doc.timezone is None:
            zone = story.zone  # the place the story is told from, over the language's default
        else:
            zone = zones.outlet_zone(code, territory, doc.timezone)
        if instant is not None:
            return instant.astimezone(zone)
    return zones.localize(day, stamp.clock, zone)


def _story_place(
    lines: tuple[Line, ...],
    infos: list[LineInfo],
    consumed: set[int],
    headline_index: int,
    body_start: int,
    code: str,
) -> StoryPlace | None:
    """The place named on a dateline: a date line of the header ('Pune | Updated: ...',
    'Sevilla - 21 ene 2026'), the first paragraph's opening ('MINNEAPOLIS —'), else the
    headline. The names on a byline are passed over, as people are named after towns
    ('Thornton'), but not the place printed after them ('Por Ana Ruiz | Ciudad de México')."""
    short = [
        lines[i].text
        for i in range(headline_index + 1, body_start)
        if infos[i].stamps and not infos[i].authors and not _is_prose(lines[i].text)
    ]
    short += [
        rest
        for i in range(headline_index + 1, body_start)
        if infos[i].authors and (rest := _after_names(lines[i].text, infos[i].authors))
    ]
    # the first paragraphs, without the photo lines: a caption names where the photo was taken
    paragraphs = [
        lines[i].text for i in range(body_start, len(lines)) if i not in consumed and _is_prose(lines[i].text)
    ]
    datelines = [dateline(text) for text in paragraphs[:DATELINE_PARAGRAPHS]]
    headline = [lines[headline_index].text] if headline_index >= 0 else []
    # section labels and breadcrumbs, the nearest the headline first: 'Lorient' over the
    # headline tells more than the outlet's masthead at the top ('OUEST LITTORAL')
    kickers = [lines[i].text for i in reversed(range(max(headline_index, 0)))]
    # last, the lead paragraph: a story told from Buenos Aires names it there, with no dateline
    lead = paragraphs[:1]
    return story_place([*short, *datelines, *headline, *kickers, *lead], code, context=paragraphs[:CONTEXT_PARAGRAPHS])


def _after_names(text: str, authors: tuple[str, ...] | list[str]) -> str:
    """What a byline prints after its last name: an affiliation or the reporter's town."""
    end = max((text.rfind(name) + len(name) for name in authors if name in text), default=-1)
    return text[end:].strip(" |,;()—–-") if end >= 0 else ""


def _joined(stamps: list[tuple[Stamp, str | None]]) -> list[tuple[Stamp, str | None]]:
    """'27 ottobre 2025' over '14:22': a date without a time and the time alone after it are
    one stamp. 'Publié à 18:40', 'Modifié à 19:05' over '12 janvier 2026': a date alone
    after times alone is the day of each."""
    out: list[tuple[Stamp, str | None]] = []
    for stamp, label in stamps:
        timeless = stamp.day is not None and stamp.clock is None and label is None
        if timeless and out and all(s.day is None and s.clock is not None for s, _l in out):
            out = [(replace(s, day=stamp.day), lab) for s, lab in out]
            continue
        if out and stamp.day is None and stamp.clock is not None and label in (None, out[-1][1]):
            last, last_label = out[-1]
            if last.day is not None and last.clock is None:
                out[-1] = (replace(last, clock=stamp.clock, zone=last.zone or stamp.zone), last_label)
                continue
        out.append((stamp, label))
    return out


def _assign(stamps: list[tuple[Stamp, str | None]]) -> tuple[Stamp | None, Stamp | None]:
    published = next((s for s, label in stamps if label == "published"), None)
    modified = next((s for s, label in stamps if label == "modified"), None)
    unlabelled = [s for s, label in stamps if label is None]
    if published is None and unlabelled:
        published = unlabelled.pop(0)
    if published is None and modified is not None and len(stamps) == 1:
        published, modified = modified, None  # 'Stand: 22.07.2025 14:05 Uhr' alone dates the article
    if modified is None and unlabelled and published is not None:
        modified = unlabelled.pop(0)
    return published, modified


def parse_header(doc: Document) -> Document:
    code = _language_code(doc)
    lines = doc.lines
    window = min(len(lines), HEADER_WINDOW)
    metadata: dict[str, str] = {}

    # first pass over the window: what each line carries
    infos: list[LineInfo] = []
    pending: str | None = None
    default_year = _first_year(lines[:window])
    prose_seen = 0
    for i in range(window):
        text = lines[i].text
        if prose_seen >= PROSE_LINES_BEFORE_BODY:
            infos.append(LineInfo(kind="text", rest=text))
            continue
        if is_spaced_row(lines[i].cells):
            infos.append(LineInfo(kind="noise"))
            continue
        info = classify(text, code, default_year=default_year, pending=pending)
        pending = info.pending_label
        metadata.update(info.metadata)
        if info.kind == "text" and _is_prose(text) and not has_photo_marker(text, code):
            prose_seen += 1
        infos.append(info)

    photo_of = [match_photo_line(line.text, code) for line in lines]
    in_record = _export_record(lines, window)  # an export's record of named fields
    headline_index, headline = _find_headline(lines, infos, metadata, in_record=in_record)
    consumed: set[int] = {i for i, info in enumerate(infos) if info.kind == "noise" and i < max(headline_index, 0)}
    if headline_index >= 0:
        consumed.add(headline_index)
        consumed |= set(range(headline_index))  # kicker and noise above the headline

    # the header ends at the last metadata line before the prose
    last_meta = headline_index
    prose_seen = 0
    for i in range(headline_index + 1, window):
        info = infos[i]
        if info.kind == "meta":
            last_meta = i
        elif info.kind == "text" and _is_prose(lines[i].text) and photo_of[i] is None:
            prose_seen += 1
            if prose_seen >= PROSE_LINES_ENDING_HEADER:
                break
    p = patterns(code)
    authors: list[str] = []
    stamps: list[tuple[Stamp, str | None]] = []
    reading_time: int | None = None
    for i in range(0, last_meta + 1):
        info = infos[i]
        if info.kind == "meta":
            consumed.add(i)
            stamps.extend(info.stamps)
            authors.extend(a for a in info.authors if a not in authors)
            if reading_time is None:
                reading_time = info.reading_time
        elif info.kind == "text" and i > headline_index and photo_of[i] is None:
            names = _bare_byline(lines[i].text, p, code)  # a byline without a 'By'
            if names:
                authors.extend(n for n in names if n not in authors)
                consumed.add(i)
        elif info.kind == "noise":
            consumed.add(i)
    if not authors and headline_index >= 0:
        # 'Thu Jul 3 2025 - 06:00' / 'Sinéad Ní Bhriain' / 'Business Correspondent': a
        # name under the last metadata line, and the desk or role printed under it
        at = max(last_meta, headline_index) + 1
        byline = _byline_under(lines, infos, photo_of, at, window, p, code)
        if byline is not None:
            names, lines_used = byline
            authors.extend(names)
            consumed |= set(range(at, at + lines_used))
            last_meta = at + lines_used - 1

    field_authors, field_photos, field_lines = _export_fields(lines, window, p, code, in_record=in_record)
    authors += [a for a in field_authors if a not in authors]
    if in_record:
        field_lines |= _record_lines(lines, window, photo_of)
    consumed |= field_lines
    if field_lines:
        last_meta = max(last_meta, max(field_lines))
    if not authors or not stamps:  # 'Articolo di X', 'Cagliari, 2 settembre 2025 - ore 18:20' under the text
        footer_authors, footer_stamps, footer_lines = _footer(lines, photo_of, code, p, default_year, last_meta)
        if not authors and footer_authors:
            authors, consumed = footer_authors, consumed | footer_lines
        if not stamps and footer_stamps:
            stamps, consumed = footer_stamps, consumed | footer_lines
    photos, photo_lines = _photos(lines, code, photo_of, headline_index, last_meta, consumed)
    photos = field_photos + photos
    consumed |= photo_lines
    header_end = max(last_meta, headline_index)
    if last_meta >= 0 and not any(i <= header_end + 2 for i in photo_lines):
        bare = _bare_caption(lines, header_end + 1, consumed)
        if bare is not None:
            photos.insert(0, bare[0])
            consumed |= bare[1]

    territory = doc.territory
    url = metadata.get("url") or metadata.get("canonical") or metadata.get("link")
    if territory is None and url:
        territory = zones.tld_territory(url)
    if not stamps and "date" in metadata:
        stamps = [(s, "published") for s in find_stamps(metadata["date"], code)]
    pub_stamp, mod_stamp = _assign(_joined(stamps))
    story = _story_place(lines, infos, consumed, headline_index, last_meta + 1, code) if stamps else None
    # 'Updated February 11 2026 - 2:37pm, first published 11:05am': a time printed alone
    # is on the day the other stamp prints
    other_day = mod_stamp.day if mod_stamp and pub_stamp and pub_stamp.day is None else None
    published = _resolve(pub_stamp, other_day, doc, code, territory, story) if pub_stamp else None
    day = published.date() if published else None
    modified = _resolve(mod_stamp, day, doc, code, territory, story) if mod_stamp else None
    header = Header(
        headline=headline,
        published=published,
        modified=modified,
        reading_time_minutes=reading_time,
        authors=tuple(authors),
        photos=tuple(photos),
        consumed=frozenset(consumed),
        body_start=last_meta + 1,
        url=url,
    )
    return replace(doc, header=header)


def _export_fields(
    lines: tuple[Line, ...], window: int, p: HeaderPatterns, code: str, *, in_record: bool
) -> tuple[list[str], list[PhotoDraft], set[int]]:
    """Authors and photos an export prints as named fields above the text ('byline: ...',
    'image_caption: ...', 'image_credit: © ...')."""
    authors: list[str] = []
    photos: list[PhotoDraft] = []
    used: set[int] = set()
    caption: str | None = None
    credit: str | None = None
    symbols = tuple(lang.common()["photo_credit_symbols"])
    for i in range(window):
        found = export_field(lines[i].text, in_record=in_record)
        if found is None:
            if _is_prose(lines[i].text) and not is_field_line(lines[i].text):
                break
            continue
        kind, value = found
        if kind == "byline":
            names = _bare_byline(value, p, code) or [
                n.strip() for n in p.conjunctions.split(value) if _is_full_name(n.strip(), p)
            ]
            authors += [n for n in names if n not in authors]
        elif kind == "caption":
            if caption is not None or credit is not None:
                photos.append(PhotoDraft(caption=caption, credit=credit))
                credit = None
            caption = value
        else:
            for symbol in symbols:
                value = value.removeprefix(symbol).strip()
            if credit is not None:
                photos.append(PhotoDraft(caption=caption, credit=credit))
                caption = None
            credit = value
        used.add(i)
    if caption is not None or credit is not None:
        photos.append(PhotoDraft(caption=caption, credit=credit))
    return authors, photos, used


FOOTER_LINES = 6


def _footer(
    lines: tuple[Line, ...],
    photo_of: list[PhotoDraft | None],
    code: str,
    p: HeaderPatterns,
    default_year: int | None,
    header_end: int,
) -> tuple[list[str], list[tuple[Stamp, str | None]], set[int]]:
    """A byline or dateline some outlets print under the text, above the rights notice,
    tags and share buttons: the last short lines, up to the last paragraph of prose."""
    authors: list[str] = []
    stamps: list[tuple[Stamp, str | None]] = []
    used: set[int] = set()
    seen = 0
    for i in range(len(lines) - 1, header_end, -1):
        text = lines[i].text
        if text.startswith("©"):
            continue  # a rights notice of any length: the byline may stand above it
        if seen >= FOOTER_LINES or _is_prose(text):
            break
        seen += 1
        if is_noise(text) or is_trailer(text) or photo_of[i] is not None:
            continue
        info = classify(text, code, default_year=default_year)
        if info.kind == "meta" and (info.authors or info.stamps):
            authors += [a for a in info.authors if a not in authors]
            stamps = info.stamps + stamps
            used.add(i)
        elif names := _bare_byline(text, p, code) or _bracketed_byline(text, p):
            authors = [n for n in names if n not in authors] + authors
            used.add(i)
    return authors, stamps, used


_BRACKETED = re.compile(r"\(([^()]{3,120})\)")


def _bracketed_byline(text: str, p: HeaderPatterns) -> list[str]:
    """'AGENCY (autor: Ana Pop, editor: Ion Rusu)': the byline a wire signature holds in
    brackets, among the desk's other credits, which name no author."""
    names: list[str] = []
    for inner in _BRACKETED.findall(text):
        for piece in inner.split(","):
            m = p.byline.match(piece.strip())
            if m:
                names += [n for n in split_names(m["names"], p) if n not in names]
    return names


CAPTION_MAX_WORDS = 18
ATTACHED_CAPTION_MAX_WORDS = 30  # printed against its credit line, a caption may run longer
_QUOTE_MARKS = re.compile(r"[\"“”„«»‚‘]")


# a credit printed after the caption without a marker: '... on Monday. (Carlos Mendez/Ledger)',
# '... (ABC News: Matt Corbett)', '... en octubre. LUIS OLMEDO (EFE)', '... de Granada. EFE/Miguel
# Ángel Molina', '... November 18. REUTERS/Pieter van Dijk/File Photo', '... octobre. | OUEST-EXPRESS
# / THOMAS BRÉHIER', '... JEAN-BAPTISTE ROUX / HANS LUCAS POUR « LE MONDE »', '... a Roma (ANSA)'
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w.'’-]*|[a-zß-ÿ]{1,3})"
_TRAILING_CREDIT = re.compile(
    r"(?:\s*\((?P<slashed>[^()]{2,60}(?:/|:\s)[^()]{2,60})\)"
    r"|\s+\|\s+(?P<piped>[^|]{2,60})"
    r"|(?<=[.!?])\s+(?P<capitals>[A-ZÀ-Þ][A-ZÀ-Þ'’.\-/«» ]{3,60}(?:\s*\([A-ZÀ-Þ]{2,10}\))?)"
    rf"|(?:(?<=[.!?])\s+|\s[-–—]\s+)(?P<agency>[A-ZÀ-Þa-z][A-Za-zÀ-ÿ]{{1,11}}\s?/\s?[A-ZÀ-Þ][\w.'’-]*(?:(?:\s|\s?/\s?){_NAME_WORD}){{0,5}})"
    r"|\s\((?P<single>[A-ZÀ-Þ][A-Za-zÀ-ÿ]{1,15})\))\s*$"
)
# a credit on its own line under the caption, in brackets: '(AP Photo/Teresa Lindqvist)', '(ISU)'
_CREDIT_LINE = re.compile(r"^\((?P<credit>[^()]{2,60})\)$")
# or as 'Agency / Name' against it: 'Keystone / Olivier Dubois'
_AGENCY_LINE = re.compile(
    rf"^(?P<credit>[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*)?\s?/\s?[A-ZÀ-Þ][\w.'’-]*(?:\s{_NAME_WORD}){{0,4}})$"
)


def _caption_and_credit(text: str) -> PhotoDraft:
    m = _TRAILING_CREDIT.search(text)
    if m is None:
        return PhotoDraft(caption=text, credit=None)
    credit = m["slashed"] or m["piped"] or m["capitals"] or m["agency"] or m["single"]
    return PhotoDraft(caption=text[: m.start()].strip(), credit=credit.strip())


_LIST_ITEM = re.compile(r"^[-–•*▪●]\s")


def _passed_over(lines: tuple[Line, ...], index: int) -> bool:
    """What stands between a header and its lead photo: share buttons, a cookie banner, a
    list of key points and its label."""
    text = lines[index].text
    if is_boilerplate(text, near_end=False) or _LIST_ITEM.match(text):
        return True
    return text.endswith(":") and index + 1 < len(lines) and _LIST_ITEM.match(lines[index + 1].text) is not None


def _bare_caption(lines: tuple[Line, ...], index: int, consumed: set[int]) -> tuple[PhotoDraft, set[int]] | None:
    """A photo caption printed with no credit marker, right under the header.

    It sits where outlets put the lead photo: after the last header line (and the share
    buttons or cookie banner a scraper kept) and before the first paragraph, set apart by
    blank lines, and is shorter than any paragraph; a credit printed against it (at its end,
    or bracketed on the next line) lets it run longer.
    """
    while index < len(lines) and (index in consumed or _passed_over(lines, index)):
        index += 1
    if index + 1 >= len(lines):
        return None
    line = lines[index]
    draft = _caption_and_credit(line.text)
    used = {index}
    after = index + 1
    credit_line = _CREDIT_LINE.match(lines[after].text) or _AGENCY_LINE.match(lines[after].text)
    if draft.credit is None and credit_line and not lines[after].blank_before:
        draft = PhotoDraft(caption=line.text, credit=credit_line["credit"].strip())
        used.add(after)
        after += 1
    if after >= len(lines):
        return None
    following = lines[after]
    limit = ATTACHED_CAPTION_MAX_WORDS if draft.credit else CAPTION_MAX_WORDS
    short = 3 <= _words(draft.caption or "") <= limit
    set_apart = line.blank_before and following.blank_before
    caption = draft.caption or ""
    looks_like_caption = not _QUOTE_MARKS.search(caption) and not caption.endswith((":", "?"))
    if short and set_apart and looks_like_caption and _is_prose(following.text):
        return draft, used
    return None


def _caption_beside(
    lines: tuple[Line, ...], i: int, headline_index: int, last_meta: int, taken: set[int], code: str
) -> int | None:
    """The caption of a credit printed on its own line: the line above it, else the one below;
    but the one printed against it first, when the other stands across a blank line."""
    above_attached = not lines[i].blank_before
    below_attached = i + 1 < len(lines) and not lines[i + 1].blank_before
    order: tuple[int, ...] = (i - 1, i + 1)
    if below_attached and not above_attached:
        order = (i + 1,)  # '(Photo courtesy: X)' over its caption, a share row across a blank line above
    for j in order:
        if j < 0 or j >= len(lines) or j in taken or j == headline_index:
            continue
        text = lines[j].text
        near_header = j <= max(last_meta, headline_index) + 3
        if is_boilerplate(text, near_end=False) or metadata_line(text) is not None or match_photo_line(text, code):
            continue
        if j == i - 1 and (near_header or _words(text) <= 25):
            return j
        limit = ATTACHED_CAPTION_MAX_WORDS if below_attached else CAPTION_MAX_WORDS
        caption_sized = _words(text) <= limit and not _QUOTE_MARKS.search(text)
        if j == i + 1 and (near_header or below_attached) and caption_sized:
            return j
    return None


_RIGHTS_SYMBOL = re.compile(r"^(?:©|\(c\))", re.IGNORECASE)


def _rights_symbol_only(text: str, code: str) -> bool:
    """'© Rheinische Abendzeitung 2026' under the text: a copyright sign with no photo word."""
    return _RIGHTS_SYMBOL.match(text) is not None and not has_photo_marker(_RIGHTS_SYMBOL.sub("", text), code)


def _photos(
    lines: tuple[Line, ...],
    code: str,
    photo_of: list[PhotoDraft | None],
    headline_index: int,
    last_meta: int,
    consumed: set[int],
) -> tuple[list[PhotoDraft], set[int]]:
    photos: list[PhotoDraft] = []
    used: set[int] = set()
    last_prose: int | None = None  # found when a copyright line asks for it: most texts have none
    for i in range(len(lines)):
        if i == headline_index or i in consumed:
            continue
        found = photo_of[i]
        if found is None or any(is_trailer(part) for part in (lines[i].text, found.credit, found.caption) if part):
            continue  # '© Tous droits réservés', 'Sursa: Agerpres': rights and sources, not photos
        rights_symbol = _rights_symbol_only(lines[i].text, code)
        if rights_symbol and last_prose is None:
            last_prose = max((k for k, line in enumerate(lines) if _is_prose(line.text)), default=len(lines))
        if is_rights_notice(lines[i].text) or (rights_symbol and last_prose is not None and i > last_prose):
            used.add(i)  # '© Outlet 2026. Alle Rechte vorbehalten', '© EDICIONES X S.L.' under the text
            continue
        caption, credit = found.caption, found.credit
        if caption is not None and credit is None:  # 'Foto: Un vecino observa ... este lunes. EFE/Name'
            split = _caption_and_credit(caption)
            caption, credit = split.caption, split.credit
        used.add(i)
        if caption is None:
            neighbour = _caption_beside(lines, i, headline_index, last_meta, consumed | used, code)
            if neighbour is not None and not is_rights_notice(lines[neighbour].text):
                caption = clean_caption(lines[neighbour].text)
                used.add(neighbour)
        if caption is None and credit is None:
            continue
        if caption is None and i > max(last_meta, headline_index) + 3:
            continue  # a credit alone in the body credits the text ('Sursa: Agerpres'), not a photo
        photos.append(PhotoDraft(caption=caption, credit=credit))
    return photos, used
