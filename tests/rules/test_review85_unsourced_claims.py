"""Review 85: one-sided claims told with no source that no rule flagged (QA round 83). FC115
flags the outlet's forecast of what the event will bring (a sanction, a party pressed to act,
a harm left, how long it lasts), a motive (a purpose of gain, an inducement) and neglect ("had
not been cleaned since"); FC113 a record told by the act that made it ("the longest handed
down in Australia"). Each has its guards: a court's timetable, a plan, a help, a time that
bounds the record, the same forecast told elsewhere in other words.
"""

from __future__ import annotations

import pytest

from support import rule_messages

OTHER = "Officials gave no further details."


def _flagged(rule: str, text: str, other: str = OTHER) -> bool:
    return bool(rule_messages(rule, text, other))


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A forecast of a sanction, a party pressed to act, a harm left.
        ("United are likely to be fined by the league over the flares.", OTHER, True),
        ("The findings are expected to push the ministry to reopen the tender.", OTHER, True),
        ("The strike is likely to leave hospitals short of nurses over the winter.", OTHER, True),
        ("The ban is likely to force the club to play behind closed doors.",
         "The club said it would appeal against the ban.", True),
        # Negative: a court's timetable, a squad's news, prices pushed, analysis.
        ("He is expected to be sentenced next month.", OTHER, False),
        ("The defender is likely to be named in the squad.", OTHER, False),
        ("The surge is expected to push prices to record highs.", OTHER, False),
        ("His arrival is likely to push him down the pecking order.", OTHER, False),
        ("The council is expected to press ahead with plans to build a school.", OTHER, False),
        # Negative: a harm told of a happening, a forecast dated to the coming days, a source.
        ("The storm is likely to leave thousands of homes without power.", OTHER, False),
        ("The board is likely to be ordered to pay costs on Monday.", OTHER, False),
        ("Analysts said the rules were likely to force smaller lenders to merge.", OTHER, False),
    ],
)  # fmt: skip
def test_forecasts_of_what_the_event_brings(text: str, other: str, flagged: bool) -> None:
    assert _flagged("FC115", text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A flat forecast of how long a state lasts.
        ("The ferry will stay out of service until at least the end of the month.", OTHER, True),
        ("The bridge will remain closed for at least three weeks while the deck is replaced.",
         "The bridge was shut after divers found cracks in a pier.", True),
        # Negative: sourced, or the other article forecasts the same thing's lasting in its
        # own words, or the forecast is told of a happening.
        ("The gallery will stay closed until at least Monday, the director said.", OTHER, False),
        ("The gallery will stay closed until at least Monday.",
         "The gallery, which drew 400,000 visitors last year, will remain shut until next week.",
         False),
        ("The discounts will last for at least ten weeks.",
         "The discounts begin on Monday and will run for at least ten weeks, the chain said.",
         False),
        ("After the landslide the road will remain closed until at least Friday.", OTHER, False),
    ],
)  # fmt: skip
def test_flat_forecasts_of_a_duration(text: str, other: str, flagged: bool) -> None:
    assert _flagged("FC115", text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A motive: a purpose of gain, an inducement.
        ("The dairies fixed prices to protect margins eroded by the cost of feed.", OTHER, True),
        ("The bank moved the loans offshore to hide its losses.", OTHER, True),
        ("Three councillors switched sides after being promised committee chairs.", OTHER, True),
        # Negative: a plan, a help, a result, a sourced motive, a player's contract.
        ("The firm plans to cut 300 jobs to protect its margins.", OTHER, False),
        ("Lower fuel costs are helping to protect margins.", OTHER, False),
        ("Labour won 12 seats to secure a majority.", OTHER, False),
        ("Prosecutors said the bank moved the loans offshore to hide its losses.", OTHER, False),
        ("The winger joined the club after being offered a three-year deal.", OTHER, False),
        ("The mothers were monitored after being induced.", OTHER, False),
    ],
)  # fmt: skip
def test_motives(text: str, other: str, flagged: bool) -> None:
    assert _flagged("FC115", text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # Neglect: upkeep not done for a span, or never.
        ("The boiler had never been inspected.", OTHER, True),
        ("The sluice gates had not been repaired for more than a decade.", OTHER, True),
        ("The lift in the tower block had not been serviced since last spring.",
         "A lift in the tower block fell four floors, injuring two residents.", True),
        # Negative: a missing person, names withheld, a source, the other tells the upkeep.
        ("The boy had not been seen since Tuesday.", OTHER, False),
        ("The victims' names had not been released.", OTHER, False),
        ("Police said the boiler had never been inspected.", OTHER, False),
        ("The lift had not been serviced since 2019.",
         "The lift was last serviced in 2019, the council said.", False),
    ],
)  # fmt: skip
def test_neglect(text: str, other: str, flagged: bool) -> None:
    assert _flagged("FC115", text, other) is flagged


def test_a_quoted_label_leaves_the_forecast_around_it_unsourced() -> None:
    # A quoted phrase sources its words only; a full quote sources the sentence.
    assert _flagged(
        "FC115",
        "The data are expected to push the committee to list the lake as “at risk” in May.",
    )
    assert not _flagged(
        "FC115", "“The data are expected to push the committee to list the lake,” she said."
    )


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A record told by the act that made it.
        ("The sentence is the longest handed down in Queensland for a bribery offence.",
         "The former mayor was jailed for nine years on Friday.", True),
        ("The painting became the most expensive sold at auction in Asia.",
         "The painting sold for $40m.", True),
        # Negative: a time bounds it, a participle qualifies a noun, one's own experience, a
        # source, or the other article makes the claim with the act after its subject.
        ("The sentence is the longest handed down in Queensland this year.",
         "The former mayor was jailed for nine years on Friday.", False),
        ("The fine is the largest imposed by the regulator since 2019.",
         "The regulator fined the bank.", False),
        ("Inland towns saw the highest recorded temperatures.", "Temperatures hit 41C.", False),
        ("The sentence is the longest we have seen for this kind of crime.",
         "He was jailed for 12 years.", False),
        ("Nurses warned that sick leave had reached 7 per cent, the highest level recorded.",
         "The health board published its figures.", False),
        ("The fine is the largest imposed by the regulator on a retailer.",
         "It is the largest penalty the regulator has imposed on a retailer.", False),
    ],
)  # fmt: skip
def test_records_told_by_their_act(text: str, other: str, flagged: bool) -> None:
    assert _flagged("FC113", text, other) is flagged
