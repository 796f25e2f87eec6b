"""Round 57 (p): figures whose own words say they are other facts: debt taken on and a price
paid, a club's age and a fan's years, the dead and the rescued, two age bands with no age in
common (and the figures told of them), a peak and a level fallen to."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # Debt a buyer takes on is not the price it pays, even with the buyer named in both.
        (
            "Halvorsen, 61, will also take on around £32 million of debt, most of it in loans "
            "from the founders.",
            "Investor Erik Halvorsen agreed to pay £160 million for a 75% stake in the club.",
            [],
        ),
        # Control: the price and the stake still pair when both articles give them.
        (
            "Erik Halvorsen has agreed to buy a 70% stake in the club for £140 million. "
            "Halvorsen, 61, will also take on around £32 million of debt.",
            "Investor Erik Halvorsen agreed to pay £160 million for a 75% stake in the club.",
            [("70%", "75%"), ("£140 million", "£160 million")],
        ),
        # Control: debt against debt still pairs, and a gap stays a conflict.
        (
            "Halvorsen will also take on debts of £32 million, the club said.",
            "Halvorsen will also assume debts of £37 million, the club said.",
            [("£32 million", "£37 million")],
        ),
        # Control: a price against a price still pairs.
        (
            "Halvorsen agreed to pay £140 million for the stake, the board said.",
            "Halvorsen agreed to pay £160 million for the stake, the board said.",
            [("£140 million", "£160 million")],
        ),
    ],
)
def test_debt_taken_on_and_a_price_paid_are_other_facts(text_a, text_b, pairs) -> None:
    assert aligned_texts(text_a, text_b) == pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # A club's age is not one fan's years of support.
        (
            '"This club has 135 years of history, and we will honour them," the new owner said.',
            "Supporter Jean Briggs, 67, who has followed the club for 45 years, said she was "
            "worried.",
            [],
        ),
        # Control: the club's age told alike by both still pairs.
        (
            '"This club has 135 years of history," the new owner said.',
            "The club, which has 130 years of history, was sold on Monday.",
            [("135 years", "130 years")],
        ),
        # Control: a family's years in charge told by both still pair.
        (
            "The sale ends the Pryor family's 24 years in charge of the club.",
            "The sale brings down the curtain on the Pryor family's 29 years in charge.",
            [("24 years", "29 years")],
        ),
    ],
)
def test_an_institutions_age_and_a_persons_years_are_other_facts(text_a, text_b, pairs) -> None:
    assert aligned_texts(text_a, text_b) == pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # The dead are not the rescued.
        (
            "Some 310 seals have been found dead so far along the coast, the charity said.",
            "More than 540 seals have been taken to rescue centres along the coast.",
            [],
        ),
        # Control: a clause naming both the dead and the hurt labels neither count (and the
        # bare number the toll's verb governs is the hurt, as "35 others" are).
        (
            "The blast killed 14 workers and injured 35 others, officials said.",
            "The explosion killed 12 workers and injured 40, officials said.",
            [("14 workers", "12 workers"), ("35 others", "40")],
        ),
        # Control: the dead against the dead still pair.
        (
            "Some 310 seals have been found dead so far along the coast, the charity said.",
            "About 350 seals have been found dead, the charity said, and 540 taken to rescue "
            "centres.",
            [("Some 310 seals", "About 350 seals")],
        ),
        # Control: the rescued against the rescued still pair.
        (
            "More than 540 seals have been taken to rescue centres, the charity said.",
            "Some 600 seals have been taken to rescue centres, the charity said.",
            [("More than 540 seals", "Some 600 seals")],
        ),
    ],
)
def test_the_dead_and_the_rescued_are_other_counts(text_a, text_b, pairs) -> None:
    assert aligned_texts(text_a, text_b) == pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # Two age bands with no age in common are two groups, and so are their rates.
        (
            "The youth unemployment rate, for those aged 16 to 24, fell to 12.4%, the agency said.",
            "Among demographic groups, unemployment among women aged 25 to 54 fell to 4.8 per "
            "cent, while the rate for men was 5.2 per cent.",
            [],
        ),
        # Control: bands that overlap may be one band misreported, and still pair.
        (
            "The youth jobless rate, for those aged 16 to 24, rose to 12.4%.",
            "The jobless rate for young people aged 15 to 24 rose to 12.9 per cent.",
            [("aged 16 to 24", "aged 15 to 24"), ("12.4%", "12.9 per cent")],
        ),
    ],
)
def test_age_bands_with_no_age_in_common_are_other_groups(text_a, text_b, pairs) -> None:
    assert sorted(aligned_texts(text_a, text_b)) == sorted(pairs)


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # A peak earlier in the year is not a level the rate fell to.
        (
            "The youth unemployment rate, for those aged 16 to 24, fell to 12.4%.",
            "The unemployment rate climbed from 6.1 per cent in January to a peak of 6.9 per "
            "cent in May.",
            [],
        ),
        # Control: a level fallen to still pairs with the other's, when the other's sentence
        # also names the peak it fell from.
        (
            "The unemployment rate fell to 6.5% in September, the agency said.",
            "The unemployment rate fell to 6.7 per cent in September, down from a peak of 7.1 "
            "per cent in May.",
            [("6.5%", "6.7 per cent")],
        ),
        # Control: two peaks still pair.
        (
            "The unemployment rate reached a peak of 7.2% in March.",
            "The unemployment rate reached a peak of 7.4 per cent in March.",
            [("7.2%", "7.4 per cent")],
        ),
        # Control: two levels fallen to still pair.
        (
            "The unemployment rate fell to 6.8% last month, the agency said.",
            "The unemployment rate fell to 6.6 per cent last month, the agency said.",
            [("6.8%", "6.6 per cent")],
        ),
    ],
)
def test_a_peak_and_a_level_fallen_to_are_other_facts(text_a, text_b, pairs) -> None:
    assert aligned_texts(text_a, text_b) == pairs
