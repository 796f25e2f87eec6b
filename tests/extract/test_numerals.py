from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract.numerals import find_numbers, find_ranges


def _numbers(text: str) -> list[tuple[str, Decimal]]:
    return [(n.text, n.value) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Meta reported fourth-quarter revenue of $40.11 billion, up 25% from a year earlier.",
         [("40.11 billion", "40110000000"), ("25", "25")]),
        ("The company plans to buy approximately 350,000 NVIDIA H100 GPUs.",
         [("350,000", "350000")]),
        ("The budget is 1,674.5 million and the grant 10k, or £3.2bn over time.",
         [("1,674.5 million", "1674500000"), ("10k", "10000"), ("3.2bn", "3200000000")]),
        ("The council raised $10m while the 100m final was run.", [("10m", "10000000")]),
        ("About one hundred and twenty-five people attended.",
         [("one hundred and twenty-five", "125")]),
        ("Two-thirds of the workers, 3/4 of the managers and 2 1/4 shifts.",
         [("Two-thirds", "0.6666666666666666666666666667"), ("3/4", "0.75"),
          ("2 1/4", "2.25")]),
        ("One in five adults and one out of three children were affected.",
         [("One in five", "0.2"), ("one out of three", "0.3333333333333333333333333333")]),
        ("Temperatures dropped to minus five, the index to -4.5 and losses hit half a dozen.",
         [("minus five", "-5"), ("-4.5", "-4.5"), ("half a dozen", "6")]),
        ("The population is 1 414 021 100 and the debt 12,34,567.89 rupees.",
         [("1 414 021 100", "1414021100"), ("12,34,567.89", "1234567.89")]),
        ("India spent 13 lakh on roads and three lakh crore on the grid.",
         [("13 lakh", "1300000"), ("three lakh crore", "3000000000000")]),
        ("There are five and a half million fish and one billion and a half million stars.",
         [("five and a half million", "5500000"),
          ("one billion and a half million", "1000500000")]),
        ("The rate fell to two point five, then nought point seven five.",
         [("two point five", "2.5"), ("nought point seven five", "0.75")]),
    ],
)  # fmt: skip
def test_numbers_and_values(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _numbers(sentence) == [(text, Decimal(value)) for text, value in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Call 555-123-4567 or visit 192.168.0.1 at 10:30 on 5/17/2018.",
        "The COVID-19 update came on May 4 for the SCP-173 file.",
        "In 2023 the 5G network rolled out to Boeing 737 owners, 24/7, as after 9/11.",
        "He won a third term; the one he beat came 4th, in the 1990s, over the second half.",
        "Dozens of people and hundreds of cars; the 29km road and the 180ml bottle.",
    ],
)
def test_not_quantities(sentence: str) -> None:
    assert find_numbers(sentence) == []


def test_spans_point_at_the_text() -> None:
    text = "Sales rose to 4,000 units, about two-thirds of the target."
    for number in find_numbers(text):
        assert number.span.slice(text) == number.text
    assert [n.span.start for n in find_numbers(text)] == [14, 33]


def test_slice_of_a_text() -> None:
    text = "Page one. Then 12 people and 7 cars."
    assert [n.value for n in find_numbers(text, 10, 27)] == [Decimal(12)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Between 20 and 30 people were injured, officials said.", ["[20,30]"]),
        ("The number range is from one thousand to one thousand and five hundred.",
         ["[1000,1500]"]),
        ("Analysts expect 10-15 acquisitions and a 5k-20k budget.", ["[10,15]", "[5000,20000]"]),
        ("Nissan is planning to cut up to 700 contract workers.", ["(,700]"]),
        ("More than 1,000 homes and at least 1.5 million customers lost power.",
         ["(1000,)", "[1500000,)"]),
        ("Fewer than a thousand giant pandas still live in the wild.", ["(,1000)"]),
        ("There were five hundred or more, and 30 or fewer in the second hall.",
         ["[500,)", "(,30]"]),
        ("The fund keeps shares larger than 10 and smaller than 20.", ["(10,20)"]),
        ("It must hold no less than 194 and less than 12 tonnes.", ["[194,)", "(,12)"]),
        ("The stock traded above $170 apiece, at 12 to 15 times earnings.",
         ["(170,)", "[12,15]"]),
        ("He is over thirty years old.", ["(30,)"]),
        # A scale after a hyphen is the number's: forty billion, no range.
        ("Ottawa is running a deficit of nearly $40-billion next fiscal year.", []),
        ("Analysts expect between $34.5 billion and $37 billion in sales.",
         ["[34500000000,37000000000]"]),
        ("The score is less than or equal to 30, or equal to 5000 or less than 6000.",
         ["(,30]", "[5000,5000]", "(,6000)"]),
    ],
)  # fmt: skip
def test_ranges(sentence: str, expected: list[str]) -> None:
    assert [r.notation for r in find_ranges(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue rose from $5 billion to $7 billion in the quarter.",
        "Sales increased 10 to 12 percent.",
        "The plan will cost £10m over three years.",
        "Consumer prices, which were about 3.1%, held.",
        "Between 2019 and 2023 the firm grew.",
    ],
)
def test_not_ranges(sentence: str) -> None:
    assert find_ranges(sentence) == []


def test_range_span_and_ends() -> None:
    text = "Officials said between 20 and 30 people were hurt."
    [found] = find_ranges(text)
    assert found.span.slice(text) == found.text == "between 20 and 30"
    assert (found.low, found.high, found.low_closed, found.high_closed) == (
        Decimal(20), Decimal(30), True, True)  # fmt: skip


def test_a_count_after_a_name_is_a_number() -> None:
    # QA: "gave the Civic Alliance 104 seats" lost 104 as if part of a name ("Boeing 737").
    text = "Final figures gave the Civic Alliance 104 seats, while Boeing 737 jets stayed."
    assert _numbers(text) == [("104", Decimal(104))]
