"""Every number a text mentions, and the number ranges it states, with exact values.

`find_numbers` reads digits (``1,234,567.5``, ``40 000``, ``12,34,567`` Indian grouping,
``1.111,11`` with both European separators, ``1,3`` with a decimal comma, ``1.3e6``,
``2.5^-1``), scale words and suffixes (``1.5 million``, ``3k``, ``$10m``, ``US$ 1MM``,
``13 lakh``), spelled-out numbers (``one hundred and twenty-five``, ``two point zero three``,
``half a dozen``), fractions (``two-thirds``, ``1/4``, ``2 1/4``, ``¾``, ``one out of three``,
``1 in 5``, ``one over twenty``, ``five and a half million``) and signs (``-4/5``, ``minus
one``). Each `Numeral` keeps its span and its exact `Decimal` value.

What a news reader does not count as a quantity is left out: years after a date word ("in
2009"), days beside a month name ("May 4"), dates (5/17/2018), times, IP addresses and
version numbers (192.168.1.2), phone numbers, names with numbers (H100, SCP-173, COVID-19,
5G), slash pairs that are not small fractions (24/7, 9/11), ordinals (4th, "a third term"),
a number glued to a unit (29km: a measurement, which `figures.py` reads), "one" as a pronoun
("the one you mentioned") and vague plurals ("dozens", "hundreds of").

`find_ranges` reads intervals: ``between 20 and 30``, ``from 5 to 10``, ``20-30``, ``5k-20k``
(both ends included: that is what they mean in news), ``more than 5`` / ``over 5`` /
``> 5`` (open), ``at least 5`` / ``5 or more`` / ``>= 5`` (closed), the same downwards (``up
to 700``, ``fewer than a thousand``, ``30 or less``), ``equal to 20`` and pairs joined by
"and" or a comma (``more than 10 and less than 40`` → (10,40)). "From 5 to 10" (or "5 to 10")
after a verb of change ("rose from 5 to 10") is a change, not a range; "over three years" is a
period, not a bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from factcheck.extract.numbers import COUNTED_NOUNS, MULTIPLIERS, ORDINALS, TENS, UNITS
from factcheck.models import Article, NumberRange, Numeral, Span

# ------------------------------------------------------------------------ vocabulary

_ZERO = {"zero": 0, "nought": 0, "naught": 0}
_SMALL = {w: v for w, v in UNITS.items() if 0 < v < 10}
_TEENS = {w: v for w, v in UNITS.items() if v >= 10}
_BIG = {w: v for w, v in MULTIPLIERS.items() if v >= 1000} | {
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
_DOZEN = {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}
# Denominators: "fifths", "a hundredth", "twenty-firsts"; "first" and "second" only inside a
# compound ("twenty-first"): alone they are a rank and a unit of time.
_DENOMINATORS: dict[str, tuple[int, bool]] = {}
for _word, _value in ORDINALS.items():
    _DENOMINATORS[_word] = (_value, False)
    _DENOMINATORS[_word + "s"] = (_value, True)
_DENOMINATORS |= {"quarter": (4, False), "quarters": (4, True), "half": (2, False),
                  "halves": (2, True)}  # fmt: skip
_COMPOUND_ONLY = {"first", "firsts", "second", "seconds"}

# Scales glued to digits or after a space, case-sensitive: "10M" is ten million, "10m" ten
# metres (unless money: "$10m"), "10G" a network generation (5G), not 10 billion.
_GLUED_SCALE = {"k": 10**3, "K": 10**3, "M": 10**6, "MM": 10**6, "mil": 10**6, "mn": 10**6,
                "mln": 10**6, "m": 10**6, "b": 10**9, "B": 10**9, "bn": 10**9, "bln": 10**9,
                "tn": 10**12, "tln": 10**12, "trn": 10**12, "T": 10**12}  # fmt: skip
_SPACED_SCALE = {"k", "K", "M", "MM", "mn", "mln", "bn", "bln", "tn", "tln", "trn"}
# Signs before an amount, after which a glued "m" is millions ("₦10m"), not metres.
_CURRENCY_SIGNS = "$€£¥₹₩₦₱₺₫₴₪฿₽₵"
_VULGAR = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
    "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
    "⅞": (7, 8), "⅐": (1, 7), "⅑": (1, 9), "⅒": (1, 10),
}  # fmt: skip
# "3/4" is a fraction; "24/7", "9/11" and "5/17" are not.
_SLASH_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100}

_MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
_YEAR_CUES = set(
    "in since by until till during from to through of circa before after year years fiscal fy "
    "early mid late spring summer autumn fall winter q1 q2 q3 q4 h1 h2 and".split()
)
_FUNCTION_WORDS = set(
    "and or to when after before as the a an but with for in on at by from than that which "
    "while where is was were be been are will would could should has had have it its this "
    "these those they he she we i you who there then so if not no".split()
)
_PRONOUN_ONE_BEFORE = set(
    "the this that which each every any no another some only last little big right wrong "
    "other same".split()
)
# "the second half", "the first half": a period, not a number.
_BEFORE_HALF = {"first", "second", "other", "latter", "former", "the", "back", "front"}
_NAME_EXCEPTIONS = set("Rs Re Rp Sh Ksh Tk No Nos Nr Number Page Pages About Some Over".split())
_TIME_NOUNS = set(
    "year years month months week weeks day days decade decades hour hours minute minutes "
    "quarter quarters century centuries season seasons night nights".split()
)

# --------------------------------------------------------------------------- tokens

_NUMBER = re.compile(
    r"""
      \d{1,3}(?:\.\d{3})+,\d+(?![\d.])                          # 1.111,11
    | \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]\d)             # 12,34,567.89
    | \d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])                      # 1,234,567.5
    | \d{1,3}(?:[\u00a0\u202f\u2009\ ]\d{3})+(?:\.\d+)?(?![\w\-\u00a0\u202f]|\ \d)  # 40 000
    | \d+(?:\.\d+)?(?:[eE][+-]?\d+(?![\w.]))?                   # 40.11, 1.3e6
    | \.\d+
    """,
    re.VERBOSE,
)
_TOKEN = re.compile(r"(?P<word>[A-Za-z]+)|(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒])|(?P<sym>\S)")
_SPACE = re.compile(r"\s*")
# What is not a quantity at all: dates, times, IP addresses and versions, phone numbers.
_NOT_QUANTITIES = re.compile(
    r"""
      (?<![\d.])\d+(?:\.\d+){2,}(?![\d])                     # 192.168.1.2, 2.4.1
    | (?<![\d/])\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?![\d/])     # 5/17/2018, 17.05.2018
    | (?<!\d)(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])(?:-\d\d)?(?![\d])   # 1995-01, 2024-02-01
    | (?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)                  # 10:30
    | \+\d[\d\-/.\ ()]{6,}\d                                   # +1-222-2222/2222
    | (?<!\d)\(?\d{3}\)?[-.\ ]\d{3}[-.]\d{4}(?!\d)             # (555) 123-4567
    """,
    re.VERBOSE,
)


@dataclass
class _Tok:
    kind: str  # "num", "word", "vulgar", "sym"
    text: str
    start: int
    end: int
    value: Decimal | None = None  # num: the value; vulgar: the fraction
    plain: bool = False  # num: an integer printed without separators, scale or sign
    scaled: bool = False  # num: a scale already applied ("3k") or a sign, power, fraction
    money: bool = False  # num: right after a currency sign

    @property
    def low(self) -> str:
        return self.text.casefold()


def _digits_value(printed: str) -> Decimal:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", printed):
        return Decimal(printed.replace(".", "").replace(",", "."))
    return Decimal(re.sub(r"[,\s\u00a0\u202f\u2009]", "", printed))


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Words, symbols and numbers printed in digits (with their glued scale, sign, power or
    slash fraction), numbers that are not quantities dropped."""
    masked = [(m.start(), m.end()) for m in _NOT_QUANTITIES.finditer(text, start, end)]
    tokens: list[_Tok] = []
    pos = _SPACE.match(text, start).end()
    while pos < end:
        if text[pos].isdigit() or (text[pos] == "." and pos + 1 < end and text[pos + 1].isdigit()
                                   and (pos == 0 or not text[pos - 1].isalnum())):  # fmt: skip
            match = _NUMBER.match(text, pos, end)
            if match is None:  # pragma: no cover - every digit starts a number
                pos += 1
                continue
            tok = _number_token(text, match, end, masked)
            pos = tok.end if tok else match.end()
            if tok is not None:
                tokens.append(tok)
            else:
                # A skipped number takes its glued letters and slashes with it ("H100s").
                pos = re.compile(r"[\w/^.,\-]*").match(text, pos, end).end()
                tokens.append(_Tok("sym", "#", match.start(), pos))
        else:
            match = _TOKEN.match(text, pos, end)
            group = match.lastgroup or "sym"
            tok = _Tok(group, match.group(), match.start(), match.end())
            if group == "vulgar":
                numerator, denominator = _VULGAR[tok.text]
                tok.value = Decimal(numerator) / Decimal(denominator)
            tokens.append(tok)
            pos = match.end()
        pos = _SPACE.match(text, pos, end).end()
    return tokens


def _number_token(text: str, match: re.Match[str], end: int, masked: list[tuple[int, int]]
                  ) -> _Tok | None:  # fmt: skip
    start, stop = match.span()
    if any(a <= start < b for a, b in masked):
        return None
    before = text[start - 1] if start else " "
    if before.isalpha() or before == "_":
        return None  # H100, A320, mp3
    if before in "-‐" and start >= 2 and text[start - 2].isalnum():
        word = re.search(r"[A-Za-z0-9.,]+$", text[max(0, start - 40) : start - 1])
        if word and not any(ch.isdigit() for ch in word.group()):
            return None  # SCP-173, COVID-19, F-35; not 5k-20k
    printed = match.group()
    value = _digits_value(printed)
    plain = re.fullmatch(r"\d+", printed) is not None
    scaled = False
    # A decimal comma: "1,3", "5,00" (not a list: "22,24,26").
    comma = re.compile(r",(\d{1,2})(?![\d])(?!,\d)").match(text, stop, end)
    if plain and comma and not re.search(r"\d,$", text[max(0, start - 2) : start]):
        value = Decimal(f"{printed}.{comma.group(1)}")
        stop, plain = comma.end(), False
    # A power: "1.1^23", "2.5^-1", "-1.1^--23".
    power = re.compile(r"\^([+-]*)(\d+)").match(text, stop, end)
    if power:
        exponent = int(power.group(2)) * (-1 if power.group(1).count("-") % 2 else 1)
        value, stop, plain, scaled = value**exponent, power.end(), False, True
    # A slash fraction, alone or after a whole number: "3/4", "2 1/4"; "24/7" is not one.
    slash = re.compile(r"/(\d+)(?![\d/])").match(text, stop, end)
    if slash:
        denominator = int(slash.group(1))
        if not plain or denominator not in _SLASH_DENOMINATORS or value >= denominator:
            return None
        value, stop, plain, scaled = value / denominator, slash.end(), False, True
    elif plain:
        mixed = re.compile(r"\s+(\d+)/(\d+)(?![\d/])").match(text, stop, end)
        if mixed:
            numerator, denominator = int(mixed.group(1)), int(mixed.group(2))
            if denominator in _SLASH_DENOMINATORS and numerator < denominator:
                value += Decimal(numerator) / denominator
                stop, plain, scaled = mixed.end(), False, True
        else:
            vulgar = re.compile(r"[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞⅐⅑⅒]").match(text, stop, end)
            if vulgar:
                numerator, denominator = _VULGAR[vulgar.group()]
                value += Decimal(numerator) / denominator
                stop, plain, scaled = vulgar.end(), False, True
    money = start > 0 and text[max(0, start - 3) : start].rstrip()[-1:] in _CURRENCY_SIGNS
    # Letters glued to the digits: a scale ("10k", "$1.2bn") or else a unit, an ordinal or
    # a name (29km, 4th, 5G, 1990s): no bare number there.
    letters = re.compile(r"[A-Za-z]+").match(text, stop, end)
    if letters:
        suffix = letters.group()
        if suffix not in _GLUED_SCALE or (suffix == "m" and not money) or scaled:
            return None
        value, stop, plain, scaled = value * _GLUED_SCALE[suffix], letters.end(), False, True
    else:
        spaced = re.compile(r"[ \t]+([A-Za-z]+)(?![\w])").match(text, stop, end)
        if spaced and spaced.group(1) in _SPACED_SCALE and not scaled:
            value *= MULTIPLIERS.get({"k": "thousand", "K": "thousand"}.get(
                spaced.group(1), ""), 0) or _GLUED_SCALE[spaced.group(1)]  # fmt: skip
            stop, plain, scaled = spaced.end(), False, True
    # A sign: "-1" and "−4/5" but not "10-5" or "SCP-173"; "- 1 4/5" only at the start.
    sign = re.search(r"(?:^|(?<=[\s(\[=:;,<>≤≥]))[-−](\s*)$", text[max(0, start - 4) : start])
    if sign and (not sign.group(1) or start - len(sign.group()) == _SPACE.match(text).end()):
        start -= len(sign.group())
        value, plain, scaled = -value, False, True
    return _Tok("num", text[start:stop], start, stop, value=value, plain=plain, scaled=scaled,
                money=money)  # fmt: skip


# ----------------------------------------------------------------- spelled-out numbers


@dataclass
class _Cut:
    end: int  # index of the token after the number
    value: Decimal
    last: str  # kind of the last token: small, teen, tens, zero, hundred, big, dozen, num, a
    big: bool = False  # a scale word (thousand and up) was read


def _is_number_word(tok: _Tok) -> bool:
    low = tok.low
    return tok.kind == "word" and (
        low in _SMALL or low in _TEENS or low in TENS or low in _ZERO or low == "hundred"
        or low in _BIG
    )  # fmt: skip


def _cardinal(toks: list[_Tok], i: int, *, words_only: bool = False) -> list[_Cut]:
    """Every prefix of ``toks[i:]`` that reads as a cardinal number, shortest first."""
    cuts: list[_Cut] = []
    total = head = tail = Decimal(0)  # total: above the group; head: hundreds; tail: the rest
    last, big_seen, last_big = "", False, 0
    fraction_scaled = False  # "9.84 million": nothing smaller may follow a fraction's scale
    j = i
    while j < len(toks):
        tok, low = toks[j], toks[j].low
        if fraction_scaled and low not in _BIG:
            break  # "9.84 million twenty-foot … units" is 9.84 million, then a word
        if last and low in ("hundreds", "thousands", "millions", "billions"):
            low = low[:-1]  # "five hundreds"
        if tok.kind == "sym" and tok.text in "-–" and last == "tens" and j + 1 < len(toks) \
                and toks[j + 1].low in _SMALL:  # fmt: skip
            j += 1  # "fifty - two"
            continue
        if tok.kind == "num":
            if words_only or tok.scaled:
                if last or words_only:
                    break
                cuts.append(_Cut(j + 1, tok.value or Decimal(0), "num"))
                break
            if last and not (last in ("big", "and") and tok.plain and tok.value < 1000):
                break
            if last == "and" and ((tok.value >= 100 and head) or tok.value == 0):
                break
            tail, last = tail + (tok.value or 0), "num"
        elif tok.kind != "word":
            break
        elif low in _ZERO:
            if last:
                break
            cuts.append(_Cut(j + 1, Decimal(0), "zero"))
            break
        elif low in _SMALL:
            if last not in ("", "tens", "hundred", "big", "and"):
                break
            tail, last = tail + _SMALL[low], "small"
        elif low in _TEENS:
            if last not in ("", "hundred", "big", "and"):
                break
            tail, last = tail + _TEENS[low], "teen"
        elif low in TENS:
            if last not in ("", "hundred", "big", "and"):
                break
            tail, last = tail + TENS[low], "tens"
        elif low in ("a", "an"):
            if last or j + 1 >= len(toks) or toks[j + 1].low not in {"hundred", *_BIG, *_DOZEN}:
                break
            tail, last = Decimal(1), "a"
            j += 1
            continue
        elif low == "hundred":
            if head or (last == "num" and tail >= 100 and toks[j - 1].kind != "num"):
                break
            if last not in ("tens", "teen", "small", "num", "a", ""):
                break
            head, tail, last = max(tail, Decimal(1)) * 100, Decimal(0), "hundred"
        elif low in _BIG:
            scale = _BIG[low]
            if last == "big" and toks[j - 1].low in _BIG and _BIG[toks[j - 1].low] < 10**12:
                total, last = total * scale, "big"  # "three lakh crore", "thousand crore"
                last_big = scale
            elif last in ("small", "teen", "tens", "hundred", "num", "a", ""):
                if big_seen and scale >= last_big:
                    break
                base = max(head + tail, Decimal(1))
                fraction_scaled = base != base.to_integral_value()
                total += base * scale
                head = tail = Decimal(0)
                last, big_seen, last_big = "big", True, scale
            else:
                break
        elif low in _DOZEN:
            if last not in ("small", "teen", "tens", "num", "a"):
                break
            tail, last = tail * 12, "dozen"
        elif low == "and" and last in ("hundred", "big"):
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is None or not (_is_number_word(nxt) or (nxt.kind == "num" and nxt.plain)):
                break
            if nxt.low in _BIG or nxt.low == "hundred":
                break
            last = "and"
            j += 1
            continue
        else:
            break
        j += 1
        cuts.append(_Cut(j, total + head + tail, last, big_seen))
    return cuts


def _denominator(toks: list[_Tok], j: int) -> tuple[int, Decimal, bool, bool] | None:
    """An ordinal used as a denominator at ``toks[j:]``: (end, value, plural, bound), where
    bound says a tens word joined a unit ordinal ("thirty fifths" is 35ths)."""
    options = [_Cut(j, Decimal(0), ""), *_cardinal(toks, j, words_only=True)]
    best = None
    for cut in options:
        k = cut.end
        if k < len(toks) and toks[k].kind == "sym" and toks[k].text in "-–":
            k += 1
        if k < len(toks) and toks[k].low == "and" and cut.last == "hundred":
            k += 1
        if k >= len(toks) or toks[k].kind != "word" or toks[k].low not in _DENOMINATORS:
            continue
        value, plural = _DENOMINATORS[toks[k].low]
        if cut.end == j and toks[k].low in _COMPOUND_ONLY:
            continue
        c = int(cut.value)
        if value < 10:
            ok = cut.end == j or (c > 0 and c % 10 == 0)
        elif value < 100:
            ok = cut.end == j or (c > 0 and c % 100 == 0)
        else:
            ok = cut.end == j
        if ok:
            tens = cut.end == j + 1 and cut.last == "tens" and value < 10
            best = (k + 1, Decimal(c + value), plural, tens)
    return best


def _fraction(toks: list[_Tok], i: int) -> tuple[int, Decimal, bool] | None:
    """A fraction in words at ``toks[i:]``: (end, value, proper). "two thirds", "a fifth",
    "one hundred thirty fifths" (100/35), "twenty-three fifths" (23/5)."""
    numerators = _cardinal(toks, i, words_only=True)
    if toks[i].low in ("a", "an"):
        numerators = [_Cut(i + 1, Decimal(1), "a"), *numerators]
    found = []
    for cut in numerators:
        denominator = _denominator(toks, cut.end)
        if denominator is None:
            continue
        end, value, plural, bound = denominator
        if not plural and cut.value != 1:
            continue
        found.append((end, cut, value, bound))
    if not found:
        return None
    far = max(f[0] for f in found)
    found = [f for f in found if f[0] == far]
    bound = [f for f in found if f[3] and f[1].end > i and f[1].last != "and"]
    end, cut, value, _ = bound[0] if bound else max(found, key=lambda f: f[1].end)
    if not _plural_at(toks, end - 1) and toks[end - 1].low != "half" and end < len(toks):
        nxt = toks[end]
        if nxt.kind == "word" and nxt.text.islower() and nxt.low not in _FUNCTION_WORDS | {"of"} \
                and nxt.low not in _BIG:  # fmt: skip
            return None  # "a third term", "one fifth place": an ordinal
    return end, cut.value / value, cut.value < value


def _plural_at(toks: list[_Tok], k: int) -> bool:
    return _DENOMINATORS.get(toks[k].low, (0, False))[1]


def _scale_after(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """A scale word after a fraction: "three quarters million", "two thirds of a million",
    "half a dozen"."""
    if k < len(toks) and toks[k].low in _BIG:
        return k + 1, _BIG[toks[k].low]
    if k + 1 < len(toks) and toks[k].low in ("a", "an") and toks[k + 1].low in _DOZEN:
        return k + 2, 12
    if k + 2 < len(toks) and toks[k].low == "of" and toks[k + 1].low in ("a", "an") \
            and toks[k + 2].low in _BIG:  # fmt: skip
        return k + 3, _BIG[toks[k + 2].low]
    return None


def _decimal_words(toks: list[_Tok], k: int) -> tuple[int, str] | None:
    """Digits read after "point": "zero three" → "03", "seventy-one" → "71"."""
    digits = ""
    while k < len(toks):
        cuts = _cardinal(toks, k, words_only=True)
        if toks[k].low in _ZERO:
            digits, k = digits + "0", k + 1
        elif cuts and cuts[-1].value < 100 and cuts[-1].last in ("small", "teen", "tens"):
            digits, k = digits + str(int(cuts[-1].value)), cuts[-1].end
        else:
            break
    return (k, digits) if digits else None


def _read(toks: list[_Tok], i: int) -> tuple[int, Decimal] | None:
    """The longest number at ``toks[i:]``: (end, value)."""
    tok = toks[i]
    if tok.kind == "vulgar":
        return i + 1, tok.value or Decimal(0)
    pronoun = tok.low == "one" and i and toks[i - 1].low in _PRONOUN_ONE_BEFORE
    if pronoun and (i + 1 >= len(toks) or not _is_number_word(toks[i + 1])):
        return None  # "the one you mentioned"
    candidates: list[tuple[int, int, Decimal]] = []  # (end, preference, value)
    cuts = _cardinal(toks, i)
    if cuts:
        cut = cuts[-1]
        if not (cut.end == i + 1 and toks[i].low in ("hundreds", "thousands", "millions")):
            candidates.append((cut.end, 0, cut.value))
        k = cut.end
        if k + 1 < len(toks) and toks[k].low == "point" and cut.last != "num":
            decimal = _decimal_words(toks, k + 1)
            if decimal:
                candidates.append((decimal[0], 1, cut.value + Decimal(f"0.{decimal[1]}")))
        # A whole number and a fraction: "one and a half", "one hundred and three quarters",
        # "3 million and a half" (3.5 million), "one billion and a half million".
        for whole in cuts:
            k = whole.end
            if k + 1 < len(toks) and toks[k].low == "and" and toks[k + 1].kind == "word":
                fraction = _fraction(toks, k + 1)
                if fraction and fraction[2]:
                    end, part = fraction[0], fraction[1]
                    scale = _scale_after(toks, end)
                    if scale and whole.big:
                        end, part = scale[0], part * scale[1]
                    elif scale:
                        end, part = scale[0], (whole.value + part) * scale[1] - whole.value
                    elif whole.big:
                        size = _last_scale(toks, i, whole.end)
                        part *= size
                    candidates.append((end, 2, whole.value + part))
    if tok.kind == "word":
        fraction = _fraction(toks, i)
        if fraction:
            end, value = fraction[0], fraction[1]
            scale = _scale_after(toks, end)
            if scale:
                end, value = scale[0], value * scale[1]
            candidates.append((end, 1, value))
        elif tok.low == "half" and not (i and toks[i - 1].low in _BEFORE_HALF):
            scale = _scale_after(toks, i + 1)
            end, value = (scale[0], Decimal(scale[1]) / 2) if scale else (i + 1, Decimal("0.5"))
            candidates.append((end, 1, value))
        elif tok.low == "quarter":
            scale = _scale_after(toks, i + 1)
            if scale:
                candidates.append((scale[0], 1, Decimal(scale[1]) / 4))
    if not candidates:
        return None
    end, _, value = max(candidates, key=lambda c: (c[0], c[1]))
    return end, value


def _last_scale(toks: list[_Tok], i: int, end: int) -> int:
    for k in range(end - 1, i - 1, -1):
        if toks[k].low in _BIG:
            return _BIG[toks[k].low]
    return 1


# --------------------------------------------------------------------- the scanners


def _is_year(toks: list[_Tok], i: int) -> bool:
    """A four-digit number that names a year: "in 2009", "May 2024", "fiscal 2023",
    "2019-2023". News prints counts of a thousand and more with a comma (2,000)."""
    tok = toks[i]
    if not _year_like(tok):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text in ("%", "'", "’"):
        return nxt.text != "%"
    if i + 2 < len(toks) and toks[i + 1].text in "-–" and _year_like(toks[i + 2]):
        return True  # 2019-2023
    prev = toks[i - 1] if i else None
    if prev is None:
        return False
    if prev.text in "-–" and i >= 2 and _year_like(toks[i - 2]):
        return True
    return prev.low in _YEAR_CUES or prev.text.rstrip(".") in _MONTHS or (
        prev.kind == "num" and i >= 2 and toks[i - 2].text.rstrip(".") in _MONTHS
    ) or (
        prev.text == "," and i >= 3 and toks[i - 2].kind == "num"
        and toks[i - 3].text.rstrip(".") in _MONTHS
    )  # fmt: skip


def _year_like(tok: _Tok) -> bool:
    return tok.kind == "num" and tok.plain and len(tok.text) == 4 and not tok.money \
        and 1800 <= int(tok.text) <= 2100  # fmt: skip


def _is_name(toks: list[_Tok], i: int) -> bool:
    """A number in a name: "Boeing 737", "Windows 11", "Route 66", "iPhone 15", "Chapter 11"
    (a capitalised word just before it, not at the start of a sentence)."""
    if i < 2 or toks[i].kind != "num" or toks[i].money:
        return False
    prev, before = toks[i - 1], toks[i - 2]
    if prev.kind != "word" or len(prev.text) < 2 or prev.text.isupper() or prev.text.islower():
        return False
    if prev.text in _MONTHS or prev.text in _NAME_EXCEPTIONS or prev.low in _YEAR_CUES:
        return False
    if i + 1 < len(toks) and toks[i + 1].low in COUNTED_NOUNS:
        return False  # "gave the Civic Alliance 104 seats": a count, not a name
    return before.kind in ("word", "num") or before.text in ",;:(\"“'‘"


def _is_day(toks: list[_Tok], i: int) -> bool:
    """A day of the month beside its month name: "May 4", "4 May"."""
    tok = toks[i]
    if not tok.plain or not 1 <= int(tok.text) <= 31:
        return False
    return (i > 0 and toks[i - 1].text.rstrip(".") in _MONTHS) or (
        i + 1 < len(toks) and toks[i + 1].text in _MONTHS
    )


def _numerals(text: str, start: int, end: int) -> tuple[list[_Tok], list[tuple[int, int, Decimal]]]:
    """Tokens, and every number as (first token, end token, value)."""
    toks = _tokens(text, start, end)
    found: list[tuple[int, int, Decimal]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.kind == "num" and (_is_year(toks, i) or _is_day(toks, i) or _is_name(toks, i)):
            i += 1
            continue
        first, negative = i, False
        if tok.low in ("minus", "negative") and i + 1 < len(toks):
            i, negative = i + 1, True
        read = _read(toks, i) if toks[i].kind != "sym" else None
        if read is None:
            i = first + 1
            continue
        k, value = read
        # A proportion: "one out of three", "1 in 5", "one over twenty".
        value, k = _proportion(toks, k, value)
        found.append((first, k, -value if negative else value))
        i = k
    return toks, found


def _proportion(toks: list[_Tok], k: int, value: Decimal) -> tuple[Decimal, int]:
    if k >= len(toks) or toks[k - 1].money:
        return value, k
    word = toks[k].low
    j = k + 2 if word == "out" and k + 1 < len(toks) and toks[k + 1].low == "of" else k + 1
    if word not in ("out", "in", "over") or j >= len(toks) or (j == k + 1 and word == "out"):
        return value, k
    if toks[j].kind == "num" and (_is_year(toks, j) or toks[j].money):
        return value, k
    read = _read(toks, j) if toks[j].kind in ("num", "word") else None
    if read is None or read[1] == 0:
        return value, k
    end, denominator = read
    nxt = toks[end] if end < len(toks) else None
    noun_after = nxt is not None and nxt.kind == "word" and nxt.low not in _FUNCTION_WORDS
    if word == "over" and (noun_after or value < 0):
        return value, k  # "$2000 over 3 years"
    if word in ("in", "out") and value > denominator:
        return value, k  # "12 in six boxes": two counts
    if word == "in" and (value == denominator or (nxt is not None and nxt.low in _TIME_NOUNS)):
        return value, k
    return value / denominator, end


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Numeral]:
    """Every number mentioned in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    toks, found = _numerals(text, start, end)
    return [
        Numeral(span=Span(start=toks[a].start, end=toks[b - 1].end),
                text=text[toks[a].start : toks[b - 1].end], value=value)
        for a, b, value in found
    ]  # fmt: skip


# -------------------------------------------------------------------------- ranges

# Words before a number that bound it: (phrase, side, closed). Longest first.
_BEFORE: list[tuple[str, str, bool]] = [
    (p, side, closed)
    for group, side, closed in [
        ("greater than or equal to|more than or equal to|larger than or equal to|"
         "bigger than or equal to|higher than or equal to|equal to or more than|"
         "equal to or greater than|equal to or larger than|equal to or higher than|"
         "at least or equal to|bigger or equal than|greater or equal than|larger or equal than|"
         "higher or equal than|more or equal than|no less than|not less than|no fewer than|"
         "not fewer than|no lower than|not lower than|no smaller than|not smaller than|at least|"
         "a minimum of|>=|≥|> =", "low", True),
        ("less than or equal to|fewer than or equal to|smaller than or equal to|"
         "lower than or equal to|equal to or less than|equal to or fewer than|"
         "equal to or lower than|equal to or smaller than|at most or equal to|"
         "less or equal than|smaller or equal than|lower or equal than|fewer or equal than|"
         "no more than|not more than|no greater than|not greater than|no higher than|"
         "not higher than|no larger than|not larger than|at most|up to|"
         "a maximum of|<=|≤|< =", "high", True),
        ("more than|greater than|larger than|bigger than|higher than|in excess of|above|over|"
         "exceeds|exceeded|exceeding|exceed|surpasses|surpassed|surpassing|surpass|>",
         "low", False),
        ("less than|fewer than|smaller than|lower than|below|under|<", "high", False),
        ("equal to|equals to|equals|equaling to|equalling to|equaling|equalling|=",
         "exact", True),
    ]
    for p in group.split("|")
]  # fmt: skip
_BEFORE_RE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[a-z(]))(?P<q>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _, _ in sorted(
        _BEFORE, key=lambda b: len(b[0]), reverse=True))
    + r")\s*(?:(?:US|C|A|HK)?[$€£¥₹]\s*)?$",  # "above $170"
    re.IGNORECASE,
)  # fmt: skip
_KIND = {re.sub(r"\s+", " ", p.casefold()): (side, closed) for p, side, closed in _BEFORE}
# Words after a number that bound it: "500 or more", "30 or less", "200 or greater than".
_AFTER_RE = re.compile(
    r"\s*(?:or|and)\s+(?P<w>more|greater|larger|higher|above|over|less|fewer|smaller|lower|"
    r"below|under)\b(?:\s+than\b)?",
    re.IGNORECASE,
)
_OR_EQUAL_RE = re.compile(r"\s*or\s+equal\b(?:\s+to\b)?(?:\s+it\b)?", re.IGNORECASE)
_CHANGE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|"
    r"jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|cut(?:s|ting)?|"
    r"rais(?:e|es|ed|ing)|lower(?:s|ed|ing)|grow(?:s|n|ing)?|grew|shrank|shrunk|shrink(?:s|ing)?|"
    r"slid|slump(?:s|ed)?|soar(?:s|ed|ing)?|up|down|moved?|went|changed?|revised|reduced?|"
    r"boost(?:s|ed)?|doubled|halved)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_SIGN = r"(?:(?:US|C|A|HK)?[$€£¥₹]\s*)?"  # a currency sign between a bound and its number
_AND_GAP = re.compile(rf"\s+and\s+(?:the\s+)?{_SIGN}", re.IGNORECASE)
_TO_GAP = re.compile(rf"\s+(?:to|through|until|till)\s+(?:the\s+)?{_SIGN}", re.IGNORECASE)
_DASH_GAP = re.compile(rf"\s*[-–~]\s*{_SIGN}")
_JOIN = re.compile(r"\s*(?:,|and|but|,\s*and|,\s*but)\s*", re.IGNORECASE)
_LEAD = re.compile(rf"(?:(?<=\s)|^)(between|from)\s+(?:the\s+)?{_SIGN}$", re.IGNORECASE)
_UP = {"more", "greater", "larger", "higher", "above", "over"}
_SCALE_ALONE = re.compile(r"hundred|thousand|million|billion|trillion|lakh|crore", re.IGNORECASE)


@dataclass
class _Bound:
    start: int
    end: int
    low: Decimal | None
    high: Decimal | None
    low_closed: bool
    high_closed: bool

    @property
    def one_sided(self) -> bool:
        return (self.low is None) != (self.high is None)


def find_ranges(text: str, start: int = 0, end: int | None = None) -> list[NumberRange]:
    """Every number range stated in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    toks, numbers = _numerals(text, start, end)
    spans = [(toks[a].start, toks[b - 1].end, v) for a, b, v in numbers]
    bounds: list[_Bound] = []
    used = -1  # the last number already inside a range
    for n, (s, e, value) in enumerate(spans):
        if n <= used:
            continue
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        # Two ends: "between 20 and 30", "from 5 to 10", "20-30", "20 through 100", "20~100".
        if nxt is not None:
            gap = text[e : nxt[0]]
            window = max(start, s - 40)  # the words just before the number
            lead = _LEAD.search(text[window:s])
            kind = None
            between = lead and lead.group(1).casefold() == "between" and _AND_GAP.fullmatch(gap)
            from_to = lead and _TO_GAP.fullmatch(gap) and lead.group(1).casefold() == "from"
            if between or (from_to and not _changes(text, start, lead.start(1) + window)):
                kind = lead.start(1) + window
            elif (_DASH_GAP.fullmatch(gap) and value < nxt[2]
                  and not re.match(r"[\w]", text[nxt[1] : nxt[1] + 1])
                  # "$40-billion" is forty billion: a scale alone is no range's end.
                  and not _SCALE_ALONE.fullmatch(text[nxt[0] : nxt[1]])) or (
                  re.fullmatch(r"\s+through\s+", gap, re.I) and value < nxt[2]):  # fmt: skip
                kind = s
            elif re.fullmatch(r"\s+to\s+", gap, re.I) and value < nxt[2] \
                    and not _changes(text, start, s):  # fmt: skip
                kind = s  # "12 to 15 times earnings"; not "rose 5 to 10"
            if kind is not None:
                bounds.append(_Bound(kind, nxt[1], value, nxt[2], True, True))
                used = n + 1
                continue
        # One end, with words before it: "more than 5", "up to 700".
        head = _BEFORE_RE.search(text, max(start, s - 60), s)
        bound: _Bound | None = None
        close = text[max(start, s - 8) : s]
        if head and not (head.group("q") == ">" and re.search(r"[<=]\s*>\s*$", close)) \
                and not (head.group("q") == "<" and re.search(r"=\s*<\s*$", close)):  # fmt: skip
            phrase = re.sub(r"\s+", " ", head.group("q").casefold())
            side, closed = _KIND[phrase]
            if phrase == "over" and _period_after(text, e, end):
                side = ""
            if side == "low":
                bound = _Bound(head.start("q"), e, value, None, closed, False)
            elif side == "high":
                bound = _Bound(head.start("q"), e, None, value, False, closed)
            elif side == "exact":
                bound = _Bound(head.start("q"), e, value, value, True, True)
            if bound is not None and side in ("low", "high"):
                extra = _OR_EQUAL_RE.match(text, e, end)
                if extra and not closed and not _number_at(text, extra.end(), end):
                    bound.end = extra.end()
                    bound.low_closed = bound.low_closed or side == "low"
                    bound.high_closed = bound.high_closed or side == "high"
        if bound is None or bound.low == bound.high:
            # Words after it: "500 or more", "5000 or less", "200 or greater than".
            after = _AFTER_RE.match(text, e, end)
            if after and not _number_at(text, after.end(), end) \
                    and not re.match(r"\s+than\b", text[after.end() : end]):  # fmt: skip
                upward = after.group("w").casefold() in _UP
                first = bound.start if bound is not None else s
                bound = _Bound(first, after.end(), value if upward else None,
                               None if upward else value, upward, not upward)  # fmt: skip
        if bound is not None:
            bounds.append(bound)
            used = n
    return [_range(text, b) for b in _pair(text, bounds)]


def _changes(text: str, start: int, end: int) -> bool:
    """Whether a verb of change comes just before ``end``: "rose from 5 to 10"."""
    return _CHANGE.search(text[max(start, end - 60) : end]) is not None


def _number_at(text: str, pos: int, end: int) -> bool:
    """Whether a number follows ``pos`` (after spaces): "or less than 6000" bounds 6000."""
    ahead = find_numbers(text, pos, min(end, pos + 60))
    return bool(ahead) and not text[pos : ahead[0].span.start].strip()


def _period_after(text: str, e: int, end: int) -> bool:
    """ "over three years" is a period, "over thirty years old" an age above thirty."""
    after = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[e:end])
    if not after or after.group(1).casefold() not in _TIME_NOUNS:
        return False
    return (after.group(2) or "").casefold() not in ("old", "ago", "of", "or")


def _pair(text: str, bounds: list[_Bound]) -> list[_Bound]:
    """Joins a lower and an upper bound stated together: "more than 10 and less than 40"."""
    joined: list[_Bound] = []
    k = 0
    while k < len(bounds):
        a = bounds[k]
        b = bounds[k + 1] if k + 1 < len(bounds) else None
        if b is not None and a.one_sided and b.one_sided and (a.low is None) != (b.low is None) \
                and _JOIN.fullmatch(text[a.end : b.start]):  # fmt: skip
            low, high = (a, b) if a.low is not None else (b, a)
            if low.low is not None and high.high is not None and low.low < high.high:
                joined.append(_Bound(a.start, b.end, low.low, high.high, low.low_closed,
                                     high.high_closed))  # fmt: skip
                k += 2
                continue
        joined.append(a)
        k += 1
    return joined


def _range(text: str, b: _Bound) -> NumberRange:
    return NumberRange(span=Span(start=b.start, end=b.end), text=text[b.start : b.end],
                       low=b.low, high=b.high, low_closed=b.low_closed,
                       high_closed=b.high_closed)  # fmt: skip


def numbers_in(article: Article) -> tuple[list[Numeral], list[NumberRange]]:
    """Every number and number range in the article's body paragraphs, in text order."""
    numbers: list[Numeral] = []
    ranges: list[NumberRange] = []
    for block in article.body_blocks():
        numbers += find_numbers(article.text, block.span.start, block.span.end)
        ranges += find_ranges(article.text, block.span.start, block.span.end)
    return numbers, ranges
