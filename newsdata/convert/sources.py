"""Where inputs come from: pluggable sources that yield ``Record``s in a fixed order.

A source only enumerates and reads; decoding, parsing and every judgement about the bytes
happen in the workers, so a bad input becomes an entry in the error report, never a
crash of the run. The order is part of the contract: it must be the same on every run
over the same input, because output shards are assigned by input order (which is what
makes a resumed run produce the same files as an uninterrupted one).

New kinds of input (e.g. WARC) register a ``SourceKind`` with ``register_source``; the
engine needs no change.
"""

from __future__ import annotations

import fnmatch
import os
import re
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal, Protocol
from urllib.parse import urlsplit

from newsdata.errors import NewsdataError

RecordKind = Literal["raw", "jsonl"]


@dataclass(frozen=True, slots=True)
class Record:
    """One input.

    ``id`` names it in reports (a path inside the folder or archive, or ``file:line``);
    ``stem`` is a relative, slash-separated path without extension, used to name its
    output file in the one-file-per-article layout; ``kind`` tells the worker how to read
    ``data`` (raw article bytes, or one JSON Lines record); ``error`` is set when the
    source could not even read the bytes (a corrupt archive member), so the failure is
    reported like any other.
    """

    id: str
    stem: str
    data: bytes
    kind: RecordKind = "raw"
    error: str | None = None
    url: str | None = None  # a web archive record's target URI: the article's URL and id
    charset: str | None = None  # the charset the HTTP response declared


class Source(Protocol):
    def records(self) -> Iterator[Record]:
        """Every input, in the same order on every run."""

    def count(self) -> int | None:
        """How many records ``records`` will yield, for the ETA; None when unknown."""


def _member_name(name: str) -> str:
    """Archive member names as the archive's own paths ("./a.txt" and "a.txt" alike)."""
    while name.startswith("./"):
        name = name[2:]
    return name


def _stem(name: str) -> str:
    path = PurePosixPath(name)
    return str(path.with_suffix("")) if path.suffix else str(path)


def _matches(name: str, pattern: str | None) -> bool:
    if pattern is None:
        return True
    return fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(PurePosixPath(name).name, pattern)


class FolderSource:
    """Every file under a folder, recursively, in sorted path order; ``glob`` filters
    on the relative path or the file name (``*.txt``, ``2024/**/*.html``)."""

    def __init__(self, root: Path, glob: str | None = None) -> None:
        self.root = root
        self.glob = glob

    def _paths(self) -> Iterator[str]:
        def walk(folder: str, prefix: str) -> Iterator[str]:
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                return
            for entry in entries:
                rel = f"{prefix}{entry.name}"
                if entry.is_dir(follow_symlinks=False):
                    yield from walk(entry.path, rel + "/")
                elif entry.is_file() and _matches(rel, self.glob):
                    yield rel

        yield from walk(str(self.root), "")

    def records(self) -> Iterator[Record]:
        for rel in self._paths():
            try:
                data, error = (self.root / rel).read_bytes(), None
            except OSError as exc:
                data, error = b"", f"cannot read: {exc.strerror}"
            yield Record(id=rel, stem=_stem(rel), data=data, error=error)

    def count(self) -> int | None:
        return sum(1 for _ in self._paths())


class ZipSource:
    """Members of a .zip archive in the archive's own order (folders skipped)."""

    def __init__(self, path: Path, glob: str | None = None) -> None:
        self.path = path
        self.glob = glob

    def _members(self, archive: zipfile.ZipFile) -> Iterator[zipfile.ZipInfo]:
        return (i for i in archive.infolist() if not i.is_dir() and _matches(i.filename, self.glob))

    def records(self) -> Iterator[Record]:
        with _open_zip(self.path) as archive:
            for info in self._members(archive):
                try:
                    data, error = archive.read(info), None
                except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as exc:
                    data, error = b"", f"corrupt archive member: {exc}"
                name = _member_name(info.filename)
                yield Record(id=name, stem=_stem(name), data=data, error=error)

    def count(self) -> int | None:
        with _open_zip(self.path) as archive:
            return sum(1 for _ in self._members(archive))


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise NewsdataError(f"not a readable zip archive: {exc}", source=str(path)) from None


class TarSource:
    """Members of a .tar, .tar.gz, .tgz, .tar.bz2 or .tar.xz archive, streamed in
    archive order (a compressed tar cannot be read out of order cheaply)."""

    def __init__(self, path: Path, glob: str | None = None) -> None:
        self.path = path
        self.glob = glob

    def _iterate(self, read: bool) -> Iterator[Record]:
        try:
            archive = tarfile.open(self.path, mode="r|*")  # noqa: SIM115 - closed by the with below
        except (tarfile.TarError, OSError) as exc:
            raise NewsdataError(f"not a readable tar archive: {exc}", source=str(self.path)) from None
        with archive:
            try:
                for n, member in enumerate(archive):
                    if n % 1000 == 0:
                        archive.members = []  # type: ignore[attr-defined]  # tarfile keeps every header seen
                    if not member.isfile() or not _matches(member.name, self.glob):
                        continue
                    data, error = b"", None
                    if read:
                        try:
                            handle = archive.extractfile(member)
                            data = handle.read() if handle else b""
                        except (tarfile.TarError, OSError, EOFError) as exc:
                            error = f"corrupt archive member: {exc}"
                    name = _member_name(member.name)
                    yield Record(id=name, stem=_stem(name), data=data, error=error)
                    if error:
                        return
            except (tarfile.TarError, OSError, EOFError) as exc:
                # A truncated archive: everything before the damage was yielded; the
                # damage itself is one more input in the error report.
                yield Record(id=f"{self.path.name}:<truncated>", stem="_truncated", data=b"",
                             error=f"archive is damaged after this point: {exc}")

    def records(self) -> Iterator[Record]:
        return self._iterate(read=True)

    def count(self) -> int | None:
        return sum(1 for _ in self._iterate(read=False))


class JsonlSource:
    """One record per non-blank line of a JSON Lines file: either a raw article
    (``{"text": ..., "id"?: ..., "url"?: ...}``) or a canonical article."""

    def __init__(self, path: Path, glob: str | None = None) -> None:
        self.path = path

    def records(self) -> Iterator[Record]:
        name = self.path.name
        with self.path.open("rb") as handle:
            for n, line in enumerate(handle, 1):
                if line.strip():
                    yield Record(id=f"{name}:{n}", stem=f"{_stem(name)}/{n:09d}", data=line, kind="jsonl")

    def count(self) -> int | None:
        with self.path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())


SourceFactory = Callable[[Path, "str | None"], Source]


@dataclass(frozen=True, slots=True)
class SourceKind:
    """A kind of input: ``accepts`` decides from the path whether it applies."""

    name: str
    accepts: Callable[[Path], bool]
    factory: SourceFactory


_SOURCES: list[SourceKind] = []


def register_source(kind: SourceKind, *, first: bool = True) -> None:
    """Add a kind of input. New kinds are tried before the built-in ones by default."""
    if first:
        _SOURCES.insert(0, kind)
    else:
        _SOURCES.append(kind)


def _has_suffix(*suffixes: str) -> Callable[[Path], bool]:
    return lambda path: path.is_file() and path.name.lower().endswith(suffixes)


register_source(SourceKind("folder", Path.is_dir, FolderSource), first=False)
register_source(SourceKind("zip", _has_suffix(".zip"), ZipSource), first=False)
register_source(
    SourceKind("tar", _has_suffix(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz"), TarSource), first=False
)
register_source(SourceKind("jsonl", _has_suffix(".jsonl", ".ndjson", ".jsonl.txt"), JsonlSource), first=False)


class WebArchiveSource:
    """The distinct HTML pages of a WARC or ARC file (gzipped or not), streamed in the
    archive's order. Records that are not pages are counted by reason in ``accounting``;
    a truncated or malformed record becomes a failed input naming its offset, so every
    record of the archive is accounted for in the summary."""

    def __init__(self, path: Path, glob: str | None = None) -> None:
        from newsdata.inputs.warc import ArchiveSummary

        self.path = path
        self.glob = glob  # matched against the record's target URI
        self.summary = ArchiveSummary()

    def records(self) -> Iterator[Record]:
        from newsdata.inputs.warc import ArchiveSummary, iter_records

        self.summary = ArchiveSummary()
        for page in iter_records(self.path, summary=self.summary, name=self.path.name):
            if not _matches(page.target_uri, self.glob):
                self.summary.skipped["not matching --glob"] += 1
                continue
            yield Record(
                id=page.input_id,
                stem=_uri_stem(page.target_uri, page.offset),
                data=page.payload,
                url=page.target_uri or None,
                charset=page.http_charset,
            )
        for error in self.summary.errors:
            place = error.where or "record"
            yield Record(
                id=f"{self.path.name}:{place}", stem=f"errors/{_UNSAFE.sub('_', place)}", data=b"", error=error.message
            )

    def count(self) -> int | None:
        return None  # knowing would mean reading a multi-GB archive twice

    def accounting(self) -> dict[str, object]:
        s = self.summary
        return {"records": s.records, "pages": s.pages, "skipped": dict(sorted(s.skipped.items())),
                "errors": len(s.errors)}


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _uri_stem(uri: str, offset: int) -> str:
    """'https://news.example/2026/05/story.html' -> 'news.example/2026/05/story': the
    page's place on its site, so one-file-per-article output mirrors the crawl."""
    parts = urlsplit(uri)
    segments = [parts.netloc, *parts.path.split("/")]
    clean = [_UNSAFE.sub("_", seg).strip("._")[:80] for seg in segments]
    clean = [seg for seg in clean if seg]
    stem = _stem("/".join(clean)) if clean else ""
    return stem or f"record-{offset}"


def _is_web_archive(path: Path) -> bool:
    if not path.is_file():
        return False
    from newsdata.inputs.kind import Kind, detect

    with path.open("rb") as handle:
        head = handle.read(4096)
    return detect(head)[0] in (Kind.WARC, Kind.ARC)


def open_source(path: Path, glob: str | None = None) -> Source:
    """The source for ``path``; a usage error naming the kinds known when none fits."""
    if not path.exists():
        raise FileNotFoundError(path)
    for kind in _SOURCES:
        if kind.accepts(path):
            return kind.factory(path, glob)
    known = ", ".join(k.name for k in _SOURCES)
    raise NewsdataError(f"not a kind of input newsdata can convert (known: {known})", source=str(path))


# told from the content: a crawl is often named .gz, .arc.gz or nothing telling at all
register_source(SourceKind("warc", _is_web_archive, WebArchiveSource))
