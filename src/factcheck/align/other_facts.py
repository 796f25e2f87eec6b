"""Figures whose own words say they are other facts, whatever else pairs them: a subject
each article gives a figure for, a count of an article's own sources, an amount raised and a
valuation, a change and the level it started from, a backlog and a tally so far, a profit and
a revenue, debt taken on and a price paid, an institution's age and a person's years, the dead
and the rescued, a capacity and a count held, a peak and a level fallen to, shares listed on
two exchanges, an offer and an inflation rate, a state's figure and the nation's, a whole and
the others beside one of it, the groups of two age bands apart, two degrees of one condition,
and tallies over two first spans, a dividend and a buyback."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.extract.numbers import WORD_NUMBER, parse_words
from factcheck.models import AGE, HORIZONS, MOVED_BY, PREVIOUS, SUMMED, Figure, FigureKind

# Words of a measure that say how or when a figure stands, not what it is of: "rose 0.3% in
# the month alone", "well above the midpoint". Two measures differing in these only may
# still be one subject.
_NOT_A_SUBJECT = frozenset(
    (
        "rise",
        "fall",
        PREVIOUS,
        "year",
        "month",
        "week",
        "day",
        "quarter",
        "well",
        "above",
        "below",
        "further",
        "away",
        "alone",
        "after",
        "before",
        "since",
        "now",
        "show",
        "make",
        "for",
        "against",
        "more",
        "less",
        "still",
        "also",
        "just",
        "only",
        "new",
    )
)


def subject_words(words: Sequence[str]) -> frozenset[str]:
    """The words of a figure's scored measure that name what it is of: single words (the
    extractor's marks, "over a year", have spaces), no margin ("margin above-vacancy" is the
    extractor's mark of a gap from something) and none of `_NOT_A_SUBJECT`."""
    margin = any(word.startswith(("above-", "below-")) for word in words)
    return frozenset(
        word
        for word in words
        if " " not in word
        and not word.startswith(("above-", "below-"))
        and not (margin and word == "margin")
        and word not in _NOT_A_SUBJECT
        and word not in HORIZONS
    )


class SubjectsApart:
    """Whether two figures each have a better-worded figure in the other article: one that
    shares all the subject words the two share and more of the figure's own. "Rents rose 4.2%
    over the year" is not the other's "Food prices increased 3.2 per cent over the year" when
    the other also has rents ("rents … 4.2 per cent over the year") and the first has prices
    ("prices rose 0.3% in October"). A subject only one article names may be the other's
    figure told in other words ("the trimmed mean" and "underlying inflation"), so both must
    be named so, each among the other article's figures of the same family."""

    def __init__(
        self,
        words_a: Sequence[Sequence[str]],
        words_b: Sequence[Sequence[str]],
        keys_a: Sequence[object],
        keys_b: Sequence[object],
    ) -> None:
        self._subjects_a = [subject_words(words) for words in words_a]
        self._subjects_b = [subject_words(words) for words in words_b]
        self._keys_a, self._keys_b = keys_a, keys_b
        # Each article's figures by family and subject word: long articles weigh many pairs.
        self._by_word_a = _by_word(self._subjects_a, keys_a)
        self._by_word_b = _by_word(self._subjects_b, keys_b)
        self._memo: dict[tuple[bool, int, frozenset[str]], bool] = {}

    def __call__(self, i: int, j: int) -> bool:
        own_a, own_b = self._subjects_a[i], self._subjects_b[j]
        shared = own_a & own_b
        if not (own_a - shared) or not (own_b - shared):
            return False
        return self._better(True, i, shared) and self._better(False, j, shared)

    def _better(self, from_a: bool, index: int, shared: frozenset[str]) -> bool:
        """Whether a figure of the other article than ``index``'s, of the same family, has
        all the ``shared`` words and one more of ``index``'s own (the figure it is weighed
        against has none more)."""
        key = (from_a, index, shared)
        found = self._memo.get(key)
        if found is None:
            own = (self._subjects_a if from_a else self._subjects_b)[index]
            family = (self._keys_a if from_a else self._keys_b)[index]
            others = self._subjects_b if from_a else self._subjects_a
            by_word = self._by_word_b if from_a else self._by_word_a
            found = any(
                shared <= others[k]
                for word in own - shared
                for k in by_word.get((family, word), ())
            )
            self._memo[key] = found
        return found


def _by_word(
    subjects: list[frozenset[str]], keys: Sequence[object]
) -> dict[tuple[object, str], list[int]]:
    found: dict[tuple[object, str], list[int]] = {}
    for index, (words, key) in enumerate(zip(subjects, keys, strict=True)):
        for word in words:
            found.setdefault((key, word), []).append(index)
    return found


# A count of the people an outlet spoke to: "three people familiar with the matter said",
# "according to two sources". How many sources each outlet had is no fact of the event.
_SOURCES_AFTER = re.compile(
    r"\s+(?:(?:who\s+(?:are|were)\s+)?(?:familiar|acquainted)\s+with|with\s+(?:direct\s+)?"
    r"knowledge\s+of|briefed\s+on|close\s+to\s+the|(?:who\s+)?(?:spoke|asked|declined)\b"
    r"|(?:said|say|told)\b)",
    re.IGNORECASE,
)
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_SOURCE_UNITS = frozenset(("people", "person", "source", "official", "insider", "executive"))


def counts_sources(figure: Figure, text: str | None) -> bool:
    """Whether a count is of an article's sources: "three people familiar with the matter",
    "two sources said". Only people or sources, each followed by what marks a source."""
    if text is None or figure.kind is not FigureKind.COUNT:
        return False
    unit = figure.unit.casefold()
    unit = unit if unit == "people" else unit.removesuffix("s")
    if unit not in _SOURCE_UNITS:
        return False
    start = figure.span.start
    if _ACCORDING_TO_BEFORE.search(text[max(0, start - 20) : start]):
        return True  # "According to two people familiar with the matter"
    after = _SOURCES_AFTER.match(text, figure.span.end, figure.span.end + 60)
    if after is None:
        return False
    # "said"/"told" marks sources only for a count of sources ("two sources said"); "five
    # people said they were hurt" is no count of an outlet's sources.
    return not after.group().strip().casefold().startswith(("said", "say", "told")) or (
        unit == "source"
    )


# An amount a company was valued at, or one it raised: "Investors valued the company at $7.5
# billion in a funding round", "raised $750 million in a funding round". One round gives both,
# and they are never one fact.
_VALUED_BEFORE = re.compile(
    # "valued the San Jose, California-based company at $7.8 billion": a name with a comma.
    r"\b(?:valu(?:ed|es|ing)\b(?:,?\s+[\w'’-]+){0,6}\s+at|valuation\s+of"
    # A worth put on it: "a deal that puts its worth at $1.4 billion", "put its value at".
    r"|(?:puts?|putting|pegs?|pegged|pegging)\s+(?:its|their|the\s+company['’]s)\s+"
    r"(?:worth|value|valuation)\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|just\s+over)\s+)?$",
    re.IGNORECASE,
)
_VALUATION_AFTER = re.compile(r"\s+valuation\b", re.IGNORECASE)
_RAISED_BEFORE = re.compile(
    r"\b(?:raised|raises|raising|raise)\s+(?:(?:about|around|roughly|some|nearly|almost"
    r"|more\s+than|over|just\s+over|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)


def valued_or_raised(figure: Figure, text: str | None) -> str | None:
    """ "valued" for a valuation, "raised" for money raised, None for neither or unknown."""
    if text is None or figure.kind is not FigureKind.MONEY:
        return None
    start = figure.span.start
    before = text[max(0, start - 60) : start]
    if _VALUED_BEFORE.search(before) or _VALUATION_AFTER.match(text, figure.span.end):
        return "valued"
    if _RAISED_BEFORE.search(before):
        return "raised"
    return None


# A valuation before the money a round brings in, or with it: "a pre-money valuation of about
# $1 billion" is not "values the company at $1.2 billion after the investment", one round's
# two worths that differ by the money raised.
_NEW_MONEY = (
    r"(?:the\s+)?(?:new\s+)?(?:investment|money|funding|financing|round|raise|cash|capital)"
)
_PRE_MONEY = re.compile(rf"\bpre-?\s?money\b|\bbefore\s+{_NEW_MONEY}\b", re.IGNORECASE)
_POST_MONEY = re.compile(
    rf"\bpost-?\s?money\b|\b(?:after|including)\s+{_NEW_MONEY}\b", re.IGNORECASE
)
_MONEY_REACH = 50  # characters either side of a valuation its "pre-money" may stand in


def pre_or_post_money(figure: Figure, text: str | None) -> str | None:
    """ "pre" for a valuation before a round's money, "post" for one with it, None for either
    unsaid."""
    if text is None or valued_or_raised(figure, text) != "valued":
        return None
    sentence = figure.sentence
    near = text[
        max(sentence.start, figure.span.start - _MONEY_REACH) : min(
            sentence.end, figure.span.end + _MONEY_REACH
        )
    ]
    pre, post = _PRE_MONEY.search(near) is not None, _POST_MONEY.search(near) is not None
    if pre == post:
        return None
    return "pre" if pre else "post"


# An amount a level changed by, said as a noun of change ("an increase of $1,155 per
# student"), and the level a change set out from ("up roughly 16% from today's $7,145"): a
# change is never the level it started from.
_CHANGE_BEFORE = re.compile(
    r"\b(?:an?\s+)?(?:increase|rise|jump|gain|boost|cut|decrease|reduction|drop|fall|decline)"
    r"\s+of\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_LEVEL_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:today['’]s|the\s+current|current|this\s+year['’]s|last\s+year['’]s)\s+$",
    re.IGNORECASE,
)


def change_or_level(figure: Figure, text: str | None) -> str | None:
    """ "change" for an amount moved by, "level" for the level a change set out from, None
    for others. Amounts and counts only: a percentage "increase of 3.8%" may be a rate's own
    level ("inflation rose to 3.8%")."""
    if figure.kind not in (FigureKind.MONEY, FigureKind.COUNT, FigureKind.QUANTITY):
        return None
    if MOVED_BY in figure.measure:
        return "change"
    if text is None:
        return None
    start = figure.span.start
    before = text[max(0, start - 40) : start]
    if _CHANGE_BEFORE.search(before):
        return "change"
    if PREVIOUS in figure.measure or _LEVEL_FROM_BEFORE.search(before):
        return "level"
    return None


# What is still to be done, counted ("a backlog … of more than 70 launches"), against a tally
# of what was done since a time ("has overseen 31 launches since joining").
_PENDING = frozenset(("backlog", "pipeline", "queue", "pending", "outstanding"))


def pending_or_done(figure: Figure) -> str | None:
    """ "pending" for a count of a backlog, "done" for a tally since a time, else None."""
    measure = set(figure.measure)
    if not _PENDING.isdisjoint(measure):
        return "pending"
    if "since" in measure:
        return "done"
    return None


# A sum over several parties ("combined annual revenue of roughly €19.5 billion") and one
# party's own ("Telvia's revenue rose 2.3 per cent to €11.8 billion", "Kestrel alone had
# revenue of €7.7 billion").
_COMBINED_BEFORE = re.compile(
    r"\b(?:combined|joint|together)\s+(?:[a-z-]+\s+){0,3}(?:of|at|to)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def summed_or_own(figure: Figure, text: str | None) -> str | None:
    """ "summed" for a sum over parties, "own" for a figure its measure gives one named
    party's (a name the text writes with a capital, followed by "'s" or "alone"), else None."""
    if text is None or figure.kind not in (FigureKind.MONEY, FigureKind.COUNT):
        return None
    start = figure.span.start
    if SUMMED in figure.measure or _COMBINED_BEFORE.search(text[max(0, start - 60) : start]):
        return "summed"
    before = text[max(0, figure.sentence.start, start - 80) : start]
    for word in figure.measure:
        if not word.isalpha():
            continue
        name = f"{word[0].upper()}{word[1:]}"
        # Looked for as printed first: building a pattern for each word of each figure's
        # measure cost more than all else in a long article.
        if name in before and re.search(rf"\b{name}(?:['’]s\b|\s+alone\b)", before):
            return "own"
    return None


# A level set as a target ("the 2.5 per cent midpoint of its target range", "its 2-3% target
# band", "a target of 2%"), never a level reached.
_TARGET_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:target|goal|midpoint)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(
    r"\b(?:target|goal)\s+of\s+(?:(?:about|around|roughly)\s+)?$", re.IGNORECASE
)


def targeted(figure: Figure, text: str | None) -> bool | None:
    """Whether a percentage or an amount is a target set; None without the text."""
    if text is None:
        return None
    start = figure.span.start
    return bool(
        _TARGET_AFTER.match(text, figure.span.end)
        or _TARGET_BEFORE.search(text[max(0, start - 30) : start])
    )


# Two lines of a company's results: what it earned ("core profit rose to €6.3 billion") and
# what it sold ("Kestrel alone had revenue of €7.7 billion"). ("Income" and "earnings" are
# left out: "net interest income" is a bank's revenue, "earnings" may be either.)
_PROFIT_LINE = frozenset(("profit", "ebitda", "ebit"))
_SALES_LINE = frozenset(("revenue", "sale", "sales", "turnover"))


def results_line(figure: Figure) -> str | None:
    """ "profit" or "sales" for an amount its measure names as one line of results only."""
    if figure.kind is not FigureKind.MONEY:
        return None
    measure = set(figure.measure)
    profit, sales = not _PROFIT_LINE.isdisjoint(measure), not _SALES_LINE.isdisjoint(measure)
    if profit == sales:
        return None
    return "profit" if profit else "sales"


# Lines of profit, each the other's neighbour in a results table: "pre-tax profit of £62
# million" and "an operating profit of £71 million" are two lines of one year's results, not
# one figure misreported. The qualifier must name the profit the figure is of, right before it
# ("net income rose to $4.1 billion") or right after ("£62 million in pre-tax profit").
_LINE_QUALIFIER = r"(?P<line>pre-?tax|before[- ]tax|after[- ]tax|operating|net|gross|EBITDA|EBIT)"
_LINE_NOUN = r"(?:profits?|income|earnings|loss(?:es)?)"
_PROFIT_LINE_BEFORE = re.compile(
    rf"\b(?:{_LINE_QUALIFIER}\s+{_LINE_NOUN}|{_LINE_NOUN}\s+(?P<late>before\s+tax(?:ation|es)?))"
    r"\b[^.;:$£€¥\d]{0,40}$",
    re.IGNORECASE,
)
_PROFIT_LINE_AFTER = re.compile(
    rf"\s+(?:of\s+|in\s+)?{_LINE_QUALIFIER}\s+{_LINE_NOUN}\b", re.IGNORECASE
)
_LINE_NAMES = {"pretax": "pre-tax", "before-tax": "pre-tax", "after-tax": "net", "ebit": "ebit"}


def profit_line(figure: Figure, text: str | None) -> str | None:
    """Which line of profit an amount's own words name ("pre-tax", "operating", "net",
    "gross", "ebitda", "ebit"), None for none."""
    if text is None or figure.kind is not FigureKind.MONEY:
        return None
    start = max(figure.sentence.start, figure.span.start - 80)
    found = _PROFIT_LINE_BEFORE.search(text, start, figure.span.start) or (
        _PROFIT_LINE_AFTER.match(text, figure.span.end, figure.sentence.end)
    )
    if found is None:
        return None
    if found.groupdict().get("late"):
        return "pre-tax"
    line = re.sub(r"\s+", "-", found.group("line").casefold())
    return _LINE_NAMES.get(line, line)


# Debt a buyer takes on and the price it pays: "will also take on around £48 million of
# debt" is not "agreed to pay £185 million for an 80% stake". An amount whose measure names
# both ("will pay off £40 million of debt") is neither.
_DEBT = frozenset(("debt", "debts", "loan", "loans", "liability", "liabilities", "borrowing"))
_PRICE = frozenset(("pay", "paid", "paying", "buy", "bought", "price", "purchase", "acquire"))


def debt_or_price(figure: Figure) -> str | None:
    """ "debt" for an amount of debt, "price" for an amount paid, None for neither or both."""
    if figure.kind is not FigureKind.MONEY:
        return None
    measure = set(figure.measure)
    debt, price = not _DEBT.isdisjoint(measure), not _PRICE.isdisjoint(measure)
    if debt == price:
        return None
    return "debt" if debt else "price"


# How old a thing is ("This club has 120 years of history", "a 150-year history") and how long
# one person has done something, said in a clause of its own ("a fan who has followed the club
# for 50 years"): an institution's age is not one person's years beside it.
_HISTORY_AFTER = re.compile(
    r"(?:\s+|-)(?:years?\s+)?(?:of\s+)?(?:history|heritage)\b", re.IGNORECASE
)
_WHO_BEFORE = re.compile(r"\bwho\s+(?:has|had|have)\s+[^,;:.\d]{0,60}$", re.IGNORECASE)


def history_or_person(figure: Figure, text: str | None) -> str | None:
    """ "history" for an age of a thing, "person" for a span in a person's "who has …"
    clause, None for others or without the text."""
    if text is None or figure.kind is not FigureKind.DURATION or figure.unit != "year":
        return None
    if _HISTORY_AFTER.match(text, figure.span.end) or figure.text.endswith("history"):
        return "history"
    start = figure.span.start
    if _WHO_BEFORE.search(text[max(figure.sentence.start, start - 80) : start]):
        return "person"
    return None


# The dead and the living counted in one disaster: "420 birds have been found dead" is not
# "650 birds have been taken to rescue centres", nor "12 killed" "30 injured". The clause's
# words on either side of the count, up to the next number, say which; both, or neither, is
# no label.
_DEAD = re.compile(
    r"\b(?:dead|died|die|dying|deaths?|killed|perished|carcass(?:es)?|bodies|fatalit(?:y|ies))\b",
    re.IGNORECASE,
)
_ALIVE = re.compile(
    r"\b(?:rescued|rescue|saved|survivors?|survived|alive|injured|injuries|hurt|wounded"
    r"|hospitali[sz]ed|treated|treatment)\b",
    re.IGNORECASE,
)
_CLAUSE_BEFORE = re.compile(r"[^,;:.\d]{0,60}$")
_CLAUSE_AFTER = re.compile(r"[^,;:.\d]{0,80}")


def dead_or_alive(figure: Figure, text: str | None) -> str | None:
    """ "dead" for a count of the dead, "alive" for one of the rescued, hurt or treated."""
    if text is None or figure.kind is not FigureKind.COUNT:
        return None
    start, end = figure.span.start, figure.span.end
    before = _CLAUSE_BEFORE.search(text[max(figure.sentence.start, start - 60) : start])
    after = _CLAUSE_AFTER.match(text, end, figure.sentence.end)
    words = " ".join(
        (before.group() if before else "", figure.text, after.group() if after else "")
    )
    dead, alive = _DEAD.search(words) is not None, _ALIVE.search(words) is not None
    if dead == alive:
        return None
    return "dead" if dead else "alive"


# Degrees of one condition, each its own measure: "340,000 children … are acutely
# malnourished" is not "85,000 children are severely malnourished" (a part of them), nor
# "global acute malnutrition" "severe acute malnutrition". The degree words must qualify the
# same condition, in the figure's clause: "acute food insecurity" and "severe hunger" may be
# one figure told in other words.
_DEGREES = re.compile(
    r"\b(?P<degrees>(?:(?:acute|severe|moderate|mild|chronic)(?:ly|ally)?\s+)+)"
    r"(?P<condition>[a-z][\w-]*)",
    re.IGNORECASE,
)
_CONDITION_ROOT = 5  # "malnourished" and "malnutrition" are one condition


def degrees_of(figure: Figure, text: str | None) -> tuple[frozenset[str], str] | None:
    """The degree words and the condition (by its first letters) the figure's clause
    qualifies, as in "are severely malnourished": None for none, or for two conditions."""
    if text is None or figure.kind not in (FigureKind.COUNT, FigureKind.PERCENT):
        return None
    start, end = figure.span.start, figure.span.end
    before = _CLAUSE_BEFORE.search(text[max(figure.sentence.start, start - 60) : start])
    after = _CLAUSE_AFTER.match(text, end, figure.sentence.end)
    found = {
        (
            frozenset(
                re.sub(r"(?:ally|ly)$", "", word.casefold())
                for word in match.group("degrees").split()
            ),
            match.group("condition").casefold()[:_CONDITION_ROOT],
        )
        for part in (before.group() if before else "", after.group() if after else "")
        for match in _DEGREES.finditer(part)
    }
    return found.pop() if len(found) == 1 else None


def degrees_apart(
    one: tuple[frozenset[str], str] | None, other: tuple[frozenset[str], str] | None
) -> bool:
    """Whether two figures are of one condition at two degrees (see `_DEGREES`)."""
    return one is not None and other is not None and one[1] == other[1] and one[0] != other[0]


# What a place is built to hold and what it holds: "The reception center, built for about 400
# people, was housing more than 1,200" is not "which has room for about 400, held more than
# 1,200 people". A capacity is told right before its figure; a count held is told by its verb
# right before it, or in a sentence that gives a capacity to another number.
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|just\s+over|more\s+than|over)\s+)?"
_CAPACITY = (
    r"\b(?:(?:built|designed|intended|meant|planned|equipped)\s+"
    r"(?:for|to\s+(?:hold|house|accommodate|seat|sleep|shelter))"
    r"|(?:room|space|beds?|places?|seats?)\s+for"
    r"|capacity\s+(?:of|for|to\s+(?:hold|house|accommodate|take|seat))"
    r"|(?:can|could)\s+(?:hold|house|accommodate|seat|sleep|shelter))"
    rf"\s+{_HEDGE}"
)
_CAPACITY_BEFORE = re.compile(rf"{_CAPACITY}$", re.IGNORECASE)
_CAPACITY_OF_A_NUMBER = re.compile(rf"{_CAPACITY}(?:\d|(?:{WORD_NUMBER})\b)", re.IGNORECASE)
_HELD_BEFORE = re.compile(
    r"\b(?:held|holding|housed|housing|hosted|hosting|sheltered|sheltering|accommodated"
    r"|accommodating|(?:was|were|is|are)\s+home\s+to|crammed\s+with|packed\s+with)"
    rf"\s+{_HEDGE}$",
    re.IGNORECASE,
)


def capacity_or_held(figure: Figure, text: str | None) -> str | None:
    """ "capacity" for what a place is built or has room for, "held" for a count it holds
    beside such a capacity or by a verb of holding (see `_CAPACITY`), else None."""
    if text is None or figure.kind not in (FigureKind.COUNT, FigureKind.QUANTITY):
        return None
    before = text[max(figure.sentence.start, figure.span.start - 60) : figure.span.start]
    if _CAPACITY_BEFORE.search(before):
        return "capacity"
    if _HELD_BEFORE.search(before):
        return "held"
    if _CAPACITY_OF_A_NUMBER.search(text, figure.sentence.start, figure.sentence.end):
        return "held"  # "which has room for about 400, held more than 1,200 people"
    return None


# A level's peak and a level it fell to: "climbing from 6.6 per cent in January to a peak of
# 7.1 per cent in May" is not "the youth rate fell to 13.9%". A figure said both ways ("fell
# from a peak of 7.1%") is neither.
def peak_or_fallen(figure: Figure) -> str | None:
    """ "peak" for a figure its measure names a peak, "fallen" for one it says fell."""
    peak, fallen = "peak" in figure.measure, "fall" in figure.measure
    if peak == fallen:
        return None
    return "peak" if peak else "fallen"


# What a company hands its shareholders, by the noun its clause names: a dividend, or shares
# bought back. "a dividend of $4.50 per share, totalling $1.1 billion" is not "a $1 billion
# share buyback" announced with it: two payouts. The noun right after the figure ("a $1
# billion share buyback") is its own; else the last named before it in its sentence.
_PAYOUT = r"(?P<dividend>dividends?)|(?P<buyback>buy-?backs?|repurchases?|buy(?:ing)?\s+back)"
_PAYOUT_AFTER = re.compile(rf"\s+(?:(?:share|stock)\s+)?(?:{_PAYOUT})\b", re.IGNORECASE)
_PAYOUT_BEFORE = re.compile(rf"\b(?:{_PAYOUT})\b", re.IGNORECASE)
_PAYOUT_REACH = 60  # characters before a figure its payout's noun may end in


def dividend_or_buyback(figure: Figure, text: str | None) -> str | None:
    """ "dividend" or "buyback" for an amount its clause says is one (see `_PAYOUT`)."""
    if text is None or figure.kind not in (FigureKind.MONEY, FigureKind.RANGE):
        return None
    found = _PAYOUT_AFTER.match(text, figure.span.end, figure.sentence.end)
    if found is None:
        start = max(figure.sentence.start, figure.span.start - _PAYOUT_REACH)
        before = list(_PAYOUT_BEFORE.finditer(text, start, figure.span.start))
        found = before[-1] if before else None
    return found.lastgroup if found is not None else None


# Where the shares a figure is of are listed: "Its Tokyo-listed shares fell 3.2%" is not
# "Its U.S.-listed shares fell 2.9% in New York trading". One company's shares on two
# exchanges move apart, and are two facts, however alike their words. A place an exchange
# stands in is its country's listing ("New York-listed", "U.S.-listed" are one).
_LISTED_BEFORE = re.compile(
    r"(?<![\w.])(?P<place>[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)?)-listed\s+"
    r"(?:(?:[\w-]+\s+){0,2})?(?:shares|stock|stocks|securities|ADRs?|depositary)\b[^.;:\d]{0,40}$"
)
_LISTING_COUNTRY = {
    "us": ("us", "u.s", "new york", "nyse", "nasdaq", "wall street", "american"),
    "uk": ("uk", "u.k", "london", "lse", "british"),
    "japan": ("tokyo", "japanese", "osaka"),
    "hong kong": ("hong kong", "hk"),
    "china": ("shanghai", "shenzhen", "chinese", "mainland"),
    "germany": ("frankfurt", "german", "xetra"),
    "france": ("paris", "french"),
    "australia": ("sydney", "asx", "australian"),
    "canada": ("toronto", "tsx", "canadian"),
    "india": ("mumbai", "bombay", "indian"),
    "switzerland": ("zurich", "swiss"),
    "netherlands": ("amsterdam", "dutch"),
    "norway": ("oslo", "norwegian"),
    "sweden": ("stockholm", "swedish"),
    "denmark": ("copenhagen", "danish"),
    "finland": ("helsinki", "finnish"),
    "italy": ("milan", "italian"),
    "spain": ("madrid", "spanish"),
    "south korea": ("seoul", "korean", "kospi"),
    "taiwan": ("taipei", "taiwanese"),
    "singapore": ("singapore",),
    "south africa": ("johannesburg", "jse"),
    "brazil": ("sao paulo", "são paulo", "brazilian"),
    "chile": ("santiago", "chilean"),
    "peru": ("lima", "peruvian"),
    "colombia": ("bogota", "bogotá", "colombian"),
    "mexico": ("mexico city", "mexican", "bmv"),
    "argentina": ("buenos aires", "argentine", "argentinian"),
    "ireland": ("dublin", "irish"),
    "belgium": ("brussels", "belgian"),
    "portugal": ("lisbon", "portuguese"),
    "austria": ("vienna", "austrian"),
    "poland": ("warsaw", "polish"),
    "turkey": ("istanbul", "turkish"),
    "israel": ("tel aviv", "israeli"),
    "saudi arabia": ("riyadh", "saudi", "tadawul"),
    "new zealand": ("wellington", "nzx"),
    "indonesia": ("jakarta", "indonesian"),
    "malaysia": ("kuala lumpur", "malaysian"),
    "thailand": ("bangkok", "thai"),
    "philippines": ("manila", "philippine"),
}
_OPENING_WORDS = frozenset(("its", "the", "their", "his", "her", "our", "a", "an", "whose"))
_LISTING_OF = {name: country for country, names in _LISTING_COUNTRY.items() for name in names}
# Shares named before a figure in its clause ("Vantix shares fell 2.3% …"), and the market
# named right after it: "… in Frankfurt trading", "… in Oslo on Wednesday", "… on the
# Nasdaq". A place after "in" is a listing only when it is an exchange's (see
# `_LISTING_COUNTRY`) or "trading" follows it: "fell 4% in March" or "in Europe" is none.
# The shares' clause may hold a clause of its own between commas: "Shares in Meridia, which
# are also listed in Frankfurt, fell 2.1% in German trading".
_SHARES_BEFORE = re.compile(
    r"\b(?:shares|stock|stocks|ADRs?)\b[^,;:.\d]{0,40}"
    r"(?:,\s+(?:which|that|whose)\b[^,;:.\d]{0,60},[^,;:.\d]{0,40})?$",
    re.IGNORECASE,
)
_MARKET_AFTER = re.compile(
    r"\b(?:in|on)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)?)(?P<trading>\s+(?:trading|trade|dealings))?"
)
_CLAUSE_GAP = re.compile(r"[^,;:\d]*")
_MARKET_REACH = 40  # characters after a figure its market may start in


def _market_after(figure: Figure, text: str) -> str | None:
    """The exchange of the shares a figure's clause names, told after it (see
    `_MARKET_AFTER`): "fell 3% on Wednesday in London trading" is London's."""
    start = max(figure.sentence.start, figure.span.start - 160)
    if _SHARES_BEFORE.search(text, start, figure.span.start) is None:
        return None
    end = min(figure.sentence.end, figure.span.end + _MARKET_REACH)
    for found in _MARKET_AFTER.finditer(text, figure.span.end, end):
        if not _CLAUSE_GAP.fullmatch(text, figure.span.end, found.start()):
            return None  # past the clause
        words = found.group("place").casefold().rstrip(".").split()
        for size in (2, 1):  # "New York Stock Exchange", "Oslo Bors"
            place = " ".join(words[:size])
            if place in _LISTING_OF:
                return _LISTING_OF[place]
        if found.group("trading"):
            return " ".join(words)
    return None


def listed_in(figure: Figure, text: str | None) -> str | None:
    """Where the shares a figure is of are listed, named before it ("Tokyo-listed shares fell
    3.2%") or after it ("shares fell 2.3% in Frankfurt trading"): the country of the
    exchange, None for none named."""
    if text is None or figure.kind not in (FigureKind.PERCENT, FigureKind.MONEY):
        return None
    start = max(figure.sentence.start, figure.span.start - 80)
    found = _LISTED_BEFORE.search(text, start, figure.span.start)
    if found is None:
        return _market_after(figure, text)
    words = found.group("place").casefold().rstrip(".").split()
    while len(words) > 1 and words[0] in _OPENING_WORDS:
        words = words[1:]  # "Its Tokyo-listed shares"
    place = " ".join(words)
    return _LISTING_OF.get(place, place)


# Opposed labels that are any two named ones: two lines of profit (see `profit_line`).
ANY_TWO: frozenset[object] = frozenset()

# Each way a figure's own words may label it, and the two labels that make two figures other
# facts: a valuation and an amount raised, a valuation before a round's money and one after,
# a change and its starting level, a backlog and a tally so far, a sum over parties and one
# party's own, a target and a level reached, a profit and a revenue, two lines of profit, debt
# and a price, an age and a person's years, the dead and the living, a capacity and a count
# held, a peak and a level fallen to, two exchanges a company's shares are listed on, a
# dividend and a buyback.
_OPPOSED_LABELS: tuple[tuple[Callable[[Figure, str | None], object], frozenset[object]], ...] = (
    (valued_or_raised, frozenset(("valued", "raised"))),
    (pre_or_post_money, frozenset(("pre", "post"))),
    (change_or_level, frozenset(("change", "level"))),
    (lambda figure, _text: pending_or_done(figure), frozenset(("pending", "done"))),
    (summed_or_own, frozenset(("summed", "own"))),
    (targeted, frozenset((True, False))),
    (lambda figure, _text: results_line(figure), frozenset(("profit", "sales"))),
    (profit_line, ANY_TWO),
    (lambda figure, _text: debt_or_price(figure), frozenset(("debt", "price"))),
    (history_or_person, frozenset(("history", "person"))),
    (dead_or_alive, frozenset(("dead", "alive"))),
    (capacity_or_held, frozenset(("capacity", "held"))),
    (lambda figure, _text: peak_or_fallen(figure), frozenset(("peak", "fallen"))),
    (listed_in, ANY_TWO),
    (dividend_or_buyback, frozenset(("dividend", "buyback"))),
)


def _opposable_labels(figure: Figure, text: str | None) -> dict[int, object]:
    """The labels a figure's words give it, by their place in `_OPPOSED_LABELS`: only those
    of a pair, or any for `ANY_TWO` (most figures have none, and long articles weigh many
    pairs)."""
    found = {}
    for which, (label, opposed) in enumerate(_OPPOSED_LABELS):
        value = label(figure, text)
        if value in opposed or (opposed is ANY_TWO and value is not None):
            found[which] = value
    return found


def _age_band(figure: Figure) -> bool:
    return figure.unit == AGE and figure.low is not None and figure.high is not None


def age_bands(figures: Sequence[Figure]) -> list[Figure | None]:
    """Each figure's age band: itself when it is one, else the one band its sentence names
    ("The youth unemployment rate, for those aged 15 to 24, fell to 13.9%"), else None."""
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for figure in figures:
        if _age_band(figure):
            by_sentence.setdefault((figure.sentence.start, figure.sentence.end), []).append(figure)
    bands: list[Figure | None] = []
    for figure in figures:
        if _age_band(figure):
            bands.append(figure)
            continue
        found = by_sentence.get((figure.sentence.start, figure.sentence.end), [])
        bands.append(found[0] if len(found) == 1 else None)
    return bands


def bands_apart(one: Figure | None, other: Figure | None) -> bool:
    """Whether two age bands share no age: a band names the group a figure is of ("the
    youth rate, for those aged 15 to 24", "women aged 25 to 54"), and bands with no age in
    common are two groups, not one band misreported, nor are the figures told of them one
    fact. Bands that overlap ("16 to 24") still pair."""
    if one is None or other is None:
        return False
    assert one.high is not None and other.low is not None
    assert other.high is not None and one.low is not None
    return one.high < other.low or other.high < one.low


# A count of the others beside one already named: "chose Hokkaido over candidates in three
# other countries" counts all but the one chosen, which "We looked at sites in four countries"
# counts too. "Other" between the number and the unit, or right before the number ("the other
# three countries").
_OTHER_IN = re.compile(r"\bother\b", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.IGNORECASE)


def counts_others(figure: Figure, text: str | None) -> bool:
    """Whether a count is of the others beside one (see `_OTHER_IN`)."""
    if figure.kind is not FigureKind.COUNT:
        return False
    if _OTHER_IN.search(figure.text):
        return True
    start = figure.span.start
    return text is not None and bool(_OTHER_BEFORE.search(text[max(0, start - 10) : start]))


def _one_more(whole: Figure, others: Figure) -> bool:
    """Whether a count is one more than a count of others: "four countries" and "three other
    countries" (the one chosen and the three it was chosen over) are one fact told two ways,
    not 4 against 3."""
    if whole.value is None or others.value is None:
        return False
    return whole.value == others.value + 1


# A rise offered or claimed in a dispute, and the inflation rate it is set beside: "The
# government had initially offered 3.5%" is not "CPI inflation stood at 3.5%", however alike
# their values. An offer's own words, in its measure or its clause before it; a rate of
# inflation by its measure. A figure said both ways ("an offer in line with inflation") is
# neither.
_OFFER_WORDS = frozenset(("offer", "offered", "proposal", "proposed", "claim", "demand"))
_OFFER_BEFORE = re.compile(
    r"\b(?:offer(?:ed|s|ing)?|propos(?:ed|al|es|ing)|demand(?:ed|s|ing)?|claim(?:ed|s|ing)?"
    r"|sought|seeking|asking\s+for)\b[^,;:.\d]{0,40}$",
    re.IGNORECASE,
)
_INFLATION_WORDS = frozenset(("inflation", "cpi", "cpih", "rpi"))


def offer_or_inflation(figure: Figure, text: str | None) -> str | None:
    """ "offer" for a percentage offered or claimed, "inflation" for a rate of inflation."""
    if figure.kind is not FigureKind.PERCENT:
        return None
    measure = set(figure.measure)
    inflation = not _INFLATION_WORDS.isdisjoint(measure)
    offer = not _OFFER_WORDS.isdisjoint(measure)
    if not offer and text is not None:
        start = max(figure.sentence.start, figure.span.start - 60)
        offer = _OFFER_BEFORE.search(text, start, figure.span.start) is not None
    if offer == inflation:
        return None
    return "offer" if offer else "inflation"


# The whole a figure is told of, by a word of its clause: "Statewide, 92.1% of kindergartners
# were fully vaccinated" is not "Nationally, 92.7% of kindergartners received the vaccine",
# nor "a countywide rate" the state's. A state's figure and the nation's are two facts
# however close their values (a state near the national average is news in neither).
_WHOLES = (
    (
        "nation",
        r"nationally|nation-?wide|country-?wide|across\s+the\s+(?:country|nation)"
        r"|national\s+average|(?:the\s+)?country\s+as\s+a\s+whole",
    ),
    ("state", r"state-?wide|across\s+the\s+state|state\s+average"),
    ("province", r"province-?wide|across\s+the\s+province|provincial\s+average"),
    ("county", r"county-?wide|across\s+the\s+county|county\s+average"),
    ("world", r"worldwide|world-wide|globally|around\s+the\s+world|across\s+the\s+world"),
)
_WHOLE = "|".join(rf"(?P<{name}>{words})" for name, words in _WHOLES)
_WHOLE_AFTER = re.compile(rf"[^,;:.()—\d]{{0,40}}?\b(?:{_WHOLE})\b", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(rf"\b(?:{_WHOLE})\b[^,;:.()—\d]{{0,40}}$", re.IGNORECASE)
# What puts the whole after a figure on the figure it is compared with.
_COMPARED = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|than|versus|vs\.?|above|below)\b", re.IGNORECASE
)
# Or opening the figure's sentence, a comma after it: "Statewide, 92.1% …".
_WHOLE_OPENING = re.compile(rf"\W*(?:{_WHOLE}),[^,;:.()—\d]{{0,40}}$", re.IGNORECASE)


def whole_told(figure: Figure, text: str | None) -> str | None:
    """ "nation", "state", … for a figure its clause tells of that whole (see `_WHOLES`)."""
    if text is None:
        return None
    found = _WHOLE_AFTER.match(text, figure.span.end, figure.sentence.end)
    if found is not None and _COMPARED.search(text, figure.span.end, found.start(found.lastgroup)):
        found = None  # "84.6%, against a national average of 92.7%": the other figure's whole
    if found is None:
        start = max(figure.sentence.start, figure.span.start - 60)
        found = _WHOLE_BEFORE.search(text, start, figure.span.start)
    if found is None:
        found = _WHOLE_OPENING.match(text, figure.sentence.start, figure.span.start)
    return found.lastgroup if found is not None else None


def other_facts(
    a: Sequence[Figure],
    b: Sequence[Figure],
    text_a: str | None,
    text_b: str | None,
    subjects_apart: Callable[[int, int], bool],
) -> Callable[[int, int, float, float], bool]:
    """Whether two figures are other facts by their own words (see the module): a count of
    sources never pairs; the rest only bar values further apart than ``same_value``. Called
    as ``(i, j, apart, same_value)``, ``apart`` their gap."""
    sources_a = [counts_sources(figure, text_a) for figure in a]
    sources_b = [counts_sources(figure, text_b) for figure in b]
    labels_a = [_opposable_labels(figure, text_a) for figure in a]
    labels_b = [_opposable_labels(figure, text_b) for figure in b]
    bands_a, bands_b = age_bands(a), age_bands(b)
    others_a = [counts_others(figure, text_a) for figure in a]
    others_b = [counts_others(figure, text_b) for figure in b]
    offered_a = [offer_or_inflation(figure, text_a) for figure in a]
    offered_b = [offer_or_inflation(figure, text_b) for figure in b]
    whole_a = [whole_told(figure, text_a) for figure in a]
    whole_b = [whole_told(figure, text_b) for figure in b]
    # An article that tells figures of one whole and not another ("Statewide, 92.1%") tells
    # its other figures of that whole or a part of it, never of the other: "Only 84.6% of
    # kindergartners in the district" is not the other's "Nationally, 92.7%".
    wholes_a = {whole for whole in whole_a if whole}
    wholes_b = {whole for whole in whole_b if whole}
    first_a = [first_span(figure, text_a) for figure in a]
    first_b = [first_span(figure, text_b) for figure in b]
    degrees_a = [degrees_of(figure, text_a) for figure in a]
    degrees_b = [degrees_of(figure, text_b) for figure in b]

    def apart_facts(i: int, j: int, apart: float, same_value: float) -> bool:
        if sources_a[i] or sources_b[j]:
            return True  # "three people familiar with the matter", "two people familiar …"
        if first_a[i] is not None and first_b[j] is not None and first_a[i] != first_b[j]:
            return True  # "120,000 passengers … in its first year", "… in its first 18 months"
        if bands_apart(bands_a[i], bands_b[j]):
            return True  # "aged 15 to 24", "women aged 25 to 54"
        if offered_a[i] and offered_b[j] and offered_a[i] != offered_b[j]:
            return True  # "had initially offered 3.5%", "CPI inflation stood at 3.5%"
        if whole_a[i] and whole_b[j] and whole_a[i] != whole_b[j]:
            return True  # "Statewide, 92.1% of kindergartners", "Nationally, 92.7%"
        if apart <= same_value:
            return False
        if (whole_a[i] and whole_b[j] is None and wholes_b and whole_a[i] not in wholes_b) or (
            whole_b[j] and whole_a[i] is None and wholes_a and whole_b[j] not in wholes_a
        ):
            return True  # "Nationally, 92.7%", "Only 84.6% … in the district" beside "Statewide"
        if degrees_apart(degrees_a[i], degrees_b[j]):
            return True  # "are acutely malnourished", "are severely malnourished"
        if others_a[i] != others_b[j]:
            whole, others = (a[i], b[j]) if others_b[j] else (b[j], a[i])
            if _one_more(whole, others):
                return True  # "sites in four countries", "three other countries"
        own_a, own_b = labels_a[i], labels_b[j]
        # One label of a pair each, and not the same: "valued" against "raised".
        if (
            own_a
            and own_b
            and any(own_b.get(which, label) != label for which, label in own_a.items())
        ):
            return True
        return subjects_apart(i, j)

    return apart_facts


# The span a tally is counted over from a start, right after it in its clause: "expects to
# carry about 120,000 passengers on the route in its first year", "in the first 18 months",
# "during its first full season". In months, a week a quarter of one: two spans are one only
# when the same length ("the first year", "the first 12 months").
_FIRST_SPAN_AFTER = re.compile(
    r"[^.;:()]{0,60}?\b(?:in|during|over|within)\s+(?:its|the|their|his|her|our|a)\s+first\s+"
    r"(?:full\s+)?(?:(?P<count>\d+|[a-z]+(?:-[a-z]+)?)\s+)?"
    r"(?P<unit>years?|months?|weeks?|quarters?|seasons?)\b",
    re.IGNORECASE,
)
_MONTHS_IN = {"year": 12, "season": 12, "quarter": 3, "month": 1, "week": 0.25}


def first_span(figure: Figure, text: str | None) -> float | None:
    """The months a count or amount is counted over from a start (see `_FIRST_SPAN_AFTER`),
    or None."""
    if text is None or figure.kind not in (FigureKind.COUNT, FigureKind.MONEY):
        return None
    found = _FIRST_SPAN_AFTER.match(text, figure.span.end, figure.sentence.end)
    if found is None:
        return None
    count: float = 1
    if found["count"]:
        parsed = int(found["count"]) if found["count"].isdigit() else parse_words(found["count"])
        if parsed is None:
            return None
        count = float(parsed)
    return count * _MONTHS_IN[found["unit"].casefold().rstrip("s")]
