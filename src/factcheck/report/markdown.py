"""Markdown: the same sections as the terminal report, for pull requests and wikis."""

from __future__ import annotations

import re

from factcheck.models import Report, WordDiff
from factcheck.report._common import (
    date_of,
    diff_side,
    figure_measure,
    figure_tables,
    findings_by_severity,
    location,
    outlet_of,
    summary_line,
)

# Characters Markdown (or the HTML it passes through) would read as markup: an article's title
# "<img src=x onerror=…>" or "*Exclusive*" must show as written, not as an image or emphasis.
_MARKUP = re.compile(r"[\\`*_\[\]<>&~|]")


def _text(text: str) -> str:
    """Article text as literal Markdown on one line (every markup character escaped)."""
    return _MARKUP.sub(lambda m: "\\" + m.group(), text).replace("\n", " ")


def _cell(text: str) -> str:
    """Markdown this module made (the marks of a diff) in a table cell."""
    return text.replace("\n", " ")


def _side(diff: list[WordDiff], side: str) -> str:
    mark = "~~{}~~" if side == "a" else "**{}**"
    return " ".join(mark.format(_text(words)) if changed else _text(words) for words, changed in
                    diff_side(diff, side))  # fmt: skip


def render_markdown(report: Report) -> str:
    lines = ["# factcheck report", "", summary_line(report), "", "## Articles", ""]
    lines += ["| Article | Title | Outlet | Date | Quotes | Figures |", "|---|---|---|---|---|---|"]
    for a in report.articles:
        lines.append(
            f"| {_text(a.id)} | {_text(a.meta.title or '')} | {_text(outlet_of(a))} "
            f"| {_text(date_of(a))} | {len(a.quotes)} | {len(a.figures)} |"
        )
    if report.alignment.quotes:
        lines += ["", "## Aligned quotes", "", "| Score | First article | Second article |"]
        lines.append("|---:|---|---|")
        for m in report.alignment.quotes:
            lines.append(
                f"| {m.score:g} | {_text(m.a.article_id)}: {_cell(_side(m.diff, 'a'))} "
                f"| {_text(m.b.article_id)}: {_cell(_side(m.diff, 'b'))} |"
            )
    for table in figure_tables(report):
        header = " | ".join(_text(a.id) for a in table.articles)
        lines += ["", f"## {_text(table.title())}", "", f"| Measure | {header} | Status |"]
        lines.append("|---" * (len(table.articles) + 2) + "|")
        for row in table.rows:
            cells = " | ".join(_text(c) for c in table.cells(row))
            status = row.status.value.replace("_", " ")
            lines.append(f"| {_text(figure_measure(row))} | {cells} | {status} |")
    lines += ["", "## Findings", ""]
    if not report.findings:
        lines.append("No new findings (the baseline holds the others)." if report.summary.baselined
                     else "No findings.")  # fmt: skip
    for severity, findings in findings_by_severity(report):
        lines += [f"### {severity.value.capitalize()} ({len(findings)})", ""]
        for finding in findings:
            where = "; ".join(f"`{location(e)}`" for e in finding.evidence)
            lines.append(f"- **{finding.rule}** {_text(finding.message)} — {where}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
