"""Recognising what a site wraps around an article: scraper noise, teasers, ads, trailers.

Markers come from every language's data file at once, since templates mix languages
(an English 'Advertisement' on a Romanian site is common).
"""

from __future__ import annotations

import re
import string
from functools import cache

from newsdata import lang
from newsdata.lang import alternation
from newsdata.text import find_words

URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_BREADCRUMB = re.compile(r"\s(?:›|»|>|/|\\|→)\s")
_STRONG_BREADCRUMB = re.compile(r"\s?(?:›|»|>|→)\s")
SHARE_WIDGET_MAX_WORDS = 8
_WIDGET_ITEM_SEPARATOR = re.compile(r"\s[·|•]\s")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")


_FOLD_STRIP = string.punctuation + " …«»“”„\"'"


def _fold(text: str) -> str:
    return text.casefold().strip(_FOLD_STRIP)


@cache
def _noise_lines() -> frozenset[str]:
    words: set[str] = {_fold(w) for w in lang.common()["noise_lines"]}
    for code in lang.available():
        words |= {_fold(w) for w in lang.get(code).words("boilerplate", "ad_lines")}
        words |= {_fold(w) for w in lang.get(code).words("boilerplate", "noise_lines")}
    return frozenset(words)


_FENCE = re.compile(r"^\s*([-=*#~_+<>])\1{2,}(?:\s*|\s.{0,80}?\s)\1{3,}\s*$")


def is_noise(text: str) -> bool:
    folded = _fold(text)
    if not folded or folded in _noise_lines():
        return True
    if URL.match(text):
        return True
    if not _WORD.search(text):  # only digits and punctuation: a player's '00:00 / 03:12', not a date
        return _NUMERIC_DATE.search(text) is None
    if _FENCE.match(text):  # an export's separator: '--- body ---', '=== ARTICLE 48213 ==='
        return True
    if any(marker in folded for marker in lang.common()["noise_substrings"]):
        return True
    # a share widget: a few words (or a row of short buttons), one of them a network's name
    # (only a line that holds a name at all is split into words)
    if any(network in folded for network in _social_networks()):
        words = find_words(_WORD, folded)
        if not _social_networks().isdisjoint(words) and _is_widget(text, words):
            return not text.rstrip().endswith((".", "!", "?"))
    return is_breadcrumb(text) or is_button_row(text)


_SYMBOLS = re.compile(r"[^\w\s'’-]+")
SPACED_ROW_MIN_CELLS = 3
SPACED_CELL_MAX_WORDS = 3


def is_spaced_row(cells: tuple[str, ...]) -> bool:
    """A menu or a row of buttons copied from a page, its cells kept apart by wide gaps
    (``Line.cells``): 'Österreich   Wien   Wirtschaft   Chronik', 'Tout accepter
    Paramétrer    Continuer sans accepter', '☰ Menú     🔍 Buscar'. Three short cells or
    more without figures (a row of dates is not one), or cells that are each noise."""
    words = [cell for cell in (_SYMBOLS.sub(" ", c).strip() for c in cells) if cell]
    if len(words) < 2 or any(len(cell.split()) > SPACED_CELL_MAX_WORDS for cell in words):
        return False
    if len(words) >= SPACED_ROW_MIN_CELLS and not any(ch.isdigit() for cell in cells for ch in cell):
        return True
    return all(_fold(cell) in _noise_lines() or _fold(cell) in _share_buttons() for cell in words)


SHARE_ROW_MAX_WORDS = 16


def _is_widget(text: str, words: list[str]) -> bool:
    """Short, or a row of short buttons ('Partager sur Facebook · Partager sur X · Envoyer par
    e-mail'), or several networks named in a row ('Distribuie pe Facebook Trimite pe WhatsApp')."""
    if len(words) <= SHARE_WIDGET_MAX_WORDS:
        return True
    if len(words) <= SHARE_ROW_MAX_WORDS and len(_social_networks().intersection(words)) >= 2:
        return True
    items = _WIDGET_ITEM_SEPARATOR.split(text)
    return len(items) >= 2 and all(len(item.split()) <= 5 for item in items)


_BUTTON_SEPARATOR = re.compile(r"[|·•\[\]:]+|\s[-–—]\s|\(\d+\)|\d+")
BUTTON_PHRASE_MAX_WORDS = 4
BUTTON_ROW_MAX_WORDS = 16


@cache
def _share_buttons() -> frozenset[str]:
    return frozenset(_fold(w) for c in lang.available() for w in lang.get(c).words("boilerplate", "share_buttons"))


@cache
def _fillers() -> frozenset[str]:
    """Short words a button's label may hold ('Partager sur', 'Trimite pe', 'Share on')."""
    return frozenset(w for c in lang.available() for w in lang.get(c).stopwords if len(w) <= 3)


def is_button_row(text: str) -> bool:
    """A row of a site's tools, its spacing lost: 'Offrir l'article Lire plus tard Partager',
    'Kommentare (214) | Artikel teilen | Drucken', 'Distribuie pe Facebook Trimite pe WhatsApp'.
    Every word belongs to a button the language data names, a network or a short filler,
    and there are at least two buttons."""
    if any(ch.isdigit() for ch in _BUTTON_SEPARATOR.sub(" ", text.replace("(", " ").replace(")", " "))):
        return False
    tokens = _BUTTON_SEPARATOR.sub(" ", text.casefold()).split()
    if not tokens or len(tokens) > BUTTON_ROW_MAX_WORDS:
        return False
    buttons, at = 0, 0
    while at < len(tokens):
        for width in range(min(BUTTON_PHRASE_MAX_WORDS, len(tokens) - at), 0, -1):
            phrase = _fold(" ".join(tokens[at : at + width]))
            if phrase in _share_buttons() or (width == 1 and phrase in _social_networks()):
                buttons, at = buttons + 1, at + width
                break
        else:
            if _fold(tokens[at]) not in _fillers():
                return False
            at += 1
    return buttons >= 2


@cache
def _social_networks() -> frozenset[str]:
    return frozenset(lang.common()["social_networks"])


BREADCRUMB_MAX_WORDS = 12


def is_breadcrumb(text: str) -> bool:
    """'Home › Politics › Europe', 'Cultura > Patrimonio', 'Acasă / Actualitate / Timiș'."""
    if len(text.split(None, BREADCRUMB_MAX_WORDS)) > BREADCRUMB_MAX_WORDS:
        return False  # more words than that (checked first, and without splitting all of a paragraph)
    for pattern, least in ((_STRONG_BREADCRUMB, 2), (_BREADCRUMB, 3)):
        parts = pattern.split(text)
        if len(parts) >= least and all(0 < len(part.split()) <= 4 for part in parts):
            return True
    return False


@cache
def _boilerplate() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    prefixes: list[str] = []
    trailers: list[str] = []
    prompts: list[str] = []
    for code in lang.available():
        language = lang.get(code)
        prefixes += language.words("boilerplate", "teaser_prefixes")
        trailers += language.words("boilerplate", "trailer_prefixes")
        prompts += language.words("boilerplate", "subscription_prompts")
    teaser = re.compile(rf"^(?:{alternation(prefixes)})\s*(?:[:>»›|\-–—]|$)", re.IGNORECASE)
    trailer = re.compile(rf"^[(\[]?(?:©\s*)?(?:{alternation(trailers)})(?![^\W\d_])", re.IGNORECASE)
    prompt = re.compile(rf"^(?:{alternation(prompts)})(?![^\W\d_])", re.IGNORECASE)
    return teaser, trailer, prompt


PROMPT_MAX_WORDS = 15


def is_teaser(text: str) -> bool:
    """A link to another story, a news ticker or a call to subscribe: 'Lea también: ...',
    'ULTIMA ORĂ: ...', 'Abonnez-vous dès 1 € le premier mois'."""
    teaser, _trailer, prompt = _boilerplate()
    if teaser.match(text) is not None:
        return True
    return prompt.match(text) is not None and len(text.split()) <= PROMPT_MAX_WORDS


def is_trailer(text: str) -> bool:
    """A credit or rights line that closes an article ('Reporting by ...', '© Riproduzione riservata')."""
    return _boilerplate()[1].match(text) is not None and len(text.split()) <= 40


@cache
def _rights_phrases() -> tuple[str, ...]:
    return tuple(_fold(w) for c in lang.available() for w in lang.get(c).words("boilerplate", "rights_phrases"))


def is_rights_notice(text: str) -> bool:
    """'© Wiener Tagblatt 2025. Alle Rechte vorbehalten', 'Todos los derechos reservados':
    the outlet's rights over the page, which no photo credit states."""
    folded = text.casefold()
    return any(phrase in folded for phrase in _rights_phrases())


def is_boilerplate(text: str, *, near_end: bool) -> bool:
    if is_noise(text) or is_teaser(text):
        return True
    if near_end and is_trailer(text):
        return True
    # an agency signature closing the article: '(dpa)', '(AFP)', '/AGERPRES/'
    return near_end and re.fullmatch(r"[(\[/]\s*[\w .,/-]{2,30}\s*[)\]/]", text) is not None
