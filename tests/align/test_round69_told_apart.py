"""QA round 69: figures their own words show to be two facts are not paired: spans counted
from two events ("an hour after the ship left", "four hours after the alarm"); an outcome of a
year named and a forecast ("produced 210,000 tonnes in 2023", "had been expected to produce
230,000 tonnes this year"); and a figure placed nowhere in an article all about one region,
against another region's figure."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Two durations counted from two events.
        (
            "The alarm was raised at 21:40, about an hour after the Helmsdale Star left "
            "Kirkhaven for Tarrin Island.",
            "The rescue ended just before 2 a.m., more than four hours after the alarm was raised.",
            [],
            [("about an hour", "more than four hours")],
        ),
        # Control: counted from one event, they pair.
        (
            "The rescue ended about three hours after the alarm was raised.",
            "The rescue ended more than four hours after the alarm sounded.",
            [("about three hours", "more than four hours")],
            [],
        ),
        # Last year's outcome and a forecast.
        (
            "Last year the appellation produced 910,000 hectolitres of wine, close to its "
            "ten-year average.",
            "The council now forecasts a harvest of about 550,000 hectolitres, among the "
            "smallest in three decades.",
            [],
            [("910,000 hectolitres", "about 550,000 hectolitres")],
        ),
        # A year's outcome the text names and this year's expected output.
        (
            "Los Quillayes produced 210,000 tonnes of copper in 2023, roughly 4 percent of "
            "Chile's total output.",
            "The mine had been expected to produce 230,000 tonnes of copper this year.",
            [],
            [("210,000 tonnes", "230,000 tonnes")],
        ),
        # Control: two outcomes of one year named pair.
        (
            "Los Quillayes produced 210,000 tonnes of copper in 2023.",
            "The mine produced 230,000 tonnes of copper in 2023.",
            [("210,000 tonnes", "230,000 tonnes")],
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


_MINNESOTA_A = (
    "Gov. Patricia Holloway signed a law that limits annual rent increases on most apartments "
    "in Minnesota to 7 percent plus inflation. Average rents in Minnesota rose 8.9 percent. "
    "Minnesota landlords opposed it. Oregon and California have adopted similar caps. "
    "Oregon's limit is 7 percent plus inflation."
)
_MINNESOTA_B = (
    "Minnesota landlords who raise rents faster than a new state limit allows could be fined. "
    "The law caps yearly increases at 7 percent plus inflation. Minnesota becomes the third "
    "state with a cap, after Oregon and California. Renters in Minnesota welcomed it."
)


def test_a_figure_placed_nowhere_is_its_home_regions() -> None:
    """An article all about Minnesota: its unplaced cap is Minnesota's, not Oregon's."""
    from factcheck.align.figures import align_figures
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article_a = article_from_text(f"A\n\n{_MINNESOTA_A}\n", article_id="a")
    article_b = article_from_text(f"B\n\n{_MINNESOTA_B}\n", article_id="b")
    a, b = extract(article_a), extract(article_b)
    by_id = {f.id: f for f in a.figures + b.figures}
    matches = align_figures(a, b, 60, article_a.text, article_b.text)
    sevens = [by_id[m.a] for m in matches if by_id[m.b].text == "7 percent"]
    oregon = article_a.text.index("Oregon's limit")
    assert sevens
    assert all(figure.span.start < oregon for figure in sevens)
