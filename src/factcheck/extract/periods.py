"""Reporting periods: the time a figure refers to, normalised.

Scheme: quarters ``Q1``…``Q4`` (with the year when printed: ``Q4 2023``), halves ``H1``/``H2``,
fiscal or full years ``FY2024``, calendar years ``2024``. A period with no year (``Q4``) is
compatible with the same period with one (``Q4 2023``) when figures are compared.
"""

from __future__ import annotations

import re
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


def period_for(periods: list[Period], offset: int, text: str | None = None) -> str | None:
    """The period a figure at ``offset`` refers to: the only one; else, given the ``text``, the
    nearest in the figure's own clause ("profit doubled in the first half, and shares fell 19%
    in Q4 2023": 19% is Q4 2023's); else the nearest before it."""
    if not periods:
        return None
    if len(periods) == 1:
        return periods[0].label
    if text is not None:
        low, high = min(p.start for p in periods), max(p.end for p in periods)
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, min(low, offset), high)]
        clause_start = max((b for b in breaks if b < offset), default=-1)
        clause_end = min((b for b in breaks if b >= offset), default=len(text))
        own = [p for p in periods if clause_start < p.start and p.end <= clause_end]
        if own:
            return min(own, key=lambda p: abs(p.start - offset)).label
    before = [p for p in periods if p.end <= offset]
    if before:
        return before[-1].label
    return min(periods, key=lambda p: p.start - offset).label
