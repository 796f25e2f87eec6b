"""What a check sees, and what it returns: checks are pure functions of these."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from pydantic import BaseModel

from factcheck.models import Alignment, Article, Extraction, Figure, Quote, Span, WordDiff


@dataclass(frozen=True)
class Hit:
    """One place a rule fires: where (article id and span) and the message's placeholder values."""

    evidence: tuple[tuple[str, Span], ...]
    values: dict[str, str] = field(default_factory=dict)
    diff: list[WordDiff] | None = None


@dataclass(frozen=True)
class CheckContext:
    articles: list[Article]
    extractions: list[Extraction]
    alignment: Alignment
    reference: Article | None = None  # the primary source, when there is one
    reference_sentences: list[Span] = field(default_factory=list)

    @cached_property
    def _articles(self) -> dict[str, Article]:
        found = {article.id: article for article in self.articles}
        if self.reference is not None:
            found[self.reference.id] = self.reference
        return found

    @cached_property
    def _quotes(self) -> dict[str, Quote]:
        return {quote.id: quote for ex in self.extractions for quote in ex.quotes}

    @cached_property
    def _figures(self) -> dict[str, Figure]:
        return {figure.id: figure for ex in self.extractions for figure in ex.figures}

    def article(self, article_id: str) -> Article:
        return self._articles[article_id]

    def quote(self, quote_id: str) -> Quote:
        return self._quotes[quote_id]

    def figure(self, figure_id: str) -> Figure:
        return self._figures[figure_id]

    def matched_figures(self, min_score: float) -> set[str]:
        """The ids of the figures the alignment pairs at ``min_score`` or more: those another
        article corroborates or contradicts."""
        return {
            figure_id
            for match in self.alignment.figures
            if match.score >= min_score
            for figure_id in (match.a, match.b)
        }

    def others(self, article_id: str) -> str:
        """The other articles of the comparison, as messages name them."""
        return ", ".join(self.label(ex.article_id) for ex in self.extractions
                         if ex.article_id != article_id)  # fmt: skip

    def label(self, article_id: str) -> str:
        """How a message names an article: its outlet when known, else its id."""
        article = self.article(article_id)
        return article.meta.outlet or article.id


Check = Callable[[BaseModel, CheckContext], Iterable[Hit]]


@dataclass(frozen=True)
class RuleKind:
    name: str
    params: type[BaseModel]
    check: Check
    placeholders: tuple[str, ...]
    cross_article: bool
    summary: str
    # Which alignment the kind reads; its params' floor (min_score) lowers the aligner's.
    aligns: Literal["quotes", "figures"] | None = None
    # Checks quotes against a primary source: its examples' first text is that source.
    needs_reference: bool = False
