"""GitHub Actions workflow commands: an annotation on each place a finding points at."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Report, Severity
from factcheck.report._common import article_paths, repository_path

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, root: Path | None = None) -> str:
    paths = {key: repository_path(path, root) for key, path in article_paths(report).items()}
    lines = []
    for finding in report.findings:
        for evidence in finding.evidence:
            properties = ",".join(
                [
                    f"file={_escape_property(paths[evidence.article_id])}",
                    f"line={evidence.line}",
                    f"col={evidence.column}",
                    f"endLine={evidence.end_line}",
                    f"title={_escape_property(f'{finding.rule} {finding.name}')}",
                ]
            )
            command = _COMMAND[finding.severity]
            lines.append(f"::{command} {properties}::{_escape_data(finding.message)}")
    return "".join(line + "\n" for line in lines)
