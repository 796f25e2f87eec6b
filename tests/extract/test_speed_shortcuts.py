"""More shortcuts taken for speed, each checked against the plain computation it replaces.

Word alternations are written as prefix trees, some patterns are skipped on sentences that lack
a sign or word they need, and a few tests read a character or two instead of copying text. On
texts made at random from the words and signs that matter, each gives what the plain way gives.
"""

from __future__ import annotations

import random
import re

import pytest

from factcheck.extract import figures, periods, quotes, sentences
from factcheck.extract.numbers import MULTIPLIERS, ORDINALS, TENS, UNITS, longest_first
from factcheck.models import Span

_NUMBER_WORDS = [*UNITS, *TENS, *MULTIPLIERS, *ORDINALS]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_prefix_tree_matches_what_the_longest_first_alternation_matches(flags: int) -> None:
    plain = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
    tree = longest_first(_NUMBER_WORDS)
    # What follows the words makes the engine back off to shorter ones ("seven" in "seventy").
    tails = [r"", r"\b", r"teen", r"th\b", r"(?:[\s-]+{w})*\b", r"y?\s"]
    rng = random.Random(5)
    pieces = [*_NUMBER_WORDS, "SEVEN", "Twen", "te", "en", "th", "y", " ", "-", "s", "x"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for tail in tails:
            a = re.compile(plain + tail.replace("{w}", plain), flags)
            b = re.compile(tree + tail.replace("{w}", tree), flags)
            spans = [m.span() for m in b.finditer(text)]
            assert [m.span() for m in a.finditer(text)] == spans, (text, tail)


_FIGURE_WORDS = (
    "5 12 1,200 3.5 2024 $ $5 £3 €4 5€ 7£ ¥ USD usd EUR Eur aud Europe fraud won dollars euros "
    "pounds yen between and to - – in a an one two three nine half a quarter thirds of out "
    "every in per cent percent % people years miles inch 5in 3 in thick US$ C$ A$ HK$ mn bn "
    "minus doubled first 21st were died the rose from by , ."
).split()


@pytest.mark.parametrize("seed", range(3))
def test_money_and_share_patterns_left_off_a_sentence_find_nothing_there(seed: int) -> None:
    """Amounts with a currency sign or code and shares are turned on by narrower tests than
    the words alone: where those leave one off that the words would turn on, it finds nothing."""
    rng = random.Random(seed)
    patterns = dict(figures._PATTERNS)  # the first of each name: the others need the same
    for _ in range(2000):
        text = " ".join(rng.choice(_FIGURE_WORDS) for _ in range(rng.randint(1, 12)))
        lowered = figures._lowered(text)
        words = set(re.findall("[a-z]+", text.lower()))
        digit = re.search(r"\d", text) is not None
        number = digit or not figures._NUMBER_WORDS.isdisjoint(words)
        currency = not words.isdisjoint(figures._CURRENCY_WORDS) or any(
            sign in text for sign in "$€£¥₹₩元"
        )
        share_words = not words.isdisjoint(figures._FRACTION_WORDS) and (
            number or not words.isdisjoint(figures._A_HALF)
        )
        on = figures._triggers(text, 0, len(text), lowered)
        left_off = [name for name in ("money_range", "money", "money_suffix") if name not in on]
        for name in left_off if digit and currency else []:
            assert all(p.search(text) is None for n, p in figures._PATTERNS if n == name), text
        if share_words and "share" not in on and lowered is not None:
            assert patterns["share"].search(text) is None, text


_PERIOD_WORDS = (
    "Q1 Q4 q2 H1 H2 h2 2023 2024 1999 '24 FY fy FY2024 Fiscal fiscal year full-year FULL full "
    "first second third half Half quarter QUARTER of in by during the end since 5 per cent rose"
).split()


def test_periods_are_searched_only_where_a_hint_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(1)
    texts = [
        " ".join(rng.choice(_PERIOD_WORDS) for _ in range(rng.randint(1, 8))) for _ in range(3000)
    ]
    found = [periods.find_periods(text) for text in texts]
    # Every text searched by every pattern:
    monkeypatch.setattr(periods, "_PERIOD_HINT", re.compile(""))
    monkeypatch.setattr(periods, "_NAMED_PERIOD_HINT", re.compile(""))
    assert [periods.find_periods(text) for text in texts] == found


@pytest.mark.parametrize("seed", range(2))
def test_list_markers_skipped_without_a_mark_end_are_none(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = [*"ab c.)1 2\n•*xZ", " ", " ", "."]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        if sentences._MARK_END.search(text) is None:
            marks = sentences._list_marker_matches(text, 0, len(text))
            assert len(marks) <= 1, text  # no list: nothing to keep


def _is_full_plain(text: str, group: list[quotes._Piece]) -> bool:
    """`quotes._is_full` as it was written before its shortcuts."""
    words = sum(len(text[p.content.start : p.content.end].split()) for p in group)
    if words < quotes.MIN_FULL_WORDS:
        return False
    first = group[0]
    inside = text[first.content.start : first.content.end]
    starts_capital = (
        inside[:1].isupper()
        or inside[:1] in "‘'…"
        or inside[:3] == "..."
        or (inside[:1] == "[" and inside[1:2].isupper())
    )
    before = text[first.paragraph.start : first.open_at].rstrip()
    introduced = before == "" or before[-1:] in ",:.!?"
    last = group[-1]
    ending = text[last.content.start : last.content.end].rstrip()[-1:]
    return (starts_capital and (introduced or ending in ".!?…,")) or (introduced and words >= 6)


def _run_on_plain(text: str, piece: quotes._Piece) -> bool:
    """Whether `quotes._closed_mid_sentence` reports, as it decided before its shortcuts."""
    if piece.close_at is None:
        return False
    inside = text[piece.content.start : piece.content.end].rstrip()
    rest = text[piece.close_at + 1 : piece.paragraph.end]
    following = rest.lstrip()
    if not inside or inside[-1] not in ".!?…" or not following[:1].islower():
        return False
    return quotes._ATTRIBUTION_START.match(rest) is None


_QUOTE_WORDS = (
    '“ ” " , . ! ? … : He he said she told reporters We will build it Smith Yes no '
    "one two three four five six seven and then ran on ..."
).split()


@pytest.mark.parametrize("seed", range(3))
def test_quote_shortcuts_decide_as_the_plain_reading(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(1500):
        text = " ".join(rng.choice(_QUOTE_WORDS) for _ in range(rng.randint(2, 18)))
        text = rng.choice(["", "  ", "Intro: "]) + text
        paragraph = [Span(start=0, end=len(text))]
        pieces, _, continued = quotes._pieces(text, paragraph)
        for piece in pieces:
            reported = quotes._closed_mid_sentence(text, piece) is not None
            assert reported is _run_on_plain(text, piece), text
        for group in quotes._join_split(text, pieces, continued):
            assert quotes._is_full(text, group) is _is_full_plain(text, group), text
