"""Export throughput per format on one core, each document validated by its standard.

Parses the bundled fixture articles once, then for each format times export + validation
of the output (the same check ``newsdata export`` makes before writing) over the
articles, repeated to reach ``--articles``; best of three runs. CSV is timed as
``newsdata export --to csv`` works: all articles into the seven tables, each table
written and validated once. The rate is per CPU second of this process, pinned to one
core (the machine is shared, so wall-clock time also measures the neighbours; it is
printed too). Schemas are compiled once, before the timing, as once per process in real
use (that cost is printed separately).

    python bench/bench_export.py [--articles 2000]

Targets: >= 2,000 articles/s for JSON-LD, ninjs and CSV, >= 1,000/s for NewsML-G2.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

from newsdata.formats import get_format
from newsdata.formats.csv_tables import CSVTables, write_table
from newsdata.model import Article
from newsdata.pipeline import parse_text

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"jsonld": 2000, "ninjs 3.1": 2000, "ninjs 2.1": 2000, "csv": 2000, "newsml": 1000}


def articles() -> list[Article]:
    paths = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    return [parse_text(p.read_text(encoding="utf-8"), source=str(p)) for p in paths]


def exporter(name: str) -> Callable[[list[Article]], None]:
    if name == "csv":
        fmt = get_format("csv")
        assert isinstance(fmt, CSVTables)

        def export_csv(articles: list[Article]) -> None:
            for table, rows in fmt.tables_many(articles).items():
                problems = fmt.validate(write_table(table, rows).encode())
                assert not problems, problems

        return export_csv
    fmt = get_format("ninjs", version=name.split()[1]) if name.startswith("ninjs") else get_format(name)

    def export(articles: list[Article]) -> None:
        for article in articles:
            problems = [p for p in fmt.validate(fmt.export(article).encode()) if p.severity == "error"]
            assert not problems, problems

    return export


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    sample = articles()
    work = [sample[i % len(sample)] for i in range(args.articles)]
    size = sum(len(get_format("canonical").export(a)) for a in sample) / len(sample)
    print(f"{len(sample)} fixture articles (canonical JSON {size / 1024:.1f} KB on average), {len(work)} per run")
    print(f"{'format':<10} {'articles/s':>11} {'wall /s':>8} {'target':>7}  compile")
    for name, target in TARGETS.items():
        start = time.perf_counter()
        run = exporter(name)
        run(sample[:1])  # compiles the schema
        compile_s = time.perf_counter() - start
        best = wall = float("inf")
        for _ in range(3):
            start, start_wall = time.process_time(), time.perf_counter()
            run(work)
            best = min(best, time.process_time() - start)
            wall = min(wall, time.perf_counter() - start_wall)
        rate = len(work) / best
        verdict = "ok" if rate >= target else "BELOW TARGET"
        print(f"{name:<10} {rate:>11,.0f} {len(work) / wall:>8,.0f} {target:>7,}  {compile_s:.2f} s  {verdict}")


if __name__ == "__main__":
    main()
