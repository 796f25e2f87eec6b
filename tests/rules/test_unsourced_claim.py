"""FC107 on real sentences: when other coverage corroborates an unsourced claim."""

from __future__ import annotations

from support import rule_messages


def test_the_same_figure_in_two_outlets_corroborates_the_claim() -> None:
    # QA round 43: one dividend, told to the cent by two outlets, neither naming a source.
    assert not rule_messages(
        "FC107",
        "The bank proposed a dividend of €1.10 per share for 2025, up from €0.85 for 2024.",
        "The bank will pay a dividend of 1.10 euros a share, against 85 cents a year earlier.",
    )


def test_another_figure_for_the_claim_does_not_corroborate_it() -> None:
    found = rule_messages(
        "FC107",
        "The bank proposed a dividend of €1.10 per share for 2025, up from €0.85 for 2024.",
        "The bank will pay a dividend of 1.30 euros a share, against 85 cents a year earlier.",
    )
    assert len(found) == 2
    assert all("no other article reports it with a source or the same figure" in m for m in found)


def test_a_claim_only_one_outlet_makes_is_flagged() -> None:
    found = rule_messages(
        "FC107",
        "The board also approved a $5 billion buyback.",
        "Shares rose 4% in late trading.",
    )
    assert found == [
        "Unsourced claim in a: mentions “buyback” with no attribution, and no other article "
        "reports it with a source or the same figure"
    ]


def test_one_corroborated_mention_does_not_source_another() -> None:
    # The mutation benchmark: a dividend claim added beside one both outlets give alike.
    found = rule_messages(
        "FC107",
        "The bank proposed a dividend of €1.10 per share for 2025. Investors will also receive "
        "a special dividend of €2 per share.",
        "The bank will pay a dividend of 1.10 euros a share.",
    )
    assert len(found) == 1 and found[0].startswith("Unsourced claim in a:")


def test_a_sentence_copied_word_for_word_is_no_second_telling() -> None:
    # A wire story printed twice repeats its claim; it does not corroborate it.
    sentence = "The bank proposed a dividend of €1.10 per share for 2025."
    assert len(rule_messages("FC107", sentence, sentence)) == 2


def test_a_sourced_mention_of_another_amount_does_not_corroborate() -> None:
    # The bundled test data's planted buyback: $2 billion said by the CFO, $3 billion unsourced.
    sourced = "The board also approved a $2 billion share repurchase programme, Li said."
    assert rule_messages("FC107", sourced, "Northwind will also buy back $3 billion of stock.") == [
        "Unsourced claim in b: mentions “buy back” with no attribution, and no other article "
        "reports it with a source or the same figure"
    ]
    # The same amount, or no amount, is the same claim.
    for claim in ("Northwind will also buy back $2 billion of stock.",
                  "Northwind will also buy back stock."):  # fmt: skip
        assert rule_messages("FC107", sourced, claim) == []


def test_qa54_a_sourced_sentence_telling_two_claims_corroborates_each() -> None:
    # The buyback comes first in the sourced sentence; its dividends corroborate too.
    sourced = (
        "Rheinmark said it would launch a share buyback of up to 750 million euros in the "
        "fourth quarter, bringing total distributions for 2024 to about 2.6 billion euros "
        "including dividends."
    )
    flat = "Including dividends, payouts for the year will reach about €2.6bn."
    assert rule_messages("FC107", sourced, flat) == []
    # Control: with no other article, the flat sentence is flagged.
    assert rule_messages("FC107", "The bank's shares fell 2%.", flat) != []
