"""Review 83: FC115's round-81 markers ("Most X now", "will delay other", "for two years",
"has been criticised", "have left many") stay quiet when another article tells the claim with
a source in its own words, or when the sentence tells the event's own news; FC107 counts two
mentions as one claim only when they share a number with its unit, not an earlier value."""

from __future__ import annotations

import pytest

from support import rule_messages

NEUTRAL = "The ferry company opened a new route to the islands, its chief executive said."

# (a, b): b tells a's claim with a source, in other words.
TOLD_WITH_SOURCE = [
    # The reviewer's examples.
    ("Storm Eowyn brought down power lines across Ireland on Friday. "
     "Most customers now have power again.",
     "ESB Networks said power had been restored to most customers by Sunday evening."),
    ("The derailment near Carlisle closed the West Coast main line. "
     "The closure will delay other freight trains heading north.",
     "Network Rail said freight services to Scotland would be disrupted by the derailment "
     "near Carlisle."),
    ("House prices in Stockholm have fallen for two years, dragging the krona lower.",
     "Swedish house prices have dropped in each of the past two years, Statistics Sweden said."),
    ("Heathrow Airport was closed on Friday after a fire at a substation. "
     "Its closure has been criticised as an overreaction.",
     "Airlines criticised Heathrow's decision to close after the substation fire, calling it "
     "an overreaction."),
    # New variants.
    ("Most tenants now pay more than a third of their income in rent.",
     "The majority of tenants pay more than a third of their income in rent, a housing survey "
     "found."),
    ("Office rents in Leeds have risen for three years, squeezing small firms.",
     "Office rents in Leeds have climbed in each of the last three years, the agents said."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), TOLD_WITH_SOURCE)
def test_claim_another_article_tells_with_a_source_is_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC115", a, b) == []


# The event's own news: a verdict or a consequence told of a happening, or dated to the day.
EVENT_NEWS = [
    "Floods have left many homes in Valencia without drinking water.",
    "Power cuts have left many residents without air conditioning.",
    "The storm's handling has been criticised, and the mayor apologised on Wednesday.",
    "The blaze has left hundreds of families in the estate without a home.",
    "The outage will affect other services on the network.",
]


@pytest.mark.parametrize("claim", EVENT_NEWS)
def test_event_news_is_not_background(claim: str) -> None:
    assert rule_messages("FC115", NEUTRAL, claim) == []


# Background the other article does not tell: still one outlet's claim.
STILL_FLAGGED = [
    # A cause that is no happening: a policy, a ruling.
    ("Cuts to bus subsidies have left many villages without an evening service.",
     "have left many"),
    ("The tribunal's verdict will delay at least two other solar farms planned in the county.",
     "will delay at least two other"),
    ("The inspectorate has been criticised for its close ties to the operators it licenses.",
     "has been criticised"),
    ("Most trainee nurses now leave the county within a year of qualifying.",
     "Most trainee nurses"),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "marker"), STILL_FLAGGED)
def test_background_no_one_else_tells_is_flagged(claim: str, marker: str) -> None:
    messages = rule_messages("FC115", NEUTRAL, claim)
    assert len(messages) == 1
    assert f"“{marker}”" in messages[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The sense told, but in a sentence that names no source.
        ("Most tenants now pay more than a third of their income in rent.",
         "The majority of tenants in the city rent from private landlords."),
        # Sourced and sharing the words, but another span of years.
        ("Office rents in Leeds have risen for three years, squeezing small firms.",
         "Rents for offices in the city have climbed in each of the last five years, agents said."),
        # Sourced, but the marker's sense is not told.
        ("The inspectorate has been criticised for its ties to the operators it licenses.",
         "The inspectorate sets the fees that operators pay, the ministry said."),
    ],
)  # fmt: skip
def test_near_telling_does_not_count(a: str, b: str) -> None:
    assert len(rule_messages("FC115", a, b)) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The reviewer's examples: one number, two claims.
        ("Volvo Cars will pay a dividend of 3 kronor per share, its first since the pandemic.",
         "Volvo Cars will not pay a dividend this year after profit fell 3 per cent."),
        ("Hanmi Steel will raise its quarterly dividend to 700 won a share from 500 won.",
         "Hanmi Steel cut its quarterly dividend to 300 won a share from 500 won."),
        # New variants.
        ("Brenna Foods will pay a final dividend of 12 pence a share, its first in four years.",
         "Brenna Foods scrapped its final dividend after sales fell 12 per cent."),
        ("Tesvik Bank will lift its annual dividend to 40 lira a share from 25 lira.",
         "Tesvik Bank will trim its annual dividend to 20 lira a share from 25 lira."),
    ],
)  # fmt: skip
def test_dividends_sharing_only_a_number_are_flagged(a: str, b: str) -> None:
    assert len(rule_messages("FC107", a, b)) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Harbin Steel will pay a half-year dividend of 320 won a share, the same as last year.",
         "The half-year dividend was held at 320 won per share."),
        # A percentage told either way.
        ("Kolvik Energy will raise its dividend by 8 per cent, its biggest rise in a decade.",
         "The dividend rises 8% this year, Kolvik Energy's biggest increase in a decade."),
    ],
)  # fmt: skip
def test_dividend_told_alike_with_its_unit_is_corroborated(a: str, b: str) -> None:
    assert rule_messages("FC107", a, b) == []
