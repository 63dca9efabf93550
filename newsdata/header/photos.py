"""Photo lines: a caption and the credit that a marker (Foto:, Photo:, ©, ...) introduces.

Credits are short (an agency, a photographer, 'Agency / Name'); a marker followed by a
long sentence introduces a caption without credit instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsdata import lang
from newsdata.document import PhotoDraft
from newsdata.header.names import is_news_agency
from newsdata.header.patterns import patterns
from newsdata.lang import alternation
from newsdata.text import find_words


@dataclass(frozen=True)
class _PhotoPatterns:
    parenthesised: re.Pattern[str]
    trailing: re.Pattern[str]
    copyright: re.Pattern[str]
    leading: re.Pattern[str]
    by_marker: re.Pattern[str]
    bare: re.Pattern[str]
    marker_words: frozenset[str]
    marker_stems: tuple[str, ...]  # the marker words no other marker word is part of ('foto', not 'fotograf')
    symbols: tuple[str, ...]


@cache
def _all_markers() -> tuple[str, ...]:
    """Every language's photo markers: templates mix languages ('Foto:' on an English site)."""
    return tuple(w for c in lang.available() for w in lang.get(c).words("header", "photo_credit"))


@cache
def _trailing_marker() -> re.Pattern[str]:
    """'... Rhodanor Chimie. Photo' left of a '©': the marker word closes no caption."""
    words = _all_markers()
    return re.compile(rf"(?<=[.!?…])\s+(?:{alternation(words)})\s*:?$", re.IGNORECASE)


@cache
def _leading_marker() -> re.Pattern[str]:
    """A marker and its colon or brackets before a caption or credit, in any language:
    '[Foto] ...', 'Image : « ... »', 'courtesy: Sahyadri Cells'."""
    words = _all_markers()
    return re.compile(
        rf"^(?:[\(\[](?:{alternation(words)})[\)\]]\s*|(?:{alternation(words)}){_NUMBER}\s*:\s*)+", re.IGNORECASE
    )


_NUMBER = r"(?:[\s_]?\d{1,2})?"  # 'Bild 1:', 'ILLUSTRATION_2:': the photo's number in a gallery or an export


@cache
def _photo_patterns(code: str) -> _PhotoPatterns:
    marker = patterns(code).photo_marker
    by = alternation(lang.get_or_fallback(code).words("header", "byline") + lang.get("en").words("header", "byline"))
    marker_words = frozenset(
        w.casefold().split()[0] for w in _all_markers()
    )
    symbols = "|".join(re.escape(s) for s in lang.common()["photo_credit_symbols"])
    return _PhotoPatterns(
        # 'Caption. (Photo: AP/Name)', '(Foto Ansa)', '(Photo)'
        parenthesised=re.compile(
            rf"^(?P<caption>.*?)\s*[\(\[]\s*(?:{marker})(?![^\W\d_])\s*[:.\-]?\s*(?P<credit>[^()\[\]]*)[\)\]]\s*\.?$",
            re.IGNORECASE,
        ),
        # 'Caption. Foto: Agency / Name', 'Caption | Sursa foto: X'
        trailing=re.compile(
            rf"^(?P<caption>.*?)(?:^|(?<=[.!?…\"”»)])\s+|\s+[|/–—-]\s+|\s+(?=[A-ZÀ-Þ]))(?i:{marker})"
            rf"\s*(?::|\s(?i:{by})\s)\s*(?P<credit>.+?)\s*$",
        ),
        # 'Caption © Name' or '© Name'
        copyright=re.compile(rf"^(?P<caption>.*?)\s*(?:{symbols})\s*(?P<credit>[^©]+?)\s*$"),
        # 'FOTO: Agency' on its own line, or 'Photo: a caption sentence.'
        leading=re.compile(
            rf"^(?:(?:{marker}){_NUMBER}\s*(?:[:\-–]|(?={symbols}))\s*(?:{symbols})?|(?:{symbols}))\s*(?P<rest>.+)$",
            re.IGNORECASE,
        ),
        by_marker=re.compile(rf"^(?:{marker})\s+(?:{by})\s+(?P<credit>[^\W\d_].*)$", re.IGNORECASE),
        # a lone marker line: 'Foto' / 'Photo' (credit and caption elsewhere or none)
        bare=re.compile(rf"^[\(\[]?(?:{marker})[\)\]]?$", re.IGNORECASE),
        # cheap test first: most lines name no marker at all
        marker_words=marker_words,
        marker_stems=tuple(sorted(w for w in marker_words if not any(v != w and v in w for v in marker_words))),
        symbols=tuple(lang.common()["photo_credit_symbols"]),
    )


_QUOTED = re.compile(r"^[«“„\"]\s*(?P<inner>.+?)\s*[»”“\"]\.?$")


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip().strip("|–—-").strip()
    text = _leading_marker().sub("", text)
    text = text.rstrip(" ,;")
    if text.endswith(".") and not re.search(r"\b\w\.$", text):
        text = text[:-1].rstrip()
    return text or None


def clean_caption(text: str | None) -> str | None:
    """The caption alone: no '[Foto]' or 'Image :' before it, no quotation marks around it."""
    if text is None:
        return None
    text = text.strip().rstrip("|–—-/").strip()
    text = _leading_marker().sub("", text)
    text = _trailing_marker().sub("", text)
    quoted = _QUOTED.match(text)
    return (quoted["inner"] if quoted else text) or None


def looks_like_credit(text: str, *, strict: bool = False) -> bool:
    """Short, and not a sentence. ``strict`` (for a marker that could also open a caption)
    asks for mostly capitalised words too, as names and agencies are."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]  # not '«' of '« Le Monde »'
    if not 1 <= len(words) <= 9 or len(text) > 90:
        return False
    if re.search(r"[a-zà-ÿ]{3,}\.\s+[A-ZÀ-Þ]", text):  # a period after a word, then a new sentence
        return False
    if not strict or len(words) == 1:
        return True  # one word ('Bild: dpa', 'Foto: imago') is a credit whatever its case, never a caption
    capitalised = sum(w[0].isupper() or not w[0].isalpha() for w in words)
    return capitalised >= len(words) / 2 and len(words) <= 6


NAME_MAX_WORDS = 3


def _is_name_like(text: str) -> bool:
    """A photographer or an agency rather than a caption: a few capitalised words, no sentence."""
    words = text.strip().rstrip(".").split()
    return 0 < len(words) <= NAME_MAX_WORDS and all(w[:1].isupper() for w in words)


_CREDIT_THEN_CAPTION = re.compile(r"\s+[—–|]\s+|\s+-\s+(?=[A-ZÀ-Þ])")


def _credit_name(credit: str | None, code: str) -> str | None:
    """'di Efisio Carta', 'by Ana Pop' -> the name: a byline word is not part of a credit."""
    if credit is None:
        return None
    m = patterns(code).byline.match(credit)
    return _clean(m["names"]) if m and m["names"][:1].isupper() else credit


_UNMARKED = re.compile(r"^(?P<caption>[^()]{20,400}[.!?])\s+\((?P<credit>[^()]{3,80})\)$")
_CREDIT_PARTS = re.compile(r"\s*/\s*|\s+for\s+|:\s+")
CREDIT_PART_MAX_WORDS = 5


def _unmarked(line: str) -> PhotoDraft | None:
    """'Caption sentence. (Dana Reinholt/The Ledger)', '... (Lou Brandt for The Ledger)':
    a credit in brackets after the caption's full stop, with no marker. The brackets must
    hold a photographer's credit's shape (a name and an outlet, apart by '/', 'for' or ':'),
    as a sentence's aside ('(in 2019)') does not."""
    if not line.endswith(")"):
        return None
    m = _UNMARKED.match(line)
    if m is None:
        return None
    credit = m["credit"].strip()
    parts = [part for part in _CREDIT_PARTS.split(credit) if part]
    if len(parts) < 2 or not all(_credit_part(part) for part in parts):
        return None
    return PhotoDraft(m["caption"].strip(), credit)


def _credit_part(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= CREDIT_PART_MAX_WORDS and words[0][:1].isupper() and words[-1][:1].isupper()


@cache
def _source_markers() -> frozenset[str]:
    return frozenset(lang.common()["text_source_markers"])


def _text_source(line: str) -> bool:
    """'Source : AFP': the agency a story comes from, under its date."""
    marker, colon, rest = line.partition(":")
    return bool(colon) and marker.strip().casefold() in _source_markers() and is_news_agency(rest)


def match_photo_line(line: str, code: str) -> PhotoDraft | None:
    """The caption and credit in one line, or None when the line is not a photo line."""
    pp = _photo_patterns(code)
    if not _mentions_marker(line, pp):
        return _unmarked(line)
    if _text_source(line):
        return None
    m = pp.parenthesised.match(line)
    if m:
        credit = _clean(m["credit"])
        if credit is None or looks_like_credit(credit):
            return PhotoDraft(clean_caption(m["caption"]), _credit_name(credit, code))
    m = pp.by_marker.match(line)  # 'Foto di Salvo Rossi', 'Photo by Ana Pop'
    if m and looks_like_credit(_clean(m["credit"]) or "", strict=True):
        return PhotoDraft(None, _clean(m["credit"]))
    m = pp.leading.match(line)
    if m and not re.match(r"\d{4}\b", m["rest"].strip()):  # '© 2026 Example Media': a rights notice
        rest = m["rest"].strip()
        # 'FOTO: Agency / Name — Caption', 'Image: Name | Caption'
        parts = _CREDIT_THEN_CAPTION.split(rest, maxsplit=1)
        # ... unless what follows is a name too: 'Bild: picture alliance/dpa | Max Eberle'
        if len(parts) == 2 and looks_like_credit(_clean(parts[0]) or "") and not _is_name_like(parts[1]):
            return PhotoDraft(clean_caption(parts[1]), _credit_name(_clean(parts[0]), code))
        if looks_like_credit(_clean(rest) or "", strict=True):
            return PhotoDraft(None, _credit_name(_clean(rest), code))
        # 'Bild 1: Caption. (Agency/Name)', 'ILLUSTRATION_1: Caption. || CRÉDIT: Name'
        inner = pp.trailing.match(rest)
        if inner and inner["caption"].strip() and looks_like_credit(_clean(inner["credit"]) or ""):
            return PhotoDraft(clean_caption(inner["caption"]), _credit_name(_clean(inner["credit"]), code))
        return _unmarked(rest) or PhotoDraft(clean_caption(rest), None)
    m = pp.trailing.match(line)
    if m and m["caption"].strip() and looks_like_credit(_clean(m["credit"]) or ""):
        return PhotoDraft(clean_caption(m["caption"]), _credit_name(_clean(m["credit"]), code))
    m = pp.copyright.match(line)
    if m and looks_like_credit(_clean(m["credit"]) or "") and not re.match(r"\d{4}\b", m["credit"].strip()):
        return PhotoDraft(clean_caption(m["caption"]), _clean(m["credit"]))
    if pp.bare.match(line):
        return PhotoDraft(None, None)
    if line.isupper():  # 'PHOTO MARIE LAROCHE, LE REFLET': a credit line in capitals needs no colon
        first, _, rest = line.partition(" ")
        if first.casefold() in pp.marker_words and rest and looks_like_credit(rest):
            return PhotoDraft(None, rest.strip())
    return None


_WORD = re.compile(r"[^\W\d_]+")


def _mentions_marker(line: str, pp: _PhotoPatterns) -> bool:
    for symbol in pp.symbols:  # a loop, not any(<generator>): mypyc compiles it to plain C
        if symbol in line:
            return True
    folded = line.casefold()
    # every line of the text is asked: a substring test per marker stem rules out most lines
    # before the line is split into words (a marker word of the line contains a stem)
    for stem in pp.marker_stems:
        if stem in folded:
            return not pp.marker_words.isdisjoint(find_words(_WORD, folded))
    return False


def has_photo_marker(line: str, code: str) -> bool:
    return _mentions_marker(line, _photo_patterns(code))
