"""Majority reading: when three or more articles quote the same passage and most print the same
words, the article that departs from them is reported — labelled as a majority reading, never as
the truth (only a primary source can say what was said)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from factcheck.align.diff import describe, word_diff, wording
from factcheck.models import QuoteRef
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params


class QuoteMajorityParams(Params):
    min_score: float = Field(60, ge=0, le=100, description="Aligned at least this well.")
    min_articles: int = Field(3, ge=3, description="Articles that must quote the passage.")


def _groups(ctx: CheckContext, min_score: float) -> list[list[QuoteRef]]:
    """Quote sentences joined through alignment: each group is one passage as each prints it."""
    parent: dict[tuple[str, str, int], tuple[str, str, int]] = {}
    refs: dict[tuple[str, str, int], QuoteRef] = {}

    def key(ref: QuoteRef) -> tuple[str, str, int]:
        return (ref.article_id, ref.quote_id, ref.sentence_index)

    def root(item: tuple[str, str, int]) -> tuple[str, str, int]:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for match in ctx.alignment.quotes:
        if match.score < min_score:
            continue
        for ref in (match.a, match.b):
            refs.setdefault(key(ref), ref)
            parent.setdefault(key(ref), key(ref))
        parent[root(key(match.b))] = root(key(match.a))
    groups: dict[tuple[str, str, int], list[QuoteRef]] = {}
    for item, ref in sorted(refs.items()):
        groups.setdefault(root(item), []).append(ref)
    return list(groups.values())


def check(params: QuoteMajorityParams, ctx: CheckContext) -> Iterator[Hit]:
    if ctx.reference is not None:
        return  # the source itself decides (FC201–FC204); a majority reading would only echo it
    for group in _groups(ctx, params.min_score):
        articles = {ref.article_id for ref in group}
        if len(articles) < params.min_articles:
            continue
        wordings = Counter(wording(ref.text) for ref in group)
        (majority, count), *rest = wordings.most_common()
        if count < 2 or (rest and rest[0][1] == count):
            continue  # no wording is shared by more articles than any other
        example = next(ref for ref in group if wording(ref.text) == majority)
        for ref in group:
            if wording(ref.text) == majority:
                continue
            diff = word_diff(example.text, ref.text)
            yield Hit(
                evidence=((ref.article_id, ref.span), (example.article_id, example.span)),
                values={
                    "article": ctx.label(ref.article_id),
                    "count": str(count),
                    "total": str(len(articles)),
                    "majority": example.text,
                    "quote": ref.text,
                    "changes": describe(diff),
                },
                diff=diff,
            )


KIND = RuleKind(
    name="quote_majority",
    params=QuoteMajorityParams,
    check=check,
    placeholders=("article", "count", "total", "majority", "quote", "changes"),
    cross_article=True,
    summary="The article whose wording of a quote departs from what most articles print.",
    aligns="quotes",
)
