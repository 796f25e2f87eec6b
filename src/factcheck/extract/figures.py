"""Figures: money, percentages, counts, ranges, durations, quantities and ordinal claims.

Each sentence is scanned by a list of patterns in priority order (ranges before single
amounts, money before bare counts); a match may not overlap an earlier one. Every figure
gets an exact `Decimal` value, its unit, scale and printed precision, the bound its qualifier
sets ("about", "more than"), the period it refers to and the words saying what it measures.
Years, dates, times, phone numbers, model names (H100, iPhone 15) and addresses are not
figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract.numbers import (
    DIGITS,
    ORDINALS,
    SCALE_PATTERN,
    WORD_NUMBER,
    parse_digits,
    parse_words,
    scale_of,
    words_precision,
)
from factcheck.extract.periods import Period, find_periods, period_for
from factcheck.models import Article, Bound, Figure, FigureKind, Span

# ---------------------------------------------------------------- vocabulary

_QUALIFIERS: dict[str, Bound] = {
    "approximately": Bound.APPROXIMATE,
    "about": Bound.APPROXIMATE,
    "around": Bound.APPROXIMATE,
    "roughly": Bound.APPROXIMATE,
    "nearly": Bound.APPROXIMATE,
    "almost": Bound.APPROXIMATE,
    "some": Bound.APPROXIMATE,
    "an estimated": Bound.APPROXIMATE,
    "close to": Bound.APPROXIMATE,
    "circa": Bound.APPROXIMATE,
    "estimated": Bound.APPROXIMATE,
    "~": Bound.APPROXIMATE,
    "more than": Bound.AT_LEAST,
    "over": Bound.AT_LEAST,
    "at least": Bound.AT_LEAST,
    "upwards of": Bound.AT_LEAST,
    "in excess of": Bound.AT_LEAST,
    "above": Bound.AT_LEAST,
    "north of": Bound.AT_LEAST,
    "exceeding": Bound.AT_LEAST,
    "no less than": Bound.AT_LEAST,
    "up to": Bound.AT_MOST,
    "less than": Bound.AT_MOST,
    "under": Bound.AT_MOST,
    "no more than": Bound.AT_MOST,
    "fewer than": Bound.AT_MOST,
    "below": Bound.AT_MOST,
    "at most": Bound.AT_MOST,
    "just under": Bound.AT_MOST,
    "as many as": Bound.AT_MOST,
    "as much as": Bound.AT_MOST,
}
_QUALIFIER = "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))

_ISO_CODES = {code.casefold(): code for code in "USD EUR GBP JPY CHF CNY INR CAD AUD".split()}
_CURRENCY_PREFIX = {
    "us$": "USD",
    "u.s$": "USD",
    "u.s.$": "USD",
    "$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "元": "CNY",
    **_ISO_CODES,
}
_CURRENCY_WORD = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "swiss francs": "CHF",
    "won": "KRW",
    "rubles": "RUB",
    "roubles": "RUB",
    "pesos": "MXN",
    **_ISO_CODES,
}
_SUBUNIT = {"cent": "USD", "cents": "USD", "pence": "GBP", "p": "GBP"}
_UNIT_WORDS = {
    "mile": "mile",
    "miles": "mile",
    "mi": "mile",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "feet": "ft",
    "foot": "ft",
    "ft": "ft",
    "inches": "in",
    "inch": "in",
    "in": "in",
    "pound": "lb",
    "pounds": "lb",
    "lb": "lb",
    "lbs": "lb",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "gram": "g",
    "grams": "g",
    "ton": "ton",
    "tons": "ton",
    "tonne": "tonne",
    "tonnes": "tonne",
    "mph": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "acre": "acre",
    "acres": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "gallon": "gallon",
    "gallons": "gallon",
    "litre": "litre",
    "litres": "litre",
    "liter": "litre",
    "liters": "litre",
    "l": "litre",
    "ml": "ml",
    "degrees": "degree",
}
_TIME_UNITS = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "hr": "hour",
    "hrs": "hour",
    "min": "minute",
    "mins": "minute",
    "minutes": "minute",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
_TIME_IN_YEARS = {"decade": 10, "century": 100}
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_STOP = frozenset(
    "a an the of in on at to for from by with and or but as than that which who whom whose "
    "this these those its it their his her our your my is are was were be been being has "
    "have had will would could should may might can do does did not no so such per each "
    "every all any some more most less least over under about around nearly almost "
    "approximately roughly up down into onto out off also just only then there here when "
    "while what new last next first second third fourth year years quarter quarters month "
    "months week weeks day days earlier later ago previous prior same company firm group "
    "including according total totaling totalling worth reported expects expected said says "
    "estimated between marking reporting million billion thousand trillion percent end "
    "start beginning include includes included reach reached hit".split()
)
_COUNT_NOUNS = frozenset(
    "people staff personnel police children men women cattle sheep fish aircraft deer "
    "livestock crew faculty clergy media data equipment software hardware".split()
)
_ADDRESS = frozenset(
    "street st st. avenue ave ave. road rd rd. boulevard blvd lane drive way place square "
    "court".split()
)
_NOT_HEADS = frozenset(
    "is was has does this its his has as us always perhaps towards thus plus yes less "
    "unless across whereas news series species means analysis basis crisis status bus gas".split()
)

_CUR = (
    # "c $ 16.4 million" (tokenised wire copy) keeps its space; "a $5 fee" is no Australian.
    r"\b(?:US|U\.S\.?|HK|NZ)\s?\$|(?<!['’] )\b[CRS]\s?\$|\bA\$|\$|€|£|¥|₹|₩|"
    r"(?:USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD)\s?"
)
_SCALE_WORD = r"thousand|million|billion|trillion"
_CUR_WORD = (
    r"(?:(?:us|u\.s\.|american|australian|canadian|hong kong|new zealand|singapore)\s+)?"
    r"dollars?|euros?|(?:british\s+)?pounds? sterling|(?:british\s+)?pounds?|sterling|"
    r"(?:japanese\s+)?yen|(?:chinese\s+)?yuan|renminbi|(?:indian\s+)?rupees?|"
    r"swiss francs?|(?:south korean\s+)?won|rubles?|roubles?|(?:mexican\s+)?pesos?|rmb|"
    r"USD|EUR|GBP|JPY|CHF|CNY|INR|CAD|AUD"
)
# Nationality first: "australian dollars" is AUD, "dollars" alone USD.
_CURRENCY_NATION = {
    "australian": "AUD",
    "canadian": "CAD",
    "hong kong": "HKD",
    "new zealand": "NZD",
    "singapore": "SGD",
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
}
_NUM = rf"(?P<num>{DIGITS})"
# "in" is an inch only where no noun can follow: "2 in thick", "2 in." at the end.
_QUANTITY_UNITS = (
    r"(?:miles|mile|mi|km/h|kph|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|ft|inches|inch|"
    r"in(?=\s*(?:[.,;)]|$|thick|long|wide|tall|deep|high))|pounds|pound|lbs?|kg|kilograms?|"
    r"grams?|tons?|tonnes?|mph|acres?|hectares?|gallons?|lit(?:re|er)s?|(?-i:L|mL)|ml|degrees)\b"
)
_SCALE = rf"(?:\s?(?P<scale>{_SCALE_WORD})\b|(?P<short>{SCALE_PATTERN})\b)"


def _money_pre(prefix: str = "", *, optional_currency: bool = False) -> str:
    """$34.5 billion, €3.2bn, US$ 5 million — group names start with ``prefix``."""
    currency = rf"(?P<{prefix}cur>{_CUR})" + ("?" if optional_currency else "")
    return (
        rf"{currency}\s?(?P<{prefix}num>{DIGITS})"
        rf"(?:\s?(?P<{prefix}scale>{_SCALE_WORD})\b|(?P<{prefix}short>{SCALE_PATTERN})\b)?"
    )


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "money_range",
        re.compile(
            rf"between\s+{_money_pre('a')}\s+and\s+{_money_pre('b', optional_currency=True)}",
            re.IGNORECASE,
        ),
    ),
    (
        "money_range",
        re.compile(
            rf"{_money_pre('a')}\s?(?:-|–|to)\s?{_money_pre('b', optional_currency=True)}",
            re.IGNORECASE,
        ),
    ),
    (
        "percent_range",
        re.compile(
            rf"(?:between\s+)?(?P<anum>{DIGITS})\s?(?:%|percent|per cent)?"
            rf"\s?(?:-|–|to|and)\s?(?P<bnum>{DIGITS})\s?(?:%|percent\b|per cent\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "money",
        re.compile(
            rf"(?P<sign>[-−])?{_money_pre()}".replace(
                r"\s?(?P<num>", r"\s?(?P<nsign>[-−])?(?P<num>"
            ),
            re.IGNORECASE,
        ),
    ),
    (
        "money_suffix",
        re.compile(
            rf"(?P<sign>(?<![\w.])[-−])?(?P<num>{DIGITS})(?:\s?(?P<scale>{_SCALE_WORD})\b|"
            rf"(?P<short>{SCALE_PATTERN})\b)?\s?(?P<cur>[€£¥₹元])"
        ),
    ),
    (
        "money_words",
        re.compile(
            rf"(?:{_NUM}|\b(?P<words>{WORD_NUMBER}))(?:\s?(?P<scale>{_SCALE_WORD})\b|"
            rf"(?P<short>{SCALE_PATTERN})\b)?[\s-](?P<curword>{_CUR_WORD})\b"
            rf"(?:\s+(?:and\s+)?(?P<cents>\d{{1,2}}|{WORD_NUMBER})\s+(?:cents?|pence)\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "cents",
        re.compile(
            rf"(?:{_NUM}|\b(?P<words>{WORD_NUMBER}))[\s-]?(?P<sub>cents?|pence|p)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "percent",
        re.compile(
            rf"(?P<sign>(?:minus|negative)\s+)?(?:{_NUM}|\b(?P<words>{WORD_NUMBER}))\s?"
            r"(?P<unit>%|percents?\b|per cent\b|percentage points?\b|percentage\b|"
            r"basis points?\b|bps\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "percent",
        re.compile(
            rf"(?P<unit>percents?|per cent|percentage)\s+of\s+(?:{_NUM}|\b(?P<words>{WORD_NUMBER}))"
            r"(?P<sign>)",
            re.IGNORECASE,
        ),
    ),
    (
        "duration",
        re.compile(
            rf"(?:{_NUM}|\b(?P<words>{WORD_NUMBER}|an?))[\s-]+(?P<unit>years?|months?|weeks?|days?|"
            r"hours?|hrs?|minutes?|mins?|decades?|centur(?:y|ies))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "quantity",
        re.compile(
            rf"(?:(?P<low>{DIGITS})-?\s?(?:to|-|–)\s?)?"
            rf"(?:(?P<mixed>\d+\s+\d+/\d+|\d+/\d+)|{_NUM}{_SCALE}?|"
            rf"\b(?P<words>{WORD_NUMBER}(?:\s+and\s+an?\s+(?:half|quarter))?|an?|one-half|"
            r"half an?))"
            rf"[\s-]?(?P<unit>{_QUANTITY_UNITS})",
            re.IGNORECASE,
        ),
    ),
    (
        "count",
        re.compile(
            rf"(?:{_NUM}{_SCALE}?|\b(?P<words>{WORD_NUMBER}|(?:a\s+)?dozens?))"
            r"(?P<phrase>(?:\s+[\w’'\-./]+){1,4})",
            re.IGNORECASE,
        ),
    ),
    (
        "ordinal",
        re.compile(
            r"\b(?P<ord>" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))"
            r"(?P<phrase>(?:[\s-]+[\w’'\-]+){1,2})",
            re.IGNORECASE,
        ),
    ),
]


@dataclass
class _Found:
    kind: FigureKind
    start: int
    end: int
    value: Decimal | None
    unit: str
    scale: int
    precision: Decimal
    low: Decimal | None = None
    high: Decimal | None = None
    head: list[str] | None = None  # words of the counted thing


# ---------------------------------------------------------------- guards


def _glued(text: str, start: int, end: int) -> bool:
    """A number that is part of a name or code: H100, F-35, COVID-19, 4G, 737-800."""
    before = text[start - 1] if start > 0 else " "
    before2 = text[start - 2] if start > 1 else " "
    after = text[end] if end < len(text) else " "
    if before.isalpha() or before == "_" or (before in "-‑" and before2.isalnum()):
        return True
    return after.isalpha() or after == "_" or (after in "-‑/" and text[end + 1 : end + 2].isdigit())


def _date_or_time(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    after = text[end : end + 12]
    if re.search(rf"\b{_MONTHS}\.?\s+$", before) or re.match(rf"\s+{_MONTHS}\b", after):
        return True
    if re.match(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|ET\b|EST\b)", after):
        return True
    return bool(re.match(r"[:/]\d", after) or re.search(r"\d[:/]$", before))


def _named(text: str, start: int, sentence: Span) -> bool:
    """iPhone 15, Windows 11, Boeing 737, Section 230: a capitalised word right before."""
    before = text[sentence.start : start]
    match = re.search(r"([A-Za-z][\w’'.]*)\s$", before)
    if not match:
        return False
    word = match.group(1)
    at_start = before[: match.start()].strip() == ""
    if word.casefold().rstrip(".") in {"no", "number", "nos"}:
        return True
    has_upper = any(c.isupper() for c in word[1:]) and not word.isupper()
    return (word[0].isupper() and not at_start and word.casefold() not in _QUALIFIER_WORDS) or (
        has_upper
    )


_QUALIFIER_WORDS = frozenset(w for q in _QUALIFIERS for w in q.split()) | {"us", "u.s."}


def _is_year(printed: str) -> bool:
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d|21\d\d", printed))


# ---------------------------------------------------------------- handlers


def _money(match: re.Match[str], prefix: str = "") -> tuple[Decimal, Decimal, int, str | None]:
    """(value, precision, scale, currency) of one amount; currency None when not printed."""
    g = match.groupdict()
    value, precision = parse_digits(g[f"{prefix}num"])
    scale = scale_of(g.get(f"{prefix}scale") or g.get(f"{prefix}short"))
    currency = None
    if g.get(f"{prefix}cur"):
        currency = _CURRENCY_PREFIX[re.sub(r"\s", "", g[f"{prefix}cur"]).casefold()]
    elif g.get(f"{prefix}curword"):
        currency = _CURRENCY_WORD[g[f"{prefix}curword"].casefold()]
    return value * scale, precision * scale, scale, currency


def _range(match: re.Match[str], _text: str) -> _Found | None:
    low, low_precision, low_scale, currency = _money(match, "a")
    high, high_precision, high_scale, high_currency = _money(match, "b")
    if high_currency not in (None, currency):
        return None
    if low_scale == 1 and high_scale != 1:
        # "$34.5-37 billion": the scale printed once applies to both ends.
        low, low_precision, low_scale = low * high_scale, low_precision * high_scale, high_scale
    if high < low:
        return None
    return _Found(
        FigureKind.RANGE,
        match.start(),
        match.end(),
        None,
        currency or "USD",
        max(low_scale, high_scale),
        min(low_precision, high_precision),
        low=low,
        high=high,
    )


def _percent_range(match: re.Match[str], _text: str) -> _Found | None:
    low, low_p = parse_digits(match.group("anum"))
    high, high_p = parse_digits(match.group("bnum"))
    printed = match.group()
    if "%" not in printed and "per" not in printed.casefold():
        return None
    if re.match(r"\s*\d+\s+and\b", printed) and not printed.casefold().startswith("between"):
        return None
    if high < low:
        return None
    return _Found(
        FigureKind.RANGE,
        match.start(),
        match.end(),
        None,
        "%",
        1,
        min(low_p, high_p),
        low=low,
        high=high,
    )


def _money_one(match: re.Match[str], _text: str) -> _Found:
    value, precision, scale, currency = _money(match)
    if match.groupdict().get("sign") or match.groupdict().get("nsign"):
        value = -value  # "-15€", "$-99.99": a loss or a debit
    return _Found(
        FigureKind.MONEY, match.start(), match.end(), value, currency or "USD", scale, precision
    )


def currency_of(words: str) -> str | None:
    """ "australian dollars" → AUD, "pounds sterling" → GBP, "yen" → JPY."""
    lowered = re.sub(r"\s+", " ", words.casefold())
    for nation, code in _CURRENCY_NATION.items():
        if lowered.startswith(nation + " ") and "dollar" in lowered:
            return code
    last = lowered.split()[-1]
    if last in ("pound", "pounds", "sterling"):
        return "GBP"
    return (
        _CURRENCY_WORD.get(lowered)
        or _CURRENCY_WORD.get(last)
        or _CURRENCY_WORD.get(" ".join(lowered.split()[-2:]))
    )


def _money_words(match: re.Match[str], _text: str) -> _Found | None:
    """5 million euros, 125 million australian dollars, five million yen, one-yen."""
    currency = currency_of(match.group("curword"))
    scale = scale_of(match.group("scale") or match.group("short"))
    if currency is None:
        return None
    if re.fullmatch(r"(?:british\s+)?pounds?", match.group("curword"), re.I) and scale == 1:
        return None  # "5 pounds" is a weight unless a scale word says money
    if match.group("num"):
        value, precision = parse_digits(match.group("num"))
    else:
        parsed = parse_words(match.group("words"))
        if parsed is None:
            return None
        value, precision = parsed, words_precision(match.group("words"))
    if match.group("cents"):
        # "3 dollars 50 cents", "thirteen dollars and forty-five cents"
        cents = parse_words(match.group("cents"))
        if cents is None or cents >= 100:
            return None
        value, precision = value + cents / 100, Decimal("0.01")
    return _Found(
        FigureKind.MONEY,
        match.start(),
        match.end(),
        value * scale,
        currency,
        scale,
        precision * scale,
    )


def _cents(match: re.Match[str], _text: str) -> _Found | None:
    sub = match.group("sub").casefold()
    if sub == "p" and " " in match.group():
        return None
    if match.group("num"):
        value, precision = parse_digits(match.group("num"))
    else:
        parsed = parse_words(match.group("words"))
        if parsed is None or sub == "p":
            return None
        value, precision = parsed, Decimal(1)
    return _Found(
        FigureKind.MONEY, match.start(), match.end(), value / 100, _SUBUNIT[sub], 1, precision / 100
    )


def _percent(match: re.Match[str], _text: str) -> _Found | None:
    unit_word = match.group("unit").casefold()
    unit = (
        "pp"
        if unit_word.startswith("percentage point")
        else "bp"
        if unit_word.startswith(("basis", "bps"))
        else "%"
    )
    if match.group("num"):
        value, precision = parse_digits(match.group("num"))
    else:
        parsed = parse_words(match.group("words"))
        if parsed is None:
            return None
        value, precision = parsed, Decimal(1)
    if match.group("sign"):
        value = -value
    return _Found(FigureKind.PERCENT, match.start(), match.end(), value, unit, 1, precision)


_VAGUE = re.compile(r"\b(?:several|a few|few|many|some|hundreds of|thousands of)\s+$", re.I)


def _duration(match: re.Match[str], text: str) -> _Found | None:
    if _VAGUE.search(text[max(0, match.start() - 20) : match.start()]):
        return None  # "several hundred years" states no number
    after = text[match.end() : match.end() + 12]
    if re.match(r"[\s-]*(?:ago|earlier|later|old|before|after|from now|on)\b", after):
        return None
    unit = _TIME_UNITS[match.group("unit").casefold()]
    words = match.group("words")
    if match.group("num"):
        if _is_year(match.group("num")) and unit == "year":
            return None
        value, precision = parse_digits(match.group("num"))
    else:
        if words.casefold() in ("a", "an"):
            before = text[max(0, match.start() - 16) : match.start()].casefold()
            # "a year earlier" is a date; "for over a decade" is a claim about time.
            if not re.search(rf"(?:{_QUALIFIER}|for)\s+$", before):
                return None
        parsed = parse_words(words)
        if parsed is None:
            return None
        value, precision = parsed, Decimal(1)
    if unit in _TIME_IN_YEARS:
        value, precision, unit = value * _TIME_IN_YEARS[unit], precision, "year"
    return _Found(FigureKind.DURATION, match.start(), match.end(), value, unit, 1, precision)


def _quantity(match: re.Match[str], _text: str) -> _Found | None:
    unit = _UNIT_WORDS[match.group("unit").casefold()]
    scale = scale_of(match.group("scale") or match.group("short"))
    if match.group("mixed"):
        value, precision = _fraction(match.group("mixed")), Decimal("0.01")
    elif match.group("num"):
        value, precision = parse_digits(match.group("num"))
    else:
        words = match.group("words").casefold()
        parsed = (
            Decimal("0.5")
            if words in ("one-half", "half a", "half an")
            else parse_words(re.sub(r"\s+and\s+an?\s+(half|quarter)$", "", words))
        )
        if parsed is None:
            return None
        if words.endswith(("and a half", "and an half")):
            parsed += Decimal("0.5")
        elif words.endswith(("and a quarter", "and an quarter")):
            parsed += Decimal("0.25")
        value, precision = parsed, Decimal(1)
    if match.group("low"):
        low, low_precision = parse_digits(match.group("low"))
        return _Found(
            FigureKind.RANGE,
            match.start(),
            match.end(),
            None,
            unit,
            scale,
            min(low_precision, precision) * scale,
            low=low * scale,
            high=value * scale,
        )
    return _Found(
        FigureKind.QUANTITY,
        match.start(),
        match.end(),
        value * scale,
        unit,
        scale,
        precision * scale,
    )


def _fraction(printed: str) -> Decimal:
    """ "2 1/2" → 2.5, "1/4" → 0.25."""
    whole, _, fraction = printed.rpartition(" ")
    numerator, denominator = fraction.split("/")
    return Decimal(whole or 0) + Decimal(numerator) / Decimal(denominator)


_LATIN_US = frozenset(
    "status bonus campus census virus consensus stimulus corpus focus genus bus us "
    "surplus nexus thesaurus apparatus prospectus".split()
)


def _singular(word: str) -> str:
    lowered = re.sub(r"[’']s?$", "", word.casefold())
    if lowered in _LATIN_US or lowered.endswith(("ss", "is", "ous", "ics")):
        return lowered
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("sses", "xes", "ches", "shes")):
        return lowered[:-2]
    if lowered.endswith("s") and len(lowered) > 3:
        return lowered[:-1]
    return lowered


def _head(phrase: str) -> list[str] | None:
    """The counted thing: "NVIDIA H100 GPUs" → [nvidia, h100, gpus]; None when there is none."""
    words = phrase.split()
    taken: list[str] = []
    for word in words:
        clean = word.strip(".,;:!?()\"“”’'")
        lowered = clean.casefold()
        if not clean or (lowered in _STOP - {"new"} and not taken):
            return None
        if lowered in _STOP or lowered in _TIME_UNITS or re.fullmatch(rf"{_MONTHS}", clean):
            return None
        taken.append(clean)
        is_plural = lowered.endswith("s") and len(lowered) > 3 and lowered not in _NOT_HEADS
        if is_plural or lowered in _COUNT_NOUNS:
            if lowered in _ADDRESS or any(w.casefold() in _ADDRESS for w in taken):
                return None
            return taken
        if clean != word:  # punctuation ends the phrase
            return None
    return None


def _count(match: re.Match[str], text: str) -> _Found | None:
    head = _head(match.group("phrase"))
    if head is None:
        return None
    if match.group("num"):
        printed = match.group("num")
        if _is_year(printed):
            return None
        value, precision = parse_digits(printed)
        scale = scale_of(match.group("scale") or match.group("short"))
    else:
        words = match.group("words")
        parsed = parse_words(re.sub(r"^a\s+", "", words, flags=re.IGNORECASE))
        if parsed is None:
            return None
        value, precision, scale = parsed, Decimal(1), 1
    end = match.start("phrase")
    for word in head:
        end = text.index(word, end) + len(word)
    return _Found(
        FigureKind.COUNT,
        match.start(),
        end,
        value * scale,
        _singular(head[-1]),
        scale,
        precision * scale,
        head=[w.casefold() for w in head],
    )


_NOT_ORDINAL_NEXT = frozenset(
    "quarter quarters half half-year time of and to in on at by the a an place is was were "
    "said reported came become became saw one ones".split()
)


_CLAIM_OWNER = re.compile(
    r"(?:[’']s|\b(?:its|their|his|her|our|my|your))\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _ordinal(match: re.Match[str], text: str) -> _Found | None:
    # "Meta’s first dividends", "its third straight loss": an ordinal owned by someone makes a
    # claim; "the first paragraph" or "a second look" does not.
    if not _CLAIM_OWNER.search(text[max(0, match.start() - 30) : match.start()]):
        return None
    words = match.group("phrase").split()
    first = words[0].strip(".,;:").casefold()
    if first in _NOT_ORDINAL_NEXT or first.endswith(("ed", "ly")) or not first.isalpha():
        return None
    if re.match(r"[\s-]*quarter|[\s-]*half", match.group("phrase"), re.IGNORECASE):
        return None
    noun = first
    end = (
        match.start("phrase") + match.group("phrase").index(words[0]) + len(words[0].rstrip(".,;:"))
    )
    if len(words) > 1:
        second = words[1].strip(".,;:").casefold()
        if second.isalpha() and second not in _STOP and words[0][-1] not in ".,;:":
            noun = second
            end = text.index(words[1], end) + len(words[1].rstrip(".,;:"))
    ordinal = match.group("ord").casefold()
    value = ORDINALS.get(ordinal) or int(re.sub(r"\D", "", ordinal))
    return _Found(
        FigureKind.ORDINAL,
        match.start(),
        end,
        Decimal(value),
        _singular(noun),
        1,
        Decimal(1),
        head=[first] if noun == first else [first, noun],
    )


_HANDLERS: dict[str, Callable[[re.Match[str], str], _Found | None]] = {
    "money_range": _range,
    "percent_range": _percent_range,
    "money": _money_one,
    "money_suffix": _money_one,
    "money_words": _money_words,
    "cents": _cents,
    "percent": _percent,
    "duration": _duration,
    "quantity": _quantity,
    "count": _count,
    "ordinal": _ordinal,
}


# ---------------------------------------------------------------- qualifiers and measures

_QUALIFIER_BEFORE = re.compile(rf"(?:^|\s)(?P<q>{_QUALIFIER})\s*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")


def _qualifier(text: str, sentence: Span, start: int) -> tuple[Bound, str | None, int]:
    before = text[max(sentence.start, start - 24) : start]
    match = _QUALIFIER_BEFORE.search(before)
    if not match:
        return Bound.EXACT, None, start
    words = match.group("q")
    return _QUALIFIERS[words.casefold()], words, start - (len(before) - match.start("q"))


# Words that name the same measure or movement: "shares fell" and "stock dropped" agree.
_SYNONYMS = {
    "stock": "share", "stocks": "share", "share": "share", "shares": "share",
    "sales": "revenue", "turnover": "revenue", "revenues": "revenue",
    "earnings": "profit", "profits": "profit", "net": "net", "sterling": "pound",
    "staff": "employee", "workers": "employee", "worker": "employee", "employees": "employee",
    **{word: "rise" for word in "increase increases increased rise rises rose risen gain gains "
       "gained growth grew grow jump jumped jumps surge surged climb climbed climbs up "
       "higher".split()},
    **{word: "fall" for word in "decrease decreases decreased decline declines declined drop "
       "dropped drops fall falls fell fallen loss slump slumped plunge plunged slid slide "
       "down lower cut cuts".split()},
}  # fmt: skip
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow".split()
)


def _content_words(words: list[str]) -> list[str]:
    kept = []
    for word in words:
        lowered = word.casefold()
        if "-" in lowered and lowered.split("-")[-1] in ("quarter", "year", "half", "month"):
            continue
        if lowered in _SYNONYMS:
            kept.append(_SYNONYMS[lowered])
            continue
        if lowered in _STOP or lowered in _WEEKDAYS or re.fullmatch(_MONTHS, word):
            continue
        if lowered.endswith(("ing", "ly", "ed")) or word[0].isdigit():
            continue
        kept.append(_singular(word))
    return kept


_MOVEMENT = frozenset({"rise", "fall"})


def _clause_words(text: str, start: int, end: int, others: list[_Found]) -> list[str]:
    """The words of ``text[start:end]`` with the other figures in it left out."""
    pieces, cursor = [], start
    for other in sorted(others, key=lambda o: o.start):
        if start <= other.start and other.end <= end:
            pieces.append(text[cursor : other.start])
            cursor = other.end
    pieces.append(text[cursor:end])
    return _WORD.findall(" ".join(pieces))


def _measure(text: str, sentence: Span, found: _Found, others: list[_Found]) -> list[str]:
    """What the figure measures: the content words around it, within its clause. Other figures
    in the clause are stepped over ("interest rates at a 16-year high of 5.25%")."""
    left_text = text[sentence.start : found.start]
    left_start = sentence.start + max(
        (m.end() for m in re.finditer(r"[,;:()—–]", left_text)), default=0
    )
    right = re.search(r"[,;:()—–]", text[found.end : sentence.end])
    right_end = found.end + right.start() if right else sentence.end
    words = _content_words(_clause_words(text, left_start, found.start, others)[-5:])
    words += _content_words(_clause_words(text, found.end, right_end, others)[:4])
    if all(word in _MOVEMENT for word in words) and left_start > sentence.start:
        # "revenue of $40.11 billion, marking a 25% increase": a bare change is a change of
        # what the clause before it measures.
        clause_start = sentence.start + max(
            (m.end() for m in re.finditer(r"[,;:()—–]", text[sentence.start : left_start - 1])),
            default=0,
        )
        words += _content_words(_clause_words(text, clause_start, left_start, others)[-5:])
    measure: list[str] = [_singular(word) for word in found.head or []]
    for word in words:
        if word not in measure:
            measure.append(word)
    return measure


# ---------------------------------------------------------------- entry point


# Patterns that read a dash after a number themselves ($34.5-$37 billion, 25-30%).
_DASHED = frozenset(
    {
        "money",
        "money_suffix",
        "money_words",
        "money_range",
        "percent",
        "percent_range",
        "quantity",
        "cents",
    }
)


# Patterns that need a digit, and a cheap test for sentences that may hold a spelled-out
# number or ordinal: most sentences have neither, and skip every pattern.
_DIGIT_ONLY = frozenset({"money_range", "percent_range", "money", "money_suffix"})
_NUMBER_WORD = re.compile(
    rf"\b(?:{WORD_NUMBER}|an?\s+(?:dozen|decade|century|year|month|week|day|hour)|dozens?|"
    r"(?:" + "|".join(ORDINALS) + r"))\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _scan(text: str, sentence: Span) -> Iterator[_Found]:
    has_digit = _DIGIT.search(text, sentence.start, sentence.end) is not None
    has_words = _NUMBER_WORD.search(text, sentence.start, sentence.end) is not None
    if not has_digit and not has_words:
        return
    # Numbers inside a web address (…%2D…, ?page=2) are not figures.
    taken: list[tuple[int, int]] = [
        (m.start(), m.end()) for m in _URL.finditer(text, sentence.start, sentence.end)
    ]
    for name, pattern in _PATTERNS:
        if not has_digit and name in _DIGIT_ONLY:
            continue
        for match in pattern.finditer(text, sentence.start, sentence.end):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken):
                continue
            number_start = next(
                (match.start(g) for g in ("num", "anum") if match.groupdict().get(g)), None
            )
            number_start = number_start if number_start is not None else start
            fraction = bool(match.groupdict().get("mixed"))
            if name != "ordinal" and not fraction and re.match(r"\d|\.\d", text[number_start:]):
                num_end = number_start + len(re.match(DIGITS, text[number_start:]).group())
                if _glued(text, number_start, num_end) and name not in _DASHED:
                    continue
                if _glued(text, number_start, number_start) or _date_or_time(
                    text, number_start, num_end
                ):
                    continue
                if name in ("count", "duration", "quantity") and _named(
                    text, number_start, sentence
                ):
                    continue
            found = _HANDLERS[name](match, text)
            if found is None:
                continue
            taken.append((found.start, found.end))
            yield found


def _plain(value: Decimal | None) -> Decimal | None:
    """40110000000.00 → 40110000000: the same number, printed without trailing zeros."""
    if value is None:
        return None
    return Decimal(format(value.normalize(), "f"))


def extract_figures(article: Article, sentences: list[Span]) -> list[Figure]:
    text = article.text
    figures: list[Figure] = []
    for sentence in sentences:
        found = sorted(_scan(text, sentence), key=lambda f: f.start)
        periods: list[Period] = find_periods(text, sentence.start, sentence.end)
        periods = [p for p in periods if not any(f.start <= p.start < f.end for f in found)]
        for item in found:
            bound, qualifier, start = _qualifier(text, sentence, item.start)
            others = [o for o in found if o is not item]
            figures.append(
                Figure(
                    id=f"{article.id}:f{len(figures) + 1}",
                    article_id=article.id,
                    kind=item.kind,
                    text=text[start : item.end],
                    span=Span(start=start, end=item.end),
                    value=_plain(item.value),
                    low=_plain(item.low),
                    high=_plain(item.high),
                    unit=item.unit,
                    scale=item.scale,
                    precision=_plain(item.precision),
                    bound=bound,
                    qualifier=qualifier,
                    period=period_for(periods, item.start),
                    measure=_measure(text, sentence, item, others),
                    sentence=sentence,
                )
            )
    return figures
