"""QA round 80 wrong verdicts: two ranges under one bound word with a moved end conflict; two
places a figure's subject comes from keep their figures apart; an age takes no noun another
figure sets after it; a contract's length and a deal's are one span."""

import pytest

from support import aligned_texts, rule_messages


def _measure(text: str, printed: str) -> list[str]:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    extraction = extract(article_from_text(f"A\n\n{text}\n", article_id="a"))
    return next(figure.measure for figure in extraction.figures if figure.text == printed)


@pytest.mark.parametrize(
    ("text_a", "text_b", "conflict"),
    [
        # A moved end of a range spread "over" years: two ranges.
        (
            "The county said the grant would be spread over two to four years.",
            "The grant will be spread over two to six years, the county said.",
            True,
        ),
        # The same range in both: no conflict.
        (
            "The county said the grant would be spread over two to four years.",
            "The grant will be spread over two to four years, the county said.",
            False,
        ),
    ],
)
def test_ranges_under_one_bound_word(text_a: str, text_b: str, conflict: bool) -> None:
    messages = rule_messages("FC105", text_a, text_b)
    assert any("two to six years" in message for message in messages) is conflict
    assert not any("two to four years in a but over two to four" in m for m in messages)


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # Two cities the counted things come from: two counts.
        (
            "The retailer said orders from Leeds alone rose 18%.",
            "Orders from Bristol rose 15 per cent, the report said.",
            ("18%", "15 per cent"),
            False,
        ),
        # One city in both: one count, worded apart.
        (
            "The retailer said orders from Leeds alone rose 18%.",
            "Orders from Leeds rose 15 per cent, the report said.",
            ("18%", "15 per cent"),
            True,
        ),
    ],
)
def test_places_counted_from(text_a: str, text_b: str, pair, paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("text", "printed", "word", "held"),
    [
        # An age as the subject: the noun after the next figure is that figure's.
        (
            "The 31-year-old has signed a three-year contract with the club.",
            "31-year-old",
            "contract",
            False,
        ),
        # Two ages side by side: each keeps its own noun.
        (
            "The victims were a 40-year-old welder and a 58-year-old crane driver.",
            "40-year-old",
            "crane",
            False,
        ),
        # Not an age: a count keeps what its verb reaches past a figure.
        (
            "A record 9,800 riders started the 160-kilometre race on Sunday.",
            "9,800 riders",
            "race",
            True,
        ),
    ],
)
def test_age_measure(text: str, printed: str, word: str, held: bool) -> None:
    assert (word in _measure(text, printed)) is held


@pytest.mark.parametrize(
    ("text_a", "text_b", "conflict"),
    [
        (
            "The winger has agreed a three-year contract after his medical on Monday.",
            "Moreau, 26, has signed a two-year deal at the club.",
            True,
        ),
        (
            "The winger has agreed a three-year contract after his medical on Monday.",
            "Moreau, 26, has signed a three-year deal at the club.",
            False,
        ),
    ],
)
def test_contract_and_deal_length(text_a: str, text_b: str, conflict: bool) -> None:
    messages = rule_messages("FC105", text_a, text_b)
    assert any("three-year" in message and "two-year" in message for message in messages) is (
        conflict
    )
    assert not any("26" in message for message in messages)
