"""Speakers the text leaves unnamed: 'A woman who lives by the tracks said ... "I heard a
screech," she said.', 'Un pescatore, seduto sul molo, guarda il mare: «...»', '..., a spus un
vânzător'. An indefinite subject introduces someone the article does not name, so the quote
has no speaker, and the nearest named person before is not it. A spokesperson is the
exception: 'a spokesman for the port said' speaks for an organisation named with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsdata import gazetteer, lang
from newsdata.text import Token, tokenize

OPENING_WORDS = 8  # 'Entre los pasajeros afectados, una jubilada ...': a phrase before the subject
HEAD_WORDS = 3  # the article, an adjective or two, the noun: 'un giovane operaio', 'One EU diplomat'


@dataclass(frozen=True)
class _Words:
    indefinite: frozenset[str]
    definite: frozenset[str]
    spokespeople: frozenset[str]
    capitalises_nouns: bool  # German 'eine Rentnerin': a capital starts the noun, not a name
    statements: tuple[str, ...]  # 'communiqué', 'statement': a text that speaks, not a person


def _with_both_apostrophes(words: tuple[str, ...]) -> frozenset[str]:
    """'un'' and 'un’': the elided article as typed and as typeset."""
    folded = [w.casefold() for w in words]
    return frozenset(folded + [w.replace("'", "’") for w in folded])


def _words_and_elisions(tokens: list[Token]) -> list[Token]:
    """Word tokens, with the elided articles the tokenizer splits off ("un'operaia")."""
    return [t for t in tokens if t.kind in ("word", "elision")]


@cache
def _words(code: str) -> _Words:
    language = lang.get_or_fallback(code)
    return _Words(
        indefinite=_with_both_apostrophes(language.body("indefinite_articles")),
        definite=frozenset(w.casefold() for w in language.body("articles")),
        spokespeople=frozenset(w.casefold() for w in language.body("spokesperson_words")),
        capitalises_nouns=language.flag("capitalises_nouns"),
        statements=tuple(w.casefold() for w in language.body_map("event_cues").get("statement", ())),
    )


def _unnamed_at(tokens: list[Token], k: int, w: _Words) -> bool:
    """An indefinite article at ``k`` and a common noun after it, no spokesperson."""
    if k >= len(tokens) or tokens[k].folded not in w.indefinite:
        return False
    after = tokens[k + 1 : k + 1 + HEAD_WORDS]
    if not after:
        return False
    first = after[0].text
    if first[:1].isupper() and not first.isupper():
        # 'Un Bernard Dupont' is named; 'a Hillsboro resident' (a town's name before the
        # noun) and German 'eine Rentnerin' are not
        if gazetteer.is_given_name(first):
            return False
        if not w.capitalises_nouns and not any(t.text[:1].islower() for t in after[1:]):
            return False
    if after[0].folded.startswith(w.statements):
        return False  # 'selon un communiqué': the statement of someone the text names
    return not any(t.folded in w.spokespeople for t in after)


def opens_with_unnamed(text: str, start: int, end: int, code: str, pronouns: frozenset[str] = frozenset()) -> bool:
    """Does the stretch open with an indefinite subject, or with one after a short opening
    phrase and its comma? The phrase is not a subject of its own ('A spokeswoman for X, one
    of the utilities, ...') and names no one by a pronoun ('Selon lui, une baisse ...')."""
    w = _words(code)
    if not w.indefinite:
        return False
    tokens = tokenize(text, start, end)
    words = _words_and_elisions(tokens)
    if _unnamed_at(words, 0, w):
        return True
    comma = next((t for t in tokens if t.text == ","), None)
    if comma is None or not words:
        return False
    index = next((k for k, t in enumerate(words) if t.start > comma.start), len(words))
    opening = words[:index]
    if words[0].folded in w.indefinite or words[0].folded in w.definite or any(t.folded in pronouns for t in opening):
        return False
    return index <= OPENING_WORDS and _unnamed_at(words, index, w)


def unnamed_after(text: str, pos: int, end: int, code: str) -> bool:
    """'..., a spus un vânzător', '..., said a passenger': an indefinite subject right after the verb."""
    w = _words(code)
    words = _words_and_elisions(tokenize(text, pos, end))
    return bool(w.indefinite) and _unnamed_at(words, 0, w)


SPOKESPERSON_REACH = 3  # words from the sentence's start to the spokesperson: 'A senior spokeswoman'


def spokesperson_end(text: str, start: int, end: int, code: str) -> int | None:
    """Where 'A spokeswoman for', 'Ein Sprecher der' ends when the stretch opens with one:
    the organisation named next is the speaker."""
    w = _words(code)
    words = [t for t in tokenize(text, start, end) if t.kind == "word"]
    for t in words[:SPOKESPERSON_REACH]:
        if t.folded in w.spokespeople:
            return t.end
    return None
