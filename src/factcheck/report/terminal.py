"""The terminal report (rich): quotes side by side with their differences, figures, findings."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from factcheck.models import QuoteMatch, Report, Severity, WordDiff
from factcheck.report._common import (
    FigureTable,
    date_of,
    diff_side,
    figure_measure,
    figure_tables,
    findings_by_severity,
    location,
    outlet_of,
    summary_line,
)

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_STATUS_STYLE = {"corroborated": "green", "conflicting": "bold red", "single_source": "yellow"}
WIDTH = 120
HEIGHT = 25  # lays nothing out, but without it rich asks the terminal (TERM=dumb: 80 wide)


def diff_text(diff: list[WordDiff], side: str) -> Text:
    """One side of a word diff: what the other side lacks is highlighted."""
    style = "bold red strike" if side == "a" else "bold green underline"
    text = Text()
    for words, changed in diff_side(diff, side):
        if text:
            text.append(" ")
        text.append(words, style=style if changed else "")
    return text


def _quotes_table(report: Report, matches: list[QuoteMatch]) -> Table:
    table = Table(title="Aligned quotes", show_lines=True, expand=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("First article")
    table.add_column("Second article")
    for match in matches:
        table.add_row(
            f"{match.score:g}",
            Text.assemble((f"{match.a.article_id}\n", "dim"), diff_text(match.diff, "a")),
            Text.assemble((f"{match.b.article_id}\n", "dim"), diff_text(match.diff, "b")),
        )
    return table


def _sources_table(report: Report) -> Table:
    """Each quote beside the source passage found for it, differences marked."""
    source = ", ".join(ref.id for ref in report.references) or "source"
    table = Table(title=f"Quotes against the source ({source})", show_lines=True, expand=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Source passage (words compared)")
    table.add_column("Quote (words compared)")
    for match in report.alignment.sources:
        if not match.parts:
            table.add_row("—", Text("no passage matches", style="bold red"),
                          Text.assemble((f"{match.article_id}\n", "dim"), match.quote))  # fmt: skip
            continue
        score = min(part.score for part in match.parts)
        passage, quoted = Text(), Text()
        for part in match.parts:
            if passage:
                passage.append(" … ")
                quoted.append(" … ")
            passage.append_text(diff_text(part.diff, "a"))
            quoted.append_text(diff_text(part.diff, "b"))
        table.add_row(f"{score:g}", passage,
                      Text.assemble((f"{match.article_id}\n", "dim"), quoted))  # fmt: skip
    return table


def _figures_table(table_of: FigureTable) -> Table:
    table = Table(title=table_of.title(), expand=True)
    table.add_column("Measure")
    for article in table_of.articles:
        table.add_column(article.id, overflow="fold")
    table.add_column("Status", no_wrap=True)
    for row in table_of.rows:
        status = row.status.value
        table.add_row(
            figure_measure(row),
            *table_of.cells(row),
            Text(status.replace("_", " "), style=_STATUS_STYLE[status]),
        )
    return table


def _findings(report: Report) -> Group:
    parts: list[Text] = []
    for severity, findings in findings_by_severity(report):
        style = _SEVERITY_STYLE[severity]
        parts.append(Text(f"\n{severity.value.upper()} ({len(findings)})", style=style))
        for finding in findings:
            line = Text("  ")
            line.append(finding.rule, style=style)
            line.append(f" {finding.message}")
            parts.append(line)
            for evidence in finding.evidence:
                parts.append(Text(f"      at {location(evidence)}", style="dim"))
    return Group(*parts)


def render_terminal(report: Report, *, color: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=WIDTH,
        height=HEIGHT,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )
    articles = Table(title="Articles", expand=True)
    for column in ("Article", "Title", "Outlet", "Date", "Quotes", "Figures"):
        articles.add_column(column, overflow="fold")
    for article in report.articles:
        articles.add_row(
            article.id,
            article.meta.title or "",
            outlet_of(article),
            date_of(article),
            str(len(article.quotes)),
            str(len(article.figures)),
        )
    console.print(articles)
    if report.alignment.quotes:
        console.print(_quotes_table(report, report.alignment.quotes))
    if report.alignment.sources:
        console.print(_sources_table(report))
    for figures in figure_tables(report):
        console.print(_figures_table(figures))
    if report.findings:
        console.print(Text("Findings", style="bold"), _findings(report))
    elif report.summary.baselined:
        console.print(Text("No new findings (the baseline holds the others).", style="green"))
    else:
        console.print(Text("No findings.", style="green"))
    console.print(Text("\n" + summary_line(report), style="bold"))
    return buffer.getvalue()
