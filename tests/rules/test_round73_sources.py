"""QA round 73: a verb of writing after "but" shares its subject ("Valk did not speak … but
wrote on social media: “…”"), and a person owning a party ("Irena Valk's Civic Platform") is
still a person (quotes); an organisation's long name owns its "forecasts", a "with" clause
tells as expected ("with decisions expected in 2026"), and a thing set apart ("a similar coin
from a different wreck") is not the other's claim (FC110); reported speech's "would consider"
sources "is weighing" (FC114)."""

from __future__ import annotations

import pytest

from support import rule_messages


def _speakers(text: str) -> list[str | None]:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    extraction = extract(article_from_text(f"A\n\n{text}\n", article_id="a"))
    return [quote.speaker.name for quote in extraction.quotes]


_VALK = "Prime Minister Marta Valk spoke on Sunday."


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A verb after "but" shares the subject of the verb before it, as after "and".
        (
            f"{_VALK} Valk did not speak to supporters but wrote on social media: “Nobody "
            "should start measuring the curtains yet.”",
            ["Marta Valk"],
        ),
        (
            f"{_VALK} Valk did not speak to supporters but said: “Nobody should start "
            "measuring the curtains yet.”",
            ["Marta Valk"],
        ),
        (
            f"{_VALK} Valk declined to comment but posted on Facebook: “We are not done yet.”",
            ["Marta Valk"],
        ),
        # Control, read before: "and".
        (
            f"{_VALK} Valk left the stage and said: “We are not done.”",
            ["Marta Valk"],
        ),
        # A person owning a party's name (a "Platform") is a person still.
        (
            "Voters punished Prime Minister Irena Valk's Civic Platform on Sunday. Valk did not "
            "speak to supporters but wrote on social media: “Nobody should start measuring the "
            "curtains yet.”",
            ["Irena Valk"],
        ),
    ],
)
def test_verb_after_but_shares_subject(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


_BOARDINGS = "The Regional Transit Authority projects 38,000 to 52,000 weekday boardings by 2035."
_FILED = (
    "Veralis said it had filed for approval in the European Union and Japan and expected "
    "decisions in 2026."
)
_SCHOOLS = (
    "The Department for Education said it expected most schools to remain open on strike days, "
    "with headteachers able to prioritise pupils in exam years."
)
_COIN = (
    "A single 8-escudo coin in good condition from the wreck could fetch as much as $45,000 at "
    "auction, according to appraisers at Heritage Numismatic Group."
)


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # An organisation's name longer than five words owns its forecast.
        (
            _BOARDINGS,
            "The Port Merrick Regional Transit Authority forecasts between 38,000 and 46,000 "
            "weekday boardings by 2035, four years after the line is due to open.",
            False,
        ),
        # A "with" clause tells what it tells as expected.
        (
            _FILED,
            "The company has also applied for approval in the European Union and Japan, with "
            "decisions expected in 2026.",
            False,
        ),
        # … but not a "will" of the sentence's own.
        (
            _SCHOOLS,
            "Most schools will remain open on strike days, with heads expected to prioritise "
            "pupils sitting GCSEs and A-levels.",
            True,
        ),
        # Another thing of the same name is not the claim the other hedges.
        (
            _COIN,
            "A similar 8-escudo coin from a different wreck sold for $38,000 at a Florida auction "
            "in 2019, and dealers say a well-preserved piece could draw strong bids.",
            False,
        ),
        # Control: the same coin told flat.
        (
            _COIN,
            "A single 8-escudo coin in good condition from the wreck will fetch as much as $45,000 "
            "at auction.",
            True,
        ),
        # Another thing aside, after the claim's own clause, does not set the claim apart
        # (review of 3b5de0e).
        (
            "The company plans to open a second plant in Ohio in 2027, according to people "
            "familiar with the matter.",
            "The company will open a second plant in Ohio in 2027, in addition to another plant "
            "in Texas.",
            True,
        ),
    ],
)
def test_source_dropped(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", a, b)) is flagged


_APPEAL = "The association, which speaks for roughly 300 families, is weighing an appeal."


@pytest.mark.parametrize(
    ("a", "flagged"),
    [
        # Reported speech's modal tells the same deliberation, with its source.
        ("Rosa Quispe said the group would consider an appeal to the environmental court.", False),
        ("The association said it would also weigh an appeal.", False),
        # Controls: no such report elsewhere; "would" of another verb.
        ("The association's members met on Monday.", True),
        ("Rosa Quispe said the group would fight the permit.", True),
    ],
)
def test_plan_told_with_modal(a: str, flagged: bool) -> None:
    assert bool(rule_messages("FC114", a, _APPEAL)) is flagged
