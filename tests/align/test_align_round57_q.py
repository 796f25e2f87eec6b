"""QA round 57: figures of one fact that were left unpaired (digits swapped, a change called
back by "The … increase", a forecasters' range with one end moved)."""

from __future__ import annotations

import pytest

from factcheck.models import Bound
from support import aligned_texts, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair"),
    [
        # Two digits side by side swapped, subjects sharing a word.
        (
            "An estimated 2,700 tonnes of diesel fuel have leaked from the cargo ship since it "
            "struck rocks on Monday, officials said. The vessel was carrying 61,500 tonnes of "
            "grain.",
            "The ship, loaded with some 61,000 tonnes of wheat, ran aground. Crews worked to "
            "contain the slick after the cargo ship spilled an estimated 7,200 tonnes of fuel "
            "on Monday.",
            ("An estimated 2,700 tonnes", "an estimated 7,200 tonnes"),
        ),
        # A change the next sentence calls back to ("The 4.7% increase") is the region's.
        (
            "Water bills in Wales will rise by 7.4% to £512 a year from April, the regulator "
            "said on Monday, while bills in Scotland stay frozen.",
            "Water bills in Wales will rise to just over £510 a year from April. The 4.7% "
            "increase, announced by the regulator, means an extra £35 for each household. "
            "Scotland keeps its freeze.",
            ("7.4%", "4.7%"),
        ),
        # Each article's only range of jobs, each told as a forecast, one end moved.
        (
            "Employers added 52,000 jobs in May. Economists polled before the release had "
            "forecast a gain of between 30,000 and 40,000 jobs.",
            "Employers added about 52,000 jobs in May. Analysts had expected 30,000 to 45,000 "
            "new positions.",
            ("between 30,000 and 40,000 jobs", "30,000 to 45,000 new positions"),
        ),
        # The one swing in each article, in points or in per cent.
        (
            "Labour won the seat on a swing of 8.7 percentage points from the SNP since the "
            "last election, when the SNP took 44.1% of the vote against 30.2% for Labour.",
            "The swing from the SNP to Labour was 7.8 per cent, the party said. Turnout was 38%.",
            ("8.7 percentage points", "7.8 per cent"),
        ),
        # A zero dropped from one amount, its subjects sharing two words.
        (
            "Four of the candidates lost their £200 deposits after winning too few votes.",
            "The four minor candidates each lost their £2,000 deposit, officials said.",
            ("£200", "£2,000"),
        ),
    ],
)
def test_round57_pairs(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "unpaired"),
    [
        # A change is not a level, digits swapped or not.
        (
            "Food prices spiked and a minimum wage increase of 9.5% fed through to services.",
            "Services inflation remained sticky at 5.9 percent, the agency said.",
            ("9.5%", "5.9 percent"),
        ),
        # Swapped digits of two things that share no word.
        (
            "The company said 34% of its staff work from home.",
            "About 43% of voters backed the plan, a poll showed.",
            ("34%", "About 43%"),
        ),
        # Ranges not told as forecasts, with nothing else in common.
        (
            "The plant will hire between 300 and 400 workers next year.",
            "The union says 300 to 450 workers were laid off in the spring.",
            ("between 300 and 400 workers", "300 to 450 workers"),
        ),
        # "The 4.7% increase" with no region named before it stays placed nowhere against
        # another region's rise.
        (
            "Water bills in Wales will rise by 7.4% from April.",
            "Water bills in Scotland will rise from April, officials said. The 4.7% increase "
            "was announced on Monday.",
            ("7.4%", "4.7%"),
        ),
        # Two swings in one article: which is the other's is not told by the word alone.
        (
            "The seat saw a swing of 8.7 percentage points to Labour, and a swing of 3.1 "
            "points to the Greens.",
            "The swing to Labour was 7.8 per cent.",
            ("a swing of 3.1 points", "7.8 per cent"),
        ),
        # One shared word is not enough for a dropped zero.
        (
            "Drivers paid a £5 fee to enter the zone.",
            "Motorists who were caught paid a £50 fine.",
            ("a £5 fee", "a £50 fine"),
        ),
    ],
)
def test_round57_controls(text_a: str, text_b: str, unpaired: tuple[str, str]) -> None:
    assert unpaired not in aligned_texts(text_a, text_b)


@pytest.mark.parametrize(
    ("text", "printed", "unit"),
    [
        ("The plant released 2,400 tonnes of carbon dioxide per day.", "2,400 tonnes", "tonne/day"),
        ("Crews removed 30 tonnes of ash a day from the roads.", "30 tonnes", "tonne/day"),
        # No rate: "a day" that dates, and a plain amount.
        ("Workers cleared 30 tonnes of debris a day earlier.", "30 tonnes", "tonne"),
        ("The ship carried 61,000 tonnes of wheat.", "61,000 tonnes", "tonne"),
    ],
)
def test_quantity_rate_past_what_it_is_of(text: str, printed: str, unit: str) -> None:
    [figure] = [f for f in figures_of(text) if f.text == printed]
    assert figure.unit == unit


def test_payout_is_the_dividend() -> None:
    pairs = aligned_texts(
        "The board proposed a final dividend of 6.1 pence, taking the total payout for the "
        "year to 9.3 pence per share, up from 8.7 pence.",
        "Shareholders will receive a total dividend of 9.8p for the year, including a final "
        "payment of 6.1p.",
    )
    assert ("9.3 pence", "9.8p") in pairs


def test_as_long_as_is_an_upper_bound() -> None:
    [figure] = figures_of("Some homes were left without power for as long as 11 hours.")
    assert (figure.text, figure.bound) == ("as long as 11 hours", Bound.AT_MOST)


@pytest.mark.parametrize(
    ("text", "printed", "has", "lacks"),
    [
        # A clause of its own before the aside: its subject, not the sentence's.
        (
            "Total sales rose 3% to £9.1 billion, while pre-tax profit, the figure investors "
            "watch most closely, fell 2% to £612 million.",
            "£612 million",
            "pre-tax",
            "sales",
        ),
        # Control: a clause opening on its verb past an aside goes on from the sentence's subject.
        (
            "Chega, led by its founder, won 22.6 per cent of the vote.",
            "22.6 per cent",
            "chega",
            "founder",
        ),
    ],
)
def test_subject_past_an_aside(text: str, printed: str, has: str, lacks: str) -> None:
    [figure] = [f for f in figures_of(text) if f.text == printed]
    measure = " ".join(figure.measure).casefold()
    assert has in measure
    assert lacks not in measure


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # The one longest span of hours in each, however worded and wherever placed.
        (
            "The storm cut power to 300,000 homes, some of them for as long as 11 hours. "
            "Crews restored most supplies within about 4 hours.",
            "In the worst-hit parts of the Hunter region the lights stayed off for up to 13 "
            "hours. Most customers had power back within 3 to 5 hours.",
            ("as long as 11 hours", "up to 13 hours"),
            True,
        ),
        # Two longest spans in one article: which is which is not told.
        (
            "Some homes were dark for as long as 11 hours. Trains were held for up to 3 hours.",
            "The lights stayed off for up to 13 hours.",
            ("as long as 11 hours", "up to 13 hours"),
            False,
        ),
        # Too far apart to be one span told two ways.
        (
            "Some homes were dark for as long as 11 hours.",
            "Passengers were stuck for up to 30 hours.",
            ("as long as 11 hours", "up to 30 hours"),
            False,
        ),
    ],
)
def test_lone_longest_spans(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired
