"""Named fields of scraper and archive exports: 'byline: Ana Ruiz, correspondent',
'image_caption: ...', 'image_credit: © ...'. A field's name says what its value is, so
the value is read as that without the guesses the header makes of a bare line. Which
names mean what is data (``export_fields`` in the common language data)."""

from __future__ import annotations

import re
from functools import cache

from newsdata import lang

_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_\- ]{1,30}?)\s*[:=]\s*(?P<value>\S.*)$")


@cache
def _kinds() -> dict[str, str]:
    table: dict[str, list[str]] = lang.common()["export_fields"]
    return {name: kind for kind, names in table.items() for name in names}


def _folded(key: str) -> str:
    return re.sub(r"[\s_\-]", "", key).casefold()


_CAMEL = re.compile(r"[a-z][A-Z]")  # 'datePublished', 'imageCaption'
_FIELD_NAME = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_\-]{1,30})\s*[:=]\s")
_FIELD_LABEL = re.compile(r"^[A-Za-z][A-Za-z_\- ]{1,30}:$")  # 'TEXTE:', 'body:' over the text


def is_field_line(text: str) -> bool:
    """'subheadline: ...', 'dateModified: ...': a line an export names, whatever the name."""
    return _FIELD_NAME.match(text) is not None


def is_field_label(text: str) -> bool:
    """'TEXTE:', 'body:': a field's name alone, over the value under it."""
    return _FIELD_LABEL.match(text) is not None


def _program_named(key: str, *, upper: bool) -> bool:
    """Written as a program writes a name: lower case, snake_case, camelCase, and with
    ``upper`` an archive system's upper case."""
    return key.islower() or (upper and key.isupper()) or "_" in key or _CAMEL.search(key) is not None


def is_program_field(text: str) -> bool:
    """A field line named as a program or an archive system names fields ('title:',
    'image_caption:', 'datePublished:', 'TITULO:'), not a label printed for readers
    ('Author:', 'Posted:')."""
    m = _FIELD_NAME.match(text)
    return m is not None and _program_named(m["key"], upper=True)


def export_field(text: str, *, in_record: bool = False) -> tuple[str, str] | None:
    """('byline' | 'caption' | 'credit', value) of a field line, or None. A field's name is
    written as a program writes it: lower case, snake_case or camelCase; in a record of
    named fields (``in_record``) also an archive system's upper case ('BYLINE:', 'PHOTO
    CREDIT:'), which alone could be a label printed for readers ('CREDIT: Reuters — ...')."""
    m = _FIELD.match(text)
    if m is None:
        return None
    key = m["key"]
    if not _program_named(key, upper=in_record):
        return None  # 'Credit: Reuters', 'Author: ...': a label printed for readers, read as such
    kind = _kinds().get(_folded(key))
    return (kind, m["value"].strip()) if kind else None
