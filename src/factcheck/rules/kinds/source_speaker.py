"""Speaker differs from the source: the article gives a quote to one person, while the
transcript's speaker labels show someone else said those words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from factcheck.models import SpeakerKind
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params

_LABEL_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


class SourceSpeakerParams(Params):
    min_score: float = Field(
        80, ge=0, le=100, description="Only quotes found in the source at least this well."
    )


def _names_the_speaker(label: str, key: str) -> bool:
    """Whether a label ("GOVERNOR SMITH", "Dr Raman", "Q") names the person whose speaker key
    (surname) is ``key``: it is one of the label's words."""
    words = {word.replace("’", "'").casefold() for word in _LABEL_WORD.findall(label)}
    return key in words


def check(params: SourceSpeakerParams, ctx: CheckContext) -> Iterator[Hit]:
    if ctx.reference is None:
        return
    for match in ctx.alignment.sources:
        if match.speaker is None or not match.parts:
            continue
        if any(part.score < params.min_score for part in match.parts):
            continue
        speaker = ctx.quote(match.quote_id).speaker
        # An organisation speaks through whoever it sends; an unnamed speaker is FC108's.
        if speaker.key is None or speaker.kind is not SpeakerKind.PERSON:
            continue
        if _names_the_speaker(match.speaker, speaker.key):
            continue
        quote = ctx.quote(match.quote_id)
        yield Hit(
            evidence=(
                (match.article_id, speaker.span or quote.span),
                (match.reference_id, match.parts[0].span),
            ),
            values={
                "article": ctx.label(match.article_id),
                "source": ctx.label(match.reference_id),
                "quote": match.quote,
                "speaker": speaker.name,
                "source_speaker": match.speaker,
            },
        )


KIND = RuleKind(
    name="source_speaker",
    params=SourceSpeakerParams,
    check=check,
    placeholders=("article", "source", "quote", "speaker", "source_speaker"),
    cross_article=False,
    summary="A quote given to someone other than the speaker the source labels.",
    needs_reference=True,
)
