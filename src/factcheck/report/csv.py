"""CSV: one row per place a finding points at, for spreadsheets."""

from __future__ import annotations

import csv
import io

from factcheck.models import Report
from factcheck.report._common import article_paths

COLUMNS = (
    "rule", "name", "severity", "article", "path", "line", "column", "start", "end", "message",
    "evidence", "fingerprint",
)  # fmt: skip


def render_csv(report: Report) -> str:
    paths = article_paths(report)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for finding in report.findings:
        for evidence in finding.evidence:
            writer.writerow(
                [
                    finding.rule,
                    finding.name,
                    finding.severity.value,
                    evidence.article_id,
                    paths[evidence.article_id],
                    evidence.line,
                    evidence.column,
                    evidence.span.start,
                    evidence.span.end,
                    finding.message,
                    evidence.text,
                    finding.fingerprint,
                ]
            )
    return buffer.getvalue()
