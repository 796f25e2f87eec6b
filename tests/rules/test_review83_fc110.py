"""Review 8, item 6, FC110: a party's urging exempts a sentence only when the other article
tells the same party's case as advocacy (argued, not alleged, claimed or estimated), and the
words the two share lie in what is urged, not in an after/which/that clause told as fact."""

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # The reviewer's examples: an allegation, a claim or an estimate is no case urged.
        (
            "Several African delegations demanded compensation after the mining company dumped "
            "waste off the coast of Ghana.",
            "Several African delegations alleged that the mining company had dumped waste off "
            "the coast of Ghana.",
            True,
        ),
        (
            "The tenants' association asked the council to act after the landlord left 200 "
            "flats without heating.",
            "The tenants' association alleged that the landlord had left 200 flats without "
            "heating.",
            True,
        ),
        (
            "Opposition lawmakers urged an inquiry into the 40 million kronor the ministry paid "
            "to consultants.",
            "Opposition lawmakers claimed the ministry paid 40 million kronor to consultants.",
            True,
        ),
        (
            "Denver's mayor pushed for the $250 million housing bond, which would add about $60 "
            "a year to a typical tax bill.",
            "Denver's mayor estimated that the $250 million housing bond would add about $60 a "
            "year to a typical tax bill.",
            True,
        ),
        # New variants: an allegation of what another did, and an estimate of a cost.
        (
            "The fishermen's cooperative called for an investigation after the refinery "
            "released 3,000 litres of oil into the harbour.",
            "The fishermen's cooperative alleged that the refinery had released 3,000 litres of "
            "oil into the harbour.",
            True,
        ),
        (
            "The hospital trust's board proposed a new car park that would cost about 9 million "
            "pounds to build.",
            "The hospital trust's board estimated that a new car park would cost about 9 million "
            "pounds to build.",
            True,
        ),
        # Argued, but the shared words lie in the clause after the urging, told as fact.
        (
            "Several coastal councils demanded compensation after the ferry operator cancelled "
            "half of its winter sailings to the islands.",
            "Several coastal councils argued that the ferry operator had cancelled half of its "
            "winter sailings to the islands.",
            True,
        ),
        (
            "The Lisbon city council pushed for the new tram line, which would carry about "
            "40,000 passengers a day through the old town.",
            "The Lisbon city council argued that the new tram line would carry about 40,000 "
            "passengers a day through the old town.",
            True,
        ),
        # Negative: the same party's case told as what it urged, argued in the other.
        (
            "Several Andean governments pressed for a bigger share of lithium revenues to stay "
            "with local communities, an issue still open when the summit closed.",
            "Several Andean governments argued that local communities should keep a bigger "
            "share of lithium revenues, an issue that was still open when the summit closed.",
            False,
        ),
        (
            "The Lisbon city council pushed for a new tram line through the old town to carry "
            "40,000 passengers a day.",
            "The Lisbon city council argued that a new tram line through the old town should "
            "carry 40,000 passengers a day.",
            False,
        ),
    ],
)
def test_a_party_urging_exempts_only_its_own_case(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged
