"""QA round 64: one figure whose two outlets word it apart. A part told of whose whole it is
("23 of the train's 94 cars"), the only figures of a unit with a zero slipped ("210,000
litres", "21,000 litres"), the thing a valuing clause hangs on ("The transaction, valued at")
and people made to leave their homes ("ordered from their homes", "the evacuation order") are
paired; the tenfold gap of a part and the whole told as such ("employs 310 people", "about
3,100 people worldwide") is not."""

from __future__ import annotations

import pytest

from support import aligned_texts

PAIRED = [
    # Parts of one whole of the same value, the whole named by whose it is.
    (
        "A freight train derailed, rupturing three tank cars. In all, 23 of the train's 94 "
        "cars left the tracks at about 2:40 a.m., the Transportation Safety Board of Canada "
        "said. The board sent eight investigators to the site and said the train had been "
        "travelling at 61 km/h, below the 80 km/h limit on that stretch of line.",
        "The derailment happened at roughly 2:40 a.m. on March 14. According to the "
        "Transportation Safety Board of Canada, 32 of the 94 cars came off the rails, among "
        "them five tank cars, three of which were breached. The train was moving at about 38 "
        "mph, below the 50 mph limit for the section, the board said.",
        ("23", "32"),
    ),
    # The only figures of litres in each, the same digits ten times apart.
    (
        "Provincial environment officials estimated that about 210,000 litres of styrene had "
        "leaked from the damaged cars, some of it reaching a drainage ditch that feeds Pelly "
        "Creek. Crews had built two earthen berms by mid-afternoon to keep the liquid from "
        "spreading further.",
        "Provincial officials put the spill at an estimated 21,000 litres (about 5,500 "
        "gallons) of styrene, a flammable liquid used to make plastics and synthetic rubber. "
        "Some of it reached a drainage channel leading to Pelly Creek, and crews pushed up "
        "dirt berms to hold it back.",
        ("about 210,000 litres", "an estimated 21,000 litres"),
    ),
    # What is valued, named before the comma.
    (
        "The transaction, valued at $6.2 billion including debt, was approved on Wednesday. "
        "Harbinger reported revenue of $3.9 billion last year.",
        "The $6.7 billion transaction, which includes debt, offers holders $18.50 a share. "
        "Harbinger expects revenue of $4.1 billion this year.",
        ("$6.2 billion", "$6.7 billion"),
    ),
    # Ordered from their homes is evacuated.
    (
        "Some 3,100 people were ordered from their homes on Thursday after a freight train "
        "derailed. About 640 evacuees registered at the reception centre.",
        "Residents spent the night in church basements. The evacuation order covered about "
        "2,100 residents, town officials said.",
        ("Some 3,100 people", "about 2,100 residents"),
    ),
    # Forced to flee is evacuated too, whatever else the clause holds.
    (
        "The fire destroyed 214 homes, forcing between 3,000 and 3,500 residents to flee.",
        "Between 3,000 and 4,500 people were ordered out of their homes.",
        ("between 3,000 and 3,500 residents", "Between 3,000 and 4,500 people"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), PAIRED)
def test_worded_apart_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)


UNPAIRED = [
    # A plant's staff and the company's worldwide, the only headcounts in each.
    (
        "The plant employs 310 people and has operated since 1978.",
        "Delmont employs about 3,100 people worldwide.",
        ("310 people", "about 3,100 people"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), UNPAIRED)
def test_worded_apart_unpaired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair not in aligned_texts(text_a, text_b)
