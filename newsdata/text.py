"""Tokens and sentences with character offsets, for the body stages.

Offsets matter: quotes, mentions and events all point back into the paragraph, and the
sentence that holds a quote is found by position, so quotation marks are masked before
sentence splitting (a quoted 'Yes. No.' is one piece of one sentence).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import final

# Elided articles and prepositions (l', d', dell', all', qu') are tokens of their own,
# a possessive 's is left off the word, hyphenated words (Aix-en-Provence, s-au) stay whole.
# The first branch is a fast path for the common case, a plain word: a run of letters and
# digits not followed by a hyphen or an apostrophe (nor, for a single letter, a full stop).
# Where it matches, none of the later branches could match anything else there (initials
# need a letter then a full stop, an elision ends in an apostrophe, 'word' would stop at
# the same place), so it only saves the regex engine trying them in turn.
_TOKEN = re.compile(
    r"(?P<plain>[^\W\d_](?:[^\W_]++(?![-‐'’])|(?![-‐'’.\w])))"
    r"|(?P<initials>(?:[A-ZÀ-Þ]\.){1,4})(?=[\s,;:)]|[A-ZÀ-Þ]|$)"
    r"|(?P<elision>(?:[ldjmnstcLDJMNSTC]|[Qq]u|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all|[Uu]n|[Qq]uest|[Qq]uell)['’])"
    r"(?=[^\W\d_])"
    r"|(?P<word>[^\W\d_][^\W_]*(?:[-‐][^\W_]+)*(?:['’](?=[A-Z])[^\W_]+)*)(?:['’]s\b)?"
    r"|(?P<number>\d+(?:[.,:]\d+)*)"
    r"|(?P<punct>[^\w\s])",
)


@final
class Token:
    """A token with its offsets.

    A plain class with slots, not a NamedTuple or a dataclass: an article has thousands of
    tokens, and compiled (mypyc) a plain class is built and read in C, where a NamedTuple is
    built through ``tuple.__new__`` and a dataclass through its interpreted ``__init__``."""

    __slots__ = ("end", "folded", "kind", "start", "text")

    def __init__(self, text: str, start: int, end: int, kind: str, folded: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind  # word | elision | number | punct
        self.folded = folded  # casefolded text, computed once: the body stages compare it a lot

    @property
    def capitalised(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text`` that lie within [start, end). The whole text is tokenized once
    and kept, since the body stages look at windows of the same paragraph many times."""
    tokens = _all_tokens(text)
    if start == 0 and end is None:
        return list(tokens)
    stop = len(text) if end is None else end
    first = bisect_left(tokens, start, key=lambda t: t.start)
    out: list[Token] = []
    for token in tokens[first:]:
        if token.end > stop:
            break
        out.append(token)
    return out


# An article tokenizes some tens of texts (paragraphs, sentences, the headline) and looks
# at each many times, always within the same article; the cache holds a few articles' worth.
# A larger one only kept thousands of tokens alive for the garbage collector to walk again
# and again (tokens are tracked objects, and a collection visits every young one).
@lru_cache(maxsize=64)
def _all_tokens(text: str) -> tuple[Token, ...]:
    """The text is taken a run of non-space characters at a time, since no token spans a
    space. Most runs are a plain word, which is what the regex's first branch would match
    there (letters and digits, not starting with a digit); only the others, with
    punctuation, hyphens, apostrophes or digits, are handed to the regex, which costs
    several times as much per token."""
    tokens: list[Token] = []
    end = 0
    for run in text.split():
        start = text.find(run, end)
        end = start + len(run)
        if len(run) >= 2 and run.isalnum() and not run[0].isdigit():
            tokens.append(Token(run, start, end, "word", run.casefold()))
        elif not _punctuated_word(run, start, tokens):
            _match_tokens(text, start, end, tokens)
    if "'" in text or "’" in text:
        return tuple(_join_inner_apostrophes(text, tokens))
    return tuple(tokens)


def _alnum_span(run: str) -> tuple[int, int]:
    """[first, last) of the first run of letters and digits, after any leading punctuation."""
    n = len(run)
    first = 0
    while first < n and not run[first].isalnum():
        first += 1
    last = first
    while last < n and run[last].isalnum():
        last += 1
    return first, last


def _punctuated_word(run: str, start: int, tokens: list[Token]) -> bool:
    """'(word', 'word,', '„Word”.': a plain word with punctuation marks around it, the next
    commonest run. Each mark is a token of its own, as the regex's last branch makes it;
    the word is what its first branch would match (not followed by a hyphen or an
    apostrophe, which make other tokens). Appends the tokens, or returns False for any
    other run (and appends nothing)."""
    n = len(run)
    first, last = _alnum_span(run)
    if last - first < 2 or run[first].isdigit() or (last < n and run[last] in "-‐'’"):
        return False
    for i in range(n):
        # outside the word only punctuation: no letter or digit, no '_' (a word character that
        # is no token), no '×' (the initials branch would take '×.')
        if (i < first or i >= last) and (run[i].isalnum() or run[i] in "_×"):
            return False
    for i in range(first):
        tokens.append(Token(run[i], start + i, start + i + 1, "punct", run[i].casefold()))
    word = run[first:last]
    tokens.append(Token(word, start + first, start + last, "word", word.casefold()))
    for i in range(last, n):
        tokens.append(Token(run[i], start + i, start + i + 1, "punct", run[i].casefold()))
    return True


def _match_tokens(text: str, start: int, end: int, tokens: list[Token]) -> None:
    """The tokens of text[start:end], a run without spaces (the regex sees its end as the
    end of the text, which its lookaheads treat as they treat a space)."""
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        if kind == "plain":
            found = m.group()
            tokens.append(Token(found, m.start(), m.end(), "word", found.casefold()))
        elif kind == "word":
            word = m["word"]
            tokens.append(Token(word, m.start(), m.end("word"), "word", word.casefold()))
        else:
            found = m.group()
            # initials ('T.F. Green', 'U.S.') are words
            tokens.append(Token(found, m.start(), m.end(), "word" if kind == "initials" else kind, found.casefold()))


def find_words(pattern: re.Pattern[str], text: str) -> list[str]:
    r"""``pattern.findall(text)`` for a word pattern: one without lookarounds, whose matches
    hold no space, and which in a run of letters with only punctuation around it matches
    just those letters (as ``[^\W\d_]+`` does). The text is taken a run of non-space
    characters at a time, and such a run gives its word without asking the regex (which
    costs several times as much per match)."""
    words: list[str] = []
    for run in text.split():
        if run.isalpha():
            words.append(run)
            continue
        first, last = _letters_alone(run)
        if first >= 0:
            words.append(run[first:last])
        else:
            words.extend(pattern.findall(run))  # no lookarounds: the run alone matches as in the text
    return words


_LETTERS = re.compile(r"[^\W\d_]+")


def word_starts(text: str) -> list[int]:
    r"""Where each word starts: the offsets of the runs of letters ([^\W\d_]+), as
    ``[m.start() for m in _LETTERS.finditer(text)]`` gives them, found a run of non-space
    characters at a time like ``find_words``."""
    starts: list[int] = []
    end = 0
    for run in text.split():
        start = text.find(run, end)
        end = start + len(run)
        if run.isalpha():
            starts.append(start)
            continue
        first, _last = _letters_alone(run)
        if first >= 0:
            starts.append(start + first)
        else:
            starts.extend(m.start() for m in _LETTERS.finditer(text, start, end))
    return starts


def _letters_alone(run: str) -> tuple[int, int]:
    """Where the letters are, as [first, last), in a run that is letters with only
    punctuation around them ('word,', '(word'); (-1, -1) for any other run (digits, two
    words, a letter str.isalpha does not count)."""
    n = len(run)
    first, last = _alnum_span(run)
    if last == first:
        return -1, -1
    for i in range(last, n):
        if run[i].isalnum():
            return -1, -1
    if not run[first:last].isalpha():
        return -1, -1
    return first, last


def _join_inner_apostrophes(text: str, tokens: list[Token]) -> list[Token]:
    """'Lozac'h': a name with an apostrophe before a short lowercase ending is one word
    (not an elision, which starts a word, nor a possessive 's, which ends one)."""
    marks = [i for i, t in enumerate(tokens) if t.text in ("'", "’") and 0 < i < len(tokens) - 1]
    if not marks:
        return tokens
    joined: dict[int, Token] = {}
    for k in marks:
        t, after = tokens[k - 1], tokens[k + 1]
        if (
            t.kind == "word"
            and t.text[:1].isupper()
            and len(t.text) >= 3
            and tokens[k].start == t.end
            and after.kind == "word"
            and after.start == tokens[k].end
            and after.text.islower()
            and len(after.text) <= 2
            and after.text != "s"
            and k - 1 not in joined
            and k - 2 not in joined
        ):
            word = text[t.start : after.end]
            joined[k - 1] = Token(word, t.start, after.end, "word", word.casefold())
    if not joined:
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        if i in joined:
            out.append(joined[i])
            i += 3
            continue
        out.append(tokens[i])
        i += 1
    return out


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int

    # (written out so that mypyc compiles it: see Mention in newsdata/document.py)
    def __init__(self, start: int, end: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


_SENTENCE_END = re.compile(r"[.!?…]+[\"'”“»’)]*\s+(?=[\"'“„«‚‘(]?[^\W\d_]*[A-ZÀ-ÞĂÂÎȘȚŞŢ0-9\"“„«])")
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.)+")
_STOPS = re.compile("[.!?…]")


def sentences(
    text: str, masked: list[tuple[int, int]] | None = None, abbreviations: frozenset[str] = frozenset()
) -> list[Sentence]:
    """Sentence spans; a full stop inside a masked span (a quotation) does not end one."""
    work = text
    for start, end in masked or ():
        inside, upto = start + 1, end - 2  # the mark before the closer may end it
        if inside < upto and _STOPS.search(work, inside, upto):
            work = work[:inside] + _STOPS.sub("_", work[inside:upto]) + work[upto:]
    spans: list[Sentence] = []
    cursor = 0
    for m in _SENTENCE_END.finditer(work):
        before = work[cursor : m.start() + 1].rsplit(None, 1)  # only its last word is wanted
        last = before[-1] if before else ""
        if last.casefold().rstrip(".") in abbreviations or _INITIALS.fullmatch(last):
            continue  # 'Dr. Pop', 'J. Smith'
        spans.append(Sentence(cursor, m.end()))
        cursor = m.end()
    if cursor < len(text):
        spans.append(Sentence(cursor, len(text)))
    return spans


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """The key names are compared on: accents, case and spacing ignored."""
    return " ".join(strip_accents(text).casefold().replace("’", "'").split())
