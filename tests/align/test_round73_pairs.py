"""QA round 73, planted conflicts left as two single-source figures: a forecast range in bare
degrees of an article that named its scale once, a range whose shared end is specific, a daily
cost told by its adjective, and a maximum fine called a penalty by the other outlet."""

from __future__ import annotations

import pytest

from support import aligned_texts, rule_messages


def assert_pairs(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    pairs = aligned_texts(text_a, text_b)
    for pair in paired:
        assert pair in pairs, pairs
    for pair in not_paired:
        assert pair not in pairs, pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Bare degrees are in the one scale their article names: the forecast range in each.
        (
            "Sacramento recorded the hottest day in its history on Tuesday, with the downtown "
            "weather station reaching 117 degrees Fahrenheit. Forecasters expect highs between "
            "108 and 113 degrees to persist through Thursday.",
            "The thermometer at the downtown station touched 117 degrees on Tuesday. Highs of "
            "108 to 115 degrees are forecast through Thursday.",
            [("between 108 and 113 degrees", "108 to 115 degrees")],
            [],
        ),
        # A specific end shared ("$18 million") makes the only ranges of one unit one estimate.
        (
            "A Florida salvage company has recovered 2,417 gold coins from the wreck, a haul "
            "appraisers value at $18 million to $25 million and one that has already set off a "
            "courtroom fight.",
            "The coins, which Meridian Deep Recovery brought up from about 335 meters of water, "
            "have been appraised at between $18 million and $35 million.",
            [("$18 million to $25 million", "between $18 million and $35 million")],
            [],
        ),
        # Control: a round end shared ("$10 million") is no sign of one estimate by itself.
        (
            "The storm caused damage estimated at $10 million to $20 million in the county.",
            "Prosecutors said the company could face fines of between $10 million and $50 million.",
            [],
            [("$10 million to $20 million", "between $10 million and $50 million")],
        ),
        # "the daily cost … at" is a cost a day, as "a day" after the amount is.
        (
            "Analysts at Kestrel Securities estimated the strike would cost Belvia between €8 "
            "million and €10 million a day in lost revenue and compensation.",
            "Kestrel Securities put the daily cost to the airline at between €8 million and €12 "
            "million, counting lost ticket sales and passenger compensation.",
            [("between €8 million and €10 million a day", "between €8 million and €12 million")],
            [],
        ),
        # A sum of money as a penalty is a fine: the one maximum each tells.
        (
            "The fine could have reached €45 million, the maximum allowed under the labour code "
            "for violations of this scale, the inspectorate said.",
            "Under the labour code, the penalty could have been as high as €54 million.",
            [("€45 million", "€54 million")],
            [],
        ),
    ],
)
def test_planted_conflicts_pair(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("sentence", "printed", "unit"),
    [
        (
            "Kestrel Securities put the daily cost to the airline at between €8 million and €12 "
            "million.",
            "between €8 million and €12 million",
            "EUR/day",
        ),
        (
            "Its weekly losses were about £2 million, the union said.",
            "about £2 million",
            "GBP/week",
        ),
        # Pay is often an hour's or a week's with no rate said: its adjective is left alone.
        (
            "It raised the basic hourly rate for store staff to £12.60, above the statutory "
            "national living wage of £12.21.",
            "£12.60",
            "GBP",
        ),
        # No noun of money after the adjective: "the daily newspaper" names no rate.
        ("The daily newspaper said the deal was worth $40 million.", "$40 million", "USD"),
    ],
)
def test_rate_told_by_adjective(sentence: str, printed: str, unit: str) -> None:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    figures = extract(article_from_text(f"A\n\n{sentence}\n", article_id="a")).figures
    assert [f.unit for f in figures if f.text == printed] == [unit]


def test_range_end_moved_is_flagged() -> None:
    messages = rule_messages(
        "FC105",
        "Forecasters expect highs between 108 and 113 degrees to persist through Thursday, "
        "after the station reached 117 degrees Fahrenheit.",
        "Highs of 108 to 115 degrees are forecast through Thursday.",
    )
    assert any("108 to 115 degrees" in message for message in messages), messages
