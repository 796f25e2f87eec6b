"""QA round 66: two figures of one unit, close in value, whose measures are worded apart are
still paired: a count whose measure is only its unit's noun ("there were 718 homicides") has
no subject of its own that a figure of another unit ("the highest homicide rate") could name
better; a workforce of so many is so many workers; and the noun an article opens before
another figure is that figure's ("540 pence per share represents a 38% premium"); "hurting"
counts the injured as "injuring" does."""

from __future__ import annotations

import pytest

from support import assert_pairs, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A count named only by its noun against one with more words of its own: a rate of the
        # noun in the first article is no better-worded figure for the second's count.
        (
            "Police reported 778 homicides last year, 12 fewer than in 2023. Among cities, "
            "Winnipeg had the highest homicide rate, at 4.12 per 100,000.",
            "Winnipeg recorded the highest homicide rate of any city, at 4.12 per 100,000. "
            "Nationally, there were 718 homicides, 12 fewer than the year before. Hate crimes "
            "reported to police climbed 6% to 4,950 incidents.",
            [("778 homicides", "718 homicides")],
            [],
        ),
        # A workforce or headcount of so many is that many workers.
        (
            "Ashoka Metals has agreed to buy Caldermoor Steel, promising to keep all of the "
            "company's 4,800 workers and to make no compulsory redundancies for five years.",
            "Ashoka has promised no compulsory redundancies for three years across a workforce "
            "of 4,300.",
            [("4,800 workers", "4,300")],
            [],
        ),
        (
            "The company employs 4,800 workers at its two plants.",
            "The group has a headcount of 4,300 across Britain.",
            [("4,800 workers", "4,300")],
            [],
        ),
        # Control: a workforce far from the count is another count.
        (
            "The plant employs 620 workers.",
            "The group has a workforce of 118,000 around the world.",
            [],
            [("620 workers", "118,000")],
        ),
        # A price the premium is of is no premium: the offer and the premium pair each.
        (
            "The offer of 540 pence per share represents a 38% premium to Caldermoor's closing "
            "price on Friday.",
            "Shareholders are being offered 540p a share, a 28 per cent premium to Friday's close.",
            [("540 pence", "540p"), ("38%", "28 per cent")],
            [],
        ),
        # "hurting 16 workers" is a toll of the injured, as "injuring 14 workers" is.
        (
            "A fire tore through a lithium-ion battery factory early Tuesday, injuring 14 "
            "workers and forcing nearby residents from their homes.",
            "Residents were ordered out of their homes before dawn after a fire ripped through "
            "the factory, hurting 16 workers.",
            [("14 workers", "16 workers")],
            [],
        ),
        # Control: two counts of one noun, each with a subject of its own that the other
        # article gives a figure of, stay apart.
        (
            "The combination would create an operator with about 41.3 million mobile "
            "subscribers and 9.6 million broadband customers across Spain and Portugal.",
            "The tie-up would create a group with more than 41 million mobile customers and "
            "9.6 million broadband subscribers in four countries.",
            [],
            [("about 41.3 million mobile subscribers", "9.6 million broadband subscribers")],
        ),
    ],
)
def test_worded_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("text", "figure", "words", "not_words"),
    [
        # An article right before another figure opens that figure's noun, not this one's.
        (
            "The offer of 540 pence per share represents a 38% premium to Caldermoor's closing "
            "price on Friday.",
            "540 pence",
            {"share"},
            {"premium"},
        ),
        (
            "The offer of 540 pence per share represents a 38% premium to Caldermoor's closing "
            "price on Friday.",
            "38%",
            {"premium"},
            set(),
        ),
        # Control: the noun an article opens, with no figure between, is still in reach.
        (
            "The drug cut the risk by 8.0 per cent of those given the placebo.",
            "8.0 per cent",
            {"placebo"},
            set(),
        ),
    ],
)
def test_measure_words(text: str, figure: str, words: set[str], not_words: set[str]) -> None:
    found = next(f for f in figures_of(text) if f.text == figure)
    assert words <= set(found.measure)
    assert not not_words & set(found.measure)
