"""Figure differs: the same measure reported with values that cannot both be right.

Each printed figure stands for an interval of true values: ``$40.1 billion`` for
[40.05, 40.15] billion when rounding is allowed for its kind, ``more than $40 billion`` for
[40, 50] (a writer bounds a figure with a number near it: "more than £180m" does not cover
£280m, nor "up to 24 inches" 42 inches), ``between $34.5 billion and $37 billion`` for its
range, ``about 350,000`` for ±10%.
Two figures agree when one could be the other said less precisely: the number one prints lies
in the other's interval ($40.11 billion lies in $40.1 billion's). Overlapping is not enough:
$39.17 billion and $39.16 billion touch at 39.165 yet cannot both be right, nor can "about
350,000" and "about 305,000". Two ranges agree when their ends do, end by end; two bounds
the same way when the coarser is the finer rounded towards the bound.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

from pydantic import Field

from factcheck.models import (
    CONVERTED_UNITS,
    Bound,
    Figure,
    FigureKind,
    FigureMatch,
    clock_in_zone_of,
    in_compared_unit,
)
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params

_INFINITY = Decimal("Infinity")


class FigureMismatchParams(Params):
    min_score: float = Field(
        60, ge=0, le=100, description="How alike the measures must be for figures to be compared."
    )
    rounding_kinds: list[FigureKind] = Field(
        default_factory=lambda: [
            FigureKind.MONEY,
            FigureKind.PERCENT,
            FigureKind.COUNT,
            FigureKind.QUANTITY,
            FigureKind.DURATION,
            FigureKind.RANGE,
        ],
        description="Kinds where a less precise figure may be a rounding of a more precise one.",
    )
    absolute_tolerance: dict[FigureKind, Decimal] = Field(
        default_factory=dict, description="Largest gap that still agrees, per kind (25% vs 24.7%)."
    )
    relative_tolerance: Decimal = Field(
        Decimal(0), ge=0, le=1, description="Largest gap as a share of the larger value."
    )
    approximate_tolerance: Decimal = Field(
        Decimal("0.1"), ge=0, le=1, description="How far 'about X' may be from X, as a share."
    )
    approximate_steps: Decimal = Field(
        Decimal("1.5"),
        ge=0,
        description="How many of its printed steps 'about X' may be from X at most: 'about "
        "31,000', printed to the thousand, covers 29,500 to 32,500, not 33,000; 'about "
        "4,000' still covers 3,600 to 4,400.",
    )
    interval_units: list[str] = Field(
        default_factory=lambda: ["time of day"],
        description="Units with no true zero, where a share of the value means nothing: 'about "
        "X' spreads by approximate_spread of the unit instead (or by the rounding of X).",
    )
    approximate_spread: Decimal = Field(
        Decimal(5),
        ge=0,
        description="How far 'about X' may be from X in an interval unit, in that unit: 5 "
        "minutes ('about 7.42am' covers 7.37am to 7.47am; 'about 7pm', rounded to the hour, "
        "6.30pm to 7.30pm).",
    )
    whole_thousands: bool = Field(
        True,
        description="Whether a number printed in whole thousands with two or more other "
        "significant digits may be a rounding (£285,000 of £285,312; not 3,000 of 3,200), and "
        "a sum of money in whole hundreds with three or more (£298,400 of £298,417), or a "
        "count naming a thing by its size with two or more (the 2,100-seat venue of a "
        "2,134-seat theatre; not 2,100 people evacuated of 2,134).",
    )
    bound_reach: Decimal = Field(
        Decimal("0.25"),
        ge=0,
        description="How far past X 'more than X' or 'up to X' reaches, as a share of X "
        "(writers bound a figure with a number close to it).",
    )


def _printed_digits(figure: Figure) -> tuple[int, int]:
    """The printed number's trailing zeros and its other digits, at its precision: (3, 3) for
    "£285,000", (1, 1) for "40"; (0, 0) for a range or a zero."""
    if figure.value is None or not figure.precision:
        return 0, 0
    digits = str(int(abs(figure.value / figure.precision)))
    significant = len(digits.rstrip("0"))
    return (len(digits) - significant, significant) if significant else (0, 0)


def rounding_step(figure: Figure, params: FigureMismatchParams) -> Decimal:
    """One unit of the last digit that may have been rounded: the printed precision, or the
    thousands of "£285,000" (a house price, a crowd of 52,000), which outlets round to, or the
    hundreds of a sum of money or a count as long as "£298,400" (a house price to the nearest
    £100) or "32,500 seats" (a stadium's 32,480 to the nearest hundred)."""
    step = figure.precision
    value = figure.value
    if params.whole_thousands and value is not None and value == value.to_integral_value():
        zeros, significant = _printed_digits(figure)
        if (
            (zeros >= 3 and significant >= 2)
            or (
                zeros == 2
                and significant >= 3
                and figure.kind in (FigureKind.MONEY, FigureKind.COUNT)
            )
            or (zeros == 2 and significant >= 2 and _size_named(figure))
        ):
            step *= Decimal(10) ** zeros
    return step


# A count joined to its noun to name a thing by its size: "the 2,100-seat venue", "a
# 1,200-strong crowd".
_SIZE_NAMED = re.compile(r"\d-[a-z]")


def _size_named(figure: Figure) -> bool:
    """Whether a count names a thing by its size (see `_SIZE_NAMED`), which outlets round to
    the hundred ("the 2,100-seat venue" of a 2,134-seat theatre), as they do not a count of
    what happened: "2,100 people were evacuated" is no rounding of 2,134."""
    return figure.kind is FigureKind.COUNT and _SIZE_NAMED.search(figure.text) is not None


def _interval_unit(unit: str, params: FigureMismatchParams) -> bool:
    """Whether a unit has no true zero; "time of day ET" is a time of day too, in a zone."""
    return unit in params.interval_units or unit.rpartition(" ")[0] in params.interval_units


_HOUR = 60  # minutes: a time of day's value is minutes since midnight
_MINUTE_BOUND_REACH = Decimal(30)  # how far past a time told to the minute its bound reaches


def interval(figure: Figure, params: FigureMismatchParams) -> tuple[Decimal, Decimal]:
    rounds = figure.kind in params.rounding_kinds
    slack = rounding_step(figure, params) / 2 if rounds else Decimal(0)
    if figure.kind is FigureKind.RANGE or figure.value is None:
        low = figure.low if figure.low is not None else -_INFINITY
        high = figure.high if figure.high is not None else _INFINITY
        return low - slack, high + slack
    value = figure.value
    if figure.bound is Bound.APPROXIMATE:
        if _interval_unit(figure.unit, params):
            spread = max(params.approximate_spread, slack)
        else:
            share = abs(value) * params.approximate_tolerance
            step = _bound_step(figure)
            if figure.kind is FigureKind.PERCENT and _NO_PERCENT_SIGN(figure.text):
                # "almost one in three", "about half": a fraction is as coarse as a share
                # gets, its step the share itself (30.4 per cent is "almost one in three").
                step = abs(value)
            spread = max(min(share, params.approximate_steps * step), slack)
        return value - spread, value + spread
    # A round bound reaches at least one of its steps: "more than 100 people" may be 140.
    reach = max(abs(value) * params.bound_reach, _bound_step(figure))
    if _interval_unit(figure.unit, params) and value % _HOUR:
        # A time told to the minute bounds to minutes, not to a share of the minutes since
        # midnight: "shortly after 2:40 p.m." is not 3:40 p.m. A named hour stays as coarse as
        # it is told: "after noon" may be 2.15pm.
        reach = min(reach, _MINUTE_BOUND_REACH)
    # Never past the bound itself: "more than 160,000 patients" is not 158,700, which a
    # writer would round to "more than 150,000" or "nearly 160,000".
    if figure.bound is Bound.AT_LEAST:
        return value, value + reach + slack
    if figure.bound is Bound.AT_MOST:
        return value - reach - slack, value
    return value - slack, value + slack


def _printed(figure: Figure) -> Decimal | None:
    """The number a figure prints: its value, or for a range with one open end, that end."""
    if figure.value is not None:
        return figure.value
    if figure.low is None or figure.high is None:
        return figure.low if figure.low is not None else figure.high
    return None


def _is_range(figure: Figure) -> bool:
    return _printed(figure) is None


# Words of a measure that name a peak: "peak winds of 170 mph", "a top speed of 90 km/h".
_PEAK_WORDS = frozenset(("peak", "maximum", "max", "top", "highest"))


def _as_the_peak(figure: Figure, other: Figure) -> Figure:
    """A figure bounded "up to" told against the other's peak is that peak: "winds of up to
    190 mph" says the strongest was 190, which "peak winds of 170 mph" denies."""
    if (
        figure.bound is Bound.AT_MOST
        and figure.value is not None
        and other.bound is Bound.EXACT
        and not _PEAK_WORDS.isdisjoint(word.casefold() for word in other.measure)
    ):
        return figure.model_copy(update={"bound": Bound.EXACT})
    return figure


def agree(a: Figure, b: Figure, params: FigureMismatchParams) -> bool:
    if a.unit != b.unit and {a.unit, b.unit} == {"pp", "%"}:
        return False  # a change in points is not the same number in per cent (see align)
    a, b = _as_the_peak(a, b), _as_the_peak(b, a)
    tolerance = max(
        params.absolute_tolerance.get(a.kind, Decimal(0)),
        params.absolute_tolerance.get(b.kind, Decimal(0)),
        params.relative_tolerance
        * max(abs(x) for x in (a.value, a.low, a.high, b.value, b.low, b.high) if x is not None),
    )

    def admits(figure: Figure, value: Decimal) -> bool:
        low, high = interval(figure, params)
        if not low - tolerance <= value <= high + tolerance:
            return False
        if (
            tolerance
            or figure.bound is not Bound.EXACT
            or figure.value is None
            or figure.kind not in params.rounding_kinds
            or value not in (low, high)
        ):
            return True
        # Half a step off, the printed number is the other rounded only away from zero:
        # 3.5% prints as "4%", never as "3 per cent".
        return abs(figure.value) > abs(value)

    both_ranges = _is_range(a) and _is_range(b)
    # Two ranges keep their ends apart even under one bound word ("over three to five years",
    # "over three to seven years"): a moved end is a different range.
    if a.bound is b.bound and a.bound in (Bound.AT_LEAST, Bound.AT_MOST) and not both_ranges:
        return _same_bound(a, b, tolerance, params.bound_reach)
    if both_ranges:
        # End by end: each end is a number printed to the range's precision.
        slack = max(
            (f.precision / 2 for f in (a, b) if f.kind in params.rounding_kinds),
            default=Decimal(0),
        )
        reach = slack + tolerance

        def ends_agree(end_a: Decimal | None, end_b: Decimal | None) -> bool:
            if end_a is None or end_b is None:
                return False
            gap = abs(end_a - end_b)
            if gap != reach or not slack or a.precision == b.precision:
                return gap <= reach
            # Half a step apart, the coarser end is the finer rounded only away from zero:
            # "2.25" prints as "2.3", but "5.5% to 6.5%" is not "5-6%".
            coarse, fine = (end_a, end_b) if a.precision > b.precision else (end_b, end_a)
            return abs(coarse) > abs(fine)

        return ends_agree(a.low, b.low) and ends_agree(a.high, b.high)
    printed_a, printed_b = _printed(a), _printed(b)
    return (printed_b is not None and admits(a, printed_b)) or (
        printed_a is not None and admits(b, printed_a)
    )


# A share printed as a fraction: no "%", "per cent" or "percent" in it.
_NO_PERCENT_SIGN = re.compile(r"(?!.*(?:%|per\s?cent))", re.IGNORECASE | re.DOTALL).match


def _bound_step(figure: Figure) -> Decimal:
    """The step a bound is printed to: its last digit, or its trailing zeros ("more than 40"
    bounds to the ten, "more than 35,000" to the thousand), which a writer rounds to."""
    if "dozen" in figure.text.casefold():
        return Decimal(12)  # "more than a dozen" bounds to the dozen, a writer's round number
    zeros, _ = _printed_digits(figure)
    return (figure.precision or Decimal(1)) * Decimal(10) ** zeros


def _told_step(figure: Figure) -> Decimal:
    """The step a bound is told to, for two bounds the same way: a share told as a fraction
    ("more than a third", "at least half") is as coarse as a share gets, its step the share
    itself, so "more than 34%" is that bound told more closely, as 43 is "more than 40"."""
    if figure.kind is FigureKind.PERCENT and figure.value and _NO_PERCENT_SIGN(figure.text):
        return abs(figure.value)
    return _bound_step(figure)


def _same_bound(a: Figure, b: Figure, tolerance: Decimal, reach: Decimal) -> bool:
    """Two bounds the same way ("more than 40" and "more than 43") agree when the finer lies
    past the coarser, within the bound's reach: "more than 30,500" is not "more than 35,000",
    and "more than £180m" is more than £100m but too far from it to be the same figure."""
    if a.value is None or b.value is None:
        return abs((a.low or a.high or 0) - (b.low or b.high or 0)) <= tolerance
    fine, coarse = sorted((a, b), key=_told_step)
    if _told_step(fine) == _told_step(coarse):
        # Two floors printed alike are two counts, not one told more closely: "at least 47
        # dead" and "at least 41 dead".
        return abs(fine.value - coarse.value) <= tolerance
    near = abs(fine.value - coarse.value) <= abs(coarse.value) * reach + tolerance
    # The finer bound lies on the bound's side of the coarser: "at least 14" is "more than a
    # dozen" told more closely, as 43 is "more than 40"; "more than 30,500" is not "more than
    # 35,000".
    if fine.bound is Bound.AT_LEAST:
        beyond = fine.value >= coarse.value - tolerance
    else:
        beyond = fine.value <= coarse.value + tolerance
    return beyond and near


def _as_converted(figure: Figure) -> Figure:
    """A figure told against one in another unit, read to its trailing zeros: a writer who
    converts rounds, so "990 acres" beside "a 400-hectare farm" is 400 hectares (988 acres)
    to the nearest ten. Only a number of two digits or more before its zeros, as
    `rounding_step` reads thousands: "400 hectares" is no "about 400"."""
    zeros, significant = _printed_digits(figure)
    if not zeros or significant < 2 or figure.bound is not Bound.EXACT:
        return figure
    return figure.model_copy(update={"precision": figure.precision * Decimal(10) ** zeros})


def conflicts_of(
    matches: Iterable[FigureMatch], figures: Mapping[str, Figure], params: FigureMismatchParams
) -> list[tuple[Figure, Figure]]:
    """The pairs of one fact that cannot both be right: matched pairs, and two figures joined
    only through a third that is said less precisely. "10,523 MHz" and "10,253 MHz" both lie
    within another outlet's "roughly 10,500MHz", which each is matched with; as one fact told
    by one figure in each article, they still disagree with each other."""
    kept = [match for match in matches if match.score >= params.min_score]
    # Spans of time and areas compared in the one unit alignment paired them in ("three weeks"
    # is 21 days against "12 days"); each keeps its text, so findings print it as the article
    # does.
    figures = _bare_degrees_scaled(kept, figures)
    printed = {figure_id: figure.unit for figure_id, figure in figures.items()}
    figures = {
        figure_id: in_compared_unit(figures[figure_id])
        for match in kept
        for figure_id in (match.a, match.b)
    }
    # Measures told in two units, one converted from the other (not spans of time, which
    # writers count rather than convert).
    converted = {
        figure_id
        for match in kept
        if printed[match.a] != printed[match.b] and figures[match.a].unit in CONVERTED_UNITS
        for figure_id in (match.a, match.b)
    }
    figures = {
        figure_id: _as_converted(figure) if figure_id in converted else figure
        for figure_id, figure in figures.items()
    }
    conflicts = [
        (figures[match.a], figures[match.b])
        for match in kept
        if not agree(figures[match.a], figures[match.b], params)
    ]
    parent = {figure_id: figure_id for match in kept for figure_id in (match.a, match.b)}

    def root(figure_id: str) -> str:
        while parent[figure_id] != figure_id:
            parent[figure_id] = parent[parent[figure_id]]
            figure_id = parent[figure_id]
        return figure_id

    for match in kept:
        parent[root(match.b)] = root(match.a)
    groups: dict[str, list[Figure]] = {}
    for figure_id in parent:
        groups.setdefault(root(figure_id), []).append(figures[figure_id])
    matched = {frozenset((match.a, match.b)) for match in kept}
    for group in groups.values():
        articles = [figure.article_id for figure in group]
        if len(group) < 3 or len(set(articles)) < len(articles):
            continue  # two figures of one article in a fact: which is the fact's is unsure
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if (
                    frozenset((a.id, b.id)) not in matched
                    and any(
                        (
                            _one_number(middle)
                            or not (agree(a, middle, params) and agree(b, middle, params))
                        )
                        and frozenset((a.id, middle.id)) in matched
                        and frozenset((b.id, middle.id)) in matched
                        for middle in group
                    )
                    and not agree(a, b, params)
                ):
                    conflicts.append((a, b))
    return conflicts


# The scales a bare "degrees" may be read in.
_TEMPERATURE_SCALES = frozenset(("°C", "°F"))


def _bare_degrees_scaled(
    kept: list[FigureMatch], figures: Mapping[str, Figure]
) -> Mapping[str, Figure]:
    """The figures with a bare "degrees" matched to a temperature in a named scale read in that
    scale, as alignment paired them: "117 degrees Fahrenheit" and an article's "117 degrees",
    which names no scale, are one reading, not 47 °C against 117."""
    scaled: dict[str, Figure] = {}
    for match in kept:
        for bare_id, named_id in ((match.a, match.b), (match.b, match.a)):
            bare, named = figures[bare_id], figures[named_id]
            if bare.unit == "degree" and named.unit in _TEMPERATURE_SCALES:
                scaled.setdefault(bare_id, bare.model_copy(update={"unit": named.unit}))
            elif (zoned := clock_in_zone_of(bare, named)) is not None:
                # "2.30pm" paired with "3.30pm AEDT": one hour apart, not ten.
                scaled.setdefault(bare_id, zoned)
    return {**figures, **scaled} if scaled else figures


def _one_number(figure: Figure) -> bool:
    """Whether a figure joining two others into one fact is one number, said exactly or less
    precisely ("roughly 10,500MHz"): a range that both lie in ("between £2 and £4 a week")
    may hold figures of two facts (a Band D bill's £3.58 a week and a Band A bill's £2.39)."""
    return figure.kind is not FigureKind.RANGE and figure.value is not None


def check(params: FigureMismatchParams, ctx: CheckContext) -> Iterator[Hit]:
    figures = {
        figure_id: ctx.figure(figure_id)
        for match in ctx.alignment.figures
        for figure_id in (match.a, match.b)
    }
    conflicts = conflicts_of(ctx.alignment.figures, figures, params)
    conflicts, told_with = _one_per_disagreement(conflicts)
    # One article against several that agree with one another (421 where three print 412) is
    # one finding about that article, not one per other article.
    partners: dict[str, list[Figure]] = {}
    for a, b in conflicts:
        partners.setdefault(a.id, []).append(b)
        partners.setdefault(b.id, []).append(a)
    outliers = {
        figure_id
        for figure_id, others in partners.items()
        if len(others) >= 2
        and all(agree(x, y, params) for i, x in enumerate(others) for y in others[i + 1 :])
    }
    reported: set[str] = set()
    for a, b in conflicts:
        outlier = a if a.id in outliers else b if b.id in outliers else None
        if outlier is not None:
            if outlier.id in reported:
                continue
            reported.add(outlier.id)
            # The outlier first: the first place a finding points at is where reports put it
            # (SARIF's main location, the alert GitHub shows), and it is the figure to fix.
            others = partners[outlier.id]
            a, b = outlier, others[0]
            evidence = [(f.article_id, f.span) for f in (outlier, *others)]
            article_b = _and([ctx.label(f.article_id) for f in others])
        else:
            evidence = [(a.article_id, a.span), (b.article_id, b.span)]
            article_b = ctx.label(b.article_id)
        text_a, text_b, measure = a.text, b.text, a.measure or b.measure
        other = told_with.get((a.id, b.id))
        if other is not None:
            evidence = [(f.article_id, f.span) for f in (a, other[0], b, other[1])]
            if _halves(a, other[0]) and _halves(b, other[1]):
                # One tally, both sides told: "11-4 in a but 10-5 in b".
                text_a, text_b = f"{a.text}-{other[0].text}", f"{b.text}-{other[1].text}"
                measure = [word for word in measure if word not in (_FOR, _AGAINST)]
        yield Hit(
            evidence=tuple(evidence),
            values={
                "article_a": ctx.label(a.article_id),
                "article_b": article_b,
                "figure_a": text_a,
                "figure_b": text_b,
                "measure": " ".join(measure) or a.unit,
                "period": a.period or b.period or "unstated period",
                "when": _when(a.period, b.period, ctx.label(a.article_id), article_b),
            },
        )


_FOR, _AGAINST = "for", "against"  # the sides of a vote that lead a tally's measures
_VOTE = "vote"
_TALLY_GAP = 4  # characters between a tally's two counts at most: "11-4", "11 to 4"


def _halves(first: Figure, second: Figure) -> bool:
    """Whether two counts are the votes for and against of one tally printed together ("voted
    11-4"), the side that won first."""
    return (
        first.article_id == second.article_id
        and first.unit == second.unit == _VOTE
        and first.measure[:1] == [_FOR]
        and second.measure[:1] == [_AGAINST]
        and 0 < second.span.start - first.span.end <= _TALLY_GAP
    )


def _same_number(one: Figure, other: Figure) -> bool:
    """Whether two figures of one article print one number of one unit, told twice."""
    return (
        one.id != other.id
        and one.article_id == other.article_id
        and (one.unit, one.value, one.low, one.high, one.bound)
        == (other.unit, other.value, other.low, other.high, other.bound)
    )


def _one_per_disagreement(
    conflicts: list[tuple[Figure, Figure]],
) -> tuple[list[tuple[Figure, Figure]], dict[tuple[str, str], tuple[Figure, Figure]]]:
    """The conflicts, one per disagreement, and for a conflict kept, the other that tells the
    same disagreement: the two sides of one tally each told apart ("voted 11-4", "voted
    10-5"), or one number each article repeats, paired copy with copy ("17 others were
    taken to hospital" and "Seventeen people were taken to hospital" in one, "15 were
    taken to hospital" and "Of the 15 people taken to hospital" in the other), in measures
    sharing a word. Two numbers told of two things stay two findings."""
    kept: list[tuple[Figure, Figure]] = []
    told_with: dict[tuple[str, str], tuple[Figure, Figure]] = {}
    for a, b in conflicts:
        merged = False
        for one, other in kept:
            if (one.id, other.id) in told_with:
                continue
            if one.article_id != a.article_id or other.article_id != b.article_id:
                continue
            if (_halves(one, a) and _halves(other, b)) or (
                _same_number(one, a)
                and _same_number(other, b)
                and not (set(one.measure) & set(a.measure)).issubset((_FOR, _AGAINST))
                and not (set(other.measure) & set(b.measure)).issubset((_FOR, _AGAINST))
            ):
                told_with[one.id, other.id] = (a, b)
                merged = True
                break
        if not merged:
            kept.append((a, b))
    return kept, told_with


def _when(period_a: str | None, period_b: str | None, label_a: str, label_b: str) -> str:
    """The period the two figures are of, in brackets after the measure: " (2025)"; both when
    only one article dates its figure (" (2023 in a, unstated in b)"); nothing when neither
    does (a vote, a temperature)."""
    if period_a == period_b:
        return f" ({period_a})" if period_a else ""
    return f" ({period_a or 'unstated'} in {label_a}, {period_b or 'unstated'} in {label_b})"


def _and(labels: list[str]) -> str:
    """The labels in words: "Herald and Courier", "Herald, Courier and Wire"."""
    unique = list(dict.fromkeys(labels))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


KIND = RuleKind(
    name="figure_mismatch",
    params=FigureMismatchParams,
    check=check,
    placeholders=("article_a", "article_b", "figure_a", "figure_b", "measure", "period", "when"),
    cross_article=True,
    summary="The same measure is given different values, beyond rounding and tolerance.",
    aligns="figures",
)
