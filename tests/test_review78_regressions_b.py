"""Review 78 (items 4, 5, 13): figures of two stages (tranches, phases, rounds of a contest),
two segments named as whom a figure is for ("For households," / "for businesses") or whose
customers or bills it tells, are kept apart; a flight number named only after a figure tells
nothing of it. Negatives: rounds of talks, a stage in another clause, a segment word that
modifies another noun, and a flight named before the figure still decide as before."""

from __future__ import annotations

import pytest

from support import assert_pairs

# Each row: article a, article b, pairs that must be found, pairs that must not.
CASES = [
    # Item 4: stages of a loan, a line or a contest are two facts.
    (
        "The first tranche of the loan, worth €10 billion, was paid in March.",
        "The second tranche of the loan, worth €12 billion, will be paid in June.",
        [],
        [("€10 billion", "€12 billion")],
    ),
    (
        "A third tranche of aid worth $500 million was approved on Monday.",
        "The first tranche of aid, worth $300 million, arrived in March.",
        [],
        [("$500 million", "$300 million")],
    ),
    (
        "The first phase of the rail line will cost £45 billion.",
        "The second phase of the rail line will cost £40 billion.",
        [],
        [("£45 billion", "£40 billion")],
    ),
    (
        "In the first round of the tournament, 128 players took part.",
        "In the second round of the tournament, 64 players took part.",
        [],
        [("128 players", "64 players")],
    ),
    (
        "The ministry released €2.6 billion in the second instalment of the bailout.",
        "The ministry released €1.9 billion in the third instalment of the bailout.",
        [],
        [("€2.6 billion", "€1.9 billion")],
    ),
    (
        "The second phase of the tram network will add 14 stops to the city.",
        "The first phase of the tram network added 22 stops to the city.",
        [],
        [("14 stops", "22 stops")],
    ),
    # Negatives: a round of talks is no group, nor a stage told in another clause.
    (
        "After the first round of negotiations, the union said 6,000 nurses would walk out.",
        "After the second round of negotiations, the union said 60,000 nurses would walk out.",
        [("6,000 nurses", "60,000 nurses")],
        [],
    ),
    (
        "In the first phase, the council will demolish 700 homes, it said.",
        "The council will demolish 7,000 homes, with the second phase due in 2029, it said.",
        [("700 homes", "7,000 homes")],
        [],
    ),
    # Item 5: a segment named as whom the figure is for, or whose customers or bills it is.
    (
        "For households, electricity prices will rise 10% from April.",
        "For businesses, electricity prices will rise 15% from April.",
        [],
        [("10%", "15%")],
    ),
    (
        "Bills for households will rise 10% from April.",
        "Bills for businesses will rise 15% from April.",
        [],
        [("10%", "15%")],
    ),
    (
        "Residential customers will see their bills rise 8% in January.",
        "Commercial customers will see their bills rise 12% in January.",
        [],
        [("8%", "12%")],
    ),
    (
        "Water bills for households in the region will go up by 21% next year.",
        "Water bills for businesses in the region will go up by 30% next year.",
        [],
        [("21%", "30%")],
    ),
    (
        "Among households, energy use fell 6% last year.",
        "Among businesses, energy use fell 11% last year.",
        [],
        [("6%", "11%")],
    ),
    (
        "Gas tariffs for small businesses will climb 17% in October, the regulator said.",
        "Gas tariffs for households will climb 7% in October, the regulator said.",
        [],
        [("17%", "7%")],
    ),
    (
        "Household subscribers will pay 9% more for broadband from May.",
        "Business subscribers will pay 13% more for broadband from May.",
        [],
        [("9%", "13%")],
    ),
    # Negatives: a segment word modifying another noun, or with no preposition, is not the
    # figure's.
    (
        "The household appliance maker will cut 2,300 factory jobs, a statement said.",
        "Brightline will cut 3,200 factory jobs, a corporate statement said.",
        [("2,300 factory jobs", "3,200 factory jobs")],
        [],
    ),
    (
        "The flooding forced 900 people from their homes, and businesses were shut.",
        "The flooding forced 1,900 people from their homes, officials said.",
        [("900 people", "1,900 people")],
        [],
    ),
    # Item 13: a flight named only after the other's figure tells nothing of it.
    (
        "The diverted flight BX417 carried 182 passengers.",
        "The diverted plane carried 176 passengers, the airline said. It had been due to return "
        "as flight BX418.",
        [("182 passengers", "176 passengers")],
        [],
    ),
    (
        "Flight KL742 was carrying 214 passengers when it turned back.",
        "The jet, carrying 241 passengers, turned back over the Atlantic. Its next service, "
        "flight KL743, was cancelled.",
        [("214 passengers", "241 passengers")],
        [],
    ),
    # Negative: a flight the other article names before its figure is that figure's.
    (
        "Flight KL742 was carrying 214 passengers when it turned back.",
        "Flight KL743 was cancelled after the jet turned back. None of the 241 passengers "
        "booked on it was rebooked that night.",
        [],
        [("214 passengers", "241 passengers")],
    ),
    # Negative: both articles tell of flight KL742; the other's figure on KL743 is not it,
    # though the first names KL742 only after its figure.
    (
        "A jet bound for Boston turned back on Friday. All 214 passengers were unhurt. Flight "
        "KL742 landed safely.",
        "The jet, flight KL742, landed safely. Its return service, flight KL743, was cancelled, "
        "stranding 241 passengers.",
        [],
        [("214 passengers", "241 passengers")],
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "paired", "not_paired"), CASES)
def test_review78_b(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
