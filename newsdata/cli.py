"""The ``newsdata`` command line.

User errors (bad input, bad options) print one line to stderr naming the file and exit
non-zero without a traceback: 1 for bad data, 2 for usage. A batch goes on past a bad
file and reports each failure.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

app = typer.Typer(
    name="newsdata",
    help="Turn news articles into clean, validated structured data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_BAD_DATA, EXIT_USAGE = 0, 1, 2


@app.command()
def parse(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files (raw text, HTML pages, WARC/ARC archives; gzipped or not), or - for stdin."),
    ],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="json (one article) or jsonl (one per line).")
    ] = "json",
    language: Annotated[str | None, typer.Option(help="Language tag, when known (skips detection).")] = None,
    territory: Annotated[str | None, typer.Option(help="Outlet's country (ISO 3166 code) for its local time.")] = None,
    timezone: Annotated[str | None, typer.Option(help="Outlet's IANA zone, e.g. Europe/Bucharest.")] = None,
) -> None:
    """Parse articles into canonical JSON. The kind of each input is told from its content;
    a web archive gives one article per distinct HTML page, so its output is JSON lines."""
    from newsdata.inputs.kind import Kind
    from newsdata.inputs.read import InputReport, ParseOptions, outcomes_from_path, outcomes_from_stream

    if output_format not in ("json", "jsonl"):
        typer.echo(f"newsdata parse: --format must be json or jsonl, not {output_format!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    options = ParseOptions(language=language, territory=territory, timezone=timezone)
    reports: list[InputReport] = []
    json_lines = output_format == "jsonl" or len(paths) > 1

    def note(report: InputReport) -> None:
        nonlocal json_lines
        reports.append(report)
        json_lines = json_lines or report.kind in (Kind.WARC, Kind.ARC)

    failures = 0
    for path in paths:
        if path == "-":
            outcomes = outcomes_from_stream(sys.stdin.buffer, source="<stdin>", options=options, on_kind=note)
        else:
            outcomes = outcomes_from_path(path, options=options, on_kind=note)
        for outcome in outcomes:
            for warning in outcome.warnings:
                typer.echo(f"warning: {warning}", err=True)
            if outcome.error is not None or outcome.article is None:
                typer.echo(f"error: {outcome.error}", err=True)
                failures += 1
                continue
            payload = outcome.article.model_dump(mode="json", exclude_none=False)
            if json_lines:
                typer.echo(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
            else:
                typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    for report in reports:
        if report.archive is not None:
            typer.echo(f"{report.source}: {report.archive.describe()}", err=True)
    if failures:
        if any(r.archive is not None for r in reports):
            typer.echo(f"{failures} page(s) or file(s) failed", err=True)
        elif len(paths) > 1:
            typer.echo(f"{failures} of {len(paths)} file(s) failed", err=True)
        raise typer.Exit(EXIT_BAD_DATA)


@app.command()
def schema() -> None:
    """Print the canonical article's JSON Schema."""
    from newsdata.schema import article_schema

    typer.echo(json.dumps(article_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
