"""The contract between pipeline stages, and the JSON the tool exports.

load → extract → align → check rules → report: each stage takes and returns these models.
Every span is a half-open ``[start, end)`` character range into ``Article.text`` (the article
text as loaded: BOM and front matter removed, line endings normalised to ``\\n``).
"""

# No ``from __future__ import annotations`` here: pydantic would evaluate every field's
# annotation from its string when building the models, a tenth of their cost at start-up.
import re
import unicodedata
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


# --------------------------------------------------------------------------- load


class BlockKind(StrEnum):
    TITLE = "title"
    DATELINE = "dateline"
    BYLINE = "byline"
    BODY = "body"
    BOILERPLATE = "boilerplate"


class Block(Model):
    """One paragraph of the article, classified."""

    kind: BlockKind
    span: Span


_YEAR_IN_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class ArticleMeta(Model):
    model_config = ConfigDict(frozen=True, extra="allow")

    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    byline: str | None = None
    event: str | None = None
    role: str | None = Field(
        None, description="'primary' marks the event's source (transcript, press release)."
    )

    def year(self) -> int | None:
        """The year of ``date``, however it is written ("2026-02-05", "5 February 2026",
        "Feb. 5, 2026"): what "last year" in the text counts from. None without one."""
        found = _YEAR_IN_DATE.search(self.date or "")
        return int(found.group()) if found else None


class Dateline(Model):
    """What an article's dateline prints ("NEW YORK, Nov. 15 (Continental Press) —"): read
    from the text, kept apart from the metadata the article's file gives."""

    place: str | None = None
    date: str | None = Field(None, description="As printed: 'Nov. 15', 'Tuesday, June 3, 2025'.")
    outlet: str | None = Field(None, description="The agency or paper in brackets, if any.")
    span: Span


class Byline(Model):
    """What an article's byline prints ("By Ciarán Doyle, Business Correspondent, The Irish
    Ledger"): the authors and the paper, read from the text (or from the metadata's byline)."""

    authors: list[str] = []
    outlet: str | None = Field(None, description="The paper or agency named after the authors.")
    span: Span | None = Field(None, description="Where the text prints it; None from metadata.")


class Article(Model):
    id: str = Field(description="Stable identifier: the file name without its extension.")
    path: str
    text: str
    meta: ArticleMeta = ArticleMeta()
    dateline: Dateline | None = None
    byline: Byline | None = None
    blocks: list[Block] = []
    encoding: str = "utf-8"
    line_offset: int = Field(
        0, description="Lines of front matter above the text, to map spans to file lines."
    )
    warnings: list[str] = Field(default_factory=list, description="What loading had to guess.")

    def line_of(self, offset: int) -> int:
        """1-based line in the original file of a character offset."""
        return self.text.count("\n", 0, offset) + 1 + self.line_offset

    def column_of(self, offset: int) -> int:
        """1-based column (in characters) of a character offset."""
        return offset - (self.text.rfind("\n", 0, offset) + 1) + 1

    def body_blocks(self) -> list[Block]:
        return [block for block in self.blocks if block.kind is BlockKind.BODY]


# ------------------------------------------------------------------------ extract


# Letters NFKD leaves whole, as a paper without them prints them: "Yıldız" as "Yildiz",
# "Łukasz" as "Lukasz", "Søren" as "Soren".
_PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
     "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "Ħ": "H"}
)  # fmt: skip


def unaccented(text: str) -> str:
    """``text`` with its accents dropped and its letters as an English keyboard types them."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


class Attribution(StrEnum):
    NAMED = "named"  # a name next to the cue: "Zuckerberg said", "said Mark Zuckerberg"
    PRONOUN = "pronoun"  # "he said", resolved to the last named person
    CONTINUATION = "continuation"  # "Adding: “…”", the previous quote's speaker
    TITLE = "title"  # "Meta's CEO said", resolved through a role seen earlier
    # "the 20-year-old said", "the young forward told reporters": someone just named, described;
    # resolved where the text shows whom (the name printed with that age), else left unnamed.
    DESCRIPTION = "description"
    NONE = "none"


class Speaker(Model):
    name: str | None = Field(
        None, description="Canonical name (the fullest form seen in the article), or None."
    )
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    attribution: Attribution = Attribution.NONE
    cue: str | None = Field(None, description="The attribution verb: said, told, added…")
    span: Span | None = Field(None, description="Where the speaker is named or referred to.")

    @property
    def key(self) -> str | None:
        """What identifies the speaker across articles: a person's surname, an organisation's
        first word ("Nimbra" and "Nimbra Cloud", "Meta" and "Meta Platforms"), lower-cased,
        its accents dropped."""
        if not self.name:
            return None
        # "‘It hurts a lot,’ said Kollár." and "Tomas Kollar said": one surname, printed with
        # its accents in one outlet and without in the other; "O’Brien" and "O'Brien" are one.
        words = unaccented(self.name).replace("’", "'").split()
        word = words[0] if self.kind is SpeakerKind.ORGANISATION else words[-1]
        if self.kind is SpeakerKind.ORGANISATION and len(word) > 2:
            # "A spokeswoman for Queen’s said", "Queen's University Belfast said", "a Queen's
            # spokesman said" (read as "Queen"): one body, its name's "’s" aside.
            word = word.removesuffix("'s")
        # "Foreign," of "the Foreign, Commonwealth and Development Office" is "Foreign".
        return word.strip(",;:.").casefold() or word.casefold()


# A body printed only as what it is, by its noun or its people ("‘…,’ police said",
# "paramedics said", "the coastguard said"), and the words whose presence in an organisation's
# name shows it to be that body: "Police Scotland", "An Garda Síochána" are the police,
# "London Fire Brigade" is what "firefighters" speak for, "Scottish Ambulance Service"
# "paramedics".
BODY_NAME_WORDS: dict[str, frozenset[str]] = {
    "police": frozenset(("police", "constabulary", "garda")),
    "firefighters": frozenset(("fire",)),
    "paramedics": frozenset(("ambulance",)),
    "coastguard": frozenset(("coastguard", "coast guard")),
}
# Bodies that watch the police or the fire service, or speak for its staff: the Independent
# Office for Police Conduct, the Police Federation, the Garda Representative Association, the
# Fire Brigades Union, the Police Ombudsman. "Police said" is never theirs.
_NOT_THE_BODY = (
    "union",
    "federation",
    "association",
    "ombudsman",
    "conduct",
    "commission",
    "commissioner",
    "representative",
)


def names_body(organisation: str, noun: str) -> bool:
    """Whether an organisation's name shows it to be the body ``noun`` names: "Police
    Scotland" is the police, "London Fire Brigade" what firefighters speak for (see
    `BODY_NAME_WORDS`); else whether the name holds the noun ("the Singapore Police
    Force")."""
    folded = f" {organisation.casefold()} "
    words = BODY_NAME_WORDS.get(noun, frozenset((noun,)))
    return any(f" {word} " in folded for word in words) and not any(
        f" {word} " in folded for word in _NOT_THE_BODY
    )


class QuoteKind(StrEnum):
    FULL = "full"  # a clause or more of someone's words
    PARTIAL = "partial"  # a short quoted phrase, scare quotes, a title


class DefectKind(StrEnum):
    UNCLOSED = "unclosed"  # an opening mark never closed
    STRAY_MARK = "stray_mark"  # a mark that opens or closes nothing
    CLOSED_MID_SENTENCE = "closed_mid_sentence"  # closed, then the quoted sentence runs on


class QuoteDefect(Model):
    kind: DefectKind
    span: Span
    detail: str


class QuoteSentence(Model):
    text: str
    span: Span


class Quote(Model):
    id: str
    article_id: str
    kind: QuoteKind
    text: str = Field(description="The quoted words; segments of a split quote joined by a space.")
    span: Span = Field(description="From the opening to the closing mark, both included.")
    segments: list[Span] = Field(description="The quoted words of each segment, marks excluded.")
    speaker: Speaker = Speaker()
    sentences: list[QuoteSentence] = []


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    COUNT = "count"
    RANGE = "range"
    DURATION = "duration"
    ORDINAL = "ordinal"
    QUANTITY = "quantity"  # a number with a physical unit (miles, kg…)


class Bound(StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"  # about, approximately, nearly, roughly
    AT_LEAST = "at_least"  # at least, more than, over, upwards of
    AT_MOST = "at_most"  # up to, less than, under, no more than


# Words the extractor writes and alignment reads, so they live with the contract between them.
# The measure word of a figure that gives the level before a change ("from 0.8%").
PREVIOUS = "previous"
# The measure word of an amount stated on an adjusted basis ("excluding items", "underlying",
# "non-GAAP"): a company's adjusted earnings per share are not its reported ones.
ADJUSTED = "adjusted"
# The measure word of a match's score on the way ("led 14-3 at half-time"), not its result.
INTERIM = "score on the way"
# The measure word of a score over many matches ("leads their head-to-head 5-4", "lead the
# series 3-1"), not one match's.
SERIES = "series score"
# The measure word of an amount a level moved by ("the river rose five metres", "revenue
# climbed $2bn"), not the level ("peaked at 9.8 metres").
MOVED_BY = "moved by"
# The measure word of a sum over several things or years ("a combined 58 years behind bars",
# "more than A$110bn of deficits over the next four years"), not one of them.
SUMMED = "summed"
# The measure word of a figure of another party than the story's ("Pilots at another Irish
# carrier … accepted a 17.75 per cent pay increase"), which the story's own never are.
ANOTHER = "another party"
# The measure word of what is still to come: "with three games to play", "13 races remaining".
REMAINING = "remaining"
# The measure word of what happened in a stretch of a match or a day ("hitting eight 180s in
# that spell", "scored 12 points in that stretch"), not in all of it.
IN_A_SPELL = "in a spell"
# The measure word of the whole a part is of ("240" in "104 of the 240 seats", "the state's 1563
# government schools"), not what the part did.
TOTAL = "total"
# The measure word of a whole one side held ("lost three of their 16 seats"), never the whole
# all share ("winning 15 of the 56 seats").
THEIRS = "theirs"
# The measure word of a part a sentence sets against its whole ("Three batches … were supplied
# in Australia, out of 16 batches recalled worldwide"), never the whole.
SUBSET = "subset"
# The measure word of a level someone advised ("Scientists had advised a catch of 174,357
# tonnes"), never the level set.
ADVISED = "advised"
# The measure word of a limit a rule sets ("the 70 per cent ceiling", "limits spending … to 70%
# of revenue"), never a level reached under it.
LIMIT = "limit set"
# The measure word of a level something was meant to reach and, as told, did not ("was supposed
# to lift the last group of spacecraft to 550km"), never the level it reached.
INTENDED = "intended"
# The start of the measure word naming whose family a count of kin is ("with his wife and three
# children" after "Nyoman Sukarta, a farmer,": "family of sukarta"): another person's children
# are never the same fact.
FAMILY_OF = "family of"
# The unit of a count of people a toll is of: words of its own, not the measure's ("death"), which
# a pair of one unit shares and alignment leaves out of what they are compared by.
TOLL_UNIT_OF = {"death": "people dead", "injured": "people injured",
                "hospital": "people in hospital", "treated": "people treated",
                "missing": "people missing"}  # fmt: skip
# The units a toll gives its count, which alignment keeps however else the count is worded.
TOLL_UNITS = frozenset(TOLL_UNIT_OF.values())
# What a time of day dates, the first word of its measure when a verb says it ("took off at
# 2.47 a.m.", "waded ashore … at 4.54pm"): a departure's time is never an arrival's.
CLOCK_EVENTS = frozenset(("departure", "arrival", "start", "end", "struck", "death"))
# The measure word of the span since the like was last seen ("the hottest day in five years"),
# no span that anything took.
RECORD_SPAN = "since the like"
# The measure word of a price's move during a session ("as much as 9.1% in early trade"), not
# at its close.
INTRADAY = "intraday"
# The measure words of the span a change is measured over, where the text says so: "over the
# year", "annual growth", "than a year ago"; "over the month", "a monthly rise"; "quarter on
# quarter". A month's rise in house prices is not their rise over a year.
OVER_A_YEAR = "over a year"
OVER_A_QUARTER = "over a quarter"
OVER_A_MONTH = "over a month"
# A change since the year began: "The stock has gained about 22% so far this year", "its
# year-to-date gain". Not a day's move, nor a year's.
SO_FAR_THIS_YEAR = "so far this year"
HORIZONS = (OVER_A_YEAR, OVER_A_QUARTER, OVER_A_MONTH, SO_FAR_THIS_YEAR)
# The units of a year a thing was built, opened or founded ("the bridge, built in 1986"): a
# place on a timeline, read as an ordinal, and the one such year in each article lines up.
YEAR_BUILT = "year built"
YEAR_OPENED = "year opened"
YEAR_FOUNDED = "year founded"
YEARS_OF = frozenset((YEAR_BUILT, YEAR_OPENED, YEAR_FOUNDED))
# The unit of an age: ages of one person in two articles line up, and no other span of years.
AGE = "years old"
# The unit of a time of day, its value in minutes after midnight: two outlets' times of one
# moment compare as numbers ("7.42am" and "7:24 a.m." are 18 minutes apart).
CLOCK = "time of day"
# Zones a time converts from to UTC, in minutes ahead of it: "12:54 a.m. EDT" is "0454 GMT".
# Not ET, PT, CT, MT (standard or summer time, the text does not say), nor CST or IST (China
# or Central, India or Ireland).
UTC_OFFSETS = {
    "GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EST": -300, "EDT": -240,
    "CDT": -300, "PST": -480, "PDT": -420, "AEST": 600, "AEDT": 660, "JST": 540,
}  # fmt: skip
# The period label of a quarter named by its last month: "quarter to March", "quarter to June
# 2024" (which numbered quarter that is depends on the fiscal year).
MONTH_QUARTER = "quarter to "
# The period of a time of day is the day of the week the text gives it: "at 11.20am on
# Thursday" and "6am Friday" are two moments, whatever happened at them.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Figure(Model):
    id: str
    article_id: str
    kind: FigureKind
    text: str = Field(description="The figure as printed, qualifier included.")
    span: Span
    value: Decimal | None = Field(
        None, description="Exact normalised value (scale applied); None for a range."
    )
    low: Decimal | None = Field(None, description="Lower end of a range (scale applied).")
    high: Decimal | None = Field(None, description="Upper end of a range (scale applied).")
    unit: str = Field(description="ISO currency code, '%', 'pp', or the thing counted.")
    scale: int = Field(1, description="Multiplier the printed number was given: 1e9 for billion.")
    precision: Decimal = Field(
        description="One unit of the last printed digit, scale applied: 40.11 billion → 1e7."
    )
    bound: Bound = Bound.EXACT
    qualifier: str | None = Field(None, description="The words that set the bound: 'about'…")
    period: str | None = Field(
        None, description="Normalised period the figure refers to: 'Q4 2023', 'Q1', 'FY2024'."
    )
    measure: list[str] = Field(
        default_factory=list,
        description="Lower-cased words saying what is measured: revenue, gpus, consensus estimate.",
    )
    sentence: Span = Field(description="The sentence the figure stands in.")
    converts: str | None = Field(
        None,
        description="The id of the figure this one converts, printed in brackets right after "
        "it: the £22bn of 'C$41.2bn (£22bn)'.",
    )


# A span of time in the smaller unit it is as often told in, and how many of those it holds:
# "three weeks" and "12 days", "48 hours" and "two days", "90 minutes" and "two hours" are
# compared as one unit, minutes. Not
# years and months: "more than 18 months" and "more than a year" are two waits a health
# service counts, and a sentence of "three years and four months" is a co-defendant's beside
# the "nine years" of the man jailed (archived events). Seconds stay apart: a time to the
# second is a race's (see align).
SMALLER_TIME_UNIT: dict[str, tuple[str, int]] = {
    "week": ("minute", 7 * 24 * 60),
    "day": ("minute", 24 * 60),
    "hour": ("minute", 60),
}
MONTHS_IN_YEAR = 12
# An area in hectares, whatever it is told in: "blackened 48,500 hectares" and "burned through
# 48,500 acres" are one fire's area, told in two units (and one of them wrong).
AREA_IN_HECTARES: dict[str, Decimal] = {
    "acre": Decimal("0.40468564224"),
    "km²": Decimal(100),
    "sq mi": Decimal("258.998811033"),
    # Floor space: "400,000 square feet" of offices, "roughly 37,000 square metres".
    "m²": Decimal("0.0001"),
    "sq ft": Decimal("0.000009290304"),
}
# A length in metres and a speed in km/h, whatever they are told in: "about 45 km north-east of
# Chainpur" and "some 45 miles north-east of Chainpur" are one distance, told in two units.
LENGTH_IN_METRES: dict[str, Decimal] = {
    "km": Decimal(1000),
    "mile": Decimal("1609.344"),
    "nautical mile": Decimal(1852),
    "ft": Decimal("0.3048"),
    "yard": Decimal("0.9144"),
    # "200 to 400 mm (8 to 16 inches)" of rain, "a 30cm crack", "a 12-inch gap".
    "cm": Decimal("0.01"),
    "mm": Decimal("0.001"),
    "in": Decimal("0.0254"),
}
SPEED_IN_KMH: dict[str, Decimal] = {
    "mph": Decimal("1.609344"),
    "knot": Decimal("1.852"),
    # "7.8 km/s" in orbit, "11.2 kilometres per second".
    "km/s": Decimal(3600),
    "m/s": Decimal("3.6"),
    "mi/s": Decimal("5793.6384"),
}
# A mass in grams: "0.38 micrograms" and "380 nanograms" of an impurity, "300 kg" and "661
# pounds" of cargo. Not the "ton", short or metric as the outlet meant.
MASS_IN_GRAMS: dict[str, Decimal] = {
    "kg": Decimal(1000),
    "mg": Decimal("0.001"),
    "µg": Decimal("0.000001"),
    "ng": Decimal("0.000000001"),
    "lb": Decimal("453.59237"),
    "tonne": Decimal(1000000),
}
# The units others are compared in.
CONVERTED_UNITS = frozenset(("hectare", "m", "km/h", "g"))


_MEASURED = (FigureKind.QUANTITY, FigureKind.RANGE)


def clock_in_zone_of(bare: Figure, zoned: Figure) -> Figure | None:
    """A time of day printed with no zone read in the zone the other outlet prints for it
    ("2.30pm" against "3.30pm AEDT"), in UTC as that one is: an outlet that names no zone
    gives the local hour. None unless ``zoned`` prints a local zone that converts (not GMT or
    UTC, a wire's conversion for its readers)."""
    if bare.unit != CLOCK or zoned.unit != f"{CLOCK} UTC" or bare.value is None:
        return None
    zone = zoned.text.rsplit(None, 1)[-1]
    offset = UTC_OFFSETS.get(zone)
    # A wire's "1100 GMT" converts the local hour for its readers; it is no outlet's local
    # zone, so it says nothing of the zone a London paper's bare "noon" is told in.
    if offset is None or zone.upper() in {"GMT", "UTC", "Z"}:
        return None
    return bare.model_copy(update={"value": (bare.value - offset) % (24 * 60), "unit": zoned.unit})


# The measure words of a ban, which outlets tell in years or months alike (see
# `in_compared_unit`).
_BANS = frozenset(("ban", "banned", "suspension", "suspended"))


def in_compared_unit(figure: Figure) -> Figure:
    """The figure in the unit it is compared in: a span of time (``FigureKind.DURATION``) in
    minutes, the smaller unit it may be told in elsewhere, its precision scaled alike
    (a week is seven days either side of rounding); an area in hectares (see
    `AREA_IN_HECTARES`), a length in metres, a speed in km/h, a mass in grams; any other
    figure unchanged. The figure keeps its id, text and span: only what is compared changes."""
    if figure.kind in _MEASURED and figure.unit in AREA_IN_HECTARES:
        unit, size = "hectare", AREA_IN_HECTARES[figure.unit]
    elif figure.kind in _MEASURED and figure.unit in LENGTH_IN_METRES:
        unit, size = "m", LENGTH_IN_METRES[figure.unit]
    elif figure.kind in _MEASURED and figure.unit in SPEED_IN_KMH:
        unit, size = "km/h", SPEED_IN_KMH[figure.unit]
    elif figure.kind in _MEASURED and figure.unit in MASS_IN_GRAMS:
        unit, size = "g", MASS_IN_GRAMS[figure.unit]
    elif figure.kind in _MEASURED and figure.unit == "°F":
        return _in_celsius(figure)
    elif figure.kind is FigureKind.DURATION and "/" in figure.unit:
        return _pace_per_km(figure)
    elif (
        figure.kind in (FigureKind.DURATION, FigureKind.RANGE) and figure.unit in SMALLER_TIME_UNIT
    ):
        unit, size = SMALLER_TIME_UNIT[figure.unit]
    elif (
        figure.kind is FigureKind.DURATION
        and figure.unit == "year"
        and figure.value is not None
        and (figure.value % 1 or not _BANS.isdisjoint(figure.measure))
    ):
        # A part of a year is told in months: "a year and a half" is the other's "18 months"
        # (whole years stay apart from months, see `SMALLER_TIME_UNIT`). So is a ban, in
        # whole years too: a "two-year ban" is the other's "24-month suspension". Either is
        # told to the month: a "two-year ban" is no "20-month ban", "a year and a half" no
        # "15 months".
        unit, size = "month", MONTHS_IN_YEAR
        return figure.model_copy(
            update={
                "unit": unit,
                "value": figure.value * size,
                "low": None if figure.low is None else figure.low * size,
                "high": None if figure.high is None else figure.high * size,
                "precision": min(figure.precision * size, Decimal(1)),
            }
        )
    else:
        return figure
    return figure.model_copy(
        update={
            "unit": unit,
            "value": None if figure.value is None else figure.value * size,
            "low": None if figure.low is None else figure.low * size,
            "high": None if figure.high is None else figure.high * size,
            "precision": figure.precision * size,
        }
    )


def _pace_per_km(figure: Figure) -> Figure:
    """A pace, time per length ("second/mile"), read per kilometre (see `in_compared_unit`):
    "2 minutes 51 seconds per kilometre" is "4 minutes 35 seconds per mile"."""
    time, _, length = figure.unit.partition("/")
    metres = Decimal(1) if length == "m" else LENGTH_IN_METRES.get(length)
    if metres is None:
        return figure
    time, size = SMALLER_TIME_UNIT.get(time, (time, 1))
    factor = size * Decimal(1000) / metres
    return figure.model_copy(
        update={
            "unit": f"{time}/km",
            "value": None if figure.value is None else figure.value * factor,
            "low": None if figure.low is None else figure.low * factor,
            "high": None if figure.high is None else figure.high * factor,
            "precision": figure.precision * factor,
        }
    )


# Fahrenheit in Celsius: a scale with its own zero, so a shift as well as a factor. "2 to 8
# degrees Celsius" and "36 to 46 degrees Fahrenheit" are one range of storage temperatures.
_FAHRENHEIT_ZERO = Decimal(32)
_FAHRENHEIT_DEGREE = Decimal(5) / Decimal(9)


def _in_celsius(figure: Figure) -> Figure:
    """A temperature in °F read in °C (see `in_compared_unit`); its precision scaled alike."""

    def celsius(value: Decimal | None) -> Decimal | None:
        return None if value is None else (value - _FAHRENHEIT_ZERO) * _FAHRENHEIT_DEGREE

    return figure.model_copy(
        update={
            "unit": "°C",
            "value": celsius(figure.value),
            "low": celsius(figure.low),
            "high": celsius(figure.high),
            "precision": figure.precision * _FAHRENHEIT_DEGREE,
        }
    )


class Numeral(Model):
    """A number as printed, whatever it counts: digits, words, a fraction, a scale word."""

    span: Span
    text: str = Field(description="The number as printed: '1,674.5 million', 'two-thirds'.")
    value: Decimal = Field(description="Exact value, scale applied; a third is 1/3 to 28 digits.")


class NumberRange(Model):
    """An interval of numbers stated in words or symbols: 'between 20 and 30', 'up to 700'."""

    span: Span
    text: str = Field(description="The range as printed, qualifiers included.")
    low: Decimal | None = Field(None, description="Lower end; None when unbounded.")
    high: Decimal | None = Field(None, description="Upper end; None when unbounded.")
    low_closed: bool = Field(False, description="Whether the lower end is included.")
    high_closed: bool = Field(False, description="Whether the upper end is included.")

    @property
    def notation(self) -> str:
        """Interval notation: ``[20,30]``, ``(30,)``, ``(,700]``."""

        def plain(value: Decimal | None) -> str:
            return "" if value is None else f"{value.normalize():f}"

        return (
            f"{'[' if self.low_closed else '('}{plain(self.low)},"
            f"{plain(self.high)}{']' if self.high_closed else ')'}"
        )


class Extraction(Model):
    """What one article yields."""

    article_id: str
    sentences: list[Span] = Field(description="Body sentences, in order.")
    quotes: list[Quote] = []
    defects: list[QuoteDefect] = []
    figures: list[Figure] = []


# -------------------------------------------------------------------------- align


class DiffOp(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"


class WordDiff(Model):
    op: DiffOp
    a: str = ""
    b: str = ""


class QuoteRef(Model):
    article_id: str
    quote_id: str
    sentence_index: int
    text: str
    span: Span


class QuoteMatch(Model):
    """Two quote sentences from different articles judged to be the same words."""

    a: QuoteRef
    b: QuoteRef
    score: float = Field(description="rapidfuzz similarity 0–100 of the normalised sentences.")
    diff: list[WordDiff]


class FigureMatch(Model):
    a: str = Field(description="Figure id in the first article.")
    b: str = Field(description="Figure id in the second article.")
    score: float = Field(description="How alike what the two figures measure is, 0–100.")


class SourcePart(Model):
    """One stretch of a quote (between ellipses) as found in the primary source."""

    quoted: str = Field(description="The quote's words for this part.")
    span: Span = Field(description="The passage in the reference text.")
    text: str
    score: float = Field(description="How alike the quoted words and the passage are, 0–100.")
    first_word: int = Field(description="Index of the passage's first word in the source.")
    last_word: int
    diff: list[WordDiff] = Field(description="From the source passage (a) to the quote (b).")


class SourceMatch(Model):
    """Where a quote is in the reference document (--reference, or role: primary)."""

    quote_id: str
    article_id: str
    reference_id: str
    quote: str
    ellipsis: bool = Field(description="The quote marks left-out words with an ellipsis.")
    parts: list[SourcePart]
    speaker: str | None = Field(
        None,
        description="Who says the passage in the source, when it labels its speakers (a "
        "transcript's “GOVERNOR SMITH:”).",
    )


class Alignment(Model):
    quotes: list[QuoteMatch] = []
    figures: list[FigureMatch] = []
    sources: list[SourceMatch] = []


# -------------------------------------------------------------------------- rules


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Evidence(Model):
    article_id: str
    span: Span
    text: str
    line: int = Field(description="1-based line of the span's start in the article file.")
    column: int = Field(description="1-based column of the span's start.")
    end_line: int
    end_column: int = Field(description="1-based column just after the span's end.")


class Finding(Model):
    rule: str = Field(description="Rule code, e.g. FC101.")
    name: str
    severity: Severity
    message: str
    evidence: list[Evidence]
    diff: list[WordDiff] | None = None
    fingerprint: str = Field(
        "",
        description="Stable identity for baselines: rule, article and normalised evidence text "
        "(never offsets), plus the occurrence number among identical findings.",
    )


# ------------------------------------------------------------------------- report


class FigureStatus(StrEnum):
    CORROBORATED = "corroborated"
    CONFLICTING = "conflicting"
    SINGLE_SOURCE = "single_source"


class FigureRow(Model):
    figures: list[Figure] = Field(description="The same figure as each article reports it.")
    status: FigureStatus


class ArticleSummary(Model):
    id: str
    path: str
    meta: ArticleMeta
    dateline: Dateline | None = None
    byline: Byline | None = None
    encoding: str
    text: str = Field(description="The article text as loaded: what every span points into.")
    quotes: list[Quote]
    figures: list[Figure]


class Summary(Model):
    articles: int
    quotes: int
    figures: int
    corroborated: int
    conflicting: int
    single_source: int
    findings: dict[Severity, int]
    baselined: int = Field(0, description="Findings left out because the baseline has them.")
    stale: int = Field(0, description="Baseline entries that no longer match a finding.")


class RuleInfo(Model):
    """What reports need to know of a rule (SARIF rule metadata, help links)."""

    code: str
    name: str
    kind: str
    severity: Severity
    description: str


class Report(Model):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    tool: str = "factcheck"
    version: str
    rules: list[RuleInfo]
    articles: list[ArticleSummary]
    references: list[ArticleSummary] = Field(
        default_factory=list,
        description="Primary sources the quotes were checked against (one per event at most).",
    )
    alignment: Alignment
    figure_table: list[FigureRow]
    findings: list[Finding]
    stale_baseline: list[str] = Field(
        default_factory=list, description="Fingerprints of baseline entries that match nothing."
    )
    summary: Summary
