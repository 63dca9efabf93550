"""Parser throughput on one core.

Builds 3-5 KB articles from the bundled fixtures (their header plus enough body to reach
the size, varied per copy) and times the header stage alone and the full parse.

    python bench/bench_parse.py [--articles 2000]

Rates are wall-clock; CPU (process time) rates are printed too, since the machine is shared.
Target (issue 4): full parse >= 200 articles/s on one core, start-up <= 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from newsdata._compiled import is_compiled
from newsdata.document import Document
from newsdata.header import parse_header
from newsdata.pipeline import STAGES, parse_text, run_stages
from newsdata.pipeline.language import detect_language
from newsdata.pipeline.segment import segment

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int) -> list[str]:
    sources = sorted((ROOT / "fixtures" / "articles").glob("*.txt")) or sorted((ROOT / "fixtures").rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    out: list[str] = []
    for i in range(n):
        text = texts[i % len(texts)]
        paragraphs = text.split("\n\n")
        while len(text.encode()) < 3000:  # pad with the article's own body paragraphs
            text += "\n\n" + paragraphs[-1 - (len(text) % max(1, len(paragraphs) - 3))]
        out.append(text[:5000] + f"\n\nParagraph variant {i}.")
    return out


REPEATS = 3


def timed(label: str, texts: list[str], fn: object) -> float:
    """Best of a few runs, as timeit does: on a shared machine the slower runs measure the
    neighbours, not the code."""
    runs = []
    cpu = []
    for _ in range(REPEATS):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            fn(text)  # type: ignore[operator]
        runs.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    best, median = min(runs), statistics.median(runs)
    rate = len(texts) / best
    print(
        f"{label:28s} {rate:10.0f} articles/s  (best of {REPEATS}: {best:.2f} s, median {median:.2f} s, n={len(texts)};"
        f" CPU {len(texts) / min(cpu):.0f} articles/s)"
    )
    return rate


def load() -> str:
    """The machine's load: on a shared machine a slow run is often the neighbours' doing."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def startup() -> float:
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", "import newsdata.pipeline as p; p.parse_text('T\\n\\nx y z')"], check=True
        )
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    opts = ap.parse_args()
    texts = corpus(opts.articles)
    sizes = [len(t.encode()) for t in texts]
    print(f"{len(texts)} articles, {min(sizes)}-{max(sizes)} bytes, median {statistics.median(sizes):.0f}")
    print(f"parser modules: {'compiled (mypyc)' if is_compiled() else 'pure Python'}; load average {load()}")
    parse_text(texts[0])  # warm the per-language caches once, as a long run would

    def header_only(text: str) -> None:
        parse_header(detect_language(segment(Document(source="bench", text=text))))

    timed("header stage (seg+lang+hdr)", texts, header_only)
    timed("all stages", texts, lambda t: run_stages(Document(source="bench", text=t), STAGES))
    timed("full parse (to Article)", texts, parse_text)
    print(f"{'start-up (import + 1 parse)':28s} {startup():10.2f} s")


if __name__ == "__main__":
    main()
