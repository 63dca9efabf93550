"""Validation throughput per format on one core, parsing included.

Each document goes through what ``newsdata validate`` does to one input: format
detection, the hostile-input guards, parsing, the standard's schema (XSD with the NITF
body, ninjs JSON Schema, schema.org vocabulary, the canonical model), the common view
and every semantic check. The corpus per format is the bundled fixture articles
exported to that format plus IPTC's examples from ``tests/data`` (NewsML-G2 items, the
ninjs test suite's should_pass files and the ninjs examples), repeated to reach
``--documents``. The rate is per CPU second of this process (``time.process_time``,
pinned to one core: the machine is shared, so wall-clock time also measures the
neighbours), best of ``--repeat`` runs. Schemas are compiled before the timing, as once
per process in real use.

    python bench/bench_validate.py [--documents 5000] [--repeat 5]

Targets: >= 5,000 NewsML-G2 documents/s and >= 10,000 ninjs documents/s.

Where NewsML-G2's time goes (bench corpus, 6.8 kB a document; callgrind instruction counts
and best-of-N CPU times on the shared 2-core machine, idle neighbour): of ~1.43 M
instructions a document, libxml2 runs ~90%: its parse ~580 k (~55 us), the XSD pass
(NewsML-G2 2.35 + NITF in one schema, one pass, no subtree copy) ~610 k (~55-60 us; a third
of it the pattern facets of QCodes and names), freeing the tree ~80 k; so the format
validator alone peaks near 8,600/s. Python's share is ~135 k: the view ~60 k (the C reader,
below), the nine checks and the report ~65 k, detection and guards a few k.

Measured with --repeat 7, the old and the new code in alternation on this machine (idle
neighbour): NewsML-G2 5,480-5,700/s before, 7,080-7,170/s after (the view 35-49 us -> ~6 us,
the checks ~6 -> ~5 us); ninjs 18,300-19,000/s before, 19,100-19,500/s after (cheaper JSON
places). Earlier notes had 3,300 and 9,900/s for the old code: the machine's other
process moves these figures by tens of percent (one run of the new code in a busy moment
gave 5,300 and 17,200/s), so compare old and new in one sitting.

The view of a G2 item is read by ``newsdata/validate/_xmlview.c`` (C, built by setup.py
against lxml's headers): one walk of lxml's libxml2 tree through lxml's public C API, the
view's objects built in C; the Python reader (views._item_fields / _item_view) stays as the
reference it is tested against (tests/test_validate_fast_paths.py) and runs where the C
one is not built, under NEWSDATA_NO_COMPILE=1, and for a document with a DTD. Per item the
Python reader handed out a proxy object per element, a new string per ``.tag`` and a copy
per ``.get()`` (~80 elements, ~35 us); compiling it with mypyc changed nothing (the time is
in those lxml calls, not in the interpreter).

Tried and dropped: one compiled XSLT building the view data as text with
``saxon:line-number()`` (~9 us fixed cost per transform before any output, ~49 us for the
full sheet: slower than the Python walk); XPath unions returning the wanted elements or
their strings (libxml2's union merging costs more than the proxies it saves: 15-18 us for
the metadata alone); mypyc for views.py (no gain, see above); parser options (collect_ids,
compact, strip_cdata, ns_clean: same or slower) and validating while parsing
(``XMLParser(schema=...)``: same instructions, slower in time); ``remove_blank_text`` (5%
fewer instructions but it can change a verdict or a headline's text), children asked for by
name (``iterchildren(tag)``), custom element classes (slower than the plain walk); for
ninjs, the speaker-attribute pattern spelt case by case so the regex engine can scan for
its first letter (no faster). The garbage collector does not run during the benchmark (no
cycles), so it costs nothing here.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from newsdata.formats import get_format
from newsdata.pipeline import parse_text
from newsdata.validate import Validator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
TARGETS = {"newsml": 5000, "ninjs": 10000}


def corpora() -> dict[str, list[bytes]]:
    paths = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    articles = [parse_text(p.read_text(encoding="utf-8"), source=str(p)) for p in paths]
    newsml = [get_format("newsml").export(a).encode() for a in articles]
    newsml += [p.read_bytes() for p in sorted((DATA / "newsml-g2").glob("*.xml"))]
    ninjs = [get_format("ninjs", version=v).export(a).encode() for v in ("3.1", "2.1") for a in articles]
    ninjs += [p.read_bytes() for p in sorted((DATA / "ninjs-test-suite").glob("*/should_pass/*.json"))]
    ninjs += [p.read_bytes() for p in sorted((DATA / "ninjs").rglob("*.json"))]
    return {
        "newsml": newsml,
        "ninjs": ninjs,
        "jsonld": [get_format("jsonld").export(a).encode() for a in articles],
        "canonical": [get_format("canonical").export(a).encode() for a in articles],
    }


def rate(documents: list[bytes], count: int, repeat: int, standard_only: str | None = None) -> tuple[float, float]:
    """(documents per CPU second, per wall second) for the best run; with
    ``standard_only`` (a format name) only that format's own ``validate`` (parse +
    schema), the floor under the full run."""
    batch = (documents * (count // len(documents) + 1))[:count]
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        run = Validator()  # a fresh run: duplicate ids are per input anyway
        check = get_format(standard_only).validate if standard_only else run.validate_bytes
        cpu, wall = time.process_time(), time.perf_counter()
        for doc in batch:
            check(doc, source="bench")
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return count / best_cpu, count / best_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    data = corpora()
    warm = Validator()
    for docs in data.values():  # compile every schema once, before timing
        for doc in docs:
            warm.validate_bytes(doc, "warm")
    print(f"{'format':<10} {'corpus':>6} {'avg bytes':>9} {'docs/CPU s':>11} {'docs/wall s':>11} {'target':>7}")
    for name, docs in data.items():
        cpu, wall = rate(docs, args.documents, args.repeat)
        target = TARGETS.get(name)
        verdict = "" if target is None else ("ok" if cpu >= target else "MISSED")
        average = sum(map(len, docs)) // len(docs)
        print(
            f"{name:<10} {len(docs):>6} {average:>9} {cpu:>11,.0f} {wall:>11,.0f} "
            f"{target or '':>7} {verdict}"
        )
    print("\nthe format validator alone (parse + schema, no detection, guards' extras, views or checks):")
    for name, docs in data.items():
        cpu, wall = rate(docs, args.documents, args.repeat, standard_only=name)
        print(f"{name:<10} {'':>6} {'':>9} {cpu:>11,.0f} {wall:>11,.0f}")


if __name__ == "__main__":
    main()
