"""One conversion run: source -> engine -> writer, with the state and the report.

The main process reads inputs in order, skips those the state already holds with the
same content hash, hands the rest to the engine in small batches, and writes the
outcomes in input order. Because input order alone decides where each article goes
(its shard, its row position, its file name), a run resumed after a crash writes the
same bytes as one that was never interrupted, whichever engine and however many jobs.
"""

from __future__ import annotations

import json
import shutil
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from newsdata.convert.engines import Engine, LocalEngine
from newsdata.convert.outputs import (
    CsvTableWriter,
    FileWriter,
    ShardWriter,
    Writer,
    atomic_write,
    remove_temp_files,
)
from newsdata.convert.progress import Progress
from newsdata.convert.sources import Record, open_source
from newsdata.convert.state import State
from newsdata.convert.work import WorkSpec, digest
from newsdata.errors import NewsdataError
from newsdata.formats import Format, TabularFormat, get_format

Layout = Literal["files", "jsonl", "tables"]
STATE_DIR = ".newsdata"
REPORT_FILES = ("errors.jsonl", "warnings.jsonl", "summary.json")
BATCH = 8


class UsageError(NewsdataError):
    """The command cannot run as given (bad option, wrong output folder)."""


@dataclass
class Summary:
    """Counts for the whole job (this run and the earlier runs it resumed):
    ``converted + failed == inputs`` always."""

    inputs: int = 0
    converted: int = 0
    failed: int = 0
    failed_by_stage: dict[str, int] = field(default_factory=dict)
    this_run: int = 0
    earlier_runs: int = 0
    warnings: int = 0
    # a web archive's records that were not pages (by reason), so every record is accounted for
    archive: dict[str, Any] | None = None

    def as_report(self) -> dict[str, Any]:
        """The part of the summary that depends on the input only (summary.json)."""
        return {
            "inputs": self.inputs,
            "converted": self.converted,
            "failed": self.failed,
            "failed_by_stage": self.failed_by_stage,
            "warnings": self.warnings,
            **({"archive": self.archive} if self.archive is not None else {}),
        }


def _layout(fmt: Format, requested: str | None) -> Layout:
    if isinstance(fmt, TabularFormat):
        if requested not in (None, "tables"):
            raise UsageError(f"{fmt.name} writes tables; --layout {requested} does not apply")
        return "tables"
    is_json = fmt.media_type.split(";")[0].endswith("json")
    if requested is None:
        return "jsonl" if is_json else "files"
    if requested == "jsonl" and not is_json:
        raise UsageError(
            f"JSON Lines shards need a JSON format; {fmt.name} writes one file per article (--layout files)"
        )
    if requested not in ("files", "jsonl"):
        raise UsageError(f"--layout must be files or jsonl, not {requested!r}")
    return "jsonl" if requested == "jsonl" else "files"


def _writer(layout: Layout, fmt: Format, dest: Path, shard_size: int, every: int, state: State) -> Writer:
    if layout == "files":
        return FileWriter(dest, fmt.extension, state.output_taken, every)
    if layout == "jsonl":
        return ShardWriter(dest, shard_size)
    assert isinstance(fmt, TabularFormat)
    if fmt.extension == ".parquet":
        from newsdata.convert.parquet_output import ParquetWriter

        return ParquetWriter(dest, fmt, shard_size)
    return CsvTableWriter(dest, fmt.table_columns(), every)


def _prepare(dest: Path, force: bool) -> None:
    state_dir = dest / STATE_DIR
    if dest.exists() and not dest.is_dir():
        raise UsageError("the output must be a folder", source=str(dest))
    if dest.exists() and any(dest.iterdir()) and not state_dir.is_dir():
        raise UsageError(
            "output folder is not empty and holds no newsdata conversion; choose a new or empty folder",
            source=str(dest),
        )
    if force and state_dir.is_dir():
        for child in dest.iterdir():  # only ever a folder this command filled (it has our state)
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    dest.mkdir(parents=True, exist_ok=True)


def _write_reports(dest: Path, state: State, summary: Summary, inputs: int) -> None:
    def jsonl(rows: Iterator[dict[str, str]]) -> bytes:
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")

    atomic_write(dest / "errors.jsonl", jsonl(state.errors(inputs)))
    warnings = jsonl(state.warnings(inputs))
    summary.warnings = warnings.count(b"\n")
    atomic_write(dest / "warnings.jsonl", warnings)
    atomic_write(dest / "summary.json", (json.dumps(summary.as_report(), indent=2) + "\n").encode())


def convert(
    src: str | Path,
    dest: str | Path,
    *,
    to: str = "canonical",
    glob: str | None = None,
    layout: str | None = None,
    shard_size: int = 1000,
    checkpoint_every: int = 64,
    force: bool = False,
    engine: Engine | None = None,
    format_options: dict[str, Any] | None = None,
    language: str | None = None,
    territory: str | None = None,
    timezone: str | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Convert every input of ``src`` into ``dest``; see the README's "Converting
    archives". Resumes a run interrupted in ``dest``; ``force`` starts over.

    ``checkpoint_every``: inputs between two commits of the state in the files and CSV
    layouts (shards commit when full), i.e. how much work a crash can cost."""
    src, dest = Path(src), Path(dest)
    if shard_size < 1 or checkpoint_every < 1:
        raise UsageError("--shard-size and --checkpoint-every must be at least 1")
    source = open_source(src, glob)
    options = dict(sorted((format_options or {}).items()))
    try:
        fmt = get_format(to, **options)
    except NewsdataError as exc:
        raise UsageError(exc.message) from None
    chosen = _layout(fmt, layout)
    spec = WorkSpec(
        to=to,
        format_options=tuple(options.items()),
        language=language,
        territory=territory,
        timezone=timezone,
        jsonl_lines=chosen == "jsonl",
    )
    settings = {
        "source": src.name,
        "glob": glob,
        "to": to,
        "format_options": options,
        "layout": chosen,
        "shard_size": shard_size if chosen != "files" else None,
        "language": language,
        "territory": territory,
        "timezone": timezone,
    }
    _prepare(dest, force)
    state = State(dest / STATE_DIR / "state.sqlite")
    try:
        if state.settings is None:
            state.set_settings(settings)
        elif state.settings != settings:
            changed = sorted(k for k in settings if state.settings.get(k) != settings[k])
            raise UsageError(
                f"output folder holds a conversion with other settings ({', '.join(changed)}); "
                "use --force to start over, or another --out",
                source=str(dest),
            )
        remove_temp_files(dest)
        writer = _writer(chosen, fmt, dest, shard_size, checkpoint_every, state)
        writer.resume(state.checkpoint)
        accounting = getattr(source, "accounting", None)
        return _run(
            source.records(), engine or LocalEngine(), spec, state, writer, chosen, dest, progress, accounting
        )
    finally:
        state.close()


def _run(
    records: Iterator[Record],
    engine: Engine,
    spec: WorkSpec,
    state: State,
    writer: Writer,
    layout: Layout,
    dest: Path,
    progress: Progress | None,
    accounting: Callable[[], dict[str, Any]] | None = None,
) -> Summary:
    summary = Summary()
    meter = progress or Progress(None, enabled=False)
    todo_seqs: deque[int] = deque()  # positions of the records handed to the engine, in order
    stale: dict[int, str] = {}  # files layout: old output of an input that changed

    def batches() -> Iterator[list[Record]]:
        batch: list[Record] = []
        for seq, record in enumerate(records):
            summary.inputs = seq + 1
            done = state.done(seq)
            if done is not None and done.id == record.id and done.digest == digest(record.data):
                summary.earlier_runs += 1
                meter.update(done=1, errors=0 if done.ok else 1)
                continue
            if done is not None:
                if layout != "files":
                    raise UsageError(
                        f"input {record.id!r} is not the one converted at this position before "
                        "(the source changed); use --force to start over",
                        source=str(dest),
                    )
                if done.output:
                    stale[seq] = done.output
            todo_seqs.append(seq)
            batch.append(record)
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    for outcomes in engine.map(batches(), spec):
        for outcome in outcomes:
            seq = todo_seqs.popleft()
            output = writer.add(seq, outcome)
            old = stale.pop(seq, None)
            if old and old != output:
                (dest / old).unlink(missing_ok=True)
            state.record(seq, outcome, output)
            summary.this_run += 1
            meter.update(done=1, errors=0 if outcome.ok else 1, fresh=1)
            if writer.wants_checkpoint():
                state.commit(writer.checkpoint())
    state.commit(writer.finish())
    if layout == "files":
        state.forget_from(summary.inputs)
        state.commit()
    meter.close()
    summary.converted, summary.failed, summary.failed_by_stage = state.counts(summary.inputs)
    summary.archive = accounting() if accounting is not None else None
    _write_reports(dest, state, summary, summary.inputs)
    return summary
