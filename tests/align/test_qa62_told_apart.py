"""QA round 62: figures their sentences tell apart (a plan's first stage and a later one; one
company's shares on two exchanges, one named by its country's adjective; a run's length and
the wins of a season; this year's count and a year the same sentence names apart; two named
places' counts) are not paired, while the same facts told alike still are. And a count told
by place after a count of a named thing told by place ("142 tigers in Chitwan National Park
and 128 in Bardia National Park") is read."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # A plan's later stage is not its first: "from July" and "at first" are two.
        (
            "The service will initially run three times a week, on Mondays, Thursdays and "
            "Saturdays, rising to five flights a week from the start of July if demand holds up.",
            "The airline will operate 3 flights a week at first, on Mondays, Thursdays and "
            "Saturdays, increasing to five weekly from July.",
            [],
        ),
        # Control: two first stages are one.
        (
            "The airline will initially operate 3 flights a week on the route.",
            "The airline will operate 4 flights a week at first.",
            [("3 flights a week", "4 flights a week")],
        ),
        # Shares on two exchanges: "in German trading" is Frankfurt's, past a clause of their own.
        (
            "Meridia shares fell 2.3% in Amsterdam trading, underperforming the wider European "
            "banking index, which slipped 0.4%.",
            "Shares in Meridia, which are also listed in Frankfurt, fell 2.1% in German trading "
            "on Tuesday afternoon.",
            [],
        ),
        # Control: one exchange told two ways is one.
        (
            "Meridia shares fell 2.3% in Amsterdam trading.",
            "Shares in Meridia, which are also listed in Frankfurt, fell 2.1% in Dutch trading.",
            [("2.3%", "2.1%")],
        ),
        # The length of a run is a whole, not the season's wins; it pairs with the other's run.
        (
            "The 44-year-old Swede leaves with the club having won only once in their last 11 "
            "league games, a run that included seven defeats and three draws.",
            "Rovers have won one of their last 11 Championship matches, losing eight of them. "
            "This season they have won only four of their 20 league games.",
            [("11 league games", "11 Championship matches")],
        ),
        # This year's count is not that of a year its own sentence names apart.
        (
            "The carrier reported three engine-related incidents to the Civil Aviation "
            "Authority in 2023, according to the authority's annual safety summary.",
            "It has reported two engine-related incidents to the Civil Aviation Authority so "
            "far this year, after three in all of 2023.",
            [],
        ),
        # Two parks' counts are two, and each park's pairs with the other's count of it.
        (
            "Chitwan National Park remained the stronghold, with 142 tigers, followed by Bardia "
            "National Park with 118.",
            "Forty-one tigers were counted in Shuklaphanta National Park.",
            [],
        ),
        (
            "Chitwan National Park remained the stronghold, with 142 tigers, followed by Bardia "
            "National Park with 118.",
            "The count found 142 tigers in Chitwan National Park and 128 in Bardia National "
            "Park, the two big reserves. Forty-one tigers were counted in Shuklaphanta National "
            "Park, 44 in Parsa and 32 in Banke.",
            [("142 tigers", "142 tigers"), ("118", "128")],
        ),
        # Control: one park named two ways is one.
        (
            "Rangers counted 118 tigers in Royal Bardia National Park.",
            "Rangers counted 128 tigers in Bardia National Park.",
            [("118 tigers", "128 tigers")],
        ),
    ],
)
def test_round62_pairs(text_a: str, text_b: str, pairs: list[tuple[str, str]]) -> None:
    assert sorted(aligned_texts(text_a, text_b)) == sorted(pairs)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The count found 142 tigers in Chitwan National Park and 128 in Bardia National "
            "Park, the two big reserves that together hold most of the population.",
            ["142 tigers", "128"],
        ),
        (
            "Forty-one tigers were counted in Shuklaphanta National Park, 44 in Parsa and 32 in "
            "Banke.",
            ["Forty-one tigers", "44", "32"],
        ),
        # When, not where: no place.
        (
            "The clinic treated 40 patients in January and 55 in March.",
            ["40 patients"],
        ),
    ],
)
def test_counts_told_by_place(text: str, counts: list[str]) -> None:
    """Each count read, all of one unit: the first's, which the others leave unsaid."""
    found = [figure for figure in figures_of(text) if figure.text != "two big reserves"]
    assert [figure.text for figure in found] == counts
    assert {figure.unit for figure in found} == {found[0].unit}
