"""Line up figures across two articles by what they measure, their unit and period."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache, lru_cache
from itertools import chain

from rapidfuzz import fuzz, process

from factcheck.align.assign import CANDIDATES_PER_ITEM, nearest_of, one_to_one
from factcheck.align.diff import fold
from factcheck.align.other_facts import (
    SubjectsApart,
    other_facts,
    subject_words,
    valued_or_raised,
)
from factcheck.align.regions import (
    by_city,
    contrasts_the_nation,
    country_in,
    home_of,
    instrument_of,
    is_compass,
    market_of,
    names_a_market,
    names_an_instrument,
    region_of,
    regions_in,
    setting_of,
)
from factcheck.align.told_apart import apart_test, changes_of_other_levels, told_as_share
from factcheck.align.votes import as_votes, sides_apart
from factcheck.load import is_headline
from factcheck.models import (
    ADJUSTED,
    ADVISED,
    AGE,
    ANOTHER,
    CLOCK,
    CLOCK_EVENTS,
    CONVERTED_UNITS,
    FAMILY_OF,
    HORIZONS,
    IN_A_SPELL,
    INTENDED,
    INTERIM,
    INTRADAY,
    LIMIT,
    MONTH_QUARTER,
    MOVED_BY,
    OVER_A_MONTH,
    PREVIOUS,
    RECORD_SPAN,
    REMAINING,
    SERIES,
    SO_FAR_THIS_YEAR,
    SUBSET,
    SUMMED,
    THEIRS,
    TOLL_UNITS,
    TOTAL,
    WEEKDAYS,
    YEARS_OF,
    Bound,
    Extraction,
    Figure,
    FigureKind,
    FigureMatch,
    Span,
    SpeakerKind,
    clock_in_zone_of,
    in_compared_unit,
)

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
_TIME_UNITS = frozenset(("year", "month", "week", "day", "night", "hour", "minute", "second"))


def _kind_family(figure: Figure) -> str:
    """The family of facts the figure may state (see `_FAMILY`): a range of days or years
    ("three to five days") is a span of time, as "five days" is."""
    if figure.kind is FigureKind.RANGE and figure.unit in _TIME_UNITS:
        return "duration"
    return _FAMILY[figure.kind]


_PERIOD_PARTS = re.compile(
    r"FY|[QH][1-4]|\d{4}|January|February|March|April|May|June|July|August|September|October"
    r"|November|December"
)


def periods_compatible(a: str | None, b: str | None) -> bool:
    """Q4 and Q4 2023 may be the same period, as may FY and FY2025 ("full-year" with and
    without its year) or 2025 and FY2025; Q4 and Q1, or Q4 2023 and Q4 2022, are not."""
    if a is None or b is None or a == b:
        return True
    if a in WEEKDAYS or b in WEEKDAYS:
        return False
    if a.startswith(MONTH_QUARTER) or b.startswith(MONTH_QUARTER):
        return _month_quarter_compatible(a, b)
    parts_a, parts_b = _PERIOD_PARTS.findall(a), _PERIOD_PARTS.findall(b)
    shorter, longer = sorted((parts_a, parts_b), key=len)
    if longer[: len(shorter)] == shorter:
        return True
    # A calendar year and the fiscal year of that number.
    return sorted((parts_a, parts_b)) == [[shorter[0]], ["FY", shorter[0]]]


_QUARTER = re.compile(r"Q[1-4](?: (\d{4}))?")


def _month_quarter_compatible(a: str, b: str) -> bool:
    """A quarter named by its last month ("quarter to March 2025") is any numbered quarter
    (Q4 of India's fiscal year, Q1 of the calendar's; the fiscal year may be named after
    either calendar year), so only another month's quarter or a year too far apart rules it
    out; a month, a half or a year is another period."""
    if not a.startswith(MONTH_QUARTER):
        a, b = b, a
    month_a, _, year_a = a.removeprefix(MONTH_QUARTER).partition(" ")
    if b.startswith(MONTH_QUARTER):
        month_b, _, year_b = b.removeprefix(MONTH_QUARTER).partition(" ")
        if month_a != month_b:
            return False
    elif (end := _quarter_end(b)) is not None:
        # "July to September 2025": the quarter to September by its months.
        if end != month_a:
            return False
        year_b = b[-4:] if b[-4:].isdigit() else ""
    else:
        quarter = _QUARTER.fullmatch(b)
        if quarter is None:
            return False
        year_b = quarter.group(1) or ""
    return not (year_a and year_b) or abs(int(year_a) - int(year_b)) <= 1


# Words that say how a figure moved, not what it measures: "rise" alone matches any rise.
MOVEMENT = frozenset({"rise", "fall"})
# Words that say where a gap puts someone, not whose it is: "14 seconds behind" and "27
# seconds back" are any two riders' gaps.
_GAP_SIDES = frozenset({"behind", "back", "ahead", "clear", "adrift"})
_NOT_SUBJECT = MOVEMENT | _GAP_SIDES
# Words that mark how a figure stands, not what it is of.
_MARKERS = _NOT_SUBJECT | {PREVIOUS}


# Words that compare a figure with another ("4.2% against 1.1%"), not what it measures.
COMPARISON = frozenset({"against", "versus", "vs", "compared", "than"})


# What is left of an ordinal beside a number ("71st", "22nd"): no word of what is measured.
_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def scored_words(figure: Figure) -> list[str]:
    """The measure's words that say what is measured: not comparison words, nor the unit
    itself beside other words ("people" in "five other people had been taken to hospital"),
    which two figures of one unit share whatever they count."""
    unit = figure.unit.casefold()
    # The mark of a span since the like was last seen tells such spans from others, not one
    # record from another ("its worst result in almost four decades", "the highest turnout
    # in two decades"); so does the span a change is measured over.
    words = [
        word
        for word in figure.measure
        if word not in COMPARISON
        and word not in _SUFFIXES
        and word != RECORD_SPAN
        and word not in HORIZONS
        and not word.startswith(FAMILY_OF)  # whose kin: a bar (see never_one_fact), no word
    ]
    # "the 432 km route" and "The 412-kilometre line": one railway's course, by either name;
    # "make a goodwill payment of £500 to every passenger" and "pay every passenger £300 in
    # compensation": one sum paid out. Only here, where measures are weighed: a ferry's
    # "route" is no "line" in a label, nor an app store's "payment system" compensation.
    words = [_ONE_WORD.get(word, word) for word in words]
    if "radius" in words and ("within" not in words or not _ZONED.isdisjoint(words)):
        # "expanded the no-go zone … to a radius of 9 kilometers" and "evacuated homes within a
        # 3 km radius" are a zone's reach; "damaged buildings within a 2 km radius" is how far
        # a blast reached, what happened within it, no zone's.
        words = ["zone" if word == "radius" else word for word in words]
    if figure.kind is FigureKind.RANGE:
        # "a development budget of between $120 million and $140 million" is what the game
        # "cost an estimated $120 million to $160 million to make": an estimate of what a
        # thing costs, by either name. Only a range: an article's one "original budget of
        # £410 million" is no better-worded figure for the other's range a season ticket costs.
        words = [_RANGE_WORD.get(word, word) for word in words]
    if figure.kind is FigureKind.DURATION:
        # "a five-year contract" and "a four-year deal": the length of one agreement, by either
        # name. Only a span: a contract's sum may be one deal of several.
        words = [_SPAN_WORD.get(word, word) for word in words]
    if figure.kind is FigureKind.MONEY and _FEE in words:
        # "a break fee of C$95 million" and "a termination fee of $115 million": what a party
        # owes for walking away from a deal, by any of its names. Only a fee: a "break" alone
        # may be a tax break or a match's interval. A reverse one is the buyer's, another fee.
        named = "reverse-termination" if "reverse" in words else "termination"
        words = [named if word in _TERMINATION else word for word in words if word != "reverse"]
    if not _PENALTY.isdisjoint(words) and not _CUT.isdisjoint(words):
        words = [_PENALTY_CUT.get(word, word) for word in words]
    elif figure.kind is FigureKind.MONEY and "penalty" in words and _CONTRACT.isdisjoint(words):
        # "The fine could have reached €45 million" and "the penalty could have been as high
        # as €54 million": a sum of money as a penalty is a fine, by either name. Not one a
        # contract sets: "under its contract the builder faces a £2.5 million penalty for late
        # completion" is no court's fine.
        words = [_PENALTY_CUT.get(word, word) for word in words]
    elif not _PREMIUM.isdisjoint(words):
        # A premium to a price is a margin above it, the extractor's word for one: "a 38%
        # premium to Oristane's closing price", "33% above Oristane's closing level". (No
        # profit margin is either: see `_profit_margin`.)
        words = [MARGIN if word in _PREMIUM else word for word in words]
    # A measure that is only the unit ("vehicles") still tells two counts of one thing apart
    # from counts of nothing said.
    return [word for word in words if word != unit and f"{word}s" != unit] or words


def _own_subject(figure: Figure, words: list[str]) -> list[str]:
    """A figure's scored words (see `scored_words`) as words of a subject of its own: none when
    they are only the noun of its unit ("there were 718 homicides"), which every count of that
    noun shares. Such a count has no subject another figure could name better; without this,
    a rate of the noun ("the highest homicide rate") would read as the better-worded figure for
    it, and the other's "778 homicides" reported by police as another fact."""
    unit = figure.unit.casefold()
    if all(word == unit or f"{word}s" == unit for word in words):
        return []
    return words


# A way a transport runs, and a sum paid out, by their other names (see `scored_words`). Not
# the verb "pay", as often a wage.
_ONE_WORD = {
    "route": "line",
    "compensation": "payment",
    # "Tickets now cost between 95 and 145 kroner" and "Admission ranges from 95 to 165
    # kroner": one price of entry; "Foreign tourists accounted for 47 percent of visitors"
    # and "41 percent of visitors came from abroad": one share from outside the country.
    "admission": "ticket",
    "abroad": "foreign",
    # "was 22% contained" and "Containment stood at 27 percent": one share held, by the verb
    # or its noun.
    "containment": "contained",
}
# Words that make a radius something happened within a zone's reach (see `scored_words`):
# "widened the exclusion zone to 7 kilometres" and "evacuated homes within a 9 km radius".
_ZONED = frozenset(
    (
        "zone",
        "cordon",
        "cordoned",
        "exclusion",
        "evacuate",
        "evacuated",
        "evacuation",
        "perimeter",
        "quarantine",
    )
)


# What a range of money is an estimate of, by its other name (see `scored_words`).
_RANGE_WORD = {"budget": "cost"}
_SPAN_WORD = {"contract": "deal"}
# A fee for walking away from a deal, by its other names (see `scored_words`).
_FEE = "fee"
_TERMINATION = frozenset(("break", "break-up", "breakup", "walk-away", "walkaway", "termination"))


# A cut in a penalty, by its other names: "a 10% reduction in their fines" is "a 10% discount
# on their penalties", not "Medicor's fine was also reduced by 20%" beside it. A discount on a
# price is a premium's other side (see `_PREMIUM`); only on a penalty is it a cut. Only
# measures of a cut: a "penalty" alone may be a football match's.
_PENALTY = frozenset(("fine", "penalty"))
_CUT = frozenset(("discount", "fall"))
_PENALTY_CUT = {"penalty": "fine", "discount": "fall"}
# Words of a penalty a contract sets, not a court or a regulator (see `scored_words`).
_CONTRACT = frozenset(
    ("contract", "contractual", "clause", "agreement", "late", "delay", "delayed", "overrun")
)


def _discounted_penalty(measure: list[str]) -> bool:
    """Whether a measure is of a discount on a penalty ("a 10% discount on their penalties")."""
    return "discount" in measure and not _PENALTY.isdisjoint(measure)


def measure_score(a: Figure, b: Figure) -> float:
    """How alike what two figures measure is, 0–100. Shared movement words count only with a
    shared subject: "interest rate rise" and "pound rise" are not the same measure."""
    words_a, words_b = scored_words(a), scored_words(b)
    subject_a = [word for word in words_a if word not in _NOT_SUBJECT]
    subject_b = [word for word in words_b if word not in _NOT_SUBJECT]
    if not subject_a and not subject_b:
        return 50.0 if not words_a and not words_b else 55.0
    if not subject_a or not subject_b:
        return 40.0
    return _subjects_alike(" ".join(words_a), " ".join(words_b))


@lru_cache(maxsize=65536)
def _subjects_alike(a: str, b: str) -> float:
    """`_words_alike`, but no more than two measures with no word alike score when only the
    words of a movement or a level before it are shared: "previous margin fall steel
    aluminium" (an operating margin that slipped from 13 per cent) and "previous fall small
    car" (a tax rate cut from 28%)."""
    score = _words_alike(a, b)
    if score <= NO_SHARED_WORD:
        return score
    subject_a = [word for word in a.split() if word not in _MARKERS]
    subject_b = [word for word in b.split() if word not in _MARKERS]
    # Two words of its own at least on each side: "economic growth projection" and "growth
    # forecast" say little more than "growth", which is also a movement.
    # Two levels before a change have a word of their own each at least: "up from $1.4 billion"
    # of a capital spending "forecast" is not revenue "from $3.05 billion a year earlier".
    fewest = 1 if PREVIOUS in a.split() and PREVIOUS in b.split() else 2
    if min(len(subject_a), len(subject_b)) >= fewest and not _share_a_word(
        " ".join(subject_a), " ".join(subject_b)
    ):
        return NO_SHARED_WORD
    return score


@lru_cache(maxsize=65536)
def _words_alike(a: str, b: str) -> float:
    """token_set_ratio alone is 100 whenever one measure's words are all in the other's: "paid"
    against "transfer eclipse arsenal paid west ham". Averaged with token_sort_ratio, a short
    measure inside a long one scores lower than two measures of the same words."""
    score = (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 2
    if score > NO_SHARED_WORD and not _share_a_word(a, b):
        # Letters in common are not words in common: "stockport" and "okafor fastest" score
        # 52 on characters alone, two people's ages.
        return NO_SHARED_WORD
    return score


# What two measures with no word alike score at most.
NO_SHARED_WORD = 40.0
SAME_WORD = 80.0  # two words this alike are one ("rise"/"rises", "organisation"/"organization")


def _share_a_word(a: str, b: str) -> bool:
    words_a, words_b = a.split(), b.split()
    if not words_a or not words_b:
        return False
    if not set(words_a).isdisjoint(words_b):
        return True
    return any(
        process.extractOne(word, words_b, scorer=fuzz.ratio, score_cutoff=SAME_WORD) is not None
        for word in words_a
    )


# Two outlets word the measure of one figure differently ("public sector borrowing" / "the
# government borrowed"), but print its value alike: the same value makes the same fact likelier,
# the more so when it is specific (£17.4bn, 484,507, not 10%); values far apart make it
# unlikelier (a £105m fee and a £200,000 wage, $1.09 a share and a $3bn buyback, the $1.19bn
# an IPO raised and the $9.6bn it valued the company at, England's 2,911 cases and a region's
# 421).
SAME_VALUE = 0.01  # relative gap within which two values are the same (rounding included)
CLOSE_VALUE = 0.1
SAME_SPECIFIC_BONUS = 40.0
SAME_BONUS = 20.0
CLOSE_BONUS = 10.0
FAR_APART = 0.85  # relative gap: one value is under about a seventh of the other
# Enough that two measures worded alike no longer pair by their words alone (100 - 41 is
# under the default bar of 60): "about 120 personnel" are not "more than 1,200 people" in
# relief camps, nor are the firm's 118,000 staff the 6,200 it employs "here".
FAR_APART_PENALTY = 41.0
PERIOD_BONUS = 10.0
SAME_PRINTED_UNIT_NUDGE = 1.0
BEFORE_AND_AFTER_PENALTY = 30.0
OTHER_REGION_PENALTY = 50.0
OTHER_BASIS_PENALTY = 30.0
# Two changes said to go opposite ways by amounts not close are two measures, however alike
# their words: "the capital, whose population grew 8.4%" is not "The working-age population
# will fall by about 4%". (The same amount either way is one fact, its direction misreported.)
OPPOSITE_WAYS_PENALTY = 30.0
# A gap from a price ("a premium of 44 per cent to the average share price"), which the
# price's own move ("shares jumped 33%") is not, however many words the two share.
_PREMIUM = frozenset(("premium", "discount"))


def _unsummed(figure: Figure) -> Figure:
    """``figure`` without the mark of a sum (see `_basis`)."""
    if SUMMED not in figure.measure:
        return figure
    return figure.model_copy(update={"measure": [w for w in figure.measure if w != SUMMED]})


def _basis(figure: Figure) -> tuple[bool, ...]:
    """What a figure is stated as, which two figures of one fact share however they are worded:
    on an adjusted basis or as reported (earnings per share), a score on the way or the
    result ("led 14-3 at half-time"), what is still to come or what is done ("three games to
    play", "from five games"), in a stretch of a match or all of it ("eight 180s in that
    spell"), a premium to a price or a margin from something (one basis) or a price's own
    move or a level ("two points behind leaders Portugal", "10 points"), a move during
    a session or at its close, the span since the like was last seen or a span something took."""
    measure = figure.measure
    return (
        ADJUSTED in measure,
        INTERIM in measure,
        REMAINING in measure,
        IN_A_SPELL in measure,
        # A premium to a price is a margin above it ("a 38% premium to the closing price",
        # "33% above the closing level"), one basis as a margin from any other level is. A
        # count is no gap from a price: "breached its duties on fourteen counts over premiums
        # deducted" tells of insurance premiums.
        (
            not _PREMIUM.isdisjoint(measure)
            and not _discounted_penalty(measure)
            and figure.kind is not FigureKind.COUNT
        )
        or any(word.startswith(("above-", "below-")) for word in measure),
        INTRADAY in measure,
        RECORD_SPAN in measure,
        SERIES in measure,
        # A time of day is a moment, never an amount moved by: "The cabin fell shortly after
        # 2:10 p.m." times the fall, however the verb reads.
        MOVED_BY in measure and not figure.unit.startswith(CLOCK),
        SUMMED in measure,
        ANOTHER in measure,
    )


MARGIN = "margin"  # the extractor's mark of a margin from a level ("33% above the close")


def _profit_margin(figure: Figure, basis: tuple[bool, ...]) -> bool:
    """Whether a figure is a margin of its own ("an operating margin of 28%"): its measure says
    "margin" with no level it is a margin from (see `_basis`), so it is no premium to a price."""
    return MARGIN in figure.measure and not basis[_GAP_FROM_AT]


_GAP_FROM_AT = 4  # where `_basis` says whether a figure is a premium or a margin from a level
_INTRADAY_AT = 5  # where `_basis` says whether a figure is a move during the session
_PEAK_WORDS = frozenset(("high", "peak"))
_CLOSED = re.compile(r"\b(?:clos(?:ed|ing|e)|ended|finished|settled)\b", re.IGNORECASE)


def _but_intraday(basis: tuple[bool, ...]) -> tuple[bool, ...]:
    return basis[:_INTRADAY_AT] + basis[_INTRADAY_AT + 1 :]


def _told_closed(figure: Figure, text: str | None) -> bool:
    """Whether a figure's sentence tells of a close ("closed down 2.4%"); so taken without the
    text."""
    return text is None or (
        _CLOSED.search(text, figure.sentence.start, figure.sentence.end) is not None
    )


def _peak(figure: Figure, text: str | None) -> bool:
    """Whether a price is a high it reached, in a sentence that tells of no close: "climbed to
    an all-time high of $12,140 a tonne" may be the top of a session's move, as "rose as much
    as 6.2% to $11,240" is. "closed at a record high of $2,450" is a close."""
    return (
        text is not None
        and figure.kind is FigureKind.MONEY
        and INTRADAY not in figure.measure
        and not _PEAK_WORDS.isdisjoint(figure.measure)
        and _CLOSED.search(text, figure.sentence.start, figure.sentence.end) is None
    )


def _set_aside(figure: Figure) -> dict[str, str]:
    """What the figure says it counts in or leaves out ("excluding bonus" → bonus: excluding)."""
    found = {}
    for word in figure.measure:
        how, _, what = word.partition(" ")
        if how in ("excluding", "including") and what:
            found[what] = how
    return found


def _set_aside_apart(a: dict[str, str], b: dict[str, str]) -> bool:
    """Whether one figure counts in what the other leaves out; not when only one says."""
    return any(b.get(what, how) != how for what, how in a.items())


# When a score on the way was the score: at the break. Other scores on the way ("Vermaat
# reeled off three in a row to lead 3-2", "Leading 5-4, Doherty took out 161") follow one
# another through a match, so two of different values are two moments, not one fact.
_AT_THE_BREAK = frozenset(("half-time", "halftime", "break", "interval"))


def _moment(figure: Figure) -> bool | None:
    """For a score on the way, whether it was the score at the break; None for others."""
    if INTERIM not in figure.measure:
        return None
    return not _AT_THE_BREAK.isdisjoint(figure.measure)


# Two ends of one span: never one moment. Others may be ("the eruption began at 6:42 a.m.",
# "erupted at 6.42am").
_OPPOSITE_EVENTS = frozenset((frozenset(("departure", "arrival")), frozenset(("start", "end"))))
# Nor is a leaving the moment a journey ended in disaster: "The ferry left Tanjung at about 7
# p.m." and "went down at around 10 p.m., some three hours after leaving port".
_OPPOSITE_EVENTS |= {frozenset(("departure", "struck")), frozenset(("departure", "death"))}


# Two outcomes of one group, never one figure: "About 81 percent of participants completed
# the trial" and "19 percent of participants dropped out" (the two may add up to the whole).
_OPPOSITE_OUTCOMES = frozenset((frozenset(("finished", "discontinued")),))
# Nor are the two ways of one trade: "Exports rose 5.3%" and "Imports rose 3.9%".
_OPPOSITE_OUTCOMES |= {frozenset(("export", "import"))}
# Unless both name one flow's goods or parties, seen from its two ends: "China has suspended
# imports of Australian coal worth A$13.7 billion" is "Australian coal exports to China".
_MIRRORED = frozenset((frozenset(("export", "import")),))
# Words any flow's figure may hold ("Exports rose to a record", "imports rose to a record"):
# no goods or party named.
_FLOW_ANY = frozenset(("record", "year", "value", "total"))


_OUTCOME_WORDS = frozenset(word for pair in _OPPOSITE_OUTCOMES for word in pair)


def _outcomes_apart(a: Figure, b: Figure) -> bool:
    """Whether one figure counts an outcome and the other its opposite (`_OPPOSITE_OUTCOMES`)."""
    # Asked of every two figures: most name no outcome at all.
    if _OUTCOME_WORDS.isdisjoint(a.measure) or _OUTCOME_WORDS.isdisjoint(b.measure):
        return False
    words_a, words_b = set(a.measure), set(b.measure)
    return any(
        (one in words_a and one not in words_b and other in words_b and other not in words_a)
        and not (pair in _MIRRORED and (words_a & words_b) - MOVEMENT - _FLOW_ANY)
        for pair in _OPPOSITE_OUTCOMES
        for one, other in (tuple(pair), tuple(pair)[::-1])
    )


def _direction(figure: Figure) -> str | None:
    """ "rise" or "fall" for a change said to go one way; None for others."""
    moves = MOVEMENT & set(figure.measure)
    return next(iter(moves)) if len(moves) == 1 else None


def _plain_share(figure: Figure) -> bool:
    """Whether a figure is a percentage said exactly, not a change: a side's share."""
    return (
        figure.kind is FigureKind.PERCENT
        and figure.unit == "%"
        and figure.bound is Bound.EXACT
        and MOVEMENT.isdisjoint(figure.measure)
    )


def _wholes(figures: list[Figure], subset: list[bool]) -> list[float | None]:
    """For each part a sentence sets against its whole ("Three batches …, out of 16 batches"),
    the whole's value: the total of its unit in the same sentence."""
    wholes: list[float | None] = []
    for figure, is_part in zip(figures, subset, strict=True):
        whole = None
        if is_part:
            whole = next(
                (_center(other) for other in figures
                 if other.sentence == figure.sentence and other.unit == figure.unit
                 and TOTAL in other.measure),
                None,
            )  # fmt: skip
        wholes.append(whole)
    return wholes


def _clock_event(figure: Figure) -> str | None:
    """What a time of day dates, if a verb says it (see `CLOCK_EVENTS`)."""
    if not figure.unit.startswith(CLOCK) or not figure.measure:
        return None
    return figure.measure[0] if figure.measure[0] in CLOCK_EVENTS else None


# What a player's or a team's tally counts over: a season ("18 goals … last season") or a
# career ("27 goals … since making his debut in 2021", "in his career"). Two tallies of one
# player over other spans are two facts, however alike their words.
_SEASON = re.compile(
    r"\b(?:last|this|the|that|a|previous|current)\s+(?:\d{4}[-/]\d{2,4}\s+)?season\b", re.IGNORECASE
)
_CAREER = re.compile(
    r"\b(?:since\s+(?:making\s+)?(?:his|her|their)\s+debut|since\s+(?:joining|arriving)|"
    r"(?:his|her|their)\s+(?:\w+\s+)?career)\b",
    re.IGNORECASE,
)


_TALLY_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|helping|as)\b|;|\s[—–-]\s")


def _tally_span(figure: Figure, text: str | None) -> str | None:
    """ "season" or "career" for a count whose clause says which (and not both), else None."""
    if text is None or figure.kind is not FigureKind.COUNT:
        return None
    start, end = figure.sentence.start, figure.sentence.end
    for mark in _TALLY_CLAUSE_BREAK.finditer(text, start, end):
        if mark.end() <= figure.span.start:
            start = mark.end()
        elif mark.start() >= figure.span.end:
            end = mark.start()
            break
    clause = text[start:end]
    season, career = _SEASON.search(clause), _CAREER.search(clause)
    if (season is None) == (career is None):
        return None
    return "season" if season is not None else "career"


def _horizon(figure: Figure) -> str | None:
    """The span a change is said to be measured over ("over the year", "a monthly rise")."""
    return next((word for word in figure.measure if word in HORIZONS), None)


_MONTH_PERIOD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?: \d{4})?"
)


def _horizon_or_month(figure: Figure) -> str | None:
    """The figure's horizon, or a month's for a change in a month named alone ("rents rose
    0.5 per cent in October"): most often against the month before, though a company's sales
    "up 5% in October" are against a year before, so this weighs against a pair, not bars it."""
    horizon = _horizon(figure)
    if horizon is not None:
        return horizon
    moved = not MOVEMENT.isdisjoint(figure.measure)
    month = figure.period is not None and _MONTH_PERIOD.fullmatch(figure.period) is not None
    return f"{OVER_A_MONTH}?" if moved and month else None


OTHER_HORIZON_PENALTY = 50.0
CHANGE_AND_LEVEL_PENALTY = 30.0
_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|all|its|their|a)\b", re.IGNORECASE)


# A fraction told with its whole: "nearly half of Voltara's sales", "a third of its output".
_FRACTION_OF = re.compile(r"\s+of\s+\S", re.IGNORECASE)


def _share_of(figure: Figure, text: str | None) -> bool:
    """Whether a percentage is a share of a whole ("3.8% of the population", "nearly half of
    Voltara's sales": a fraction whose whole its own words print), or told by a verb of a
    share ("accounting for 18% of arrivals", see `told_as_share`): its "made up" is no rise."""
    return (
        text is not None
        and figure.kind is FigureKind.PERCENT
        and (
            _OF_A_WHOLE.match(text, figure.span.end) is not None
            or told_as_share(figure, text)
            or (
                figure.unit == "%"
                and "%" not in figure.text
                and _FRACTION_OF.search(figure.text) is not None
            )
        )
    )


# A span told from an event to a moment ("shut down 148 seconds after liftoff", "died two days
# later", "after 40 minutes", "announce any further strikes at least 48 hours in advance"):
# when something happened, not how long something lasted ("a planned 360-second burn", "a
# two-day walkout"), however many words the two share.
_OFFSET_AFTER = re.compile(
    r"\s+(?:after|before|into|later|earlier|in\s+advance|beforehand)\b", re.IGNORECASE
)
_OFFSET_BEFORE = re.compile(r"\b(?:after|within)\s+(?:(?:only|just|about|around|some)\s+)?$")
_LENGTH_BEFORE = re.compile(r"\b(?:for|lasted|lasting)\s+(?:(?:only|just|about|around|some)\s+)?$")
OFFSET_AND_LENGTH_PENALTY = 30.0


def _offset(figure: Figure, text: str | None) -> bool | None:
    """For a span of time, whether it is told from an event (see `_OFFSET_AFTER`); None for
    other figures, or without the text."""
    if text is None or figure.kind is not FigureKind.DURATION:
        return None
    start = max(figure.sentence.start, figure.span.start - 20)
    if _LENGTH_BEFORE.search(text, start, figure.span.start):
        return False  # "fired for 148 seconds before it shut down": how long it fired
    return (
        _OFFSET_AFTER.match(text, figure.span.end) is not None
        or _OFFSET_BEFORE.search(text, start, figure.span.start) is not None
    )


# What a figure is counted over, said right after it: one country ("employs 3,200 people in
# Norway") or the whole ("employs about 9,000 people worldwide", "some 900 stores in
# total"). A country's count is a part of the whole's, however alike the words around them.
_IN_A_PLACE_AFTER = re.compile(
    r"\s+(?:in|across|throughout)\s+(?:the\s+)?(?P<name>[A-Z][a-z][\w’'-]*)"
)
_THE_WHOLE_AFTER = re.compile(
    r"\s+(?:worldwide|world-wide|globally|around\s+the\s+world|across\s+the\s+world|"
    r"in\s+total|in\s+all|altogether)\b",
    re.IGNORECASE,
)
_NOT_PLACES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
PLACE, WHOLE = "place", "whole"


def _scope(figure: Figure, text: str | None) -> str | None:
    """`PLACE` or `WHOLE` for a figure told of one place or of the whole (see
    `_THE_WHOLE_AFTER`); None for others, or without the text."""
    if text is None:
        return None
    if _THE_WHOLE_AFTER.match(text, figure.span.end, figure.sentence.end):
        return WHOLE
    place = _IN_A_PLACE_AFTER.match(text, figure.span.end, figure.sentence.end)
    return PLACE if place is not None and place.group("name") not in _NOT_PLACES else None


# A part of a toll or a group, told as one: "Twelve children were among the dead", "including
# four children", "three of them children". Not the toll it is a part of ("At least 41 people
# died"), unless it names what the part names ("eight children died").
_PART_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+among\b|of\s+(?:them|whom)\b)",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+$", re.IGNORECASE)
_LAST_WORD = re.compile(r"[A-Za-z][\w’'-]*$")


def _part_named(figure: Figure, text: str | None) -> str | None:
    """For a count told as a part of a group (see `_PART_AFTER`), the word it names its part
    by ("children"), or "" when it names none ("three of them"); None for others."""
    if text is None or figure.kind is not FigureKind.COUNT:
        return None
    start = max(figure.sentence.start, figure.span.start - 20)
    if not (
        _PART_AFTER.match(text, figure.span.end, figure.sentence.end)
        or _PART_BEFORE.search(text, start, figure.span.start)
    ):
        return None
    word = _LAST_WORD.search(figure.text)
    return word.group().casefold() if word else ""


def _part_and_whole(part: str | None, other: Figure, other_part: str | None) -> bool:
    """Whether a part (see `_part_named`) stands against a figure that is no part and does not
    count what the part names: "Twelve children" among the dead and "At least 41 people"."""
    if part is None or other_part is not None:
        return False
    return not part or part not in other.text.casefold().split()


_MULTIPLE = re.compile(r"doubl|tripl|quadrupl|halv", re.IGNORECASE)
ALONE_SPECIFIC_SCORE = 85.0  # the only figure of one specific value in each article
# The only figures of a unit in two articles, whose measures share little, are one fact only
# if their values are within this gap: a changed digit (214 and 241 homes, 12 and 21 million
# users), not a different count of the same thing (two races ago, 13 races remaining; a target of
# six to eight medals, two medals won).
ALONE_APART = 0.6
ALONE_WEAK = 40.0
# Significant digits the only figures of a unit must share to be one with a zero slipped
# (see `decimal_slip`): one digit ("5 tonnes", "50 tonnes") is as often two amounts.
ALONE_SLIP_DIGITS = 2


def _bonus(gap: float, specific: bool) -> float:
    if gap <= SAME_VALUE:
        return SAME_SPECIFIC_BONUS if specific else SAME_BONUS
    if gap <= CLOSE_VALUE:
        return CLOSE_BONUS
    if gap >= FAR_APART:
        return -FAR_APART_PENALTY
    return 0.0


# Scale words a thousand apart, the slip an editor makes: "million" for "billion".
_SLIPS = frozenset((10**3, 10**6))


def scale_slip(a: Figure, b: Figure, min_digits: int = 2) -> bool:
    """Whether two figures print the same number with scale words a thousand (or a million)
    apart: "£310 million" and "£310bn" wiped off a market value. Two digits at least ("£85m",
    "$171.5 billion"): "$1 million" and "$1 billion" are as often two amounts, unless what
    they measure says otherwise (``min_digits`` 1, see `ONE_DIGIT_SLIP_MEASURE`)."""
    if a.value is None or b.value is None or a.scale == b.scale or min(a.scale, b.scale) < 1000:
        return False
    if max(a.scale, b.scale) // min(a.scale, b.scale) not in _SLIPS:
        return False
    printed = a.value / a.scale
    if printed != b.value / b.scale or not printed:
        return False
    return len(_significant(printed)[0]) >= min_digits


# How alike two measures must be for one significant digit to make a slip: "a record $90
# million in prize money" and "total prize money to $90bn".
ONE_DIGIT_SLIP_MEASURE = 70.0


def decimal_slip(a: Figure, b: Figure, min_digits: int | None = None) -> bool:
    """Whether two figures have the same significant digits, ten or a hundred times apart: a
    point or a zero misplaced ("380,000 euros" and "€3.8 million" for one prize fund). Two
    digits at least for money, three for the rest: "5%" and "50%", or "about 120 personnel"
    and "more than 1,200 people", are as often two figures (``min_digits`` when something
    else says they are one, see `_alone_in_both`)."""
    if a.value is None or b.value is None or not a.value or not b.value:
        return False
    digits_a, exponent_a = _significant(a.value)
    digits_b, exponent_b = _significant(b.value)
    if min_digits is None:
        min_digits = 2 if a.kind is b.kind is FigureKind.MONEY else 3
    return (
        digits_a == digits_b
        and len(digits_a) >= min_digits
        and 1 <= abs(exponent_a - exponent_b) <= 2
    )


# How many words of their subjects two amounts one zero apart must share to be one misprinted.
_ZERO_SLIP_SHARED_WORDS = 2


def _zero_slip_told_alike(a: Figure, b: Figure, words_a: list[str], words_b: list[str]) -> bool:
    """Whether two amounts of money of one significant digit, ten times apart, are one amount
    a zero was dropped from or added to, their subjects sharing two words: "lost their £500
    deposits" and "each lost their £5,000 deposit". One word is not enough: "a £5 fee" and
    "a £50 fine" may both be "paid"."""
    if a.kind is not FigureKind.MONEY or b.kind is not FigureKind.MONEY:
        return False
    if a.value is None or b.value is None or not a.value or not b.value:
        return False
    digits_a, exponent_a = _significant(a.value)
    digits_b, exponent_b = _significant(b.value)
    if len(digits_a) != 1 or digits_a != digits_b or abs(exponent_a - exponent_b) != 1:
        return False
    subject_b = [word for word in words_b if word not in _MARKERS]
    shared = {
        word
        for word in words_a
        if word not in _MARKERS and any(_one_word(word, other) for other in subject_b)
    }
    return len(shared) >= _ZERO_SLIP_SHARED_WORDS


# The endings a verb or noun takes that leave its word the same: "offered", "offering".
_INFLECTIONS = ("s", "es", "ed", "d", "ing")
_STEM_LETTERS = 4  # a stem this long at least: "fin" is no "fine"


def _one_word(a: str, b: str) -> bool:
    """Whether two words are one, spelt or inflected apart: "organisation"/"organization",
    "offer"/"offering" (which letters alone score too low)."""
    if fuzz.ratio(a, b) >= SAME_WORD:
        return True
    short, long = sorted((a, b), key=len)
    return (
        len(short) >= _STEM_LETTERS
        and long.startswith(short)
        and long[len(short) :] in _INFLECTIONS
    )


# A figure's digits are asked for at every pair it is in: read once per value.
@lru_cache(maxsize=65536)
def _significant(value: Decimal) -> tuple[tuple[int, ...], int]:
    """The significant digits of ``value`` and the power of ten of the last: 380,000 → (3, 8), 4."""
    digits = abs(value).normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    return digits.digits, exponent


@lru_cache(maxsize=65536)
def _printed_digits(value: Decimal) -> tuple[tuple[int, ...], int]:
    """The digits of ``value`` in order, sorted, and the power of ten of the last printed."""
    digits = abs(value).as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    return tuple(sorted(digits.digits)), exponent


def digits_swapped(a: Figure, b: Figure) -> bool:
    """Whether two figures print the same digits in another order, the point where it was: a
    typist's slip ("4.312 seconds" and "3.412 seconds", "12 points" and "a 21-point lead"), as
    near as a close value."""
    if a.value is None or b.value is None or a.value == b.value:
        return False
    sorted_a, exponent_a = _printed_digits(a.value)
    return len(sorted_a) >= 2 and (sorted_a, exponent_a) == _printed_digits(b.value)


# How many significant digits two figures a scale apart must share to be one misprinted.
SLIP_SPECIFIC_DIGITS = 3
# How many significant digits two figures must print, two side by side swapped, to be one
# misprinted whatever their measures' words (see `adjacent_swap`).
SWAP_SURE_DIGITS = 4


def adjacent_swap(a: Figure, b: Figure) -> bool:
    """Whether two figures print the same digits but for two side by side swapped, the point
    where it was: "£412 million" and "£421m", "$2.3 million" and "$3.2 million", "480,000
    euros" and "€408,000" (a zero swapped too). Narrower than `digits_swapped`, which takes
    any order: the slip a typist makes."""
    aligned = _aligned_digits(a, b)
    if aligned is None:
        return False
    digits_a, digits_b = aligned
    apart = [k for k, (x, y) in enumerate(zip(digits_a, digits_b, strict=True)) if x != y]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and digits_a[apart[0]] == digits_b[apart[1]]
        and digits_a[apart[1]] == digits_b[apart[0]]
    )


def _aligned_digits(a: Figure, b: Figure) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The significant digits of two different values down to the later one's place, or None
    when they are of different sizes. A value is carried on with zeros only down to the place
    it was printed to: "480,000" holds the "480" that "408,000" swaps, but "$1.2 million"
    holds no "1.20" for "$1.02 million" (printed to a tenth of a million)."""
    if a.value is None or b.value is None or a.value == b.value:
        return None
    digits_a, exponent_a = _in_order(a.value)
    digits_b, exponent_b = _in_order(b.value)
    if len(digits_a) + exponent_a != len(digits_b) + exponent_b:
        return None
    last = min(exponent_a, exponent_b)
    if exponent_a != exponent_b and last < max(_printed_place(a), _printed_place(b)):
        return None
    return digits_a + (0,) * (exponent_a - last), digits_b + (0,) * (exponent_b - last)


def _printed_place(figure: Figure) -> int:
    """The power of ten of the last digit a figure was printed to: 0 for "480,000", 5 for
    "$1.2 million"."""
    if not figure.precision:
        return 0
    digits = figure.precision.normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    return exponent + len(digits.digits) - 1


@lru_cache(maxsize=65536)
def _in_order(value: Decimal) -> tuple[tuple[int, ...], int]:
    """The significant digits of ``value`` in order and the power of ten of the last."""
    digits = abs(value).normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    return digits.digits, exponent


def _swap_key(figure: Figure) -> tuple[str, str, tuple[int, ...], int] | None:
    """Family, unit, sorted significant digits and the power of ten of the last, for a
    specific figure (see `_specific`): "£412 million" and "£421m" share one, which is how a
    pair whose measures are worded apart ("cost of building two ferries … has risen to",
    "the two vessels … will cost taxpayers") is looked up at all."""
    if figure.value is None or not _specific(figure) or figure.unit.startswith(CLOCK):
        return None
    digits, exponent = _in_order(figure.value)
    # The digits but zeros, and the size: "480,000" and "408,000" share one.
    return (
        _kind_family(figure),
        figure.unit,
        tuple(sorted(digit for digit in digits if digit)),
        len(digits) + exponent,
    )


def _swap_bonus(a: Figure, b: Figure) -> float | None:
    """The bonus of two specific figures one typist's slip apart (see `adjacent_swap`): as
    sure as the same value with three significant digits, as a scale word misprinted is (see
    `SLIP_SPECIFIC_DIGITS`); as near as it with two, in one dated period ("bought the work in
    1981 for $2.3 million", "paid $3.2 million for it in 1981"), since "$1.2 billion" of
    revenue and "$2.1 billion" of debt are as often two amounts. None for other pairs."""
    if not (_specific(a) and _specific(b) and adjacent_swap(a, b)):
        return None
    aligned = _aligned_digits(a, b)
    if aligned is not None and len(aligned[0]) >= SLIP_SPECIFIC_DIGITS:
        return SAME_SPECIFIC_BONUS
    if a.period is not None and a.period == b.period:
        return SAME_BONUS
    return None


def _swap_told_alike(
    words_a: list[str], words_b: list[str], sentence_a: str = "", sentence_b: str = ""
) -> bool:
    """Whether two figures that print two digits side by side swapped (see `adjacent_swap`)
    are told of one thing: their subjects share a word ("An estimated 3,400 tonnes of crude
    oil", "spilled an estimated 4,300 tonnes of oil"), or one's subject is named in the
    other's sentence (``sentence_a``, ``sentence_b``: their words), where its measure left it
    out ("Ontario is expected to deliver 480,000 homes", "Ontario, the most populous
    province, carries the biggest quota at 408,000 homes"); or, one naming no subject, both
    move one way ("fees … will rise by 8.6%", "The 6.8% increase"). Either way a change is
    never a level: "a minimum wage increase of 9.5% fed through to services" is not "services
    inflation remained sticky at 5.9 percent"; nor is a level a change started from."""
    moves_a, moves_b = MOVEMENT & set(words_a), MOVEMENT & set(words_b)
    if moves_a != moves_b or PREVIOUS in words_a or PREVIOUS in words_b:
        return False
    subject_a = " ".join(word for word in words_a if word not in _MARKERS)
    subject_b = " ".join(word for word in words_b if word not in _MARKERS)
    if subject_a and subject_b:
        return (
            _share_a_word(subject_a, subject_b)
            or _share_a_word(subject_a, sentence_b)
            or _share_a_word(subject_b, sentence_a)
        )
    return len(moves_a) == 1


def _slip_key(figure: Figure) -> tuple[str, str, Decimal] | None:
    """Family, unit and the number printed before a scale word, for a figure with a scale
    word (thousand or more) and `SLIP_SPECIFIC_DIGITS` significant digits: "$1.27 billion"
    and "$1.27 million" share one."""
    if (
        figure.value is None
        or figure.scale < 1000
        or _significant_digits(figure) < SLIP_SPECIFIC_DIGITS
    ):
        return None
    return _kind_family(figure), figure.unit, (figure.value / figure.scale).normalize()


def _point_key(figure: Figure) -> tuple[str, str, tuple[int, ...]] | None:
    """Family, unit and significant digits, for a figure of `SLIP_SPECIFIC_DIGITS` of them:
    "£14.1 billion" and "£1.41 billion" share one, which is how a point misplaced is looked
    up where the measures are worded apart ("a deficit of", "a shortfall of")."""
    if figure.value is None or _significant_digits(figure) < SLIP_SPECIFIC_DIGITS:
        return None
    return _kind_family(figure), figure.unit, _significant(figure.value)[0]


def _significant_digits(figure: Figure) -> int:
    if figure.value is None or not figure.precision:
        return 0
    return len(str(int(abs(figure.value / figure.precision))).rstrip("0"))


def _specific(figure: Figure) -> bool:
    """Three significant digits or more (484,507, 2.25%), two for money (£17bn, £640,000):
    not 10%, 250 or 3.8%. A time of day off the quarter hours ("10.40pm", "7:52 a.m."): two
    outlets print it only for one moment, whatever words each puts around it."""
    if figure.value is None or not figure.precision:
        return False
    if figure.unit.startswith(CLOCK):
        return figure.value == figure.value.to_integral_value() and int(figure.value) % 15 != 0
    return _significant_digits(figure) >= (2 if figure.kind is FigureKind.MONEY else 3)


# What a figure's measure holds, which decides how it scores against another's: subject words
# are compared by rapidfuzz; without them the score is fixed (see measure_score).
_SUBJECT, _MOVEMENT_ONLY, _NO_MEASURE = range(3)


def _measure_class(words: list[str]) -> int:
    if any(word not in _NOT_SUBJECT for word in words):
        return _SUBJECT
    return _MOVEMENT_ONLY if words else _NO_MEASURE


def _fixed_score(class_a: int, class_b: int) -> float:
    """measure_score of two figures one of which has no subject words."""
    if class_a != _SUBJECT and class_b != _SUBJECT:
        return 50.0 if class_a == class_b == _NO_MEASURE else 55.0
    return 40.0


# Two outlets often print the same sentence of a wire story, a word or two changed: figures in
# sentences this alike (their numbers aside) are one fact, whatever their measures' words.
SENTENCE_ALIKE = 75.0
SENTENCE_DISCOUNT = 10.0
_DIGITS = re.compile(r"[\d.,]+")


def _set_level(figure: Figure) -> str | None:
    """What sets a figure rather than measures it: advice ("advised a catch of"), a rule's
    limit ("the 70 per cent ceiling") or an aim missed ("was meant to raise … to an orbit of
    550 kilometres"); None for a level reached."""
    return next((word for word in (ADVISED, LIMIT, INTENDED) if word in figure.measure), None)


def _regions(extraction: Extraction, text: str | None) -> list[str | None]:
    """The region each figure is about (None: national); empty without the text."""
    if text is None:
        return []
    cities = by_city(text)
    parts = contrasts_the_nation(text)
    regions = [
        region_of(text, f.sentence.start, f.sentence.end, f.span.start, f.span.end, cities)
        or (country_in(f.text) if f.kind is FigureKind.COUNT else None)
        for f in extraction.figures
    ]
    # A compass point is a region only beside the nation's figure; else it is where the story
    # happens, as the country is.
    return regions if parts else [None if is_compass(r) else r for r in regions]


def _markets(
    extraction: Extraction, text: str | None, instruments: bool = False
) -> list[str | None]:
    """The market (or, with ``instruments``, the instrument) each figure's clause names;
    empty without the text. A sentence naming none is searched once, not once a figure."""
    if text is None:
        return []
    of, names = (instrument_of, names_an_instrument) if instruments else (market_of, names_a_market)
    named: dict[int, bool] = {}
    found: list[str | None] = []
    for f in extraction.figures:
        start, end = f.sentence.start, f.sentence.end
        if start not in named:
            named[start] = names(text, start, end)
        in_market = f.kind in _MARKET_KINDS and named[start]
        found.append(of(text, start, end, f.span.start, f.span.end) if in_market else None)
    return found


# A class a figure is of, named by a letter or a number: "a Band D bill", "Band A
# households", "Tier 2 visas", "Stage 3 restrictions"; a numbered line or terminal ("Line 3
# moves 410,000 commuters a day" is no "Line 4 carries 95,000 riders daily"). Not a storm's
# category, which is what the storm is, not a part of it that a figure could be of.
_CLASS_LABEL = re.compile(
    r"\b(?P<label>(?:Band|Tier|Grade|Class|Level|Stage|Phase|Zone|Division|Group|Pool|Year|"
    r"Line|Terminal)"
    r"\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4}))(?![\w’'-])"
)


def _class_labels(extraction: Extraction, text: str | None) -> list[str | None]:
    """The one class label each figure's sentence names (see `_CLASS_LABEL`), if any; empty
    without the text."""
    if text is None:
        return []
    named: dict[int, str | None] = {}
    for figure in extraction.figures:
        start = figure.sentence.start
        if start not in named:
            labels = {
                m.group("label") for m in _CLASS_LABEL.finditer(text, start, figure.sentence.end)
            }
            named[start] = labels.pop() if len(labels) == 1 else None
    return [named[figure.sentence.start] for figure in extraction.figures]


# What a market has: sales, shares, prices, counts; not a prison term served "in Canada".
_MARKET_KINDS = frozenset(
    {FigureKind.MONEY, FigureKind.PERCENT, FigureKind.COUNT, FigureKind.RANGE}
)


def _sentence_words(figure: Figure, text: str) -> str:
    return _DIGITS.sub(" ", fold(figure.sentence.slice(text)))


class _Nearest:
    """Caps the candidates weighed against one figure at `CANDIDATES_PER_ITEM`: the best
    measured first, and among equals the figures at about the same place in their article
    (the fifth copy of a repeated paragraph is likelier the other's fifth than its first)."""

    def __init__(self, count_a: int, count_b: int) -> None:
        self._ratio = count_b / count_a if count_a else 0.0

    def target(self, i: int) -> float:
        """Where figure ``i`` of the first article would stand among the second's figures."""
        return i * self._ratio

    def best_measured(
        self, i: int, joined_a: str, joined_b: list[str], found: list[tuple[float, int, bool]]
    ) -> list[tuple[float, int, bool]]:
        """``found`` (score, other figure, worded) with each worded candidate's score, its
        token_set_ratio, replaced by its measure (`_subjects_alike`); when there are too many,
        the best measured, by the other figure. Only those that may rank among the best are
        measured: a measure is at most the mean of the token_set_ratio and the
        token_sort_ratio (rapidfuzz's, in C), so candidates are measured from the highest such
        bound down, until the bound falls below the measure of the last of the best."""
        if len(found) <= CANDIDATES_PER_ITEM:
            return [
                (_subjects_alike(joined_a, joined_b[j]) if worded else score, j, worded)
                for score, j, worded in found
            ]
        at = self.target(i)
        bounded = [
            (
                (score + fuzz.token_sort_ratio(joined_a, joined_b[j])) / 2 if worded else score,
                j,
                worded,
            )
            for score, j, worded in found
        ]
        bounded.sort(key=lambda each: (-each[0], abs(each[1] - at), each[1]))
        measured: list[tuple[float, int, bool]] = []
        lowest_best: list[float] = []  # a heap of the best measures so far
        for bound, j, worded in bounded:
            if len(lowest_best) == CANDIDATES_PER_ITEM and bound < lowest_best[0]:
                break
            measure = _subjects_alike(joined_a, joined_b[j]) if worded else bound
            measured.append((measure, j, worded))
            heapq.heappush(lowest_best, measure)
            if len(lowest_best) > CANDIDATES_PER_ITEM:
                heapq.heappop(lowest_best)
        ranked = sorted(measured, key=lambda each: (-each[0], abs(each[1] - at), each[1]))
        return sorted(ranked[:CANDIDATES_PER_ITEM], key=lambda each: each[1])

    def of(self, i: int, found: Sequence[int], scores: dict[tuple[int, int], float]) -> list[int]:
        """The figures ``found`` by one key (ascending) not yet scored against figure ``i``,
        the nearest when too many."""
        return nearest_of(found, self.target(i), lambda j: (i, j) not in scores)


def align_figures(
    a: Extraction,
    b: Extraction,
    min_score: float,
    text_a: str | None = None,
    text_b: str | None = None,
    written: int | None = None,
) -> list[FigureMatch]:
    """The pairs of figures, one from each extraction, that measure one fact. ``written``: the
    later year the two articles were written in, when their dates say."""
    # Only figures of one family and unit can agree or conflict: pair within those buckets,
    # and inside a bucket by period and class of measure, so that one rapidfuzz call scores
    # a figure against a whole group in C (no Python loop over every pair of figures). Pairs
    # of the same value are looked up as well, since their measures may be worded apart.
    a, b = _in_outlet_dollars(a, b, text_a), _in_outlet_dollars(b, a, text_b)
    a, b = _in_other_scale(a, b), _in_other_scale(b, a)
    a, b = _units_named(a, b), _units_named(b, a)
    a, b = _partitive_units(a, b, text_a), _partitive_units(b, a, text_b)
    a, b = as_votes(a, b, text_a, text_b)
    printed_unit_a = [figure.unit for figure in a.figures]
    printed_unit_b = [figure.unit for figure in b.figures]
    unconverted_a, unconverted_b = a.figures, b.figures
    a, b = _in_compared_units(a), _in_compared_units(b)
    a, b = _in_one_noun(a, text_a, b, text_b), _in_one_noun(b, text_b, a, text_a)
    a, b = _by_their_people(a, b, text_a, text_b)
    a, b = _premises_alike(a, b)
    a, b = _homes_and_businesses(a, b, text_a), _homes_and_businesses(b, a, text_b)
    a, b = _finishers_alike(a, b, text_a, text_b)
    a, b = _occasions_named(a, b, text_a, text_b)
    a, b = _premium_named(a, text_a), _premium_named(b, text_b)
    a, b = _turnout_named(a, text_a), _turnout_named(b, text_b)
    a = _counted_as_named(a, b)
    b = _counted_as_named(b, a)
    a, b = _compound_counted(a, b), _compound_counted(b, a)
    a, b = _hyphened_counted(a, b), _hyphened_counted(b, a)
    shown_a = _as_printed(a.figures, unconverted_a)
    shown_b = _as_printed(b.figures, unconverted_b)
    buckets: dict[tuple[str, str], dict[tuple[str | None, int], list[int]]] = {}
    same_value: dict[tuple[str, str, float], list[int]] = {}
    # Figures printing one number with different scale words, by that number (see `_slip_key`).
    same_digits: dict[tuple[str, str, Decimal], list[int]] = {}
    # Figures printing one number's digits with the point moved, by those digits (see
    # `_point_key`).
    point_slips: dict[tuple[str, str, tuple[int, ...]], list[int]] = {}
    # Figures printing one number's digits in another order, by those digits (see `_swap_key`).
    swapped_digits: dict[tuple[str, str, tuple[int, ...], int], list[int]] = {}
    words_a = [scored_words(figure) for figure in a.figures]
    words_b = [scored_words(figure) for figure in b.figures]
    for j, fig_b in enumerate(b.figures):
        bucket = buckets.setdefault((_kind_family(fig_b), fig_b.unit), {})
        bucket.setdefault((fig_b.period, _measure_class(words_b[j])), []).append(j)
        if fig_b.value is not None:
            same_value.setdefault(_value_key(fig_b), []).append(j)
            slip = _slip_key(fig_b)
            if slip is not None:
                same_digits.setdefault(slip, []).append(j)
            point = _point_key(fig_b)
            if point is not None:
                point_slips.setdefault(point, []).append(j)
            swap = _swap_key(shown_b[j])
            if swap is not None:
                swapped_digits.setdefault(swap, []).append(j)
    joined_b = [" ".join(words) for words in words_b]
    scores: dict[tuple[int, int], float] = {}
    # What each pair's score needs of a figure, worked out once per figure: long articles
    # weigh hundreds of thousands of pairs.
    center_a = [_center(figure) for figure in a.figures]
    center_b = [_center(figure) for figure in b.figures]
    condition_a = [_CONDITIONS & set(figure.measure) for figure in a.figures]
    condition_b = [_CONDITIONS & set(figure.measure) for figure in b.figures]
    size_of_a = [abs(center) for center in center_a]
    size_of_b = [abs(center) for center in center_b]
    digits_a = [_significant_digits(figure) for figure in a.figures]
    digits_b = [_significant_digits(figure) for figure in b.figures]
    specific_a = [_specific(figure) for figure in a.figures]
    specific_b = [_specific(figure) for figure in b.figures]
    previous_a = [PREVIOUS in figure.measure for figure in a.figures]
    previous_b = [PREVIOUS in figure.measure for figure in b.figures]
    aside_a = [_set_aside(figure) for figure in a.figures]
    aside_b = [_set_aside(figure) for figure in b.figures]
    basis_a = [_basis(figure) for figure in a.figures]
    basis_b = [_basis(figure) for figure in b.figures]
    peak_a = [_peak(figure, text_a) for figure in a.figures]
    peak_b = [_peak(figure, text_b) for figure in b.figures]

    profit_margin_a = [
        _profit_margin(f, basis) for f, basis in zip(a.figures, basis_a, strict=True)
    ]
    profit_margin_b = [
        _profit_margin(f, basis) for f, basis in zip(b.figures, basis_b, strict=True)
    ]

    # The level each premium is told from (see `_gap_references`); None for other figures.
    reference_a = [
        _gap_references(figure, text_a) if basis[_GAP_FROM_AT] else None
        for figure, basis in zip(a.figures, basis_a, strict=True)
    ]
    reference_b = [
        _gap_references(figure, text_b) if basis[_GAP_FROM_AT] else None
        for figure, basis in zip(b.figures, basis_b, strict=True)
    ]
    largest_a = _largest_sums(a.figures)
    largest_b = _largest_sums(b.figures)
    closed_a = [_told_closed(figure, text_a) for figure in a.figures]
    closed_b = [_told_closed(figure, text_b) for figure in b.figures]

    def basis_apart(i: int, j: int, apart: float | None = None) -> bool:
        """Whether two figures are stated on other bases (see `_basis`), but for a price's
        peak, which may be the other's furthest move in the session: "jumped as much as 6.2% to
        $11,240 a tonne" is the "all-time high of $12,140 a tonne" the other reports. Nor is a
        move in the session apart from one told with no time of day at the same value
        (``apart``), where neither sentence tells of a close: "saw its shares fall 2.4 percent
        in early trading" and "Its shares dropped 2.4% in New York"."""
        if basis_a[i] == basis_b[j]:
            return False
        if _but_intraday(basis_a[i]) != _but_intraday(basis_b[j]):
            return True
        if peak_a[i] or peak_b[j]:
            return False
        return apart is None or apart > SAME_VALUE or closed_a[i] or closed_b[j]

    def one_footing(i: int, j: int) -> bool:
        """Whether two figures are both levels, or both changes or margins, on one basis (see
        `_basis`): a point misplaced is read only then. "Borrowing reached £14.1 billion" is
        no slip of "overshot official forecasts by £1.41 billion"."""
        return moved_a[i] == moved_b[j] and not basis_apart(i, j)

    horizon_a = [_horizon_or_month(figure) for figure in a.figures]
    horizon_b = [_horizon_or_month(figure) for figure in b.figures]
    regions_a = _regions(a, text_a)
    regions_b = _regions(b, text_b)
    markets_a = _markets(a, text_a)
    markets_b = _markets(b, text_b)
    instruments_a = _markets(a, text_a, instruments=True)
    instruments_b = _markets(b, text_b, instruments=True)
    labels_a = _class_labels(a, text_a)
    labels_b = _class_labels(b, text_b)
    setting_a = setting_of(text_a) if regions_a else None
    nation_a = text_a is not None and contrasts_the_nation(text_a)
    nation_b = text_b is not None and contrasts_the_nation(text_b)
    # Whether each article is read by city (see `by_city`), as its regions are.
    cities_a = bool(regions_a) and text_a is not None and by_city(text_a)
    cities_b = bool(regions_b) and text_b is not None and by_city(text_b)
    setting_b = setting_of(text_b) if regions_b else None
    home_a = home_of(text_a) if regions_a and text_a is not None else None
    # Whether an article names no region (nor city) anywhere (see `same_place`).
    unplaced_a = bool(regions_a) and text_a is not None and not regions_in(text_a, cities=True)
    unplaced_b = bool(regions_b) and text_b is not None and not regions_in(text_b, cities=True)
    unplaced_a = unplaced_a and not nation_a
    unplaced_b = unplaced_b and not nation_b
    home_b = home_of(text_b) if regions_b and text_b is not None else None
    clock_a = [figure.unit.startswith(CLOCK) for figure in a.figures]
    timed_a = [_timed(figure) for figure in a.figures]
    timed_b = [_timed(figure) for figure in b.figures]
    # A percentage change is not a share: "rents have nearly doubled" is not "59.1% of
    # Berliners". Only for changes said in a word, which name no level: "inflation rose to
    # 3.2%" is a level as much as "inflation was 3.2%".
    multiple_a = [_MULTIPLE.search(figure.text) is not None for figure in a.figures]
    multiple_b = [_MULTIPLE.search(figure.text) is not None for figure in b.figures]
    moved_a = [not MOVEMENT.isdisjoint(figure.measure) for figure in a.figures]
    moved_b = [not MOVEMENT.isdisjoint(figure.measure) for figure in b.figures]
    # A share of a whole is no change: "3.8% of the population" is not "the population
    # swelled by 8.6 per cent".
    share_a = [_share_of(figure, text_a) for figure in a.figures]
    share_b = [_share_of(figure, text_b) for figure in b.figures]
    offset_a = [_offset(figure, text_a) for figure in a.figures]
    offset_b = [_offset(figure, text_b) for figure in b.figures]
    tally_a = [_tally_span(figure, text_a) for figure in a.figures]
    tally_b = [_tally_span(figure, text_b) for figure in b.figures]
    scope_a = [_scope(figure, text_a) for figure in a.figures]
    scope_b = [_scope(figure, text_b) for figure in b.figures]
    part_a = [_part_named(figure, text_a) for figure in a.figures]
    part_b = [_part_named(figure, text_b) for figure in b.figures]
    direction_a = [_direction(figure) for figure in a.figures]
    direction_b = [_direction(figure) for figure in b.figures]

    def gap(i: int, j: int) -> float:
        """How far apart two figures' values are (see `_gap`); times of day by the clock."""
        if clock_a[i]:
            return _clock_gap(center_a[i], center_b[j])
        if timed_a[i] and timed_b[j]:
            return _timed_gap(a.figures[i], b.figures[j])
        # `_gap`, written out with the sizes worked out once: long articles weigh a million pairs.
        larger = size_of_a[i] if size_of_a[i] > size_of_b[j] else size_of_b[j]
        return abs(center_a[i] - center_b[j]) / larger if larger else 0.0

    def same_place(i: int, j: int, apart: float | None = None) -> bool:
        """Both national, or about one region ("Welsh prices … 5.4%" is not the nation's
        3.2%); without the texts, regions are unknown and never stand in the way. A region
        named in one sentence only is no bar to the same value: one outlet says "In
        Mississippi, … 2,300 homes" where the other's paragraph went on from the state."""
        if markets_a and markets_a[i] and markets_b[j] and markets_a[i] != markets_b[j]:
            return False  # "sales in China dropped 11%" and "North America rose 4%"
        if {scope_a[i], scope_b[j]} == {PLACE, WHOLE}:
            return False  # "3,200 people in Norway", "about 9,000 people worldwide"
        if markets_a and one_market_the_other_way(i, j, apart):
            return False  # "Revenue rose 1.4%", "Sales in Spain fell 5.1%"
        if labels_a and labels_a[i] and labels_b[j] and labels_a[i] != labels_b[j]:
            return False  # "a Band D bill … £3.58 a week", "Band A households … £2.39 a week"
        instrument_a = instruments_a[i] if instruments_a else None
        if instrument_a and instruments_b[j] and instrument_a != instruments_b[j]:
            return False  # "The broader Topix lost 3.8%", "the All Ordinaries lost 2.8%"
        if not regions_a or regions_a[i] == regions_b[j]:
            return True
        # An article that names one region only is set there: "43 people were injured in a
        # crash in northern Ontario" is the same toll as the other's "injuring 38 people",
        # when Ontario is all the other article names.
        if (regions_a[i] is None and regions_b[j] == setting_a) or (
            regions_b[j] is None and regions_a[i] == setting_b
        ):
            return True
        if _region_told_after(i, j):
            return True
        # Of two articles on one story, one naming no region at all and the other only the
        # one it names beside a span of time, both are set there: "served 14 years in jail" is
        # "served seventeen years in Ohio jails" when Ohio is all the other names. Only a
        # span, which no one breaks down by region: "Home sales fell 4% last year" may be the
        # nation's, not "Home sales in Delaware fell 12%". Only a region in the figure's own
        # words: "Ohio held its term at 8 years, while … a ban of 5 years" reads no region
        # into the 5 years.
        if a.figures[i].kind is not FigureKind.DURATION:
            pass
        elif (
            regions_a[i] is None
            and unplaced_a
            and regions_b[j] == setting_b
            and _region_in_measure(b.figures[j], regions_b[j])
        ) or (
            regions_b[j] is None
            and unplaced_b
            and regions_a[i] == setting_a
            and _region_in_measure(a.figures[i], regions_a[i])
        ):
            return True
        # Where both articles are about one region (see `home_of`), setting no figure of the
        # nation beside it, a figure placed nowhere is that region's: "At least 27 people have
        # died since July 14" in a story all about Oklahoma is the other's "37 people across
        # Oklahoma". Not in an article of all regions, whose unplaced figure may be the whole.
        if (
            home_a is not None
            and home_a == home_b
            and not (nation_a or nation_b)
            and home_a in (regions_a[i], regions_b[j])
            and None in (regions_a[i], regions_b[j])
        ):
            return True
        one_unnamed = regions_a[i] is None or regions_b[j] is None
        # "Oregon's limit is 7 percent" is no "The law caps yearly increases at 7 percent" of
        # an article all about Minnesota: the figure placed nowhere is its home region's.
        if (regions_a[i] is None and home_a not in (None, regions_b[j])) or (
            regions_b[j] is None and home_b not in (None, regions_a[i])
        ):
            return False
        return one_unnamed and (gap(i, j) if apart is None else apart) <= SAME_VALUE

    def _region_told_after(i: int, j: int) -> bool:
        """Whether a figure placed nowhere is placed in the other's region after all, its
        sentence naming the region after it or calling back to it (see `_region_named_for`)."""
        if regions_a[i] is None and regions_b[j] is not None:
            return not nation_a and _region_named_for(a.figures[i], text_a, regions_b[j], cities_a)
        if regions_b[j] is None and regions_a[i] is not None:
            return not nation_b and _region_named_for(b.figures[j], text_b, regions_a[i], cities_b)
        return False

    def one_market_the_other_way(i: int, j: int, apart: float | None) -> bool:
        """Whether one figure is of a market its clause names and the other of none, moving
        the other way by another amount: a market's fall is not the whole's rise ("Revenue
        rose 1.4%" and "Sales in Spain fell 5.1%"). Moving the same way, the unnamed one may
        be the market's, said once in the story."""
        if (markets_a[i] is None) == (markets_b[j] is None):
            return False
        if direction_a[i] is None or direction_b[j] is None or direction_a[i] == direction_b[j]:
            return False
        return (gap(i, j) if apart is None else apart) > CLOSE_VALUE

    def spans_apart(i: int, j: int) -> bool:
        """Whether two changes are said to be measured over different spans: a rise over the
        month is never the rise over the year."""
        one, other = horizon_a[i], horizon_b[j]
        return one in HORIZONS and other in HORIZONS and one != other

    def spans_unlike(i: int, j: int) -> bool:
        """Whether a change in a month named alone stands against one over a longer span, or
        a season's tally against a career's (see `_tally_span`)."""
        if tally_a[i] and tally_b[j] and tally_a[i] != tally_b[j]:
            return True
        one, other = horizon_a[i], horizon_b[j]
        return one is not None and other is not None and one.rstrip("?") != other.rstrip("?")

    moment_a = [_moment(figure) for figure in a.figures]
    moment_b = [_moment(figure) for figure in b.figures]

    subset_a = [SUBSET in figure.measure for figure in a.figures]
    subset_b = [SUBSET in figure.measure for figure in b.figures]
    whole_a = _wholes(a.figures, subset_a)
    whole_b = _wholes(b.figures, subset_b)
    complement_a = [_plain_share(figure) for figure in a.figures]
    complement_b = [_plain_share(figure) for figure in b.figures]
    # A level advised or a limit set, against one reached: "the 70 per cent ceiling" is not
    # the club's 72.6 per cent.
    advised_a = [_set_level(figure) for figure in a.figures]
    advised_b = [_set_level(figure) for figure in b.figures]
    own_dollar_a, own_dollar_b = _own_dollars(a), _own_dollars(b)
    theirs_a = [THEIRS in figure.measure for figure in a.figures]
    theirs_b = [THEIRS in figure.measure for figure in b.figures]
    intraday_a = [INTRADAY in figure.measure for figure in a.figures]
    intraday_b = [INTRADAY in figure.measure for figure in b.figures]
    family_a = [_family(figure) for figure in a.figures]
    family_b = [_family(figure) for figure in b.figures]
    event_a = [_clock_event(figure) for figure in a.figures]
    event_b = [_clock_event(figure) for figure in b.figures]
    # Without the articles' dates, a year something is due by is no year of the event (see
    # `_latest_year`); with them, the year written in says how late the event may be.
    latest = _latest_year(text_a, text_b, deadlines=written is not None)
    if latest is not None and written is not None:
        latest = min(latest, written)  # "a target of 1,200 by 2028" is no year of the event
    tense_a, tense_b = _tenses(a, text_a, latest), _tenses(b, text_b, latest)
    earlier_a, earlier_b = _earlier_occasions(a, text_a), _earlier_occasions(b, text_b)
    # Opening words of an earlier time keep only other values apart: "Last year, 72 players
    # were sold" is no "Seventy-seven players were sold", but "A year ago, the count of
    # objects larger than 10 centimetres stood at 34,800" names the size the other's count does.
    opened_a = _earlier_occasions(a, text_a, latest, openings=True)
    opened_b = _earlier_occasions(b, text_b, latest, openings=True)
    quarter_ends_a, quarter_ends_b = _quarter_ends(a, text_a), _quarter_ends(b, text_b)
    dated_a, dated_b = _dated_things(a, text_a), _dated_things(b, text_b)
    voted_way_a = [_voted_one_way(figure, text_a) for figure in a.figures]
    voted_way_b = [_voted_one_way(figure, text_b) for figure in b.figures]
    timeless_a = [_timeless(figure, text_a) for figure in a.figures]
    timeless_b = [_timeless(figure, text_b) for figure in b.figures]

    people = _people((a, b), (text_a, text_b))
    owners_a = [_owners(figure, people, text_a) for figure in a.figures]
    owners_b = [_owners(figure, people, text_b) for figure in b.figures]
    kin_a = [_kin_of(figure, text_a) for figure in a.figures]
    kin_b = [_kin_of(figure, text_b) for figure in b.figures]
    stock_a = [_stock_or_results(figure) for figure in a.figures]
    stock_b = [_stock_or_results(figure) for figure in b.figures]
    # Other facts by their own words (see `other_facts`): a subject each article names
    # elsewhere, a count of sources, a valuation and money raised, a change and its start.
    apart_facts = other_facts(
        a.figures,
        b.figures,
        text_a,
        text_b,
        _unless_misprinted(
            SubjectsApart(
                [_own_subject(f, words) for f, words in zip(a.figures, words_a, strict=True)],
                [_own_subject(f, words) for f, words in zip(b.figures, words_b, strict=True)],
                # A percentage against a percentage, an amount against an amount: the crop's
                # "1.4 million tonnes" is no better-worded figure for its "23%" fall.
                [(_kind_family(figure), figure.unit == "%") for figure in a.figures],
                [(_kind_family(figure), figure.unit == "%") for figure in b.figures],
            ),
            a.figures,
            b.figures,
        ),
    )

    def misprinted(i: int, j: int) -> bool:
        """Whether two figures print three digits or more alike, in order, but for a scale
        word: one figure, misprinted, not two that chance alike. (Digits swapped are not as
        sure: "€5.83 billion in 2025" may be a year before the "€5.38bn" of now.)"""
        return min(digits_a[i], digits_b[j]) >= SLIP_SPECIFIC_DIGITS and scale_slip(
            a.figures[i], b.figures[j]
        )

    def never_one_fact(i: int, j: int, apart: float | None = None) -> bool:
        """Whether two figures can never be one fact, whatever scored them: a level advised
        or a limit set and one that is not, or one of the other; two sides' shares of one
        whole; a part set against its whole and a figure nearer that whole; the two ends of a
        span; two scores on the way of different values that are not both the break's.
        ``apart``: their `gap`, when the caller has it."""
        if apart is None:
            apart = gap(i, j)
        if apart_facts(i, j, apart, SAME_VALUE):
            return True
        if advised_a[i] != advised_b[j] and apart > SAME_VALUE:
            return True
        if sides_apart(a.figures[i], b.figures[j]):
            return True  # "Forty-four lawmakers … voted for", "with 55 lawmakers voting against"
        if (
            intraday_a[i] != intraday_b[j]
            and center_a[i] != center_b[j]
            and not (peak_a[i] or peak_b[j])
            # Two digits side by side swapped are one move misprinted, told in the session or
            # at its close: "fell 3.4% in afternoon trading", "slid 4.3 percent …, closing at".
            and not (stock_a[i] and stock_a[i] == stock_b[j] and adjacent_swap(*printed(i, j)))
        ):
            return True  # "rose 6.2% to 14.86 euros by midday", "closed up 5.8 per cent"
        if reference_a[i] is not None and reference_b[j] not in (None, reference_a[i]):
            return True  # "a premium of 24% to the close", "41 per cent to the 30-day average"
        if (profit_margin_a[i] and basis_b[j][_GAP_FROM_AT]) or (
            profit_margin_b[j] and basis_a[i][_GAP_FROM_AT]
        ):
            return True  # "an operating margin of 28%", "a 30% premium to Friday's close"
        if theirs_a[i] != theirs_b[j] and apart > SAME_VALUE:
            return True  # "lost three of their 16 seats", "winning 15 of the 56 seats"
        if _moved_apart(stock_a[i], stock_b[j]) and apart > SAME_VALUE:
            return True  # "Lumen shares closed up 3.9 per cent", "a 12% rise in net profit"
        if (
            own_dollar_a[i] != own_dollar_b[j]
            and a.figures[i].unit == b.figures[j].unit == "USD"
            and apart > SAME_VALUE
        ):
            # An Australian paper's "$79 billion" beside its "US$18.4 billion", and "$52
            # billion": two dollars. The same amount is one, whichever the outlet meant.
            return True
        if family_a[i] and family_b[j] and family_a[i] != family_b[j]:
            return True  # "Sukarta … with his wife and three children", "Matthews … her two"
        if (
            owners_a[i]
            and owners_b[j]
            and apart > SAME_VALUE
            and _two_peoples(
                (owners_a[i], owners_b[j]), (a.figures[i], b.figures[j]), (text_a, text_b)
            )
        ):
            return True  # "Montenegro's campaign … 4.1 million soles", "Benavides … 1.4 million"
        if apart > SAME_VALUE and (
            _kin_apart(kin_a[i], b.figures[j], text_b) or _kin_apart(kin_b[j], a.figures[i], text_a)
        ):
            return True  # "His older brother Irakli, 31, won 38 caps", "He has won 43 caps"
        if (
            complement_a[i]
            and complement_b[j]
            and center_a[i] != center_b[j]
            and (abs(center_a[i] + center_b[j] - 100) <= 0.2)
        ):
            # Two sides' shares of one whole: "finished with 56% of possession", "Ireland had
            # just 44 per cent of possession".
            return True
        if subset_a[i] != subset_b[j] and apart > SAME_VALUE:
            # A part against a figure nearer its whole than itself: "Three batches …, out of
            # 16" and "14 batches" recalled. "Five batches … supplied in Australia" is the part.
            part, other, whole = (
                (center_a[i], center_b[j], whole_a[i])
                if subset_a[i]
                else (center_b[j], center_a[i], whole_b[j])
            )
            return whole is None or abs(other - whole) < abs(other - part)
        if frozenset((event_a[i], event_b[j])) in _OPPOSITE_EVENTS:
            return True  # "waded ashore … at 4.54pm", "left Donaghadee at 5.12am"
        if _outcomes_apart(a.figures[i], b.figures[j]):
            return True  # "81 percent … completed the trial", "19 percent … dropped out"
        if apart > SAME_VALUE and (
            _part_and_whole(part_a[i], b.figures[j], part_b[j])
            or _part_and_whole(part_b[j], a.figures[i], part_a[i])
        ):
            return True  # "Twelve children were among the dead", "At least 41 people died"
        # A year beside one figure says when it was agreed, not that it is another's, if the
        # two print one number misprinted: "a $412 million contract … signed in 2023" and "a
        # deal worth $412 billion".
        if _quarters_told_apart(a.figures[i], b.figures[j], quarter_ends_a) or (
            _quarters_told_apart(b.figures[j], a.figures[i], quarter_ends_b)
        ):
            return (
                True  # "In the second quarter, … 4.9tn won", "in the three months ended Sept. 30"
            )
        if (earlier_a[i] and timeless_b[j]) or (earlier_b[j] and timeless_a[i]):
            # "Last year's session drew 1,100 delegates", "More than 1,400 delegates attended
            # this session": the earlier occasion's figure, and the story's.
            return True
        if apart > SAME_VALUE and (
            (opened_a[i] and timeless_b[j]) or (opened_b[j] and timeless_a[i])
        ):
            return True  # "Last year, 72 players were sold", "Seventy-seven players were sold"
        if apart > SAME_VALUE and _dated_apart(
            dated_a[i], dated_b[j], a.figures[i], b.figures[j], text_a, text_b
        ):
            return True  # "A 2020 survey of the river recorded 380", "A 2019 survey … 1,100"
        if (
            voted_way_a[i] != voted_way_b[j]
            and a.figures[i].unit == b.figures[j].unit == "%"
            and apart > SAME_VALUE
        ):
            # "About 18% of voters cast their ballots by post": a part of the turnout, neither
            # the turnout ("Turnout was 46%", "Of the 82 per cent of members who voted") nor
            # any other share.
            return True
        if _fees_apart(a.figures[i], b.figures[j], text_a, text_b):
            return True  # "Mitie would have to pay Brookfield a break fee", "Brookfield would owe"
        if apart > SAME_VALUE and tense_a[i] != tense_b[j] and not misprinted(i, j):
            if {tense_a[i], tense_b[j]} == {_FUTURE, _DATED}:
                return True  # "will walk out for 18 days", "walked out for 10 days in 2023"
            if (
                _PAST in (tense_a[i], tense_b[j])
                and (a.figures[i].period is None or b.figures[j].period is None)
                and not (previous_a[i] or previous_b[j])
                and not _year_told_beside(a.figures[i], b.figures[j], text_a, text_b)
            ):
                # "In 2021, a bus carrying Polish pilgrims crashed …, killing 12 people" and
                # "Three British people were also killed": a figure of years before is no
                # figure of now.
                return True
        return (
            moment_a[i] is not None
            and moment_b[j] is not None
            and not (moment_a[i] and moment_b[j])
            and apart > SAME_VALUE
        )

    exact_a = {(_kind_family(f), f.unit, f.value) for f in a.figures if f.value is not None}
    exact_b = {(_kind_family(f), f.unit, f.value) for f in b.figures if f.value is not None}

    in_b = [(_kind_family(f), f.unit, f.value) in exact_b for f in a.figures]
    in_a = [(_kind_family(f), f.unit, f.value) in exact_a for f in b.figures]

    def printed_in_other(i: int, j: int) -> bool:
        """Whether either figure's exact value is printed in the other article too."""
        return in_b[i] or in_a[j]

    def printed(i: int, j: int) -> tuple[Figure, Figure]:
        """Two figures as printed (see `_as_printed`) where printed in one unit, as compared
        where not: digits are swapped, if at all, in what the typist wrote."""
        if printed_unit_a[i] == printed_unit_b[j]:
            return shown_a[i], shown_b[j]
        return a.figures[i], b.figures[j]

    def sentence_of(extraction: Extraction, index: int, text: str | None) -> str:
        """The words of a figure's sentence, without its numbers; none without the text."""
        if text is None:
            return ""
        return _sentence_words(extraction.figures[index], text)

    def consider(i: int, j: int, measure: float, worded: bool = True) -> None:
        apart = gap(i, j)
        if spans_apart(i, j) or never_one_fact(i, j, apart):
            return
        cleared.add((i, j))
        fig_a, fig_b = a.figures[i], b.figures[j]
        bonus = _bonus(apart, specific_a[i] and specific_b[j])
        # Whether the two are surely one figure misprinted, as sure as the same value.
        misprint = False
        # A misprint is as near as a close value (the checks only where they could change it).
        if apart >= FAR_APART and (
            scale_slip(fig_a, fig_b)
            or (measure >= ONE_DIGIT_SLIP_MEASURE and scale_slip(fig_a, fig_b, min_digits=1))
        ):
            bonus = CLOSE_BONUS  # "£85 million" and "£85bn" of new equity: one figure, misprinted
            if digits_a[i] >= SLIP_SPECIFIC_DIGITS and digits_b[j] >= SLIP_SPECIFIC_DIGITS:
                # "$1.27 billion over four years" and "$1.27 million … over four years": three
                # digits alike are no chance, however differently the cost is worded.
                bonus = SAME_SPECIFIC_BONUS
        elif apart >= FAR_APART and (
            decimal_slip(fig_a, fig_b)
            or _zero_slip_told_alike(fig_a, fig_b, words_a[i], words_b[j])
        ):
            bonus = 0.0  # "380,000 euros" and "€3.8 million" in prize money: no closer, no further
            if (
                digits_a[i] >= SLIP_SPECIFIC_DIGITS
                and digits_b[j] >= SLIP_SPECIFIC_DIGITS
                and decimal_slip(fig_a, fig_b)
                and one_footing(i, j)
            ):
                # Three digits alike, in order, a point misplaced are no chance either, as a
                # scale word misprinted is not: "a deficit of £14.1 billion", "a shortfall of
                # £1.41 billion".
                bonus = SAME_SPECIFIC_BONUS
            elif (
                largest_a[i]
                and largest_b[j]
                and fig_a.bound is Bound.APPROXIMATE
                and fig_b.bound is Bound.APPROXIMATE
                and decimal_slip(fig_a, fig_b)
                and one_footing(i, j)
            ):
                # The largest sum each article tells in a currency, its point misplaced, is the
                # story's main sum where both estimate it: "an estimated 610 million euros" and
                # "about €6.1bn" for the haul's street value. Told exactly, the two largest may
                # be two sums: "a budget of £1.4 billion", "given £140 million for a new wing".
                bonus = CLOSE_BONUS
        elif printed_in_other(i, j):
            # A misprint is read only where the other article does not print the value itself:
            # "$370,000" is the winner's "370,000 dollars", "$307,000" the runner-up's.
            pass
        elif specific_a[i] and specific_b[j] and (swap := _swap_bonus(*printed(i, j))) is not None:
            bonus = swap  # "£412 million" and "£421m" for one cost: one figure, misprinted
            misprint = swap == SAME_SPECIFIC_BONUS
        elif apart > CLOSE_VALUE and digits_swapped(*printed(i, j)):
            bonus = CLOSE_BONUS  # "a 4.8-second stop" and "stationary for 8.4 seconds"
            # A subject named only in the other's sentence tells a specific figure alone:
            # "closing down 7.4%" and "closed 4.7 per cent lower" may be two moves.
            named = specific_a[i] or specific_b[j]
            if adjacent_swap(*printed(i, j)) and _swap_told_alike(
                words_a[i],
                words_b[j],
                sentence_of(a, i, text_a) if named else "",
                sentence_of(b, j, text_b) if named else "",
            ):
                # Two digits side by side swapped, of one thing by its words: as near as the
                # same value, worded or not ("fees will rise by 8.6%", "The 6.8% increase").
                bonus = SAME_BONUS
        if previous_a[i] != previous_b[j] and not (
            # "from about 21,000 in 2019" is the level the other gives for 2019 too.
            fig_a.period is not None and fig_a.period == fig_b.period
        ):
            bonus -= BEFORE_AND_AFTER_PENALTY  # "from 0.8%" is not the "1.1%" it rose to
        if basis_apart(i, j, apart) or (aside_a[i] and _set_aside_apart(aside_a[i], aside_b[j])):
            # Adjusted earnings per share are not reported ones; pay including bonuses is not
            # pay excluding them.
            bonus -= OTHER_BASIS_PENALTY
        # A misprint is the same value, which a region named in one sentence only does not
        # bar (see `same_place`): "spilled about 12,400 barrels of crude oil" off Oregon, and
        # "roughly 14,200 barrels of oil escaped" in the other's sentence naming no place.
        if not same_place(i, j, 0.0 if misprint else apart):
            bonus -= OTHER_REGION_PENALTY
        if (
            direction_a[i] is not None
            and direction_b[j] is not None
            and direction_a[i] != direction_b[j]
            and apart > CLOSE_VALUE
        ):
            bonus -= OPPOSITE_WAYS_PENALTY
        if offset_a[i] is not None and offset_b[j] is not None and offset_a[i] != offset_b[j]:
            # "shut down 148 seconds after liftoff" is no "planned 360-second burn".
            bonus -= OFFSET_AND_LENGTH_PENALTY
        if spans_unlike(i, j):
            bonus -= OTHER_HORIZON_PENALTY
        elif (horizon_a[i] == SO_FAR_THIS_YEAR) != (horizon_b[j] == SO_FAR_THIS_YEAR) and (
            apart > SAME_VALUE
        ):
            # "The stock has gained about 22% so far this year" is no day's move: "Lumen
            # shares closed up 3.9 per cent". (A change said with no span may be one.)
            bonus -= CHANGE_AND_LEVEL_PENALTY
        if (multiple_a[i] and not moved_b[j]) or (multiple_b[j] and not moved_a[i]):
            bonus -= CHANGE_AND_LEVEL_PENALTY
        elif share_a[i] != share_b[j] and (moved_b[j] if share_a[i] else moved_a[i]):
            bonus -= CHANGE_AND_LEVEL_PENALTY  # "3.8% of the population" / "grew 8.6%"
        if not worded and bonus == CLOSE_BONUS:
            bonus = 0.0  # a close value alone does not make two unworded figures one fact
        score = measure + bonus
        if printed_unit_a[i] == printed_unit_b[j] and (
            printed_unit_a[i] != fig_a.unit or fig_a.unit in CONVERTED_UNITS
        ):
            # "48,213 acres, or about 75 square miles" against "42,813 acres": of two ways
            # one article tells a figure, the one in the other's unit is its pair.
            score += SAME_PRINTED_UNIT_NUDGE
        # Two times on one day are not one moment for that.
        if fig_a.period and fig_a.period == fig_b.period and fig_a.period not in WEEKDAYS:
            score += PERIOD_BONUS
        if score >= min_score:
            scores[i, j] = min(100.0, score)

    cleared: set[tuple[int, int]] = set()  # the pairs `consider` found may be one fact

    # A measure this far below the bar can still reach it with the period and a close value;
    # pairs of the same value, which can gain more, are looked up on their own below.
    cutoff = max(0.0, min_score - PERIOD_BONUS - CLOSE_BONUS)
    # Each group's measures, listed once for all the figures weighed against them.
    choices = {
        id(group): [joined_b[j] for j in group]
        for bucket in buckets.values()
        for group in bucket.values()
    }
    nearest = _Nearest(len(a.figures), len(b.figures))
    for i, fig_a in enumerate(a.figures):
        class_a = _measure_class(words_a[i])
        joined_a = " ".join(words_a[i])
        # Worded candidates carry their token_set_ratio until measured (see `best_measured`).
        found: list[tuple[float, int, bool]] = []
        for (period, class_b), group in buckets.get((_kind_family(fig_a), fig_a.unit), {}).items():
            if not periods_compatible(fig_a.period, period):
                continue
            if class_a != _SUBJECT or class_b != _SUBJECT:
                fixed = _fixed_score(class_a, class_b)
                found += [(fixed, j, False) for j in group]
                continue
            for _, set_ratio, k in process.extract(
                joined_a, choices[id(group)], scorer=fuzz.token_set_ratio,
                score_cutoff=cutoff, limit=None,
            ):  # fmt: skip
                found.append((set_ratio, group[k], True))
        for measure, j, worded in nearest.best_measured(i, joined_a, joined_b, found):
            consider(i, j, measure, worded)
        if fig_a.value is None:
            continue
        for j in nearest.of(i, same_value.get(_value_key(fig_a), ()), scores):
            fig_b = b.figures[j]
            if periods_compatible(fig_a.period, fig_b.period) or _month_of_the_year(
                fig_a.period, fig_b.period
            ):
                worded = class_a == _measure_class(words_b[j]) == _SUBJECT
                consider(i, j, measure_score(fig_a, fig_b), worded)
        slip = _slip_key(fig_a) if same_digits else None
        for j in nearest.of(i, same_digits.get(slip, ()) if slip is not None else (), scores):
            fig_b = b.figures[j]
            if fig_b.scale != fig_a.scale and periods_compatible(fig_a.period, fig_b.period):
                # Looked up, as the same value is: however unlike their words, a misprinted
                # scale word may be all that tells the two apart (see `SLIP_SPECIFIC_DIGITS`).
                consider(i, j, measure_score(fig_a, fig_b))
        point = _point_key(fig_a) if point_slips else None
        for j in nearest.of(i, point_slips.get(point, ()) if point is not None else (), scores):
            fig_b = b.figures[j]
            if (
                decimal_slip(fig_a, fig_b)
                and one_footing(i, j)
                and periods_compatible(fig_a.period, fig_b.period)
            ):
                # Looked up too, however unlike their words (see `_point_key`).
                consider(i, j, measure_score(fig_a, fig_b))
        swap = _swap_key(shown_a[i]) if swapped_digits else None
        for j in nearest.of(i, swapped_digits.get(swap, ()) if swap is not None else (), scores):
            fig_b = b.figures[j]
            if adjacent_swap(shown_a[i], shown_b[j]) and periods_compatible(
                fig_a.period, fig_b.period
            ):
                # Looked up too: "£412 million" and "£421m" may be all two outlets' words for
                # one cost share (see `_swap_bonus`).
                measure = measure_score(fig_a, fig_b)
                aligned = _aligned_digits(shown_a[i], shown_b[j])
                if aligned is not None and len(aligned[0]) >= SWAP_SURE_DIGITS:
                    # Four digits or more, two swapped, are no chance however the measures
                    # are worded: "took in $142.7 million" at the box office and "opened to
                    # a franchise-record $147.2 million in North America".
                    measure = max(measure, NO_SHARED_WORD)
                consider(i, j, measure)
    for i, j in _slots_and_counts(a.figures, b.figures, text_a, text_b):
        # "will offer 36,000 places next year" on the scheme and "capped at 38,000 visas in
        # 2027": places are a count of whatever the scheme hands out, the other's noun.
        if (
            (i, j) not in scores
            and gap(i, j) <= CLOSE_VALUE
            and periods_compatible(a.figures[i].period, b.figures[j].period)
            and (measure := measure_score(a.figures[i], b.figures[j])) >= SLOTS_MEASURE
        ):
            consider(i, j, measure)
    for i, j in _parts_of_one_whole(a.figures, b.figures, text_a, text_b):
        if (i, j) not in scores and periods_compatible(a.figures[i].period, b.figures[j].period):
            consider(i, j, measure_score(a.figures[i], b.figures[j]) + SAME_WHOLE_BONUS)
    for i, j in _points_against_per_cent(a.figures, b.figures):
        if (i, j) not in scores and moved_a[i] and moved_b[j]:
            consider(i, j, measure_score(a.figures[i], b.figures[j]))
    past = ([tense == _PAST for tense in tense_a], [tense == _PAST for tense in tense_b])
    kinds_a, kinds_b = _ByKind(a.figures), _ByKind(b.figures)
    for i, j, by_value in _alone_in_both(a.figures, b.figures, past):
        # The one 104 in each article, or the one 87.4%, is as sure a pair as a shared
        # measure; the one count of homes in each is just enough to compare them. The only
        # figures of a unit that print two digits alike a zero or two apart are one misprinted,
        # however worded: "about 210,000 litres of styrene had leaked", "put the spill at an
        # estimated 21,000 litres". Not when one is told of the whole and the other not, which
        # a tenfold gap as often is: "The plant employs 310 people", "employs about 3,100
        # people worldwide".
        # So are the only ones that print two digits side by side swapped, when at least one
        # is told of neither a place nor the whole: "disrupting classes for about 41,000
        # pupils" and "Some 14,000 students in Harlan Valley were kept home". Two told of a
        # place each may be two places, and one of a place against one of the whole a part
        # against its whole (`same_place` bars that pair anyway).
        slipped = not by_value and (
            (
                scope_a[i] == scope_b[j]
                and decimal_slip(a.figures[i], b.figures[j], min_digits=ALONE_SLIP_DIGITS)
            )
            or (None in (scope_a[i], scope_b[j]) and adjacent_swap(a.figures[i], b.figures[j]))
        )
        if (
            (gap(i, j) >= FAR_APART and not slipped)
            # A misprint is the same value, which a region named in one sentence only does
            # not bar: "at 69 UK universities", "Staff at 96 universities".
            or not same_place(i, j, 0.0 if slipped else None)
            or basis_apart(i, j)
            or spans_unlike(i, j)
            or never_one_fact(i, j)
            or (
                (TOTAL in a.figures[i].measure) != (TOTAL in b.figures[j].measure)
                and gap(i, j) > SAME_VALUE
            )
            # "up from 27.6% at the previous census" is not the other's 28.4 per cent born
            # abroad now, the one value near it.
            # Nor, by unit, is "rising from 9.1 million TEU in 2022" the other's "a record 9.8
            # million TEU" last year: a level left is not the level now.
            or (previous_a[i] != previous_b[j] and gap(i, j) > SAME_VALUE)
        ):
            # "more than 1,100 animals" released and "1.3 animals" a nest box; the "1,120
            # schools" shut and "the state's 1563 government schools".
            continue
        if (
            gap(i, j) >= ALONE_APART
            and not slipped
            and measure_score(a.figures[i], b.figures[j]) < ALONE_WEAK
        ):
            continue  # "two races ago" and "with 13 races remaining"; "60 victims" and "11"
        if (
            text_a is not None
            and text_b is not None
            and (
                _counted_elsewhere(b.figures[j], a.figures[i], kinds_a, text_b, text_a)
                or _counted_elsewhere(a.figures[i], b.figures[j], kinds_b, text_a, text_b)
            )
        ):
            continue  # "1,580 workers belonging to Sindicato …", "1,850 members of … Sindicato"
        if (
            clock_a[i]
            and b.figures[j].unit.startswith(CLOCK)
            and abs(center_a[i] - center_b[j]) > CLOCK_ALONE_REACH
            and measure_score(a.figures[i], b.figures[j]) <= NO_SHARED_WORD
            and not (
                text_a is not None
                and text_b is not None
                and (day := _clock_day(a.figures[i], text_a)) is not None
                and day == _clock_day(b.figures[j], text_b)
            )
        ):
            # "walked to the ring just after 11pm", "broadcast live in Australia from 8am":
            # the one time in each, hours apart and worded apart, are two moments.
            continue
        if (
            timed_a[i]
            and timed_b[j]
            and gap(i, j)
            and measure_score(a.figures[i], b.figures[j]) <= NO_SHARED_WORD
        ):
            continue  # the winner's "1:44.32" and the runner-up's "took silver in 1:44.78"
        sure = by_value and specific_a[i] and specific_b[j]
        floor = max(min_score, ALONE_SPECIFIC_SCORE) if sure else min_score
        if scores.get((i, j), 0.0) < floor:
            scores[i, j] = floor
    for i, j, minutes in _one_happening_timed(a.figures, b.figures):
        # "The main … broke shortly after 4:30 a.m." and "The pipe ruptured around 6:30 a.m.":
        # the one time each article gives one happening, by its own words, is one moment.
        if (
            (i, j) not in scores
            and minutes <= CLOCK_ALONE_REACH
            and periods_compatible(a.figures[i].period, b.figures[j].period)
            and same_place(i, j)
            and not never_one_fact(i, j)
        ):
            scores[i, j] = min_score
    if text_a is not None and text_b is not None:
        values_a = _sentence_values(a)
        values_b = _sentence_values(b)
        for (i, j), alike in _alike_sentences(a, b, text_a, text_b).items():
            if not same_place(i, j):
                continue  # "Welsh prices were up 5.4%" reads like "Prices were 3.2% higher"
            if (
                a.figures[i].kind is FigureKind.COUNT
                and gap(i, j) > SAME_VALUE
                and (
                    _told_beside(a.figures[i], center_a[i], b.figures[j].sentence.start, values_b)
                    or _told_beside(
                        b.figures[j], center_b[j], a.figures[i].sentence.start, values_a
                    )
                )
            ):
                # "Nine were taken to a hospital" reads like "Nine of the survivors were taken
                # to hospital, where two were in a serious condition": the nine are there,
                # counted under another word, and the two are not them.
                continue
            if previous_a[i] != previous_b[j] or basis_apart(i, j):
                continue  # "down from €663 million" reads like "a profit after tax of €612m"
            if spans_unlike(i, j):
                continue  # "rose 1.4% over the month" reads like "rose 10.6% over the year"
            score = alike - SENTENCE_DISCOUNT
            if score > scores.get((i, j), 0.0) and score >= min_score:
                scores[i, j] = score
    for i, j in _bare_dollars_priced_alike(a.figures, b.figures):
        if same_place(i, j):
            scores[i, j] = 100.0
    for i, j in _same_ranges(a.figures, b.figures):
        # "£18m-£25m" in both is one estimate, whatever else the other's words fit: the
        # painting's, not the whole sale's £95m-£134m "pre-sale estimate".
        if (
            same_place(i, j)
            and periods_compatible(a.figures[i].period, b.figures[j].period)
            and not spans_apart(i, j)
        ):
            scores[i, j] = 100.0

    def told_alike(i: int, j: int) -> bool:
        """Whether the period, the span, their own words, and before and after all allow two
        figures to be one fact."""
        return (
            periods_compatible(a.figures[i].period, b.figures[j].period)
            and not spans_unlike(i, j)
            and not never_one_fact(i, j)
            and previous_a[i] == previous_b[j]
        )

    def may_be_one_fact(i: int, j: int) -> bool:
        """Whether nothing but their words keeps two figures apart: `told_alike`, in one
        place and on one basis."""
        return same_place(i, j) and told_alike(i, j) and not basis_apart(i, j)

    for i, j in _in_one_thing(a.figures, b.figures, text_a, text_b):
        if gap(i, j) <= IN_WHAT_APART and may_be_one_fact(i, j) and min_score <= IN_WHAT_SCORE:
            scores[i, j] = max(scores.get((i, j), 0.0), IN_WHAT_SCORE)
    for i, j in _slips_told_alike(a.figures, b.figures, text_a, text_b):
        # "has received £580 million in government loans and grants since 2016" and "£580
        # billion in state loans and grants since 2016": one figure, its scale word misprinted,
        # however little the measures' words share. A sum only one calls one is no basis of
        # its own here: the same digits are no part of it ("transactions worth a combined €1.9
        # billion", "transactions worth €1.9 million").
        if (
            same_place(i, j)
            and told_alike(i, j)
            and (
                not basis_apart(i, j)
                or _basis(_unsummed(a.figures[i])) == _basis(_unsummed(b.figures[j]))
            )
            and min_score <= SLIP_TOLD_ALIKE_SCORE
        ):
            scores[i, j] = max(scores.get((i, j), 0.0), SLIP_TOLD_ALIKE_SCORE)
    for i, j in _lone_swings(a.figures, b.figures, text_a, text_b):
        # "a swing of 12.4 percentage points from the Conservatives" and "The swing from the
        # Conservatives … was 12.9 per cent": the one swing each article tells, in points or
        # per cent alike.
        if (
            gap(i, j) < FAR_APART
            and same_place(i, j)
            and periods_compatible(a.figures[i].period, b.figures[j].period)
            and not never_one_fact(i, j)
            and min_score <= SWING_SCORE
        ):
            scores[i, j] = max(scores.get((i, j), 0.0), SWING_SCORE)
            # Nor is a swing any other figure: "when the SNP took 44.1% of the vote" is no swing.
            for pair in [pair for pair in scores if (pair[0] == i) != (pair[1] == j)]:
                del scores[pair]
    for i, j in _headline_sums(a.figures, b.figures, text_a, text_b):
        # "Corveth to buy Lumenlace for $4.2 billion" over a lede that prices the deal, and
        # "with $4.7 billion Lumenlace takeover" over one that does too: the one sum each
        # headline tells, repeated in its lede, is the story's, however the ledes word it.
        if gap(i, j) <= HEADLINE_APART and may_be_one_fact(i, j) and min_score <= HEADLINE_SCORE:
            scores[i, j] = max(scores.get((i, j), 0.0), HEADLINE_SCORE)
    for i, j in _lone_longest(a.figures, b.figures):
        # "some of them for as long as 14 hours" and "in the hardest-hit parts of the Atacama
        # region the lights stayed off for up to 16 hours": the longest each tells, where the
        # one says where it was and the other not.
        if gap(i, j) <= LONGEST_APART and told_alike(i, j) and min_score <= LONGEST_SCORE:
            scores[i, j] = max(scores.get((i, j), 0.0), LONGEST_SCORE)
    for i, j in _lone_fines(a.figures, b.figures, text_a, text_b):
        # "People who break the rules face fines of up to £1,000" and "Anyone caught flouting
        # the ban could be fined up to £100": the one maximum fine each tells, ten times apart.
        if same_place(i, j) and not never_one_fact(i, j) and min_score <= LONGEST_SCORE:
            scores[i, j] = max(scores.get((i, j), 0.0), LONGEST_SCORE)
    for i, j in _keyed_alike(a.figures, b.figures, words_a, words_b, text_a, text_b):
        # "cut the sugar households buy from those drinks by 34%" and "reduced the sugar
        # families buy in fizzy drinks by 29 per cent": the one share each tells of what its
        # words name, the other's words name too, however else each words it. A zero slipped
        # is one sum ("$45 million … to modernize irrigation", "US$450 million to upgrade
        # irrigation canals").
        if (
            not any(score >= min_score and (k == i or m == j) for (k, m), score in scores.items())
            and (gap(i, j) < FAR_APART or decimal_slip(a.figures[i], b.figures[j]))
            # A share of a whole is no change: "3.8% of the population" is no "population
            # swelled by 8.6 per cent".
            and not (share_a[i] != share_b[j] and (moved_b[j] if share_a[i] else moved_a[i]))
            and may_be_one_fact(i, j)
            and min_score <= KEYED_ALIKE_SCORE
        ):
            scores[i, j] = max(scores.get((i, j), 0.0), KEYED_ALIKE_SCORE)
    for i, j in _years_of_alike(a.figures, b.figures):
        # "The line opened in 1962" and "The line, built in 1962": the one year each article
        # dates the thing by, the same year, whichever milestone each names.
        if may_be_one_fact(i, j):
            scores[i, j] = max(scores.get((i, j), 0.0), KEYED_ALIKE_SCORE)
    bans_cut, bans_cut_apart = _bans_cut(a.figures, b.figures, text_a, text_b)
    for pair in bans_cut:
        # "cut his two-year ban to 15 months" and "had been handed a 24-month suspension. The
        # panel reduced that to a year and a half": one ban, in years or months, and what it
        # was cut to.
        if may_be_one_fact(*pair):
            scores[pair] = max(scores.get(pair, 0.0), KEYED_ALIKE_SCORE)
    ranges_a, ranges_b = _ranges_left(a.figures, b.figures)
    one_end: list[tuple[int, int]] = []

    def one_range_may_join(i: int, j: int) -> bool:
        """What two ranges told as one with an end moved or mistyped must share: their place,
        period, span, earlier level and basis, near enough in their articles."""
        return (
            gap(i, j) < FAR_APART
            and same_place(i, j)
            and _range_periods_compatible(a.figures[i].period, b.figures[j].period)
            and not spans_apart(i, j)
            and previous_a[i] == previous_b[j]
            and not basis_apart(i, j)
            and min_score <= ONE_END_SCORE
        )

    for i, j in _one_end_ranges(a.figures, b.figures):
        # "emissions had fallen by between 8 and 11 per cent" and "its CO2 output had fallen by
        # only between 8 and 13%": one range, an end moved. Their measures must share a word of
        # what they measure, or a movement when each is its article's only range of the unit:
        # "prices rose by between 10 and 15 per cent" is not the "wages rose between 10 and 12%"
        # of an article that also gives prices' range.
        unit = a.figures[i].unit
        if (
            (
                _RANGE_NOUN.get(unit, unit) == _RANGE_NOUN.get(b.figures[j].unit, b.figures[j].unit)
                and _share_a_word(
                    " ".join(w for w in words_a[i] if w not in _MARKERS),
                    " ".join(w for w in words_b[j] if w not in _MARKERS),
                )
            )
            or (
                not MOVEMENT.isdisjoint(set(words_a[i]) & set(words_b[j]))
                and ranges_a.get(unit) == ranges_b.get(unit) == 1
                and unit == b.figures[j].unit
            )
            # Or, each its article's only range of the unit, in sentences that share
            # words of their own: "vacancy rates of between 8% and 14% in the country's
            # largest hospitals" and "between 8% and 19% of nursing posts are vacant at the
            # country's largest hospitals".
            or (
                ranges_a.get(unit) == ranges_b.get(unit) == 1
                and unit == b.figures[j].unit
                and (
                    _sentences_share(a.figures[i], b.figures[j], text_a, text_b)
                    or _both_forecast(a.figures[i], b.figures[j], text_a, text_b)
                    # Or one naming nothing but its unit ("Between 3,000 and 4,500
                    # people were ordered out"): no word of its own tells them apart.
                    or _unit_only(a.figures[i])
                    or _unit_only(b.figures[j])
                    # Or the end they share is specific: "a haul appraisers value at $18
                    # million to $25 million" and "appraised at between $18 million and
                    # $35 million" are one appraisal, however each article's words came out,
                    # so long as each names what the other measures ("coins", "appraised"):
                    # "$25 million" may start a portrait's estimate and its guarantee too.
                    or (
                        _specific_end_shared(a.figures[i], b.figures[j])
                        and _measures_named_across(
                            a.figures[i], b.figures[j], words_a[i], words_b[j], text_a, text_b
                        )
                    )
                )
            )
            # Or ranges of people in two nouns of one headcount (see `_one_headcount`), each
            # its article's only range of people, whose measures share a word or a compound's
            # head ("between 80 and 100 passengers" on the Supertram, "between 80 and 120
            # people on board" the tram), or whose sentences share words of their own
            # ("between 150 and 200 supporters spilled on to the pitch from the away section",
            # "between 150 and 250 fans came onto the field from the away section").
            or (
                unit != b.figures[j].unit
                and _one_headcount(unit, b.figures[j].unit)
                and ranges_a.get(_HEADCOUNT_KEY) == ranges_b.get(_HEADCOUNT_KEY) == 1
                and (
                    _share_a_word(
                        " ".join(w for w in words_a[i] if w not in _MARKERS),
                        " ".join(w for w in words_b[j] if w not in _MARKERS),
                    )
                    or _compound_head_shared(
                        [w for w in words_a[i] if w not in _MARKERS],
                        [w for w in words_b[j] if w not in _MARKERS],
                    )
                    or _sentences_share(a.figures[i], b.figures[j], text_a, text_b)
                )
            )
        ) and one_range_may_join(i, j):
            scores[i, j] = max(scores.get((i, j), 0.0), ONE_END_SCORE)
            one_end.append((i, j))
    for i, j in _end_swapped_ranges(a.figures, b.figures):
        # "employ between 3,000 and 4,500 workers at its peak" and "3,000 to 5,400 people will
        # work on the site": one end alike, the other's digits swapped, is one range mistyped,
        # however each names the headcount, so long as each names what the other measures
        # ("construction", "work"): "aged 18 to 65" and "aged 18 to 56" may be two groups.
        if (
            (i, j) not in one_end
            and _measures_named_across(
                a.figures[i], b.figures[j], words_a[i], words_b[j], text_a, text_b
            )
            and one_range_may_join(i, j)
        ):
            scores[i, j] = max(scores.get((i, j), 0.0), ONE_END_SCORE)
            one_end.append((i, j))
    # Two ranges with one end alike are each other's: neither is a single amount the other
    # article tells, however its words fit ("had predicted a domestic launch of between $120
    # million and $150 million" is not "IMAX screens, which contributed $21.5 million of the
    # domestic total", when the other gives "a domestic opening of between $120 million and
    # $135 million").
    if one_end:
        # Each figure's pairs looked up, not all pairs gone through for each range.
        of_a: dict[int, list[tuple[int, int]]] = {}
        of_b: dict[int, list[tuple[int, int]]] = {}
        for pair in scores:
            of_a.setdefault(pair[0], []).append(pair)
            of_b.setdefault(pair[1], []).append(pair)
        for i, j in one_end:
            for pair in [*of_a.get(i, ()), *of_b.get(j, ())]:
                if (
                    pair in scores
                    and (pair[0] == i) != (pair[1] == j)
                    and a.figures[pair[0]].kind is not b.figures[pair[1]].kind
                ):
                    del scores[pair]
    for i, j in _lone_durations(a.figures, b.figures, printed_unit_a, printed_unit_b):
        # "the first of five days of action planned over the next month" and "will be seven
        # days of industrial action over the coming month": the one span of days in each,
        # of one thing their measures name; or one naming nothing but its unit ("The company
        # has 60 days to comply" against "must end the practices within 90 days"): no word of
        # its own tells them apart.
        if (
            (
                _share_a_word(
                    " ".join(w for w in words_a[i] if w not in _MARKERS),
                    " ".join(w for w in words_b[j] if w not in _MARKERS),
                )
                or _unit_only(a.figures[i])
                or _unit_only(b.figures[j])
                # Or one whose measure the other's sentence names, however the other's
                # measure came out: "The air quality alert, first issued on Thursday, was
                # extended by 48 hours" and "State officials extended the air quality alert,
                # first put in place on Thursday, by 36 hours".
                or _measure_named_in(words_a[i], b.figures[j], text_b)
                or _measure_named_in(words_b[j], a.figures[i], text_a)
                # Or each led in by the same words: "the job cuts would be carried out over
                # the next six months" and "The layoffs will roll out over the next nine
                # months" give one plan's span, however each names what is spread over it.
                or _led_in_alike(a.figures[i], b.figures[j], text_a, text_b)
            )
            and gap(i, j) < FAR_APART
            and same_place(i, j)
            and told_alike(i, j)
            and min_score <= LONE_DURATION_SCORE
        ):
            scores[i, j] = max(scores.get((i, j), 0.0), LONE_DURATION_SCORE)

    for pair in bans_cut_apart:
        # "had a five-year ban reduced to 14 months" is another's ban cut, however alone the
        # span: not what "a three-year ban" was cut to.
        scores.pop(pair, None)
    echo_a, echo_b = _echoes(a.figures, b.figures, scores, gap)

    def echoed(i: int, j: int) -> bool:
        """Whether one of two figures of different values repeats an agreed one (see
        `_echoes`) whose agreeing figure is not the other."""
        return (
            (j in echo_b and i not in echo_b[j]) or (i in echo_a and j not in echo_a[i])
        ) and gap(i, j) > SAME_VALUE

    for pair in [pair for pair in scores if echoed(*pair)]:
        del scores[pair]

    # Whatever scored them, never one fact: patients in two conditions ("two of them in serious
    # condition", "one in a critical condition"), values five orders of magnitude apart ("$2.07
    # a share", "$650 million"). Checked on the pairs scored only, not on every pair weighed.
    restated_a = _restated(a, printed_unit_a, set(printed_unit_b))
    restated_b = _restated(b, printed_unit_b, set(printed_unit_a))
    for i, j in list(scores):
        size_a, size_b = size_of_a[i], size_of_b[j]
        if i in restated_a or j in restated_b:
            del scores[i, j]  # the figure it converts stands for it
            continue
        if (i, j) not in cleared and never_one_fact(i, j):
            # However alike their sentences read: "The evacuation order … was issued at 6.37am"
            # and "… was lifted at 4.15pm".
            del scores[i, j]
            continue
        if (condition_a[i] and condition_b[j] and condition_a[i] != condition_b[j]) or (
            size_a
            and size_b
            and (size_a > size_b * MAGNITUDES_APART or size_b > size_a * MAGNITUDES_APART)
        ):
            del scores[i, j]

    # Pairs their sentences tell apart: a count with its own verb elsewhere in the other's
    # sentence, a quarter's figure and the full year's, a rival's, changes of two levels.
    is_apart = (
        apart_test(a.figures, b.figures, text_a, text_b)
        if text_a is not None and text_b is not None
        else None
    )
    for pair in [pair for pair in scores if is_apart is not None and is_apart(*pair)]:
        del scores[pair]

    @cache
    def told_apart_pair(i: int, j: int) -> bool:
        """Any pair, for the pairs parallel sentences put side by side unscored (see
        `may_pair`): asked of those only, not of every pair of two long articles."""
        return is_apart is not None and is_apart(i, j)

    for i, j, k, m in _told_at_its_value(a.figures, b.figures, words_a, words_b, scores, gap):
        del scores[i, j]
        if (
            (k, m) not in scores
            and same_place(k, m)
            and periods_compatible(a.figures[k].period, b.figures[m].period)
            and not never_one_fact(k, m)
        ):
            scores[k, m] = min_score

    converted_a = [_exchanged(figure) for figure in a.figures]
    converted_b = [_exchanged(figure) for figure in b.figures]

    def candidates() -> list[tuple[float, int, int]]:
        """The scored pairs, but an amount exchanged in brackets only at the same value: it
        depends on the rate and the currency an outlet chose ("2.3 billion pesos ($40
        million)" in a US paper, "(about $61 million)" in an Australian one), so it
        corroborates and conflicts with nothing. Units convert at one rate: "9,000 feet
        (2,750 meters)" is checked as any figure."""
        return [
            (score, i, j)
            for (i, j), score in scores.items()
            if not (converted_a[i] or converted_b[j])
            or gap(i, j) <= SAME_VALUE
            or _rounded_alike(a.figures[i], b.figures[j])
        ]

    value_keys = ([_value_key(f) for f in a.figures], [_value_key(f) for f in b.figures])

    def assigned() -> list[tuple[float, int, int]]:
        pairs = candidates()
        chosen = _uncrossed(one_to_one(pairs, gap), scores, gap, value_keys)
        return _traded_for_agreement(chosen, pairs, gap)

    chosen = assigned()

    def may_pair(i: int, j: int) -> bool:
        """Whether two figures that parallel sentences put side by side are one fact: with
        no word of their measures in common, only if their values are close ("net income of
        $7.9 billion" and "estimates of $25.6 billion" are not), or if they are times of day
        (the one time in each of two parallel sentences is of one moment)."""
        period_a, period_b = a.figures[i].period, b.figures[j].period
        return (
            (periods_compatible(period_a, period_b) or _full_year_to_a_month(period_a, period_b))
            and same_place(i, j)
            and not never_one_fact(i, j)
            and not echoed(i, j)
            and not told_apart_pair(i, j)
            and previous_a[i] == previous_b[j]
            and not spans_unlike(i, j)
            and (
                gap(i, j) <= CLOSE_VALUE
                or (
                    gap(i, j) <= ANCHOR_WORDED_GAP
                    and (
                        _alike_beside(words_a[i], words_b[j])
                        # A count's own noun says what it counts, as a measure's word does:
                        # "would benefit about 184,000 workers", "Roughly 164,000 employees".
                        or _counted_in_own_noun(a.figures[i])
                    )
                )
                # Each told of the anchor right after it: one change of one amount, however
                # far apart ("a record $75.2 million, up 15% on last year", "just over $75m,
                # 25% more than in 2025").
                or (restated_a[i], restated_b[j]) in anchor_set
                # Each the span the anchor is spread over, right after it: "agreed to pay
                # $7.42 billion over 12 years", "agreed to pay roughly $7.4 billion, spread
                # across 15 years".
                or (spread_a[i], spread_b[j]) in anchor_set
                # The same number a scale word apart, in sentences another pair ties: one
                # figure misprinted ("the direct cost to employers at €310 million a year, or
                # about €1.27 billion over four years" and "an extra wage bill of €310 billion a
                # year, … nearly €1.3 billion over four years").
                or scale_slip(a.figures[i], b.figures[j])
                # Or its digits in another order, specific: one count mistyped ("enrolled 4,318
                # adults in eleven countries", "followed 4,813 participants in 11 countries").
                # Four digits, or measures that share a word: an operating margin of "15.3%"
                # is not the shares' "13.5%" jump beside one revenue both give.
                or (
                    specific_a[i]
                    and specific_b[j]
                    and digits_swapped(*printed(i, j))
                    and (
                        min(_significant_digits(a.figures[i]), _significant_digits(b.figures[j]))
                        >= SWAP_SURE_DIGITS
                        or _share_a_word(
                            " ".join(w for w in words_a[i] if w not in _MARKERS),
                            " ".join(w for w in words_b[j] if w not in _MARKERS),
                        )
                    )
                )
                # Each the level a change reached from an anchored level it left: "raised its
                # estimate for growth this year to 2.6% from 2.4%" and "raised its 2025 growth
                # forecast to 2.9 percent from 2.4 percent". From one level printed alike,
                # however far apart, short of another order of size: "cut the subsidy to
                # $900,000 from $2.4 million" and "cuts the grant from $2.4m to $600,000".
                # Never two changes that went opposite ways ("falling to $1.50 from $2.75" off
                # peak, "rise from $2.75 to $4.00" at peak), nor two stages of a plan whose
                # periods differ ("to £1.8 million from £2.4 million next year", "from £2.4
                # million to £900,000 by 2027").
                or (
                    from_a[i] is not None
                    and (from_a[i], from_b[j]) in anchor_set
                    and (
                        gap(i, j) <= ANCHOR_WORDED_GAP
                        or (
                            gap(i, j) <= NEW_LEVELS_GAP
                            and gap(from_a[i], from_b[j]) <= SAME_VALUE
                            and a.figures[i].period == b.figures[j].period
                            and (center_a[i] > center_a[from_a[i]])
                            == (center_b[j] > center_b[from_b[j]])
                        )
                    )
                )
                if not clock_a[i]
                else abs(center_a[i] - center_b[j]) <= CLOCK_ANCHOR_REACH
            )
        )

    restated_a, restated_b = _restating(a.figures, text_a), _restating(b.figures, text_b)
    spread_a, spread_b = _spread_over(a.figures, text_a), _spread_over(b.figures, text_b)
    from_a, from_b = _moved_from(a.figures, text_a), _moved_from(b.figures, text_b)
    compared_a = _compared_with(a.figures, text_a)
    compared_b = _compared_with(b.figures, text_b)
    # A level each article restates as a change right after it anchors too, its values close:
    # "1.35 million tonnes, down 28% from …" and "about 1.4 million tonnes, 23% less than last
    # season" are one crop and its one fall.
    with_change_a = {k for k in restated_a if k is not None}
    with_change_b = {k for k in restated_b if k is not None}
    anchors = [
        (i, j) for score, i, j in chosen
        if score >= ANCHOR_SCORE
        or gap(i, j) <= SAME_VALUE
        or (i in with_change_a and j in with_change_b and gap(i, j) <= CLOSE_VALUE)
    ]  # fmt: skip
    anchor_set = set(anchors)
    anchored = _anchored(a.figures, b.figures, anchors, may_pair)

    # The changes two anchored levels are restated as, each right after its level, however
    # many other figures of their unit the sentences hold: "Ivory Coast, which grows about 40%
    # of the world's cocoa, expects 1.35 million tonnes, down 28%" and "about 1.4 million
    # tonnes, 23% less than last season".
    def through_anchors(
        linked_a: list[int | None], linked_b: list[int | None]
    ) -> list[tuple[int, int]]:
        """The pairs of figures of one unit whose linked figures (by index) are anchored."""
        return [
            (k, m)
            for k, of_a in enumerate(linked_a)
            if of_a is not None
            for m, of_b in enumerate(linked_b)
            if (of_a, of_b) in anchor_set
            and _unit_key(a.figures[k]) == _unit_key(b.figures[m])
            and (k, m) not in anchored
            and may_pair(k, m)
        ]

    anchored += through_anchors(restated_a, restated_b)
    # The levels two anchored earlier levels moved to, however many other figures their
    # sentences hold (see `_moved_from`).
    anchored += through_anchors(from_a, from_b)
    # The spans two anchored amounts are spread over pair with each other, however far apart,
    # and with nothing else: "£320 million over two years" is not "Some patients have waited
    # more than two years" when the other article gives "£320 million … over three years".
    spread = through_anchors(spread_a, spread_b) + [
        (i, j)
        for i, j in anchored
        if spread_a[i] is not None and (spread_a[i], spread_b[j]) in anchor_set
    ]
    anchored += [pair for pair in spread if pair not in anchored]
    # The baselines two anchored figures are set against pair with each other and with nothing
    # else: "8.4% of treated patients versus 2.1% on placebo" and "8.4% …, compared with 2.1% in
    # the placebo arm" give one placebo rate, not the other's placebo rate of another outcome.
    compared = through_anchors(compared_a, compared_b)
    anchored += [pair for pair in compared if pair not in anchored]
    spread += compared
    spread_of_a, spread_of_b = {i for i, _ in spread}, {j for _, j in spread}
    for i, j in [
        (i, j) for i, j in scores if (i in spread_of_a or j in spread_of_b) and (i, j) not in spread
    ]:
        del scores[i, j]
    if anchored:
        for i, j in anchored:
            scores[i, j] = max(scores.get((i, j), 0.0), ANCHORED_SCORE)
        chosen = assigned()
    # Changes of two levels, once the levels are paired (see `changes_of_other_levels`).
    crossed = changes_of_other_levels(a.figures, b.figures, text_a, text_b, chosen)
    if crossed:
        for pair in crossed:
            del scores[pair]
        chosen = assigned()
    return [
        FigureMatch(a=a.figures[i].id, b=b.figures[j].id, score=round(score, 1))
        for score, i, j in sorted(chosen, key=lambda pair: pair[1:])
    ]


def _unless_misprinted(
    apart: Callable[[int, int], bool],
    a: list[Figure],
    b: list[Figure],
) -> Callable[[int, int], bool]:
    """``apart``, but never for two values one misprinted as the other ("$2.3 million" and
    "$3.2 million", "1,432" and "1,342", "£85m" and "£85bn"): however unlike their words,
    such a pair is more likely one fact misprinted than two facts."""

    def told(i: int, j: int) -> bool:
        # ``apart`` first: it is memoised and mostly false, the misprint checks are not.
        if not apart(i, j):
            return False
        fig_a, fig_b = a[i], b[j]
        return (
            fig_a.value is None
            or fig_b.value is None
            or not (
                digits_swapped(fig_a, fig_b)
                or adjacent_swap(fig_a, fig_b)
                or scale_slip(fig_a, fig_b, min_digits=1)
                or decimal_slip(fig_a, fig_b)
            )
        )

    return told


# A sentence that calls back to a place the one before it named: "Toronto remained the weak
# spot. Actual starts in the city fell 38%".
_PLACE_CALLED_BACK = re.compile(
    r"\b(?:the|that|this)\s+(?:city|state|province|region|county|territory)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘A-Z])|\n")
# A sentence opening on the change the sentence before told, named by the definite article:
# "Tuition fees in England will rise to £10,050. The 6.8% increase, announced on Tuesday, …"
# is England's rise, as "the city" is the city named before.
_CHANGE_CALLED_BACK = re.compile(
    r"(?:The|This|That)\s+[^\s,;]+\s+(?:increase|rise|hike|cut|fall|drop|decline|reduction)\b"
)


def _region_in_measure(figure: Figure, region: str | None) -> bool:
    """Whether a region's name is among the words of what the figure measures."""
    if region is None:
        return False
    words = region.casefold().removeprefix("the ").split()
    return all(word in figure.measure for word in words)


def _region_named_for(figure: Figure, text: str | None, region: str, cities: bool) -> bool:
    """Whether a figure its clause places nowhere is of ``region`` all the same, in an article
    that sets no figure of the nation beside its parts: its sentence names the region after it
    ("At least 17 people were killed when an express hit a goods train in eastern India's
    Odisha state" is the toll of "crashed … in Odisha, killing at least 15 people"), or calls
    back to a place the sentence before it names (see `_PLACE_CALLED_BACK`)."""
    if text is None:
        return False
    if region in regions_in(text[figure.span.end : figure.sentence.end], cities):
        return True
    if not (
        _PLACE_CALLED_BACK.search(text, figure.sentence.start, figure.span.start)
        or _CHANGE_CALLED_BACK.match(text[figure.sentence.start : figure.span.end + 20])
    ):
        return False
    before = text[max(0, figure.sentence.start - 400) : figure.sentence.start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1))]
    return region in regions_in(before[ends[-1] if ends else 0 :], cities)


def _echoes(
    a: list[Figure],
    b: list[Figure],
    scores: dict[tuple[int, int], float],
    gap: Callable[[int, int], float],
) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """The figures that repeat one of their article's own, which the other article agrees with
    at the same value, each with the figures of the other article that agree: an analyst's "A
    7.8 per cent return in a year like this …" repeats the fund's "7.8 per cent net return
    for 2024", which the other article's "7.8%" agrees with. Set against that article's "7.7%
    return" of another fund, it would only set the other article against itself. A repeat
    says no more of what it measures than the figure it repeats (its measure's words are
    among that one's)."""
    # Each figure's agreeing figures of the other article first, then each repeat of it: a
    # pass over the pairs and one over each value's figures (repeated paragraphs give many of
    # one value: going through them for every pair was quadratic).
    agreed_a: dict[int, set[int]] = {}
    agreed_b: dict[int, set[int]] = {}
    for (i, j), score in scores.items():
        if score < ANCHOR_SCORE or gap(i, j) > SAME_VALUE:
            continue
        agreed_a.setdefault(i, set()).add(j)
        agreed_b.setdefault(j, set()).add(i)
    echoes: list[dict[int, set[int]]] = []
    for figures, agreed in ((a, agreed_a), (b, agreed_b)):
        by_value: dict[tuple[Decimal, str], list[int]] = {}
        for index, figure in enumerate(figures):
            if figure.value is not None:
                by_value.setdefault((figure.value, figure.unit), []).append(index)
        echo: dict[int, set[int]] = {}
        for group in by_value.values():
            # The agreeing figures of the group's figures, by their measure: one union for
            # all the figures of a measure (repeated paragraphs print many alike).
            sources: dict[frozenset[str], tuple[list[int], set[int]]] = {}
            for index in group:
                if index in agreed:
                    members, union = sources.setdefault(
                        frozenset(figures[index].measure), ([], set())
                    )
                    members.append(index)
                    union.update(agreed[index])
            if not sources:
                continue
            for k in group:
                measure = frozenset(figures[k].measure)
                if not measure:
                    continue
                # A figure's own agreeing figures are of its value: adding them changes no
                # answer of `echoed`, which asks of figures of another value only.
                found = [
                    union
                    for words, (members, union) in sources.items()
                    if measure <= words and (len(members) > 1 or members[0] != k)
                ]
                if len(found) == 1:
                    echo[k] = found[0]
                elif found:
                    echo[k] = set().union(*found)
        echoes.append(echo)
    return echoes[0], echoes[1]


# How much less than the crossed pairs the straight ones may score together (see `_uncrossed`).
UNCROSS_MARGIN = 10.0


def _uncrossed(
    chosen: list[tuple[float, int, int]],
    scores: dict[tuple[int, int], float],
    gap: Callable[[int, int], float],
    keys: tuple[list[tuple[str, str, float]], list[tuple[str, str, float]]],
) -> list[tuple[float, int, int]]:
    """``chosen`` with each two pairs whose values cross over (a's first is b's second, a's
    second b's first, each pair's own two apart) paired straight, when the straight pairs are
    candidates scoring together within `UNCROSS_MARGIN` of the crossed: "spent 9 hours 40
    minutes on court …, compared with almost 14 hours for Marchetti" against "spending almost
    14 hours on court, against Brandt's 9 hours 40 minutes" are two agreements, not two
    conflicts of one measure worded alike."""
    keys_a, keys_b = keys
    by_b = {j: (score, i) for score, i, j in chosen}
    result = {i: (score, j) for score, i, j in chosen}
    # The chosen b figures by value (see `_value_key`): a pass over the pairs, not over every
    # two of them.
    valued: dict[tuple[str, str, float], list[int]] = {}
    for _, _, j in chosen:
        valued.setdefault(keys_b[j], []).append(j)
    for score, i, j in chosen:
        if result.get(i, (None, None))[1] != j or gap(i, j) <= SAME_VALUE:
            continue
        for m in valued.get(keys_a[i], ()):
            other_score, k = by_b[m]
            if k == i or result.get(k, (None, None))[1] != m or gap(k, m) <= SAME_VALUE:
                continue
            if gap(i, m) > SAME_VALUE or gap(k, j) > SAME_VALUE:
                continue
            straight_i, straight_k = scores.get((i, m)), scores.get((k, j))
            if straight_i is None or straight_k is None:
                continue
            if straight_i + straight_k + UNCROSS_MARGIN >= score + other_score:
                result[i], result[k] = (straight_i, m), (straight_k, j)
                by_b[m], by_b[j] = (straight_i, i), (straight_k, k)
                break
    return [(score, i, j) for i, (score, j) in result.items()]


def _traded_for_agreement(
    chosen: list[tuple[float, int, int]],
    candidates: list[tuple[float, int, int]],
    gap: Callable[[int, int], float],
) -> list[tuple[float, int, int]]:
    """``chosen`` with each pair whose values differ traded for two candidate pairs of its
    figures with two figures left unpaired, one of them of the same value, when the two score
    together at least as much: "tuition has risen by about 41 percent" and "a grant program
    … will reach roughly 38% of Westbrook State's students" pair on the university's name,
    leaving "will cover about 38 percent of its students" and "tuition has climbed roughly
    41%" apart; "Holding warming to 2C would require a cut of 35% by 2035" pairs with the
    1.5C goal's "would require emissions to fall … 55 per cent by 2035", leaving the 2C
    limit's "35 per cent cut" and a's 1.5C "57%" apart. A changed figure traded so is still
    compared, with the other partner."""
    used_a = {i for _, i, _ in chosen}
    used_b = {j for _, _, j in chosen}
    # From each paired figure to the unpaired ones it may pair with: (score, figure, same).
    open_of_a: dict[int, list[tuple[float, int, bool]]] = {}
    open_of_b: dict[int, list[tuple[float, int, bool]]] = {}
    for score, i, j in candidates:
        if i in used_a and j not in used_b:
            open_of_a.setdefault(i, []).append((score, j, gap(i, j) <= SAME_VALUE))
        elif j in used_b and i not in used_a:
            open_of_b.setdefault(j, []).append((score, i, gap(i, j) <= SAME_VALUE))
    if not open_of_a or not open_of_b:
        return chosen
    result = []
    for score, i, j in sorted(chosen, key=lambda pair: (-pair[0], pair[1], pair[2])):
        best = None
        if i in open_of_a and j in open_of_b and gap(i, j) > SAME_VALUE:
            best = max(
                (
                    (score_a + score_b, -other_j, -other_i, score_a, score_b)
                    for score_a, other_j, same_a in open_of_a[i]
                    if other_j not in used_b
                    for score_b, other_i, same_b in open_of_b[j]
                    if other_i not in used_a and (same_a or same_b)
                ),
                default=None,
            )
        if best is None or best[0] < score:
            result.append((score, i, j))
            continue
        _, other_j, other_i, score_a, score_b = best
        used_b.add(-other_j)
        used_a.add(-other_i)
        result += [(score_a, i, -other_j), (score_b, -other_i, j)]
    return result


# What a company's results are of, and what its stock is: a share price's move is never one.
# Nor is a country's or a port's trade either ("Exports rose 5.3%", "net profit climbed 9%"),
# though its exports are its sales abroad ("Scotch whisky exports rose 8.7%", "Overseas sales
# of Scotch whisky grew 9.7%"), as sales are results.
_RESULTS = frozenset("profit revenue sale earnings income ebitda turnover loss".split())
_SALES = frozenset(("revenue", "sale", "turnover"))
_STOCK = frozenset(("share", "stock"))
_TRADE = frozenset(("import", "export"))
_MOVED = {"stock": _STOCK, "results": _RESULTS, "trade": _TRADE}
_MOVED_ALIKE = frozenset((frozenset(("results", "sales")), frozenset(("sales", "trade"))))


def _stock_or_results(figure: Figure) -> str | None:
    """ "stock" for a move of a share price ("Lumen shares closed up 3.9 per cent"), "results"
    for a change in results ("a 12% rise in third-quarter net profit"), "sales" for one in
    sales alone, "trade" for one in imports or exports; None for none or more than one
    ("earnings per share")."""
    if figure.kind is not FigureKind.PERCENT:
        return None
    found = [name for name, words in _MOVED.items() if not words.isdisjoint(figure.measure)]
    if found == ["results"] and _RESULTS.intersection(figure.measure) <= _SALES:
        return "sales"
    return found[0] if len(found) == 1 else None


def _moved_apart(one: str | None, other: str | None) -> bool:
    """Whether two moves (see `_stock_or_results`) are of different things."""
    return (
        one is not None
        and other is not None
        and one != other
        and frozenset((one, other)) not in _MOVED_ALIKE
    )


# Currencies other outlets print with a bare "$": an Australian paper's "$27.9 billion" is
# another's "A$27.9 billion".
_DOLLARS = frozenset({"AUD", "CAD", "NZD", "SGD", "HKD"})
# Where each dollar is spent: an article set there prints it as a bare "$".
_DOLLAR_HOMES = {
    "CAD": re.compile(
        r"\b(?:Canada|Canadian|Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|"
        r"British Columbia|Alberta|Ontario|Quebec|Manitoba|Saskatchewan|Nova Scotia)\b|\bB\.C\."
    ),
    "AUD": re.compile(
        r"\b(?:Australia|Australian|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|"
        r"New South Wales|Queensland|Tasmania)\b"
    ),
    "NZD": re.compile(r"\b(?:New Zealand|Auckland|Wellington|Christchurch)\b"),
    "SGD": re.compile(r"\bSingapore\b"),
    "HKD": re.compile(r"\bHong Kong\b"),
}
# An article that speaks of the United States prints its own dollars bare as well.
_US_SETTING = re.compile(r"\b(?:United States|Washington|Wall Street|American)\b|\bU\.S\.")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")


def _bare_dollar(figure: Figure) -> bool:
    return figure.unit == "USD" and _BARE_DOLLAR.search(figure.text) is not None


# The US dollar named apart from the bare sign: "US$18.4 billion", "$US2.31 billion", "USD".
_US_DOLLAR_NAMED = re.compile(r"US\s?\$|\$\s?US(?![a-z])|\bUSD\b")


def _own_dollars(extraction: Extraction) -> list[bool]:
    """Which figures are a bare "$" amount in an article that names the US dollar apart
    ("Barrow Point struck a $27.9 billion (US$18.4 billion) deal"): the outlet's own dollar,
    which the article does not name, and never a US one."""
    figures = extraction.figures
    if not any(_US_DOLLAR_NAMED.search(figure.text) for figure in figures):
        return [False] * len(figures)
    return [
        _bare_dollar(figure) and _US_DOLLAR_NAMED.search(figure.text) is None for figure in figures
    ]


def _bare_dollars_priced_alike(a: list[Figure], b: list[Figure]) -> list[tuple[int, int]]:
    """Pairs of a bare "$" amount and the same amount in a named dollar (A$, C$…): the bare
    "$" is the outlet's own dollar, and the same specific value makes them one figure, where
    reading "$" as US dollars would set it against a conversion ("US$18.5 billion")."""
    pairs = []
    for bare_side, named_side, flip in ((a, b, False), (b, a, True)):
        named_by_value: dict[object, list[int]] = {}
        for k, figure in enumerate(named_side):
            if figure.unit in _DOLLARS and figure.value is not None:
                named_by_value.setdefault(figure.value, []).append(k)
        if not named_by_value:
            continue
        for k, bare in enumerate(bare_side):
            if not _bare_dollar(bare) or bare.value is None or not _specific(bare):
                continue
            for m in named_by_value.get(bare.value, ()):
                if periods_compatible(bare.period, named_side[m].period):
                    pairs.append((m, k) if flip else (k, m))
    return sorted(set(pairs))


_SAME_THING = 50.0


# What a figure's sentence says of its time: to come ("Staff will walk out on 18 days"), or
# in a year it names and not to come ("Staff walked out for 10 days in 2023"); two such
# figures are two facts, although a figure with no period pairs with one of any period.
_FUTURE, _DATED = "future", "dated"
# A figure of a year (or a month of it) at least `_YEARS_AGO` before the latest year the two
# articles name is of the past, no figure of the event both report; not one of a span from that
# year ("has sold more than 10 million pairs since its first model went on sale in 2019").
_PAST = "past"
_YEARS_AGO = 2
_PLAIN_YEAR = re.compile(r"(?:[A-Z][a-z]+ )?(?P<year>(?:19|20)\d\d)")
_YEAR_NAMED = re.compile(r"(?<![\d.])(?<!\d,)(?:19|20)\d\d(?!\d|[.,]\d)")
_SPAN_FROM_YEAR = re.compile(
    r"\b(?:since|from|between|over)\b(?:[^.;:]|\.(?=\d)){0,60}?\b(?:19|20)\d\d\b"
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|(?:is|are|was|were)\s+(?:set|due|expected|going)"
    r"\s+to|plans?\s+to|planned\s+to|aims?\s+to|expects?\s+to)\b|['’]ll\b",
    re.IGNORECASE,
)
_YEAR_IN_PERIOD = re.compile(r"\b(?:19|20)\d\d\b")
# A year a figure is due by is still to come: "a commitment to build 1,500 new mobile sites in
# regional areas by 2030".
_DEADLINE = re.compile(
    r"\b(?:by|until|till|through|before)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d\b"
)
_DEADLINE_REACH = 30  # characters before a year its "by (the end of) June" may start in
_FUTURE_REACH = 80  # characters before the figure its sentence's future may stand in


def _year_told_beside(a: Figure, b: Figure, text_a: str | None, text_b: str | None) -> bool:
    """Whether the sentence of the figure with no period names the year of the other's: "an
    investigation opened in June 2022 following complaints from 14 rival firms" is of that
    year as much as "an investigation that began in June 2022 after 11 competitors
    complained", though only the second is dated by the words that govern it."""
    if a.period is None:
        a, b, text_a, text_b = b, a, text_b, text_a
    year = _PLAIN_YEAR.fullmatch(a.period or "")
    if year is None or b.period is not None or text_b is None:
        return False
    return text_b.find(year.group("year"), b.sentence.start, b.sentence.end) != -1


def _latest_year(*texts: str | None, deadlines: bool = False) -> int | None:
    """The latest year the texts name: near enough the year they were written in. A year
    something is due by is still to come, and no year of the event: "the list will pass 16,000
    by 2027" does not make a price "reached … in 2024" a figure of years before. ``deadlines``:
    count those years too."""
    years = [
        int(year.group())
        for text in texts
        if text
        for year in _YEAR_NAMED.finditer(text)
        if deadlines or not _due_by(text, year.start())
    ]
    return max(years) if years else None


def _due_by(text: str, start: int) -> bool:
    """Whether the year printed at ``start`` is one something is due by (see `_DEADLINE`), or
    due in, its sentence's future told before it: "the first of the berths would open in
    2027", "The first new berth is due in 2027" are no year of the event either."""
    if any(
        match.end() == start + 4
        for match in _DEADLINE.finditer(text, max(0, start - _DEADLINE_REACH), start + 4)
    ):
        return True
    reach = max(0, start - _FUTURE_REACH)
    # Only the year's own sentence: a future told in the sentence before is of another thing.
    sentence_start = max(text.rfind(". ", reach, start), text.rfind("\n", reach, start)) + 1
    before = max(reach, sentence_start)
    return (
        _FUTURE_BEFORE.search(text, before, start) is not None
        or _DUE_IN.search(text, before, start) is not None
    )


# A year something is due in: "The first new berth is due in 2027".
_DUE_IN = re.compile(r"\bdue\s+(?:in\s+)?(?:[A-Z][a-z]+\s+)?$")


def _tenses(extraction: Extraction, text: str | None, latest: int | None) -> list[str | None]:
    """Each figure's `_FUTURE`, `_PAST` or `_DATED`, or None; all None without the text."""
    if text is None:
        return [None] * len(extraction.figures)
    tenses: list[str | None] = []
    for figure in extraction.figures:
        reach = max(figure.sentence.start, figure.span.start - _FUTURE_REACH)
        future = _FUTURE_BEFORE.search(text, reach, figure.span.start) is not None
        year = _PLAIN_YEAR.fullmatch(figure.period or "")
        if future and figure.period is None:
            tenses.append(_FUTURE)
        elif (
            not future
            and year is not None
            and latest is not None
            and int(year.group("year")) <= latest - _YEARS_AGO
            and not _SPAN_FROM_YEAR.search(text, figure.sentence.start, figure.sentence.end)
        ):
            tenses.append(_PAST)
        elif (
            not future
            and figure.period
            and _YEAR_IN_PERIOD.search(figure.period)
            and not _DEADLINE.search(text, figure.sentence.start, figure.sentence.end)
        ):
            tenses.append(_DATED)
        else:
            tenses.append(None)
    for index, figure in enumerate(extraction.figures):
        before = extraction.figures[index - 1] if index else None
        if (
            tenses[index] is None
            and figure.period is None
            and before is not None
            and tenses[index - 1] == _PAST
            and before.sentence == figure.sentence
            and _SAME_CLAUSE_GAP.fullmatch(text, before.span.end, figure.span.start)
            and not _present_between(text[before.span.end : figure.span.start])
        ):
            # "A government fund set up in 2020 shared £14.5m among 57 cathedrals": the count
            # the sum of years before was shared among is of then too, though the year, told
            # before the sum, governs the sum alone.
            tenses[index] = _PAST
    return tenses


# Between two figures of one clause, with no break and no word setting the second now.
_SAME_CLAUSE_GAP = re.compile(
    r"(?![^,;:()—–]*?\b(?:and|but|while|whereas|now|currently|today|this|next)\b)"
    r"[^,;:()—–.!?\d]{1,40}"
)
# Verbs that tell a thing as it is now, and the words that open a clause of its own verb.
_PRESENT_VERBS = frozenset(
    "is are has have does do remains remain stays stay holds hold still".split()
)
_RELATIVES = frozenset("that which who whose where".split())
_PAST_VERBS = frozenset(
    "was were had did held took made gave got put set cut shut won lost spent sold bought "
    "paid left kept ran".split()
)
_GAP_WORD = re.compile(r"[a-z][a-z’'-]*", re.IGNORECASE)


def _present_between(gap: str) -> bool:
    """Whether the words between a sum of years before and a count set the count now: "spent
    £4m on a burns unit that has 14 beds", "on a ward which houses 20 beds" (a relative
    clause whose verb is no past). "shared £14.5m among 57 cathedrals" is of then."""
    words = [word.casefold() for word in _GAP_WORD.findall(gap)]
    if _PRESENT_VERBS.intersection(words):
        return True
    for at, word in enumerate(words):
        if word in _RELATIVES and not any(
            later in _PAST_VERBS or (len(later) > 3 and later.endswith("ed"))
            for later in words[at + 1 :]
        ):
            return True
    return False


# A sentence that sets its figures at an occasion before the one the story is about: "In
# 2021, the last time the games came here, ...", "In the whole of 2022, the county recorded 41
# cases", "Last year's fair drew 900 exhibitors". Such a figure is another fact than one whose
# own sentence tells no time at all, the story's figure of now (see `_earlier_occasions`).
_EARLIER_OCCASION = re.compile(
    r"\b(?:19|20)\d\d,\s+the\s+(?:last|previous)\s+time\b"
    r"|\b(?:whole|entirety|all)\s+of\s+(?:19|20)\d\d\b"
    r"|\b(?:last|the\s+previous)\s+year['’]s\b",
    re.IGNORECASE,
)
# Words that set a figure's sentence in time, if only loosely: a figure with one may be told of
# the earlier occasion too ("who won here by 48 seconds when the race last came").
_TIME_TOLD = re.compile(
    r"\b(?:last|previous|earlier|ago|before|former|formerly|once|then|whole|annual|yearly)\b"
    r"|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# An opening phrase that sets an earlier occasion against the story's, not the story at it:
# "Unlike last year's race, which …, this year's drew 45,000", "Despite last year's slump,",
# "Building on last year's success,", "Having lost money in all of 2023,". Not "During" or "In".
_AGAINST_OPENING = re.compile(
    r"(?:unlike|despite|in\s+spite\s+of|after|following|since|like|compared\s+(?:with|to)"
    r"|as\s+against|against|(?!during\b)[a-z]+ing)\b",
    re.IGNORECASE,
)
# A relative clause on the opening phrase's noun goes on to the comma closing it.
_RELATIVE_AFTER_COMMA = re.compile(r",\s*(?:which|who|whose|when|where)\b", re.IGNORECASE)
# Words of the figure's own clause setting it now: "this year's race drew", "now employs".
_NOW_TOLD = re.compile(r"\b(?:now|currently|today|this\s+[a-z]+)\b", re.IGNORECASE)
# The earlier occasion's own figure, right after its noun ("Last year's turnout of 38,000"),
# and a clause of another after it ("was beaten as 41,000 fans packed the stadium").
_CUE_OWN_FIGURE = re.compile(
    r"\s*(?:[\w-]+\s+){1,2}(?:of|at|was|were|stood\s+at|reached|totall?ed)\s+", re.IGNORECASE
)
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:as|but|while|whereas|when|yet|though|although)\b|;", re.IGNORECASE
)


def _opening_phrase_end(text: str, start: int, end: int) -> int | None:
    """Where an opening phrase setting an earlier occasion against the story's ends (see
    `_AGAINST_OPENING`): at its comma, or past a relative clause on its noun, at that one's."""
    if not _AGAINST_OPENING.match(text, start):
        return None
    comma = text.find(",", start, end)
    if comma < 0:
        return None
    if _RELATIVE_AFTER_COMMA.match(text, comma):
        closing = text.find(",", comma + 1, end)
        return closing if closing > 0 else None
    return comma


# A sentence's opening words setting all of it at an earlier time: "Last year, 72 players were
# sold", "A year ago, the fund held ...", "In 2021, ..." (a year at least `_YEARS_AGO` before the
# latest the articles name: "In 2023, revenue rose" may be the story's year, told in 2024), "In
# the 2022-23 season he started 14 games" (a season over by the latest year named: the story's
# own is "this season").
_EARLIER_OPENING = re.compile(
    r"(?:last|the\s+previous)\s+(?:year|season),"
    r"|an?\s+(?:year|season)\s+(?:ago|earlier),"
    r"|in\s+(?P<year>(?:19|20)\d\d),"
    r"|in\s+(?:the\s+)?(?P<first>(?:19|20)\d\d)[-–/](?P<second>\d\d)(?:,|\s+season\b,?)",
    re.IGNORECASE,
)


def _earlier_opening(text: str, start: int, latest: int | None) -> re.Match[str] | None:
    """The sentence's opening words setting it at an earlier time (see `_EARLIER_OPENING`)."""
    opening = _EARLIER_OPENING.match(text, start)
    if opening is None:
        return None
    if opening.group("year") is not None:
        year = int(opening.group("year"))
        return opening if latest is not None and year <= latest - _YEARS_AGO else None
    if opening.group("first") is not None:
        first = int(opening.group("first"))
        if int(opening.group("second")) != (first + 1) % 100:
            return None  # "In 2019-2021": a span of years, no season
        return opening if latest is not None and first + 1 <= latest else None
    return opening


def _earlier_occasions(
    extraction: Extraction, text: str | None, latest: int | None = None, openings: bool = False
) -> list[bool]:
    """Whether each figure's sentence sets it at an earlier occasion (see `_EARLIER_OCCASION`)
    in words that open the sentence before any figure ("In 2019, the last time …, X won by 48
    seconds, while a 19-year-old Y …"); not words of a clause of its own after one ("about
    22,000 vehicles a day as of last year's count, and … 18 to 24 months"), nor of an opening
    phrase setting that occasion against the story's ("Despite last year's slump, the company
    now employs 4,200"), nor where the figure's clause tells it as now ("this year's race drew
    45,000") or follows a clause of the occasion's own figure ("Last year's turnout of 38,000
    was beaten as 41,000 fans packed the stadium"). Opening words set the whole sentence at an
    earlier time too, with ``openings`` (see `_earlier_opening`; ``latest``: the latest year
    the articles name)."""
    if text is None:
        return [False] * len(extraction.figures)
    earlier = []
    for figure in extraction.figures:
        start = figure.sentence.start
        cue = (_earlier_opening(text, start, latest) if openings else None) or (
            _EARLIER_OCCASION.search(text, start, figure.span.start)
        )
        if cue is None or cue.end() > figure.span.start:
            earlier.append(False)
            continue
        between = [
            other.span
            for other in extraction.figures
            if other.sentence.start == start and other.span.start < figure.span.start
        ]
        opening_end = _opening_phrase_end(text, start, figure.sentence.end)
        own_figure = next(
            (
                span
                for span in between
                if span.start > cue.end() and _CUE_OWN_FIGURE.fullmatch(text, cue.end(), span.start)
            ),
            None,
        )
        earlier.append(
            all(span.start > cue.end() for span in between)
            and not (opening_end is not None and cue.end() <= opening_end < figure.span.start)
            and not _NOW_TOLD.search(text, cue.end(), figure.span.start)
            and not (
                own_figure is not None
                and _ANOTHER_CLAUSE.search(text, own_figure.end, figure.span.start)
            )
        )
    return earlier


# A thing named by its year before a figure in its sentence: "A 2020 survey of the Brisbane
# River recorded", "the 2019 census counted", "Its 2022 report found".
_DATED_THING = re.compile(
    r"\b(?:an?|the|its|their|his|her|our)\s+(?P<year>(?:19|20)\d\d)\s+[a-z]", re.IGNORECASE
)


def _dated_things(extraction: Extraction, text: str | None) -> list[str | None]:
    """For each figure, the one year its sentence names a thing by before it (see
    `_DATED_THING`): the survey, census or report the figure is of; None where it names no
    such year, or two."""
    if text is None:
        return [None] * len(extraction.figures)
    found: list[str | None] = []
    for figure in extraction.figures:
        years = {
            match.group("year")
            for match in _DATED_THING.finditer(text, figure.sentence.start, figure.span.start)
        }
        found.append(years.pop() if len(years) == 1 else None)
    return found


def _dated_apart(
    year_a: str | None,
    year_b: str | None,
    a: Figure,
    b: Figure,
    text_a: str | None,
    text_b: str | None,
) -> bool:
    """Whether two figures are of two things each sentence names by another year (see
    `_dated_things`): "A 2020 survey of the Brisbane River recorded an average of 380
    particles" is not "A 2019 survey of Port Phillip Bay recorded an average of 1,100". Not
    where either sentence names the other's year too: one survey, its year misprinted or told
    twice. Two surveys named alike but for their years ("The 2019 census counted…", "The 2022
    census counted…") are two surveys, as often as one's year was misprinted."""
    if year_a is None or year_b is None or year_a == year_b or text_a is None or text_b is None:
        return False
    return (
        text_a.find(year_b, a.sentence.start, a.sentence.end) == -1
        and text_b.find(year_a, b.sentence.start, b.sentence.end) == -1
    )


# What a party owes for leaving a deal, and the party that owes it or is owed it: "Mitie
# would have to pay Brookfield a break fee", "Brookfield would owe Mitie a termination fee",
# "a fee payable to Mitie".
_PARTY_WORD = r"(?:[A-Z][a-z]|[A-Z]{2})[\w&’'.-]*(?![$\w])"  # not the C of "C$95 million"
_PARTY_NAME = rf"{_PARTY_WORD}(?:\s+{_PARTY_WORD}){{0,3}}"
_FEE_PAYER = re.compile(
    rf"(?P<name>{_PARTY_NAME})\s+(?:(?:would|will|must|could|may|might|shall|should|then|"
    r"also|have|has|had|be|is|was|agreed|required|obliged|to)\s+)*(?:pay|owe)(?:s|d)?\b"
)
_FEE_PAYEE = re.compile(
    rf"\b(?:pay|pays|paid|owe|owes|owed|payable\s+to)\s+(?:to\s+)?(?P<name>{_PARTY_NAME})"
)
_FEE_PAYABLE_BY = re.compile(rf"\bpayable\s+(?:by|from)\s+(?P<name>{_PARTY_NAME})")
# A fee due on a regulator's block, which is the buyer's (see `_fees_apart`).
_FEE_BLOCKED = re.compile(
    r"\b(?:block(?:s|ed|ing)?|regulators?|regulatory|antitrust|competition\s+"
    r"(?:authorit\w*|watchdog|regulators?|concerns?)|fails?\s+to\s+(?:win|get|gain|secure)"
    r"\s+(?:regulatory\s+)?(?:approval|clearance))\b",
    re.IGNORECASE,
)


def _fee_parties(
    figure: Figure, text: str
) -> tuple[frozenset[str] | None, frozenset[str] | None, bool]:
    """A fee's payer and payee as its sentence names them (see `_FEE_PAYER`), None where it
    names none (a pronoun: "it must pay"), and whether it is due on a regulator's block."""
    sentence = text[figure.sentence.start : figure.sentence.end]
    payer = _FEE_PAYER.search(sentence) or _FEE_PAYABLE_BY.search(sentence)
    payee = _FEE_PAYEE.search(sentence)
    return _party(payer), _party(payee), _FEE_BLOCKED.search(sentence) is not None


# Capitalised words that name no party: a sentence's opening word, a pronoun ("It must pay").
_NO_PARTY = frozenset(
    "a an the if under in on at by for and but or so then it its they their he she his her we "
    "our this that these those which who when while after before as also ltd inc plc co corp "
    "group".split()
)


def _party(found: re.Match[str] | None) -> frozenset[str] | None:
    """The words of a party's name (see `_fee_parties`); None where it names none."""
    if found is None:
        return None
    words = frozenset(
        word.lower() for word in found.group("name").split() if word.lower() not in _NO_PARTY
    )
    return words or None


def _fees_apart(a: Figure, b: Figure, text_a: str | None, text_b: str | None) -> bool:
    """Whether two fees are owed by two parties, or one on a regulator's block and the other
    not: "Mitie would have to pay Brookfield a break fee of £21 million if it walked away" is
    not "Brookfield would owe Mitie a termination fee of £60 million if competition
    regulators blocked the deal", while "Fraser Harbour would owe Takamura a break fee" is "it
    must pay Takamura a termination fee", the same party owed."""
    if text_a is None or text_b is None or _FEE not in a.measure or _FEE not in b.measure:
        return False
    payer_a, payee_a, blocked_a = _fee_parties(a, text_a)
    payer_b, payee_b, blocked_b = _fee_parties(b, text_b)
    if payer_a and payer_b and payer_a.isdisjoint(payer_b):
        return True
    if payee_a and payee_b and payee_a.isdisjoint(payee_b):
        return True
    if (payer_a and payee_b and payer_a & payee_b) or (payer_b and payee_a and payer_b & payee_a):
        return True
    # A fee due on a regulator's block is the buyer's, whatever it is called; not a fee due on
    # walking away, nor one told with no event, which is the target's as often.
    return blocked_a != blocked_b


_NUMBERED_QUARTER = re.compile(r"Q[1-4](?: \d{4})?")
_MONTH_ORDER = (
    "January February March April May June July August September October November December"
).split()


def _quarter_end(period: str | None) -> str | None:
    """The month a quarter named by its months ends in: "quarter to September", "July to
    September 2025"; None for any other period."""
    if period is None:
        return None
    if period.startswith(MONTH_QUARTER):
        return period.removeprefix(MONTH_QUARTER).partition(" ")[0]
    first, to, last = period.partition(" to ")
    first, last = first.partition(" ")[0], last.partition(" ")[0]
    if not to or first not in _MONTH_ORDER or last not in _MONTH_ORDER:
        return None
    return last if (_MONTH_ORDER.index(last) - _MONTH_ORDER.index(first)) % 12 == 2 else None


# An article whose quarters are a fiscal year's: "its fiscal first quarter", "fiscal
# first-quarter revenue", "the financial year to March". Not "fiscal policy".
_FISCAL_QUARTERS = re.compile(
    r"\bfiscal\s+(?:(?:19|20)\d\d\s+)?(?:first|second|third|fourth|Q[1-4]|quarter|year)"
    r"|\bfinancial\s+(?:year|quarter)",
    re.IGNORECASE,
)


def _quarter_ends(extraction: Extraction, text: str | None) -> frozenset[str]:
    """The months the quarters an article names by their months end in (see `_quarter_end`),
    for figures of their own: a level a change started from ("profit for the three months to
    the end of June was down from €663 million") may be told of the quarter the article numbers
    too ("first-quarter profit fell to €621 million", a fiscal year's first). None where the
    article numbers a fiscal year's quarters: "its fiscal first quarter" is July-September."""
    if text is not None and _FISCAL_QUARTERS.search(text):
        return frozenset()
    return frozenset(
        end
        for figure in extraction.figures
        if (end := _quarter_end(figure.period)) is not None and PREVIOUS not in figure.measure
    )


def _quarters_told_apart(numbered: Figure, other: Figure, ends: frozenset[str]) -> bool:
    """Whether a numbered quarter and a quarter named by its months are two, by the article of
    the ``numbered`` one, the months of whose quarters are ``ends``: a quarter to September may
    be a fiscal year's second, but not where that article dates a figure to the July-September
    period as well ("In the second quarter, profit was 4.9tn won" beside "profit for the
    July-September period reached 5.1tn won")."""
    if numbered.period is None or not _NUMBERED_QUARTER.fullmatch(numbered.period):
        return False
    end = _quarter_end(other.period)
    # The calendar's quarter of that number ends in that month: "Q3", "the quarter to September".
    calendar_end = _MONTH_ORDER[3 * int(numbered.period[1]) - 1]
    return end is not None and end != calendar_end and end in ends


def _timeless(figure: Figure, text: str | None) -> bool:
    """Whether a figure has no period and its sentence no word of time (see `_TIME_TOLD`)."""
    return (
        figure.period is None
        and text is not None
        and _TIME_TOLD.search(text, figure.sentence.start, figure.sentence.end) is None
    )


def _as_printed(figures: list[Figure], unconverted: list[Figure]) -> list[Figure]:
    """Each figure with the value and unit it was printed in where it is compared in another
    (see `_in_compared_units`): two digits swapped are a typist's slip in the unit printed
    ("about 1,240 hours", "1,420 flight hours"), not in minutes (74,400 and 85,200)."""
    return [
        figure
        if figure.value == old.value
        else figure.model_copy(
            update={
                "unit": old.unit,
                "value": old.value,
                "low": old.low,
                "high": old.high,
                "precision": old.precision,
            }
        )
        for figure, old in zip(figures, unconverted, strict=True)
    ]


# A premium or discount told as a gap from a level: "a 38% premium to Oristane's closing
# price", "a premium of 27.6% over", "bought at a 20% discount".
_GAP_SAID = re.compile(
    r"\b(?:premium|discount)\s+(?:of\s+[^.;]{0,40}?\s+)?(?:to|over|on|above|below)\b"
    r"|\bat\s+an?\s+(?:[\w.%-]+\s+){0,3}(?:premium|discount)\b",
    re.IGNORECASE,
)
# "premium" or "discount" qualifying the noun after it: a name of a tier or a kind ("the
# ad-free Premium plan", "premium economy", "discount rivals"), no gap from any level. Not
# before a word that goes on to what it is a gap from or says what it was.
_PREMIUM_NAMING = re.compile(
    r"\b(premium|discount)\s+(?!(?:to|of|over|on|above|below|from|for|in|at|and|or|is|was|"
    r"were|are|has|had|have|will|would|paid|offered|implied|that|which|the|an?)\b)([a-z][a-z-]+)",
    re.IGNORECASE,
)


def _premium_named(extraction: Extraction, text: str | None) -> Extraction:
    """The extraction with a measure's "premium" or "discount" read with the noun it names,
    where its sentence tells of no gap (see `_GAP_SAID`): the "ad-free Premium plan will rise
    to $17.99" is a price, as "its ad-free Premium plan … will cost $18.99" is, not a premium
    to a price (see `_PREMIUM`), whose basis would keep the two apart."""
    if text is None:
        return extraction
    figures = []
    for figure in extraction.figures:
        if _PREMIUM.isdisjoint(figure.measure):
            figures.append(figure)
            continue
        sentence = figure.sentence.slice(text)
        # Only a noun the measure holds, no move of the premium itself: "premium rises of up to
        # 40%" are insurance premiums rising, as "premiums had risen by as much as 40%" are.
        named = {
            match.group(1).casefold(): noun
            for match in _PREMIUM_NAMING.finditer(sentence)
            if (noun := match.group(2).casefold()).removesuffix("s") in figure.measure
            and noun.removesuffix("s") not in MOVEMENT
        }
        if not named or _GAP_SAID.search(sentence):
            figures.append(figure)
            continue
        measure = [f"{word} {named[word]}" if word in named else word for word in figure.measure]
        figures.append(figure.model_copy(update={"measure": measure}))
    return _with_figures(extraction, figures)


# A share of the people who could vote told as those who did, right after it: "about 62% of
# the party's eligible members cast ballots", "68 per cent of voters turned out". Not a share
# of those who voted that backed one side ("of those who voted", "of members voted for the
# deal"), nor a share of the votes ("58% of the ballots cast"), nor of those who voted one way
# ("cast their ballots by post", "voted online"): a way of voting is a part of the turnout.
_VOTING_WAY = (
    r"by|via|through|online|electronically|digitally|remotely|early|ahead|in|at|before|"
    r"postally|absentee|using|with"
)
_TURNED_OUT = re.compile(
    r"\s+of\s+(?:(?!(?:who|that|which)\b)[\w’',-]+\s+){0,8}?"
    r"(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)"
    rf"(?!\s+(?:for|against|{_VOTING_WAY})\b)"
    rf"|voted(?!\s+(?:for|against|to|on|yes|no|{_VOTING_WAY})\b)"
    r"|turned\s+out)\b",
    re.IGNORECASE,
)
_TURNOUT = "turnout"
# A share of voters told as those who voted one way (see `_TURNED_OUT`): a part of a turnout.
_VOTED_WAY = re.compile(
    # "of voters" may be the figure's own words: "Around a fifth of voters voted early".
    r"(?:\s+of\s+(?:(?!(?:who|that|which)\b)[\w’',-]+\s+){0,8}?|\s+)"
    r"(?:(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|voted)\s+"
    r"(?:by\s+(?:post|mail|proxy|phone|telephone|text|internet|e-?mail|app)|online|early"
    r"|electronically|digitally|remotely|postally|absentee|in\s+person|in\s+advance"
    r"|ahead\s+of|at\s+(?:early|advance|pre-poll|polling))"
    r"|cast\s+(?:a\s+|their\s+)?(?:postal|online|electronic|early|proxy|absentee)\s+"
    r"(?:ballots?|votes?))\b",
    re.IGNORECASE,
)


def _voted_one_way(figure: Figure, text: str | None) -> bool:
    """Whether a share is of voters who voted one way (see `_VOTED_WAY`), a part of the
    turnout: "About 18% of voters cast their ballots by post"."""
    return (
        text is not None
        and figure.unit == "%"
        and _VOTED_WAY.match(text, figure.span.end, figure.sentence.end) is not None
    )


# The words a turnout told as people who cast ballots is measured in, which the word "turnout"
# stands for (see `_turnout_named`).
_BALLOT_WORDS = frozenset(("cast", "ballot", "vote", "voted", "turned", "out"))


def _turnout_named(extraction: Extraction, text: str | None) -> Extraction:
    """The extraction with a share of voters told as those who cast ballots measured as a
    turnout (see `_TURNED_OUT`): "about 62% of the party's eligible members cast ballots" is
    the other's "turnout was 68 per cent", however little else their words share."""
    if text is None:
        return extraction
    figures = []
    for figure in extraction.figures:
        if (
            figure.unit != "%"
            or _TURNOUT in figure.measure
            or not _TURNED_OUT.match(text, figure.span.end, figure.sentence.end)
        ):
            figures.append(figure)
            continue
        measure = [word for word in figure.measure if word not in _BALLOT_WORDS] + [_TURNOUT]
        figures.append(figure.model_copy(update={"measure": measure}))
    return _with_figures(extraction, figures)


def _counts_by_unit(extraction: Extraction) -> dict[str, list[Figure]]:
    """An article's counts, by the thing they count."""
    counted: dict[str, list[Figure]] = {}
    for figure in extraction.figures:
        if figure.kind is FigureKind.COUNT:
            counted.setdefault(figure.unit, []).append(figure)
    return counted


def _counted_as_named(units_side: Extraction, other_side: Extraction) -> Extraction:
    """``units_side`` with its one count of a noun the other article never counts read in the
    other's noun that qualifies it (a noun of its measure printed in the count's own words),
    when the other counts that noun once and this article never: "14,200 merchant customers
    had been hit" counts the merchants the other's "about 12,400 of its merchants" does, "12
    late-stage drug candidates" the other's "twelve drugs". Each article then tells one count
    of one thing, which pairs as the only one of its unit in each (see `_alone_in_both`). Not
    a noun named elsewhere in the sentence: "Two accomplices waited on scooters" are no count
    of the other's "two scooters"."""

    own, other = _counts_by_unit(units_side), _counts_by_unit(other_side)

    def values(figures: list[Figure]) -> set[float]:
        return {figure.value for figure in figures}

    def once(figures: list[Figure]) -> bool:
        return len(values(figures)) == 1

    named: dict[str, str] = {}
    for unit, figures in own.items():
        if unit in other or unit in _COMMON_UNITS or unit in TOLL_UNITS or not once(figures):
            continue
        nouns = {
            word
            for figure in figures
            for word in figure.measure
            if word != unit
            and word in other
            and _qualifies(word, figure.text, figure.value, values(other[word]))
            and word not in own
            and word not in _COMMON_UNITS
            and word not in TOLL_UNITS
            and once(other[word])
        }
        if len(nouns) == 1:
            named[unit] = nouns.pop()
    return _counts_renamed(units_side, named)


# How long the head of a closed compound and the word before it must be for the compound to
# be read as a kind of the head: "seabird" a bird, "warship" a ship; not any noun ending in a
# short word ("man", "son"), nor one with a letter or two before its head ("abroad", "aboard").
_COMPOUND_HEAD = 4
_COMPOUND_FRONT = 3
# A front closed up before a noun mostly makes a kind of it: "seabirds", "warships",
# "seaports", "firebombs", "airstrikes", "earthquakes", "cyberattacks", "landmines",
# "aftershocks". Not these words, which close up into words of their own, no kind of the noun
# they end in: an airport or a passport is no port, an airline, a deadline or a pipeline no
# line, a township no ship, a firefighter no fighter, a headteacher no count of teachers. Whole
# words, not every front or head: a seaport is a port and a firebomb a bomb.
_NO_KIND_COMPOUNDS = frozenset(
    "airport passport heliport spaceport support transport "
    "airline deadline pipeline headline hotline helpline guideline lifeline skyline outline "
    "timeline storyline sideline byline tagline punchline bloodline waistline "
    "township firefighter firework fireplace firewall firehouse firewood "
    "headteacher headmaster headmistress headquarter headphone headcount".split()
)


def _compound_counted(units_side: Extraction, other_side: Extraction) -> Extraction:
    """``units_side`` with its one count of a closed compound read in the compound's head,
    when the other article counts that head once and never the compound, and this article
    never the head: "312 oiled seabirds" are the other's "213 oiled birds", one count of one
    thing however worded, which `_counted_as_named` leaves apart (the head is no word of the
    compound's measure)."""

    def counts(extraction: Extraction) -> dict[str, set[Decimal | None]]:
        counted: dict[str, set[Decimal | None]] = {}
        for figure in extraction.figures:
            if figure.kind is FigureKind.COUNT:
                counted.setdefault(figure.unit, set()).add(figure.value)
        return counted

    own, other = counts(units_side), counts(other_side)
    named: dict[str, str] = {}
    for unit, values in own.items():
        if unit in other or unit in _COMMON_UNITS or unit in TOLL_UNITS or len(values) != 1:
            continue
        heads = {
            head
            for head, counted in other.items()
            if len(counted) == 1
            and len(head) >= _COMPOUND_HEAD
            and len(unit) - len(head) >= _COMPOUND_FRONT
            and unit.endswith(head)
            # One word: "soldier and police" are two kinds counted together, no kind of police.
            and unit[: -len(head)].isalpha()
            and unit not in _NO_KIND_COMPOUNDS
            and head not in own
            and head not in _COMMON_UNITS
            and head not in TOLL_UNITS
        }
        if len(heads) == 1:
            named[unit] = heads.pop()
    return _counts_renamed(units_side, named)


def _hyphened_counted(units_side: Extraction, other_side: Extraction) -> Extraction:
    """``units_side`` with its one count of a hyphened noun read in the noun the other
    article's count of it is printed with, when the other never counts the hyphened one (it
    may count the noun elsewhere, printed otherwise): "85,000 ticket-holders" are the other's
    "58,000 ticket holders", the compound hyphened or not; "Some 1,410 first-years" the
    other's "1,140 first-year students", the qualifier standing for its noun. Only hyphened
    words, which name a kind of thing on their own: "1,200 schools" are no "2,000 school
    places"."""

    own, other = _counts_by_unit(units_side), _counts_by_unit(other_side)
    named: dict[str, str] = {}
    for unit, figures in own.items():
        if (
            "-" not in unit
            or unit in other
            or unit in _COMMON_UNITS
            or unit in TOLL_UNITS
            or len({figure.value for figure in figures}) != 1
        ):
            continue
        nouns = set()
        for noun, counted in other.items():
            if noun in _COMMON_UNITS or noun in TOLL_UNITS:
                continue
            for figure in counted:
                words = re.findall(r"[a-z][a-z-]*", figure.text.casefold())
                if len(words) >= 2 and unit in (words[-2], f"{words[-2]}-{noun}"):
                    nouns.add(noun)
        if len(nouns) == 1:
            named[unit] = nouns.pop()
    return _counts_renamed(units_side, named)


def _counts_renamed(extraction: Extraction, named: dict[str, str]) -> Extraction:
    """The extraction with each count whose unit ``named`` holds counted in its new name."""
    if not named:
        return extraction
    figures = [
        figure.model_copy(update={"unit": named[figure.unit]})
        if figure.kind is FigureKind.COUNT and figure.unit in named
        else figure
        for figure in extraction.figures
    ]
    return extraction.model_copy(update={"figures": figures})


def _qualifies(noun: str, printed: str, value: float, others: set[float]) -> bool:
    """Whether ``noun`` (a unit, singular) is printed right before the last word of a count's
    own words, which it qualifies, and that word a role the noun fills (see `_ROLE_HEADS`):
    "merchant" in "14,200 merchant customers", not "soldier" in "2,000 soldiers and police",
    two kinds counted together, nor "apartment" in "40 apartment buildings", no apartments.
    A head that is a unit of the noun itself (see `_UNIT_HEADS`) where the other, ``others``,
    counts as many or near it: "85,000 apprenticeship places" are the other's "90,000
    apprenticeships", misprinted, not its "four schools" for "2,000 school places". Any head
    where the other counts as many: a pair of one value tells no mismatch."""
    words = re.findall(r"[a-z][a-z-]*", printed.casefold())
    if len(words) < 2 or words[-2] != noun:
        return False
    if value in others or words[-1] in _ROLE_HEADS:
        return True
    return (
        words[-1] in _UNIT_HEADS
        and noun not in _BUILDINGS
        and all(max(value, other) < 2 * min(value, other) for other in others)
    )


# Heads of a compound noun that are a role the noun before them fills, so they count that
# noun: "merchant customers" are merchants, "drug candidates" drugs. Other heads count a thing
# of their own: "apartment buildings", "school buses", "hospital beds", "farm workers".
_ROLE_HEADS = frozenset(
    "customer customers client clients user users subscriber subscribers member members "
    "candidate candidates partner partners supplier suppliers".split()
)
# Heads that count the noun before them in its own units: "apprenticeship places" are
# apprenticeships, "vaccine doses" and "booster shots" vaccines and boosters, "apartment units"
# apartments. Not seats, which are a body's members: "40 council seats" are no councils.
_UNIT_HEADS = frozenset(
    "place places position positions spot spots slot slots dose doses shot shots jab jabs "
    "course courses unit units".split()
)
# Buildings and institutions, whose places, beds or units are never the buildings however near
# the counts: "2,000 school places" are no "1,200 schools", "500 prison places" no prisons.
_BUILDINGS = frozenset(
    "school college university academy nursery hospital clinic hospice prison jail hotel "
    "hostel shelter stadium theatre theater camp home house".split()
)


# Nouns that count the places a scheme offers, of whatever the other article names: "36,000
# places" on a visa route are its visas. Only where the measures' own words are this alike.
_SLOTS = frozenset(("place", "spot", "slot"))
SLOTS_MEASURE = 75.0


# Nouns counting those who ask for places, not what is handed out: "3,800 applications" for
# a course offering 3,600 places.
_ASKERS = frozenset(
    "application applicant candidate bid bidder request claim claimant entry entrant".split()
)
# What hands out a scheme's places, told before the other's count in its clause: "capped at
# 38,000 visas", "will issue 40,000 permits", "granted 1,200 licences".
_HANDED_OUT = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|issu(?:e|es|ed|ing)|grant(?:s|ed|ing)?|cap(?:s|ped|ping)?"
    r"|allocat(?:e|es|ed|ing)|allot(?:s|ted|ting)?|award(?:s|ed|ing)?|limit(?:s|ed|ing)?"
    r"|ration(?:s|ed|ing)?)\b[^,;:—()]{0,40}$",
    re.IGNORECASE,
)


def _slots_and_counts(
    a: list[Figure], b: list[Figure], text_a: str | None, text_b: str | None
) -> list[tuple[int, int]]:
    """Pairs of counts where one counts places (see `_SLOTS`) and the other a noun of its own
    that its clause tells handed out (see `_HANDED_OUT`): no building's (whose places are
    never the buildings: "2,000 school places"), no asker's (see `_ASKERS`), and no rate's
    ("42 flights a day" are no airport slots)."""
    if text_a is None or text_b is None:
        return []

    def slot(figure: Figure, text: str) -> bool | None:
        if figure.kind is not FigureKind.COUNT:
            return None
        if figure.unit in _SLOTS:
            return True
        if figure.unit in _BUILDINGS or figure.unit in _ASKERS or "/" in (figure.unit or ""):
            return None
        start = max(figure.sentence.start, figure.span.start - 80)
        return False if _HANDED_OUT.search(text, start, figure.span.start) else None

    slots_a = [slot(figure, text_a) for figure in a]
    slots_b = [slot(figure, text_b) for figure in b]
    # By what each is, not by going through every pair of the two articles' figures.
    kinds_b: dict[bool, list[int]] = {True: [], False: []}
    for j, other in enumerate(slots_b):
        if other is not None:
            kinds_b[other].append(j)
    return [(i, j) for i, one in enumerate(slots_a) if one is not None for j in kinds_b[not one]]


def _largest_sums(figures: list[Figure]) -> list[bool]:
    """Whether each figure is the one largest sum of money of its currency its article tells,
    with another sum of that currency to be larger than."""
    largest: dict[str, list[Decimal]] = {}
    for figure in figures:
        if figure.kind is FigureKind.MONEY and figure.value is not None:
            largest.setdefault(figure.unit, []).append(figure.value)
    return [
        figure.kind is FigureKind.MONEY
        and figure.value is not None
        and len(values := largest[figure.unit]) > 1
        and figure.value == max(values)
        and values.count(figure.value) == 1
        for figure in figures
    ]


HEADLINE_SCORE = 70.0
HEADLINE_APART = 0.3
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_SENTENCE_ENDS = (".", "!", "?", "”", '"', "’")


def _headline_sum(figures: list[Figure], text: str) -> int | None:
    """The one sum of money an article's headline prints that its lede, the first paragraph
    told in sentences, prints too: the index of that figure in the lede. None where the
    headline prints no sum, or two, or the lede repeats none."""
    paragraphs = [(match.start(), match.end()) for match in _PARAGRAPH.finditer(text)]
    if len(paragraphs) < 2:
        return None
    head_start, head_end = paragraphs[0]
    headline = text[head_start:head_end]
    if not is_headline(headline):
        return None
    lede = next(
        (
            (start, end)
            for start, end in paragraphs[1:]
            if text[start:end].rstrip().endswith(_SENTENCE_ENDS) and len(text[start:end]) > 120
        ),
        None,
    )
    if lede is None:
        return None
    found = [
        index
        for index, figure in enumerate(figures)
        if figure.kind is FigureKind.MONEY
        and figure.value is not None
        and lede[0] <= figure.span.start < lede[1]
        and _printed_core(figure) in headline
    ]
    sums_in_headline = len(re.findall(r"[$€£¥]\s?\d", headline))
    if len({figures[index].value for index in found}) != 1 or sums_in_headline != 1:
        return None
    return found[0]


def _printed_core(figure: Figure) -> str:
    """A figure as printed, without the qualifier before it: "$4.2 billion" of "about $4.2
    billion"."""
    printed = figure.text
    if figure.qualifier and printed.casefold().startswith(figure.qualifier.casefold()):
        printed = printed[len(figure.qualifier) :].strip()
    return printed


def _headline_sums(
    a: list[Figure], b: list[Figure], text_a: str | None, text_b: str | None
) -> list[tuple[int, int]]:
    """The headline sums (see `_headline_sum`) of two articles, where each has one in one
    currency."""
    if text_a is None or text_b is None:
        return []
    i, j = _headline_sum(a, text_a), _headline_sum(b, text_b)
    if i is None or j is None or a[i].unit != b[j].unit:
        return []
    # Two headline sums are one deal's where both headlines name its parties: "Corveth to buy
    # AI startup Lumenlace for $4.2 billion", "… with $4.7 billion Lumenlace takeover". Two
    # that share no name tell two sums of one story: "Storm insurance claims hit £1.2 billion",
    # "Government pledges £1 billion flood fund after storm".
    if not _headline_names(text_a) & _headline_names(text_b):
        return []
    return [(i, j)]


_HEADLINE_NAME = re.compile(r"(?<=\s)[A-Z][\w&-]*[a-z][\w&-]*\b")


def _headline_names(text: str) -> set[str]:
    """The names an article's headline prints, its first paragraph's capitalised words past
    its first (which every headline capitalises)."""
    found = _PARAGRAPH.search(text)
    return set() if found is None else set(_HEADLINE_NAME.findall(found.group(0).strip()))


def _with_figures(extraction: Extraction, figures: list[Figure]) -> Extraction:
    """The extraction with ``figures`` in place of its own; itself when none of them changed."""
    if all(new is old for new, old in zip(figures, extraction.figures, strict=True)):
        return extraction
    return extraction.model_copy(update={"figures": figures})


def _in_compared_units(extraction: Extraction) -> Extraction:
    """The extraction with its spans of time in days or minutes and its areas in hectares
    (see `in_compared_unit`): "closed for three weeks" and "closed for 12 days" are one
    measure, paired and compared, where weeks and days never met."""
    figures = [in_compared_unit(figure) for figure in extraction.figures]
    return _with_figures(extraction, figures)


# "Times" a thing happened are occasions: "discharged raw sewage on 1,432 occasions" and
# "illegally discharging untreated waste 1,342 times" count one thing. Not times as a multiple:
# "three times as high", "five times the average", "four times more".
_MULTIPLE_AFTER = re.compile(
    r"\s+(?:as|the|more|less|fewer|higher|lower|larger|bigger|greater|smaller|over|that|"
    r"its|their|what)\b",
    re.IGNORECASE,
)
# An offer covered a number of times over is a multiple too: "The offering was
# oversubscribed more than 20 times" is "demand was more than 20 times the number on offer".
_MULTIPLE_BEFORE = re.compile(r"\b(?:over-?subscribed|covered)\s+(?:by\s+)?$", re.IGNORECASE)
# Nouns two outlets use for one count, by the one it is compared under: "19 million to 21
# million illnesses" a year and "19 million to 23 million cases" of one disease ("47 cases",
# "41 confirmed infections"); "about 184,000 workers" and "Roughly 164,000 employees" on the
# minimum wage (and "a workforce of 4,300", "a headcount of 4,300": as many workers); "1,184
# adults" randomly assigned and "1,148 people" enrolled (patients and residents are people
# already); "About 3.2 million Medicare beneficiaries take the drug" and "Some 3.7 million
# patients … take"; "421,300 pupils wrote the exams" (and candidates who sit one, see
# `_EXAM`); "about 1,840 businesses" repaid and "Roughly 1,480 companies" that paid a tax;
# "Around 210 British vessels" (ships, see the extractor) and "Some 120 British boats"
# licensed to fish; "about 1,240 trackable fragments" and "More than 2,140 pieces of trackable
# debris"; "seventeen local authorities" and "17 councils" that declared an incident; "three
# stage wins" and "four stage victories".
_NOUN_OF_COUNT = {
    "illness": "case", "infection": "case",
    "employee": "worker", "staffer": "worker", "workforce": "worker", "headcount": "worker",
    "business": "company", "firm": "company",
    "adult": "people", "participant": "people", "beneficiary": "people",
    "visitor": "people", "attendee": "people",
    "pupil": "student",
    "boat": "ship",
    "fragment": "piece",
    "council": "authority",
    "victory": "win",
}  # fmt: skip
# Boxes are shipping containers where their sentence speaks of a ship's cargo: "a container
# ship lost 186 boxes overboard" and "168 containers went into the sea". Not boxes of a thing,
# which are packed ones ("2,000 boxes of bananas"), nor boxes where no ship is told of.
_SHIPPING = re.compile(
    r"\b(?:ships?|vessels?|freighters?|cargo|overboard|container|containers|quay|quays|"
    r"terminals?)\b",
    re.IGNORECASE,
)
_BOXES_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# Signings are the players a club signed ("bringing in nine new signings", "Arsenal made nine
# new signings"), unless the noun before them names a thing signed at an event: "40 book
# signings", "autograph signings", "the treaty signing".
_SIGNED_THING = frozenset(
    "book books autograph autographs album albums record records photo photos poster posters "
    "treaty treaties bill bills petition petitions".split()
)
# Verbs that make signings events held, whatever before them: "The author held 12 signings".
_SIGNING_HELD = frozenset("held hold holds holding hosted host hosts hosting attended".split())
# Contracts are the tenders of the other's count where their sentence speaks of bidding:
# "rigged bids on 46 public construction contracts" are "64 public tenders" carved up; "won
# 40 contracts" are no tenders rigged. Or where both are qualified alike: "carved up 46 public
# contracts" and "64 public tenders".
_BIDDING = re.compile(r"\b(?:bids?|bidding|bidders?|tenders?|tendering)\b", re.IGNORECASE)
# Rigging, carving up or colluding on contracts is bidding too where the other article counts
# tenders: "the cartel rigged 46 major contracts" are the "64 major tenders" it carved up,
# however generic their qualifier. Not where the other counts contracts too: "rigged 46 public
# contracts" are the "64 public contracts" the firms won.
_RIGGING = re.compile(
    r"\b(?:rigg(?:ed|ing)|carv(?:e|es|ed|ing)\s+up|collu(?:de|des|ded|ding|sion|sive))\b",
    re.IGNORECASE,
)
_ANY_BIDDING = re.compile(f"{_BIDDING.pattern}|{_RIGGING.pattern}", re.IGNORECASE)
# Qualifiers any count of anything may have, which tell no contract a tender: "46 new
# contracts" won are no "64 new tenders" submitted. Any other a tender shares names the
# contract's buyer or kind: "public", "council", "school catering", "medical equipment".
_ANY_COUNT_QUALIFIER = frozenset(
    "new more further other additional extra fresh recent existing major several large small "
    "big separate different similar dozen hundred of".split()
)


def _qualifier(printed: str) -> str | None:
    """The word a count's printed words put right before their noun: "public" in "64 public
    tenders", "new" in "nine new signings"; none in "46 contracts" or "about 40 contracts"."""
    words = printed.casefold().split()
    return words[-2] if len(words) >= 3 and words[-2].isalpha() else None


# Nouns of a count that are another's only as a rate: "averaged 48,600 riders a day" on a
# line carries as many passengers a day; "212 riders" in a race are no passengers.
_NOUN_OF_RATE = {"rider": "passenger"}
# Only riders of a service its sentence names: "2,400 riders a day" on a cycle lane are no
# bus's passengers.
_TRANSIT = re.compile(
    r"\b(?:bus|buses|train|trains|tram|trams|line|lines|route|routes|metro|subway|"
    r"underground|railway|ferry|ferries)\b",
    re.IGNORECASE,
)
_NOT_TRANSIT = re.compile(
    r"\b(?:cycle|cycles|cycling|cyclists?|bikes?|bicycles?|motorbikes?|motorcycles?|"
    r"scooters?|horses?)\b",
    re.IGNORECASE,
)


def _rate_noun(noun: str, text: str | None, sentence: Span) -> str:
    """A rate's noun as another's (see `_NOUN_OF_RATE`), where its sentence names a transit
    service and no ride of one's own; else unchanged."""
    if noun not in _NOUN_OF_RATE or text is None:
        return noun
    told = text[sentence.start : sentence.end]
    if _TRANSIT.search(told) is None or _NOT_TRANSIT.search(told) is not None:
        return noun
    return _NOUN_OF_RATE[noun]


# Candidates are students in a sentence of an exam ("412,300 candidates sat the exam"), not
# those standing in an election ("412 candidates are standing for the council").
_EXAM = re.compile(r"\b(?:exam|exams|examination|examinations|test|tests)\b", re.IGNORECASE)
# Those in a race counted as they finish it are its finishers: "28,412 runners finished the
# course" and "28,142 finishers from a starting field of 31,050" (not the field, nor the
# "212 runners" treated along the course).
_FINISHER = "finisher"
_COMPETITORS = frozenset("runner rider athlete competitor entrant swimmer cyclist".split())
_FINISHED_AFTER = re.compile(
    r"\s+(?:(?:had|have|has|who|that)\s+)?(?:finished|completed|crossed\s+the\s+finish)\b",
    re.IGNORECASE,
)
# A chain's premises by a word for any of them ("32 Pollo Rojo locations", "210 outlets"), and
# the nouns of premises they stand for ("23 restaurants", "61 stores") in an article that
# counts premises in one of these only: one that counts restaurants and stores leaves its
# locations unread.
_ANY_PREMISES = frozenset(("location", "outlet", "branch"))
_PREMISES = frozenset(
    "restaurant store shop cafe hotel pharmacy supermarket clinic gym dealership".split()
)


def _premises_noun(extraction: Extraction) -> str | None:
    """The one noun of premises (see `_PREMISES`) an article counts in, if it counts in one."""
    nouns = {
        figure.unit
        for figure in extraction.figures
        if figure.kind in (FigureKind.COUNT, FigureKind.RANGE) and figure.unit in _PREMISES
    }
    return next(iter(nouns)) if len(nouns) == 1 else None


# A count of homes and businesses together is a count of premises, however the list runs:
# "168,400 homes and businesses had been connected", "1.12 million homes, farms and
# businesses".
_AND_BUSINESSES_AFTER = re.compile(
    r"(?:,\s+[a-z]+){0,3},?\s+(?:and|or)\s+(?:businesses|business\s+premises)\b"
)
_PREMISES_WORDS = frozenset(("premise", "property"))


def _homes_and_businesses(
    extraction: Extraction, other: Extraction, text: str | None
) -> Extraction:
    """The extraction with its counts of "homes and businesses" counted in the one word for
    premises the other article counts in (see `_PREMISES_WORDS`): "186,400 premises" connected
    and "168,400 homes and businesses had been connected" are one count. Only then, so that
    two counts of homes and businesses stay homes, and a count of homes alone stays one."""
    nouns = {
        figure.unit
        for figure in other.figures
        if figure.kind in (FigureKind.COUNT, FigureKind.RANGE) and figure.unit in _PREMISES_WORDS
    }
    if text is None or len(nouns) != 1:
        return extraction
    noun = next(iter(nouns))
    figures = [
        figure.model_copy(
            update={
                "unit": noun,
                "measure": [word for word in figure.measure if word != figure.unit] or [noun],
            }
        )
        if figure.kind in (FigureKind.COUNT, FigureKind.RANGE)
        and figure.unit == "home"
        and _AND_BUSINESSES_AFTER.match(text, figure.span.end, figure.sentence.end)
        else figure
        for figure in extraction.figures
    ]
    return _with_figures(extraction, figures)


def _finishers_alike(
    a: Extraction, b: Extraction, text_a: str | None, text_b: str | None
) -> tuple[Extraction, Extraction]:
    """The two extractions with the competitors one counts as they finish ("28,412 runners
    finished the course") counted as finishers, where the other counts finishers ("28,142
    finishers"): only then, so that two counts of runners who finished stay runners."""
    return _as_finishers(a, b, text_a), _as_finishers(b, a, text_b)


def _as_finishers(extraction: Extraction, other: Extraction, text: str | None) -> Extraction:
    if text is None or all(figure.unit != _FINISHER for figure in other.figures):
        return extraction
    figures = [
        figure.model_copy(
            update={
                "unit": _FINISHER,
                "measure": [word for word in figure.measure if word != figure.unit] or [_FINISHER],
            }
        )
        if figure.kind in (FigureKind.COUNT, FigureKind.RANGE)
        and figure.unit in _COMPETITORS
        and _FINISHED_AFTER.match(text, figure.span.end, figure.sentence.end)
        else figure
        for figure in extraction.figures
    ]
    return _with_figures(extraction, figures)


# The verb a count of occasions tells what happened in ("the top prize had rolled over 14
# times"), from its last letters to the figure: a past participle, a particle after it.
_OCCASION_VERB = re.compile(
    r"\b([a-z]{3,}?)(?:ed|d)\s+(?:(?:over|up|out|off|down|back)\s+)?"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_OCCASION = "occasion"
# What runs a number of times an hour or a day: a rate of times is one of these ("Trains run
# 16 times an hour", "12 trains per hour"), never of the people they carry ("21,000
# passengers an hour").
_SERVICES = frozenset(
    "train bus tram service flight ferry departure sailing shuttle coach boat plane".split()
)
_OCCASION_VERB_REACH = 40  # characters before the figure its verb may start in
_OCCASION_STEM = 4  # letters of the verb the other's noun must start with


def _occasions_named(
    a: Extraction, b: Extraction, text_a: str | None, text_b: str | None
) -> tuple[Extraction, Extraction]:
    """The two extractions with each count of occasions (see `_in_one_noun`) counted in the
    other's noun for them, where the verb it follows names that noun: "had rolled over 14
    times" and "a run of 11 consecutive rollovers", "was delayed three times" and "after
    four delays"."""
    return _as_occasions_of(a, b, text_a), _as_occasions_of(b, a, text_b)


def _as_occasions_of(extraction: Extraction, other: Extraction, text: str | None) -> Extraction:
    nouns = {
        figure.unit
        for figure in other.figures
        if figure.kind is FigureKind.COUNT and len(figure.unit) >= _OCCASION_STEM
    }
    if text is None or not nouns:
        return extraction
    figures = []
    for figure in extraction.figures:
        noun = None
        times, per, every = figure.unit.partition("/")
        if times == "time" and per and figure.kind is FigureKind.COUNT:
            # So is a rate of times, in the other's noun of that rate its sentence names
            # before it: "Trains run 16 times an hour", "operates 12 trains per hour".
            before = text[figure.sentence.start : figure.span.start]
            named = [
                rate
                for rate in nouns
                if rate.endswith(per + every)
                and rate.partition("/")[0] in _SERVICES
                and rate != figure.unit
                and re.search(rf"\b{re.escape(rate.partition('/')[0])}s?\b", before, re.I)
            ]
            noun = named[0] if len(named) == 1 else None
        elif figure.unit == _OCCASION:
            start = max(figure.sentence.start, figure.span.start - _OCCASION_VERB_REACH)
            verb = _OCCASION_VERB.search(text, start, figure.span.start)
            if verb is not None and len(verb.group(1)) >= _OCCASION_STEM:
                # "rolled" is "roll"; "delayed" "delay"; "postponed" "postpon(ement)".
                stem = verb.group(1).casefold()
                named = [noun for noun in nouns if noun.startswith(stem)]
                noun = named[0] if len(named) == 1 else None
        figures.append(figure if noun is None else figure.model_copy(update={"unit": noun}))
    return _with_figures(extraction, figures)


def _premises_nouns(extraction: Extraction) -> set[str]:
    """The nouns of premises (see `_PREMISES`) an article counts in."""
    return {
        figure.unit
        for figure in extraction.figures
        if figure.kind in (FigureKind.COUNT, FigureKind.RANGE) and figure.unit in _PREMISES
    }


def _premises_alike(a: Extraction, b: Extraction) -> tuple[Extraction, Extraction]:
    """The two extractions with premises counted in one noun where one article counts
    premises in one noun only and the other in one noun more than that (see `_PREMISES`):
    one chain's "112 stores" opened and "121 new cafes" opened are its premises, whatever each
    outlet calls them, when the one writing "cafes" also counts "about 780 stores"."""
    nouns_a, nouns_b = _premises_nouns(a), _premises_nouns(b)
    if len(nouns_a) == 1 and len(nouns_b - nouns_a) == 1:
        noun, other = next(iter(nouns_b - nouns_a)), next(iter(nouns_a))
        if not _listed_apart(b, noun, other):
            return a, _premises_in(b, noun, other)
    if len(nouns_b) == 1 and len(nouns_a - nouns_b) == 1:
        noun, other = next(iter(nouns_a - nouns_b)), next(iter(nouns_b))
        if not _listed_apart(a, noun, other):
            return _premises_in(a, noun, other), b
    return a, b


def _listed_apart(extraction: Extraction, noun: str, other: str) -> bool:
    """Whether an article counts premises in two nouns in one sentence: two kinds listed
    side by side ("closing 30 stores and 15 pharmacies"), not one told two ways."""
    sentences = {figure.sentence.start for figure in extraction.figures if figure.unit == noun}
    return any(
        figure.unit == other and figure.sentence.start in sentences for figure in extraction.figures
    )


def _premises_in(extraction: Extraction, noun: str, other: str) -> Extraction:
    """The extraction with its counts of premises in ``noun`` counted in ``other``, the noun
    left out of their measures, as `_in_one_noun` leaves it out."""
    figures = [
        figure.model_copy(
            update={
                "unit": other,
                "measure": [word for word in figure.measure if word != noun] or [other],
            }
        )
        if figure.kind in (FigureKind.COUNT, FigureKind.RANGE) and figure.unit == noun
        else figure
        for figure in extraction.figures
    ]
    return extraction.model_copy(update={"figures": figures})


_JOB = "job"
_ARREST, _ARRESTED = "arrest", "arrested"
# Words of a count of people that tell them arrested: "12 people were arrested", "40 people
# detained", "30 people taken into custody". People who attended, marched or were evacuated
# are no count of arrests.
_HELD_PEOPLE = frozenset("arrested arrest arrests detained detain custody".split())
# Or the count's own verb, right before it or passive right after it, says so: "Officers held
# 13 people", "12 people were held", "12 people had been apprehended", "74 people were rounded
# up". Not "5,000 people held a vigil", nor "the festival, which was held on Sunday".
_HELD_VERB = (
    r"(?:arrested|detained|held|apprehended|seized|nabbed|rounded\s+up|taken\s+into\s+custody)"
)
_HELD_BEFORE = re.compile(rf"\b{_HELD_VERB}\s+$", re.IGNORECASE)
_HELD_AFTER = re.compile(
    rf"\s+(?:who\s+)?(?:were|was|are|is|(?:have|has|had)\s+been|being)\s+{_HELD_VERB}\b",
    re.IGNORECASE,
)
# "Picked up" is held only where police or officers did it: "Border officers picked up 25
# people", "25 people were picked up by police"; not "the lifeboat picked up 25 people".
_ENFORCERS = r"(?:police|officers?|agents?|detectives|troopers|authorities|gardaí|gardai)"
_PICKED_UP_BEFORE = re.compile(
    rf"\b{_ENFORCERS}\s+(?:(?:have|has|had)\s+)?picked\s+up\s+$", re.IGNORECASE
)
_PICKED_UP_AFTER = re.compile(
    rf"\s+(?:who\s+)?(?:were|was|(?:have|has|had)\s+been)\s+picked\s+up\s+by\s+"
    rf"(?:[a-z]+\s+)?{_ENFORCERS}\b",
    re.IGNORECASE,
)


def _people_held(figure: Figure, text: str | None) -> bool:
    """Whether a count of people counts people arrested: its words say so, or its own verb."""
    if figure.unit != "people":
        return False
    if not _HELD_PEOPLE.isdisjoint(figure.measure):
        return True
    return text is not None and bool(
        _HELD_BEFORE.search(text, figure.sentence.start, figure.span.start)
        or _HELD_AFTER.match(text, figure.span.end, figure.sentence.end)
        or _PICKED_UP_BEFORE.search(text, figure.sentence.start, figure.span.start)
        or _PICKED_UP_AFTER.match(text, figure.span.end, figure.sentence.end)
    )


def _in_one_noun(
    extraction: Extraction,
    text: str | None,
    other: Extraction | None = None,
    other_text: str | None = None,
) -> Extraction:
    """The extraction with its counts of times a thing happened counted as occasions (see
    `_MULTIPLE_AFTER`), its counts of illnesses as cases (see `_NOUN_OF_COUNT`), and its
    locations as the premises it counts (see `_ANY_PREMISES`); times
    unchanged without the text, which tells a multiple apart. Its contracts are tenders where
    qualified as ``other``'s tenders are or told of bidding (see `_BIDDING`; of rigging only
    where ``other`` counts tenders, see `_RIGGING`); its arrests people where ``other`` counts
    people arrested (see `_people_held`: ``other_text`` is its text)."""
    figures = []
    premises = _premises_noun(extraction)
    tendered = (
        {
            _qualifier(figure.text)
            for figure in (other.figures if other is not None else [])
            if figure.unit == "tender"
        }
        - _ANY_COUNT_QUALIFIER
        - {None}
    )
    # Whether the other counts tenders, printed or bid for (see `_BIDDING`).
    tenders = other is not None and any(
        figure.unit == "tender"
        or (
            figure.unit == "contract"
            and other_text is not None
            and _BIDDING.search(other_text, figure.sentence.start, figure.sentence.end)
        )
        for figure in other.figures
    )
    bidding = _ANY_BIDDING if tenders else _BIDDING
    arrested = other is None or any(_people_held(figure, other_text) for figure in other.figures)
    for figure in extraction.figures:
        unit = figure.unit
        if figure.kind in (FigureKind.COUNT, FigureKind.RANGE):
            unit = _NOUN_OF_COUNT.get(unit, unit)
            if (
                unit == "box"
                and text is not None
                and _SHIPPING.search(text, figure.sentence.start, figure.sentence.end)
                and not _BOXES_OF.match(text, figure.span.end)
            ):
                unit = "container"
            noun, per, every = unit.partition("/")
            if per:
                # A rate's noun as a count's: "48,600 riders a day", "46,800 passengers a day".
                unit = (
                    _NOUN_OF_COUNT.get(noun, _rate_noun(noun, text, figure.sentence)) + per + every
                )
            if (
                unit == "candidate"
                and text is not None
                and _EXAM.search(text, figure.sentence.start, figure.sentence.end)
            ):
                unit = "student"
            if (
                unit == "signing"
                and _qualifier(figure.text) not in _SIGNED_THING
                and _SIGNING_HELD.isdisjoint(figure.measure)
            ):
                unit = "player"
            if unit == "contract" and (
                _qualifier(figure.text) in tendered
                or (
                    text is not None
                    and bidding.search(text, figure.sentence.start, figure.sentence.end)
                )
            ):
                unit = "tender"
            if premises is not None and unit in _ANY_PREMISES:
                unit = premises
            if unit == _ARREST and arrested:
                # A count of arrests counts the people arrested: "Police made 21 arrests" is
                # "12 people were arrested", misprinted; never people the other counts at all.
                unit = "people"
                measure = [_ARRESTED if word == _ARREST else word for word in figure.measure]
                figures.append(figure.model_copy(update={"unit": unit, "measure": measure}))
                continue
            if unit == "worker" and _JOB in figure.measure:
                # Workers who lose their jobs count the jobs lost: "a decision that will cost
                # 3,240 workers their jobs" is "eliminating 2,340 jobs", misprinted.
                unit = _JOB
            if (
                unit == "time"
                and text is not None
                and not _MULTIPLE_AFTER.match(text, figure.span.end)
                and not _MULTIPLE_BEFORE.search(
                    text, max(0, figure.span.start - 30), figure.span.start
                )
            ):
                unit = "occasion"
        if unit == figure.unit:
            figures.append(figure)
            continue
        # The noun left out of the measure, as `scored_words` leaves out the unit it was:
        # "3,700 jobs" is no more like "18,000 jobs" of manufacturing for sharing "jobs".
        measure = [word for word in figure.measure if word != figure.unit] or figure.measure
        figures.append(figure.model_copy(update={"unit": unit, "measure": measure}))
    return _with_figures(extraction, figures)


# A people's name as a noun: "Dravonians", "Italians", "Japanese", "Israelis" (not a model's
# plural, "600,000 Asters").
_PEOPLE_NOUN = re.compile(r"[A-Z][a-z]+(?:ans|ese|is)")


def _peoples(extraction: Extraction, text: str) -> set[str]:
    """The peoples an article counts by their name alone: "Sorelia freed 15 Dravonians"."""
    return {
        figure.unit
        for figure in extraction.figures
        if figure.kind is FigureKind.COUNT
        and _PEOPLE_NOUN.fullmatch(noun := text[figure.span.start : figure.span.end].split()[-1])
        and noun.casefold().startswith(figure.unit)
    }


def _by_their_people(
    a: Extraction, b: Extraction, text_a: str | None, text_b: str | None
) -> tuple[Extraction, Extraction]:
    """Each article's counts of a noun its people's name qualifies ("13 Dravonian prisoners"),
    counted as that people where the other article counts them by name alone ("15
    Dravonians"): one count of one side's people, however worded."""
    if text_a is None or text_b is None:
        return a, b

    def counted(extraction: Extraction, text: str, peoples: set[str]) -> Extraction:
        if not peoples:
            return extraction
        figures = []
        for figure in extraction.figures:
            words = text[figure.span.start : figure.span.end].split()
            people = next(
                (
                    word.casefold()
                    for word in words[1:-1]
                    if word[:1].isupper() and word.casefold() in peoples
                ),
                None,
            )
            # A toll's unit is its event's, the count's own ("Twelve American soldiers were
            # wounded" are people injured, not the "14 Americans" evacuated).
            if (
                figure.kind is FigureKind.COUNT
                and people
                and figure.unit != people
                and figure.unit not in TOLL_UNITS
            ):
                figure = figure.model_copy(update={"unit": people})
            figures.append(figure)
        return _with_figures(extraction, figures)

    peoples_a, peoples_b = _peoples(a, text_a), _peoples(b, text_b)
    return counted(a, text_a, peoples_b - peoples_a), counted(b, text_b, peoples_a - peoples_b)


# A part told against its whole: "241 of the 2,912 passengers on board" (the whole is a figure
# of its own, a total of the part's unit, right after "of"), or of whose it is: "23 of the
# train's 94 cars", "241 of the ship's 2,912 passengers".
_OF_THE_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+['’]s?\s+)?$", re.IGNORECASE
)
# What one whole adds to the score of two parts of it: "241 of the 2,912 passengers" and "214
# of the 2,912 passengers" are one count, however differently their sentences go on ("had
# reported being sick", "have reported symptoms"); values apart still keep them apart.
SAME_WHOLE_BONUS = 20.0


def _whole_of(figures: list[Figure], text: str | None) -> list[Decimal | None]:
    """For each count told as a part of a whole ("241 of the 2,912 passengers"), the whole's
    value; None for any other figure, or without the text."""
    wholes: list[Decimal | None] = [None] * len(figures)
    if text is None:
        return wholes
    totals: dict[int, list[Figure]] = {}
    for figure in figures:
        if TOTAL in figure.measure:
            totals.setdefault(figure.sentence.start, []).append(figure)
    for index, figure in enumerate(figures):
        if figure.kind is not FigureKind.COUNT:
            continue
        for other in totals.get(figure.sentence.start, ()):
            if (
                other.span.start > figure.span.end
                and other.unit == figure.unit
                and TOTAL in other.measure
                and _OF_THE_WHOLE.search(text, figure.span.end, other.span.start)
            ):
                wholes[index] = other.value
                break
    return wholes


def _parts_of_one_whole(
    a: list[Figure], b: list[Figure], text_a: str | None, text_b: str | None
) -> list[tuple[int, int]]:
    """Pairs (i, j) of counts of one unit told as parts of wholes of one value (see
    `_whole_of`)."""
    wholes_b: dict[tuple[str, Decimal], list[int]] = {}
    for j, whole in enumerate(_whole_of(b, text_b)):
        if whole is not None:
            wholes_b.setdefault((b[j].unit, whole), []).append(j)
    return [
        (i, j)
        for i, whole in enumerate(_whole_of(a, text_a))
        if whole is not None
        for j in wholes_b.get((a[i].unit, whole), ())
    ]


# A change in a share told in percentage points in one article and by the same number in per
# cent in the other: "lifting its market share to 14.3%, up 2.1 percentage points" and "its
# share of the global market rose 2.1% to 14.3%". One change, its unit misprinted (2.1% of
# 12.2% is a quarter of a point): paired, FC105 reports them.
_POINTS_AND_PER_CENT = frozenset(("pp", "%"))


# What the one longest span of a unit in each of two articles scores, within this gap (see
# `_lone_longest`).
LONGEST_SCORE = 70.0
LONGEST_APART = 0.25


def _lone_longest(a: list[Figure], b: list[Figure]) -> list[tuple[int, int]]:
    """Pairs of spans of time told as the longest ("for as long as 14 hours", "for up to 16
    hours"), each its article's only one of the unit: the worst of one event's outage or
    delay, however differently the two word it."""

    def longest(figures: list[Figure]) -> dict[str, list[int]]:
        by_unit: dict[str, list[int]] = {}
        for k, figure in enumerate(figures):
            if figure.kind is FigureKind.DURATION and figure.bound is Bound.AT_MOST:
                by_unit.setdefault(figure.unit, []).append(k)
        return by_unit

    in_a, in_b = longest(a), longest(b)
    return [
        (found[0], in_b[unit][0])
        for unit, found in in_a.items()
        if len(found) == 1 and len(in_b.get(unit, ())) == 1
    ]


# The words a penalty in money is told in, as a noun or a verb: "face fines of up to £1,000",
# "could be fined up to £100", "a maximum penalty of £5,000".
_FINE_WORDS = frozenset(("fine", "fined", "penalty"))


# Who a fine is for, as its sentence names them: people, or businesses. "Residents who light a
# barbecue … could be fined up to £100" is not "Businesses that sell disposable barbecues …
# face fines of up to £5,000", each its article's one maximum fine.
_FINED_PEOPLE = re.compile(
    r"\b(?:residents?|people|persons?|anyone|anybody|someone|individuals?|households?"
    r"|householders?|homeowners?|motorists?|drivers?|cyclists?|visitors?|tourists?"
    r"|members\s+of\s+the\s+public|offenders?|owners?|parents?|passengers?|users?"
    r"|shoppers?|fans?|pedestrians?|tenants?)\b",
    re.IGNORECASE,
)
_FINED_BODIES = re.compile(
    r"\b(?:business(?:es)?|compan(?:y|ies)|firms?|operators?|retailers?|shops?|stores?"
    r"|traders?|employers?|organi[sz]ations?|venues?|restaurants?|bars?|pubs?|landlords?"
    r"|manufacturers?|suppliers?|providers?|contractors?|corporations?|airlines?|utilit(?:y|ies))"
    r"\b",
    re.IGNORECASE,
)


def _fined(figure: Figure, text: str | None) -> str | None:
    """Who a fine's sentence names (see `_FINED_PEOPLE`): "people" or "bodies" when it names
    only one of them, None when it names both, neither, or without the text."""
    if text is None:
        return None
    sentence = text[figure.sentence.start : figure.sentence.end]
    people = _FINED_PEOPLE.search(sentence) is not None
    if people == (_FINED_BODIES.search(sentence) is not None):
        return None
    return "people" if people else "bodies"


def _lone_fines(
    a: list[Figure], b: list[Figure], text_a: str | None = None, text_b: str | None = None
) -> list[tuple[int, int]]:
    """The pair of the one most a penalty may be ("fines of up to £1,000", "could be fined up
    to £100") in each article, however far apart: the one maximum fine an event's two reports
    tell, in a noun or a verb. Not when one is told of people and the other of businesses
    (see `_fined`), two fines of two orders. Nor, with no maximum in either, the one fine
    imposed each tells, where it is the only sum either calls a fine: "ordered to pay a
    $250,000 fine" and "must also pay a $350,000 fine" of one sentencing."""

    def fines(figures: list[Figure]) -> list[int]:
        return [
            k
            for k, figure in enumerate(figures)
            if figure.kind is FigureKind.MONEY
            and figure.bound is Bound.AT_MOST
            and not _FINE_WORDS.isdisjoint(figure.measure)
        ]

    in_a, in_b = fines(a), fines(b)
    named = not in_a and not in_b
    if named:
        if text_a is None or text_b is None:
            return []
        in_a, in_b = _fines_named(a, text_a), _fines_named(b, text_b)
    if len(in_a) != 1 or len(in_b) != 1 or a[in_a[0]].unit != b[in_b[0]].unit:
        return []
    if named and not _one_fine_imposed(a[in_a[0]], b[in_b[0]], text_a or "", text_b or ""):
        return []
    fined = {_fined(a[in_a[0]], text_a), _fined(b[in_b[0]], text_b)}
    if fined == {"people", "bodies"}:
        return []
    return [(in_a[0], in_b[0])]


# What two figures keyed alike score (see `_keyed_alike`): enough to pair, and no more, so
# that any pair their measures score alike comes first.
KEYED_ALIKE_SCORE = 62.0
# The kinds a key shared by two figures pairs (see `_keyed_alike`): counts and spans are told
# of too many things at once for one word to tie two.
_KEYED_KINDS = frozenset((FigureKind.PERCENT, FigureKind.MONEY))
# Words between "of" and the noun a figure is of (see `_keys`): "£48 million of the debt".
_KEY_ARTICLES = frozenset(("a", "an", "the", "its", "their", "his", "her"))
# Words any figure's sentence may have, which name nothing measured: "came in at $4.05
# billion", "made $2 million"; and what any sum may be, a cost or a total: "will cost C$27.2
# billion over five years" is no "the increase will cost C$4.1 billion over five years", nor
# "paid £63m for a striker" "paid £55 million for a winger".
_LIGHT_VERBS = frozenset(
    "came come comes coming made make makes making took take takes gave give gives went goes "
    "said says told cost costs costing worth value total paid pays paying spent spend spends "
    "raised raise".split()
)
# What a sum or share is net or gross of tells two apart, however alike the rest: "net
# transfer spending of £90 million" is not "spent £130m on new players".
_NET_OR_GROSS = frozenset(("net", "gross"))
# A word capitalized inside a sentence: a name, which ties a figure to whom it is of, not to
# what it measures ("Shares of Kelbrook Land fell", "Shares in Kelbrook Services fell").
_NAMED_WORD = re.compile(r"(?<=[\s(“\"'‘-])[A-Z][a-zA-Z’'-]*")
# A cost of work done on a thing, in a sentence: "was renovated in 2016 at a cost of", "an
# overhaul in 2016 costing". The one such sum of a year in each article is one bill.
_WORKS_COST = re.compile(
    r"\b(?:cost(?:s|ing)?|overhaul(?:s|ed|ing)?|renovat\w*|refurbish\w*|refit(?:s|ted)?"
    r"|upgrad\w*|repair(?:s|ed)?|restor(?:ation|ed)|rebuil[dt]\w*|moderni[sz]\w*)\b",
    re.IGNORECASE,
)


def _lede(text: str) -> tuple[int, int] | None:
    """Where an article's lede is, the first paragraph after its headline told in sentences
    (as `_headline_sum` reads it), or None where the article opens with no headline."""
    paragraphs = [(match.start(), match.end()) for match in _PARAGRAPH.finditer(text)]
    if len(paragraphs) < 2 or not is_headline(text[paragraphs[0][0] : paragraphs[0][1]]):
        return None
    return next(
        (
            (start, end)
            for start, end in paragraphs[1:]
            if text[start:end].rstrip().endswith(_SENTENCE_ENDS) and len(text[start:end]) > 120
        ),
        None,
    )


def _keys(figures: list[Figure], words: list[list[str]], text: str | None) -> list[set[str]]:
    """What ties each share or sum to one fact (see `_keyed_alike`): the words of its measure
    told right beside it; all its measure's words where it is the only figure of its unit in
    the lede; for a cost of work done, the year it is told of."""
    found: list[set[str]] = [set() for _ in figures]
    if text is None:
        return found
    lede = _lede(text)
    in_lede = [lede is not None and lede[0] <= figure.span.start < lede[1] for figure in figures]
    for k, figure in enumerate(figures):
        if figure.kind not in _KEYED_KINDS:
            continue
        sentence = text[figure.sentence.start : figure.sentence.end]
        names = {fold(name) for name in _NAMED_WORD.findall(sentence)}
        own = {
            w
            for w in words[k]
            if w not in _MARKERS
            and w not in MOVEMENT
            and w not in _LIGHT_VERBS
            and w not in names
            and w.removesuffix("s") not in names
            and len(w) > 3
        }
        before = _BESIDE_WORD.findall(fold(text[figure.sentence.start : figure.span.start]))
        after = _BESIDE_WORD.findall(fold(text[figure.span.end : figure.sentence.end]))
        # The noun a figure is of: right after it ("a 6% royalty", "£48 million of debt"), or
        # before "of" right before it ("a royalty of nine percent"); not a word merely near,
        # whose payer or payee it may be ("fined the builder £1.2 million").
        # Two words each way, for a noun of two ("a 4% licence fee", "a licence fee of 7%").
        if after[:1] == ["of"]:
            after = [w for w in after[1:4] if w not in _KEY_ARTICLES]
        beside = set(after[:2]) | (set(before[-3:-1]) if before[-1:] == ["of"] else set())
        beside = {w.removesuffix("s") for w in beside}
        # Read as the measure's words are (see `scored_words`): "a premium of 31%" is keyed by
        # the margin its measure says, "£1,500 in compensation" by the payment.
        beside |= {_ONE_WORD.get(w, w) for w in beside} | (
            {MARGIN} if not _PREMIUM.isdisjoint(beside) else set()
        )
        found[k] = {w for w in own if w.removesuffix("s") in beside}
        if figure.kind is FigureKind.MONEY and not any(
            other.unit == figure.unit and m != k for m, other in enumerate(figures)
        ):
            # The only sum of its currency in an article: a zero slipped may tie it to the
            # other's only one, by any word of what it pays for (see `_keyed_alike`).
            found[k] |= {f"{_ALONE_KEY}{w}" for w in own}
        if in_lede[k] and not any(
            in_lede[m] and figures[m].unit == figure.unit and m != k for m in range(len(figures))
        ):
            found[k] |= {f"lede {w}" for w in own}
        if (
            figure.kind is FigureKind.MONEY
            and figure.period is not None
            and figure.period.isdigit()
            and _WORKS_COST.search(sentence) is not None
        ):
            found[k].add(f"works {figure.period}")
    return found


# The mark of a key of the only sum of a currency in an article (see `_keys`).
_ALONE_KEY = "alone "


def _keyed_alike(
    a: list[Figure],
    b: list[Figure],
    words_a: list[list[str]],
    words_b: list[list[str]],
    text_a: str | None,
    text_b: str | None,
) -> list[tuple[int, int]]:
    """Pairs of shares or sums of one unit that one key ties (see `_keys`), held by no other
    figure of the unit in either article: a word of what they measure both tell right beside
    them ("pay a 6% royalty on", "a royalty of nine percent"), a word of what the only sums of
    a currency in each pay for, a zero slipped ("$45 million to help modernize irrigation
    canals", "US$450 million to upgrade irrigation canals"), a word of the one share each
    lede tells ("cut the sugar households buy from those drinks by 34%", "reduced the sugar
    families buy in fizzy drinks by 29 per cent"), or the year of a sum of work done
    ("renovated in 2016 at a cost of", "an overhaul in 2016 costing"). A cost of 2016 and an
    overhaul of 2019 share no key."""
    holders: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    for side, figures, found in (
        (0, a, _keys(a, words_a, text_a)),
        (1, b, _keys(b, words_b, text_b)),
    ):
        for k, (figure, key) in enumerate(zip(figures, found, strict=True)):
            for word in key:
                holders.setdefault((figure.unit, word), ([], []))[side].append(k)
    return sorted(
        {
            (in_a[0], in_b[0])
            for (_, key), (in_a, in_b) in holders.items()
            if len(in_a) == len(in_b) == 1
            and (not key.startswith(_ALONE_KEY) or decimal_slip(a[in_a[0]], b[in_b[0]]))
            and _NET_OR_GROSS & set(words_a[in_a[0]]) == _NET_OR_GROSS & set(words_b[in_b[0]])
            and (
                key != MARGIN
                or _gap_references(a[in_a[0]], text_a) == _gap_references(b[in_b[0]], text_b)
            )
        }
    )


# The levels a premium is told from (see `_gap_references`): a day's close, an average over
# days, a price before the bid was known. The close is what a premium told from no level is
# from.
_GAP_REFERENCES = (
    ("average", re.compile(r"\b(?:average|weighted|vwap|\d+-(?:day|week|month))\b", re.I)),
    (
        "unaffected",
        re.compile(
            r"\b(?:unaffected|undisturbed)\b"
            r"|\bbefore\s+(?:the\s+)?(?:news|reports?|word|announcement)\b",
            re.I,
        ),
    ),
)


def _gap_references(figure: Figure, text: str | None) -> frozenset[str]:
    """The levels other than a close a premium's sentence tells it from: a premium of 31% to
    Friday's close is not one of 45% to the 30-day average price, each its article's only
    premium."""
    if text is None:
        return frozenset()
    sentence = text[figure.sentence.start : figure.sentence.end]
    return frozenset(name for name, said in _GAP_REFERENCES if said.search(sentence))


def _years_of_alike(a: list[Figure], b: list[Figure]) -> list[tuple[int, int]]:
    """The pair of the one year a thing was built, opened or founded (see `YEARS_OF`) in each
    article, where the two name other milestones in the same year: one date of the thing. Two
    years apart may be its building and its opening, two milestones."""
    dated_a = [k for k, figure in enumerate(a) if figure.unit in YEARS_OF]
    dated_b = [k for k, figure in enumerate(b) if figure.unit in YEARS_OF]
    if not _one_figure(a, dated_a) or not _one_figure(b, dated_b):
        return []
    i, j = dated_a[0], dated_b[0]
    if a[i].unit == b[j].unit or a[i].value is None or a[i].value != b[j].value:
        return []
    return [(i, j)]


# The words a ban is told in: "a two-year doping ban", "a 24-month suspension".
_BAN_WORDS = frozenset(("ban", "banned", "suspension", "suspended"))
# A span told as what something was cut or raised to, right after "to": "reduced his ban to 15
# months", "The panel reduced that to a year and a half".
_CUT_TO = re.compile(
    r"\b(?:reduc|cut|shorten|lower|extend|lengthen|increas)\w*\b[^.;]*\bto\s+$", re.IGNORECASE
)
# What the sentence after a ban calls it, when it tells what the ban was cut to: "reduced that
# to", "cut it to".
_CUT_THAT = re.compile(r"\b(?:that|it|this)\s+to\s+$", re.IGNORECASE)


def _months(figure: Figure) -> Decimal | None:
    """A span in months, told in months or years; None for any other."""
    if figure.kind is not FigureKind.DURATION or figure.value is None:
        return None
    if figure.unit == "month":
        return figure.value
    return figure.value * 12 if figure.unit == "year" else None


def _cut_bans(figures: list[Figure], text: str) -> dict[int, int]:
    """For each span told as what a ban was cut or raised to (see `_CUT_TO`), the index of
    that ban: the span of a ban before it in its sentence, or, where it calls the ban "that",
    the last one the sentence before tells."""
    found: dict[int, int] = {}
    for k, figure in enumerate(figures):
        lead = text[figure.sentence.start : figure.span.start]
        if _months(figure) is None or _CUT_TO.search(lead) is None:
            continue
        earlier = [
            m
            for m in range(k)
            if _months(figures[m]) is not None and not _BAN_WORDS.isdisjoint(figures[m].measure)
        ]
        same = [m for m in earlier if figures[m].sentence == figure.sentence]
        # The ban the sentence right before tells, nothing but space between the two.
        before = [
            m
            for m in earlier
            if figures[m].sentence.end <= figure.sentence.start
            and not text[figures[m].sentence.end : figure.sentence.start].strip()
        ]
        if same:
            found[k] = same[-1]
        elif before and _CUT_THAT.search(lead) is not None:
            found[k] = before[-1]
    return found


def _bans_cut(
    a: list[Figure], b: list[Figure], text_a: str | None, text_b: str | None
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Pairs of one ban told in each article, the same in months ("two-year", "24-month"), and
    of what each says it was cut to (see `_cut_bans`); and the pairs of what two bans of other
    lengths were cut to, which are two bans' ("had a four-year ban reduced to nine months")."""
    if text_a is None or text_b is None:
        return [], []
    cut_a, cut_b = _cut_bans(a, text_a), _cut_bans(b, text_b)
    paired = {
        pair
        for k, i in cut_a.items()
        for m, j in cut_b.items()
        if _months(a[i]) == _months(b[j])
        for pair in ((i, j), (k, m))
    }
    apart = {
        (k, m)
        for k, i in cut_a.items()
        for m, j in cut_b.items()
        if _months(a[i]) != _months(b[j]) and (k, m) not in paired
    }
    return sorted(paired), sorted(apart)


# A sum named a fine beside it: "a $250,000 fine", "a fine of €40,000", "fined £12,000".
_FINE_AFTER = re.compile(r"\s+(?:civil\s+|criminal\s+)?(?:fine|penalty)\b", re.IGNORECASE)
_FINE_BEFORE = re.compile(
    r"\b(?:(?:fine|penalty)\s+of|fined)\s+(?:about\s+|some\s+)?$", re.IGNORECASE
)


def _fines_named(figures: list[Figure], text: str) -> list[int]:
    """The exact sums of money named a fine beside them (see `_FINE_AFTER`, `_FINE_BEFORE`),
    not those a fine is only told near: "pay a $350,000 fine and forfeit $1.9 million"."""
    return [
        k
        for k, figure in enumerate(figures)
        if figure.kind is FigureKind.MONEY
        and figure.bound is Bound.EXACT
        and (
            _FINE_AFTER.match(text, figure.span.end) is not None
            or _FINE_BEFORE.search(text[max(0, figure.span.start - 30) : figure.span.start])
            is not None
        )
    ]


# Words any sentence telling of a fine imposed may share, which name neither who pays it nor
# what for: "ordered to pay a $5,000 fine, the judge ruled", "must pay a $500 fine, court
# records show".
_FINE_TELLING_WORDS = frozenset(
    "fine fines fined penalty penalties pay pays paid paying ordered order orders must also "
    "agreed agree been have having were with that this their they them from after over into "
    "would could will shall which judge judges court courts ruled rules said says told record "
    "records show shows showed sentenced given handed face faces faced total".split()
)
_FINE_TELLING_WORD = re.compile(r"[a-z][a-z’'-]{3,}")


def _fine_telling(figure: Figure, text: str) -> set[str]:
    """The words of a fine's sentence that may name who pays it or what for, crudely singular."""
    sentence = fold(text[figure.sentence.start : figure.sentence.end])
    return {
        word.removesuffix("s")
        for word in _FINE_TELLING_WORD.findall(sentence)
        if word not in _FINE_TELLING_WORDS
    }


def _one_fine_imposed(a: Figure, b: Figure, text_a: str, text_b: str) -> bool:
    """Whether the one fine imposed each article names (see `_fines_named`) may be one: told of
    no two periods, and with a word of who pays it or what for shared ("A Denver broker … ordered
    to pay a $120,000 fine" and "the broker must also pay a $180,000 fine"). "He was fined
    $5,000 for contempt" is no "$500 fine for a parking offence"; "fined $1.2 million for delays
    in 2023" none "fined $400,000 for delays in 2024"."""
    return periods_compatible(a.period, b.period) and not _fine_telling(a, text_a).isdisjoint(
        _fine_telling(b, text_b)
    )


# What the one swing in each of two articles scores (see `_lone_swings`).
SWING_SCORE = 75.0
# A swing said before its figure, no other number between ("a swing of 12.4 percentage
# points", "The swing from the Conservatives to Labour was 12.9 per cent"), or right after it
# ("a 12.9% swing", "a 12.9-point swing").
_SWING_BEFORE = re.compile(r"\bswing\b[^\d;]*$", re.IGNORECASE)
_SWING_AFTER = re.compile(r"(?:-?\s*(?:percentage\s+)?points?)?\s*swing\b", re.IGNORECASE)


def _swings(figures: list[Figure], text: str) -> list[int]:
    """The indexes of the figures in points or per cent that a swing is told in."""
    return [
        k
        for k, figure in enumerate(figures)
        if figure.unit in _POINTS_AND_PER_CENT
        and (
            _SWING_BEFORE.search(text[figure.sentence.start : figure.span.start]) is not None
            or _SWING_AFTER.match(text, figure.span.end, figure.sentence.end) is not None
        )
    ]


def _lone_swings(
    a: list[Figure], b: list[Figure], text_a: str | None, text_b: str | None
) -> list[tuple[int, int]]:
    """The pair of the one swing in each article, told in points or per cent alike (British
    outlets print an election's swing either way), however its measure is worded."""
    if text_a is None or text_b is None:
        return []
    swings_a, swings_b = _swings(a, text_a), _swings(b, text_b)
    if len(swings_a) != 1 or len(swings_b) != 1:
        return []
    return [(swings_a[0], swings_b[0])]


def _points_against_per_cent(a: list[Figure], b: list[Figure]) -> list[tuple[int, int]]:
    """Pairs (i, j) of a change in points and one in per cent of the same value."""
    by_value: dict[tuple[str, Decimal], list[int]] = {}
    for j, figure in enumerate(b):
        if figure.unit in _POINTS_AND_PER_CENT and figure.value is not None:
            by_value.setdefault((figure.unit, figure.value), []).append(j)
    return [
        (i, j)
        for i, figure in enumerate(a)
        if figure.unit in _POINTS_AND_PER_CENT and figure.value is not None
        for j in by_value.get((("%" if figure.unit == "pp" else "pp"), figure.value), ())
    ]


def _restated(extraction: Extraction, printed: list[str], theirs: set[str]) -> set[int]:
    """The figures that convert another into the unit both are compared in, when the other
    article prints neither unit or both: in "200 to 400 mm (8 to 16 inches) of rain", the
    inches say the same again and would pair apart from the millimetres ("310 mm" of rain
    elsewhere is within 8 to 16 inches). A conversion into the unit the other article prints,
    and its figure's is not, is kept: "about 9,000 feet (2,750 meters)" is checked by its
    metres against "2,570 metres" (see `SAME_PRINTED_UNIT_NUDGE`). ``printed``: each figure's
    unit as printed; ``theirs``: the units the other article prints."""
    index_of = {figure.id: index for index, figure in enumerate(extraction.figures)}
    restated = set()
    for index, figure in enumerate(extraction.figures):
        host = index_of.get(figure.converts or "")
        if host is None or figure.kind is FigureKind.MONEY:
            continue
        if figure.unit != extraction.figures[host].unit:
            continue  # not one unit once compared: each is checked on its own
        if printed[index] in theirs and printed[host] not in theirs:
            continue
        restated.add(index)
    return restated


def _in_outlet_dollars(
    bare_side: Extraction, named_side: Extraction, bare_text: str | None = None
) -> Extraction:
    """``bare_side`` with its bare "$" amounts in the named dollar they are priced alike in
    the other article: an Australian paper's "a $600,000 mortgage … about $190 a month" is
    in the other's A$ ("a A$600,000 home loan … about A$90 a month"), so $190 and A$90 are
    compared, not only the amounts printed alike; or in the one dollar the other names when
    the bare side is set in that dollar's country ("KELSO LAKE, B.C. — … The province has
    spent more than $1.1 billion" against "C$1.1 million"). Only when the bare side names no
    dollar of its own ("US$", "A$"): then its "$" may be any of them."""
    if any(figure.unit in _DOLLARS or "US$" in figure.text for figure in bare_side.figures):
        return bare_side
    named_all = [
        figure
        for figure in named_side.figures
        if figure.unit in _DOLLARS and figure.value is not None
    ]
    if not named_all:
        return bare_side
    # A bare "$" amount printed as the other's bracketed conversion ("A$1.2 billion ($780
    # million)" beside "pledged $780 million") shows the bare side's "$" is the dollar the
    # other converts into, not the one it names.
    converted = {
        figure.value
        for figure in named_side.figures
        if figure.converts is not None and _bare_dollar(figure) and figure.value is not None
    }
    if any(_bare_dollar(figure) and figure.value in converted for figure in bare_side.figures):
        return bare_side
    named_units = {figure.unit for figure in named_all}
    if bare_text is not None and len(named_units) == 1:
        (named_unit,) = named_units
        home = _DOLLAR_HOMES.get(named_unit)
        # Not when the other prints bare "$" amounts as well: its named dollar is then another
        # than its own "$", which may be the bare side's ("failing to pay $18.1 million" beside
        # "HK$0.62" a share). A bare "$" in brackets converting a named amount is no amount of
        # its own: "A$120 million ($78 million)" tells its story in A$, as the bare side's
        # Australian "$150m" is.
        if (
            home is not None
            and home.search(bare_text)
            and not _US_SETTING.search(bare_text)
            and not any(
                _bare_dollar(figure) and figure.converts is None for figure in named_side.figures
            )
        ):
            return _in_unit(bare_side, named_unit, _bare_dollar)
    # One amount printed alike, of one thing ("a $600,000 mortgage", "a A$600,000 home loan"),
    # or told "about" it, of one measure ("a national median value of about $812,000" and "the
    # national median value rose to A$812,400").
    dollars = {
        named.unit
        for bare in bare_side.figures
        if _bare_dollar(bare) and bare.value is not None
        for named in named_all
        if (
            named.value == bare.value
            and (_specific(bare) or measure_score(bare, named) >= _SAME_THING)
        )
        or (
            Bound.APPROXIMATE in (bare.bound, named.bound)
            and _gap(float(named.value), float(bare.value)) <= SAME_VALUE
            and measure_score(bare, named) >= _SAME_THING
        )
    }
    if len(dollars) != 1:
        return bare_side
    (dollar,) = dollars
    return _in_unit(bare_side, dollar, _bare_dollar)


_TEMPERATURE_SCALES = frozenset(("°C", "°F"))


def _in_other_scale(bare_side: Extraction, scaled_side: Extraction) -> Extraction:
    """``bare_side`` with its bare "degrees" in the one temperature scale the other article
    prints, when it prints none itself: "the mercury forecast to hit almost 44 degrees in
    Ararat" against "forecast to reach 43.6C in Ararat" is one forecast of one place. An
    article printing one scale itself has its bare degrees in that one: "reaching 117 degrees
    Fahrenheit" names the scale once, and "highs between 108 and 113 degrees" are in it."""
    if not any(figure.unit == "degree" for figure in bare_side.figures):
        return bare_side
    scales = {figure.unit for figure in bare_side.figures if figure.unit in _TEMPERATURE_SCALES}
    if not scales:
        scales = {f.unit for f in scaled_side.figures if f.unit in _TEMPERATURE_SCALES}
    if len(scales) != 1:
        return bare_side
    (scale,) = scales
    return _in_unit(bare_side, scale, lambda figure: figure.unit == "degree")


# The unit of a count that names no thing: what it counts is in its measure.
_UNNAMED_UNIT = "unit"


def _units_named(units_side: Extraction, other_side: Extraction) -> Extraction:
    """``units_side`` with its counts in "units" read in the other article's unit of count
    that their measure names, when it names just one: a carmaker "lowered its full-year
    global vehicle sales forecast to 4.35 million units" counts vehicles, as the other's
    "expects to sell 4.35 million vehicles" does."""
    if not any(figure.unit == _UNNAMED_UNIT for figure in units_side.figures):
        return units_side
    counted = {
        figure.unit
        for figure in other_side.figures
        if figure.kind is FigureKind.COUNT and figure.unit != _UNNAMED_UNIT
    }
    named: dict[str, str] = {}
    for figure in units_side.figures:
        if figure.kind is FigureKind.COUNT and figure.unit == _UNNAMED_UNIT:
            units = counted.intersection(figure.measure)
            if len(units) == 1:
                named[figure.id] = units.pop()
    if not named:
        return units_side
    figures = [
        figure.model_copy(update={"unit": named[figure.id]}) if figure.id in named else figure
        for figure in units_side.figures
    ]
    return units_side.model_copy(update={"figures": figures})


# A sentence that opens on the whole it divides: "Of the recalled vehicles, 286,000 are in the
# United States". The noun is the last word before the comma, up to four words in.
_PARTITIVE_LEAD = re.compile(
    r"Of\s+(?:the|those|these|its|their|all)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+s)\s*,\s*"
)


def _partitive_units(
    units_side: Extraction, other_side: Extraction, text: str | None
) -> Extraction:
    """``units_side`` with a count that names no unit read in the whole its sentence opens on
    (see `_PARTITIVE_LEAD`), when the other article counts that thing: "Of the recalled
    vehicles, 286,000 are in the United States" counts vehicles, as the other's "with 268,000
    vehicles" does. Only the count the lead runs into: the rest of a list may be anything."""
    if text is None or not any(figure.unit == "" for figure in units_side.figures):
        return units_side
    counted = {
        figure.unit
        for figure in other_side.figures
        if figure.kind is FigureKind.COUNT and figure.unit
    }
    named: dict[str, str] = {}
    for figure in units_side.figures:
        if figure.kind is not FigureKind.COUNT or figure.unit:
            continue
        lead = _PARTITIVE_LEAD.match(text, figure.sentence.start, figure.span.start)
        if lead is None or lead.end() != figure.span.start:
            continue
        noun = lead.group("noun")
        unit = next((unit for unit in (noun, noun.removesuffix("s")) if unit in counted), None)
        if unit is not None:
            named[figure.id] = unit
    if not named:
        return units_side
    figures = [
        figure.model_copy(update={"unit": named[figure.id]}) if figure.id in named else figure
        for figure in units_side.figures
    ]
    return units_side.model_copy(update={"figures": figures})


def _in_unit(extraction: Extraction, unit: str, which: Callable[[Figure], bool]) -> Extraction:
    """The extraction with the figures ``which`` picks read in ``unit``: only what is
    compared changes, each figure keeping its id, text and span."""
    figures = [
        figure.model_copy(update={"unit": unit}) if which(figure) else figure
        for figure in extraction.figures
    ]
    return extraction.model_copy(update={"figures": figures})


# A pair this sure, or of one value, anchors its two sentences to one another; the other
# figures of those sentences then pair at this score, above a pair on a word or two.
ANCHOR_SCORE = 80.0
# How far apart the values of two figures that sentences so anchored put side by side may be,
# when their measures share a word: "will increase to £9,790 in 2026-27, a rise of 2.7 per
# cent" and "will rise to 9,790 pounds in 2026-27, a 3.7% increase".
ANCHOR_WORDED_GAP = 0.3
# The new levels two changes reached from one level printed alike, the same way: a share
# of the larger within which they are one level told apart ("to $900,000 from $2.4
# million" and "from $2.4m to $600,000", 1.5 times apart), not two stages or tiers of a
# plan (a fare halved off peak, a grant "to £1.8 million" one year and "£900,000" later).
NEW_LEVELS_GAP = 0.4
# How far apart, in minutes, two parallel sentences' times may be and still be one moment
# misreported ("7.42am" and "7:24 a.m."): not a temperature's peak at 3.48pm and demand's at
# 5:30pm.
CLOCK_ANCHOR_REACH = 60
# How far apart, in minutes, the one time of day in each article may be and still pair with
# no word of their measures shared: a time misreported by an hour or two, not a morning's and
# a night's.
CLOCK_ALONE_REACH = 180
# The calendar day printed right after a time of day ("5pm on Friday 9 October", "by noon
# Friday, Oct. 9"): the one time in each article, on one day so dated, is one moment (a
# deadline) however far apart and worded apart; a weekday alone may be any week's.
_MONTH_NAMES = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_CLOCK_DAY = re.compile(
    r"\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_NAMES})"
    rf"|(?P<m2>{_MONTH_NAMES})\.?\s+(?P<d2>[12]\d|3[01]|0?[1-9])(?!\d))\b"
)


def _clock_day(figure: Figure, text: str) -> tuple[str, str] | None:
    """The day and month (as printed but for their long names) a time of day is dated."""
    match = _CLOCK_DAY.match(text, figure.span.end, figure.sentence.end)
    if match is None:
        return None
    month = match.group("m1") or match.group("m2")
    return (match.group("d1") or match.group("d2")).lstrip("0"), month[:3]


ANCHORED_SCORE = 75.0


def _range_periods_compatible(a: str | None, b: str | None) -> bool:
    """Whether two ranges an end keeps alike (see `_one_end_ranges`) may be of one period: as
    `periods_compatible`, and a full year with no year said may be the year the other names.
    A forecast is of one year, the one the story is about: "expects full-year operating profit
    of 1.45 billion to 1.60 billion euros" and "sees operating profit for 2024 at between 1.45
    billion and 1.65 billion euros". (Only for a range with an end printed alike: a single
    full-year figure may be last year's against this year's.)"""
    if periods_compatible(a, b):
        return True
    if a is None or b is None or "FY" not in (a, b):
        return False
    return _BARE_YEAR.fullmatch(b if a == "FY" else a) is not None


_BARE_YEAR = re.compile(r"\d{4}")


def _full_year_to_a_month(a: str | None, b: str | None) -> bool:
    """Whether one period is a full year with no year said and the other a year to a month, or
    a month with its year (a label that may be a year's read as a month's):
    in parallel sentences, one fiscal year ("narrowed its forecast for full-year revenue growth
    to 3% to 5%", "cut its forecast for revenue growth in the year to March 2027 to 3%-6%")."""
    if a is None or b is None or "FY" not in (a, b):
        return False
    other = b if a == "FY" else a
    if other.startswith(_YEAR_TO):
        return True  # "in the year to March" (see `factcheck.extract.periods`)
    return " " in other and _MONTH_PERIOD.fullmatch(other) is not None


def _month_of_the_year(a: str | None, b: str | None) -> bool:
    """Whether one period is a month with its year and the other that year: one value printed
    alike is one mark set then, dated to the month or the year ("the previous record of 50,270
    megawatts set in September 2022", "the 2022 record of 50,270 megawatts")."""
    if a is None or b is None:
        return False
    month, year = (a, b) if len(a) > len(b) else (b, a)
    return (
        _YEAR_PERIOD.fullmatch(year) is not None
        and _MONTH_PERIOD.fullmatch(month) is not None
        and month.endswith(f" {year}")
    )


_YEAR_PERIOD = re.compile(r"\d{4}")


# The label of twelve months named by their last month: "year to March 2027".
_YEAR_TO = "year to "


# What stands between an amount and a change or share of it told right after it: a comma, and
# the change's side ("$75.2 million, up 15% on last year", "$75m, 25% more than in 2025").
# Or the change named ("9.84 million TEUs, an increase of 11.7%").
_RESTATED_AFTER = re.compile(
    # Past the whole an amount is of, when "or" restates it as its share: "accounted for $14.2
    # million of the domestic total, or 16%" is the other's "$14.2 million, 19% of the weekend".
    r"(?:\s+of\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=,\s+or\s))?"
    r",\s+(?:(?:up|down|or)\s+"
    r"|an?\s+(?:increase|rise|gain|jump|climb|fall|drop|decline|decrease)\s+of\s+)?"
)
# Between a change and the level it reached, told right after it: "Container throughput rose
# 7.1% to 9.84 million TEUs".
_REACHED_AFTER = re.compile(r"\s+to\s+")


def _told_right_after(
    figures: list[Figure],
    text: str | None,
    between: re.Pattern[str],
    fits: Callable[[Figure, Figure], bool],
) -> list[int | None]:
    """For each figure told right after the one before it in its sentence, with only
    ``between`` between them and ``fits(before, figure)``, that figure's index; None for the
    others, or without the text."""
    found: list[int | None] = [None] * len(figures)
    if text is None:
        return found
    for index in range(1, len(figures)):
        before, figure = figures[index - 1], figures[index]
        if (
            before.sentence == figure.sentence
            and fits(before, figure)
            and between.fullmatch(text, before.span.end, figure.span.start)
        ):
            found[index] = index - 1
    return found


def _restating(figures: list[Figure], text: str | None) -> list[int | None]:
    """For each figure told right after another of its sentence in another unit (see
    `_RESTATED_AFTER`), that figure's index; None for the others, or without the text. Not
    figures of one unit listed ("$5m, $3m and $2m")."""
    found = _told_right_after(
        figures, text, _RESTATED_AFTER, lambda before, figure: before.unit != figure.unit
    )
    # A percentage change told before the level it reached is that level's as much.
    reached = _told_right_after(
        figures,
        text,
        _REACHED_AFTER,
        lambda before, figure: before.unit == "%" and figure.unit not in ("%", None, ""),
    )
    for index, before in enumerate(reached):
        if before is not None and found[before] is None:
            found[before] = index
    return found


# Between an amount and the span it is spread over: "$7.42 billion over 12 years", "$7.4
# billion, spread across 15 years", or past who it is for ("an extra £320 million for the
# board over three years").
_SPREAD_LEAD = (
    r"(?:\s+(?:for|to)\s+(?:the\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    # Or past the words of what it is and who it is for, when a verb spreads it: "a 3.5% pay
    # rise spread over two years", "£32 million in help for the worst-hit boats, spread over
    # five years", "a £32 million support package for affected vessels, to be paid over".
    r"|(?:\s+[a-z][\w-]*){1,6}(?=,?\s+(?:to\s+be\s+)?(?:spread|paid|phased|staggered)\s))?"
    r",?\s+(?:(?:to\s+be\s+)?(?:spread|paid|phased|staggered)\s+)?"
)
_SPREAD_AFTER = re.compile(_SPREAD_LEAD + r"(?:over|across)\s+")
# The same, when the extractor read "over" into the span as its qualifier ("to be paid over
# three years" printed as "over three years").
_SPREAD_INTO = re.compile(_SPREAD_LEAD)
_SPREAD_QUALIFIERS = frozenset(("over", "across"))


def _spread_over(figures: list[Figure], text: str | None) -> list[int | None]:
    """For each span of time told right after another figure of its sentence as the span that
    figure is spread over (see `_SPREAD_AFTER`), that figure's index; None for the others, or
    without the text."""

    def fits(before: Figure, figure: Figure, qualified: bool) -> bool:
        return (
            figure.kind is FigureKind.DURATION
            and before.kind is not FigureKind.DURATION
            and ((figure.qualifier or "").casefold() in _SPREAD_QUALIFIERS) == qualified
        )

    after = _told_right_after(figures, text, _SPREAD_AFTER, lambda b, f: fits(b, f, False))
    into = _told_right_after(figures, text, _SPREAD_INTO, lambda b, f: fits(b, f, True))
    return [one if one is not None else other for one, other in zip(after, into, strict=True)]


# Between a change's new level and the level it left, one of its sentence: "raised its
# estimate … to 2.6% from 2.4%" (the new level first) or "from 2.4% to 2.6%".
_TO_FROM = re.compile(r",?\s+(?:(?:up|down)\s+)?from\s+")
_FROM_TO = re.compile(r"\s+to\s+")


# Between a figure and the baseline it is set against, told right after it in its clause:
# "8.4% of treated patients versus 2.1% on placebo", "6.1% of pupils, compared with 3.9%".
_COMPARED_AFTER = re.compile(
    r"(?:\s+(?:of|in|among|on|for)\s+[^,;:.()—]{0,60}?)?,?\s+"
    r"(?:versus|vs\.?|against|compared\s+(?:with|to))\s+"
    r"(?:(?:about|around|roughly|some|just|only|nearly|almost)\s+)?"
)


def _compared_with(figures: list[Figure], text: str | None) -> list[int | None]:
    """For each figure told as the baseline of the one before it, of its unit (see
    `_COMPARED_AFTER`), that figure's index; None for the others, or without the text."""
    return _told_right_after(
        figures,
        text,
        _COMPARED_AFTER,
        lambda before, figure: _unit_key(before) == _unit_key(figure),
    )


def _told_at_its_value(
    a: list[Figure],
    b: list[Figure],
    words_a: list[list[str]],
    words_b: list[list[str]],
    scores: dict[tuple[int, int], float],
    gap: Callable[[int, int], float],
) -> list[tuple[int, int, int, int]]:
    """The scored pairs of different values where one figure's measure names a subject the
    other's lacks, and the other article tells that figure's very value under that subject:
    "The audience skewed male, at 61%" is not "44% of the audience was aged between 18 and
    34" when that article also gives "Men made up 61% of ticket buyers". Each with the pair
    of that value (its index in a, then in b)."""
    found = []
    subjects_a = [subject_words(words) for words in words_a]
    subjects_b = [subject_words(words) for words in words_b]
    by_value_a: dict[tuple[str, str, float], list[int]] = {}
    by_value_b: dict[tuple[str, str, float], list[int]] = {}
    for figures, by_value in ((a, by_value_a), (b, by_value_b)):
        for index, figure in enumerate(figures):
            if figure.value is not None:
                by_value.setdefault(_value_key(figure), []).append(index)
    for i, j in scores:
        if a[i].value is None or b[j].value is None or gap(i, j) <= SAME_VALUE:
            continue
        own_b = subjects_b[j] - subjects_a[i]
        told_a = [
            k for k in by_value_a.get(_value_key(b[j]), ()) if not own_b.isdisjoint(subjects_a[k])
        ]
        own_a = subjects_a[i] - subjects_b[j]
        told_b = [
            m for m in by_value_b.get(_value_key(a[i]), ()) if not own_a.isdisjoint(subjects_b[m])
        ]
        if len(told_a) == 1:
            found.append((i, j, told_a[0], j))
        elif len(told_b) == 1:
            found.append((i, j, i, told_b[0]))
    return found


def _moved_from(figures: list[Figure], text: str | None) -> list[int | None]:
    """For each figure told as the level a change reached, next to the level it left (see
    `_TO_FROM`), that earlier level's index; None for the others, or without the text."""
    found: list[int | None] = [None] * len(figures)
    if text is None:
        return found
    for index in range(1, len(figures)):
        first, second = figures[index - 1], figures[index]
        if first.sentence != second.sentence or _unit_key(first) != _unit_key(second):
            continue
        earlier_first = PREVIOUS in first.measure
        if earlier_first == (PREVIOUS in second.measure):
            continue
        if not earlier_first and _TO_FROM.fullmatch(text, first.span.end, second.span.start):
            found[index - 1] = index
        elif earlier_first and _FROM_TO.fullmatch(text, first.span.end, second.span.start):
            found[index] = index - 1
    return found


def _alike_beside(words_a: list[str], words_b: list[str]) -> bool:
    """Whether two measures side by side in anchored sentences share what they measure: a
    word besides a movement, or a movement alone ("a rise of 2.7 per cent", "a 3.7%
    increase"); not "the Sensex rose 9 per cent" and "the Nifty 50 rose 8 percent"."""
    set_a, set_b = set(words_a), set(words_b)
    if set_a <= MOVEMENT and set_b <= MOVEMENT:
        return not set_a.isdisjoint(set_b)
    return bool((set_a & set_b) - MOVEMENT)


def _counted_in_own_noun(figure: Figure) -> bool:
    """Whether a figure counts a thing its unit names ("workers", "homes"), not people or
    things at large, which many counts share (see `_COMMON_UNITS`)."""
    return figure.kind is FigureKind.COUNT and figure.unit not in _COMMON_UNITS


def _anchored(
    a: list[Figure],
    b: list[Figure],
    anchors: list[tuple[int, int]],
    may_pair: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Pairs in two sentences that an anchor joins, one figure of a unit in each besides the
    anchors: "will cost $799 in the US, £749 in the UK" and "sold … for $849 in the United
    States and £749 in Britain" give the US price, whose measures share no word, once the
    £749 pairs; "6.5 per cent of those on the drug, compared with 8.0 per cent of those given
    the placebo" and "6.5 percent of people on the drug and in 8.4 percent of those on
    placebo" give the placebo rates."""
    anchored_a = {i for i, _ in anchors}
    anchored_b = {j for _, j in anchors}
    in_sentence_a: dict[int, list[int]] = {}
    in_sentence_b: dict[int, list[int]] = {}
    for figures, where, anchored in (
        (a, in_sentence_a, anchored_a),
        (b, in_sentence_b, anchored_b),
    ):
        for index, figure in enumerate(figures):
            if index not in anchored:
                where.setdefault(figure.sentence.start, []).append(index)
    pairs = set()
    for sentence_a, sentence_b in sorted(
        {(a[i].sentence.start, b[j].sentence.start) for i, j in anchors}
    ):
        by_unit_a: dict[tuple[str, str], list[int]] = {}
        by_unit_b: dict[tuple[str, str], list[int]] = {}
        for indexes, figures, by_unit in (
            (in_sentence_a.get(sentence_a, []), a, by_unit_a),
            (in_sentence_b.get(sentence_b, []), b, by_unit_b),
        ):
            for index in indexes:
                by_unit.setdefault(_unit_key(figures[index]), []).append(index)
        for unit, [i] in ((u, v) for u, v in by_unit_a.items() if len(v) == 1):
            only_b = by_unit_b.get(unit, [])
            if len(only_b) == 1 and may_pair(i, only_b[0]):
                pairs.add((i, only_b[0]))
    return sorted(pairs)


# Units that many unrelated figures share: one of them in each article says nothing.
# An age too ("years old"): two articles' only ages may be two people's.
_COMMON_UNITS = frozenset({"%", "pp", "", "people", "persons", "times", AGE})


def _same_ranges(a: list[Figure], b: list[Figure]) -> list[tuple[int, int]]:
    """Ranges with the same two ends in one unit, each the only such range in its article:
    two ends printed alike are the surest sign of one fact. Not ranges of single digits
    ("2-3%"), which many things share."""

    def key(figure: Figure) -> tuple[str, Decimal, Decimal] | None:
        if figure.kind is not FigureKind.RANGE or figure.low is None or figure.high is None:
            return None
        if figure.high < 10 and figure.unit in _COMMON_UNITS:
            return None
        return (figure.unit, figure.low, figure.high)

    where_a: dict[tuple[str, Decimal, Decimal], list[int]] = {}
    where_b: dict[tuple[str, Decimal, Decimal], list[int]] = {}
    for figures, where in ((a, where_a), (b, where_b)):
        for index, figure in enumerate(figures):
            found = key(figure)
            if found is not None:
                where.setdefault(found, []).append(index)
    return sorted(
        (in_a[0], where_b[found][0])
        for found, in_a in where_a.items()
        if len(in_a) == 1 and len(where_b.get(found, [])) == 1
    )


# What two ranges sharing one end score (see `_one_end_ranges`): above a pair its sentences'
# anchor made (`ANCHORED_SCORE`), under two ranges of both ends alike.
ONE_END_SCORE = 80.0


def _unit_only(figure: Figure) -> bool:
    """Whether a figure's measure names nothing but its unit: "Between 3,000 and 4,500 people
    were there" is measured in "people" alone."""
    return all(word == figure.unit or f"{word}s" == figure.unit for word in figure.measure)


# Nouns of one headcount a range with an end alike may be told in: "would employ between 900
# and 1,100 workers" and "between 900 and 1,400 construction jobs". Not single counts, nor
# ranges whose measures share no word: a plant that will hire "between 300 and 400 workers" is
# no union's "300 to 450 workers were laid off" (jobs lost).
_RANGE_NOUN = {"job": "worker"}


def _specific_end_shared(a: Figure, b: Figure) -> bool:
    """Whether two ranges share an end as specific as `_specific` asks of a single figure
    (two significant digits for money, three otherwise): "$18 million", "108 degrees", not
    "€8 million" or "3,000 workers", which ranges of many things start from."""
    money = len(a.unit) == 3 and a.unit.isupper()
    return any(
        len(_significant(end)[0]) >= (2 if money else 3)
        for end in {a.low, a.high} & {b.low, b.high}
        if end is not None and end != 0
    )


# Nouns of one headcount, for ranges an end of which is mistyped (see `_end_swapped_ranges`).
# Not "job": jobs a plant creates are posts, not the people protesting outside it.
_HEADCOUNT = frozenset(("worker", "people", "employee", "staff", "person"))


def _measures_named_across(
    a: Figure,
    b: Figure,
    words_a: list[str],
    words_b: list[str],
    text_a: str | None,
    text_b: str | None,
) -> bool:
    """Whether each figure's measure (its scored words) has a word the other's sentence names,
    but for a plural or a word as alike as `SAME_WORD`: "a haul appraisers value at …" and
    "The coins … have been appraised at …" each tell what the other measures."""
    if text_a is None or text_b is None:
        return False

    def named(words: list[str], other: Figure, text: str) -> bool:
        sentence = {
            word.removesuffix("s")
            for word in _SENTENCE_WORD.findall(fold(other.sentence.slice(text)))
        }
        return any(
            fuzz.ratio(word.removesuffix("s"), said) >= SAME_WORD
            for word in words
            if word not in _MARKERS
            for said in sentence
        )

    return named(words_a, b, text_b) and named(words_b, a, text_a)


def _end_swapped_ranges(a: list[Figure], b: list[Figure]) -> list[tuple[int, int]]:
    """Ranges of one unit, or of one headcount (see `_HEADCOUNT`), with one end printed alike
    and the other's digits side by side swapped (see `adjacent_swap`): "between 3,000 and
    4,500 workers" and "3,000 to 5,400 people", the slip a typist makes."""

    def ranges(figures: list[Figure]) -> list[tuple[int, Figure]]:
        return [
            (k, f)
            for k, f in enumerate(figures)
            if f.kind is FigureKind.RANGE and f.low is not None and f.high is not None
        ]

    def unit(figure: Figure) -> str:
        return "headcount" if figure.unit in _HEADCOUNT else figure.unit

    pairs = []
    ranges_b = ranges(b)
    for i, one in ranges(a):
        for j, other in ranges_b:
            if unit(one) != unit(other):
                continue
            if one.low == other.low and one.high != other.high:
                ends = (one.high, other.high)
            elif one.high == other.high and one.low != other.low:
                ends = (one.low, other.low)
            else:
                continue
            if adjacent_swap(
                one.model_copy(update={"value": ends[0]}),
                other.model_copy(update={"value": ends[1]}),
            ):
                pairs.append((i, j))
    return pairs


# Nouns of people, for ranges with an end alike (see `_one_end_ranges`): "was carrying
# between 80 and 100 passengers" and "had between 80 and 120 people on board" count one
# headcount; "80 to 120 seats" are no people.
_PEOPLE_NOUNS = frozenset(
    "people person passenger supporter fan attendance spectator attendee worker employee staff "
    "resident student pupil children adult patient victim protester demonstrator marcher "
    "visitor tourist migrant refugee evacuee soldier troop officer member voter player athlete "
    "runner volunteer participant guest pilgrim survivor villager inmate prisoner delegate crew "
    "men women".split()
)
_HEADCOUNT_KEY = "headcount of people"


# Plain people, who may be any group of people: "between 80 and 120 people on board".
_ANY_PEOPLE = frozenset(("people", "person"))
# Those who came to watch, by any name: "supporters", "spectators", and "fans" counted as an
# attendance (see the extractor's `_COUNTED_AS`).
_CROWD = frozenset(("supporter", "fan", "spectator", "attendee", "attendance"))
# Those sent or paid to be there, a headcount of their own beside the people an event
# drew or caught up: "100 to 150 people were involved in disorder" and "100 to 300
# officers were deployed" count two groups.
_ON_DUTY = frozenset(
    "officer police soldier troop firefighter rescuer responder staff crew worker employee "
    "volunteer".split()
)


def _headcount_of(figure: Figure) -> str | None:
    """`_HEADCOUNT_KEY` for a range of people (see `_PEOPLE_NOUNS`), else None."""
    return _HEADCOUNT_KEY if figure.unit in _PEOPLE_NOUNS else None


def _one_headcount(unit_a: str, unit_b: str) -> bool:
    """Whether two nouns of people may count one headcount: plain people and any group of
    people ("passengers"), or two names of a crowd ("supporters", "fans"). Two groups named
    apart are two headcounts: a liner's "passengers" are not its "crew"."""
    if unit_a not in _PEOPLE_NOUNS or unit_b not in _PEOPLE_NOUNS:
        return False
    if _ANY_PEOPLE & {unit_a, unit_b} and _ON_DUTY & {unit_a, unit_b}:
        return False  # "people involved in disorder" are not the "officers deployed"
    return bool(_ANY_PEOPLE & {unit_a, unit_b}) or {unit_a, unit_b} <= _CROWD


def _compound_head_shared(words_a: list[str], words_b: list[str]) -> bool:
    """Whether a word of one measure is the head another's compound ends on, four letters or
    more: the "Supertram" is a "tram"."""
    return any(
        len(short) >= _STEM_LETTERS and long != short and long.endswith(short)
        for one in words_a
        for other in words_b
        for short, long in ((one, other), (other, one))
    )


def _one_end_ranges(a: list[Figure], b: list[Figure]) -> list[tuple[int, int]]:
    """Ranges in one unit with one end printed alike and the other not, each the only range
    of its article with that end: "between 8 and 11 per cent" and "between 8 and 13%", "waves
    of 2.5 to 3 metres" and "2.5 to 4 metres" (or in nouns of one headcount, see
    `_RANGE_NOUN`, or of people, see `_PEOPLE_NOUNS`). An end moved is the slip a range
    suffers, and the end kept names it. Not ranges of single digits in a common unit ("2-3%")."""

    def keys(figure: Figure) -> list[tuple[str, str, Decimal]]:
        if figure.kind is not FigureKind.RANGE or figure.low is None or figure.high is None:
            return []
        if figure.high < 10 and figure.unit in _COMMON_UNITS:
            return []
        units = [_RANGE_NOUN.get(figure.unit, figure.unit)]
        if (headcount := _headcount_of(figure)) is not None:
            units.append(headcount)  # a range of people in any noun (see `_one_headcount`)
        return [
            (unit, end, value)
            for unit in units
            for end, value in (("low", figure.low), ("high", figure.high))
        ]

    where_a: dict[tuple[str, str, Decimal], list[int]] = {}
    where_b: dict[tuple[str, str, Decimal], list[int]] = {}
    for figures, where in ((a, where_a), (b, where_b)):
        for index, figure in enumerate(figures):
            for key in keys(figure):
                where.setdefault(key, []).append(index)
    pairs = set()
    for key, in_a in where_a.items():
        in_b = where_b.get(key, [])
        if len(in_a) == 1 and len(in_b) == 1:
            i, j = in_a[0], in_b[0]
            if (a[i].low, a[i].high) != (b[j].low, b[j].high):
                pairs.add((i, j))
    return sorted(pairs)


# What two amounts "in" one thing score (see `_in_what`): above a pair on a word every figure
# shares ("fee").
IN_WHAT_SCORE = 70.0
# How far apart their values may be: an amount changed, not another amount.
IN_WHAT_APART = 0.3
# An amount "in" a thing names what it is of: "up to £12m in add-ons", "£6m in agents' fees",
# "$2bn in sales". A determiner, a name or a number after "in" is a time or a place ("in the
# first half", "in London", "in 2022"); "in total" names no thing.
_IN_WHAT = re.compile(
    r"\s+(?:(?:more|extra|additional)\s+)?in\s+(?:[a-z]+['’]\s+)?([a-z][a-z-]{2,})\b"
)
_NOT_A_THING = frozenset(
    "the a an its their his her our this that these those all total each every which some "
    "early late recent past coming next first second third last current real nominal "
    "morning afternoon evening trading".split()
)


# Words of a sentence that say nothing of what a range or span in it measures.
_RANGE_WORDS = frozenset(("between", "percent", "cent", "according", "about", "around"))
# Words two sentences must share (see `_sentences_share`); long words only, which leave out
# "the", "that", "said" and the like.
_SHARED_SENTENCE_WORDS = 3
_LONG_WORD = re.compile(r"[a-z][a-z’'-]{4,}")


def _sentences_share(a: Figure, b: Figure, text_a: str | None, text_b: str | None) -> bool:
    """Whether two figures' sentences share three long words (five letters or more) of their
    own: "union", "largest", "hospitals"."""
    if text_a is None or text_b is None:
        return False
    words_a = set(_LONG_WORD.findall(fold(a.sentence.slice(text_a)))) - _RANGE_WORDS
    words_b = set(_LONG_WORD.findall(fold(b.sentence.slice(text_b)))) - _RANGE_WORDS
    return len(words_a & words_b) >= _SHARED_SENTENCE_WORDS


# Words of one figure's measure the other's sentence must name (see `_measure_named_in`).
_NAMED_MEASURE_WORDS = 3
_SENTENCE_WORD = re.compile(r"[a-z][a-z’'-]*")


def _measure_named_in(words: list[str], other: Figure, text: str | None) -> bool:
    """Whether the sentence of ``other`` names three words of a measure (``words``, its
    scored words): "air quality alert" in "State officials extended the air quality alert
    … by 36 hours", whose own measure the extractor took as "put place"."""
    if text is None:
        return False
    # Word for word, but for a plural: a word merely like another ("within", "with") is no
    # sign that the sentence tells of the same thing.
    sentence = fold(other.sentence.slice(text))
    named = {word.removesuffix("s") for word in _SENTENCE_WORD.findall(sentence)}
    own = {word.removesuffix("s") for word in words if word not in _MARKERS}
    return len(own & named) >= _NAMED_MEASURE_WORDS


# A range told as what was expected of a figure: the forecasters' range, or what is to come
# ("the closure was expected to last 18 to 24 months", "would remain closed for 18 to 30
# months").
_FORECAST_BEFORE = re.compile(
    r"\b(?:forecast|forecasts|forecasting|expected|expecting|predicted|predicting|projected|"
    r"anticipated|consensus|estimated|will|would|"
    # A company's own forecast: "its full-year delivery guidance of between 460,000 and
    # 480,000 vehicles", "its target of delivering between 460,000 and 490,000 vehicles".
    r"guidance|target|outlook)\b",
    re.IGNORECASE,
)


def _both_forecast(a: Figure, b: Figure, text_a: str | None, text_b: str | None) -> bool:
    """Whether two ranges are each told, before them in their sentences, as what forecasters
    expected: "Economists had forecast a gain of between 40,000 and 60,000 jobs" and "Analysts
    had expected 40,000 to 65,000 new positions", each its article's only range of the unit,
    are one consensus, one end moved."""
    if text_a is None or text_b is None:
        return False
    return all(
        _FORECAST_BEFORE.search(text, figure.sentence.start, figure.span.start) is not None
        for figure, text in ((a, text_a), (b, text_b))
    )


# What two figures printing one number under scale words a thousand apart score when the
# words right around them are alike (see `_slips_told_alike`).
SLIP_TOLD_ALIKE_SCORE = 75.0
# How many words either side of a figure, in its sentence, tell what it is of; and how many
# long ones (see `_LONG_WORD`) two misprinted figures' must share.
_BESIDE_WORDS = 6
_SHARED_BESIDE_WORDS = 2
_BESIDE_WORD = re.compile(r"[a-z][a-z’'-]*")


def _words_beside(figure: Figure, text: str) -> set[str]:
    """The long words among the `_BESIDE_WORDS` words either side of a figure in its sentence."""
    before = _BESIDE_WORD.findall(fold(text[figure.sentence.start : figure.span.start]))
    after = _BESIDE_WORD.findall(fold(text[figure.span.end : figure.sentence.end]))
    near = before[-_BESIDE_WORDS:] + after[:_BESIDE_WORDS]
    return {word for word in near if _LONG_WORD.fullmatch(word)}


def _slips_told_alike(
    a: list[Figure], b: list[Figure], text_a: str | None, text_b: str | None
) -> list[tuple[int, int]]:
    """Pairs of figures that print one number of two significant digits or more under scale
    words a thousand (or a million) apart (see `scale_slip`), with two long words alike
    right around them: "losses to growers across the state could reach A$3.1 billion" and
    "losses to growers in the state could reach A$3.1 million". Their measures may be worded
    too far apart to pair ("across state if condition", "president … loss grower state"),
    and a number this specific, a scale word apart, in like words, is no chance. Two long
    words anywhere in both sentences do too (see `_own_words`), and so does one span both
    amounts are told per, each its article's only amount of that number (see `_rate_alike`)."""
    if text_a is None or text_b is None:
        return []
    where_b: dict[tuple[str, str, Decimal], list[int]] = {}
    for j, figure in enumerate(b):
        if figure.value is not None and figure.scale >= 1000:
            key = (_kind_family(figure), figure.unit, (figure.value / figure.scale).normalize())
            where_b.setdefault(key, []).append(j)
    where_a: dict[tuple[str, str, Decimal], list[int]] = {}
    for i, figure in enumerate(a):
        if figure.value is not None and figure.scale >= 1000:
            key = (_kind_family(figure), figure.unit, (figure.value / figure.scale).normalize())
            where_a.setdefault(key, []).append(i)
    pairs = []
    for key, found in where_a.items():
        for i in found:
            figure = a[i]
            for j in where_b.get(key, ()):
                if scale_slip(figure, b[j]) and (
                    len(_words_beside(figure, text_a) & _words_beside(b[j], text_b))
                    >= _SHARED_BESIDE_WORDS
                    or len(_own_words(figure, text_a) & _own_words(b[j], text_b))
                    >= _SHARED_BESIDE_WORDS
                    or (len(found) == 1 and len(where_b[key]) == 1 and _rate_alike(figure, b[j]))
                ):
                    pairs.append((i, j))
    return sorted(pairs)


# The span an amount is told per, printed with it: "£3.1bn a year", "$40 million per month".
_PER_SPAN = re.compile(r"\s(?:a|an|per|each)\s(?:year|month|week|day|hour)$", re.IGNORECASE)


def _rate_alike(a: Figure, b: Figure) -> bool:
    """Whether two amounts are each told per one span, the same: "a budget of £3.1bn a year"
    and "costs the taxpayer £3.1 million a year", each its article's only amount of that
    number, are one yearly sum its scale word slipped on, however the two word what it buys."""
    rate_a, rate_b = _PER_SPAN.search(a.text), _PER_SPAN.search(b.text)
    return (
        rate_a is not None
        and rate_b is not None
        and rate_a.group().split()[-1].casefold() == rate_b.group().split()[-1].casefold()
    )


# Words of a sentence that tell nothing of what its amounts are: the scale words a slip
# changes, and those any amount is told with.
_AMOUNT_WORDS = _RANGE_WORDS | {"thousand", "million", "billion", "trillion"}


def _own_words(figure: Figure, text: str) -> set[str]:
    """The long words of a figure's whole sentence but `_AMOUNT_WORDS`: two sentences that
    print one number a scale word apart and share two of them ("4,700 transactions worth a
    combined €1.9 billion … cash deposits" and "7,400 transactions worth €1.9 million …
    cash deposits") tell one amount, however far from it the words stand."""
    return set(_LONG_WORD.findall(fold(figure.sentence.slice(text)))) - _AMOUNT_WORDS


# What the one span of a unit in each article scores, when their measures share a word (see
# `_lone_durations`): below a pair their measures score alike.
LONE_DURATION_SCORE = 70.0


# How many words right before two figures must be the same (see `_led_in_alike`).
_LEAD_IN_WORDS = 4


def _led_in_alike(a: Figure, b: Figure, text_a: str | None, text_b: str | None) -> bool:
    """Whether the `_LEAD_IN_WORDS` words right before two figures in their sentences are the
    same: "out over the next six months", "out over the next nine months". Not a span right
    after "in", the time since something last happened: "for the first time in four years",
    "its highest level in 40 years" are stock words, whatever happened."""
    if text_a is None or text_b is None:
        return False
    lead_a = _BESIDE_WORD.findall(fold(text_a[a.sentence.start : a.span.start]))
    lead_b = _BESIDE_WORD.findall(fold(text_b[b.sentence.start : b.span.start]))
    return (
        len(lead_a) >= _LEAD_IN_WORDS
        and lead_a[-1] not in _SINCE_LEAD_IN
        and lead_a[-_LEAD_IN_WORDS:] == lead_b[-_LEAD_IN_WORDS:]
    )


# The last word before a span of the time since something last happened (see `_led_in_alike`).
_SINCE_LEAD_IN = frozenset(("in",))


def _lone_durations(
    a: list[Figure], b: list[Figure], units_a: list[str], units_b: list[str]
) -> list[tuple[int, int]]:
    """Pairs of durations that are the only duration of their printed unit (``units_a``,
    ``units_b``: the days a figure printed, not the hours it is compared in) in each article
    (one value printed twice counts once): "five days of action" and "seven days of industrial
    action". A span both print alike is paired already, and leaves the other of its unit the
    only one left (as `_ranges_left` leaves ranges): "at least 48 hours" of search in both,
    and "nearly six hours in the water" against "in the water for nearly four hours"."""
    told_a = [
        (figure, units_a[i]) for i, figure in enumerate(a) if figure.kind is FigureKind.DURATION
    ]
    told_b = [
        (figure, units_b[j]) for j, figure in enumerate(b) if figure.kind is FigureKind.DURATION
    ]

    def printed_alike(span: Figure, unit: str, own: list[tuple[Figure, str]]) -> bool:
        """Whether a span is printed, in its unit, by the article it is weighed against."""
        return any(u == unit and _told_alike_span(span, other) for other, u in own)

    where_a: dict[str, list[int]] = {}
    where_b: dict[str, list[int]] = {}
    for figures, units, where, own, other in (
        (a, units_a, where_a, told_a, told_b),
        (b, units_b, where_b, told_b, told_a),
    ):
        for index, figure in enumerate(figures):
            # A span the other article tells alike in another unit is not this one when this
            # article prints that span in its unit too: the other's "two days" last summer is
            # this article's "two days", not its "extended by 48 hours".
            if (
                figure.kind is FigureKind.DURATION
                and figure.value is not None
                and not any(
                    _told_alike_span(figure, span)
                    and (unit == units[index] or not printed_alike(span, unit, own))
                    for span, unit in other
                )
            ):
                where.setdefault(units[index], []).append(index)
    return sorted(
        (in_a[0], where_b[unit][0])
        for unit, in_a in where_a.items()
        if _one_figure(a, in_a) and _one_figure(b, where_b.get(unit, [])) and where_b.get(unit)
    )


# Days in each unit a span is compared in; a calendar month or year only about so many, which
# is near enough to tell "more than a year" in one article for "longer than 52 weeks".
_DAYS_IN = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "month": 30.44, "year": 365.25}


# How far past a bound a span printed exactly in another unit may be and still be the one it
# bounds (see `_told_alike_span`): "more than two years" is 26 months, not 30.
SPAN_BOUND_REACH = 0.1


def _told_alike_span(one: Figure, other: Figure) -> bool:
    """Whether span ``one`` is of the length of ``other``, whatever units they were printed
    in: "more than 65 weeks" and "over 15 months", "more than a year" and "longer than 52
    weeks"; or ``one`` a bound ``other`` is printed exactly just past (see
    `SPAN_BOUND_REACH`)."""
    if one.value is None or other.value is None:
        return False
    if one.unit not in _DAYS_IN or other.unit not in _DAYS_IN:
        return one.unit == other.unit and one.value == other.value
    days_one = float(one.value) * _DAYS_IN[one.unit]
    days_other = float(other.value) * _DAYS_IN[other.unit]
    if _gap(days_one, days_other) <= SAME_VALUE:
        return True
    # A bound covers a span printed exactly just past it, in another unit: "more than two
    # years" under review and "a 26-month review". Only the bound is told by the exact span,
    # not the exact span by the bound, which says only "that long at least": "shut for 55
    # weeks" stays one of its article's spans of weeks against "closed for more than a year",
    # so that its "six weeks" of repairs is not the other's only span of weeks left.
    if one.unit == other.unit or other.bound is not Bound.EXACT:
        return False
    if one.bound is Bound.AT_LEAST:
        return days_one < days_other <= days_one * (1 + SPAN_BOUND_REACH)
    if one.bound is Bound.AT_MOST:
        return days_one * (1 - SPAN_BOUND_REACH) <= days_other < days_one
    return False


def _in_what(figure: Figure, text: str | None) -> str | None:
    """The thing an amount of money is told to be "in", right after it (see `_IN_WHAT`),
    folded to its singular; None for other figures, or without the text. Not a share: "rose
    5% in early trading" is a time."""
    if text is None or figure.kind is not FigureKind.MONEY:
        return None
    match = _IN_WHAT.match(text, figure.span.end, figure.sentence.end)
    if match is None or match.group(1) in _NOT_A_THING:
        return None
    return match.group(1).removesuffix("s")


# A span told as the adjective of the thing it is the length of: "a 30-year lease", "a
# 25-year lease with a non-relocation clause", "a five-year contract". Not an age ("a
# 30-year-old") nor a record's span ("a 30-year high").
_SPAN_ADJECTIVE = re.compile(r"-(?:year|month|week|day|hour|minute)$", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s+([a-z][a-z-]{2,})\b")
_NOT_A_SPANNED_THING = (
    frozenset("old high low record period span stretch history".split()) | _NOT_A_THING
)


def _span_of_what(figure: Figure, text: str | None) -> str | None:
    """The thing a span told as its adjective is the length of (see `_SPAN_ADJECTIVE`), folded
    to its singular; None for other figures, or without the text."""
    if text is None or figure.kind is not FigureKind.DURATION:
        return None
    if _SPAN_ADJECTIVE.search(figure.text) is None:
        return None
    match = _THING_AFTER.match(text, figure.span.end, figure.sentence.end)
    if match is None or match.group(1) in _NOT_A_SPANNED_THING:
        return None
    return match.group(1).removesuffix("s")


_VALUATION = "valuation"  # the thing a figure `valued_or_raised` finds valued is of


def _in_one_thing(
    a: list[Figure], b: list[Figure], text_a: str | None, text_b: str | None
) -> list[tuple[int, int]]:
    """Pairs of one family and unit told to be "in" one thing, each the only such figure of
    its article: "could rise by up to £12m in add-ons" and "could pay up to £15 million more
    in add-ons" are the add-ons, whatever other fee the first's "fee" fits."""
    where_a: dict[tuple[str, str, str], list[int]] = {}
    where_b: dict[tuple[str, str, str], list[int]] = {}
    for figures, text, where in ((a, text_a, where_a), (b, text_b, where_b)):
        for index, figure in enumerate(figures):
            # A company's valuation is one thing too: "The pricing valued the company at $7.8
            # billion" and "The price gave it a valuation of $9.1 billion".
            thing = (
                _in_what(figure, text)
                or _span_of_what(figure, text)
                or (_VALUATION if valued_or_raised(figure, text) == "valued" else None)
            )
            if thing is not None:
                where.setdefault((_kind_family(figure), figure.unit, thing), []).append(index)
    pairs = []
    for key, in_a in where_a.items():
        in_b = where_b.get(key, [])
        # One of the thing both print alike is paired already, and leaves the other the only
        # one left (as `_ranges_left` leaves ranges): the Series A valuation of "around $140
        # million" in both, and "a post-money valuation of $1.2 billion" against "a deal that
        # puts its worth at $1.4 billion".
        values_a = {_value_key(a[i]) for i in in_a if a[i].value is not None}
        values_b = {_value_key(b[j]) for j in in_b if b[j].value is not None}
        agreed = values_a & values_b
        left_a = [i for i in in_a if a[i].value is None or _value_key(a[i]) not in agreed]
        left_b = [j for j in in_b if b[j].value is None or _value_key(b[j]) not in agreed]
        if len(left_a) == 1 and len(left_b) == 1:
            pairs.append((left_a[0], left_b[0]))
    return sorted(pairs)


def _ranges_by_unit(figures: list[Figure]) -> dict[str, int]:
    """How many ranges an article gives in each unit, and of people in any noun (under
    `_HEADCOUNT_KEY`)."""
    counts: dict[str, int] = {}
    for figure in figures:
        if figure.kind is FigureKind.RANGE:
            counts[figure.unit] = counts.get(figure.unit, 0) + 1
            if (headcount := _headcount_of(figure)) is not None:
                counts[headcount] = counts.get(headcount, 0) + 1
    return counts


def _ranges_left(a: list[Figure], b: list[Figure]) -> tuple[dict[str, int], dict[str, int]]:
    """How many ranges each article gives in each unit (see `_ranges_by_unit`), but for the
    ranges both give alike (see `_same_ranges`): those are paired already, and leave the other
    range of the unit the only one left to pair ("between 235,000 and 245,000 units" in 2026
    in both; "between 220,000 and 230,000 units" and "220,000 to 235,000 units" in Q1)."""
    agreed = _same_ranges(a, b)
    told_a = {i for i, _ in agreed}
    told_b = {j for _, j in agreed}
    return (
        _ranges_by_unit([figure for i, figure in enumerate(a) if i not in told_a]),
        _ranges_by_unit([figure for j, figure in enumerate(b) if j not in told_b]),
    )


# What a time of day may date, by a word of its measure: a thing that broke, a road or
# service shut, a decision made public. Opening and closing, a first and a last departure, a
# storm's landfall and its peak are other happenings, and fall in no class or in two.
_HAPPENINGS = {
    **dict.fromkeys(
        "broke break breaks broken burst bursts ruptured rupture ruptures".split(), "break"
    ),
    **dict.fromkeys("shut shuts closure".split(), "shut"),
    **dict.fromkeys(
        "announced announces announcement decision statement released".split(), "announce"
    ),
}  # fmt: skip
# Only the happening's own words: a thing it befalls ("the main", "the board") is named as
# well by other happenings' times ("repairs to the main were announced at 6am").


def _one_happening_timed(a: list[Figure], b: list[Figure]) -> list[tuple[int, int, float]]:
    """Pairs of times of day that each date the only happening of a class (see `_HAPPENINGS`)
    their article times, and how many minutes apart they are in one zone. A time with no zone
    is read in the zone the other prints, where its article prints none (see
    `clock_in_zone_of`)."""

    def timed(figures: list[Figure]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for index, figure in enumerate(figures):
            kinds = {_HAPPENINGS[w] for w in figure.measure if w in _HAPPENINGS}
            # A time worded as two happenings ("the closure was announced at 4pm") is
            # neither's alone: the announcement may come hours before the shutdown.
            if figure.unit.startswith(CLOCK) and len(kinds) == 1:
                found.setdefault(kinds.pop(), []).append(index)
        return found

    zoned_a = any(figure.unit.startswith(f"{CLOCK} ") for figure in a)
    zoned_b = any(figure.unit.startswith(f"{CLOCK} ") for figure in b)
    in_b = timed(b)
    pairs = []
    for happening, where_a in timed(a).items():
        where_b = in_b.get(happening, [])
        if len(where_a) != 1 or len(where_b) != 1:
            continue
        fig_a, fig_b = a[where_a[0]], b[where_b[0]]
        if fig_a.unit != fig_b.unit:
            read = (
                (clock_in_zone_of(fig_a, fig_b), fig_b)
                if not zoned_a
                else (fig_a, clock_in_zone_of(fig_b, fig_a))
                if not zoned_b
                else (None, None)
            )
            if read[0] is None or read[1] is None:
                continue
            fig_a, fig_b = read
        if fig_a.value is not None and fig_b.value is not None:
            pairs.append((where_a[0], where_b[0], float(abs(fig_a.value - fig_b.value))))
    return sorted(pairs)


def _alone_in_both(
    a: list[Figure],
    b: list[Figure],
    past: tuple[Sequence[bool], Sequence[bool]] | None = None,
) -> list[tuple[int, int, bool]]:
    """Pairs that are the only figure of their unit in each article (the only speed in mph,
    the only tonnage, the only count of homes), or the only figure of their value: two
    accounts of one event that each give one such figure give the same fact, however they
    word it. Not for shares, money or bare counts, which every article has many of. By unit,
    a value both print alike is paired already, and leaves the other of its unit the only one
    left (as `_ranges_left` leaves ranges): "measured 1.5 miles across" in both, and "stayed
    on the ground for 82 miles" against "carved a 68-mile track". Not times of day: the one
    moment both give alike ("Power went off at 5:10 p.m.") leaves no other one fact, when each
    tells of its own hour ("peaked at 5:30 p.m.", "reached 44.6 degrees at 3.48pm").
    ``past``: which figures of each article are told of years before the event (see
    `_PAST`); by unit, such a figure is no other of the event's, and leaves the one it has
    alone: "is recalling roughly 1.4 million cans" beside "In 2019, it recalled about 2,400
    cans" is the other's "has recalled 1.1 million cans". It pairs by unit with another
    article's one such figure only."""
    past_a, past_b = past if past is not None else ([False] * len(a), [False] * len(b))
    values_a, values_b = _values_by_unit(a), _values_by_unit(b)
    pairs = []
    for by_value, key_of, eligible in (
        (False, _unit_key, _distinct_unit),
        (True, _value_key, _has_value),
    ):
        where_a: dict[object, list[int]] = {}
        where_b: dict[object, list[int]] = {}
        for figures, where, other, before in (
            (a, where_a, values_b, past_a),
            (b, where_b, values_a, past_b),
        ):
            for index, figure in enumerate(figures):
                if eligible(figure) and (
                    by_value
                    or figure.unit.startswith(CLOCK)
                    or not _printed_alike_in(figure, other)
                ):
                    key: object = key_of(figure)
                    if before[index] and not by_value:
                        key = (key, _PAST)
                    where.setdefault(key, []).append(index)
        for key, in_a in where_a.items():
            in_b = where_b.get(key, [])
            if _one_figure(a, in_a) and _one_figure(b, in_b):
                i, j = in_a[0], in_b[0]
                if periods_compatible(a[i].period, b[j].period):
                    pairs.append((i, j, by_value))
            elif by_value:
                pairs.extend((i, j, by_value) for i, j in _alone_exactly(a, in_a, b, in_b))
    return sorted(set(pairs))


def _alone_exactly(
    a: list[Figure], in_a: list[int], b: list[Figure], in_b: list[int]
) -> list[tuple[int, int]]:
    """Of several figures alike to two digits, those each article prints once, to the same
    three significant digits or more: "will go from £1,717 to £1,738" and "The previous cap,
    covering October to December, was £1,717" give one level, whichever other is near it."""
    exact_a: dict[tuple[object, ...], list[int]] = {}
    exact_b: dict[tuple[object, ...], list[int]] = {}
    for figures, indexes, exact in ((a, in_a, exact_a), (b, in_b, exact_b)):
        for index in indexes:
            figure = figures[index]
            if _significant_digits(figure) >= 3:
                key = (figure.value, figure.low, figure.high, figure.unit)
                exact.setdefault(key, []).append(index)
    return [
        (found[0], exact_b[key][0])
        for key, found in exact_a.items()
        if len(found) == 1
        and len(exact_b.get(key, [])) == 1
        and periods_compatible(a[found[0]].period, b[exact_b[key][0]].period)
    ]


# A name a sentence holds past its first word: "Sindicato", "Trabajadores" (not a month's).
_NAME = re.compile(r"(?<=[\s(\"“‘'])[A-Z][a-z][\w’'-]{2,}")
_NOT_NAMES = _NOT_PLACES | {"The", "This", "That", "Some", "About", "Around", "More"}


def _names_in(figure: Figure, text: str) -> set[str]:
    return {
        name
        for name in _NAME.findall(text, figure.sentence.start + 1, figure.sentence.end)
        if name not in _NOT_NAMES
    }


def _counted_elsewhere(
    figure: Figure, alone: Figure, others: _ByKind, text: str, other_text: str
) -> bool:
    """Whether the other article counts what ``figure`` counts beside a name of its sentence,
    in another unit and nearly its value (or its digits swapped), where its lone figure of
    ``figure``'s unit names none of that: "Some 1,580 workers belonging to Sindicato
    Portuario" are the other's "About 1,850 members of the union, Sindicato Portuario", not
    its "About 3,000 contract workers employed by outside firms", the one count of workers in
    each."""
    names = _names_in(figure, text) - _names_in(alone, other_text)
    if not names:
        return False
    candidates = chain(others.near(figure.kind, _center(figure)), others.swapped(figure))
    return any(
        other is not alone
        and other.unit != figure.unit
        and not names.isdisjoint(_names_in(other, other_text))
        for other in candidates
    )


class _ByKind:
    """An article's figures by kind, and in a kind by value and by the digits they print: the
    few near a value, or printing its digits in another order, are looked up, not searched
    for among all the article's figures (thousands in a long one)."""

    def __init__(self, figures: list[Figure]) -> None:
        by_value: dict[FigureKind, list[tuple[float, int]]] = {}
        self._digits: dict[tuple[FigureKind, tuple[int, ...], int], list[Figure]] = {}
        for index, figure in enumerate(figures):
            by_value.setdefault(figure.kind, []).append((_center(figure), index))
            if figure.value is not None:
                digits = _printed_digits(figure.value)
                self._digits.setdefault((figure.kind, *digits), []).append(figure)
        self._values: dict[FigureKind, tuple[list[float], list[Figure]]] = {}
        for kind, found in by_value.items():
            found.sort()
            self._values[kind] = ([v for v, _ in found], [figures[k] for _, k in found])

    def near(self, kind: FigureKind, value: float) -> list[Figure]:
        """The figures of ``kind`` whose value (or middle) is within `CLOSE_VALUE` of ``value``."""
        values, figures = self._values.get(kind, ([], []))
        # The window a hair wide of the gap's bounds; each value in it is then weighed exactly.
        ends = (value * (1 - CLOSE_VALUE) * (1 - 1e-9), value / (1 - CLOSE_VALUE) * (1 + 1e-9))
        low, high = min(ends), max(ends)
        first, last = bisect_left(values, low), bisect_right(values, high)
        return [figures[k] for k in range(first, last) if _gap(values[k], value) <= CLOSE_VALUE]

    def swapped(self, figure: Figure) -> list[Figure]:
        """The figures of ``figure``'s kind that print its digits in another order (see
        `digits_swapped`)."""
        if figure.value is None:
            return []
        key = (figure.kind, *_printed_digits(figure.value))
        return [other for other in self._digits.get(key, ()) if digits_swapped(other, figure)]


def _printed_alike_in(figure: Figure, others: dict[tuple[FigureKind, str], list[float]]) -> bool:
    """Whether another article gives a figure's value in its (compared) unit, rounding aside:
    "1.5 miles across" and "about 2.4 kilometres wide"; or, for a count, as a bare number
    whose noun was said before it: "Eleven of the fires occurred while the cars were parked",
    "11 of them in cars that were parked". ``others``: the other article's values by kind and
    unit (see `_values_by_unit`)."""
    if figure.value is None:
        return False
    value = float(figure.value)
    units = {figure.unit, ""} if figure.kind is FigureKind.COUNT else {figure.unit}
    return any(
        _gap(other, value) <= SAME_VALUE
        for unit in units
        for other in others.get((figure.kind, unit), ())
    )


def _values_by_unit(figures: list[Figure]) -> dict[tuple[FigureKind, str], list[float]]:
    """The figures' values by kind and unit, looked up for each figure of the other article
    instead of going through all of this one's."""
    found: dict[tuple[FigureKind, str], list[float]] = {}
    for figure in figures:
        if figure.value is not None:
            found.setdefault((figure.kind, figure.unit), []).append(float(figure.value))
    return found


def _one_figure(figures: list[Figure], indexes: list[int]) -> bool:
    """One figure, or one value printed twice ("Rui Costa Neves, 22, … the 22-year-old")."""
    if len(indexes) < 2:
        return bool(indexes)
    first = figures[indexes[0]]
    return (
        first.value is not None
        and all(figures[k].value == first.value and figures[k].unit == first.unit
                for k in indexes)
    )  # fmt: skip


def _sentence_values(extraction: Extraction) -> dict[tuple[int, str], list[float]]:
    """The values each sentence prints, by its start and the figures' family."""
    values: dict[tuple[int, str], list[float]] = {}
    for figure in extraction.figures:
        key = (figure.sentence.start, _kind_family(figure))
        values.setdefault(key, []).append(_center(figure))
    return values


def _told_beside(
    figure: Figure, value: float, sentence_start: int, other: dict[tuple[int, str], list[float]]
) -> bool:
    """Whether the other article's sentence at ``sentence_start`` prints ``figure``'s value,
    in its family: "Nine" and "Nine of the survivors"."""
    return value in other.get((sentence_start, _kind_family(figure)), ())


def _alike_sentences(
    a: Extraction, b: Extraction, text_a: str, text_b: str
) -> dict[tuple[int, int], float]:
    """Pairs of figures of one family and unit whose sentences read alike, numbers aside.
    Each distinct sentence is compared once (a sentence often holds several figures)."""

    def by_unit(extraction: Extraction, text: str) -> dict[tuple[str, str], dict[str, list[int]]]:
        grouped: dict[tuple[str, str], dict[str, list[int]]] = {}
        for index, figure in enumerate(extraction.figures):
            sentences = grouped.setdefault(_unit_key(figure), {})
            sentences.setdefault(_sentence_words(figure, text), []).append(index)
        return grouped

    units_b = by_unit(b, text_b)
    ratio = len(b.figures) / len(a.figures) if a.figures else 0.0
    alike: dict[tuple[int, int], float] = {}
    for unit, sentences_a in by_unit(a, text_a).items():
        sentences_b = units_b.get(unit)
        if not sentences_b:
            continue
        choices = list(sentences_b)
        sharing = _SharedContent(choices)
        for words_a, figures_a in sentences_a.items():
            candidates = sharing.candidates(words_a)
            for _, _, c in process.extract(
                words_a, [choices[k] for k in candidates], scorer=fuzz.token_set_ratio,
                score_cutoff=SENTENCE_ALIKE, limit=None,
            ):  # fmt: skip
                k = candidates[c]
                score = _words_alike(words_a, choices[k])
                if score < SENTENCE_ALIKE:
                    continue
                others = sentences_b[choices[k]]
                for i in figures_a:
                    # A sentence printed again and again is weighed against its nearest copies
                    # (see `CANDIDATES_PER_ITEM`).
                    for j in nearest_of(others, i * ratio):
                        if periods_compatible(a.figures[i].period, b.figures[j].period):
                            alike[i, j] = score
    return alike


# Words too common in news to show two sentences alike; the rest are compared by their first
# letters, so that "employs" meets "employees" and "organisation" meets "organization".
_NOT_CONTENT = frozenset(
    """a an the of and or but in on at to for from by with as into onto over under than then
    that this these those it its is was were be been being are has have had having will would
    shall should can could may might must do does did not no nor so such which who whom whose
    what when where while why how all any each both either neither more most less least very
    also only just about after before since until up down out off per said says say told
    according he she they them their his her him we our you your me my us there here if""".split()
)
_CONTENT_PREFIX = 5


def _content_keys(words: str) -> frozenset[str]:
    """The content words of a sentence's folded words, by their first letters."""
    return frozenset(
        word[:_CONTENT_PREFIX]
        for word in words.split()
        if len(word) >= 3 and word not in _NOT_CONTENT
    )


class _SharedContent:
    """Which sentences of the other article could read alike with a sentence, found through
    the content words they share instead of scoring every pair of sentences of a unit, which
    made comparing two long articles quadratic. Two sentences that read alike (see
    `SENTENCE_ALIKE`) share two content words at least, or every content word of the one that
    has fewer; a sentence with none is weighed against all."""

    def __init__(self, sentences: list[str]) -> None:
        self._keys = [_content_keys(words) for words in sentences]
        self._keyless = [k for k, keys in enumerate(self._keys) if not keys]
        self._postings: dict[str, list[int]] = {}
        for k, keys in enumerate(self._keys):
            for key in keys:
                self._postings.setdefault(key, []).append(k)

    def candidates(self, words: str) -> list[int]:
        """The other sentences (ascending) that could read alike with ``words``."""
        keys = _content_keys(words)
        if not keys:
            return list(range(len(self._keys)))
        shared: dict[int, int] = {}
        for key in keys:
            for k in self._postings.get(key, ()):
                shared[k] = shared.get(k, 0) + 1
        fewest = min(2, len(keys))
        found = [k for k, count in shared.items() if count >= min(fewest, len(self._keys[k]))]
        return sorted(found + self._keyless)


def _unit_key(figure: Figure) -> tuple[str, ...]:
    """A figure's family and unit; for a tally, its side: the one vote for and the one vote
    against in each article ("voted 7-2", "a 6-3 split") are the only figures of theirs."""
    if figure.unit == "vote" and figure.measure[:1] in (["for"], ["against"]):
        return (_kind_family(figure), figure.unit, figure.measure[0])
    return (_kind_family(figure), figure.unit)


_DISTINCT_ORDINAL_UNITS = frozenset(("night", "title", "medal")) | YEARS_OF


# A time told in two units, hours and minutes or minutes and seconds ("in 3 hours, 41
# minutes", "after three hours and 14 minutes"): a time taken, measured, not a span.
_TWO_UNIT_TIME = re.compile(
    r"\b(?:hours?|hrs?|h)\b.*\b(?:minutes?|mins?|m)\b|\b(?:minutes?|mins?)\b.*\b(?:seconds?|secs?)\b",
    re.IGNORECASE,
)


# What shows a name to be a person's, besides a quote given to that person: a "who" or an age
# after it ("Benavides, who spent about 1.4 million soles on her campaign", "Javier Montenegro
# Salas, 58, of Lima Avanza"), or a title before it ("Mrs Walsh").
_NAME_WORD = r"[A-Z][\w’'-]+"
# Searched for as printed (a literal first is quick to find in a long text), the name then
# read back from where each was found.
_CUE_AFTER_NAME = re.compile(r",\s+(?:who\b|(?:aged\s+)?\d{2},)")
_NAME_BEFORE_CUE = re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}$")
_TITLED_NAME = re.compile(rf"(?:Mr|Mrs|Ms|Dr)\.?\s+({_NAME_WORD})")
# A name said to speak is no owner of the figure it tells ("Tim Cook said revenue rose 6%").
_SPOKE_AFTER = re.compile(
    r"(?:,[^,.;:]{0,80},)?(?:['’]s?)?,?\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|told|added|noted|estimated|wrote|argued)\b"
)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _people(
    extractions: tuple[Extraction, Extraction], texts: tuple[str | None, ...]
) -> frozenset[str]:
    """The names (each word folded to lower case) in figures' measures that two articles show
    to be people's: those of people quoted, and those a cue shows (see `_CUE_AFTER_NAME`)."""
    measured = {
        word for extraction in extractions for f in extraction.figures for word in f.measure
    }
    names = {
        word
        for extraction in extractions
        for quote in extraction.quotes
        if quote.speaker.kind is SpeakerKind.PERSON and quote.speaker.name
        for word in quote.speaker.name.split()
    }
    for text in texts:
        if text is None:
            continue
        for cue in _CUE_AFTER_NAME.finditer(text):
            name = _NAME_BEFORE_CUE.search(text, max(0, cue.start() - 60), cue.start())
            if name is not None:
                names.update(name.group().split())
        names.update(
            match.group(1)
            for match in _TITLED_NAME.finditer(text)
            if not text[match.start() - 1 : match.start()].isalnum()
        )
    # A word printed in lower case too is a role or a word, not a name: "Chief Executive Dana
    # Whitfield, 47," and "the chief executive".
    printed = [_words_printed(text) for text in texts if text]
    return frozenset(
        folded
        for folded in {name.casefold() for name in names}
        if folded in measured
        and not (
            any(folded in words for words in printed)
            if _WORD.fullmatch(folded)
            else any(re.search(rf"\b{re.escape(folded)}\b", text or "") for text in texts)
        )
    )


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _words_printed(text: str) -> frozenset[str]:
    """The runs of word characters ``text`` prints: a word is printed whole, as a pattern
    ``\\bword\\b`` would find it, when it is one of them; read once, not searched for each name."""
    return frozenset(_WORD.findall(text))


def _owners(figure: Figure, people: frozenset[str], text: str | None) -> frozenset[str]:
    """The people a figure's measure names, but not as those who tell it: whose it is."""
    if not people or text is None:
        return frozenset()
    named = people.intersection(figure.measure)
    if not named:
        return frozenset()
    sentence = text[figure.sentence.start : figure.sentence.end]
    spoke = set()
    for name in named:
        # To the end of the name it is a word of: "Tim Cook, who spoke to analysts, said".
        whole = rf"(?i:\b{re.escape(name)}\b)(?:\s+{_NAME_WORD})*"
        for match in re.finditer(whole, sentence):
            if _SPOKE_AFTER.match(sentence, match.end()) or _ACCORDING_BEFORE.search(
                sentence, 0, match.start()
            ):
                spoke.add(name)
    return frozenset(named - spoke)


def _prints(text: str, start: int, end: int, name: str) -> bool:
    """Whether ``text[start:end]`` prints the (folded) name."""
    if start == 0 and end == len(text) and name.isascii() and _WORD.fullmatch(name):
        # The whole text: its words read once, not searched again for each name.
        return name in _lower_words(text)
    return re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE).search(text, start, end) is not None


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """`_words_printed`, in lower case."""
    return frozenset(word.lower() for word in _words_printed(text))


def _two_peoples(
    owners: tuple[frozenset[str], frozenset[str]],
    figures: tuple[Figure, Figure],
    texts: tuple[str | None, str | None],
) -> bool:
    """Whether two figures are two people's: each names someone the other does not, both
    articles name both, and neither figure's sentence names the other's person ("Montenegro's
    campaign reported spending 4.1 million soles" and "Benavides, who spent about 1.4 million
    soles on her campaign"): one candidate's spending is never another's."""
    (mine, theirs), (fig_a, fig_b), (text_a, text_b) = owners, figures, texts
    if not mine or not theirs or not mine.isdisjoint(theirs) or text_a is None or text_b is None:
        return False
    return (
        all(_prints(text_b, 0, len(text_b), name) for name in mine)
        and all(_prints(text_a, 0, len(text_a), name) for name in theirs)
        and not any(
            _prints(text_a, fig_a.sentence.start, fig_a.sentence.end, name) for name in theirs
        )
        and not any(
            _prints(text_b, fig_b.sentence.start, fig_b.sentence.end, name) for name in mine
        )
    )


# A relative or a team-mate of the story's subject, told as the one a figure is of: "His older
# brother Irakli, 31, won 38 caps", "her twin sister scored 14 goals", "team-mate Dario Vance
# has 22 wins". The subject's own figure is another fact.
_KIN = (
    r"brother|sister|father|mother|son|daughter|wife|husband|uncle|aunt|cousin|nephew|niece"
    r"|grandfather|grandmother|grandson|granddaughter|twin|stepfather|stepmother"
    r"|stepbrother|stepsister|half-brother|half-sister"
)
_KIN_BEFORE = re.compile(
    r"\b(?:(?:his|her|their|whose)\s+(?:(?:older|elder|younger|twin|late|big|little)\s+)?"
    rf"(?P<kin>{_KIN}|team-?mate)"
    r"|(?P<mate>team-?mate|compatriot))\b"
    r"(?-i:,?\s+(?P<name>[A-Z][\w’'-]+))?",
    re.IGNORECASE,
)
_KIN_REACH = 80  # characters before a figure its relative may be named in
# The relative opens the figure's clause, its subject: not "Smith and his wife paid $1.2
# million for the house", the couple's.
_CLAUSE_OPENS = re.compile(r"(?:^|[;:]|,\s+(?:while|whereas|and|but))\s*$", re.IGNORECASE)
_KIN_WORDS = frozenset(_KIN.split("|")) | {"teammate", "team-mate", "compatriot"}


def _kin_of(figure: Figure, text: str | None) -> tuple[str, str | None] | None:
    """The relative (see `_KIN_BEFORE`) a figure's clause tells it of, and their name when
    printed: the kin word is among its measure's, and no count of kin ("his three brothers")."""
    if text is None or figure.unit.rstrip("s") in _KIN_WORDS:
        return None
    start = max(figure.sentence.start, figure.span.start - _KIN_REACH)
    clause = max(text.rfind(";", start, figure.span.start), start)
    found = None
    for match in _KIN_BEFORE.finditer(text, clause, figure.span.start):
        found = match
    if found is None or not _CLAUSE_OPENS.search(text[figure.sentence.start : found.start()]):
        return None
    kin = (found.group("kin") or found.group("mate")).casefold()
    if kin.replace("-", "") not in {word.replace("-", "") for word in figure.measure}:
        return None
    name = found.group("name")
    return kin, name.casefold() if name else None


def _kin_apart(kin: tuple[str, str | None] | None, other: Figure, other_text: str | None) -> bool:
    """Whether a figure of a relative (see `_kin_of`) is set against one whose sentence names
    neither that relative nor their name: the subject's own."""
    if kin is None or other_text is None:
        return False
    word, name = kin
    sentence = other_text[other.sentence.start : other.sentence.end]
    return not any(
        re.search(rf"\b{re.escape(told)}\b", sentence, re.IGNORECASE)
        for told in (word, name)
        if told
    )


def _family(figure: Figure) -> str | None:
    """Whose family a count of kin is (see `FAMILY_OF`), if the text says."""
    return next((word for word in figure.measure if word.startswith(FAMILY_OF)), None)


def _distinct_unit(figure: Figure) -> bool:
    unit = figure.unit
    if figure.kind is FigureKind.DURATION and _TWO_UNIT_TIME.search(figure.text):
        # The one such time in each article, however worded: how long the final took.
        return True
    is_currency = len(unit) == 3 and unit.isupper()
    # Durations too: "over the past 12 months" and "in the three months to December" are
    # the only spans of months in two earnings stories, and not one fact.
    # A stay in nights is one: "a 12-night cruise" and "a 14-night cruise"; so is a count of
    # titles: "his second Grand Slam title" and "his third major title".
    return (
        (
            figure.kind not in (FigureKind.ORDINAL, FigureKind.DURATION)
            or unit in _DISTINCT_ORDINAL_UNITS
        )
        and unit not in _COMMON_UNITS
        and not is_currency
    )


def _has_value(figure: Figure) -> bool:
    """Ordinals only of something ("the 55th minute"): a bare "third" ranks anything."""
    if figure.kind is FigureKind.ORDINAL and figure.unit in _COMMON_UNITS:
        return False
    return figure.value is not None


def _value_key(figure: Figure) -> tuple[str, str, float]:
    """Family, unit and value to two significant digits: figures that may be the same value
    (the bonus then decides on the exact gap)."""
    value = float(figure.value or 0)
    return (
        _kind_family(figure),
        figure.unit,
        value if figure.unit.startswith(CLOCK) else float(f"{value:.2g}"),
    )


def _center(figure: Figure) -> float:
    """A figure's value, or the middle of its range."""
    if figure.value is not None:
        return float(figure.value)
    ends = [float(x) for x in (figure.low, figure.high) if x is not None]
    return sum(ends) / len(ends) if ends else 0.0


# Two times of day are the same value only to the minute; otherwise their values say nothing
# of whether they are one moment ("7.15am" and "07:18" are two, "7.15am" and "7.50am" may be
# one misreported): neither close nor far apart, the words around them decide.
UNRELATED_GAP = 0.5


def _clock_gap(minutes_a: float, minutes_b: float) -> float:
    return 0.0 if minutes_a == minutes_b else UNRELATED_GAP


def _rounded_alike(a: Figure, b: Figure) -> bool:
    """Whether one value is the other rounded to its printed step: "$1.7bn" of "$1.74
    billion", both an outlet's conversion of one sum in rupees."""
    if a.value is None or b.value is None or a.precision is None or b.precision is None:
        return False
    return abs(a.value - b.value) <= max(a.precision, b.precision) / 2


def _exchanged(figure: Figure) -> bool:
    return figure.converts is not None and figure.kind is FigureKind.MONEY


def _timed(figure: Figure) -> bool:
    """A time taken to the second or finer, of a minute or more: "2:01:09", "1:44.87",
    "2hr 01min 09sec"."""
    return (
        figure.kind is FigureKind.DURATION
        and figure.unit == "second"
        and figure.value is not None
        and figure.value >= 60
        and figure.precision is not None
        and figure.precision <= 1
    )


def _timed_gap(a: Figure, b: Figure) -> float:
    """Times taken in one race are all within a few per cent of each other: as with times of
    day, they are the same value only to their printed precision, and otherwise their values
    say nothing of whether they are one time (the winner's 2:01:09 and the runner-up's 2:01:57
    are two); the words around them decide. Times far apart stay far apart."""
    value_a, value_b = float(a.value or 0), float(b.value or 0)
    if abs(value_a - value_b) <= float(max(a.precision or 0, b.precision or 0)):
        return 0.0
    return max(_gap(value_a, value_b), UNRELATED_GAP)


# A scale word misprinted puts one fact a thousand times off ("million" for "billion"); no
# two outlets' figures of one fact are this far apart: "$2.07 a share" is not "$650 million".
MAGNITUDES_APART = 1e5
# The conditions patients are reported in: a count in one is never a count in another.
_CONDITIONS = frozenset(("critical", "serious", "stable"))


def _gap(value_a: float, value_b: float) -> float:
    """How far apart two figures' values are, as a share of the larger. Among figures that
    measure the same thing equally well, the closest values pair: "widened by £2.1bn to
    £15.2bn" against "widened to £15.2bn" pairs the two levels, not the change with a level."""
    larger = max(abs(value_a), abs(value_b))
    return abs(value_a - value_b) / larger if larger else 0.0
