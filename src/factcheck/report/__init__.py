"""Stage 5 — report: one module per output format, each a function of the `Report` model."""

from __future__ import annotations

from enum import StrEnum

from factcheck.models import Report


class OutputFormat(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"
    MARKDOWN = "markdown"


def render(report: Report, output_format: OutputFormat, *, color: bool = False) -> str:
    if output_format is OutputFormat.JSON:
        from factcheck.report.json import render_json

        return render_json(report)
    if output_format is OutputFormat.MARKDOWN:
        from factcheck.report.markdown import render_markdown

        return render_markdown(report)
    from factcheck.report.terminal import render_terminal

    return render_terminal(report, color=color)
