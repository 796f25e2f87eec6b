"""Round 79: headline figures left unpaired because their measures are worded apart — the
deal's price each headline and lede tell, a share move with two digits swapped told in the
session and at the close, the largest sum of a currency with its point misplaced, and a count
of places against the other's count of what the scheme hands out."""

from __future__ import annotations

import pytest

from support import assert_pairs


def _aligned(text_a: str, text_b: str) -> list[tuple[str, str]]:
    """The figures two articles (headline and paragraphs given) pair, as printed."""
    from factcheck.align.figures import align_figures
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article_a = article_from_text(text_a, article_id="a")
    article_b = article_from_text(text_b, article_id="b")
    a, b = extract(article_a), extract(article_b)
    printed = {f.id: f.text for f in a.figures + b.figures}
    matches = align_figures(a, b, 60, article_a.text, article_b.text)
    return [(printed[m.a], printed[m.b]) for m in matches]


_LEDE_A = (
    "Halden Foods said on Tuesday it had agreed to buy Brightmill, a Leeds bakery chain with "
    "140 shops, for £1.8 billion in cash, the biggest purchase in the grocer’s history.\n\n"
    "The chain employs 2,300 people.\n"
)
_LEDE_B = (
    "Grocer Halden Foods will take over Brightmill, a family-owned maker of sourdough and "
    "pastries sold across northern England, for £1.6 billion, the companies said on Tuesday.\n\n"
    "Brightmill has 2,300 staff.\n"
)


@pytest.mark.parametrize(
    ("head_a", "head_b", "paired"),
    [
        # Each headline tells the one sum its lede repeats: the deal's price, however worded.
        (
            "Halden Foods to buy Brightmill for £1.8 billion",
            "Halden bets on bread with £1.6 billion Brightmill deal",
            True,
        ),
        # A headline with no sum leaves the ledes' words to decide, which share none.
        ("Halden Foods to buy Brightmill", "Halden bets on bread with Brightmill deal", False),
        # Two sums in a headline make neither the story's one sum.
        (
            "Halden Foods to buy Brightmill for £1.8 billion after £2 billion bid fails",
            "Halden bets on bread with £1.6 billion Brightmill deal",
            False,
        ),
    ],
)
def test_headline_sums_pair(head_a: str, head_b: str, paired: bool) -> None:
    pairs = _aligned(f"{head_a}\n\n{_LEDE_A}", f"{head_b}\n\n{_LEDE_B}")
    assert (("£1.8 billion", "£1.6 billion") in pairs) is paired


def test_headline_sums_far_apart_stay_apart() -> None:
    lede_b = _LEDE_B.replace("£1.6 billion", "£600 million")
    pairs = _aligned(
        f"Halden Foods to buy Brightmill for £1.8 billion\n\n{_LEDE_A}",
        f"Halden bets on bread with £600 million Brightmill deal\n\n{lede_b}",
    )
    assert ("£1.8 billion", "£600 million") not in pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # One stock's move, two digits swapped, told in the session and at the close.
        (
            "Ostrava Steel shares fell 2.7% to 88.10 crowns in morning trading in Prague.",
            "Ostrava Steel’s stock dropped 7.2 percent on Thursday, closing at a two-year low.",
            [("2.7%", "7.2 percent")],
            [],
        ),
        # Digits not swapped: a move in the session and one at the close are two moves.
        (
            "Ostrava Steel shares fell 2.7% to 88.10 crowns in morning trading in Prague.",
            "Ostrava Steel’s stock dropped 5.1 percent on Thursday, closing at a two-year low.",
            [],
            [("2.7%", "5.1 percent")],
        ),
    ],
)
def test_share_move_swapped_in_session_and_at_close(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # The largest sum in euros each tells, its point misplaced: one street value.
        (
            "Investigators put the street value of the seizure at an estimated 340 million "
            "euros. They also found 2.5 million euros in cash.",
            "According to investigators, the heroin would have fetched about €3.4bn on the "
            "street. They seized €2.5m in cash.",
            [("an estimated 340 million euros", "about €3.4bn")],
            [],
        ),
        # Not the largest in one: the street value beside a larger trade is no main sum.
        (
            "Investigators put the street value of the seizure at an estimated 340 million "
            "euros. The gang's trade was worth 5 billion euros a year, and they also found 2.5 "
            "million euros in cash.",
            "According to investigators, the heroin would have fetched about €3.4bn on the "
            "street. They seized €2.5m in cash.",
            [],
            [("an estimated 340 million euros", "about €3.4bn")],
        ),
    ],
)
def test_largest_sums_a_point_apart(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Places on a permit scheme are its permits.
        (
            "The graduate work scheme will be capped at 12,500 permits in 2028, the ministry said.",
            "The graduate work scheme will offer 12,000 places next year, the ministry said.",
            [("12,500 permits", "12,000 places")],
            [],
        ),
        # A school's places are never its schools, however near the counts.
        (
            "The council will build 1,300 schools under the scheme, the ministry said.",
            "The council will offer 1,250 school places under the scheme, the ministry said.",
            [],
            [("1,300 schools", "1,250 school places")],
        ),
    ],
)
def test_places_and_the_other_noun(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
