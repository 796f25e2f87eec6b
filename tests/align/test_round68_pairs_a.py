"""QA round 68: one fact worded apart by two outlets is paired: a dividend a board proposed is
the one shareholders receive (no level advised); a wage offer made is the one tabled; workers
off the job are on strike; a rate given after a group the sentence opens on ("Among those
given placebo, the rate was …") is that group's; and a price that has "already gone up" rose,
with no "already" or "gone" in its measure."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A dividend proposed is the dividend paid, not advice.
        (
            "The board proposed a dividend of $4.50 per share, totalling $1.1 billion, to be "
            "paid after the annual general meeting on March 25.",
            "Shareholders will receive a dividend of $5.40 a share, and the company also "
            "announced a $1 billion share buyback.",
            [("$4.50", "$5.40")],
            [],
        ),
        # The group a sentence opens on is whose rate it gives.
        (
            "After 52 weeks of treatment, 24.1% of patients on velotrimab were in clinical "
            "remission, compared with 19.8% of those on placebo.",
            "After a year of treatment, 24.1% of patients given velotrimab achieved clinical "
            "remission. Among those given placebo, the rate was 16.8%, a gap the company said "
            "fell short of statistical significance.",
            [("19.8%", "16.8%"), ("24.1%", "24.1%")],
            [("24.1%", "16.8%")],
        ),
        # A wage offer, made or tabled, is one offer.
        (
            "The union is demanding a 12% pay rise and an increase in the entry-level wage to "
            "R18,500 a month from R15,200. The company has offered 6.5%.",
            "The union wants a 12% increase across the board and a minimum monthly wage of "
            "R18,500 for entry-level underground workers. Management has tabled 5.6%, which it "
            "says is above inflation.",
            [("6.5%", "5.6%"), ("12%", "12%")],
            [("12%", "5.6%")],
        ),
        # Workers off the job are on strike.
        (
            "Sable Reef Mining lowered its forecast on Thursday after a strike by 6,400 workers "
            "at its Mabele gold mine, now in its 18th day, cost the company 38,000 ounces.",
            "Some 5,400 workers remained off the job at Sable Reef Mining's Mabele gold mine on "
            "Thursday, with no end in sight to a pay strike.",
            [("6,400 workers", "Some 5,400 workers")],
            [],
        ),
        # "Have already gone up by" is a rise of what the sentence opens on.
        (
            "The announcement came a week after Harbourside told season-ticket holders that "
            "prices would rise by 4% for the coming campaign.",
            "Season tickets for the coming campaign have already gone up by 6%, with the "
            "cheapest adult ticket now £495.",
            [("4%", "6%")],
            [],
        ),
    ],
)
def test_worded_apart_paired(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


def test_advice_still_advised() -> None:
    """A catch advised is still no catch set: only a dividend is paid as proposed."""
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    text = "Scientists had proposed a catch of 174,357 tonnes for next year."
    [figure] = extract(article_from_text(f"A\n\n{text}\n", article_id="a")).figures
    assert "advised" in figure.measure
