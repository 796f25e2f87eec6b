"""QA round 74 (FC110): a sourced sentence's own claim is weighed without the name of its
source ("The company said it hoped to begin dosing…" claims the dosing), and a figure in a
relative clause ("a study that will enroll 24 to 30 patients") is not the claim's; "said she
expected a strong turnout", ending its sentence, hedges the turnout only."""

from __future__ import annotations

import pytest

from support import rule_messages

_DOSING = "The company said it hoped to begin dosing patients in the third quarter."
_TRIAL = (
    "The Phase 1/2 trial is expected to enroll 24 to 36 patients aged 12 and older at six sites "
    "in the United States and Europe."
)


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # A hope told as fact, in a sentence that goes on to the trial's size.
        (
            f"{_DOSING} {_TRIAL}",
            "Dosing will begin in the third quarter in a Phase 1/2 study that will enroll 24 to "
            "30 patients at six clinical sites in the U.S. and Europe.",
            True,
        ),
        # Control: the enrolment told in its main clause is the other's enrolment.
        (
            f"{_DOSING} {_TRIAL}",
            "The Phase 1/2 study will enroll 24 to 30 patients at six clinical sites in the U.S. "
            "and Europe, with dosing in the third quarter.",
            False,
        ),
        # A hedge ending the sentence after "said" hedges its own words only, not the fact
        # told in the clause before it.
        (
            "The union's executive board voted 11-2 to recommend approval, and Kessling said she "
            "expected a strong turnout.",
            "Union members will vote in an online ballot that closes Dec. 19, and the union's "
            "executive board has recommended approval.",
            False,
        ),
        # … but a hedge whose claim runs on past an apposition hedges it all.
        (
            "Nordvik said it expected capacity, measured in available seat kilometres, to grow "
            "around 6 percent in 2025, with most of the new seats going to leisure routes.",
            "Capacity will grow around 6 percent next year, with leisure routes to the "
            "Mediterranean taking most of the extra seats.",
            True,
        ),
    ],
)
def test_source_dropped(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", a, b)) is flagged


_CONTAINMENT = (
    "Fire officials said they expected full containment by Sept. 5, provided the weather "
    "cooperated."
)


@pytest.mark.parametrize(
    ("b", "flagged"),
    [
        # An adverb is its adjective's word, a noun in "-ment" its verb's.
        ("The fire will be fully contained by Sept. 5.", True),
        # A claim told by its date is not sourced by a sentence of its own article that shares
        # its words but not its date.
        (
            "Containment stood at 27 percent on Tuesday, fire managers said at a morning "
            "briefing.\n\nThe fire will be fully contained by Sept. 5.",
            True,
        ),
        # … but is by one that prints it.
        (
            "Fire managers said they aimed to contain the fire by Sept. 5.\n\nThe fire will be "
            "fully contained by Sept. 5.",
            False,
        ),
    ],
)
def test_dated_claim(b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", _CONTAINMENT, b)) is flagged


@pytest.mark.parametrize(
    ("word", "stem"),
    [("fully", "full"), ("containment", "contain"), ("completely", "complet"), ("ship", "ship")],
)
def test_stem(word: str, stem: str) -> None:
    from factcheck.rules.kinds.source_dropped import content_words

    assert content_words(word) == [stem]


_FATIGUE = (
    "The MAIB said it believed fatigue was a contributing factor, noting that the officer of "
    "the watch had worked 16 hours in the preceding 24."
)


@pytest.mark.parametrize(
    ("b", "flagged"),
    [
        # All the hedge qualifies, told flat in a longer sentence.
        (
            "Fatigue was a contributing factor in the collision between a Skerry Line ferry and "
            "a trawler last year.",
            True,
        ),
        # Control: part of it only.
        (
            "Fatigue among crews on night crossings has worried the union for years, its "
            "members told a hearing in Oban.",
            False,
        ),
        # A denial of what the hedge qualifies is no flat telling of it (review of 21d7bd4).
        (
            "Fatigue was ruled out as a contributing factor in the collision between a Skerry "
            "Line ferry and a trawler last year.",
            False,
        ),
        (
            "Fatigue was not a contributing factor in the collision between a Skerry Line ferry "
            "and a trawler last year.",
            False,
        ),
    ],
)
def test_whole_hedged_claim(b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", _FATIGUE, b)) is flagged


def test_short_hedged_claim_not_enough() -> None:
    # Two words a hedge qualifies ("take", "weeks") are too few to tell one claim.
    assert not rule_messages(
        "FC110",
        "Engineers said it could take weeks, not days, before the line reopens to freight.",
        "Repairs to the signal cable will take weeks after flooding damaged a section of track "
        "near the depot.",
    )
