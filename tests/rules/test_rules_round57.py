"""QA round 57: a pledge names its maker as the claim's source, and a claim told with a verb's
other form ("complete", "completed") is the same claim (FC110)."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # "He has promised": a pledge is its maker's word, as "he said he would invest".
        (
            "Dalton said he expects to finish the purchase by March. His firm owns a basketball "
            "team in Denver.\n\nHe pledged to invest a further £20 million in the squad and "
            "training ground over the next three seasons, and said he had no plans to move the "
            "club from Eastgate.",
            "Dalton, 61, made his money in shipping before founding a sports group. He has "
            "promised £20 million of investment in the playing squad and the club's training "
            "facilities over three seasons.",
            False,
        ),
        (
            "The minister said the government expected to open the new bridge within two years.",
            "The transport minister vowed that the new bridge would open within two years, "
            "whatever the cost.",
            False,
        ),
        # Control: the same claim with no one's word for it is still flagged.
        (
            "Dalton said he expects to finish the purchase by March. His firm owns a basketball "
            "team in Denver.\n\nHe pledged to invest a further £20 million in the squad and "
            "training ground over the next three seasons, and said he had no plans to move the "
            "club from Eastgate.",
            "Dalton, 61, made his money in shipping before founding a sports group. £20 million "
            "of investment will go into the playing squad and the club's training facilities "
            "over three seasons.",
            True,
        ),
        # "complete" and "completed": one word, its silent "e" aside. The expectation is
        # dropped.
        (
            "Morrow said he expects to complete the merger by the end of October, subject to "
            "approval under the regulator's merger review.",
            "The merger will be completed by the end of October, once it clears the regulator's "
            "merger review, which normally takes six weeks.",
            True,
        ),
        # Control: the expectation kept (with its owner) is not dropped.
        (
            "Morrow said he expects to complete the merger by the end of October, subject to "
            "approval under the regulator's merger review.",
            "Morrow expects the merger to be completed by the end of October, once it clears the "
            "regulator's merger review, which normally takes six weeks.",
            False,
        ),
        # "The bureau also revised …": the reviser is the revised figure's source.
        (
            "The Statistics Office also revised March's gain up by 2,400 jobs, and now "
            "estimates that February saw a loss of 6,100.",
            "The bureau also revised its March estimate up to 19,800 jobs from an initial "
            "17,400, while February was revised down to a loss of 1,600 positions.",
            False,
        ),
        # Control: the same figures told with no one revising them.
        (
            "The Statistics Office also revised March's gain up by 2,400 jobs, and now "
            "estimates that February saw a loss of 6,100.",
            "March brought a gain of 19,800 jobs, while February saw a loss of 1,600 positions.",
            True,
        ),
        # Control: a plain attribution stated flat is left alone, however the words are spelt.
        (
            "The merger was completed on Monday, the company said, after the regulator approved "
            "it last week.",
            "The merger was completed on Monday after the regulator approved it last week.",
            False,
        ),
    ],
)
def test_source_dropped_round57(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("estimate", "other", "flagged"),
    [
        # The other article gives its own estimate of the measure, in other words and with
        # another value: the figure is reported there (the conflict is FC105's).
        (
            "Volunteers worked through a second day to clear thick fuel from beaches, after the "
            "freighter Nordic Dawn spilled an estimated 2,100 tonnes of diesel when it hit rocks.",
            "An estimated 1,200 tonnes of marine diesel have leaked from the Panama-flagged "
            "freighter Nordic Dawn since it hit rocks off the Devon coast, officials said.",
            False,
        ),
        # Controls: the other's figure is no estimate (last year's output is no forecast); or
        # its measure is another.
        (
            "The Kolwezi mine is expected to produce 40,000 tonnes of copper this year.",
            "The Kolwezi mine produced 35,000 tonnes of copper last year.",
            True,
        ),
        (
            "The Kolwezi mine is expected to produce 40,000 tonnes of copper this year.",
            "The smelter is expected to process 12,000 tonnes of zinc ore this year, the "
            "company said.",
            True,
        ),
    ],
)
def test_unsourced_figure_round57(
    estimate: str, other: str, flagged: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As when the alignment misses the pair (their measures told in other words, in long
    # articles with many figures of the unit): no figure corroborated.
    from factcheck.rules.context import CheckContext

    monkeypatch.setattr(CheckContext, "matched_figures", lambda self, min_score: set())
    assert bool(rule_messages("FC109", estimate, other)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # A party to the mishap giving its cause: its account, stated flat by the other.
        (
            "The mine's operator, Kestrel Gold, said the rockfall was caused by a tremor of "
            "magnitude 3.1 shortly after midnight.",
            "The rockfall was caused by a tremor of magnitude 3.1 shortly after midnight.",
            True,
        ),
        (
            "The airline said the delays were due to a software fault in its booking system "
            "that affected flights across Europe.",
            "The delays were due to a software fault in the airline's booking system that "
            "affected flights across Europe.",
            True,
        ),
        # Controls: an official's finding stated flat; a plain attribution of a toll; the
        # party's account kept as its account.
        (
            "Fire officials said the blaze was caused by an electrical fault in a kitchen on the "
            "third floor.",
            "The blaze was caused by an electrical fault in a kitchen on the third floor.",
            False,
        ),
        (
            "Twelve people died when the storm hit the coast on Sunday, officials said.",
            "Twelve people died when the storm hit the coast on Sunday.",
            False,
        ),
        (
            "The mine's operator, Kestrel Gold, said the rockfall was caused by a tremor of "
            "magnitude 3.1 shortly after midnight.",
            "Kestrel Gold said the rockfall was caused by a tremor of magnitude 3.1 shortly "
            "after midnight.",
            False,
        ),
    ],
)
def test_party_cause_round57(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged
