"""Controls for the round 59-62 fixes, from a review of them: what they must not take in."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # The year a change is measured against is not the figure's own year: both are this
        # year's rises, and they conflict.
        (
            "Retail sales rose 5% compared with last year, the statistics office said.",
            "Retail sales rose 7% this year, the statistics office said.",
            [("5%", "7%")],
        ),
        # The whole a figure is compared with is not its own: the district's rate is no
        # national figure, and pairs with the other article's district rate.
        (
            "In the district, 84.6% of kindergartners were vaccinated, against a national "
            "average of 92.7%.",
            "Only 81.6% of the district's kindergartners were vaccinated.",
            [("84.6%", "81.6%")],
        ),
    ],
)
def test_a_baseline_or_a_comparison_is_not_the_figures_own(text_a, text_b, pairs) -> None:
    assert sorted(aligned_texts(text_a, text_b)) == sorted(pairs)


def test_markets_joined_in_the_figures_own_clause_leave_it_unscoped() -> None:
    from factcheck.align.regions import market_of

    text = "Sales rose 5% in Germany and France."
    start = text.index("5%")
    assert market_of(text, 0, len(text), start, start + 2) is None
