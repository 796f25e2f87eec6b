"""Review 87: one-sided claims told with no source that FC115 missed (QA round 84). It now
flags the outlet's open forecast after "is likely to" or "is expected to" with any verb but a
timetable's ("is likely to cost the club its sponsor"), and a cause or a motive told flat
("stemmed from", "was held down by", "in part because", a safeguard "switched off … at the
time"). Guards: a party's plan, a time or an amount in the forecast, a happening, a source in
the sentence or the one before it, a quote, the other article telling the claim or its cause
in its own words; and a standing told "has long been one of" the best is no verdict.
"""

from __future__ import annotations

import pytest

from support import rule_messages

OTHER = "Officials gave no further details."


def _flagged(text: str, other: str = OTHER) -> bool:
    return bool(rule_messages("FC115", text, other))


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # The outlet's own open forecast, any verb.
        ("The verdict is likely to cost the club its shirt sponsor.", OTHER, True),
        ("The judgment is expected to open the way for similar claims by tenants.", OTHER, True),
        ("The rival bidder is likely to sweeten its offer, forcing a contest for the mill.",
         OTHER, True),
        ("The report is likely to add weight to calls for a ban on the pesticide.", OTHER, True),
        # Negative: a party's timetable or plan, a time or an amount in the forecast, a
        # happening, a passive, analysis an outlook tells only with its own words.
        ("The merger is expected to close in the second quarter.", OTHER, False),
        ("The minister is expected to announce the plan.", OTHER, False),
        ("Shareholders are expected to approve the sale.", OTHER, False),
        ("The bill is expected to pass comfortably.", OTHER, False),
        ("The repairs are likely to cost about $3 million.", OTHER, False),
        ("The caretaker is expected to keep the same coaches, apart from one, for that spell.",
         OTHER, False),
        ("The storm is likely to cut power to coastal towns.", OTHER, False),
        ("The striker is expected to be named in the squad.", OTHER, False),
        ("Her signing is likely to push him out of the side.", OTHER, False),
        ("The tender is likely to attract bidders from Asia.", OTHER, False),
        ("The panel is expected to look closely at the two firms' overlapping stores.",
         OTHER, False),
        # Negative: what a party named "is expected to" do is its plan, told.
        ("Marlow Water is expected to appeal against the fine.", OTHER, False),
        ("The depot is expected to reopen once engineers have checked the roof.", OTHER, False),
        # Negative: "is expected to" with a person, a role, a body or a structure as subject
        # tells a timetable or a plan; only a thing decided or found has a consequence.
        ("The accused is expected to take the stand in his own defence.", OTHER, False),
        ("The home secretary is expected to tell delegates that the system is broken.", OTHER,
         False),
        ("The new pier is expected to welcome visitors once the safety checks are done.",
         OTHER, False),
        ("The council is expected to give the scheme its backing.", OTHER, False),
        ("The findings are expected to fuel demands for an inquiry.", OTHER, True),
        # Negative: what a person or a role "is likely to" do is team news or a plan; a
        # company named alone stays the outlet's forecast.
        ("Marcus Feld is likely to captain the side if Ortega misses out.", OTHER, False),
        ("The goalkeeper is likely to keep his place for the cup tie.", OTHER, False),
        ("She is likely to lead the delegation if the talks go ahead.", OTHER, False),
        ("Brightmoor is likely to counter with a higher offer.", OTHER, True),
    ],
)  # fmt: skip
def test_open_forecasts(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # Negative: its source named in it or in the sentence before, a quote, or the other
        # article tells it.
        ("The verdict is likely to cost the club its shirt sponsor, analysts said.", OTHER,
         False),
        ("Analysts said the bid undervalued the mill. The rival bidder is likely to sweeten "
         "its offer.", OTHER, False),
        ("“The verdict is likely to cost the club its shirt sponsor,” the agent said.", OTHER,
         False),
        ("The verdict is likely to cost the club its shirt sponsor.",
         "The club could lose its shirt sponsor over the verdict, its chairman warned.", False),
    ],
)  # fmt: skip
def test_forecasts_with_a_source_or_told_elsewhere(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A cause or a motive told flat.
        ("The delays stemmed from a shortage of qualified welders at the yard.", OTHER, True),
        ("Attendance was held back by a rail strike that cut services from the north.",
         OTHER, True),
        ("The ministry acted in part because of pressure from farming unions.", OTHER, True),
        ("The barriers at the level crossing had been switched off for repairs at the time.",
         OTHER, True),
        # Negative: a plain cause of the news, a state of pressure, a safeguard switched off
        # with no "at the time", a source, the other article laying the same cause.
        ("The match was called off because of a waterlogged pitch.", OTHER, False),
        ("The government has been under pressure from unions to raise pay.", OTHER, False),
        ("Power was switched off to 400 homes as a precaution.", OTHER, False),
        ("The alarm had been switched off at the time, the fire service said.", OTHER, False),
        ("The delays stemmed from a shortage of welders, the shipyard said.", OTHER, False),
        ("The delays stemmed from a shortage of welders at the yard.",
         "A shortage of welders at the yard caused the delays, the company said.", False),
        ("Overseas sales were dragged down by Brazil, where the chain faces cheaper rivals.",
         "Sales abroad fell 2%, held back by Brazil.", False),
        ("Her resignation came partly because her own party withdrew its support.",
         "She quit a day after her party withdrew its support over the audit.", False),
        ("The pump's alarm had been switched off at the time.",
         "An alarm on the pump that had been silenced failed to warn the crew.", False),
        # Negative: a passive told of people, not a measure, is literal; "stems from" told
        # of a name or a word is its origin.
        ("The crowd was held back by stewards at the gates.", OTHER, False),
        ("The lorry was dragged down by the current into the harbour.", OTHER, False),
        ("The town's name stems from an old word for a river crossing.", OTHER, False),
        ("The tradition stemmed from a medieval fair held on the green.", OTHER, False),
        ("Bookings were held down by the heatwave abroad.", OTHER, True),
        ("The losses at the plant stemmed from a botched upgrade.", OTHER, True),
        # Negative: a share of a figure's move, a state explained after a copula.
        ("Copper rose 3%, partly because of a weaker dollar.", OTHER, False),
        ("The gains were partly because of a weaker dollar.", OTHER, False),
        # Negative: a weight of causes in a match's analysis.
        ("The win was built on defence, largely because the back four has stayed fit.", OTHER,
         False),
    ],
)  # fmt: skip
def test_flat_causes(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A verdict over the years stays flagged.
        ("Relations between the two ministries have long been tense.", True),
        ("Regional juries have long been seen as friendly to landlords.", True),
        # Negative: a standing told "one of" the best.
        ("Cricket has long been one of the country's most popular sports.", False),
        ("The club has long been one of the wealthiest in the league.", False),
    ],
)  # fmt: skip
def test_a_standing_is_no_verdict(text: str, flagged: bool) -> None:
    assert _flagged(text) is flagged
