from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract.numbers import parse_digits, parse_ordinal, parse_words, scale_of


@pytest.mark.parametrize(
    ("printed", "value", "precision"),
    [
        ("40.11", "40.11", "0.01"),
        ("350,000", "350000", "1"),
        ("37.0", "37.0", "0.1"),
        ("1,234,567.5", "1234567.5", "0.1"),
        (".5", "0.5", "0.1"),
        ("250 000", "250000", "1"),
        ("1\u202f414\u202f021", "1414021", "1"),
        ("27\u00a0500.50", "27500.50", "0.01"),
    ],
)
def test_parse_digits(printed, value, precision) -> None:
    assert parse_digits(printed) == (Decimal(value), Decimal(precision))


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one", 1),
        ("twenty-five", 25),
        ("one hundred and twenty-five", 125),
        ("a hundred", 100),
        ("three thousand four hundred", 3400),
        ("two million", 2_000_000),
        ("a dozen", 12),
        ("nineteen", 19),
    ],
)
def test_parse_words(words, value) -> None:
    assert parse_words(words) == Decimal(value)


def test_fractions_in_words() -> None:
    assert round(parse_words("two-thirds"), 6) == Decimal("0.666667")
    assert parse_words("three quarters") == Decimal("0.75")


def test_not_a_number() -> None:
    assert parse_words("several") is None


@pytest.mark.parametrize(("word", "scale"), [("billion", 10**9), ("bn", 10**9), ("k", 1000),
                                              ("Million", 10**6), (None, 1)])  # fmt: skip
def test_scale_of(word, scale) -> None:
    assert scale_of(word) == scale


@pytest.mark.parametrize(
    ("words", "value"),
    [("first", 1), ("21st", 21), ("twenty-first", 21), ("one hundred and third", 103),
     ("two hundredth", 200), ("ninety-ninth", 99)],
)  # fmt: skip
def test_parse_ordinal(words, value) -> None:
    assert parse_ordinal(words) == Decimal(value)


@pytest.mark.parametrize(
    ("words", "value"),
    [("1.5 million", "1500000"), ("half", "0.5"), ("a quarter", "0.25"), ("a half", "0.5"),
     ("two and a half", "2.5"), ("twenty five thousand and three", "25003"), ("2,000", "2000")],
)  # fmt: skip
def test_parse_words_mixed_and_fractions(words, value) -> None:
    assert parse_words(words) == Decimal(value)
