"""FC112 narrowed after review 88: a death keyed by surname is of one person only when no
first name or age tells two apart; a death told of "the man" pairs with none when either
article tells two or more deaths; two clauses whose names share none (one a list) date two
things; "a second round" is another happening than the first."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, rule_messages

DATED_APART = [
    # One person's death, two weekdays, however named.
    ("Martin Doyle, 48, died Tuesday at Cork University Hospital.",
     "Martin Doyle, 48, died Wednesday, his family said.",
     ("Tuesday", "Wednesday")),
    ("Doyle died Tuesday at Cork University Hospital.",
     "Martin Doyle died Wednesday, his family said.",
     ("Tuesday", "Wednesday")),
    # One death of a man described, each article telling one.
    ("A 70-year-old man from Bangor died Thursday morning.",
     "The man died Friday at Ysbyty Gwynedd, a hospital spokesman said.",
     ("Thursday", "Friday")),
    # Lists that share their names: one thing to come.
    ("The levy takes effect on March 4, the ministry said.",
     "The levy will be charged on imports from Peru, Chile and Bolivia starting March 14.",
     ("March 4", "March 14")),
    ("Ferries to Arran, Mull and Islay resume on June 2.",
     "Ferries to Arran, Mull and Islay resume on June 9.",
     ("June 2", "June 9")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_happening_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    assert_dated_apart(a, b, dates)


NOT_APART = [
    # A father and a son of one surname: two first names, two ages.
    ("Peter Walsh, 61, died at the scene Friday, police said.",
     "Liam Walsh, 19, died Saturday in hospital, police said."),
    ("Peter Walsh died at the scene Friday, police said.",
     "Liam Walsh died Saturday in hospital, police said."),
    ("Walsh, 61, died at the scene Friday, police said.",
     "Walsh, 19, died Saturday in hospital, police said."),
    # Another person named by the surname's owner.
    ("Walsh died Friday at his home in Sligo.",
     "Walsh's sister died Monday, the club said."),
    # "The man" of a story of two deaths: the gunman killed, a bystander dead later.
    ("Police said the attacker was shot and killed by officers. A passer-by who was hit has "
     "died. The man died Sunday at St James's Hospital.",
     "The man died Saturday at the scene, police said."),
    ("Two people died after the storm. A woman died Tuesday when a wall fell.",
     "A woman died Wednesday after her car was swept away."),
    # Two lists of places that share no name, or a list against another place.
    ("Flights to Oslo, Bergen and Tromso resume on April 2, the airline said.",
     "Flights to Munich, Zurich and Vienna resume on April 9, the airline said."),
    ("Trains to Leeds, York and Hull will run again starting Oct. 3.",
     "Trains to Carlisle will run again starting Oct. 10."),
    # Another round of a series.
    ("Duties will be collected on steel from Turkey starting Feb. 6.",
     "A second round of duties will be collected on steel from Turkey starting March 20."),
    ("Talks between the union and the company will resume on Monday.",
     "Another round of talks between the union and the company will resume on Thursday."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_other_happenings_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
