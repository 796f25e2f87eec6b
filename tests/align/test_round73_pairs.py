"""QA round 73, planted conflicts left as two single-source figures: a forecast range in bare
degrees of an article that named its scale once, a range whose shared end is specific, a daily
cost told by its adjective, a maximum fine called a penalty by the other outlet, and a trial's
size mistyped beside a count both give alike, the one span of months each gives, led in
by the same words, a headcount range with an end's digits swapped, and a span a bound in
another unit stood for."""

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
        # A count's digits in another order, in sentences the countries tie: one trial's size.
        (
            "It was based chiefly on a late-stage trial, called ASCEND-1, that enrolled 4,318 "
            "adults in eleven countries.",
            "In the pivotal ASCEND-1 study, which followed 4,813 participants in 11 countries "
            "for 68 weeks, people on the top dose lost on average 22.4% of their body weight.",
            [("4,318 adults", "4,813 participants"), ("eleven countries", "11 countries")],
            [],
        ),
        # Control: two digits swapped are no sure slip ("61" and "16" may be two counts).
        (
            "The trial, called ASCEND-1, enrolled 61 adults in eleven countries.",
            "The ASCEND-1 study followed 16 participants in 11 countries for 68 weeks.",
            [("eleven countries", "11 countries")],
            [("61 adults", "16 participants")],
        ),
        # The one span of months in each, led in by the same words: one plan's span.
        (
            "Quorvex said the job cuts would be carried out over the next six months.",
            "The layoffs will roll out over the next nine months.",
            [("six months", "nine months")],
            [],
        ),
        # Control: led in by other words, of things named apart, they are two spans.
        (
            "Quorvex said the job cuts would be carried out over the next six months.",
            "Hollis has led the company for nine months.",
            [],
            [("six months", "nine months")],
        ),
        # One end alike, the other's digits swapped: one headcount range mistyped.
        (
            "Construction will employ between 3,000 and 4,500 workers at its peak.",
            "At the height of construction, 3,000 to 5,400 people will work on the site.",
            [("between 3,000 and 4,500 workers", "3,000 to 5,400 people")],
            [],
        ),
        # Control: the other end merely different, round ends, no word alike: two ranges.
        (
            "Construction will employ between 3,000 and 4,500 workers at its peak.",
            "Between 3,000 and 6,000 people were ordered to leave their homes near the river.",
            [],
            [("between 3,000 and 4,500 workers", "between 3,000 and 6,000 people")],
        ),
        # "more than two years" under review is the other's 26 months: the one span of years
        # left in each is the mine's added life.
        (
            "Authorities approved the expansion after a 26-month review. It will extend the "
            "life of the mine by 22 years, to 2047. The mine pays for itself in under six years.",
            "The project, which spent more than two years under review, would add 12 years to "
            "its operating life. The mine pays for itself in under six years.",
            [("22 years", "12 years")],
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
