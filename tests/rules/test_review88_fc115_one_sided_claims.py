"""Review 88: one-sided claims told with no source that FC115 missed (QA round 85). It now
flags the outlet's knock-on in a future sentence (", driving up freight costs"), a project
pushed "past its completion date", an inference ending its sentence ("means a fresh vote is
likely"), a loss tallied in round words ("has already cost … millions"), damage dated to what
began it ("dates to 2022, when thieves stripped lead…") and a party giving way "after" a threat.
A source the sentence before names of nothing ("the law says nothing about pools") is none. A
trend backed by a sourced count on its subject in the next sentence of its paragraph is sourced
(round 85's false alarm). Guards: a source, a quote, an amount, a plan, a past trend, the other
article telling it, another sense of the words.
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
        # A knock-on in its own clause, in a sentence told in the future.
        ("The landslide will send coaches onto the mountain pass, pushing up fuel costs for "
         "tour firms.", OTHER, True),
        ("The ban could divert cargo to Rotterdam, driving down prices for local growers.",
         OTHER, True),
        # Negative: a source, an amount, a trend in the past, a party's plan, the other
        # article telling the move, another sense of "drive up".
        ("The landslide will send coaches onto the mountain pass, pushing up fuel costs, the "
         "operators' group said.", OTHER, False),
        ("The airline will add a surcharge, pushing up prices by 6% on long-haul routes.",
         OTHER, False),
        ("Heavier traffic has been pushing up repair costs on the pass for a decade.", OTHER,
         False),
        ("The bakery chain will push up prices for its loaves next month.", OTHER, False),
        ("The landslide will send coaches onto the mountain pass, pushing up fuel costs for "
         "tour firms.", "Tour firms face higher costs on the longer route.", False),
        ("Volunteers will drive up the pass, driving up to the summit hut by noon.", OTHER,
         False),
        ("The closure will force vans onto the coast road, driving up delivery costs for "
         "shops.", "Shops will pay more for deliveries while vans use the coast road.", False),
    ],
)  # fmt: skip
def test_knock_ons(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A delay, an inference, a loss tallied in round words.
        ("The decision is expected to push the new terminal past its 2029 opening date.",
         OTHER, True),
        ("The split vote means a second ballot in the spring is likely.", OTHER, True),
        ("The blackout has already cost the island's hotels millions of euros in refunds.",
         OTHER, True),
        # Negative: a push past a rival or a barrier, a weather outlook, a hedge told by a
        # source, "unlikely", an amount, a job lost, the other article telling it.
        ("The win is likely to push the club past its neighbours in the table.", OTHER, False),
        ("The surge is likely to push the river past its banks.", OTHER, False),
        ("Snow is likely on higher ground.", OTHER, False),
        ("She said the split vote means a second ballot is likely.", OTHER, False),
        ("The injury means a quick return is unlikely.", OTHER, False),
        ("The blackout has already cost the island's hotels €2m in refunds.", OTHER, False),
        ("The affair has already cost the minister his seat.", OTHER, False),
        ("The row has already cost the broadcaster millions of viewers.", OTHER, False),
        ("The blackout has already cost the island's hotels millions of euros in refunds.",
         "Hotels on the island have refunded millions of euros to guests since the blackout, "
         "the tourism board said.", False),
    ],
)  # fmt: skip
def test_delays_inferences_and_losses(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # Damage dated to what began it; a party giving way after a threat.
        ("Most of the damage dates back to 2021, when vandals smashed the east window and "
         "pigeons got into the loft.", OTHER, True),
        ("The ministry backed down after three regional health boards threatened to withhold "
         "their data.", OTHER, True),
        # Negative: a building's age, a dispute's history, a cause given a source or told by
        # the other article, a damage dated with nothing after it.
        ("The chapel dates to 1412, when a wool merchant paid for its tower.", OTHER, False),
        ("The row dates back to March, when the board proposed longer shifts.", OTHER, False),
        ("Most of the damage dates back to 2021, when vandals smashed the east window, the "
         "churchwarden said.", OTHER, False),
        ("Most of the damage dates back to 2021, when vandals smashed the east window.",
         "Vandals smashed the east window in 2021.", False),
        ("Much of the decay dates to the 1970s.", OTHER, False),
        # Negative: an event's own threat, a source, a quote, the other article telling it.
        ("Police were called after a customer threatened to set fire to the shop.", OTHER,
         False),
        ("The ministry backed down after health boards threatened to withhold their data, a "
         "union official said.", OTHER, False),
        ("“They backed down after we threatened to withhold our data,” the chair said.",
         OTHER, False),
        ("The ministry backed down after health boards threatened to withhold their data.",
         "Health boards had threatened to withhold their data before the ministry backed "
         "down.", False),
    ],
)  # fmt: skip
def test_dated_damage_and_concessions(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A source said of nothing before a forecast is none.
        ("The code says nothing about rooftop bars. The death is likely to prompt councillors "
         "to extend it.", True),
        # Negative: a source that says something carries over.
        ("The code's author said rooftop bars were left out on purpose. The death is likely "
         "to prompt councillors to extend it.", False),
        # A trend backed by a count, recorded or sourced, in the next sentence of its
        # paragraph is sourced.
        ("The harbour has suffered a spate of boat thefts in recent years. Coastguards "
         "recorded 22 thefts at the harbour in 2024.", False),
        ("The harbour has suffered a spate of boat thefts in recent years. The marina's "
         "owners said 22 boats were taken from the harbour in 2024.", False),
        # Negative: a passive count with no one keeping it, a quote, a plan, a count on
        # another matter, a count in the next paragraph.
        ("The harbour has suffered a spate of boat thefts in recent years. 22 thefts were "
         "recorded at the harbour in 2024.", True),
        ("The harbour has suffered a spate of boat thefts in recent years. “We lock "
         "everything now,” one owner said.", True),
        ("The harbour has suffered a spate of boat thefts in recent years. The council said "
         "it would spend £80,000 on cameras at the harbour.", True),
        ("The harbour has suffered a spate of boat thefts in recent years. The mayor said 12 "
         "new wardens started work in May.", True),
        ("The harbour has suffered a spate of boat thefts in recent years.\n\nCoastguards "
         "recorded 22 thefts at the harbour in 2024.", True),
    ],
)  # fmt: skip
def test_sources_before_and_after(text: str, flagged: bool) -> None:
    assert _flagged(text) is flagged
