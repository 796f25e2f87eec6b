"""Round 75: figures the extractor never read (QA round 75)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import figures_of

# Figures with no noun after the number: a bare count before "have needed" or after an
# adverb ("also included"), a part "of which", "put the number of … at", "of which there
# were", half an hour, and minutes told roughly before "later".
READ = [
    ("Two children have died, and 79 have needed hospital treatment, according to the UK "
     "Health Security Agency.", "count", "79"),
    ("Of the affected records, between 180,000 and 240,000 also included bank account details "
     "used for premium payments, the company said.", "range", "180000-240000"),
    ("Oregon Coast Wildlife Rescue has taken in 213 oiled birds, 97 of which were already "
     "dead.", "count", "97"),
    ("Police put the number of tractors that reached the capital at about 3,500, while "
     "organisers said more than 6,000 took part nationwide.", "count", "3500"),
    ("Police put the number of marchers nationwide at 340,000.", "count", "340000"),
    ("Two in five doses were administered at the pop-up sites, of which there were between 120 "
     "and 180 across the region.", "range", "120-180"),
    ("The organisers, the Unión de Agricultores (UDA), claimed more than 6,000 across the "
     "country.", "count", "6000"),
    ("Some commuter rail services were suspended for half an hour after demonstrators walked "
     "onto tracks near Atocha station.", "duration", "0.5"),
    ("All of the satellites separated successfully from the upper stage about 64 minutes "
     "later, the company said.", "duration", "64"),
]  # fmt: skip


def _printed(figure: object) -> str:
    if figure.kind.value == "range":  # type: ignore[attr-defined]
        return f"{figure.low:f}-{figure.high:f}"  # type: ignore[attr-defined]
    return f"{Decimal(figure.value).normalize():f}"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("sentence", "kind", "value"), READ)
def test_figure_read(sentence: str, kind: str, value: str) -> None:
    assert value in [_printed(f) for f in figures_of(sentence) if f.kind.value == kind]


def test_units_of_the_counts() -> None:
    tractors = figures_of(
        "Police put the number of tractors that reached the capital at about 3,500."
    )
    assert [(f.unit, f.bound.value) for f in tractors] == [("tractor", "approximate")]
    sites = figures_of("The doses were given at pop-up sites, of which there were about 40.")
    assert [(f.unit, str(f.value)) for f in sites] == [("site", "40")]


# Not figures: a threshold "needed" to win, a match's minutes, a date told by a span, and a
# manner of speaking.
NOT_READ = [
    ("Helena Marsh’s party took 36 seats in the 80-member assembly, short of the 41 needed to "
     "govern alone.", "41"),
    ("Fenwick sliced through for his second eight minutes later.", "8"),
    ("The line was restored half an hour ago, the company said.", "0.5"),
    ("The island has not seen an eruption like it in more than half a century.", "0.5"),
    ("Nobody has seen a drought like it for half a century.", "50"),
    ("He claimed 2019 was a record year for the farm.", "2019"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value"), NOT_READ)
def test_not_read(sentence: str, value: str) -> None:
    assert value not in [_printed(f) for f in figures_of(sentence) if f.kind.value != "range"]
