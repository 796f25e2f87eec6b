"""Reporting periods: the time a figure refers to, normalised.

Scheme: quarters ``Q1``…``Q4`` (with the year when printed: ``Q4 2023``), halves ``H1``/``H2``,
fiscal or full years ``FY2024``, calendar years ``2024``. A period with no year (``Q4``) is
compatible with the same period with one (``Q4 2023``) when figures are compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_ORDINAL_NUMBER = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_YEAR = r"(?:19|20)\d{2}"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "2024 Q1" before "Q1", unless the year belongs to a quarter before it: "Q4 2023 Q1".
    (re.compile(rf"(?<!Q[1-4]\s)\b({_YEAR})\s+Q([1-4])\b"), "year_quarter"),
    (re.compile(rf"\bQ([1-4])(?:\s*(?:FY\s?)?({_YEAR}|'\d{{2}}))?\b"), "quarter"),
    (
        re.compile(
            rf"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
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
    (re.compile(rf"\bfull[\s-]+year(?:\s+({_YEAR}))?", re.IGNORECASE), "full_year"),
    (
        re.compile(
            rf"\b(?:in|by|during|for|since|through|throughout|of|until|before|after)\s+"
            rf"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?({_YEAR})\b(?![-–/]\d)",
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
    rf"(?=[\dqhf])(?:{_YEAR}|Q[1-4]|H[12]|quarter|half|fiscal|FY|full)", re.IGNORECASE
)
_NAMED_PERIOD_HINT = re.compile(r"(?=[qhf])(?:Q[1-4]|H[12]|quarter|half|fiscal|FY|full)", re.I)
_YEAR_PATTERNS = [(pattern, kind) for pattern, kind in _PATTERNS if kind == "year"]


@dataclass(frozen=True)
class Period:
    label: str
    start: int
    end: int


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
    found: list[Period] = []
    for pattern, kind in _PATTERNS if named else _YEAR_PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(p.start < match.end() and match.start() < p.end for p in found):
                continue
            found.append(Period(_label(kind, match), match.start(), match.end()))
    return sorted(found, key=lambda p: p.start)


def _label(kind: str, match: re.Match[str]) -> str:
    groups = match.groups()
    if kind == "quarter":
        return f"Q{groups[0]}{_year(groups[1])}"
    if kind == "year_quarter":
        return f"Q{groups[1]} {groups[0]}"
    if kind == "quarter_words":
        return f"Q{_ORDINAL_NUMBER[groups[0].casefold()]}{_year(groups[1])}"
    if kind == "half":
        return f"H{1 if groups[0].casefold() == 'first' else 2}{_year(groups[1])}"
    if kind == "half_short":
        return f"H{groups[0]}{_year(groups[1])}"
    if kind == "fiscal":
        return "FY" + _year(groups[0]).strip()
    if kind == "full_year":
        return "FY" + _year(groups[0]).strip()
    return groups[0]


# What ends a clause inside a sentence: a comma before a space (not "5,000"), a semicolon,
# a colon, a dash.
_CLAUSE_BREAK = re.compile(r",(?=\s)|[;:—–]|\s-\s")


# Words that place a figure in time relative to the article's date, which the text does not
# give: "2.9 per cent next year", "now 3.1 per cent". Such a figure's period is unknown, and a
# year printed elsewhere in the sentence is not it.
_RELATIVE = re.compile(
    r"\b(?:(?:this|next|last|past|coming|previous|following)\s+(?:year|quarter|month|week)"
    r"|now|currently|today)\b",
    re.IGNORECASE,
)
# "the highest since 1998", "the lowest level since 2008": the year is what a figure is
# compared with, not the period it refers to.
_REFERENCE_YEAR = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|most|fewest|"
    r"least|first\s+time|record)\b(?:\s+[\w’']+){0,3}\s+(?:since|in)\s+$",
    re.IGNORECASE,
)

_CONTINUATION = re.compile(
    r"\s*(?:up|down|marking|representing|reflecting|a\s+(?:rise|gain|jump|fall|drop|decline)"
    r"\s+of)\b",
    re.IGNORECASE,
)


def period_for(
    periods: list[Period],
    offset: int,
    text: str | None = None,
    *,
    figures: Sequence[tuple[int, int]] = (),
    sentence_start: int | None = None,
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
    year a figure is compared with ("the highest since 1998")."""
    if text is not None:
        periods = [p for p in periods if not _REFERENCE_YEAR.search(text, max(0, p.start - 50),
                                                                     p.start)]  # fmt: skip
    if not periods:
        return None
    if text is None:
        if len(periods) == 1:
            return periods[0].label
        before = [p for p in periods if p.end <= offset]
        if before:
            return before[-1].label
        return min(periods, key=lambda p: p.start - offset).label
    low = min([p.start for p in periods] + [offset] + [s for s, _ in figures])
    high = max([p.end for p in periods] + [offset] + [e for _, e in figures])
    if sentence_start is not None:
        low = min(low, sentence_start)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, low, high)]
    clause_start = max((b for b in breaks if b < offset), default=low - 1)
    clause_end = min((b for b in breaks if b >= offset), default=high)
    relative = [
        Period("", m.start(), m.end())
        for m in _RELATIVE.finditer(text, clause_start + 1, clause_end)
    ]
    own = [
        p
        for p in periods + relative
        if clause_start < p.start
        and p.end <= clause_end
        and not any(
            s != offset and ((offset < s and e <= p.start) or (p.end <= s and e <= offset))
            for s, e in figures
        )
    ]
    if own:
        return min(own, key=lambda p: abs(p.start - offset)).label or None
    # A clause that only qualifies the figure before it ("revenue of $40.11 billion in Q4,
    # up 25%", "…, marking a 25% increase") shares that figure's period.
    if _CONTINUATION.match(text, clause_start + 1, clause_end):
        before = [s for s, e in figures if e <= clause_start]
        if before:
            return period_for(
                periods, max(before), text, figures=figures, sentence_start=sentence_start
            )
        return None
    # A period opening the sentence, alone in its clause, sets the time of all that follows.
    first_break = min(breaks, default=high)
    opening = [p for p in periods if p.end <= first_break < offset]
    if opening and not any(s < first_break for s, _ in figures):
        return opening[-1].label
    return None
