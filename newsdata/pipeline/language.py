"""Language stage: identify the article's language from its function words.

Function words are the cheapest reliable signal for whole articles in languages with
data files: each hit is weighted by how many languages share the word, so 'de' or 'la'
count little and 'und' or 'către' decide.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from newsdata import lang
from newsdata.pipeline.document import Document

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
    scores: Counter[str] = Counter()
    for token in _WORD.findall(text[:20000].casefold()):
        for code, weight in weights.get(token, {}).items():
            scores[code] += weight
    if not scores:
        return "und", 0.0
    code, best = scores.most_common(1)[0]
    return code, best / sum(scores.values())


def detect_language(doc: Document) -> Document:
    if doc.language != "und":  # the caller said which language it is
        return doc
    code, _share = identify("\n".join(line.text for line in doc.lines))
    return replace(doc, language=code)
