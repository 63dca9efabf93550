"""Converting whole archives: ``newsdata convert`` and its Python API.

    from newsdata.convert import convert
    summary = convert("archive.tar.gz", "out/", to="canonical")

Sources (``sources``) yield inputs in a fixed order; an engine (``engines.LocalEngine``,
``dask_engine.DaskEngine``) runs ``work.convert_record`` on each; writers (``outputs``)
put the results in place atomically and in input order; ``state`` makes all of it
resumable.
"""

from __future__ import annotations

from newsdata.convert.engines import LocalEngine, default_jobs
from newsdata.convert.run import Summary, UsageError, convert
from newsdata.convert.sources import Record, SourceKind, open_source, register_source
from newsdata.convert.work import Outcome, WorkSpec, convert_record

__all__ = [
    "LocalEngine",
    "Outcome",
    "Record",
    "SourceKind",
    "Summary",
    "UsageError",
    "WorkSpec",
    "convert",
    "convert_record",
    "default_jobs",
    "open_source",
    "register_source",
]
