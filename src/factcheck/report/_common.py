"""What every format says the same way: locations, figure-table labels, group order."""

from __future__ import annotations

from factcheck.models import (
    ArticleSummary,
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


class FigureTable:
    """The figure rows of one event, with a column for each of its articles."""

    def __init__(self, event: str | None, articles: list[ArticleSummary]) -> None:
        self.event = event
        self.articles = articles
        self.rows: list[FigureRow] = []

    def title(self, base: str = "Figures") -> str:
        return f"{base}: {self.event}" if self.event else base

    def cells(self, row: FigureRow) -> list[str]:
        by_article: dict[str, Figure] = {figure.article_id: figure for figure in row.figures}
        return [by_article[a.id].text if a.id in by_article else "—" for a in self.articles]


def figure_tables(report: Report) -> list[FigureTable]:
    """One table per event when the report holds events checked apart (`factcheck check`): a
    column for every article of every event would be mostly dashes. Articles that alignment
    joined across events were compared together, so they keep one table."""
    events = {article.id: article.meta.event for article in report.articles}
    alignment = report.alignment
    joined = [(m.a.article_id, m.b.article_id) for m in alignment.quotes] + [
        (figure.article_id, other.article_id)
        for row in report.figure_table
        for figure, other in zip(row.figures, row.figures[1:], strict=False)
    ]
    if len(set(events.values())) < 2 or any(events.get(a) != events.get(b) for a, b in joined):
        single = FigureTable(None, report.articles)
        single.rows = list(report.figure_table)
        return [single] if single.rows else []
    by_event: dict[str | None, FigureTable] = {}
    for article in report.articles:
        table = by_event.setdefault(article.meta.event, FigureTable(article.meta.event, []))
        table.articles.append(article)
    for row in report.figure_table:
        by_event[events.get(row.figures[0].article_id)].rows.append(row)
    tables = list(by_event.values())
    return [table for table in tables if table.rows]


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
