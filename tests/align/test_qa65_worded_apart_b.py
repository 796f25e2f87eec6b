"""QA round 65: figures of one fact whose measures came out worded apart. A count of times
something happened is a count of the other's noun for it when its verb names that noun ("had
rolled over 14 times", "11 consecutive rollovers"); workers who lose their jobs count jobs
("cost 3,240 workers their jobs", "eliminating 2,340 jobs"); and a sentence opening on a noun
of two words before a preposition keeps both ("Ticket sales for the draw reached")."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Occasions counted by the verb, against the noun of that verb.
        (
            "A single ticket won Saturday's jackpot, ending a run in which the top prize had "
            "rolled over 14 times since early February.",
            "A Lotto player is €18.4 million richer after a ticket scooped Saturday night's "
            "jackpot, ending a run of 11 consecutive rollovers.",
            [("14 times", "11 consecutive rollovers")],
            [],
        ),
        (
            "The launch of the weather satellite was delayed five times before it finally "
            "lifted off on Tuesday.",
            "The weather satellite finally lifted off on Tuesday after four delays.",
            [("five times", "four delays")],
            [],
        ),
        # Control: a verb that names no noun of the other's counts stays an occasion.
        (
            "The shop on Main Street has been robbed three times since the spring.",
            "The shop on Main Street sold four winning tickets this year.",
            [],
            [("three times", "four winning tickets")],
        ),
        # Workers who lose their jobs are the jobs lost.
        (
            "Kessler said it would close its plant in Valladolid over the next 18 months, "
            "eliminating 2,340 jobs.",
            "Kessler will stop making cars in Valladolid within 14 months, a decision that will "
            "cost 3,240 workers their jobs.",
            [("2,340 jobs", "3,240 workers")],
            [],
        ),
        # A noun of two words opening the sentence before a preposition.
        (
            "A single ticket sold in Ballina won Saturday's Lotto jackpot of €18,446,210. Some "
            "€12.6 million worth of tickets were sold for Saturday's draw alone, the operator "
            "said, compared with about €4 million for an ordinary draw.",
            "A Lotto player in Ballinrobe is more than €18.4 million richer after a ticket bought "
            "in the town scooped Saturday night's jackpot. Ticket sales for the draw reached "
            "€12.9 million, the National Lottery said, roughly three times the usual level.",
            [("Some €12.6 million", "€12.9 million"), ("€18,446,210", "more than €18.4 million")],
            [("about €4 million", "€12.9 million")],
        ),
        # Control: a name and its verb before a preposition are no noun of two words; the
        # bonus is still the bonus.
        (
            "Kipruto earned €100,000 for the win plus a €30,000 course-record bonus.",
            "The Kenyan collects 100,000 euros for the victory and a 50,000-euro bonus for the "
            "record.",
            [("€100,000", "100,000 euros"), ("€30,000", "50,000-euro")],
            [],
        ),
    ],
)
def test_worded_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
