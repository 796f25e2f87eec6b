"""Line up figures across two articles by what they measure, their unit and period."""

from __future__ import annotations

from rapidfuzz import fuzz, process

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


# What a figure's measure holds, which decides how it scores against another's: subject words
# are compared by rapidfuzz; without them the score is fixed (see measure_score).
_SUBJECT, _MOVEMENT_ONLY, _NO_MEASURE = range(3)


def _measure_class(figure: Figure) -> int:
    if any(word not in MOVEMENT for word in figure.measure):
        return _SUBJECT
    return _MOVEMENT_ONLY if figure.measure else _NO_MEASURE


def _fixed_score(class_a: int, class_b: int) -> float:
    """measure_score of two figures one of which has no subject words."""
    if class_a != _SUBJECT and class_b != _SUBJECT:
        return 50.0 if class_a == class_b == _NO_MEASURE else 55.0
    return 40.0


def align_figures(a: Extraction, b: Extraction, min_score: float) -> list[FigureMatch]:
    # Only figures of one family and unit can agree or conflict: pair within those buckets,
    # and inside a bucket by period and class of measure, so that one rapidfuzz call scores
    # a figure against a whole group in C (no Python loop over every pair of figures).
    buckets: dict[tuple[str, str], dict[tuple[str | None, int], list[int]]] = {}
    for j, fig_b in enumerate(b.figures):
        bucket = buckets.setdefault((_FAMILY[fig_b.kind], fig_b.unit), {})
        bucket.setdefault((fig_b.period, _measure_class(fig_b)), []).append(j)
    joined_b = [" ".join(fig_b.measure) for fig_b in b.figures]
    candidates: list[tuple[float, int, int]] = []
    for i, fig_a in enumerate(a.figures):
        class_a = _measure_class(fig_a)
        joined_a = " ".join(fig_a.measure)
        for (period, class_b), group in buckets.get((_FAMILY[fig_a.kind], fig_a.unit), {}).items():
            if not periods_compatible(fig_a.period, period):
                continue
            same_period = bool(fig_a.period) and fig_a.period == period
            if class_a != _SUBJECT or class_b != _SUBJECT:
                score = _fixed_score(class_a, class_b)
                if same_period:
                    score = min(100.0, score + 10)
                if score >= min_score:
                    candidates += [(score, i, j) for j in group]
                continue
            # The cut-off only narrows the search (a little loosely, for the period bonus);
            # the exact test below decides.
            cutoff = max(0.0, min_score - 11) if same_period else min_score
            for _, score, k in process.extract(
                joined_a, [joined_b[j] for j in group], scorer=fuzz.token_set_ratio,
                score_cutoff=cutoff, limit=None,
            ):  # fmt: skip
                if same_period:
                    score = min(100.0, score + 10)
                if score >= min_score:
                    candidates.append((score, i, group[k]))
    matches = [
        FigureMatch(a=a.figures[i].id, b=b.figures[j].id, score=round(score, 1))
        for score, i, j in sorted(
            one_to_one(candidates, lambda i, j: _value_gap(a.figures[i], b.figures[j])),
            key=lambda pair: pair[1:],
        )
    ]
    return matches


def _value_gap(a: Figure, b: Figure) -> float:
    """How far apart two figures' values are, as a share of the larger. Among figures that
    measure the same thing equally well, the closest values pair: "widened by £2.1bn to
    £15.2bn" against "widened to £15.2bn" pairs the two levels, not the change with a level."""
    values = []
    for figure in (a, b):
        if figure.value is not None:
            values.append(float(figure.value))
        else:
            ends = [float(x) for x in (figure.low, figure.high) if x is not None]
            values.append(sum(ends) / len(ends) if ends else 0.0)
    larger = max(abs(values[0]), abs(values[1]))
    return abs(values[0] - values[1]) / larger if larger else 0.0
