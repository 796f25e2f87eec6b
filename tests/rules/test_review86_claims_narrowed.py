"""Review 86: false alarms from review 85's one-sided claims, and a conflict it lost.

FC113 counts a superlative told by its act as a record only when nothing after the act bounds
it ("in Australia", "ever", "in history", the kind of case); an act within the event ranks
("handed down to the six defendants", "recorded in the race", "sold at the auction", "measured
during the heatwave"). FC115's forecast of how long a state lasts is no term "under the deal",
nor told alone when another article ends it on the same year; "pressured" is play, no
inducement; neglect is upkeep only, not "tested" or "updated". A "when" clause dated to a month
of the news's own (its dateline's) still pairs with a figure the other article tells on a
weekday.
"""

from __future__ import annotations

import pytest

from support import assert_pairs, rule_messages

OTHER = "Officials gave no further details."


def _flagged(rule: str, text: str, other: str = OTHER) -> bool:
    return bool(rule_messages(rule, text, other))


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A record over all time: a named place, the kind of case after it, "ever".
        ("The term is the longest handed down in Scotland for a tax fraud.",
         "The accountant was jailed for eleven years on Monday.", True),
        ("The penalty is the largest ever imposed.", "The bank was fined on Monday.", True),
        # Negative: the act ranks within the event.
        ("Her brother got seven years, the longest handed down to the four accused.",
         "Four people were jailed on Monday.", False),
        ("Verstappen set the fastest lap recorded in the race on lap 50.",
         "Verstappen won in Austin.", False),
        ("The Hockney was the most expensive lot sold at the auction.",
         "The sale raised $90 million.", False),
        ("Seville reached 45C, the highest temperature measured in the region during the heatwave.",
         "The heatwave ended on Sunday.", False),
        ("It was the largest crowd recorded at the ground this season.",
         "The match drew 41,000 fans.", False),
        ("The bid was the highest received among the six tenders.",
         "The council picked a builder.", False),
    ],
)  # fmt: skip
def test_record_by_its_act(text: str, other: str, flagged: bool) -> None:
    assert _flagged("FC113", text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A forecast of how long a harm lasts, told by no other article.
        ("The pier will remain closed until at least June.", OTHER, True),
        # Negative: a contract's term, and the same end told in other words.
        ("The midfielder will stay at the club until at least 2030 under the agreement.",
         OTHER, False),
        ("The midfielder will remain at the club until at least 2030.",
         "He signed a contract that runs until 2030, the club said.", False),
    ],
)  # fmt: skip
def test_duration(text: str, other: str, flagged: bool) -> None:
    assert _flagged("FC115", text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # An inducement and neglect of upkeep, still flagged.
        ("Three councillors abstained after being promised seats on the board.", OTHER, True),
        ("The ventilation ducts had not been cleaned since 2022.", OTHER, True),
        # Negative: play on the pitch, a goalkeeper untested, a toll not updated, a first.
        ("The defender lost the ball after being pressured by the winger.", OTHER, False),
        ("The goalkeeper had not been tested since the opening minutes.", OTHER, False),
        ("The count for the northern district has not been updated since Monday.", OTHER, False),
        ("The drug has never been tested in pregnant women.", OTHER, False),
        ("The device has not been certified since the rules changed.", OTHER, False),
    ],
)  # fmt: skip
def test_motive_and_neglect(text: str, other: str, flagged: bool) -> None:
    assert _flagged("FC115", text, other) is flagged


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A "when" clause dated to the news's own month and a weekday: one occasion, the tolls
        # pair.
        (
            "MANILA, Aug 12 (Reuters) - When the typhoon made landfall in August, 9 people "
            "were killed.",
            "MANILA, Aug 12 - The typhoon killed 11 people when it made landfall on Sunday.",
            [("9 people", "11 people")],
            [],
        ),
        # Negative: a month other than the dateline's is an earlier occasion than Sunday's.
        (
            "MANILA, Dec 3 (Reuters) - When the typhoon made landfall in August, 9 people "
            "were killed.",
            "MANILA, Dec 3 - The typhoon killed 11 people when it made landfall on Sunday.",
            [],
            [("9 people", "11 people")],
        ),
        # Negative: a year's "when" clause is another occasion than the news day's.
        (
            "The worst flooding came in 2011, when 9 people were killed.",
            "The typhoon killed 11 people when it made landfall on Sunday.",
            [],
            [("9 people", "11 people")],
        ),
        # Negative: another month is another occasion.
        (
            "When the typhoon made landfall in August, 9 people were killed.",
            "A storm in October killed 11 people.",
            [],
            [("9 people", "11 people")],
        ),
    ],
)
def test_when_clause_and_weekday(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
