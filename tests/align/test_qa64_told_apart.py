"""QA round 64: a share of a whole ("accounting for 18% of arrivals", "made up 22% of
arrivals") is no change ("rose 31%"), and figures of two named groups of travellers (Germans,
Chinese arrivals, arrivals from the United States) are two facts, as two markets' are. Markets
joined in a clause after the figure's ("followed by visitors from Britain and Italy") are that
clause's, not the figure's."""

from __future__ import annotations

import pytest

from support import aligned_texts, assert_pairs

_ARRIVALS_A = (
    "Germans, the largest group, made up 22% of arrivals, followed by visitors from Britain and "
    "Italy. Arrivals from the United States jumped 19%, helped by two new direct flights from "
    "New York and Boston that began in April."
)
_ARRIVALS_B = (
    "Germany remained Maraval's biggest market, accounting for 18% of arrivals. Chinese "
    "arrivals rose 31% after the resumption of charter flights from Shanghai, while Britain and "
    "Italy rounded out the top three."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # The largest market's share against its share; each market's growth its own.
        (
            _ARRIVALS_A,
            _ARRIVALS_B,
            [("22%", "18%")],
            [("22%", "31%"), ("19%", "18%"), ("19%", "31%")],
        ),
        # Two groups' growth, one named by its people, the other by where they come from.
        (
            "Americans made up the fastest-growing group: their arrivals rose 12% last year.",
            "Arrivals from Canada rose 17% last year.",
            [],
            [("12%", "17%")],
        ),
        # A share, no group named, is no change of the same things.
        (
            "Online orders made up 31% of sales.",
            "Online sales rose 28%.",
            [],
            [("31%", "28%")],
        ),
        (
            "Cruise passengers made up 24.8% of visitors.",
            "Cruise passenger numbers rose 21%.",
            [],
            [("24.8%", "21%")],
        ),
        # One group named two ways (Germans, Germany) pairs, a share with a share: the "made
        # up" of a share is no rise.
        (
            "Germans accounted for 22% of all overnight stays last year.",
            "Visitors from Germany made up 20% of overnight stays last year.",
            [("22%", "20%")],
            [],
        ),
    ],
)
def test_told_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


# Controls: markets joined in the figure's own clause still leave it unscoped; a share against
# a share still pairs, as does a change against a change of no named group.
@pytest.mark.parametrize(
    ("text_a", "text_b", "pair"),
    [
        (
            "Sales in the US and Canada rose 5% in the quarter.",
            "North American sales rose 4% in the quarter.",
            ("5%", "4%"),
        ),
        (
            "Cruise passengers made up 24.8% of visitors. Arrivals by air rose 6%.",
            "About a quarter of all visitors arrived by cruise ship. Air arrivals grew 7%.",
            ("24.8%", "About a quarter of all visitors"),
        ),
        (
            "Cruise passengers made up 24.8% of visitors. Arrivals by air rose 6%.",
            "About a quarter of all visitors arrived by cruise ship. Air arrivals grew 7%.",
            ("6%", "7%"),
        ),
    ],
)
def test_still_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)
