"""QA round 58, figure alignment: counts of the others beside one chosen, a discount on a
penalty, shares listed on two exchanges, and an offer beside an inflation rate."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # "Three other cities" besides the one chosen are the four it looked at.
        (
            "“We visited plants in five cities before settling on Leeds,” the chief said.",
            "The group picked Leeds over rival bids from four other cities, the company said.",
            [],
        ),
        (
            "The airline considered routes to six countries before choosing Kenya.",
            "It chose Kenya over five other countries, the airline said on Monday.",
            [],
        ),
        # Control: two counts of others still pair, and conflict.
        (
            "The club chose Porto over three other cities, officials said.",
            "The club picked Porto over five other cities, officials said.",
            [("over three other cities", "over five other cities")],
        ),
        # Control: counts with no "other" still pair.
        (
            "The firm looked at sites in four countries before choosing Spain.",
            "The firm looked at sites in five countries before choosing Spain.",
            [("four countries", "five countries")],
        ),
        # A discount on penalties is a reduction in fines.
        (
            "Both banks settled, admitting the breach in exchange for a 15% reduction in their "
            "fines. Arden's fine was cut by a further 25% for its early cooperation.",
            "The two banks received a 15% discount on their penalties for settling. Arden's "
            "penalty was also reduced by 25% because it cooperated early.",
            [("15%", "15%"), ("25%", "25%")],
        ),
        # Shares listed on two exchanges are two facts.
        (
            "Its London-listed shares fell 4.1% on Tuesday.",
            "The miner's Sydney-listed shares fell 3.6% in Australian trading.",
            [],
        ),
        (
            "Its Hong Kong-listed shares rose 5.2% on Friday.",
            "Its Shanghai-listed stock rose 4.4% on the mainland exchange.",
            [],
        ),
        # Control: one exchange by two names is one listing.
        (
            "Its New York-listed shares fell 2.4% on Wednesday.",
            "Its U.S.-listed shares fell 2.8% on Wednesday.",
            [("2.4%", "2.8%")],
        ),
        # Control: a listing named on one side only still pairs.
        (
            "Its Tokyo-listed shares fell 3.2% on Thursday.",
            "Its shares fell 2.9% on Thursday.",
            [("3.2%", "2.9%")],
        ),
        # A pay offer is not an inflation rate.
        (
            "The employers had initially offered 4.5% this year, which the union rejected.",
            "RPI inflation stood at 4.5% in May, according to official figures.",
            [],
        ),
        # Control: two offers pair.
        (
            "The employers had initially offered 4.5% this year, which the union rejected.",
            "The employers' opening offer of 4% was rejected by the union in June.",
            [("4.5%", "4%")],
        ),
        # Control: two inflation rates pair.
        (
            "Consumer price inflation stood at 4.5% in May.",
            "CPI inflation was 4.6% in May, according to official figures.",
            [("4.5%", "4.6%")],
        ),
    ],
)
def test_round58_pairs(text_a: str, text_b: str, pairs: list[tuple[str, str]]) -> None:
    assert sorted(aligned_texts(text_a, text_b)) == sorted(pairs)
