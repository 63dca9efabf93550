"""The ``newsdata`` command line.

User errors (bad input, bad options) print one line to stderr naming the file and exit
non-zero without a traceback: 1 for bad data, 2 for usage. A batch goes on past a bad
file and reports each failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsdata.errors import NewsdataError
from newsdata.reading import decode

app = typer.Typer(
    name="newsdata",
    help="Turn news articles into clean, validated structured data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_BAD_DATA, EXIT_USAGE = 0, 1, 2


def _read(path: str) -> tuple[str, bytes]:
    if path == "-":
        return "<stdin>", sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise NewsdataError("no such file", source=path)
    if p.is_dir():
        raise NewsdataError("is a directory, not an article file", source=path)
    try:
        return path, p.read_bytes()
    except OSError as exc:
        raise NewsdataError(f"cannot read: {exc.strerror}", source=path) from exc


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(help="Raw article files, or - for stdin.")],
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="json (one article) or jsonl (one per line).")
    ] = "json",
    language: Annotated[str | None, typer.Option(help="Language tag, when known (skips detection).")] = None,
    territory: Annotated[str | None, typer.Option(help="Outlet's country (ISO 3166 code) for its local time.")] = None,
    timezone: Annotated[str | None, typer.Option(help="Outlet's IANA zone, e.g. Europe/Bucharest.")] = None,
) -> None:
    """Parse raw article text into canonical JSON."""
    from newsdata.pipeline import parse_text

    if output_format not in ("json", "jsonl"):
        typer.echo(f"newsdata parse: --format must be json or jsonl, not {output_format!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if output_format == "json" and len(paths) > 1:
        output_format = "jsonl"
    failures = 0
    for path in paths:
        try:
            source, data = _read(path)
            decoded = decode(data, source=source)
            for warning in decoded.warnings:
                typer.echo(f"warning: {warning}", err=True)
            article = parse_text(decoded.text, source=source, language=language, territory=territory, timezone=timezone)
        except NewsdataError as exc:
            typer.echo(f"error: {exc}", err=True)
            failures += 1
            continue
        payload = article.model_dump(mode="json", exclude_none=False)
        if output_format == "json":
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            typer.echo(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
    if failures:
        if len(paths) > 1:
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
