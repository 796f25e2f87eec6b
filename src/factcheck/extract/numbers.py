"""Numbers as printed in news text, to exact `Decimal` values with their precision.

``40.11`` → (40.11, 0.01); ``350,000`` → (350000, 1); ``two-thirds`` → (0.666…, 1);
``one hundred and twenty-five`` → (125, 1). Scale words (million, bn, k) multiply both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mln": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "bln": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "t": 10**12,
    # The Indian numbering system's scales, used as million and billion are: "Rs 1,200 crore",
    # "2.1 lakh customers".
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
SCALE_PATTERN = r"(?:thousand|million|billion|trillion|mln|bln|trn|bn|mn|tn|[kmbt])"

# Nouns that only count (people, seats, votes), never follow a model or route number: before
# them a number is a count even after a capitalised name, "gave the Civic Alliance 104 seats"
# ("Windows 11 users", "Boeing 737 jets" stay names).
COUNTED_NOUNS = frozenset(
    "seats votes people deaths members delegates lawmakers legislators mps senators "
    "councillors councilors jobs lives victims casualties fatalities residents voters "
    "supporters troops soldiers employees staff workers children adults students migrants "
    "refugees prisoners hostages protesters runs wickets goals".split()
)

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
MULTIPLIERS = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "quadrillion": 10**15,
    "quintillion": 10**18,
    "sextillion": 10**21,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 10**6,
    "billionth": 10**9,
    "trillionth": 10**12,
}
FRACTIONS = {
    "half": Decimal(1) / 2,
    "halves": Decimal(1) / 2,
    "third": Decimal(1) / 3,
    "thirds": Decimal(1) / 3,
    "quarter": Decimal(1) / 4,
    "quarters": Decimal(1) / 4,
    "fifth": Decimal(1) / 5,
    "fifths": Decimal(1) / 5,
    "tenth": Decimal(1) / 10,
    "tenths": Decimal(1) / 10,
}
SPECIAL = {"dozen": 12, "dozens": 12, "score": 20, "couple": 2, "pair": 2}


def by_length(words: Iterable[str]) -> list[str]:
    """``words`` longest first, in alphabetical order among equals: a pattern's alternatives
    tried longest first, spelt the same in every run (a set's order is not)."""
    return sorted(words, key=lambda word: (-len(word), word))


def longest_first(words: Iterable[str]) -> str:
    """A regex group matching any of ``words``, the longest first, as
    ``(?:seventeen|seventy|seven)`` would, with shared prefixes factored out:
    ``(?:seven(?:t(?:een|y)|))``. The engine then reads one character at a time instead of
    trying every word in turn at every position, which made the number patterns slow. The
    matches, backtracking included, are the same: the words that match at a position are
    prefixes of one another, and both forms try them longest first."""
    tree: dict[str, dict] = {}
    # In a fixed order, whatever collection they come in: a set's order changes from run to
    # run, and so would the pattern (the matches would not).
    for word in sorted(set(words)):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def group(node: dict[str, dict]) -> str:
        # The end of a word comes last: longer words first.
        branches = [re.escape(char) + group(child) for char, child in node.items() if char]
        if "" in node:
            branches.append("")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return "(?:" + group(tree) + ")"


_WORD = longest_first([*UNITS, *TENS, *MULTIPLIERS])
# "one hundred and twenty-five", "twenty five", "a hundred", "two-thirds"
# A scale word right after digits is theirs, no number's start: "9.84 million twenty-foot
# equivalent units" holds 9.84 million, not a "million twenty"-foot length.
_SCALE_OF_DIGITS = rf"(?!(?<=\d\s)(?:{longest_first(MULTIPLIERS)})\b)"
WORD_NUMBER = (
    rf"(?:{_SCALE_OF_DIGITS}(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*"
    r"(?:-(?:halves|thirds|quarters|fifths|tenths|half|third|quarter|fifth|tenth))?)"
)
# Thousands grouped by a space, as South African, Canadian French-influenced and SI style
# print them ("250 000", "R27 500", "1 200 megawatts"), with a plain, no-break or thin space:
# only a group of exactly three digits with no digit, comma or decimal point on either side,
# so "in 2019 200 people" and "1 2345" stay two numbers, and not before a capital: "the 57 737
# MAX jets due" are 57 jets of a model.
THOUSANDS_SPACES = " \u00a0\u2009\u202f"
_SPACED = (
    rf"(?<![\d.,])\d{{1,3}}(?:[{THOUSANDS_SPACES}]\d{{3}}(?![\d,]|\.\d))++(?:\.\d+)?+"
    r"(?!\s*(?-i:[A-Z]))"
)
DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_SPACED}|\d+(?:\.\d+)?|\.\d+)"
_DIGITS = re.compile(DIGITS)
_GROUPING = re.compile(f"[,{THOUSANDS_SPACES}]")


def parse_digits(printed: str) -> tuple[Decimal, Decimal]:
    """``"40.11"`` → (Decimal('40.11'), Decimal('0.01'))."""
    plain = _GROUPING.sub("", printed)
    value = Decimal(plain)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return value, Decimal(1).scaleb(-decimals)


def parse_words(words: str) -> Decimal | None:
    """Spelled-out numbers: "one hundred and twenty-five" → 125; "two-thirds" → 2/3; "1.5
    million" → 1500000; "two and a half" → 2.5; "half" → 0.5."""
    tokens = [t for t in re.split(r"[\s-]+", words.casefold()) if t]
    if len(tokens) >= 3 and tokens[-2] in ("a", "an") and tokens[-3] == "and":
        # "two and a half": a whole number and a fraction, added.
        whole, fraction = parse_words(" ".join(tokens[:-3])), FRACTIONS.get(tokens[-1])
        return None if whole is None or fraction is None else whole + fraction
    tokens = [t for t in tokens if t != "and"]
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0] in ("half", "quarter"):
        return FRACTIONS[tokens[0]]
    if tokens[-1] in FRACTIONS and len(tokens) >= 2:
        numerator = parse_words(" ".join(tokens[:-1]))
        return None if numerator is None else numerator * FRACTIONS[tokens[-1]]
    return _cardinal(tokens)


def _cardinal(tokens: list[str]) -> Decimal | None:
    total, current = Decimal(0), Decimal(0)
    for token in tokens:
        if token in ("a", "an"):
            current = max(current, Decimal(1))
        elif _DIGITS.fullmatch(token):
            current += parse_digits(token)[0]  # "1.5 million"
        elif token in UNITS:
            if current % 10 or 10 <= current % 100 < 20:
                return None  # "two three", "twelve five": two numbers, not one
            current += UNITS[token]
        elif token in TENS:
            if current % 100:
                return None  # "twenty thirty"
            current += TENS[token]
        elif token == "hundred":
            current = max(current, Decimal(1)) * 100
        elif token in MULTIPLIERS:
            total += max(current, Decimal(1)) * MULTIPLIERS[token]
            current = Decimal(0)
        elif token in SPECIAL:
            current = max(current, Decimal(1)) * SPECIAL[token]
        else:
            return None
    return total + current


def scale_of(word: str | None) -> int:
    """The multiplier of a scale word; of two, their product: "lakh crore" is 10**12."""
    if not word:
        return 1
    scale = SCALES.get(word.casefold())
    if scale is not None:
        return scale
    scale = 1
    for part in word.casefold().split():
        scale *= SCALES.get(part, 1)
    return scale


_CARDINAL_WORD = {
    value: word for word, value in [*UNITS.items(), *TENS.items(), *MULTIPLIERS.items()]
}


def parse_ordinal(words: str) -> Decimal | None:
    """ "21st" → 21, "twenty-first" → 21, "one hundred and third" → 103, "two hundredth" → 200."""
    text = words.strip().casefold()
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    if digits:
        return Decimal(digits.group(1))
    tokens = [t for t in re.split(r"[\s-]+", text) if t and t != "and"]
    if not tokens or tokens[-1] not in ORDINALS:
        return None
    # The last word says "which one"; read as its cardinal, the whole is an ordinary number.
    return parse_words(" ".join([*tokens[:-1], _CARDINAL_WORD[ORDINALS[tokens[-1]]]]))


def words_precision(words: str) -> Decimal:
    """One unit of the last word: "five million" → 1,000,000; "twenty-five" → 1."""
    last = re.split(r"[\s-]+", words.strip().casefold())[-1]
    return Decimal(MULTIPLIERS.get(last, 1))
