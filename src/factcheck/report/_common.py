"""What every format says the same way: locations, figure-table labels, group order."""

from __future__ import annotations

import os
from pathlib import Path, PurePath

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


def outlet_of(article: ArticleSummary) -> str:
    """The outlet the metadata names, else the one the dateline prints in brackets, else the
    paper the byline names."""
    return (
        article.meta.outlet
        or (article.dateline and article.dateline.outlet)
        or (article.byline and article.byline.outlet)
        or ""
    )


def date_of(article: ArticleSummary) -> str:
    """The date the metadata gives, else the dateline's as printed."""
    return article.meta.date or (article.dateline and article.dateline.date) or ""


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
        """Each article's figures in the row, or a dash. A row joined through other articles
        may hold two of one article's figures (one outlet swapped two figures that the others
        print apart): both are shown, not whichever came last."""
        by_article: dict[str, list[Figure]] = {}
        for figure in row.figures:
            by_article.setdefault(figure.article_id, []).append(figure)
        return [
            " / ".join(figure.text for figure in by_article[a.id]) if a.id in by_article else "—"
            for a in self.articles
        ]


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
        entries = "stale baseline entry" if s.stale == 1 else "stale baseline entries"
        line += f"; {s.baselined} in the baseline, {s.stale} {entries}"
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


def repository_path(path: str, root: Path | None) -> str:
    """``path`` with forward slashes and no ``..``, relative to ``root`` when it lies inside
    it: code scanning and annotations match files by their path in the repository, whatever
    folder the run started in. A file outside ``root`` keeps its absolute path."""
    if root is None:
        return PurePath(os.path.normpath(path)).as_posix()
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, os.path.abspath(root))
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return PurePath(absolute).as_posix()
    return PurePath(relative).as_posix()
