"""Output and input formats as plugins behind one small interface.

Every format (canonical JSON, JSON-LD, NewsML-G2, ninjs, CSV, ...) is a ``Format``:
it exports an article, reads documents back into articles and validates documents by
the format's own standard. The CLI, the converter and the validator find formats only
through this registry, so a new format (ours or a third party's, through the
``newsdata.formats`` entry-point group) needs no change anywhere else.
"""

from __future__ import annotations

from newsdata.formats.base import Format, Loss, Problem, Severity, TabularFormat
from newsdata.formats.registry import available_formats, get_format, register_format

__all__ = [
    "Format",
    "Loss",
    "Problem",
    "Severity",
    "TabularFormat",
    "available_formats",
    "get_format",
    "register_format",
]
