"""Review 78 (a): a level "once changed" needs an opener naming a change, which may be an
opening, a law taking effect or a completion with its own subject; a saying set off by commas
or a present expectation does not cancel it; a change under way ("is cutting") counts against
a level now only in the figure's own clause, and only as a lower-case verb."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # 1. Openers that name a change: an opening, taking effect, a completion with a subject.
        (
            "Once the new terminal opens, the airport will handle 40 million passengers a year.",
            "The airport handles 25 million passengers a year.",
            [],
            [("40 million passengers a year", "25 million passengers a year")],
        ),
        (
            "Once the second runway opens, the hub will handle 90 million passengers a year.",
            "The hub handles 61 million passengers a year.",
            [],
            [("90 million passengers a year", "61 million passengers a year")],
        ),
        (
            "When the new law takes effect in April, the minimum wage will be £12.21 an hour.",
            "The minimum wage is £11.44 an hour.",
            [],
            [("£12.21 an hour", "£11.44 an hour")],
        ),
        (
            "When the treaty comes into force, the fleet will shrink to 14 warships.",
            "The fleet numbers 22 warships.",
            [],
            [("14 warships", "22 warships")],
        ),
        (
            "Once the dam is completed, it will generate 6,000 megawatts of electricity.",
            "The dam generates 2,000 megawatts of electricity.",
            [],
            [("6,000 megawatts", "2,000 megawatts")],
        ),
        (
            "Once the rollout is finished, the network will cover 95% of homes.",
            "The network covers 70% of homes.",
            [],
            [("95%", "70%")],
        ),
        (
            "When complete, the expanded stadium will hold 60,000 fans.",
            "The stadium currently holds 45,000 fans.",
            [],
            [("60,000 fans", "45,000 fans")],
        ),
        (
            "When finished, the enlarged arena will seat 21,000 spectators.",
            "The arena seats 16,000 spectators.",
            [],
            [("21,000 spectators", "16,000 spectators")],
        ),
        # Negative: a bare "When complete" is the level the thing is built to; a meeting is
        # a time, not a change.
        (
            "When complete, the arena will seat 21,000 spectators, the council said.",
            "The arena seats 24,000 spectators, the council said.",
            [("21,000 spectators", "24,000 spectators")],
            [],
        ),
        (
            "After the board meeting, the bank will run 300 branches.",
            "The bank runs 350 branches.",
            [("300 branches", "350 branches")],
            [],
        ),
        # 2. A saying set off by commas, or a present expectation, frames no opener.
        (
            "After the closures, the company said, the chain will operate about 360 stores.",
            "The chain operates about 410 stores.",
            [],
            [("about 360 stores", "about 410 stores")],
        ),
        (
            "Following the merger, analysts expect the combined bank will have 9,000 branches.",
            "The bank has 6,500 branches.",
            [],
            [("9,000 branches", "6,500 branches")],
        ),
        (
            "After the takeover, the union believes, the brewer will run 170 pubs.",
            "The brewer runs 230 pubs.",
            [],
            [("170 pubs", "230 pubs")],
        ),
        # Negative: the saying itself is after the opener ("After the cuts, Jones said …").
        (
            "After the cuts, Jones said the brewer would run 170 pubs.",
            "The brewer is running 190 pubs, Jones said.",
            [("170 pubs", "190 pubs")],
            [],
        ),
        # 3. A progressive in a clause of its own, or a name in -ing, leaves the level now.
        (
            "After the closures, the retailer will operate about 363 stores across the country.",
            "The retailer, which is struggling with rising costs, operates about 410 stores "
            "across the country.",
            [],
            [("about 363 stores", "about 410 stores")],
        ),
        (
            "After the refurbishment, the hospital will have 600 beds.",
            "The hospital, which is facing a funding gap, has 450 beds.",
            [],
            [("600 beds", "450 beds")],
        ),
        (
            "After the closures, the chain will have 200 pubs.",
            "The chain, which was trading strongly before the pandemic, has 260 pubs.",
            [],
            [("200 pubs", "260 pubs")],
        ),
        (
            "After the merger, the combined airline will fly 310 aircraft.",
            "The airline, whose main supplier is Boeing, flies 260 aircraft.",
            [],
            [("310 aircraft", "260 aircraft")],
        ),
        (
            "After the sale, the grocer will keep 75 depots.",
            "The grocer, whose founder is Harding, keeps 96 depots.",
            [],
            [("75 depots", "96 depots")],
        ),
        # Negative: the change under way is the figure's own clause.
        (
            "After the closures, the chain will operate 300 stores.",
            "The chain is operating 340 stores, its chief executive said.",
            [("300 stores", "340 stores")],
            [],
        ),
    ],
)
def test_review78_once_changed(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
