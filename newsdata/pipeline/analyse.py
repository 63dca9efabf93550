"""Analysis stage: quotation marks, sentences and name mentions of every body paragraph.

The entity, quote and event stages all read these, so they are found once here. Runs of
capitalised words that only start a sentence, or only name a role, are dropped here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdata.document import Document, Mention
from newsdata.entities.lexicon import lexicon
from newsdata.entities.mentions import find_mentions
from newsdata.entities.resolve import plausible_names
from newsdata.quotes.marks import QuoteSpan, find_quote_spans
from newsdata.text import Sentence, find_words, sentences

_WORDS = re.compile(r"[^\W\d_]+")


def analyse_paragraphs(doc: Document) -> Document:
    lex = lexicon(doc.language)
    all_quotes: list[tuple[QuoteSpan, ...]] = []
    all_sentences: list[tuple[Sentence, ...]] = []
    mentions: list[Mention] = []
    for index, paragraph in enumerate(doc.body):
        quotes = find_quote_spans(paragraph)
        spans = sentences(paragraph, [(q.start, q.end) for q in quotes], abbreviations=lex.honorifics)
        all_quotes.append(tuple(quotes))
        all_sentences.append(tuple(spans))
        mentions.extend(find_mentions(index, paragraph, spans, quotes, lex))
    words = {w for paragraph in doc.body for w in find_words(_WORDS, paragraph)}
    lowercase_words = {w for w in words if w.islower()}  # each distinct word asked once
    headline = doc.header.headline
    headline_quotes = find_quote_spans(headline)
    headline_mentions = find_mentions(-1, headline, [Sentence(0, len(headline))], headline_quotes, lex)
    names = plausible_names([*headline_mentions, *mentions], lowercase_words, lex)
    mentions = [m for m in names if m.paragraph >= 0]
    headline_mentions = [m for m in names if m.paragraph < 0]
    return replace(
        doc,
        quote_spans=tuple(all_quotes),
        sentences=tuple(all_sentences),
        mentions=tuple(mentions),
        headline_mentions=tuple(headline_mentions),
    )
