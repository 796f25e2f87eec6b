"""QA round 71: two different facts paired as one figure. Imports against exports, a current
level against a proposal's, last season's outcome against this coming season's forecast, both
sides' total of an exchange against one side's count; and a change paired through the level it
reached, which a spelled-out container unit had kept from pairing."""

from __future__ import annotations

import pytest

from support import assert_pairs, figures_of

_CARGO_A = (
    "Container throughput rose 7.1% to 9.84 million twenty-foot equivalent units (TEUs), the "
    "highest since the port began keeping records. Exports rose 5.3%, driven by chemicals. "
    "Revenue at the port authority rose to €1.27 billion, and net profit climbed 9% to €412 "
    "million, the authority said."
)
_CARGO_B = (
    "The terminals handled 9.84 million TEUs, an increase of 11.7%, as shipping lines "
    "rerouted around Africa. Imports rose 3.9%, and some 20% of container volume was "
    "transshipment cargo. She said overtime at the container terminals had risen 18% and that "
    "the union wanted 40 more permanent jobs before the summer."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A change pairs with the one told of the same level; imports are never exports, nor
        # a company's profit.
        (
            _CARGO_A,
            _CARGO_B,
            [
                ("7.1%", "11.7%"),
                ("9.84 million twenty-foot equivalent units", "9.84 million TEUs"),
            ],
            [("7.1%", "18%"), ("5.3%", "3.9%"), ("9%", "3.9%")],
        ),
        # A level now against one a proposal would bring.
        (
            "Osei said employers already paid 21.4% of salaries into the scheme. Staff "
            "currently contribute 9.8%.",
            "Employers argue the cuts are unavoidable. Their proposal would also raise staff "
            "contributions to 11% of salary.",
            [],
            [("9.8%", "11%")],
        ),
        # Last season's visits against those expected this coming season (the opening month
        # of an "if" clause dates neither).
        (
            "The resort employs about 140 people year-round. It recorded 410,000 skier visits "
            "last season, according to its annual report.",
            "Alder Peak expects 450,000 skier visits this coming season if it can open on "
            "schedule in December, Lindqvist said.",
            [],
            [("410,000 skier visits", "450,000 skier visits")],
        ),
        # Both sides' total of an exchange against one side's count; that side's count named
        # by its people pairs with the one its people's name qualifies.
        (
            "Dravonia and Sorelia exchanged 26 prisoners on Saturday in the largest swap between "
            "the two countries. Dravonia released 11 Sorelian citizens. Sorelia freed 15 "
            "Dravonians, most of whom had been convicted of smuggling.",
            "Journalist Tomas Reyne stepped off a plane late on Saturday, one of eleven "
            "Sorelians freed in an exchange that also saw Sorelia release 13 Dravonian "
            "prisoners.",
            [("15 Dravonians", "13 Dravonian prisoners")],
            [("26 prisoners", "13 Dravonian prisoners")],
        ),
    ],
)
def test_round71_told_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


def test_round71_exports_pair_with_exports() -> None:
    assert_pairs(
        "Exports rose 5.3%, driven by chemicals.",
        "Exports rose 3.9% in the year.",
        [("5.3%", "3.9%")],
        [],
    )


@pytest.mark.parametrize(
    ("sentence", "printed", "unit", "value"),
    [
        # A fraction's scale ends its number: no "million twenty"-foot length.
        (
            "Container throughput rose 7.1% to 9.84 million twenty-foot equivalent units "
            "(TEUs), the highest on record.",
            "9.84 million twenty-foot equivalent units",
            "teu",
            9_840_000,
        ),
        # Control: a whole number's scale still takes the words after it.
        ("The city has two million three hundred thousand residents.", None, None, None),
    ],
)
def test_round71_container_units(
    sentence: str, printed: str | None, unit: str | None, value: int | None
) -> None:
    figures = {figure.text: figure for figure in figures_of(sentence)}
    if printed is None:
        assert not any(figure.unit == "ft" for figure in figures.values())
        return
    assert not any(figure.unit == "ft" for figure in figures.values())
    figure = next(f for text, f in figures.items() if text.startswith(printed.split(" (")[0][:12]))
    assert figure.unit == unit
    assert figure.value == value
