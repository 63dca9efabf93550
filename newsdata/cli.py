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
from newsdata.model import Article

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


def _emit(article: Article, output_format: str) -> None:
    """One canonical article on stdout: indented JSON, or one JSONL line."""
    payload = article.model_dump(mode="json")
    if output_format == "json":
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        typer.echo(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))


def _exit_on_failures(failures: int, inputs: int, noun: str) -> None:
    if failures:
        if inputs > 1:
            typer.echo(f"{failures} of {inputs} {noun} failed", err=True)
        raise typer.Exit(EXIT_BAD_DATA)


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
            _emit(outcome.article, "jsonl" if json_lines else "json")
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
def convert(
    src: Annotated[str, typer.Argument(help="A folder, a .zip or .tar(.gz) archive, or a JSONL file of records.")],
    to: Annotated[str, typer.Option("--to", help="Output format: canonical, parquet, csv, jsonld, ...")],
    out: Annotated[str, typer.Option("--out", help="Output folder (also holds the resume state).")],
    glob: Annotated[str | None, typer.Option(help="Only inputs whose path or name matches, e.g. '*.txt'.")] = None,
    jobs: Annotated[int | None, typer.Option(help="Worker processes (default: all cores).")] = None,
    layout: Annotated[
        str | None, typer.Option(help="files (one per article) or jsonl (shards); default jsonl for JSON formats.")
    ] = None,
    shard_size: Annotated[int, typer.Option(help="Articles per JSONL or Parquet shard.")] = 1000,
    checkpoint_every: Annotated[
        int, typer.Option(help="Inputs between commits of the resume state (files and CSV layouts).")
    ] = 64,
    force: Annotated[bool, typer.Option("--force", help="Start over: empty the output folder first.")] = False,
    engine: Annotated[str, typer.Option(help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786.")] = None,
    format_option: Annotated[
        list[str] | None, typer.Option("--format-option", "-O", help="KEY=VALUE passed to the format.")
    ] = None,
    language: Annotated[str | None, typer.Option(help="Language tag, when known (skips detection).")] = None,
    territory: Annotated[str | None, typer.Option(help="Outlet's country (ISO 3166 code) for its local time.")] = None,
    timezone: Annotated[str | None, typer.Option(help="Outlet's IANA zone, e.g. Europe/Bucharest.")] = None,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress on stderr (default: on).")
    ] = None,
) -> None:
    """Convert a whole archive: all cores, resumable, every failure in DEST/errors.jsonl."""
    from newsdata.convert import UsageError, open_source
    from newsdata.convert import convert as run_conversion
    from newsdata.convert.engines import Engine, LocalEngine
    from newsdata.convert.progress import Progress

    def usage(message: str) -> typer.Exit:
        typer.echo(f"newsdata convert: {message}", err=True)
        return typer.Exit(EXIT_USAGE)

    options: dict[str, str] = {}
    for item in format_option or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise usage(f"--format-option must be KEY=VALUE, not {item!r}")
        options[key] = value
    if jobs is not None and jobs < 1:
        raise usage("--jobs must be at least 1")
    chosen: Engine
    if engine == "local":
        if scheduler:
            raise usage("--scheduler needs --engine dask")
        chosen = LocalEngine(jobs)
    elif engine == "dask":
        from newsdata.convert.dask_engine import DaskEngine

        chosen = DaskEngine(scheduler, jobs=jobs)
    else:
        raise usage(f"--engine must be local or dask, not {engine!r}")
    try:
        meter = None
        if progress is not False:
            meter = Progress(open_source(Path(src), glob).count())
        summary = run_conversion(
            src, out, to=to, glob=glob, layout=layout, shard_size=shard_size,
            checkpoint_every=checkpoint_every, force=force, engine=chosen,
            format_options=options, language=language, territory=territory, timezone=timezone, progress=meter,
        )
    except FileNotFoundError:
        raise usage(f"{src}: no such file or folder") from None
    except UsageError as exc:
        raise usage(str(exc)) from None
    except NewsdataError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_BAD_DATA) from None
    stages = ", ".join(f"{stage} {n}" for stage, n in summary.failed_by_stage.items())
    line = f"{summary.converted} of {summary.inputs} input(s) converted, {summary.failed} failed"
    line += f" ({stages})" if stages else ""
    if summary.earlier_runs:
        line += f"; {summary.earlier_runs} done by an earlier run"
    typer.echo(line, err=True)
    if summary.failed:
        typer.echo(f"errors: {Path(out) / 'errors.jsonl'}", err=True)
        raise typer.Exit(EXIT_BAD_DATA)


@app.command()
def schema() -> None:
    """Print the canonical article's JSON Schema."""
    from newsdata.schema import article_schema

    typer.echo(json.dumps(article_schema(), ensure_ascii=False, indent=2))


@app.command()
def export(
    paths: Annotated[list[str], typer.Argument(help="Raw article files or canonical JSON/JSONL, or - for stdin.")],
    to: Annotated[str, typer.Option("--to", "-t", help="jsonld, newsml, ninjs or csv.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Folder for the output files (default: standard output).")
    ] = None,
    ninjs_version: Annotated[str, typer.Option(help="ninjs version: 2.1, 3.0 or 3.1.")] = "3.1",
    table: Annotated[str | None, typer.Option(help="csv: only this table (needed for standard output).")] = None,
    language: Annotated[str | None, typer.Option(help="Language tag of raw text, when known.")] = None,
    territory: Annotated[str | None, typer.Option(help="Outlet's country (ISO 3166 code) for raw text.")] = None,
    timezone: Annotated[str | None, typer.Option(help="Outlet's IANA zone for raw text.")] = None,
) -> None:
    """Export articles as JSON-LD, NewsML-G2, ninjs or CSV, each validated before it is written."""
    from newsdata.exporting import EXPORT_FORMATS, InvalidOutput, checked_export, checked_tables, load_articles
    from newsdata.formats import get_format
    from newsdata.formats.csv_tables import TABLES, CSVTables
    from newsdata.formats.ninjs import VERSIONS

    def usage(message: str) -> None:
        typer.echo(f"newsdata export: {message}", err=True)
        raise typer.Exit(EXIT_USAGE)

    if to not in EXPORT_FORMATS:
        usage(f"--to must be one of {', '.join(EXPORT_FORMATS)}, not {to!r}")
    if ninjs_version not in VERSIONS:
        usage(f"--ninjs-version must be one of {', '.join(VERSIONS)}, not {ninjs_version!r}")
    if table is not None and (to != "csv" or table not in TABLES):
        usage(f"--table goes with --to csv and is one of {', '.join(TABLES)}")
    if to == "csv" and out is None and table is None:
        usage("csv to standard output is one table: add --table NAME, or --out DIR for all tables")
    fmt = get_format(to, version=ninjs_version) if to == "ninjs" else get_format(to)
    failures = 0
    collected: list[tuple[str, Article]] = []
    used_names: set[str] = set()
    for path in paths:
        try:
            source, data = _read(path)
            warnings: list[str] = []
            articles = load_articles(
                data, source, language=language, territory=territory, timezone=timezone, warnings=warnings
            )
            for warning in warnings:
                typer.echo(f"warning: {warning}", err=True)
            if out is not None and to != "csv":
                document = checked_export(fmt, articles, source)
                target = out / _output_name(source, fmt.extension, used_names)
                out.mkdir(parents=True, exist_ok=True)
                target.write_text(document, encoding="utf-8")
            else:
                collected.extend((source, article) for article in articles)
        except (NewsdataError, InvalidOutput) as exc:
            typer.echo(f"error: {exc}", err=True)
            failures += 1
        except OSError as exc:
            typer.echo(f"error: {out}: cannot write: {exc.strerror}", err=True)
            raise typer.Exit(EXIT_BAD_DATA) from None
    try:
        if to == "csv" and collected:
            assert isinstance(fmt, CSVTables)
            texts = checked_tables(fmt, [a for _, a in collected], only=table)
            if out is None:
                sys.stdout.write(texts[str(table)])
            else:
                out.mkdir(parents=True, exist_ok=True)
                for name, text in texts.items():
                    (out / f"{name}.csv").write_text(text, encoding="utf-8", newline="")
        elif collected and to == "newsml":
            typer.echo(checked_export(fmt, [a for _, a in collected], "<output>"), nl=False)
        elif collected:
            single = len(collected) == 1
            for source, article in collected:
                document = checked_export(fmt, [article], source)
                if single:  # one article to a terminal or a file: indented for reading
                    document = json.dumps(json.loads(document), ensure_ascii=False, indent=2) + "\n"
                typer.echo(document, nl=False)
    except InvalidOutput as exc:
        typer.echo(f"error: {exc}", err=True)
        failures += 1
    except OSError as exc:
        typer.echo(f"error: {out}: cannot write: {exc.strerror}", err=True)
        failures += 1
    if failures:
        if len(paths) > 1:
            typer.echo(f"{failures} of {len(paths)} file(s) failed", err=True)
        raise typer.Exit(EXIT_BAD_DATA)


def _output_name(source: str, extension: str, used: set[str]) -> str:
    """<input stem><extension>, numbered when two inputs share a stem."""
    stem = "stdin" if source == "<stdin>" else Path(source).stem
    name = stem + extension
    n = 2
    while name in used:
        name = f"{stem}-{n}{extension}"
        n += 1
    used.add(name)
    return name


@app.command(name="import")
def import_(
    paths: Annotated[list[str], typer.Argument(help="Documents (a folder for csv), or - for stdin.")],
    from_: Annotated[
        str, typer.Option("--from", "-F", help="jsonld, newsml, ninjs, csv, canonical, or auto (detect).")
    ] = "auto",
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="json (one article) or jsonl (one per line).")
    ] = "json",
    ninjs_version: Annotated[str, typer.Option(help="ninjs version to assume when a document names none.")] = "3.1",
) -> None:
    """Read JSON-LD, NewsML-G2, ninjs or CSV back into canonical JSON."""
    from newsdata.exporting import IMPORT_FORMATS, read_input
    from newsdata.formats.ninjs import VERSIONS

    if from_ not in (*IMPORT_FORMATS, "auto"):
        typer.echo(f"newsdata import: --from must be auto or one of {', '.join(IMPORT_FORMATS)}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if output_format not in ("json", "jsonl") or ninjs_version not in VERSIONS:
        typer.echo("newsdata import: --format is json or jsonl; --ninjs-version 2.1, 3.0 or 3.1", err=True)
        raise typer.Exit(EXIT_USAGE)
    options = {"version": ninjs_version} if from_ == "ninjs" else {}
    articles: list[Article] = []
    failures = 0
    for path in paths:
        try:
            if path != "-" and Path(path).is_dir():
                articles.extend(read_input(from_, Path(path), None, path, **options))
                continue
            source, data = _read(path)
            articles.extend(read_input(from_, Path(path), data, source, **options))
        except NewsdataError as exc:
            typer.echo(f"error: {exc}", err=True)
            failures += 1
    if output_format == "json" and len(articles) > 1:
        output_format = "jsonl"
    for article in articles:
        _emit(article, output_format)
    _exit_on_failures(failures, len(paths), "input(s)")


def _byte_count(text: str) -> int:
    """A byte count, optionally with a binary suffix: 500000, 64K, 20M, 1G."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().removesuffix("B")
    factor = units.get(text[-1:], 1)
    number = int(text[:-1] if factor > 1 else text)
    if number <= 0:
        raise ValueError(text)
    return number * factor


@app.command()
def validate(
    paths: Annotated[list[str], typer.Argument(help="Feed files, folders (their feed files) or - for stdin.")],
    format_: Annotated[
        str, typer.Option("--format", "-F", help="auto (detect), newsml, ninjs, jsonld or canonical.")
    ] = "auto",
    ninjs_version: Annotated[
        str | None, typer.Option(help="Validate ninjs as 2.1, 3.0 or 3.1 (default: declared, else by content).")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too.")] = False,
    output: Annotated[str, typer.Option("--output", "-o", help="text or json (stable, for CI).")] = "text",
    max_bytes: Annotated[str, typer.Option(help="Refuse larger files (bytes, or 64K / 20M / 1G).")] = "20M",
    max_depth: Annotated[int, typer.Option(help="Refuse JSON nested deeper than this.")] = 128,
) -> None:
    """Validate NewsML-G2, ninjs, JSON-LD and canonical JSON feeds: schema and semantic checks."""
    from newsdata.formats.ninjs import VERSIONS
    from newsdata.validate import FORMATS, Options, Validator
    from newsdata.validate.report import as_json, as_text

    def usage(message: str) -> None:
        typer.echo(f"newsdata validate: {message}", err=True)
        raise typer.Exit(EXIT_USAGE)

    if format_ != "auto" and format_ not in FORMATS:
        usage(f"--format must be auto or one of {', '.join(FORMATS)}, not {format_!r}")
    if ninjs_version is not None and ninjs_version not in VERSIONS:
        usage(f"--ninjs-version must be one of {', '.join(VERSIONS)}, not {ninjs_version!r}")
    if output not in ("text", "json"):
        usage(f"--output must be text or json, not {output!r}")
    try:
        limit = _byte_count(max_bytes)
    except ValueError:
        usage(f"--max-bytes must be a positive byte count (e.g. 5000000 or 20M), not {max_bytes!r}")
    if max_depth < 1:
        usage("--max-depth must be at least 1")
    options = Options(
        format=None if format_ == "auto" else format_,
        ninjs_version=ninjs_version,
        strict=strict,
        max_bytes=limit,
        max_depth=max_depth,
    )
    reports = Validator(options).validate_paths(paths)
    sys.stdout.write(as_json(reports, strict) + "\n" if output == "json" else as_text(reports, strict))
    if not all(report.valid(strict) for report in reports):
        raise typer.Exit(EXIT_BAD_DATA)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
