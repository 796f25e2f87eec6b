"""The side of a vote a count is told of: votes for and votes against in one tally are two
measures, whatever else their words share ("Forty-four lawmakers … voted for the motion,
… while 52 voted against", "The motion won 44 votes …, with 55 lawmakers voting against")."""

from __future__ import annotations

import re

from factcheck.models import Extraction, Figure, FigureKind

FOR, AGAINST = "for", "against"
VOTE = "vote"

# The side a count's own verb of voting gives it, right after the count and its noun, maybe
# past a short phrase of where ("Forty-four lawmakers in the 100-seat Saeima voted for the
# motion", "with 55 lawmakers voting against", "while 52 voted against"). No word that opens
# another clause between: "12 members said the mayor voted against" is no count of votes.
_VOTED_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|who|which|that|said|says|say|told)\b)"
    r"[\w’'-]+){0,5}?"
    r"\s+(?:(?:had|have|has|had\s+also|also|all|then|were|was)\s+)?"
    r"(?:voted|voting|vote)\s+(?P<side>for|in\s+favou?r|against|to\s+oppose|in\s+support)\b",
    re.IGNORECASE,
)
# A side told by its word right after a count of votes or a bare count: "44 votes in favour",
# "with 52 against", "six opposed".
_SIDE_AFTER = re.compile(r"\s+(?P<side>in\s+favou?r|against|opposed)\b", re.IGNORECASE)
# A count of votes a motion or a candidate won: "The motion won 44 votes", "drew 38 votes".
_WON_BEFORE = re.compile(
    r"\b(?:won|wins|win|drew|draws|received|receives|got|gets|secured|secures|garnered"
    r"|attracted|mustered|polled)\s+(?:only\s+|just\s+|a\s+mere\s+)?$",
    re.IGNORECASE,
)
# What makes a count no voters': a whole or a place its phrase is in ("44 of the 100 deputies",
# "lawmakers in the 100-seat Saeima voted"), or a count told as a word of a noun ("the
# 100-seat Saeima").
_WHOLE_BEFORE = re.compile(
    r"\b(?:of|in|from|among|at|on)\s+(?:(?:the|its|their|all|a|an)\s+)?$", re.IGNORECASE
)
_ATTRIBUTE = re.compile(r"\d-[a-z]+$")


def _side_word(word: str) -> str:
    folded = " ".join(word.casefold().split())
    return AGAINST if folded in ("against", "opposed", "to oppose") else FOR


def vote_side(figure: Figure, text: str) -> str | None:
    """`FOR` or `AGAINST`, the side of a vote a count is told of (see `_VOTED_AFTER`,
    `_SIDE_AFTER`, `_WON_BEFORE`), or a tally's side as extracted; None for any other."""
    if figure.kind is not FigureKind.COUNT:
        return None
    if figure.unit == VOTE and figure.measure[:1] in ([FOR], [AGAINST]):
        return figure.measure[0]
    end = figure.sentence.end
    if _ATTRIBUTE.search(figure.text) or _WHOLE_BEFORE.search(
        text, figure.sentence.start, figure.span.start
    ):
        return None
    voted = _VOTED_AFTER.match(text, figure.span.end, end)
    if voted is not None:
        return _side_word(voted.group("side"))
    if figure.unit in (VOTE, ""):
        told = _SIDE_AFTER.match(text, figure.span.end, end)
        if told is not None:
            return _side_word(told.group("side"))
    if figure.unit == VOTE and _WON_BEFORE.search(text, figure.sentence.start, figure.span.start):
        return FOR
    return None


def _sides(extraction: Extraction, text: str | None) -> list[str | None]:
    if text is None:
        return [None] * len(extraction.figures)
    return [vote_side(figure, text) for figure in extraction.figures]


def as_votes(
    a: Extraction, b: Extraction, text_a: str | None, text_b: str | None
) -> tuple[Extraction, Extraction]:
    """Each article's counts told of a side of a vote (see `vote_side`) read as votes of that
    side, when both articles tell such a count: "Forty-four lawmakers … voted for the motion"
    is the other's "The motion won 44 votes", and A's bare "52 voted against" its "55
    lawmakers voting against". The side leads the measure, as a tally's does."""
    sides_a, sides_b = _sides(a, text_a), _sides(b, text_b)
    if not any(sides_a) or not any(sides_b):
        return a, b
    return _voted(a, sides_a), _voted(b, sides_b)


def _voted(extraction: Extraction, sides: list[str | None]) -> Extraction:
    figures = []
    for figure, side in zip(extraction.figures, sides, strict=True):
        if side is not None and (figure.unit != VOTE or figure.measure[:1] != [side]):
            measure = [side] + [
                word for word in figure.measure if word not in (FOR, AGAINST, figure.unit)
            ]
            figure = figure.model_copy(update={"unit": VOTE, "measure": measure})
        figures.append(figure)
    return extraction.model_copy(update={"figures": figures})


def sides_apart(one: Figure, other: Figure) -> bool:
    """Whether two counts of votes are of the two sides of a vote (see `as_votes`)."""
    if one.unit != VOTE or other.unit != VOTE:
        return False
    side, other_side = one.measure[:1], other.measure[:1]
    return side != other_side and side in ([FOR], [AGAINST]) and other_side in ([FOR], [AGAINST])
