"""Review 88 (narrowing): FC115's new one-sided claims, held to their own shape. A knock-on's
modal is its own clause's (not "in May", not a relative clause or a reported hint), not a
timetable ("will take effect"); a person's or a group's warning sources a forecast; the next
sentence's named source backs a loss, a dated damage or a concession; the other article tells a
knock-on in another word of what is paid, a run-off foreseen or a loss in other words; "cost
millions their jobs" is no money; damage is dated only as the subject of "dates to"; a party,
not a river bank or the rain, gives way; "said little could be done" is a source; a trend is
backed only by a count on its own subject.
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
        # Positives that stay caught.
        ("The landslide will send coaches onto the mountain pass, pushing up fuel costs for "
         "tour firms.", OTHER, True),
        ("The split vote means a second ballot in the spring is likely.", OTHER, True),
        ("The outage has already cost small traders millions of pounds.", OTHER, True),
        ("Most of the decay dates to 2019, when a burst pipe soaked the plaster.", OTHER, True),
        ("The landlords gave ground after tenants threatened to withhold rent.", OTHER, True),
        ("Shoplifting in the town centre has soared in recent years. Police said 2 officers "
         "were hurt in the town centre.", OTHER, True),
        # Negatives: the month, a relative clause, a reported hint, a timetable.
        ("The new charge began in May, pushing up prices for drivers.", OTHER, False),
        ("Shares in the miner, which will report results next week, rose, pushing up the "
         "index.", OTHER, False),
        ("Bond yields fell after the governor hinted that rates could fall, pushing down "
         "borrowing costs.", OTHER, False),
        ("The new levy will take effect on June 1, pushing up costs for importers.", OTHER,
         False),
        ("Weekend tickets will be included, pushing up costs for families.", OTHER, False),
        ("Harbour Holdings will open a second plant, pushing up output.", OTHER, False),
        # A person's or a group's warning.
        ("Economists warned the levy would hit bakers, pushing up prices for shoppers.", OTHER,
         False),
        ("Analysts warned the split vote means a second ballot is likely.", OTHER, False),
        # The next sentence's named source.
        ("The strike has already cost the ferry firm millions of euros. Its chief executive "
         "said the strike had cost 12 million euros.", OTHER, False),
        ("The cracks date back to 2018, when a lorry struck the parapet. The county engineer "
         "said the lorry had loosened the stones.", OTHER, False),
        ("The operators gave ground after the drivers threatened to strike again. The union "
         "leader said the threat had worked.", OTHER, False),
        # The other article tells it in other words.
        ("The closure will send lorries onto the old road, driving up haulage costs for "
         "farmers.", "Farmers face higher haulage charges while the road is shut.", False),
        ("The result means a run-off between Alvarez and Moreno is inevitable.",
         "Alvarez and Moreno will meet in a run-off next month.", False),
        ("The outage has already cost the grocer millions of pounds in lost online sales.",
         "The outage wiped millions of pounds off the grocer's online sales.", False),
        # Not money, not damage dated, not a party giving way, a source, another subject.
        ("The recession has already cost millions their jobs in factories and shops.", OTHER,
         False),
        ("Reliable rainfall records in the region date back to 1890, when a weather station "
         "opened.", OTHER, False),
        ("The abbey, which suffered flood damage last winter, dates back to 1120, when monks "
         "settled the valley.", OTHER, False),
        ("The levee gave way after a surge that had threatened to top it for hours broke "
         "through.", OTHER, False),
        ("The drizzle relented after clouds that had threatened to end play drifted away.",
         OTHER, False),
        ("Engineers said little could be done until the ground dried. The road will remain "
         "closed until at least the end of March.", OTHER, False),
    ],
)  # fmt: skip
def test_narrowed(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged
