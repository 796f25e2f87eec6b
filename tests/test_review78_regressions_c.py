"""Review 78 (#6-#8): true pairs the round-77 stop lists lost. A closed compound is a kind of
its head unless the whole word is one of its own ("seaports" are ports, "passports" are not);
contracts rigged, carved up or colluded on are tenders however generic their qualifier; people
police or officers "picked up" are people arrested."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # A front or head that makes words of its own elsewhere still makes kinds.
        (
            "The strike shut 14 ports along the coast.",
            "The strike shut 12 seaports along the coast.",
        ),
        (
            "The blockade closed 17 seaports on the Baltic, the ministry said.",
            "The blockade closed 11 ports on the Baltic, the ministry said.",
        ),
        (
            "Rioters threw 30 bombs at the police station.",
            "Rioters threw 20 firebombs at the police station.",
        ),
        (
            "Militants hurled 16 firebombs at the army barracks overnight.",
            "Militants hurled 61 bombs at the army barracks overnight.",
        ),
        # Contracts rigged or colluded on are tenders, qualified by a size or not.
        (
            "The cartel rigged 46 major contracts, prosecutors said.",
            "The cartel carved up 64 major tenders, prosecutors said.",
        ),
        (
            "The companies colluded on 46 large contracts.",
            "The companies colluded on 64 large tenders.",
        ),
        (
            "Three builders rigged 28 small contracts over a decade, the regulator said.",
            "Three builders rigged 82 small tenders over a decade, the regulator said.",
        ),
        # People police or officers picked up are people arrested.
        (
            "Border officers made 40 arrests on Tuesday.",
            "Border officers picked up 25 people on Tuesday.",
        ),
        (
            "Police made 11 arrests after the clashes in the town centre.",
            "Police have picked up 18 people after the clashes in the town centre.",
        ),
        (
            "Officers made 19 arrests during the raids on Thursday.",
            "Officers said 31 people were picked up by police during the raids on Thursday.",
        ),
    ],
)
def test_paired_again(text_a: str, text_b: str) -> None:
    assert len(rule_messages("FC105", text_a, text_b)) == 1
    assert len(rule_messages("FC105", text_b, text_a)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Whole words that merely end in another word stay apart.
        (
            "Customs officers seized 300 passports at the border last month.",
            "Customs officers seized 30 ports at the border last month.",
        ),
        (
            "The company operates 12 pipelines in the northern region.",
            "The company operates 21 lines in the northern region.",
        ),
        (
            "The newspaper ran 14 headlines about the scandal on Sunday.",
            "The newspaper ran 41 lines about the scandal on Sunday.",
        ),
        # Contracts won and tenders submitted, merely both "major" or "large", stay apart.
        (
            "The firm won 46 major contracts last year, its annual report said.",
            "The firm submitted 64 major tenders last year, its annual report said.",
        ),
        (
            "The firm won 35 large contracts last year.",
            "The firm lost 53 large tenders last year.",
        ),
        # People picked up by a boat are no arrests.
        (
            "Border officers made 40 arrests on Tuesday.",
            "Border officers said 25 people were picked up by a ferry on Tuesday.",
        ),
    ],
)
def test_still_apart(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []
    assert rule_messages("FC105", text_b, text_a) == []
