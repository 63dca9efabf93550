"""Segment stage: normalise the raw text and cut it into lines.

Scraped text carries invisible junk (no-break and zero-width spaces, soft hyphens, stray
carriage returns) that would defeat every pattern after this stage, so it is removed here
once. Blank lines are kept as a flag on the following line because they separate header
fields from paragraphs in most dumps.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from newsdata.document import Document, Line

# a character class, not str.translate with a table: translate looks every character up
# in a dict, the regex scans in C and returns the text as is when there is nothing to drop
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_WIDE_SPACE_CHARS = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"  # spacing other than ' '
_SPACE = f"[ {_WIDE_SPACE_CHARS}]"
# a run of spacing, except a lone ' ' (which would only be replaced by itself): a text has
# hundreds of those, and replacing each cost more than the rest of this stage together
_SPACES = re.compile(f"{_SPACE}(?:(?<=[{_WIDE_SPACE_CHARS}]){_SPACE}*|{_SPACE}+)")
_CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
# every character the steps after NFC would remove or replace, but for a run of ' '
_UNTIDY = re.compile(f"[{_INVISIBLE_CHARS}{_CONTROL_CHARS}{_WIDE_SPACE_CHARS}\r\u2028\u2029]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    if "  " in text or _UNTIDY.search(text) is not None:
        text = _tidy(text)
    return "\n".join([line.strip() for line in text.split("\n")])


def _plain_breaks(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL.sub(" ", text)


def _tidy(text: str) -> str:
    """Invisible and control characters out, line breaks and spacing made plain (a text
    with none of them is left as it is, after a single scan)."""
    text = _plain_breaks(text)
    # _SPACES never spans a line break, so one pass over the whole text does what one per line would
    return _SPACES.sub(" ", text)


_WIDE_GAP = re.compile(f"{_SPACE}{{3,}}|\t")


def _cells(text: str) -> dict[int, tuple[str, ...]]:
    """The cells of each line (by 1-based number) that holds wide gaps, before they are
    collapsed: spacing is all that tells a menu row copied from a page from a line of text."""
    out: dict[int, tuple[str, ...]] = {}
    if _WIDE_GAP.search(text) is None:
        return out
    for number, raw in enumerate(_plain_breaks(unicodedata.normalize("NFC", text)).split("\n"), start=1):
        raw = raw.strip()
        if _WIDE_GAP.search(raw) is not None:
            out[number] = tuple(_SPACES.sub(" ", cell).strip() for cell in _WIDE_GAP.split(raw) if cell.strip())
    return out


def segment(doc: Document) -> Document:
    lines: list[Line] = []
    blank = False
    cells = _cells(doc.text)
    for number, raw in enumerate(normalise(doc.text).split("\n"), start=1):
        if not raw:
            blank = True
            continue
        lines.append(Line(number=number, text=raw, blank_before=blank or not lines, cells=cells.get(number, ())))
        blank = False
    return replace(doc, lines=tuple(lines))
