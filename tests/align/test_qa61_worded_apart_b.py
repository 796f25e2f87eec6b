"""Figures of one fact whose two outlets word them apart (QA round 61, b): an offer's premium
to a price and a price's margin above it, a strike and a walkout, homes and households; and
the controls that keep other facts apart."""

from __future__ import annotations

import pytest

from support import aligned_texts

PAIRED = [
    # A premium to a price is a margin above it.
    (
        "The offer represents a 38% premium to Oristane's closing price on Friday.",
        "The price is 33% above Oristane's closing level on Friday.",
        ("38%", "33%"),
    ),
    (
        "The bid is a 25% premium to Kestrel's closing price on Monday.",
        "The offer is 29% above Kestrel's closing level on Monday.",
        ("25%", "29%"),
    ),
    # A walkout is a strike, as a stoppage is.
    (
        "Dockworkers voted to accept a four-year wage agreement, ending an 11-day strike that "
        "left more than 42,000 containers stranded. Ships waited an average of 96 hours for a "
        "berth.",
        "Dockworkers ratified a new contract, bringing to a close a 12-day walkout that "
        "paralysed the port. Ships waited an average of four days for a berth.",
        ("11-day", "12-day"),
    ),
    # Homes and households powered are one count.
    (
        "The successful projects will generate enough electricity to power about 9 million "
        "homes once they are running, officials said.",
        "Once built, the wind farms will produce enough electricity for around 12 million "
        "households, the department said.",
        ("about 9 million homes", "around 12 million households"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), PAIRED)
def test_worded_apart_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)


UNPAIRED = [
    # A premium to a price is still no move of the price itself ...
    (
        "The offer represents a 38% premium to Oristane's closing price on Friday.",
        "Oristane shares jumped 33% in early trading on Monday.",
        ("38%", "33%"),
    ),
    # ... nor a company's profit margin.
    (
        "The offer represents a 30% premium to Oristane's closing price on Friday.",
        "Oristane's operating margin was 28% last year.",
        ("30%", "28%"),
    ),
    # Households counted are homes only where an energy supply is enough for them.
    (
        "The number of households climbed to 10.4 million, the statistics office said.",
        "The country's housing stock reached 10.9 million homes, the statistics office said.",
        ("10.4 million", "10.9 million homes"),
    ),
    # A span told in advance of an event is no length of a strike, of the same value or not.
    (
        "The pilots began a 48-hour strike on Wednesday. A two-day walkout in February "
        "grounded about 900 flights.",
        "A two-day strike by pilots forced the carrier to cancel 851 flights. The union said it "
        "would announce any further strikes at least 48 hours in advance.",
        ("two-day", "at least 48 hours"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), UNPAIRED)
def test_worded_apart_controls(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair not in aligned_texts(text_a, text_b)
