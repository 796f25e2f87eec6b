"""What every format says the same way: locations, figure-table labels, group order."""

from __future__ import annotations

from factcheck.models import (
    DiffOp,
    Evidence,
    Figure,
    FigureRow,
    Finding,
    Report,
    Severity,
    WordDiff,
)

SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def location(evidence: Evidence) -> str:
    return f"{evidence.article_id}:{evidence.line} [{evidence.span.start}:{evidence.span.end}]"


def findings_by_severity(report: Report) -> list[tuple[Severity, list[Finding]]]:
    groups = []
    for severity in SEVERITY_ORDER:
        found = [finding for finding in report.findings if finding.severity is severity]
        if found:
            groups.append((severity, found))
    return groups


def figure_cells(report: Report, row: FigureRow) -> list[str]:
    by_article: dict[str, Figure] = {figure.article_id: figure for figure in row.figures}
    return [by_article[a.id].text if a.id in by_article else "—" for a in report.articles]


def figure_measure(row: FigureRow) -> str:
    figure = row.figures[0]
    words = " ".join(figure.measure) or figure.unit
    return f"{words} ({figure.period})" if figure.period else words


def summary_line(report: Report) -> str:
    s = report.summary
    counts = ", ".join(f"{s.findings[sev]} {sev.value}" for sev in SEVERITY_ORDER)
    line = (
        f"{s.articles} articles, {s.quotes} quotes, {s.figures} figures "
        f"({s.corroborated} corroborated, {s.conflicting} conflicting, "
        f"{s.single_source} single-source); findings: {counts}"
    )
    if s.baselined or s.stale:
        line += f"; {s.baselined} in the baseline, {s.stale} stale baseline entries"
    return line


def diff_side(diff: list[WordDiff], side: str) -> list[tuple[str, bool]]:
    """One side ("a" or "b") of a word diff as (words, changed) runs, for highlighting."""
    runs = []
    for change in diff:
        words = change.a if side == "a" else change.b
        if words:
            runs.append((words, change.op is not DiffOp.EQUAL))
    return runs


def article_paths(report: Report) -> dict[str, str]:
    """Where each article and primary source of the report is, by id."""
    return {a.id: a.path for a in [*report.articles, *report.references]}
