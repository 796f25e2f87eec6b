"""QA round 59: a source's expectation or preliminary finding stated as fact is a dropped
source, even after a sentence whose source closes it, and by a claim short but for its date
(FC110); a company's guidance is its own (FC110); a buyback investors push for is no claim
(FC107); a figure another article prints in other words is reported (FC109)."""

from __future__ import annotations

import pytest

from factcheck.rules.kinds.source_dropped import numbers
from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # An expectation stated as fact after a sentence whose source closes it.
        (
            "The Department of Finance said it expected the increase to add 0.2 percentage "
            "points to consumer price inflation in 2026.",
            "Business groups were quick to push back. Employers will face an extra wage bill of "
            "€310 million a year, according to the Department of Finance, which put the total at "
            "nearly €1.3 billion over four years. The increase will add 0.2 percentage points to "
            "inflation next year.",
            True,
        ),
        # A short claim, told by its date.
        (
            "Election officials said they expected the count to be certified by Nov. 18.",
            "Some 11,400 mail-in ballots were counted on Tuesday night alone, Registrar Thomas "
            "Ng said. The count will be certified on Nov. 18.",
            True,
        ),
        # A finding a preliminary review pointed to, stated as the cause.
        (
            "Investigators with the U.S. Chemical Safety Board said a preliminary review "
            "pointed to a failed pressure relief valve on a reactor vessel that produces vinyl "
            "acetate.",
            "The blast was caused by a failed pressure relief valve on a reactor vessel used to "
            "make vinyl acetate.",
            True,
        ),
        # Controls: a source named before its claim speaks on in the next sentence; one
        # named with an apposition too.
        (
            "Election officials said they expected the count to be certified by Nov. 18.",
            "Registrar Thomas Ng said 11,400 mail-in ballots were counted on Tuesday night. "
            "The count will be certified on Nov. 18.",
            False,
        ),
        (
            "Election officials said they expected the count to be certified by Nov. 18.",
            "Thomas Ng, the county registrar, said 11,400 mail-in ballots were counted on "
            "Tuesday night. The count will be certified on Nov. 18.",
            False,
        ),
        # A sentence that shares only the source's name shares no claim it hedges.
        (
            "Investigators with the U.S. Chemical Safety Board said a preliminary review "
            "pointed to a failed pressure relief valve on a reactor vessel that produces vinyl "
            "acetate.",
            "The U.S. Chemical Safety Board is sending six investigators to the site.",
            False,
        ),
        # The company's guidance is its own word.
        (
            "It kept its forecast for a full-year operating margin of 21 percent and said it "
            "still planned to spend about $17 billion on content this year.",
            "Lumora guided to fourth-quarter revenue of between $5.05 billion and $5.25 billion "
            "and stuck with its target of a 21 percent operating margin for the full year.",
            False,
        ),
        # A different count in another year: "last" ties no two claims.
        (
            "State transportation director Marcus Oyelaran said the crossing carried about "
            "22,000 vehicles a day as of last year's count, and that the closure was expected "
            "to last 18 to 24 months.",
            "The detour adds about 25 minutes each way, he said. When the state last widened "
            "the bridge approaches in 2010, the crossing carried about 15,000 vehicles a day.",
            False,
        ),
    ],
)
def test_source_dropped(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The count will be certified on Nov. 18.", ["dnov18"]),
        ("The rate takes effect from 1 March 2026.", ["dmar1", "n2026"]),
        ("It rises on January 1, 2026.", ["djan1", "n2026"]),
        # Not a month: a modal, a word that opens with a month's letters.
        ("Prices may 5 times exceed it.", []),
        ("The Mayday 12 team won.", []),
    ],
)
def test_dates_are_numbers(text: str, found: list[str]) -> None:
    assert numbers(text) == found


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        (
            "Chief Financial Officer David Okafor defended that spending against investors who "
            "have pushed for bigger buybacks.",
            False,
        ),
        ("Activist shareholders have called for a special dividend.", False),
        # Controls: a claim of a buyback; a demand that ends before the term.
        ("Lumora also plans bigger buybacks next year.", True),
        (
            "Investors pushed for change, and the company doubled its buybacks in the quarter.",
            True,
        ),
    ],
)
def test_demand_is_no_claim(sentence: str, flagged: bool) -> None:
    other = "Lumora reported revenue of $4.87 billion for the quarter."
    assert bool(rule_messages("FC107", sentence, other)) is flagged


@pytest.mark.parametrize(
    ("other", "flagged"),
    [
        # The same figure in other words, in a sentence telling the same study.
        (
            "The team plans a follow-up study of 3,000 participants to track heart attacks and "
            "strokes over five years.",
            False,
        ),
        # Control: no such figure.
        ("The team will publish its results in a journal.", True),
    ],
)
def test_figure_told_in_other_words(other: str, flagged: bool) -> None:
    hedged = (
        "The researchers are planning a five-year study of 3,000 people to see whether the "
        "diet prevents heart attacks and strokes."
    )
    assert bool(rule_messages("FC109", other, hedged)) is flagged
