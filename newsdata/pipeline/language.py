"""Language stage: identify the article's language from its function words.

Function words are the cheapest reliable signal for whole articles in languages with
data files: each hit is weighted by how many languages share the word, so 'de' or 'la'
count little and 'und' or 'către' decide.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from newsdata import lang
from newsdata.document import Document
from newsdata.text import find_words

# Function words saturate quickly: a few thousand characters decide as well as the whole text.
SAMPLE_CHARS = 3000
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)


@cache
def _weights() -> dict[str, dict[str, float]]:
    owners: dict[str, list[str]] = {}
    for code in lang.available():
        for word in lang.get(code).stopwords:
            owners.setdefault(word, []).append(code)
    return {word: {code: 1.0 / len(codes) for code in codes} for word, codes in owners.items()}


@cache
def _plain_function_words() -> frozenset[str]:
    """The function words that are letters only: a run of text equal to one is that word."""
    return frozenset(word for word in _weights() if word.isalpha())


def identify(text: str) -> tuple[str, float]:
    """The most likely language code and its share of the weighted hits (0 when none)."""
    weights = _weights()
    plain = _plain_function_words()
    # Only function words are counted, in the order they first appear (the order the scores
    # are summed in); the text is taken a run of non-space characters at a time, and a run
    # of letters that is no function word is passed over without being counted.
    counts: dict[str, int] = {}
    for run in text[:SAMPLE_CHARS].casefold().split():
        if run in plain:
            counts[run] = counts.get(run, 0) + 1
        elif not run.isalpha():
            for word in find_words(_WORD, run):
                if word in weights:
                    counts[word] = counts.get(word, 0) + 1
    scores: dict[str, float] = {}
    for token, count in counts.items():
        for code, weight in weights[token].items():
            scores[code] = scores.get(code, 0.0) + weight * count
    if not scores:
        return "und", 0.0
    code, best = max(scores.items(), key=lambda item: item[1])
    return code, best / sum(scores.values())


def detect_language(doc: Document) -> Document:
    if doc.language != "und":  # the caller said which language it is
        return doc
    code, _share = identify("\n".join(line.text for line in doc.lines))
    return replace(doc, language=code)
