"""Reporting periods: the time a figure refers to, normalised.

Scheme: quarters ``Q1``…``Q4`` (with the year when printed: ``Q4 2023``), halves ``H1``/``H2``,
fiscal or full years ``FY2024``, calendar years ``2024``. A period with no year (``Q4``) is
compatible with the same period with one (``Q4 2023``) when figures are compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.models import MONTH_QUARTER

_ORDINAL_NUMBER = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,  # "a charge of $1.2 million in the final quarter": of a year, the fourth
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_YEAR = r"(?:19|20)\d{2}"
_MONTH_LIST = (
    "January February March April May June July August September October November December"
).split()
_MONTH_NAMES = "|".join(_MONTH_LIST)
# A quarter's end date is often printed short: "the three months ended Sept. 30".
_MONTH_SHORT = {
    "Jan.": "January",
    "Feb.": "February",
    "Mar.": "March",
    "Apr.": "April",
    "Jun.": "June",
    "Jul.": "July",
    "Aug.": "August",
    "Sep.": "September",
    "Sept.": "September",
    "Oct.": "October",
    "Nov.": "November",
    "Dec.": "December",
}
_MONTH_ABBREVIATIONS = "|".join(re.escape(short) for short in _MONTH_SHORT)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "2024 Q1" before "Q1", unless the year belongs to a quarter before it: "Q4 2023 Q1".
    (re.compile(rf"(?<!Q[1-4]\s)\b({_YEAR})\s+Q([1-4])\b"), "year_quarter"),
    (re.compile(rf"\bQ([1-4])(?:\s*(?:FY\s?)?({_YEAR}|'\d{{2}}))?\b"), "quarter"),
    (
        re.compile(
            rf"\b(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter"
            rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?({_YEAR}))?",
            re.IGNORECASE,
        ),
        "quarter_words",
    ),
    (
        re.compile(rf"\b(first|second)[\s-]+half(?:\s+(?:of\s+)?({_YEAR}))?", re.IGNORECASE),
        "half",
    ),
    (re.compile(rf"\bH([12])(?:\s+({_YEAR}))?\b"), "half_short"),
    (re.compile(rf"\b(?:fiscal(?:\s+year)?|FY)\s?({_YEAR}|\d{{2}})\b", re.IGNORECASE), "fiscal"),
    # The fiscal year under way, its year unsaid: "would cut operating profit by $1 billion this
    # fiscal year" is a full year's, never a half's.
    (
        re.compile(r"\b(?:this|that|the\s+current)\s+(?:fiscal|financial)\s+year\b", re.IGNORECASE),
        "this_fiscal",
    ),
    # Not "a full year", a span: "the median age had risen by a full year in five years".
    (
        re.compile(rf"(?<!\b[Aa]\s)\bfull[\s-]+year(?:\s+({_YEAR}))?", re.IGNORECASE),
        "full_year",
    ),
    # "in the first three months of the year" is the first quarter; six months, a half.
    (
        re.compile(
            r"\b(first|last|final)\s+(three|six|3|6)\s+months\s+of\s+"
            rf"(?:the\s+(?:(?:calendar|financial|fiscal)\s+)?year|this\s+year|({_YEAR}))\b",
            re.IGNORECASE,
        ),
        "months_of_year",
    ),
    # A quarter named by its last month: "the March quarter", "the quarter to June", "the three
    # months ended December 31, 2024", "the April-June quarter". Labelled "quarter to March":
    # which quarter of which year that is depends on the fiscal year (the March quarter is the
    # fourth of India's, the first of the calendar's), so it is left to comparison.
    (
        re.compile(
            rf"\b(?:(?:{_MONTH_NAMES})[\s-]*(?:-|–|to)[\s-]*)?({_MONTH_NAMES})(?:\s+({_YEAR}))?"
            r"[\s-]+(?i:quarter)\b"
            rf"|\b(?i:quarter|three\s+months|3\s+months)\s+(?i:to|ended|ending|through)\s+(?i:in\s+)?"
            rf"(?i:the\s+end\s+of\s+)?({_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})(?:\s+\d{{1,2}}\b)?"
            rf"(?:,?\s+({_YEAR})\b)?"
        ),
        "month_quarter",
    ),
    # Twelve months named by their last month: "revenue of $3.1 billion in the 12 months to
    # July" is a year's, ending in July, no month's; nor a span of 12 months (see `_duration`).
    # So is "collected £61.27 million in tolls in the year to March".
    (
        re.compile(
            rf"\b(?:(?i:12|twelve)\s+(?i:months)|(?i:year))\s+(?i:to|ended|ending|through)\s+(?i:in\s+)?"
            rf"(?i:the\s+end\s+of\s+)?({_MONTH_NAMES})(?:\s+\d{{1,2}}\b)?(?:,?\s+({_YEAR})\b)?"
        ),
        "twelve_months",
    ),
    # Months from one to another: "between March and May", "from March to June 2025". Not
    # the first month alone, which "between March and June" also opens with.
    (
        re.compile(
            rf"\b(?i:between|from|covering)\s+({_MONTH_NAMES})(?:\s+({_YEAR}))?\s+(?i:and|to|until|through)"
            rf"\s+({_MONTH_NAMES})(?:\s+({_YEAR}))?\b(?![\w\-]|\s+\d)"
        ),
        "month_span",
    ),
    # Two months joined by a dash are a span too: "in the April-June period", "July–September".
    (
        re.compile(
            rf"\b({_MONTH_NAMES})\s*[-–]\s*({_MONTH_NAMES})(?:\s+({_YEAR}))?\b(?![\w\-]|\s+\d)"
        ),
        "month_dash",
    ),
    # A month: "in April", "April's 5.12%", "in March 2024", "the year to May"; not a date
    # ("on March 14", "14 March"), a name ("April Jones", Theresa May) or a verb, nor when a
    # change counts from ("will cost 10% more from April", "up 3% from March"): no period the
    # figure is told for.
    (
        re.compile(
            r"(?:\b(?i:in|for|during|since|by|through|throughout|until|over|across)\s+"
            rf"(?:(?i:early|late|mid)[\s-]+)?({_MONTH_NAMES})"
            r"|(?<![\w’'\-])(?<!\d\s)(?<!\d[a-z][a-z]\s)(?<!\d[a-z][a-z]\sof\s)(?<![Ff]rom\s)"
            rf"(?!May\b)({_MONTH_NAMES})(?!\s+[A-Z]))"
            rf"(?:\s+({_YEAR})\b)?(?![\w\-]|\s+\d|,\s+\d)"
        ),
        "month",
    ),
    # A financial year as two calendar years: "in 2026-27", "the 2025/26 budget", labelled by
    # the year it ends in, as "FY2027" (see `_label`; two years apart are no such year).
    (re.compile(rf"(?<![\d\-–/])({_YEAR})[-–/](\d{{2}})\b(?![-–/]\d)"), "year_span"),
    # A year: "in 2024", "by the end of 2025", "in a 1984 derailment" (a year dating an event),
    # "The 2015 Gorkha earthquake, of magnitude 7.8," (the event's name may stand between); not
    # "the 2021 and 2026 censuses", two years a span runs between.
    (
        re.compile(
            rf"\b(?:(?:in|by|during|for|since|through|throughout|of|until|before|after)\s+"
            rf"(?:the\s+(?:end|start|beginning|middle)\s+of\s+|(?:a|an|the)\s+(?={_YEAR}\s+[a-z])"
            # "in both 2026 and 2027", as "in 2026 and 2027", is dated by its first year.
            rf"|both\s+(?={_YEAR}\s+and\s+{_YEAR}\b))?"
            # "Inflation ended 2025 at 4.26%", "the index closed 2024 at 5,100": a year's end.
            rf"|(?:ended|ends|ending|closed|closes|closing|finished|finishes|finishing)\s+"
            rf"|(?-i:[Tt]he)\s+(?={_YEAR}\s+(?-i:(?:[A-Z][\w’'-]*\s+){{0,3}}"
            rf"(?!(?:and|or|to)\b)[a-z])))"
            rf"({_YEAR})\b(?![-–/]\d)",
            re.IGNORECASE,
        ),
        "year",
    ),
]

# What every pattern above needs (a year, Q1…Q4, H1 or H2, or one of these words), searched
# once: most sentences hold none, and each pattern would try every position of them. Every
# pattern but the plain year needs one of the others: a sentence whose only hint is a year is
# searched for that one. Each hint opens with a digit, q, h or f: the look-ahead lets the
# search pass other positions without trying the words one by one.
_PERIOD_HINT = re.compile(
    rf"(?=[\dqhfmQHFJMASOND])(?:{_YEAR}|(?i:Q[1-4]|H[12]|quarter|half|fiscal|financial|FY|full|months)"
    rf"|{_MONTH_NAMES})"
)
_NAMED_PERIOD_HINT = re.compile(
    rf"(?=[qhfmQHFJMASOND])(?:(?i:Q[1-4]|H[12]|quarter|half|fiscal|financial|FY|full|months)"
    rf"|{_MONTH_NAMES})"
)
_YEAR_PATTERNS = [(pattern, kind) for pattern, kind in _PATTERNS if kind in ("year", "year_span")]
# What each pattern needs besides: a word in the lower-cased sentence where the pattern ignores
# case, a letter as printed where it does not. A sentence with a hint is searched only by the
# patterns whose word it holds: each search costs a few microseconds even where it finds none.
_NEEDED_WORDS: dict[str, tuple[str, ...]] = {
    "quarter_words": ("quarter",),
    "half": ("half",),
    "fiscal": ("fiscal", "fy"),
    "this_fiscal": ("fiscal", "financial"),
    "full_year": ("full",),
    "months_of_year": ("months",),
    "month_quarter": ("quarter", "months"),
    "twelve_months": ("months", "year"),
}
_NEEDED_LETTERS = {"year_quarter": "Q", "quarter": "Q", "half_short": "H"}
_YEAR_HINT = re.compile(_YEAR)
_MONTH_HINT = re.compile(_MONTH_NAMES)
# Letters that IGNORECASE matches to an ASCII letter but ``str.lower`` does not lower to it.
_FOLDS_ELSEWHERE = re.compile("[İıſ]")


@dataclass(frozen=True)
class Period:
    label: str
    start: int
    end: int
    # Told twice, a numbered quarter with its months beside it (see `_one_quarter_told_twice`).
    aside: bool = False


def _year(printed: str | None) -> str:
    if not printed:
        return ""
    if printed.startswith("'"):
        return " 20" + printed[1:]
    return " " + (printed if len(printed) == 4 else "20" + printed)


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[Period]:
    """Periods in ``text[start:end]``, in order, none overlapping another."""
    end = len(text) if end is None else end
    if not _PERIOD_HINT.search(text, start, end):
        return []
    named = _NAMED_PERIOD_HINT.search(text, start, end) is not None
    holds = _hint_test(text, start, end)
    found: list[Period] = []
    for pattern, kind in _PATTERNS if named else _YEAR_PATTERNS:
        if not holds(kind):
            continue
        for match in pattern.finditer(text, start, end):
            if any(p.start < match.end() and match.start() < p.end for p in found):
                continue
            if (
                kind == "half"
                and not match.group(2)
                and not _half_of_a_year(text, match, start, end)
            ):
                continue
            label = _label(kind, match)
            if label is not None:
                found.append(Period(label, match.start(), match.end()))
    return _one_quarter_told_twice(text, sorted(found, key=lambda p: p.start))


# A numbered quarter and its months told side by side, one as an aside to the other: "in the
# second quarter, the three months ended Sept. 30, profit rose", "in the July-September quarter,
# its fiscal second". Between the two stand only a comma or bracket and a determiner.
_APPOSITION = re.compile(
    r"\s*[,(–—]\s*(?:(?:the|its|their|our|his|her)\s+)?(?:(?:fiscal|financial)\s+)?(?:from\s+)?",
    re.IGNORECASE,
)
_NUMBERED_QUARTER_LABEL = re.compile(r"Q[1-4](?: \d{4})?")


def _by_months(label: str) -> bool:
    """Whether a period's label is a quarter named by its months: "quarter to September",
    "July to September 2025"."""
    if label.startswith(MONTH_QUARTER):
        return True
    first, to, last = label.partition(" to ")
    first, last = first.partition(" ")[0], last.partition(" ")[0]
    return (
        bool(to)
        and first in _MONTH_LIST
        and last in _MONTH_LIST
        and (_MONTH_LIST.index(last) - _MONTH_LIST.index(first)) % 12 == 2
    )


def _one_quarter_told_twice(text: str, periods: list[Period]) -> list[Period]:
    """``periods`` with a numbered quarter and the months told beside it as its aside (see
    `_APPOSITION`) made one period, of the months: two periods would leave the figure after
    them with neither, as if the sentence dated two facts."""
    merged: list[Period] = []
    for period in periods:
        before = merged[-1] if merged else None
        if (
            before is not None
            and _APPOSITION.fullmatch(text, before.end, period.start)
            and {
                _NUMBERED_QUARTER_LABEL.fullmatch(before.label) is not None,
                _NUMBERED_QUARTER_LABEL.fullmatch(period.label) is not None,
            }
            == {True, False}
            and (_by_months(before.label) or _by_months(period.label))
        ):
            months = before.label if _by_months(before.label) else period.label
            merged[-1] = Period(months, before.start, period.end, aside=True)
            continue
        merged.append(period)
    return merged


# A half with no year printed is a half-year only as one of a year ("the second half of the
# year") or of a business's or an economy's reporting ("second-half sales", "profit rose in
# the first half", "earned $12 million in the second half"): "a penalty early in the second
# half" is a match's, "the first half of the century" a century's.
_HALF_OF_A_YEAR_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+|its\s+)?"
    r"(?:(?:current|calendar|fiscal|financial)\s+)?year\b",
    re.IGNORECASE,
)
_HALF_OF_ANOTHER_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_REPORTING_CONTEXT = re.compile(
    r"\b(?:results?|revenues?|sales|profits?|earnings|guidance|losses|loss|margins?|income"
    r"|dividends?|ebitda|turnover|output|growth|gdp|econom(?:y|ies|ic)|inflation|recovery"
    r"|demand|shipments?|deliveries|orders|bookings|production|spending|exports?|imports?"
    r"|prices|outlook|investments?|fiscal|financial|quarters?|H[12]|(?:this|last|next)\s+year"
    r"|year[\s-]+(?:on|over)[\s-]+year|operating|earn(?:s|ed|ing)?)\b"
    # An amount of money: "made £14m in the first half".
    r"|[$£€¥]\s?\d",
    re.IGNORECASE,
)


def _half_of_a_year(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether a half named with no year (``match``) is a half-year (see
    `_REPORTING_CONTEXT`)."""
    if _HALF_OF_A_YEAR_AFTER.match(text, match.end()):
        return True
    if _HALF_OF_ANOTHER_AFTER.match(text, match.end()):
        return False
    return (
        _REPORTING_CONTEXT.search(text, start, match.start()) is not None
        or _REPORTING_CONTEXT.search(text, match.end(), end) is not None
    )


def _hint_test(text: str, start: int, end: int) -> Callable[[str], bool]:
    """Whether ``text[start:end]`` holds what a pattern of a kind needs (see `_NEEDED_WORDS`)."""
    lowered = text[start:end].lower()
    if _FOLDS_ELSEWHERE.search(lowered):
        return lambda kind: True  # the lower-cased words may miss what the patterns read

    def holds(kind: str) -> bool:
        if kind in _NEEDED_WORDS:
            return any(word in lowered for word in _NEEDED_WORDS[kind])
        if kind in _NEEDED_LETTERS:
            return text.find(_NEEDED_LETTERS[kind], start, end) != -1
        if kind in ("month", "month_span", "month_dash"):
            return _MONTH_HINT.search(text, start, end) is not None
        return _YEAR_HINT.search(text, start, end) is not None

    return holds


# "would be its first quarter above $5 billion", "their first quarter with a profit": a
# quarter counted among the owner's own, the first to pass a mark, is a record, not the first
# quarter of a year. Both the owner before and the mark after are needed: "its first quarter
# results" and "in the first quarter above forecasts" are Q1.
_COUNTED_QUARTER = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.IGNORECASE)
_PAST_A_MARK_AFTER = re.compile(
    r"\s+(?:ever\b|above\b|over\b|below\b|under\b|topping\b|exceeding\b|with(?:out)?\s+an?\b"
    r"|in\s+which\b|to\s+(?:top|exceed|pass|surpass|cross|break|reach|post|show)\b)",
    re.IGNORECASE,
)


def _label(kind: str, match: re.Match[str]) -> str | None:
    groups = match.groups()
    if kind == "year_span":
        first = int(groups[0])
        return f"FY{first + 1}" if int(groups[1]) == (first + 1) % 100 else None
    if kind == "quarter":
        return f"Q{groups[0]}{_year(groups[1])}"
    if kind == "year_quarter":
        return f"Q{groups[1]} {groups[0]}"
    if kind == "quarter_words":
        if _COUNTED_QUARTER.search(match.string, max(0, match.start() - 7), match.start()) and (
            _PAST_A_MARK_AFTER.match(match.string, match.end())
        ):
            return None  # "its first quarter above $5 billion": the first ever, no Q1
        return f"Q{_ORDINAL_NUMBER[groups[0].casefold()]}{_year(groups[1])}"
    if kind == "half":
        return f"H{1 if groups[0].casefold() == 'first' else 2}{_year(groups[1])}"
    if kind == "half_short":
        return f"H{groups[0]}{_year(groups[1])}"
    if kind == "fiscal":
        return "FY" + _year(groups[0]).strip()
    if kind == "this_fiscal":
        return "FY"
    if kind == "full_year":
        return "FY" + _year(groups[0]).strip()
    if kind == "months_of_year":
        first = groups[0].casefold() == "first"
        half = groups[1].casefold() in ("six", "6")
        label = ("H1" if first else "H2") if half else ("Q1" if first else "Q4")
        return label + _year(groups[2])
    if kind == "month":
        return (groups[0] or groups[1]) + _year(groups[2])
    if kind == "month_span":
        first = groups[0] + _year(groups[1])
        return f"{first} to {groups[2]}{_year(groups[3])}"
    if kind == "month_dash":
        return f"{groups[0]} to {groups[1]}{_year(groups[2])}"
    if kind == "twelve_months":
        return "year to " + groups[0] + _year(groups[1])
    if kind == "month_quarter":
        month = groups[0] or groups[2]
        return "quarter to " + _MONTH_SHORT.get(month, month) + _year(groups[1] or groups[3])
    return groups[0]


# What ends a clause inside a sentence: a comma before a space (not "5,000"), a semicolon,
# a colon, a dash.
_CLAUSE_BREAK = re.compile(r",(?=\s)|[;:—–]|\s-\s")


# Words that place a figure in time relative to the article's date, which the text does not
# give: "2.9 per cent next year", "now 3.1 per cent". Such a figure's period is unknown, and a
# year printed elsewhere in the sentence is not it.
_RELATIVE = re.compile(
    r"\b(?:(?:this|next|last|past|coming|previous|following)\s+(?:(?:coming|upcoming)\s+)?"
    r"(?:year|quarter|month|week|season)"
    r"|now|currently|today)\b",
    re.IGNORECASE,
)
# A month or quarter of a year the text names by its distance from now: "in August last year".
_OTHER_YEAR_AFTER = re.compile(
    r",?\s+(?:(?P<now>last|next)|the\s+previous|the\s+following)\s+year\b", re.IGNORECASE
)
# The years named by their distance from the year the article was written: "rose to €5.38bn
# last year" in an article dated February 2026 is 2025's. Not "the last year" or "the past
# year", twelve months to now, nor "the previous year", which counts from a year the text names.
_YEAR_FROM_NOW = re.compile(r"(?P<which>this|last|next)\s+year", re.IGNORECASE)
_FROM_NOW_AFTER = re.compile(r"\s+(?:(?:in|during|for)\s+)?(?:this|last|next)\s+year\b",
                             re.IGNORECASE)  # fmt: skip
_YEARS_FROM_NOW = {"this": 0, "last": -1, "next": 1}
_COMPARISON_BASE_BEFORE = re.compile(
    r"\bthan\s+(?:in\s+)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+)?$",
    re.IGNORECASE,
)
# "down 4.3% from 240,952 in September": the level a change started from, and when; a level
# no figure reads (a figure that does, "from 5.3% in March", is the level then, March's).
_BASE_LEVEL_BEFORE = re.compile(
    r"\bfrom\s+(?:a\s+|an\s+)?(?:revised\s+)?[$€£¥]?(\d[\d,.]*)(?:\s*(?:%|[a-z]+))?\s+$",
    re.IGNORECASE,
)
_TWELVE_MONTHS_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A moment in that year, no figure of the year as a whole: "to top out at 5.4 per cent later
# this year" is not 2026's unemployment rate, nor is "by the end of next year".
_MOMENT_IN_YEAR_BEFORE = re.compile(
    r"\b(?:later|earlier|end\s+of|start\s+of|beginning\s+of|middle\s+of|by|until|till|since|"
    r"through|before|after)\s+$",
    re.IGNORECASE,
)
_YEARLESS = re.compile(r"(?:Q[1-4]|H[12]|January|February|March|April|May|June|July|August"
                       r"|September|October|November|December)")  # fmt: skip


def _from_now(text: str, match: re.Match[str], written: int | None) -> str:
    """The year a relative time names (see `_YEAR_FROM_NOW`), or "" (unknown)."""
    year = _YEAR_FROM_NOW.fullmatch(match.group())
    if written is None or year is None:
        return ""
    if _TWELVE_MONTHS_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return ""
    if _MOMENT_IN_YEAR_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return ""
    return str(written + _YEARS_FROM_NOW[year.group("which").casefold()])


# "the highest since 1998", "the lowest level since 2008": the year is what a figure is
# compared with, not the period it refers to.
_REFERENCE_YEAR = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|most|fewest|"
    r"least|first\s+time|record)\b(?:\s+[\w’']+){0,3}\s+(?:since|in)\s+$",
    re.IGNORECASE,
)


def _since_when(text: str, period: Period) -> bool:
    """Whether ``period`` is a year or a month after "since": where a time starts ("the
    driest summer since 1976", "its lowest level since April 2023"), not the period a figure
    refers to."""
    return text[period.start : period.start + 5].casefold() == "since"


# "a contract running until June 2031", "a lease that expires in 2030": the date a term ends,
# not the period a figure in the clause ("will earn £265,000 a week") is told for.
# Not "until" alone: "rates will stay at 4% until 2026" tells the time the level holds.
_TERM_END_BEFORE = re.compile(
    r"\b(?:(?:runs?|running|ran|lasting|lasts?|expir(?:es?|ed|ing)|ending|ends?|valid)"
    r"\s+(?:to|in|until|till|through|into)|(?:contract|deal|lease|loan|agreement|term|mandate|"
    r"licen[cs]e|concession|extension)s?\s+(?:until|till|to|through))"
    r"\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$",
    re.IGNORECASE,
)
# "The 32,500-seat venue was due to open in February 2026": when a thing is planned to open
# or be finished, not the period its figures (its seats, its cost) are told for.
_PLANNED_OPENING_BEFORE = re.compile(
    r"\b(?:due|set|scheduled|slated|expected|planned|meant|supposed)\s+to\s+"
    r"(?:(?:re)?open|launch|start|begin|finish|complete|be\s+(?:ready|completed|finished|built))"
    r"\s+(?:in|by|on|from)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$",
    re.IGNORECASE,
)
# "The 12-inch cast-iron main was installed in 1931": the year one thing was made or put in
# place dates that thing, not its size or what it carries. One thing only ("was", not
# "were"): "1,200 homes were built in 2023" is a count of that year.
_MADE_ONE_BEFORE = re.compile(
    r"\b(?:was|is|been|being)\s+(?:(?:first|originally|re)\s*|[a-z]+ly\s+)?"
    r"(?:installed|built|laid|constructed|erected|manufactured|commissioned)"
    r"\s+(?:in|during)\s+$",
    re.IGNORECASE,
)
_OPENING_PREPOSITION = re.compile(r"(?:until|till|to|in|into|through|by|on|from)\s+", re.IGNORECASE)
# A year before a made thing is when it was made: "an estimate of $90 million on the 1907
# canvas", "the 1962 Ferrari sold for $48m" is no figure of 1907 or 1962.
_MADE_THING_AFTER = re.compile(
    r"\s+(?:oil\s+)?(?:paintings?|canvas(?:es)?|portraits?|self-portraits?|masterpieces?|"
    r"sculptures?|drawings?|watercolou?rs?|photographs?|films?|movies?|albums?|novels?|"
    r"vintages?|manuscripts?)\b",
    re.IGNORECASE,
)


# "to 15.5% in May and then to 16% from April 2026": a period right after a figure, with
# "and" or "then" between it and the next, is that figure's, not the next one's.
_NEXT_STEP = re.compile(r"\b(?:and|then)\b", re.IGNORECASE)


# "dropped from about 21,000 in 2019 to 18,700": the year after the level a change was from
# is that level's; the level it went to is today's, or of its own period.
_FROM_LEVEL_BEFORE = re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_TO_LEVEL = re.compile(r"\s*to\s+(?:[a-z]+\s+){0,2}\S?$", re.IGNORECASE)


def _told_for_the_figure_before(
    text: str, period: Period, offset: int, figures: Sequence[tuple[int, int]]
) -> bool:
    """Whether ``period``, before the figure at ``offset``, follows another figure right
    after it and a step ("and then") leads on from it to this one, or that figure is the
    level a change went from to this one ("from 21,000 in 2019 to 18,700")."""
    if period.end > offset:
        return False
    step = _NEXT_STEP.search(text, period.end, offset) is not None
    change = _TO_LEVEL.fullmatch(text, period.end, offset) is not None
    if not step and not change:
        return False
    return any(
        e <= period.start
        and not text[e : period.start].strip()
        and (step or _FROM_LEVEL_BEFORE.search(text, max(0, s - 30), s) is not None)
        for s, e in figures
    )


def _dates_another(text: str, period: Period) -> bool:
    """Whether ``period`` dates something other than a figure's time: the end of a term or
    the planned opening or the making of a thing (see `_TERM_END_BEFORE`,
    `_PLANNED_OPENING_BEFORE`, `_MADE_ONE_BEFORE`, `_MADE_THING_AFTER`)."""
    before = text[max(0, period.start - 40) : period.start]
    # The period may hold its preposition: "until June 2031".
    if opening := _OPENING_PREPOSITION.match(text, period.start, period.end):
        before += opening.group()
    if _TERM_END_BEFORE.search(before) or _PLANNED_OPENING_BEFORE.search(before):
        return True
    if period.label.isdecimal() and _MADE_ONE_BEFORE.search(before):
        return True
    return period.label.isdecimal() and _MADE_THING_AFTER.match(text, period.end) is not None


# A subordinate clause after a figure is about something else: "went ahead after 12 minutes
# … before the match turned on a second-half red card", "fell 3% after the company reported
# first-quarter results". Only with a determiner after the word: "profit before tax" is not.
_SUBORDINATE_BREAK = re.compile(
    r"\s(?:before|after|while|whereas|when|until|because|although|though)\s+"
    r"(?:the|a|an|his|her|its|their|this|that|these|those)\b"
    # A second predicate of one subject is a clause of its own: "has fared better after rain
    # in June and July and is forecast to produce 10.8 million tonnes" (no July's figure).
    r"|\sand\s+(?:is|are|was|were|has|have|had|will|would|could|should|may|might|can)\s",
    re.IGNORECASE,
)

# What a figure's own time is stated against, right after it: "5.31% a month earlier", "5.3%
# the previous month" is the month before the sentence's month.
_SHIFT_AFTER = re.compile(
    r"\s*(?:(?:a|one)\s+(?P<a>month|quarter|year)\s+(?:earlier|before|previously)"
    r"|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?P<b>month|quarter|year)"
    r"|(?:in\s+)?the\s+(?P<c>month|quarter|year)\s+before)\b",
    re.IGNORECASE,
)
_QUARTER_LABEL = re.compile(r"Q([1-4])(?: (\d{4}))?")


def _shifted(label: str, step: str) -> str | None:
    """The period ``step`` (month, quarter, year) before ``label``; None when it cannot be
    said ("a year earlier" than a quarter with no year)."""
    if label.startswith(MONTH_QUARTER):
        if step == "year" and not label.removeprefix(MONTH_QUARTER).partition(" ")[2]:
            # "the three months ended March 31 … a year earlier": a March quarter still, of a
            # year no more said than the first one's; no full year it could be taken for.
            return label
        month = _shifted(label.removeprefix(MONTH_QUARTER), "year" if step == "year" else "")
        if step == "quarter":
            parts = label.removeprefix(MONTH_QUARTER).split()
            index = _MONTH_LIST.index(parts[0]) - 3
            year = int(parts[1]) - (index < 0) if len(parts) == 2 else None
            month = _MONTH_LIST[index] + ("" if year is None else f" {year}")
        return None if month is None else MONTH_QUARTER + month
    parts = label.split()
    year = int(parts[1]) if len(parts) == 2 and parts[1].isdigit() else None
    if parts[0] in _MONTH_LIST and step in ("month", "year"):
        if step == "year":
            return None if year is None else f"{parts[0]} {year - 1}"
        index = _MONTH_LIST.index(parts[0])
        if year is not None and index == 0:
            year -= 1
        return _MONTH_LIST[index - 1] + ("" if year is None else f" {year}")
    quarter = _QUARTER_LABEL.fullmatch(label)
    if quarter and step in ("quarter", "year"):
        number = int(quarter.group(1))
        if step == "year":
            # "third-quarter revenue … up from $4.27 billion a year earlier": a third quarter
            # still, of a year no more said than the first one's; never the second quarter.
            return f"Q{number}" if year is None else f"Q{number} {year - 1}"
        if year is not None and number == 1:
            year -= 1
        return f"Q{4 if number == 1 else number - 1}" + ("" if year is None else f" {year}")
    if step == "year" and re.fullmatch(r"(?:FY)?\d{4}", label):
        return label[:-4] + str(int(label[-4:]) - 1)
    return None


# How many words may stand before a period that opens its sentence: "In the fourth quarter,",
# "Back in 2015,", "For the full year 2023,".
_OPENING_REACH = 3
_OPENING_WORDS = re.compile(r"[^\W\d_][\w’'-]*")


# A span of months a thing covers, set off by commas right after the sentence's subject:
# "The previous cap, covering October to December, was £1,717". It dates the figure its verb
# then gives. Not any period so set off: "Its previous outbreak, in 2019, sickened 58 people"
# dates the outbreak, and a count of it is no level of a period.
_APPOSITIVE_BEFORE = re.compile(r",\s*$")
_COVERING = re.compile(r"(?i:covering)\s")
_APPOSITIVE_AFTER = re.compile(r"\s*,")


_CONTINUATION = re.compile(
    r"\s*(?:up|down|marking|representing|reflecting|a\s+(?:rise|gain|jump|fall|drop|decline)"
    r"\s+of)\b",
    re.IGNORECASE,
)


def _base_level(text: str, period: Period, figures: Sequence[tuple[int, int]]) -> bool:
    """Whether ``period`` dates a level a change was from, which no figure reads (see
    `_BASE_LEVEL_BEFORE`)."""
    base = _BASE_LEVEL_BEFORE.search(text, max(0, period.start - 30), period.start)
    return base is not None and not any(s <= base.start(1) < e for s, e in figures)


def period_for(
    periods: list[Period],
    offset: int,
    text: str | None = None,
    *,
    figures: Sequence[tuple[int, int]] = (),
    sentence_start: int | None = None,
    written: int | None = None,
) -> str | None:
    """The period a figure at ``offset`` refers to.

    Without the ``text``: the only one, else the nearest before it. Given the ``text`` (and
    the sentence's other ``figures``, as spans, and its start), only words that govern the
    figure count, since a wrong period keeps two figures of one fact apart while no period is
    compatible with any: the nearest period in the figure's own clause with no other figure
    between them ("profit doubled in the first half, and shares fell 19% in Q4 2023": 19% is
    Q4 2023's; "2.9% next year and 2.5% in 2026": 2026 is 2.5%'s alone), else one that opens
    the sentence in a clause of its own ("In the fourth quarter, revenue rose 25%"). A relative
    time ("next year", "now") nearer than any period leaves the period unknown, as does a
    year a figure is compared with ("the highest since 1998"). Given the year the article was
    ``written``, "last year", "this year" and "next year" are years like any other."""
    if text is not None:
        periods = [
            p
            for p in periods
            if not _REFERENCE_YEAR.search(text, max(0, p.start - 50), p.start)
            and not _since_when(text, p)
            and not _dates_another(text, p)
        ]
    if not periods and (text is None or written is None):
        return None
    if text is None:
        if len(periods) == 1:
            return periods[0].label
        before = [p for p in periods if p.end <= offset]
        if before:
            return before[-1].label
        return min(periods, key=lambda p: p.start - offset).label
    # "5.31% a month earlier": the month before the one the sentence states before it.
    end = next((e for s, e in figures if s == offset), None)
    shift = _SHIFT_AFTER.match(text, end) if end is not None else None
    if shift is not None:
        base = [p for p in periods if p.end <= offset]
        step = (shift.group("a") or shift.group("b") or shift.group("c")).casefold()
        return _shifted(base[-1].label, step) if base else None
    low = min([p.start for p in periods] + [offset] + [s for s, _ in figures])
    high = max([p.end for p in periods] + [offset] + [e for _, e in figures])
    if written is not None and (after := _FROM_NOW_AFTER.match(text, high)):
        high = after.end()  # "and 6% next year": the sentence's last figure's year after it
    if sentence_start is not None:
        low = min(low, sentence_start)
    breaks = sorted(
        [m.start() for m in _CLAUSE_BREAK.finditer(text, low, high)]
        + [m.start() for m in _SUBORDINATE_BREAK.finditer(text, low, high)]
    )
    # The comma of a quarter told with its months ends no clause (see `_one_quarter_told_twice`).
    breaks = [b for b in breaks if not any(p.aside and p.start <= b < p.end for p in periods)]
    clause_start = max((b for b in breaks if b < offset), default=low - 1)
    clause_end = min((b for b in breaks if b >= offset), default=high)
    relative = [
        Period(_from_now(text, m, written), m.start(), m.end())
        for m in _RELATIVE.finditer(text, clause_start + 1, clause_end)
    ]
    own = [
        p
        for p in periods + relative
        if clause_start < p.start
        and p.end <= clause_end
        # "Prices are 3.4 per cent higher than in February last year": what the figure is
        # set against, not when it stands.
        and not _COMPARISON_BASE_BEFORE.search(text, max(0, p.start - 24), p.start)
        and not _base_level(text, p, figures)
        and not any(
            s != offset and ((offset < s and e <= p.start) or (p.end <= s and e <= offset))
            for s, e in figures
        )
        and not _told_for_the_figure_before(text, p, offset, figures)
    ]
    if own:
        # By the gap between the two: "A$31.2 billion in 2027/28 and A$24.9 billion in
        # 2028/29" gives the second the year right after it, not the one before its "and".
        figure_end = end if end is not None else offset
        nearest = min(
            own,
            key=lambda p: p.start - figure_end if p.start >= figure_end else max(0, offset - p.end),
        )
        other_year = _OTHER_YEAR_AFTER.match(text, nearest.end)
        if other_year is not None:
            # "0.2% in August last year": another year's August, unknown without the year the
            # article was written, or when counted from a year the text names.
            if (
                written is None
                or not other_year.group("now")
                or not _YEARLESS.fullmatch(nearest.label)
            ):
                return None
            shift = -1 if other_year.group("now").casefold() == "last" else 1
            return f"{nearest.label} {written + shift}"
        return nearest.label or None
    # A clause that only qualifies the figure before it ("revenue of $40.11 billion in Q4,
    # up 25%", "…, marking a 25% increase") shares that figure's period.
    if _CONTINUATION.match(text, clause_start + 1, clause_end):
        before = [s for s, e in figures if e <= clause_start]
        if before:
            return period_for(
                periods,
                max(before),
                text,
                figures=figures,
                sentence_start=sentence_start,
                written=written,
            )
        return None
    # A period opening the sentence, alone in its clause, sets the time of all that follows.
    # Not one ending a clause of its own, which is that clause's: "The median age rose to 39.8
    # from 38.8 in 2022, and the number of people aged 65 and over climbed 18.6%".
    first_break = min(breaks, default=high)
    from_now = [
        Period(label, m.start(), m.end())
        for m in _RELATIVE.finditer(text, low, first_break)
        if (label := _from_now(text, m, written))
    ]
    opening = [
        p
        for p in sorted(periods + from_now, key=lambda p: p.start)
        if p.end <= first_break < offset
        and len(_OPENING_WORDS.findall(text, low, p.start)) <= _OPENING_REACH
    ]
    if opening and not any(s < first_break for s, _ in figures):
        return opening[-1].label
    appositive = [
        p
        for p in periods
        if p.end < offset
        and (
            # "Profit in the second quarter, the three months ended Sept. 30, rose 4%": the
            # quarter and its months, set off as one, date the subject's verb.
            p.aside
            or (
                _COVERING.match(text, p.start)
                and _APPOSITIVE_BEFORE.search(text, max(low, p.start - 20), p.start)
            )
        )
        and _APPOSITIVE_AFTER.match(text, p.end)
        and len(_OPENING_WORDS.findall(text, low, p.start)) <= _OPENING_REACH + 2
    ]
    if appositive and not any(s < appositive[0].start for s, _ in figures):
        return appositive[0].label
    return None
