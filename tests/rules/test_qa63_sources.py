"""QA round 63 (FC110): a cue closing its sentence sources every clause before it; a record
that "shows" names a source; a hedge of another figure's clause hedges no claim told as fact
before it; a quote whose speaker is named after it closes its account; a month or weekday
makes a short claim; a figure that describes a thing ("the 12-inch main") is not the claim."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("other", "claim", "flagged"),
    [
        # The cue closes the sentence: the company is the source of both clauses.
        (
            "The fab is expected to bring some three thousand permanent jobs, and up to 6,500 "
            "construction workers will be on site at the height of the build, according to "
            "Tessaro.",
            "The project will create about 3,000 permanent jobs, with average salaries of "
            "$112,000, and will employ up to 7,500 construction workers at peak, the company "
            "said.",
            False,
        ),
        # Control: a cue that goes on to a claim of its own sources that clause only.
        (
            "The fab is expected to bring some three thousand permanent jobs, and up to 6,500 "
            "construction workers will be on site at the height of the build, according to "
            "Tessaro.",
            "The project will create about 3,000 permanent jobs, with average salaries of "
            "$112,000, and analysts said the construction workforce would peak at 7,500.",
            True,
        ),
        # Documents that show the claim name its source.
        (
            "The campus could consume roughly 550 million gallons of water a year at peak, "
            "according to county documents, pumped from the Ashgrove aquifer.",
            "County documents show the campus could still use roughly 550 million gallons of "
            "water a year at peak, drawn from the Ashgrove aquifer.",
            False,
        ),
        # Control: the same claim with no record named.
        (
            "The campus could consume roughly 550 million gallons of water a year at peak, "
            "according to county documents, pumped from the Ashgrove aquifer.",
            "The campus will use roughly 550 million gallons of water a year at peak, drawn "
            "from the Ashgrove aquifer.",
            True,
        ),
        # The analysts' estimate is hedged, not the result reported before it.
        (
            "Earnings per share were $0.82, above the 79 cents analysts had expected, according "
            "to LSEG data.",
            "Adjusted earnings came to 82 cents a share.",
            False,
        ),
        # Control: a hedge in the clause of the claim's own figure.
        (
            "Earnings per share could reach $0.82, above the 79 cents of a year earlier, "
            "according to LSEG data.",
            "Adjusted earnings will come to 82 cents a share this quarter.",
            True,
        ),
        # A short claim by its month or weekday.
        (
            "The Department of Revenue said it expected refunds to begin by September.",
            "Refunds will begin by September.",
            True,
        ),
        (
            "Grid officials said the outages could continue through Thursday, when forecasters "
            "expect temperatures to ease.",
            "The outages will continue through Thursday.",
            True,
        ),
        # "May" the modal is no month.
        (
            "Officials said the outages could continue for days.",
            "Outages may continue.",
            False,
        ),
        # The main's size, told in another sentence, is not the claim.
        (
            "The 12-inch cast-iron main was installed in 1931, according to company records. "
            "Samuel Reyes, lead investigator for the state Public Utilities Commission, said "
            "preliminary evidence pointed to a corroded joint on the main.",
            "The leak came from a corroded joint on the 12-inch main.",
            True,
        ),
    ],
)
def test_source_dropped_round63(other: str, claim: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", other, claim)) is flagged


def _paragraph(*sentences: str) -> str:
    return " ".join(sentences)


@pytest.mark.parametrize(
    ("before", "flagged"),
    [
        # A quote whose speaker is named after it closes the account there.
        ("“Coffee costs are the biggest headwind we face this year,” Walsh said.", True),
        # A speaker named before the quote speaks on.
        ("Walsh said: “Coffee costs are the biggest headwind we face this year.”", False),
    ],
)
def test_quote_closed_by_its_speaker(before: str, flagged: bool) -> None:
    sourced = (
        "Delgado said the company expected coffee costs to ease in the second half of the "
        "fiscal year as new supply contracts take effect."
    )
    flat = "Coffee costs will ease in the second half of the year as new supply contracts kick in."
    assert bool(rule_messages("FC110", sourced, _paragraph(before, flat))) is flagged


def test_added_that_reports_speech() -> None:
    # "She added that…" names its speaker as "said" does.
    assert not rule_messages(
        "FC110",
        "Chief Financial Officer Priya Nandakumar said the company intended to keep inventory "
        "below six weeks of supply for the rest of the year.",
        "“We are not going to chase volume at the expense of margin,” Nandakumar said. She "
        "added that the company would keep inventory below six weeks of supply through the end "
        "of the year.",
    )
