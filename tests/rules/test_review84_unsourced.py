"""Review 10 regressions of FC115 (items 8-12): the event's own people's aftermath ("Residents
have since returned") is no class's trend; "is likely to face/attract/come under" foretells a
backlash only with one named after it; a count's forecast ("Several thousand fans are expected
to attend") or one for the coming days is the news; a cause another article tells in other
words, in any voice, is told; an ASCII "--" dash before a cue leaves it a cue.
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
        # Item 8: the event's responders and parties, what they have since done.
        ("A chemical spill forced 300 families from their flats on Friday. Residents have "
         "since returned to the estate.",
         "About 300 families left their flats after a chemical spill, the council said.", False),
        ("A freight train left the rails near the depot. Investigators have since recovered "
         "the driver's logbook.", OTHER, False),
        ("A teenager was stabbed outside a bar. Detectives have since charged two men with "
         "wounding.", OTHER, False),
        ("A water main split under the high street. Engineers have since restored pressure.",
         OTHER, False),
        # Negative: a trade's doing since, still the outlet's trend.
        ("The duty rose in spring. Brewers have since raised the price of a pint.", OTHER, True),
        ("Insurers have since withdrawn cover from homes on the floodplain.", OTHER, True),
        # Item 9: face, attract, draw, come under name no backlash alone.
        ("Rovers are likely to face Arsenal in the last eight.",
         "Rovers beat Hull 3-1 on Sunday.", False),
        ("Portugal are likely to face Spain in the semi-finals.", OTHER, False),
        ("The sale is likely to attract collectors from the Gulf.", OTHER, False),
        ("The bank's bonds are likely to come under pressure.", OTHER, False),
        # Negative: the backlash named after them, or a backlash verb.
        ("The levy is likely to face fierce opposition from hauliers.", OTHER, True),
        ("The insurer's handling of claims is likely to come under scrutiny.", OTHER, True),
        ("The new parking charge is likely to draw complaints from shopkeepers.", OTHER, True),
        ("The merger plan is likely to provoke protests in the valley.", OTHER, True),
        # Item 10: a count's forecast, or one for the coming days, is the event's news.
        ("Several thousand runners are expected to take part in the race.",
         "The race starts at the castle.", False),
        ("Hundreds of volunteers are expected to join the clean-up.", OTHER, False),
        ("Most libraries are expected to reopen next week.", OTHER, False),
        ("Many ferries are likely to resume sailing tomorrow.", OTHER, False),
        # Negative: a class's forecast, not dated.
        ("Several other county sides are expected to lose their coaches.", OTHER, True),
        ("Many smaller airlines are likely to drop the route.", OTHER, True),
    ],
)  # fmt: skip
def test_aftermath_backlash_and_forecasts(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # Item 11: a cause told by another article in other words, in any voice.
        ("The blackout was caused by a fault at a substation.",
         "A fault at a substation left 50,000 homes without power, the operator said.", False),
        ("The closure was triggered by the discovery of asbestos in the roof.",
         "The school closed on Monday after asbestos was found.", False),
        ("The outage was caused by a burst cable under the bridge.",
         "A burst cable cut the network for six hours.", False),
        # Negative: the other tells the place or one word only, not the cause.
        ("The blaze was started by a discarded barbecue near Pell Quarry.",
         "The fire, first seen near Pell Quarry, was 40% contained.", True),
        ("The explosion was caused by a leaking gas cylinder.",
         "The explosion destroyed two shops.", True),
        # Item 12: an ASCII "--" dash before a cue.
        ("The depot is the largest in Scandinavia--according to the operator.",
         "The depot opened on Thursday.", False),
        ("The depot is the largest in Scandinavia -- the operator said.",
         "The depot opened on Thursday.", False),
        # Negative: a letter's hyphen makes a compound, no cue.
        ("The depot is the largest in Scandinavia, a self-reported ranking.",
         "The depot opened on Thursday.", True),
    ],
)  # fmt: skip
def test_causes_told_and_dashed_cues(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged
