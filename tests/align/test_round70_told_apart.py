"""QA round 70: figures their own sentences tell apart, and one told twice. A level told as
"the previous X, covering <months>" is of those months; when one article tells both levels of
a change ("slipped to 68 percent last year from 74 percent in 2021"), each pairs with its own;
so many more beyond a count the sentence gives first is no plain count of the other's; one
value dated to two months of two years is flagged."""

from __future__ import annotations

import pytest

from support import assert_pairs, figures_of, rule_messages

_CAP_A = (
    "The cap on what suppliers can charge a typical household paying by direct debit will go "
    "from £1,717 to £1,738 a year for the three months from January to March. The cap was set "
    "at £1,928 in January 2024 and peaked at £4,279 in January 2023, although the government's "
    "energy price guarantee meant households never paid that figure in full."
)
_CAP_B = (
    "The typical bill will rise to £1,738 a year. The previous cap, covering October to "
    "December, was £1,717."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # The previous cap, of the months it covers, is the other's level it went from, not a
        # peak of another year.
        (_CAP_A, _CAP_B, [("£1,717", "£1,717")], [("£4,279", "£1,717")]),
        # Both levels of one change in one article: each pairs with its own.
        (
            "Preliminary figures put national coverage at 91 percent of the target population, "
            "up from 68 percent in routine immunisation last year.",
            "Routine first-dose coverage had slipped to 68 percent last year from 74 percent in "
            "2021, leaving large pockets of unprotected children, according to the ministry.",
            [("68 percent", "68 percent")],
            [("68 percent", "74 percent")],
        ),
        # So many more beyond the count told first is not the other's plain count.
        (
            "The plant employs 540 people directly and supports an estimated 1,200 more jobs "
            "in mining, maintenance and transport, according to company figures.",
            "The station will close in 2028, putting 510 jobs at risk in the valley.",
            [],
            [("an estimated 1,200 more jobs", "510 jobs")],
        ),
    ],
)
def test_told_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("sentence", "printed", "period"),
    [
        (
            "The previous cap, covering October to December, was £1,717.",
            "£1,717",
            "October to December",
        ),
        # A year set off so dates the event, not a level of the year.
        ("Its previous outbreak, in 2019, sickened 58 people.", "58 people", None),
    ],
)
def test_period_covered(sentence: str, printed: str, period: str | None) -> None:
    figure = {f.text: f for f in figures_of(sentence)}[printed]
    assert figure.period == period


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        (
            "The cap was set at £1,928 in January 2024 and has fallen since.",
            "The cap stood at £1,928 in January 2023 and has come down since.",
            True,
        ),
        # One date told at two precisions is no two dates.
        (
            "The cap was set at £1,928 in January 2024 and has fallen since.",
            "The cap stood at £1,928 in 2024 and has come down since.",
            False,
        ),
    ],
)
def test_one_value_dated_to_two_months(text_a: str, text_b: str, flagged: bool) -> None:
    messages = rule_messages("FC111", text_a, text_b)
    assert bool(messages) is flagged
    if flagged:
        assert "January 2024" in messages[0] and "January 2023" in messages[0]
