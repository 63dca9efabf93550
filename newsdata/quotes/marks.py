"""Finding quoted spans in a paragraph, in every common quotation-mark style.

„…“ „…” “…” "…" «…» « … » »…« ‚…‘ ‘…’ ‹…›, with quotes nested inside quotes kept
inside the outer one. Single quotes double as apostrophes (don’t, l’État), so a single
quote only opens after a non-letter and only closes before a non-letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> the closers that may end it
_PAIRS: dict[str, str] = {
    "„": '“”"',
    "“": "”“",  # English “…”; a German closing “ is consumed by „ first
    "«": "»",
    "»": "«",
    "‹": "›",
    "‚": "‘’",
    "‘": "’",
    '"': '"',
    "「": "」",
    "『": "』",
}
_SINGLE = "‚‘’'"


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # the opening mark
    end: int  # one past the closing mark (or the paragraph's end if it never closes)
    text_start: int
    text_end: int
    closed: bool

    # (written out so that mypyc compiles it: see Mention in newsdata/document.py)
    def __init__(self, start: int, end: int, text_start: int, text_end: int, closed: bool) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text_start", text_start)
        object.__setattr__(self, "text_end", text_end)
        object.__setattr__(self, "closed", closed)


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace() and ch not in "«»":
        return False
    if ch in _SINGLE or ch == '"':
        return not _is_letter(before) and not before.isdigit()
    return True


def _can_close(text: str, i: int) -> bool:
    ch = text[i]
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    if ch in _SINGLE:
        return not _is_letter(after) and not before.isspace()
    if ch == '"':
        return not before.isspace() or after.isspace() or after in ".,;:!?)"
    return True


def _find_close(text: str, i: int, closers: str) -> int | None:
    """Index of the mark closing the quote opened at ``i``, skipping nested quotes."""
    j = i + 1
    while j < len(text):
        ch = text[j]
        if ch in closers and _can_close(text, j):
            return j
        nested = _PAIRS.get(ch)
        if nested is not None and ch not in closers and _can_open(text, j):
            inner = _find_close(text, j, nested)
            if inner is not None:
                j = inner + 1
                continue
        j += 1
    return None


_OPENERS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")


def find_quote_spans(text: str) -> list[QuoteSpan]:
    spans = _spans(text, _OPENERS)
    if not spans and "'" in text:
        # an outlet that quotes with straight single quotes ('This was a deliberate attack,'
        # he said): only where no other mark quotes, and never an apostrophe
        spans = [span for span in _spans(text, _STRAIGHT_SINGLE) if _is_straight_quote(text, span)]
    return spans


_STRAIGHT_SINGLE = re.compile("'")


def _is_straight_quote(text: str, span: QuoteSpan) -> bool:
    """A span between straight single quotes that is a quotation: it opens on a letter,
    closes after a letter or a stop, and the closing mark is no plural possessive
    ('the workers' union')."""
    inner = text[span.text_start : span.text_end]
    after = text[span.end : span.end + 2]
    possessive = inner.endswith("s") and after[:1] == " " and after[1:2].islower()
    return (
        span.closed
        and inner[:1].isalpha()
        and (inner[-1:].isalpha() or inner[-1:] in ".,!?")
        and len(inner.split()) >= 2
        and not possessive
    )


def _spans(text: str, openers: re.Pattern[str]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    i = 0
    while i < len(text):
        found = openers.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        closers = _PAIRS.get(ch, ch)
        if not _can_open(text, i):
            i += 1
            continue
        close = _find_close(text, i, closers)
        if close is None:
            if i == 0 and ch not in _SINGLE:
                # a quotation that runs on into the next paragraph never closes in this one
                spans.append(QuoteSpan(i, len(text), i + 1, len(text), closed=False))
                break
            i += 1
            continue
        inner_start, inner_end = i + 1, close
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        spans.append(QuoteSpan(i, close + 1, inner_start, inner_end, closed=True))
        i = close + 1
    return spans
