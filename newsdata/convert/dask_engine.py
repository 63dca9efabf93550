"""The converter on Dask: the same per-input work, spread over a cluster with dask.bag.

``convert_bag`` is the Python API for pipelines that already live in Dask: it maps a bag
of ``Record``s to a bag of ``Outcome``s. ``DaskEngine`` is what ``newsdata convert
--engine dask`` uses: the client reads the source and sends windows of records to the
cluster as bags, and gets the outcomes back in input order, so the outputs, the state
and the error report are written exactly as the local engine writes them (workers need
newsdata installed, not access to the input or output files).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from newsdata.convert.sources import Record
from newsdata.convert.work import Outcome, WorkSpec, convert_record
from newsdata.errors import NewsdataError


def _dask() -> tuple[Any, Any]:
    try:
        import dask.bag as db
        from dask import distributed
    except ImportError:
        raise NewsdataError("the Dask engine needs dask: pip install 'newsdata[dask]'") from None
    return db, distributed


def convert_bag(records: Any, spec: WorkSpec) -> Any:
    """A dask.bag of Records -> a dask.bag of Outcomes (lazy, like any bag)."""
    return records.map(convert_record, spec)


class DaskEngine:
    """Runs on the scheduler at ``scheduler`` (``tcp://host:8786``), on a given
    ``distributed.Client``, or on a LocalCluster of ``jobs`` processes when neither."""

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        client: Any = None,
        jobs: int | None = None,
        window: int = 256,
        partition_size: int = 16,
    ) -> None:
        self.scheduler = scheduler
        self.client = client
        self.jobs = jobs
        self.window = window
        self.partition_size = partition_size

    def _connect(self) -> tuple[Any, list[Any]]:
        _, distributed = _dask()
        if self.client is not None:
            return self.client, []
        if self.scheduler:
            try:
                client = distributed.Client(self.scheduler, timeout="30s")
            except OSError as exc:
                raise NewsdataError(f"cannot reach the Dask scheduler: {exc}", source=self.scheduler) from None
            return client, [client]
        cluster = distributed.LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True)
        client = distributed.Client(cluster)
        return client, [client, cluster]

    def map(self, batches: Iterable[list[Record]], spec: WorkSpec) -> Iterator[list[Outcome]]:
        db, _ = _dask()
        client, owned = self._connect()
        try:
            workers = max(len(client.scheduler_info().get("workers", {})), 1)
            in_flight = 2 * workers
            pending: deque[tuple[Any, list[int]]] = deque()

            def windows() -> Iterator[tuple[list[Record], list[int]]]:
                records: list[Record] = []
                sizes: list[int] = []
                for batch in batches:
                    records.extend(batch)
                    sizes.append(len(batch))
                    if len(records) >= self.window:
                        yield records, sizes
                        records, sizes = [], []
                if records:
                    yield records, sizes

            def split(outcomes: list[Outcome], sizes: list[int]) -> Iterator[list[Outcome]]:
                start = 0
                for size in sizes:
                    yield outcomes[start : start + size]
                    start += size

            for records, sizes in windows():
                bag = db.from_sequence(records, partition_size=self.partition_size)
                pending.append((client.compute(convert_bag(bag, spec)), sizes))
                if len(pending) >= in_flight:
                    future, done_sizes = pending.popleft()
                    yield from split(future.result(), done_sizes)
            while pending:
                future, done_sizes = pending.popleft()
                yield from split(future.result(), done_sizes)
        finally:
            for resource in owned:
                resource.close()
