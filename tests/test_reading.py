from __future__ import annotations

import pytest

from newsdata.errors import InputError
from newsdata.reading import decode


def test_utf8_with_bom_is_taken_as_is() -> None:
    decoded = decode("\ufeffȘtiri".encode())
    assert (decoded.text, decoded.encoding, decoded.warnings) == ("Știri", "utf-8", ())


def test_legacy_encoding_is_decoded_with_a_warning() -> None:
    text = "Primăria a anunţat că străzile vor fi închise în weekend pentru lucrări de reparaţii."
    decoded = decode(text.encode("cp1250"), source="vechi.txt")
    assert "străzile" in decoded.text
    assert decoded.warnings and "vechi.txt" in decoded.warnings[0] and "not valid UTF-8" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        (b"abc\x00def" * 10, "binary"),
        (bytes(range(1, 32)) * 20, "control characters"),
    ],
)
def test_unreadable_input_is_refused_with_its_name(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        decode(data, source="bad.txt")
    assert str(info.value).startswith("bad.txt")


def test_oversized_input_is_refused() -> None:
    with pytest.raises(InputError, match="over the 10-byte limit"):
        decode(b"x" * 11, max_bytes=10)
