"""Review of the round-76 FC110 and FC109 fixes: an agency "calling for" a figure names its
source however far the figure lies in what it calls for ("The National Weather Service is
calling for heavy snow, with up to 10 inches…"), while a plea does not ("Residents are calling
for help as…"); a cue after an appositive noun that tells a claim of its own ("a decision its
chief executive told staff on Monday would secure…") does not source the hedge before it, while
a closing attribution with a long tail still does; and FC109 skips a timetable's time of day
("expected to leave at 09:30"), not an estimated one ("expected to make landfall at around
23:00")."""

from __future__ import annotations

import pytest

from support import rule_messages

_FORECAST = "Forecasters said the storm could bring winds of up to 90 mph to the coast on Friday."


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # Review 77 item 7: the agency calling for it is its source, however far the figure.
        (
            "Forecasters said up to 10 inches of snow could fall on Denver on Friday.",
            "The National Weather Service is calling for heavy snow, with up to 10 inches in "
            "Denver on Friday.",
            False,
        ),
        (
            _FORECAST,
            "The National Hurricane Center is calling for hurricane-force winds of up to 90 mph "
            "on the coast on Friday.",
            False,
        ),
        # Review 76 item 7: a plea still names no source for the clause after it.
        (
            _FORECAST,
            "Residents are calling for help as the storm brings winds of up to 90 mph to the "
            "coast on Friday.",
            True,
        ),
        (
            "Weather forecasters expected winds of 20 to 30 knots on Thursday, which could push "
            "more oil toward the beaches north of Bandon, the Coast Guard said.",
            "Forecasters are calling for winds of 20 to 30 knots on Thursday, which could drive "
            "more oil onto beaches north of Bandon.",
            False,
        ),
        (
            _FORECAST,
            "The weather service is calling for winds of up to 90 mph on the coast on Friday.",
            False,
        ),
    ],
)
def test_calling_for_a_figure_names_its_source(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # Review 77 item 8: the cue tells the appositive's own claim, not the hedge's source.
        (
            "The airline may cut up to 1,500 jobs, a decision its chief executive told staff on "
            "Monday would secure the company's future.",
            "The airline will cut 1,500 jobs.",
            False,
        ),
        (
            "The retailer may close up to 40 stores, a plan analysts said in a note on Monday "
            "could lift margins by two points.",
            "The retailer will close 40 stores.",
            False,
        ),
        # Round 75: a measure the ministry says will save… still does not source the cut.
        (
            "The government's draft budget would cut the farm diesel rebate from 21 cents a "
            "litre to 9 cents, a measure the finance ministry says will save €640 million a "
            "year.",
            "The budget cuts the farm diesel rebate from 21 cents a litre to 9 cents.",
            False,
        ),
        # Review 76 item 6: a closing attribution with a long tail still sources the hedge.
        (
            "The retailer may close up to 40 stores in the Midwest next year, the company said "
            "in a filing with the Securities and Exchange Commission.",
            "The retailer will close 40 stores in the Midwest next year.",
            True,
        ),
        (
            "The airline could cut as many as 1,500 cabin crew jobs, chief executive Tom Reyes "
            "said on Tuesday in a memo to staff that was seen by Reuters.",
            "The airline will cut 1,500 cabin crew jobs.",
            True,
        ),
        (
            "Volkmar could cut as many as 2,000 jobs at its Stuttgart plant, chief executive "
            "Anna Berg told reporters after the company's annual meeting in the city.",
            "Volkmar will cut 2,000 jobs at its Stuttgart plant.",
            True,
        ),
        # A month named "May" is no modal.
        (
            "The retailer may close up to 40 stores in the Midwest next year, the company said "
            "in a statement on 12 May.",
            "The retailer will close 40 stores in the Midwest next year.",
            True,
        ),
    ],
)
def test_a_claim_after_the_cue_is_no_circumstance(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Review 77 item 9: a landfall's or a peak's time is an estimate.
        ("Hurricane Milton is expected to make landfall at around 23:00 on Wednesday.", True),
        ("The hurricane is forecast to make landfall at about 2 a.m. on Thursday.", True),
        ("The storm surge is expected to peak at around 4pm on Thursday.", True),
        # A timetable's time is not.
        ("Flight BX417 was expected to leave Tenerife at 09:30 on Sunday.", False),
        ("The match is expected to kick off at around 8pm on Saturday.", False),
        ("The train is due to arrive at about 14:45 on Sunday.", False),
    ],
)
def test_only_a_timetables_time_of_day_is_skipped(text: str, flagged: bool) -> None:
    assert bool(rule_messages("FC109", text, "Residents were told to evacuate.")) is flagged
