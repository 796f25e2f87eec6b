"""Review 79 (#3, #4): true findings the round-78 pairing rules lost or made up. The one fine
imposed each article names is one fine only where no two periods are told and the sentences
share who pays it or what for; contracts rigged or colluded on are tenders only where the
other article counts tenders, not from their own sentence alone."""

from __future__ import annotations

import pytest

from support import assert_pairs, rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # The reviewer's: another offence, another year, another payer.
        (
            "He was fined $5,000 for contempt.",
            "He must pay a $500 fine for a parking offence, court records show.",
        ),
        (
            "The airline was fined $1.2 million for delays in 2023.",
            "The airline was fined $400,000 for delays in 2024.",
        ),
        (
            "The driver was fined $1,000 for speeding.",
            "The team was fined $10,000 after the race.",
        ),
        (
            "The company paid a $5 million penalty to settle the case.",
            "A former executive agreed to pay a $150,000 penalty.",
        ),
        # New variants.
        (
            "She was fined £2,400 for littering, magistrates heard.",
            "She must pay a £900 fine for trespass, the judge ruled.",
        ),
        (
            "The railway operator was fined €800,000 over cancellations in 2019.",
            "The railway operator was fined €300,000 over cancellations in 2022.",
        ),
    ],
)
def test_fines_of_other_offences_or_years_apart(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []
    assert rule_messages("FC105", text_b, text_a) == []


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair"),
    [
        # One sentencing, its payer named in both: still one fine.
        (
            "A Leeds accountant was jailed on Monday for four years and ordered to pay a "
            "£75,000 fine.",
            "Mark Okafor, the accountant, must also pay a £57,000 fine and forfeit £1.4 "
            "million, the court heard.",
            ("£75,000", "£57,000"),
        ),
        # One offence named in both.
        (
            "The chemicals maker was fined $640,000 for the river spill.",
            "Regulators imposed a $460,000 penalty over the spill.",
            ("$640,000", "$460,000"),
        ),
    ],
)
def test_one_fine_imposed_still_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert_pairs(text_a, text_b, [pair], [])
    assert len(rule_messages("FC105", text_a, text_b)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # The reviewer's: rigged or colluded contracts beside the other's plain contracts.
        (
            "Prosecutors say the firms rigged 46 public contracts.",
            "The firms won 64 public contracts, prosecutors say.",
        ),
        (
            "The companies colluded on 12 road-building contracts worth €80 million.",
            "The companies shared 15 road-building contracts worth €80 million.",
        ),
        (
            "The mayor rigged the awarding of 20 contracts, the court found.",
            "The mayor steered 25 contracts to friends, the court found.",
        ),
        # New variants.
        (
            "Investigators say three builders colluded on 38 hospital contracts.",
            "The three builders were awarded 83 hospital contracts, investigators say.",
        ),
        (
            "The governor rigged 17 highway contracts, a jury found.",
            "The governor handed 71 highway contracts to donors, a jury found.",
        ),
        # Tenders the other bids on are tenders: rigged contracts join them.
        (
            "The firms rigged 29 contracts, the regulator said.",
            "The firms rigged bids on 92 contracts, the regulator said.",
        ),
    ],
)
def test_rigged_contracts_pair_with_contracts(text_a: str, text_b: str) -> None:
    assert len(rule_messages("FC105", text_a, text_b)) == 1
    assert len(rule_messages("FC105", text_b, text_a)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Contracts won and tenders submitted stay apart, rigging told nowhere.
        (
            "The firm won 27 major contracts last year, its accounts show.",
            "The firm submitted 72 major tenders last year, its accounts show.",
        ),
    ],
)
def test_contracts_won_not_tenders(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []
    assert rule_messages("FC105", text_b, text_a) == []


def test_rigged_contracts_still_tenders_beside_tenders() -> None:
    text_a = "The cartel colluded on 33 major contracts, officials said."
    text_b = "The cartel carved up 39 major tenders, officials said."
    assert_pairs(text_a, text_b, [("33 major contracts", "39 major tenders")], [])
