"""Review of 6e995cb..923ea3d, items 9-12: an agency "calling for" a figure names its source when
the figure is signed or follows a colon or a dash, and a weather agency's call is its forecast
whatever follows it; a cue after an appositive noun ("a move its chief executive told staff on
Monday reflected…") tells a claim of its own even in a plain past or present verb; FC109 skips a
time of day told with "open", "close", "start" or "begin" only when a timetable keeps it, not a
storm's ("expected to begin crossing the coast at about 03:00"); and a quote followed by a
sentence naming whose words they were is not the speaker's of the sentence before it."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text
from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # Item 9: a sign before the figure, a colon or a dash before it, an agency's "and".
        (
            "The Met Office said temperatures could fall to -10C on Tuesday night.",
            "The Met Office is calling for lows of -10C on Tuesday night.",
            False,
        ),
        (
            "Forecasters said overnight lows could drop to -14C in the glens on Sunday.",
            "Forecasters in Aberdeen are calling for overnight lows of -14C in the glens on "
            "Sunday.",
            False,
        ),
        (
            "NOAA said the season could bring 17 to 25 named storms.",
            "NOAA is calling for an above-normal season: 17 to 25 named storms.",
            False,
        ),
        (
            "The agency said the Pacific season could bring 12 to 18 named storms.",
            "The agency is calling for a busy Pacific season: 12 to 18 named storms.",
            False,
        ),
        (
            "Forecasters said 6 to 10 inches of snow could fall in the mountains.",
            "The weather service is calling for snow through Saturday night — 6 to 10 inches in "
            "the mountains.",
            False,
        ),
        (
            "The Met Office said up to 40mm of rain could fall in Wales on Friday.",
            "The Met Office is calling for heavy rain in Wales on Friday and up to 40mm could "
            "fall.",
            False,
        ),
        (
            "Meteorologists said up to 25mm of rain could fall on Leeds on Monday.",
            "The weather bureau is calling for showers in Leeds on Monday and up to 25mm could "
            "fall.",
            False,
        ),
        # A plea still names no source for what follows it.
        (
            "Forecasters said the storm could bring winds of up to 70 mph to the coast.",
            "Fishermen are calling for help as the storm brings winds of up to 70 mph to the "
            "coast.",
            True,
        ),
    ],
)
def test_calling_for_a_signed_or_set_off_figure_names_its_source(
    sourced: str, flat: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # Item 10: the appositive's claim, in a plain past or present verb.
        (
            "The airline may cut up to 1,500 jobs, a move its chief executive told staff on "
            "Monday reflected falling demand.",
            "The airline will cut 1,500 jobs.",
            False,
        ),
        (
            "The retailer may close up to 40 stores, a plan the union said on Tuesday amounted "
            "to a betrayal of staff.",
            "The retailer will close 40 stores.",
            False,
        ),
        (
            "The hospital may lose up to 200 beds, a cut doctors said during a protest on "
            "Friday puts patients at risk.",
            "The hospital will lose 200 beds.",
            False,
        ),
        (
            "The brewer could shut up to 90 pubs, a decision its landlords said at a meeting "
            "in Derby left them without income.",
            "The brewer will shut 90 pubs.",
            False,
        ),
        # A closing attribution with a long tail still sources the hedge.
        (
            "The brewer could shut up to 90 pubs across the north, the company said in a "
            "statement to the London Stock Exchange.",
            "The brewer will shut 90 pubs across the north.",
            True,
        ),
        (
            "The insurer may cut as many as 600 jobs, its finance director said on Thursday "
            "during a call with investors in Zurich.",
            "The insurer will cut 600 jobs.",
            True,
        ),
    ],
)
def test_a_claim_after_an_appositive_cue_is_no_circumstance(
    sourced: str, flat: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Item 11: a storm's, a surge's or a river's time is an estimate.
        ("The eye of the storm is expected to begin crossing the coast at about 03:00.", True),
        ("The storm is expected to pass close to Miami at around 23:00.", True),
        ("The storm surge is expected to take hold at around 02:00.", True),
        ("The river is expected to peak at around 18:00 and could open new breaches.", True),
        ("The typhoon is expected to start weakening at about 05:00 on Monday.", True),
        # A timetable's is not.
        ("The polls are expected to open at 07:00 and close at 22:00.", False),
        ("The ceremony is expected to begin at 11:00 on Sunday.", False),
        ("The shops are expected to close at 17:30 on Christmas Eve.", False),
        ("The plane is expected to take off at 14:30.", False),
        ("The ferry was expected to leave Dover at 09:15 on Sunday.", False),
    ],
)
def test_only_a_timetables_start_or_close_is_skipped(text: str, flagged: bool) -> None:
    assert bool(rule_messages("FC109", text, "Residents were told to stay indoors.")) is flagged


def speakers(paragraph: str) -> list[str | None]:
    extraction = extract(article_from_text(f"Headline\n\n{paragraph}\n"))
    return [quote.speaker.name for quote in extraction.quotes]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Item 12: the sentence after the quote names whose words they were.
        ("Manager Carla Ventura said the players had prepared well. The squad was fully fit, "
         "she said. “We were nowhere near good enough.” Those were the words of captain Idris "
         "Mensah after the defeat.",
         [None]),
        ("Mayor Peter Lund said the bridge would reopen soon. Repairs were on schedule, he "
         "said. “Nobody has told us anything.” That was the verdict of shopkeeper Nadia Holm.",
         [None]),
        # Without such a sentence, the quote goes on the reported speech before it.
        ("Manager Carla Ventura said the players had prepared well. The squad was fully fit, "
         "she said. “We were nowhere near good enough.” The side travels to Turin next week.",
         ["Carla Ventura"]),
    ],
)  # fmt: skip
def test_a_quote_attributed_after_is_not_the_previous_speakers(
    paragraph: str, expected: list[str | None]
) -> None:
    assert speakers(paragraph) == expected
