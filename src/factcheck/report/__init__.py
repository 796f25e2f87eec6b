"""Stage 5 — report: one module per output format, each a function of the `Report` model."""

from __future__ import annotations

from enum import StrEnum
from importlib import import_module
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


def render(report: Report, output_format: OutputFormat, *, color: bool = False) -> str:
    """The report in one format; each format's module is imported only when asked for."""
    module = import_module(f"factcheck.report.{output_format.value}")
    if output_format is OutputFormat.TERMINAL:
        return module.render_terminal(report, color=color)
    return getattr(module, f"render_{output_format.value}")(report)
