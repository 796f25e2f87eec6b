"""Review 85: figures paired with another fact's figure, and a headline count left unpaired.

Votes for and votes against in one tally are two measures (`align/votes.py`); two owners'
figures named in one sentence stay each their owner's; a "when" clause dating a figure to
another month or year sets it at another occasion; a figure told of years before leaves the
event's one figure of its unit alone. Each positive case has negatives beside it: the same
side, the same owner, the same occasion, and figures of the event itself still pair."""

from __future__ import annotations

import pytest

from support import assert_pairs

_POLL = (
    "A survey by Harbour Insight Research released on Monday put support for Moreau's Citizens "
    "Forward party at 23.4 percent, behind National Union on 28 percent."
)
_POLL_ONE_PARTY = (
    "A survey by Harbour Insight Research released on Monday put support for Moreau's Citizens "
    "Forward party at 23.4 percent."
)
_RECALL = (
    "A Wisconsin firm that makes store-brand and branded pet food is recalling roughly 2.2 "
    "million bags of dry dog food after state inspectors found salmonella at its main plant, "
    "the agriculture department said Friday. In 2019, it recalled about 3,000 bags of cat "
    "treats because of a labeling error."
)
_RECALLED = (
    "Pinecrest Pet Foods has recalled 1.8 million bags of its Trailblazer Prime kibble after "
    "agriculture department inspectors found salmonella in samples at its plant here, the "
    "department announced Friday. The bags carry best-by dates in 2026."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Votes for pair with votes for, votes against with votes against, however each
        # outlet counts them (lawmakers, votes, a bare number).
        (
            "Thirty-one councillors in the 60-seat chamber voted for the budget, while 27 "
            "voted against.",
            "The budget won 31 votes in the 60-seat chamber, with 25 councillors voting against.",
            [
                ("Thirty-one councillors", "31 votes"),
                ("27", "25 councillors"),
                ("60-seat", "60-seat"),
            ],
            [("Thirty-one councillors", "25 councillors")],
        ),
        # Negatives: votes for in both still pair, and votes against in both.
        (
            "Thirty-one councillors voted for the budget on Tuesday.",
            "The budget won 33 votes on Tuesday.",
            [("Thirty-one councillors", "33 votes")],
            [],
        ),
        (
            "Nineteen members voted against the plan.",
            "Twenty-one members voted against the plan.",
            [("Nineteen members", "Twenty-one members")],
            [],
        ),
        # Two parties' poll shares in one sentence: each is its own party's.
        (
            _POLL,
            "Support for Moreau's Citizens Forward party stood at 26.3% in a Harbour Insight "
            "Research poll released on Monday.",
            [("23.4 percent", "26.3%")],
            [("28 percent", "26.3%")],
        ),
        # Negatives: the other party's share in the other article pairs with its own, and a
        # sentence naming one party only pairs as before.
        (
            _POLL,
            "Support for National Union stood at 26.3% in a Harbour Insight Research poll "
            "released on Monday.",
            [("28 percent", "26.3%")],
            [("23.4 percent", "26.3%")],
        ),
        (
            _POLL_ONE_PARTY,
            "Support for Moreau's Citizens Forward party stood at 26.3% in a Harbour Insight "
            "Research poll released on Monday.",
            [("23.4 percent", "26.3%")],
            [],
        ),
        # Another year's occasion and another month's, each dated by a "when" clause, are
        # neither each other's nor the story's.
        (
            "Police arrested 33 people after Sunday's final. The last serious disorder at the "
            "ground came in 2015, when 52 people were arrested.",
            "Officers arrested 38 people after the final on Sunday. When the two clubs met in "
            "March, 17 people were arrested.",
            [("33 people", "38 people")],
            [("52 people", "17 people"), ("33 people", "17 people")],
        ),
        # Negatives: the same year, the same month, and an occasion the other tells with no
        # time at all (the story's own storm) still pair.
        (
            "The last serious disorder at the ground came in 2015, when 52 people were arrested.",
            "The worst trouble before that came in 2015, when 47 people were arrested.",
            [("52 people", "47 people")],
            [],
        ),
        (
            "When the clubs met in March, 17 people were arrested.",
            "When the sides met in March, 21 people were arrested.",
            [("17 people", "21 people")],
            [],
        ),
        (
            "When the storm struck in October, 12 people died.",
            "The storm killed 14 people.",
            [("12 people", "14 people")],
            [],
        ),
        # A recall years before leaves the story's recall the one count of bags in each.
        (
            _RECALL,
            _RECALLED,
            [("roughly 2.2 million bags", "1.8 million bags")],
            [("about 3,000 bags", "1.8 million bags")],
        ),
        # Negatives: a second count of the story's own keeps the unit crowded, and the earlier
        # recall pairs with the other's earlier one only.
        (
            _RECALL.replace("In 2019, it", "It also"),
            _RECALLED,
            [],
            [
                ("roughly 2.2 million bags", "1.8 million bags"),
                ("about 3,000 bags", "1.8 million bags"),
            ],
        ),
        (
            _RECALL,
            _RECALLED + " In 2019, the firm recalled some 3,500 bags of cat treats over a "
            "labeling error.",
            [
                ("roughly 2.2 million bags", "1.8 million bags"),
                ("about 3,000 bags", "some 3,500 bags"),
            ],
            [("about 3,000 bags", "1.8 million bags")],
        ),
    ],
)
def test_wrong_pairs(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
