"""Line up figures across two articles by what they measure, their unit and period."""

from __future__ import annotations

from rapidfuzz import fuzz

from factcheck.align.assign import one_to_one
from factcheck.models import Extraction, Figure, FigureKind, FigureMatch

# Kinds whose figures can state the same fact: a range may report what another gives as one number.
_FAMILY = {
    FigureKind.MONEY: "amount",
    FigureKind.RANGE: "amount",
    FigureKind.PERCENT: "amount",
    FigureKind.COUNT: "amount",
    FigureKind.QUANTITY: "amount",
    FigureKind.DURATION: "duration",
    FigureKind.ORDINAL: "ordinal",
}


def periods_compatible(a: str | None, b: str | None) -> bool:
    """Q4 and Q4 2023 may be the same period; Q4 and Q1, or Q4 2023 and Q4 2022, are not."""
    if a is None or b is None or a == b:
        return True
    words_a, words_b = a.split(), b.split()
    shorter, longer = sorted((words_a, words_b), key=len)
    return longer[: len(shorter)] == shorter


# Words that say how a figure moved, not what it measures: "rise" alone matches any rise.
MOVEMENT = frozenset({"rise", "fall"})


def measure_score(a: Figure, b: Figure) -> float:
    """How alike what two figures measure is, 0–100. Shared movement words count only with a
    shared subject: "interest rate rise" and "pound rise" are not the same measure."""
    subject_a = [word for word in a.measure if word not in MOVEMENT]
    subject_b = [word for word in b.measure if word not in MOVEMENT]
    if not subject_a and not subject_b:
        return 50.0 if not a.measure and not b.measure else 55.0
    if not subject_a or not subject_b:
        return 40.0
    return fuzz.token_set_ratio(" ".join(a.measure), " ".join(b.measure))


def align_figures(a: Extraction, b: Extraction, min_score: float) -> list[FigureMatch]:
    # Only figures of one family and unit can agree or conflict: pair within those buckets.
    buckets: dict[tuple[str, str], list[int]] = {}
    for j, fig_b in enumerate(b.figures):
        buckets.setdefault((_FAMILY[fig_b.kind], fig_b.unit), []).append(j)
    candidates: list[tuple[float, int, int]] = []
    for i, fig_a in enumerate(a.figures):
        for j in buckets.get((_FAMILY[fig_a.kind], fig_a.unit), ()):
            fig_b = b.figures[j]
            if not periods_compatible(fig_a.period, fig_b.period):
                continue
            score = measure_score(fig_a, fig_b)
            if fig_a.period and fig_a.period == fig_b.period:
                score = min(100.0, score + 10)
            if score >= min_score:
                candidates.append((score, i, j))
    matches = [
        FigureMatch(a=a.figures[i].id, b=b.figures[j].id, score=round(score, 1))
        for score, i, j in sorted(one_to_one(candidates), key=lambda pair: pair[1:])
    ]
    return matches
