"""Guards against hostile documents, run before a parser sees the bytes.

A feed validator reads what strangers send, so the parsers must not be the ones to
discover that a document is an attack: an entity-expansion bomb (billion laughs), an
external entity that reads a local file (XXE), a DTD that makes the parser go to the
network, or JSON nested so deep that a recursive parser or checker runs out of stack.
Each guard costs a few C-speed passes over the bytes and refuses with a ``HostileInput``
that carries a stable code, so the CLI reports it like any other problem.

The XML parser itself is also configured safely (``newsml._safe_parser``: no network, no
DTD loading, no entity substitution, libxml2's default depth limit of 256), so these
guards are a first, clearer line, not the only one.
"""

from __future__ import annotations

import re

from newsdata.errors import InputError

JSON_MAX_DEPTH = 128
XML_MAX_DEPTH = 256  # libxml2's limit without XML_PARSE_HUGE, which the safe parser keeps

_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_OPEN = frozenset(b"[{")
# One C pass for both scans a JSON document gets before parsing (json_scan): "[" and "{"
# become "(" (the nesting guard counts them), digits "0" (jsondoc looks for integers too
# long for orjson), every other byte " ".
_JSON_SCAN = bytes(0x28 if b in b"[{" else 0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
# The prolog may hold an XML declaration, comments, processing instructions and white space.
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)


class HostileInput(InputError):
    """A document refused before parsing; ``code`` names the rule (e.g. ``json.depth``)."""

    def __init__(self, code: str, message: str, *, source: str | None = None, where: str | None = None) -> None:
        self.code = code
        super().__init__(message, source=source, where=where)


def json_scan(data: bytes) -> bytes:
    """The document with "[" and "{" as "(", digits as "0" and the rest as " "."""
    return data.translate(_JSON_SCAN)


def json_depth_exceeds(data: bytes, limit: int = JSON_MAX_DEPTH, scan: bytes | None = None) -> bool:
    """Whether arrays and objects nest deeper than ``limit`` (brackets inside strings
    do not count). Cheap when the document has fewer brackets than the limit; ``scan``
    is ``json_scan(data)`` when the caller needs it anyway (then no pass of its own)."""
    if scan is not None:
        if scan.count(b"(") <= limit:
            return False
    else:
        brackets = data.translate(None, _NOT_BRACKET)  # one C pass (two counts were two)
        if brackets.count(b"[") + brackets.count(b"{") <= limit:
            return False
    brackets = _JSON_STRING.sub(b"", data).translate(None, _NOT_BRACKET)
    depth = 0
    for byte in brackets:
        if byte in _OPEN:
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def check_json_depth(data: bytes, *, source: str, limit: int = JSON_MAX_DEPTH, scan: bytes | None = None) -> None:
    if json_depth_exceeds(data, limit, scan):
        raise HostileInput(
            "json.depth",
            f"JSON nested deeper than {limit} levels; refused before parsing",
            source=source,
        )


def _utf8_head(data: bytes) -> bytes:
    """The start of an XML document as UTF-8, so a UTF-16 document is checked too."""
    head = data[: 1 << 16]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="replace").encode("utf-8")
    return head.removeprefix(b"\xef\xbb\xbf")


def check_xml_prolog(data: bytes, *, source: str) -> None:
    """Refuse a document type declaration: NewsML-G2 needs none, and a DTD is how entity
    bombs, external entities (XXE) and DTD downloads get in."""
    if data.find(b"<!DOCTYPE", 0, 1 << 16) < 0 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # no declaration in the head (where the loop below looks): no copy, no regex
    head = _utf8_head(data)
    pos = 0
    while True:
        match = _PROLOG_ITEM.match(head, pos)
        if match is None or match.end() == pos:
            break
        pos = match.end()
    if not head.startswith(b"<!DOCTYPE", pos):
        return
    line = head.count(b"\n", 0, pos) + 1
    declaration = head[pos : pos + (1 << 14)]
    if b"<!ENTITY" in declaration:
        message = (
            "DOCTYPE with entity declarations refused: entities are never expanded or fetched (XXE, billion laughs)"
        )
        code = "xml.entities"
    else:
        message = "DOCTYPE refused: NewsML-G2 documents need no DTD, and external DTDs are never loaded"
        code = "xml.dtd"
    raise HostileInput(code, message, source=source, where=f"line {line}")


def xml_error_code(message: str) -> str:
    """A stable code for libxml2's refusals (its safety limits), else ``xml.syntax``."""
    lowered = message.lower()
    if "excessive depth" in lowered:
        return "xml.depth"
    if "amplification" in lowered or ("entity" in lowered and ("loop" in lowered or "huge" in lowered)):
        return "xml.entities"
    return "xml.syntax"
