"""Speaker differs: the same quote given to different people in two articles, or given to
someone in one article and to no one in another (``when: missing``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params


class SpeakerMismatchParams(Params):
    min_score: float = Field(
        70, ge=0, le=100, description="Only quotes aligned at least this well are compared."
    )
    when: Literal["different", "missing"] = Field(
        "different",
        description="different: two named speakers disagree; missing: one article names the "
        "speaker and the other leaves the quote unattributed.",
    )


def check(params: SpeakerMismatchParams, ctx: CheckContext) -> Iterator[Hit]:
    seen: set[tuple[str, str]] = set()
    for match in ctx.alignment.quotes:
        if match.score < params.min_score:
            continue
        pair = (match.a.quote_id, match.b.quote_id)
        if pair in seen:
            continue
        seen.add(pair)
        quote_a, quote_b = ctx.quote(match.a.quote_id), ctx.quote(match.b.quote_id)
        key_a, key_b = quote_a.speaker.key, quote_b.speaker.key
        if params.when == "different" and (key_a is None or key_b is None or key_a == key_b):
            continue
        if params.when == "missing" and (key_a is None) == (key_b is None):
            continue
        yield Hit(
            evidence=(
                (quote_a.article_id, quote_a.speaker.span or quote_a.span),
                (quote_b.article_id, quote_b.speaker.span or quote_b.span),
            ),
            values={
                "article_a": ctx.label(quote_a.article_id),
                "article_b": ctx.label(quote_b.article_id),
                "speaker_a": quote_a.speaker.name or "unknown",
                "speaker_b": quote_b.speaker.name or "unknown",
                "quote": match.a.text,
            },
        )


KIND = RuleKind(
    name="speaker_mismatch",
    params=SpeakerMismatchParams,
    check=check,
    placeholders=("article_a", "article_b", "speaker_a", "speaker_b", "quote"),
    cross_article=True,
    summary="The same quote is attributed to different speakers.",
    aligns="quotes",
)
