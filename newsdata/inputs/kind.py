"""What a file holds, told from its first bytes rather than its name.

Archives are full of pages saved as ``.txt`` or without an extension, and web archives
are named ``.warc``, ``.arc``, ``.warc.gz`` or nothing at all, so the extension is only
a tie-breaker the content never needs.
"""

from __future__ import annotations

import gzip
import re
import zlib
from enum import StrEnum

SNIFF_BYTES = 4096
_GZIP_MAGIC = b"\x1f\x8b"
_WARC = re.compile(rb"^WARC/\d+\.\d+\r?\n")
_ARC = re.compile(rb"^filedesc://\S+ ")
# markup a page starts with, after an optional BOM, whitespace, XML declaration and comments
_HTML_START = re.compile(
    rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|article|div)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|head|body)\b[^>]*>", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class Kind(StrEnum):
    TEXT = "text"
    HTML = "html"
    WARC = "warc"
    ARC = "arc"


def is_gzip(head: bytes) -> bool:
    return head.startswith(_GZIP_MAGIC)


def gunzip_head(head: bytes, limit: int = SNIFF_BYTES) -> bytes:
    """The first decompressed bytes of a gzip stream (a WARC's first member is enough)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, limit)
    except zlib.error:
        return b""


def _strip_bom(head: bytes) -> bytes:
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without BOM: look at it as ASCII
        head = head.replace(b"\x00", b"")
    return head


def detect(head: bytes) -> tuple[Kind, bool]:
    """The kind of content and whether it is gzip-compressed, from the file's first bytes."""
    compressed = is_gzip(head)
    if compressed:
        head = gunzip_head(head)
    head = head[:SNIFF_BYTES]
    if _WARC.match(head):
        return Kind.WARC, compressed
    if _ARC.match(head):
        return Kind.ARC, compressed
    body = _strip_bom(head)
    if _HTML_START.match(body) or _HTML_ANYWHERE.search(body[:1024]):
        return Kind.HTML, compressed
    return Kind.TEXT, compressed


def gunzip(data: bytes, *, max_bytes: int) -> bytes:
    """Decompress a whole (small) gzip file, refusing one that inflates past ``max_bytes``."""
    out = zlib.decompressobj(16 + zlib.MAX_WBITS)
    result = out.decompress(data, max_bytes + 1)
    if len(result) > max_bytes:
        raise ValueError(f"inflates to more than {max_bytes} bytes")
    if not out.eof:
        raise gzip.BadGzipFile("truncated gzip stream")
    return result
