"""Turning bytes from disk, archives or stdin into article text.

Archives are full of files that are not UTF-8; refusing them would lose data, guessing
silently would corrupt it. So: UTF-8 (with or without BOM) is taken as is, other text is
decoded by detection and the decision is reported as a warning, and binary data is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsdata.errors import InputError

MAX_BYTES_DEFAULT = 20 * 1024 * 1024
_BINARY_SIGNATURES = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[str, ...] = field(default_factory=tuple)


# Unicode's control characters (category Cc: C0, DEL and C1) but the ones text uses
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def decode(data: bytes, *, source: str = "<input>", max_bytes: int = MAX_BYTES_DEFAULT) -> DecodedText:
    """Decode article bytes, refusing what cannot be an article."""
    if len(data) > max_bytes:
        raise InputError(f"file is {len(data)} bytes, over the {max_bytes}-byte limit", source=source)
    if not data.strip():
        raise InputError("file is empty", source=source)
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:8192]:
        raise InputError("file is binary, not article text", source=source, where="byte 0")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
        encoding, warnings = "utf-8", tuple[str, ...]()
    except UnicodeDecodeError as exc:
        text, encoding = _decode_legacy(data, source=source, first_bad=exc.start)
        warnings = (f"{source}: not valid UTF-8 (first bad byte at offset {exc.start}); decoded as {encoding}",)
    if _control_ratio(text) > 0.05:
        raise InputError("file is mostly control characters, not article text", source=source)
    return DecodedText(text=text, encoding=encoding, warnings=warnings)


def _decode_legacy(data: bytes, *, source: str, first_bad: int) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("not UTF-8 and no text encoding fits it", source=source, where=f"byte {first_bad}")
    return str(best), best.encoding
