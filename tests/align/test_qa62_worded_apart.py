"""QA round 62: one figure whose two outlets word it apart, misprinted: the same digits under
scale words a thousand apart in sentences that share other words, digits swapped where one
measure's subject is named in the other's sentence, and digits swapped in the unit printed
(not the one compared), are paired; two amounts that only chance alike are not, nor one
tally counted over two first spans ("in its first year", "in its first 18 months")."""

from __future__ import annotations

import pytest

from support import aligned_texts

PAIRED = [
    # The same digits a scale word apart, sentences sharing words away from the figure; a
    # sum one calls "combined" is no basis of its own against the same digits.
    (
        "The regulator found that between 2016 and 2022 the bank failed to flag 4,700 "
        "transactions worth a combined €1.9 billion that showed signs of money laundering, "
        "including large cash deposits split into smaller amounts and transfers to shell "
        "companies in high-risk jurisdictions.",
        "In all, 7,400 transactions worth €1.9 million went unreported, according to the "
        "Financial Markets Authority (FMA), which said many involved cash deposits broken into "
        "smaller sums and payments routed to shell companies abroad.",
        ("€1.9 billion", "€1.9 million"),
    ),
    (
        "The agency, which distributes about £2.1 billion a year in research funding, said it "
        "had frozen the remaining payments on the grant while it carried out its own review.",
        "The money formed part of a £6.2 million grant awarded in 2019 by the National "
        "Research Funding Agency, a body that hands out about £2.1 million a year.",
        ("about £2.1 billion a year", "about £2.1 million a year"),
    ),
    (
        "The plan also sets aside C$1.5 billion to help open factories that build modular and "
        "prefabricated homes.",
        "A separate C$1.5 million fund is meant to kick-start factories for modular housing.",
        ("C$1.5 billion", "C$1.5 million"),
    ),
    # Two digits swapped (a zero among them), one measure's subject named in the other's
    # sentence but left out of its measure.
    (
        "The plan promises 1.2 million new homes over ten years. Under the plan, Ontario is "
        "expected to deliver 480,000 homes, Quebec 260,000, British Columbia 210,000 and "
        "Alberta 140,000.",
        "Ottawa promises 1.2 million homes within 10 years. Ontario, the most populous "
        "province, carries the biggest quota at 408,000 homes. "
        "Quebec has been asked for 260,000 and British Columbia for 210,000, while Alberta’s "
        "target is 140,000.",
        ("480,000 homes", "408,000 homes"),
    ),
    (
        "The Bureau of Land Management on Tuesday approved Ridgeline Lithium Corp’s Thacker "
        "Flat project, clearing the way for a $2.3 billion open-pit mine that backers say "
        "could eventually supply enough lithium for 800,000 electric vehicles a year.",
        "Federal land managers on Tuesday signed off on a sprawling lithium mine in Humboldt "
        "County, handing Ridgeline Lithium Corp. approval for a $3.2 billion project that "
        "opponents say will drain groundwater.",
        ("$2.3 billion", "$3.2 billion"),
    ),
    # Two digits swapped in the hours printed, not in the minutes spans are compared in.
    (
        "Its last heavy maintenance check was completed in November 2023, and it had flown "
        "about 1,240 hours since then. The runway was closed for 2.5 hours.",
        "The aircraft last went through a heavy maintenance check in November 2023 and had "
        "logged 1,420 flight hours since, according to maintenance records. The main runway "
        "stayed shut for 150 minutes.",
        ("about 1,240 hours", "1,420 flight hours"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), PAIRED)
def test_misprinted_worded_apart_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)


UNPAIRED = [
    # Control: the same digits a scale word apart, the sentences sharing no word of their own.
    (
        "The club paid a transfer fee of £2.1 million for the striker.",
        "Shares in the parent group lost about £2.1 billion of value on Tuesday.",
        ("£2.1 million", "about £2.1 billion"),
    ),
    # Control: digits swapped, neither sentence naming the other's subject.
    (
        "Under the plan, Ontario is expected to deliver 480,000 homes.",
        "Quebec has been asked for 408,000 homes.",
        ("480,000 homes", "408,000 homes"),
    ),
    # One number counted over two spans from the start: two forecasts, not one.
    (
        "The airline expects to carry about 120,000 passengers on the route in its first year.",
        "Meridia expects the route to attract about 120,000 passengers in its first 18 months, "
        "it said.",
        ("about 120,000 passengers", "about 120,000 passengers"),
    ),
    (
        "The service drew 4,500 subscribers during its first two weeks.",
        "It signed up 4,500 subscribers in its first month.",
        ("4,500 subscribers", "4,500 subscribers"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), UNPAIRED)
def test_worded_apart_unpaired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair not in aligned_texts(text_a, text_b)


SAME_SPAN = [
    # Control: one first span told two ways, or told by one article only, is one tally.
    (
        "The airline expects to carry about 120,000 passengers on the route in its first year.",
        "Meridia expects the route to attract about 120,000 passengers in its first 12 months.",
        ("about 120,000 passengers", "about 120,000 passengers"),
    ),
    (
        "The airline expects to carry about 120,000 passengers on the route in its first year.",
        "Meridia expects the route to attract about 120,000 passengers.",
        ("about 120,000 passengers", "about 120,000 passengers"),
    ),
    (
        "The service drew 4,500 subscribers during its first two weeks.",
        "It signed up 4,500 subscribers in the first fortnight, or in its first 2 weeks.",
        ("4,500 subscribers", "4,500 subscribers"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), SAME_SPAN)
def test_one_first_span_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)
