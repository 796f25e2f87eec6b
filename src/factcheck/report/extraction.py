"""`factcheck extract`: what one article yields, as tables."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from factcheck.models import Article, Extraction


def render_extraction(article: Article, extraction: Extraction) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, no_color=True, highlight=False, emoji=False)
    quotes = Table(title=f"Quotes in {article.id}", show_lines=True, expand=True)
    for column in ("Id", "Kind", "Speaker", "Cue", "Span", "Quote"):
        quotes.add_column(column, overflow="fold")
    for quote in extraction.quotes:
        speaker = quote.speaker
        who = speaker.name or "unknown"
        if speaker.name:
            who += f" ({speaker.kind.value}, {speaker.attribution.value})"
        quotes.add_row(
            quote.id.split(":")[-1],
            quote.kind.value,
            who,
            speaker.cue or "",
            f"{quote.span.start}–{quote.span.end}",
            quote.text,
        )
    console.print(quotes)
    if extraction.defects:
        defects = Table(title="Quotation defects", expand=True)
        for column in ("Defect", "Line", "Span", "Detail"):
            defects.add_column(column, overflow="fold")
        for defect in extraction.defects:
            defects.add_row(
                defect.kind.value,
                str(article.line_of(defect.span.start)),
                f"{defect.span.start}–{defect.span.end}",
                defect.detail,
            )
        console.print(defects)
    figures = Table(title=f"Figures in {article.id}", expand=True)
    for column in ("Id", "Figure", "Kind", "Value", "Unit", "Bound", "Period", "Measure"):
        figures.add_column(column, overflow="fold")
    for figure in extraction.figures:
        if figure.value is not None:
            value = f"{figure.value:,f}"
        else:
            value = f"{figure.low:,f} – {figure.high:,f}"
        figures.add_row(
            figure.id.split(":")[-1],
            figure.text,
            figure.kind.value,
            value,
            figure.unit,
            figure.bound.value,
            figure.period or "",
            " ".join(figure.measure),
        )
    console.print(figures)
    return buffer.getvalue()
