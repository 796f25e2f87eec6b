"""Round 60: a "he said" after a subject with "one of …" in apposition, a speaker named after
"said board member", a speaker named before "of <firm>" after a lower-case role, and figures
read whole (a fare that will go from one level to another, a window of hours "in the" span
before an event, the size of a queue told by "grew to")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract import body_sentences
from factcheck.extract.quotes import extract_quotes
from factcheck.load import article_from_text
from support import figures_of


def speakers_of(text: str) -> list[str | None]:
    """Each quote's speaker's name, in order."""
    article = article_from_text(text, body_only=True)
    quotes, _ = extract_quotes(article, body_sentences(article))
    return [q.speaker.name for q in quotes]


SPEAKERS = [
    # The subject of the paragraph before the quote, acting after an apposition "one of …",
    # is whom "he said" refers to, not the speaker of the quote in the paragraph before.
    pytest.param(
        "“Every dime matters when you’re choosing between the bus fare and groceries,” said "
        "Jasmine Cole, an organizer with the Riders Union of Easton Bay, which delivered 6,200 "
        "signatures against the increase.\n\n"
        "Board member Hector Villanueva, one of the four no votes, argued that the burden would "
        "fall hardest on low-income workers. “We are asking the people with the fewest options "
        "to pay the most for our mistakes,” he said.",
        ["Jasmine Cole", "Hector Villanueva"],
        id="one-of-apposition-then-he-said",
    ),
    # A member of a body named after the cue, in lower case before the name.
    pytest.param(
        "“Every dime matters when you’re choosing between the bus fare and groceries,” said "
        "board member Hector Villanueva, who voted against the plan.",
        ["Hector Villanueva"],
        id="said-board-member-name",
    ),
    # The speaker named before "of", the firm (with its lower-case kind and role) after it.
    pytest.param(
        "“Hartwell's problem was never the internet. It was too many big boxes in the wrong "
        "places,” said Carla Reyes of restructuring adviser Sandbar Partners.",
        ["Carla Reyes"],
        id="said-name-of-adviser-firm",
    ),
    # Control: a role with what the firm is before the name still describes the speaker.
    pytest.param(
        "“The numbers were broadly as expected,” said Harlow Securities analyst Rebecca Tan.",
        ["Rebecca Tan"],
        id="control-said-firm-role-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_of(text) == expected


def printed(text: str) -> dict[str, tuple[str, Decimal | None, str]]:
    return {f.text: (f.kind.value, f.value, f.unit) for f in figures_of(text)}


# sentence, figure printed, kind, value, unit
FIGURES = [
    # A change "will go from X to Y" is two levels, the old and the new, not a range.
    (
        "Under the plan, the monthly pass will rise from $90 to $104, and the reduced fare for "
        "seniors, riders with disabilities and students will go from $1.25 to $1.45.",
        "$1.25",
        "money",
        "1.25",
        "USD",
    ),
    (
        "Under the plan, the monthly pass will rise from $90 to $104, and the reduced fare for "
        "seniors, riders with disabilities and students will go from $1.25 to $1.45.",
        "$1.45",
        "money",
        "1.45",
        "USD",
    ),
    (
        "The average wait went from 12 minutes to 20 minutes.",
        "20 minutes",
        "duration",
        "20",
        "minute",
    ),
    # A window of hours "in the" span before an event: a length of time, no date.
    (
        "About 1.2 metres of new snow fell on the upper slopes in the 72 hours before the slide, "
        "driven by winds of up to 90 km/h.",
        "72 hours",
        "duration",
        "72",
        "hour",
    ),
    (
        "The area received 312 millimetres of rain in the 24 hours before the landslide.",
        "24 hours",
        "duration",
        "24",
        "hour",
    ),
    # The size of a queue or a backlog, "grew to" with no noun after the number: a count of
    # what it holds.
    (
        "Salvage teams battled on Wednesday to free the ship, as the queue of ships waiting to "
        "pass grew to 178 and shipping companies warned of weeks of disruption.",
        "178",
        "count",
        "178",
        "ship",
    ),
    ("The backlog of asylum cases rose to 5,400 in March.", "5,400", "count", "5400", "case"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit"), FIGURES)
def test_figures(sentence: str, text: str, kind: str, value: str, unit: str) -> None:
    assert printed(sentence).get(text) == (kind, Decimal(value), unit)


NOT_FIGURES = [
    # A span before an event with no "the" before it dates the event, as before.
    ("Three hours before the match kicked off, fans gathered outside.", "Three hours"),
    # A bare level with too little said of what it counts stays unread.
    ("The queue grew to 178.", "178"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_FIGURES)
def test_not_figures(sentence: str, text: str) -> None:
    assert text not in printed(sentence)


def test_a_change_is_no_range() -> None:
    ranges = [
        f.text
        for f in figures_of(
            "Under the plan, the reduced fare for seniors, riders with disabilities and students "
            "will go from $1.25 to $1.45."
        )
        if f.kind.value == "range"
    ]
    assert ranges == []
