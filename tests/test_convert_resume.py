"""Kill -9 a real `newsdata convert` at random moments, start it again with the same
command, and check the output is byte-identical to an uninterrupted run: no duplicate,
no gap, in every layout."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from convert_helpers import mixed_inputs, tree, write_folder

from newsdata.convert import LocalEngine, convert

TESTS = Path(__file__).resolve().parent
# The subprocess registers the test-only TabularFormat before running the CLI.
KILLS = 2
# Enough articles that a run outlasts its first commit by more than the longest random delay,
# even with the compiled parser on a fast machine.
GOOD = 80
RUN_CLI = f"import sys; sys.path.insert(0, {str(TESTS)!r}); import convert_helpers; from newsdata.cli import main; main()"


def _start(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", RUN_CLI, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def _committed(out: Path) -> int:
    path = out / ".newsdata" / "state.sqlite"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        try:
            return int(db.execute("SELECT COUNT(*) FROM inputs").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


@pytest.mark.parametrize(
    ("to", "extra"),
    [
        ("canonical", ["--shard-size", "3"]),
        ("test-tables", ["--checkpoint-every", "3"]),
        ("parquet", ["--shard-size", "5"]),
        ("canonical", ["--layout", "files", "--checkpoint-every", "3"]),
    ],
    ids=["jsonl-shards", "csv-tables", "parquet", "files"],
)
def test_sigkill_at_random_points_then_resume_gives_identical_output(
    tmp_path: Path, to: str, extra: list[str]
) -> None:
    import convert_helpers  # noqa: F401  (registers test-tables in this process too)

    src = write_folder(tmp_path / "src", mixed_inputs(good=GOOD))
    inputs = GOOD + 6
    reference = tmp_path / "reference"
    options = dict(zip(extra[::2], extra[1::2], strict=True))
    layout = options.get("--layout")
    shard = int(options.get("--shard-size", 1000))
    # the reference is written without interruption and without intermediate checkpoints
    convert(src, reference, to=to, layout=layout, shard_size=shard, engine=LocalEngine(1))

    out = tmp_path / "out"
    args = ["convert", str(src), "--to", to, "--out", str(out), "--jobs", "2", "--no-progress", *extra]
    rng = random.Random(f"{to}{extra}")
    kills, partial = 0, [0]
    for round_ in range(KILLS):
        run = _start(args)
        # The first kill lands anywhere in start-up; later ones once this run has committed
        # something of its own, then a random moment later (mid-shard, mid-rename, mid-commit).
        while run.poll() is None and not (
            (out / ".newsdata" / "state.sqlite").exists() if round_ == 0 else _committed(out) > partial[-1]
        ):
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.5 if round_ == 0 else 0.15))
        if run.poll() is not None:
            break
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
        kills += 1
        partial.append(_committed(out))
    # The same command once more, to the end (in process: the same code path, less start-up).
    every = int(options.get("--checkpoint-every", 64))
    summary = convert(src, out, to=to, layout=layout, shard_size=shard, checkpoint_every=every, engine=LocalEngine(2))
    assert (summary.converted, summary.failed) == (inputs - 5, 5)
    assert kills >= 2, f"the run finished before it could be killed (committed {partial})"
    assert any(n < inputs for n in partial[1:]), f"every kill came after the last commit: {partial}"
    assert tree(out) == tree(reference)
    assert not list(out.rglob("*.newsdata-tmp"))
