"""Date mismatch: two articles date one event differently ("The new rate applies from January
1, 2026" and "taking effect from 1 March 2026"; "last inspected in March 2023" and "The bridge's
most recent inspection, in March 2022"). Dates are not figures, so the figure rules never see
them, yet a wrong date is as plain an error as a wrong amount.

Two dates are one event's when the clauses that tell them share most of their words; a date
one article prints alike anywhere with words in common (the same date, however worded) is
corroborated first, so a date that two outlets both print is never weighed against another.
A weekday ("ordered shut Friday afternoon") is weighed against the other article's weekdays
alone, when the two articles are dated the same day (or not both dated)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations, pairwise
from typing import TYPE_CHECKING

from pydantic import Field

from factcheck.align.diff import fold, one_spelling
from factcheck.extract import body_sentences
from factcheck.extract.dates import (
    _CLAUSE_BREAK,
    _NAME_LIST,
    _PUBLISHED_BEFORE,
    DateMention,
    find_dates,
    find_weekdays,
)
from factcheck.models import Article, Extraction, FigureKind, Span
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params
from factcheck.rules.kinds.source_dropped import content_words

if TYPE_CHECKING:
    from factcheck.extract.speakers import Cast


class DateMismatchParams(Params):
    min_score: float = Field(
        60,
        ge=0,
        le=100,
        description="How alike (0-100, the share of words two clauses hold in common) the "
        "clauses of two dates must be to date one event.",
    )
    min_shared: int = Field(
        2, ge=1, description="Content words the two clauses must share, at least."
    )
    many_shared: int = Field(
        7,
        ge=1,
        description="Content words that, shared by two clauses, make them date one event "
        "however many more each tells: a body's full name, whom it acted on and what it did "
        '("the State Gaming Licensing Board fined Corvo" told at length in one, in few '
        "words in the other).",
    )


# A word's first letters stand for it: "inspected" and "inspection", "certified" and
# "certification", "evacuated" and "evacuation" tell one event.
_ROOT = 6


def _root(word: str) -> str:
    """A word's first letters, one more for "commenced" ("comment" is no start)."""
    return word[: _ROOT + 1] if word.startswith("commenc") else word[:_ROOT]


# The word before a date that says which end of a span it is: a start ("from March 1") is not
# an end ("until March 31") of the same event.
_STARTS = frozenset("from since starting beginning between".split())
_ENDS = frozenset("until till to through by before".split())
# Words between that word and the date: "until at least Nov. 20", "by the end of March 2026".
_BOUND_WORDS = frozenset(
    "at least the latest earliest as early late mid end of no later than".split()
)
# The date's weekday, between an end and its date: "until Friday 21 November".
_WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# A deadline given to someone to do a thing: "He has until 21 November to lodge an appeal",
# "were given until March 3 to leave". The date ends the time to act, however the act is
# worded, as "the deadline to appeal" does.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:has|have|had|having|given|get|gets|got)\s+until\s+(?:[\w.]+\s+){0,3}?$",
    re.IGNORECASE,
)
_DEADLINE_IS = re.compile(
    r"\bdeadline\s+(?:for\s+(?P<holder>[\w’' -]+?)\s+)?to\s+[a-z][\w\s]*?\s+(?:is|was)\s+$",
    re.IGNORECASE,
)
_TO_ACT_AFTER = re.compile(r",?\s+(?:in\s+which\s+)?to\s+[a-z]")
_DEADLINE = "deadli"  # the first letters of "deadline", as `_words_around` keeps them
# Words before a date that tell it as the day a rule, price or deal takes effect: a start,
# however the preposition runs ("takes effect on January 1", "applies from January 1",
# "effective March 1"), and one event in each wording.
_TAKES_EFFECT = re.compile(
    r"\b(?:(?:take|takes|took|taken|taking|come|comes|came|coming|go|goes|went|gone|going)"
    r"\s+(?:into\s+)?(?:effect|force)|in\s+(?:effect|force)|effective|"
    # "applies from", not a person's "applied on March 3".
    r"appl(?:y|ies|ied|ying)(?=\s+(?:from|as\s+of)\s)|"
    # A thing at work "since it was introduced in April 2018": it took effect then (not a bill
    # "introduced" on a day, with no "since" of what it has done since).
    r"since\s+(?:it|they|the\s+[\w-]+)\s+(?:was|were)\s+(?:first\s+)?introduced)\s+"
    # "comes into force in October 2026": a month's start as much as a day's.
    r"(?:(?:on|from|as\s+of|in)\s+)?$",
    re.IGNORECASE,
)
_EFFECT = "effect"
# A thing to come "starting" a day ("duties … will be collected on modules … starting Nov.
# 13", "fares will rise beginning March 1"): the day it takes effect, as "take effect on" tells.
_STARTING = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+|from\s+)?$", re.IGNORECASE)
# A player's (a racer's, a fighter's) career told from its first game: "has played in the league
# since", "has competed at the Games since", "has featured for the club since" tell the day
# of the debut. Not a post held ("has captained the side since"), whose start is no debut.
_CAREER_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:played|competed|featured|appeared|raced|fought)\s+"
    r"(?:in|for|at)\s+[^,;]{1,40}?\s+since\s+$",
    re.IGNORECASE,
)
_DEBUT = "debut"
_FEWEST_WORDS = 3
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday morning afternoon evening night overnight".split()
)


@dataclass(frozen=True)
class _Dated:
    mention: DateMention
    words: frozenset[str]
    told: Span  # the clause, or the sentence, whose words say what is dated
    numbers: tuple[str, ...]  # the numbers it prints, as printed but for their commas
    role: str | None  # "start", "end" or None
    # For a year alone, what its clause says happened then (see `_event_of`): the milestone
    # nearest before it, whether it is still to come, and the words it is done to.
    event: tuple[str, bool, frozenset[str]] | None = None
    # The thing and what was done to it, told right before the date ("the containers were
    # intercepted on"): see `_act_of`.
    act: tuple[str, ...] | None = None
    # The first content word of the date's own clause, the thing it dates ("The strike is
    # planned for 3 March, and talks are due on 1 March"): see `_subject_of`.
    subject: str | None = None
    # The name whose thing the clause opens with ("Denmark's ban on petrol cars"), folded.
    owner: str | None = None
    # What happened on the date, by kind: see `_happening_of`.
    happening: str | None = None
    # Who lived through a happening one lives through once, the clause's subject, folded:
    # see `_once_to_whom`.
    undergone_by: str | None = None
    # For a death, what tells its person from another of that name: the first name and the age
    # printed ("John Reid, 52,", "Callum Reid, 17,"), each None when not printed.
    undergone_as: tuple[str | None, str | None] = (None, None)
    # For a death told of a person described ("The man died"), whether the article tells two
    # or more deaths: then "the man" of one article may be another than the other's.
    among_deaths: bool = False
    # The names a list in the date's clause holds ("flights to Paris, Rome and Madrid resume
    # on"), and every name the clause prints but its first word and the date's (see `_names_of`).
    listed: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()
    # The clause tells another of a series ("A second round of duties will be collected").
    another_round: bool = False
    # What the clause says starts on the date, when it tells a start: see `_starter_of`.
    starter: str | None = None
    # The words that qualify a thing in the clause ("work at the museum": museum).
    qualified: frozenset[str] = frozenset()
    # For a weekday, how its clause tells the happening: see `_weekday_told`.
    weekday_told: _WeekdayTold | None = None
    # What someone starts on the date, when the clause names it after its verb: see
    # `_object_started`.
    started_object: str | None = None
    # For "by" a date, and for "in" or "on" one, the word the preposition follows ("could
    # reopen by October 2026", "could reopen in September 2026"): see `_by_against_on`.
    governed_by: str | None = None
    by_date: bool = False
    ahead: bool = False  # the clause tells a thing still to come or hoped for ("could reopen")
    # What is to be done by or on the date, after the act's verb ("publish its final plan",
    # "publish the results of a consultation"), by first letters: see `_by_against_on`.
    governed_object: frozenset[str] = frozenset()
    # The words of the date's own clause, where `words` also holds a decision's participle
    # after it (see `_dated`): only these corroborate it.
    own_words: frozenset[str] | None = None
    # Who was given until the date to act ("Haldane has until"), by their first letters.
    deadline_holder: frozenset[str] | None = None
    # A year of a span in a clause with a figure whose period it is not ("breached its duties
    # on 14 counts by deducting premiums between 2016 and 2021"): see `_dates`.
    beside_figure: bool = False


@dataclass(frozen=True)
class _WeekdayTold:
    """What tells two weekdays' happenings apart where their clauses share most words."""

    doer: frozenset[str]  # the content words before the clause's verb, by their first letters
    before: frozenset[str]  # the content words of the clause before the weekday, so
    to_come: bool  # "will appear on Thursday", not "appeared on Monday"
    going_on: bool  # "will remain closed on Tuesday": a state that goes on from an earlier day
    # Who published the document the weekday dates ("a report published on Tuesday by the
    # Resolution Foundation", "an IFS report published on Monday"), by first letters; empty
    # when the clause names no one.
    publisher: frozenset[str] = frozenset()


# Words that tell nothing of what is dated (their first letters): who says it ("said",
# "according to"), how near a figure beside it is ("around 180 flights"), and when, told from
# now ("the previous record", "the old mark", as "last" and "next" are): "The last major
# strike, in June 2019, …, the union said" and "The previous major walkout, in June 2021, …"
# tell one strike.
_NOT_TELLING = frozenset(
    "said says accord told added around roughl nearly approx almost previo prior former "
    "earlie old next".split()
)
# Words (their first letters) that tell one thing, however an outlet words it: a "mark" or a
# "record" "broken" or "eclipsed"; a "walkout" or a "strike"; a hearing "set" or "scheduled"
# for a day.
_ONE_WORD = {
    kind: re.compile(rf"^(?:{pattern})")
    for kind, pattern in {
        "record": r"record|mark$",
        # A trial "opened" or "began", transfers "will start" or "will begin" on a day: one
        # start (the milestones' words for it, see `_MILESTONES`).
        "start": r"open$|opened|opens$|openin|start|began|begin|begun|commenc|launch",
        "broke": r"brok|break|eclips|surpas|shatte",
        "strike": r"strik|walkou|stoppa",
        # …, "due" or "planned" to run on it.
        "set": r"set$|schedu|slat$|due$|plan$|planne",
        # A "tax" on sugary drinks or a "levy" on them: one charge.
        "levy": r"levy$|levies|tax$|taxes$",
        # A fault "detected", "found" or "discovered" on a day: one finding.
        "detect": r"detect|discov|found$|spotte",
        # Goods "seized" or "intercepted" on a day: one seizure.
        "seize": r"seiz|interc|confis|impoun",
        # "will close on 31 May" and "the first closures are due on 30 June": one closing.
        "close": r"clos$|close$|closed|closes|closin|closur|shut",
        # "The bond election", "the referendum": one public vote; not a council's ("the
        # council voted on June 3"), a happening of its own. Voters and ballots are the vote
        # only where the clause votes (see `_VOTING`).
        "vote": r"electi|refere",
    }.items()
}
_VOTE = "vote"
# Voters and ballots, by their first letters: the public vote where the clause tells voting
# ("voters approved the bond", "will go before voters", "the levy ballot is set for"), not
# where it tells what else is done to or for them ("ballots were mailed to voters on").
_VOTERS = re.compile(r"^(?:voter|ballot)")
_VOTING = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|(?:approv|decid)(?:e|es|ed|ing)|(?:reject|elect)(?:s|ed|ing)?|"
    r"backed|cast|(?:go|goes|going|went|gone)\s+(?:to\s+the\s+polls|before)|"
    # The ballot itself, one vote, not its papers ("ballots", "ballot papers").
    r"ballot(?!s|\s+papers?\b))\b",
    re.IGNORECASE,
)

_WHEN_AFTER = re.compile(r",\s+(?:when|with)\s")
# After a decision delivered on the date, a participle that tells what it decided ("handed
# down her judgment on Wednesday, finding the trustee had breached its duties", "issued its
# report on Monday, concluding that"): what was done on the date is the decision, told there.
# Not after any other act ("heard evidence on Wednesday, finding nothing new" tells two).
_DECISION = re.compile(
    r"\b(?:judg(?:e?ment)s?|rulings?|decisions?|verdicts?|reports?|findings|opinions?|"
    r"determinations?)\b",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER = re.compile(
    r",\s+(?!(?:saying|adding|noting|citing|according|including|during|following|pending|"
    r"regarding|concerning|excluding|barring|bring|thing|something|nothing|everything|"
    r"anything|morning|evening)\b)[a-z]{2,}ing\s"
)

# A number as printed: "180", "9.6", "50,270".
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _one_word(root: str) -> str:
    return next((kind for kind, pattern in _ONE_WORD.items() if pattern.match(root)), root)


# Whole words that tell one thing, whose first letters do not ("investigation" is no
# "investment"): an inquiry, however an outlet names it.
_ONE_WHOLE_WORD = {
    "inquir": re.compile(r"^(?:investigations?$|investigating$|inquir|enquir|prob(?:es?|ing)$)")
}


def _one_whole_word(word: str) -> str:
    return next((kind for kind, pattern in _ONE_WHOLE_WORD.items() if pattern.match(word)), word)


def _words_around(text: str, date: Span, part: Span) -> frozenset[str]:
    """The content words of ``part`` but the date's, each by its first letters."""
    around = text[part.start : date.start] + " " + text[date.end : part.end]
    roots = (
        _root(_one_whole_word(word)) for word in content_words(around) if word not in _MONTH_WORDS
    )
    voting = _VOTING.search(around) is not None
    reported = _REPORT_FOUND.search(around) is not None
    return frozenset(
        _VOTE
        if voting and _VOTERS.match(root)
        else root
        if reported and root == "found"
        else _one_word(root)
        for root in roots
        if root not in _NOT_TELLING
    )


# A report's finding ("A report published on 3 March found cracks in the dam"): what it
# concludes, not the day the thing was detected, as "cracks were found on" tells.
_REPORT_FOUND = re.compile(
    r"\b(?:report|inquiry|inquest|study|review|audit|survey|investigation|analysis|probe|"
    r"research|watchdog)s?\b[^.;]*?(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\bfound\b",
    re.IGNORECASE,
)


def _numbers_around(text: str, dates: list[Span], part: Span) -> tuple[str, ...]:
    """The numbers ``part`` prints but in its dates ("backdated to 5 August 2024, …, and runs
    until 4 August 2028" prints none): one record "of 115 degrees" is the one "of 115", not
    the one "of 50,270 megawatts"; one strike led to "around 180" cancellations."""
    pieces, at = [], part.start
    for date in sorted(dates, key=lambda span: span.start):
        if part.start <= date.start and date.end <= part.end:
            pieces.append(text[at : date.start])
            at = date.end
    pieces.append(text[at : part.end])
    found = [number.replace(",", "") for number in _NUMBER.findall(" ".join(pieces))]
    # Spelled ones too ("three friendlies", "a three-match tour"); not "one", as often no count
    # ("one of the city's centres").
    words = fold(" ".join(pieces)).split()
    spelled = (one_spelling(word) for word in words if word.isalpha() and word != "one")
    found += [word for word in spelled if word.isdigit()]
    return tuple(dict.fromkeys(found))


def _alike_numbers(x: str, y: str) -> bool:
    """Whether two numbers are one, the more precise rounded as the other is printed ("2.37
    million" and "nearly 2.4 million", "12,847" and "13,000")."""
    if x == y:
        return True
    places_x = len(x.partition(".")[2]) or -(len(x) - len(x.rstrip("0")))
    places_y = len(y.partition(".")[2]) or -(len(y) - len(y.rstrip("0")))
    if places_x == places_y:
        return False
    rough, fine = (x, y) if places_x < places_y else (y, x)
    return round(float(fine), min(places_x, places_y)) == float(rough)


def _shared_numbers(a: _Dated, b: _Dated) -> int:
    if not a.numbers or not b.numbers:
        return 0
    return min(
        sum(any(_alike_numbers(x, y) for y in b.numbers) for x in a.numbers),
        sum(any(_alike_numbers(x, y) for x in a.numbers) for y in b.numbers),
    )


def _dated(text: str, mention: DateMention, dates: list[Span]) -> _Dated:
    """The date with the words of its clause (of its sentence, when the clause tells fewer than
    three: "…, taking effect from 1 March 2026"), and the end of a span it is, if any."""
    part = mention.clause
    words = _words_around(text, mention.span, part)
    own_words = None
    if len(words) < _FEWEST_WORDS:
        part = _own_happening(text, mention)
        words = _words_around(text, mention.span, part)
    elif part.end == mention.span.end and (
        (after := _WHEN_AFTER.match(text, part.end, mention.sentence.end))
        or (
            _DECISION.search(text, part.start, mention.span.start)
            and (after := _PARTICIPLE_AFTER.match(text, part.end, mention.sentence.end))
        )
    ):
        if _WHEN_AFTER.match(after.group()) is None:
            # What a decision found is told to pair it, not to back it: "ordering the
            # trustee to pay" is no word of "handed down her judgment on Thursday" another
            # sentence's "was ordered on Thursday to pay" corroborates.
            own_words = words
        # A "when" or "with" clause right after the date tells what happens on it ("open
        # from Saturday 10 October, when free tours begin"), as much as the clause it ends.
        breaks = _CLAUSE_BREAK.search(text, after.end(), mention.sentence.end)
        part = Span(start=part.start, end=breaks.start() if breaks else mention.sentence.end)
        words = _words_around(text, mention.span, part)
    before = re.findall(r"[a-z]+", text[max(mention.sentence.start, mention.span.start - 40) :
                                         mention.span.start].lower())  # fmt: skip
    while before and before[-1] in _BOUND_WORDS:
        before.pop()
    # Not after "to", which ends a span's day as often as it names one ("was adjourned to
    # Monday 3 March" is the day it resumes).
    if len(before) >= 2 and before[-1] in _WEEKDAY_WORDS and before[-2] in _ENDS - {"to"}:
        before.pop()
    role = None
    if mention.last_day is not None:
        pass  # a day range is the event's whole span, however it is introduced ("from 18 to 20")
    elif _TAKES_EFFECT.search(text, mention.sentence.start, mention.span.start) is not None or (
        (starting := _STARTING.search(text, part.start, mention.span.start))
        and _TO_COME_WORDS.search(text, part.start, starting.start())
    ):
        role = "start"
        words |= {_EFFECT}
    elif (
        before
        and before[-1] == "since"
        and _CAREER_SINCE.search(text, mention.clause.start, mention.span.start)
    ):
        # "has played in the league since 2021": since the debut, the day it started, one
        # day and no span's start ("made his league debut in April 2022").
        words |= {_DEBUT}
    elif before and before[-1] in _STARTS:
        role = "start"
    elif before and (before[-1] in _ENDS or (before[-1] == "and" and "between" in before[-5:])):
        role = "end"  # "until 30 April", "between July 19 and July 27"
    holder = None
    if (
        role == "end"
        and (deadline := _DEADLINE_BEFORE.search(text, part.start, mention.span.start))
        and _TO_ACT_AFTER.match(text, mention.span.end)
    ):
        words |= {_DEADLINE}
        holder = _content_roots(text[part.start : deadline.start()])
    elif role is None and (deadline := _DEADLINE_IS.search(text, part.start, mention.span.start)):
        # "The deadline for Haldane to lodge an appeal is Nov. 14": the end of the time to act,
        # as "has until 21 November to lodge an appeal" is.
        role = "end"
        words |= {_DEADLINE}
        holder = _content_roots(deadline.group("holder") or "")
    governed = None
    if len(before) >= 2 and before[-1] in ("by", "in", "on"):
        governed = _one_word(_root(before[-2]))
        if before[-2] in _AUXILIARIES or len(before[-2]) < 4:
            governed = None
    governed_object: frozenset[str] = frozenset()
    if governed is not None and (ahead := _AHEAD.search(text, part.start, mention.span.start)):
        # The words after the act's verb, the verb and the governed word aside.
        verb_on = re.sub(
            r"^\s*(?:to\s+)?(?:be\s+)?[\w’'-]+", "", text[ahead.end() : mention.span.start]
        )
        governed_object = _content_roots(verb_on) - {governed, _root(before[-2])}
    numbers = _numbers_around(text, dates, part)
    event = _event_of(text, mention) if mention.month is None and mention.weekday is None else None
    if event is not None:
        words |= {f"@{event[0]}"}  # "fined in 2019" and "after a fine in 2019": one event
    return _Dated(
        mention=mention,
        words=words,
        told=part,
        numbers=numbers,
        role=role,
        event=event,
        act=_act_of(text, mention),
        subject=_subject_of(text, mention),
        happening=_happening_of(text, mention),
        undergone_by=_once_to_whom(text, mention),
        undergone_as=_died_as(text, mention),
        listed=(names := _names_of(text, mention, part))[0],
        named=names[1],
        another_round=_ANOTHER_ROUND.search(text, mention.sentence.start, mention.sentence.end)
        is not None,
        owner=_owner_of(text, mention),
        starter=_starter_of(text, mention),
        qualified=_qualified_of(text, mention),
        weekday_told=_weekday_told(text, mention) if mention.weekday is not None else None,
        started_object=_object_started(text, mention),
        governed_by=governed,
        by_date=bool(before) and before[-1] == "by",
        ahead=_AHEAD.search(text, part.start, mention.span.start) is not None,
        own_words=own_words,
        governed_object=governed_object,
        deadline_holder=holder,
    )


# One of a series, not its first: "a second round of duties", "another round of talks", "a
# further tranche".
_ANOTHER_ROUND = re.compile(
    r"\b(?:second|third|another|further|new|next)\s+(?:round|tranche|phase|wave)\b",
    re.IGNORECASE,
)
_A_NAME = re.compile(r"\b[A-Z][\w’'&-]*")
# Names no list is of: a month or weekday, and a sentence's word capitalised for its place.
_NOT_NAMED = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sept?|Oct|Nov|Dec)\.?$"
)


def _names_of(text: str, mention: DateMention, part: Span) -> tuple[frozenset[str], frozenset[str]]:
    """The names in a list of the date's clause ("from Vietnam, Thailand and Malaysia"), and
    all the names the clause prints, its first word, the date and months aside: two clauses
    of lists with no name in common tell of two things ("Flights to Paris, Rome and Madrid
    resume on May 3", "Flights to Lisbon, Porto and Faro resume on May 10")."""
    listed: set[str] = set()
    for found in _NAME_LIST.finditer(text, part.start, part.end):
        listed |= {
            name.group().casefold()
            for name in _A_NAME.finditer(found.group())
            if not _NOT_NAMED.match(name.group())
        }
    named = {
        name.group().casefold()
        for name in _A_NAME.finditer(text, part.start, part.end)
        if name.start() != mention.sentence.start
        and not mention.span.start <= name.start() < mention.span.end
        and not _NOT_NAMED.match(name.group())
    }
    return frozenset(listed), frozenset(named)


def _apart_by_names(a: _Dated, b: _Dated) -> bool:
    """Whether one clause's list of names and the other's names share none ("modules from
    Vietnam, Thailand and Malaysia", "modules from Cambodia"): they tell of other things."""
    return any(x.listed and y.named and x.listed.isdisjoint(y.named) for x, y in ((a, b), (b, a)))


# A second happening a sentence joins to the date's, its own subject and a year of its own:
# "In 2016, a boy died in Hibbing, and a 2019 leak at a Rochester hotel sickened a dozen
# guests"; not a second predicate of the same subject ("The ban is backdated to 5 August 2024,
# …, and runs until 4 August 2028"), whose thing is the date's.
_SECOND_DATED = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)\s+(?=(?:a|an|the|this|that|his|her|its|their|[A-Z]\w*)"
    r"\s)|;\s*)(?=[^;]*?\b(?:1[89]|20)\d\d\b)"
)


def _own_happening(text: str, mention: DateMention) -> Span:
    """The sentence a date's short clause ("In 2016,") is told by, up to a second happening
    joined to it with a year of its own: each happening of the sentence has its own year."""
    sentence = mention.sentence
    second = _SECOND_DATED.search(text, mention.clause.end, sentence.end)
    return Span(start=sentence.start, end=second.start()) if second else sentence


# Words that come before a clause's verb or are it: an auxiliary, a modal ("The pool was
# shut", "Pike will appear"), a verb's past ("Residents fled", "Boeing shares fell").
_AUXILIARIES = frozenset(
    "is are was were be been being has have had will would shall can could may might must do "
    "does did remain remains remained stay stays stayed".split()
)
_PAST_OF_IRREGULAR = frozenset(
    "shot fell rose hit won lost took made left broke struck began ran went came held led met "
    "shut set put quit cut fled sank sold bought spent drove flew threw gave saw found".split()
)
# The time still to come: "will appear", "is due to appear", "is set to", "plans to".
_TO_COME_WORDS = re.compile(
    r"\b(?:will|shall|would|won['’]t|going\s+to|(?:is|are|was|were)\s+(?:due|set|expected|"
    r"scheduled|slated|poised)\s+to|plans?\s+to|planned\s+to|"
    # "are due before the court on Friday", "is due in court": due to appear.
    r"(?:is|are)\s+due\s+(?:before|in|at|back)\b)\b|['’]ll\b",
    re.IGNORECASE,
)
# A state going on from an earlier day ("will remain closed on Tuesday", "stay shut",
# "continued to fall", "still closed"): that day's clause tells another day's happening.
_GOING_ON = re.compile(
    r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still|continu(?:e|es|ed|ing)|kept|keeps?|"
    r"extend(?:s|ed|ing)?|again)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'-]+")


def _weekday_told(text: str, mention: DateMention) -> _WeekdayTold:
    """How a weekday's clause tells its happening: who or what it is done by or to (the
    words before its verb: "The hotel's pool was shut", "Residents of Paradise were ordered
    to evacuate"), whether it is still to come, and whether it goes on from an earlier day."""
    start, end = mention.clause.start, mention.span.start
    before = text[start:end]
    tokens = list(_WORD.finditer(before))
    verb_at = next(
        (
            token.start()
            for at, token in enumerate(tokens)
            if at > 0
            and token.group().islower()
            and (
                token.group() in _AUXILIARIES
                or token.group() in _PAST_OF_IRREGULAR
                or (len(token.group()) > 4 and token.group().endswith("ed"))
                or _TO_COME_WORDS.fullmatch(token.group()) is not None
            )
        ),
        len(before),
    )
    return _WeekdayTold(
        doer=_content_roots(before[:verb_at]),
        before=_content_roots(before),
        to_come=_TO_COME_WORDS.search(before) is not None,
        going_on=_GOING_ON.search(text, start, mention.clause.end) is not None,
        publisher=_publisher_of(text, mention),
    )


# Who published a document, after its day ("published on Tuesday by the Resolution
# Foundation") or as the name before it ("an IFS report published on Monday").
_BY_AFTER = re.compile(r"\s+by\s+([^,.;:()—–]+)")
_NAME_BEFORE = re.compile(r"(?<=\s)((?:[A-Z][\w&-]*(?:['’]s)?\s+)+?)(?:[a-z]+\s+)?$")


def _publisher_of(text: str, mention: DateMention) -> frozenset[str]:
    start = max(mention.sentence.start, mention.span.start - 40)
    published = _PUBLISHED_BEFORE.search(text, start, mention.span.start)
    if published is None:
        return frozenset()
    if by := _BY_AFTER.match(text, mention.span.end, mention.sentence.end):
        return _content_roots(by.group(1))
    name = _NAME_BEFORE.search(text, mention.sentence.start, published.start())
    return _content_roots(name.group(1)) if name is not None else frozenset()


def _content_roots(part: str) -> frozenset[str]:
    roots = (_root(word) for word in content_words(part) if word not in _MONTH_WORDS)
    return frozenset(root for root in roots if root not in _NOT_TELLING)


def _weekdays_comparable(a: _Dated, b: _Dated) -> bool:
    """Whether two weekdays' clauses, alike enough in words, tell one happening: done by or
    to one thing (the words before one's verb all told in the other's clause: "The tower was
    ordered shut" and "County inspectors ordered the tower shut"; not "The hotel's cooling
    tower was shut" and "The hotel's pool was shut", nor "Residents of Paradise" and
    "Residents of Magalia"), both past or both to come ("appeared on Monday", "will appear on
    Thursday"), neither a state going on from an earlier day ("will remain closed on
    Tuesday"), and with no figure apart ("shot a 65 on Saturday", "shot a 67 on Sunday": two
    rounds)."""
    x, y = a.weekday_told, b.weekday_told
    if x is None or y is None:
        return False
    if x.doer and y.doer and not (x.doer <= y.before or y.doer <= x.before):
        return False
    if x.to_come != y.to_come or x.going_on or y.going_on:
        return False
    if x.publisher and y.publisher and x.publisher.isdisjoint(y.publisher):
        return False  # "a report published on Tuesday by A", "one published on Monday by B"
    return not (a.numbers and b.numbers and _shared_numbers(a, b) == 0)


# A start, however worded ("began", "opened", "will start"), and the words between it and the
# thing that starts ("the trial that began", "Mexico will begin", "the museum has officially
# opened").
_START_VERB = re.compile(
    r"\b(?:open|opened|opens|start|started|starts|began|begin|begins|begun|commenced?|launch|"
    r"launched|launches)\b",
    re.IGNORECASE,
)
# An inquest "is expected to be opened", a plant "is scheduled to open": what starts is the
# thing before the expectation.
_BEFORE_START = frozenset(
    "that which who will would shall has have had was were is are be been to due set first "
    "officially formally finally also then expected likely scheduled planned slated poised "
    "going about".split()
)


_RELATIVE = frozenset("that which who".split())
_QUALIFYING = frozenset("at of in on for from with by near inside outside into about over".split())
# Words between a start verb and its object ("began a search", "will begin imposing tariffs").
_OBJECT_LEAD = frozenset("a an the its their his her our work".split())


def _after_start(text: str, mention: DateMention) -> str | None:
    """The word after the clause's last start verb, its leads ("a", "its") aside, when it
    is neither a preposition nor a verb's."""
    starts = list(_START_VERB.finditer(text, mention.clause.start, mention.span.start))
    if not starts:
        return None
    after = [
        word
        for word in _TOKEN.findall(text[starts[-1].end() : mention.span.start].casefold())
        if word not in _OBJECT_LEAD and not word.endswith("ing")
    ]
    if after and after[0] not in _QUALIFYING and after[0] not in _BEFORE_START:
        return re.sub(r"['’]s$", "", after[0])
    return None


def _gerund_started(text: str, mention: DateMention) -> str | None:
    """For a start verb right before a gerund ("began investigating the supplier"), the act
    started when it is one an outlet may name as a noun ("launched its inquiry"), else "";
    None when no gerund follows."""
    starts = list(_START_VERB.finditer(text, mention.clause.start, mention.span.start))
    gerund = (
        re.match(r"\s+(\w+ing)\b", text[starts[-1].end() : mention.span.start]) if starts else None
    )
    if gerund is None:
        return None
    kind = _one_whole_word(gerund.group(1).casefold())
    return kind if kind in _ONE_WHOLE_WORD else ""


def _object_started(text: str, mention: DateMention) -> str | None:
    """What the clause says someone starts on the date, the object of its last start verb
    ("Tesla began construction of the plant", "Police began a search for the boy", "The
    regulator opened its investigation"), by its first letters; None when the thing starts by
    itself ("The museum opened on", "The case began when officials raided")."""
    gerund = _gerund_started(text, mention)
    if gerund is not None:
        return gerund or None
    word = _after_start(text, mention)
    if word is None or not content_words(word):
        return None
    return _one_whole_word(word)[:_ROOT]


def _starter_of(text: str, mention: DateMention) -> str | None:
    """What the clause says starts on the date, by its first letters: the word right before
    its last start verb ("a seven-day trial that began on": trial). "The museum opened on" and
    "Renovation work at the museum began on" tell two starts however alike else."""
    starts = list(_START_VERB.finditer(text, mention.clause.start, mention.span.start))
    if not starts:
        return None
    # "Tesla began construction of the plant", "Police began a search for the boy": what
    # starts is the object, not who starts it; "began investigating" an inquiry.
    if gerund := _gerund_started(text, mention):
        return gerund
    if (started := _after_start(text, mention)) is not None:
        return started[:_ROOT]
    before = _TOKEN.findall(text[mention.clause.start : starts[-1].start()].casefold())
    relative = [at for at, word in enumerate(before) if word in _RELATIVE]
    if relative:
        before = before[: relative[-1]]  # "a seven-day trial that began": the trial
    else:
        # The head of the subject, before what qualifies it: "Renovation work at the museum
        # began" tells work starting, not the museum.
        qualified = [at for at, word in enumerate(before) if word in _QUALIFYING]
        before = before[: qualified[0]] if qualified else before
    while before and before[-1] in _BEFORE_START:
        before.pop()
    if not before:
        return None
    return re.sub(r"['’]s$", "", before[-1])[:_ROOT]


def _qualified_of(text: str, mention: DateMention) -> frozenset[str]:
    """The words after the first qualifying word of the clause before the date, by their first
    letters ("Renovation work at the museum began on": museum, began)."""
    words = _TOKEN.findall(text[mention.clause.start : mention.span.start].casefold())
    at = next((at for at, word in enumerate(words) if word in _QUALIFYING), len(words))
    return frozenset(re.sub(r"['’]s$", "", word)[:_ROOT] for word in words[at + 1 :])


# A name owning the thing a clause opens with: "Denmark's ban", "The Tate's new wing".
_OWNER = re.compile(r"\W*(?:The\s+)?([A-Z][\w-]+)['’]s?\s")
# Not one whose say it tells: "Smith's lawyer said the trial starts on", "Reuters' report said
# the plant closed on" tell the date of whatever the other side's clause may date too.
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|according|announced|reported|claimed|argued|added)\b"
)


def _owner_of(text: str, mention: DateMention) -> str | None:
    found = _OWNER.match(text, mention.clause.start, mention.span.start)
    if found is None or _SAYING.search(text, found.end(), mention.span.start) is not None:
        return None
    return found.group(1).casefold()


def _subject_of(text: str, mention: DateMention) -> str | None:
    """The first content word of the date's own clause before it, by its first letters."""
    words = content_words(text[mention.clause.start : mention.span.start])
    roots = (_one_word(_root(word)) for word in words if word not in _MONTH_WORDS)
    return next((root for root in roots if root not in _NOT_TELLING), None)


# A thing and the act done to it on the date, right before it: "the containers were
# intercepted on Nov. 27", "five refrigerated containers seized on 25 November".
_ACT_BEFORE = re.compile(
    r"\b(?P<thing>[a-z]{4,})\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?P<act>[a-z]{3,}ed)\s+on\s+$"
)


def _act_of(text: str, mention: DateMention) -> tuple[str, ...] | None:
    """The thing and the act done to it on the date, each by its first letters: two clauses
    that tell one act done to one thing on a day date one event, however else they are worded
    (what ship it came on, who found what in it). The first of a series is one event too ("the
    first case was confirmed on", "the outbreak began with a case confirmed on"); a thing that
    resumes ("will reconvene on") is the story's own, whoever the clause says resumes it."""
    found = _ACT_BEFORE.search(text, max(mention.clause.start, mention.span.start - 60),
                               mention.span.start)  # fmt: skip
    if found is None:
        resumed = _RESUMES_BEFORE.search(
            text, max(mention.clause.start, mention.span.start - 60), mention.span.start
        )
        if resumed is None:
            return None
        return (_RESUMED, *_resumers(text[mention.clause.start : resumed.start()]))
    if found.group("thing") in _NOT_A_THING:
        return None
    act = found.group("thing")[:_ROOT], _one_word(_root(found.group("act")))
    several = {
        word.casefold() for word in _ONE_OF_SEVERAL.findall(text, mention.clause.start, found.end())
    }
    if several - {"first"}:
        return None
    if several or _BEGAN_WITH.search(text, mention.clause.start, found.start()) is not None:
        return (*act, "first")
    return act


# A thing told as one of several done on different days: "a third suspect was arrested on",
# "more bodies were recovered on", "the first bodies were recovered on" tell one arrest or
# recovery of a series, not the one another article dates ("two suspects were arrested on").
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|another|further|additional|latest|"
    r"more(?!\s+than\b))\b",
    re.IGNORECASE,
)
# What a series began with is its first: "the outbreak began with a case confirmed on".
_BEGAN_WITH = re.compile(r"\b(?:began|begun|begins|started|starts)\s+with\b", re.IGNORECASE)
# A thing that will resume on a day: talks, a session, a trial "will reconvene on March 9",
# "resume on", "meet again on". Still to come, not done ("resumed on", the last time).
_RESUMES_BEFORE = re.compile(
    r"\b(?:(?:will|would|shall|to)\s+)?(?:reconvenes?|resumes?|meets?\s+again)\s+"
    r"(?:again\s+)?(?:on|from)\s+$",
    re.IGNORECASE,
)
_RESUMED = "@resumes"
# Who resume a thing, not what: "delegates", "the council's 36 members", "they" meet for
# whatever body or talks the story's other clause names.
_PEOPLE = re.compile(r"(?:ers|ors|ists|ians|ates|ives|ents|ants|als|sides|parties|mps)$")
_PRONOUNS = frozenset("they it we he she".split())
_NOT_NAMING = frozenset("the a an both all its their his her our this these those".split())
_MODALS = frozenset("will would shall to also then".split())


def _resumers(before: str) -> tuple[str, ...]:
    """What a clause says will resume, by the first letters of its first word and of the word
    right before the verb ("The city council will meet again": city, council; "Talks between
    the union and the rail operator will resume": talks, operator); none when people resume
    it ("Delegates said they would reconvene", "The council's 36 members will reconvene"),
    as those may be any body's."""
    words = [
        re.sub(r"['’]s$", "", word)
        for word in _TOKEN.findall(before.casefold())
        if word not in _NOT_NAMING
    ]
    while words and words[-1] in _MODALS:
        words.pop()
    if words and words[-1] in _PRONOUNS:
        words.pop()
    named = words[:1] + words[-1:]
    if not named or any(_PEOPLE.search(word) for word in named):
        return ()
    return tuple(sorted({word[:_ROOT] for word in named}))


def _one_act(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> bool:
    """Whether two clauses tell one act (see `_act_of`): two resumings are one unless each
    names what resumes and they name none alike (a city council's and a school board's
    meetings)."""
    if a is None or b is None:
        return False
    if a[:1] == b[:1] == (_RESUMED,):
        return len(a) == 1 or len(b) == 1 or not set(a[1:]).isdisjoint(b[1:])
    return a == b


# Words before an act that name no thing done to: "who were arrested on", "it was closed on".
_NOT_A_THING = frozenset("that which who whom they them this these those there then also".split())


# What happens in a year a clause tells, nearest before the year: the milestones of a thing's
# or a person's life, one kind however worded ("fined", "a fine"), each apart from the others
# ("born in 1951" is no "died … in 2025", "charged in 2021" no "convicted in 2023").
_EVENTS = {
    kind: re.compile(rf"^(?:{pattern})$")
    for kind, pattern in {
        "born": r"born|birth",
        "died": r"died|dies|death",
        "re-elected": r"re-?elected|re-?election",
        "elected": r"elected|election",
        "approved": r"approved?|passed|adopted|enacted|authori[sz]ed|sanctioned|licensed",
        "in force": r"force|effect|effective",
        "proposed": r"proposed?|tabled|introduced",
        "filed": r"filed|lodged|sued",
        "ruled": r"ruled|ruling|verdict|judgment|judgement",
        "charged": r"charged|indicted",
        "convicted": r"convicted|guilty",
        "sentenced": r"sentenced|jailed|imprisoned",
        "arrested": r"arrested|arrest|detained",
        "extradited": r"extradited|extradition",
        # A player who "arrived" at a club from another joined it (not one who "arrived in"
        # a city or a country: see `_event_of`).
        "joined": r"joined|hired|recruited|arrived",
        "appointed": r"became|appointed|named|promoted|succeeded",
        "resigned": r"resigned|quit|departed",
        "fined": r"fined|fines?|penali[sz]ed",
        # A rate or a charge changed is no start of it ("introduced in 2019", "doubled in 2023").
        "changed": r"raised|increased|doubled|tripled|halved|hiked|lowered|reduced|cut|extended",
        "hosted": r"host|hosts|hosted|hosting|staged",
        "built": r"built|build|constructed",
        "opened": r"open|opened|opens|opening|launched?|inaugurated|started|began|begins?",
        "completed": r"completed?|finished",
        "closed": r"close|closed|closes|closing|closure|shut|shuts|decommissioned|retired?",
        "founded": r"founded|established|formed|created",
        "sold": r"sold|sells?|bought|buys?|purchased|acquired|paid",
        "listed": r"listed|floated",
    }.items()
}
# A record's scope: "the deadliest in Turkey since 1999" is that record's year, not the year
# of "the strongest … since 1939". The superlative itself is the event.
_SUPERLATIVE = re.compile(r"^(?:\w+iest|\w{3,}est|most|least|worst|best)$")
_NOT_SUPERLATIVE = frozenset(
    "interest protest request suggest forest honest modest harvest contest arrest invest "
    "digest manifest conquest inquest guest quest chest west rest test".split()
)
_STILL_TO_COME = frozenset("will would shall 'll".split())
# A "to" before the milestone tells one still to come only after these ("is due to open",
# "plans to close"): "the first woman to be elected", "went on to be elected" are past.
_TO_AFTER = frozenset(
    "is are due set plans plan planned aims aim expects expected hopes going scheduled "
    "slated poised intends intend wants seeks about".split()
)
# Words that make the milestone after them one still to come with no "to" between: "is set
# for opening in 2026", "plans an opening in 2026", "plans closure of the plant in 2026".
_PLANNED_BEFORE = frozenset(
    "set plans plan planned due aims scheduled slated expected expects intends".split()
)
_OBJECT_SKIP = frozenset("the a an its their his her of in on at for to by and it them".split())
_TOKEN = re.compile(r"[a-z’'-]+")


def _event_of(text: str, mention: DateMention) -> tuple[str, bool, frozenset[str]] | None:
    """What the year's clause says happened in it: the nearest milestone before the year (or
    the record, for "since 1999" after a superlative), whether it is still to come ("will
    host", "due to open"), and the words between it and the year ("hosted the Olympics")."""
    before = _TOKEN.findall(text[mention.clause.start : mention.span.start].casefold())
    for at in range(len(before) - 1, max(-1, len(before) - 9), -1):
        word = before[at]
        kind = next((k for k, pattern in _EVENTS.items() if pattern.match(word)), None)
        if kind == "joined" and word == "arrived" and before[at + 1 : at + 2] == ["in"]:
            continue  # "arrived in Britain from Vietnam": a move to a place, no club joined
        if (
            kind is None
            and _SUPERLATIVE.match(word)
            and (word not in _NOT_SUPERLATIVE or word == "biggest")
        ):
            kind = f"record {word}"
        if kind is None:
            continue
        to_come = not _STILL_TO_COME.isdisjoint(before[max(0, at - 3) : at]) or _to_come(
            before[max(0, at - 4) : at]
        )
        done_to = frozenset(w for w in before[at + 1 :] if w not in _OBJECT_SKIP and len(w) > 2)
        return kind, to_come, done_to
    return None


def _same_weekday(a: DateMention, b: DateMention) -> bool:
    """Whether two weekdays may be one day: the same, or a night told as either day's ("late
    Thursday", "early Friday")."""
    if a.weekday is None or b.weekday is None:
        return False
    if a.weekday == b.weekday:
        return True
    late, early = (a, b) if (a.weekday + 1) % 7 == b.weekday else (b, a)
    return (late.weekday + 1) % 7 == early.weekday and (
        late.part_of_day == "late" or early.part_of_day == "early"
    )


def _agree(a: DateMention, b: DateMention) -> bool:
    """Whether two dates may be one: every part both print is alike (a month alone and a day
    of it are told at different precision, not apart)."""
    if a.weekday is not None or b.weekday is not None:
        return _same_weekday(a, b)
    if a.month is None or b.month is None:
        # A year alone against a date: alike when the years are ("in 2029", "in March 2029").
        return a.year == b.year
    if a.month != b.month or (a.year is not None and b.year is not None and a.year != b.year):
        return False
    if a.day is None or b.day is None:
        return True
    # A day range agrees with the same range, or with a day inside it ("18 to 20 June", "on
    # 19 June"); "18 to 20 June" is not "18 to 21 June".
    if a.last_day is not None and b.last_day is not None:
        return (a.day, a.last_day) == (b.day, b.last_day)
    first, last = (a.day, a.last_day or a.day) if a.last_day else (b.day, b.last_day or b.day)
    return first <= (b.day if a.last_day else a.day) <= last


# The milestones of a thing's life, each a kind of event (the first letters of the words
# that tell it, as `_words_around` keeps them): a campus "approved in 2022" is not one
# "opened in 2023", nor a bridge "built in 1974" one "opened in 1976". Words of one kind tell
# one event ("shut" and "close", "opened" and "launched").
_MILESTONES = {
    kind: re.compile(rf"^(?:{pattern})")
    for kind, pattern in {
        "approved": "approv|author|sancti|greenl|licens|consen",
        "proposed": "propos",
        "built": "built|build|constr|erecte",
        # A thing "introduced" (a tax, a scheme) starts then.
        "opened": "open$|opened|opens$|openin|launch|inaugu|start|began|begin|begun|commenc|introd",
        # A rate or a charge raised, cut or extended: a change, not its start.
        "changed": "rais|increa|doubl|tripl|halv|hike|lower$|reduc|cut$|cuts$|extend",
        "completed": "comple|finish|finali",
        "closed": "close$|closed|closes|closin|closur|shut|decomm|retire",
        "founded": "founde|establ",
        "sold": "sold|sell|bought|buy|purcha|acquir",
    }.items()
}


@lru_cache(maxsize=1 << 12)
def _milestones(words: frozenset[str]) -> frozenset[str]:
    # Kept: each date's words are weighed against every other date's that shares a word.
    return frozenset(
        kind for kind, pattern in _MILESTONES.items() if any(map(pattern.match, words))
    )


def _comparable(a: _Dated, b: _Dated) -> bool:
    """Whether two dates may date one event: no two milestones apart ("approved in 2022",
    "opened a campus in Ohio in 2023"), and both printing the part that tells them apart (a
    year alone and "May 1" share none)."""
    if a.owner is not None and b.owner is not None and a.owner != b.owner:
        return False  # "Denmark's ban … came into force", "Sweden's ban … comes into force"
    if (
        a.starter is not None
        and b.starter is not None
        and a.starter != b.starter
        and (a.starter in b.qualified or b.starter in a.qualified)
    ):
        # "The museum opened on", "work at the museum began on": the one's thing qualifies
        # what starts in the other; not "Work began on", "Construction … began on".
        return False
    if (
        a.started_object is not None
        and b.started_object is not None
        and a.started_object != b.started_object
    ):
        return False  # "opened its investigation", "opened its consultation": two starts
    if a.deadline_holder and b.deadline_holder and a.deadline_holder.isdisjoint(b.deadline_holder):
        return False  # "Haldane has until", "British Rowing has until": two deadlines
    if _apart_by_names(a, b):
        return False
    if a.another_round != b.another_round:
        return False  # "A second round of duties … starting Dec. 2", "Duties … starting Nov. 13"
    x, y = a.mention, b.mention
    if x.weekday is not None or y.weekday is not None:
        # A weekday dates one of the few days a story spans, each with its happening:
        # "Police arrested the man on Friday" and "Police charged the man on Saturday" are
        # two, however alike else.
        if x.weekday is None or y.weekday is None:
            return False
        if a.happening is not None and b.happening is not None and a.happening != b.happening:
            return False
        if _is_death(a) != _is_death(b):
            return False  # "died Friday of injuries suffered Thursday", "was injured Wednesday"
        if _is_death(a) and (
            a.undergone_by != b.undergone_by
            or not _same_person(a, b)
            or a.among_deaths
            or b.among_deaths
        ):
            # Two people: "Kerr died", "Kerr's wife died"; "John Reid, 52,", "Callum Reid, 17,";
            # "the man" of a story of two deaths, a bystander and the gunman.
            return False
        if not _weekdays_comparable(a, b):
            return False
    kinds_a, kinds_b = _milestones(a.words), _milestones(b.words)
    if kinds_a and kinds_b and kinds_a.isdisjoint(kinds_b):
        return False
    if a.event is not None and b.event is not None and not _one_event(a.event, b.event):
        return False
    if x.weekday is not None:
        return True
    return not ((x.month is None and y.year is None) or (y.month is None and x.year is None))


def _to_come(words: list[str]) -> bool:
    """Whether the words before a milestone make it one still to come by a "to" ("due to
    open", "plans to be closed"), not an infinitive of the past ("the first woman to be")."""
    if "to" not in words:
        return not _PLANNED_BEFORE.isdisjoint(words[-3:])
    at = len(words) - 1 - words[::-1].index("to")
    return at > 0 and words[at - 1] in _TO_AFTER


def _one_event(a: tuple[str, bool, frozenset[str]], b: tuple[str, bool, frozenset[str]]) -> bool:
    """Whether two years' clauses may tell one event: one milestone, both past or both to
    come ("hosted the Olympics in 2012", "will host the Olympics in 2036" are two), done to
    the same thing where both name it ("hosted the Olympics", "hosted the Commonwealth
    Games")."""
    (kind_a, to_come_a, done_a), (kind_b, to_come_b, done_b) = a, b
    if kind_a != kind_b or to_come_a != to_come_b:
        return False
    return not (done_a and done_b and done_a.isdisjoint(done_b))


def _months_apart(a: DateMention, b: DateMention) -> int:
    years = 0 if a.year is None or b.year is None else a.year - b.year
    if a.month is None or b.month is None:
        return abs(years * 12)
    return abs(years * 12 + a.month - b.month)


def _dates(ctx: CheckContext, extraction: Extraction) -> list[_Dated]:
    article = ctx.article(extraction.article_id)
    sentences = extraction.sentences or body_sentences(article)
    mentions = found = find_dates(article.text, sentences)
    beside: list[DateMention] = []
    if any(mention.month is None for mention in mentions):
        mentions, beside = _event_years(article.text, mentions, extraction)
        mentions = sorted(mentions + beside, key=lambda mention: mention.span.start)
    dates = [mention.span for mention in found]
    dated = [_dated(article.text, mention, dates) for mention in mentions]
    dated = _with_spans(article.text, _undergone_by_whom(article, dated))
    if not beside:
        return dated
    # A year beside a figure is kept only as an end of a span of years, the other end
    # printed ("between 2016 and 2021"): the time over which a thing was done, which no
    # figure's period holds.
    return [
        replace(d, beside_figure=True) if d.mention in beside else d
        for d in dated
        if d.mention not in beside or any(_SPAN_DAY.match(word) for word in d.words)
    ]


def _weekdays(ctx: CheckContext, extraction: Extraction) -> list[_Dated]:
    article = ctx.article(extraction.article_id)
    sentences = extraction.sentences or body_sentences(article)
    mentions = find_weekdays(article.text, sentences)
    dates = [mention.span for mention in mentions]
    dated = [_dated(article.text, m, dates) for m in mentions]
    return _with_spans(article.text, _undergone_by_whom(article, dated))


def _article_day(ctx: CheckContext, article_id: str) -> tuple[int | None, int, int] | None:
    """The day an article is dated (its dateline's, else its metadata's), as (year, month,
    day), the year None when it prints none; None without a day."""
    article = ctx.article(article_id)
    for printed in (article.dateline.date if article.dateline else None, article.meta.date):
        if not printed:
            continue
        if iso := re.fullmatch(r"\s*(\d{4})-(\d\d)-(\d\d)", printed):
            return int(iso[1]), int(iso[2]), int(iso[3])
        whole = Span(start=0, end=len(printed))
        found = [m for m in find_dates(printed, [whole]) if m.day is not None and m.month]
        if found:
            return found[0].year, found[0].month or 0, found[0].day or 0
    return None


def _one_news_day(ctx: CheckContext, first: str, second: str) -> bool:
    """Whether two articles' weekdays may name one week's days: articles dated the same day,
    or not both dated. A day apart, each may tell its own day of a running story ("shares
    fell 5% on Monday", "fell 3% on Tuesday"; "closed on Monday", "remain closed on
    Tuesday"), and further apart another week's Thursday."""
    a, b = _article_day(ctx, first), _article_day(ctx, second)
    if a is None or b is None:
        return True
    # A date without its year is taken in the other's year.
    return (a[0] is None or b[0] is None or a[0] == b[0]) and a[1:] == b[1:]


# A level that changed over a span ("rose", "fell by", "doubled"): the span is the change's.
_CHANGED = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|climb(?:s|ed|ing)?|"
    r"(?:increas|decreas|declin|doubl|tripl|halv|jump|drop|slump|surg|soar|plung|tumbl|shrunk|"
    r"shrank|shrink)\w*)\b",
    re.IGNORECASE,
)


def _event_years(
    text: str, mentions: list[DateMention], extraction: Extraction
) -> tuple[list[DateMention], list[DateMention]]:
    """The mentions without the years alone that are a figure's period ("sales rose 4% in
    2023": the figure rules weigh it with the figure) or a figure themselves ("built in
    1974"); and apart, those of them in a clause whose figures have no period, which may be
    a span's ends (see `_dates`)."""
    figures = sorted((figure.span.start, figure.span.end) for figure in extraction.figures)
    starts = [start for start, _ in figures]
    # A figure with a period, or a share or change over the span ("Emissions fell 12% between
    # 2015 and 2021"), is measured over it: the figure's period.
    periods = sorted(
        figure.span.start
        for figure in extraction.figures
        if figure.period is not None or figure.kind == FigureKind.PERCENT
    )

    def holds_a_period(part: Span) -> bool:
        at = bisect_left(periods, part.start)
        return at < len(periods) and periods[at] < part.end

    def holds_a_figure(part: Span) -> bool:
        at = bisect_left(starts, part.start)
        return at < len(starts) and figures[at][0] < part.end

    def in_a_figure(span: Span) -> bool:
        at = bisect_right(starts, span.start)
        return at > 0 and figures[at - 1][1] > span.start

    def dates_the_figure(mention: DateMention) -> bool:
        # The span dates the figure's own act only after it in one run of words ("cut 3,000
        # jobs between 2018 and 2021"); a role's term told in an apposition, a relative clause
        # or a second predicate ("Under Cole, chief executive from 2015 to 2021, the bank cut
        # 3,000 jobs"; "for Rovers, whom he served from 1974 to 1986") is someone else's.
        at = bisect_right(starts, mention.span.start)
        if at == 0 or figures[at - 1][1] <= mention.sentence.start:
            return False
        between = _SPAN_FIRST_END.sub("", text[figures[at - 1][1] : mention.span.start])
        return _NOT_ONE_RUN.search(between) is None

    kept, beside = [], []
    for mention in mentions:
        # What led to the year's happening, or followed it, is another happening, its figures
        # none of the year's: "champions for the first time since 1996 after goalkeeper Strand
        # saved two penalties".
        own = mention.clause
        if after := _LED_TO_AFTER.search(text, mention.span.end, own.end):
            own = Span(start=own.start, end=after.start())
        if mention.month is not None or not (in_a_figure(mention.span) or holds_a_figure(own)):
            kept.append(mention)
        elif not (
            in_a_figure(mention.span)
            or holds_a_period(mention.clause)
            or _CHANGED.search(text, mention.clause.start, mention.clause.end)
            or not dates_the_figure(mention)
        ):
            beside.append(mention)
    return kept, beside


# A subordinate clause right after a year: what led to its happening, or followed it.
_LED_TO_AFTER = re.compile(r"\s+(?:after|before|when|while|because|following|amid)\s")
# A span's first end and its join, before its second end: "2016 and ", "2014 to ".
_SPAN_FIRST_END = re.compile(r"\d{4}\s*(?:and|to|until|till|through|-|–)\s*$", re.IGNORECASE)
# What parts a figure from a year after it into another clause: a comma or dash, a relative
# word, a second predicate's "and".
_NOT_ONE_RUN = re.compile(
    r"[,;:()—–]|\b(?:and|but|who|whom|whose|which|that|where|when|while|as)\b", re.IGNORECASE
)


# What joins the two ends of a span: "between August 2025 and March 2026", "from 1 May to 30
# June", "March–June 2026" aside (no date to its first end).
_SPAN_JOIN = re.compile(r"\s*(?:and|to|until|till|through)\s*", re.IGNORECASE)
# The other end of a span among a date's words (see `_day_word`).
_SPAN_DAY = re.compile(r"@\d")


def _day_word(mention: DateMention) -> str:
    """A date as one word, as precise as it is printed."""
    return f"@{mention.year}-{mention.month}-{mention.day}"


def _with_spans(text: str, dated: list[_Dated]) -> list[_Dated]:
    """Each end of a span with the other end among its words: a span's end is told by where it
    starts as much as by its clause ("The closures will take place between August 2025 and
    March 2026" and "The closures will be phased in between August 2025 and March 2027" share
    one word, and their start)."""
    found = list(dated)
    for i, (start, end) in enumerate(pairwise(dated)):
        if (
            start.role == "start"
            and end.role == "end"
            and start.mention.sentence == end.mention.sentence
            and _SPAN_JOIN.fullmatch(text, start.mention.span.end, end.mention.span.start)
        ):
            found[i] = replace(found[i], words=found[i].words | {_day_word(end.mention)})
            found[i + 1] = replace(end, words=end.words | {_day_word(start.mention)})
    return found


def _sharing(ours: list[_Dated], theirs: list[_Dated]) -> dict[tuple[int, int], int]:
    """For each two dates whose clauses share a word, how many they share: found through the
    words, not by trying every two dates (a live blog prints thousands)."""
    holding: dict[str, list[int]] = {}
    for j, dated in enumerate(theirs):
        for word in dated.words:
            holding.setdefault(word, []).append(j)
    shared: dict[tuple[int, int], int] = {}
    for i, dated in enumerate(ours):
        for word in dated.words:
            for j in holding.get(word, ()):
                shared[i, j] = shared.get((i, j), 0) + 1
    return shared


def _one_span(a: _Dated, b: _Dated, params: DateMismatchParams) -> bool:
    """Whether two starts (or two ends) of spans are one span's, its other end printed alike
    by both (see `_with_spans`) and its clauses sharing words: "back pay … covering the period
    from January 2021 to June 2024" and "unpaid wages and holiday pay for work carried out
    between January 2022 and June 2024" tell one period, however else they are worded."""
    shared = a.words & b.words
    told = [word for word in shared if not word.startswith("@")]
    return any(word.startswith("@") for word in shared) and len(told) >= params.min_shared


# Content words that, shared by two clauses dating days a few apart in one month of one year
# ("tore open a net pen at its Kvinnherad site on Aug. 21, 2023", "an escape from its site in
# Kvinnherad on 12 August 2023"), make them date one event: two outlets' different days of one
# month are one happening misdated far more often than two happenings each outlet tells alone.
_MANY_IN_ONE_MONTH = 5


# What happens on a day, each kind however worded, for clauses that share many words and
# may yet tell two happenings at one place (fish escaping from a farm, inspectors examining it
# a week later): a pen or tank torn open and what escapes or spills from it are one breach.
_HAPPENINGS = {
    kind: re.compile(rf"^(?:{pattern})")
    for kind, pattern in {
        "breach": r"escap|spill|leak|tore$|torn$|ripped|burst|ruptur",
        "inspect": r"inspec|examin|visit|audit",
        "spot": r"spott|spots?$|discov|detect|notic|found$",
        "close": r"clos|shut",
        "open": r"open|launch|inaugur",
        "arrest": r"arrest|detain",
        "court": r"appear|hearin|heard$|trial|senten|convic|charge|ruled$|ruling|verdic",
        "file": r"filed$|lodge|sued$|lawsui",
        "vote": r"vote|voted|voting|approv|adopt|refere|electi|ballot",
        "meet": r"meet|met$|talks$|summit",
    }.items()
}


def _happening_of(text: str, mention: DateMention) -> str | None:
    """The kind of the happening its clause tells nearest before the date ("a storm tore open
    a net pen on": a breach; "Inspectors found broken moorings when they examined the farm
    on": an inspection)."""
    words = _TOKEN.findall(text[mention.clause.start : mention.span.start].casefold())
    kinds = [
        next((kind for kind, pattern in _HAPPENINGS.items() if pattern.match(word)), None)
        for word in words
    ]
    for at in range(len(kinds) - 1, -1, -1):
        if kinds[at] is not None:
            # "tore open", "burst open": a breach, not an opening.
            if kinds[at] == "open" and at > 0 and kinds[at - 1] == "breach":
                return "breach"
            return kinds[at]
    return None


# Happenings one lives through once, their day as plain a fact of a story as its amounts: an
# arrest (not a hearing, a meeting or a vote, held again and again).
_ONCE = frozenset({"arrest"})
# The clause's subject, one person, and the happening done to it: "He was arrested at Sydney
# Airport on", "Okafor was detained on".
_UNDERGONE = re.compile(
    r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:was|had\s+been|has\s+been)\s+"
    r"(?:(?:first|later|eventually|finally|then)\s+)?(?P<verb>[a-z]+)\b"
)
# Openings that name no one: "The suspect was arrested", "Nobody was detained".
_NOT_WHO = frozenset("the a an this that one another nobody no someone it there".split())
_AGAIN = re.compile(r"\b(?:again|re-?arrested|re-?detained)\b", re.IGNORECASE)


def _once_to_whom(text: str, mention: DateMention) -> str | None:
    """Whom the clause says a happening of `_ONCE` befell on the date, folded ("he", "levene"):
    two clauses telling one person's arrest date one arrest however few words else they share
    ("He was arrested at Sydney Airport on … as he prepared to board", "He was arrested on …,
    and released on bail"). None for a series ("a second suspect", "arrested again"). A death
    too, see `_died_by_whom`."""
    if (died := _died_by_whom(text, mention)) is not None:
        return died
    found = _UNDERGONE.match(text, mention.clause.start, mention.span.start)
    if found is None or found.group("who").split()[0].casefold() in _NOT_WHO:
        return None
    kind = next(
        (k for k, pattern in _HAPPENINGS.items() if pattern.match(found.group("verb"))), None
    )
    if kind not in _ONCE or kind != _happening_of(text, mention):
        return None
    if _ONE_OF_SEVERAL.search(text, mention.clause.start, mention.span.start) or _AGAIN.search(
        text, mention.clause.start, mention.clause.end
    ):
        return None
    return f"{kind}:{found.group('who').casefold()}"


_DEATH = "death"
# A death, the verb right before its day but for where it happened and what of ("died Sunday
# morning", "died in hospital on Monday", "died at the scene on Friday"): not another verb's
# day ("died of injuries suffered Saturday", "died after being hit on Friday").
_DIED = re.compile(r"\b(?:died|dies|has\s+died|had\s+died|(?:was|is)\s+pronounced\s+dead)\b")
_DIED_TO_DAY = re.compile(r"(?:\s+[\w’'.-]+){0,6}?\s+(?:early\s+|late\s+)?(?:on\s+)?$")
# Lower-case only: a place's name is no verb ("died in Reading", "in Aberdeen").
_NOT_WHERE = re.compile(
    r"\b(?:and|but|or|after|before|when|while|who|which|that|since|as|"
    r"(?!morning\b|evening\b)[a-z]+(?:ed|ing|en))\b"
)
# Where a subject's head ends: what qualifies it ("A 64-year-old man from Superior"), a
# relative clause ("A woman who was shot"), a first predicate ("The man was taken to hospital
# Saturday and died Sunday").
_SUBJECT_ENDS = re.compile(
    r"\s+(?:from|of|in|at|with|near|on|who|whom|whose|which|that|aged|and|is|are|was|were|"
    r"has|had|have)\b|,",
    re.IGNORECASE,
)
# A subject of several, or one of them: "Two people", "A second man", "One of the victims".
_SEVERAL_WHO = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|both|all|many|some|"
    r"first|second|third|another|other|further|more)\b(?!-)",
    re.IGNORECASE,
)


def _died_by_whom(text: str, mention: DateMention) -> str | None:
    """Who the sentence says died on the date, by the head of its subject ("A 64-year-old man
    from Superior, Wisconsin, died Sunday morning": man; "Okafor died on": okafor; "He died
    on", whom the article named last): one person dies once, so two articles that each tell
    one death on a day date one death, however else worded. None for one of several ("Two
    climbers died", "A second man died") and a day after another verb's."""
    start = mention.sentence.start
    died = next(reversed(list(_DIED.finditer(text, start, mention.span.start))), None)
    if died is None:
        return None
    between = text[died.end() : mention.span.start]
    if not _DIED_TO_DAY.fullmatch(between) or _NOT_WHERE.search(between):
        return None
    subject = text[start : died.start()]
    if ends := _SUBJECT_ENDS.search(subject):
        subject = subject[: ends.start()]
    words = _WORD.findall(subject)
    if (
        not words
        or _SEVERAL_WHO.search(subject)
        or _AGAIN.search(text, died.end(), mention.clause.end)
    ):
        return None
    head = re.sub(r"['’]s$", "", words[-1])
    if head.islower() and head.endswith("s") and not head.endswith("ss"):
        return None  # "The victims died": several
    return f"{_DEATH}:{head.casefold()}"


def _died_subject(text: str, mention: DateMention) -> tuple[str, int] | None:
    """The subject of the death the date's sentence tells, up to its head, and where it ends."""
    start = mention.sentence.start
    died = next(reversed(list(_DIED.finditer(text, start, mention.span.start))), None)
    if died is None:
        return None
    subject = text[start : died.start()]
    if ends := _SUBJECT_ENDS.search(subject):
        subject = subject[: ends.start()]
    return subject, start + len(subject)


# The age printed after a name: "John Reid, 52, died".
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?(\d{1,3}),")
# A first name before a surname: capitalised, neither a title nor a role ("Former Scotland
# captain Ian Kerr": Ian).
_FIRST_NAME = re.compile(r"[A-Z][a-z’'-]+")
_NOT_FIRST = frozenset("mr mrs ms miss dr sir lord lady dame rev prof the a an former late".split())


def _died_as(text: str, mention: DateMention) -> tuple[str | None, str | None]:
    """The first name and the age a named person's death is told with ("Callum Reid, 17,
    died Sunday": callum, 17): two people of one surname, a father and a son, are two deaths."""
    if _died_by_whom(text, mention) is None:
        return None, None
    found = _died_subject(text, mention)
    if found is None:
        return None, None
    subject, end = found
    words = _WORD.findall(subject)
    if len(words) < 2 or not words[-1][:1].isupper():
        return None, None
    first = words[-2]
    given = (
        first.casefold()
        if _FIRST_NAME.fullmatch(first) and first.casefold() not in _NOT_FIRST
        else None
    )
    age = _AGE_AFTER.match(text, end, mention.span.start)
    return given, age.group(1) if age else None


def _same_person(a: _Dated, b: _Dated) -> bool:
    """Whether two deaths told of one name may be of one person: no two first names, no two
    ages."""
    return all(
        x is None or y is None or x == y
        for x, y in zip(a.undergone_as, b.undergone_as, strict=True)
    )


_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")


def _undergone_by_whom(article: Article, dated: list[_Dated]) -> list[_Dated]:
    """The dates with whom each arrest befell told by surname, a "he" or "she" as the person
    the article named last before it (as a quote's "he said" is read): two men, each "He"
    in his article ("He was arrested at Sydney Airport", "His former finance chief, Marcus
    Tan, … He was arrested"), are two arrests. A pronoun no one named before is no one."""
    if not any(d.undergone_by for d in dated):
        return dated
    # The cast is read only for an arrest: a cached compare loads no extractor otherwise.
    from factcheck.extract.first_names import Gender
    from factcheck.extract.speakers import read_cast

    gender_of = {"he": Gender.MALE, "she": Gender.FEMALE}
    cast: Cast | None = None
    resolved = []
    for d in dated:
        who = d.undergone_by
        if who is not None:
            kind, _, name = who.partition(":")
            if name in gender_of:
                if cast is None:
                    regions = (
                        [block.span for block in article.body_blocks()]
                        if article.blocks
                        else [Span(start=m.start(), end=m.end())
                              for m in _PARAGRAPH.finditer(article.text)]
                    )  # fmt: skip
                    cast = read_cast(article.text, regions)
                person = cast.last_person_before(d.mention.clause.start, gender_of[name])
                name = cast.canonical(person.name) if person is not None else ""
                if kind == _DEATH and len(name.split()) > 1:
                    age = re.search(rf"{re.escape(name)},\s+(?:aged\s+)?(\d{{1,3}}),", article.text)
                    d = replace(
                        d,
                        undergone_as=(name.split()[0].casefold(), age.group(1) if age else None),
                    )
            surname = name.split()[-1].casefold() if name.split() else None
            d = replace(d, undergone_by=f"{kind}:{surname}" if surname else None)
            if kind == _DEATH and surname is not None and surname.islower() and name.islower():
                d = replace(d, among_deaths=_several_deaths(article.text))
        resolved.append(d)
    return resolved


# Two or more deaths told by their count: "killing two", "Two dead", "both men died", "three
# people were killed". Not an age ("a 64 year old man died").
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|both|\d{1,3}(?![\s-]*years?\b))"
_SEVERAL_DEAD = re.compile(
    rf"\b{_COUNT}\b(?:\s+[\w-]+){{0,3}}?\s+(?:(?:were|have\s+been|had\s+been)\s+)?"
    rf"(?:dead|died|killed|deaths)\b|\bkill(?:ing|ed|s)?\s+(?:at\s+least\s+)?{_COUNT}\b",
    re.IGNORECASE,
)
# Whom a death or a killing befell, by the head of the words told of them: "A bystander …
# has died", "The gunman was shot and killed", "killed a Wisconsin man".
_DIED_OR_KILLED = re.compile(
    r"(?P<subject>[^.!?;:,\n“”\"]*?)\s+(?:(?:has|had|have)\s+)?(?:died|"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+\s+and\s+)?(?:killed|shot\s+dead))\b"
    r"|\bkill(?:ed|ing|s)?\s+(?:a|an|the|one)\s+(?P<object>(?:[\w’'-]+\s+){0,3}?[a-z]+)"
    r"(?=\s+(?:from|of|in|at|on|who|and|with|near|aged)\b|[.,;:!?\n])"
)
# The words a story calls anyone by: the same person as another word for them.
_ANYONE = frozenset("man woman person boy girl child teenager victim".split())


def _several_deaths(text: str) -> bool:
    """Whether an article tells two or more deaths: by their count ("killing two"), or two
    dead told by two words for who they were ("A bystander … has died", "The gunman was shot
    and killed"), as "the man" or "a victim" is anyone."""
    if _SEVERAL_DEAD.search(text):
        return True
    heads = set()
    for found in _DIED_OR_KILLED.finditer(text):
        told = found.group("subject") or found.group("object") or ""
        if (ends := _SUBJECT_ENDS.search(told)) and found.group("subject"):
            told = told[: ends.start()]
        words = _WORD.findall(told)
        if words and words[-1].islower() and words[-1] not in _ANYONE:
            heads.add(words[-1])
    return len(heads) >= 2


def _is_death(dated: _Dated) -> bool:
    return dated.undergone_by is not None and dated.undergone_by.startswith(f"{_DEATH}:")


def _misdated(a: DateMention, b: DateMention) -> bool:
    """Whether two dates, each a day of a year, differ in one part only, the day or the month
    ("14 March 2023", "May 14, 2023"): one date misprinted, not two far apart."""
    if None in (a.day, a.month, a.year, b.day, b.month, b.year):
        return False
    if a.last_day is not None or b.last_day is not None or a.year != b.year:
        return False
    return (a.day == b.day) != (a.month == b.month)


def _days_of_one_month(a: DateMention, b: DateMention) -> bool:
    """Whether two dates are single days of one month of one year: both print the year, or
    neither does (each the story's own: "voted on Jan. 22", "voted on 27 January")."""
    return (
        a.day is not None
        and b.day is not None
        and a.last_day is None
        and b.last_day is None
        and a.year == b.year
        and a.month == b.month
    )


# What is still to come or hoped for: "will", "could", "is expected to", "aims to".
_AHEAD = re.compile(
    r"\b(?:will|would|could|should|must|may|might|shall|expect(?:s|ed)?|due|aims?|plans?|"
    r"hopes?|intends?|targets?|pledged?|promised?)\b|['’]ll\b",
    re.IGNORECASE,
)


def _by_against_on(a: _Dated, b: _Dated) -> bool:
    """Whether one date is the day a thing is to happen by and the other the day it happens,
    the same word before each ("could reopen by October 2026", "could reopen in September
    2026"): one target, not a span's end against a day ("runs until Nov. 20", "began on Nov.
    12"), nor a thing to be done by a day against the day it was asked for ("must comply by
    March 2024", "told suppliers in March 2023 to comply")."""
    by, on = (a, b) if a.by_date else (b, a)
    return (
        by.by_date
        and by.role == "end"
        and on.role is None
        and by.governed_by is not None
        and by.governed_by == on.governed_by
        # Not a target against the day it was met ("should be completed by June 2025", "was
        # completed in June 2024").
        and by.ahead == on.ahead
        # Not two things done ("publish its final plan by June", "publish the results of a
        # consultation in March").
        and not (
            by.governed_object
            and on.governed_object
            and by.governed_object.isdisjoint(on.governed_object)
        )
        # A day before the one a thing is to happen by keeps to it ("will receive the payment
        # by 15 December", "the first will receive it on 1 December"): only a later one misses it.
        and _starts_after(on.mention, by.mention)
    )


def _starts_after(on: DateMention, by: DateMention) -> bool:
    """Whether the one date starts after the other's last day, the year one leaves out read
    as the other's."""
    if on.weekday is not None or by.weekday is not None:
        return False
    by_year, on_year = by.year or on.year or 0, on.year or by.year or 0
    by_end = (by_year, by.month or 12, by.last_day or by.day or 31)
    return (on_year, on.month or 1, on.day or 1) > by_end


def _conflicts(
    ours: list[_Dated], theirs: list[_Dated], params: DateMismatchParams
) -> Iterator[tuple[int, int]]:
    """The two dates (their indexes) of each event the two articles date apart, best first."""
    sharing = _sharing(ours, theirs)
    # A date both print, with any word in common, is corroborated: it dates no other event.
    told = set()
    for i, j in sharing:
        a, b = ours[i], theirs[j]
        if (
            _agree(a.mention, b.mention)
            and (
                (a.own_words is None and b.own_words is None)
                or not (a.own_words or a.words).isdisjoint(b.own_words or b.words)
            )
            # A death's day is backed by that day, not by the night before told as the next
            # day's ("died Sunday morning", "the leak … on Saturday night"), unless that too
            # tells the death.
            and (_is_death(a) == _is_death(b) or a.mention.weekday == b.mention.weekday)
        ):
            told.add((0, i))
            told.add((1, j))
    # A person's arrest told once in each article, and only once (see `_once_to_whom`).
    undergone = Counter(d.undergone_by for d in ours), Counter(d.undergone_by for d in theirs)
    # Deaths told of a person described, not named ("A man died Sunday", "The man died
    # Monday"): one when each article tells no other.
    deaths = [sum(_is_death(d) for d in dated) for dated in (ours, theirs)]
    candidates = []
    for (i, j), shared in sharing.items():
        a, b = ours[i], theirs[j]
        once = (
            a.undergone_by is not None
            and a.undergone_by == b.undergone_by
            and undergone[0][a.undergone_by] == undergone[1][b.undergone_by] == 1
            and (
                _misdated(a.mention, b.mention)
                # A weekday of one death, or of one person's arrest.
                or (a.mention.weekday is not None and b.mention.weekday is not None)
            )
            and (not _is_death(a) or deaths[0] == deaths[1] == 1)
            and (not _is_death(a) or _same_person(a, b))
            # "The man died Saturday" (a bystander) and "The man died Friday" (the gunman) of a
            # story of two deaths.
            and not (a.among_deaths or b.among_deaths)
        )
        # A number both print (however rounded) tells one event as a word both print does.
        numbers = _shared_numbers(a, b)
        shared += numbers
        size = min(len(a.words) + len(a.numbers), len(b.words) + len(b.numbers))
        score = 100 * shared / size
        one_act = _one_act(a.act, b.act)
        # Only a date of one role against another's: "until 30 April" ends what "on March 14"
        # may start.
        if (
            (
                score >= params.min_score
                or shared >= params.many_shared
                or _one_span(a, b, params)
                or one_act
                or once
                # Two days a thing took effect, told in many alike words ("the soft drinks
                # levy, which came into force in", "the tax on soft drinks … since it was
                # introduced in"): one start, however long each sentence runs on.
                or (shared >= _MANY_IN_ONE_MONTH and _EFFECT in a.words & b.words)
                or (
                    shared >= _MANY_IN_ONE_MONTH
                    and _days_of_one_month(a.mention, b.mention)
                    and a.happening is not None
                    and a.happening == b.happening
                )
            )
            # Two clauses that tell one thing resuming share that word alone ("Delegates said
            # they would reconvene on", "The council's members will reconvene on").
            and (
                shared >= params.min_shared
                or (one_act and a.act is not None and a.act[0] == _RESUMED)
                or once
            )
            and (a.role == b.role or _by_against_on(a, b))
            and _comparable(a, b)
            # A span's year beside a figure is weighed only where the figure is one fact
            # both tell and the span's other end is alike ("on 14 counts … between 2016 and
            # 2021", "on fourteen counts … from 2014 to 2021"): two figures over two periods
            # may both be right; a term told apart from the figure ("chief executive from
            # 2015 to 2021") dates no act of it, so both must be such years.
            and not (
                (a.beside_figure or b.beside_figure)
                and (
                    a.beside_figure != b.beside_figure
                    or _shared_numbers(a, b) == 0
                    or not any(map(_SPAN_DAY.match, a.words & b.words))
                )
            )
        ):
            # Of two dates a sentence tells alike ("The strike is planned for 3 March, and
            # talks are due on 1 March"), the one whose own clause is of the same thing.
            apart = a.subject is None or a.subject != b.subject
            # One person's death (or arrest) told in both is that happening's day before any
            # other day its sentence tells ("was taken to hospital Saturday and died Sunday").
            candidates.append((not once, -score, apart, _months_apart(a.mention, b.mention), i, j))
    for *_, i, j in sorted(candidates):
        if (0, i) in told or (1, j) in told:
            continue
        told.add((0, i))
        told.add((1, j))
        yield i, j


def check(params: DateMismatchParams, ctx: CheckContext) -> Iterator[Hit]:
    dated = {ex.article_id: _dates(ctx, ex) for ex in ctx.extractions}
    weekdays = {ex.article_id: _weekdays(ctx, ex) for ex in ctx.extractions}
    for first, second in combinations(ctx.extractions, 2):
        text_a = ctx.article(first.article_id).text
        text_b = ctx.article(second.article_id).text
        pairs = [(dated[first.article_id], dated[second.article_id])]
        if _one_news_day(ctx, first.article_id, second.article_id):
            # Weekdays against weekdays only: "Thursday" is no calendar date but by the
            # article's date, which few datelines print with its year.
            pairs.append((weekdays[first.article_id], weekdays[second.article_id]))
        for ours, theirs in pairs:
            for a, b in ((ours[i], theirs[j]) for i, j in _conflicts(ours, theirs, params)):
                yield _hit(ctx, first.article_id, second.article_id, a, b, text_a, text_b)


def _hit(
    ctx: CheckContext, first: str, second: str, a: _Dated, b: _Dated, text_a: str, text_b: str
) -> Hit:
    return Hit(
        evidence=((first, a.mention.span), (second, b.mention.span)),
        values={
            "article_a": ctx.label(first),
            "article_b": ctx.label(second),
            "date_a": a.mention.text,
            "date_b": b.mention.text,
            "clause_a": " ".join(text_a[a.told.start : a.told.end].split()),
            "clause_b": " ".join(text_b[b.told.start : b.told.end].split()),
        },
    )


KIND = RuleKind(
    name="date_mismatch",
    params=DateMismatchParams,
    check=check,
    placeholders=("article_a", "article_b", "date_a", "date_b", "clause_a", "clause_b"),
    cross_article=True,
    summary="One event dated differently by two articles.",
)
