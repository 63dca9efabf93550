"""HTML and WARC throughput on one core.

Pages are built from the bundled fixtures in every template of tests/html_pages.py
(about 10-20 KB each, with site furniture around the article), so the numbers measure
pages as sites serve them, not bare articles.

    python bench/bench_html.py [--pages 400] [--warc-pages 1000]

Reports: HTML pages parsed per second (decode, declared metadata, trafilatura, text
pipeline, merge), the share of that spent outside the text pipeline, and WARC
throughput in MB/s of archive for reading records alone and for a full conversion,
plain and gzipped. With FastWARC installed it also times FastWARC's record reading,
for comparison with warcio.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from newsdata.inputs.charset import decode_html  # noqa: E402
from newsdata.inputs.declared import extract_declared  # noqa: E402
from newsdata.inputs.html import load_tree, render  # noqa: E402
from newsdata.inputs.page import parse_page  # noqa: E402
from newsdata.inputs.read import ParseOptions, outcomes_from_path  # noqa: E402
from newsdata.inputs.warc import iter_records  # noqa: E402
from newsdata.pipeline import parse_text  # noqa: E402
from tests.html_pages import TEMPLATES, layout  # noqa: E402

REPEATS = 3


def pages(n: int) -> list[tuple[bytes, str]]:
    """(page, its raw text) pairs, cycling over fixtures and templates."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    layouts = [layout(t) for t in texts]
    names = list(TEMPLATES)
    out: list[tuple[bytes, str]] = []
    for i in range(n):
        k = i % len(texts)
        html = TEMPLATES[names[(i // len(texts)) % len(names)]](layouts[k])
        out.append((html.replace("</body>", f"<!-- copy {i} --></body>").encode("utf-8"), texts[k]))
    return out


def best(fn: object) -> float:
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        runs.append(time.perf_counter() - start)
    return min(runs)


def _read_page(page: bytes) -> str:
    tree = load_tree(decode_html(page).text, source="bench")
    return render(tree, extract_declared(tree), url=None).text


def write_warc(path: Path, docs: list[tuple[bytes, str]], *, compress: bool) -> None:
    with open(path, "wb") as handle:
        w = WARCWriter(handle, gzip=compress)
        for i, (page, _) in enumerate(docs):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            uri = f"https://news.example.com/a/{i}"
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(page), http_headers=http))
            if i % 4 == 0:  # the images and scripts a crawl holds beside the pages
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                blob = io.BytesIO(b"\xff\xd8\xff" + random.randbytes(30000))  # JPEG data does not compress
                w.write_record(w.create_warc_record(uri + ".jpg", "response", payload=blob, http_headers=img))


def read_only(path: Path) -> int:
    return sum(1 for _ in iter_records(path))


def fastwarc_read(path: Path) -> int | None:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType  # type: ignore[import-not-found]
    except ImportError:
        return None
    n = 0
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle, record_types=WarcRecordType.response, parse_http=True):
            if "text/html" in (record.http_headers.get("Content-Type") or ""):
                record.reader.read()
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--warc-pages", type=int, default=1000)
    opts = ap.parse_args()

    docs = pages(opts.pages)
    parse_page(docs[0][0])  # warm up imports and caches
    size = sum(len(p) for p, _ in docs) / len(docs)
    html_time = best(lambda: [parse_page(p) for p, _ in docs])
    reading_time = best(lambda: [_read_page(p) for p, _ in docs])
    text_time = best(lambda: [parse_text(t) for _, t in docs])
    print(
        f"HTML pages, full parse: {len(docs) / html_time:8.1f} pages/s  (n={len(docs)}, mean page {size / 1024:.1f} KB)"
    )
    print(
        f"  page reading alone (decode, metadata, trafilatura, layout): {len(docs) / reading_time:8.1f} pages/s,"
        f" {1000 * reading_time / len(docs):.1f} ms/page"
    )
    print(f"  text pipeline alone on the raw articles: {len(docs) / text_time:8.1f} articles/s")

    warc_docs = pages(opts.warc_pages)
    with tempfile.TemporaryDirectory() as tmp:
        for compress in (False, True):
            path = Path(tmp) / ("crawl.warc.gz" if compress else "crawl.warc")
            write_warc(path, warc_docs, compress=compress)
            mb = path.stat().st_size / 1e6
            read_time = best(lambda path=path: read_only(path))  # type: ignore[misc]
            label = "warc.gz" if compress else "warc   "
            print(f"{label} {mb:7.1f} MB: reading records {mb / read_time:7.1f} MB/s", end="")
            fast = fastwarc_read(path)
            if fast is not None:
                fast_time = best(lambda path=path: fastwarc_read(path))  # type: ignore[misc]
                print(f" (FastWARC {mb / fast_time:7.1f} MB/s)", end="")
            start = time.perf_counter()
            converted = sum(1 for o in outcomes_from_path(path, options=ParseOptions()) if o.article is not None)
            full = time.perf_counter() - start
            print(f"; full conversion {mb / full:6.2f} MB/s, {converted / full:6.1f} pages/s ({converted} pages)")


if __name__ == "__main__":
    main()
