"""Figure dated differently: two articles give the same figure for one fact, but the year (or
month) their sentences date it to differs ("a £97 million contract … in October 2015" and "a
£97m deal … in October 2016")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from pydantic import Field

from factcheck.models import Figure
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params


class FigureDateParams(Params):
    min_score: float = Field(
        70, ge=0, le=100, description="Alignment score at which two figures state one fact."
    )


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A date a figure's clause may give it: a year, or a month of a year, after "in" ("in October
# 2015", "set in 2006"). Not a reporting period (Q4 2023, fiscal 2025, the year to March),
# which pairs figures in the first place; not a day ("on October 12, 2015"), told to the day.
# Read here, not by the extractors' periods: a cached compare loads no extractor.
_DATE = re.compile(
    rf"\bin\s+(?:(?:early|late|mid)[\s-]+)?(?:(?P<month>{_MONTHS})\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"(?![-–/]\d)"
)
# A year a figure is measured against or counted from is not its date: "the most since 2019",
# "up from 2021", "higher than in 2020".
_BASE_BEFORE = re.compile(
    r"\b(?:since|from|than(?:\s+in)?|compared\s+(?:with|to)(?:\s+in)?|against|versus|vs\.?|"
    r"before|after|until|till|by)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)


# What ends a clause: a comma before a space (not "5,000"), a semicolon, a colon, a dash, a
# bracket.
_CLAUSE_BREAK = re.compile(r",(?=\s)|[;:—–()]|\s-\s")


def _clause(text: str, figure: Figure) -> tuple[int, int]:
    """Where the clause that tells the figure starts and ends; with the clause after it when
    the figure ends its own ("a record of $87.9 million, set in 2006 when …"), not the
    clauses before it ("Thibodeau, who became CEO in 2022, earned C$4.9 million")."""
    sentence = figure.sentence
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, sentence.start,
                                                                    sentence.end)]  # fmt: skip
    start = max((end for begin, end in breaks if end <= figure.span.start), default=sentence.start)
    after = [begin for begin, _ in breaks if begin >= figure.span.end]
    end = after[0] if after else sentence.end
    if after and not text[figure.span.end : end].strip():
        end = after[1] if len(after) > 1 else sentence.end
    return start, end


def _date(text: str, figure: Figure) -> tuple[str, str | None] | None:
    """The one date (year, and month when printed) the figure's clause gives; None when it
    gives none, or more than one."""
    dates: set[tuple[str, str | None]] = set()
    start, end = _clause(text, figure)
    for date in _DATE.finditer(text, start, end):
        if _BASE_BEFORE.search(text, max(start, date.start() - 24), date.start()):
            continue
        dates.add((date.group("year"), date.group("month")))
    return dates.pop() if len(dates) == 1 else None


def _differ(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Whether two dates name different times: other years, or other months of a year (a
    month and a year alone are told at different precision, not apart)."""
    if a[0] != b[0]:
        return True
    return a[1] is not None and b[1] is not None and a[1] != b[1]


def _printed(date: tuple[str, str | None]) -> str:
    year, month = date
    return f"{month} {year}" if month else year


def check(params: FigureDateParams, ctx: CheckContext) -> Iterator[Hit]:
    if len(ctx.extractions) < 2:
        return
    paired = {frozenset((match.a, match.b)) for match in ctx.alignment.figures}
    for a, b in _by_year(ctx, paired):
        yield Hit(
            evidence=((a.article_id, a.sentence), (b.article_id, b.sentence)),
            values={
                "figure": a.text,
                "measure": " ".join(a.measure) or a.unit,
                "date_a": a.period or "",
                "date_b": b.period or "",
                "article_a": ctx.label(a.article_id),
                "article_b": ctx.label(b.article_id),
            },
        )
    for match in ctx.alignment.figures:
        if match.score < params.min_score:
            continue
        a, b = ctx.figure(match.a), ctx.figure(match.b)
        if (a.value, a.low, a.high, a.unit) != (b.value, b.low, b.high, b.unit):
            continue  # a figure that differs is FC105's
        date_a = _date(ctx.article(a.article_id).text, a)
        date_b = _date(ctx.article(b.article_id).text, b)
        if date_a is None or date_b is None or not _differ(date_a, date_b):
            continue
        yield Hit(
            evidence=((a.article_id, a.sentence), (b.article_id, b.sentence)),
            values={
                "figure": a.text,
                "measure": " ".join(a.measure) or a.unit,
                "date_a": _printed(date_a),
                "date_b": _printed(date_b),
                "article_a": ctx.label(a.article_id),
                "article_b": ctx.label(b.article_id),
            },
        )


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A period that is a date: a year, or a month of one ("2040", "January 2024").
_DATED = re.compile(rf"(?:(?P<month>{_MONTHS})\s+)?(?P<year>(?:19|20)\d\d)")
# The words that may stand between a figure and the month it is of: "£1,928 in January 2024".
_PREPOSITION = r"(?:in|for|of|by|from|since|until|to|at|on|as\s+of)"


def _period_date(figure: Figure) -> tuple[str, str | None] | None:
    """The year (and month) the figure's period names, when it is a date; else None."""
    found = _DATED.fullmatch(figure.period or "")
    return (found.group("year"), found.group("month")) if found else None


def _year_follows(ctx: CheckContext, figure: Figure) -> bool:
    """Whether the figure's date is printed right after it, and no other year ("… a year by
    2040", "… at the end of 2024", "£1,928 in January 2024"): its own date, not the
    sentence's ("by 2030, up from 10.4 per cent now"), nor one of two ("in 2023 and 2024")."""
    text = ctx.article(figure.article_id).text
    after = text[figure.span.end : min(figure.span.end + 30, figure.sentence.end)]
    date = _period_date(figure)
    if date is None or figure.period not in after:
        return False
    # A month of a year dates the figure only told right after it, a preposition between:
    # "£1,928 in January 2024", not "the £12 million scheme in March 2023", when the scheme
    # was approved and not costed then.
    if date[1] is not None and not re.match(rf"\s+{_PREPOSITION}\s+{figure.period}\b", after):
        return False
    return [year.group() for year in _YEAR.finditer(after)] == [date[0]]  # one, its own


def _both_dates_in_both(ctx: CheckContext, a: Figure, b: Figure) -> bool:
    """Whether each article prints the other's month too ("approved … in March 2023, and
    work began in June 2024" against "began in June 2024, after councillors approved it in
    March 2023"): both tell the same two dates, and which the figure is of is no fact either
    contradicts."""
    dates = {a.period, b.period}
    return all(
        all(re.search(rf"\b{date}\b", ctx.article(figure.article_id).text) for date in dates)
        for figure in (a, b)
    )


def _by_year(ctx: CheckContext, paired: set[frozenset[str]]) -> Iterator[tuple[Figure, Figure]]:
    """Two figures the alignment leaves apart because each is of its own year, or month of one
    ("14.5 million passengers a year by 2040", "14.5 million passengers a year by 2045"; "set
    at £1,928 in January 2024", "stood at £1,928 in January 2023"): the same value to
    two significant digits or more, of the same kind and unit, which neither article prints
    for anything else: one forecast, dated to two years."""
    once: list[dict[tuple[object, ...], list[Figure]]] = []
    for extraction in ctx.extractions:
        found: dict[tuple[object, ...], list[Figure]] = {}
        for figure in extraction.figures:
            key = (figure.kind, figure.value, figure.low, figure.high, figure.unit)
            found.setdefault(key, []).append(figure)
        once.append(found)
    for first, second in combinations(once, 2):
        for key, figures in first.items():
            others = second.get(key, [])
            if len(figures) != 1 or len(others) != 1:
                continue
            a, b = figures[0], others[0]
            if (
                a.value is not None
                and a.value >= 10 * a.precision
                and (date_a := _period_date(a)) is not None
                and (date_b := _period_date(b)) is not None
                and _differ(date_a, date_b)
                and frozenset((a.id, b.id)) not in paired
                and _year_follows(ctx, a)
                and _year_follows(ctx, b)
                and not (
                    (date_a[1] is not None or date_b[1] is not None)
                    and _both_dates_in_both(ctx, a, b)
                )
                # Of one measure: "$1.2 billion by 2030" invested is no revenue "by 2028".
                and bool((set(a.measure) & set(b.measure)) - {a.unit})
            ):
                yield a, b


KIND = RuleKind(
    name="figure_date",
    params=FigureDateParams,
    check=check,
    placeholders=("figure", "measure", "date_a", "date_b", "article_a", "article_b"),
    cross_article=True,
    summary="The same figure, dated to another year or month.",
    aligns="figures",
)
