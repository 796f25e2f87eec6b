"""Review 80 (rev3) items 7 and 8: a surname or a company named like a stock index gives no
index level; a story's "Another <event>" opening on its own event still pairs with the other
article's telling of it, while another case on another day stays apart."""

from __future__ import annotations

import pytest

from support import assert_pairs, figures_of


def _points(text: str) -> list[str]:
    return [figure.text for figure in figures_of(text) if figure.unit == "points"]


# (sentence, levels in points it must give): "Russell" and "Dow" as a cricketer, a surname
# or a company are no index; "Russell 2000", "the Dow", "Dow Jones" are.
INDEX_NAMES = [
    ("Russell reached 100 in 45 balls as the West Indies won by six wickets.", []),
    ("Opener Jack Russell made 128 as the visitors drew the second Test.", []),
    ("Dow hit 104 from 80 balls before he was caught at slip.", []),
    ("Shares in Dow Inc closed at 152 on Tuesday after the results.", []),
    ("Dow Chemical shares rose 3% to 161 in early trade.", []),
    ("The small-cap Russell 2000 fell 2.1% to 2,010.4 on Friday.", ["2,010.4"]),
    ("The Dow fell 1,140 points, or 2.7%, to 41,020 on Monday.", ["41,020"]),
    ("Wall Street's Dow closed at 39,870 on Thursday.", ["39,870"]),
    ("The Dow Jones fell 0.4% to 38,655.2 by midday.", ["38,655.2"]),
]


@pytest.mark.parametrize(("text", "levels"), INDEX_NAMES)
def test_only_an_index_named_as_one_gives_a_level(text: str, levels: list[str]) -> None:
    assert _points(text) == levels


# (article a, article b, pairs that must be found, pairs that must not).
ANOTHER = [
    # A bare "another" opening on the event both tell, on its day or at its place: one event.
    (
        "Another attack on the pipeline on Tuesday cut gas to 20,000 homes, officials said.",
        "An attack on the pipeline on Tuesday cut gas to 30,000 homes, officials said.",
        [("20,000 homes", "30,000 homes")],
        [],
    ),
    (
        "Another crash on the A1 on Sunday left 3 people dead, police said.",
        "Four people died in a crash on the A1 on Sunday, police said.",
        [("3 people", "Four people")],
        [],
    ),
    (
        "Another outbreak of bird flu has been confirmed at a farm in Norfolk, where 12,000 "
        "birds will be culled.",
        "Bird flu has been confirmed at a farm in Norfolk, where 15,000 birds will be culled.",
        [("12,000 birds", "15,000 birds")],
        [],
    ),
    (
        "Another robbery at the Gorsley branch on Wednesday netted £14,000, police said.",
        "Robbers took £19,000 from the Gorsley branch on Wednesday, police said.",
        [("£14,000", "£19,000")],
        [],
    ),
    # Another case on another day, or in another year, or with nothing shared: kept apart.
    (
        "An attack on the pipeline on Saturday cut gas to 30,000 homes, officials said.",
        "Another attack on the pipeline on Monday cut gas to 20,000 homes, officials said.",
        [],
        [("30,000 homes", "20,000 homes")],
    ),
    (
        "The scam cost the council $2.3 million in 2024, auditors said.",
        "Another scam in 2019 cost the council $3.1 million.",
        [],
        [("$2.3 million", "$3.1 million")],
    ),
    (
        "The fraud cost the council $2.3 million, auditors said.",
        "Another scam uncovered by auditors cost taxpayers $3.1 million.",
        [],
        [("$2.3 million", "$3.1 million")],
    ),
    # "A similar/separate case" stays another case whatever the two share.
    (
        "The clinic billed insurers $4.2 million on Friday, prosecutors said.",
        "A similar scheme at the clinic on Friday involved $5.5 million, prosecutors said.",
        [],
        [("$4.2 million", "$5.5 million")],
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "paired", "apart"), ANOTHER)
def test_another_event_pairs_only_when_it_is_the_same_one(
    text_a: str, text_b: str, paired: list[tuple[str, str]], apart: list[tuple[str, str]]
) -> None:
    assert_pairs(text_a, text_b, paired, apart)
