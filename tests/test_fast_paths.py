"""The parser's shortcuts give what the regexes they stand in for give.

For speed, several steps skip a regex where its answer is known: plain words become tokens
without the token regex, word lists and word starts are read run by run, dates are matched
only where a date can start, word lists are tries. Each property below compares the
shortcut with the plain regex on text built from the pieces that make the cases differ
(apostrophes, hyphens, initials, digits, odd spacing, case pairs the regex module equates).
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdata import text as text_module
from newsdata.dates import _digit_runs, _matches_at, _month_first_starts, grammar
from newsdata.lang import alternation
from newsdata.pipeline.segment import normalise
from newsdata.text import find_words, word_starts

PIECES = [
    *"aAbZ19 .,;:'’-‐_()\"»«„“”×…!?/[]\t\n",
    *["é", "Ș", "ß", "²", "½", "\u0301", "\u00a0", "\u200b", "\r", "\x0c", "  "],
    *["dell", "l", "Qu", "U", "S", "s", "Dr", "Radu", "Lozac", "h", "x"],
]
DATE_PIECES = [*"0123456789 .:/-,", "12", "2025", "März", "March", "Sept", "juli", "martie", "am", "pm", "Uhr", "T"]
texts = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
date_texts = st.lists(st.sampled_from(DATE_PIECES), max_size=16).map("".join)
FAST = settings(max_examples=300, deadline=None)


def _regex_tokens(text: str) -> list[tuple[str, int, int, str, str]]:
    tokens: list[text_module.Token] = []
    text_module._match_tokens(text, 0, len(text), tokens)
    if "'" in text or "’" in text:
        tokens = text_module._join_inner_apostrophes(text, tokens)
    return [(t.text, t.start, t.end, t.kind, t.folded) for t in tokens]


@FAST
@given(texts)
@example("ab×. (U.S.) Radu's l'équipe dell'Ateneo Lozac'h 3rd x_y „Nu.” A. Aix-en-Provence s-au")
def test_tokens_are_the_token_regexs(text: str) -> None:
    fast = [(t.text, t.start, t.end, t.kind, t.folded) for t in text_module._all_tokens.__wrapped__(text)]
    assert fast == _regex_tokens(text)


@FAST
@given(texts)
@example("(word, word.) a²b 12ab ab-cd l'homme x_y")
def test_word_lists_and_starts_are_the_word_regexs(text: str) -> None:
    letters = re.compile(r"[^\W\d_]+")
    joined = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
    assert find_words(letters, text) == letters.findall(text)
    assert find_words(joined, text) == joined.findall(text)
    assert word_starts(text) == [m.start() for m in letters.finditer(text)]


@FAST
@given(date_texts, st.sampled_from(["de", "en", "fr", "ro"]))
@example("Publicat: 12.03.2025, 14:05 | March 3, 2025 9.30 Uhr Sept. 12 2025-03-12T08:00Z", "de")
def test_dates_and_times_are_found_where_finditer_finds_them(text: str, code: str) -> None:
    g = grammar(code)
    runs = _digit_runs(text)
    starts = sorted({*runs, *_month_first_starts(text, runs)})

    def spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str | None]]:
        return [(m.start(), m.end(), m.lastgroup) for m in matches]

    assert spans(_matches_at(g.dates, text, starts)) == spans(list(g.dates.finditer(text)))
    assert spans(_matches_at(g.times, text, runs)) == spans(list(g.times.finditer(text)))


WORDS = ["mis", "mis à jour", "said", "says", "told", "told reporters", "a declarat", "a spus", "Sagte", "sagte er"]


@FAST
@given(st.lists(st.sampled_from(WORDS), min_size=1, unique=True), st.lists(st.sampled_from([*WORDS, " ", "x", "S"])))
def test_an_alternation_matches_what_the_flat_list_matches(words: list[str], parts: list[str]) -> None:
    flat = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    haystack = "".join(parts)
    for flags in (0, re.IGNORECASE):
        trie = re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", flags)
        plain = re.compile(rf"(?<!\w)(?:{flat})(?!\w)", flags)
        assert [m.span() for m in trie.finditer(haystack)] == [m.span() for m in plain.finditer(haystack)]


def test_alternation_keeps_the_flat_list_where_two_branches_match_one_letter() -> None:
    assert alternation(["Kelvin", "\u212aelvin"]) == "Kelvin|\u212aelvin"  # the Kelvin sign is 'k' ignoring case
    assert alternation(["said", "says"]).startswith("(?=[s])")


@FAST
@given(texts)
def test_normalise_is_the_plain_sequence_of_replacements(text: str) -> None:
    import unicodedata

    plain = unicodedata.normalize("NFC", text)
    plain = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", plain)
    plain = plain.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    plain = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", plain)
    plain = re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", plain)
    assert normalise(text) == "\n".join(line.strip() for line in plain.split("\n"))
