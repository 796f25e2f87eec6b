"""`factcheck extract`: what one article yields, as tables."""

from __future__ import annotations

import io
from decimal import Decimal

from rich.console import Console
from rich.table import Table

from factcheck.models import Article, Extraction, NumberRange, Numeral


def render_extraction(
    article: Article,
    extraction: Extraction,
    numbers: tuple[list[Numeral], list[NumberRange]] | None = None,
) -> str:
    buffer = io.StringIO()
    # A height as well as a width: rich then reads no terminal size (TERM=dumb would make it 80).
    console = Console(
        file=buffer, width=120, height=25, no_color=True, highlight=False, emoji=False
    )
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
    if numbers is not None:
        console.print(_numbers_table(article, extraction, *numbers))
    return buffer.getvalue()


def _shown(value: Decimal) -> str:
    """A value as a reader writes it: two-thirds as 0.666667, not to 28 digits."""
    if value.as_tuple().exponent < -6:  # type: ignore[operator]
        value = value.quantize(Decimal("0.000001"))
    return f"{value.normalize():,f}"


def _numbers_table(
    article: Article, extraction: Extraction, numbers: list[Numeral], ranges: list[NumberRange]
) -> Table:
    """Every number and range, with the figure that holds it: a number in no figure is one
    the figure extractor left out (a year, a name, or a miss worth a look)."""
    table = Table(title=f"Numbers in {article.id}", expand=True)
    for column in ("Line", "Number", "Value", "In figure"):
        table.add_column(column, overflow="fold")
    rows = [(n.span, n.text, _shown(n.value)) for n in numbers]
    rows += [(r.span, r.text, r.notation) for r in ranges]
    for span, text, value in sorted(rows, key=lambda row: (row[0].start, -row[0].end)):
        holder = next(
            (f.id.split(":")[-1] for f in extraction.figures
             if f.span.start <= span.start and span.end <= f.span.end),
            "",
        )  # fmt: skip
        table.add_row(str(article.line_of(span.start)), text, value, holder)
    return table
