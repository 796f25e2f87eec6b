"""QA round 65: one fact worded apart. "Homes and businesses" are the premises the other
article counts; Medicare beneficiaries are patients, people; a span a sentence opens on ("For
six days, …") lasts what its clause says; a noun cut off by the window ("show traffic in the
charging zone fell by 13%") is what fell; those moved to shelters were evacuated. Premises
passed stay apart from premises connected."""

from __future__ import annotations

import pytest

from support import assert_pairs, figures_of

_PREMISES_A = (
    "The company has connected 186,400 premises to its fibre network. The network now passes "
    "612,000 premises."
)
_PREMISES_B = (
    "The auditor found that 168,400 homes and businesses had been connected to the network so "
    "far. The network passes more than 600,000 premises."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Premises connected, one outlet counting them as homes and businesses; passed apart.
        (
            _PREMISES_A,
            _PREMISES_B,
            [("186,400 premises", "168,400 homes")],
            [("612,000 premises", "168,400 homes")],
        ),
        # The list may run longer than two.
        (
            "The scheme will reach 1.12 million homes, farms and businesses.",
            "The scheme will reach about 1.1 million premises. It counts 40,000 premises a year.",
            [("1.12 million homes", "about 1.1 million premises")],
            [],
        ),
        # Homes alone are no premises.
        (
            "Storms damaged 1,840 homes across the county.",
            "Storms damaged 1,480 premises across the county.",
            [],
            [("1,840 homes", "1,480 premises")],
        ),
        # Beneficiaries are people, as patients are.
        (
            "About 3.2 million Medicare beneficiaries take the drug, according to the agency.",
            "Some 3.7 million patients enrolled in Medicare take Lumaprex.",
            [("About 3.2 million Medicare beneficiaries", "Some 3.7 million patients")],
            [],
        ),
        # A span the sentence opens on lasts what the clause after it says.
        (
            "Four climbers who had been stranded for five days at 6,850 metres on Nepal's "
            "Tarsang Peak were lifted to safety on Thursday.",
            "For six days, four climbers sat at 6,580 metres on Tarsang Peak in northern Nepal, "
            "waiting for a helicopter.",
            [("five days", "six days"), ("6,850 metres", "6,580 metres")],
            [],
        ),
        # Those moved to shelters were evacuated.
        (
            "The agency said more than 64,000 people had been evacuated from coastal areas.",
            "Officials said some 46,000 people had been moved to temporary shelters ahead of "
            "landfall.",
            [("more than 64,000 people", "some 46,000 people")],
            [],
        ),
        # The noun before "in the charging zone" is what fell.
        (
            "Traffic in central Harwick has fallen by 18% in the first four weeks of the charge.",
            "Figures released by the city council on Monday show traffic in the charging zone "
            "fell by 13% in February compared with last year.",
            [("18%", "13%")],
            [],
        ),
    ],
)
def test_worded_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "For six days, four climbers sat at 6,580 metres on Tarsang Peak in northern Nepal.",
            "six days",
            {"tarsang", "peak"},
        ),
        (
            "Officials said some 46,000 people had been moved to temporary shelters.",
            "some 46,000 people",
            {"evacuated"},
        ),
        (
            "Figures released on Monday show traffic in the charging zone fell by 13% in February.",
            "13%",
            {"traffic", "zone"},
        ),
    ],
)
def test_measure_words(text: str, figure: str, words: set[str]) -> None:
    found = next(f for f in figures_of(text) if f.text == figure)
    assert words <= set(found.measure)
