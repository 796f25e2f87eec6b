"""The command line: `factcheck compare | extract | rules | rule | schema`.

Heavy modules are imported inside the commands that need them, so `factcheck --version` and
`factcheck rules` start fast. Every user error is one line on stderr and exit code 2.
"""

from __future__ import annotations

import os
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck import __version__
from factcheck.errors import ExitCode, FactcheckError
from factcheck.report import OutputFormat

if TYPE_CHECKING:
    from factcheck.models import Article, Report
    from factcheck.rules.model import Rule

DEFAULT_ARTICLES = Path("articles")

app = typer.Typer(
    name="factcheck",
    help="Cross-verify news articles on the same event: quotes, figures and claims that disagree.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class FailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NONE = "none"


class TableFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Cross-verify news articles covering the same event."""


RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", help="Another folder of rule files (repeatable).", show_default=False),
]


def _load_rules(extra: list[Path] | None) -> list[Rule]:
    from factcheck.rules.loader import builtin_rules_dir, load_rules

    return load_rules([builtin_rules_dir(), *(extra or [])])


def _load_articles(paths: list[Path]) -> list[Article]:
    from factcheck.pipeline import article_paths, load_articles

    files: list[Path] = []
    for path in paths:
        for file in article_paths(path) if path.is_dir() else [path]:
            if any(file.resolve() == seen.resolve() for seen in files):
                typer.echo(f"factcheck: warning: {file}: given twice; compared once", err=True)
                continue
            files.append(file)
    if not files:
        raise FactcheckError(", ".join(map(str, paths)), "no article files (.txt, .md) found")
    articles = load_articles(files)
    for article in articles:
        for warning in article.warnings:
            typer.echo(f"factcheck: warning: {warning}", err=True)
    return articles


def write_atomically(path: Path, content: str) -> None:
    """Write the whole file or nothing: a failed run never leaves a partial report."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise FactcheckError(str(path), "folder of the output file does not exist")
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _emit(content: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(content)
    else:
        write_atomically(output, content)


def _exit_code(report: Report, fail_on: FailOn) -> ExitCode:
    if fail_on is FailOn.NONE:
        return ExitCode.OK
    from factcheck.models import Severity

    threshold = Severity(fail_on.value).rank
    if any(finding.severity.rank >= threshold for finding in report.findings):
        return ExitCode.FINDINGS
    return ExitCode.OK


@app.command()
def compare(
    articles: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (default: articles/).", show_default=False),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Report format.")
    ] = OutputFormat.TERMINAL,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to this file.", show_default=False),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 1 when a finding is at least this severe.")
    ] = FailOn.ERROR,
    rules: RulesOption = None,
    color: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colour the terminal report.")
    ] = None,
) -> None:
    """Compare two or more articles: aligned quotes, figures and findings."""
    from factcheck.pipeline import compare as run_compare
    from factcheck.report import render

    paths = articles or [DEFAULT_ARTICLES]
    loaded = _load_articles(paths)
    if len(loaded) == 1:
        typer.echo(
            f"factcheck: warning: only one article ({loaded[0].path}): "
            "rules that compare articles have nothing to compare it with",
            err=True,
        )
    report = run_compare(loaded, _load_rules(rules))
    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    _emit(render(report, output_format, color=use_color), output)
    raise typer.Exit(int(_exit_code(report, fail_on)))


@app.command()
def extract(
    article: Annotated[Path, typer.Argument(help="One article file.")],
    output_format: Annotated[
        TableFormat, typer.Option("--format", "-f", help="Output format.")
    ] = TableFormat.TABLE,
) -> None:
    """Show the quotes, speakers, defects and figures found in one article."""
    from factcheck.extract import extract as run_extract

    loaded = _load_articles([article])[0]
    extraction = run_extract(loaded)
    if output_format is TableFormat.JSON:
        sys.stdout.write(extraction.model_dump_json(indent=2) + "\n")
        return
    from factcheck.report.extraction import render_extraction

    sys.stdout.write(render_extraction(loaded, extraction))


@app.command("rules")
def list_rules(rules: RulesOption = None) -> None:
    """List the rules: code, severity, kind and what each checks."""
    from factcheck.report.rules import render_rule_list

    sys.stdout.write(render_rule_list(_load_rules(rules)))


@app.command("rule")
def explain_rule(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. FC101.")],
    rules: RulesOption = None,
) -> None:
    """Explain one rule: what it checks, why it matters, an example."""
    from factcheck.report.rules import render_rule

    found = {rule.code: rule for rule in _load_rules(rules)}
    rule = found.get(code.upper())
    if rule is None:
        raise FactcheckError(code, f"no such rule; known codes: {', '.join(found)}")
    sys.stdout.write(render_rule(rule))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report that --format json writes."""
    from factcheck.report.json import report_schema

    sys.stdout.write(report_schema())


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the app and turns every user error into one line and exit code 2."""
    try:
        result = app(args=argv, standalone_mode=False, prog_name="factcheck")
    except FactcheckError as exc:
        typer.echo(f"factcheck: error: {exc}", err=True)
        return ExitCode.USAGE
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        typer.echo("factcheck: aborted", err=True)
        return ExitCode.USAGE
    except typer.TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            typer.echo(exc.format_message() if hasattr(exc, "format_message") else exc, err=True)
            return ExitCode.USAGE
        # Click's usage errors (unknown option, bad value) arrive here: one line, not a box.
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx else ""
        typer.echo(f"factcheck: error: {message}{hint}", err=True)
        return ExitCode.USAGE
    except BrokenPipeError:
        return ExitCode.OK
    return int(result) if isinstance(result, int) else ExitCode.OK
