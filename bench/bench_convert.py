"""`newsdata convert` throughput, scaling, overhead and memory.

Builds a synthetic archive (an uncompressed .tar) of --count articles from the bundled
fixtures, each copy varied: body paragraphs shuffled, people's surnames replaced by
invented ones, years shifted. Then, each in a fresh process:

  parse loop   decode + parse_text on every article, nothing else (the baseline)
  convert -j1  newsdata convert --to canonical with one worker (in process)
  convert -j2  the same with two worker processes

and reports articles/s, the 2-worker speed-up (target >= 1.8x), the converter's overhead
over the parse loop (target < 15%) and peak RSS (target < 300 MB at 100,000 articles).

    python bench/bench_convert.py [--count 100000] [--jobs 1,2] [--keep DIR]

A full 100,000-article run takes about 8 minutes per configuration per core-second of
parsing on a ~100 articles/s core; use --count 10000 for a quicker look.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ka", "ro", "vel", "min", "dra", "sto", "len", "ba", "tor", "zi", "mar", "quen", "lo", "fi", "ne", "dut"]


def _invented_surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _fixtures() -> list[tuple[str, list[str]]]:
    """(text, surnames of the people in it) for every fixture article."""
    out = []
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        gold_path = path.with_suffix(".yaml")
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        names = [p["name"] for p in gold.get("participants") or [] if p.get("type") == "person"]
        names += list(gold.get("authors") or [])
        surnames = sorted({n.split()[-1] for n in names if len(n.split()) > 1 and len(n.split()[-1]) > 3})
        out.append((path.read_text(encoding="utf-8"), surnames))
    return out


def vary(text: str, surnames: list[str], rng: random.Random) -> str:
    blocks = text.split("\n\n")
    head, body = blocks[:4], blocks[4:]
    if len(body) > 2:
        middle = body[:-1]
        rng.shuffle(middle)
        body = [*middle, body[-1]]
    text = "\n\n".join(head + body)
    for surname in surnames:
        text = re.sub(rf"\b{re.escape(surname)}\b", _invented_surname(rng), text)
    shift = rng.choice((-1, 0, 1))
    return re.sub(r"\b(202[4-7])\b", lambda m: str(int(m.group(1)) + shift), text)


def build_archive(path: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    fixtures = _fixtures()
    size = 0
    with tarfile.open(path, "w") as archive:
        for i in range(count):
            text, surnames = fixtures[i % len(fixtures)]
            data = vary(text, surnames, rng).encode("utf-8")
            info = tarfile.TarInfo(f"{i // 1000:04d}/{i:07d}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            size += len(data)
    return size


def _cpu_seconds() -> float:
    """CPU time of this process and its reaped children: unlike wall time, it does not
    count the neighbours on a shared machine."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def child_parse_loop(archive: Path) -> dict[str, float]:
    from newsdata.convert.sources import TarSource
    from newsdata.pipeline import parse_text
    from newsdata.reading import decode

    records = list(TarSource(archive).records())  # read first: the loop times parsing only
    start, cpu = time.perf_counter(), _cpu_seconds()
    for record in records:
        parse_text(decode(record.data, source=record.id).text, source=record.id)
    elapsed = time.perf_counter() - start
    return {"seconds": elapsed, "cpu": _cpu_seconds() - cpu, "articles": len(records)}


def child_convert(archive: Path, out: Path, jobs: int) -> dict[str, float]:
    import newsdata.pipeline  # noqa: F401  (imported before the clock starts, as in the parse loop)
    from newsdata.convert import LocalEngine, convert

    start, cpu = time.perf_counter(), _cpu_seconds()
    summary = convert(archive, out, to="canonical", engine=LocalEngine(jobs))
    elapsed = time.perf_counter() - start
    own, children = _peak_rss_mb()
    return {
        "seconds": elapsed,
        "cpu": _cpu_seconds() - cpu,
        "articles": summary.inputs,
        "converted": summary.converted,
        "rss_main_mb": own,
        "rss_worker_mb": children,
    }


def _run_child(*args: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--jobs", default="1,2", help="worker counts to measure, comma-separated")
    ap.add_argument("--keep", type=Path, help="build the archive and outputs here and keep them")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    opts = ap.parse_args()
    if opts.child:
        kind, *rest = opts.child
        if kind == "parse":
            print(json.dumps(child_parse_loop(Path(rest[0]))))
        else:
            print(json.dumps(child_convert(Path(rest[0]), Path(rest[1]), int(rest[2]))))
        return

    work = opts.keep or Path(tempfile.mkdtemp(prefix="bench-convert-"))
    work.mkdir(parents=True, exist_ok=True)
    archive = work / f"archive-{opts.count}.tar"
    if not archive.exists():
        start = time.perf_counter()
        size = build_archive(archive, opts.count)
        print(f"built {archive} ({opts.count:,} articles, {size / 1e6:.0f} MB) in {time.perf_counter() - start:.0f} s")
    rates: dict[str, float] = {}
    cpu_ms: dict[str, float] = {}  # CPU milliseconds per article, all processes of the run
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    if not opts.skip_baseline:
        base = _run_child("parse", str(archive))
        rates["parse loop"] = base["articles"] / base["seconds"]
        cpu_ms["parse loop"] = 1000 * base["cpu"] / base["articles"]
        print(
            f"{'parse loop':14s} {rates['parse loop']:8.1f} articles/s  ({base['articles']:,.0f} in "
            f"{base['seconds']:.0f} s; {cpu_ms['parse loop']:.1f} ms CPU/article)"
        )
    for jobs in (int(j) for j in opts.jobs.split(",")):
        out = work / f"out-j{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        run = _run_child("convert", str(archive), str(out), str(jobs))
        label = f"convert -j{jobs}"
        rates[label] = run["articles"] / run["seconds"]
        cpu_ms[label] = 1000 * run["cpu"] / run["articles"]
        print(
            f"{label:14s} {rates[label]:8.1f} articles/s  ({run['articles']:,.0f} in {run['seconds']:.0f} s; "
            f"{cpu_ms[label]:.1f} ms CPU/article; "
            f"{run['converted']:,.0f} converted)  peak RSS: main {run['rss_main_mb']:.0f} MB, "
            f"largest worker {run['rss_worker_mb']:.0f} MB"
        )
    if "convert -j1" in rates and "convert -j2" in rates:
        print(f"speed-up 2 workers / 1: {rates['convert -j2'] / rates['convert -j1']:.2f}x  (target >= 1.8x)")
        ideal = 2 * cpu_ms["convert -j1"] / cpu_ms["convert -j2"]
        print(f"  on 2 idle cores (CPU per article, j1 vs j2): at most {ideal:.2f}x")
    if "convert -j1" in rates and "parse loop" in rates:
        overhead = rates["parse loop"] / rates["convert -j1"] - 1
        print(f"overhead of convert -j1 over the parse loop: {overhead:.1%} wall  (target < 15%)")
        print(f"  in CPU time: {cpu_ms['convert -j1'] / cpu_ms['parse loop'] - 1:.1%}")
    if not opts.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
