"""QA round 79: counts and measures worded in different nouns or units are one fact: shipping
boxes and containers, lives claimed and the dead, a compound hyphened or not, a qualifier
standing for its noun; a measure converted and rounded by the writer agrees. Controls: near
sentences that name other things stay apart."""

from __future__ import annotations

import pytest

from support import assert_pairs, rule_messages

# Each row: article a, article b, pairs that must be found, pairs that must not.
CASES = [
    # Boxes a ship lost are its containers.
    (
        "A feeder vessel lost 74 boxes overboard in heavy seas off Jutland on Monday.",
        "The freighter shed 47 containers into the sea during the gale.",
        [("74 boxes", "47 containers")],
        [],
    ),
    # Boxes of a thing are packed ones, no containers.
    (
        "Inspectors opened 320 boxes of mangoes at the warehouse.",
        "Inspectors opened 230 containers at the warehouse.",
        [],
        [("320 boxes", "230 containers")],
    ),
    # Lives a disaster claimed are its dead.
    (
        "Dengue has killed 213 people in Paraguay since January, officials said.",
        "Paraguay's dengue epidemic has claimed 231 lives since January.",
        [("213 people", "231 lives")],
        [],
    ),
    (
        "The mudslide killed 64 people in the valley.",
        "In the valley, 46 lives were lost when the mudslide struck.",
        [("64 people", "46 lives")],
        [],
    ),
    # Lives saved are no toll.
    (
        "The flood killed 35 people in the delta, officials said.",
        "Volunteer boat crews saved 53 lives in the delta, officials said.",
        [],
        [("35 people", "53 lives")],
    ),
    # A compound hyphened or not is one noun.
    (
        "Some 12,400 season ticket holders will be refunded.",
        "About 14,200 season ticket-holders will be refunded.",
        [("Some 12,400 season ticket holders", "About 14,200 season ticket-holders")],
        [],
    ),
    # A hyphened qualifier stands for its noun.
    (
        "The college admitted 2,370 first-year students this autumn.",
        "Around 2,730 first-years enrolled at the college this autumn.",
        [("2,370 first-year students", "Around 2,730 first-years")],
        [],
    ),
    # Not a word that is no hyphened one: schools are no school places.
    (
        "The trust runs 45 schools in the county.",
        "The county has 54 school places to spare.",
        [],
        [("45 schools", "54 school places")],
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "paired", "not_paired"), CASES)
def test_round79_units(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


# Each row: article a, article b, whether FC105 flags the pair.
CONVERSIONS = [
    # 250 hectares are 617.8 acres: "620 acres" is that, rounded by the converting writer.
    ("She runs a 250-hectare dairy farm near Cork.", "She farms 620 acres near Cork.", False),
    # 700 acres are 283 hectares: no rounding of 250.
    ("She runs a 250-hectare dairy farm near Cork.", "She farms 700 acres near Cork.", True),
]


@pytest.mark.parametrize(("text_a", "text_b", "flagged"), CONVERSIONS)
def test_round79_conversion_rounded(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC105", text_a, text_b)) is flagged
