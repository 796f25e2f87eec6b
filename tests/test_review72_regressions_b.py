"""Review 72, regressions of recent fixes on real-style sentences: a name before "would" is an
actor's only when it is a person's or a body's, so "said HS2 would cut" still hedges (FC110);
imports and exports of one flow seen from its two ends pair, and exports are sales abroad,
while a port's exports, imports and profit stay apart (FC105); riders are passengers only of
a transit service; "fell $3 off its morning high" moved by $3."""

from __future__ import annotations

import pytest

from factcheck.models import MOVED_BY
from support import assert_pairs, figures_of, rule_messages

HEDGED = [
    # A project's or an event's effect, reckoned by a source, told as fact.
    ("The Treasury said on Monday that HS2 would cut journey times between London and "
     "Birmingham by 30 minutes. The line is due to open in 2033.",
     "HS2 will cut journey times between London and Birmingham by 30 minutes. The line is due "
     "to open in 2033.", 1),
    ("Economists at the bank said Brexit would reduce Britain's GDP by 4% over 15 years. The "
     "government disputed the figure.",
     "Brexit will reduce Britain's GDP by 4% over 15 years. The government disputed the "
     "figure.", 1),
    # A body's or a person's own act, told or advised: no reckoning of an effect.
    ("Economists said the Bank of England would cut interest rates to 4% next month.",
     "The Bank of England will cut interest rates to 4% next month.", 0),
    ("Economists said the Bank of England should cut interest rates to 4% next month.",
     "The Bank of England will cut interest rates to 4% next month.", 0),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "found"), HEDGED)
def test_a_name_before_would_is_an_actor_only_if_a_persons_or_a_bodys(
    a: str, b: str, found: int
) -> None:
    assert len(rule_messages("FC110", a, b)) == found


PAIRS = [
    # One flow from its two ends: China's imports of Australian coal are Australia's exports.
    ("China has suspended imports of Australian coal worth A$13.7 billion a year, officials "
     "in Canberra said.",
     "Australian coal exports to China, worth A$17.3 billion a year, have been halted, "
     "officials in Canberra said.",
     [("A$13.7 billion a year", "A$17.3 billion a year")], []),
    # Exports are sales abroad.
    ("Scotch whisky exports rose 8.7% last year to a record £6.2 billion, the Scotch Whisky "
     "Association said on Friday.",
     "Overseas sales of Scotch whisky grew 9.7%, the industry body said on Friday, taking the "
     "total to £6.4 billion.",
     [("8.7%", "9.7%")], []),
    # Port N5: a port's exports are not its imports, nor its profit.
    ("Exports rose 5.3%, driven by chemicals and machinery. Net profit climbed 9% to €412 "
     "million, the authority said.",
     "Imports rose 3.9%, and some 20% of container volume was transshipment cargo.",
     [], [("5.3%", "3.9%"), ("9%", "3.9%")]),
    # Riders of a metro line are its passengers.
    ("The Crosstown Line, the city's first new metro route in three decades, averaged 48,600 "
     "riders a day in its first month of service, the transit authority said.",
     "A month after it opened, the Crosstown Line is carrying about 46,800 passengers a day, "
     "transit officials said on Monday.",
     [("48,600 riders a day", "about 46,800 passengers a day")], []),
    # Riders of a cycle lane are no bus's passengers.
    ("The new cycle lane on Castle Road is used by 2,400 riders a day, the council said.",
     "Buses on Castle Road carry 2,600 passengers a day, the council said.",
     [], [("2,400 riders a day", "2,600 passengers a day")]),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "paired", "not_paired"), PAIRS)
def test_trade_flows_and_riders_pair_only_as_one_fact(
    a: str, b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(a, b, paired, not_paired)


def test_off_a_levels_own_mark_is_moved_by() -> None:
    assert (
        len(
            rule_messages(
                "FC105",
                "Brent crude fell $3 off its morning high on Tuesday after OPEC raised output.",
                "Brent crude fell by $2 on Tuesday after OPEC raised output.",
            )
        )
        == 1
    )


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("Brent crude fell $3 off its morning high on Tuesday.", True),
        ("Shares slid 40 cents off their record close.", True),
        # Off a place: where something went, not how far a level moved.
        ("The trawler went down 83 nautical miles off Carrick Head.", False),
    ],
)
def test_moved_by_unless_off_a_place(text: str, moved: bool) -> None:
    (figure,) = figures_of(text)
    assert (MOVED_BY in figure.measure) is moved
