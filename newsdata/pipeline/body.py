"""Body stage: the article's paragraphs, with the site's boilerplate removed.

Boilerplate is recognised by per-language markers (related-article teasers,
advertising labels, credit trailers) plus the language-neutral scraper noise. Lines of a
paragraph that an archive hard-wrapped are joined back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdata.boilerplate import is_boilerplate
from newsdata.document import Document, Line

_SENTENCE_END = re.compile(r"[.!?…:;\"”»“')\]]$")


def _joined(lines: list[Line]) -> list[str]:
    paragraphs: list[str] = []
    for line in lines:
        if (
            paragraphs
            and not line.blank_before
            and not _SENTENCE_END.search(paragraphs[-1])
            and line.text[:1].islower()
        ):
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
    return paragraphs


def extract_body(doc: Document) -> Document:
    header = doc.header
    start = max(header.body_start, 0)
    candidates = [(i, line) for i, line in enumerate(doc.lines) if i >= start and i not in header.consumed]
    candidates = candidates[: _furniture_start([line.text for _i, line in candidates])]
    kept: list[Line] = []
    for position, (_i, line) in enumerate(candidates):
        near_end = position >= len(candidates) - 3
        if not is_boilerplate(line.text, near_end=near_end):
            kept.append(line)
    return replace(doc, body=tuple(_joined(kept)))


_BULLET = re.compile(r"^[›»>–—\-·•▸→]\s")
_TEXT_END = re.compile(r"[.!?…\"”»“')\]]$")
LINK_TITLE_MAX_WORDS = 15


def _furniture_start(texts: list[str]) -> int:
    """Where the site's furniture under the article begins: lists of related links
    ('› Tarifstreit im Nahverkehr: ...'), their headings ('MÁS NOTICIAS', 'Related Topics',
    'Potrebbe interessarti anche:'), link titles printed without a stop, rights notices and
    trailers. A paragraph of the article ends with a stop; none of these do, or they are
    known trailers."""
    end = len(texts)
    while end > 0:
        text = texts[end - 1]
        link_like = len(text.split()) <= LINK_TITLE_MAX_WORDS and (
            _BULLET.match(text) is not None or not _TEXT_END.search(text) or text.endswith(":")
        )
        if link_like or text.startswith("©") or is_boilerplate(text, near_end=True):
            end -= 1
            continue
        break
    return end
