"""Review of the round 83 figure pairs: facts worded apart stay paired, and the pairs that
reached too far are narrowed. A bare "$" printed as the other's bracketed conversion is that
converted dollar, not the other's named one; plain "people" are no count of officers or staff
on duty; two new levels from one old level pair only when both changes went the same way,
over the same period, and the levels are close."""

import pytest

from support import aligned_texts, rule_messages

_CONVERTED_A = (
    "Sydney — The premier announced A$2.4 billion ($1.56 billion) over ten years for new rail "
    "lines."
)


@pytest.mark.parametrize(
    ("text_b", "pair", "paired"),
    [
        # The bare "$" amount is the other's bracketed conversion: this outlet's "$" is that
        # dollar, so its other sum is no A$ to set against the A$ one.
        (
            "Brisbane — The premier pledged $1.56 billion over ten years for new rail lines, "
            "and the network is worth $6.2 billion a year.",
            ("A$2.4 billion", "$6.2 billion a year"),
            False,
        ),
        # The conversion and the amount printed alike stay one figure.
        (
            "Brisbane — The premier pledged $1.56 billion over ten years for new rail lines, "
            "and the network is worth $6.2 billion a year.",
            ("$1.56 billion", "$1.56 billion"),
            True,
        ),
        # With no amount printed as the conversion, the Australian outlet's "$" is still A$.
        (
            "Brisbane — The premier pledged $2.9 billion over ten years for new rail lines.",
            ("A$2.4 billion", "$2.9 billion"),
            True,
        ),
    ],
)
def test_bare_dollar_as_the_conversion(text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(_CONVERTED_A, text_b)) is paired


def test_bare_dollar_as_the_conversion_no_conflict() -> None:
    text_b = (
        "Brisbane — The premier pledged $1.56 billion over ten years for new rail lines, and "
        "the network is worth $6.2 billion a year."
    )
    assert rule_messages("FC105", _CONVERTED_A, text_b) == []


_DISORDER_A = (
    "Police said between 200 and 250 people were involved in fighting outside the ground "
    "after the match."
)


@pytest.mark.parametrize(
    ("text_b", "pair", "paired"),
    [
        # Those on duty are another headcount than the people caught up in the trouble.
        (
            "Between 200 and 400 officers were deployed outside the ground, police said.",
            ("between 200 and 250 people", "Between 200 and 400 officers"),
            False,
        ),
        (
            "Between 200 and 400 staff were on duty outside the ground, the club said.",
            ("between 200 and 250 people", "Between 200 and 400 staff"),
            False,
        ),
        (
            "Between 200 and 400 volunteers were stewarding outside the ground after the match.",
            ("between 200 and 250 people", "Between 200 and 400 volunteers"),
            False,
        ),
        (
            "Between 200 and 400 troops were sent to patrol outside the ground after the match.",
            ("between 200 and 250 people", "Between 200 and 400 troops"),
            False,
        ),
    ],
)
def test_people_are_no_staff_on_duty(text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(_DISORDER_A, text_b)) is paired
    assert rule_messages("FC105", _DISORDER_A, text_b) == []


def test_people_and_a_crowd_still_pair() -> None:
    # Plain people and the passengers of one tram are still one headcount.
    pairs = aligned_texts(
        "The Citytram, which was carrying between 70 and 90 passengers, came off the rails "
        "near the bridge.",
        "The tram had between 70 and 110 people on board when it came off the rails.",
    )
    assert ("between 70 and 90 passengers", "between 70 and 110 people") in pairs


_FARES = (
    "BOSTON, May 4 — The port board voted on Monday to change ferry pricing from March.\n\n"
    "Weekend crossings will be cheaper, with the ticket dropping to $3.20 from $5.40 for trips "
    "on Saturdays and Sundays.\n\nThe board expects the change to raise $12 million a year.",
    "BOSTON — Weekday ferry riders will pay more from March after the port board approved new "
    "pricing on Monday.\n\nThe ticket for weekday crossings will climb from $5.40 to $7.10.\n\n"
    "The board expects the change to raise $12 million a year.",
)

_GRANT_B = (
    "LEEDS, England — The Grand Opera will see its council grant drop from £3.5 million to "
    "£1.2 million{by} under a plan agreed by councillors on Monday.\n\n"
    "The council must close a £40 million shortfall."
)


def _grant_a(level: str, when: str) -> str:
    return (
        "LEEDS, England, March 3 — Leeds City Council voted on Monday to reduce its yearly grant "
        f"to the Grand Opera to {level} from £3.5 million{when} as it tries to close a £40 "
        "million shortfall.\n\nThe opera said it would cancel some shows."
    )


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # Opposite directions are two changes: a weekend fare falls, a weekday fare rises.
        (*_FARES, ("$3.20", "$7.10"), False),
        # Two stages of one plan, their periods apart and their levels twice apart.
        (
            _grant_a("£2.6 million", " next year"),
            _GRANT_B.format(by=" by 2028"),
            ("£2.6 million", "£1.2 million"),
            False,
        ),
        # Levels 1.6 times apart, one stated for a year the other leaves open: two stages.
        (
            _grant_a("£1.9 million", ""),
            _GRANT_B.format(by=" by 2028"),
            ("£1.9 million", "£1.2 million"),
            False,
        ),
        # New levels twice apart are two levels, not one told apart.
        (
            _grant_a("£2.6 million", ""),
            _GRANT_B.format(by=""),
            ("£2.6 million", "£1.2 million"),
            False,
        ),
        # One cut the same way, over no period told apart, its new level 1.6 times apart:
        # still one level, and its conflict reported.
        (
            _grant_a("£1.9 million", ""),
            _GRANT_B.format(by=""),
            ("£1.9 million", "£1.2 million"),
            True,
        ),
    ],
)
def test_two_new_levels(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired
    assert bool(rule_messages("FC105", text_a, text_b)) is paired
