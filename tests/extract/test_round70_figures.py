"""Round 70: figures the extractor never read (QA round 70)."""

from __future__ import annotations

import pytest

from support import figures_of

# A ratio to one, after a ratio word in its clause or before "ratio": its first number the value.
RATIOS = [
    ("The laboratory found a testosterone-to-epitestosterone ratio of 9.4 to 1, more than twice "
     "the permitted limit of 4 to 1.", ["9.4", "4"]),
    ("The sample also showed a testosterone-to-epitestosterone ratio of 4.9 to 1, above the 4 to "
     "1 threshold, the UCI said.", ["4.9", "4"]),
    ("Women outnumber men in the programme by a 3:1 ratio.", ["3"]),
    ("The ratio of applicants to places was 12:1 this year.", ["12"]),
    ("His T/E reading was 6:1, the laboratory said.", ["6"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "values"), RATIOS)
def test_ratio_to_one(sentence: str, values: list[str]) -> None:
    ratios = [f for f in figures_of(sentence) if f.unit == "ratio"]
    assert [str(f.value) for f in ratios] == values


# No ratio: odds, a vote, and a vote in a sentence that names a ratio before it.
NOT_RATIOS = [
    "The bookmakers had him at 5 to 1 before the race.",
    "The committee voted 5 to 1 in favour.",
    "The ratio of nurses to patients is 1 to 4, and the board voted 9 to 1 against.",
]


@pytest.mark.parametrize("sentence", NOT_RATIOS)
def test_no_ratio(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.unit == "ratio"]


def test_vote_after_a_ratio_stays_a_tally() -> None:
    sentence = "The ratio of nurses to patients is 1 to 4, and the board voted 9 to 1 against."
    votes = [str(f.value) for f in figures_of(sentence) if f.unit == "vote"]
    assert votes == ["9", "1"]


# A toll's number, though the words between "toll" and its verb hold another figure.
TOLLS = [
    ("More than four million children have received a measles shot, even as the toll from the "
     "island's worst outbreak in five years rose to 29.", "29"),
    ("The death toll from the 2 March earthquake rose to 40 on Sunday.", "40"),
    ("The toll from the storm, the worst in 30 years, climbed to 17.", "17"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value"), TOLLS)
def test_toll_past_another_figure(sentence: str, value: str) -> None:
    dead = [f for f in figures_of(sentence) if f.unit == "people dead"]
    assert [str(f.value) for f in dead] == [value]


# An age range opened by an infant's age in months: one range of ages in years.
AGE_RANGES = [
    ("The campaign targeted children aged between 6 months and 14 years in all twenty-two "
     "regions of the island.", "aged between 6 months and 14 years", ("0.5", "14")),
    ("Health Minister Hanta Rakotoarisoa said 4.26 million children aged 6 months to 15 years "
     "had been vaccinated.", "aged 6 months to 15 years", ("0.5", "15")),
    ("Infants aged 9 months to 5 years old will get a second dose.", "9 months to 5 years old",
     ("0.75", "5")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "ends"), AGE_RANGES)
def test_age_range_from_months(sentence: str, printed: str, ends: tuple[str, str]) -> None:
    ages = [f for f in figures_of(sentence) if f.unit == "years old"]
    assert [(f.text, str(f.low), str(f.high)) for f in ages] == [(printed, *ends)]


def test_age_in_months_alone_is_no_age_range() -> None:
    figures = figures_of("The children, aged 18 months, were treated at the clinic.")
    assert [(f.text, f.unit) for f in figures] == [("18 months", "month")]
