"""QA round 54: figures whose own words say they are other facts are not paired (see
`factcheck.align.other_facts`), while misprints and figures of one subject still are."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.align.other_facts import (
    SubjectsApart,
    counts_sources,
    results_line,
    subject_words,
)
from factcheck.models import Figure, FigureKind, Span
from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "present", "absent"),
    [
        # The month's rise in all prices is not the month's rise in rents, when each article
        # has the other subject too.
        (
            "Canada's annual inflation rate rose to 2.9% in May. Prices rose 0.5% in May from "
            "the previous month. Rents rose 6.1% over the year as vacancy rates stayed low.",
            "Consumer prices rose 2.9 per cent in the 12 months to May, and 0.5 per cent in the "
            "month alone. Rents, which make up a tenth of the basket, rose 0.7 per cent in May "
            "alone and 6.1 per cent over the year. Food prices increased 4.3 per cent over the "
            "year.",
            {("2.9%", "2.9 per cent")},
            {("0.5%", "0.7 per cent")},
        ),
        # How many sources each outlet spoke to is no fact of the event.
        (
            "The deal was reached after months of talks, four people familiar with the matter "
            "said.",
            "Two people familiar with the matter said the deal was reached after months of talks.",
            set(),
            {("four people", "Two people")},
        ),
        # Money raised in a round is not the valuation the round set.
        (
            "The startup raised $120 million in a funding round last month.",
            "Investors valued the startup at $1.2 billion in a funding round last month.",
            set(),
            {("$120 million", "$1.2 billion")},
        ),
        # Control: two amounts raised still conflict.
        (
            "The startup raised $120 million in a funding round last month.",
            "The startup raised $150 million in a funding round last month.",
            {("$120 million", "$150 million")},
            set(),
        ),
        # Control: two increases still conflict.
        (
            "The plan lifts the base grant from $5,210 to $6,000, an increase of $790 per pupil.",
            "The base grant would climb to about $6,000, an increase of $850 per pupil.",
            {("$790", "$850"), ("$6,000", "about $6,000")},
            set(),
        ),
        # A sum over two companies is not one company's own figure.
        (
            "The ministry said the merged group would have combined annual revenue of about "
            "$8.9 billion.",
            "Harlow's revenue rose 3 per cent to $5.1 billion last year, while Pinecrest alone "
            "had revenue of $3.8 billion.",
            set(),
            {("about $8.9 billion", "$5.1 billion"), ("about $8.9 billion", "$3.8 billion")},
        ),
        # A tally of launches done since joining is not a backlog of launches to come.
        (
            "The chief engineer, who has overseen 45 launches since joining in 2018, said the "
            "weather held.",
            "The company is working through a backlog that analysts put at more than 90 launches.",
            set(),
            {("45 launches", "more than 90 launches")},
        ),
        # Control: a target midpoint is left alone, the two rates still pair.
        (
            "Underlying inflation rose 2.9% over the year, above the midpoint of the bank's 2-3% "
            "target band.",
            "Underlying inflation rose to 3.0 per cent, further from the 2.5 per cent midpoint "
            "of its target range.",
            {("2.9%", "3.0 per cent")},
            {("2.9%", "2.5 per cent")},
        ),
        # Controls: two lines of one kind of results still conflict.
        (
            "Harlow's revenue rose 4% last year to $2.4 billion.",
            "Harlow's sales climbed to $2.6 billion last year.",
            {("$2.4 billion", "$2.6 billion")},
            set(),
        ),
        (
            "Harlow's net profit rose 4% last year to $2.4 billion.",
            "Harlow's profit climbed to $2.6 billion last year.",
            {("$2.4 billion", "$2.6 billion")},
            set(),
        ),
        # Control: digits swapped still conflict.
        (
            "The board met on Tuesday. Sales of the model rose 8.4% in June.",
            "The board met on Tuesday. Sales of the model rose 4.8 per cent in June.",
            {("8.4%", "4.8 per cent")},
            set(),
        ),
    ],
)
def test_other_facts_not_paired(
    text_a: str, text_b: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    pairs = set(aligned_texts(text_a, text_b))
    assert present <= pairs
    assert not absent & pairs


@pytest.mark.parametrize(
    ("words_a", "words_b", "apart"),
    [
        # Rents against food, each article naming the other's subject elsewhere.
        ([["margin", "above-vacancy", "rent", "rise"], ["price", "rise"]],
         [["food", "price", "rise"], ["rent", "alone", "rise"]], True),
        # Rents against food, but the other article has no rents: perhaps told otherwise.
        ([["rent", "rise"], ["price", "rise"]], [["food", "price", "rise"], ["fuel"]], False),
        # Mobile against broadband, each with a better-worded figure in the other.
        ([["mobile", "create", "operator"], ["broadband", "create", "operator"]],
         [["broadband", "tie-up", "create"], ["mobile", "tie-up", "create"]], True),
        # One subject shared in full: no better figure anywhere.
        ([["ebitda", "margin", "stood"], ["revenue"]],
         [["ebitda", "margin", "company"], ["revenue", "company"]], False),
    ],
)  # fmt: skip
def test_subjects_apart(words_a: list[list[str]], words_b: list[list[str]], apart: bool) -> None:
    told = SubjectsApart(words_a, words_b, ["amount"] * len(words_a), ["amount"] * len(words_b))
    assert told(0, 0) is apart


def test_subject_words_leave_out_marks() -> None:
    assert subject_words(["margin", "above-vacancy", "rent", "rise", "over a year"]) == {"rent"}
    # "margin" alone is a subject: "EBITDA margin".
    assert subject_words(["ebitda", "margin"]) == {"ebitda", "margin"}


def _count(text: str, unit: str, start: int) -> Figure:
    return Figure(
        id="a:f1",
        article_id="a",
        kind=FigureKind.COUNT,
        text=text,
        span=Span(start=start, end=start + len(text)),
        value=Decimal(3),
        unit=unit,
        precision=Decimal(1),
        measure=[unit],
        sentence=Span(start=0, end=start + len(text)),
    )


@pytest.mark.parametrize(
    ("sentence", "printed", "unit", "sources"),
    [
        ("It said so, three people familiar with the matter said.", "three people", "people", True),
        ("According to three sources, it was true.", "three sources", "source", True),
        ("He said three sources told him so.", "three sources", "source", True),
        ("Police said three people were injured.", "three people", "people", False),
        ("Three people said they were injured.", "Three people", "people", False),
        ("Three people with knowledge of the talks said so.", "Three people", "people", True),
    ],
)
def test_counts_sources(sentence: str, printed: str, unit: str, sources: bool) -> None:
    figure = _count(printed, unit, sentence.index(printed))
    assert counts_sources(figure, sentence) is sources


@pytest.mark.parametrize(
    ("measure", "kind", "line"),
    [
        (["core", "profit", "rise"], FigureKind.MONEY, "profit"),
        (["kestrel", "alone", "revenue"], FigureKind.MONEY, "sales"),
        (["ebitda", "revenue"], FigureKind.MONEY, None),  # both named: no one line
        (["net", "interest", "income"], FigureKind.MONEY, None),  # a bank's revenue
        (["profit", "margin"], FigureKind.PERCENT, None),
    ],
)
def test_results_line(measure: list[str], kind: FigureKind, line: str | None) -> None:
    figure = _count("$1 billion", "USD", 0).model_copy(update={"measure": measure, "kind": kind})
    assert results_line(figure) == line
