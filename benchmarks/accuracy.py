"""Accuracy of factcheck's extractors on the test suites other extractors ship.

    python benchmarks/accuracy.py [PEER_SUITES]      (default: ../shared/peer-suites)

Prints, per suite: cases, precision, recall and F1 (figures: value, and value plus unit; quotes:
text, speaker and cue; sentences: exact splits), beside the peer's own published result. The
suites are data only; a missing folder is skipped with a message. How each suite maps onto
factcheck's model is said next to its scorer below.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Context, Decimal
from pathlib import Path

from factcheck.align.diff import fold
from factcheck.extract import body_sentences
from factcheck.extract.figures import extract_figures
from factcheck.extract.numbers import parse_ordinal, parse_words
from factcheck.extract.numerals import find_numbers, find_ranges
from factcheck.extract.quotes import extract_quotes
from factcheck.extract.sentences import split_sentences
from factcheck.load import article_from_text
from factcheck.models import Figure, FigureKind, Quote, QuoteKind

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "peer-suites"


@dataclass
class Score:
    suite: str
    measure: str
    cases: int
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    peer: str = ""

    def add(self, predicted: Iterable[object], expected: Iterable[object]) -> None:
        predicted, expected = list(predicted), list(expected)
        remaining = list(expected)
        for item in predicted:
            if item in remaining:
                remaining.remove(item)
                self.true_positives += 1
            else:
                self.false_positives += 1
        self.false_negatives += len(remaining)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def figures(text: str) -> list[Figure]:
    article = article_from_text(text, body_only=True)
    return extract_figures(article, body_sentences(article))


def quotes(text: str) -> list[Quote]:
    """Full quotes only: the peers extract direct quotations, not quoted phrases or titles."""
    article = article_from_text(text, body_only=True)
    found = extract_quotes(article, body_sentences(article))[0]
    return [quote for quote in found if quote.kind is QuoteKind.FULL]


def _value(number: object) -> Decimal:
    return Decimal(str(number)).normalize()


def _values(figure: Figure, *, midpoint: bool = False) -> list[Decimal]:
    """The value(s) a figure states; quantulum3 reads a range as its midpoint."""
    if figure.kind is FigureKind.RANGE and figure.low is not None and figure.high is not None:
        if midpoint:
            return [((figure.low + figure.high) / 2).normalize()]
        return [figure.low.normalize(), figure.high.normalize()]
    return [figure.value.normalize()] if figure.value is not None else []


# --------------------------------------------------------------------------- quantulum3

# quantulum3 unit names → factcheck units. Units outside news reporting (dimensionless
# numbers, joules, pixels, volts…) are out of scope: such cases are skipped, not scored.
QUANTULUM_UNITS = {
    "pound sterling": "GBP", "dollar": "USD", "united states dollar": "USD", "euro": "EUR",
    "cent": "USD", "yen": "JPY", "percentage": "%", "mile": "mile", "kilometre": "km",
    "metre": "m", "foot": "ft", "inch": "in", "pound-mass": "lb", "kilogram": "kg",
    "gram": "g", "tonne": "tonne", "short ton": "ton", "mile per hour": "mph",
    "kilometre per hour": "km/h", "acre": "acre", "hectare": "hectare", "gallon": "gallon",
    "litre": "litre", "year": "year", "month": "month", "week": "week", "day": "day",
    "hour": "hour", "minute": "minute", "decade": "year",
}  # fmt: skip


def quantulum(root: Path) -> list[Score]:
    cases = json.loads((root / "quantulum3" / "quantities.json").read_text("utf-8"))
    value = Score("quantulum3 quantities.json", "value", 0, peer="100 (own suite)")
    unit = Score("quantulum3 quantities.json", "value+unit", 0, peer="100 (own suite)")
    for case in cases:
        expected = [r for r in case["res"] if r["unit"].casefold() in QUANTULUM_UNITS]
        if not expected or len(expected) != len(case["res"]):
            continue
        value.cases += 1
        unit.cases += 1
        found = figures(case["req"])
        # quantulum3 counts cents as cents; factcheck normalises them to the main unit.
        expected = [dict(r, value=r["value"] / 100) if r["unit"].casefold() == "cent" else r
                    for r in expected]  # fmt: skip
        value.add([v for f in found for v in _values(f, midpoint=True)],
                  [_value(r["value"]) for r in expected])  # fmt: skip
        unit.add(
            [(v, f.unit) for f in found for v in _values(f, midpoint=True)],
            [(_value(r["value"]), QUANTULUM_UNITS[r["unit"].casefold()]) for r in expected],
        )
    return [value, unit]


# ----------------------------------------------------------------------- Recognizers-Text

RECOGNIZERS_CURRENCY = {
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "british pound": "GBP",
    "pound": "GBP", "japanese yen": "JPY", "yen": "JPY", "cent": "USD", "pence": "GBP",
    "chinese yuan": "CNY", "indian rupee": "INR", "canadian dollar": "CAD",
    "australian dollar": "AUD", "swiss franc": "CHF", "hong kong dollar": "HKD",
}  # fmt: skip


def _specs(root: Path, name: str) -> list[dict]:
    path = root / "recognizers-text" / "Specs" / name
    cases = json.loads(path.read_text("utf-8-sig"))
    return [c for c in cases if "python" not in str(c.get("NotSupported", "")).casefold()]


def recognizers(root: Path) -> list[Score]:
    percent = Score("Recognizers-Text PercentModel", "value", 0)
    for case in _specs(root, "Number/English/PercentModel.json"):
        percent.cases += 1
        found = [f for f in figures(case["Input"]) if f.kind is FigureKind.PERCENT]
        expected = [_value(r["Resolution"]["value"].rstrip("%")) for r in case["Results"]]
        percent.add([v for f in found for v in _values(f)], expected)
    currency_value = Score("Recognizers-Text CurrencyModel", "value", 0)
    currency_unit = Score("Recognizers-Text CurrencyModel", "value+unit", 0)
    for case in _specs(root, "NumberWithUnit/English/CurrencyModel.json"):
        wanted = [r for r in case["Results"] if r["Resolution"].get("unit", "").casefold()
                  in RECOGNIZERS_CURRENCY and r["Resolution"].get("value")]  # fmt: skip
        if len(wanted) != len(case["Results"]):
            continue  # currencies outside factcheck's table (markka, dinar…): out of scope
        for score in (currency_value, currency_unit):
            score.cases += 1
        found = [
            f for f in figures(case["Input"]) if f.kind in (FigureKind.MONEY, FigureKind.RANGE)
        ]
        expected = [
            (_value(r["Resolution"]["value"]),
             RECOGNIZERS_CURRENCY[r["Resolution"]["unit"].casefold()])
            for r in wanted
        ]  # fmt: skip
        if any(r["Resolution"]["unit"].casefold() in ("cent", "pence") for r in wanted):
            expected = [(v / 100 if u in ("USD", "GBP") and v >= 1 else v, u) for v, u in expected]
        currency_value.add([v for f in found for v in _values(f)], [v for v, _ in expected])
        currency_unit.add([(v, f.unit) for f in found for v in _values(f)], expected)
    return [percent, currency_value, currency_unit]


# The number models: every case is scored, also those the suite marks "NotSupported" for
# Python (all but two of NumberRangeModel's): they are plain English, and the Python port of
# Recognizers-Text is not the reference here. Values are compared to 14 significant digits
# (the suite prints a third as 0.333333333333333). Where the suite and a news reading part
# (IP addresses, dates, phone numbers and names such as SCP-173 hold no quantity; "10G" is not
# ten billion), the news reading is kept and the case counts as missed.
_FOURTEEN = Context(prec=14)
# Recognizers-Text writes a range stated by its two ends ("between 20 and 30", "from 5 to 10",
# "1000-5000", "20 through 100") half-open, [20,30); factcheck reads both ends as included,
# as they are meant in news. Such expected ranges (no comparative in their text) are compared
# with the upper end closed; ranges built from comparatives keep the suite's ends.
_COMPARATIVE = re.compile(
    r"less|fewer|lower|below|under|smaller|more|greater|larger|bigger|higher|above|over|"
    r"at (?:least|most)|equal|[<>=]",
    re.IGNORECASE,
)


def _number(value: object) -> Decimal:
    return _FOURTEEN.plus(Decimal(str(value))).normalize()


def _interval(result: dict) -> str:
    value = result["Resolution"]["value"]
    two_ends = re.fullmatch(r"\[[^,]+,[^,]+\)", value)
    if two_ends and not _COMPARATIVE.search(result["Text"]):
        return value[:-1] + "]"
    return value


def _all_specs(root: Path, name: str) -> list[dict]:
    path = root / "recognizers-text" / "Specs" / name
    return json.loads(path.read_text("utf-8-sig"))


def recognizers_numbers(root: Path) -> list[Score]:
    numbers = Score("Recognizers-Text NumberModel", "value", 0)
    for case in _all_specs(root, "Number/English/NumberModel.json"):
        numbers.cases += 1
        numbers.add([_number(n.value) for n in find_numbers(case["Input"])],
                    [_number(r["Resolution"]["value"]) for r in case["Results"]])  # fmt: skip
    ranges = Score("Recognizers-Text NumberRangeModel", "value", 0)
    for case in _all_specs(root, "Number/English/NumberRangeModel.json"):
        ranges.cases += 1
        ranges.add([r.notation for r in find_ranges(case["Input"])],
                   [_interval(r) for r in case["Results"]])  # fmt: skip
    return [numbers, ranges]


# ------------------------------------------------------------------------- number-parser


def number_parser(root: Path) -> list[Score]:
    base = root / "number-parser"
    words = Score("number-parser spelled-out numbers", "value", 0, peer="100 (own suite)")
    ordinals = Score("number-parser ordinals", "value", 0, peer="100 (own suite)")
    for path in sorted((base / "tests" / "data").rglob("*.csv")):
        target = ordinals if "ordinal" in path.parent.name else words
        with path.open(encoding="utf-8") as stream:
            for row in csv.DictReader(stream):
                target.cases += 1
                text = row["text"].strip()
                parsed = parse_ordinal(text) if target is ordinals else parse_words(text)
                target.add([_value(parsed)] if parsed is not None else [],
                           [_value(row["number"])])  # fmt: skip
    for case in json.loads((base / "inline_cases_extracted.json").read_text("utf-8")):
        if case.get("test") != "test_parse_number" or not isinstance(case["expected"], int):
            continue
        words.cases += 1
        parsed = parse_words(case["test_input"])
        words.add([_value(parsed)] if parsed is not None else [], [_value(case["expected"])])
    return [words, ordinals]


# ---------------------------------------------------------------------------- quotes


def _content(text: str) -> str:
    return fold(text.strip().strip("\"“”'‘’ "))


def _quote_items(text: str) -> tuple[list[str], list[str], list[str]]:
    found = quotes(text)
    contents = [_content(q.text) for q in found]
    # A quote with no speaker or cue predicts none: only what was found is scored.
    # Several speakers print as "Burton and Nick"; the suites list their tokens.
    speakers = [fold(q.speaker.span.slice(text)).replace(" and ", " ") for q in found
                if q.speaker.span]  # fmt: skip
    cues = [fold(q.speaker.cue) for q in found if q.speaker.cue]
    return contents, speakers, cues


def quote_suites(root: Path) -> list[Score]:
    scores = {m: Score("textacy + sayswho direct quotes", m, 0, peer="textacy/sayswho: all")
              for m in ("quote text", "speaker", "cue")}  # fmt: skip
    cases: list[tuple[str, list[tuple[str, str, str]]]] = []
    textacy = json.loads((root / "textacy" / "direct_quotations_en.json").read_text("utf-8"))
    for case in textacy:
        cases.append((case["text"], [(" ".join(e["speaker_tokens"]), " ".join(e["cue_tokens"]),
                                      e["content"]) for e in case["expected"]]))  # fmt: skip
    sayswho = json.loads((root / "sayswho" / "cases_extracted.json").read_text("utf-8"))
    for case in sayswho["test_direct_quotations"]:
        cases.append((case["text"], [(" ".join(s), " ".join(c), q) for s, c, q in case["exp"]]))
    for text, expected in cases:
        for score in scores.values():
            score.cases += 1
        contents, speakers, cues = _quote_items(text)
        scores["quote text"].add(contents, [_content(q) for _, _, q in expected])
        scores["speaker"].add(speakers, [fold(s) for s, _, _ in expected])
        scores["cue"].add(cues, [fold(c) for _, c, _ in expected])
    passage = root / "sayswho" / "qa_test_file.txt"
    if passage.is_file():
        truth = sayswho["qa_test_file.txt (tests/test_attributor.py)"]
        contents, speakers, cues = _quote_items(passage.read_text("utf-8"))
        for score in scores.values():
            score.cases += 1
        scores["quote text"].add(contents, [_content(q) for q in truth["test_correct_content"]])
        scores["speaker"].add(speakers, [fold(s) for s in truth["test_correct_speakers"]])
        scores["cue"].add(cues, [fold(c) for c in truth["test_correct_actions"]])
    return list(scores.values())


# ------------------------------------------------------------------------- sentences


def golden_rules(root: Path) -> list[Score]:
    cases = json.loads((root / "pysbd" / "english_golden_rules.json").read_text("utf-8"))
    score = Score("pySBD Golden Rules", "exact splits", len(cases), peer="pySBD 47/48")
    for case in cases:
        text = case["text"]
        got = [span.slice(text) for span in split_sentences(text)]
        if got == case["expected_sentences"]:
            score.true_positives += 1
        else:
            score.false_negatives += 1
    return [score]


SUITES: list[tuple[str, Callable[[Path], list[Score]]]] = [
    ("quantulum3", quantulum),
    ("recognizers-text", recognizers),
    ("recognizers-text", recognizers_numbers),
    ("number-parser", number_parser),
    ("textacy", quote_suites),
    ("pysbd", golden_rules),
]


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else DEFAULT
    if not root.is_dir():
        print(f"peer suites not found at {root}: nothing to measure")
        return 0
    print(f"{'suite':<36} {'measure':<12} {'cases':>5} {'P':>6} {'R':>6} {'F1':>6}  peer")
    for folder, scorer in SUITES:
        if not (root / folder).is_dir():
            print(f"{folder:<36} skipped: folder not found")
            continue
        for s in scorer(root):
            print(f"{s.suite:<36} {s.measure:<12} {s.cases:>5} {s.precision:>6.1%} "
                  f"{s.recall:>6.1%} {s.f1:>6.1%}  {s.peer}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
