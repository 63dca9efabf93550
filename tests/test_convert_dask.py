"""The Dask engine on a LocalCluster writes what the local engine writes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import pytest
from convert_helpers import mixed_inputs, tree, write_folder
from distributed import Client, LocalCluster

from newsdata.convert import LocalEngine, WorkSpec, convert, convert_record, open_source
from newsdata.convert.dask_engine import DaskEngine, convert_bag


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def test_dask_engine_gives_the_local_engine_output(tmp_path: Path, client: Client) -> None:
    src = write_folder(tmp_path / "src", mixed_inputs(good=10))
    for to, shard in (("canonical", 4), ("parquet", 5)):
        local = convert(src, tmp_path / f"local-{to}", to=to, shard_size=shard, engine=LocalEngine(1))
        # small windows and partitions, so the ordering across many bags is exercised
        engine = DaskEngine(client=client, window=5, partition_size=2)
        on_dask = convert(src, tmp_path / f"dask-{to}", to=to, shard_size=shard, engine=engine)
        assert (on_dask.converted, on_dask.failed) == (local.converted, local.failed) == (11, 5)
        assert tree(tmp_path / f"dask-{to}") == tree(tmp_path / f"local-{to}")


def test_convert_bag_is_convert_record_over_a_bag(tmp_path: Path, client: Client) -> None:
    src = write_folder(tmp_path / "src", mixed_inputs(good=2))
    records = list(open_source(src).records())
    spec = WorkSpec(to="canonical")
    outcomes = convert_bag(db.from_sequence(records, npartitions=3), spec).compute()
    assert outcomes == [convert_record(r, spec) for r in records]
    assert [o.ok for o in outcomes].count(True) == 3
