"""Review 82 regressions: a team's size is staff only when an employer owns the team; a record
scoped by an era is the claim another article dates by a year or counts in years (FC113); a
dropped count of sources keeps out of the next figure's measure."""

from __future__ import annotations

import pytest

from support import assert_pairs, figure_printed, rule_messages


@pytest.mark.parametrize(
    ("sentence", "printed", "unit"),
    [
        ("A 52-strong rescue team searched the collapsed factory.", "52-strong", "people"),
        ("A 30-strong search team combed the hillside above Keswick.", "30-strong", "people"),
        ("An 18-strong medical team flew in from Lyon on Friday.", "18-strong", "people"),
        ("A search team of 35 people combed the woods overnight.", "35 people", "people"),
        # An employer's team, or a workforce, is its staff.
        ("The carmaker's 400-strong design team moved to Turin.", "400-strong", "employee"),
        ("Its 75-strong sales team missed the annual target.", "75-strong", "employee"),
        ("The 2,200-strong workforce faces cuts next spring.", "2,200-strong", "employee"),
        ("The lender expanded its fraud team to 140 people.", "140 people", "employee"),
    ],
)  # fmt: skip
def test_team_size_is_staff_only_when_an_employer_owns_it(
    sentence: str, printed: str, unit: str
) -> None:
    assert figure_printed(sentence, printed).unit == unit


def test_rescue_team_is_not_the_factorys_staff() -> None:
    a = "A 52-strong rescue team searched the collapsed factory."
    b = "The factory has 60 employees."
    assert_pairs(a, b, [], [("52-strong", "60 employees")])
    assert rule_messages("FC105", a, b) == []


def test_rescue_team_sizes_still_pair() -> None:
    assert_pairs(
        "A 26-strong recovery team reached the wreck shortly after dawn.",
        "A recovery team of 30 people reached the wreck shortly after dawn.",
        [("26-strong", "30 people")],
        [],
    )


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        ("It was the worst quarter for banks since the financial crisis, with $4 billion lost.",
         "Banks lost $4 billion, their worst quarter since 2009.", False),
        ("Unemployment hit its highest level since the Great Depression at 14.7%.",
         "Unemployment rose to 14.7%, the highest since the 1930s.", False),
        ("Prices are the highest since the Second World War, at 9%.",
         "Prices are the highest in 40 years, at 9%.", False),
        ("Copper exports fell to their lowest level since the Cold War, at $2 billion.",
         "Copper exports fell to $2 billion, their lowest in more than three decades.", False),
        # No run said, or another superlative: no one else makes the claim.
        ("Insurers had their worst year since the financial crisis, with claims of $7 billion.",
         "Insurers paid claims of $7 billion last year, up from 2009.", True),
        ("Insurers had their worst year since the financial crisis, with claims of $7 billion.",
         "Insurers paid claims of $7 billion, their best year since 2009.", True),
    ],
)  # fmt: skip
def test_era_record_made_with_a_year_elsewhere(text_a: str, text_b: str, flagged: bool) -> None:
    messages = rule_messages("FC113", text_a, text_b)
    assert any("in a:" in message for message in messages) is flagged


@pytest.mark.parametrize(
    ("sentence", "printed", "kept_out", "kept"),
    [
        ("Five officials said they would not comment on the 30 arrests.", "30 arrests",
         {"five", "official"}, {"comment"}),
        ("Three diplomats said the 14 expulsions were unlawful.", "14 expulsions",
         {"three", "diplomat"}, {"unlawful"}),
        ("Two senior aides said they would not discuss the 9 resignations.", "9 resignations",
         {"two", "aide"}, set()),
        # A source named, not counted, is left as it was.
        ("Police said they would not comment on the 30 arrests.", "30 arrests",
         set(), {"police"}),
    ],
)  # fmt: skip
def test_dropped_source_count_keeps_out_of_next_measure(
    sentence: str, printed: str, kept_out: set[str], kept: set[str]
) -> None:
    measure = {word.casefold() for word in figure_printed(sentence, printed).measure}
    assert not measure & kept_out
    assert kept <= measure


def test_people_who_said_remain_a_figure() -> None:
    assert figure_printed("Five people said they saw the 30 arrests.", "Five people").value == 5
