"""``newsdata validate``: feeds checked by their standard and by semantic checks.

- ``engine``: reads inputs safely, detects each document's format, runs the format's
  validator (``newsdata.formats``) and the semantic checks;
- ``view`` / ``views``: the common view of a document the checks read, per format;
- ``checks``: the semantic checks, a registry others add to;
- ``report``: text and JSON output.
"""

from __future__ import annotations

from newsdata.validate.checks import Finding, RunContext, SemanticCheck, register_check, registered_checks
from newsdata.validate.engine import FORMATS, FileReport, Options, Validator

__all__ = [
    "FORMATS",
    "FileReport",
    "Finding",
    "Options",
    "RunContext",
    "SemanticCheck",
    "Validator",
    "register_check",
    "registered_checks",
    "validate_paths",
]


def validate_paths(paths: list[str], options: Options | None = None) -> list[FileReport]:
    """Validate files, folders (their feed files) or "-" (stdin); one report per file."""
    return Validator(options).validate_paths(paths)
