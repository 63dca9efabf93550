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


def identify(text: str) -> tuple[str, float]:
    """The most likely language code and its share of the weighted hits (0 when none)."""
    weights = _weights()
    scores: dict[str, float] = {}
    counts: dict[str, int] = {}  # (a dict, not a Counter: its constructor is Python code)
    for word in find_words(_WORD, text[:SAMPLE_CHARS].casefold()):
        counts[word] = counts.get(word, 0) + 1
    for token, count in counts.items():
        owners = weights.get(token)
        if owners is None:  # most words are no language's function word
            continue
        for code, weight in owners.items():
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
