"""The raw-text parser as a pipeline of small stages over one Document.

segment -> language -> header -> body -> analyse (quote marks, sentences, name mentions)
-> entities -> quotes -> events -> model.
Each stage is a pure function ``Document -> Document``; ``STAGES`` is their order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newsdata.document import Document
from newsdata.entities.stage import extract_entities
from newsdata.errors import ParseError
from newsdata.events.stage import extract_events
from newsdata.header import parse_header
from newsdata.model import Article
from newsdata.pipeline.analyse import analyse_paragraphs
from newsdata.pipeline.body import extract_body
from newsdata.pipeline.build import build_article
from newsdata.pipeline.language import detect_language
from newsdata.pipeline.segment import segment
from newsdata.quotes.stage import extract_quotes

Stage = Callable[[Document], Document]

STAGES: tuple[Stage, ...] = (
    segment,
    detect_language,
    parse_header,
    extract_body,
    analyse_paragraphs,
    extract_entities,
    extract_quotes,
    extract_events,
)


def run_stages(doc: Document, stages: tuple[Stage, ...] = STAGES) -> Document:
    for stage in stages:
        doc = stage(doc)
    return doc


def parse_text(
    text: str,
    *,
    source: str = "<text>",
    language: str | None = None,
    territory: str | None = None,
    timezone: str | None = None,
) -> Article:
    """Parse one raw article. Raises ParseError when the text holds no article."""
    doc = Document(source=source, text=text, language=language or "und", territory=territory, timezone=timezone)
    doc = run_stages(doc)
    if not doc.lines:
        raise ParseError("no text", source=source)
    if not doc.header.headline:
        raise ParseError("no headline found", source=source, where="line 1")
    return build_article(replace(doc))
