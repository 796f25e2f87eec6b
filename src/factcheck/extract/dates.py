"""Calendar dates an article's sentences print ("January 1, 2026", "1 March 2026", "Nov. 18",
"March 2023"), each with the clause that tells what happens on it: the facts a date-mismatch
rule compares. A bare year too, after a preposition that dates an event by it ("will close in
2029", "built in 1974", "between 2015 and 2021"); the date-mismatch rule leaves out those in a
clause with a figure, whose period they are. Not the dateline's date (the day the story was
filed, which two outlets may well differ on).

Read from the text on demand, not stored with the extraction: a cached compare loads no
extractor, and the rule that reads dates is the only one that needs them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.models import Span

_FULL_NAMES = (
    "January February March April May June July August September October November December".split()
)
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(_FULL_NAMES, start=1)},
    **{name[:3]: number for number, name in enumerate(_FULL_NAMES, start=1)},
    "Sept": 9,
}

# Capitalised month names only: "may" and "march" are also a verb. Every month needs a day or a
# year with it: "in May" alone is no date to compare, and "May the best team win" none at all.
# A full stop may follow any name ("Nov. 18"); the sentence's own is taken off after.
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_DATE = re.compile(
    # A day range in one month: "18 to 20 June", "18-20 June 2027", "June 25-27", "June 25 to
    # 27": one event's days, the first and the last.
    rf"\b(?P<d5>{_DAY})\s*(?:[-–]|\s(?:to|and)\s)\s*(?P<e5>{_DAY})\s+(?P<m5>{_MONTH})\b\.?"
    rf"(?:,?\s+(?P<y5>{_YEAR})\b)?"
    rf"|\b(?P<m6>{_MONTH})\b\.?\s+(?P<d6>{_DAY})\s*(?:[-–]|\s+to\s+)\s*(?P<e6>{_DAY})\b"
    rf"(?!\s*[-–%,.]?\d)(?:,?\s+(?P<y6>{_YEAR})\b)?"
    # "1 March 2026", "the 3rd of June"
    rf"|\b(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})\b\.?(?:,?\s+(?P<y1>{_YEAR})\b)?"
    # "January 1, 2026", "Nov. 18", "March 2023"
    rf"|\b(?P<m2>{_MONTH})\b\.?\s+(?:(?P<d2>{_DAY})\b(?!\s*[-–%,.]?\d)(?:,?\s+(?P<y2>{_YEAR})\b)?"
    rf"|(?P<y3>{_YEAR})\b)"
    # "will close in 2029", "since 2015", "between 2015 and 2021": a year alone, after a word
    # that dates an event by it (see `_YEAR_BEFORE`); not "the 2024 election", "2025-26".
    rf"|\b(?P<y4>{_YEAR})\b(?![-–/]\d|\s*(?:%|per\s*cent|percent))"
)
# The word before a year alone that makes it an event's date: "in 2029", "by 2030", "from
# 2027", "between 2015 and 2021" (the "and" of a span, see `_mention`).
_YEAR_BEFORE = re.compile(
    r"\b(?:in|by|from|since|until|till|through|before|after|during|between|and|to)\s+$",
    re.IGNORECASE,
)
# An "and" or a "to" before a year alone closes a span whose start is a year too ("between
# 2015 and 2021", "from 2019 to 2023"); not "sales and 2025", "up to 2025".
_SPAN_START_BEFORE = re.compile(r"\bbetween\s+(?:[\w.]+\s+){0,2}?(?:1[89]|20)\d\d\s+and\s+$")
_TO_AFTER_FROM = re.compile(r"\bfrom\s+(?:[\w.]+\s+){0,2}?(?:1[89]|20)\d\d\s+to\s+$")
# A date that closes a reporting period ("for the year to March 2025", "the 12 months to March",
# "fiscal year ending March 2025", "the quarter ended 30 June") names the period, which the
# figures' periods read, not the day of an event: two years' results are no two dates of one
# event. The period is a defined one ("the", "its", "fiscal"): "extended for six months to March
# 2026" dates a new deadline, an event.
_PERIOD_END = re.compile(
    r"\b(?:the|its|their|fiscal|financial)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:year|months|quarter|half|half-year)\s+(?:to|ended|ending|through)\s+$",
    re.IGNORECASE,
)
# A figure after the date ("March 2023 - 14%") is no part of it.
_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d")

# A dateline: a place in capitals, then the day and the outlet, up to its dash ("CEDAR HOLLOW,
# Aug 3 (Wire) – Firefighters…", "DUBLIN, 7 October — Roughly…").
_DATELINE = re.compile(r"[A-Z][A-Z.'’/ -]+(?:,|\s\()[^\n–—]{0,80}?\s(?:[–—]|--?)\s")

# Where a clause ends: a comma before a space, a semicolon, a colon, a dash, a bracket. The
# comma inside a date ("January 1, 2026") is taken out first.
_CLAUSE_BREAK = re.compile(r",(?=\s)|[;:—–()]|\s-\s")
# After the date, an "and" that opens a second predicate ("joined the club in 2020 and has made
# 112 appearances", "will begin on April 1 and will aim to deliver") ends the date's clause:
# what follows is another happening, undated or dated by itself.
# A list of names after a lower-case word ("on modules from Vietnam, Thailand and Malaysia
# starting Nov. 13"): its commas part names, no clauses, so the date's clause holds what the
# list's sentence tells of it. Not a date's word opening a clause ("On Monday, Smith and Jones
# met").
_LISTED_NAME = r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,2}"
_NAME_LIST = re.compile(
    rf"(?<=[a-z]\s){_LISTED_NAME}(?:,\s+{_LISTED_NAME})+,?\s+(?:and|or)\s+{_LISTED_NAME}"
)
_NOT_LISTED = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sept?|Oct|Nov|Dec)\b"
)
_NEXT_PREDICATE = re.compile(
    r"\s+and\s+(?:then\s+)?(?:will|would|shall|has|have|had|is|are|was|were|went|can|could|"
    r"may|might|must|should)\b"
)


@dataclass(frozen=True)
class DateMention:
    span: Span
    text: str
    year: int | None
    month: int | None  # None for a year alone
    day: int | None
    sentence: Span
    clause: Span  # the clause that tells what happens on the date
    last_day: int | None = None  # a day range's last day ("18 to 20 June")
    # A weekday alone ("ordered shut Friday afternoon"), 0 for Monday: the day of a week
    # the article's date sets, no calendar date (see `find_weekdays`).
    weekday: int | None = None
    # "late" for "late Thursday", "Thursday night"; "early" for "early Friday", "before dawn
    # Friday": the ends of a day, whose night may be told as either's.
    part_of_day: str | None = None


def _after_dateline(text: str, sentence: Span) -> int:
    """Where the sentence's own words start: after its dateline, if it opens on one. Only a
    paragraph opens on a dateline: "NATO leaders met on March 3 — and agreed…" mid-paragraph
    is no dateline, and its comma-less capitals none either."""
    opens = sentence.start == 0 or text[sentence.start - 1] == "\n"
    dateline = _DATELINE.match(text, sentence.start, sentence.end) if opens else None
    return dateline.end() if dateline is not None else sentence.start


def find_dates(text: str, sentences: list[Span]) -> list[DateMention]:
    """The calendar dates of the given sentences, in order, each with its clause."""
    found: list[DateMention] = []
    for sentence in sentences:
        skip_to = _after_dateline(text, sentence)
        for match in _DATE.finditer(text, skip_to, sentence.end):
            mention = _mention(text, match, sentence)
            if mention is not None:
                found.append(mention)
    return found


def _mention(text: str, match: re.Match[str], sentence: Span) -> DateMention | None:
    if _RANGE_AFTER.match(text, match.end()):
        return None
    if _PERIOD_END.search(text, sentence.start, match.start()) is not None:
        return None
    if match.group("y4") is not None:
        before = text[max(sentence.start, match.start() - 40) : match.start()]
        preposition = _YEAR_BEFORE.search(before)
        if preposition is None:
            return None
        word = preposition.group().split()[0].casefold()
        if word == "and" and not _SPAN_START_BEFORE.search(before):
            return None
        if word == "to" and not _TO_AFTER_FROM.search(before):
            return None
    groups = match.groupdict()
    month_name = groups["m1"] or groups["m2"] or groups["m5"] or groups["m6"]
    day_text = groups["d1"] or groups["d2"] or groups["d5"] or groups["d6"]
    last_text = groups["e5"] or groups["e6"]
    year_text = next(
        (groups[name] for name in ("y1", "y2", "y3", "y4", "y5", "y6") if groups[name]), None
    )
    day = int(re.sub(r"\D", "", day_text)) if day_text else None
    last_day = int(re.sub(r"\D", "", last_text)) if last_text else None
    if day is not None and last_day is not None and last_day <= day:
        return None  # "30-2 June" is no range of days
    end = match.end()
    if text[end - 1] == "." and month_name in _FULL_NAMES:
        end -= 1  # the sentence's full stop after "on 23 November."
    span = Span(start=match.start(), end=end)
    return DateMention(
        span=span,
        text=text[span.start : span.end],
        year=int(year_text) if year_text else None,
        month=MONTHS[month_name] if month_name else None,
        day=day,
        sentence=sentence,
        clause=_clause(text, span, sentence),
        last_day=last_day,
    )


def _clause(text: str, date: Span, sentence: Span) -> Span:
    """The clause holding the date (a comma inside it, as in "January 1, 2026", or inside a
    list of names, as in "from Vietnam, Thailand and Malaysia", breaks none)."""
    listed = [
        (found.start(), found.end())
        for found in _NAME_LIST.finditer(text, sentence.start, sentence.end)
        if not _NOT_LISTED.search(found.group())
    ]
    breaks = [
        (found.start(), found.end())
        for found in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)
        if not date.start <= found.start() < date.end
        and not any(start < found.start() < end for start, end in listed)
    ]
    start = max((end for begin, end in breaks if end <= date.start), default=sentence.start)
    end = min((begin for begin, _ in breaks if begin >= date.end), default=sentence.end)
    predicate = _NEXT_PREDICATE.search(text, date.end, end)
    if predicate is not None:
        end = predicate.start()
    while text[start].isspace():
        start += 1
    return Span(start=start, end=end)


WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# A weekday alone, no plural ("on Fridays" is a habit) and no calendar date after it ("Friday,
# March 3": the date is read); "Friday's hearing" dates the hearing.
_WEEKDAY = re.compile(
    rf"\b(?P<day>{'|'.join(WEEKDAYS)})\b(?!s\b)(?!,?\s+(?:the\s+)?(?:{_DAY}\b|(?:{_MONTH})\b))"
)
# Words before a weekday that make it no one day: a feast or a name ("Good Friday", "Super
# Tuesday", after any capitalised word but a sentence's first), any week's ("every Friday",
# "a Friday night"), or the day a source said it ("officials said Tuesday", "told reporters
# on Monday", "announced Tuesday that"): the rule weighs what was done, not who said it when.
_NOT_ONE_DAY_BEFORE = re.compile(
    r"(?:\b(?:every|each|a|any|some|most|one|on\s+a)\s+$"
    r"|\b(?:said|says|say|told|tells|added|adds|stated|announced|announces|confirmed|wrote|"
    r"reported|according\s+to\s+\w+)(?:\s+[\w’'-]+){0,3}?\s+(?:on\s+)?$)",
    re.IGNORECASE,
)
# A document's publication is a happening of its own, however it is sourced: "according to a
# study published on Wednesday" dates the study, one day two outlets can print apart; not
# "according to officials on Tuesday", whose day is the saying's.
_PUBLISHED_BEFORE = re.compile(
    r"\b(?:study|report|paper|survey|analysis|review|audit|research|census|inquiry|"
    r"investigation)\s+(?:was\s+|were\s+)?(?:published|released|issued|posted)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A capitalised word right before a weekday makes a name of it ("Black Friday", "The Sunday
# Times", "Super Tuesday"), at a sentence's start too, unless the word is one a weekday is
# told after ("On Friday, …", "Late Thursday", "Since Monday").
_NAME_BEFORE = re.compile(r"\b(?P<word>[A-Z][\w’'-]*)\s+$")
_LEADS_TO_DAY = frozenset(
    "on by until till since from last next this late early before after through and or but "
    "then overnight that as at of in between to for also only so yet starting".split()
)
# "the Sunday Times": a lower-case "the" before a weekday that a capitalised word follows.
_THE_BEFORE = re.compile(r"\bthe\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
# The day a source spoke, told before its verb ("Health officials on Tuesday said"), as
# "said Tuesday" is after it.
_SAID_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:said|says|told|tells|announced|"
    r"confirmed|reported|added|stated|warned|revealed|disclosed)\b",
    re.IGNORECASE,
)
# A weekday in a time zone ("Friday morning local time", "Thursday evening Washington time",
# "(2300 GMT Thursday)"): one moment is two days in two zones, so two outlets' days may both
# be right.
_ZONE = re.compile(
    r"\b(?:local\s+time|[A-Z][\w-]+\s+time|GMT|UTC|BST|CES?T|[ECMP][SD]?T|JST|KST|AES?T|"
    r"AED?T)\b"
)
_ZONE_REACH = 30
_LATE_BEFORE = re.compile(r"\b(?:late|last\s+thing)\s+(?:on\s+)?$", re.IGNORECASE)
_EARLY_BEFORE = re.compile(
    r"\b(?:early|overnight|before\s+dawn|in\s+the\s+early\s+hours\s+of)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A clause after the weekday that tells what led to the happening, or followed it.
_SUBORDINATE_AFTER = re.compile(
    r"\s+(?:after|before|when|while|as|because|since|following|until|once|amid)\s",
    re.IGNORECASE,
)
_LATE_AFTER = re.compile(r"['’]?s?\s+night\b", re.IGNORECASE)


def find_weekdays(text: str, sentences: list[Span]) -> list[DateMention]:
    """The weekdays the given sentences date a happening by, in order, each with its clause:
    "County inspectors ordered the tower shut down Friday afternoon"."""
    found: list[DateMention] = []
    for sentence in sentences:
        skip_to = _after_dateline(text, sentence)
        for match in _WEEKDAY.finditer(text, skip_to, sentence.end):
            before = text[max(sentence.start, match.start() - 40) : match.start()]
            if (
                _NOT_ONE_DAY_BEFORE.search(before) and not _PUBLISHED_BEFORE.search(before)
            ) or _named(text, match, before):
                continue
            if _SAID_AFTER.match(text, match.end(), sentence.end):
                continue
            near = text[
                max(sentence.start, match.start() - _ZONE_REACH) : min(
                    sentence.end, match.end() + _ZONE_REACH
                )
            ]
            if _ZONE.search(near):
                continue
            span = Span(start=match.start(), end=match.end())
            # What happened before or after the day is another happening, dated by it only
            # through this one ("were celebrating on Friday after the council voted to build
            # the walls"): the weekday's clause, and its sentence, end before it.
            # The dateline is no part of what the sentence tells.
            told = Span(start=skip_to, end=sentence.end)
            if after := _SUBORDINATE_AFTER.search(text, span.end, sentence.end):
                told = Span(start=skip_to, end=after.start())
            part = (
                "late"
                if _LATE_BEFORE.search(before) or _LATE_AFTER.match(text, match.end())
                else "early"
                if _EARLY_BEFORE.search(before)
                else None
            )
            found.append(
                DateMention(
                    span=span,
                    text=match.group(),
                    year=None,
                    month=None,
                    day=None,
                    sentence=told,
                    clause=_clause(text, span, told),
                    weekday=WEEKDAYS.index(match.group("day")),
                    part_of_day=part,
                )
            )
    return found


def _named(text: str, match: re.Match[str], before: str) -> bool:
    """Whether the weekday is a name's word ("Black Friday", "The Sunday Times")."""
    name = _NAME_BEFORE.search(before)
    if name is not None and name.group("word").casefold() not in _LEADS_TO_DAY:
        return True
    return (
        _THE_BEFORE.search(before) is not None
        and _CAPITAL_AFTER.match(text, match.end()) is not None
    )
