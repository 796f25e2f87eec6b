"""QA round 62: one figure whose two outlets word it apart, misprinted: the same digits under
scale words a thousand apart in sentences that share other words, and digits swapped where
one measure's subject is named in the other's sentence, are paired; two amounts that only
chance alike are not."""

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
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), UNPAIRED)
def test_misprinted_worded_apart_controls(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair not in aligned_texts(text_a, text_b)
