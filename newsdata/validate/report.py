"""The run's findings as text (for people) or JSON (for CI; the shape is documented in
the README and kept stable: fields are only ever added)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newsdata.formats.base import Problem
from newsdata.validate.engine import FileReport

JSON_REPORT_VERSION = 1


def _pointer(problem: Problem) -> str | None:
    """The JSON pointer inside ``where`` ("line 3 /headlines/0" -> "/headlines/0")."""
    if not problem.where:
        return None
    tail = problem.where.split(" ", 2)[-1] if problem.where.startswith("line ") else problem.where
    return tail if tail.startswith("/") else None


def problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "code": problem.code,
        "severity": problem.severity,
        "message": problem.message,
        "where": problem.where,
        "line": problem.line,
        "pointer": _pointer(problem),
        "hint": problem.hint,
    }


def summary(reports: Sequence[FileReport], strict: bool) -> dict[str, int]:
    valid = sum(1 for r in reports if r.valid(strict))
    return {
        "files": len(reports),
        "valid": valid,
        "invalid": len(reports) - valid,
        "documents": sum(r.documents for r in reports),
        "errors": sum(r.errors for r in reports),
        "warnings": sum(r.warnings for r in reports),
    }


def as_json(reports: Sequence[FileReport], strict: bool) -> str:
    counts = summary(reports, strict)
    payload = {
        "report_version": JSON_REPORT_VERSION,
        "valid": counts["invalid"] == 0,
        "strict": strict,
        "summary": counts,
        "files": [
            {
                "source": r.source,
                "formats": r.formats,
                "documents": r.documents,
                "valid": r.valid(strict),
                "errors": r.errors,
                "warnings": r.warnings,
                "problems": [problem_json(p) for p in r.problems],
            }
            for r in reports
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def as_text(reports: Sequence[FileReport], strict: bool) -> str:
    lines: list[str] = []
    for report in reports:
        lines.extend(str(problem) for problem in report.problems)
        what = ", ".join(report.formats) or "format unknown"
        documents = f"{report.documents} document{'s' if report.documents != 1 else ''}"
        counts = f"{report.errors} error(s), {report.warnings} warning(s)"
        verdict = "valid" if report.valid(strict) else "INVALID"
        lines.append(f"{report.source}: {verdict} ({what}; {documents}; {counts})")
    counts_all = summary(reports, strict)
    lines.append(
        f"{counts_all['files']} file(s): {counts_all['valid']} valid, {counts_all['invalid']} invalid;"
        f" {counts_all['errors']} error(s), {counts_all['warnings']} warning(s)"
        + (" (--strict: warnings fail)" if strict else "")
    )
    return "\n".join(lines) + "\n"
