"""Pairs of figures their sentences show to be two facts, however alike their measures score:
each a small rule, checked on the pairs scored only (see `told_apart`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.extract.numbers import DIGITS, WORD_NUMBER, parse_digits, parse_words
from factcheck.models import Figure, FigureKind

SAME_WORD = 80.0  # two words this alike are one ("cancelled"/"canceled")
SAME_VALUE = 0.01  # relative gap within which two values are the same


def _apart(one: Decimal | None, other: Decimal | None) -> bool:
    if one is None or other is None:
        return False
    largest = max(abs(one), abs(other))
    return bool(largest) and abs(one - other) / largest > SAME_VALUE


# --- A count told again, bare, beside its verb ------------------------------------------------

# A bare number in a sentence: digits or words, then its verb, maybe past a noun and an
# auxiliary ("22 cancelled", "22 trains were cancelled", "twenty-two were cancelled").
_BARE_NUMBER = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<number>{DIGITS}|(?i:{WORD_NUMBER}))(?![\w%.,-]|\.\d|,\d)"
    r"(?P<after>(?:\s+[A-Za-z][\w’'-]*){1,3})"
)
_AUXILIARIES = frozenset(
    "were was are is have has had been be being more others other of them".split()
)


def _number(printed: str) -> Decimal | None:
    if printed[0].isdigit() or printed[0] == ".":
        return parse_digits(printed)[0]
    return parse_words(printed)


def _words_beside(text: str, start: int, end: int, figure: Figure) -> list[tuple[Decimal, str]]:
    """Each bare number between ``start`` and ``end`` outside ``figure``, with the first word
    after it that is neither the figure's unit nor an auxiliary: "… and 22 cancelled" gives
    (22, "cancelled")."""
    found = []
    unit = figure.unit.casefold()
    for match in _BARE_NUMBER.finditer(text, start, end):
        if match.start() < figure.span.end and match.end("number") > figure.span.start:
            continue
        value = _number(match.group("number"))
        if value is None:
            continue
        for word in match.group("after").split():
            folded = word.casefold()
            if folded in _AUXILIARIES or folded in (unit, f"{unit}s") or unit == f"{folded}s":
                continue
            found.append((value, folded))
            break
    return found


def _alike(word: str, words: list[str]) -> bool:
    return any(fuzz.ratio(word, other) >= SAME_WORD for other in words)


def _told_beside_its_verb(one: Figure, other: Figure, other_text: str) -> bool:
    """Whether ``other``'s sentence gives ``one``'s value, bare, beside a word of ``one``'s
    measure that is not of ``other``'s: "Twenty-two trains were cancelled and 14 diverted"
    against "with 14 trains diverted and 22 cancelled" gives the 22 cancelled apart from the
    14 trains; the two counts agree with their own, not with each other."""
    own = [word.casefold() for word in one.measure if len(word) > 3]
    if not own:
        return False
    # The other's own verb, when it has one right after it ("14 trains diverted"): its
    # measure may have taken the clause's other verb ("… and 22 cancelled").
    after = re.match(
        r"(?:\s+[A-Za-z][\w’'-]*){1,3}", other_text[other.span.end : other.sentence.end]
    )
    theirs = [
        word
        for word in (after.group().casefold().split() if after else ())
        if word not in _AUXILIARIES
    ][:1] or [word.casefold() for word in other.measure]
    for value, word in _words_beside(other_text, other.sentence.start, other.sentence.end, other):
        if value == one.value and _alike(word, own) and not _alike(word, theirs):
            return True
    return False


# --- One quarter against the full year -------------------------------------------------------

# A figure said of the quarter in its clause, with no comma between: "Investments totaled
# $4.1 billion in the quarter", "Capital spending in the quarter was $4.1 billion".
_QUARTER_AFTER = re.compile(
    r"[^,;:()]{0,40}?\b(?:in|for|during|over)\s+the\s+(?:quarter|three\s+months)\b",
    re.IGNORECASE,
)
_QUARTER_BEFORE = re.compile(
    r"(?:\b(?:in|for|during|over)\s+the\s+(?:quarter|three\s+months)\b|\bquarterly\b)"
    r"[^,;:()]{0,40}$",
    re.IGNORECASE,
)


def _of_a_quarter(figure: Figure, text: str) -> bool:
    if figure.period is not None:
        return False  # its period says which, and periods are compared on their own
    start, end = figure.sentence.start, figure.sentence.end
    after = _QUARTER_AFTER.match(text, figure.span.end, end)
    before = _QUARTER_BEFORE.search(text[max(start, figure.span.start - 80) : figure.span.start])
    return after is not None or before is not None


def _full_year(figure: Figure) -> bool:
    return figure.period is not None and figure.period.startswith("FY")


# --- Two time limits --------------------------------------------------------------------------

# A share told of a time limit right after it, in its clause: "76% of patients … were seen
# within four hours", "68% started treatment within 62 days of an urgent referral". Two
# limits are two standards measured, however alike their patients.
_WITHIN = re.compile(
    rf"[^;:.()]{{0,80}}?\bwithin\s+(?:the\s+)?(?:first\s+)?(?P<number>{DIGITS}|(?i:{WORD_NUMBER}))"
    r"[\s-]+(?P<unit>minute|hour|day|week|month|year)s?\b",
    re.IGNORECASE,
)
_IN_HOURS = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730, "year": 8760}


def _time_limit(figure: Figure, text: str) -> Decimal | None:
    """The time limit, in hours, a percentage is told of right after it (see `_WITHIN`)."""
    if figure.kind is not FigureKind.PERCENT:
        return None
    match = _WITHIN.match(text, figure.span.end, figure.sentence.end)
    if match is None:
        return None
    number = _number(match.group("number"))
    if number is None:
        return None
    return number * Decimal(str(_IN_HOURS[match.group("unit").casefold()]))


# --- Two spans timed from two events -------------------------------------------------------------

# A duration told as the time after or before an event, right after it: "about an hour after
# the Helmsdale Star left Kirkhaven", "more than four hours after the alarm was raised". Two
# spans counted from two events are two facts, however alike their measures.
_FROM_EVENT = re.compile(r"\s+(?:after|before|since)\s+(?P<event>[^,;:.()—]{3,80})", re.IGNORECASE)
_EVENT_FILLER = frozenset(
    "the a an its their his her was were had has have been being which that this then first "
    "last".split()
)


def _timed_from(figure: Figure, text: str) -> frozenset[str] | None:
    """The words of the event a duration is counted from (see `_FROM_EVENT`), None for a
    figure told of none."""
    if figure.kind is not FigureKind.DURATION:
        return None
    match = _FROM_EVENT.match(text, figure.span.end, figure.sentence.end)
    if match is None:
        return None
    words = re.findall(r"[a-z][\w’'-]*", match.group("event").casefold())
    return frozenset(w for w in words if w not in _EVENT_FILLER and len(w) > 2) or None


def _events_apart(one: frozenset[str] | None, other: frozenset[str] | None) -> bool:
    """Whether two durations are counted from two events: no word of one's in the other's."""
    if one is None or other is None:
        return False
    return not any(_alike(word, list(other)) for word in one)


# --- An outcome and a forecast ---------------------------------------------------------------

# A figure its clause gives as expected, before it: "The council now forecasts a harvest of
# about 550,000 hectolitres", "had been expected to produce 230,000 tonnes this year". Not a
# plan's "will" ("will have to build 1,200 sites" is a target, as "by 2030" is).
_FORECAST_BEFORE = re.compile(
    r"\b(?:forecasts?|forecast(?:ed|ing)|expect(?:s|ed|ing)?\s+(?:to|a|an)|projects?|projected"
    r"|projecting|predicts?|predicted|predicting|on\s+(?:track|pace|course)\s+(?:for|to)"
    r")\b[^,;:.()—]{0,50}$",
    re.IGNORECASE,
)


def _forecast(figure: Figure, text: str) -> bool:
    """Whether a figure's clause gives it as expected (see `_FORECAST_BEFORE`)."""
    start = max(figure.sentence.start, figure.span.start - 70)
    return _FORECAST_BEFORE.search(text, start, figure.span.start) is not None


def _outcome_and_forecast(
    forecast: bool,
    from_now: str | None,
    figure: Figure,
    other_forecast: bool,
    other_from_now: str | None,
    other: Figure,
) -> bool:
    """Whether ``figure`` is a forecast of no year or of this year and ``other`` an outcome of
    a year named: last year's ("Last year the appellation produced 910,000 hectolitres") or a
    year's the text prints ("produced 210,000 tonnes of copper in 2023"). What was made is no
    forecast of what will be, of another year."""
    if not forecast or other_forecast or figure.period is not None:
        return False
    if from_now not in (None, "this year"):
        return False
    other_year = other.period is not None and _YEAR_IN_LABEL.fullmatch(other.period) is not None
    return other_year or other_from_now == "last year"


# --- Both sides' total and one side's count -------------------------------------------------

# Two parties that trade with each other, then the figure: "Dravonia and Sorelia exchanged 26
# prisoners", "the two armies swapped 300 captives". The figure is both sides' total.
_BOTH_SIDES = re.compile(
    r"\b(?P<one>[A-Z][a-z]{3,})\s+and\s+(?P<other>[A-Z][a-z]{3,})\s+(?:have\s+|had\s+)?"
    r"(?:exchanged|swapped|traded|exchange|swap|trade)\s+(?:(?:a\s+)?total\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?$"
)
_NAME_STEM = 5  # letters a party's name and its people's ("Dravonia", "Dravonian") share


def _both_sides(figure: Figure, text: str) -> tuple[str, str] | None:
    """The two parties whose exchange the figure totals (see `_BOTH_SIDES`), or None."""
    start = max(figure.sentence.start, figure.span.start - 80)
    found = _BOTH_SIDES.search(text, start, figure.span.start)
    return (found.group("one"), found.group("other")) if found else None


def _one_side(sides: tuple[str, str] | None, other: Figure, other_text: str) -> bool:
    """Whether ``other`` counts one of the two ``sides``' people alone, named in its own words
    ("13 Dravonian prisoners", "15 Dravonians"): no total of both sides' exchange."""
    if sides is None:
        return False
    words = other_text[other.span.start : other.span.end].casefold().split()
    stems = [side[:_NAME_STEM].casefold() for side in sides]
    named = [any(word.startswith(stem) for word in words) for stem in stems]
    return named.count(True) == 1


# --- A rival's figure ------------------------------------------------------------------------

# A figure told of a rival or peer the sentence names: "rival Zentrix Software said it would
# cut 1,200 jobs, about 6% of its workforce".
# A neighbouring place is such a peer too: "Neighbouring Ashworth closed five of its 12
# libraries" is not the council's own count.
_RIVAL = re.compile(
    r"\b(?i:rivals?|competitors?|peers?|competing|neighbou?ring|nearby)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"
)


def _rival(figure: Figure, text: str) -> str | None:
    """The rival the figure's sentence names before it, or None."""
    found = None
    for match in _RIVAL.finditer(text, figure.sentence.start, figure.span.start):
        found = match.group("name")
    return found


# --- Another case's figure ------------------------------------------------------------------

# A figure told in a sentence about another case of the same kind, its subject saying so
# before the figure: "A similar scheme at a Bronx clinic involved about $12 million", "In a
# separate case, a nurse stole $80,000". Not "another 300 homes", nor "a similar amount".
_ANOTHER_CASE = re.compile(
    r"\b(?:(?i:a\s+(?:similar|separate|comparable|different|previous|prior|earlier))"
    r"|(?P<bare>(?i:another)))\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>cases?|schemes?|scams?|frauds?|lawsuits?|suits?|prosecutions?|trials?"
    r"|investigations?|probes?|incidents?|accidents?|crashes|crash|attacks?|outbreaks?"
    r"|settlements?|rings?|conspirac(?:y|ies)|raids?|heists?|thefts?|robber(?:y|ies))\b"
)
# What pins a sentence's event down: its day, date or year, and a place or name told in
# capitals ("the A1", "in Norfolk").
_DAY_OR_DATE = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?:\s+\d{1,2}\b)?|\b(?:19|20)\d\d\b"
)
_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w-]*[a-z0-9][\w-]*\b", re.MULTILINE)


# A case at law is no event a story opens on: "In another case in Manchester, a landlord was
# fined" is never the case the other article tells, whatever place the two share. A case of
# an illness ("another case of measles") is an event, and takes the bare rule.
_COURT_CASE = re.compile(r"cases?|lawsuits?|suits?|trials?|prosecutions?")
_OF_ILLNESS = re.compile(r"\s+of\b")


def _another_case(figure: Figure, text: str) -> re.Match[str] | None:
    """What in the figure's sentence tells it of another case (see `_ANOTHER_CASE`)."""
    return _ANOTHER_CASE.search(text, figure.sentence.start, figure.span.start)


def _of_another_case(
    found: re.Match[str] | None, figure: Figure, text: str, other: Figure, other_text: str
) -> bool:
    """Whether the figure is of another case than the other article's figure. A bare
    "another" is also how a story opens on its own event, one more of a series: "Another
    attack on the pipeline on Tuesday cut gas to 20,000 homes" tells the same attack as "An
    attack on the pipeline on Tuesday". It is another case only when the other figure's
    sentence tells a different day, or shares neither its day nor a name."""
    if found is None:
        return False
    if found.group("bare") is None:
        return True
    if _COURT_CASE.fullmatch(found.group("noun")) and not _OF_ILLNESS.match(text, found.end()):
        return True
    own = text[figure.sentence.start : figure.sentence.end]
    theirs = other_text[other.sentence.start : other.sentence.end]
    days = {m.group(0).casefold() for m in _DAY_OR_DATE.finditer(own)}
    their_days = {m.group(0).casefold() for m in _DAY_OR_DATE.finditer(theirs)}
    if days and their_days:
        return days.isdisjoint(their_days)
    anchors = {m.group(0).casefold() for m in _NAMED.finditer(own)} - {"another"}
    return anchors.isdisjoint(re.findall(r"[\w-]+", theirs.casefold()))


# --- Two directions of trade ---------------------------------------------------------------

# A trade flow named by who sends and who receives, before the figure in its sentence:
# "Mercosur's exports to the EU", "EU exports to Mercosur", "Japan's imports from Korea".
_PARTY = r"[A-Z][\w-]*"
_TRADE_FLOW = re.compile(
    rf"\b(?P<one>{_PARTY})(?:['’]s)?\s+(?:[a-z]+\s+)?(?P<way>exports?|imports?)\s+"
    rf"(?P<dir>to|into|from)\s+(?:the\s+)?(?P<two>{_PARTY})"
)


def _trade_flow(figure: Figure, text: str) -> tuple[str, str] | None:
    """The (sender, receiver) of the trade flow the figure's sentence names before it (see
    `_TRADE_FLOW`), casefolded; None when it names none."""
    found = None
    for match in _TRADE_FLOW.finditer(text, figure.sentence.start, figure.span.start):
        found = match
    if found is None:
        return None
    one, two = found.group("one").casefold(), found.group("two").casefold()
    exports = found.group("way").startswith("export")
    if exports != (found.group("dir") == "from"):
        return one, two
    return two, one


def _flows_reversed(one: tuple[str, str] | None, other: tuple[str, str] | None) -> bool:
    """Whether two trade flows run between the same two parties in opposite directions."""
    return one is not None and other is not None and one == other[::-1] and one[0] != one[1]


# --- An earlier event's figure -----------------------------------------------------------------

# A figure told in a clause of an event a date before it names: "Brightline last cut jobs in
# January 2023, when it laid off 700 workers, or about 5% of its staff at the time".
# Or in a clause opening on "When" that the figure's clause follows: "When the state last
# widened the bridge approaches in 2010, the crossing carried about 15,000 vehicles a day".
# Or "of" the year, a short aside on the year before "when": "the shock of 2022, the hottest
# year on record, when glaciers lost 6 per cent".
_WHEN_DATED = re.compile(
    r"\b(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)"
    r"(?:,\s+the\s+[^,;:.()—]{3,60},)?,?\s+when\b"
    r"|\b[Ww]hen\s[^,;:.]{0,80}?\bin\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<opening>(?:19|20)\d\d),"
)
# Or in an opening phrase naming an event and the year it was in, the figure's clause right
# after it: "In the smaller pilot study published in 2023, 41% of users stopped".
_OPENING_DATED = re.compile(
    r"\W*(?:In|At|During)\s+(?:the|a|an|its|their|his|her)\s+[^,;:.]{0,80}?\bin\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d),[^,;:.]{0,80}$"
)
_YEAR = re.compile(r"(?<![\d.])(?<!\d,)(?:19|20)\d\d(?!\d|[.,]\d)")
# Or of an event its own words call an earlier one, a year set after it: "Its previous
# outbreak, in 2019, sickened 58 people", "The last strike, in March 2021, lasted 12 days".
# Earlier by its words, whatever years the articles name.
_EARLIER_DATED = re.compile(
    r"\b(?:previous|prior|earlier|last)\s+"
    # Not a time named from now ("last year, in 2024,"): that is `_year_from_now`'s.
    r"(?!(?:year|month|week|quarter|season|time)s?\b)(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+in\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b"
)


def _dated_before(figure: Figure, text: str, latest: int) -> str | None:
    """The year of the earlier event the figure's sentence tells it in (see `_WHEN_DATED`),
    when before the latest year the articles name; None for the others."""
    if figure.period is not None:
        return None  # dated by its own words, and compared on that
    found = None
    for match in _WHEN_DATED.finditer(text, figure.sentence.start, figure.span.start):
        found = match.group("year") or match.group("opening")
    opening = _OPENING_DATED.fullmatch(text, figure.sentence.start, figure.span.start)
    if found is None and opening is not None:
        found = opening.group("year")
    if found is not None and int(found) < latest:
        return found
    earlier = list(_EARLIER_DATED.finditer(text, figure.sentence.start, figure.span.start))
    return earlier[-1].group("year") if earlier else None  # the nearest before the figure


# --- An occasion a "when" clause dates ---------------------------------------------------------

# The month or year a "when" clause dates the figure's occasion to: the figure in the clause
# ("came in 2012, when 41 people were arrested", "in October, when 12 were held"), or in the
# clause right after one opening on "When" ("When the teams met in October at the away
# ground, 12 people were arrested").
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _occasion_date(group: str) -> str:
    """A month, a month and its year, or a year, in the named ``group``."""
    return (
        rf"(?:(?:early|late|mid-?)\s*)?(?P<{group}>(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?"
        r"|(?:19|20)\d\d)\b"
    )


_WHEN_OCCASION = re.compile(
    rf"\b(?:in|of)\s+{_occasion_date('within')}"
    r"(?:,\s+the\s+[^,;:.()—]{3,60},)?,?\s+when\b"
    rf"|\b[Ww]hen\s[^,;:.]{{0,80}}?\bin\s+{_occasion_date('opening')}[^,;:.]{{0,60}},"
)
# A time a sentence tells its own figure at, not a "when" clause's month or year: another
# month or year.
_OWN_TIME = re.compile(rf"\b(?:{_MONTHS})\b|(?<![\d.])(?:19|20)\d\d(?![\d%])")
# A day of the news ("after Saturday's derby", "last night"): another occasion than a "when"
# clause's year ("in 2012, when 41 people were arrested") or another month ("When the teams
# met in October"), but no other than the news's own month, its dateline's: "The cyclone
# killed 14 people when it crossed the coast on Friday" is the storm another dates "When the
# cyclone came ashore in March" under "March 14".
_NEWS_DAY = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|yesterday)\b"
    r"|\b(?:this|last)\s+(?:week|weekend|night)\b"
)
# A dateline's month and day near an article's top: "GOLD COAST, March 14 (Reuters)", "Feb 9".
_DATELINE_MONTH = re.compile(
    r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)
_DATELINE_REACH = 400  # characters from an article's top a dateline stands within


def _news_months(*texts: str) -> frozenset[str]:
    """The months the articles' datelines date the news to, as their first three letters."""
    return frozenset(
        found.group("month")
        for text in texts
        if (found := _DATELINE_MONTH.search(text, 0, _DATELINE_REACH)) is not None
    )


def _occasion(figure: Figure, text: str) -> tuple[str | None, str | None] | None:
    """The (month, year) a "when" clause dates the figure's occasion to (see
    `_WHEN_OCCASION`), either None where not printed; None where no such clause dates it."""
    found = None
    for match in _WHEN_OCCASION.finditer(text, figure.sentence.start, figure.span.start):
        found = match.group("within") or match.group("opening")
    if found is None:
        return None
    words = found.split()
    month = words[0] if not words[0].isdigit() else None
    year = words[-1] if words[-1].isdigit() else None
    return month, year


def _occasions_apart(
    one: tuple[str | None, str | None] | None,
    other: tuple[str | None, str | None] | None,
    one_figure: Figure,
    one_text: str,
    other_figure: Figure,
    other_text: str,
    news_months: frozenset[str] = frozenset(),
) -> bool:
    """Whether a figure a "when" clause dates (``one``, see `_occasion`) is of another occasion
    than the other figure: one dated to another month or year ("in 2012, when 41 people were
    arrested" and "When the teams met in October, … 12 people were arrested"; a year named
    and a month named alone are two occasions too), or told in a month or year of its own,
    its sentence printing neither that month nor that year, or on a day of the news ("after
    Saturday's derby") unless the clause names the news's own month alone (``news_months``):
    "when it crossed the coast on Friday" and "When the cyclone came ashore in March" under
    "March 14" are one occasion. Nor one that tells no time at all: "When the storm hit in October,
    12 people died" may be the story's own storm, told by the other as "The storm killed 14
    people"."""
    if one is None:
        return False
    sentence = other_text[other_figure.sentence.start : other_figure.sentence.end]
    if any(told and re.search(rf"\b{re.escape(told)}\b", sentence) for told in one):
        return False
    if other is None:
        start, end = other_figure.sentence.start, other_figure.sentence.end
        return _OWN_TIME.search(other_text, start, end) is not None or (
            not (one[1] is None and one[0] is not None and one[0][:3] in news_months)
            and _NEWS_DAY.search(other_text, start, end) is not None
        )
    own_sentence = one_text[one_figure.sentence.start : one_figure.sentence.end]
    if any(told and re.search(rf"\b{re.escape(told)}\b", own_sentence) for told in other):
        return False
    (month, year), (other_month, other_year) = one, other
    if year and other_year and year != other_year:
        return True
    if month and other_month and month != other_month:
        return True
    # A year named alone and a month named alone: two occasions, dated two ways.
    return (month is None) != (other_month is None) and (year is None) != (other_year is None)


# --- This year's and last year's ----------------------------------------------------------

# A year or a season named by its distance from now, in the figure's clause: right after it
# ("handled 9.2 million passengers last year", "as of last year's count"), before it with no
# break ("this year the airport expects 9.8 million") or opening its sentence ("Last winter,
# 14 people died", "So far this winter, nine people have died"). With the article's year
# unknown its period is unknown (see `period_for`), yet this year's figure and last year's
# are two, as are this winter's and last winter's.
_FROM_NOW = (
    r"\b(?P<which>this|last|next)\s+(?:(?:coming|upcoming)\s+)?"  # "this coming season"
    r"(?P<span>year|season|winter|summer|spring|autumn|fall)"
)
_FROM_NOW_AFTER = re.compile(rf"[^,;:.()—]{{0,60}}?{_FROM_NOW}(?:['’]s)?\b", re.IGNORECASE)
_FROM_NOW_BEFORE = re.compile(rf"{_FROM_NOW}\b[^,;:.()—]{{0,40}}$", re.IGNORECASE)
# What makes the year after a figure the one it is measured against, not its own.
_BASELINE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|from|on|over|versus|vs\.?|against|since)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FROM_NOW_OPENING = re.compile(
    rf"\W*(?:(?:so\s+far|earlier|later|in|during|over|through|for)\s+)?{_FROM_NOW}\b,"
    r"[^,;:.()—]{0,60}$",
    re.IGNORECASE,
)


# Or a possessive one opening the sentence, its subject: "Last year's bloom, which was far
# smaller, closed beaches for 11 days" (an aside between commas may stand in the subject).
_FROM_NOW_SUBJECT = re.compile(
    rf"\W*{_FROM_NOW}['’]s\s+[^,;:.()—]{{0,40}}?"
    r"(?:,\s+(?:which|who|whose|where|when)\b[^,;:.()—]{0,60},)?[^,;:.()—]{0,60}$",
    re.IGNORECASE,
)


def _year_from_now(figure: Figure, text: str) -> str | None:
    """ "this year", "last winter", …: the year or season the figure's clause names by its
    distance from now (see `_FROM_NOW_AFTER`), None when it names none."""
    if figure.period is not None:
        return None  # dated by its own words, and compared on that
    after = _FROM_NOW_AFTER.match(text, figure.span.end, figure.sentence.end)
    if after is not None and _BASELINE_BEFORE.search(text, figure.span.end, after.start("which")):
        after = None  # "rose 5% compared with last year": the year it is measured against
    if after is None:
        start = max(figure.sentence.start, figure.span.start - 60)
        after = _FROM_NOW_BEFORE.search(text, start, figure.span.start)
    if after is None:
        after = _FROM_NOW_OPENING.match(text, figure.sentence.start, figure.span.start)
    if after is None:
        after = _FROM_NOW_SUBJECT.match(text, figure.sentence.start, figure.span.start)
    if after is None:
        return None
    return f"{after.group('which')} {after.group('span')}".casefold()


def _from_now_apart(one: str | None, other: str | None) -> bool:
    """Whether two spans named from now are two: "last year" and "this year", "last winter"
    and "this winter". A season and a year ("last winter", "this year") may overlap, and a
    "season" may be any of them: those are no bar."""
    if one is None or other is None:
        return False
    (which_one, span_one), (which_other, span_other) = one.split(), other.split()
    if which_one == which_other:
        return False
    # A year and a "season" are one span told two ways: "Last year's wheat harvest" is not
    # "this season's wheat harvest", one harvest a year.
    yearly = {span_one, span_other} <= {"year", "season"}
    return yearly or (
        "year" not in (span_one, span_other) and "season" not in (span_one, span_other)
    )


_YEAR_IN_LABEL = re.compile(r"(?:19|20)\d\d")


def _part_of_a_year(period: str | None) -> bool:
    """Whether a period is a month, a quarter or a half with no year said ("February", "Q4",
    "quarter to March"): no whole year."""
    return (
        period is not None
        and not period.startswith(("FY", "year to"))
        and _YEAR_IN_LABEL.search(period) is None
    )


# Words naming a part of a year: a month, a quarter, a half.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NAMES_A_PART = re.compile(rf"\b(?:{_MONTHS}|Q[1-4]|H[12]|(?i:quarter|half))\b")


def _year_and_a_part(one: str | None, figure: Figure, text: str, other: Figure) -> bool:
    """Whether ``one`` (see `_year_from_now`) is last or next year and ``other`` is told of a
    month or a quarter of no year: "An average of 212,000 vehicles entered the area each
    weekday last year" is a year's, not "174,000 vehicles a weekday … in February", whichever
    February. Not when the year's sentence names such a part too ("in the fourth quarter of
    last year"), which may be the other's."""
    if one not in ("last year", "next year") or not _part_of_a_year(other.period):
        return False
    return _NAMES_A_PART.search(text, figure.sentence.start, figure.sentence.end) is None


# A level its sentence says was fallen from, a peak: "Output in Valladolid has fallen from a
# peak of 310,000 vehicles in 2017", "down from a record high of 4.1 million".
_PEAK_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:a|an|its|their|the)\s+(?:(?:record|all-time|previous|former)\s+)?"
    r"(?:peak|high)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def _past_peak(figure: Figure, text: str) -> bool:
    """Whether a figure is a peak fallen from (see `_PEAK_FROM_BEFORE`) in a year its words
    name."""
    if figure.period is None or _YEAR_IN_LABEL.fullmatch(figure.period) is None:
        return False
    start = max(figure.sentence.start, figure.span.start - 60)
    return _PEAK_FROM_BEFORE.search(text, start, figure.span.start) is not None


# --- Two named places --------------------------------------------------------------------------

# A place a sentence names by its kind: "Bardia National Park", "Kerry County", "Isle of Wight"
# is none. A figure whose measure holds one such name, and one only, is that place's.
_NAMED_PLACE = re.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|Its|Their|In|At|On|Of|For|And|But)\b)"
    r"(?P<name>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?\s+(?:National\s+)?"
    r"(?:Park|Reserve|Sanctuary|Forest|County|District|Province|Prefecture|Region|Municipality"
    r"|Island|Valley)s?\b"
)

_PLACE_REACH = 60  # characters before a figure a place its measure leaves out may end in


def _place_of(figure: Figure, text: str) -> str | None:
    """The one place its sentence names (see `_NAMED_PLACE`) that the figure's measure holds;
    when it holds none, the last named just before the figure ("Chitwan National Park remained
    the stronghold, with 142 tigers"); None for more than one, or none."""
    measure = {word.casefold() for word in figure.measure}
    named = list(_NAMED_PLACE.finditer(text, figure.sentence.start, figure.sentence.end))
    held = {match.group("name").casefold() for match in named} & measure
    if held:
        return next(iter(held)) if len(held) == 1 else None
    before = [
        match
        for match in named
        if figure.span.start - _PLACE_REACH <= match.end() <= figure.span.start
    ]
    return before[-1].group("name").casefold() if before else None


def _places_apart(
    one: str | None,
    other: str | None,
    figure: Figure,
    other_figure: Figure,
    text: str,
    other_text: str,
) -> bool:
    """Whether two figures are of two named places (see `_place_of`), neither's named in the
    other's sentence."""
    if one is None or other is None or one == other:
        return False
    sentence = text[figure.sentence.start : figure.sentence.end].casefold()
    other_sentence = other_text[other_figure.sentence.start : other_figure.sentence.end].casefold()
    return (
        re.search(rf"\b{re.escape(other)}\b", sentence) is None
        and re.search(rf"\b{re.escape(one)}\b", other_sentence) is None
    )


# A site a name gives by its kind: "Falcon Reservoir", "Hoover Dam", "Lake Mead", "Gatwick
# Airport", "Kings Cross Station", "St Mary's Hospital", "Olympic Dam Mine". Two sites told each
# in its own figure's clause are two sites' figures: "Falcon Reservoir stood at 19%", "Amistad
# Reservoir … was at 21 percent".
_SITE_KINDS = (
    r"Reservoir|Dam|Lake|Airport|Station|Hospital|Mine|Port|Harbou?r|Bridge|Stadium|Refinery"
    r"|Terminal|Prison|Plant"
)
_NAMED_SITE = re.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|Its|Their|In|At|On|Of|For|And|But)\b)"
    rf"(?P<name>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?\s+(?:{_SITE_KINDS})\b"
    r"|\bLake\s+(?P<lake>[A-Z][\w'’-]+)"
)


def _site_of(figure: Figure, text: str) -> str | None:
    """The one named site (see `_NAMED_SITE`) a figure's own clause tells it of, just before
    it or just after (see `_SITE_BEFORE`, `_SITE_AFTER`); None for none, or two."""
    named = set()
    for site in _NAMED_SITE.finditer(text, figure.sentence.start, figure.sentence.end):
        if (
            site.start() >= figure.span.end
            and _SITE_AFTER.fullmatch(text[figure.span.end : site.start()])
        ) or (
            site.end() <= figure.span.start
            and _SITE_BEFORE.fullmatch(text[site.end() : figure.span.start])
        ):
            named.add((site.group("name") or site.group("lake")).casefold())
    return next(iter(named)) if len(named) == 1 else None


# A market or city a figure's own clause says it was told in: "fell 7.4 per cent in New York
# on Tuesday", "shares in Frankfurt closed down 6.9%". Two listings of one company are two
# prices. Months, days, holidays, seasons and times of day name no place ("sales rose 4.1% at
# Christmas", "At Noon, 300 protesters gathered"), nor does a sentence's opening "In".
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A time's name may open a place's ("Fall River", "Easter Island"): a time only alone.
_TIMES = (
    r"(?:(?:Christmas|Easter)(?:\s+(?:Eve|Day|Sunday|Monday))?|Thanksgiving|Halloween|Hogmanay"
    r"|Ramadan|Eid|Diwali|Hanukkah|Passover|Lent|Advent|Whitsun|Boxing\s+Day|New\s+Year"
    r"|Spring|Summer|Autumn|Fall|Winter|Noon|Midday|Midnight|Dawn|Dusk|Sunrise|Sunset"
    r"|Lunchtime|Teatime|Halftime|Half-time|Full-time|Kick-off|Weekends?)\b(?!\s+[A-Z])"
)
_NAME_NEXT = (
    rf"\s+(?!(?:{_MONTHS}|{_DAYS}|The|A|An|This|That|Its|Their)\b|{_TIMES})"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)\b"
    # "in Dutch trading" names a market by its country's word, which the other's "in
    # Amsterdam" does not spell: no place then.
    r"(?!\s+(?:trading|trade|dealings|markets?|hours|time|terms)\b|\s+[A-Z])"
)
_IN_NAME = rf"\bin{_NAME_NEXT}"
# Right after the figure, "at" names a place as "in" does: "More than 1,200 flights at
# Heathrow were cancelled".
_IN_NAME_AFTER = re.compile(rf"\s+\b(?:in|at){_NAME_NEXT}")
_IN_NAME_BEFORE = re.compile(rf"{_IN_NAME}(?=[^,;:.()—]{{0,40}}$)")


# A place a sentence opens on with "At", set off by its comma, that the whole sentence is told
# of: "At Oslo Gardermoen, which stayed open for part of the day, 410 flights were canceled".
# Two such places are two counts however alike their wording. Not an opening "In" (see
# `_NAME_NEXT`): "In Washington, Pentagon officials said 12 soldiers were wounded" names where
# it was said, not where they were wounded; nor an opening place a saying follows before the
# figure (see `_REPORTED`), which is where it was told.
_OPENS_AT_NAME = re.compile(rf"At{_NAME_NEXT},")


def _told_in(figure: Figure, text: str) -> str | None:
    """The place a figure's clause says it was told in, right after it or just before it in
    its clause (see `_IN_NAME_AFTER`), or the place its sentence opens on with "At" when no
    saying comes between (see `_OPENS_AT_NAME`), or None."""
    found = _IN_NAME_AFTER.match(text, figure.span.end, figure.sentence.end)
    if found is None:
        start = max(figure.sentence.start, figure.span.start - 60)
        found = _IN_NAME_BEFORE.search(text, start, figure.span.start)
    if found is None:
        found = _OPENS_AT_NAME.match(text, figure.sentence.start, figure.span.start)
        if found is not None and _REPORTED.search(text, found.end(), figure.span.start):
            found = None
    return found.group("name").casefold() if found is not None else None


# A place a figure's subject comes from, just before it in its clause: "orders from Lucknow
# alone rose 41%", "Visitors from Norway rose 12%". Two such places are two counts. Only before
# the figure: after it, "from" is as often where a change is measured from.
_FROM_NAME_BEFORE = re.compile(rf"\bfrom{_NAME_NEXT}(?=[^,;:.()—]{{0,40}}$)")


def _told_from(figure: Figure, text: str) -> str | None:
    """The place a figure's subject comes from (see `_FROM_NAME_BEFORE`), or None."""
    start = max(figure.sentence.start, figure.span.start - 60)
    found = _FROM_NAME_BEFORE.search(text, start, figure.span.start)
    return found.group("name").casefold() if found is not None else None


# --- Two flights ---------------------------------------------------------------------------------

# A flight named by its number: "flight BX417", "The return flight, BX418 from Tenerife".
_FLIGHT = re.compile(
    r"\b[Ff]light,?\s+(?:(?:number|no\.?)\s+)?(?P<code>[A-Z][A-Z\d]\s?\d{1,4}[A-Z]?)\b"
)


def _flights(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The flight numbers ``text[start:end]`` names (see `_FLIGHT`), written without spaces."""
    found = _FLIGHT.finditer(text, start, len(text) if end is None else end)
    return frozenset(match.group("code").replace(" ", "") for match in found)


def _flights_before(figures: list[Figure], text: str) -> list[frozenset[str]]:
    """For each figure, the flight numbers ``text`` names before its sentence: one scan of
    the text, not one a figure (a long article holds thousands of figures)."""
    found = [
        (match.end(), match.group("code").replace(" ", "")) for match in _FLIGHT.finditer(text)
    ]
    ends = [end for end, _ in found]
    prefixes = [frozenset[str]()]
    for _, code in found:
        prefixes.append(prefixes[-1] if code in prefixes[-1] else prefixes[-1] | {code})
    return [prefixes[bisect_right(ends, figure.sentence.start)] for figure in figures]


def _flight_of(figure: Figure, text: str) -> str | None:
    """The one flight number a figure's sentence names, or None."""
    named = _flights(text, figure.sentence.start, figure.sentence.end)
    return next(iter(named)) if len(named) == 1 else None


def _flights_apart(
    one: str | None,
    other: str | None,
    flights: tuple[frozenset[str], frozenset[str], frozenset[str]],
    other_text: str,
) -> bool:
    """Whether a figure of flight ``one`` is not the other's: the other's sentence names
    another flight, or none while its article never names this one and tells of others,
    ``flights`` being those its article names before the other's figure, all its article
    names and all this figure's article names. It tells of others when it named one before
    the other's figure, or names one this figure's article names too: "affecting 176
    passengers" on the cancelled return flight BX418 of an article about BX417 too is not "the
    182 passengers" of another article naming only BX417. A flight the other names only after
    its figure, in no article of this one, tells nothing of it: "The diverted plane carried 176
    passengers. It had been due to return as flight BX418" may be flight BX417's 182."""
    if one is None or one == other:
        return False
    if other is not None:
        return True
    before, others, own = flights
    spelt = r"\s?".join((one[:2], one[2:]))
    return bool(before or others & own) and re.search(rf"\b{spelt}\b", other_text) is None


# --- A whole's average and one member's figure -------------------------------------------------

# An average over all: "the national average graduate employment rate of 74%", "the sector
# average of 3.1%". One member's figure is not it, unless its own sentence speaks of an
# average or the whole too.
_AVERAGE_BEFORE = re.compile(
    r"\b(?:national|nationwide|countrywide|sector|industry|overall|regional)\s+averages?\b"
    r"[^,;:.()—]{0,50}$",
    re.IGNORECASE,
)
_OF_ALL = re.compile(r"\b(?:averages?|national(?:ly)?|nationwide|overall|across)\b", re.IGNORECASE)
# One member the other sentence tells its figure of: "Its graduate employment rate", "their
# rate", a named one's ("Wexcombe's rate") or one named after in/at ("In Ohio, …"). A sentence
# naming none ("A gallon of regular gasoline cost $3.26 …, AAA said") may tell the same
# average in other words, and stays comparable.
_A_MEMBER = re.compile(
    r"\b(?i:its|their)\b"
    r"|\b(?!It['’]s)[A-Z][\w&.-]*['’]s\b"
    rf"|\b(?i:in|at)\s+(?!(?:{_MONTHS}|{_DAYS})\b)[A-Z]\w+"
)


def _whole_average(figure: Figure, text: str) -> bool:
    """Whether a figure's clause tells it as an average over a whole (see `_AVERAGE_BEFORE`)."""
    start = max(figure.sentence.start, figure.span.start - 100)
    return _AVERAGE_BEFORE.search(text, start, figure.span.start) is not None


def _of_a_member(figure: Figure, text: str) -> bool:
    """Whether a figure's sentence names no average nor whole (see `_OF_ALL`) but one member
    (see `_A_MEMBER`): what a whole's average (see `_whole_average`) is kept apart from."""
    start, end = figure.sentence.start, figure.sentence.end
    return (
        _OF_ALL.search(text, start, end) is None and _A_MEMBER.search(text, start, end) is not None
    )


# --- A nation's count and one site's ----------------------------------------------------------

# A figure told of a whole country: "Fourteen reactors have since restarted nationwide", "130
# mines operate across the country".
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|countrywide|nationally"
    r"|(?:across|around|throughout|all\s+over)\s+the\s+(?:country|nation))\b",
    re.IGNORECASE,
)
# A figure told of one site its sentence points to: "at the site, which has seven reactors",
# "the plant's 2,400 workers".
_ONE_SITE = re.compile(
    r"\b(?:the|this|that)\s+(?:site|plant|complex|facility|factory|mine|refinery|smelter"
    r"|campus|depot|warehouse|terminal|station)\b(?!\s+(?:in|across|throughout)\s)",
    re.IGNORECASE,
)


def _nationwide(figure: Figure, text: str) -> bool:
    """Whether a figure's sentence tells it of a whole country (see `_NATIONWIDE`)."""
    return _NATIONWIDE.search(text, figure.sentence.start, figure.sentence.end) is not None


# What may stand between a figure and the site it is told of, in one clause: "2,400 workers
# at the plant", "the plant's 2,400 workers", "at the site, which with 8,000 megawatts across
# seven reactors". A site told after a clause break is a side clause's ("went on strike on
# Tuesday, with pickets … at the station"; "which employs 4,200 people, said the site would
# close"), not the figure's.
_IN_CLAUSE = r"(?:[^,;:—()]|(?<=\d),(?=\d))"
_SITE_AFTER = re.compile(rf"{_IN_CLAUSE}{{0,60}}")
_SITE_BEFORE = re.compile(rf"(?:,\s+(?:which|where)\b)?{_IN_CLAUSE}{{0,70}}")


def _of_one_site(figure: Figure, text: str) -> bool:
    """Whether a figure is told of one site (see `_ONE_SITE`) in its own clause (see
    `_SITE_AFTER`), and its sentence of no country's whole: what a nationwide figure (see
    `_nationwide`) is kept apart from."""
    start, end = figure.sentence.start, figure.sentence.end
    if _NATIONWIDE.search(text, start, end) is not None:
        return False
    for site in _ONE_SITE.finditer(text, start, end):
        if site.start() >= figure.span.end:
            if _SITE_AFTER.fullmatch(text[figure.span.end : site.start()]):
                return True
        elif site.end() <= figure.span.start and _SITE_BEFORE.fullmatch(
            text[site.end() : figure.span.start]
        ):
            return True
    return False


# --- How many more, and how many ---------------------------------------------------------------

# A number told as an addition to what there is: "plans to launch about 600 more satellites",
# "another 600", "a further 300 jobs". It is no total ("operates 1,412 satellites") when its
# own article tells that total too (see `told_apart`).
_MORE_AFTER = re.compile(rf"(?:{DIGITS}|(?i:{WORD_NUMBER}))\s+more\b(?!\s+than)")
_MORE_BEFORE = re.compile(
    r"\b(?:another|a\s+further|an\s+additional)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _increment(figure: Figure, text: str) -> bool:
    """Whether a count or amount is told as so many more (see `_MORE_AFTER`)."""
    if figure.kind is FigureKind.PERCENT:
        return False
    if _MORE_AFTER.search(figure.text) is not None:
        return True
    start = max(figure.sentence.start, figure.span.start - 30)
    return _MORE_BEFORE.search(text, start, figure.span.start) is not None


def _added_to_one_before(figure: Figure, figures: list[Figure], plain: Figure) -> bool:
    """Whether an increment (see `_increment`) adds to a count its own sentence tells before
    it: "employs 540 people directly and supports an estimated 1,200 more jobs" are 540 and
    1,200 beyond them, two facts. The other's figure told plainly ("putting 510 jobs at risk")
    is not the 1,200, whatever else it is; unless it is told of the increment's own act, the
    words of its measure the earlier count's lacks: "35 more people were detained on
    Saturday" after "arrested 12 people" is the other's "detained 30 people on Saturday",
    "would hire 200 more workers" beside "employs 540 people" is "would hire 250 workers"."""
    before = [
        other
        for other in figures
        if other is not figure
        and other.kind is figure.kind
        and other.sentence == figure.sentence
        and other.span.end <= figure.span.start
    ]
    if not before:
        return False
    # The thing counted is no act: "jobs" of "1,200 more jobs" and of "510 jobs" alike.
    counted = {figure.unit, plain.unit}
    own = set(figure.measure) - counted - {word for other in before for word in other.measure}
    return not own & set(plain.measure)


# --- A first stage and a later one ------------------------------------------------------------

# A figure told of a plan's first stage, in its clause: "will initially run three times a
# week", "3 flights a week at first", "At first, the plant will employ 200". And one told of a
# later stage: what it rises to ("rising to five flights a week from the start of July",
# "increasing to 400 jobs"), or from when ("five a week from July"). The start and what it
# grows to are two facts, whatever period each is given.
_FIRST_STAGE = (
    r"(?:initially|at\s+first|to\s+begin\s+with|to\s+start\s+with|at\s+the\s+outset|at\s+launch)"
)
_FIRST_BEFORE = re.compile(rf"\b{_FIRST_STAGE}\b[^;:.()—]{{0,50}}$", re.IGNORECASE)
_FIRST_AFTER = re.compile(rf"[^,;:.()—]{{0,30}}?\b{_FIRST_STAGE}\b", re.IGNORECASE)
_LATER_BEFORE = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|increas(?:e|es|ing)|increased|grow(?:s|ing)?|grew|climb(?:s|ing)?"
    r"|expand(?:s|ing)?|go(?:es|ing)?|ramp(?:s|ing)?\s+up|step(?:s|ping)?\s+up|mov(?:e|es|ing))"
    r"\s+to\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_LATER_AFTER = re.compile(
    r"[^,;:.()—]{0,20}?\bfrom\s+(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+"
    rf"|early\s+|late\s+|mid-?)?(?:{_MONTHS}|next\b)"
)


def _stage(figure: Figure, text: str) -> str | None:
    """ "first" for a figure told of a plan's first stage, "later" for one of a later stage
    (see `_FIRST_BEFORE`), None for the others. A figure told both ways ("initially …,
    rising to five") is the later: the first stage was another figure's."""
    start, end = figure.sentence.start, figure.sentence.end
    before = text[max(start, figure.span.start - 60) : figure.span.start]
    if _LATER_BEFORE.search(before) or _LATER_AFTER.match(text, figure.span.end, end):
        return "later"
    if _FIRST_BEFORE.search(before) or _FIRST_AFTER.match(text, figure.span.end, end):
        return "first"
    return None


def _this_year_and_another(one: str | None, figure: Figure, text: str, other: Figure) -> bool:
    """Whether ``one`` (see `_year_from_now`) is this year and ``other`` is of a year the
    sentence it was told in names too: "two engine-related incidents … so far this year,
    after three in all of 2023" sets this year against 2023, whatever year the article is
    of, so the other's "three … in 2023" is not its two."""
    if one != "this year" or other.period is None:
        return False
    if not re.fullmatch(r"(?:19|20)\d\d", other.period):
        return False
    found = re.search(rf"\b{other.period}\b", text[figure.sentence.start : figure.sentence.end])
    return found is not None


# --- A part's rate and the whole's -------------------------------------------------------------

# A rate told by the word before it, in the figure's clause: "The national pass rate … rose to
# 78.4%", "an overall pass rate of 74.8%", "The mathematics pass rate rose … to 64%". A rate of
# the whole (`_WHOLE`) is not a part's, be it a subject's, a group's or an age's.
_RATE_WORD = re.compile(r"\b(?P<word>[a-z][\w-]*)\s+(?:[a-z][\w-]*\s+)?rates?\b")
_WHOLE = frozenset(
    "overall national nationwide countrywide total combined aggregate headline".split()
)
# Words before a rate that name no part: determiners, prepositions, and how a rate is measured.
_NO_PART = frozenset(
    "the a an its their his her our this that these those with of in at for by on and or to "
    "from as whose which than annual average current latest new official real nominal basic "
    "base key benchmark effective monthly quarterly yearly weekly daily".split()
)
_NO_PART_ENDINGS = ("ly", "ed", "ing")
# A share told of a group in its own words: "three in four boys", "one in five adults".
_GROUP_SHARE = re.compile(r"\b(?:in|out\s+of)\s+[\w-]+\s+(?P<word>[a-z][\w-]*)$")
_CLAUSE_MARK = re.compile(r"[,;:()]")


def _rate_of(figure: Figure, text: str) -> str | None:
    """The word a percentage's rate is told by (see `_RATE_WORD`), or the group a share names
    (see `_GROUP_SHARE`); None when it names none, or only how it is measured."""
    if figure.kind is not FigureKind.PERCENT:
        return None
    group = _GROUP_SHARE.search(figure.text)
    if group is not None:
        return group.group("word").casefold()
    found = None
    for found in _RATE_WORD.finditer(text, figure.sentence.start, figure.span.start):  # noqa: B007 - the last is kept
        pass
    if found is None or _CLAUSE_MARK.search(text, found.end(), figure.span.start):
        return None
    word = found.group("word").casefold()
    if word in _NO_PART or (word not in _WHOLE and word.endswith(_NO_PART_ENDINGS)):
        return None
    return word


def _part_and_whole_rates(
    one: str | None, other: str | None, other_figure: Figure, other_text: str
) -> bool:
    """Whether ``one`` is a part's rate and ``other`` the whole's, the part unnamed in the
    whole's sentence: "The mathematics pass rate" is not "an overall pass rate", nor "three in
    four boys" "The national pass rate"."""
    if one is None or other is None or one in _WHOLE or other not in _WHOLE:
        return False
    sentence = other_text[other_figure.sentence.start : other_figure.sentence.end].casefold()
    return re.search(rf"\b{re.escape(one)}", sentence) is None


# --- Two parts of a price index --------------------------------------------------------------

# Parts of a price index a measure may name, each with its other names: "core inflation" and
# "underlying inflation" are one measure, "food inflation" and "services inflation" others.
_INDEX_PARTS = {
    "headline": "headline",
    "consumer": "headline",
    "core": "core",
    "underlying": "core",
    "food": "food",
    "energy": "energy",
    "fuel": "energy",
    "service": "services",
    "services": "services",
    "good": "goods",
    "goods": "goods",
}
_OF_PRICES = frozenset(("inflation", "price", "prices", "cpi"))
_GOODS = re.compile(r"\bgoods\b", re.IGNORECASE)


def _index_parts(figure: Figure, text: str) -> frozenset[str]:
    """The parts of a price index a percentage's measure names (see `_INDEX_PARTS`), when the
    measure is of prices at all; empty for the others. The measure's "good" is the goods of
    "goods inflation" only when the sentence prints "goods", not "in good news for shoppers"."""
    if figure.kind is not FigureKind.PERCENT:
        return frozenset()
    words = {word.casefold() for word in figure.measure}
    if not words & _OF_PRICES:
        # A measure cut short ("stood core", "inflation still") leaves the part to its clause.
        return _index_part_before(figure, text)
    if "good" in words and not _GOODS.search(text, figure.sentence.start, figure.sentence.end):
        words.discard("good")
    parts = frozenset(_INDEX_PARTS[word] for word in words if word in _INDEX_PARTS)
    return parts or _index_part_before(figure, text)


# The part of a price index its sentence names last before a figure, at its last word of prices:
# "while core inflation, which strips out food and energy, stood at 3.9%", "although services
# inflation was still running at 4.4%" (not "Core inflation eased to 3.5%, while inflation
# overall was 4.4%").
_OF_PRICES_WORD = re.compile(r"\b(?:inflation|prices|cpi)\b", re.IGNORECASE)
_PART_BEFORE = re.compile(
    rf"\b(?P<part>{'|'.join(_INDEX_PARTS)})[\s-]+(?:price\s+)?$", re.IGNORECASE
)


def _index_part_before(figure: Figure, text: str) -> frozenset[str]:
    """The part of a price index the figure's sentence names at its last word of prices
    before it (see `_PART_BEFORE`), or none."""
    last = None
    for last in _OF_PRICES_WORD.finditer(text, figure.sentence.start, figure.span.start):  # noqa: B007 - the last is kept
        pass
    if last is None:
        return frozenset()
    found = _PART_BEFORE.search(text[max(figure.sentence.start, last.start() - 30) : last.start()])
    if found is None:
        return frozenset()
    return frozenset((_INDEX_PARTS[found.group("part").casefold()],))


# --- Two groups a sentence tells its figure of ---------------------------------------------

# Words that name which group or which dose a figure is of, each kind with its own pattern:
# "first-dose coverage", "the second MMR dose"; "among two-year-olds", "five-year-olds"; "A
# home terminal", "Business terminals", "household customers". Two sentences that name only
# different ones of a kind tell of two groups ("first-dose coverage among two-year-olds … 87.6%"
# is not "the second MMR dose among five-year-olds … 81.4%"). A stage of a whole paid or built
# in parts, or of a contest, is a group too: "The first tranche of the loan, worth €10
# billion" is not "The second tranche … €12 billion", nor "In the first round of the
# tournament, 128 players" the second round's 64. Not a round of talks: the union's "4,000
# workers" after the first round and "40,000" after the second are one threat to report.
_ORDINAL = r"\b(?P<word>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[\s-]+(?:[\w-]+\s+)?"
_GROUP_KINDS = {
    "round": re.compile(
        rf"{_ORDINAL}(?:doses?|jabs?|shots?|boosters?"
        r"|rounds?\s+of\s+(?:vaccinations?|jabs|immuni[sz]ations?))\b",
        re.IGNORECASE,
    ),
    "stage": re.compile(
        rf"{_ORDINAL}(?:tranches?|phases?|instal+ments?|legs?"
        r"|rounds?(?!\s+of\s+(?:talks|negotiations)\b))\b",
        re.IGNORECASE,
    ),
    "age": re.compile(rf"\b(?P<word>\d+|{WORD_NUMBER})-years?-olds\b", re.IGNORECASE),
    "segment": re.compile(
        r"(?:^|\b(?:a|an|the|for|per|each|every|its|their|of)\s+)(?P<word>home)(?=\s+(?!to\b|of\b"
        r"|in\b|and\b|secretary\b|office\b|ministry\b|minister\b|country\b|town\b|city\b|team\b"
        r"|side\b|ground\b|game\b|match\b|state\b|page\b|base\b|front\b)[a-z])"
        r"|\b(?P<other>households?|residential|business(?:es)?|commercial|enterprise|corporate)\b",
        re.IGNORECASE,
    ),
}
_SEGMENTS = {"household": "home", "households": "home", "residential": "home"} | {
    word: "business" for word in ("businesses", "commercial", "enterprise", "corporate")
}
# Words a figure's measure may keep that name no thing ("left 120,000 homes and businesses
# without power"): a segment word before one of them qualifies nothing of the figure's.
_NO_THING = frozenset(
    "without with in on at of for to from by and or but as than that which who were was is are "
    "be been will would could can may might has have had do does did".split()
)
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)", re.IGNORECASE)


# A segment named as whom a figure is for: "For households, electricity prices will rise 10%",
# "Water bills for households in the region", "Among businesses, energy use fell 11%".
_FOR_SEGMENT = re.compile(
    r"\b(?:for|among|to)\s+(?:(?:all|most|many|some|small|smaller|large|larger|local"
    r"|domestic|the)\s+)?$",
    re.IGNORECASE,
)
# Those a bill or price is of, which a segment word before them sorts: "Residential customers
# will see their bills rise 8%", "business users".
_SEGMENTED = frozenset(
    "customer consumer client user subscriber account bill tariff premise property borrower".split()
)


def _segment_of_figure(figure: Figure, text: str, match: re.Match[str]) -> bool:
    """Whether a segment word (see `_GROUP_KINDS`) qualifies the figure's own noun or measure:
    it is in the figure ("150,000 households") or right before the thing the figure counts or
    measures ("A home terminal will cost €299", "1.2 million household customers"), or the
    customers or bills of its sentence ("Residential customers will see their bills rise 8%"),
    or it names whom the figure is for (see `_FOR_SEGMENT`). Not a segment word elsewhere in
    the sentence: "The household goods maker will cut 5,100 office jobs", "Wilko, the
    household goods chain, will close 124 stores", "The business will close 142 stores", "a
    corporate filing showed", "local businesses were evacuated"."""
    start = figure.sentence.start
    if figure.span.start <= start + match.start() and start + match.end() <= figure.span.end:
        return True
    following = _NEXT_WORD.match(text, start + match.end(), figure.sentence.end)
    word = following.group(1).casefold() if following is not None else None
    if (
        match.group("other") is not None
        and (word is None or word in _NO_THING)
        and _FOR_SEGMENT.search(text, figure.sentence.start, start + match.start()) is not None
    ):
        return True
    if word is None or word in _NO_THING:
        return False
    forms = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ies") + "y"}
    things = {figure.unit.casefold()} | {w.casefold() for w in figure.measure}
    return bool(forms & ((things - _NO_THING) | _SEGMENTED))


# What ends a figure's clause after it: a stage named past it is the figure's only in that
# clause ("paid €10 billion in the first tranche"), not in another ("will cut 30,000 jobs,
# with the second phase starting in 2027").
_CLAUSE_BREAK = re.compile(r"[,;:—()]|\b(?:with|while|and|but|as)\b", re.IGNORECASE)


def _stage_of_figure(figure: Figure, text: str, match: re.Match[str]) -> bool:
    """Whether a stage (see `_GROUP_KINDS`) is the figure's: named before it in its sentence
    ("The first phase of the rail line will cost £45 billion") or after it in its clause."""
    start = figure.sentence.start
    if start + match.end() <= figure.span.start:
        return True
    between = text[figure.span.end : start + match.start()]
    return start + match.start() >= figure.span.end and _CLAUSE_BREAK.search(between) is None


def _groups(figure: Figure, text: str) -> dict[str, frozenset[str]]:
    """Each kind of group (see `_GROUP_KINDS`) the figure's sentence names, with the ones it
    names; a segment only where it qualifies the figure's own thing (see
    `_segment_of_figure`)."""
    sentence = text[figure.sentence.start : figure.sentence.end]
    found = {}
    for kind, pattern in _GROUP_KINDS.items():
        words = set()
        for match in pattern.finditer(sentence):
            if kind == "segment" and not _segment_of_figure(figure, text, match):
                continue
            if kind == "stage" and not _stage_of_figure(figure, text, match):
                continue
            word = (match.group("word") or match.groupdict().get("other") or "").casefold()
            words.add(_SEGMENTS.get(word, word))
        if words:
            found[kind] = frozenset(words)
    return found


def _groups_apart(one: dict[str, frozenset[str]], other: dict[str, frozenset[str]]) -> bool:
    """Whether two sentences name groups of one kind, none the same (see `_groups`)."""
    return any(kind in other and not words & other[kind] for kind, words in one.items())


# --- A level once a change is made, and the level now -------------------------------------------

# A level told as what will be once a change is made, its clause opened by the change: "After
# the cuts, the chain will operate roughly 363 stores", "Once the plant closes, it will employ
# 800 people", "Once the new terminal opens", "When the law takes effect". Not the level now
# ("operates about 410 stores"). The opener must name a change (`_A_CHANGE`): "After the
# meeting, Smith said the company would cut 400 jobs" is a time. A bare "Once fully
# operational", "When complete" tells the one level a plant or stadium is built to; a
# completion with its own subject ("Once the dam is completed") or a subject named as changed
# ("When complete, the expanded stadium will hold") is a change (`_CHANGED_SUBJECT`).
# Nor a level the sentence then reports ("…, Smith said the company would"): the opener frames
# the saying. A saying set off by commas (", the company said,") or a present expectation
# ("analysts expect the bank will") frames nothing (`_REPORTED`).
_ONCE_CHANGED = re.compile(
    r"^\W*(?:after|once|following|when)\b(?P<opener>[^,;:—]{3,60}),"
    r"(?P<between>[^;:—]*?)\b(?:will|would|is\s+to|are\s+to)\b[^;:—]*$",
    re.IGNORECASE,
)
_A_CHANGE = re.compile(
    r"\b(?:cuts?|closures?|clos(?:es|ed|ing)|shut(?:s|ting)?|shutdowns?|mergers?|merges?|merged"
    r"|takeovers?|acquisitions?|acquires?|acquired|buyouts?|sales?|sells?|sold|restructur\w*"
    r"|reorgani[sz]\w*|overhauls?|layoffs?|redundanc(?:y|ies)|expan(?:sions?|ds?|ded)"
    r"|extensions?|extend(?:s|ed)?|upgrades?|upgraded|refurbish\w*|redevelop\w*|spin-?offs?"
    r"|split|deals?|reforms?|changes?|changed|rises?|increases?|reductions?|reduced|hikes?"
    r"|opens|opened|openings?|roll-?outs?|launch(?:es|ed)?"
    r"|(?:takes?|taken|took|taking)\s+effect|(?:comes?|came|coming|enters?|entered)\s+into\s+force"
    r"|(?:is|are|was|were|has\s+been|have\s+been|gets?)\s+(?:fully\s+)?"
    r"(?:completed|finished|built|opened|expanded|extended))\b",
    re.IGNORECASE,
)
# The subject of the level named as changed: "the expanded stadium", "the combined bank".
_CHANGED_SUBJECT = re.compile(
    r"^\s*(?:the|its|their)\s+(?:newly\s+)?(?:expanded|enlarged|extended|combined|merged"
    r"|upgraded|refurbished|redeveloped|rebuilt|restructured)\b",
    re.IGNORECASE,
)
# A saying the opener frames: a past act of telling, or a present "says", not one set off by
# commas (", the company said,").
_REPORTED = re.compile(
    r"\b(?:said|says|told|announced|estimated|expected|believed|added)\b(?!\s*,)",
    re.IGNORECASE,
)
# Words that tell a level still to come or planned: "will", "is set to employ", "is due to",
# "is to".
_NOT_NOW = re.compile(
    r"\b(?:after|once|following|will|would|plans?|planned|planning|expect\w*|then|afterwards?"
    r"|set\s+to|due\s+to|slated|scheduled|aims?\s+to|intends?|going\s+to|(?:is|are)\s+to)\b",
    re.IGNORECASE,
)
# A change under way in the figure's own clause: "The company is cutting 600 jobs". Lower case
# only ("is Boeing" is a name), and not in a clause of its own ("The chain, which was trading
# strongly, has 260 pubs" tells the level now).
_UNDER_WAY = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+)?[a-z]+ing\b")
_CLAUSE_BREAK = re.compile(r"[,;:—]")


def _once_changed(figure: Figure, text: str) -> bool:
    """Whether a figure is the level once a change is made (see `_ONCE_CHANGED`)."""
    found = _ONCE_CHANGED.search(text[figure.sentence.start : figure.span.start])
    return (
        found is not None
        and (
            _A_CHANGE.search(found.group("opener")) is not None
            or _CHANGED_SUBJECT.search(found.group("between")) is not None
        )
        and _REPORTED.search(found.group("between")) is None
    )


def _none_under_way(figure: Figure, text: str) -> bool:
    """Whether no change under way shares the figure's clause (see `_UNDER_WAY`)."""
    for match in _UNDER_WAY.finditer(text, figure.sentence.start, figure.sentence.end):
        if match.end() <= figure.span.start:
            start, end = match.end(), figure.span.start
        else:
            start, end = figure.span.end, match.start()
        if _CLAUSE_BREAK.search(text, start, end) is None:
            return False
    return True


def _now(figure: Figure, text: str) -> bool:
    """Whether a figure's sentence tells it with no word of a change to come or of later, nor
    its own clause a change under way (see `_UNDER_WAY`)."""
    if _NOT_NOW.search(text, figure.sentence.start, figure.sentence.end) is not None:
        return False
    return _none_under_way(figure, text)


# A thing already there, named so before its figure: "The group's existing depot, outside
# Leeds, handles about 90 lorries a day". Told so, it is set apart from a new one, which the
# other article's "will handle up to 140 lorries a day" is of.
_EXISTING_BEFORE = re.compile(r"\bexisting\b", re.IGNORECASE)


# A level still to come in the figure's own clause: "the new depot will handle up to 140",
# "the site, which will handle 120". Only words before the figure and after its clause's start
# count: "The plant, which employs 600 people, will close next year" and "The bridge carries
# 60,000 vehicles a day and will be widened" tell a level there now, whatever becomes of it.
# "new" lower case only ("New York").
_NEW_BEFORE = re.compile(r"\bnew\b")


def _told_later(figure: Figure, text: str) -> bool:
    """Whether a figure's own clause tells it as a level to come or of a new thing, before
    it (see `_NOT_NOW`, `_NEW_BEFORE`), or as a change under way (see `_UNDER_WAY`)."""
    start = figure.sentence.start
    for match in _CLAUSE_BREAK.finditer(text, figure.sentence.start, figure.span.start):
        start = match.end()
    if (
        _NOT_NOW.search(text, start, figure.span.start) is not None
        or _NEW_BEFORE.search(text, start, figure.span.start) is not None
    ):
        return True
    return not _none_under_way(figure, text)


def _existing(figure: Figure, text: str) -> bool:
    """Whether a figure's sentence calls what it measures an existing one, before it, and
    tells it now (see `_now`)."""
    return _EXISTING_BEFORE.search(
        text, figure.sentence.start, figure.span.start
    ) is not None and _now(figure, text)


# A level told as an average, right before it: "wage settlements, which averaged 5.2% this
# year"; no peak fallen from (see `_PEAK_FROM_BEFORE`).
_AVERAGED_BEFORE = re.compile(
    r"\b(?:averag(?:ed|es|ing)|an?\s+average\s+of)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


def _averaged(figure: Figure, text: str) -> bool:
    start = max(figure.sentence.start, figure.span.start - 40)
    return _AVERAGED_BEFORE.search(text, start, figure.span.start) is not None


def _peak_fallen_from(figure: Figure, text: str) -> bool:
    """Whether a figure is a peak fallen from (see `_PEAK_FROM_BEFORE`), of any year or none."""
    start = max(figure.sentence.start, figure.span.start - 60)
    return _PEAK_FROM_BEFORE.search(text, start, figure.span.start) is not None


# --- A yearly amount and a total over years ------------------------------------------------

# An amount told as a rate per span of time, at its end: "€640 million a year", "$2 billion
# annually", "1,200 homes per year".
_PER_SPAN = re.compile(
    r"(?:\b(?:a|an|per|each|every)\s+(?:year|month|week|day)|\b(?:annually|yearly|monthly))$",
    re.IGNORECASE,
)
# The rate told right after the amount's text: "€640 million annually".
_PER_SPAN_AFTER = re.compile(r"\s+(?:annually|yearly|monthly|a\s+year|per\s+year)\b", re.IGNORECASE)
# And one told as a total over several spans, right after it: "€640 million over three years",
# "$1.2 billion over the next five years", "across two years".
_OVER_SPANS_AFTER = re.compile(
    rf"^,?\s+(?:over|across|spread\s+over)\s+(?:the\s+(?:next|coming|past|last|following)\s+)?"
    rf"(?:\d+|{WORD_NUMBER})\s+(?:years|months|weeks|days)\b",
    re.IGNORECASE,
)


def _per_span(figure: Figure, text: str) -> bool:
    """Whether an amount is told as a rate per span of time (see `_PER_SPAN`)."""
    if figure.kind not in (FigureKind.MONEY, FigureKind.COUNT, FigureKind.QUANTITY):
        return False
    after = text[figure.span.end : min(figure.sentence.end, figure.span.end + 12)]
    return _PER_SPAN.search(figure.text) is not None or _PER_SPAN_AFTER.match(after) is not None


def _over_spans(figure: Figure, text: str) -> bool:
    """Whether an amount is told as a total over several spans of time (see
    `_OVER_SPANS_AFTER`)."""
    if figure.kind not in (FigureKind.MONEY, FigureKind.COUNT, FigureKind.QUANTITY):
        return False
    after = text[figure.span.end : min(figure.sentence.end, figure.span.end + 60)]
    return _OVER_SPANS_AFTER.search(after) is not None


# --- A route's highest point -----------------------------------------------------------------

# A height a road or route climbs to, right before it: "part of a route that climbs to 4,100
# metres above sea level", "the highway, which rises to a height of 3,500 metres". Said in the
# present, of the road as subject, it tells the road's highest point, not the altitude of a
# place on it ("the crash happened at an altitude of around 3,800 m"); not "water on the road
# rose to two metres".
_SUMMIT_BEFORE = re.compile(
    r"\b(?:road|route|highway|railway|railroad|rail\s+line|trail|track|path|pass)s?\b"
    r",?\s+(?:(?:that|which)\s+)?(?:\w+ly\s+)?"
    r"(?:climbs?|climbing|rises|rising|reach(?:es|ing)?|tops\s+out|topping\s+out|peaks|peaking)"
    r"(?:\s+(?:up\s+)?(?:to|at))?"
    r"(?:\s+(?:a|an|its)\s+(?:\w+\s+)?(?:height|altitude|elevation|maximum)\s+of)?"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over))?\s*$",
    re.IGNORECASE,
)
# Words with which the other figure's sentence may tell a highest point too ("the summit of
# the pass, at 4,300 m"): no rule then.
_HIGHEST = re.compile(
    r"\b(?:highest|summit|peak\w*|top\w*|maximum|climb\w*|ris(?:e|es|ing)|rose|reach\w*)\b",
    re.IGNORECASE,
)


def _summit(figure: Figure, text: str) -> bool:
    """Whether a height is the highest point a road or route climbs to (see `_SUMMIT_BEFORE`)."""
    if figure.kind is not FigureKind.QUANTITY or figure.unit not in ("m", "ft"):
        return False
    before = text[max(figure.sentence.start, figure.span.start - 80) : figure.span.start]
    return _SUMMIT_BEFORE.search(before) is not None


def _a_place_height(figure: Figure, text: str) -> bool:
    """Whether a quantity's sentence tells it with no word of a highest point (see
    `_HIGHEST`): what a route's highest point (see `_summit`) is kept apart from."""
    if figure.kind is not FigureKind.QUANTITY:
        return False
    return _HIGHEST.search(text, figure.sentence.start, figure.sentence.end) is None


# --- A share and a change -------------------------------------------------------------------

# A percentage told as a part's share of a whole, by its verb right before it: "accounting for
# 18% of arrivals", "made up 22% of arrivals", "represents about 5% of output".
_SHARE_VERB_BEFORE = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|ma(?:de|kes?|king)\s+up|represent(?:s|ed|ing)?"
    r"|compris(?:es?|ed|ing))\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|under"
    r"|more\s+than|less\s+than)\s+)*$",
    re.IGNORECASE,
)
# And one told as a change, by its verb right before it, no "to" between: "Chinese arrivals
# rose 31%", "jumped 19%", "grew by 7%", "up 12%" (not "rose to 22% of arrivals", a share).
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|fell|fallen|falling|falls|dropped|declined|"
    r"increased|decreased|grew|grown|growing|jumped|surged|slipped|slid|soared|plunged|"
    r"tumbled|rebounded|gained|up|down)\s+(?:by\s+)?(?:(?:about|around|roughly|some|nearly"
    r"|almost|just|over|more\s+than)\s+)*$",
    re.IGNORECASE,
)


def told_as_share(figure: Figure, text: str) -> bool:
    """Whether a percentage's verb tells it as a share of a whole (see `_SHARE_VERB_BEFORE`)."""
    if figure.kind is not FigureKind.PERCENT:
        return False
    start = max(figure.sentence.start, figure.span.start - 40)
    return _SHARE_VERB_BEFORE.search(text, start, figure.span.start) is not None


def _share_or_change(figure: Figure, text: str) -> str | None:
    """ "share" for a percentage its verb tells as a share of a whole, "change" for one its
    verb tells as a change (see `_SHARE_VERB_BEFORE`), None for the others."""
    if figure.kind is not FigureKind.PERCENT:
        return None
    if told_as_share(figure, text):
        return "share"
    start = max(figure.sentence.start, figure.span.start - 40)
    if _CHANGE_VERB_BEFORE.search(text, start, figure.span.start):
        return "change"
    return None


# --- Two changes of two levels ---------------------------------------------------------------

_LEVEL_KINDS = frozenset((FigureKind.MONEY, FigureKind.COUNT, FigureKind.QUANTITY))
# What stands between a level and its change told after it: words of the level with no comma,
# then a comma ("averaged 2.78 million boed in the quarter, up 3.2%", "1,100 positions,
# roughly 10%"); and between a change and its level after it, "to" ("climbed 16% from a year
# earlier to 750,000 barrels per day"). Not "nearly C$249 billion and outpacing a benchmark
# that returned 7.1 per cent": another thing's.
_CHANGE_AFTER = re.compile(r"[^,;:.]{0,60},\s+(?:(?:up|down|or)\s+)?")
_LEVEL_AFTER = re.compile(r"\s+(?:from\s+[^,;:]{0,40}?\s+)?to\s+")


def _levels(figures: list[Figure], text: str) -> list[int | None]:
    """For each percentage, the level its sentence tells it of, right before or after it (see
    `_CHANGE_AFTER`); None for the others."""
    by_sentence: dict[int, list[int]] = {}
    for index, figure in enumerate(figures):
        by_sentence.setdefault(figure.sentence.start, []).append(index)
    found: list[int | None] = [None] * len(figures)
    for indexes in by_sentence.values():
        ordered = sorted(indexes, key=lambda k: figures[k].span.start)
        for place, index in enumerate(ordered):
            change = figures[index]
            if change.kind is not FigureKind.PERCENT:
                continue
            if place > 0:
                level = figures[ordered[place - 1]]
                if level.kind in _LEVEL_KINDS and _CHANGE_AFTER.fullmatch(
                    text, level.span.end, change.span.start
                ):
                    found[index] = ordered[place - 1]
                    continue
            if place + 1 < len(ordered):
                level = figures[ordered[place + 1]]
                if level.kind in _LEVEL_KINDS and _LEVEL_AFTER.fullmatch(
                    text, change.span.end, level.span.start
                ):
                    found[index] = ordered[place + 1]
    return found


def _total_told_too(
    one: Figure, other: Figure, one_more: bool, a: list[Figure], b: list[Figure]
) -> bool:
    """Whether the increment's article (see `_increment`) tells the other's total too, of its
    kind and value: then the increment is not that article's word for the total."""
    increment, total, side = (one, other, a) if one_more else (other, one, b)
    return any(
        figure is not increment
        and figure.kind is total.kind
        and figure.value is not None
        and not _apart(figure.value, total.value)
        for figure in side
    )


# --- A part named "alone" ----------------------------------------------------------------------

# A place its clause names as a part of the whole, with "alone": "In Hollis County alone, 14
# people died", "14 of the deaths were in Hollis County alone". The other's figure is the
# whole's, unless its sentence names that place too.
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
# The place's kind may follow its name in lower case: "In Jumla district alone".
_PLACE_NAME = (
    rf"{_NAME}(?:\s+(?:district|county|province|region|state|city|town|village|municipality))?"
)
_ALONE_BEFORE = re.compile(rf"\b[Ii]n\s+(?:the\s+)?{_PLACE_NAME}\s+alone\b[^;:.()—]{{0,60}}$")
_ALONE_AFTER = re.compile(rf"[^,;:.()—]{{0,40}}?\bin\s+(?:the\s+)?{_PLACE_NAME}\s+alone\b")


# A time named with "alone" is no place: "In March alone, the airline carried 4.2 million
# passengers" is a month's count, which another's "last month" may be. Nor a quarter ("In Q3
# alone"), a season or a holiday.
_TIME_ALONE = re.compile(
    rf"(?:{_MONTHS}|{_DAYS}|Q[1-4]|H[12]|FY\d*|Spring|Summer|Autumn|Fall|Winter|Christmas"
    r"|Easter|Ramadan|Thanksgiving|Hanukkah|Diwali)$"
)


def _part_alone(figure: Figure, text: str) -> str | None:
    """The first word of the place a figure's clause names with "alone" (see `_ALONE_BEFORE`),
    or None; not a time's (see `_TIME_ALONE`)."""
    found = _ALONE_AFTER.match(text, figure.span.end, figure.sentence.end)
    if found is None:
        start = max(figure.sentence.start, figure.span.start - 100)
        found = _ALONE_BEFORE.search(text, start, figure.span.start)
    if found is None:
        return None
    first = found.group("name").split()[0]
    return None if _TIME_ALONE.match(first) else first


def _part_and_whole(part: str | None, other: Figure, other_text: str) -> bool:
    """Whether a part's figure (see `_part_alone`) faces one whose sentence names not that
    part. As written: a dateline's "HOLLIS, Miss." is where the report was filed from."""
    if part is None:
        return False
    sentence = other_text[other.sentence.start : other.sentence.end]
    return re.search(rf"\b{re.escape(part)}\b", sentence) is None


# --- Both levels of one change ------------------------------------------------------------------

# A figure its article follows, in its sentence or the next, with the level it came to: "more
# than 212,000 customers were without power … By Sunday evening that number had fallen to
# about 64,000". The earlier level is not the other's later one, which the same article tells.
_CAME_TO = re.compile(
    r"\b(?:fallen|fell|dropped|declined|eased|shrunk|shrank|slipped|slid|sank|sunk|risen|rose"
    r"|climbed|grown|grew|jumped|surged|soared|increased|decreased|reduced|cut|down|up)\s+to\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under)|more\s+than|over"
    r"|fewer\s+than|less\s+than|under)\s+)?"
    rf"[$€£¥]?(?P<number>{DIGITS})(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
)
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_NEXT_REACH = 250  # characters after a figure's sentence its next sentence may take


# What stands between a change's later level and the earlier one after it, "from": "had
# slipped to 68 percent last year from 74 percent in 2021".
_FROM_BEFORE = re.compile(
    r"[^,;:.()—]{0,40}?\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:over"
    r"|under)|more\s+than|over|less\s+than|under)\s+)?[$€£¥]?"
)


def _came_to(figure: Figure, text: str) -> list[Decimal]:
    """The levels its article says the figure's value came to after it, in its sentence or
    the next one, within its paragraph (see `_CAME_TO`); or right before it, when its
    sentence tells the change to a level from the figure (see `_FROM_BEFORE`)."""
    end = min(len(text), figure.sentence.end + _NEXT_REACH)
    paragraph = text.find("\n\n", figure.span.end, end)
    end = paragraph if paragraph != -1 else end
    matches = list(_CAME_TO.finditer(text, figure.span.end, end))
    matches += [
        match
        for match in _CAME_TO.finditer(text, figure.sentence.start, figure.span.start)
        if _FROM_BEFORE.fullmatch(text, match.end(), figure.span.start)
    ]
    found = []
    for match in matches:
        value = parse_digits(match.group("number"))[0]
        scale = match.group("scale")
        found.append(value * _SCALES[scale.casefold()] if scale else value)
    return found


def _earlier_level(levels: list[Decimal], other: Figure) -> bool:
    """Whether the other's value is a level the figure's article says it came to."""
    return other.value is not None and any(not _apart(level, other.value) for level in levels)


# --- One of several named, each with its figure -----------------------------------------------

# A list of named subjects, each with its own figure: "Regional First won 12 seats on 11.4% of
# the vote, the Greens won 7 seats with 9.1%, and the Centre Party took 8". Each figure is its
# subject's; a figure whose sentence names not that subject is another's.
_SUBJECT_VERB = re.compile(
    rf"(?:^|(?<=[,;—])\s*|\band\s+|\bwhile\s+)(?:[Tt]he\s+)?{_NAME}\s+"
    r"(?:won|took|got|gained|secured|captured|claimed|kept|held|lost|had|polled|received)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|only|more\s+than|over)\s+)?"
    rf"(?={DIGITS}|(?i:{WORD_NUMBER})\b)"
)


def _one_of_several(figure: Figure, text: str) -> str | None:
    """The subject named right before the figure and its verb (see `_SUBJECT_VERB`), when its
    sentence names another subject so, with a figure of its own; else None."""
    sentence = text[figure.sentence.start : figure.sentence.end]
    named = [
        (figure.sentence.start + match.end(), match.group("name"))
        for match in _SUBJECT_VERB.finditer(sentence)
    ]
    if len({name for _, name in named}) < 2:
        return None
    own = [name for end, name in named if end == figure.span.start]
    return own[0] if own else None


def _another_subject(subject: str | None, other: Figure, other_text: str) -> bool:
    """Whether one of several subjects' figure (see `_one_of_several`) faces one whose sentence
    names not that subject."""
    if subject is None:
        return False
    sentence = other_text[other.sentence.start : other.sentence.end]
    return re.search(rf"\b{re.escape(subject)}\b", sentence) is None


# --- Each figure of a sentence its own named owner's -------------------------------------------

# A name in capitals: words of a capital and more ("Homeland Renewal", "SNP"), one after
# another; a possessive's owner is the thing after it ("Kalnina's Civic Centre party": the
# party), or the possessor where nothing follows ("Alvarez's campaign").
_OWNER_WORD = r"[A-Z][\w&'’.-]*[^\W_]"
_OWNER_NAME = re.compile(rf"(?<![\w'’-]){_OWNER_WORD}(?:\s+{_OWNER_WORD})*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Named right after the figure, its owner then: "14.2 percent for Civic Centre".
_OWNER_AFTER = re.compile(rf"\s+for\s+(?:the\s+)?(?P<name>{_OWNER_WORD}(?:\s+{_OWNER_WORD})*)")
# How many words may stand between an owner named before its figure and the figure: "Civic
# Centre party stood at 17.2%", "Pike received 42,907 votes", "Homeland Renewal on 19 percent".
_OWNER_REACH = 4
# Where a clause breaks: an owner named before it owns nothing after it.
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
# Words in capitals at a sentence's start that name no one.
_PRONOUNS = frozenset("He She It They We I You His Her Its Their Our".split())
# Names that are times, not owners.
_NOT_OWNERS = frozenset(
    (_MONTHS + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday").split("|")
)


@lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` prints whole (between characters no word holds), for asking whether a
    word is printed in lower case anywhere at once instead of searching the text each time."""
    return frozenset(_WHOLE_WORD.findall(text))


_WHOLE_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1 << 12)
def _named_inside(word: str, text: str) -> bool:
    """Whether ``text`` prints ``word`` (or its owner, without "'s") in capitals inside a
    sentence, where a capital is a name's, not a first word's: "Pike received 42,907 votes"
    beside "for Pike"; not "Turnout was 38.6 percent"."""
    bare = _POSSESSIVE.sub("", word)
    if bare in _PRONOUNS:
        return False
    # Each place the word is printed is tested in turn: a pattern with a look-behind tried at
    # every character of a long text cost seconds a word.
    at = text.find(bare, 2)
    while at != -1:
        after = text[at + len(bare) : at + len(bare) + 1]
        before = text[at - 2]
        if (
            text[at - 1] == " "
            and (before in ",;:)" or _word_character(before))
            and not (after == "-" or (after and _word_character(after)))
        ):
            return True
        at = text.find(bare, at + 1)
    return False


def _word_character(character: str) -> bool:
    """Whether a character is one a regular expression's ``\\w`` matches."""
    return character.isalnum() or character == "_"


def _owner_before(text: str, start: int, end: int) -> str | None:
    """The name in capitals (see `_OWNER_NAME`) that ends at most `_OWNER_REACH` words before
    ``end``, from ``start``, with no break of clause between; a first word the text also prints
    in lower case is no name ("Support for …", "Only 84.6%", "The")."""
    breaks = list(_CLAUSE_BREAK.finditer(text, start, end))
    start = breaks[-1].end() if breaks else start
    found = None
    for match in _OWNER_NAME.finditer(text, start, end):
        if len(text[match.end() : end].split()) > _OWNER_REACH:
            continue
        words = match.group().split()
        if words[0].lower() in _lower_case_words(text) or (
            len(words) == 1 and not _named_inside(words[0], text)
        ):
            words = words[1:]
        if not words or any(word.rstrip("'’s") in _NOT_OWNERS for word in words):
            continue
        tail = next(
            (k for k in range(len(words) - 1, -1, -1) if _POSSESSIVE.search(words[k])), None
        )
        if tail is not None and tail < len(words) - 1:
            words = words[tail + 1 :]
        found = _POSSESSIVE.sub("", " ".join(words))
    return found


def _owners(figures: list[Figure], text: str) -> tuple[list[str | None], list[frozenset[str]]]:
    """Each figure's owner named beside it (see `_owner_before`, `_OWNER_AFTER`), or None;
    and, for each figure of a sentence that tells two or more figures of its kind and unit,
    each beside its own owner (two parties' poll shares: "support for Kalnina's Civic Centre
    party at 14.2 percent, behind Homeland Renewal on 19 percent"), the other figures' owners
    (empty for any other figure)."""
    groups: dict[tuple[int, str, str], list[int]] = {}
    for k, figure in enumerate(figures):
        groups.setdefault((figure.sentence.start, figure.kind.value, figure.unit), []).append(k)
    owners: list[str | None] = [None] * len(figures)
    for indexes in groups.values():
        start = figures[indexes[0]].sentence.start
        for k in sorted(indexes, key=lambda k: figures[k].span.start):
            figure = figures[k]
            after = _OWNER_AFTER.match(text, figure.span.end, figure.sentence.end)
            if after is not None:
                owners[k] = after.group("name")
                start = after.end()
                continue
            owners[k] = _owner_before(text, start, figure.span.start)
            start = figure.span.end
    others: list[frozenset[str]] = [frozenset()] * len(figures)
    for indexes in groups.values():
        named = {owners[k] for k in indexes} - {None}
        if len(named) < 2:
            continue
        for k in indexes:
            if owners[k] is not None:
                others[k] = frozenset(named - {owners[k]})
    return owners, others


def _another_owners(own: str | None, others: frozenset[str], owner: str | None) -> bool:
    """Whether a figure told beside its own owner, among others' (see `_owners`), faces a
    figure of one of those others: the other article's "Support for Kalnina's Civic Centre
    party stood at 17.2%" is not Homeland Renewal's 19 percent."""
    return owner is not None and owner != own and owner in others


def apart_test(
    a: list[Figure], b: list[Figure], text_a: str, text_b: str
) -> Callable[[int, int], bool]:
    """Whether a pair's sentences tell two facts (see each rule), a pair at a time: what
    each figure's sentence tells is read once, when this is made, and a pair only when asked
    (two long articles hold millions of pairs, most never looked at)."""
    quarter_a = [_of_a_quarter(figure, text_a) for figure in a]
    quarter_b = [_of_a_quarter(figure, text_b) for figure in b]
    rival_a = [_rival(figure, text_a) for figure in a]
    rival_b = [_rival(figure, text_b) for figure in b]
    years = [int(year) for text in (text_a, text_b) for year in _YEAR.findall(text)]
    latest = max(years, default=0)
    dated_a = [_dated_before(figure, text_a, latest) for figure in a]
    dated_b = [_dated_before(figure, text_b, latest) for figure in b]
    occasion_a = [_occasion(figure, text_a) for figure in a]
    occasion_b = [_occasion(figure, text_b) for figure in b]
    news_months = _news_months(text_a, text_b)
    limit_a = [_time_limit(figure, text_a) for figure in a]
    limit_b = [_time_limit(figure, text_b) for figure in b]
    rate_a = [_rate_of(figure, text_a) for figure in a]
    rate_b = [_rate_of(figure, text_b) for figure in b]
    from_now_a = [_year_from_now(figure, text_a) for figure in a]
    from_now_b = [_year_from_now(figure, text_b) for figure in b]
    place_a = [_place_of(figure, text_a) for figure in a]
    place_b = [_place_of(figure, text_b) for figure in b]
    told_in_a = [_told_in(figure, text_a) for figure in a]
    told_in_b = [_told_in(figure, text_b) for figure in b]
    from_a = [_told_from(figure, text_a) for figure in a]
    from_b = [_told_from(figure, text_b) for figure in b]
    more_a = [_increment(figure, text_a) for figure in a]
    more_b = [_increment(figure, text_b) for figure in b]
    stage_a = [_stage(figure, text_a) for figure in a]
    stage_b = [_stage(figure, text_b) for figure in b]
    told_a = [_share_or_change(figure, text_a) for figure in a]
    told_b = [_share_or_change(figure, text_b) for figure in b]
    alone_a = [_part_alone(figure, text_a) for figure in a]
    alone_b = [_part_alone(figure, text_b) for figure in b]
    came_a = [_came_to(figure, text_a) for figure in a]
    came_b = [_came_to(figure, text_b) for figure in b]
    (owner_a, others_a), (owner_b, others_b) = _owners(a, text_a), _owners(b, text_b)
    subject_a = [_one_of_several(figure, text_a) for figure in a]
    subject_b = [_one_of_several(figure, text_b) for figure in b]
    event_a = [_timed_from(figure, text_a) for figure in a]
    event_b = [_timed_from(figure, text_b) for figure in b]
    forecast_a = [_forecast(figure, text_a) for figure in a]
    forecast_b = [_forecast(figure, text_b) for figure in b]
    sides_a = [_both_sides(figure, text_a) for figure in a]
    sides_b = [_both_sides(figure, text_b) for figure in b]
    # Read once a figure, not once a pair: two long articles make hundreds of thousands.
    average_a = [_whole_average(figure, text_a) for figure in a]
    average_b = [_whole_average(figure, text_b) for figure in b]
    member_a = [_of_a_member(figure, text_a) for figure in a]
    member_b = [_of_a_member(figure, text_b) for figure in b]
    index_a = [_index_parts(figure, text_a) for figure in a]
    index_b = [_index_parts(figure, text_b) for figure in b]
    groups_a = [_groups(figure, text_a) for figure in a]
    groups_b = [_groups(figure, text_b) for figure in b]
    existing_a = [_existing(figure, text_a) for figure in a]
    existing_b = [_existing(figure, text_b) for figure in b]
    once_a = [_once_changed(figure, text_a) for figure in a]
    once_b = [_once_changed(figure, text_b) for figure in b]
    now_a = [_now(figure, text_a) for figure in a]
    now_b = [_now(figure, text_b) for figure in b]
    later_a = [_told_later(figure, text_a) for figure in a]
    later_b = [_told_later(figure, text_b) for figure in b]
    averaged_a = [_averaged(figure, text_a) for figure in a]
    averaged_b = [_averaged(figure, text_b) for figure in b]
    per_a = [_per_span(figure, text_a) for figure in a]
    per_b = [_per_span(figure, text_b) for figure in b]
    over_a = [_over_spans(figure, text_a) for figure in a]
    over_b = [_over_spans(figure, text_b) for figure in b]
    peak_a = [_peak_fallen_from(figure, text_a) for figure in a]
    peak_b = [_peak_fallen_from(figure, text_b) for figure in b]
    summit_a = [_summit(figure, text_a) for figure in a]
    summit_b = [_summit(figure, text_b) for figure in b]
    height_a = [_a_place_height(figure, text_a) for figure in a]
    height_b = [_a_place_height(figure, text_b) for figure in b]
    flight_a = [_flight_of(figure, text_a) for figure in a]
    flight_b = [_flight_of(figure, text_b) for figure in b]
    before_a, before_b = _flights_before(a, text_a), _flights_before(b, text_b)
    all_a, all_b = _flights(text_a), _flights(text_b)
    case_a = [_another_case(figure, text_a) for figure in a]
    case_b = [_another_case(figure, text_b) for figure in b]
    flow_a = [_trade_flow(figure, text_a) for figure in a]
    flow_b = [_trade_flow(figure, text_b) for figure in b]
    nation_a = [_nationwide(figure, text_a) for figure in a]
    nation_b = [_nationwide(figure, text_b) for figure in b]
    site_a = [_of_one_site(figure, text_a) for figure in a]
    site_b = [_of_one_site(figure, text_b) for figure in b]
    named_site_a = [_site_of(figure, text_a) for figure in a]
    named_site_b = [_site_of(figure, text_b) for figure in b]

    def is_apart(i: int, j: int) -> bool:
        one, other = a[i], b[j]
        # "from a peak of 5.25%" is no "wage settlements, which averaged 5.2%": a high and an
        # average are two measures, however near their values.
        if (peak_a[i] and averaged_b[j]) or (peak_b[j] and averaged_a[i]):
            return True
        # "will save €640 million a year" is not "the saving at €640 million over three
        # years": a yearly amount and a total over years, however alike their values.
        if (per_a[i] and over_b[j] and not per_b[j]) or (per_b[j] and over_a[i] and not per_a[i]):
            return True
        differ = _apart(one.value, other.value) or one.value is None or other.value is None
        if not differ:
            return False
        # "A similar scheme at another pharmacy … involved about $48 million" is no figure of
        # the case the other article tells, unless it too tells of another case.
        if _of_another_case(case_a[i], one, text_a, other, text_b) != _of_another_case(
            case_b[j], other, text_b, one, text_a
        ):
            return True
        # "Mercosur's exports to the EU" are not "EU exports to Mercosur".
        if _flows_reversed(flow_a[i], flow_b[j]):
            return True
        # "Twenty-two trains were cancelled and 14 diverted", "14 trains diverted and 22
        # cancelled": each count has its own, of its verb, in the other sentence.
        if (
            one.kind is FigureKind.COUNT
            and other.kind is FigureKind.COUNT
            and (
                _told_beside_its_verb(one, other, text_b)
                or _told_beside_its_verb(other, one, text_a)
            )
        ):
            return True
        # "guided investment of $16.5 billion to $17.5 billion for the full year" is not
        # "Investments totaled $4.1 billion in the quarter".
        if (_full_year(one) and quarter_b[j]) or (quarter_a[i] and _full_year(other)):
            return True
        # "76% … within four hours" is no "68% … within 62 days": two standards.
        if _apart(limit_a[i], limit_b[j]):
            return True
        # "handled 9.2 million passengers last year" is not "on pace for 9.8 million
        # passengers this year", nor "Last winter, 14 people died" "So far this winter, nine";
        # nor "two … so far this year, after three in all of 2023" the other's three in 2023.
        if (
            _from_now_apart(from_now_a[i], from_now_b[j])
            or _this_year_and_another(from_now_a[i], one, text_a, other)
            or _this_year_and_another(from_now_b[j], other, text_b, one)
            or _year_and_a_part(from_now_a[i], one, text_a, other)
            or _year_and_a_part(from_now_b[j], other, text_b, one)
        ):
            return True
        # "Last year the appellation produced 910,000 hectolitres" is not "The council now
        # forecasts a harvest of about 550,000 hectolitres": an outcome and a forecast.
        if _outcome_and_forecast(
            forecast_a[i], from_now_a[i], one, forecast_b[j], from_now_b[j], other
        ) or _outcome_and_forecast(
            forecast_b[j], from_now_b[j], other, forecast_a[i], from_now_a[i], one
        ):
            return True
        # "Dravonia and Sorelia exchanged 26 prisoners" is both sides' total, not the other's
        # "13 Dravonian prisoners" one side freed.
        if (sides_a[i] and _one_side(sides_a[i], other, text_b)) or (
            sides_b[j] and _one_side(sides_b[j], one, text_a)
        ):
            return True
        # "about an hour after the Helmsdale Star left Kirkhaven" is not "more than four hours
        # after the alarm was raised": two spans from two events.
        if _events_apart(event_a[i], event_b[j]):
            return True
        # "fallen from a peak of 310,000 vehicles in 2017" is a past high, not "built 212,000
        # vehicles last year": a year named from now is no peak the other says was left.
        if (from_now_a[i] in ("last year", "this year") and _past_peak(other, text_b)) or (
            from_now_b[j] in ("last year", "this year") and _past_peak(one, text_a)
        ):
            return True
        # "followed by Bardia National Park with 118" is not "Forty-one tigers were counted in
        # Shuklaphanta National Park": two places' counts.
        # One place named two ways ("Royal Bardia National Park", "Bardia National Park")
        # names the other's in its sentence: no rule then.
        if _places_apart(place_a[i], place_b[j], one, other, text_a, text_b):
            return True
        # "182 passengers" on flight BX417 are not "176 passengers" of the cancelled BX418.
        if _flights_apart(
            flight_a[i], flight_b[j], (before_b[j], all_b, all_a), text_b
        ) or _flights_apart(flight_b[j], flight_a[i], (before_a[i], all_a, all_b), text_a):
            return True
        # "fell 7.4 per cent in New York" is not "shares in Frankfurt closed down 6.9%": two
        # listings, each named in the figure's own clause.
        if _places_apart(told_in_a[i], told_in_b[j], one, other, text_a, text_b):
            return True
        # "orders from Lucknow alone rose 41%" is not "Orders from Indore rose 37 per cent".
        if _places_apart(from_a[i], from_b[j], one, other, text_a, text_b):
            return True
        # "Falcon Reservoir stood at 19%" is not "Amistad Reservoir … was at 21 percent".
        if _places_apart(named_site_a[i], named_site_b[j], one, other, text_a, text_b):
            return True
        # "plans to launch about 600 more satellites" is not "operates 1,412 satellites",
        # when the article of the 600 more tells 1,412 satellites too.
        if (
            more_a[i] != more_b[j]
            and one.kind is other.kind
            and _total_told_too(one, other, more_a[i], a, b)
        ):
            return True
        # "supports an estimated 1,200 more jobs" beyond the "540 people" employed, in one
        # sentence, is not the other's plain "510 jobs" (but "35 more people were detained"
        # after "arrested 12 people" may be the other's "detained 30 people").
        if (more_a[i] and not more_b[j] and _added_to_one_before(one, a, other)) or (
            more_b[j] and not more_a[i] and _added_to_one_before(other, b, one)
        ):
            return True
        # "Fourteen reactors have since restarted nationwide" is not "the plant, with seven
        # reactors": a country's count and one site's.
        if (nation_a[i] and site_b[j]) or (nation_b[j] and site_a[i]):
            return True
        # "the national average graduate employment rate of 74%" is not "Its graduate
        # employment rate stood at 68 per cent": the whole's average and one member's rate.
        if (average_a[i] and member_b[j]) or (average_b[j] and member_a[i]):
            return True
        # "rising to five flights a week from the start of July" is not "3 flights a week at
        # first": two stages of one plan.
        if {stage_a[i], stage_b[j]} == {"first", "later"}:
            return True
        # "made up 22% of arrivals" is no "Chinese arrivals rose 31%": a share and a change.
        if {told_a[i], told_b[j]} == {"share", "change"}:
            return True
        # "In Hollis County alone, 14 people died" is a part, not "killed 32 people" in all.
        if (alone_a[i] and _part_and_whole(alone_a[i], other, text_b)) or (
            alone_b[j] and _part_and_whole(alone_b[j], one, text_a)
        ):
            return True
        # "more than 212,000 customers were without power … that number had fallen to about
        # 64,000": the peak is not the other's 64,000, the level it came to.
        if (came_a[i] and _earlier_level(came_a[i], other)) or (
            came_b[j] and _earlier_level(came_b[j], one)
        ):
            return True
        # "the Greens won 7 seats" among other parties' seats is not the Civic Union's 34.
        if (subject_a[i] and _another_subject(subject_a[i], other, text_b)) or (
            subject_b[j] and _another_subject(subject_b[j], one, text_a)
        ):
            return True
        # "support for Kalnina's Civic Centre party at 14.2 percent, behind Homeland Renewal
        # on 19 percent": the 19 is not the other's "Civic Centre party stood at 17.2%".
        if _another_owners(owner_a[i], others_a[i], owner_b[j]) or _another_owners(
            owner_b[j], others_b[j], owner_a[i]
        ):
            return True
        # "The mathematics pass rate rose … to 64%" is not "an overall pass rate of 74.8%".
        if _part_and_whole_rates(rate_a[i], rate_b[j], other, text_b) or _part_and_whole_rates(
            rate_b[j], rate_a[i], one, text_a
        ):
            return True
        # "Core inflation … stood at 4.9%" is not "food inflation … has dropped back to
        # roughly 4 percent": two parts of the price index.
        parts_a, parts_b = index_a[i], index_b[j]
        if parts_a and parts_b and not parts_a & parts_b:
            return True
        # "first-dose coverage among two-year-olds" is not "the second MMR dose among
        # five-year-olds", nor "A home terminal will cost €299" "Business terminals … €1,150".
        if _groups_apart(groups_a[i], groups_b[j]):
            return True
        # "After the cuts, the chain will operate roughly 363 stores" is not "operates about
        # 410 stores": the level once changed and the level now.
        if (once_a[i] and now_b[j]) or (once_b[j] and now_a[i]):
            return True
        # "The group's existing depot … handles about 90 lorries a day" is not "the new depot
        # will handle up to 140": what is there now and what is still to come. Only the other
        # figure's own clause counts: "The plant, which employs 600 people, will close next
        # year" is the plant there now.
        if (existing_a[i] and later_b[j]) or (existing_b[j] and later_a[i]):
            return True
        # "a route that climbs to 4,100 metres" is not "at an altitude of around 3,800
        # meters" where a crash happened: the route's highest point, not a place on it.
        if (summit_a[i] and height_b[j]) or (summit_b[j] and height_a[i]):
            return True
        # A rival's "cut 1,200 jobs, about 6% of its workforce" is none of the company's own
        # figures, unless the other sentence names that rival too.
        rivals = [(rival, text_b, other) for rival in (rival_a[i],) if rival] + [
            (rival, text_a, one) for rival in (rival_b[j],) if rival
        ]
        if rival_a[i] != rival_b[j] and any(
            text.find(rival.split()[0], figure.sentence.start, figure.sentence.end) == -1
            for rival, text, figure in rivals
        ):
            return True
        # "The last serious trouble … came in 2012, when 41 people were arrested" is not "When
        # the teams met in October, … 12 people were arrested", nor "Police arrested 47 people
        # … during Saturday's derby": three occasions.
        if _occasions_apart(
            occasion_a[i], occasion_b[j], one, text_a, other, text_b, news_months
        ) or _occasions_apart(
            occasion_b[j], occasion_a[i], other, text_b, one, text_a, news_months
        ):
            return True
        # An earlier event's "laid off 700 workers, or about 5% of its staff" (in January 2023,
        # when …) is not the other's figure, unless its sentence names that year too.
        return dated_a[i] != dated_b[j] and any(
            text.find(year, figure.sentence.start, figure.sentence.end) == -1
            for year, text, figure in ((dated_a[i], text_b, other), (dated_b[j], text_a, one))
            if year
        )

    return is_apart


def changes_of_other_levels(
    a: list[Figure],
    b: list[Figure],
    text_a: str | None,
    text_b: str | None,
    chosen: list[tuple[float, int, int]],
) -> set[tuple[int, int]]:
    """The chosen pairs of two percentages of different values, each told of a level in its
    sentence (see `_levels`), where one level is paired with a figure of another sentence than
    the other percentage's: "Total production averaged 2.78 million boed …, up 3.2%" and "Oil
    exports climbed 16% … to 750,000 barrels per day" are changes of two things, when the
    production's level pairs with the other article's "pumped an average of 2.71 million
    boed …". Judged on the chosen pairs: scores alone do not tell which level is whose."""
    if text_a is None or text_b is None:
        return set()
    level_a, level_b = _levels(a, text_a), _levels(b, text_b)
    partner_a = {i: j for _, i, j in chosen}
    partner_b = {j: i for _, i, j in chosen}
    found = set()
    for _, i, j in chosen:
        li, lj = level_a[i], level_b[j]
        if li is None or lj is None or not _apart(a[i].value, b[j].value):
            continue
        k, h = partner_a.get(li), partner_b.get(lj)
        if k == lj:
            continue
        if (k is not None and b[k].sentence != b[j].sentence) or (
            h is not None and a[h].sentence != a[i].sentence
        ):
            found.add((i, j))
    return found
