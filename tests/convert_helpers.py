"""Shared by the converter tests (and importable by their subprocesses): small archives
with every kind of bad input, a tiny TabularFormat standing in for CSV, and a tree
comparison that ignores only the resume state."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import ClassVar

from newsdata.errors import InputError
from newsdata.formats import Loss, Problem, TabularFormat, register_format
from newsdata.model import Article

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))

CP1250_ARTICLE = (
    "Primăria a deschis un nou parc în cartierul Mărăşti\nde Ion Vlăduţ • 22.07.2025, 08:47\n\n"
    "Primăria a deschis marţi un parc nou după o lucrare care a durat doi ani, "
    "au anunţat reprezentanţii instituţiei.\n"
)

# name -> (bytes, the stage it must fail at, or None when it must convert)
BAD_INPUTS: dict[str, tuple[bytes, str | None]] = {
    "bad/empty.txt": (b"", "decode"),
    "bad/blank.txt": (b" \n\n\t\n", "decode"),
    "bad/photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "decode"),
    "bad/nul.txt": (b"Headline\x00\x00\x00 body", "decode"),
    "bad/headline-less.txt": (b"...\n\n***\n", "parse"),
    "legacy/cp1250.txt": (CP1250_ARTICLE.encode("cp1250"), None),
}


def article_texts(count: int) -> dict[str, bytes]:
    """``count`` good inputs from the fixtures (copies varied by a trailing paragraph)."""
    out: dict[str, bytes] = {}
    for i in range(count):
        source = ARTICLES[i % len(ARTICLES)]
        text = source.read_bytes()
        if i >= len(ARTICLES):
            text += f"\n\nCopie {i}.\n".encode()
        out[f"good/{i:03d}-{source.stem}.txt"] = text
    return out


def write_folder(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def mixed_inputs(good: int) -> dict[str, bytes]:
    files = article_texts(good)
    files.update({name: data for name, (data, _) in BAD_INPUTS.items()})
    return files


def write_zip_with_corrupt_member(path: Path, files: dict[str, bytes], corrupt: str) -> None:
    """A zip whose member ``corrupt`` fails its CRC check (its stored bytes flipped)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    raw = bytearray(path.read_bytes())
    needle = files[corrupt][:40]
    at = raw.find(needle)
    assert at > 0
    raw[at + 10] ^= 0xFF
    path.write_bytes(bytes(raw))


def tree(root: Path) -> dict[str, str]:
    """Every output file's content hash, the resume state excepted."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".newsdata" not in p.relative_to(root).parts
    }


class HeadlineTables(TabularFormat):
    """A small TabularFormat written as CSV tables by the converter (like issue 5's csv)."""

    name: ClassVar[str] = "test-tables"
    extension: ClassVar[str] = ".csv"
    media_type: ClassVar[str] = "text/csv"

    def table_columns(self) -> dict[str, list[str]]:
        return {"articles": ["id", "headline", "published"], "paragraphs": ["id", "n", "text"]}

    def tables(self, article: Article) -> dict[str, list[dict[str, str]]]:
        return {
            "articles": [
                {
                    "id": article.id,
                    "headline": article.headline,
                    "published": article.published.isoformat() if article.published else "",
                }
            ],
            "paragraphs": [{"id": article.id, "n": str(n), "text": t} for n, t in enumerate(article.body)],
        }

    # What these two tables hold: id, headline, published time and the paragraphs.
    lossy_fields: Mapping[str, Loss] = MappingProxyType(
        dict.fromkeys(
            ("language", "modified", "reading_time_minutes", "authors", "photos", "quotes", "participants", "events",
             "source"),
            "dropped",
        )
    )  # fmt: skip

    def read_tables(
        self, tables: Mapping[str, Sequence[Mapping[str, str]]], *, source: str = "<tables>"
    ) -> list[Article]:
        ids = [row["id"] for row in tables["articles"]]
        if len(set(ids)) != len(ids):
            raise InputError("an article id appears twice", source=source)
        paragraphs: dict[str, list[tuple[int, str]]] = {}
        for row in tables.get("paragraphs", ()):
            paragraphs.setdefault(row["id"], []).append((int(row["n"]), row["text"]))
        return [
            Article(
                id=row["id"],
                language="und",
                headline=row["headline"],
                published=row["published"] or None,
                body=[text for _, text in sorted(paragraphs.get(row["id"], []))],
            )
            for row in tables["articles"]
        ]

    def export(self, article: Article) -> str:
        return ""

    def read(self, data: bytes, *, source: str = "<input>") -> list[Article]:
        return []

    def validate(self, data: bytes, *, source: str = "<input>") -> list[Problem]:
        return []


register_format("test-tables", HeadlineTables)
