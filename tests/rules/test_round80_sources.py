"""QA round 80: a superlative "since" an event or era decades back ("the highest level since
the global financial crisis") is a record's scope for FC113, a year ("since 2019") is not; and
FC115 weighs neglect told as a habit ("was repeatedly deferred"), covert conduct ("have
quietly raised"), a rule broken ("despite a national ban", "despite repeated warnings") and a
quantified subject's habit of delay ("Many X … only after") as background."""

from __future__ import annotations

import pytest

from support import rule_messages

_OTHER = "The central bank left its main rate unchanged at 4.1 per cent on Thursday."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Credit card defaults have risen to their highest level since the financial crisis, "
         "with renters in regional towns worst affected.", True),
        ("Steel output fell to its lowest level since the Second World War, with two furnaces "
         "idle all winter.", True),
        # A year is most often a run of a few years: no record.
        ("Credit card defaults have risen to their highest level since 2019, with renters in "
         "regional towns worst affected.", False),
        # A month is shorter still.
        ("Credit card defaults have risen to their highest level since March.", False),
        # Sourced: someone's word.
        ("Credit card defaults have risen to their highest level since the financial crisis, "
         "the lenders' association said.", False),
    ],
)  # fmt: skip
def test_a_record_since_an_era(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC113", _OTHER, f"{_OTHER} {sentence}")) is flagged


_EVENT = "The library on Dunmore Street closed on Monday after part of its roof fell in."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The roof had been listed for repair a decade ago but was repeatedly left off the "
         "council's budget.", True),
        ("The borough's contractors have quietly dropped the cheapest tenders to keep their "
         "margins.", True),
        ("Several of the flats on the estate were built on a flood plain despite a national "
         "ban on new homes there.", True),
        ("The flood wall along the canal has not been raised in thirty years, despite repeated "
         "warnings.", True),
        ("Many borrowers seek help from the council only after missing three payments.", True),
        # Near sentences that tell no background.
        ("The roof had been listed for repair a decade ago and was replaced in 2019.", False),
        ("The contractors quietly packed up their tools and left the site.", False),
        ("The flats were built on the former gasworks site in 1974.", False),
        ("Many borrowers were turned away on Monday after the office ran out of forms.", False),
        # Sourced: someone's word.
        ("The roof had been listed for repair a decade ago but was repeatedly left off the "
         "council's budget, residents said.", False),
    ],
)  # fmt: skip
def test_background_markers(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC115", _EVENT, f"{_EVENT} {sentence}")) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # What traders bet on, stated as what will happen; the figure a compound adjective.
        ("Traders are pricing in a further 50-basis-point hike by June, according to swaps "
         "data.", "The policy rate will rise again by June, with another 50-basis-point "
         "increase.", True),
        ("Markets are pricing in a further 50-basis-point hike by May, according to swaps "
         "data.", "The policy rate will rise again by May, with another 50-basis-point "
         "increase.", True),
        # The other article tells the market's bet too: no source dropped.
        ("Traders are pricing in a further 50-basis-point hike by June, according to swaps "
         "data.", "Markets are pricing another 50-basis-point increase in the policy rate by "
         "June.", False),
        # A month named "May" is no hedge: a plain report, sourced, is no estimate.
        ("The lender cut its policy rate by 50 basis points in May, the central bank said.",
         "The lender cut its policy rate by 50 basis points in May.", False),
    ],
)  # fmt: skip
def test_market_pricing_is_a_forecast(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("sentence", "printed"),
    [
        ("Traders expect a 50-basis-point hike in June.", "50-basis-point"),
        ("The bank raised rates by 50 basis points.", "50 basis points"),
    ],
)
def test_basis_points_as_a_compound_adjective(sentence: str, printed: str) -> None:
    from support import figures_of

    assert [figure.text for figure in figures_of(sentence)] == [printed]
