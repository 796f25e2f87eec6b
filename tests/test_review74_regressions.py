"""Review 74: regressions a reviewer found in the round-73 changes. A count in a compound noun
counts its head ("40 apartment buildings" are buildings, not apartments), unless the head is a
role the qualifier fills ("14,200 merchant customers" are merchants); book signings are no
players, and contracts won no tenders rigged. A thing that "began three weeks ago" and has
ended tells no duration. A plural subject that counts nothing ("Markets fell to 7,400") makes
no count of its level."""

from __future__ import annotations

import pytest

from support import aligned_texts, rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The fire destroyed 40 apartment buildings in the district, officials said.",
            "The fire destroyed about 200 apartments in the district, officials said.",
        ),
        (
            "The storm damaged 30 school buses in the county.",
            "The storm forced 300 schools in the county to close.",
        ),
        (
            "The ministry said it would add 500 hospital beds in the region.",
            "The ministry said it would build three hospitals in the region.",
        ),
        (
            "The drought has hit 3,000 farm workers in the province.",
            "The drought has hit 12,000 farms in the province.",
        ),
        (
            "The author held 40 book signings across the country last year.",
            "The author, who signed 12 players to his literary agency, toured the country.",
        ),
        (
            "Prosecutors said the group rigged 64 public tenders between 2018 and 2022.",
            "Prosecutors said the group won 40 contracts worth 30 million euros between 2018 "
            "and 2022.",
        ),
        # A strike dated by its start, and ended since, lasted no "three weeks".
        (
            "The strike, which began three weeks ago, ended on Monday after a deal on pay.",
            "The strike ended on Monday after 16 days, when the union accepted a deal on pay.",
        ),
    ],
)
def test_no_false_mismatch(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []
    assert aligned_texts(text_a, text_b) == []


@pytest.mark.parametrize(
    "text",
    [
        "The strike, which began three weeks ago, has shut every port in the country.",
        "The strike, which began three weeks ago, has not ended despite a new offer on pay.",
    ],
)
def test_a_strike_still_going_lasts_since_it_began(text: str) -> None:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    figures = extract(article_from_text(f"A\n\n{text}\n", article_id="a")).figures
    assert [figure.text for figure in figures if "three weeks" in figure.text]


def test_a_compound_count_of_as_many_still_pairs() -> None:
    # Any head pairs where both count as many: no mismatch is told, the count is corroborated.
    pairs = aligned_texts(
        "The C$2.4 billion skills-training program has created 85,000 apprenticeship places.",
        "The C$2.4-billion skills program has so far funded 85,000 apprenticeships.",
    )
    assert ("85,000 apprenticeship places", "85,000 apprenticeships") in pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Markets fell to 7,400 in early trading.",
        "Winds reached 140 on the coast.",
        "Speeds topped 200 on the straight.",
        "Premiums rose to 1,320 on average.",
        "Salaries rose to 42,000 on average.",
        "Rents rose to 1,450 a month in the capital.",
        "Pensions rose to 1,100 a month.",
        "Bills rose to 2,500 a year.",
        "Wages climbed to 31,000 on average.",
        "Temperatures reached 41 in the south.",
    ],
)
def test_a_level_is_no_count(sentence: str) -> None:
    from factcheck.extract import extract
    from factcheck.load import article_from_text
    from factcheck.models import FigureKind

    figures = extract(article_from_text(f"A\n\n{sentence}\n", article_id="a")).figures
    assert [figure for figure in figures if figure.kind is FigureKind.COUNT] == []
