"""QA round 66 false alarms: a month that closes a reporting period ("the year to March 2025")
dates no event (FC112); two degrees of one condition ("acutely" and "severely malnourished")
are two measures (FC105); "She said <words>, and then “…”" gives the quote to her (FC108)."""

from __future__ import annotations

import pytest

from support import rule_messages

PERIODS = [
    # QA round 66, steel takeover: two financial years, not one event.
    ("Caldermoor lost £312 million in the year to March 2025, hit by high energy prices and "
     "cheap imports.",
     "Caldermoor's losses widened last year, from £287 million in the year to March 2024, as "
     "energy bills soared and imports from Asia undercut its prices.",
     False),
    ("The group's revenue fell 4% in the 12 months to March 2025, it said.",
     "The group's revenue fell 4% in the 12 months to March 2024, it said.",
     False),
    ("Sales fell in the fiscal year ending March 2025, the retailer said.",
     "Sales fell in the fiscal year ending March 2024, the retailer said.",
     False),
    # Control: a new deadline a span runs to is an event's date.
    ("The council extended the consultation for six months to March 2026.",
     "The council extended the consultation for six months to March 2025.",
     True),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "flagged"), PERIODS)
def test_period_end_dates_no_event(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC112", a, b)) is flagged


DEGREES = [
    # QA round 66, famine warning: the severely malnourished are a part of the acutely.
    ("Some 340,000 children under five in the region are acutely malnourished, the agencies "
     "said.",
     "Some 85,000 children are severely malnourished and at risk of death without treatment, "
     "according to the agencies.",
     False),
    ("Aid workers said 12,000 children were moderately malnourished in the camps.",
     "Aid workers said 3,000 children were severely malnourished in the camps.",
     False),
    # Control: one degree, two counts.
    ("Some 340,000 children under five in the region are acutely malnourished, the agencies "
     "said.",
     "Some 85,000 children under five in the region are acutely malnourished, the agencies "
     "said.",
     True),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "flagged"), DEGREES)
def test_two_degrees_of_one_condition_are_two_measures(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC105", a, b)) is flagged


def _speakers(text: str) -> dict[str, str | None]:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    extraction = extract(article_from_text(f"A\n\n{text}\n", article_id="a"))
    return {quote.text: quote.speaker.name for quote in extraction.quotes}


NEIGHBOUR = "Janet Pruitt, a neighbor, described being jolted awake by a string of loud bangs. "
SPEAKERS = [
    # QA round 66, battery fire.
    (NEIGHBOUR + "She said she heard popping noises, and then “the whole sky turned orange.”",
     "Janet Pruitt"),
    (NEIGHBOUR + "She said she heard popping noises, and that “the whole sky turned orange.”",
     "Janet Pruitt"),
    # Control: another's verb of saying after the comma is the nearer one.
    (NEIGHBOUR + "She said she heard popping noises, and then Tom Reyes added “the whole sky "
     "turned orange.”",
     "Tom Reyes"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_she_said_words_comma_and_then_quote(text: str, speaker: str) -> None:
    assert _speakers(text)["the whole sky turned orange."] == speaker
