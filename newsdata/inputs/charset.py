"""Decoding an HTML page: the declared charset when there is one, detection when not.

Order, as browsers do it: a byte-order mark, then the HTTP ``Content-Type`` charset (from
the archive record), then a ``<meta charset>`` / ``http-equiv`` in the first bytes, then
UTF-8 if the bytes are valid UTF-8, then charset-normalizer. A declaration that does not
name a codec Python knows, or that the bytes contradict (declared UTF-8 that is not), is
skipped with a warning instead of producing mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsdata.errors import InputError

PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# what pages declare and what they mean by it (WHATWG encoding standard)
_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


@dataclass(frozen=True)
class DecodedPage:
    text: str
    encoding: str
    how: str  # bom | http | meta | utf-8 | detected
    warnings: tuple[str, ...] = ()


def charset_from_content_type(value: str | None) -> str | None:
    if not value:
        return None
    m = _CONTENT_TYPE_CHARSET.search(value)
    return m.group(1) if m else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = _ALIASES.get(name.strip().casefold(), name.strip())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, *, http_charset: str | None = None, source: str = "<input>") -> DecodedPage:
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedPage(data[len(bom) :].decode(encoding, errors="replace"), encoding, "bom")
    meta = _META_CHARSET.search(data[:PRESCAN_BYTES])
    declared = [("http", http_charset), ("meta", meta.group(1).decode("ascii", "replace") if meta else None)]
    for how, name in declared:
        if name is None:
            continue
        codec = _codec(name)
        if codec is None:
            warnings.append(f"{source}: unknown charset {name!r} declared ({how}); ignored")
            continue
        try:
            return DecodedPage(data.decode(codec), codec, how, tuple(warnings))
        except UnicodeDecodeError as exc:
            warnings.append(
                f"{source}: declared charset {name!r} ({how}) does not fit the bytes (offset {exc.start}); ignored"
            )
    try:
        return DecodedPage(data.decode("utf-8"), "utf-8", "utf-8", tuple(warnings))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("page is not UTF-8 and no text encoding fits it", source=source, where=f"byte {first_bad}")
    warnings.append(f"{source}: page declares no usable charset and is not UTF-8; decoded as {best.encoding}")
    return DecodedPage(str(best), best.encoding, "detected", tuple(warnings))
