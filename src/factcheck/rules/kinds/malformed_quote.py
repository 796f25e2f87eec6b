"""Malformed quotation: unbalanced or stray quote marks, a quote closed mid-sentence."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from factcheck.models import DefectKind
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params

_DESCRIPTIONS = {
    DefectKind.UNCLOSED: "quote mark opened and never closed",
    DefectKind.STRAY_MARK: "stray quote mark",
    DefectKind.CLOSED_MID_SENTENCE: "quote closed in the middle of a sentence",
}


class MalformedQuoteParams(Params):
    defects: list[DefectKind] = Field(
        default_factory=lambda: list(DefectKind), min_length=1, description="Defects to report."
    )


def check(params: MalformedQuoteParams, ctx: CheckContext) -> Iterator[Hit]:
    for extraction in ctx.extractions:
        for defect in extraction.defects:
            if defect.kind not in params.defects:
                continue
            yield Hit(
                evidence=((extraction.article_id, defect.span),),
                values={
                    "article": ctx.label(extraction.article_id),
                    "defect": _DESCRIPTIONS[defect.kind],
                    "detail": defect.detail,
                },
            )


KIND = RuleKind(
    name="malformed_quote",
    params=MalformedQuoteParams,
    check=check,
    placeholders=("article", "defect", "detail"),
    cross_article=False,
    summary="Quote marks that do not pair up, or a quote closed mid-sentence.",
)
