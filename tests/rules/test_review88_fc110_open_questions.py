"""FC110: an open question ("said it was investigating whether…") or a warning ("said the spire
was at risk of collapse…") told flat by the other article is a dropped source (QA round 85:
subsea-cable-cut P7, cathedral-roof-appeal P5; round 76 plane-emergency-landing P7). And what
must stay unflagged: the question asked or answered no, the warned-of thing come to pass, the
speaker's or its own side's risk, a category of people at risk, both sourced; and, as before,
a plain attribution and a party's announced plan ("said it would appeal")."""

from __future__ import annotations

import pytest

from support import rule_messages

FLAGGED = [
    # An open question told as the cause.
    (
        "The coastguard said it was investigating whether a trawler's nets had dragged the "
        "pipeline off its mounts during Sunday's gale.",
        "A trawler's nets dragged the pipeline off its mounts during Sunday's gale.",
    ),
    # An inquiry's question told as the wrongdoing, in other words.
    (
        "The league said it was looking into whether the club had breached its spending rules "
        "last season.",
        "The club breached the league's spending rules last season and faces a points deduction.",
    ),
    # The question coordinated after an act told as fact.
    (
        "Rail investigators said they had sent a team to the depot and were examining whether "
        "a worn brake cable had snapped.",
        "A worn brake cable snapped, and rail investigators have sent a team to the depot to "
        "inspect the carriage.",
    ),
    # An outside body's warning told flat, as the risk.
    (
        "The wildlife trust said 40 species of moth in the county were at risk of dying out "
        "within a decade.",
        "Forty species of moth in the county are at risk of dying out within a decade.",
    ),
    # … or as a forecast.
    (
        "Historic England, which lists the pier on its register, said the pier was at risk of "
        "collapse within a decade.",
        "The pier will collapse within a decade unless it is repaired, and the council has set "
        "aside money for the work.",
    ),
]

NOT_FLAGGED = [
    # The question answered no: newer news, or a contradiction, not a dropped source.
    (
        "The coastguard said it was investigating whether a trawler's nets had dragged the "
        "pipeline off its mounts during Sunday's gale.",
        "A trawler's nets did not drag the pipeline off its mounts during Sunday's gale.",
    ),
    # The question told as one by both.
    (
        "The coastguard said it was investigating whether a trawler's nets had dragged the "
        "pipeline off its mounts during Sunday's gale.",
        "Investigators are examining whether a trawler's nets dragged the pipeline off its "
        "mounts during Sunday's gale.",
    ),
    (
        "Police said they were looking into whether the warehouse fire had been started "
        "deliberately.",
        "Detectives will decide by Friday whether the warehouse fire was started deliberately.",
    ),
    # The warned-of thing come to pass is another event.
    (
        "County engineers said the footbridge was at risk of collapse within five years unless "
        "its rusted supports were replaced.",
        "The footbridge over the Wensum collapsed on Sunday, five years after its rusted "
        "supports were last replaced.",
    ),
    # The speaker's own risk, and its own side's: an admission.
    (
        "The club said it was at risk of going into administration within weeks without a buyer.",
        "Kestrel Town are at risk of going into administration within weeks without a buyer.",
    ),
    (
        "The manager said the club was at risk of relegation after a ninth straight league defeat.",
        "Kestrel Town are at risk of relegation after a ninth straight league defeat.",
    ),
    (
        "Chief executive Dana Whitlow said the terminal was at risk of closing within a year "
        "without new routes.",
        "The terminal is at risk of closing within a year without new routes.",
    ),
    (
        "The coach said the team was in danger of missing the playoffs after a fifth straight "
        "loss.",
        "Riverside are in danger of missing the playoffs after a fifth straight loss at home.",
    ),
    # A category of people at risk warns of nothing.
    (
        "Health officials said the new vaccine would be offered to people at risk of severe "
        "illness from Monday.",
        "The new vaccine will be offered to people at risk of severe illness from Monday.",
    ),
    # Both sourced.
    (
        "The wildlife trust said 40 species of moth in the county were at risk of dying out "
        "within a decade.",
        "Forty species of moth in the county are at risk of dying out within a decade, "
        "according to the trust.",
    ),
    # A plain attribution of a finding, and a party's announced plan: left alone by design.
    (
        "Fire officials said the hotel had no smoke alarms on its upper floors.",
        "The hotel had no smoke alarms on its upper floors.",
    ),
    (
        "The club said in a statement that it would appeal against the three-match ban handed "
        "to its goalkeeper.",
        "Harlow Town will appeal against the three-match ban handed to their goalkeeper.",
    ),
]


@pytest.mark.parametrize(("sourced", "flat"), FLAGGED)
def test_flagged(sourced: str, flat: str) -> None:
    messages = rule_messages("FC110", sourced, flat)
    assert len(messages) == 1
    assert messages[0].startswith("b states as fact")


@pytest.mark.parametrize(("sourced", "flat"), FLAGGED[:2] + FLAGGED[3:4])
def test_flagged_either_way_round(sourced: str, flat: str) -> None:
    messages = rule_messages("FC110", flat, sourced)
    assert len(messages) == 1
    assert messages[0].startswith("a states as fact")


@pytest.mark.parametrize(("sourced", "flat"), NOT_FLAGGED)
def test_not_flagged(sourced: str, flat: str) -> None:
    assert rule_messages("FC110", sourced, flat) == []
    assert rule_messages("FC110", flat, sourced) == []
