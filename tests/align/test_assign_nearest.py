"""Figures printed again and again in two long articles are weighed against their nearest
copies only (`CANDIDATES_PER_ITEM`), and still each find their pair."""

from __future__ import annotations

import pytest

from factcheck.align.assign import CANDIDATES_PER_ITEM, nearest_of
from factcheck.align.quotes import align_quotes
from factcheck.extract import extract
from factcheck.load import article_from_text
from support import aligned_texts


@pytest.mark.parametrize(
    ("indices", "target", "rejected", "limit", "expected"),
    [
        (range(100), 50.4, set(), 4, [49, 50, 51, 52]),
        # A candidate already weighed is passed over for the next nearest.
        (range(100), 50.4, {50}, 4, [48, 49, 51, 52]),
        # At either end of the article, the window runs inwards.
        (range(100), 0.0, set(), 3, [0, 1, 2]),
        (range(100), 120.0, set(), 3, [97, 98, 99]),
        # Short lists are kept whole, but for what is rejected.
        ([3, 8, 20], 50.0, {8}, 4, [3, 20]),
        # Equally near on both sides: the earlier first.
        ([10, 20, 30, 40], 25.0, set(), 1, [20]),
    ],
)
def test_nearest_of(
    indices: range | list[int], target: float, rejected: set[int], limit: int, expected: list[int]
) -> None:
    assert nearest_of(list(indices), target, lambda j: j not in rejected, limit) == expected


def test_a_figure_repeated_more_often_than_the_cap_still_pairs_every_copy() -> None:
    copies = CANDIDATES_PER_ITEM + 8
    update = "At the Kessler Bridge gauge the river stood at 6.35 metres, the county said."
    text = " ".join([update] * copies)
    pairs = aligned_texts(text, text)
    assert pairs == [("6.35 metres", "6.35 metres")] * copies


def test_a_rising_level_told_again_and_again_pairs_each_reading_with_its_own() -> None:
    # A live blog's readings, each worded alike: every one has more than the cap of
    # candidates worded as it is, and still finds the one of its own value.
    readings = [f"{5 + step * 0.05:.2f}" for step in range(CANDIDATES_PER_ITEM + 8)]
    text = " ".join(
        f"By {hour % 12 + 1} o'clock the river at Kessler Bridge stood at {level} metres."
        for hour, level in enumerate(readings)
    )
    pairs = aligned_texts(text, text)
    assert sorted(pairs) == sorted((f"{level} metres", f"{level} metres") for level in readings)


def test_a_quote_repeated_more_often_than_the_cap_still_pairs_every_copy() -> None:
    copies = CANDIDATES_PER_ITEM + 8
    update = (
        "“The water is still rising and people should stay away from the bank,” "
        "Mayor Ines Duarte said."
    )
    text = "Flood update\n\n" + "\n\n".join([update] * copies) + "\n"
    a = extract(article_from_text(text, article_id="a"))
    b = extract(article_from_text(text, article_id="b"))
    matches = align_quotes(a, b, 60)
    assert len(matches) == copies
    # Each copy pairs with the other article's copy at the same place.
    assert all(m.a.span == m.b.span for m in matches)
