from __future__ import annotations

import pytest

from factcheck.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello World. My name is Jonas.", ["Hello World.", "My name is Jonas."]),
        ("Apple Inc. is based in the U.S. It said so.", ["Apple Inc. is based in the U.S.",
                                                        "It said so."]),
        ("Mr. Smith met J. Doe at 9 a.m. today.", ["Mr. Smith met J. Doe at 9 a.m. today."]),
        ("Revenue was $40.11 billion. Profit rose.", ["Revenue was $40.11 billion.",
                                                      "Profit rose."]),
        ("“We will win.” He smiled. “Soon.”", ["“We will win.”", "He smiled.", "“Soon.”"]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("She moved to the U.S. Why she left is unclear.", ["She moved to the U.S.",
                                                             "Why she left is unclear."]),
        ("The U.S. Senate voted.", ["The U.S. Senate voted."]),
        ("See p. 12 of the filing.", ["See p. 12 of the filing."]),
        ("It was just him and I. Then the lights went out.", ["It was just him and I.",
                                                               "Then the lights went out."]),
        ("1. Cut taxes 2. Build homes", ["1. Cut taxes", "2. Build homes"]),
        # A rank's stop titles the name after it.
        ("“It was hard,” said Cdr. Marco Ferrante. Maj. Tom Reid agreed.",
         ["“It was hard,” said Cdr. Marco Ferrante.", "Maj. Tom Reid agreed."]),
        # A day of a month ends a sentence like any word.
        ("The cut takes effect on July 1. The government says it will cost $27.2 billion.",
         ["The cut takes effect on July 1.", "The government says it will cost $27.2 billion."]),
        ("The fair opens on Jan. 5. Tickets are on sale.",
         ["The fair opens on Jan. 5.", "Tickets are on sale."]),
        ("“We will act . . .” (Reuters, 2024).", ["“We will act . . .” (Reuters, 2024)."]),
        ("First paragraph ends here\n\nSecond one.", ["First paragraph ends here",
                                                      "Second one."]),
        # Abbreviations before a number end no sentence.
        ("The plan will cost Rs. 1.5 lakh crore over five years.",
         ["The plan will cost Rs. 1.5 lakh crore over five years."]),
        ("Tickets cost Re. 1 each. Sales rose.", ["Tickets cost Re. 1 each.", "Sales rose."]),
        ("The fine was Tk. 5,000 under Sec. 144 of the code.",
         ["The fine was Tk. 5,000 under Sec. 144 of the code."]),
        ("See Art. 50 of the treaty.", ["See Art. 50 of the treaty."]),
    ],
)  # fmt: skip
def test_split_sentences(text, expected) -> None:
    assert [span.slice(text) for span in split_sentences(text)] == expected


def test_spans_are_offsets_into_the_text() -> None:
    text = "Intro.\n\nA sentence. Another one."
    spans = split_sentences(text, 8)
    assert [(s.start, s.end) for s in spans] == [(8, 19), (20, 32)]
