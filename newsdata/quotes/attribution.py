"""Deciding whether quoted words are a quotation, and who said them.

A quotation is attributed through the attribution cue nearest to it in its sentence.
A cue after the quote names the speaker right after the verb ('..., sagte Vossberg')
or right before it ('..., Raman said'); a cue before the quote has the speaker as its
subject: the nearest name before the verb that is not the complement of a preposition
('Hale's lawyer, Gregory Antonelli, said ... that his client was “...”'). What is left
unnamed, a role ('the lawyer', 'edilul'), a pronoun, or no subject at all, is returned
as such, for the quote stage to resolve against what came before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from newsdata.document import Mention
from newsdata.entities.lexicon import Lexicon
from newsdata.quotes.marks import QuoteSpan
from newsdata.text import Sentence, Token, tokenize

MAX_SCARE_QUOTE_WORDS = 3
LEAD_IN_CHARS = 40  # before a quote, where its sentence's subject and verb stand
AFTER_CUE_WINDOW = 60  # characters after a quote in which a cue verb attributes it
SPEAKER_AFTER_VERB_WORDS = 4
ATTRIBUTION_WINDOW = 400  # characters either side of a quote
ROLE_APPOSITION_WORDS = 12
NOT_SPEAKERS = {"place_prep", "place_head", "place_title"}


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Attribution:
    speaker: Mention | None
    reference: str | None  # a role or pronoun that stands for the speaker
    cue: str | None
    unnamed: bool = False  # a cue with no subject at all: the speaker is the one already talked about


def cues(text: str, start: int, end: int, lex: Lexicon) -> list[Cue]:
    found = [Cue(m.start(), m.end(), m.group()) for m in lex.cue_verbs.finditer(text, start, end)]
    found += [Cue(m.start(), m.end(), m.group()) for m in lex.source_prepositions.finditer(text, start, end)]
    return sorted(found, key=lambda c: c.start)


def inside_quote(quotes: tuple[QuoteSpan, ...], pos: int) -> bool:
    """Inside a quotation (quote spans are sorted and do not overlap)."""
    i = bisect_right(quotes, pos, key=lambda q: q.start) - 1
    return i >= 0 and pos < quotes[i].end


def _outside(quotes: tuple[QuoteSpan, ...], pos: int) -> bool:
    return not inside_quote(quotes, pos)


def _window(sentence: Sentence, quote: QuoteSpan) -> Sentence:
    """The part of the sentence an attribution can come from: a run-on sentence of a
    scraped page can hold hundreds of quotes, and each looks only near itself."""
    return Sentence(
        max(sentence.start, quote.start - ATTRIBUTION_WINDOW), min(sentence.end, quote.end + ATTRIBUTION_WINDOW)
    )


def is_quotation(text: str, quote: QuoteSpan, sentence: Sentence, quotes: tuple[QuoteSpan, ...], lex: Lexicon) -> bool:
    """Tell a quotation from scare quotes and titles of works."""
    inner = text[quote.text_start : quote.text_end]
    words = inner.split()
    if not words:
        return False
    before = tokenize(text, max(sentence.start, quote.start - 40), quote.start)
    if (before and before[-1].folded in lex.title_cues) or (len(before) >= 2 and before[-2].folded in lex.title_cues):
        return False
    title_case = all(w[:1].isupper() or not w[:1].isalpha() for w in words) and len(words) <= 6
    if title_case and not re.search(r"[.!?,]$", inner):
        return False  # a name or title: „Operațiunea Lotus”, “Pineapple Express”
    if len(words) > MAX_SCARE_QUOTE_WORDS:
        return True
    near = _window(sentence, quote)
    frame = [c for c in cues(text, near.start, near.end, lex) if _outside(quotes, c.start)]
    return bool(frame)


def is_subject(m: Mention) -> bool:
    """Could this mention be the one speaking: not a place, not 'of X' or 'X's'; but a
    person given a role is ('Pour Benoît Carrasset, président du groupe, ...')."""
    return (not (NOT_SPEAKERS & m.evidence) and "complement" not in m.evidence) or bool(
        {"role", "role_before", "role_after", "honorific"} & m.evidence
    )


def attribute(
    text: str,
    quote: QuoteSpan,
    sentence: Sentence,
    quotes: tuple[QuoteSpan, ...],
    mentions: list[Mention],
    lex: Lexicon,
) -> Attribution:
    """The speaker of one quotation, from the cue and names in its own sentence."""
    sentence = _window(sentence, quote)
    found = [c for c in cues(text, sentence.start, sentence.end, lex) if _outside(quotes, c.start)]
    first = bisect_left(mentions, sentence.start, key=lambda m: m.start)
    last = bisect_left(mentions, sentence.end, key=lambda m: m.start)
    in_sentence = [m for m in mentions[first:last] if _outside(quotes, m.start)]
    after = [c for c in found if c.start >= quote.end and c.start - quote.end <= AFTER_CUE_WINDOW]
    before = [c for c in found if c.end <= quote.start]
    if after and (not before or after[0].start - quote.end <= quote.start - before[-1].end + 20):
        return _after_cue(text, quote, after[0], in_sentence, quotes, lex, sentence.start, sentence.end)
    if before:
        return _before_cue(text, sentence, before[-1], quote, in_sentence, quotes, lex)
    return Attribution(None, None, None)


def is_org_word(word: str, lex: Lexicon) -> bool:
    """'the company', 'der Verband', "l'azienda": an organisation named by its kind."""
    return word in lex.org_cues or word in lex.org_heads


def _reference(
    text: str, start: int, end: int, lex: Lexicon, *, nearest_first: bool, reach: int = 0
) -> str | None:
    """A role, pronoun or organisation word standing for the speaker. ``reach`` is how many
    lower-case words (a verb and its auxiliary: 'ha espresso') may stand between an
    organisation word and the end of the stretch."""
    tokens = [t for t in tokenize(text, start, end) if t.kind == "word"]
    ordered = tokens if nearest_first else list(reversed(tokens))
    for n, tok in enumerate(ordered):
        if reach and n > reach:
            return None
        if tok.folded in lex.roles or tok.folded in lex.pronouns:
            return tok.folded
        # next to the verb: 'the company said', 'teilte der Verband mit'; not 'asked the
        # company ... and announced', 'announced that the union ...'
        if is_org_word(tok.folded, lex) and (
            n == 0 or (nearest_first and n == 1 and tokens[0].folded in lex.articles) or (reach and n <= reach)
        ):
            return tok.folded
    return None


def _after_cue(
    text: str,
    quote: QuoteSpan,
    cue: Cue,
    mentions: list[Mention],
    quotes: tuple[QuoteSpan, ...],
    lex: Lexicon,
    sentence_start: int,
    sentence_end: int,
) -> Attribution:
    after = bisect_left(quotes, cue.end, key=lambda q: q.start)
    next_quote = quotes[after].start if after < len(quotes) else len(text)
    # 'X said', '"...," Smith told Reuters', '"...," he told ABC Radio': a subject before
    # the verb speaks, and whoever the verb names after it is the one spoken to
    between = [m for m in mentions if quote.end <= m.start < cue.start and is_subject(m)]
    if between:
        return Attribution(between[-1], None, cue.text)
    subject_word = _reference(text, quote.end, cue.start, lex, nearest_first=False)
    if subject_word and (subject_word not in lex.pronouns or subject_word in lex.person_pronouns):
        return Attribution(None, subject_word, cue.text)  # (not 'lui a lancé une infirmière, X': 'lui' is her)
    # 'a declarat X', 'sagte die Ministerin', 'ha detto la biologa Serena Bortolin'
    window = mentions[bisect_left(mentions, cue.end, key=lambda m: m.start) :]
    following = [m for m in window[:6] if m.start < next_quote and not (NOT_SPEAKERS & m.evidence)]
    for n, m in enumerate(following[:3]):
        words_between = [t for t in tokenize(text, cue.end, m.start) if t.kind == "word"]
        if any(t.folded in lex.pronouns for t in words_between):
            break
        if len(words_between) <= SPEAKER_AFTER_VERB_WORDS:
            # 'a declarat purtătoarea de cuvânt a ISU Prahova, Raluca Ghinea': the spokesperson
            # of the organisation, named right after it
            later = [o for o in following[n + 1 : n + 3] if not _bracketed_after(text, m, o)]
            person = later[0] if later else None
            if person is not None and _names_its_member(text, m, person, words_between, lex):
                return Attribution(person, None, cue.text)
            # 'a transmis candidatul ADA': a role right before an organisation is its member's
            if words_between and words_between[-1].folded in lex.roles and _organisation_like(m):
                return Attribution(None, words_between[-1].folded, cue.text)
            return Attribution(m, None, cue.text)
        # '..., explicó tras la firma la secretaria general del sindicato, Ainhoa Goikoetxea'
        has_role = any(t.folded in lex.roles for t in words_between)
        if has_role and len(words_between) <= ROLE_APPOSITION_WORDS and text[: m.start].rstrip().endswith(","):
            return Attribution(m, None, cue.text)
    reference = _reference(
        text, cue.end, min(next_quote, cue.end + 40, max(sentence_end, cue.end)), lex, nearest_first=True
    )
    if reference:
        return Attribution(None, reference, cue.text)
    # "l'azienda ha espresso «…» e ha assicurato «…»": the subject before the quote
    lead_in_start = max(quote.start - LEAD_IN_CHARS, sentence_start)
    lead_in = _reference(text, lead_in_start, quote.start, lex, nearest_first=False, reach=2)
    if lead_in:
        return Attribution(None, lead_in, cue.text)
    # '«…», ha dichiarato al termine del tavolo.': the subject is the one already talked about
    return Attribution(None, None, cue.text, unnamed=True)


def _organisation_like(m: Mention) -> bool:
    """An organisation by its form: an organisation's head or suffix, or an acronym."""
    letters = m.text.replace("-", "").replace(".", "")
    return bool(ORG_EVIDENCE & m.evidence) or (letters.isupper() and 2 <= len(letters) <= 6 and " " not in m.text)


def _bracketed_after(text: str, org: Mention, other: Mention) -> bool:
    """'Binnenhäfen Oberelbe (SBO)': the acronym in brackets right after the name."""
    return text[org.end : other.start].strip() == "(" and text[other.end : other.end + 1] == ")"


def _names_its_member(text: str, org: Mention, person: Mention, before: list[Token], lex: Lexicon) -> bool:
    """A role word before an organisation, and a full name right after it."""
    # 'der Geschäftsführer der Binnenhäfen Oberelbe (SBO), Heiko Wendland', 'purtătorul de
    # cuvânt al ISU Timiș, locotenent-colonelul Adrian Mihuț': an acronym or a rank between
    gap = _ACRONYM_IN_BRACKETS.sub(" ", text[org.end : person.start])
    gap_words = gap.replace(",", " ").split()
    adjacent = gap.strip() in ("", ",") or (
        gap.strip().startswith(",") and len(gap_words) <= MAX_RANK_WORDS and all(w[:1].islower() for w in gap_words)
    )
    if not adjacent or len(person.text.split()) < 2 or ORG_EVIDENCE & person.evidence:
        return False
    words = " " + " ".join(t.folded for t in before) + " "
    return any(t.folded in lex.roles for t in before) or any(f" {role} " in words for role in lex.roles if " " in role)


ORG_EVIDENCE = frozenset({"org_head", "org_suffix", "org_cue"})
MAX_RANK_WORDS = 2  # 'locotenent-colonelul', 'der Sprecher' between an organisation and its member
_ACRONYM_IN_BRACKETS = re.compile(r"^\s*\([^()]{1,15}\)")


def _before_cue(
    text: str,
    sentence: Sentence,
    cue: Cue,
    quote: QuoteSpan,
    mentions: list[Mention],
    quotes: tuple[QuoteSpan, ...],
    lex: Lexicon,
) -> Attribution:
    clause_start = max(
        (q.end for q in quotes if q.end <= cue.start and q.start >= sentence.start), default=sentence.start
    )
    subjects = [m for m in mentions if clause_start <= m.start < cue.start and is_subject(m)]
    if subjects:
        people = [m for m in subjects if {"role", "role_before", "honorific", "age"} & m.evidence]
        return Attribution((people or subjects)[-1], None, cue.text)
    reference = _reference(text, clause_start, cue.start, lex, nearest_first=False)
    if reference:
        return Attribution(None, reference, cue.text)
    # 'a spus X: „...”' with the name after the verb, before the quote
    after = [m for m in mentions if cue.end <= m.start < quote.start and is_subject(m)]
    if after:
        return Attribution(after[0], None, cue.text)
    return Attribution(None, None, cue.text, unnamed=True)
