"""Review of round 83's tolls: a number of people with no noun after the toll's verb that governs
it ("sickened 31 people and killed two", "two have died"), the toll of a count taken from its own
verb, not a later one's, and a part of a group a pronoun names ("27 of them have been
hospitalized") counting people with its verb's toll."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of, rule_messages

_TOLL_UNITS = {"people dead", "people injured", "people in hospital", "people missing"}


@pytest.mark.parametrize(
    ("text", "printed", "unit", "value"),
    [
        # A finite toll verb before a bare number governs it.
        ("The landslide buried 40 homes and killed three, the mayor said.", "three",
         "people dead", 3),
        ("The tornado killed 9 and injured 57 others in the county.", "9", "people dead", 9),
        ("A gunman wounded four before police arrived.", "four", "people injured", 4),
        ("The fire killed at least 11, officials said.", "at least 11", "people dead", 11),
        ("The bus crash in the pass kills 6, injures 20", "6", "people dead", 6),
        # A toll in the perfect, and "one" in a toll's list.
        ("Fifty people have fallen sick and three have died.", "three", "people dead", 3),
        ("Two have been hospitalised and one has died.", "one", "people dead", 1),
        ("Nine were admitted to hospital and two have since died.", "two", "people dead", 2),
        ("The vans collided on the bridge and one was killed.", "one", "people dead", 1),
        # A part of a group no count names, with its verb's toll.
        ("The climbers are aged 24 to 60, and 5 of them have been hospitalised.", "5 of them",
         "people in hospital", 5),
        ("Residents were moved overnight. Three of them, all over 80, have died.",
         "Three of them", "people dead", 3),
        ("Medics treated the passengers at the scene. Four of those have since died.",
         "Four of those", "people dead", 4),
    ],
)  # fmt: skip
def test_bare_toll_is_read_with_its_verb(text: str, printed: str, unit: str, value: int) -> None:
    found = {f.text: f for f in figures_of(text)}
    assert printed in found, list(found)
    assert found[printed].unit == unit
    assert found[printed].value == value


@pytest.mark.parametrize(
    ("text", "printed", "unit"),
    [
        # A later verb's toll is its own number's, not the count's before it.
        ("The fumes sickened 64 people and killed two.", "64 people", "people"),
        ("The quake killed at least 87 people and injured 1,240, officials said.",
         "at least 87 people", "people dead"),
        ("A 2016 outbreak sickened 120 people and killed 14.", "120 people", "people"),
        # A passive's participle is the count's toll, the number after it a distance.
        ("Twelve miners were killed 2 km below the surface.", "Twelve miners", "people dead"),
    ],
)  # fmt: skip
def test_count_takes_the_toll_of_its_own_verb(text: str, printed: str, unit: str) -> None:
    found = {f.text: f for f in figures_of(text)}
    assert printed in found, list(found)
    assert found[printed].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the deal killed two birds with one stone.",
        "Two of them said the water had tasted odd for weeks.",
        "The squalls blew for hours, but by evening the two have died down.",
        "The journalist was killed in 2019.",
        "She died at 3 in the morning.",
        "The founder died aged 71.",
        "Both victims were in their 70s.",
        "One of them was the mayor.",
        "No one has died and no one was injured.",
        "The world No. 2 was injured in March.",
        "The floods killed more than 5,000 head of cattle.",
        "Twelve miners were killed 2 km below the surface.",
        "The passengers were checked at the scene, and 23 of them were from Ohio.",
        "Medics checked the passengers at the scene. Four of those have since gone home.",
        "The feud between the two has since died away.",
        "Forty sheep were found in the field, and 12 of which had died.",
        "The winger, hurt 3 times last season, is fit again.",
        "The virus killed 1 in 10 of those infected.",
    ],
)
def test_no_bare_toll_where_no_number_of_people_is(text: str) -> None:
    tolls = [(f.text, f.unit) for f in figures_of(text) if f.unit in _TOLL_UNITS]
    assert all(printed.startswith("Twelve") for printed, _ in tolls), tolls


_SICKENED = "The outbreak has sickened 52 people and killed three, county health officials said."
_FALLEN_ILL = "Fifty-two people have fallen ill and three have died, county health officials said."


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        (_SICKENED, _FALLEN_ILL, [("52 people", "Fifty-two people"), ("three", "three")],
         [("52 people", "three"), ("three", "Fifty-two people")]),
        ("The storm killed 12 and injured 40 others across the region, police said.",
         "Police said 12 people died and 40 were injured across the region in the storm.",
         [("12", "12 people"), ("40 others", "40")], [("12", "40"), ("40 others", "12 people")]),
    ],
)  # fmt: skip
def test_tolls_pair_with_their_own(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    pairs = aligned_texts(text_a, text_b)
    for pair in paired:
        assert pair in pairs, pairs
    for pair in not_paired:
        assert pair not in pairs, pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        (_SICKENED, _FALLEN_ILL.replace("three have died", "four have died"), True),
        (_SICKENED, _FALLEN_ILL, False),
        # Speakers are no toll: nothing to set against the dead.
        ("The gas leak at the plant killed four, the fire chief said on Tuesday.",
         "Workers at the gas plant were questioned on Tuesday. Two of them said the alarm never "
         "sounded.", False),
        ("The gas leak at the plant killed four, the fire chief said on Tuesday.",
         "The gas leak at the plant killed two birds with one stone, the fire chief said.", False),
    ],
)  # fmt: skip
def test_death_tolls_conflict_only_when_they_differ(
    text_a: str, text_b: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC105", text_a, text_b)) is flagged
