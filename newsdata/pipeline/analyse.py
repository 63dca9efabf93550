"""Analysis stage: quotation marks, sentences and name mentions of every body paragraph.

The quote, entity and event stages all read these, so they are found once here.
"""

from __future__ import annotations

from dataclasses import replace

from newsdata.document import Document, Mention
from newsdata.entities.lexicon import lexicon
from newsdata.entities.mentions import find_mentions
from newsdata.quotes.marks import QuoteSpan, find_quote_spans
from newsdata.text import Sentence, sentences


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
    return replace(doc, quote_spans=tuple(all_quotes), sentences=tuple(all_sentences), mentions=tuple(mentions))
