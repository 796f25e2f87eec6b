"""QA round 62: a plan's own figure is sourced by the plan ("Under the plan, …") (FC109); a
hedge coordinated after a completed act hedges its own verb only, a company's results reported
in its accounts are its word, and a figureless sentence is not the claim of a figure the other
article tells in another sentence (FC110);
"hoped to" hedges a claim as a hope (FC110)."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("hedged", "other", "flagged"),
    [
        # A plan's own target: the plan is the source.
        (
            "Under the plan, Ontario is expected to deliver 480,000 homes, Quebec 260,000 and "
            "British Columbia 210,000.",
            "The federal government unveiled a housing plan on Tuesday.",
            False,
        ),
        (
            "Under the agreement, the company is expected to pay $40 million over five years.",
            "The two sides signed the agreement on Friday.",
            False,
        ),
        # Control: the same target with no document named.
        (
            "Ontario is expected to deliver 480,000 homes, Quebec 260,000 and British Columbia "
            "210,000.",
            "The federal government unveiled a housing plan on Tuesday.",
            True,
        ),
    ],
)
def test_plan_as_source(hedged: str, other: str, flagged: bool) -> None:
    assert bool(rule_messages("FC109", hedged, other)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # A completed act, then a coordinated expectation: the act is not hedged.
        (
            "The National Transport Safety Board said it had sent a team of five investigators "
            "to Carrow and expected to publish a preliminary report within 30 days.",
            "The National Transport Safety Board has sent five investigators to the airport.",
            False,
        ),
        # Control: the expectation itself, stated as fact.
        (
            "The National Transport Safety Board said it had sent a team of five investigators "
            "to Carrow and expected to publish a preliminary report within 30 days.",
            "The safety board will publish a preliminary report on the incident within 30 days.",
            True,
        ),
        # A hope stated as fact.
        (
            "Pennington said the airline hoped to make the route profitable within three years, "
            "and that it was in talks with two Asian carriers about codeshare agreements.",
            "The route will be profitable within three years.",
            True,
        ),
        # A company's results reported in its accounts: the company is the source.
        (
            "Analysts at Brightwater Securities estimated the compensation would cost Kestrel "
            "between $50 million and $60 million, a fraction of its annual revenue of $4.1 "
            "billion.",
            "Kestrel reported annual revenue of $4.1 million in its most recent accounts.",
            False,
        ),
        # Control: the revenue stated with no one reporting it.
        (
            "Analysts at Brightwater Securities estimated the compensation would cost Kestrel "
            "between $50 million and $60 million, a fraction of its annual revenue of $4.1 "
            "billion.",
            "Kestrel's annual revenue was $4.1 billion in its most recent accounts.",
            True,
        ),
        # Control: no hope, a plain statement.
        (
            "Pennington said the airline made the route profitable within three years.",
            "The route was profitable within three years.",
            False,
        ),
    ],
)
def test_source_dropped(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


# The other article's cost, told flatly in a sentence of its own, and its sentence on who is
# expected to fund the next count: loose word overlap, not the same claim.
CENSUS_B = (
    "The census took 14 months and cost almost $7 million. The next national count is "
    "scheduled for 2028, officials said, with WWF Nepal and the National Trust for Nature "
    "Conservation again expected to share the cost with the government."
)


@pytest.mark.parametrize(
    ("flat", "flagged"),
    [
        (
            "The census cost $6.83 million, most of it paid by the government, with "
            "contributions from WWF Nepal and the National Trust for Nature Conservation.",
            False,
        ),
        # Control: the funding of the next count, stated as fact.
        (
            "WWF Nepal and the National Trust for Nature Conservation will again share the cost "
            "of the next count with the government.",
            True,
        ),
    ],
)
def test_figure_told_in_another_sentence(flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", CENSUS_B, flat)) is flagged
