"""Stage 5 — report: one module per output format, each a function of the `Report` model."""

from __future__ import annotations

from enum import StrEnum
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.models import Report


class OutputFormat(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    CSV = "csv"
    HTML = "html"


def render(
    report: Report,
    output_format: OutputFormat,
    *,
    color: bool = False,
    root: Path | None = None,
    fail_on: str | None = "error",
) -> str:
    """The report in one format; each format's module is imported only when asked for.

    ``root`` (the repository root) is what SARIF, GitHub annotations and JUnit test names
    give file paths relative to, as code scanning expects; None keeps the paths as the
    articles were given.
    ``fail_on`` is the severity that fails the run (None: nothing does): JUnit fails a test
    case only on those findings."""
    module = import_module(f"factcheck.report.{output_format.value}")
    if output_format is OutputFormat.TERMINAL:
        return module.render_terminal(report, color=color)
    if output_format in (OutputFormat.SARIF, OutputFormat.GITHUB):
        return getattr(module, f"render_{output_format.value}")(report, root=root)
    if output_format is OutputFormat.JUNIT:
        return module.render_junit(report, fail_on=fail_on, root=root)
    return getattr(module, f"render_{output_format.value}")(report)
