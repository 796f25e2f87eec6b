"""A quote with no attribution of its own, right after a sentence of reported speech that ends
on its attribution ("…, he said."), is that speaker's (QA round 76, drought declaration)."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text


def speakers(paragraph: str) -> list[str | None]:
    extraction = extract(article_from_text(f"Headline\n\n{paragraph}\n"))
    return [quote.speaker.name for quote in extraction.quotes]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Glen Harcourt, who heads the Marrow Valley Farmers' Federation, warned that some "
         "families would leave their farms this year. Hay now costs dairy farmers $480 a tonne, "
         "more than twice last year's price, he said. “The grants help, but they won't pay a "
         "feed bill that's doubled.”",
         ["Glen Harcourt"]),
        ("Prices will keep rising through the summer, Tobias Fenn said. “We cannot water our "
         "way out of this.”",
         ["Tobias Fenn"]),
        # No attribution closing the sentence before: no one to give the quote to.
        ("Rain fell all day in the valley. “Nobody expected this.”", [None]),
        # A sentence between the attribution and the quote: the quote is not read as its.
        ("Prices will keep rising, Tobias Fenn said. Rain fell all day. “Nobody expected "
         "this.”",
         [None]),
    ],
)  # fmt: skip
def test_a_quote_after_reported_speech_is_its_speakers(
    paragraph: str, expected: list[str | None]
) -> None:
    assert speakers(paragraph) == expected
