"""FC109 on real sentences: a hedged figure one article alone gives, with no source."""

from __future__ import annotations

import pytest

from support import rule_messages

# Another outlet's account of the same event that reports none of the figures below.
OTHER = "Firefighters worked through the night and the main road reopened on Sunday."

FLAGGED = [
    # QA round 41: an estimate, a plan and an expectation, each with no one behind it.
    ("Losses to the groves are already estimated at €30m.", "€30m", "are already estimated"),
    # (A plan told passively; "The company plans to price…" is the company's own, round 68.)
    ("The drug is set to be priced at roughly $7,800 a year.", "roughly $7,800 a year",
     "is set to"),
    ("The race is worth an estimated €18 million to the city’s economy.",
     "an estimated €18 million", "an estimated"),
    # The hedge after the figure it is about.
    ("A further 300 people are believed to be missing.", "300 people",
     "are believed to"),
    # "is said to" is hearsay, not a source: no one is said to have said it.
    ("The club is said to want at least £40m for the striker.", "at least £40m", "is said to"),
    ("The retailer reportedly lost £12 million in sales during the outage.", "£12 million",
     "reportedly"),
    # QA round 42: the figure the hedge is about, not the one before it; a forecast's range.
    ("Reconstruction in the three provinces is expected to cost around $3.5 billion.",
     "around $3.5 billion", "is expected to"),
    ("Temperatures are expected to fall by 2 to 3 degrees Celsius by Sunday.",
     "2 to 3 degrees Celsius", "are expected to"),
    # QA round 43: a level to be passed, with no noun after its number.
    ("Australia's population is expected to pass 30 million by 2033.", "30 million",
     "is expected to"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "figure", "hedge"), FLAGGED)
def test_a_hedged_figure_with_no_source_is_flagged(sentence: str, figure: str, hedge: str) -> None:
    [message] = rule_messages("FC109", sentence, OTHER)
    assert message.startswith(f"Unsourced figure in a: {figure} (")
    assert f"(“{hedge}”)" in message


NOT_FLAGGED = [
    # A source in the sentence, before or after the claim.
    "Losses to the groves are estimated at €30m, according to the growers’ association.",
    "Analysts said the company is expected to cut 2,000 jobs.",
    "The company plans to price the drug at $7,800 a year, its chief executive said.",
    # The figure is someone's words.
    "“We expect to lose about €30m this year,” the growers’ association said.",
    # Not hedged: a plain statement is FC106's, at info.
    "The club made a pre-tax loss of £48m in the year to May.",
    # The hedge is in a clause of its own.
    "The bank is expected to hold rates next month, and its board has nine members.",
    # Active forecasts name who expects: "economists expect".
    "Economists expect inflation to ease to 3.1% by December.",
]


@pytest.mark.parametrize("sentence", NOT_FLAGGED)
def test_a_sourced_or_plain_figure_is_not_flagged(sentence: str) -> None:
    assert rule_messages("FC109", sentence, OTHER) == []


def test_a_figure_another_outlet_reports_is_corroborated() -> None:
    assert not rule_messages(
        "FC109",
        "Losses to the groves are already estimated at €30m.",
        "The growers put the losses to the groves at €30 million.",
    )


def test_one_finding_for_a_sentence_of_hedged_figures() -> None:
    found = rule_messages(
        "FC109",
        "The group is expected to cut 1,200 jobs and $400 million of costs.",
        OTHER,
    )
    assert len(found) == 1 and "1,200 jobs" in found[0]
