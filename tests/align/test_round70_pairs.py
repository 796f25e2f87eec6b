"""QA round 70: one fact worded apart by two outlets is paired: heavy goods vehicles are lorries
(trucks, HGVs), and toll revenue what was collected in tolls in the year to March; stage
victories are stage wins, households the homes a cap applies to (in England, Scotland and
Wales together, no one of them); and a development budget is what a thing cost to make, where
two ranges share an end."""

from __future__ import annotations

import pytest

from support import assert_pairs, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Tolls collected in the year to March are the toll revenue of last year.
        (
            "An average of 68,000 vehicles a day crossed the bridge last year, and it collected "
            "£61.27 million in tolls in the year to March.",
            "Some 86,000 vehicles use the crossing each day. Toll revenue reached £67.1 million "
            "last year.",
            [("£61.27 million", "£67.1 million")],
            [],
        ),
        # Stage victories are stage wins.
        (
            "Rinaldi loses the overall title, his three stage wins and the 1,250 UCI ranking "
            "points he earned at the race.",
            "He has been stripped of the overall win, four stage victories and 1,520 UCI points.",
            [("three stage wins", "four stage victories")],
            [],
        ),
        # Households are the homes a price cap applies to; a figure of England, Scotland and
        # Wales together is of no one of them.
        (
            "It applies to around 22 million households in England, Scotland and Wales that "
            "are on standard variable tariffs. About six million households are in fuel "
            "poverty.",
            "Some 27 million homes on variable tariffs will be affected. About 6 million "
            "households are in fuel poverty.",
            [("around 22 million households", "Some 27 million homes")],
            [],
        ),
        # Control: a figure of one region named is still that region's.
        (
            "It applies to around 22 million households in Scotland that are on standard "
            "variable tariffs.",
            "Some 27 million homes on variable tariffs will be affected.",
            [],
            [("around 22 million households", "Some 27 million homes")],
        ),
        # A development budget is what a game cost to make: two ranges sharing an end.
        (
            "The game had a development budget of between $120 million and $140 million, "
            "according to two people familiar with the project.",
            "Ashen Crown cost an estimated $120 million to $160 million to make, people with "
            "knowledge of its finances said.",
            [
                (
                    "between $120 million and $140 million",
                    "an estimated $120 million to $160 million",
                )
            ],
            [],
        ),
    ],
)
def test_round70_pairs(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # Heavy goods vehicles, HGVs, trucks and lorries are one kind of vehicle: the measure
        # of their toll names it alike however worded.
        ("Heavy goods vehicles will pay £11.50, up from £9.60, a rise of 19.8%.", "£11.50"),
        ("Under the new charges, lorry drivers face a toll of £12.50 per crossing.", "£12.50"),
        ("HGVs will pay £11.50 per crossing from April.", "£11.50"),
        ("Trucks will pay £12.50 per crossing from April.", "£12.50"),
    ],
)
def test_round70_lorry_named_alike(text: str, printed: str) -> None:
    (figure,) = [figure for figure in figures_of(text) if figure.text == printed]
    assert "lorry" in figure.measure
